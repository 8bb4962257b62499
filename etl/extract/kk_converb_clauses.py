"""Where the verb of a Kazakh figure is: a clause ending on a converb ("-ып/-іп") has none of its own
and borrows the next clause's, and a list item with no verb takes the one that ends the sentence."""

from __future__ import annotations

import re

from etl.extract.cyrillic_kinds import clause_span
from etl.extract.cyrillic_numbers import Reader
from etl.extract.cyrillic_shared_cues import _KK_CONVERB


def _converb_kind(
    reader: Reader, text: str, cues: list[tuple[int, str]], clause: tuple[int, int]
) -> str | None:
    """'биыл 10 мың гектарға артып, 101 мың гектарға жетуі тиіс': a clause ending on a converb
    ("-ып/-іп/-п") has no verb of its own, the next clause's is its verb too; a level to reach there
    is that clause's goal, the step toward it planned."""
    if not text.startswith(",", clause[1]) or not _KK_CONVERB.search(text, clause[0], clause[1]):
        return None
    if any(clause[0] <= position < clause[1] for position, _ in cues):
        return None
    following = clause_span(text, clause[1] + 2, clause[1] + 3)
    kinds = [(p, k) for p, k in cues if following[0] <= p < following[1]]
    if not kinds:
        return None
    position, kind = kinds[-1]
    # (under a goal named in the sentence, "Мақсат – ... 20%-ға арттырып, ... жеткізу", the step is one too)
    if kind == "target" and not any(k == "target" and _KK_GOAL_NOUN.match(text, p) for p, k in cues):
        return "plan"
    return kind


# a member of a list of deeds ending on its verbal noun ("3 500 ауылды жаңғырту,"), not one of a level
# reached or changed ("100% қолжетімді ету", "95%-ын ... жеткізу", "20%-ға арттыру": a goal's level)
_KK_VERBAL_NOUN_END = re.compile(r"([^\W\d_]{3,}[уү])\s*$")
_KK_LEVEL_NOUNS = frozenset(
    ("ету", "жеткізу", "арттыру", "ұлғайту", "көбейту", "төмендету", "азайту", "қысқарту", "өсіру")
)


def _kk_deed_member_kind(text: str, cues: list[tuple[int, str]], clause: tuple[int, int]) -> str | None:
    """'... 3 500 ауылды жаңғырту, 90 млн шаршы метр үй пайдалануға беру, жолдардың 95%-ын жеткізу
    көзделіп отыр': the members of a list of deeds told as verbal nouns share the predicate at the
    sentence's end; with no cue of its own a member is what that predicate makes it (a plan), not the
    goal word of another member ("жеткізу") that stands between."""
    if not text.startswith(",", clause[1]) or any(clause[0] <= p < clause[1] for p, _ in cues):
        return None
    member = _KK_VERBAL_NOUN_END.search(text, clause[0], clause[1])
    if member is None or member.group(1).lower() in _KK_LEVEL_NOUNS:
        return None
    later = [k for p, k in cues if p >= clause[1]]
    return "plan" if later and later[-1] == "plan" else None


def _kk_converb_chain(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """A clause with the clauses a converb joins to it ("күніне 10 дана өңделіп, 40 түрлі өнім
    шығарылады"): back over clauses before that end on a converb and a comma, on over its own converb
    end to the clause that has the finite verb. The chain shares that verb's tense and its rate word."""
    start, end = clause
    for _ in range(3):  # (a chain of a few links; no sentence-long walk)
        if not (text.startswith(",", end) and _KK_CONVERB.search(text, start, end)):
            break
        end = clause_span(text, end + 1, end + 2)[1]
    for _ in range(3):
        comma = len(text[:start].rstrip()) - 1
        if comma < 1 or text[comma] != ",":
            break
        before = clause_span(text, comma - 1, comma)
        if not _KK_CONVERB.search(text, before[0], comma):
            break
        start = before[0]
    return start, end


# (not the verb "межеленіп отыр", is set as a milestone: "... құрылысын жүргізіп, 28 нысанды беру
# межеленіп отыр" makes the works a step, planned)
_KK_GOAL_NOUN = re.compile(r"(?:мақсат|меже(?!лен)|міндет|тапсыр)", re.I)

# a Kazakh clause ending on a finite verb or a participle: past "-ды/-ті", "-ған", aorist "-ады/-йді",
# future "-мақ", progressive "-уда"
_KK_FINITE_END = re.compile(
    r"[^\W\d_]{2,}(?:ды|ді|ты|ті|ған|ген|қан|кен|ады|еді|йды|йді|мақ|мек|пақ|пек|уда|уде)\s*[),;:–—-]?\s*$",
    re.I,
)


def _kk_list_predicate(
    reader: Reader, text: str, clause: tuple[int, int], cues: list[tuple[int, str]]
) -> tuple[int, int]:
    """Where a Kazakh figure's predicate is said: for an item of a list with no verb of its own
    ("Олардың қатарында 2 драма театры, 357 кітапхана, ... және 3 саябақ бар"), up to the verb that
    ends the sentence, when nothing between tells another time or kind; else its own clause."""
    if (
        reader.language.code != "kk" or clause[1] >= len(text) or any(p >= clause[0] for p, _ in cues)
        # "Акцияға 9 миллионға жуық адам қатысты, оның ішінде ... бар": the clause has a verb of its own
        or _KK_FINITE_END.search(text, clause[0], clause[1])
    ):  # fmt: skip
        return clause
    return clause[0], len(text)
