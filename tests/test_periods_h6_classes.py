"""Period and kind classes the blind set h6 showed, in English, Russian and Kazakh, each on
sentences of our own with look-alikes that must keep their old reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

D = date
PUBLISHED = D(2025, 11, 20)

Row = tuple[date | None, date | None, str]


def _read(
    body: str, title: str = "", published: date = PUBLISHED, language: str | None = None
) -> dict[str, Row]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language=language)
    }


# --- A level held at the end of a past year or month is a day ---------------------------------


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("At the end of 2022 the fund had 812 apartments on its books.", "812"),
        ("At the end of 2022, 3,410 of the region's schools had broadband.", "3,410"),
        ("At the end of 2022 the library held 96,000 books.", "96,000"),
        ("At the end of 2022 the park had grown to 140 hectares and had reached 35 species.", "35"),
    ],
)
def test_what_was_held_at_the_end_of_a_year_is_its_last_day(body: str, surface: str) -> None:
    assert _read(body)[surface][:2] == (D(2022, 12, 31), D(2022, 12, 31))


@pytest.mark.parametrize(
    "body",
    [
        "At the end of 2022, the plants produced 812 thousand tons of cement.",
        "At the end of 2022, 812 apartments were sold in the city.",
    ],
)
def test_what_was_done_at_the_end_of_a_year_is_the_year(body: str) -> None:
    (row,) = _read(body).values()
    assert row[:2] == (D(2022, 1, 1), D(2022, 12, 31))


def test_a_stock_reached_by_a_day_already_past_is_that_day_and_frames_what_follows() -> None:
    body = (
        "The fund's assets rose to 61.3 trillion tenge by the end of September 2025. "
        "That is 4.1 trillion more than a year before."
    )
    found = _read(body)
    assert found["61.3 trillion tenge"] == (D(2025, 9, 30), D(2025, 9, 30), "actual")
    assert found["4.1 trillion"][:2] == (D(2025, 9, 30), D(2025, 9, 30))


def test_a_stock_by_a_day_still_ahead_stays_a_deadline() -> None:
    (row,) = _read("The fund aims to raise its assets to 70 trillion tenge by the end of 2026.").values()
    assert row == (None, D(2026, 12, 31), "target")


def test_a_goal_by_a_day_already_past_without_a_past_verb_stays_a_target() -> None:
    (row,) = _read("The programme set 95% of villages with internet by the end of 2024 as its goal.").values()
    assert row[2] == "target"


def test_a_yearless_month_takes_the_year_named_before_it_in_the_sentence() -> None:
    body = "At the end of 2023 the bank had 20 tons. The tenge lost 15% against the dollar in 2024 and hit 500 in May."
    found = _read(body, published=D(2025, 1, 8))
    assert found["15%"][:2] == (D(2024, 1, 1), D(2024, 12, 31))  # a rate against a currency is no base
    assert found["500"][:2] == (D(2024, 5, 1), D(2024, 5, 31))


def test_a_level_against_a_past_year_stays_a_base() -> None:
    found = _read("Exports reached 12 million tons in 2025 against 9 million tons in 2024.")
    assert found["12 million tons"][:2] == (D(2025, 1, 1), D(2025, 12, 31))


# --- A present state with no date of its own is dated at publication -------------------------

NINE_MONTHS = "In January-September 2025, the industry's output grew by 6%. "


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (NINE_MONTHS + "Wear of the heating networks ranges from 60% to 85%.", "60%"),
        (NINE_MONTHS + "Wear of the heating networks ranges from 60% to 85%.", "85%"),
        (NINE_MONTHS + "The industry counts 120 firms, of which 40 make spare parts.", "120"),
        (NINE_MONTHS + "The industry counts 120 firms, of which 40 make spare parts.", "40"),
        (NINE_MONTHS + "At some plants wear reaches 95%.", "95%"),
        (NINE_MONTHS + "Of the region's 300 farms, 120 have drip irrigation.", "300"),
        (NINE_MONTHS + "Of the region's 300 farms, 120 have drip irrigation.", "120"),
    ],
)
def test_a_present_state_is_dated_at_publication(body: str, surface: str) -> None:
    assert _read(body)[surface][:2] == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # what happened in the span keeps the span
        (NINE_MONTHS + "The industry made 120 thousand tons of spare parts.", "120 thousand tons", (D(2025, 1, 1), D(2025, 9, 30))),
        # a share of what a span running to the report counted stays that span's
        (
            "Since July 2018, banks have issued 61,000 loans under the programme. "
            "Astana accounts for 38% of all loans issued.",
            "38%",
            (D(2018, 7, 1), PUBLISHED),
        ),
        # a breakdown of a total that was counted over the span
        (NINE_MONTHS + "Of the 300 tons shipped, 120 went to China.", "300 tons", (D(2025, 1, 1), D(2025, 9, 30))),
    ],
)  # fmt: skip
def test_what_happened_keeps_the_span(body: str, surface: str, period: tuple) -> None:
    assert _read(body)[surface][:2] == period


def test_russian_recipients_are_no_plan_but_they_will_receive_is() -> None:
    now = _read("Сейчас доля получателей пособия составляет 0,8%.", language="ru")
    assert now["0,8%"][2] == "actual"
    ahead = _read("В 2026 году семьи получат 12 млрд тенге.", language="ru")
    assert ahead["12 млрд тенге"][2] == "plan"


# --- Russian and Kazakh: how things stand now, under a span not yet over -----------------------

RU_PUBLISHED = D(2025, 10, 1)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("С начала года в районе создано 900 рабочих мест. Уровень безработицы составляет 4,3%.", "4,3%"),
        ("В 2025 году аграрии засеяли 80 тыс. га. На полях работают 45 комбайнов.", "45"),
        (
            "В 2025 году аграрии засеяли 80 тыс. га. Закупочная цена составляет 38 тыс. тенге за тонну.",
            "38 тыс. тенге",
        ),
        # a clause without a verb follows the figure before it
        ("С начала года создано 900 рабочих мест. Безработица составляет 4,3% (по стране – 4,7%).", "4,7%"),
        ("Биыл облыста 120 мың тонна астық жиналды. Есепте 3 200 шаруашылық тұр.", "3 200"),
    ],
)
def test_a_cyrillic_present_state_under_a_span_not_yet_over_is_dated_at_publication(
    body: str, surface: str
) -> None:
    assert _read(body, published=RU_PUBLISHED)[surface][:2] == (RU_PUBLISHED, RU_PUBLISHED)


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # what was done keeps the span
        ("В 2025 году аграрии засеяли 80 тыс. га. Аграрии убрали 30 тыс. га.", "30 тыс. га", (D(2025, 1, 1), D(2025, 12, 31))),
        # under a span already over, the present tells that span's figures
        (
            "За январь-август 2025 года оборот торговли составил 20 трлн тенге. На оптовую торговлю приходится 66%.",
            "66%",
            (D(2025, 1, 1), D(2025, 8, 31)),
        ),
        # an estimate of a span under way is no present level
        ("В 2025 году спрос вырос на 3%. Дефицит мощности оценивается в 0,8 ГВт.", "0,8 ГВт", (D(2025, 1, 1), D(2025, 12, 31))),
        # "маңызы бар" describes a road: no verb of being
        ("Биыл 2 мың шақырым жол жөнделді. Оған жергілікті маңызы бар 900 шақырым жол кіреді.", "900 шақырым", (D(2025, 1, 1), D(2025, 12, 31))),
    ],
)  # fmt: skip
def test_a_cyrillic_figure_of_the_span_keeps_it(body: str, surface: str, period: tuple) -> None:
    assert _read(body, published=RU_PUBLISHED)[surface][:2] == period


def test_a_kazakh_there_is_is_now_even_after_a_year_already_over() -> None:
    body = "Былтыр облыста 2 500 жаңа науқас тіркелді. Диспансер есебінде 9 мыңнан астам адам бар."
    found = _read(body, published=D(2026, 2, 3))
    assert found["2 500"][:2] == (D(2025, 1, 1), D(2025, 12, 31))
    assert found["9 мыңнан"][:2] == (D(2026, 2, 3), D(2026, 2, 3))


# --- Russian: a year with its noun left out ("весной 2023-го") ---------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # (the year read, the season names its months: "весной 2022 года" reads the same)
        ("Весной 2022-го приплод составил 310 тыс. голов.", "310 тыс.", (D(2022, 3, 1), D(2022, 5, 31))),
        ("К концу 2026-го ожидается рост экспорта до 5 млрд долларов.", "5 млрд долларов", (None, D(2026, 12, 31))),
        # the year it sets frames the sentence after it
        (
            "В 2021 году вылов составил 40 тыс. тонн. Весной 2022-го приплод составил 310 тыс. голов. "
            "Самым крупным тогда было западное стадо – 120 тыс.",
            "120 тыс.",
            (D(2022, 3, 1), D(2022, 5, 31)),
        ),
        # an ordinal day is no year
        ("С 1-го числа тарифы выросли на 5%.", "5%", (PUBLISHED, PUBLISHED)),
    ],
)  # fmt: skip
def test_a_russian_year_without_its_noun_is_read(body: str, surface: str, period: tuple) -> None:
    assert _read(body, language="ru")[surface][:2] == period


@pytest.mark.parametrize(
    ("body", "language", "surface", "period"),
    [
        # the comparison's year named before "ол кезде" in the same sentence
        (
            "Биыл облысқа 21 мың турист келді, бұл 2023 жылғы көрсеткіштен 40 пайызға көп: ол кезде 15 мың турист келген.",
            "kk",
            "15 мың",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        # "тогда" inside the next sentence: the year the sentence before named last
        (
            "В 2024 году в питомниках выросло 50 тыс. саженцев, а в 2019 году их было 20 тыс. "
            "Крупнейшим тогда был питомник в Шымкенте – 8 тыс.",
            "ru",
            "8 тыс.",
            (D(2019, 1, 1), D(2019, 12, 31)),
        ),
    ],
)
def test_then_inside_a_sentence_is_the_time_named_before(
    body: str, language: str, surface: str, period: tuple
) -> None:
    assert _read(body, language=language)[surface][:2] == period


def test_whereas_is_no_then() -> None:
    body = "В 2024 году экспорт составил 5 млн тонн, тогда как импорт вырос до 2 млн тонн."
    assert _read(body, language="ru")["2 млн тонн"][:2] == (D(2024, 1, 1), D(2024, 12, 31))


# --- From X to Y under a span from an earlier year up to the report -----------------------------


def test_since_a_year_the_old_level_is_that_years_and_the_new_one_is_now() -> None:
    found = _read("Since 2019, the number of rural clinics has grown by 50, from 100 to 150.")
    assert found["50"][:2] == (D(2019, 1, 1), PUBLISHED)
    assert found["100"][:2] == (D(2019, 1, 1), D(2019, 12, 31))
    assert found["150"][:2] == (PUBLISHED, PUBLISHED)


def test_since_then_starts_at_the_date_the_sentence_before_named() -> None:
    body = (
        "Leasing subsidies were introduced in 2017 to renew the tractor fleet. Since then the fleet has grown "
        "from 4,100 to 6,300 machines, and grain output has risen from 11 million tons to 17 million tons last "
        "year. Counting private farms too, including small plots, the area has expanded from 30 thousand ha "
        "to 41 thousand ha."
    )
    found = _read(body)
    assert found["4,100"][:2] == (D(2017, 1, 1), D(2017, 12, 31))
    assert found["6,300"][:2] == (PUBLISHED, PUBLISHED)
    assert found["11 million tons"][:2] == (D(2017, 1, 1), D(2017, 12, 31))
    assert found["17 million tons"][:2] == (D(2024, 1, 1), D(2024, 12, 31))  # a period of its own stays
    # the next sentence goes on under the same span ("including small plots" divides no figure)
    assert found["30 thousand ha"][:2] == (D(2017, 1, 1), D(2017, 12, 31))
    assert found["41 thousand ha"][:2] == (PUBLISHED, PUBLISHED)


def test_from_to_under_a_past_year_keeps_the_year_rule() -> None:
    found = _read("In 2024 the pension rose from 65% to 70% of the subsistence minimum.")
    assert found["70%"][:2] == (D(2024, 1, 1), D(2024, 12, 31))
    assert found["65%"][:2] == (D(2023, 1, 1), D(2023, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # the level a change reached under a span running now is today's
        ("С начала года занятость выросла. Число получателей пособия сократилось с 351 до 340.", "340", (RU_PUBLISHED, RU_PUBLISHED)),
        # under a span already over it stays that span's
        ("За январь-август 2025 года занятость выросла. Число получателей сократилось с 351 до 340.", "340", (D(2025, 1, 1), D(2025, 8, 31))),
    ],
)  # fmt: skip
def test_a_russian_level_reached_under_a_span_running_now_is_today(
    body: str, surface: str, period: tuple
) -> None:
    assert _read(body, published=RU_PUBLISHED, language="ru")[surface][:2] == period


# --- Kinds: a level intended or aimed at is a goal; the means to it a plan ----------------------


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("The region intends to reach 75% gas coverage by 2027.", "75%", "target"),
        (
            "The two cities intend to bring their passenger traffic to 3 million a year.",
            "3 million",
            "target",
        ),
        # the means after the goal is planned
        (
            "This year the ministry intends to lift the share to 55 percent by building 40 substations.",
            "40",
            "plan",
        ),
        # what the money is for
        ("- water: about KZT 500 billion for 3,900 km of pipes, to cut losses to 20%;", "20%", "target"),
        ("- water: about KZT 500 billion for 3,900 km of pipes, to cut losses to 20%;", "3,900 km", "actual"),
        # a plan to raise output stays a plan, as an intention to build something
        ("The company plans to raise output to 12 million tons this year.", "12 million tons", "plan"),
        ("The city intends to build 14 schools next year.", "14", "plan"),
    ],
)
def test_a_level_intended_is_a_goal(body: str, surface: str, kind: str) -> None:
    assert _read(body)[surface][2] == kind


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("In 2025, 14 regional call centres were set up.", "14", "actual"),
        ("Tariffs were set at 12 tenge per kWh for 2026.", "12 tenge", "plan"),
        ("This year 300 buses, 90 trams and 40 trolleybuses are due to arrive.", "300", "plan"),
        ("This year 300 buses, 90 trams and 40 trolleybuses arrived.", "300", "actual"),
    ],
)
def test_set_up_is_done_and_a_list_takes_its_verb_after_an_auxiliary(
    body: str, surface: str, kind: str
) -> None:
    assert _read(body)[surface][2] == kind


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        ("In the five years to 2024, exports of flour rose by 31%.", "31%", (D(2020, 1, 1), D(2024, 12, 31))),
        ("Over the past three years through 2023 the fleet grew by 400 wagons.", "400", (D(2021, 1, 1), D(2023, 12, 31))),
        # a level reached "to" a year with no span before it is no span of years
        ("Exports are to grow to $3 billion by 2027.", "$3 billion", (None, D(2027, 12, 31))),
    ],
)  # fmt: skip
def test_the_years_to_a_year_are_a_span_ending_with_it(body: str, surface: str, period: tuple) -> None:
    assert _read(body)[surface][:2] == period


def test_since_an_undated_event_runs_to_the_report_and_frames_only_its_sentence() -> None:
    body = (
        "So far 2,100 families have been paid 9 billion tenge. Since the mudflow hit, 3,400 homes have been "
        "damaged. Inspectors have checked 2,900 homes."
    )
    found = _read(body)
    assert found["3,400"][:2] == (None, PUBLISHED)
    assert found["2,900"][:2] == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(
    "body",
    [
        "Since the beginning of the year, 3,400 homes have been built.",
        "Since its launch in June 2024, the app has drawn 3,400 users.",
    ],
)
def test_since_a_dated_start_keeps_its_date(body: str) -> None:
    (row,) = _read(body).values()
    assert row[0] is not None


# --- Kazakh parts and months of a year named by an adverb or an adjective ----------------------

KK_PUBLISHED = D(2025, 4, 15)


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        ("Былтыр бірінші тоқсанда 6 мың контейнер жөнелтілді.", "6 мың", (D(2024, 1, 1), D(2024, 3, 31))),
        ("Өткен жылдың алғашқы тоқсанында 2,1 трлн теңгенің шарты жасалды.", "2,1 трлн теңгенің", (D(2024, 1, 1), D(2024, 3, 31))),
        ("Биыл наурызда 12 мың турист келді.", "12 мың", (D(2025, 3, 1), D(2025, 3, 31))),
        # "былтыр" alone is still the whole of last year
        ("Былтыр облысқа 40 мың турист келді.", "40 мың", (D(2024, 1, 1), D(2024, 12, 31))),
        # this year's month compared with last year's: the next sentence's figures are this March's
        (
            "Департамент биылғы наурыздағы бағаны өткен жылғы наурызбен салыстырып, қорытынды шығарды. "
            "Бір жыл ішінде азық-түлік 14,2%-ға қымбаттады.",
            "14,2%-ға",
            (D(2025, 3, 1), D(2025, 3, 31)),
        ),
    ],
)  # fmt: skip
def test_kazakh_part_or_month_of_a_named_year(body: str, surface: str, period: tuple) -> None:
    assert _read(body, published=KK_PUBLISHED, language="kk")[surface][:2] == period


# --- Russian comparison bases: "как и в 2024 году", "превзошел итог прошлого года" -------------


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        ("В четвертом квартале 2025 года безработица составила 4,8% – как и в 2024 году.", "4,8%", (D(2025, 10, 1), D(2025, 12, 31))),
        (
            "За январь-октябрь 2025 года продано 150 тыс. машин. Рынок превзошел итог всего прошлого года на 3%. "
            "За тот же период заводы выпустили 120 тыс. машин.",
            "120 тыс.",
            (D(2025, 1, 1), D(2025, 10, 31)),
        ),
        # a year of its own stays the figure's
        ("В 2024 году безработица составила 4,8%.", "4,8%", (D(2024, 1, 1), D(2024, 12, 31))),
    ],
)  # fmt: skip
def test_russian_bases_of_sameness_and_of_a_beaten_result(body: str, surface: str, period: tuple) -> None:
    assert _read(body, published=D(2026, 3, 1), language="ru")[surface][:2] == period


# --- Russian and Kazakh: a period in another clause with a figure of its own -------------------


@pytest.mark.parametrize(
    ("body", "language", "surface", "period"),
    [
        # a year in a later clause dates that clause's figure, not the one before it
        ("Поголовье достигло 3 млн голов, а после окота 2026 года может превысить 3,5 млн.", "ru", "3 млн", (RU_PUBLISHED, RU_PUBLISHED)),
        ("Поголовье достигло 3 млн голов, а после окота 2026 года может превысить 3,5 млн.", "ru", "3,5 млн.", (D(2026, 1, 1), D(2026, 12, 31))),
        # a present state after a clause dated by a figure of its own is today's
        ("На 2025 год утверждены 35 проектов, еще 12 находятся на рассмотрении.", "ru", "12", (RU_PUBLISHED, RU_PUBLISHED)),
        ("Былтыр облыста 2 100 жаңа науқас тіркелді, ал есепте 9 800 науқас тұр.", "kk", "9 800", (RU_PUBLISHED, RU_PUBLISHED)),
        # what happened there keeps the year
        ("На 2025 год утверждены 35 проектов, еще 12 были отклонены.", "ru", "12", (D(2025, 1, 1), D(2025, 12, 31))),
    ],
)  # fmt: skip
def test_a_period_in_another_clause_with_its_own_figure(
    body: str, language: str, surface: str, period: tuple
) -> None:
    assert _read(body, published=RU_PUBLISHED, language=language)[surface][:2] == period


def test_a_russian_change_before_its_dated_ends_keeps_the_span_before() -> None:
    body = "С 2019 года очередь сократилась на 60% – с 50 тыс. человек в 2019 году до 20 тыс. в 2025-м."
    found = _read(body, published=RU_PUBLISHED, language="ru")
    assert found["60%"][:2] == (D(2019, 1, 1), RU_PUBLISHED)
    assert found["50 тыс."][:2] == (D(2019, 1, 1), D(2019, 12, 31))


@pytest.mark.parametrize(
    ("body", "title", "surface", "period"),
    [
        ("Remote areas will be linked by the close of 2027, 640 villages in all.", "", "640", (None, D(2027, 12, 31))),
        ("About 90% of the villages will be linked by fibre.", "Fibre to reach 99% of villages by end-2027", "90%", (None, D(2027, 12, 31))),
        ("The end-2027 figure is 90% of villages.", "", "90%", (D(2027, 1, 1), D(2027, 12, 31))),
    ],
)  # fmt: skip
def test_the_close_of_a_year_and_end_year_are_deadlines(
    body: str, title: str, surface: str, period: tuple
) -> None:
    assert _read(body, title=title)[surface][:2] == period


@pytest.mark.parametrize(
    ("body", "language", "surface", "row"),
    [
        ("Стратегия развития отрасли на 2025-2035 годы предусматривает рост экспорта до 12 млн тонн.", "ru", "12 млн тонн", (None, D(2035, 12, 31), "target")),
        ("Тұжырымдамаға сәйкес 2029 жылға қарай шығынды 20%-ға дейін азайту көзделген.", "kk", "20%-ға", (None, D(2029, 12, 31), "target")),
        # what a programme schedules to build stays a plan
        ("Программа на 2025-2027 годы предусматривает строительство 40 школ.", "ru", "40", (D(2025, 1, 1), D(2027, 12, 31), "plan")),
    ],
)  # fmt: skip
def test_a_level_a_strategy_sets_is_a_goal(body: str, language: str, surface: str, row: tuple) -> None:
    assert _read(body, published=RU_PUBLISHED, language=language)[surface] == row


def test_a_spread_from_one_value_to_another_is_no_change() -> None:
    found = _read("This year's yields ranged from 11 to 48 centners per hectare.")
    assert found["11"][:2] == found["48 centners per hectare"][:2] == (D(2025, 1, 1), D(2025, 12, 31))
    change = _read("This year the pension rose from 65% to 70% of the subsistence minimum.")
    assert change["65%"][:2] == (D(2024, 1, 1), D(2024, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # the subject of a present perfect, in an article that names no period: the total so far
        ("Some 2,300 households whose homes were flooded have so far received compensation.", "2,300", (PUBLISHED, PUBLISHED)),
        ("About 1,400 volunteers have joined the clean-up.", "1,400", (PUBLISHED, PUBLISHED)),
        # a passive perfect likewise, its subject or its object
        ("Altogether 38 route plans have been drawn up.", "38", (PUBLISHED, PUBLISHED)),
        ("Wheat has been sown on 12 hectares of the test field.", "12 hectares", (PUBLISHED, PUBLISHED)),
        # a past tense or a passive perfect tells nothing of the present
        ("About 1,400 volunteers joined the clean-up.", "1,400", (None, None)),
    ],
)  # fmt: skip
def test_the_subject_of_a_present_perfect_is_the_total_so_far(body: str, surface: str, period: tuple) -> None:
    assert _read(body)[surface][:2] == period


@pytest.mark.parametrize(
    ("body", "surface", "row"),
    [
        # within a span the sentence named: from its start up to the report, done
        ("This year the city intends to buy 300 buses, of which 120 have already been delivered.", "120", (D(2025, 1, 1), PUBLISHED, "actual")),
        ("In 2024 the region found 900 dumps, and 85% have already been cleared.", "85%", (D(2024, 1, 1), D(2024, 12, 31), "actual")),
        # "now" and "still" stay today
        ("In 2024 the region found 900 dumps, and 60 still remain.", "60", (PUBLISHED, PUBLISHED, "actual")),
        # with nothing named before, "already" is today
        ("The city has already bought 120 buses.", "120", (PUBLISHED, PUBLISHED, "actual")),
    ],
)  # fmt: skip
def test_already_within_a_named_span(body: str, surface: str, row: tuple) -> None:
    assert _read(body)[surface] == row
