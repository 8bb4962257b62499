"""Kazakh defect classes seen on real stored news pages (round real13kk), in sentences of our own.

Labelled by tests/realworld/FORMAT.md (published Thursday 12 June 2025):
  1. a rate per day or year joined to its verb by a converb ("тәулігіне 300 тонна ет өңделіп,
     ... жеткізіледі") is what a plant does now, like the same clause ending in the aorist: the
     converb chain shares its last verb's tense and its rate word (it was read as a plan).
  2. the past of a stem in -ла after a vowel ("бақылады", "талқылады", "бағалады") ends like a
     passive aorist ("жазылады") and was read as a plan ahead; it is a deed done.
  3. "былтырғы жылмен салыстырғанда" is a comparison base like "өткен жылмен": the year noun after
     the attributive is its own, not another year (the figure was dated last year).
  4. "Жыл басында ашылған цехта", "наурызда іске қосылған зауытта": the day or month a place came to
     be describes it; a state told of it in the present stands at publication, not on that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from tests.kk_probe_reading import by_surface

P = date(2025, 6, 12)
TODAY = (P, P)
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))


def _by_surface(text: str, surface: str) -> Indicator:
    return by_surface(text, surface, P)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Кәсіпорында тәулігіне 300 тонна ет өңделіп, облыс дүкендеріне жеткізіледі.", "300 тонна", "actual"),
        ("Шеберханада күніне 40 дана есік жасалып, тапсырыс берушілерге жөнелтіледі.", "40", "actual"),
        ("Фабрикада тәулігіне 80 тонна сүт қабылданып, 25 түрлі өнім шығарылады.", "25", "actual"),
        # look-alikes: a chain ahead, or a chain that ends in the past, keeps its reading
        ("Келесі жылы зауыт салынып, тәулігіне 300 тонна ет өңделеді.", "300 тонна", "plan"),
        ("Биыл 9 мектеп салынып, 4 мың оқушы орынмен қамтылады.", "4 мың", "plan"),
        ("Кәсіпорында тәулігіне 300 тонна ет өңделіп, облыс дүкендеріне жеткізілді.", "300 тонна", "actual"),
    ],
)
def test_a_rate_in_a_converb_chain_is_now(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Инспекция ауданда 38 нысанды бақылады.", "38", "actual"),
        ("Мәслихат 95 млрд теңгелік жергілікті бюджетті талқылады.", "95 млрд теңгелік", "actual"),
        ("Мамандар залалды 4 млрд теңгеге бағалады.", "4 млрд теңгеге", "actual"),
        ("Әкім ауылға дейін 3,5 шақырым жерге тартылған жаңа құбырды бақылады.", "3,5 шақырым", "actual"),
        # look-alikes: the aorist of the same stems, and a passive aorist, stay ahead
        ("Келесі айда мәслихат 95 млрд теңгелік бюджетті талқылайды.", "95 млрд теңгелік", "plan"),
        ("Биыл 38 жаңа оқулық жазылады.", "38", "plan"),
    ],
)
def test_the_past_of_a_la_stem_is_done(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Ауылдағы тұрғындар саны былтырғы жылмен салыстырғанда, 420 адамға көбейген.", "420", TODAY),
        ("Мал басы былтырғы жылмен салыстырғанда 6 пайызға өсті.", "6 пайызға", TODAY),
        ("Егіс көлемі былтырғы жылға қарағанда 15 мың гектарға ұлғайды.", "15 мың гектарға", TODAY),
        # look-alikes: the figure's own year before the base, and last year told alone, keep theirs
        ("Былтырғы жылы оқушылар саны 2023 жылмен салыстырғанда 5 мыңға артты.", "5 мыңға", YEAR_2024),
        ("Былтырғы жылы ауданда 8 мың тонна ет өндірілді.", "8 мың тонна", YEAR_2024),
    ],
)
def test_last_years_noun_in_a_comparison_base(text: str, surface: str, period: tuple[date, date]) -> None:
    found = _by_surface(text, surface)
    assert (found.period_start, found.period_end) == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Жыл басында ашылған наубайханада 12 адам жұмыс істейді.", "12", TODAY),
        ("Жыл басында ашылған тігін цехында 9 әйел тұрақты жұмыспен қамтылған.", "9", TODAY),
        ("Ақпанда іске қосылған зауытта 140 адам еңбек етеді.", "140", TODAY),
        # look-alikes: what was opened then is counted over that span; no participle, the day stays
        ("Ақпанда ауданда 7 дүкен ашылды.", "7", (date(2025, 2, 1), date(2025, 2, 28))),
        ("Ақпанда ашылған 4 дүкенге 30 адам жұмысқа алынды.", "4", (date(2025, 2, 1), date(2025, 2, 28))),
    ],
)
def test_the_day_a_place_opened_describes_it(text: str, surface: str, period: tuple[date, date]) -> None:
    found = _by_surface(text, surface)
    assert (found.period_start, found.period_end) == period


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Жыл соңына дейін 4-5 цехты іске қоса алмайтын шығармыз.", "5", "forecast"),
        ("Бұл қаржыға 30 мектепті ғана жөндейтін шығармыз.", "30", "forecast"),
        # look-alike: the verb "шығару", to make, keeps its reading
        ("Былтыр зауыт 12 мың тонна өнім шығарды.", "12 мың тонна", "actual"),
    ],
)
def test_a_participle_then_shygar_is_a_guess(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        ("Алдағы айда 3-4 дүкенді жабамыз.", "3", "дүкенді"),
        ("Ауданда 8-9 кәсіпорынды жаңғырту көзделген.", "8", "кәсіпорынды жаңғырту"),
    ],
)
def test_the_low_end_of_a_tight_range_counts_the_high_ends_noun(text: str, surface: str, item: str) -> None:
    high = [i for i in extract_indicators(text, P, language="kk") if i.surface != surface][0]
    assert _by_surface(text, surface).item == high.item
    assert item in high.item


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (
            "Биылғы 1 мамырға дейін ауданның өнім көлемі 86 млрд теңгеге жетіп, 4,1 пайызға артты.",
            "86 млрд теңгеге",
            (date(2025, 1, 1), date(2025, 5, 1)),
        ),
        (
            "Ағымдағы жылғы 1 сәуірге дейін өңірге 52 млрд теңге инвестиция тартылды.",
            "52 млрд теңге",
            (date(2025, 1, 1), date(2025, 4, 1)),
        ),
        # look-alikes: a plan by such a day keeps its deadline; with no "биылғы" the start stays open
        ("Биылғы 1 қыркүйекке дейін 6 мектеп салынады.", "6", (None, date(2025, 9, 1))),
        (
            "1 сәуірге дейін өңірге 52 млрд теңге инвестиция тартылды.",
            "52 млрд теңге",
            (None, date(2025, 4, 1)),
        ),
    ],
)
def test_done_this_year_up_to_a_day(text: str, surface: str, period: tuple[date | None, date]) -> None:
    found = _by_surface(text, surface)
    assert (found.period_start, found.period_end) == period
