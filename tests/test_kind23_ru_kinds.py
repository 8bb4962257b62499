"""Kinds and change flags seen on real stored Russian pages (round kind23ru), in sentences of our own.
Labelled by tests/realworld/FORMAT.md:
  1. the singular perfective future "начнет/начнётся" (and "охватит") ends like a present: works to be
     begun are a plan ("начнётся строительство больниц на сумму 210 млрд", "начнет ремонт 32 км");
     "начала выпускать" (a past) and "начинает" (a present) keep their reading;
  2. the capacity of a building whose building has just begun ("стартовало/началось строительство
     больницы на 300 коек", "поликлиники на 500 посещений") is a plan, as "ведется строительство"
     was; "койко-места" is a capacity; a building begun and told handed over keeps actual;
  3. money for works under way named in the sentence before ("Идет ремонт больницы. На эти цели
     выделено 1,5 млрд, общая стоимость составляет 2,1 млрд") is a plan; the same words after works
     told done, or in a past year, keep actual;
  4. a plan or forecast revised by a short participle ("План сдачи увеличен до 360 тыс. кв. м",
     "Прогноз снижен до 3,5%") keeps its plan or forecast; an output "увеличен до" with a plan named
     after it ("при плане 4,8 млн тонн") stays actual;
  5. "превышает прошлогодний показатель на 4 процента", "на 10,2% перевыполнить план", "отстает от
     графика на 15%": a difference from a base or a plan is a change; "превышает 10%" is a level;
  6. the effect of works told in a clause ", что снизит/повысит/сократит ..." is an expected result
     (forecast), as ", что позволит" was; the works themselves stay plan; "обеспечит" is a future;
  7. a harvest's future ("урожай будет больше на 15-20%", "сбор зерна составит 20 млн тонн") is
     expected, not scheduled: forecast, as GDP and inflation were; works stay plan;
  8. "сокращение ... на более чем 2 млн га", "будут расти на 5% ежегодно", "выше прошлогоднего на 2 млн
     тонн" (a comparative, its base, then its amount): changes ("растениеводство" is no change word, "Выше
     всего цены на 10 видов" no difference);
  9. a dashed list member whose verb is left out ("— максимальная — 238 412 тенге." after "—
     минимальная пенсия составит 104 645 тенге,") goes on with the member before it: plan, undated
     as it is; a member with a verb of its own keeps its reading;
 10. the worth of projects approved, selected or put on a list ("утверждено 97 проектов на сумму 6,4
     трлн") is a portfolio's, not yet spent: plan; projects told done keep actual;
 11. a sector's output ahead ("объем экспорта составит", "объем обрабатывающей промышленности
     увеличится") is expected: forecast; the singular perfectives of raising or cutting ("Компания
     увеличит выпуск до 1 млн тонн", "Нацбанк снизит ставку до 15%") are plans, not states;
 12. a programme's name in quotes with a dash in it («Ауыл – Ел бесігі») is a name: its first word is
     no past "-ыл" and its dash parts no clause, so the worth after it keeps the plan before it;
 13. money "на эти цели" after works told as planned ("Также планируется продолжить реконструкцию
     дороги") is a plan too;
 14. the later infinitives of a chain under "планируется" ("планируется обеспечить доступ ..., снизить
     износ до 51%, обеспечить газом 51 515 человек, модернизировать 18 объектов") are the planning
     verb's, as the first one is: plan; "чтобы обеспечить охват 100%" (a purpose) and "Задача -
     обеспечить" stay targets.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

P = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "change"),
    [
        # 1. perfective futures in the singular
        ("В текущем году начнётся строительство двух больниц на сумму 210 млрд тенге.", "210 млрд тенге", "plan", False),
        ("Начнется реализация 7 многопрофильных больниц в пяти регионах.", "7", "plan", False),
        ("Весной акимат начнет средний ремонт улиц протяженностью 32 км.", "32 км", "plan", False),
        ("Средний ремонт охватит 22 улицы.", "22", "plan", False),
        ("Компания начнет выпускать 50 тысяч тонн продукции в год.", "50 тысяч тонн", "plan", False),
        ("В прошлом году компания начала выпускать 20 тысяч тонн продукции.", "20 тысяч тонн", "actual", False),
        ("Уже сегодня завод начинает выпуск 300 автобусов в год.", "300", "actual", False),
        # 2. capacity of a building begun
        ("В области стартовало строительство школы на 1200 мест.", "1200", "plan", False),
        ("Началось строительство поликлиники на 500 посещений в смену.", "500", "plan", False),
        ("Началось строительство больницы на 150 коек.", "150", "plan", False),
        ("В районе возводят новый корпус больницы. Проект включает в себя пристройку на 42 койко-места.", "42",
         "plan", False),
        ("Больница рассчитана на 42 койко-места.", "42", "actual", False),
        ("В 2019 году началось строительство школы на 600 мест, в 2021 году она была сдана.", "600", "actual", False),
        # 3. money for works under way told just before
        ("Сейчас идет капитальный ремонт больницы. На эти цели выделено 1,5 млрд тенге, общая стоимость "
         "составляет 2,1 млрд тенге.", "1,5 млрд тенге", "plan", False),
        ("Сейчас идет капитальный ремонт больницы. На эти цели выделено 1,5 млрд тенге, общая стоимость "
         "составляет 2,1 млрд тенге.", "2,1 млрд тенге", "plan", False),
        ("В поселке, где проводится реконструкция котельной, создается тепловой узел. На эти цели выделено "
         "800 млн тенге.", "800 млн тенге", "plan", False),
        ("В прошлом году больницу отремонтировали. На эти цели выделили 1,5 млрд тенге.", "1,5 млрд тенге",
         "actual", False),
        ("Школа построена. Общая стоимость составила 3,4 млрд тенге.", "3,4 млрд тенге", "actual", False),
        # 4. a plan or forecast revised by a short participle
        ("План сдачи жилья увеличен до 360 тысяч квадратных метров.", "360 тысяч квадратных метров", "plan", False),
        ("Прогноз роста ВВП повышен до 5%.", "5%", "forecast", False),
        ("Прогноз снижен до 3,5%.", "3,5%", "forecast", False),
        ("Выпуск увеличен до 5 млн тонн при плане 4,8 млн тонн.", "5 млн тонн", "actual", False),
        ("Объем производства увеличен до 5 млн тонн.", "5 млн тонн", "actual", False),
        # 5. a difference from a base or a plan
        ("Объем продукции составил 477 млрд тенге, что превышает прошлогодний показатель на 4 процента.",
         "4 процента", "actual", True),
        ("В прошлом году удалось на 10,2% перевыполнить план.", "10,2%", "actual", True),
        ("План перевыполнен на 12%.", "12%", "actual", True),
        ("Регион отстает от графика на 15%.", "15%", "actual", True),
        ("Урожай превзошел прошлогодний на 1,2 млн тонн.", "1,2 млн тонн", "actual", True),
        ("Доля превышает 10%.", "10%", "actual", False),
        ("Выпуск превысил 3 млн тонн.", "3 млн тонн", "actual", False),
        # 6. the effect of works, told after ", что"
        ("По итогам года планируется ввести четыре объекта, что снизит износ сетей с 48,1% до 46,7%.", "46,7%",
         "forecast", False),
        ("В этом году откроют 5 школ, что повысит охват до 95%.", "95%", "forecast", False),
        ("В этом году откроют 5 школ, что повысит охват до 95%.", "5", "plan", False),
        ("В этом году планируется построить 3 моста, что сократит время в пути на 20%.", "20%", "forecast", True),
        ("Реализация проекта обеспечит водой более 3 тыс. сельских жителей.", "3 тыс.", "plan", False),
        ("В прошлом году износ снизили до 46,7%.", "46,7%", "actual", False),
        # 7. a harvest's future is a forecast
        ("По сравнению с прошлым годом урожай будет больше на 15-20%.", "20%", "forecast", True),
        ("Урожай зерна составит 20 млн тонн.", "20 млн тонн", "forecast", False),
        ("В этом году урожай пшеницы вырастет до 14 млн тонн.", "14 млн тонн", "forecast", False),
        ("В этом году в области построят 14 зернохранилищ.", "14", "plan", False),
        ("В прошлом году урожай составил 18 млн тонн.", "18 млн тонн", "actual", False),
        # 8. changes told by a noun of cutting or by "расти"
        ("Программа предусматривает сокращение посевных площадей на более чем 2 млн га в течение 5 лет.",
         "2 млн га", "plan", True),
        ("Выплаты из ЕНПФ будут расти на 5% ежегодно.", "5%", "plan", True),
        ("Площадь под растениеводство составляет 20 млн га.", "20 млн га", "actual", False),
        # a comparative with its base named before the amount
        ("Сбор зерна будет выше прошлогоднего на 2 млн тонн.", "2 млн тонн", "forecast", True),
        ("Экспорт был ниже уровня прошлого года на 3%.", "3%", "actual", True),
        ("Выше всего цены на 10 видов товаров.", "10", "actual", False),
        # 10. a portfolio's worth
        ("В настоящее время утверждено 97 проектов на сумму 6,4 трлн тенге.", "6,4 трлн тенге", "plan", False),
        ("В карту включено 46 проектов на сумму 665 млрд тенге.", "665 млрд тенге", "plan", False),
        ("В карту включено 46 проектов на сумму 665 млрд тенге.", "46", "actual", False),
        ("В прошлом году реализовано 30 проектов на сумму 200 млрд тенге.", "200 млрд тенге", "actual", False),
        ("Отобрано 12 проектов на сумму 40 млрд тенге, все они уже реализованы.", "40 млрд тенге", "actual",
         False),
        # 11. a sector's output ahead; singular perfectives of raising or cutting
        ("Объем обрабатывающей промышленности увеличится на 2,3 трлн тенге.", "2,3 трлн тенге", "forecast", True),
        ("Объем экспорта составит 12 млрд долларов.", "12 млрд долларов", "forecast", False),
        ("При выходе заводов на полную мощность объем обрабатывающей промышленности в год увеличится на 2,3 трлн "
         "тенге.", "2,3 трлн тенге", "forecast", True),
        ("Терминал сможет обрабатывать до 240 тыс. контейнеров в год.", "240 тыс.", "plan", False),
        ("Компания увеличит объем производства до 1 млн тонн.", "1 млн тонн", "plan", False),
        ("Нацбанк снизит базовую ставку до 15%.", "15%", "plan", False),
        # 12. a dash inside a quoted name
        ("В 2025 году запланирован ремонт дорог по программе «Ауыл – Ел бесігі» на общую сумму 44,3 млрд тенге.",
         "44,3 млрд тенге", "plan", False),
        ("«Мы построили 5 школ», – сказал аким.", "5", "actual", False),
        # 14. a chain of infinitives under "планируется"
        ("На эти средства планируется обеспечить доступ к воде 99% жителей, снизить износ сетей до 51%, "
         "обеспечить газом 51 515 человек, модернизировать 18 объектов.", "51 515", "plan", False),
        ("На эти средства планируется обеспечить доступ к воде 99% жителей, снизить износ сетей до 51%, "
         "обеспечить газом 51 515 человек, модернизировать 18 объектов.", "18", "plan", False),
        ("В 2025 году планируется построить 3 школы, чтобы обеспечить охват 100%.", "100%", "target", False),
        ("Задача - обеспечить доступ 98% населения.", "98%", "target", False),
        # 13. money for works told as planned just before
        ("Также планируется продолжить реконструкцию дороги протяженностью 6,6 км. На эти цели выделен 1 млрд "
         "тенге.", "1 млрд тенге", "plan", False),
    ],
)  # fmt: skip
def test_kind_and_change(text: str, surface: str, kind: str, change: bool) -> None:
    figure = figure_by_surface(text, surface, P)
    assert (figure.kind, figure.is_change) == (kind, change), text


def test_dashed_member_goes_on_with_the_member_before() -> None:
    text = (
        "После пересмотра:\n— минимальная пенсия составит 104 645 тенге,\n— максимальная — 238 412 тенге.\n"
        "В прошлом году ставка составляла 10%.\n— Сейчас — 9%."
    )
    assert figure_by_surface(text, "104 645 тенге", P).kind == "plan"
    gapped = figure_by_surface(text, "238 412 тенге", P)
    assert (gapped.kind, gapped.period_start, gapped.period_end) == ("plan", None, None)
    assert figure_by_surface(text, "9%", P).kind == "actual"


def test_dashed_member_takes_the_deadline_of_the_member_before() -> None:
    text = "Стипендии пересмотрят:\n— минимальная к 2027 году составит 50 000 тенге,\n— максимальная — 90 000 тенге."
    gapped = figure_by_surface(text, "90 000 тенге", P)
    assert (gapped.kind, gapped.period_start, gapped.period_end) == ("plan", None, date(2027, 12, 31))
