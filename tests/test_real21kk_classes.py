"""Kazakh kinds, periods and change flags seen wrong on real stored news pages (round real21kk: the
leftovers of real20kk, meat output, houses going up, winter fuel, diesel for farmers, water pipes),
in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. shares in a list each restated as an amount ("12 пайызға, яғни 140 мың тоннаға, ... 3 пайызға
     немесе 60 мың тоннаға өсті") lost the list's verb of change; the amounts keep their own reading.
  2. the capacity of houses whose building goes on at a pace ("80 пәтерлі 40 үйдің құрылысы қарқынды
     жүруде") was read actual; it is planned, the count of houses stands now.
  3. fuel the winter needs ("Биыл қыста ... 60 мың тонна көмір қажет") was dated the whole year; it is
     the heating season's; the part of it delivered by now is how it stands at publication.
  4. fuel provided for ("... 9 мың тонна дизель отыны қарастырылса, оның ішінде ... жеткізіліп, ...
     үлестірілді") was read actual over a span carried from before: plan, and running totals, as
     they stand at publication.
  5. "1 қазанға қарай" (towards a day) was read as that day alone, a year gone by; it is a deadline.
  6. "жеті жыл ішінде", "соңғы алты жылда": the number words six to nine name a term of years too.
  7. a year-to-date tally after a status day within a month ("20 қыркүйектегі жағдай бойынша ...
     Жыл басынан бері") ended the day before it; only a month's first day closes the day before.
"""

from __future__ import annotations

from datetime import date

from etl.extract.indicators import Indicator, extract_indicators

P = date(2024, 9, 24)


def _all(text: str, published: date = P, title: str = "") -> list[Indicator]:
    return extract_indicators(text, published, title=title, language="kk")


def _find(text: str, surface: str, published: date = P, title: str = "") -> Indicator:
    found = [i for i in _all(text, published, title) if i.surface == surface]
    assert found, f"no figure written {surface!r}"
    return found[0]


def _span(i: Indicator) -> tuple[date | None, date | None]:
    return i.period_start, i.period_end


# 1. shares restated as amounts in a list of change


def test_shares_restated_as_amounts_share_the_lists_verb_of_change() -> None:
    text = (
        "Балық өндірісі 12 пайызға, яғни 140 мың тоннаға, құс еті 7 пайызға немесе 310,5 мың тоннаға, "
        "қаз еті 2,5 пайызға – 41 мың тоннаға, үйрек еті – 3 пайызға немесе 60 мың тоннаға өсті."
    )
    for share in ("12 пайызға", "7 пайызға", "2,5 пайызға", "3 пайызға"):
        assert _find(text, share).is_change, share
    # the amounts keep the reading they had: the level (or the tonnes the verb right after tells)
    for amount in ("140 мың тоннаға", "310,5 мың тоннаға", "41 мың тоннаға"):
        assert not _find(text, amount).is_change, amount


def test_a_list_of_shares_with_no_amounts_keeps_its_change() -> None:
    text = "Бидай 4 пайызға, арпа 6 пайызға, сұлы 8,5 пайызға қымбаттады."
    assert all(_find(text, s).is_change for s in ("4 пайызға", "6 пайызға", "8,5 пайызға"))


def test_a_share_restated_as_a_level_with_no_verb_of_change_is_no_change() -> None:
    text = "Жоспар 64 пайызға, яғни 120 мың шаршы метрге орындалды."
    assert not _find(text, "120 мың шаршы метрге").is_change


# 2. houses whose building goes on at a pace


def test_the_flats_of_houses_going_up_at_a_pace_are_planned() -> None:
    text = "Қазіргі таңда 80 пәтерлі 40 үйдің құрылысы қарқынды жүруде."
    flats, houses = _find(text, "80"), _find(text, "40")
    assert flats.kind == "plan"
    assert (houses.kind, _span(houses)) == ("actual", (P, P))


def test_the_flats_of_houses_whose_building_goes_on_briskly_are_planned() -> None:
    text = "Ауданда 120 пәтерлі 6 көпқабатты үйдің құрылысы жедел жүргізілуде."
    assert _find(text, "120").kind == "plan"


def test_the_flats_of_houses_built_stay_actual() -> None:
    text = "Өткен жылы 80 пәтерлі 40 үйдің құрылысы қарқынды жүріп, аяқталды."
    assert _find(text, "80").kind == "actual"


# 3. what the winter needs


def test_the_fuel_a_winter_needs_is_the_heating_seasons() -> None:
    text = "Биыл қыста ауданға 60 мың тонна көмір қажет болса, оның 55 пайыздан астамы жеткізілді."
    need, delivered = _find(text, "60 мың тонна"), _find(text, "55 пайыздан")
    assert (need.kind, _span(need)) == ("plan", (date(2024, 10, 1), date(2025, 4, 30)))
    assert (delivered.kind, _span(delivered)) == ("actual", (P, P))


