"""Kazakh mechanisms left by the first pass over the blind sets h34 and h35, fixed in the second
(fs35kk2). Our own sentences, labelled by tests/realworld/FORMAT.md; each mechanism keeps look-alikes
that must keep their reading. Every case marked "was" below was read wrong before +fs35kk2."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

Reading = tuple[float, str | None, date | None, date | None, str]


def _read(body: str, published: date, language: str = "kk") -> dict[str, Reading]:
    return {
        i.surface: (i.value, i.unit, i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, language=language)
    }


_MAY = date(2024, 5, 20)


# --- "мың жарым" is one and a half thousand -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "value"),
    [
        # was: missed ("мың жарым" alone, with no digits before it)
        ("Ауданда жүгері мың жарым гектарға себілді.", "мың жарым гектарға", 1500.0),
        ("Көкөніс 3 мың гектарға, қарбыз мың жарым гектарға егілді.", "мың жарым гектарға", 1500.0),
        # was: "миллион" alone, one million
        ("Мектеп жөндеуіне миллион жарым теңге жұмсалды.", "миллион жарым теңге", 1.5e6),
        # look-alikes: digits or a number word before the half keep their reading
        ("Ауданда 2 жарым мың гектарға бидай себілді.", "2 жарым мың гектарға", 2500.0),
        ("Жобаға бір жарым миллион теңге жұмсалды.", "бір жарым миллион теңге", 1.5e6),
        ("Жобаға миллион теңге жұмсалды.", "миллион теңге", 1e6),
    ],
)
def test_thousand_and_a_half(body: str, surface: str, value: float) -> None:
    found = _read(body, _MAY)
    assert surface in found, f"no {surface!r} in {list(found)}"
    assert found[surface][0] == value


# --- "өткен айда" is the month before publication, not before the lead's month ----------------------

_FEB = date(2024, 2, 12)
_JAN = (date(2024, 1, 1), date(2024, 1, 31))


@pytest.mark.parametrize(
    ("body", "language", "surface", "period"),
    [
        # was: December 2023, the month before the lead's January
        (
            "Қаңтарда облыста 120 мың тонна көмір өндірілді. Өткен айда кен орнына 40 жаңа жүк көлігі келді.",
            "kk",
            "40",
            _JAN,
        ),
        (
            "Биылғы қаңтарда 900 пәтер салынды.\nӨткен айда ипотекалық несиелер 1,4 есеге өсті.",
            "kk",
            "1,4 есеге",
            _JAN,
        ),
        (
            "В январе в области добыли 120 тысяч тонн угля. В прошлом месяце на разрез пришли 40 новых самосвалов.",
            "ru",
            "40",
            _JAN,
        ),
        # look-alikes: "месяцем ранее", "бір ай бұрын" are the month before the one just named
        (
            "Қаңтарда облыста баға 0,9%-ға өсті, бір ай бұрын – 0,7%-ға.",
            "kk",
            "0,7%-ға",
            (date(2023, 12, 1), date(2023, 12, 31)),
        ),
        (
            "В январе цены выросли на 0,8%. Месяцем ранее рост составил 0,6%.",
            "ru",
            "0,6%",
            (date(2023, 12, 1), date(2023, 12, 31)),
        ),
    ],
)
def test_last_month_is_before_publication(
    body: str, language: str, surface: str, period: tuple[date, date]
) -> None:
    found = _read(body, _FEB, language)
    hits = [s for s in found if s.startswith(surface)]
    assert hits, f"no {surface!r} in {list(found)}"
    assert found[hits[0]][2:4] == period


# --- a dashed range is one phrase with one time; a way from one place to another lies today ----------

_JULY = date(2024, 7, 1)
_TODAY = (_JULY, _JULY)
_YEAR = (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # was: the low end "12" took the year carried from "Биыл", the high end the day
        (
            "Биыл жол жөнделеді. Ұшақпен бару 44-50 мың теңге тұрады, пойыз билеті 12-16 мың теңге аралығында.",
            "12",
            _TODAY,
        ),
        (
            "Биыл көлге көп адам келеді. Қонақүйде бір түн 20-35 мың теңге тұрады, шатыр 5-8 мың теңге аралығында.",
            "5",
            _TODAY,
        ),
        # was: the year carried from "Биыл" (a distance told with no verb)
        ("Биыл жол жөнделеді. Алматыдан Алакөлге дейін шамамен 670 шақырым.", "670 шақырым", _TODAY),
        ("Биыл жол жөнделеді. Ауылдан қалаға дейін 45 шақырым.", "45 шақырым", _TODAY),
        # look-alikes: a range of a change keeps the span; a road repaired from one place to another is
        # the year's work
        ("Биыл бағалар өсті: нан 10-12%-ға қымбаттады.", "10", _YEAR),
        ("Биыл Алматыдан Алакөлге дейін 670 шақырым жол жөнделді.", "670 шақырым", _YEAR),
    ],
)
def test_range_and_distance_today(body: str, surface: str, period: tuple[date, date]) -> None:
    found = _read(body, _JULY)
    assert surface in found, f"no {surface!r} in {list(found)}"
    assert found[surface][2:4] == period


# --- "... -ып үлгерді" (has already been done) is a running total so far -----------------------------

_OCT = date(2025, 10, 20)


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # was: the year of a forecast sentence's "Биыл"
        (
            "Биыл дақылдардың болжамды алаңы 16 млн гектардан асады. Демек, жалпы егіс алқабының 94,1%-ы жиналып үлгерді.",
            "94,1%-ы",
            (_OCT, _OCT),
        ),
        (
            "Биыл жылу маусымы ерте басталады. Үйлердің 87%-ы жылуға қосылып үлгерді.",
            "87%-ы",
            (_OCT, _OCT),
        ),
        # look-alikes: the done part of this year's plan runs from 1 January; a plain past keeps the year
        (
            "Биыл 60 жоба жоспарланған, оның 16-сы іске қосылып үлгерді.",
            "16-сы",
            (date(2025, 1, 1), _OCT),
        ),
        ("Биыл облыста 12 мектеп салынды.", "12", (date(2025, 1, 1), date(2025, 12, 31))),
    ],
)
def test_already_done_is_so_far(body: str, surface: str, period: tuple[date, date]) -> None:
    found = _read(body, _OCT)
    assert surface in found, f"no {surface!r} in {list(found)}"
    assert found[surface][2:4] == period


# --- money for works told done ("тротуармен қамтылды, бұл жұмысқа ... бөлінді") is spent --------------

_JUL25 = date(2025, 7, 22)


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # was: plan (money given this year)
        (
            "Биыл 12 көше техникалық тротуармен қамтылды, бұл жұмысқа 308 млн теңге бөлінді.",
            "308 млн теңге",
            "actual",
        ),
        ("Биыл 40 ауыл газбен қамтылды. Бұл жұмысқа 2,1 млрд теңге бөлінді.", "2,1 млрд теңге", "actual"),
        # was: actual (money for works by a deadline ahead)
        (
            "Жыл соңына дейін тағы 5 мектепті жөндеу көзделген, оған 420 млн теңге қаралды.",
            "420 млн теңге",
            "plan",
        ),
        (
            "Қараша айының соңына дейін 12 шақырым құбыр ауыстырылады, бұған 900 млн теңге бөлінді.",
            "900 млн теңге",
            "plan",
        ),
        # was: actual (years not over yet)
        (
            "2024–2025 жылдары аудан жолдарын жөндеуге 3 млрд теңгеден астам қаржы бөлінді.",
            "3 млрд теңгеден",
            "plan",
        ),
        # look-alikes: the same years told as a closed past ("бөлінген еді") set against a plan ahead;
        (
            "2026-2028 жылдарға 90 млрд теңге көзделген. 2024-2025 жылдары бұл мақсатқа 30 млрд теңге бөлінген еді.",
            "30 млрд теңге",
            "actual",
        ),
        # money spent so far stays actual; works still to come, or help to people, keep the plan
        ("Жыл басынан бері 5 мектеп жөнделді, оған 420 млн теңге жұмсалды.", "420 млн теңге", "actual"),
        (
            "Биыл 40 ауылды газбен қамту жоспарланған. Бұл жұмысқа 2,1 млрд теңге бөлінді.",
            "2,1 млрд теңге",
            "plan",
        ),
        (
            "Биыл 500 отбасы әлеуметтік көмекпен қамтылады, бұл жұмысқа 300 млн теңге бөлінді.",
            "300 млн теңге",
            "plan",
        ),
    ],
)
def test_money_for_works_done_is_spent(body: str, surface: str, kind: str) -> None:
    found = _read(body, _JUL25)
    assert surface in found, f"no {surface!r} in {list(found)}"
    assert found[surface][4] == kind


# --- what a season's campaign needs ("Көктемгі науқанға ... қажет") covers that season ----------------


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # was: the year carried from "Биыл"
        (
            "Биыл 1 млн гектар егу жоспарланған. Көктемгі науқанға 94 мың тонна минералдық тыңайтқыш қажет.",
            "94 мың тонна",
            (date(2024, 3, 1), date(2024, 5, 31)),
        ),
        (
            "Биыл 1 млн гектар егу жоспарланған. Күзгі егін жинау науқаны үшін 12 мың тонна жанармай қажет болады.",
            "12 мың тонна",
            (date(2024, 9, 1), date(2024, 11, 30)),
        ),
        # look-alike: what the year's plan names keeps the year
        (
            "Биыл 1 млн гектар егу жоспарланған. Көктемгі науқанға 94 мың тонна минералдық тыңайтқыш қажет.",
            "1 млн гектар",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
    ],
)
def test_campaign_need_covers_its_season(body: str, surface: str, period: tuple[date, date]) -> None:
    found = _read(body, _MAY)
    assert surface in found, f"no {surface!r} in {list(found)}"
    assert found[surface][2:4] == period
