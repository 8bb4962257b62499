"""Kazakh periods carried from context, seen on real stored news pages (round real14kk2), in
sentences of our own, labelled by tests/realworld/FORMAT.md:
  1. a month span named with no digit in its sentence ("Министр сәуір-мамырдағы ... есебін берді",
     a headline "Қаңтар-наурызда құрылыс қарқын алды") was not read at all, so the figures told
     after it were dated at publication; it frames them like a span written with its year.
  2. a level of last year recalled in a sentence closed by "еді" ("Өткен жылы ... болған еді") set
     the scene, so every figure after it was dated last year; the report's span goes on after it
     (a dated source, "2025 жылғы мамырдағы дерегінше, ол кезде ... еді", still sets its day).
  3. a period standing right before a later figure is that figure's: in "қазанда шамамен 4,2%-дан
     желтоқсанда 2,9%-ға дейін" the old level is October's, not December's.
  4. the same span a year before in the instrumental or dative with no comparison word ("2024
     жылдың сәйкес кезеңімен 104%", "сәйкесінше кезеңімен 21%-ға жоғары", "дәл осындай кезеңімен
     салыстырғанда") is a base, not the figure's period (nor its item).
  5. a flow told in the passive simple past after a stock counted on the day that closes the
     report's span ("1 тамызда мал басы ... көбейді. ... 115 мың бұзау алынды") is the span's.
  6. a level told reached in the simple past ("құрады") in early January cannot be of the year just
     begun: carried from a sentence that named that year ("2017 жылы зауыттың құрылысы жүріп
     жатыр"), it is the total of the year before, which the headline reports on.
  7. a month with no year told ahead ("шілдеде ашылып, ... ұлғаймақ") is this year's, not last year's.
  8. "Өткен жылы осындай уақытта", "өткен жылдың осы уақытында" (at this time last year) is the day
     of the report a year before, like "былтыр дәл осы уақытта", not the whole of last year.
  9. the done part of this year's plan told in the same sentence "by today" ("... жоспарланды,
     бүгінгі күні олардың 23-і пайдалануға берілген") runs from 1 January to publication (FORMAT.md),
     as it does told in the sentence after the plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

Span = tuple[date | None, date | None]


def _figure(body: str, surface: str, published: date, title: str = "") -> Indicator:
    found = [i for i in extract_indicators(body, published, title, "kk") if i.surface == surface]
    assert found, (
        f"no figure {surface!r} in {[i.surface for i in extract_indicators(body, published, title, 'kk')]}"
    )
    return found[0]


def _span(body: str, surface: str, published: date, title: str = "") -> Span:
    found = _figure(body, surface, published, title)
    return found.period_start, found.period_end


JUNE_12 = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("title", "body", "published", "surface", "span"),
    [
        (
            "",
            "Вице-министр Үкімет отырысында сәуір-мамырдағы ауыл шаруашылығы өнімдерінің есебін берді. "
            "Ет өндірісі 3,1%-ға артты.",
            JUNE_12, "3,1%-ға", (date(2025, 4, 1), date(2025, 5, 31)),
        ),
        (
            "Қаңтар-наурызда құрылыс қарқын алды",
            "Құрылыс жұмыстарының көлемі 12%-ға өсті.",
            JUNE_12, "12%-ға", (date(2025, 1, 1), date(2025, 3, 31)),
        ),
        (
            "",
            "Әкімдік шілде айындағы жол жөндеу жұмыстарын қорытындылады. Барлығы 45 шақырым жол жөнделді.",
            date(2025, 8, 20), "45 шақырым", (date(2025, 7, 1), date(2025, 7, 31)),
        ),
        # look-alikes: a holiday's name and a present state keep their reading
        ("", "Наурыз мерекесі кең тойланды. Облыста 300 киіз үй тігілді.", JUNE_12, "300", (JUNE_12, JUNE_12)),
        ("", "Қаңтар-наурызда жұмыс қызу жүрді. Қазір ауданда 14 мектеп бар.", JUNE_12, "14", (JUNE_12, JUNE_12)),
    ],
)  # fmt: skip
def test_a_month_span_without_digits_frames_what_follows(
    title: str, body: str, published: date, surface: str, span: Span
) -> None:
    assert _span(body, surface, published, title) == span


NOV_20 = date(2025, 11, 20)
Q3_2025 = (date(2025, 7, 1), date(2025, 9, 30))
JAN_SEP_2025 = (date(2025, 1, 1), date(2025, 9, 30))


@pytest.mark.parametrize(
    ("body", "published", "surface", "span"),
    [
        (
            "2025 жылдың үшінші тоқсанында орташа жалақы 410 мың теңге болды. Өткен жылы орташа жалақы 360 мың "
            "теңге болған еді. Атырау облысында жалақы 720 мың теңгеге жетті.",
            NOV_20, "720 мың теңгеге", Q3_2025,
        ),
        (
            "Облыста қаңтар-қыркүйекте 85 мың тонна сүт өндірілді. Өткен жылы 80 мың тонна сүт өндірілген еді. "
            "Ет өндірісі 31 мың тоннаны құрады.",
            NOV_20, "31 мың тоннаны", JAN_SEP_2025,
        ),
        (
            "Биыл қаңтар-сәуірде бағалар 4,1%-ға өсті. Былтыр желтоқсанда инфляция 8,6% еді. "
            "Азық-түлік 3,9%-ға қымбаттады.",
            date(2025, 5, 20), "3,9%-ға", (date(2025, 1, 1), date(2025, 4, 30)),
        ),
        # the recalled level keeps its own period
        (
            "Облыста қаңтар-қыркүйекте 85 мың тонна сүт өндірілді. Өткен жылы 80 мың тонна сүт өндірілген еді.",
            NOV_20, "80 мың тонна", (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # look-alikes: a dated source ("ол кезде ... еді") and a recall opening the article set the scene
        (
            "Биыл облыста 40 жоба іске асырылады. Басқарманың 2025 жылғы мамырдағы дерегінше, ол кезде 120 ауыл "
            "газға қосылған еді. Тағы 15 ауылға құбыр тартылды.",
            date(2026, 2, 20), "15", (date(2025, 5, 1), date(2025, 5, 31)),
        ),
        (
            "Өткен жылы облыста 12 мектеп салынған еді. Оның 5-еуі ауылда.",
            NOV_20, "5", (date(2024, 1, 1), date(2024, 12, 31)),
        ),
    ],
)  # fmt: skip
def test_last_year_recalled_with_edi_sets_no_scene(
    body: str, published: date, surface: str, span: Span
) -> None:
    assert _span(body, surface, published) == span


APRIL_20 = date(2025, 4, 20)


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        (
            "Индикатор өткен жылы қазанда шамамен 4,2%-дан желтоқсанда 2,9%-ға дейін баяулады.",
            "4,2%-дан", (date(2024, 10, 1), date(2024, 10, 31)),
        ),
        (
            "Бағалар қаңтарда орта есеппен 6,1%-дан наурызда 5,4%-ға дейін төмендеді.",
            "6,1%-дан", (date(2025, 1, 1), date(2025, 1, 31)),
        ),
        (
            "Мұнай бағасы ақпанда барреліне 78 доллардан наурызда 71 долларға дейін арзандады.",
            "78 доллардан", (date(2025, 2, 1), date(2025, 2, 28)),
        ),
        # the later figure keeps the month before it; a figure with no period before it keeps the one after
        (
            "Мұнай бағасы ақпанда барреліне 78 доллардан наурызда 71 долларға дейін арзандады.",
            "71 долларға", (date(2025, 3, 1), date(2025, 3, 31)),
        ),
        ("Экспорт 12 мың тоннаға жетті, наурызда 3 мың тонна жөнелтілді.", "3 мың тонна", (date(2025, 3, 1), date(2025, 3, 31))),
    ],
)  # fmt: skip
def test_a_month_before_a_later_figure_is_that_figures(body: str, surface: str, span: Span) -> None:
    assert _span(body, surface, APRIL_20) == span


MAY_10 = date(2025, 5, 10)
Q1_2025 = (date(2025, 1, 1), date(2025, 3, 31))


@pytest.mark.parametrize(
    ("body", "published", "surface", "span"),
    [
        (
            "2025 жылдың бірінші тоқсанында облыста 84 млрд теңгенің өнімі өндірілді. Бұл 2024 жылдың сәйкес "
            "кезеңімен 6,2%-ға жоғары.",
            MAY_10, "6,2%-ға", Q1_2025,
        ),
        (
            "Биыл алғашқы үш айда фабрикада 9,3 млрд теңгенің тауары шығарылды. Бұл 2024 жылдың сәйкесінше "
            "кезеңімен 21%-ға жоғары.",
            MAY_10, "21%-ға", Q1_2025,
        ),
        (
            "2025 жылдың бірінші тоқсанында кәсіпорындар 84 млрд теңгенің өнімін шығарды. Ол өткен жылдың дәл "
            "осындай кезеңімен салыстырғанда 3,4 млрд теңгеге көп.",
            MAY_10, "3,4 млрд теңгеге", Q1_2025,
        ),
        (
            "Сегіз айда кеніште 2,4 млн тонна кен өндірілді (2024 жылдың сәйкес кезеңімен 104%, жоспардың 101%).",
            date(2025, 9, 10), "104%", (date(2025, 1, 1), date(2025, 8, 31)),
        ),
        (
            "2025 жылдың бірінші тоқсанында зауыт 12 мың тонна болат құйды, бұл өткен жылдың тиісті кезеңіне 108%.",
            MAY_10, "108%", Q1_2025,
        ),
        # look-alikes: the same span in the locative is the figure's own; a stage ("кезеңмен") is no base
        (
            "Өткен жылдың бірінші тоқсанында облыста 40 мың тонна ет өндірілген.",
            MAY_10, "40 мың тонна", (date(2024, 1, 1), date(2024, 3, 31)),
        ),
        ("2025 жылы бірінші кезеңмен 500 пәтер пайдалануға беріледі.", MAY_10, "500", (date(2025, 1, 1), date(2025, 12, 31))),
    ],
)  # fmt: skip
def test_the_same_span_before_in_the_instrumental_is_a_base(
    body: str, published: date, surface: str, span: Span
) -> None:
    assert _span(body, surface, published) == span


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            "Биыл алғашқы үш айда фабрикада 9,3 млрд теңгенің тауары шығарылды. Бұл 2024 жылдың сәйкесінше "
            "кезеңімен 21%-ға жоғары.",
            "21%-ға",
        ),
        (
            "2025 жылдың бірінші тоқсанында кәсіпорындар 84 млрд теңгенің өнімін шығарды. Ол өткен жылдың дәл "
            "осындай кезеңімен салыстырғанда 3,4 млрд теңгеге көп.",
            "3,4 млрд теңгеге",
        ),
    ],
)
def test_the_words_of_a_same_span_base_are_no_item(body: str, surface: str) -> None:
    item = _figure(body, surface, MAY_10).item
    assert "сәйкесінше" not in item and "осындай" not in item and item


AUG_20 = date(2025, 8, 20)
JAN_JUL_2025 = (date(2025, 1, 1), date(2025, 7, 31))
AUGUST_1 = (date(2025, 8, 1), date(2025, 8, 1))


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        (
            "Биыл қаңтар-шілдеде облыста 42 мың тонна ет өндірілді. 1 тамызда өткен жылмен салыстырғанда "
            "мүйізді ірі қара 3,2%-ға көбейді. Шаруашылықтарда 96 мың бұзау, 410 мың қозы алынды.",
            "96 мың", JAN_JUL_2025,
        ),
        (
            "Биыл қаңтар-шілдеде облыста 42 мың тонна ет өндірілді. 1 тамыздағы жағдай бойынша жылқы саны 210 "
            "мыңға жетті. Облыста 18 мың құлын алынды.",
            "18 мың", JAN_JUL_2025,
        ),
        # look-alikes: a part of the day's stock, and a stock told in the present, stay on the day
        (
            "Биыл қаңтар-шілдеде облыста 42 мың тонна ет өндірілді. 1 тамыздағы жағдай бойынша жылқы саны 210 "
            "мыңға жетті. Оның 60 мыңы биелер.",
            "60 мыңы", AUGUST_1,
        ),
    ],
)  # fmt: skip
def test_a_flow_after_a_stock_day_is_the_spans(body: str, surface: str, span: Span) -> None:
    assert _span(body, surface, AUG_20) == span


JAN_14 = date(2025, 1, 14)
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))
YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("title", "body", "published", "surface", "span"),
    [
        (
            "2024 жылы облыс экономикасы өсті",
            "Облыста 2024 жылы 48 мың тонна ет өндірілді. 2025 жылы жаңа қасапхананың құрылысы басталады. "
            "Сүт өндірісі 160 мың тоннаны құрады.",
            JAN_14, "160 мың тоннаны", YEAR_2024,
        ),
        (
            "2024 жылдың қорытындысы",
            "Ауыл шаруашылығы өнімі 9%-ға өсті. 2025 жылы облыста 14 мектеп салынады. Бюджетке түскен салық "
            "61 млрд теңгені құрады.",
            JAN_14, "61 млрд теңгені", YEAR_2024,
        ),
        # look-alikes: an aorist, and the same text in July, keep the year under way
        (
            "2024 жылдың қорытындысы",
            "2025 жылы облыста 14 мектеп салынады. Жылыжайлар 26 мың тонна көкөніс береді.",
            JAN_14, "26 мың тонна", YEAR_2025,
        ),
        (
            "",
            "Облыста 2024 жылы 48 мың тонна ет өндірілді. Биыл жаңа қасапхананың құрылысы басталды. Сүт "
            "өндірісі 90 мың тоннаны құрады.",
            date(2025, 7, 14), "90 мың тоннаны", YEAR_2025,
        ),
    ],
)  # fmt: skip
def test_a_past_result_in_early_january_is_the_reported_years(
    title: str, body: str, published: date, surface: str, span: Span
) -> None:
    assert _span(body, surface, published, title) == span


def test_a_deed_in_early_january_is_not_moved_to_the_year_before() -> None:
    # "әзірленді" is no level reached: it may be of the days since New Year, so it is left alone
    body = "2025 жылы облыста 14 мектеп салынады. Ауданаралық 8 аурухананың жобасы әзірленді."
    assert _span(body, "8", JAN_14, "2024 жылдың қорытындысы") != YEAR_2024


FEB_10_2026 = date(2026, 2, 10)


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        # a month told ahead in the intent or the passive aorist is this year's, not last year's: the
        # old level beside it is then no level of that month (it stands now)
        (
            "Вокзалдың жаңа залы шілдеде ашылып, өткізу қабілеті 6 мыңнан 9 мың жолаушыға дейін ұлғаймақ.",
            "6 мыңнан", (FEB_10_2026, FEB_10_2026),
        ),
        ("Облыста мамырда 40 шақырым жол жөнделеді.", "40 шақырым", (date(2026, 5, 1), date(2026, 5, 31))),
        # look-alike: a month told in the past is last year's
        ("Облыста мамырда 40 шақырым жол жөнделді.", "40 шақырым", (date(2025, 5, 1), date(2025, 5, 31))),
    ],
)  # fmt: skip
def test_a_month_told_ahead_is_this_years(body: str, surface: str, span: Span) -> None:
    assert _span(body, surface, FEB_10_2026) == span


SEP_25 = date(2025, 9, 25)


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        (
            "Бүгінге дейін облыста 2,1 млн гектар алқап орылды. Өткен жылы осындай уақытта 1,6 млн гектар орылған.",
            "1,6 млн гектар", (date(2024, 9, 25), date(2024, 9, 25)),
        ),
        (
            "Бүгінге дейін облыста 2,1 млн гектар алқап орылды. Өткен жылдың осы уақытында бұл көрсеткіш 1,4 млн "
            "гектар болатын.",
            "1,4 млн гектар", (date(2024, 9, 25), date(2024, 9, 25)),
        ),
        # look-alike: "in such a state" is no time
        ("Өткен жылы осындай жағдайда 1,6 млн гектар орылған.", "1,6 млн гектар", (date(2024, 1, 1), date(2024, 12, 31))),
    ],
)  # fmt: skip
def test_this_time_last_year_is_the_day_a_year_before(body: str, surface: str, span: Span) -> None:
    assert _span(body, surface, SEP_25) == span


OCT_22 = date(2025, 10, 22)


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        (
            "Биыл 74 мектептің құрылысы жоспарланды, бүгінгі күні олардың 23-і пайдалануға берілген.",
            "23-і", (date(2025, 1, 1), OCT_22),
        ),
        (
            "Биыл 40 шақырым жол жөнделеді, қазіргі таңда оның 18 шақырымы жөнделді.",
            "18 шақырымы", (date(2025, 1, 1), OCT_22),
        ),
        # look-alike: a part still under way today stands today
        (
            "Биыл 74 мектептің құрылысы жоспарланды, қазір олардың 23-інде құрылыс жүріп жатыр.",
            "23-інде", (OCT_22, OCT_22),
        ),
    ],
)  # fmt: skip
def test_the_part_of_the_plan_done_by_today_runs_from_january(body: str, surface: str, span: Span) -> None:
    assert _span(body, surface, OCT_22) == span