def test_the_winters_need_told_without_this_year_is_the_heating_seasons() -> None:
    text = "Мамандардың есебінше, елді мекенге қыста 4 мың 200 тонна отын қажет."
    assert _span(_find(text, "4 мың 200 тонна")) == (date(2024, 10, 1), date(2025, 4, 30))


def test_the_part_delivered_of_the_coming_heating_seasons_need_stands_now() -> None:
    text = "Алдағы жылыту маусымына 90 мың тонна көмір қажет болса, оның 62 пайызы жеткізілді."
    delivered = _find(text, "62 пайызы")
    assert (delivered.kind, _span(delivered)) == ("actual", (P, P))


def test_a_winter_with_no_fuel_needed_is_no_heating_season() -> None:
    text = "Биыл қыста облыста 14 жаңа қазандық іске қосылды."
    assert _span(_find(text, "14")) != (date(2024, 10, 1), date(2025, 4, 30))


# 4. fuel provided for, and the parts delivered


def test_fuel_provided_for_is_plan_and_its_parts_done_stand_now() -> None:
    text = (
        "Қаңтар-тамызда өңдеу өнеркәсібінің өнімі 320 млрд теңге болды. Сонымен қатар фермерлерге 9 мың "
        "тонна арзан дизель отыны қарастырылса, оның ішінде облысқа 7,2 мың тоннасы жеткізіліп, 5,1 мың "
        "тоннасы таратылды."
    )
    provided = _find(text, "9 мың тонна")
    assert (provided.kind, _span(provided)) == ("plan", (P, P))
    for part in ("7,2 мың тоннасы", "5,1 мың тоннасы"):
        assert (_find(text, part).kind, _span(_find(text, part))) == ("actual", (P, P)), part
    assert _span(_find(text, "320 млрд теңге")) == (date(2024, 1, 1), date(2024, 8, 31))


def test_a_plan_envisaged_for_a_year_gone_by_keeps_its_year_and_its_done_part() -> None:
    text = "2023 жылы 150 үй салу көзделсе, оның 138-і салынды."
    planned, built = _find(text, "150"), _find(text, "138-і")
    year = (date(2023, 1, 1), date(2023, 12, 31))
    assert (planned.kind, _span(planned)) == ("plan", year)
    assert (built.kind, _span(built)) == ("actual", year)


# 5. towards a day


def test_towards_a_day_is_a_deadline() -> None:
    text = "Ауылға 1 қазанға қарай 640 абонент қосылады."
    assert _span(_find(text, "640", date(2024, 7, 21))) == (None, date(2024, 10, 1))


def test_a_headlines_towards_a_day_is_carried_as_a_deadline() -> None:
    text = "Жұмыс сәтті аяқталған жағдайда, ауыз суды 640 абонент алады."
    found = _find(text, "640", date(2024, 7, 21), title="1 қазанға қарай ауылға ауыз су жеткізіледі")
    assert _span(found) == (None, date(2024, 10, 1))


def test_by_a_day_stays_a_deadline() -> None:
    text = "1 қазанға дейін 640 абонент ауыз су алады."
    assert _span(_find(text, "640", date(2024, 7, 21))) == (None, date(2024, 10, 1))


# 6. six to nine years


def test_the_last_six_years_roll_up_to_publication() -> None:
    text = "Соңғы алты жылда облыста 95 мектеп салынды."
    assert _span(_find(text, "95")) == (date(2018, 9, 24), P)


def test_the_next_seven_years_roll_on_from_publication() -> None:
    text = "Алдағы жеті жыл ішінде 300 шақырым жол жөнделеді."
    assert _span(_find(text, "300 шақырым")) == (P, date(2031, 9, 24))


def test_seven_years_after_the_seven_years_named_are_those_years() -> None:
    text = (
        "2018-2024 жылдары облыста жыл сайын мектеп салынды. Жеті жылда барлығы 112 мектеп пайдалануға "
        "берілді."
    )
    assert _span(_find(text, "112")) == (date(2018, 1, 1), date(2024, 12, 31))


# 7. a year-to-date tally after a status day


def test_a_year_to_date_tally_after_a_status_day_runs_to_that_day() -> None:
    text = (
        "Облыста 18 қыркүйектегі жағдай бойынша 420 мың гектар бидай орылды. Жыл басынан бері "
        "шаруаларға 9 млрд теңге субсидия төленді."
    )
    assert _span(_find(text, "9 млрд теңге")) == (date(2024, 1, 1), date(2024, 9, 18))


def test_a_year_to_date_tally_after_a_months_first_day_ends_the_day_before() -> None:
    text = (
        "1 қыркүйектегі жағдай бойынша облыста 400 мың бас ірі қара бар. Жыл басынан бері 12 млрд "
        "теңге субсидия төленді."
    )
    assert _span(_find(text, "12 млрд теңге")) == (date(2024, 1, 1), date(2024, 8, 31))
