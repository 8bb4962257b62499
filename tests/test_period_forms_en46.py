"""English period forms of the twentieth session: a change's base with words before "on", a
qualified change above a base's level, a level reached at the end of a span, "the N months to
<day>", a month "last year", "close the year with", "than a year earlier" beside a present level,
"currently stands at", "since it started work in <year>" and "from X to Y over the past N years".
Sentences of our own, labelled by tests/realworld/FORMAT.md before any run; the look-alikes kept
their reading before this file."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

Span = tuple[date | None, date | None]
A = date(2025, 2, 10)  # published after the year told
I = date(2024, 10, 20)  # published in the year told  # noqa: E741
J = date(2024, 7, 18)


def _year(y: int) -> Span:
    return (date(y, 1, 1), date(y, 12, 31))


def _day(d: date) -> Span:
    return (d, d)


M9_24: Span = (date(2024, 1, 1), date(2024, 9, 30))
H24: Span = (date(2024, 1, 1), date(2024, 6, 30))
Q3_24: Span = (date(2024, 7, 1), date(2024, 9, 30))
NOW: Span = _day(I)

CASES: list[tuple[date, str, dict[str, Span]]] = [
    # 1. a base after "increase ... on" with words between
    (A, "Exports reached 2.1 billion dollars in 2024, a 12% increase in value on 2023.", {"12%": _year(2024)}),
    (I, "For the whole of 2023 the sector's services amounted to 50 billion tenge, a 35.4% increase in physical volume on 2022.",
     {"35.4%": _year(2023)}),
    (A, "Imports fell to 1.1 billion dollars in 2024, a 7% decrease in real terms on 2023.", {"7%": _year(2024)}),
    (A, "Grain output was 17 million tonnes in 2024, a 9% rise in volume on 2022.", {"9%": _year(2024)}),
    (A, "Exports reached 2.1 billion dollars in 2024, a 12% increase in dollar terms over 2023.", {"12%": _year(2024)}),
    (A, "Exports reached 2.1 billion dollars in 2024, a threefold increase on 2019.", {"threefold": _year(2024)}),
    (A, "Exports reached 2.1 billion dollars in 2024, a 12% increase on 2023.", {"12%": _year(2024)}),
    (A, "In 2024 the region spent 12% more on roads than in 2023.", {"12%": _year(2024)}),
    # 2. a qualified change above a base's level
    (A, "Exports reached 2.1 billion dollars in 2024, more than 26 percent above the 2019 level and twice as many as in 2010.",
     {"26 percent": _year(2024), "twice": _year(2024)}),
    (A, "Exports reached 2.1 billion dollars in 2024, almost 26% above the 2019 level.", {"26%": _year(2024)}),
    (A, "Exports reached 2.1 billion dollars in 2024, about 15% below the 2021 level.", {"15%": _year(2024)}),
    (A, "Tourist arrivals reached 9.2 million in 2024, over 40% above the pre-pandemic level of 2019.", {"40%": _year(2024)}),
    (A, "Exports reached 2.1 billion dollars in 2024, 26% above the 2019 level.", {"26%": _year(2024)}),
    (A, "Exports reached 2.1 billion dollars in 2024, against more than 1.6 billion dollars in 2019.",
     {"1.6 billion dollars": _year(2019)}),
    # 3. the level reached at the end of a span; the change keeps the span
    (A, "Exports rose from 1.2 billion to 2.1 billion dollars between 2020 and 2024.",
     {"1.2 billion": _year(2020), "2.1 billion dollars": _year(2024)}),
    (A, "Between 2019 and 2024 exports almost doubled to 2.1 billion dollars.", {"2.1 billion dollars": _year(2024)}),
    (A, "Between 2019 and 2024 exports rose 40% to 2.1 billion dollars.",
     {"40%": (date(2019, 1, 1), date(2024, 12, 31)), "2.1 billion dollars": _year(2024)}),
    (A, "From 2020 to 2024 the number of buses grew from 1,200 to 1,500.", {"1,200": _year(2020), "1,500": _year(2024)}),
    (A, "The number of tourists grew from 500,000 in 2019 to 800,000 in 2024.", {"500,000": _year(2019), "800,000": _year(2024)}),
    (A, "Between 2020 and 2024 the state spent 2.1 billion dollars on roads.",
     {"2.1 billion dollars": (date(2020, 1, 1), date(2024, 12, 31))}),
    (I, "In January-September revenue rose 12% to 900 million dollars.", {"900 million dollars": M9_24, "12%": M9_24}),
    (A, "Between 2019 and 2024 output grew from 1.2 million tonnes in 2019 to 1.9 million tonnes.",
     {"1.2 million tonnes": _year(2019), "1.9 million tonnes": _year(2024)}),
    (A, "Between 2020 and 2024 exports grew by 40%.", {"40%": (date(2020, 1, 1), date(2024, 12, 31))}),
    # 4. "the N months to <day>"
    (I, "Revenue rose 12% to 900 million dollars in the nine months to September 30, the company said.",
     {"12%": M9_24, "900 million dollars": M9_24}),
    (I, "Revenue rose 12% in the nine months to September 30.", {"12%": M9_24}),
    (I, "Net profit was 150 million dollars in the six months to June 30, up 8%.", {"150 million dollars": H24, "8%": H24}),
    (I, "In the three months to September 30 revenue rose 5% to 300 million dollars.", {"5%": Q3_24, "300 million dollars": Q3_24}),
    (I, "As of September 30 deposits stood at 900 billion tenge.", {"900 billion tenge": _day(date(2024, 9, 30))}),
    # 5. a month "last year"
    (J, "Output in May alone reached 374 million eggs, about 5% above the level of May last year.",
     {"374 million": (date(2024, 5, 1), date(2024, 5, 31)), "5%": (date(2024, 5, 1), date(2024, 5, 31))}),
    (J, "In May last year output was 350 million eggs.", {"350 million": (date(2023, 5, 1), date(2023, 5, 31))}),
    (J, "Output in June reached 380 million eggs, 4% more than in June last year.", {"4%": (date(2024, 6, 1), date(2024, 6, 30))}),
    (J, "In March last year the plant produced 12,000 tonnes of cement.", {"12,000 tonnes": (date(2023, 3, 1), date(2023, 3, 31))}),
    (J, "Output in May reached 374 million eggs, against 350 million eggs in May last year.",
     {"374 million": (date(2024, 5, 1), date(2024, 5, 31)), "350 million": (date(2023, 5, 1), date(2023, 5, 31))}),
    (J, "Last year output was 4.1 billion eggs.", {"4.1 billion": _year(2023)}),
    (J, "In May output reached 374 million eggs.", {"374 million": (date(2024, 5, 1), date(2024, 5, 31))}),
    # 6. "close / end / finish the year with"
    (I, "In the first half of this year the port handled 45,000 TEU, and it expects to close the year with 150,000 TEU.",
     {"45,000 TEU": H24, "150,000 TEU": _year(2024)}),
    (I, "In the first half of this year the port handled 45,000 TEU; it hopes to finish the year with 150,000 TEU.",
     {"150,000 TEU": _year(2024)}),
    (I, "In January-September the airline carried 3 million passengers and plans to end the year with 4.2 million passengers.",
     {"3 million": M9_24, "4.2 million": _year(2024)}),
    (A, "The port expects to end the year at 150,000 TEU.", {"150,000 TEU": _year(2025)}),
    (I, "In the first half of this year the port handled 45,000 TEU, and by the end of the year it expects 150,000 TEU.",
     {"150,000 TEU": (None, date(2024, 12, 31))}),
    # 7. "than a year earlier" beside a present level
    (I, "Installed capacity has reached 2,500 MW, almost 19% more than a year earlier.", {"2,500 MW": NOW, "19%": NOW}),
    (I, "The bank's loan book now stands at 900 billion tenge, 12% more than a year earlier.",
     {"900 billion tenge": NOW, "12%": NOW}),
    (I, "The fleet has grown to 1,500 buses, 200 more than a year earlier.", {"1,500": NOW, "200": NOW}),
    (I, "In 2023 exports reached 2.1 billion dollars, 12% more than a year earlier.", {"12%": _year(2023)}),
    (I, "As of 1 October deposits stood at 900 billion tenge, 8% more than a year earlier.",
     {"8%": _day(date(2024, 10, 1))}),
    # 8. "currently stands at"
    (I, "Transit has doubled over the past year and currently stands at 1.5 million tonnes.", {"1.5 million tonnes": NOW}),
    (I, "Exports have grown by 30% over the past three years and now total 2 billion dollars.",
     {"30%": (date(2021, 10, 20), I), "2 billion dollars": NOW}),
    (I, "Over the past year the plant has produced 1.5 million tonnes.", {"1.5 million tonnes": (date(2023, 10, 20), I)}),
    (I, "The budget for 2025 now amounts to 1.5 trillion tenge.", {"1.5 trillion tenge": _year(2025)}),
    (I, "Transit currently stands at 1.5 million tonnes.", {"1.5 million tonnes": NOW}),
    # 9. "since it started work in <year>"
    (I, "Since it started work in 2021, the factory has turned out more than 4,000 buses.", {"4,000": (date(2021, 1, 1), I)}),
    (I, "Since it opened in 2019, the museum has received 300,000 visitors.", {"300,000": (date(2019, 1, 1), I)}),
    (I, "Since the plant was built in 2018, it has processed 2 million tonnes of ore.", {"2 million tonnes": (date(2018, 1, 1), I)}),
    (I, "Since they began operations in 2019, the two mines have produced 12 million tonnes of coal.",
     {"12 million tonnes": (date(2019, 1, 1), I)}),
    (I, "Since it started work in March 2022, the plant has processed 300,000 tonnes of grain.",
     {"300,000 tonnes": (date(2022, 3, 1), I)}),
    (I, "The factory, which started work in 2021, turned out 900 buses last year.", {"900": _year(2023)}),
    (I, "In 2021 the factory turned out 300 buses.", {"300": _year(2021)}),
    # 10. "from X to Y over the past N years"
    (I, "Subsidies have shrunk from 3.4 billion tenge to 654 million tenge over the past five years.",
     {"3.4 billion tenge": _day(date(2019, 10, 20)), "654 million tenge": NOW}),
    (I, "Over the past three years the number of clinics has grown from 120 to 150.",
     {"120": _day(date(2021, 10, 20)), "150": NOW}),
    (I, "Subsidies have shrunk by 80% over the past five years.", {"80%": (date(2019, 10, 20), I)}),
    (I, "Over the past five years the state has paid 3.4 billion tenge in subsidies.",
     {"3.4 billion tenge": (date(2019, 10, 20), I)}),
    # (lead) a change "over the past five years" after a past year's level still ends at the report
    # (only "since 2020" after it runs to that year's end)
    (date(2020, 3, 17), "The country produced 1.1 million tonnes of meat in 2019. Over the past five years, the "
     "cattle herd has expanded by 23.3%.", {"23.3%": (date(2015, 3, 17), date(2020, 3, 17))}),
    # (lead) "this winter" told in spring is the winter just over; in autumn, the one ahead
    (date(2024, 5, 10), "Output reached a record 4,120 MW this winter.",
     {"4,120 MW": (date(2023, 12, 1), date(2024, 2, 29))}),
    (I, "Boilers will need 1.4 million tons of coal this winter.",
     {"1.4 million tons": (date(2024, 12, 1), date(2025, 2, 28))}),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_period_forms_en46(published: date, text: str, expected: dict[str, Span]) -> None:
    found = {
        i.surface: (i.period_start, i.period_end) for i in extract_indicators(text, published, language="en")
    }
    assert {surface: found.get(surface) for surface in expected} == expected
