"""The kinds of English figures in forms FORMAT.md settles, sentences of our own modelled on
regional investment, planning and budget reporting: the worth of a work only begun (plan), money allotted for a span not over (plan), what a work
is estimated to cost (plan), and
the look-alikes that keep their past (a count of works started, works told finished, a year over)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

# what a work only begun is worth or will hold (etl/extract/begun_works.py)
_BEGUN_WORKS = (
    date(2025, 5, 6),
    [
        ("Construction of a 120 MW wind farm worth KZT 70 bln has begun in Akmola region.", "120 MW", "plan"),
        (
            "A Chinese company has begun building a solar power plant valued at KZT 9.8bn.",
            "KZT 9.8bn",
            "plan",
        ),
        (
            "At the forum, a local firm presented its hydropower project, estimated at KZT 14bn.",
            "KZT 14bn",
            "plan",
        ),
        (
            "In 2021 work started on a 300-bed hospital with an investment of KZT 25 bln, the akimat said.",
            "300",
            "plan",
        ),
        (
            "In 2021 work started on a 300-bed hospital with an investment of KZT 25 bln, the akimat said.",
            "KZT 25 bln",
            "plan",
        ),
        ("Preparations are under way for a 50 MW solar station worth EUR 40 mln.", "50 MW", "plan"),
        (
            "Last year 15 investment projects were launched to build greenhouses with a total capacity of "
            "12,000 tonnes of vegetables a year.",
            "12,000 tonnes",
            "plan",
        ),
        (
            "The company is preparing to build a second plant, with the project preliminarily estimated at "
            "about $12 million.",
            "$12 million",
            "plan",
        ),
        ("In 2019 construction began on a 40 MW station with a USD 50 mln investment.", "USD 50 mln", "plan"),
        # how many works were started is a count of what is so
        (
            "Last year 15 investment projects were launched to build greenhouses with a total capacity of "
            "12,000 tonnes of vegetables a year.",
            "15",
            "actual",
        ),
        ("Construction has begun on 12 schools in the region.", "12", "actual"),
        # a work told as finished keeps its past
        (
            "A 100 MW wind farm worth KZT 60 bln was commissioned in Zhambyl region last year.",
            "100 MW",
            "actual",
        ),
        (
            "A 100 MW wind farm worth KZT 60 bln was commissioned in Zhambyl region last year.",
            "KZT 60 bln",
            "actual",
        ),
        ("Construction began in 2021, and the 200-bed hospital opened in March.", "200", "actual"),
    ],
)

# money a budget allots for a span not over (etl/extract/allotted_money.py)
_ALLOTTED_MONEY = (
    date(2025, 11, 20),
    [
        (
            "In next year's budget, healthcare is allotted 2.1 trillion tenge, or 12.4%.",
            "2.1 trillion tenge",
            "plan",
        ),
        ("In next year's budget, healthcare is allotted 2.1 trillion tenge, or 12.4%.", "12.4%", "plan"),
        (
            "This year the regional programme earmarks more than $210 million for new buses.",
            "$210 million",
            "plan",
        ),
        (
            "This year the special fund has channelled 3.1 billion tenge into the repair of two district hospitals.",
            "3.1 billion tenge",
            "plan",
        ),
        (
            "Under the 2026 budget law, the deficit is capped at 4.1 trillion tenge.",
            "4.1 trillion tenge",
            "plan",
        ),
        # a year over, or money told as spent, happened
        ("In 2023 healthcare was allotted 1.7 trillion tenge.", "1.7 trillion tenge", "actual"),
        (
            "This year the special fund has channelled 3.1 billion tenge into the repair of two hospitals, "
            "and both have been completed.",
            "3.1 billion tenge",
            "actual",
        ),
    ],
)

# what a work is estimated to cost: money not yet paid (etl/extract/figure_kind.py)
_COST_ESTIMATES = (
    date(2024, 9, 3),
    [
        ("The new ring road is estimated to cost KZT 96.4bn.", "KZT 96.4bn", "plan"),
        ("Both bridges are expected to cost about $31 million in total.", "$31 million", "plan"),
        # an outcome awaited keeps its forecast; a price told as paid keeps its past
        ("Tourism revenue is expected to reach KZT 120bn.", "KZT 120bn", "forecast"),
        ("The new ring road cost KZT 96.4bn, the akimat said.", "KZT 96.4bn", "actual"),
    ],
)


# works still to be done, in forms the readers missed (etl/extract/figure_kind.py, allotted_money.py,
# figure_clause.py): a programme's works, works a sentence waits to see completed, farm inputs
# allotted, and a figure whose verb stands after a list set in dashes or brackets
_WORKS_AHEAD = (
    date(2024, 5, 10),
    [
        (
            "The ministry then launched a programme to build 120 rural clinics worth 95 billion tenge.",
            "120",
            "plan",
        ),
        (
            "The ministry then launched a programme to build 120 rural clinics worth 95 billion tenge.",
            "95 billion tenge",
            "plan",
        ),
        ("Once 48 new schools are completed this year, three-shift teaching will end.", "48", "plan"),
        (
            "For the sowing campaign, the government has allocated 61,300 tons of discounted diesel.",
            "61,300 tons",
            "plan",
        ),
        (
            "Under the project, 310 sports halls – school gyms, stadiums and pools – are to open by 2026.",
            "310",
            "plan",
        ),
        (
            "Under the project, 310 sports halls (school gyms, stadiums and pools) are to open by 2026.",
            "310",
            "plan",
        ),
        # a level the past tells reached through what enabled it happened; ahead it stays an outlook
        ("The new lines allowed us to reach a record output of 4,120 MW last winter.", "4,120 MW", "actual"),
        (
            "The reform enabled the region to raise exports to $2.3 billion last year.",
            "$2.3 billion",
            "actual",
        ),
        ("The new lines will allow us to reach 5,000 MW by 2028.", "5,000 MW", "forecast"),
        # look-alikes that keep their past
        ("When the plant was completed in 2019, it employed 400 people.", "400", "actual"),
        (
            "Under the project, 310 sports halls – school gyms, stadiums and pools – were opened in 2023.",
            "310",
            "actual",
        ),
        ("Last year farmers bought 61,300 tons of diesel.", "61,300 tons", "actual"),
    ],
)


# forms of the twenty-first session: a relative clause naming what a work only begun will hold, a
# worth "a combined", a share list after "goes to ...:", an estimate of how things stand (actual)
_BEGUN_AND_ESTIMATED = (
    date(2025, 3, 10),
    [
        (
            "Construction of the centre, which comprises a 150-bed hospital and a clinic for 400 visits per shift, began in 2022.",
            "400",
            "plan",
        ),
        (
            "Construction of the centre, which comprises a 150-bed hospital and a clinic for 400 visits per shift, began in 2022.",
            "150",
            "plan",
        ),
        (
            "Work has started on three solar plants worth a combined KZT 31bn in the Aral district.",
            "KZT 31bn",
            "plan",
        ),
        (
            "Last year seven projects were also launched to build greenhouses with a total capacity of 30,000 tonnes a year.",
            "30,000 tonnes",
            "plan",
        ),
        (
            "Slightly more than half of next year's money goes to two departments: health, with 180.5 billion tenge, and transport, with 120.3 billion tenge.",
            "120.3 billion tenge",
            "plan",
        ),
        (
            "According to the latest official estimates, the reserve is home to 1,200-1,500 saiga calves.",
            "1,500",
            "actual",
        ),
        (
            "The ministry estimates that the region meets more than 70% of its own demand for milk.",
            "70%",
            "actual",
        ),
        ("Analysts estimate that prices will rise 8% next year.", "8%", "forecast"),
        (
            "According to preliminary estimates, the harvest will exceed 20 million tons.",
            "20 million tons",
            "forecast",
        ),
        ("The ministry estimates that the region needs 12,000 more teachers by 2028.", "12,000", "forecast"),
        # a deed's clause closed by an outlook joined with no subject of its own; an agent's own act expected
        (
            "Transit traffic grew by 9 percent to 640,000 passengers and is expected to exceed 700,000 by the end of the year.",
            "640,000",
            "actual",
        ),
        (
            "Transit traffic grew by 9 percent to 640,000 passengers and is expected to exceed 700,000 by the end of the year.",
            "700,000",
            "forecast",
        ),
        (
            "In 2026 the region expects to put into operation some 150 new schools, 40 of them private.",
            "150",
            "plan",
        ),
        ("The company expects to produce 2 million tons in 2026.", "2 million tons", "forecast"),
        # an aim named with a modifier, an intended level after a change set off by a comma (target)
        ("The longer-term aim is to bring the wear of heat networks down to 45% by 2030.", "45%", "target"),
        (
            "Kazakhstan intends to lift grain output by 20%, to 26 million tons, by 2030 to meet demand.",
            "26 million tons",
            "target",
        ),
        ("The region intends to buy 400 buses by 2027.", "400", "plan"),
        (
            "Some 40 billion tenge will be allocated to raise nurses' salaries by 20% to 35%.",
            "35%",
            "plan",
        ),
        # the level a deed done brought a measure to is a result; so is what a past multiple or gain reached
        (
            "The city bought 422 new buses this year, bringing the number of vehicles in service to 1,749.",
            "1,749",
            "actual",
        ),
        (
            "The city will buy 400 buses, bringing the number of vehicles in service to 2,000.",
            "2,000",
            "target",
        ),
        (
            "Investment in the region has more than tripled since 2018 to reach 3 trillion tenge.",
            "3 trillion tenge",
            "actual",
        ),
        ("Burabay added 4.1 thousand visitors to reach 12.3 thousand.", "12.3 thousand", "actual"),
        ("The region aims to add 2,000 jobs to reach 50,000 by 2027.", "50,000", "target"),
        # "to hit" is an infinitive: a level expected, not one reached
        (
            "The area under wheat alone is expected to hit a record 13.4 million hectares this year.",
            "13.4 million hectares",
            "forecast",
        ),
        ("Last year prices hit 500 tenge.", "500 tenge", "actual"),
        # the jobs a counted set of projects is expected to create are part of its plan; a lone plant's an outlook
        (
            "It includes 150 projects worth 2.1 trillion tenge that are expected to generate more than 9,000 jobs.",
            "9,000",
            "plan",
        ),
        (
            "Some 250 investment projects are being implemented; once finished, they are expected to employ more than 6,100 people.",
            "6,100",
            "plan",
        ),
        ("The plant is expected to create 400 jobs.", "400", "forecast"),
        ("Tourism projects are expected to create 2,500 jobs by 2028.", "2,500", "forecast"),
        # the cost of a pool of projects still to be carried out, told in the next sentence
        (
            "We have formed a pool of 250 investment projects to be implemented over the next five years. Their total cost is 1.9 trillion tenge.",
            "1.9 trillion tenge",
            "plan",
        ),
        (
            "Last year 40 projects were completed. Their total cost is 90 billion tenge.",
            "90 billion tenge",
            "actual",
        ),
        # a delivery a memorandum commits someone to is undertaken, planned
        (
            "Memorandums signed at the forum commit local cooperatives to deliver more than 2,000 tons of rice.",
            "2,000 tons",
            "plan",
        ),
        # look-alikes that keep their past
        (
            "Construction of the bridge began in 2019 and was completed in 2021 at a cost of KZT 12bn.",
            "KZT 12bn",
            "actual",
        ),
        ("The centre, which comprises a 150-bed hospital, opened in 2022.", "150", "actual"),
    ],
)


@pytest.mark.parametrize(
    ("published", "text", "surface", "kind"),
    [
        (published, *case)
        for published, cases in (
            _BEGUN_WORKS,
            _ALLOTTED_MONEY,
            _COST_ESTIMATES,
            _WORKS_AHEAD,
            _BEGUN_AND_ESTIMATED,
        )
        for case in cases
    ],
)
def test_kind(published: date, text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, published, language="en").kind == kind


def test_the_part_so_far_of_a_plan_of_several_years_is_now() -> None:
    """A plan of several years is a project's whole: its part told "so far" is the state at
    publication, not a span from the plan's first day (that reading is kept for this year's plan)."""
    text = "Under the project, 310 sports halls are to open in 2024-2025. Funding has so far been released for 95 of them."
    found = figure_by_surface(text, "95", date(2024, 5, 10), language="en")
    assert (found.period_start, found.period_end) == (date(2024, 5, 10), date(2024, 5, 10))


def test_an_outlook_joined_after_a_deed_leaves_the_deed_its_own_period() -> None:
    """ "rose 12% to $3.1 billion and are expected to reach $4 billion by the end of the year": the
    deadline is the outlook's; the levels before "and" keep the span the sentence gives them."""
    text = "In January-October exports rose 12% to $3.1 billion and are expected to reach $4 billion by the end of the year."
    reached = figure_by_surface(text, "$3.1 billion", date(2019, 12, 7), language="en")
    assert (reached.period_start, reached.period_end, reached.kind) == (
        date(2019, 1, 1),
        date(2019, 10, 31),
        "actual",
    )
    expected = figure_by_surface(text, "$4 billion", date(2019, 12, 7), language="en")
    assert (expected.period_start, expected.period_end, expected.kind) == (
        None,
        date(2019, 12, 31),
        "forecast",
    )


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "The programme comprises three projects:\nAral – Shalkar, 640 km (2023–2025);\nUzen – Bolashak, 210 km (2025–2027).",
            "640 km",
            "plan",
        ),
        (
            "The programme comprises three projects:\nAral – Shalkar, 640 km (2023–2025);\nUzen – Bolashak, 210 km (2025–2027).",
            "210 km",
            "plan",
        ),
        ("In 2020-2024 the region built 400 km of roads.", "400 km", "actual"),
    ],
)
def test_the_size_of_a_work_whose_years_run_past_the_report_is_planned(
    text: str, surface: str, kind: str
) -> None:
    """A length with a span of years of its own that ends after the report, and no verb of its own,
    is what a project is to build (FORMAT.md's projects rule)."""
    assert figure_by_surface(text, surface, date(2025, 9, 17), language="en").kind == kind
