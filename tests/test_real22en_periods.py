"""Period errors seen on real stored English news pages (round real22en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "In the first five months of 2023 the country exported 3.3 million tons of grain. Prices fell by
     3.5% over the month of May. [new paragraph] Most of it, 2.3 million tons, went to Uzbekistan": the
     report's last month told of in an aside is no new span for the next paragraph, which is the
     five months' again (the 2.3 million took May). Look-alikes: the same paragraph keeps May; a month
     after the report's span ("in June") moves the story on.
  2. "From January through March 2024 output came to 9.1 trillion tenge. Meanwhile, output amounted to
     41 trillion tenge from January through December 2023. Compared to 2022, it grew by 4.3 percent":
     a span of months written out with its year that dates every actual figure of its sentence moves
     the story back to it, as statistics releases lay out last year after this year's months (the 4.3%
     and the figures after it stayed in 2024). Look-alikes: a span of a base alone ("2.3% fewer than in
     January-June 2021 (1,688)"), and a bare year after the figure ("it shipped 5.6 million tons in 2018") keep the report's
     span for what follows.
  3. "The district is carrying out 14 projects under the Regional Development 2025 program": a year
     closing a capitalised name before "program(me)" is part of the name, as "Roadmap-2025" is (the 14
     took the whole of 2025). Look-alikes: "the 2025 program" (no name), "under the programme for
     2021-2030" and "in 2025 the program will fund 40 projects" keep their readings.
  4. "Every day, nearly 400,000 people consult physicians", "Doctors see about 400,000 patients every
     day": a rate of a habit in the present, whatever its verb, is how things go at the report (it
     was undated, or took a year carried from before, while "Each day, 3,000 calls are answered" stood
     at the report). Look-alikes: a past verb ("were answered daily last year") or a year of its own
     keep theirs.
  5. "Overall, in 2023, works will cover 11,000 km. 3,600 km will be built, of which 856 km this
     year": a whole whose part after ", of which" is dated with the very span carried is longer than
     that span, untold (the 3,600 took 2023 as the plan's year ahead). Look-alikes: a part in a shorter
     span ("5 million tons, of which 3 million in May" under 2023) leaves the whole the carried year;
     a whole with a year of its own keeps it.
  6. Under a headline on ten months of 2020: "This year 17 billion tenge were spent on the streets.
     The Employment Roadmap paid 13.9 billion tenge": once "this year" was read as the report's
     span, the sentences after it go on in that span (the 13.9 billion took the whole year while the
     17 billion took January-October; a part read as "13.9 billion of them" takes the 17 billion's
     "this year" before it moved, and is left). Look-alike: without the report's span in the
     headline both stay the whole year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _span(text: str, surface: str, published: date, title: str = "") -> tuple[date | None, date | None]:
    return span(figure_by_surface(text, surface, published, title, "en"))


TITLED = [
    # 6. "this year" read as the headline's span carries on to the next sentence
    (
        "Street repairs in the city",
        "This year 17 billion tenge were spent on the streets of the city. The Employment Roadmap paid "
        "13.9 billion tenge.",
        date(2020, 11, 6),
        "13.9 billion tenge",
        (date(2020, 1, 1), date(2020, 12, 31)),
    ),
    (
        "Over 400 billion tenge attracted to the region within 10 months of 2020",
        "This year 17 billion tenge were spent on the streets of the city. The Employment Roadmap paid "
        "13.9 billion tenge.",
        date(2020, 11, 6),
        "13.9 billion tenge",
        (date(2020, 1, 1), date(2020, 10, 31)),
    ),
    (
        "Airports served 9.1 million passengers in nine months of 2019",
        "This year the airport in the capital served 3.2 million passengers. Transit travellers numbered "
        "410,000.",
        date(2019, 10, 20),
        "410,000",
        (date(2019, 1, 1), date(2019, 9, 30)),
    ),
]


@pytest.mark.parametrize(("title", "text", "published", "surface", "expected"), TITLED)
def test_real22en_titled(
    title: str, text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, published, title) == expected


CASES = [
    # 1. the report's last month as an aside, then a new paragraph
    (
        "In January-May 2023 the country exported 3.3 million tons of grain. Flour prices fell by 2.1% "
        "over the month of May.\n\nMost of the grain, 2.3 million tons, went to Uzbekistan.",
        date(2023, 8, 16),
        "2.3 million tons",
        (date(2023, 1, 1), date(2023, 5, 31)),
    ),
    (
        "Over the first nine months of 2019, the region's plants made 41,000 tonnes of steel. In "
        "September alone, output grew by 6%.\n\nThe works in Temirtau produced 30,500 tonnes.",
        date(2019, 10, 20),
        "30,500 tonnes",
        (date(2019, 1, 1), date(2019, 9, 30)),
    ),
    (
        "In the first half of 2021, retail sales reached 5.2 trillion tenge. Sales of cars rose by 11% "
        "in the second quarter.\n\nFood made up 1.9 trillion tenge of the total.",
        date(2021, 7, 25),
        "1.9 trillion tenge",
        (date(2021, 1, 1), date(2021, 6, 30)),
    ),
    # look-alike: within the same paragraph the month holds
    (
        "In January-May 2023 the country exported 3.3 million tons of grain. Flour prices fell by 2.1% "
        "over the month of May. Flour shipments came to 310,000 tons.",
        date(2023, 8, 16),
        "310,000 tons",
        (date(2023, 5, 1), date(2023, 5, 31)),
    ),
    # 2. an earlier span of months dating its whole sentence
    (
        "From January through March 2024 output came to 9.1 trillion tenge. Meanwhile, output amounted "
        "to 41 trillion tenge from January through December 2023. Compared to 2022, it grew by 4.3 percent.",
        date(2024, 4, 20),
        "4.3 percent",
        (date(2023, 1, 1), date(2023, 12, 31)),
    ),
    (
        "In January-May 2019 the region shipped 2.2 million tons of coal. It shipped 5.6 million tons "
        "from January to December 2018. Power plants took 3.1 million tons.",
        date(2019, 6, 14),
        "3.1 million tons",
        (date(2018, 1, 1), date(2018, 12, 31)),
    ),
    # look-alikes: a base's span alone, a bare year
    (
        "In January-June 2022, 1,649 infants died, 2.3% fewer than in January-June 2021 (1,688). Infant "
        "mortality stood at 8.3 per 1,000 live births.",
        date(2022, 8, 10),
        "8.3 per 1,000 live births",
        (date(2022, 1, 1), date(2022, 6, 30)),
    ),
    (
        "In January-May 2019 the region shipped 2.2 million tons of coal. It shipped 5.6 million tons "
        "in 2018. Power plants took 1.1 million tons.",
        date(2019, 6, 14),
        "1.1 million tons",
        (date(2019, 1, 1), date(2019, 5, 31)),
    ),
    # 3. a year in a programme's name
    (
        "As of today the district is carrying out 14 projects under the Regional Development 2025 program.",
        date(2021, 2, 9),
        "14",
        (date(2021, 2, 9), date(2021, 2, 9)),
    ),
    (
        "The city now runs 38 bus routes under the Smart City 2030 development programme.",
        date(2019, 4, 2),
        "38",
        (date(2019, 4, 2), date(2019, 4, 2)),
    ),
    # look-alikes: no name before the year, a year of its own
    (
        "In 2025 the program will fund 40 projects in the region.",
        date(2024, 12, 2),
        "40",
        (date(2025, 1, 1), date(2025, 12, 31)),
    ),
    (
        "Farmers received 12 billion tenge under the 2023 program.",
        date(2024, 3, 2),
        "12 billion tenge",
        (date(2023, 1, 1), date(2023, 12, 31)),
    ),
    # 4. a rate of a habit in the present
    (
        "Every day, nearly 400,000 people consult physicians across the country.",
        date(2023, 2, 10),
        "400,000",
        (date(2023, 2, 10), date(2023, 2, 10)),
    ),
    (
        "In 2022, clinics logged 150 million visits. Each day, around 2,600 residents seek emergency care.",
        date(2023, 2, 10),
        "2,600",
        (date(2023, 2, 10), date(2023, 2, 10)),
    ),
    (
        "Local buses carry some 180,000 passengers daily in the city.",
        date(2020, 6, 5),
        "180,000",
        (date(2020, 6, 5), date(2020, 6, 5)),
    ),
    # look-alikes: a past verb, a year of its own
    (
        "Last year, about 3,000 calls were answered daily by the service.",
        date(2023, 2, 10),
        "3,000",
        (date(2022, 1, 1), date(2022, 12, 31)),
    ),
    (
        "Every day in 2021, the plant shipped 900 tonnes of cement.",
        date(2023, 2, 10),
        "900 tonnes",
        (date(2021, 1, 1), date(2021, 12, 31)),
    ),
    # 5. a whole whose part alone takes the carried span
    (
        "Overall, in 2023, works will cover 11,000 km of roads. Some 3,600 km of highways will be rebuilt, "
        "of which 856 km are due to be finished this year.",
        date(2023, 3, 28),
        "3,600 km",
        (None, None),
    ),
    (
        "This year the region will spend 40 billion tenge on schools. The city is to get 12 new clinics, of "
        "which 5 will open in 2024.",
        date(2024, 2, 1),
        "12",
        (None, None),
    ),
    # look-alikes: a part in a shorter span, a whole with its own year
    (
        "In 2023, grain exports grew. Exports reached 5 million tons, of which 3 million tons were shipped "
        "in May.",
        date(2024, 2, 1),
        "5 million tons",
        (date(2023, 1, 1), date(2023, 12, 31)),
    ),
    (
        "Overall, in 2023, works will cover 11,000 km of roads. In 2023-2025 some 3,600 km of highways will be "
        "rebuilt, of which 856 km this year.",
        date(2023, 3, 28),
        "3,600 km",
        (date(2023, 1, 1), date(2025, 12, 31)),
    ),
    # look-alike: a month after the report's span moves the story on
    (
        "In January-May 2023 the country exported 3.3 million tons of grain. In June, exports came to "
        "0.6 million tons.\n\nMost of the June grain, 410,000 tons, went to Uzbekistan.",
        date(2023, 8, 16),
        "410,000 tons",
        (date(2023, 6, 1), date(2023, 6, 30)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), CASES)
def test_real22en_periods(
    text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, published) == expected
