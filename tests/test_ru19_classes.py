"""ru19 probe classes: our own Russian sentences (labelled per tests/realworld/FORMAT.md before the
extractor was run on them) for error classes that recur across the blind sets (h14-h22): a named
spring or autumn campaign or season with no year of its own (FORMAT: its three months, of the year in
scope), a comparison base "по отношению ко/по сравнению со ..." and a month's level "на ...ском уровне"
taken for the figure's period, a spread "составил от X до Y" / "– от X до Y" read as an old level
and a new one, and a present verb of who is there ("трудятся", "работают", "проходят практику") taking
a year still running from another sentence, and a record's yardstick date ("лишь однажды – в ...",
"самый высокий прирост с 2018 года") passed on to the sentences after it, and "Это на N% выше"
after "X против Y годом ранее" taking the base's year, and the old level of a coming change taking the
new level's span. Each class has look-alikes that must keep their reading."""

from datetime import date

import pytest

from etl.extract.cyrillic import extract_cyrillic_indicators

# (published, body, surface, period start, period end, kind)
PROBES = [
    # a named spring or autumn campaign/season/period, no year: that season of the year in scope
    (date(2023, 6, 20), "На 2023 год запланирован сев на 2,1 млн га. В ходе весенней кампании засеяно "
     "1,9 млн га.", "1,9 млн га", date(2023, 3, 1), date(2023, 5, 31), "actual"),
    (date(2024, 6, 5), "В весенний период в городе высадили 48 тыс. саженцев.", "48 тыс.",
     date(2024, 3, 1), date(2024, 5, 31), "actual"),
    (date(2025, 12, 2), "За осенний сезон аграрии собрали 310 тыс. тонн картофеля.", "310 тыс. тонн",
     date(2025, 9, 1), date(2025, 11, 30), "actual"),
    (date(2022, 6, 14), "Во время весенней посевной кампании фермерам выдали 12 млрд тенге кредитов.",
     "12 млрд тенге", date(2022, 3, 1), date(2022, 5, 31), "actual"),
    (date(2021, 12, 10), "По итогам 2021 года рыбаки выловили 40 тыс. тонн. В осенний период улов "
     "составил 9 тыс. тонн.", "9 тыс. тонн", date(2021, 9, 1), date(2021, 11, 30), "actual"),
    # look-alikes: "осенне-зимний период" keeps its own reading (October to March), not autumn; a
    # season with its year keeps that year
    (date(2025, 4, 10), "В осенне-зимний период 2024–2025 годов ТЭЦ выработала 4 млн Гкал.", "4 млн Гкал",
     date(2024, 10, 1), date(2025, 3, 31), "actual"),
    (date(2025, 3, 1), "За весенний период 2024 года высажено 30 тыс. деревьев.", "30 тыс.",
     date(2024, 3, 1), date(2024, 5, 31), "actual"),
    # a comparison base after "по отношению ко/по сравнению со": the figure keeps the span in scope
    (date(2019, 12, 5), "В третьем квартале 2019 года зарплата составила 191 тыс. тенге. По отношению ко "
     "второму кварталу реальный прирост составил 1,8%.", "1,8%", date(2019, 7, 1), date(2019, 9, 30), "actual"),
    (date(2024, 11, 8), "В октябре 2024 года выпуск цемента вырос. По отношению ко второму полугодию прошлого "
     "года объем увеличился на 3,2%.", "3,2%", date(2024, 10, 1), date(2024, 10, 31), "actual"),
    # a month's level held: the base, not the figure's month
    (date(2024, 10, 10), "В сентябре 2024 года цены на хлеб не изменились. В трех регионах стоимость осталась на "
     "августовском уровне, а в 5 регионах снизилась.", "5", date(2024, 9, 1), date(2024, 9, 30), "actual"),
    (date(2023, 5, 12), "В апреле 2023 года тарифы сохранились на мартовском уровне, а в 4 областях выросли.",
     "4", date(2023, 4, 1), date(2023, 4, 30), "actual"),
    # a spread "составил от X до Y", "– от X до Y": both ends the span's own
    (date(2024, 10, 10), "В сентябре 2024 года цены на овощи выросли на 2%. По регионам прирост составил от "
     "0,3% до 1,4%.", "0,3%", date(2024, 9, 1), date(2024, 9, 30), "actual"),
    (date(2025, 8, 6), "За первое полугодие 2025 года бензин подорожал в 14 регионах, в остальных цены "
     "снизились – от 0,2% до 0,9%.", "0,2%", date(2025, 1, 1), date(2025, 6, 30), "actual"),
    # (a present-tense spread with no date of its own stands at publication, not a year before)
    (date(2025, 8, 6), "За январь – июль 2025 года в новых школах открыто 40 классов. Наполняемость колеблется "
     "от 12 до 30 учеников.", "12", date(2025, 8, 6), date(2025, 8, 6), "actual"),
    # a present verb of who is there, under a span still running from another sentence: now
    (date(2025, 10, 20), "В 2025 году в области построены три школы. В районе трудятся 420 учителей.",
     "420", date(2025, 10, 20), date(2025, 10, 20), "actual"),
    (date(2024, 9, 3), "В этом году на ремонт поликлиник потратят 2 млрд тенге. В них работают 1 150 врачей.",
     "1 150", date(2024, 9, 3), date(2024, 9, 3), "actual"),
    (date(2023, 11, 14), "С начала года колледжи выпустили 6 тыс. специалистов. Свыше 900 студентов проходят "
     "производственную практику на заводах.", "900", date(2023, 11, 14), date(2023, 11, 14), "actual"),
    # look-alikes: work under way this year and a deed told in the past keep the year
    (date(2025, 8, 12), "В 2025 году дороги ремонтируют по всей стране. Ремонт ведется на 7 тыс. км.",
     "7 тыс. км", date(2025, 1, 1), date(2025, 12, 31), "actual"),
    (date(2025, 8, 12), "В 2025 году в области открыли два центра занятости. В них трудоустроены 3 тыс. человек.",
     "3 тыс.", date(2025, 1, 1), date(2025, 12, 31), "actual"),
    # a past date told as a record's yardstick or a one-off: the next sentence keeps the lead's span
    (date(2024, 6, 10), "В первом квартале 2024 года выпуск стали упал на 4%. Такое падение было лишь однажды – "
     "в четвертом квартале 2019 года. Выпуск проката сократился на 2,5%.", "2,5%",
     date(2024, 1, 1), date(2024, 3, 31), "actual"),
    (date(2023, 8, 15), "В первом полугодии 2023 года экспорт угля вырос на 9%. Это самый высокий прирост "
     "с 2018 года. Поставки в Китай составили 3,1 млн тонн.", "3,1 млн тонн",
     date(2023, 1, 1), date(2023, 6, 30), "actual"),
    # look-alike: a past date told as news of its own goes on into the next sentence
    (date(2024, 6, 10), "В четвертом квартале 2019 года выпуск стали упал на 4%. Выпуск проката сократился на "
     "2,5%.", "2,5%", date(2019, 10, 1), date(2019, 12, 31), "actual"),
    # "Это на N% выше ..." after "X против Y годом ранее": the sentence's own figure, not the base
    (date(2019, 12, 5), "Во втором квартале 2019 года пенсии выросли. В Алматы средняя пенсия составила 96 тыс. "
     "тенге против 88 тыс. тенге годом ранее. Это на 12% выше среднего уровня.", "12%",
     date(2019, 4, 1), date(2019, 6, 30), "actual"),
    (date(2024, 8, 20), "За январь – июль 2024 года в порт зашло 410 судов против 380 судов годом ранее. "
     "Это на 7% больше плана.", "7%", date(2024, 1, 1), date(2024, 7, 31), "actual"),
    # the old level of a change coming after publication ("с X до Y" from 1 January, "вместо X ... Y"): now
    (date(2023, 12, 1), "С 1 января 2024 года тариф на газ поднимут на 8% — с 25,4 до 27,4 тенге за кубометр.",
     "25,4", date(2023, 12, 1), date(2023, 12, 1), "actual"),
    (date(2023, 12, 1), "С 1 января 2024 года проезд подорожает: вместо 150 тенге пассажиры будут платить "
     "200 тенге.", "150 тенге", date(2023, 12, 1), date(2023, 12, 1), "actual"),
    # look-alike: a change already over keeps its old level in the span ("с X до Y" in a past year)
    (date(2024, 2, 1), "В 2023 году тариф на газ вырос с 23,1 до 25,4 тенге за кубометр.",
     "25,4 тенге", date(2023, 1, 1), date(2023, 12, 31), "actual"),
    # "Таким образом, ..." after a dated result restates that span's result, though told in the present
    (date(2025, 6, 2), "По итогам 2024 года к интернету подключены 3 200 сел. Таким образом, высокоскоростной "
     "связью пользуются 92% сельских жителей.", "92%", date(2024, 1, 1), date(2024, 12, 31), "actual"),
    # look-alike: the same present with no "Таким образом" is how things stand now
    (date(2025, 6, 2), "По итогам 2024 года к интернету подключены 3 200 сел. В районе трудятся 45 связистов.",
     "45", date(2025, 6, 2), date(2025, 6, 2), "actual"),
]  # fmt: skip

