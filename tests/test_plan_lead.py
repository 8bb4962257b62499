"""A year the headline or lead names as a plan does not date a past deed (+carry18), in sentences of
our own and on the bundled sample page. Labelled by tests/realworld/FORMAT.md: a period may be
carried from the headline or lead, but "In 2025, the region will ..." told in January names work
still to come; a later deed told in the past with no period of its own ("the akim spoke about the
organisation of 12 thousand clean-ups", "640 squares were landscaped") has no period the text
gives: null. Look-alikes keep the carried span: a lead reporting a year or months already over,
a year to date, the plan lead's own plan figures, a plan year mostly gone by publication, and
deeds after the article has reported a figure of that year in a sentence of its own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from etl.sites.ktkz.pages import parse_page

JANUARY = date(2025, 1, 20)
NOVEMBER = date(2025, 11, 20)
Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
Y2025 = (date(2025, 1, 1), date(2025, 12, 31))
NONE = (None, None)


def _spans(text: str, published: date, language: str, title: str = "") -> dict[str, tuple]:
    found: list[Indicator] = extract_indicators(text, published, title=title, language=language)
    return {i.surface: (i.kind, (i.period_start, i.period_end)) for i in found}


@pytest.mark.parametrize(
    ("language", "title", "text", "surface"),
    [
        # the plan told by the headline alone, the lead only telling who said it
        (
            "en",
            "Region to plant 2 million trees in 2025",
            "This was announced by the akim at a meeting on Monday. He also spoke about the 12 thousand "
            "clean-ups held by volunteers.",
            "12 thousand",
        ),
        (
            "ru",
            "В 2025 году в области высадят 2 млн деревьев",
            "Об этом сообщил аким области на совещании. Он также рассказал о проведении 12 тысяч субботников.",
            "12 тысяч",
        ),
        (
            "kk",
            "2025 жылы облыста 2 млн ағаш отырғызылады",
            "Бұл туралы облыс әкімі мәжілісте мәлімдеді. Ол 12 мыңнан астам сенбілік өткізілгенін айтты.",
            "12 мыңнан",
        ),
    ],
)
def test_a_headline_plan_over_a_lead_that_tells_who_said_it_dates_no_past_deed(
    language: str, title: str, text: str, surface: str
) -> None:
    assert _spans(text, JANUARY, language, title)[surface] == ("actual", NONE)


def test_a_headline_whose_to_is_no_future_names_no_plan() -> None:
    # "laid to rural areas": a direction, no verb after "to"; the lead tells the deed of the year
    title = "20,000 km of cable laid to rural areas in 2025"
    text = "In 2025, the operator is laying cable to villages across the country. Crews were hired in 120 villages."
    assert _spans(text, JANUARY, "en", title)["120"][1] == Y2025


@pytest.mark.parametrize(
    ("language", "title", "text", "undated"),
    [
        (
            "en",
            "Greening projects to continue in 2025",
            "In 2025, the region will continue its greening drive, the akimat reports. The akim also spoke "
            "about the organisation of more than 12 thousand clean-ups attended by 80 thousand volunteers. "
            "Besides, 640 squares were landscaped.",
            ["12 thousand", "80 thousand", "640"],
        ),
        (
            "en",
            "",
            "In 2025, the region will continue its greening drive, the akimat reports. As a result of a "
            "survey of 410 yards, attended by 2 thousand residents, work was done to clear them of rubbish.",
            ["410", "2 thousand"],
        ),
        (
            "ru",
            "",
            "В 2025 году в области продолжат озеленение, сообщает акимат. Аким также рассказал о "
            "проведении более 12 тысяч субботников с участием 80 тысяч волонтеров. Было благоустроено "
            "640 скверов.",
            ["12 тысяч", "80 тысяч", "640"],
        ),
        (
            "kk",
            "",
            "2025 жылы облыста көгалдандыру жұмыстары жалғасады. Әкім 12 мыңнан астам сенбілік "
            "өткізілгенін айтты. Сонымен қатар 640 саябақ абаттандырылды.",
            ["12 мыңнан", "640"],
        ),
    ],
)
def test_a_past_deed_under_a_plan_year_told_in_january_has_no_period(
    language: str, title: str, text: str, undated: list[str]
) -> None:
    read = _spans(text, JANUARY, language, title)
    for surface in undated:
        assert read[surface] == ("actual", NONE), surface


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        (
            "en",
            "In 2026, the region will plant 2 million trees. More than 40 thousand saplings were planted "
            "along the highways.",
            "40 thousand",
        ),
        (
            "ru",
            "В 2026 году в области будет высажено 2 млн деревьев. Аким рассказал о проведении 12 тысяч "
            "субботников.",
            "12 тысяч",
        ),
    ],
)
def test_a_past_deed_under_a_plan_year_wholly_ahead_has_no_period(
    language: str, text: str, surface: str
) -> None:
    assert _spans(text, NOVEMBER, language)[surface] == ("actual", NONE)


@pytest.mark.parametrize(
    ("language", "text", "published", "surface", "span"),
    [
        # a lead reporting a year over: its deeds are that year's
        (
            "en",
            "In 2024, the region planted 2 million trees, the akimat reports. More than 640 squares were "
            "landscaped.",
            JANUARY,
            "640",
            Y2024,
        ),
        (
            "ru",
            "В 2024 году в области высадили 2 млн деревьев. Было благоустроено 640 скверов.",
            JANUARY,
            "640",
            Y2024,
        ),
        ("kk", "2024 жылы облыста 2 млн ағаш отырғызылды. 640 саябақ абаттандырылды.", JANUARY, "640", Y2024),
        # months already over, and the year to date
        (
            "en",
            "In January-September 2025, industrial output in the region rose by 5%. 120 new workshops were "
            "opened.",
            NOVEMBER,
            "120",
            (date(2025, 1, 1), date(2025, 9, 30)),
        ),
        (
            "en",
            "Since the beginning of the year, 300 km of roads have been repaired in the region. 40 bridges "
            "were inspected.",
            date(2025, 3, 15),
            "40",
            (date(2025, 1, 1), date(2025, 3, 15)),
        ),
        # the plan lead's own plan figures
        (
            "en",
            "In 2025, the region will build 40 schools. 12 clinics will also be opened.",
            JANUARY,
            "12",
            Y2025,
        ),
        (
            "ru",
            "В 2025 году в области будет высажено 2 млн деревьев. Также будет благоустроено 40 скверов.",
            JANUARY,
            "40",
            Y2025,
        ),
        (
            "kk",
            "2025 жылы облыста 2 млн ағаш отырғызылады. Сондай-ақ 40 саябақ абаттандырылады.",
            JANUARY,
            "40",
            Y2025,
        ),
        # a plan year mostly gone by publication: the deeds told in it may be its own
        ("en", "In 2025, the region will finish 40 schools. 32 schools were built.", NOVEMBER, "32", Y2025),
        # the year reported in a sentence of its own: the deeds after it are that year's
        (
            "en",
            "In 2025, the region will open 12 parks. This year 3 parks were opened. More than 900 trees "
            "were planted in them.",
            JANUARY,
            "900",
            Y2025,
        ),
    ],
)
def test_look_alikes_keep_their_carried_period(
    language: str, text: str, published: date, surface: str, span: tuple
) -> None:
    assert _spans(text, published, language)[surface][1] == span


def test_the_sample_taza_article_leaves_its_past_deeds_undated_and_keeps_its_plans(sample_text: str) -> None:
    # the bundled sample (21.01.2025): "In 2025, Kazakhstan will continue ...", then past work the
    # Minister spoke of, then her plans for 2025
    listing = next(i for i in parse_page(sample_text).listings if i.title.startswith("Taza like, Ayala"))
    read = _spans(listing.body, listing.published_at.date(), "en", listing.title)
    for surface in ("15 thousand", "90 thousand", "717", "300", "3 thousand"):
        assert read[surface] == ("actual", NONE), surface
    assert read["500,000"] == ("plan", Y2025)
