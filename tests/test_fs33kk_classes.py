"""Kazakh mechanisms found at first sight of the blind sets h32 and h33 (fs33kk). Our own sentences,
labelled by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading.
Every case marked "was" below was read wrong before +fs33kk."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

Reading = tuple[date | None, date | None, str]


def _read(body: str, published: date, title: str = "") -> dict[str, Reading]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="kk")
    }


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


# --- a lead naming the sizes of a payment: rates in force, for the year it names ---------------------

_NOV = date(2025, 11, 20)
_RATES = "Биыл төлем мөлшері бала санына қарай былай белгіленген:\n– үш балаға – 12,5 АЕК немесе 49 150 теңге;\n– төрт балаға – 15 АЕК немесе 58 980 теңге."


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was plan: the aorist of who receives it ("... отбасылар алады") taken as the rates' kind
        (
            "Жәрдемақыны табысына қарамастан көпбалалы отбасылар алады. " + _RATES,
            "49 150 теңге",
            (*_year(2025), "actual"),
        ),
        (
            "Жәрдемақыны табысына қарамастан көпбалалы отбасылар алады. " + _RATES,
            "15 АЕК",
            (*_year(2025), "actual"),
        ),
        # was October, plan: a report of one month held the lead's bare "биыл" within the month
        (
            "Қазан айында 410 мың отбасыға 38 млрд теңге төленді. Оны көпбалалы отбасылар алады. " + _RATES,
            "58 980 теңге",
            (*_year(2025), "actual"),
        ),
        # look-alikes: a lead ending on the sizes' name read right already; the month's own payments keep
        # the month; a lead of rates to come stays a plan
        (
            "Оны мүгедектігі бар баланы тәрбиелеп отырған ата-ана алады. Биыл жәрдемақы мөлшері былай:\n"
            "– бір балаға – 31 200 теңге;\n– екі балаға – 62 400 теңге.",
            "62 400 теңге",
            (*_year(2025), "actual"),
        ),
        (
            "Қазан айында 410 мың отбасыға 38 млрд теңге төленді. Оны көпбалалы отбасылар алады. " + _RATES,
            "38 млрд теңге",
            (date(2025, 10, 1), date(2025, 10, 31), "actual"),
        ),
        (
            "Келесі жылы төлем мөлшері мынадай болады:\n– үш балаға – 52 000 теңге;\n– төрт балаға – 62 000 теңге.",
            "52 000 теңге",
            (*_year(2026), "plan"),
        ),
    ],
)
def test_rates_a_lead_sets_are_in_force(body: str, surface: str, expected: Reading) -> None:
    found = _read(body, _NOV)
    assert surface in found, f"no {surface!r} in {list(found)}"
    assert found[surface] == expected


# --- a list member whose label opens on a figure of its own ("– 300 орындық – 11 мектеп") ----------

_AUG = date(2024, 8, 10)  # (within the span planned: no period ahead makes the plan)
_PLANNED = (
    "2024–2026 жылдары облыста 40 мектеп салу жоспарланған.\nСалынатын мектептердің сыйымдылығы әртүрлі:\n"
)


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # was actual: the member's label starts with a number, so it was not read as a member
        (_PLANNED + "– 300 орындық – 12 мектеп;\n– 900 орындық – 28 мектеп.", "12 мектеп", "plan"),
        (_PLANNED + "– 300 орындық – 12 мектеп;\n– 900 орындық – 28 мектеп.", "900 орындық", "plan"),
        (_PLANNED + "• 1200 орындық – 7 мектеп;\n• 600 орындық – 33 мектеп.", "33 мектеп", "plan"),
        # look-alikes: a member with a verb of its own keeps it; a list after deeds stays actual
        (_PLANNED + "– 300 орындық – 12 мектеп салынып бітті;", "12 мектеп", "actual"),
        (
            "2022 жылы облыста 40 мектеп салынды. Олардың сыйымдылығы әртүрлі:\n– 300 орындық – 12 мектеп;\n– 900 орындық – 28 мектеп.",
            "28 мектеп",
            "actual",
        ),
    ],
)
def test_member_opening_on_its_own_size_takes_the_lead_kind(body: str, surface: str, kind: str) -> None:
    found = _read(body, _AUG)
    hits = [s for s in found if surface.startswith(s) or s.startswith(surface)]
    assert hits, f"no {surface!r} in {list(found)}"
    assert found[hits[0]][2] == kind


# --- "сол жылы", "сол жылдың күзінде": the year named just before ----------------------------------

_DEC = date(2024, 12, 20)


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # was 2023 to publication: the start of the programme read as a span up to now
        ("Бағдарлама 2022 жылы басталған, сол жылы 46 ауылға су құбыры тартылған еді.", "46", _year(2022)),
        (
            "Жоба 2021 жылдан бері жүзеге асып келеді, сол жылғы 12 нысан толық пайдаланылуда.",
            "12",
            _year(2021),
        ),
        # was publication day: that year's autumn, the season of the year in scope
        (
            "2020 жылы облыста орман екпелері отырғызылды. Сол жылдың күзінде 640 гектарға көшет егілді.",
            "640",
            (date(2020, 9, 1), date(2020, 11, 30)),
        ),
        # look-alikes: a year of its own keeps it; with no year before, the carried season is not moved
        ("Бағдарлама 2022 жылы басталған, 2023 жылы 46 ауылға су тартылды.", "46", _year(2023)),
        (
            "2025 жылдың көктемінде 300 гектарға көшет егіледі. Сол жылдың күзінде тағы 200 гектар қосылады.",
            "200",
            (date(2025, 3, 1), date(2025, 5, 31)),
        ),
    ],
)
def test_that_year_is_the_year_named_before(body: str, surface: str, period: tuple[date, date]) -> None:
    found = _read(body, _DEC)
    hits = [s for s in found if s.startswith(surface)]
    assert hits, f"no {surface!r} in {list(found)}"
    assert found[hits[0]][:2] == period


# --- two seasons joined by "және": one span of work from the first's start to the last's end --------

_OCT = date(2024, 10, 14)


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # was the spring only: the later season of the pair taken for the whole
        (
            "Биылғы күзде және 2025 жылдың көктемінде 640 гектарға көшет отырғызылады.",
            "640",
            (date(2024, 9, 1), date(2025, 5, 31)),
        ),
        (
            "Өткен күзде және биылғы көктемде ауданда 12 мың гектар жер жыртылды.",
            "12 мың",
            (date(2023, 9, 1), date(2024, 5, 31)),
        ),
        # look-alikes: each season of its own clause keeps its own; one season stays one
        (
            "Биылғы күзде 300 гектарға, ал 2025 жылдың көктемінде 500 гектарға көшет отырғызылады.",
            "300",
            (date(2024, 9, 1), date(2024, 11, 30)),
        ),
        (
            "2025 жылдың көктемінде 500 гектарға көшет отырғызылады.",
            "500",
            (date(2025, 3, 1), date(2025, 5, 31)),
        ),
    ],
)
def test_two_seasons_joined_are_one_span(body: str, surface: str, period: tuple[date, date]) -> None:
    found = _read(body, _OCT)
    hits = [s for s in found if s.startswith(surface)]
    assert hits, f"no {surface!r} in {list(found)}"
    assert found[hits[0]][:2] == period


# --- the low end of a range borrows its high end's unit in its measure ------------------------------


# --- the low end of a range borrows its high end's unit in its measure ------------------------------


@pytest.mark.parametrize(
    ("body", "language", "surface", "value"),
    [
        # was 10 m and 20 m: the unit borrowed without its factor
        ("Көшеттердің биіктігі 10-30 см.", "kk", "10", 0.1),
        ("Қар қалыңдығы 20-40 мм болды.", "kk", "20", 0.02),
        ("Высота саженцев 15-50 см.", "ru", "15", 0.15),
        # look-alikes: units with no factor, and a scale word, keep their values
        ("Жолдың ені 3-5 км.", "kk", "3", 3.0),
        ("Зарплата составляет 300-400 тыс. тенге.", "ru", "300", 300_000.0),
    ],
)
def test_range_low_end_takes_the_unit_measure(body: str, language: str, surface: str, value: float) -> None:
    found = [i for i in extract_indicators(body, _OCT, language=language) if i.surface == surface]
    assert found, f"no {surface!r}"
    assert found[0].value == pytest.approx(value)


# --- a deed after a plan for the year, in a report opened on a tally to date: a tally so far ---------

_HARVEST = date(2024, 9, 30)
_TALLY = (
    "Министрліктің дерегінше, бүгінге дейін 18,4 млн тонна астық бастырылды.\n"
    "Биыл 15 млн гектар алқаптан өнім жинау жоспарланған. Қазіргі уақытта соның 12 млн гектары орылды.\n"
)


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # was the whole year: the plan's "биыл" carried onto the deeds of the later paragraphs
        (
            _TALLY + "Шаруалар 1,2 млн тонна майлы дақыл жинап алды. Картоп 2,1 млн тонна жиналды.",
            "1,2 млн тонна",
            (_HARVEST, _HARVEST),
        ),
        (
            _TALLY + "Шаруалар 1,2 млн тонна майлы дақыл жинап алды. Картоп 2,1 млн тонна жиналды.",
            "2,1 млн тонна",
            (_HARVEST, _HARVEST),
        ),
        (
            _TALLY
            + "Шаруалар 1,2 млн тонна майлы дақыл жинап алды.\nҚызылша 310 мың тонна көлемінде жиналды.",
            "310 мың тонна",
            (_HARVEST, _HARVEST),
        ),
        # look-alikes: a report opened on a past year keeps the plan's year for deeds of its own year;
        # a plan told after the tally keeps its year
        (
            _TALLY + "Шаруалар 1,2 млн тонна майлы дақыл жинап алды.",
            "15 млн гектар",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        (
            "2023 жылы 20 млн тонна астық жиналды.\nБиыл 15 млн гектар алқаптан өнім жинау жоспарланған. "
            "Қазіргі уақытта соның 12 млн гектары орылды.\n"
            "Шаруалар 1,2 млн тонна майлы дақыл жинап алды.",
            "1,2 млн тонна",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
    ],
)
def test_deed_after_plan_in_tally_report_is_so_far(
    body: str, surface: str, period: tuple[date, date]
) -> None:
    found = _read(body, _HARVEST)
    hits = [s for s in found if s.startswith(surface)]
    assert hits, f"no {surface!r} in {list(found)}"
    assert found[hits[0]][:2] == period


# --- a price for one tonne, litre or kilo in the aorist is the price now ------------------------------

_SEPT = date(2024, 9, 12)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was a plan with no period: "тоннасына" was not read as "for one tonne"
        ("Көмірдің бағасы тоннасына 16 200 теңгеден басталады.", "16 200 теңгеден", (_SEPT, _SEPT, "actual")),
        ("Дизель отынының литріне 295 теңге төленеді.", "295 теңге", (_SEPT, _SEPT, "actual")),
        ("Қарақұмықтың келісіне 640 теңге алынады.", "640 теңге", (_SEPT, _SEPT, "actual")),
        # look-alike: a price in a year ahead stays a plan of that year
        (
            "2025 жылы көмірдің бағасы тоннасына 18 000 теңгеге дейін көтеріледі.",
            "18 000 теңгеге",
            (date(2025, 1, 1), date(2025, 12, 31), "plan"),
        ),
    ],
)
def test_price_for_one_unit_stands_now(body: str, surface: str, expected: Reading) -> None:
    found = _read(body, _SEPT)
    assert surface in found, f"no {surface!r} in {list(found)}"
    assert found[surface] == expected
