"""Qualifiers of Russian and Kazakh figures: 'до' and 'дейін' are 'up to' as a ceiling ('до 300
участников'), but only 'to' after a verb or noun of reaching a level ('довести до', 'вырастет до',
'рост с 5 до 7', '... дейін жеткізу'), where the figure is the level itself."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 3, 1)


def _qualifiers(sentence: str, language: str) -> dict[str, str | None]:
    return {i.surface: i.qualifier for i in extract_indicators(sentence, PUBLISHED, "", language)}


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Правительство поручило довести объем инвестиций до 40 млрд долларов к 2027 году.",
            "40 млрд долларов",
        ),
        ("Ожидается, что площадь посевов расширится до 120 тысяч гектаров.", "120 тысяч гектаров"),
        ("Уровень озера поднимется до 12 метров после ремонта дамбы.", "12 метров"),
        ("Выпуск продукции в регионе вырастет до 900 тысяч тонн.", "900 тысяч тонн"),
        ("Долю импорта планируют сократить до 30 процентов.", "30 процентов"),
    ],
)
def test_russian_do_after_reaching_a_level_is_not_up_to(sentence: str, surface: str) -> None:
    assert _qualifiers(sentence, "ru")[surface] is None


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("В субботнике примут участие до 300 волонтеров из разных районов.", "300"),
        ("Ставка кредита составит до 6 процентов годовых.", "6 процентов"),
        ("Штраф может достигать не более 50 тысяч тенге.", "50 тысяч тенге"),
    ],
)
def test_russian_do_as_a_ceiling_stays_up_to(sentence: str, surface: str) -> None:
    found = _qualifiers(sentence, "ru")
    assert found[next(s for s in found if s.startswith(surface))] == "up to"


def test_kazakh_deiin_before_a_verb_of_reaching_is_not_up_to() -> None:
    found = _qualifiers("Үкімет экспорт көлемін 2 млрд долларға дейін жеткізуді тапсырды.", "kk")
    assert [q for s, q in found.items() if s.startswith("2 млрд")] == [None]
    ceiling = _qualifiers("Кәсіпкерлерге 5 млн теңгеге дейін несие беріледі.", "kk")
    assert [q for s, q in ceiling.items() if s.startswith("5 млн")] == ["up to"]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Закупки сократились на 12% — с 640 тыс. до 563 тыс. тонн.", "563 тыс. тонн"),
        ("Выработка ветровых станций увеличилась на 40%, до 120 млн кВт·ч.", "120 млн кВт·ч"),
        ("Власти намерены довести охват сельских школ интернетом до 95%.", "95%"),
    ],
)
def test_russian_do_after_a_first_figure_or_a_change_is_not_up_to(sentence: str, surface: str) -> None:
    found = _qualifiers(sentence, "ru")
    assert found[next(s for s in found if s.startswith(surface))] is None


def test_kazakh_deiin_before_a_verb_of_rising_is_not_up_to() -> None:
    found = _qualifiers("Орташа жалақы 300 мың теңгеден 340 мың теңгеге дейін көтерілді.", "kk")
    assert [q for s, q in found.items() if s.startswith("340")] == [None]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a range from one figure (ablative) to the next, with no verb of reaching after "дейін"
        ("Өзбекстанға – 1,8 есеге артып, 12 мың тоннадан 22 мың тоннаға дейін;", "22 мың"),
        ("Жолаушылар саны (4 310-нан 9 875-ке дейін) екі есе көп.", "9 875"),
        ("Жәрдемақы мөлшері 31 200 теңгеден 45 600 теңгеге дейін бекітілді.", "45 600"),
        ("Болжам 3,5-4,5%-дан 5,5-6,5%-ға дейін қайта қаралды.", "6,5%"),
    ],
)
def test_kazakh_deiin_ending_a_range_from_a_figure_is_not_up_to(sentence: str, surface: str) -> None:
    found = _qualifiers(sentence, "kk")
    assert [q for s, q in found.items() if s.startswith(surface)] == [None]


def test_kazakh_deiin_as_a_ceiling_without_a_range_start_stays_up_to() -> None:
    found = _qualifiers("Әр отбасыға 300 мың теңгеге дейін көмек көрсетіледі.", "kk")
    assert [q for s, q in found.items() if s.startswith("300 мың")] == ["up to"]
    found = _qualifiers("Әр гектардан 45 центнерге дейін өнім жиналды.", "kk")
    assert [q for s, q in found.items() if s.startswith("45")] == ["up to"]
