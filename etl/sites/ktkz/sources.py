"""The original publisher a kt.kz article credits ("..., primeminister.kz reports.")."""

from __future__ import annotations

import re

_WORDS = r"[A-Z][\w.\-']*(?:\s+[A-Z][\w.\-']*){0,4}"
# An official body's name joins capitalised words with "of", "of the", "for", "and":
# "Ministry of Foreign Affairs of the Republic of Kazakhstan".
_NAME = rf"{_WORDS}(?:\s+(?:of\s+the|of|for|and)\s+{_WORDS}){{0,3}}"
# What may follow a publisher's name: its press service, or the agency's correspondent.
_NAME_TAIL = r"(?:'s?)?(?:\s+press\s+service|\s+correspondent)?"
# "..., primeminister.kz reports." / "..., Akorda reports." / "..., Kazinform correspondent reports." /
# "..., Kazinform News Agency cites Akorda." / "..., Kazinform reports citing the Akorda press service." /
# "..., Qazinform News Agency reports, citing Kazhydromet." / '... Kazakhstan," Kazinform reports.'
_CREDIT = re.compile(
    rf"(?:,[\"”’»]?|\bas)\s+(?:the\s+)?(?P<name>{_NAME}|[a-z][\w\-]*\.(?:kz|com|org|gov\.kz)){_NAME_TAIL}\s+"
    rf"(?:(?:reports?|reported|writes|informs)(?:,?\s+citing\s+(?:the\s+)?(?P<orig1>{_NAME}){_NAME_TAIL})?"
    rf"|cites\s+(?:the\s+)?(?P<orig2>{_NAME}){_NAME_TAIL})\s*[.,;]?\s*$"
)

# The Russian and Kazakh editions: "..., информирует Акорда." / "..., сообщает «24KZ»." /
# "..., сообщает Kazinform со ссылкой на Акорду." / "Бұл туралы Ақорда хабарлады."
_NAME_CYR = r"«?[\w.\-]+(?:[ \-][\w.\-]+){0,3}»?"
_CREDIT_RU = re.compile(
    rf",\s+(?:сообщает|сообщают|сообщила|сообщило|информирует|информируют|пишет|передает|передаёт)\s+"
    rf"(?P<name>{_NAME_CYR}?)(?:\s+со\s+ссылкой\s+на\s+(?P<orig1>{_NAME_CYR}?))?\s*[.]?\s*$"
)
_CREDIT_KK = re.compile(
    rf"^Бұл\s+туралы\s+(?P<name>{_NAME_CYR}?)\s+(?:хабарлады|хабарлайды|мәлімдеді)\s*[.]?\s*$"
)
# "..., деп хабарлайды olympic.kz." (kt.kz/kaz), "..., деп жазады Kazinform."
_CREDIT_KK_AFTER = re.compile(
    rf"[,»\"”]\s*деп\s+(?:хабарлайды|хабарлады|жазады)\s+(?P<name>{_NAME_CYR}?)\s*[.]?\s*$"
)
_CREDITS = (_CREDIT, _CREDIT_RU, _CREDIT_KK, _CREDIT_KK_AFTER)

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
    "акорда": "Akorda", "акорду": "Akorda", "акорды": "Akorda", "пресс-служба акорды": "Akorda",
    "ақорда": "Akorda", "ақорданың баспасөз қызметі": "Akorda",
    "казинформ": "Kazinform", "миа казинформ": "Kazinform", "қазақпарат": "Kazinform",
    "пресс-служба премьер-министра": "primeminister.kz", "пресс-служба правительства": "primeminister.kz",
}  # fmt: skip


# First words of a name that is a person, not a publisher ("..., Minister of Energy X reported").
_NOT_PUBLISHERS = {"minister", "president", "chairman", "head", "he", "she", "it", "they",
                   "он", "она", "они", "министр", "глава", "президент"}  # fmt: skip
# A body named by a common noun alone ("..., the Ministry reports") is no publisher either; its full
# name ("Ministry of Foreign Affairs of the Republic of Kazakhstan reports") is.
_GENERIC = {"ministry", "министерство"}


def canonical_source(name: str) -> str:
    """Collapse spelling variants of one publisher to one name."""
    cleaned = " ".join(name.split()).strip(" .,«»")
    return _ALIASES.get(cleaned.casefold(), cleaned)


def find_source(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """(original publisher, relaying agency) credited by the first paragraph that names one.

    "Kazinform News Agency cites Akorda" gives ("Akorda", "Kazinform"); a plain
    "primeminister.kz reports" gives ("primeminister.kz", None).
    """
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", paragraph):
            match = next((m for m in (c.search(sentence) for c in _CREDITS) if m), None)
            if not match:
                continue
            name = canonical_source(match.group("name"))
            if name.split()[0].casefold() in _NOT_PUBLISHERS or name.casefold() in _GENERIC:
                continue
            groups = match.groupdict()
            original = groups.get("orig1") or groups.get("orig2")
            if original:
                return canonical_source(original), name
            return name, None
    return None, None
