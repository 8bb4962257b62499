"""The original publisher a kt.kz article credits ("..., primeminister.kz reports.")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from etl.sites.ktkz.organisations import KNOWN_NAMES, is_person, known_body

_WORDS = r"[A-Z][\w.\-']*(?:\s+[A-Z][\w.\-']*){0,4}"
# An official body's name joins capitalised words with "of", "of the", "for", "and":
# "Ministry of Foreign Affairs of the Republic of Kazakhstan", "Bureau of National Statistics of the
# Agency for Strategic Planning and Reforms".
_NAME = rf"{_WORDS}(?:\s+(?:of\s+the|of|for|and)\s+{_WORDS}){{0,5}}"
# What may follow a publisher's name: its press service, or the agency's correspondent.
_NAME_TAIL = r"(?:'s?)?(?:\s+press\s+service|\s+correspondent)?"
# "..., primeminister.kz reports." / "..., Akorda reports." / "..., Kazinform correspondent reports." /
# "..., Kazinform News Agency cites Akorda." / "..., Kazinform reports citing the Akorda press service." /
# "..., Qazinform News Agency reports, citing Kazhydromet." / '... Kazakhstan," Kazinform reports.'
# "..., the Akorda press service said." / "..., the Finance Ministry said on Jan. 4.": "said" credits
# a body only (see _said_by_a_body); a person says far more often ("..., Karashukeyev said").
_CREDIT = re.compile(
    rf"(?:,[\"”’»]?|\bas)\s+(?:the\s+)?(?P<name>{_NAME}|[a-z][\w\-]*\.(?:kz|com|org|gov\.kz))(?P<tail>{_NAME_TAIL})\s+"
    rf"(?:(?:reports?|reported|writes|informs|(?P<said>said|says))(?:,?\s+citing\s+(?:the\s+)?(?P<orig1>{_NAME}){_NAME_TAIL})?"
    rf"|cites\s+(?:the\s+)?(?P<orig2>{_NAME}){_NAME_TAIL})"
    # the day it said so: "on Wednesday", "on Jan. 4", "on 15 September"
    rf"(?:\s+on\s+(?:\d{{1,2}}\s+)?[A-Z][a-z]+\.?(?:\s+\d{{1,2}})?)?\s*[.,;]?\s*$"
)
# The agency's own dateline: a place, a day, the agency, a dash ("Астана. 9 желтоқсан. KAZAKHSTAN TODAY –").
OWN_AGENCY = "Kazakhstan Today"
_OWN_DATELINE = re.compile(
    r"^(?:[^\W\d][\w-]*\.\s+)?(?:\d{1,2}\s+[^\W\d]+\.\s+)?(?P<agency>KAZAKHSTAN TODAY)\s*[-–—]"
)
# A body's name has one of these words; a person's has none.
_BODY_WORDS = re.compile(
    r"\b(?:Ministry|Committee|Bureau|Agency|Akimat|Government|Office|Service|Bank|Fund|Council|Department|"
    r"Administration|Corporation|Company|Institute|Cent(?:re|er)|Chamber|Commission|Authority)\b"
)

# The Russian and Kazakh editions. A name in the nominative ("сообщает «24KZ»") may be read as
# written; a declined one ("сообщили в Минздраве", "со ссылкой на пресс-службу Акорды",
# "Қаржы министрлігінің хабарлауынша") only when organisations.known_body knows the body.
_NAME_CYR = r"«?[\w.\-]+»?(?:\s+«?[\w.\-]+»?){0,7}"  # words joined by spaces only: no two ways to split one
_VERB_RU = r"(?:сообщает|сообщают|сообщила|сообщило|информирует|информируют|пишет|передает|передаёт)"
# "..., информирует Акорда." / "..., передает корреспондент Kazinform." / "Об этом сообщает
# Kazinform со ссылкой на МИД РК." / "..., сообщает пресс-служба Правительства."
_CREDIT_RU = re.compile(
    rf"(?:,\s+|^Об\s+этом\s+){_VERB_RU}\s+(?P<name>{_NAME_CYR}?)"
    rf"(?:\s+со\s+ссылкой\s+на\s+(?P<orig_body>{_NAME_CYR}?))?\s*[.]?\s*$"
)
# "..., сообщили в Министерстве финансов." / "Об этом сообщили в пресс-службе МИД РК." /
# "..., сообщили в Нацбанке в ответ на запрос редакции."
_SAID_IN_RU = re.compile(
    rf"(?:,\s+|^Об\s+этом\s+)сообщили\s+во?\s+(?P<body>{_NAME_CYR}?)"
    r"(?:\s+в\s+ответ\s+на\s+запрос\s+\w+)?\s*[.]?\s*$"
)
# Sentence openers: "По информации пресс-службы акимата, ..." / "Как сообщили в Минэнерго, ..." /
# "Как сообщает Kazinform, ...". "По данным ..." is not among them: it names where a figure
# comes from, a data series ("по данным мониторинга") as often as a body, so it credits no publisher.
_OPENER_RU = re.compile(
    rf"^(?:(?:По\s+информации|Как\s+сообщили\s+во?)\s+(?P<body>{_NAME_CYR}?)"
    rf"|Как\s+(?:сообщает|пишет|передает|передаёт)\s+(?P<name>{_NAME_CYR}?))\s*,"
)
# "Бұл туралы Ақорда хабарлады." / "Бұл туралы Қаржы министрлігінің баспасөз қызметі хабарлады."
_CREDIT_KK = re.compile(
    rf"^Бұл\s+туралы\s+(?P<name>{_NAME_CYR}?)\s+(?:хабарлады|хабарлайды|мәлімдеді|жазады)\s*[.]?\s*$"
)
# "..., деп хабарлайды olympic.kz." (kt.kz/kaz), "..., деп жазады Kazinform.", "... - деп хабарлайды
# Kazinform тілшісі.", "..., деп хабарлады Көлік министрлігінің баспасөз қызметі."
# "..., деп хабарлайды Kazinform Ақордаға сілтеме жасап." (referring to X: X is the original).
_CREDIT_KK_AFTER = re.compile(
    rf"[,»\"”]\s*(?:[-–—]\s*)?деп\s+(?:хабарлайды|хабарлады|жазады|мәлімдеді)\s+(?P<name>{_NAME_CYR}?)"
    rf"(?:\s+(?P<orig_dative>{_NAME_CYR}?)\s+сілтеме\s+жасап)?\s*[.]?\s*$"
)
# "Энергетика министрлігінің ақпаратына сәйкес, ..." / "Үкіметтің хабарлауынша, ...". Like
# "по данным", "мәліметінше" (by the data of) is not read.
_OPENER_KK = re.compile(rf"^(?P<body>{_NAME_CYR}?)\s+(?:ақпаратына\s+сәйкес|хабарлауынша)\s*,")
_CREDITS = (_CREDIT, _CREDIT_RU, _SAID_IN_RU, _OPENER_RU, _CREDIT_KK, _CREDIT_KK_AFTER, _OPENER_KK)

# Long forms that mean the same publisher, so readership by source is not split in two.
_ALIASES = {
    "kazinform news agency": "Kazinform",
    "kazinform international news agency": "Kazinform",
    "kazinform": "Kazinform",
    "qazinform news agency": "Kazinform",  # the agency's Latin-script spelling since 2024
    "qazinform": "Kazinform",
    "akorda": "Akorda",
    "akorda press service": "Akorda",
    "primeminister.kz": "primeminister.kz",
    "the prime minister's press service": "primeminister.kz",
    "prime minister": "primeminister.kz",  # "the Prime Minister's press service said": his office's site
    "ministry of healthcare": "Ministry of Health",
    "ministry of enlightenment": "Ministry of Education",
    "ministry of labour and social protection of the population": "Ministry of Labor and Social Protection of the Population",
    "ministry of labor and social protection of population": "Ministry of Labor and Social Protection of the Population",
    "ministry of labour and social protection of population": "Ministry of Labor and Social Protection of the Population",
    # Publishers outside Kazakhstan and firms the Russian edition credits in Russian: the English name
    # kt.kz/eng would credit, so the source list reads in one language (the credit stays as written).
    "жэньминь жибао": "People's Daily",
    "people's daily": "People's Daily",
    "первое кредитное бюро": "First Credit Bureau",
    "бірінші кредиттік бюро": "First Credit Bureau",
    "first credit bureau": "First Credit Bureau",
}  # fmt: skip
# "of the Republic of Kazakhstan" / "of Kazakhstan" after a body's name only says whose it is:
# the Russian "МИД РК" and "МИД" are one Ministry of Foreign Affairs, and so are the English.
_OF_KAZAKHSTAN = re.compile(r"\s+of\s+(?:the\s+Republic\s+of\s+)?Kazakhstan$")


# First words of a name that is a person, not a publisher ("..., Minister of Energy X reported").
_NOT_PUBLISHERS = {"minister", "president", "chairman", "head", "he", "she", "it", "they",
                   "он", "она", "они", "министр", "глава", "президент"}  # fmt: skip
# A body named by a common noun alone ("..., the Ministry reports") is no publisher either; its full
# name ("Ministry of Foreign Affairs of the Republic of Kazakhstan reports") is.
_GENERIC = {"ministry", "министерство", "ведомство", "министрлік", "компания"}
# A site named by its address ("..., деп хабарлайды gov.kz."), the one lower-case name taken as written.
_DOMAIN = re.compile(r"[a-z][\w\-]*\.(?:kz|com|org|ru|gov\.kz)$")


def canonical_source(name: str) -> str:
    """Collapse spelling variants of one publisher (in any edition's language) to one name."""
    cleaned = _OF_KAZAKHSTAN.sub("", " ".join(name.split()).strip(" .,«»"))
    known, _ = known_body(cleaned)
    if known:
        return known
    return _ALIASES.get(cleaned.casefold(), cleaned)


_NOT_IN_KEY = re.compile(r"[\s\-_'’\"«»]+")


def source_key(name: str) -> str:
    """What two spellings of one publisher share: "EnergyProm", "Energyprom" and "Energy Prom"
    differ only in case and spacing, so readership by source counts them as one."""
    return _NOT_IN_KEY.sub("", name).casefold()


def _spelling_rank(name: str) -> tuple[bool, bool, int, int, str]:
    letters = [c for c in name if c.isalpha()]
    shouted = len(letters) > 4 and all(c.isupper() for c in letters)  # "KAZINFORM", not "24KZ" or "BNS"
    listed = name in KNOWN_NAMES or name in _ALIASES.values()  # "Kazinform", never "Kaz Inform"
    return not listed, shouted, -sum(c.isupper() for c in letters), len(name), name


def preferred_spelling(names: Iterable[str]) -> str:
    """The one spelling shown for the spellings of one publisher (one source_key): a listed body's
    or alias's own name first, then one not written in
    capitals throughout, then the one with the most capitals ("EnergyProm" over "Energyprom":
    a capital inside a name is deliberate, a lower-case one a slip), then the shortest. It
    depends on which spellings were seen, not on how often or in what order."""
    return min(names, key=_spelling_rank)


def _publisher(raw: str, declined: bool) -> str | None:
    """The publisher a credit names, or None for a person, a common noun, or a body whose name
    is declined (or is its press service's) and not known, which could only be guessed at."""
    known, press = known_body(raw)
    if known:
        return known
    if declined or press or is_person(raw):
        return None
    name = canonical_source(raw)
    if not name or name.split()[0].casefold() in _NOT_PUBLISHERS or name.casefold() in _GENERIC:
        return None
    # A name's first letter is a capital ("EnergyProm", "24KZ"); a lower-case or numeric start is
    # a description ("облыс әкімдігі", "аналитический портал", "1 февраля пресс-служба ...").
    letters = [c for c in name.split()[0] if c.isalpha()]
    if (letters and letters[0].isupper()) or _DOMAIN.match(name):
        return name
    # A site's address after its description ("аналитический портал finprom.kz") is its name.
    return name.split()[-1] if _DOMAIN.match(name.split()[-1]) else None


class Credit(NamedTuple):
    source: str | None  # the original publisher, by its one name (canonical_source)
    via: str | None  # the agency that relayed it
    credited: str | None  # the publisher's name as the text wrote it ("Министерстве финансов")


def find_source(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """(original publisher, relaying agency) credited by the first paragraph that names one."""
    credit = find_credit(paragraphs)
    return credit.source, credit.via


def find_credit(paragraphs: list[str]) -> Credit:
    """The credit of the first paragraph that names a publisher.

    "Kazinform News Agency cites Akorda" gives ("Akorda", "Kazinform"); a plain
    "primeminister.kz reports" gives ("primeminister.kz", None); "сообщает Kazinform со ссылкой
    на пресс-службу акимата" gives (None, "Kazinform"): who relayed it, not whose it is. The
    words credited are kept as written, for provenance.
    """
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«])", paragraph):
            for credit in _CREDITS:
                match = credit.search(sentence)
                if not match:
                    continue
                groups = match.groupdict()
                if groups.get("name"):  # "the Finance Ministry's press service": the ministry's name
                    groups["name"] = re.sub(r"['’]s?$", "", groups["name"])
                if groups.get("said") and not _said_by_a_body(groups["name"], groups["tail"]):
                    continue
                if groups.get("name") is not None:
                    name = _publisher(groups["name"], declined=False)
                else:
                    name = _publisher(groups["body"], declined=True)
                if name is None:
                    continue
                english_original = groups.get("orig1") or groups.get("orig2")
                if english_original:
                    return Credit(canonical_source(english_original), name, _as_written(english_original))
                declined_original = groups.get("orig_body") or groups.get("orig_dative")
                if declined_original:
                    original = _publisher(declined_original, declined=True)
                    return Credit(original, name, _as_written(declined_original) if original else None)
                return Credit(name, None, _as_written(groups.get("name") or groups["body"]))
    # No one else credited: a story under the agency's own dateline ("Астана. 28 января. KAZAKHSTAN
    # TODAY – ...") is Kazakhstan Today's own, not of an unknown publisher.
    if paragraphs and (dateline := _OWN_DATELINE.match(paragraphs[0].strip())):
        return Credit(OWN_AGENCY, None, dateline.group("agency"))
    return Credit(None, None, None)


def _said_by_a_body(name: str, tail: str) -> bool:
    """Whether "X said" credits a publisher: a press service, a listed body or alias, or a name
    with a body's word ("the Ministry of Agriculture said"), never a person's name."""
    return (
        "press service" in tail
        or known_body(name)[0] is not None
        or name.casefold() in _ALIASES
        or bool(_BODY_WORDS.search(name))
    )


def _as_written(name: str) -> str:
    return " ".join(name.split()).strip(" .,")
