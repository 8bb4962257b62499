"""The original publisher a kt.kz article credits ("..., primeminister.kz reports.")."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w.\-']*(?:\s+[A-Z][\w.\-']*){0,4}"
# "..., primeminister.kz reports." / "..., Akorda reports." /
# "..., Kazinform News Agency cites Akorda." / "..., Kazinform reports citing Akorda."
_CREDIT = re.compile(
    rf"(?:,|\bas)\s+(?:the\s+)?(?P<name>{_NAME}|[a-z][\w\-]*\.(?:kz|com|org|gov\.kz))"
    rf"(?:'s?\s+press\s+service)?\s+"
    rf"(?:(?:reports?|reported|writes|informs)(?:\s+citing\s+(?P<orig1>{_NAME}))?"
    rf"|cites\s+(?P<orig2>{_NAME}))\s*[.,;]?\s*$"
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
_CREDITS = (_CREDIT, _CREDIT_RU, _CREDIT_KK)

# Long forms that mean the same publisher, so readership by source is not split in two.
_ALIASES = {
    "kazinform news agency": "Kazinform",
    "kazinform international news agency": "Kazinform",
    "kazinform": "Kazinform",
    "akorda": "Akorda",
    "akorda press service": "Akorda",
    "primeminister.kz": "primeminister.kz",
    "the prime minister's press service": "primeminister.kz",
    "акорда": "Akorda", "акорду": "Akorda", "акорды": "Akorda", "пресс-служба акорды": "Akorda",
    "ақорда": "Akorda", "ақорданың баспасөз қызметі": "Akorda",
    "казинформ": "Kazinform", "миа казинформ": "Kazinform", "қазақпарат": "Kazinform",
    "пресс-служба премьер-министра": "primeminister.kz", "пресс-служба правительства": "primeminister.kz",
}  # fmt: skip


# Words that follow a comma and precede "reports" without being a publisher.
_NOT_PUBLISHERS = {"minister", "ministry", "president", "chairman", "head", "he", "she", "it", "they",
                   "он", "она", "они", "министр", "глава", "президент"}  # fmt: skip


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
            if name.split()[0].casefold() in _NOT_PUBLISHERS:
                continue
            groups = match.groupdict()
            original = groups.get("orig1") or groups.get("orig2")
            if original:
                return canonical_source(original), name
            return name, None
    return None, None
