"""A lead figure that only a later sentence dates, in Kazakh and English (+lead14), in sentences
of our own. Labelled by tests/realworld/FORMAT.md: a report whose headline names no period may open
on undated figures told in the past and name their span a few sentences on; those figures are the
span's (the period may come from the sentences around). +real14ru built this for Russian
(etl/extract/lead_span.py); each language reads its own past:
  Kazakh: a clause ending on a past ("артты", "азайды", "болды", "құрады", "тасылды") or a perfect
  participle ("артқан"); not "құрайды", "жұмыс істейді", "бар", "салынады";
  English: the figure's verb group in the past simple ("reached", "amounted to", "rose"); not a
  present ("has", "counts"), a perfect with a span up to the report, or a modal.
Look-alikes keep their reading: a present state, a plan, a lead with a period of its own, a span
long over."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2025, 9, 20)
NOW = (P, P)
JAN_JUL = (date(2025, 1, 1), date(2025, 7, 31))
Q2 = (date(2025, 4, 1), date(2025, 6, 30))


def _span(text: str, surface: str, language: str, title: str = "") -> tuple[date | None, date | None]:
    found: list[Indicator] = [
        i for i in extract_indicators(text, P, title=title, language=language) if i.surface == surface
    ]
    assert found, f"no figure {surface!r}"
    return found[0].period_start, found[0].period_end


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("Өңірде тұрғын үй құрылысы 12%-ға артты. Статистика бюросының деректері бойынша, 2025 жылғы "
         "қаңтар-шілдеде облыста 1,4 млн шаршы метр тұрғын үй пайдалануға берілді.", "12%-ға", JAN_JUL),
        ("Темір жолмен 44 млн тонна жүк тасылды. Жалпы, 2025 жылғы қаңтар-шілдеде жүк тасымалы 61 млн "
         "тоннаға жетті.", "44 млн тонна", JAN_JUL),
        ("Астық экспорты Өзбекстанға — 18%-ға, Тәжікстанға — 9%-ға артқан. «ҚТЖ» деректері бойынша, 2025 "
         "жылғы қаңтар-шілдеде елден 3,2 млн тонна астық шығарылды.", "9%-ға", JAN_JUL),
        ("Облыстағы орташа жалақы 9,5%-ға өсті, деп хабарлайды агенттік. 2025 жылғы екінші тоқсанда "
         "орташа айлық жалақы 412 мың теңгені құрады.", "9,5%-ға", Q2),
        ("Бір жылда сүт бағасы 14% құрады. Бюро мәліметінше, 2025 жылғы қаңтар-шілдеде азық-түлік "
         "бағасы 8,1%-ға қымбаттады.", "14%", JAN_JUL),
        # look-alikes that keep their reading: a present state (a verb of what holds, an aorist copula,
        # what there is), a plan, a lead with its own year, a span long over
        ("Облыста 312 мектеп жұмыс істейді. 2025 жылғы қаңтар-шілдеде 9 мектеп салынды.", "312", NOW),
        ("Облыстағы мектептер саны 312-ні құрайды. 2025 жылғы қаңтар-шілдеде 9 мектеп салынды.", "312-ні",
         NOW),
        ("Облыста 312 мектеп бар. 2025 жылғы қаңтар-шілдеде 9 мектеп салынды.", "312", NOW),
        # (a figure in the span's own sentence was read there: "тұратын" is who lives there now)
        ("2025 жылғы қаңтар-шілдеде 52 мың адам тұратын ауданда 80 үй салынды.", "52 мың", NOW),
        ("2024 жылы экспорт 12%-ға артты. 2025 жылғы қаңтар-шілдеде экспорт 41 млрд долларды құрады.",
         "12%-ға", (date(2024, 1, 1), date(2024, 12, 31))),
        ("Өңірде 210 отбасына пәтер кілті табысталды. 2023 жылы облыста 0,7 млн шаршы метр тұрғын үй "
         "салынды.", "210", NOW),
    ],
)  # fmt: skip
def test_kk_lead_dated_by_the_span_named_next(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, "kk") == span


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("Kazakhstan's exports of flour reached 1.6 million tons. In January-July 2025, grain exports "
         "amounted to 5.2 million tons, the ministry said.", "1.6 million tons", JAN_JUL),
        ("Trade between Kazakhstan and Georgia rose by 12 percent. Over the first seven months of 2025, it "
         "amounted to $390 million.", "12 percent", JAN_JUL),
        ("Manufacturing output amounted to 9.8 trillion tenge. From January to July 2025, industrial "
         "output grew by 5.1% to 24 trillion tenge.", "9.8 trillion tenge", JAN_JUL),
        # look-alikes that keep their reading: a present state, a perfect over a span up to the report,
        # a forecast, a lead with its own year, a span long over
        ("The region has 312 schools. In January-July 2025, 9 schools were built.", "312", NOW),
        ("In 2024, exports reached $80 billion. In January-July 2025, exports amounted to $42 billion.",
         "$80 billion", (date(2024, 1, 1), date(2024, 12, 31))),
    ],
)  # fmt: skip
def test_en_lead_dated_by_the_span_named_next(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, "en") == span


@pytest.mark.parametrize(
    ("text", "surface", "later"),
    [
        # a perfect told up to the report ("have been commissioned over the past two months", "has
        # been invested recently") and a span long over ("In 2023") date nothing before them
        ("Over 210,000 square meters of housing have been commissioned over the past two months. In "
         "January-July 2025, the region built 1.4 million square meters.", "210,000 square meters", JAN_JUL),
        ("Some 200 billion tenge has been invested recently. In January-July 2025, the region built 1.4 "
         "million square meters.", "200 billion tenge", JAN_JUL),
        ("Some 210 families received the keys to new flats. In 2023, the region built 0.7 million square "
         "meters of housing.", "210", (date(2023, 1, 1), date(2023, 12, 31))),
    ],
)  # fmt: skip
def test_en_lead_told_up_to_now_or_long_before_is_not_moved(
    text: str, surface: str, later: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, "en") != later


def test_en_forecast_lead_keeps_its_kind_and_period() -> None:
    text = "Exports are expected to reach $50 billion. In January-July 2025, exports amounted to $42 billion."
    found = [i for i in extract_indicators(text, P, language="en") if i.surface == "$50 billion"]
    assert found and found[0].kind == "forecast" and (found[0].period_start, found[0].period_end) != JAN_JUL


F20 = date(2025, 2, 20)


@pytest.mark.parametrize(
    ("text", "surface", "published", "span"),
    [
        # a level reached is no total of the month it grew in
        ("Кезекте тұрғандар саны 412 мыңға жетті. Тек тамыз айының өзінде кезек 9 120 адамға көбейген.",
         "412 мыңға", P, NOW),
        # a month before the last is a step of the story told, not the span a report covers
        ("Жаңа үйдің 48 пәтерінің кілті табысталды. Құрылыс ұзаққа созылды. Былтыр желтоқсанда мұнда 36 "
         "пәтер пайдалануға берілді.", "48", F20, (F20, F20)),
        # (the month right before publication is a monthly release's: a rate told first is of it)
        ("Облыста жылдық инфляция 11,2%-ға жетті. Қаңтарда азық-түлік 12,4%-ға қымбаттады.", "11,2%-ға", F20,
         (date(2025, 1, 1), date(2025, 1, 31))),
    ],
)  # fmt: skip
def test_kk_lead_kept_from_a_change_or_a_story_month(
    text: str, surface: str, published: date, span: tuple[date | None, date | None]
) -> None:
    found = [i for i in extract_indicators(text, published, language="kk") if i.surface == surface]
    assert found and (found[0].period_start, found[0].period_end) == span
