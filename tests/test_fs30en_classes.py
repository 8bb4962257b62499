"""English forms found wrong at first sight of the blind sets h30/h31 (+fs30en): our own
sentences, labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes
that keep their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span, surfaces

P = D(2024, 5, 6)
TODAY = (P, P)
LAST_YEAR = (D(2023, 1, 1), D(2023, 12, 31))
PAST = "Last year, the resorts hosted more than 640,000 visitors.\n"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # the plural "range" / "vary" (a participle before it is no past tense of the clause)
        ("Subsidised ski passes range from 9,000 to 14,000 tenge.", "14,000 tenge"),
        ("Regulated tariffs vary from 12 to 19 tenge per kWh.", "19 tenge"),
        # "of the total" with the whole's own noun after it: a standing share, not a share of a
        # total counted last year
        ("Aktau accounts for 40% of the total cargo flow.", "40%"),
        ("Shymkent, the south's main hub, receives about 30% of the total transit cargo.", "30%"),
        # the subject's verb after a share that restates it
        ("Some 2.1 million people, or 11% of the population, live in mountain villages.", "2.1 million"),
        ("Some 2.1 million people, or 11% of the population, live in mountain villages.", "11%"),
        ("About 64,000 doctors, or 38% of all medics, work in rural clinics.", "64,000"),
    ],
)
def test_a_present_state_after_a_past_year_stands_now(body: str, surface: str) -> None:
    assert span(figure_by_surface(PAST + body, surface, P)) == TODAY


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a share of a total named before is counted when the total was
        ("Foreign guests account for 18% of the total.", "18%", LAST_YEAR),
        # "live" as an adjective, and a restated subject whose verb tells a deed
        ("Infant mortality was 7.1 per 1,000 live births: 1,390 babies died.", "1,390", LAST_YEAR),
        ("In 2023, 2,100 pupils, or 30% of graduates, went abroad to study.", "2,100", LAST_YEAR),
        # a year of its own is kept
        ("Last year, Shymkent received about 30% of all transit cargo.", "30%", LAST_YEAR),
    ],
)
def test_present_state_look_alikes_keep_their_reading(
    body: str, surface: str, want: tuple[D | None, D | None]
) -> None:
    assert span(figure_by_surface(PAST + body, surface, P)) == want


AUG = D(2024, 8, 19)


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        (
            "Last year, 14 new hotels opened in the region.\nIn January-June, retail sales grew by 6.1%.",
            "6.1%",
            (D(2024, 1, 1), D(2024, 6, 30)),
        ),
        (
            "In 2023, the district built 9 schools.\nOver the first seven months, 412 flats were handed over.",
            "412",
            (D(2024, 1, 1), D(2024, 7, 31)),
        ),
        (
            "Exports reached $3 billion last year. In the first half of the year, they rose by 4%.",
            "4%",
            (D(2024, 1, 1), D(2024, 6, 30)),
        ),
    ],
)
def test_a_yearless_span_over_this_year_after_last_year_is_this_years(
    body: str, surface: str, want: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, AUG)) == want


@pytest.mark.parametrize(
    ("body", "surface", "want", "published"),
    [
        # told in February, January-June of this year is still ahead: last year's
        (
            "Last year, 14 new hotels opened.\nIn January-June, retail sales grew by 6.1%.",
            "6.1%",
            (D(2023, 1, 1), D(2023, 6, 30)),
            D(2024, 2, 10),
        ),
        # a span not opening its sentence keeps the year the paragraph is on
        (
            "Last year, 14 new hotels opened. Retail sales grew by 6.1% in January-June.",
            "6.1%",
            (D(2023, 1, 1), D(2023, 6, 30)),
            AUG,
        ),
        # a year of its own is kept
        (
            "Last year, 14 new hotels opened.\nIn January-June 2023, retail sales grew by 6.1%.",
            "6.1%",
            (D(2023, 1, 1), D(2023, 6, 30)),
            AUG,
        ),
    ],
)
def test_yearless_span_look_alikes_keep_their_reading(
    body: str, surface: str, want: tuple[D, D], published: D
) -> None:
    assert span(figure_by_surface(body, surface, published)) == want


JAN = D(2025, 2, 3)


@pytest.mark.parametrize(
    "body",
    [
        "Of the 4.1 million residents, 1.6 million were younger than 18 and 0.5 million older than 63.",
        "Some 39% of voters were younger than 30, 44% were between 30 and 60, and 17% were older than 60.",
    ],
)
def test_ages_told_by_younger_or_older_than_are_no_figures(body: str) -> None:
    assert not {"18", "63", "30", "60"} & set(surfaces(body, JAN))


def test_an_age_band_look_alike_keeps_its_counts() -> None:
    # no ages told in the sentence: "between 25 and 65 firms" counts firms
    assert {"25", "65"} <= set(surfaces("Between 25 and 65 firms applied for the grants.", JAN))


@pytest.mark.parametrize(
    ("body", "surface", "value"),
    [
        ("Life expectancy rose from 71.4 years in 2022 to 74.2 years in 2024.", "74.2 years", 74.2),
        ("In 2023, life expectancy at birth reached 75.1 years, the ministry said.", "75.1 years", 75.1),
        ("Healthy life expectancy is 64 years for men.", "64 years", 64.0),
    ],
)
def test_life_expectancy_in_years_is_a_figure(body: str, surface: str, value: float) -> None:
    figure = figure_by_surface(body, surface, JAN)
    assert (figure.value, figure.unit) == (value, "other")


def test_a_duration_beside_life_expectancy_stays_a_duration() -> None:
    body = "Life expectancy reached 74.4 years in 2023, and mortgages are given for 30 years."
    assert "30 years" not in surfaces(body, JAN)


JUNE = D(2024, 6, 5)
MAY_24 = (D(2024, 5, 1), D(2024, 5, 31))
APRIL_24 = (D(2024, 4, 1), D(2024, 4, 30))
MAY_23 = (D(2023, 5, 1), D(2023, 5, 31))
INFLATION = "Annual inflation eased to 8.4% in May 2024 from 8.6% in April.\n"


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a base with a month of its own is that month's, not the span compared a year back
        ("Utility tariffs rose by 14.2% against 13.8% in April.", "13.8%", APRIL_24),
        ("Bread prices climbed 6.1% versus 5.9% in April.", "5.9%", APRIL_24),
        # the news figure keeps the article's month
        ("Utility tariffs rose by 14.2% against 13.8% in April.", "14.2%", MAY_24),
        # look-alikes: a base counted back keeps its year before
        ("Utility tariffs rose by 14.2% against 13.8% a year earlier.", "13.8%", MAY_23),
    ],
)
def test_a_base_with_its_own_month(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(INFLATION + body, surface, JUNE)) == want


FIVE_MONTHS = (D(2024, 1, 1), D(2024, 5, 31))


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            "Over the five months, the terminal handled 9,400 wagons, twice as many as in the same period of 2023.",
            "twice",
        ),
        (
            "Over the five months, airlines flew 3.1 million people, three times as many as in the same period of 2022.",
            "three times",
        ),
    ],
)
def test_a_multiplier_as_many_as_a_base_is_the_reports(body: str, surface: str) -> None:
    lead = "Freight by rail reached 101 million tons in January-May 2024.\n"
    assert span(figure_by_surface(lead + body, surface, JUNE)) == FIVE_MONTHS


STEEL = D(2020, 7, 24)
JUNE_20 = (D(2020, 6, 1), D(2020, 6, 30))
H1_20 = (D(2020, 1, 1), D(2020, 6, 30))
STEEL_LEAD = "In January-June, mills produced 1.9 million tonnes of rolled steel.\n"


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a month singled out as the subject ("June alone") is that month's
        (
            "Pipe output reached 84,000 tonnes in the half-year. June alone accounted for 17,300 tonnes.",
            "17,300 tonnes",
            JUNE_20,
        ),
        (
            "Exports totalled 640,000 tonnes in six months. May alone brought 131,000 tonnes, 4% more than a year before.",
            "4%",
            (D(2020, 5, 1), D(2020, 5, 31)),
        ),
        # a ", when ..." clause right after a month is that month's
        (
            "Wire output was 212,000 tonnes in the first half, including 41,800 tonnes in June, when it grew 9.1% year on year.",
            "9.1%",
            JUNE_20,
        ),
        # look-alikes keep the half-year
        ("Pipe output reached 84,000 tonnes in the half-year, up 3.2%.", "3.2%", H1_20),
        ("Wire output grew 9.1% in the first half, when demand from builders recovered.", "9.1%", H1_20),
    ],
)
def test_a_month_singled_out_of_a_half_year(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(STEEL_LEAD + body, surface, STEEL)) == want


JAN_21 = D(2025, 1, 21)
Y2024 = (D(2024, 1, 1), D(2024, 12, 31))
Y2025 = (D(2025, 1, 1), D(2025, 12, 31))


@pytest.mark.parametrize(
    ("title", "body", "surface", "want"),
    [
        # a past year's deeds after a plan for the year under way: the next sentence goes on with them
        (
            "Region to plant 40 million trees in 2025",
            "The region plans to plant 40 million trees in 2025. Volunteers took part in 3,100 "
            "clean-ups in 2024. They gathered 52,000 tonnes of litter.",
            "52,000 tonnes",
            Y2024,
        ),
        (
            "Government to spend 900 billion on roads next year",
            "Next year 900 billion tenge will go to roads. Contractors repaired 2,300 km of roads "
            "in 2024. They also rebuilt 41 bridges.",
            "41",
            Y2024,
        ),
        # look-alike: after an actual figure of the year under way, an earlier year is a look-back
        (
            "Region planted 12 million trees in 2025",
            "The region has planted 12 million trees this year. Volunteers took part in 3,100 "
            "clean-ups in 2024. Most of the 52,000 tonnes of litter was sorted.",
            "52,000 tonnes",
            Y2025,
        ),
    ],
)
def test_a_past_year_after_a_plan_for_the_year_under_way(
    title: str, body: str, surface: str, want: tuple[D, D]
) -> None:
    assert (
        span(figure_by_surface(body, surface, JAN_21 if "2025" in title else D(2025, 9, 4), title=title))
        == want
    )


MAY_28 = D(2024, 5, 28)
FOUR_MONTHS = (D(2024, 1, 1), D(2024, 4, 30))


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # the year's plans do not take over a report on months already over
        (
            "In January-April 2024, food producers sold goods worth 2.1 trillion tenge.\n"
            "Dairy grew by 4.4%. This year the sector plans 14 projects worth 90 billion tenge.\n"
            "Confectionery posted the fastest growth, expanding by 17%.",
            "17%",
            FOUR_MONTHS,
        ),
        # the plan keeps its year
        (
            "In January-April 2024, food producers sold goods worth 2.1 trillion tenge.\n"
            "Dairy grew by 4.4%. This year the sector plans 14 projects worth 90 billion tenge.",
            "14",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
        # look-alike: after a stock's day, the year's deeds keep the year
        (
            "As of May 1, 2024, 81,000 families received aid.\nThis year, 12 billion tenge has been "
            "allocated for it. The child payment equals 5,538 tenge.",
            "5,538 tenge",
            (MAY_28, MAY_28),
        ),
    ],
)
def test_the_years_plans_after_a_report_on_months_over(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, MAY_28)) == want


@pytest.mark.parametrize(
    ("body", "surface", "want", "kind"),
    [
        (
            "In four months, 31,000 flats were handed over, against the 95,000 planned for the whole of 2024.",
            "95,000",
            (D(2024, 1, 1), D(2024, 12, 31)),
            "plan",
        ),
        (
            "Exporters shipped 1.2 million tons of grain in four months, against the 8 million tons "
            "envisaged for the whole of 2024.",
            "8 million tons",
            (D(2024, 1, 1), D(2024, 12, 31)),
            "plan",
        ),
        # look-alike: a base with no plan word is a comparison base, actual
        (
            "In four months, 31,000 flats were handed over, against 28,000 in the same period of 2023.",
            "28,000",
            (D(2023, 1, 1), D(2023, 4, 30)),
            "actual",
        ),
    ],
)
def test_a_figure_planned_for_a_span_against_an_outcome(
    body: str, surface: str, want: tuple[D, D], kind: str
) -> None:
    figure = figure_by_surface(body, surface, MAY_28)
    assert (span(figure), figure.kind) == (want, kind)


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        (
            "Over 4,000 km of roads have been repaired since the programme was launched in 2019.",
            "4,000 km",
            (D(2019, 1, 1), MAY_28),
        ),
        (
            "Some 310,000 people have joined the scheme since the reform took effect in 2022.",
            "310,000",
            (D(2022, 1, 1), MAY_28),
        ),
        # look-alikes: an event's year with no "since", and a year of the deed itself
        (
            "The programme was launched in 2019 and repaired 4,000 km of roads in 2023.",
            "4,000 km",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "Since the reform, 310,000 people joined the scheme in 2023.",
            "310,000",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_since_an_event_of_a_year(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, MAY_28)) == want


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # the level a change over a span counted back came to is the report's
        (
            "Over the past five years, the herd has grown by 1.2 million head to 9.4 million head.",
            "9.4 million",
            TODAY,
        ),
        (
            "In the last three years, tuition fees have risen by about 30% to 1.8 million tenge.",
            "1.8 million tenge",
            TODAY,
        ),
        # the change keeps the span
        (
            "Over the past five years, the herd has grown by 1.2 million head to 9.4 million head.",
            "1.2 million",
            (D(2019, 5, 6), P),
        ),
        # look-alike: a change to a level in a year of its own keeps that year
        ("In 2023, the herd grew by 1.2 million head to 9.4 million head.", "9.4 million", LAST_YEAR),
    ],
)
def test_the_level_a_span_counted_back_came_to(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, P)) == want


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("Earlier it was reported that 14 km of cycle lanes will be laid in Shymkent.", "14 km", "plan"),
        ("It has been announced that 6 new clinics are to be opened in the district.", "6", "plan"),
        # look-alikes: what was told done stays actual
        (
            "Earlier it was reported that 14 km of cycle lanes were laid in Shymkent last year.",
            "14 km",
            "actual",
        ),
        ("It was reported that 6 new clinics opened in 2023.", "6", "actual"),
    ],
)
def test_what_it_was_reported_will_be_done(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, P).kind == kind


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # the level a past change came to in a year gone by happened, whatever the next clause expects
        (
            "The share of renewables rose from 2.3% in 2019 to 6.1% in 2023 and is expected to reach 15% by 2030.",
            "6.1%",
            "actual",
        ),
        (
            "Coverage grew from 71% in 2020 to 88% in 2023, and it is planned to reach 100% by 2027.",
            "88%",
            "actual",
        ),
        # look-alikes: a change still ahead, and the outlook itself
        (
            "Output is expected to rise from 4 million tons in 2023 to 6 million tons in 2027.",
            "6 million tons",
            "forecast",
        ),
        (
            "The share of renewables rose from 2.3% in 2019 to 6.1% in 2023 and is expected to reach 15% by 2030.",
            "15%",
            "forecast",
        ),
    ],
)
def test_the_level_a_past_change_came_to(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, P).kind == kind


THIS_YEAR = (D(2024, 1, 1), D(2024, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a clause with a subject and a present verb of its own ends the breakdown: a state now
        (
            "Crops have been gathered from 9.1 million hectares this year, including 6.2 million "
            "hectares of wheat, and threshing is 97% complete.",
            "97%",
            TODAY,
        ),
        (
            "Pipes have been laid over 410 km this year, including 120 km in villages, while network "
            "wear stands at 54%.",
            "54%",
            TODAY,
        ),
        # look-alikes: the breakdown's own members keep the total's year
        (
            "Farmers have sown 9.1 million hectares this year, including 6.2 million hectares of wheat "
            "and 1.1 million hectares of barley.",
            "1.1 million hectares",
            THIS_YEAR,
        ),
        (
            "Farmers have sown 9.1 million hectares this year, including 6.2 million hectares of wheat, "
            "and 1.1 million hectares of barley.",
            "1.1 million hectares",
            THIS_YEAR,
        ),
    ],
)
def test_a_state_clause_after_a_breakdown(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, P)) == want


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a deed in the perfect in a later paragraph stands at the report, not at the stock's day
        (
            "As of January 1, 2024, 9,100 buses were registered. As of April 1, Astana had 1,240 of them.\n"
            "The akimat has set aside 86 plots for new depots.",
            "86",
            TODAY,
        ),
        (
            "As of January 1, 2024, 9,100 buses were registered. As of April 1, Astana had 1,240 of them.\n"
            "To meet demand, the city has bought 150 electric buses.",
            "150",
            TODAY,
        ),
        # look-alikes: in the day's own paragraph the perfect keeps the day; a past tense keeps it too
        (
            "As of January 1, 2024, 9,100 buses were registered. As of April 1, Astana had 1,240 of them, "
            "and 150 electric buses have been bought.",
            "150",
            (D(2024, 4, 1), D(2024, 4, 1)),
        ),
    ],
)
def test_a_deed_in_the_perfect_after_a_stocks_paragraph(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, P)) == want


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # works a project will do on infrastructure are scheduled: plan
        ("The programme will improve water infrastructure in 340 villages by 2026.", "340", "plan"),
        ("The new scheme will improve roads in 120 district towns.", "120", "plan"),
        # look-alike: what it will bring people is an expected outcome
        ("The raise will improve the incomes of about 640,000 teachers.", "640,000", "forecast"),
    ],
)
def test_works_a_project_will_improve(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, P).kind == kind


SEPT = D(2025, 9, 4)


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # the level an order sets, named as what an act carries out, is a goal
        (
            "In line with the President's instruction to connect 95% of villages to the internet, 300 masts are to be built.",
            "95%",
            "target",
        ),
        (
            "Following the Head of State's instructions to supply 100% of schools with gas, work began.",
            "100%",
            "target",
        ),
        # look-alike: what an act under the order did keeps its verb's kind
        (
            "As part of this instruction, the fund bought bonds for 90 billion tenge.",
            "90 billion tenge",
            "actual",
        ),
    ],
)
def test_the_level_an_order_sets(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, SEPT).kind == kind


NEXT_YEAR_LEAD = "Next year 2.1 trillion tenge will go to the regions, ministers said on Thursday.\n"


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # money set aside "for the purpose" of works the sentence before dated is of their year
        (
            "The last gas pipelines are to be finished this year. The budget has set aside 88 billion "
            "tenge for the purpose, and 40 billion tenge has come from the reserve.",
            "88 billion tenge",
            Y2025,
        ),
        (
            "The last gas pipelines are to be finished this year. The budget has set aside 88 billion "
            "tenge for the purpose, and 40 billion tenge has come from the reserve.",
            "40 billion tenge",
            Y2025,
        ),
        # look-alike: with no pointing back, the lead's year stays
        (
            "The last gas pipelines are to be finished this year. The budget will set aside 88 billion tenge.",
            "88 billion tenge",
            (D(2026, 1, 1), D(2026, 12, 31)),
        ),
    ],
)
def test_money_for_the_purpose_named_before(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(NEXT_YEAR_LEAD + body, surface, SEPT)) == want


JUNE_13 = D(2023, 6, 13)


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # the level a change in the perfect came to stands at the report, not in the past year carried
        (
            "The ministry plans 60 billion tenge for dairy farms this year. Output grew by 8% in 2022. "
            "The share of imported cheese has fallen from 62% to 48%, and that of butter from 40% to 31%.",
            "48%",
            (JUNE_13, JUNE_13),
        ),
        (
            "The ministry plans 60 billion tenge for dairy farms this year. Output grew by 8% in 2022. "
            "The share of imported cheese has fallen from 62% to 48%, and that of butter from 40% to 31%.",
            "31%",
            (JUNE_13, JUNE_13),
        ),
        # look-alike: a change with a year of its own keeps it
        (
            "The ministry plans 60 billion tenge for dairy farms this year. Output grew by 8% in 2022. "
            "In 2022, the share of imported cheese fell from 62% to 48%.",
            "48%",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
    ],
)
def test_the_level_a_perfect_change_came_to(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, JUNE_13)) == want


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a habit "every year" told in the present is how things go now, not the span carried
        (
            "Over the past three years, the lake has shrunk by 8%. Up to 40 million tonnes of dust rise from its bed every year.",
            "40 million tonnes",
            TODAY,
        ),
        # look-alike: a past habit keeps the span
        (
            "Over the past three years, the lake has shrunk by 8%. Up to 40 million tonnes of dust rose from its bed every year.",
            "40 million tonnes",
            (D(2021, 5, 6), P),
        ),
    ],
)
def test_a_yearly_habit_in_the_present(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, P)) == want


SEPT_19 = D(2023, 9, 19)


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # the old level of "from X to Y" under a span from January is the same months a year before
        (
            "Food output reached 3 trillion tenge in January-August 2023, up 4% year on year.\n"
            "Flour milling went up from 180 billion tenge to 205 billion tenge.",
            "180 billion tenge",
            (D(2022, 1, 1), D(2022, 8, 31)),
        ),
        # the new level keeps the span
        (
            "Food output reached 3 trillion tenge in January-August 2023, up 4% year on year.\n"
            "Flour milling went up from 180 billion tenge to 205 billion tenge.",
            "205 billion tenge",
            (D(2023, 1, 1), D(2023, 8, 31)),
        ),
        # look-alike: an old level with a year of its own keeps it
        (
            "Food output reached 3 trillion tenge in January-August 2023, up 4% year on year.\n"
            "Flour milling went up from 150 billion tenge in 2021 to 205 billion tenge.",
            "150 billion tenge",
            (D(2021, 1, 1), D(2021, 12, 31)),
        ),
    ],
)
def test_the_old_level_under_a_span_from_january(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, SEPT_19)) == want
