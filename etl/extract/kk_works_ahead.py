"""Kazakh figures of works still ahead read across a sentence boundary (+k21kk): what projects "allow"
and the size of buildings told under way in the sentence or clause before. FORMAT.md, kind conventions:
of projects or buildings under way, "how many there are is actual; their worth, capacity, length or size
and the jobs they will create are plan"."""

from __future__ import annotations

import re

from etl.extract.cyrillic_shared_cues import _KK_UNDER_WAY, _KK_UNDER_WAY_GATE
from etl.extract.indicator_record import Indicator
from etl.extract.literal_gates import gated_search
from etl.extract.records import replace

# "... ашуға мүмкіндік береді", "... өндіруге мүмкіндік бермек": what a thing will allow (not "берді",
# allowed, told done)
_KK_WILL_ALLOW = re.compile(r"(?<!\w)мүмкіндік\s+бер(?:еді|мек)(?!\w)", re.I)
# the projects named as what allows it: "Бұл жобалар", "Теңіздегі жоба", "Жобалардың жалпы құны ..., олар"
_KK_PROJECT = re.compile(r"(?<!\w)жоба(?:\w*)(?!\w)", re.I)
# a pronoun opening the sentence or a clause, standing for what the sentence before told: "Олар ...",
# "Ол ...", ", олар ..."
_KK_IT_OPENING = re.compile(r"(?:^|,)\s*(?:«\s*)?(?:Ол|Олар)\s", re.I)
# what projects allow that they themselves make: jobs, output, capacity, money drawn in (not an outcome
# of the economy or of people's lives, "жұмыссыздықты 2%-ға азайтуға": an outlook)
_KK_MADE_BY_WORKS = re.compile(
    r"(?<!\w)(?:жұмыс\s+орн|өндір|шығар|өңде|қуат|инвестиция|тартуға)\w*", re.I
)
# another word of outlook in the sentence keeps it a forecast: "... деп күтілуде", "болжануда"
_KK_OUTLOOK = re.compile(r"(?<!\w)(?:күтіл|болжа|ықтимал)\w*", re.I)


def kk_what_projects_allow(text: str, found: list[Indicator], before: str) -> list[Indicator]:
    """'Жалпы құны 464 млрд теңге болатын 21 жобаны іске асыру жоспарланып отыр. Олар 4 700-ден астам
    жаңа жұмыс орнын ашуға мүмкіндік береді': the jobs or the output the projects will allow are what
    they are to create, a plan, not an outcome expected; so when "it" is a work under way ("... қондырғысы
    салынып жатыр. Ол жылына 1 млрд текше метр газ өндіруге мүмкіндік береді"). A new plant's ability
    alone ("Жаңа зауыт 300 жұмыс орнын ашуға мүмкіндік береді") and the present pace's keep the forecast."""
    allow = _KK_WILL_ALLOW.search(text)
    if allow is None or not any(i.kind == "forecast" for i in found) or _KK_OUTLOOK.search(text):
        return found
    changed = []
    for i in found:
        left = i.start_char - i.sentence_start
        if i.kind != "forecast" or left > allow.start() or not _KK_MADE_BY_WORKS.search(text, 0, allow.start()):
            changed.append(i)
            continue
        opening = list(_KK_IT_OPENING.finditer(text, 0, left))
        by_projects = _KK_PROJECT.search(text, 0, left) is not None or (
            bool(opening)
            and (
                _KK_PROJECT.search(before) is not None
                or gated_search(_KK_UNDER_WAY, _KK_UNDER_WAY_GATE, before) is not None
            )
        )
        changed.append(replace(i, kind="plan") if by_projects else i)
    return changed
