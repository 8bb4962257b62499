"""Russian period classes left by fs33ru on the blind sets h32 and h33, second pass (extractor +fs33ru2):
sentences of our own, labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from tests.test_cyrillic_ru11_classes import _check

CASES = [
    # --- "за год" in the lead, the change told after a colon: the twelve months before the day ------
    pytest.param(
        "2025-06-20",
        "По состоянию на 15 июня сильнее всего за год подешевел сахар: его цена снизилась на 8,4%, до 390 тенге за кг.",
        {8.4: (("2024-06-15", "2025-06-14"), "actual"), 390: (("2025-06-15", "2025-06-15"), "actual")},
        id="year_span_across_colon",
    ),
    pytest.param(
        "2024-10-09",
        "На 1 октября за год больше всего выросли тарифы на тепло: они поднялись на 14,2%.",
        {14.2: (("2023-10-01", "2024-09-30"), "actual")},
        id="year_span_across_colon_first_of_month",
    ),
    # a day other than the first: the twelve months before it, as "на 1 апреля" ends on 31 March
    pytest.param(
        "2025-03-20",
        "На 12 марта вклады населения составили 21 трлн тенге, увеличившись за год на 11%.",
        {11: (("2024-03-12", "2025-03-11"), "actual"), 21e12: (("2025-03-12", "2025-03-12"), "actual")},
        id="year_span_to_mid_month_day",
    ),
    # --- a list after such a lead: each member's change covers the lead's year ---------------------
    pytest.param(
        "2025-06-20",
        (
            "По состоянию на 15 июня сильнее всего за год подорожал сахар: его цена выросла на 8,4%. "
            "Следом идут:\n— гречка — плюс 6,1%, до 610 тенге за кг;\n— лук — плюс 5%, до 140 тенге за кг."
        ),
        {
            6.1: (("2024-06-15", "2025-06-14"), "actual"),
            610: (("2025-06-15", "2025-06-15"), "actual"),
            5: (("2024-06-15", "2025-06-14"), "actual"),
        },
        id="list_members_take_lead_year",
    ),
    # look-alike: a lead with no year's span leaves its members' changes at the day
    pytest.param(
        "2025-06-20",
        (
            "По состоянию на 15 июня сильнее всего подорожал сахар: его цена выросла на 8,4%. "
            "Следом идут:\n— гречка — плюс 6,1%, до 610 тенге за кг;\n— лук — плюс 5%, до 140 тенге за кг."
        ),
        {6.1: (("2025-06-15", "2025-06-15"), "actual"), 5: (("2025-06-15", "2025-06-15"), "actual")},
        id="list_members_no_year_kept",
    ),
    # --- the same raise told of the next thing, after a from-day: runs from that day too ------------
    pytest.param(
        "2025-09-10",
        (
            "С 2024 по 2028 год поэтапно повышаются минимальный и максимальный размеры стипендии. "
            "С 1 июля 2025 года минимальная стипендия увеличена с 40 000 до 44 000 тенге. "
            "Повышенная поднята с 52 000 до 57 200 тенге и составляет 57 200 тенге."
        ),
        {57200: (("2025-07-01", None), "actual")},
        id="raise_goes_on_from_day",
    ),
    pytest.param(
        "2025-04-02",
        (
            "В 2023–2026 годах ставки для бизнеса поэтапно снижаются. "
            "С 1 января 2025 года ставка для малого бизнеса снижена до 3%. "
            "Для среднего бизнеса ставка уменьшена с 12% до 10%."
        ),
        {10: (("2025-01-01", None), "actual")},
        id="cut_goes_on_from_day",
    ),
    # look-alikes: no raise told again (a state of today), or a period of its own
    pytest.param(
        "2025-09-10",
        (
            "С 2024 по 2028 год поэтапно повышаются минимальный и максимальный размеры стипендии. "
            "С 1 июля 2025 года минимальная стипендия увеличена с 40 000 до 44 000 тенге. "
            "Ее получают 210 тыс. студентов."
        ),
        {210000: (("2025-09-10", "2025-09-10"), "actual")},
        id="state_after_from_day_kept",
    ),
    pytest.param(
        "2025-09-10",
        (
            "С 1 июля 2025 года минимальная стипендия увеличена с 40 000 до 44 000 тенге. "
            "В 2024 году повышенная поднята до 52 000 тенге."
        ),
        {52000: (("2024-01-01", "2024-12-31"), "actual")},
        id="raise_with_own_year_kept",
    ),
    # look-alike: no year's span in the lead, the change after the colon keeps the day
    pytest.param(
        "2025-06-20",
        "По состоянию на 15 июня сильнее всего подешевел сахар: его цена снизилась на 8,4%, до 390 тенге за кг.",
        {8.4: (("2025-06-15", "2025-06-15"), "actual")},
        id="no_year_span_before_colon_kept",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), CASES)
def test_fs33ru2_classes(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)