# look-alike of the spread: "с X до Y" over a flow is an old level (the same months a year before)
OLD_LEVEL = (
    date(2025, 10, 5),
    "С начала сентября 2025 года экспорт зерна вырос на 20% – с 1,0 млн до 1,2 млн тонн.",
    "1,0 млн",
    date(2024, 9, 1),
)


@pytest.mark.parametrize(("published", "body", "surface", "start", "end", "kind"), PROBES)
def test_ru19_probe(published: date, body: str, surface: str, start: date | None, end: date | None,
                    kind: str) -> None:  # fmt: skip
    found = {i.surface: i for i in extract_cyrillic_indicators(body, published, "ru")}
    assert surface in found, sorted(found)
    figure = found[surface]
    assert (figure.period_start, figure.period_end, figure.kind) == (start, end, kind)


def test_ru19_change_from_keeps_old_level() -> None:
    published, body, surface, start = OLD_LEVEL
    found = {i.surface: i for i in extract_cyrillic_indicators(body, published, "ru")}
    assert surface in found, sorted(found)
    assert found[surface].period_start == start


# "N тыс./млн раз" with a scale and no "в" before it counts events; "в N раз" stays a multiplier
@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("В 2023 году сайт музея просмотрели 2,4 млн раз.", 2.4e6, "count"),
        ("За год приложением воспользовались около 350 тысяч раз.", 350e3, "count"),
        ("В 2023 году выручка выросла в 2,5 раза.", 2.5, "times"),
        ("Число обращений с 2019 года увеличилось в 3 раза.", 3.0, "times"),
    ],
)
def test_ru19_scaled_times_are_counts(body: str, value: float, unit: str) -> None:
    found = [i for i in extract_cyrillic_indicators(body, date(2024, 3, 1), "ru") if i.value == value]
    assert found, body
    assert found[0].unit == unit
