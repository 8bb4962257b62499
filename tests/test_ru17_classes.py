"""ru17 probe classes: our own Russian sentences (labelled per tests/realworld/FORMAT.md before the
extractor was run on them) for the shapes the h18 adjudication found (the building and harvest ones
worded after stored news pages on rural culture houses and harvest tallies): the worth or capacity of
buildings under way or in design is a plan; a month that only dates a start ("стартовала в июле") sets
no scene; a tally "к этому времени ... получили" after a stock day runs from the article's start; "Годом
раньше" is a year back; "с января по 1 июля" has its start; the same stock "в январе" is that month's
first day; and "с X до Y млн" carries the scale back to X on a fall too; "этой зимой" is December to
February; "частные" is not read as hours.

Before ru17 (commit 3ac0edf) 5 of the 21 probes passed; after, all 21 pass."""

from datetime import date

import pytest

from etl.extract.cyrillic import extract_cyrillic_indicators

# (published, body, surface, period start, period end, kind)
PROBES = [
    # worth and capacity of buildings under way or in design: plan
    (date(2025, 4, 10), "В этом году в районе строятся восемь школ общей стоимостью 40 млрд тенге.",
     "40 млрд тенге", date(2025, 1, 1), date(2025, 12, 31), "plan"),
    (date(2025, 4, 10), "В 2025 году в селе Акжар начались работы: новый клуб рассчитан на 250 мест.",
     "250", date(2025, 1, 1), date(2025, 12, 31), "plan"),
    (date(2024, 6, 1), "В этом году разрабатывается проектно-сметная документация на спортзал на 800 мест.",
     "800", date(2024, 1, 1), date(2024, 12, 31), "plan"),
    (date(2023, 3, 1), "В 2022 году в области строились три поликлиники общей вместимостью 900 посещений.",
     "900", date(2022, 1, 1), date(2022, 12, 31), "plan"),
    # a month that only dates a start sets no scene for what follows
    (date(2025, 9, 10), "В 2025 году аграрии области засеяли 600 тыс. гектаров. Уборка началась в августе. "
     "Всего планируется собрать 900 тыс. тонн зерна.", "900 тыс. тонн", date(2025, 1, 1), date(2025, 12, 31),
     "plan"),
    (date(2025, 6, 1), "Весенняя вакцинация стартовала в марте. Всего в этом году привито 45 тыс. голов скота.",
     "45 тыс.", date(2025, 1, 1), date(2025, 12, 31), "actual"),
    # a tally up to a day named before runs from the article's span start
    (date(2025, 11, 20), "С 1 сентября 2025 года фермерам выплатили 5 млрд тенге субсидий. По состоянию на "
     "15 ноября заключено 300 договоров. К этому времени больше всех получили хозяйства Костанайской "
     "области – 1,2 млрд тенге.", "1,2 млрд тенге", date(2025, 9, 1), date(2025, 11, 15), "actual"),
    # ... but a stock with no flow done stays on its day
    (date(2025, 11, 10), "По состоянию на 1 ноября в регионе работают 40 частных школ. К этому времени в них "
     "обучаются 20 тыс. детей.", "20 тыс.", date(2025, 11, 1), date(2025, 11, 1), "actual"),
    # "Годом раньше": the scope's year one back
    (date(2024, 3, 1), "В 2023 году экспорт пшеницы составил 8 млн тонн. Годом раньше он был на уровне "
     "6,5 млн тонн.", "6,5 млн тонн", date(2022, 1, 1), date(2022, 12, 31), "actual"),
    (date(2024, 3, 1), "В 2023 году завод выпустил 120 тыс. тонн стали, годом раньше – 110 тыс. тонн.",
     "110 тыс. тонн", date(2022, 1, 1), date(2022, 12, 31), "actual"),
    # "с января по 1 июля": from the month's first day to that day
    (date(2023, 8, 1), "С января по 1 июля 2023 года депозиты населения выросли на 1,2 трлн тенге.",
     "1,2 трлн тенге", date(2023, 1, 1), date(2023, 7, 1), "actual"),
    (date(2024, 5, 1), "С февраля по 1 апреля 2024 года число вкладчиков увеличилось на 30 тыс.",
     "30 тыс.", date(2024, 2, 1), date(2024, 4, 1), "actual"),
    # the same stock at a month with no day, after a stock day: that month's first day
    (date(2024, 5, 10), "На 1 апреля 2024 года кредитный портфель банков составил 30 трлн тенге. В январе "
     "этот показатель был равен 28 трлн тенге.", "28 трлн тенге", date(2024, 1, 1), date(2024, 1, 1), "actual"),
    # "этой зимой": December to February of the winter at hand (FORMAT's seasons by analogy)
    (date(2025, 11, 5), "Этой зимой на курорты Алматинской области ожидают 400 тыс. гостей.", "400 тыс.",
     date(2025, 12, 1), date(2026, 2, 28), "forecast"),
    (date(2024, 1, 20), "Этой зимой горнолыжные базы рассчитывают принять 250 тыс. туристов.", "250 тыс.",
     date(2023, 12, 1), date(2024, 2, 29), "forecast"),
    # "частные" is no "час" (hours): the count after "зарегистрировано" is found
    (date(2025, 12, 10), "В 2024 году в области было зарегистрировано 120 частных детских садов.", "120",
     date(2024, 1, 1), date(2024, 12, 31), "actual"),
    # ... but after a month's flow the month stays a month
    (date(2024, 5, 10), "В марте 2024 года выдано кредитов на 2 трлн тенге. В январе этот показатель "
     "составлял 1,5 трлн тенге.", "1,5 трлн тенге", date(2024, 1, 1), date(2024, 1, 31), "actual"),
]  # fmt: skip

# "с X до Y млн": the old level X takes Y's scale, on a fall too (not a tenfold drop)
SCALES = [
    (date(2024, 2, 1), "В 2023 году добыча угля снизилась с 1,5 до 1,4 млн тонн.", "1,5", 1.5e6),
    (date(2024, 2, 1), "За год поголовье сократилось с 12 до 11,5 тыс. голов.", "12", 12_000.0),
    (date(2024, 2, 1), "Выпуск цемента вырос с 8 до 9,2 млн тонн.", "8", 8e6),
    (date(2024, 2, 1), "Число обращений снизилось с 1200 до 1,1 тыс.", "1200", 1200.0),
]  # fmt: skip


@pytest.mark.parametrize(("published", "body", "surface", "start", "end", "kind"), PROBES)
def test_ru17_probe(published: date, body: str, surface: str, start: date | None, end: date | None,
                    kind: str) -> None:  # fmt: skip
    found = {i.surface: i for i in extract_cyrillic_indicators(body, published, "ru")}
    assert surface in found, sorted(found)
    figure = found[surface]
    assert (figure.period_start, figure.period_end, figure.kind) == (start, end, kind)


@pytest.mark.parametrize(("published", "body", "surface", "value"), SCALES)
def test_ru17_scale_back(published: date, body: str, surface: str, value: float) -> None:
    found = {i.surface: i for i in extract_cyrillic_indicators(body, published, "ru")}
    assert surface in found, sorted(found)
    assert found[surface].value == pytest.approx(value)
