"""Russian classes the blind set d29 showed (period7). Our own sentences, labelled by
tests/realworld/FORMAT.md before the extractor was run on them; each class keeps look-alikes that
must not move."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators


def _read(body: str, published: date, title: str = "") -> dict[str, tuple[date | None, date | None, str]]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="ru")
    }


# --- "больше прошлогоднего показателя, который составлял X": the base's own value -----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Это на 4,1% больше прошлогоднего показателя, который составлял 12,3 тыс. тонн.",
        "Это на 4,1% выше прошлогоднего уровня в 12,3 тыс. тонн.",
    ],
)
def test_a_base_told_after_last_years_level_is_that_span_a_year_before(sentence: str) -> None:
    body = "За январь–июнь 2024 года в стране произвели 12,8 тыс. тонн сыра. " + sentence
    read = _read(body, date(2024, 7, 20))
    assert read["12,3 тыс. тонн"][:2] == (date(2023, 1, 1), date(2023, 6, 30))
    assert read["4,1%"][:2] == (date(2024, 1, 1), date(2024, 6, 30))


def test_a_level_told_after_this_years_plan_keeps_the_scope() -> None:
    body = (
        "За январь–июнь 2024 года в стране произвели 12,8 тыс. тонн сыра. "
        "Экспорт составил 1,2 тыс. тонн, в том числе в Россию — 0,9 тыс. тонн."
    )
    assert _read(body, date(2024, 7, 20))["0,9 тыс. тонн"][:2] == (date(2024, 1, 1), date(2024, 6, 30))


# --- "Сейчас ... . Больше всего таких ... – N": a verbless sentence on the things just named ------


def test_a_verbless_sentence_after_now_goes_on_in_the_present() -> None:
    body = (
        "На 1 октября 2024 года пособие получали 2 140 семей. "
        "Сейчас в 14 поселках района нет ни одной очереди на жилье. "
        "Больше всего таких поселков в Жанибекском округе – 6."
    )
    assert _read(body, date(2024, 10, 25))["6"][:2] == (date(2024, 10, 25), date(2024, 10, 25))


def test_a_verbless_sentence_after_a_dated_one_keeps_its_date() -> None:
    body = (
        "На 1 октября 2024 года пособие получали 2 140 семей. "
        "Больше всего таких семей в Жанибекском округе – 610."
    )
    assert _read(body, date(2024, 10, 25))["610"][:2] == (date(2024, 10, 1), date(2024, 10, 1))


# --- "В них проживают N", "Среди них N": who is in the total just counted is counted with it -----


@pytest.mark.parametrize(
    "sentence",
    [
        "В них проживают 9 870 человек.",
        "Среди них числятся 9 870 человек.",
    ],
)
def test_who_is_in_the_total_just_counted_is_counted_with_it(sentence: str) -> None:
    body = "В третьем квартале 2024 года в районе насчитывалось 2 310 многодетных семей. " + sentence
    assert _read(body, date(2024, 12, 3))["9 870"][:2] == (date(2024, 7, 1), date(2024, 9, 30))


def test_a_present_state_not_tied_to_the_total_stays_at_publication() -> None:
    body = (
        "В третьем квартале 2024 года в районе насчитывалось 2 310 многодетных семей. "
        "В районе проживают 61 400 человек."
    )
    assert _read(body, date(2024, 12, 3))["61 400"][:2] == (date(2024, 12, 3), date(2024, 12, 3))


# --- "проект оценивается в X тенге": what works are estimated to cost is planned spending ---------


@pytest.mark.parametrize(
    "sentence",
    [
        "Во дворе на улице Абая заменят трубы, проект оценивается в 41,2 млн тенге.",
        "Реконструкция стадиона оценивается в 41,2 млн тенге.",
    ],
)
def test_the_estimated_cost_of_works_is_a_plan(sentence: str) -> None:
    body = "В 2025 году в Таразе планируют благоустроить 30 дворов. " + sentence
    assert _read(body, date(2025, 3, 11))["41,2 млн тенге"][2] == "plan"


def test_an_estimate_of_a_stock_is_no_plan() -> None:
    body = "Запасы меди в месторождении оцениваются в 1,2 млн тонн."
    assert _read(body, date(2025, 3, 11))["1,2 млн тонн"][2] != "plan"


# --- "впервые с момента постройки": a record's yardstick with no date dates nothing --------------


def test_first_time_since_an_undated_event_is_no_period() -> None:
    body = (
        "В 2025 году в Таразе планируют благоустроить 30 дворов. "
        "В доме на улице Толе би кровлю заменят впервые с момента постройки, на это выделят 18,4 млн тенге."
    )
    assert _read(body, date(2025, 3, 11))["18,4 млн тенге"][:2] == (date(2025, 1, 1), date(2025, 12, 31))


def test_since_an_undated_event_still_runs_to_publication() -> None:
    body = "С момента запуска программы выдано 520 кредитов."
    assert _read(body, date(2025, 3, 11))["520"][:2] == (None, date(2025, 3, 11))


# --- a plan's years still running, carried into a later paragraph, do not date what is done ------


def test_what_is_done_in_a_later_paragraph_is_not_dated_by_a_plans_years() -> None:
    body = (
        "На 2024–2026 годы в области запланированы 9 проектов стоимостью 12 млрд тенге.\n"
        "Для гостей заработал новый портал, на котором размещено более 140 маршрутов."
    )
    assert _read(body, date(2025, 2, 10))["140"][:2] == (date(2025, 2, 10), date(2025, 2, 10))


def test_the_plans_own_paragraph_keeps_its_years() -> None:
    body = (
        "На 2024–2026 годы в области запланированы 9 проектов стоимостью 12 млрд тенге. "
        "По ним будет создано 600 рабочих мест."
    )
    assert _read(body, date(2025, 2, 10))["600"][:2] == (date(2024, 1, 1), date(2026, 12, 31))


# --- "могут попасть к врачу": a service or right open now, no outlook ----------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Теперь около 24 тысяч сельчан могут обратиться к кардиологу у себя в районе.", "24 тысяч"),
        ("Выплату в 150 тыс. тенге семья может использовать на ремонт жилья.", "150 тыс. тенге"),
    ],
)
def test_what_people_can_use_now_is_a_present_state(sentence: str, surface: str) -> None:
    body = "В 2024 году в районе открыли три новых медпункта. " + sentence
    read = _read(body, date(2024, 11, 5))
    assert read[surface] == (date(2024, 11, 5), date(2024, 11, 5), "actual")


def test_what_may_grow_stays_an_outlook() -> None:
    body = "В 2024 году в районе открыли три новых медпункта. К 2026 году их число может вырасти до 12."
    assert _read(body, date(2024, 11, 5))["12"][2] == "forecast"
