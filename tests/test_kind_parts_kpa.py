"""Plan or actual, read from grammar, on probe sentences of our own (no sentence copied from an article or
an eval file), each figure labelled per tests/realworld/FORMAT.md BEFORE the extractor first ran on it.
Classes, by the grammatical reason the kind follows from:

parts: a part of a sum or count just named ("из них", "из этой суммы", "в том числе", "оның ...-сі",
"of which", "including") or a sibling that repeats the first part's predicate by a dash or a comma with
its verb left out ("25 млрд предназначено для ..., 10 млрд – для ...") has no verb of its own: it takes
the kind of the whole or of the sibling whose verb it shares. A part with a verb of its own ("из них 4 млрд
уже выплачено") keeps its own reading.

Rows the extractor still reads wrongly are strict xfails with the reason, so a fix shows as an
unexpected pass."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUB = date(2025, 6, 15)

# (language, class, text, {value: kind})
PROBES: list[tuple[str, str, str, dict[float, str]]] = [
    # -- parts of a whole, and siblings sharing an elided verb --
    (
        "ru",
        "parts",
        "В этом году на ремонт дорог области выделено 40 млрд тенге. Из этой суммы 25 млрд тенге "
        "предназначено для республиканских трасс, 10 млрд тенге – для местных дорог, 5 млрд тенге – на мосты.",
        {40e9: "plan", 25e9: "plan", 10e9: "plan", 5e9: "plan"},
    ),
    (
        "ru",
        "parts",
        "На следующий год на развитие спорта заложено 12 млрд тенге, в том числе 7 млрд на строительство стадионов.",
        {12e9: "plan", 7e9: "plan"},
    ),
    (
        "ru",
        "parts",
        "В 2024 году на субсидии аграриям было израсходовано 30 млрд тенге, из них 18 млрд – на животноводство, "
        "12 млрд – на растениеводство.",
        {30e9: "actual", 18e9: "actual", 12e9: "actual"},
    ),
    (
        "ru",
        "parts",
        "Городу на 2026 год выделят 80 млрд тенге: 45 млрд – на жилье, 35 млрд – на дороги.",
        {80e9: "plan", 45e9: "plan", 35e9: "plan"},
    ),
    (
        "ru",
        "parts",
        "На программу в текущем году направлено 9 млрд тенге, из них 4 млрд тенге уже выплачено получателям.",
        {9e9: "plan", 4e9: "actual"},
    ),
    (
        "ru",
        "parts",
        "В прошлом году на поддержку бизнеса направлено 15 млрд тенге, в том числе 6 млрд – на льготные кредиты.",
        {15e9: "actual", 6e9: "actual"},
    ),
    (
        "ru",
        "parts",
        "В этом году планируется построить 30 школ, из них 12 – в сельской местности.",
        {30: "plan", 12: "plan"},
    ),
    (
        "ru",
        "parts",
        "В этом году планируется построить 30 школ, из них 12 уже построены.",
        {30: "plan", 12: "actual"},
    ),
    (
        "kk",
        "parts",
        "Биыл ауыл шаруашылығын субсидиялауға 20 млрд теңге бөлінді, оның 12 млрд теңгесі – мал "
        "шаруашылығына, 8 млрд теңгесі – өсімдік шаруашылығына.",
        {20e9: "plan", 12e9: "plan", 8e9: "plan"},
    ),
    (
        "kk",
        "parts",
        "Келесі жылы жол жөндеуге 30 млрд теңге бөлінеді, оның 18 млрд теңгесі – республикалық бюджеттен.",
        {30e9: "plan", 18e9: "plan"},
    ),
    (
        "kk",
        "parts",
        "Өткен жылы мектептерді жөндеуге 6 млрд теңге жұмсалды, оның 4 млрд теңгесі – жергілікті бюджеттің қаражаты.",
        {6e9: "actual", 4e9: "actual"},
    ),
    (
        "kk",
        "parts",
        "Биыл су құбырларына 10 млрд теңге бөлінді, оның 3 млрд теңгесі игерілді.",
        {10e9: "plan", 3e9: "actual"},
    ),
    (
        "kk",
        "parts",
        "2026 жылы денсаулық сақтауға 500 млрд теңге қарастырылған, оның ішінде 200 млрд теңге – дәрі-дәрмекке.",
        {500e9: "plan", 200e9: "plan"},
    ),
    (
        "kk",
        "parts",
        "Биыл облыста 40 мектеп салу жоспарланған, оның 12-сі – ауылдық жерлерде.",
        {40: "plan", 12: "plan"},
    ),
    (
        "en",
        "parts",
        "This year 40 billion tenge has been allocated for road repairs, of which 25 billion is for national "
        "highways and 15 billion for local roads.",
        {40e9: "plan", 25e9: "plan", 15e9: "plan"},
    ),
    (
        "en",
        "parts",
        "In 2024 the region spent 12 billion tenge on schools, including 7 billion on new buildings.",
        {12e9: "actual", 7e9: "actual"},
    ),
    (
        "en",
        "parts",
        "Next year 9 billion tenge will go to clinics: 5 billion to rural clinics and 4 billion to city ones.",
        {9e9: "plan", 5e9: "plan", 4e9: "plan"},
    ),
]

# (language, text start, value) -> why it is still read wrongly
LEFT: dict[tuple[str, str, float], str] = {}


def _cases() -> list[object]:
    cases: list[object] = []
    for language, cls, text, expected in PROBES:
        for value, kind in expected.items():
            reason = next(
                (
                    why
                    for (lang, head, v), why in LEFT.items()
                    if lang == language and text.startswith(head) and v == value
                ),
                None,
            )
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(
                pytest.param(language, text, value, kind, marks=marks, id=f"{cls}-{value:g}-{text[:20]}")
            )
    return cases


def read_kinds(language: str, text: str) -> dict[float, str]:
    """The kind of each figure of a probe text, by value."""
    return {round(i.value, 6): i.kind for i in extract_indicators(text, PUB, "", language)}


@pytest.mark.parametrize(("language", "text", "value", "kind"), _cases())
def test_kind_reader(language: str, text: str, value: float, kind: str) -> None:
    found = read_kinds(language, text)
    assert round(value, 6) in found, f"{value} not read in {text!r}: {found}"
    assert found[round(value, 6)] == kind
