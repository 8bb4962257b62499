"""Defect classes seen on real stored news pages (round real10), in sentences of our own.

Labelled by tests/realworld/FORMAT.md (published Friday 21 November 2025):
  1. a dash list of parts, "label – figure, label – figure": each member's label before its dash
     is its item (not the first member's, not the sentence's opening words), in Russian, Kazakh
     and English; a label that only changes a word of the member before it stands in for that word.
  2. (Kazakh) a locative verbal noun right before such a dash ("өңдеуде – 103,2%") is a label, not
     a present-continuous predicate: the member keeps the span of the report like its neighbours.
  3. a pronoun or the speaker is never an item: "He noted the city saved 12 billion tenge" counts
     the saving.
  4. a comparison's base value told after its year with "with" ("three times more against 2020
     with 15 billion") is that year's level, not the report's.
  5. money "received in the budget from X" is budget revenue from X; "of which N came from Y" is
     the same revenue from Y.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2025, 11, 21)
TEN_MONTHS = (date(2025, 1, 1), date(2025, 10, 31))


def _by_surface(text: str, surface: str, title: str = "") -> Indicator:
    found = [i for i in extract_indicators(text, P, title=title) if i.surface == surface]
    assert found, f"no figure {surface!r} in {[i.surface for i in extract_indicators(text, P, title=title)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (
            "За январь–октябрь 2025 года индекс выпуска в регионе составил 103,1%. В том числе в "
            "переработке зерна – 105,4%, кондитерских изделий – 99,2%, выпуске кирпича – 110,7%.",
            "99,2%",
            "кондитерских изделий",
        ),
        (
            "За январь–октябрь 2025 года индекс выпуска в регионе составил 103,1%. В том числе в "
            "переработке зерна – 105,4%, кондитерских изделий – 99,2%, выпуске кирпича – 110,7%.",
            "105,4%",
            "в переработке зерна",
        ),
        (
            "За январь–октябрь 2025 года индекс выпуска в регионе составил 103,1%. В том числе в "
            "переработке зерна – 105,4%, кондитерских изделий – 99,2%, выпуске кирпича – 110,7%.",
            "110,7%",
            "выпуске кирпича",
        ),
        (
            "Средний заработок в Павлодарской области – 410 тыс. тенге, в Костанайской – 355 тыс. тенге.",
            "355 тыс. тенге",
            "Средний заработок в Костанайской области",
        ),
        (
            "2025 жылғы он айда облыстағы өндіріс индексі 103,1% болды. Оның ішінде астық өңдеуде – "
            "105,4%, кондитер өнімдері – 99,2%, кірпіш шығару – 110,7%.",
            "99,2%",
            "кондитер өнімдері",
        ),
        (
            "2025 жылғы он айда облыстағы өндіріс индексі 103,1% болды. Оның ішінде астық өңдеуде – "
            "105,4%, кондитер өнімдері – 99,2%, кірпіш шығару – 110,7%.",
            "110,7%",
            "кірпіш шығару",
        ),
        (
            "In January-October 2025 the region's output index stood at 103.1%. Grain processing – "
            "105.4%, confectionery – 99.2%, brick making – 110.7%.",
            "99.2%",
            "confectionery",
        ),
        (
            "In January-October 2025 the region's output index stood at 103.1%. Grain processing – "
            "105.4%, confectionery – 99.2%, brick making – 110.7%.",
            "110.7%",
            "brick making",
        ),
    ],
)
def test_dash_list_member_takes_its_own_label(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface).item == item


@pytest.mark.parametrize(
    "surface",
    ["105,4%", "99,2%", "110,7%"],
)
def test_kazakh_locative_label_before_dash_is_no_present_predicate(surface: str) -> None:
    text = (
        "2025 жылғы он айда облыстағы өндіріс индексі 103,1% болды. Оның ішінде астық өңдеуде – "
        "105,4%, кондитер өнімдері – 99,2%, кірпіш шығару – 110,7%."
    )
    found = _by_surface(text, surface)
    assert (found.period_start, found.period_end) == TEN_MONTHS


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (
            "He noted the city saved 12 billion tenge thanks to electronic tenders.",
            "12 billion tenge",
            "city savings",
        ),
        (
            "She stressed the district saved 3.5 billion tenge on fuel purchases.",
            "3.5 billion tenge",
            "district savings on fuel purchases",
        ),
        (
            "He said they spent 9 billion tenge on rural clinics.",
            "9 billion tenge",
            "spending on rural clinics",
        ),
    ],
)
def test_speaker_or_pronoun_is_never_the_item(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface).item == item


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (
            "This year the fund collected 60 billion tenge, three times more against 2020 with 20 billion tenge.",
            "20 billion tenge",
            (date(2020, 1, 1), date(2020, 12, 31)),
        ),
        (
            "This year the fund collected 60 billion tenge, three times more against 2020 with 20 billion tenge.",
            "60 billion tenge",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
        (
            "This year exports reached 8 billion dollars, twice as much as in 2018 with 4 billion dollars.",
            "4 billion dollars",
            (date(2018, 1, 1), date(2018, 12, 31)),
        ),
    ],
)
def test_base_value_after_its_year_with_with_takes_that_year(
    text: str, surface: str, period: tuple[date, date]
) -> None:
    found = _by_surface(text, surface)
    assert (found.period_start, found.period_end) == period


@pytest.mark.parametrize(
    ("surface", "item"),
    [
        ("31 billion tenge", "budget revenue from parking fees"),
        ("6 billion", "budget revenue from tourist buses"),
    ],
)
def test_money_received_in_the_budget_is_named_by_its_source(surface: str, item: str) -> None:
    text = (
        "Last year, 31 billion tenge was received in the budget from parking fees, of which "
        "6 billion came from tourist buses."
    )
    assert _by_surface(text, surface).item == item


# Found on further real pages (same round), in sentences of our own:
#   6. a dash member after a conjunction ("... – 99,2% және шыны өнеркәсібі – 103%") or after a
#      connective opening a later clause ("..., из них в областной бюджет – 20 млрд") is labelled
#      by its own words; a verb of noting inside a label ("Рост отмечается в торговле – 104%") goes.
#   7. "по результатам N месяцев" is a span like "по итогам N месяцев".
#   8. money told as the subject of a passive of giving ("20 billion tenge was allocated from the
#      national budget for the purchase of flats") is named by what it is for, not inherited from
#      the figure before; a deed "administrations disbursed 5 billion" names the disbursement.
#   9. a scaled list member with no unit after members with one ("3.1 thousand tons to Georgia,
#      and 840 thousand to Iran") takes their unit.


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (
            "Оның ішінде тамақ өнеркәсібі – 99,2% және шыны өнеркәсібі – 103%.",
            "103%",
            "шыны өнеркәсібі",
        ),
        (
            "В бюджет поступило 80 млрд тенге налогов, из них в областной бюджет – 20 млрд, в районные – 9 млрд тенге.",
            "20 млрд",
            "в областной бюджет налогов",
        ),
        (
            "За полугодие 2025 года рост отмечается в торговле – 104,2%, в строительстве – 98,7%.",
            "104,2%",
            "рост в торговле",
        ),
    ],
)
def test_dash_member_after_conjunction_or_connective_keeps_its_own_label(
    text: str, surface: str, item: str
) -> None:
    assert _by_surface(text, surface).item == item


def test_po_rezultatam_months_is_a_span() -> None:
    found = _by_surface("По результатам 10 месяцев выпуск цемента вырос на 7,4%.", "7,4%")
    assert (found.period_start, found.period_end) == (date(2025, 1, 1), date(2025, 10, 31))
    assert found.item == "выпуск цемента"


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (
            "Earlier 12 schools were repaired. This year, 20 billion tenge was allocated from the national "
            "budget for the purchase of flats for young teachers.",
            "20 billion tenge",
            "funding for purchase of flats",
        ),
        (
            "The plan for the year is 90 billion tenge. As of 1 October, district administrations disbursed "
            "41 billion tenge.",
            "41 billion tenge",
            "district administrations disbursement",
        ),
    ],
)
def test_money_given_for_something_is_named_by_its_purpose(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface).item == item


def test_scaled_list_member_without_unit_takes_the_members_unit() -> None:
    text = (
        "In the first half of 2025, 1,950 thousand tons of flour were shipped abroad, including 610 thousand "
        "tons to Uzbekistan, 3.1 thousand tons to Georgia, and 840 thousand to Iran."
    )
    found = _by_surface(text, "840 thousand")
    assert (found.value, found.unit) == (840000, "tonne")


# And from a third batch of real pages (same round), in sentences of our own:
#   10. "в 2022 году – 4,8%, в 2023 — 5,2%": the second member's bare year dates it.
#   11. (Kazakh) a participle inside a label is an attribute ("жылжымайтын мүлік – 12 пайыз").
#   12. "42, тіпті, 44 миллиард доллар": the first guess takes the second's scale and unit.
#   13. an opening quotation mark left at an item's start goes; a quoted name keeps its marks.
#   14. (Kazakh) a possessed amount after a dash ("– 5 трлн теңгесі өңдеу саласының") keeps the
#       words after it, not the label before the dash.


def test_bare_year_of_a_dash_member_dates_it() -> None:
    text = "Рост экономики был устойчивым: в 2022 году – 4,8%, в 2023 — 5,2%."
    found = _by_surface(text, "5,2%")
    assert (found.period_start, found.period_end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_kazakh_participle_inside_a_label_is_an_attribute() -> None:
    text = "Инвестиция өсімі: құрылыс – 1,9 есе, жылжымайтын мүлік операциялары – 12 пайыз."
    assert _by_surface(text, "12 пайыз").item == "жылжымайтын мүлік операциялары"


def test_kazakh_second_guess_gives_the_first_its_scale_and_unit() -> None:
    text = "Жыл қорытындысы бойынша өңір өнімі 42, тіпті, 44 миллиард доллар болады деп күтілуде."
    found = _by_surface(text, "42")
    assert (found.value, found.unit) == (42e9, "USD")


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (
            "«Өңдеу саласының өнімі 2025 жылдың 10 айында 3,1 трлн теңгеге жетті», – деді әкім.",
            "3,1 трлн теңгеге",
            "Өңдеу саласының өнімі",
        ),
        ("In 2024 «Altyn Dala» farm harvested 12 thousand tons of wheat.", "12 thousand tons", "wheat"),
    ],
)
def test_an_opening_quote_is_no_part_of_the_item(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface).item == item


def test_kazakh_possessed_amount_after_a_dash_keeps_its_own_words() -> None:
    text = "Өнімнің жартысынан астамы – 5 трлн теңгесі өңдеу саласының үлесінде."
    assert _by_surface(text, "5 трлн теңгесі").item != "Өнімнің жартысынан астамы"


# A fourth batch (English regional reports), in sentences of our own:
#   15. "attracted 900 billion tenge in investments": the kind of money names it, not the doer.
#   16. "to the tune of" links a sum to what it is worth; "tune" is no item.
#   17. "of which 600 billion tenge were private investments", "and another 2,500 km are rural
#       roads": a part named after its own verb; "of which 40 billion is due in 2026" names none.


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (
            "Over nine months the district attracted 900 billion tenge in investments.",
            "900 billion tenge",
            "investments",
        ),
        (
            "In 2024, 1.1 trillion tenge in investments came to the region, of which 600 billion tenge were "
            "private investments.",
            "600 billion tenge",
            "private investments",
        ),
        ("The minister named 12 projects to the tune of 310 billion tenge.", "310 billion tenge", "projects"),
        (
            "This year 9,000 km of roads will be repaired, of which 6,500 km are national roads and another "
            "2,500 km are rural roads.",
            "2,500 km",
            "rural roads",
        ),
    ],
)
def test_money_and_parts_are_named_by_their_own_words(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface).item == item


def test_a_part_that_is_only_due_keeps_the_whole_item() -> None:
    text = "Funding for rural clinics over 2026-2028 will amount to 120 billion tenge, of which 40 billion is due in 2026."
    assert _by_surface(text, "40 billion").item != "due"


# A fifth batch (housing and harvest reports), in sentences of our own:
#   18. the other order of a dash list, "figure – label" ("Оның ішінде 14,2 мың – жеке үйлер",
#       "including 3.3 million – private houses"): the words after the dash name the figure.
#   19. (Kazakh) a yield written "ц/га" is centners per hectare.
#   20. (Russian) the noun after a figure ends where a period phrase starts ("метров жилья за
#       первые 10 месяцев").


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (
            "Биыл 8 айда 9 400 мың шаршы метр тұрғын үй берілді. Оның ішінде 14,2 мың – жеке үйлер, 0,9 мың – көппәтерлі үйлер.",
            "0,9 мың",
            "көппәтерлі үйлер",
        ),
        (
            "За восемь месяцев сдано 9,4 млн кв. м жилья. В том числе 14,2 тыс. – частные дома, 0,9 тыс. – многоквартирные дома.",
            "14,2 тыс.",
            "частные дома",
        ),
        (
            "In eight months 9.4 million square meters of housing were commissioned, including 3.3 million – private "
            "houses, 0.9 million – apartment blocks.",
            "0.9 million",
            "apartment blocks",
        ),
    ],
)
def test_figure_before_its_dash_is_named_by_the_words_after(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface).item == item


def test_kazakh_short_yield_is_centners_per_hectare() -> None:
    found = _by_surface("Орташа өнімділік 14,2 ц/га бункерлік салмақта болды.", "14,2 ц/га")
    assert found.unit == "centner_per_hectare"


def test_russian_noun_after_a_figure_stops_at_a_period_phrase() -> None:
    text = "В области сдано 510 тысяч квадратных метров жилья за первые 10 месяцев текущего года."
    item = _by_surface(text, "510 тысяч квадратных метров").item
    assert "жилья" in item
    assert "первые" not in item


# A sixth batch (trade, rail and industry reports), in sentences of our own:
#   21. "From January-June 2024, ..." opening its sentence is the span told, not a comparison
#       base ("up from ..."), so the figures get the half year.
#   22. a member told "label (figure)" ("metallurgy (+0.7%)", "Батыс Қазақстан (+37,5%)",
#       "Актобе (12,1%)") is named by the words before its bracket; a comparison before a bracket
#       ("ниже среднего показателя (4,6%)") names nothing.
#   23. "grain transportation within the country" keeps its "within" phrase; "N worth of
#       investments" is investments; ", marking an N% growth" takes the figure before's item.


def test_from_a_span_opening_the_sentence_is_its_period() -> None:
    found = _by_surface(
        "From January-June 2025, the railway carried 64 million tons of cargo.", "64 million tons"
    )
    assert (found.period_start, found.period_end) == (date(2025, 1, 1), date(2025, 6, 30))


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (
            "Growth came from metallurgy (+0.9%), food production (+7.4%) and chemicals (+12.2%).",
            "7.4%",
            "food production",
        ),
        (  # (+items16: a ranking of places names the list's measure beside each place, ranked_places.py)
            "Ең жоғары өсім Абай (+51,2%), Батыс Қазақстан (+37,5%) облыстарында тіркелді.",
            "37,5%",
            "өсім Батыс Қазақстан облысында",
        ),
    ],
)
def test_bracketed_member_is_named_by_the_words_before_its_bracket(
    text: str, surface: str, item: str
) -> None:
    assert _by_surface(text, surface).item == item


def test_bracketed_place_replaces_the_place_before() -> None:
    item = _by_surface("Годовая инфляция выше средней в Актобе (12,1%) и Павлодаре (12,4%).", "12,4%").item
    assert "Павлодаре" in item
    assert "Актобе" not in item


def test_a_comparison_before_a_bracket_names_nothing() -> None:
    text = "Уровень безработицы в районе (4,9%) ниже среднего показателя по стране (5,1%)."
    assert "ниже" not in _by_surface(text, "5,1%").item


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (
            "In 2025 the volume of coal transportation within the country increased by 4%.",
            "4%",
            "volume of coal transportation within the country",
        ),
        (
            "In 2025, 312 billion tenge worth of investments were attracted.",
            "312 billion tenge",
            "investments",
        ),
        (
            "In 2025, 312 billion tenge worth of investments were attracted, marking an 8.2% growth.",
            "8.2%",
            "investments",
        ),
    ],
)
def test_within_worth_of_and_marking(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface).item == item


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        ("Выпуск муки составил 1,2 млн тонн. Из них 300 тыс. – экспорт.", "300 тыс.", "экспорт"),
        (
            "В районе построено 120 домов, из них 45 – в сельской местности.",
            "45",
            "домов в сельской местности",
        ),
    ],
)
def test_part_after_of_them_is_named_by_the_words_after_its_dash(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface).item == item


# A seventh batch (prices and tourism), in sentences of our own:
#   24. (Kazakh) "туристер саны 1,4 млн адамға жетті": the dative counter after a count that
#       reached a level says what is counted; the subject before names it ("... саны").
#   25. (Kazakh) "310-мыңға жуық": a scale glued to the digits by a hyphen is the number's scale.
#   26. (Russian) a bracketed member told subject last ("Подорожали кофе (+2,6%)") is named by the
#       words after the verb.


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        ("Жарты жылда ішкі туристер саны 1,4 млн адамға жетті.", "1,4 млн", "ішкі туристер саны"),
        ("Облыс халқы 1,2 млн адамды құрады.", "1,2 млн", "Облыс халқы"),
    ],
)
def test_kazakh_counter_after_a_count_leaves_the_subject_as_item(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface).item == item


def test_kazakh_hyphen_glued_scale() -> None:
    found = _by_surface("Курорт аймағына 310-мыңға жуық турист барды.", "310-мыңға")
    assert found.value == 310000


def test_russian_bracketed_member_after_its_verb() -> None:
    assert _by_surface("Подорожали кофе (+2,6%) и крупы (+1,5%).", "2,6%").item == "кофе"
