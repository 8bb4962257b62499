"""ru16 probe classes: our own Russian sentences (labelled per tests/realworld/FORMAT.md before the
extractor was run on them) for the shapes the h17 adjudication found: a summer with no year, "в этот
сезон" after it, a look back "годом ранее за тот же период", "за этот же период", a share's base
"от всех ... с начала года", "полумиллиона" as a number, work still to be begun and readiness told in the past as a plan,
earlier records told in passing, "к сентябрю прошлого года" as a change's base, and a share of the
world's reserves standing at publication (a share of a flow keeps the lead's span)."""

from datetime import date

import pytest

from etl.extract.cyrillic import extract_cyrillic_indicators

# (published, body, surface, period start, period end, kind)
PROBES = [
    # seasons with no year: June to August of the year in scope
    (date(2024, 10, 2), "За девять месяцев 2024 года аэропорт обслужил 3,1 млн пассажиров. Летом через него "
     "прошли 1,4 млн человек.", "1,4 млн", date(2024, 6, 1), date(2024, 8, 31), "actual"),
    (date(2025, 9, 15), "В летний период на озере Балхаш отдохнули 180 тыс. туристов.", "180 тыс.",
     date(2025, 6, 1), date(2025, 8, 31), "actual"),
    (date(2023, 9, 20), "Пляжи Капшагая в этот летний сезон приняли 95 тыс. отдыхающих.", "95 тыс.",
     date(2023, 6, 1), date(2023, 8, 31), "actual"),
    (date(2022, 9, 5), "С января по август 2022 года музеи посетили 2 млн человек. Пик пришелся на лето. "
     "За этот сезон залы посетили 900 тыс. человек.", "900 тыс.", date(2022, 6, 1), date(2022, 8, 31), "actual"),
    (date(2025, 10, 1), "Спрос на авиабилеты вырос летом. В этот сезон авиакомпании перевезли 2,2 млн "
     "пассажиров.", "2,2 млн", date(2025, 6, 1), date(2025, 8, 31), "actual"),
    (date(2024, 9, 10), "Летом в горы поднялись 75 тыс. туристов.", "75 тыс.",
     date(2024, 6, 1), date(2024, 8, 31), "actual"),
    # a share's base after "от всех ...": the share keeps its clause's span
    (date(2024, 10, 2), "Летом автобусами воспользовались 6 млн человек — 35% от всех перевезенных с начала года.",
     "35%", date(2024, 6, 1), date(2024, 8, 31), "actual"),
    (date(2025, 11, 3), "В октябре 2025 года продано 12 тыс. автомобилей — 11% от общего числа проданных "
     "с начала года.", "11%", date(2025, 10, 1), date(2025, 10, 31), "actual"),
    # "годом ранее за тот же период": the scope's span a year before
    (date(2025, 11, 12), "За девять месяцев 2025 года экспорт муки составил 1,8 млн тонн. Годом ранее за тот "
     "же период было вывезено 2,1 млн тонн.", "2,1 млн тонн", date(2024, 1, 1), date(2024, 9, 30), "actual"),
    (date(2023, 8, 14), "В первом полугодии 2023 года выпущено 410 тыс. тонн цемента. Годом ранее, за "
     "аналогичный период, выпуск составлял 380 тыс. тонн.", "380 тыс. тонн", date(2022, 1, 1),
     date(2022, 6, 30), "actual"),
    # "за этот же период": the span just named
    (date(2025, 7, 20), "За январь – июнь 2025 года в области построено 40 км дорог. За этот же период "
     "отремонтировано 120 км.", "120 км", date(2025, 1, 1), date(2025, 6, 30), "actual"),
    # "полумиллиона", "полумиллиарда": half of the scale
    (date(2024, 5, 6), "В 2023 году курорт посетили около полумиллиона человек.", "полумиллиона",
     date(2023, 1, 1), date(2023, 12, 31), "actual"),
    (date(2024, 5, 6), "В 2023 году на ремонт школ потратили полумиллиарда тенге.", "полумиллиарда тенге",
     date(2023, 1, 1), date(2023, 12, 31), "actual"),
    # work still to be begun: its size is a plan
    (date(2025, 3, 3), "В следующем году начнут строительство больницы на 300 коек.", "300",
     date(2026, 1, 1), date(2026, 12, 31), "plan"),
    (date(2025, 3, 3), "Осенью мы приступим к возведению спорткомплекса на 500 мест.", "500",
     None, None, "plan"),
    (date(2025, 3, 3), "В Таразе начнут прокладку 14 км водопровода.", "14 км", None, None, "plan"),
    (date(2025, 3, 3), "Строители приступят к ремонту 12 мостов.", "12", None, None, "plan"),
    # earlier records told in passing set no scene; "месяцем ранее" reads the span in scope
    (date(2025, 4, 20), "В марте 2025 года завод выпустил 50 тыс. тонн меди. Предыдущий рекорд пришелся на "
     "май 2019 года (48 тыс. тонн). Катодов выпущено 20 тыс. тонн против 18 тыс. тонн месяцем ранее.",
     "18 тыс. тонн", date(2025, 2, 1), date(2025, 2, 28), "actual"),
    (date(2025, 4, 20), "В марте 2025 года завод выпустил 50 тыс. тонн меди. Прежний максимум был достигнут "
     "в 2019 году (48 тыс. тонн). Катодов выпущено 20 тыс. тонн.", "20 тыс. тонн", date(2025, 3, 1),
     date(2025, 3, 31), "actual"),
    # "к <month> прошлого года", "к уровню прошлого года": the base of a change
    (date(2025, 6, 10), "В мае 2025 года добыто 3 млн тонн угля. К маю прошлого года прирост составил 0,2 млн "
     "тонн.", "0,2 млн тонн", date(2025, 5, 1), date(2025, 5, 31), "actual"),
    (date(2025, 6, 10), "В мае 2025 года добыто 3 млн тонн угля. Прибавка к уровню прошлого года составила "
     "7%.", "7%", date(2025, 5, 1), date(2025, 5, 31), "actual"),
    # a share of the world's reserves stands now; a share of a flow keeps the lead's span
    (date(2024, 8, 1), "В январе – июне 2024 года добыто 10 тыс. тонн урана. На страну приходится 12% мировых "
     "запасов урана.", "12%", date(2024, 8, 1), date(2024, 8, 1), "actual"),
    (date(2024, 8, 1), "В январе – июне 2024 года добыто 10 тыс. тонн руды. По запасам меди страна входит в "
     "десятку: здесь сосредоточено 3% мировых резервов меди и 1,5% серебра.", "1,5%", date(2024, 8, 1),
     date(2024, 8, 1), "actual"),
    (date(2024, 8, 1), "В январе – июне 2024 года экспорт меди составил 200 тыс. тонн. На Китай приходится "
     "40% экспорта.", "40%", date(2024, 1, 1), date(2024, 6, 30), "actual"),
    # readiness told in the past: an intention
    (date(2025, 3, 3), "Ранее инвесторы были готовы вложить в завод $300 млн, однако сделка сорвалась.",
     "$300 млн", None, None, "plan"),
    # controls: what was done stays actual and a dated summer stays its own
    (date(2025, 3, 3), "В прошлом году начали строительство школы на 900 мест.", "900",
     date(2024, 1, 1), date(2024, 12, 31), "actual"),
    (date(2025, 3, 3), "Летом 2023 года на курортах отдохнули 1,2 млн человек.", "1,2 млн",
     date(2023, 6, 1), date(2023, 8, 31), "actual"),
    (date(2025, 3, 3), "Летом прошлого года туристов было 300 тыс.", "300 тыс.",
     date(2024, 6, 1), date(2024, 8, 31), "actual"),
    (date(2025, 3, 3), "Весной 2024 года засеяли 2 млн гектаров.", "2 млн гектаров",
     date(2024, 3, 1), date(2024, 5, 31), "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "body", "surface", "start", "end", "kind"), PROBES)
def test_ru16_probe(published: date, body: str, surface: str, start: date | None, end: date | None,
                    kind: str) -> None:  # fmt: skip
    found = {i.surface: i for i in extract_cyrillic_indicators(body, published, "ru")}
    assert surface in found, sorted(found)
    figure = found[surface]
    assert (figure.period_start, figure.period_end, figure.kind) == (start, end, kind)
