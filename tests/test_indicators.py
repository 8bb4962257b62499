"""extract_indicators: values, units, items, qualifiers, periods, kinds, links, exclusions."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from etl.sites.ktkz.pages import parse_page

PUBLISHED = date(2025, 1, 21)


def figures(text: str) -> list[tuple[float, str]]:
    return [(i.value, i.unit) for i in extract_indicators(text, PUBLISHED)]


def one(text: str):
    (indicator,) = extract_indicators(text, PUBLISHED)
    return indicator


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The total number of participants was 6.2 million people.", (6_200_000, "count")),
        ("It reached 1.5 thousand companies.", (1_500, "count")),
        ("Revenue was at 3.4 trillion tenge.", (3.4e12, "KZT")),
        ("The budget is 2,5 billion tenge.", (2.5e9, "KZT")),
        ("The population stands at 20,286,084 people.", (20_286_084, "count")),
        ("Exports reached $306 million.", (306e6, "USD")),
        ("Exports reached $1bn.", (1e9, "USD")),
        ("Reserves hit 45.8 billion US dollars.", (45.8e9, "USD")),
        ("The fund holds 12 mln dollars.", (12e6, "USD")),
        ("The payment is ₸52,372.", (52_372, "KZT")),
        ("The payment is 52 372 KZT and nothing else.", (52_372, "KZT")),  # a space groups thousands
        ("Grants of 3 bln tenge were paid.", (3e9, "KZT")),
        ("Trade with the EU reached 40 billion euros.", (40e9, "EUR")),
        ("Inflation stood at 8.6%.", (8.6, "percent")),
        ("Inflation stood at 8,6 percent.", (8.6, "percent")),
        ("Unemployment fell 0.2 percentage points.", (0.2, "percentage_point")),
        ("They collected 1.1 million tonnes of waste.", (1.1e6, "tonne")),
        ("Crops cover 494 thousand hectares.", (494_000, "hectare")),
        ("A road of 120 km was built.", (120, "km")),
        ("Housing of 15.4 million square metres was commissioned.", (15.4e6, "m2")),
        ("A plant of 300 MW was launched.", (300, "MW")),
    ],
)
def test_values_are_normalised_with_their_unit(text: str, expected: tuple[float, str]) -> None:
    found = figures(text)
    assert found[-1] == pytest.approx(expected) if isinstance(expected[0], float) else found[-1] == expected
    assert found[-1][1] == expected[1]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("In 2024 the campaign covered 6.2 million people who collected waste.", "people"),
        ("About 1.6 million trees were planted.", "trees"),
        ("They collected 1.1 million tonnes of waste.", "waste"),
        ("The growth of exports of IT services amounted to 24%.", "growth of exports of IT services"),
        (
            "Astana Hub exceeds 1.5 thousand companies, 400 of which are foreign participants.",
            "foreign participants",
        ),
        ("As of today, 98.9% of judicial acts are recognized as legal.", "judicial acts"),
        ("The Bank’s gold and forex reserves hit 45.8 billion US dollars.", "Bank’s gold and forex reserves"),
    ],
)
def test_item_names_what_is_counted_or_measured(text: str, item: str) -> None:
    assert extract_indicators(text, PUBLISHED)[-1].item == item


def test_scholarship_list_items_carry_the_category_and_the_lead() -> None:
    body = (
        "From September 2025, the amounts of state scholarships will be as follows:\n"
        "- for doctoral students - 262,500 tenge;\n"
        "- for master's students - 117,098 tenge;"
    )
    doctoral, masters = extract_indicators(body, PUBLISHED)
    assert (masters.value, masters.unit) == (117_098, "KZT")
    assert masters.item == "state scholarships: master's students"
    assert doctoral.item == "state scholarships: doctoral students"
    assert masters.period_start == date(2025, 9, 1) and masters.period_end is None
    assert masters.qualifier is None  # the list dash is not a minus sign
    assert masters.value > 0


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("There were more than 88 universities.", "more than"),
        ("There were over 1.1 billion trees.", "more than"),
        ("It covers about 1.6 million trees.", "about"),
        ("Loans of up to 5 million tenge are offered.", "up to"),
        ("At least 300 sites were cleaned.", "at least"),
        ("Almost 40% of roads were repaired.", "almost"),
        ("Exactly 17 enterprises joined.", None),
    ],
)
def test_qualifier_is_stated_only_when_the_text_states_it(text: str, qualifier: str | None) -> None:
    assert one(text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("In 2024, 6.2 million people took part.", date(2024, 1, 1), date(2024, 12, 31)),
        ("1.1 million seedlings were planted in 2021-2024.", date(2021, 1, 1), date(2024, 12, 31)),
        ("From 2019 to 2023, 2.4 million people took part.", date(2019, 1, 1), date(2023, 12, 31)),
        ("For the first half of 2024, exports grew by 24%.", date(2024, 1, 1), date(2024, 6, 30)),
        ("The task is to plant 2 billion trees by 2027.", None, date(2027, 12, 31)),
        ("From September 2025, the grant will be 52,372 tenge.", date(2025, 9, 1), None),
        ("This year 7 parks will join.", date(2025, 1, 1), date(2025, 12, 31)),
        ("Last year 2 million plants were planted.", date(2024, 1, 1), date(2024, 12, 31)),
        ("In June 2024, 300 bots were launched.", date(2024, 6, 1), date(2024, 6, 30)),
        ("Between 2021 and 2024, 12 million trees were planted.", date(2021, 1, 1), date(2024, 12, 31)),
        ("Exports rose 5% in the first quarter of 2025.", date(2025, 1, 1), date(2025, 3, 31)),
        ("The shop sold 40 bikes.", None, None),
    ],
)
def test_period_is_read_from_the_sentence(text: str, start: date | None, end: date | None) -> None:
    indicator = one(text)
    assert (indicator.period_start, indicator.period_end) == (start, end)


def test_each_figure_takes_the_period_of_its_own_clause() -> None:
    text = (
        "If earlier from 2019 to 2023, the total number of participants was 2.4 million people, "
        "then at the end of 2024, mass actions covered 6.2 million people."
    )
    earlier, later = extract_indicators(text, PUBLISHED)
    assert earlier.period_start == date(2019, 1, 1) and earlier.period_end == date(2023, 12, 31)
    assert later.period_start == date(2024, 1, 1) and later.period_end == date(2024, 12, 31)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Head of State has set a task to bring IT exports to $1 billion by 2026.", "target"),
        ("The instruction is to plant 15 million trees.", "target"),
        ("ERG Group plans to plant about 1.8 million green spaces in 2025.", "plan"),
        ("The plan for 2025 is 336.5 million seedlings.", "plan"),
        ("It is planned to grow 36.2 thousand pieces of planting material.", "plan"),
        ("Inflation is forecast at 6.5% next year.", "forecast"),
        ("In 2024, 1.1 million tonnes of waste were collected.", "actual"),
        ("Inflation stood within the target range of 8.6%.", "actual"),
    ],
)
def test_kind_tells_actual_from_target_plan_and_forecast(text: str, kind: str) -> None:
    assert one(text).kind == kind


@pytest.mark.parametrize(
    ("text", "is_change"),
    [
        ("The National Fund’s assets grew by 4.5 billion US dollars.", True),
        ("Reserves hit 45.8 billion dollars, a 27.4% rise.", True),
        ("The growth of exports amounted to 24%.", True),
        ("Exports amounted to $306 million.", False),
        ("There are more than 88 higher education institutions.", False),
    ],
)
def test_change_figures_are_marked(text: str, is_change: bool) -> None:
    assert extract_indicators(text, PUBLISHED)[-1].is_change is is_change


def test_increase_from_to_gives_both_figures_linked() -> None:
    text = "In 2024 the number of mass actions has increased from 62 to 183 events."
    old, new = extract_indicators(text, PUBLISHED)
    assert (old.value, new.value) == (62, 183)
    assert (old.role, new.role) == ("from", "to")
    assert (old.partner, new.partner) == (1, 0)
    assert old.item == new.item == "events"
    assert new.period_end == date(2024, 12, 31)
    assert (old.period_start, old.period_end) == (
        date(2023, 1, 1),
        date(2023, 12, 31),
    )  # the level before 2024


def test_range_borrows_scale_and_unit_from_its_high_end() -> None:
    low, high = extract_indicators("Each project costs 10-15 million tenge.", PUBLISHED)
    assert (low.value, low.unit, low.role) == (10e6, "KZT", "low")
    assert (high.value, high.unit, high.role) == (15e6, "KZT", "high")


@pytest.mark.parametrize(
    "text",
    [
        "The concept runs until 2029 and was approved in 2024.",
        "The projects of 2021-2024 and 2019–2023 were reviewed.",
        "The festival will continue until 25 April.",
        "The meeting is on January 1 at 10:30.",
        "The decree of 31.01.2025 was signed at 20:32.",
        "A film project ‘38’ about foresters will be launched.",
        "Measures to prepare for IX Asian Winter Games were considered.",
        "Call +7 (727) 244-72-52 or 8 800 080 7777 for details.",
        "Article 5 of the Law No. 123 applies.",
        "1. Strengthen control over prices.",
        "COVID-19 and 5G networks were discussed with the G20.",
        "He won the 1st place and ranked 3rd in the 2024 season.",
        "For the last 5 years the work went on for 3 months.",
    ],
)
def test_non_figures_are_never_indicators(text: str) -> None:
    assert figures(text) == []


def test_year_followed_by_a_counted_noun_is_a_count() -> None:
    assert figures("The company hired 2000 workers.") == [(2000, "count")]


def test_offsets_and_surface_point_at_the_figure_in_the_body() -> None:
    body = "First paragraph.\nAbout 1.6 million trees were planted, and $5.3 million was invested."
    for indicator in extract_indicators(body, PUBLISHED):
        assert body[indicator.start_char : indicator.end_char] == indicator.surface
        assert body[indicator.sentence_start :].startswith(indicator.sentence)
    assert [i.surface for i in extract_indicators(body, PUBLISHED)] == ["1.6 million", "$5.3 million"]


def test_nothing_in_the_sample_is_a_year_date_view_count_or_title_number(sample_text: str) -> None:
    page = parse_page(sample_text)
    view_counts = {listing.views for listing in page.listings if listing.views}
    for listing in page.listings:
        if not listing.body:
            continue
        for indicator in extract_indicators(listing.body, listing.published_at.date()):
            assert indicator.surface.strip("$ ")[:4] not in {str(y) for y in range(2015, 2031)}, indicator
            assert indicator.value not in view_counts
            assert indicator.surface != "38"
            assert not (
                indicator.unit == "count" and 1990 <= indicator.value <= 2035 and "," not in indicator.surface
            )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In January-October 2025, GDP growth amounted to 6.3%.", (6.3, "percent", date(2025, 1, 1), date(2025, 10, 31))),
        ("The population reached 20.3 million people as of 1 October 2025.",
         (20.3e6, "count", date(2025, 10, 1), date(2025, 10, 1))),
        ("Unemployment fell to 4.6% in the third quarter of 2025.", (4.6, "percent", date(2025, 7, 1), date(2025, 9, 30))),
        ("Over 11 months of 2025, 1,234 km of roads were repaired.", (1234, "km", date(2025, 1, 1), date(2025, 11, 30))),
        ("Temperatures will drop to -25 degrees at night.", (-25, "celsius", None, None)),
    ],
)  # fmt: skip
def test_unseen_phrasings_of_periods_units_and_signs(text: str, expected: tuple) -> None:
    indicator = extract_indicators(text, date(2025, 11, 20))[-1]
    assert (indicator.value, indicator.unit, indicator.period_start, indicator.period_end) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The harvest is expected to reach 26.5 million tonnes of grain this year.", "forecast"),
        ("Budget revenues totalled KZT 20.1 trillion, or 97.3% of the plan.", "actual"),
        ("The 2nd stage of the project will cost 300 million tenge.", "plan"),
    ],
)
def test_kind_cues_in_unseen_phrasings(text: str, kind: str) -> None:
    assert extract_indicators(text, PUBLISHED)[-1].kind == kind


def test_base_rate_kept_at_names_the_rate() -> None:
    assert one("The base rate was kept at 16.5%.").item == "base rate"


@pytest.mark.parametrize(
    "text",
    [
        "For details call 8 (7172) 74-04-53.",
        "The concert starts at 7 p.m. sharp.",
        "Flights resume at 10:45 daily.",
    ],
)
def test_phone_numbers_and_clock_times_in_unseen_forms_are_not_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In January-September 2025, the volume of industrial production in Kazakhstan grew by 6.2%.",
         (6.2, "percent", "volume of industrial production in Kazakhstan")),
        ("The average salary in the country amounted to 425,317 tenge.", (425_317, "KZT", "average salary in the country")),
        ("GDP per capita exceeded $14,000.", (14_000, "USD", "GDP per capita")),
        ("About 40 percent of the country's territory is covered by deserts.", (40, "percent", "country's territory")),
        ("The tenge exchange rate reached 520.5 per US dollar.", (520.5, "KZT/USD", "tenge exchange rate")),
        ("The state will allocate 1 trillion 200 billion tenge for the program.", (1.2e12, "KZT", "state"))  # the subject, not the verb (+itemv),
    ],
)  # fmt: skip
def test_subjects_units_and_compound_numbers_in_unseen_phrasings(text: str, expected: tuple) -> None:
    (indicator,) = extract_indicators(text, PUBLISHED)
    assert (indicator.value, indicator.unit, indicator.item) == expected


def test_a_rise_to_a_new_level_gives_the_change_and_the_level() -> None:
    change, level = extract_indicators(
        "The number of tourists rose by 17 percent to 9.2 million in 2024.", PUBLISHED
    )
    assert (change.value, change.unit, change.is_change) == (17, "percent", True)
    assert (level.value, level.unit, level.is_change, level.item) == (
        9.2e6,
        "count",
        False,
        "number of tourists",
    )
