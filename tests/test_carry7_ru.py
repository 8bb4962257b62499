"""Russian carrying mechanisms ported from the English reader (carry7). Our own sentences, labelled
by tests/realworld/FORMAT.md before the extractor was run on them; each mechanism keeps
look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators


def _read(body: str, published: date, title: str = "") -> dict[str, tuple[date | None, date | None, str]]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="ru")
    }


# --- a change worded "за год" beside a stock at a day: the twelve months up to that day -------------


@pytest.mark.parametrize(
    ("body", "change", "span"),
    [
        (
            "По состоянию на 1 июля 2024 года кредитный портфель банков достиг 31 трлн тенге, "
            "увеличившись за год на 14,2%.",
            "14,2%",
            (date(2023, 7, 1), date(2024, 6, 30)),
        ),
        (
            "На 1 января 2023 года в области проживали 912 тыс. человек. За год население выросло на 6,4 тыс.",
            "6,4 тыс.",
            (date(2022, 1, 1), date(2022, 12, 31)),
        ),
        # a stock's day counts at its start, as "as of 1 April" -> to 31 March (FORMAT.md): a blind set's
        # "на 9 апреля ... за год" is labelled to 8 April, and +fs33ru2 reads every day so
        (
            "На 20 мая 2024 года поголовье овец составило 3,1 млн, прирост за год составил 2,7%.",
            "2,7%",
            (date(2023, 5, 20), date(2024, 5, 19)),
        ),
    ],
)
def test_a_change_over_the_year_beside_a_stock_day_covers_the_twelve_months_to_it(
    body: str, change: str, span: tuple[date, date]
) -> None:
    assert _read(body, date(2024, 8, 2))[change][:2] == span


@pytest.mark.parametrize(
    ("body", "change", "span"),
    [
        # worded as a comparison, not a span: the level's day (FORMAT.md)
        (
            "По состоянию на 1 июля 2024 года кредитный портфель банков достиг 31 трлн тенге, что на 14,2% "
            "больше, чем годом ранее.",
            "14,2%",
            (date(2024, 7, 1), date(2024, 7, 1)),
        ),
        (
            "По состоянию на 1 июля 2024 года кредитный портфель банков достиг 31 трлн тенге. "
            "В годовом выражении он вырос на 14,2%.",
            "14,2%",
            (date(2024, 7, 1), date(2024, 7, 1)),
        ),
        # beside a month's level: that month
        (
            "В июне 2024 года аренда жилья подорожала на 0,8%, а за год – на 11,5%.",
            "11,5%",
            (date(2024, 6, 1), date(2024, 6, 30)),
        ),
        # in an article about a calendar year: that year
        (
            "По итогам 2023 года в регионе ввели 1,1 млн кв. м жилья. За год объем ввода вырос на 9%.",
            "9%",
            (date(2023, 1, 1), date(2023, 12, 31)),
        ),
    ],
)
def test_a_year_worded_as_a_comparison_or_beside_a_span_keeps_its_reading(
    body: str, change: str, span: tuple[date, date]
) -> None:
    assert _read(body, date(2024, 8, 2))[change][:2] == span


# --- a present verb in a later paragraph than the running span it would carry: the present -------


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        (
            "В этом году в городе обновили 9 км тротуаров.\nК единому стилю приводят 31 вывеску.",
            "31",
        ),
        ("С начала года в области привили 18 тыс. детей.\nВакцину хранят 64 холодильные камеры.", "64"),
    ],
)
def test_a_present_verb_in_a_later_paragraph_than_a_running_span_is_the_state_now(
    body: str, figure: str
) -> None:
    published = date(2025, 10, 20)
    assert _read(body, published)[figure][:2] == (published, published)


@pytest.mark.parametrize(
    ("body", "figure", "span"),
    [
        # in the paragraph that named the running year: works under way are the year's programme
        (
            "В этом году в городе обновили 9 км тротуаров. К единому стилю приводят 31 вывеску.",
            "31",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
        (
            "С начала года в области привили 18 тыс. детей. Вакцину хранят 64 холодильные камеры.",
            "64",
            (date(2025, 1, 1), date(2025, 10, 20)),
        ),
        # a report's copula ("составляет", "приходится") carries a span already over in any paragraph
        (
            "В 2024 году в области привили 18 тыс. детей.\nНа сельские районы приходится 7,2 тыс. прививок.",
            "7,2 тыс.",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # a rate of change is measured over the span in scope
        (
            "С начала года в области привили 18 тыс. детей.\nОхват прививками растет на 4% в год.",
            "4%",
            (date(2025, 1, 1), date(2025, 10, 20)),
        ),
        # a part of the total just given is counted with it
        (
            "С начала года в области привили 18 тыс. детей.\nИз них 5 тыс. живут в селах.",
            "5 тыс.",
            (date(2025, 1, 1), date(2025, 10, 20)),
        ),
    ],
)
def test_a_present_in_the_same_paragraph_or_a_copula_change_or_part_keeps_the_span(
    body: str, figure: str, span: tuple[date, date]
) -> None:
    assert _read(body, date(2025, 10, 20))[figure][:2] == span


# --- an undated plan after the account moved into a span already over: not that span's -----------


@pytest.mark.parametrize(
    ("title", "body", "figure", "span"),
    [
        (
            "",
            "По итогам 2024 года заводы района выпустили продукции на 84 млрд тенге.\nАкимат намерен открыть еще 6 цехов.",
            "6",
            (None, None),
        ),
        (
            "",
            "По итогам 2024 года заводы района выпустили продукции на 84 млрд тенге. Акимат намерен открыть еще 6 цехов.",
            "6",
            (None, None),
        ),
        # the last period still ahead that the article named
        (
            "",
            "В 2026 году в районе планируют ввести 3 школы. В 2024 году построили 2 школы.\n"
            "Также намечено отремонтировать 14 км дорог.",
            "14 км",
            (date(2026, 1, 1), date(2026, 12, 31)),
        ),
        # the headline's period, still ahead
        (
            "В 2026 году в районе откроют 5 школ",
            "В 2024 году в районе построили 2 школы.\nТакже планируется открыть 3 детских сада.",
            "3",
            (date(2026, 1, 1), date(2026, 12, 31)),
        ),
    ],
)
def test_an_undated_plan_after_a_span_already_over_is_not_that_spans(
    title: str, body: str, figure: str, span: tuple[date | None, date | None]
) -> None:
    read = _read(body, date(2025, 10, 20), title)
    assert read[figure][2] == "plan"
    assert read[figure][:2] == span


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        # a plan told in the past was that span's plan
        ("В 2024 году в районе построили 2 школы. Планировалось построить 4 школы.", "4"),
        ("В 2024 году в районе построили 2 школы. Еще 3 школы должны были сдать, но сроки сорвали.", "3"),
        # a plan beside the span's outcome in its sentence
        (
            "В 2024 году на ремонт дорог потратили 5 млрд тенге, при этом план составлял 6 млрд тенге.",
            "6 млрд тенге",
        ),
        # an estimate of the span just over
        (
            "По итогам 2024 года заводы района выпустили продукции на 84 млрд тенге.\nПо оценке акимата, инвестиции составят 20 млрд тенге.",
            "20 млрд тенге",
        ),
    ],
)
def test_a_plan_told_in_the_past_beside_an_outcome_or_an_estimate_keeps_the_span(
    body: str, figure: str
) -> None:
    assert _read(body, date(2025, 10, 20))[figure][:2] == (date(2024, 1, 1), date(2024, 12, 31))


# --- after a look back, what stands done in a later paragraph is the report's span again ----------

_REPORT = "За январь–июнь 2025 года в районе засеяли 410 тыс. га.\nВ 2022 году посевы занимали 360 тыс. га."


@pytest.mark.parametrize(
    ("after", "span"),
    [
        # the Russian perfect (a short participle) in a new paragraph: the report's half year
        ("\nОбработано гербицидами 12 тыс. га.", (date(2025, 1, 1), date(2025, 6, 30))),
        # in the look back's own paragraph it goes on with that year
        (" Обработано гербицидами 12 тыс. га.", (date(2022, 1, 1), date(2022, 12, 31))),
        # a past tense after "тогда же" is told at the time looked back on
        ("\nТогда же гербицидами обработали 12 тыс. га.", (date(2022, 1, 1), date(2022, 12, 31))),
    ],
)
def test_a_done_figure_after_a_look_back_returns_to_the_report_only_in_a_new_paragraph(
    after: str, span: tuple[date, date]
) -> None:
    assert _read(_REPORT + after, date(2025, 7, 15))["12 тыс. га"][:2] == span


# --- a share of what a span running to the report counted is that span's --------------------------

_LOANS = "С начала года банки выдали 86 тыс. ипотечных займов."


@pytest.mark.parametrize(
    "after",
    [
        " На Астану приходится 41% всех выданных займов.",
        "\nНа Астану приходится 41% всех выданных займов.",
        "\nДоля займов на вторичное жилье составляет 41% от общего числа оформленных.",
        "\nНа Астану приходится 41% выданных займов.",
    ],
)
def test_a_share_of_what_the_running_span_counted_is_that_spans(after: str) -> None:
    assert _read(_LOANS + after, date(2025, 10, 20))["41%"][:2] == (date(2025, 1, 1), date(2025, 10, 20))


@pytest.mark.parametrize(
    "after",
    [
        # a standing share of a stock or a market, no deed counted: how things stand now
        "\nНа Астану приходится 41% ипотечного портфеля страны.",
        "\nНа долю отечественных банков приходится 41% рынка.",
        "\nДоля государственного жилья в городе составляет 41%.",
    ],
)
def test_a_standing_share_keeps_the_present(after: str) -> None:
    published = date(2025, 10, 20)
    assert _read(_LOANS + after, published)["41%"][:2] == (published, published)


# --- a change told beside a present level as its comparison takes that level's date ----------------

_FIRMS = "С начала года в области зарегистрировали 4 тыс. новых предприятий.\n"


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Всего в регионе действуют 22,6 тыс. компаний, что на 5,6% больше, чем годом ранее.", "5,6%"),
        (
            "Всего в регионе работают 22,6 тыс. малых компаний – это на 1,2 тыс. больше, чем в 2024 году.",
            "1,2 тыс.",
        ),
    ],
)
def test_a_change_compared_beside_a_present_level_is_dated_with_it(sentence: str, change: str) -> None:
    published = date(2025, 10, 20)
    read = _read(_FIRMS + sentence, published)
    assert read["22,6 тыс."][:2] == (published, published)
    assert read[change][:2] == (published, published)


def test_a_change_compared_beside_a_level_of_the_span_keeps_the_span() -> None:
    body = _FIRMS + "Из них 1,1 тыс. открыли в Уральске, что на 5,6% больше, чем годом ранее."
    assert _read(body, date(2025, 10, 20))["5,6%"][:2] == (date(2025, 1, 1), date(2025, 10, 20))


# --- a document named with its years, taken up later as the subject of its content ---------------

_PLAN = (
    "Правительство утвердило программу развития сельских дорог на 2024–2028 годы. "
    "В 2025 году на ремонт дорог направили 41 млрд тенге.\n"
)


@pytest.mark.parametrize(
    "sentence",
    ["Программа предусматривает ремонт 9 тыс. км дорог.", "Документ предусматривает ремонт 9 тыс. км дорог."],
)
def test_a_document_taken_up_lends_its_years(sentence: str) -> None:
    assert _read(_PLAN + sentence, date(2025, 10, 20))["9 тыс. км"][:2] == (
        date(2024, 1, 1),
        date(2028, 12, 31),
    )


@pytest.mark.parametrize(
    ("body", "span"),
    [
        # the sentence's own year
        (
            _PLAN + "В 2026 году программа предусматривает ремонт 9 тыс. км дорог.",
            (date(2026, 1, 1), date(2026, 12, 31)),
        ),
        # "по программе": an adverbial, not the document laying out its content
        (
            _PLAN + "По программе в этом году отремонтируют 9 тыс. км дорог.",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
        # a document never named with years
        (
            "В 2025 году на ремонт дорог направили 41 млрд тенге.\nПлан предусматривает ремонт 9 тыс. км дорог.",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
    ],
)
def test_a_document_with_its_own_year_an_adverbial_or_no_years_named_keeps_its_reading(
    body: str, span: tuple[date, date]
) -> None:
    assert _read(body, date(2025, 10, 20))["9 тыс. км"][:2] == span


# --- "теперь" is the present, as "сейчас" and English "now" ------------------------------------------


def test_now_worded_teper_dates_a_present_rule_at_publication() -> None:
    body = "С начала года жилищную помощь получили 421 семья.\nТеперь учитывается не вся площадь, а только жилая: 18 кв. м на человека."
    published = date(2025, 11, 4)
    read = _read(body, published)
    assert read["421"][:2] == (date(2025, 1, 1), published)
    assert read["18 кв. м"][:2] == (published, published)


def test_a_figure_with_its_own_year_beside_teper_keeps_its_year() -> None:
    body = "Теперь в районе 41 школа, из них 3 построили в 2024 году."
    assert _read(body, date(2025, 11, 4))["3"][:2] == (date(2024, 1, 1), date(2024, 12, 31))


# --- the span of an aside in a relative clause dates that clause only ------------------------------

_NETS = "За девять месяцев 2025 года в области отремонтировали 140 км тепловых сетей. "


@pytest.mark.parametrize(
    "aside",
    [
        "Работы шли и на участке, где в 2023 году случилось 40 аварий. ",
        "Начали с района, в котором в 2023 году случилось 40 аварий. ",
    ],
)
def test_a_relative_clauses_year_does_not_date_the_sentences_after_it(aside: str) -> None:
    read = _read(_NETS + aside + "Заменили 12 котлов.", date(2025, 10, 20))
    assert read["40"][:2] == (date(2023, 1, 1), date(2023, 12, 31))
    assert read["12"][:2] == (date(2025, 1, 1), date(2025, 9, 30))


def test_a_year_opening_a_sentence_still_sets_the_scene() -> None:
    read = _read(_NETS + "В 2023 году в районе случилось 40 аварий. Заменили 12 котлов.", date(2025, 10, 20))
    assert read["12"][:2] == (date(2023, 1, 1), date(2023, 12, 31))


# --- "за это время": the span just named, as "за этот период" ----------------------------------------


@pytest.mark.parametrize(
    ("lead", "span"),
    [
        # a rolling span up to the report, which sets no scene of its own
        (
            "За последние два года в районе проложили 80 км водопровода.",
            (date(2023, 10, 20), date(2025, 10, 20)),
        ),
        (
            "За девять месяцев 2025 года в районе проложили 80 км водопровода.",
            (date(2025, 1, 1), date(2025, 9, 30)),
        ),
    ],
)
def test_over_that_time_is_the_span_just_named(lead: str, span: tuple[date, date]) -> None:
    body = lead + " За это время к воде подключили 31 село."
    assert _read(body, date(2025, 10, 20))["31"][:2] == span


def test_a_present_state_without_that_time_keeps_the_present() -> None:
    body = "За последние два года в районе проложили 80 км водопровода. Сейчас водой обеспечены 31 село."
    published = date(2025, 10, 20)
    assert _read(body, published)["31"][:2] == (published, published)
