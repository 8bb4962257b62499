"""How a figure's period was decided (etl/extract/period_basis.py), read from the extractor's own
output for sentences written for these tests, in English, Russian and Kazakh."""

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from etl.extract.period_basis import BASES, BASIS_LABELS, period_basis
from etl.extract.records import replace

PUBLISHED = date(2025, 6, 10)


def _bases(body: str, language: str, title: str = "") -> dict[str, str]:
    """surface -> basis of every figure the extractor finds in the body."""
    found = extract_indicators(body, PUBLISHED, title=title, language=language)
    return {f.surface: period_basis(f, PUBLISHED, language) for f in found}


@pytest.mark.parametrize(
    ("language", "body", "surface", "basis"),
    [
        # the sentence names the span itself
        ("en", "In January-March 2025, exports of wheat reached 3.2 million tonnes.", "3.2 million tonnes", "sentence"),
        ("ru", "В январе-марте 2025 года экспорт пшеницы составил 3,2 млн тонн.", "3,2 млн тонн", "sentence"),
        ("kk", "2025 жылдың қаңтар-наурыз айларында бидай экспорты 3,2 млн тоннаны құрады.", "3,2 млн тоннаны",
         "sentence"),
        # the next sentence says no period: the extractor carries the previous one
        ("en", "In January-March 2025, exports of wheat reached 3.2 million tonnes. "
               "Shipments to China came to 1.1 million tonnes.", "1.1 million tonnes", "context"),
        ("ru", "В январе-марте 2025 года экспорт пшеницы составил 3,2 млн тонн. В Китай отгрузили 1,1 млн тонн.",
         "1,1 млн тонн", "context"),
        ("kk", "2025 жылдың қаңтар-наурыз айларында бидай экспорты 3,2 млн тоннаны құрады. "
               "Қытайға 1,1 млн тонна жөнелтілді.", "1,1 млн тонна", "context"),
        # a present state with no date word: dated at publication
        ("ru", "В городе работают 120 школ.", "120", "publication"),
        ("kk", "Қалада 120 мектеп жұмыс істейді.", "120", "publication"),
        # "now" is a date word of the sentence
        ("en", "The city now has 120 schools.", "120", "sentence"),
        # a span derived from the stated one: "by the end of September" as January-September
        ("en", "By the end of September, output of cement grew by 10.9%.", "10.9%", "sentence"),
    ],
)  # fmt: skip
def test_basis_of_a_figure_in_its_article(language: str, body: str, surface: str, basis: str) -> None:
    assert _bases(body, language)[surface] == basis


def test_a_yearless_span_given_the_articles_year_is_stated_in_its_sentence() -> None:
    bases = _bases(
        "In 2024 the region received many tourists. Foreign visitors numbered 420,000. "
        "In January-May, about 280,000 visitors from China arrived.",
        "en",
    )
    assert bases["420,000"] == "context"  # the year of the sentence before
    assert bases["280,000"] == "sentence"  # "January-May" is written; only its year came from before


@pytest.mark.parametrize(
    ("language", "title", "body", "surface"),
    [
        ("en", "Tourism in 2024", "Foreign visitors numbered 420,000.", "420,000"),
        ("ru", "Туризм в 2024 году", "Иностранных гостей было 420 тысяч.", "420 тысяч"),
        ("kk", "2024 жылғы туризм", "Шетелдік қонақтар саны 420 мыңға жетті.", "420 мыңға"),
    ],
)
def test_a_period_from_the_headline_is_context(language: str, title: str, body: str, surface: str) -> None:
    found = {f.surface: f for f in extract_indicators(body, PUBLISHED, title=title, language=language)}
    assert found[surface].period_end == date(2024, 12, 31)  # the headline's year
    assert period_basis(found[surface], PUBLISHED, language) == "context"


def _figure(
    sentence: str, surface: str, span: tuple[date | None, date | None], role: str | None = None
) -> Indicator:
    start = sentence.index(surface)
    return Indicator(
        value=1.0, unit="count", item="", qualifier=None, period_start=span[0], period_end=span[1],
        kind="actual", is_change=False, sentence=sentence, sentence_start=0, start_char=start,
        end_char=start + len(surface), surface=surface, role=role,
    )  # fmt: skip


def test_no_period_is_none() -> None:
    assert period_basis(_figure("In 2024, 40 schools opened.", "40", (None, None)), PUBLISHED) == "none"


def test_a_comparison_base_dates_only_a_figure_given_exactly_its_span() -> None:
    sentence = "Exports rose by 12% to 40 tonnes, against 30 tonnes in 2023."
    base = _figure(sentence, "30 tonnes", (date(2023, 1, 1), date(2023, 12, 31)), role="from")
    assert period_basis(base, PUBLISHED) == "sentence"
    # a part of 2023 sharing its last day is not read off a base: the sentence does not give it
    part = _figure(sentence, "40 tonnes", (date(2023, 7, 1), date(2023, 12, 31)))
    assert period_basis(part, PUBLISHED) == "context"


def test_the_old_level_of_a_change_is_the_stated_span_a_year_before() -> None:
    sentence = "In the second quarter of 2025 the wage reached 448,620 tenge, up from 403,251 tenge."
    old = _figure(sentence, "403,251 tenge", (date(2024, 4, 1), date(2024, 6, 30)), role="from")
    assert period_basis(old, PUBLISHED) == "sentence"
    # the same span with no role is another year than the sentence's: carried from elsewhere
    assert period_basis(replace(old, role=None), PUBLISHED) == "context"


def test_the_publication_day_named_by_no_phrase_is_publication_even_beside_other_years() -> None:
    sentence = "Set at 2,260 metres above sea level, the resort was rebuilt in 2011."
    figure = _figure(sentence, "2,260 metres", (PUBLISHED, PUBLISHED))
    assert period_basis(figure, PUBLISHED) == "publication"
    assert period_basis(replace(figure, period_start=date(2025, 6, 9), period_end=date(2025, 6, 9)),
                        PUBLISHED) == "context"  # fmt: skip


def test_every_basis_has_a_plain_label() -> None:
    assert set(BASIS_LABELS) == set(BASES)
    assert BASIS_LABELS["sentence"] == "in its sentence"
