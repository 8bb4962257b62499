"""Russian period forms read wrong in several writers' held-out articles, in sentences of our own
(other words, numbers and places), each labelled by tests/realworld/FORMAT.md before any run.

- the span pointed back at ("за этот период", "за тот же период", "за это время") after a part of a
  wider span was told ("Только в 2023 году ...", "а в этом году ...") is the wider span the part was
  cut from (FORMAT.md: the period may come from an earlier sentence), and "за те же / эти N лет" is
  the run of N years named before, not the last year told;
- "since" a start the sentence dates by an event: "с 2020 года, когда стартовала программа, ..."
  (a "when" clause with no figure of its own before the main clause) runs from that year to the
  report, as "с 2020 года" does; "С июня ... работают камеры: с момента запуска ..." runs from the
  start the sentence named, not from an unknown start (FORMAT.md: "since 2019");
- the sentence right after a day of telling that goes on with the teller's words ("Об этом 3 марта
  сообщил аким.\n По словам акима, ... составляет ...") tells the state on that day, though it opens a
  new paragraph (FORMAT.md: "so are the figures of the next sentence that go on with what was told then");
- a present state told "сейчас" / "на сегодня" goes on into what follows it with no verb and no period of its
  own: "Кроме того, в списке 7 проектов, 6 – ...", and the members of a list its figureless lead opens ("По
  специальностям они распределяются так:\n• терапевты — 3 150;"), which break down the total told now
  (FORMAT.md: a present state is the state at publication; a breakdown takes its total's period).
Each group holds look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _years(first: int, last: int) -> tuple[date, date]:
    return date(first, 1, 1), date(last, 12, 31)


_SAME_WHOLE = [
    # "за те же N лет": the run of N years named before, past a single year told in between
    ("2024-05-10", "С 2019 по 2023 год в регион приехали 2,4 млн туристов. Только в 2023 году их было 640 тыс. "
     "За те же пять лет из региона уехали 38 тыс. жителей.", "38 тыс.", _years(2019, 2023)),
    ("2024-05-10", "В 2020–2022 годах фермеры построили 140 теплиц, из них 61 — в 2022 году. "
     "За эти три года площадь закрытого грунта выросла на 35%.", "35%", _years(2020, 2022)),
    # "за этот период" after a part told inside the wider span: the wider span
    ("2024-05-10", "За последние четыре года число частных клиник выросло на 60%, а в этом году оно превысило 900. "
     "За этот период открыто 12 больниц.", "12", (date(2020, 5, 10), date(2024, 5, 10))),
    ("2016-04-12", "С 2011 по 2015 год в области построили 96 школ. В 2015 году — 24. "
     "За тот же период закрылись 11 малокомплектных школ.", "11", _years(2011, 2015)),
    ("2019-06-03", "С 2014 по 2018 год экспорт мяса вырос вдвое, а в 2018 году составил 31 тыс. тонн. "
     "За это время построено 40 откормочных площадок.", "40", _years(2014, 2018)),
    # two sentences back: the wider span, the part, then "за этот период"
    ("2015-02-20", "С 2012 по 2014 год за рубеж выезжали 21,3 млн человек. В 2014 году число выехавших выросло "
     "на 9%.\nСамым популярным направлением за этот период стала Турция — 2,2 млн человек.", "2,2 млн",
     _years(2012, 2014)),
    # look-alikes: a span that does not hold the last one keeps the last
    ("2023-05-10", "В 2022 году выпуск составил 3,1 млн тонн, а в январе–марте 2023 года — 0,9 млн тонн. "
     "За этот период экспорт достиг 0,4 млн тонн.", "0,4 млн тонн", (date(2023, 1, 1), date(2023, 3, 31))),
    # a paragraph opening on a span of its own inside the year told before: that span, not the year
    ("2024-03-10", "В 2023 году торговля с соседями составила 8,1 млрд долларов.\nЗа девять месяцев 2023 года "
     "товарооборот с Кыргызстаном вырос на 12% и достиг 1,4 млрд долларов. Экспорт за этот период составил "
     "0,9 млрд долларов.", "0,9 млрд долларов", (date(2023, 1, 1), date(2023, 9, 30))),
    # one span told: that one
    ("2024-05-10", "В 2023 году в области построили 30 школ. За этот период закрылись 4 малокомплектные школы.",
     "4", _year(2023)),
    # "за те же N лет" of another count than the run named: no run to point at, the year told stays
    ("2024-05-10", "С 2019 по 2023 год в регион приехали 2,4 млн туристов. Только в 2023 году их было 640 тыс. "
     "За те же два года из региона уехали 38 тыс. жителей.", "640 тыс.", _year(2023)),
    # the same period of last year keeps its own reading
    ("2023-11-10", "За январь–сентябрь 2023 года порт перевалил 4,2 млн тонн грузов. За тот же период прошлого "
     "года — 3,9 млн тонн.", "3,9 млн тонн", (date(2022, 1, 1), date(2022, 9, 30))),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "surface", "expected"), _SAME_WHOLE, ids=[c[2] for c in _SAME_WHOLE]
)
def test_same_period_is_the_wider_span(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected


_SINCE_EVENT = [
    # "с YEAR года, когда <event>, <main clause>": since that year, up to the report
    ("2025-03-10", "С 2020 года, когда стартовала программа, на ремонт дорог направлено 412 млрд тенге.",
     "412 млрд тенге", (date(2020, 1, 1), date(2025, 3, 10))),
    ("2025-03-10", "С 2019 года, когда был принят закон о защите животных, в стране открылись 58 приютов.",
     "58", (date(2019, 1, 1), date(2025, 3, 10))),
    ("2025-03-10", "По словам министра, с 2022 года, когда началась модернизация, в городах заменено 1 900 км "
     "тепловых сетей, в том числе 640 км в Алматы.", "640 км", (date(2022, 1, 1), date(2025, 3, 10))),
    # "с момента запуска" after a start the sentence named: from that start
    ("2025-11-10", "С апреля в городе работают камеры на перекрестках: с момента запуска они выявили 2 310 "
     "нарушений.", "2 310", (date(2025, 4, 1), date(2025, 11, 10))),
    ("2025-11-10", "С 1 июля в области действует электронная очередь: с момента запуска через нее записались "
     "84 тыс. человек.", "84 тыс.", (date(2025, 7, 1), date(2025, 11, 10))),
    ("2025-11-10", "С 2019 года в городе действует сервис проката велосипедов, с момента открытия им "
     "воспользовались 3 млн человек.", "3 млн", (date(2019, 1, 1), date(2025, 11, 10))),
    # look-alikes: the figure inside the "when" clause is that year's
    ("2025-10-31", "Рост краж фиксируется впервые с 2021 года, когда их число подскочило на 18%.", "18%",
     _year(2021)),
    ("2025-10-31", "С 2021 года, когда экспорт составил 2 млн тонн, поставки выросли вдвое.", "2 млн тонн",
     _year(2021)),
    # a comparison with a year and its "when" clause stays a base
    ("2025-12-20", "Это в 3,2 раза больше, чем в 2021 году, когда построили лишь 15 км.", "15 км", _year(2021)),
    # no start named: the start stays unknown
    ("2025-11-10", "С момента открытия музей посетили 40 тыс. человек.", "40 тыс.", (None, date(2025, 11, 10))),
    # a start ahead names no since
    ("2025-11-10", "С 1 января 2026 года в области заработает электронная очередь: с момента запуска через нее "
     "смогут записаться 90 тыс. человек.", "90 тыс.", (date(2026, 1, 1), None)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "surface", "expected"), _SINCE_EVENT, ids=[c[2] for c in _SINCE_EVENT]
)
def test_since_a_dated_event(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected


_TELLERS_WORDS = [
    ("2025-03-06", "В области в этом году отремонтируют два моста. Об этом 3 марта на заседании правительства сообщил аким "
     "области.\nПо словам акима, протяженность местных дорог составляет 7,2 тыс. км, а их износ достигает 48%.",
     "7,2 тыс. км", (date(2025, 3, 3), date(2025, 3, 3))),
    ("2025-03-06", "В области в этом году отремонтируют два моста. Об этом 3 марта на заседании правительства сообщил аким "
     "области.\nПо словам акима, протяженность местных дорог составляет 7,2 тыс. км, а их износ достигает 48%.",
     "48%", (date(2025, 3, 3), date(2025, 3, 3))),
    ("2025-11-06", "4 ноября на брифинге вице-министр сообщил, что в стране ежегодно образуется 3,9 млн тонн "
     "отходов.\nПо его словам, до 35% из них составляют пищевые отходы.", "35%",
     (date(2025, 11, 4), date(2025, 11, 4))),
    # look-alikes: another source in the later paragraph tells the state now
    ("2025-03-06", "В области в этом году отремонтируют два моста. Об этом 3 марта на заседании правительства сообщил аким "
     "области.\nПо данным управления, в области работают 23 котельные.", "23",
     (date(2025, 3, 6), date(2025, 3, 6))),
    # the teller's words with a period of their own keep it
    ("2025-03-06", "Об этом 3 марта на заседании сообщил аким области.\nПо словам акима, в 2024 году "
     "отремонтировано 310 км дорог.", "310 км", _year(2024)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "surface", "expected"), _TELLERS_WORDS, ids=[c[2] for c in _TELLERS_WORDS]
)
def test_tellers_words_after_the_day_told(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected


_NOW_GOES_ON = [
    ("2026-01-16", "Акимат разместил на 2026 год заказ на 640 мест для врачей.\nСейчас в городе работают 12 400 "
     "врачей, из них 9 100 — в государственных клиниках. По специальностям они распределяются так:\n• терапевты "
     "— 3 150 (в государственных — 2 400);\n• хирурги — 1 870;\n• педиатры — 1 020 врачей, из них 880 — в "
     "государственных.", ["3 150", "2 400", "1 870", "1 020", "880"], (date(2026, 1, 16), date(2026, 1, 16))),
    ("2025-12-19", "За январь–ноябрь 2025 года область привлекла 1 трлн тенге инвестиций.\nВ работе у региона "
     "сейчас 102 проекта. Основная часть пула приходится на АПК – 48 проектов и промышленность – 31 проект. "
     "Кроме того, в списке 7 туристических проектов, 6 – в торговле.", ["7", "6"],
     (date(2025, 12, 19), date(2025, 12, 19))),
    ("2025-10-20", "За 9 месяцев 2025 года в области открылось 40 кафе.\nНа сегодня в городе действуют 1 200 "
     "предприятий общепита. Также в реестре 85 столовых.", ["85"], (date(2025, 10, 20), date(2025, 10, 20))),
    # look-alikes: a period of its own keeps it
    ("2025-12-19", "За январь–ноябрь 2025 года область привлекла 1 трлн тенге.\nВ работе у региона сейчас 102 "
     "проекта. Кроме того, за 11 месяцев запущено 14 производств.", ["14"], (date(2025, 1, 1), date(2025, 11, 30))),
    ("2025-06-10", "Сейчас в городе работают 12 400 врачей. Кроме того, в прошлом году открыто 6 клиник.", ["6"],
     _year(2024)),
    ("2025-06-10", "Сейчас в городе работают 12 400 врачей.\nВ 2025 году в клиники пришли 640 выпускников.",
     ["640"], _year(2025)),
    # a list whose lead names a span of its own, after a state told now: the lead's span
    ("2025-10-20", "За январь–сентябрь 2025 года перевезено 4,1 млн пассажиров. Сейчас маршруты обслуживают 14 "
     "перевозчиков.\nЛидерами в январе–сентябре стали:\n— «Авиа-1» — 1,2 млн пассажиров;\n— «Авиа-2» — 0,8 млн "
     "пассажиров.", ["1,2 млн", "0,8 млн"], (date(2025, 1, 1), date(2025, 9, 30))),
    # a list under a total of a span gone by keeps the span
    ("2025-03-01", "За 2024 год в область приехали 1,2 млн туристов. По странам они распределяются так:\n"
     "• Россия — 400 тыс.;\n• Китай — 210 тыс.", ["400 тыс.", "210 тыс."], _year(2024)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "surfaces", "expected"), _NOW_GOES_ON, ids=[c[2][0] for c in _NOW_GOES_ON]
)
def test_present_goes_on_without_a_verb(
    published: str, text: str, surfaces: list[str], expected: tuple[date | None, date | None]
) -> None:
    for surface in surfaces:
        figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
        assert (surface, span(figure)) == (surface, expected)


# Look-alikes of each rule above, written and labelled by FORMAT.md before any run (another word order,
# a figure inside the clause, a start ahead, another anchor, a forecast, a base, another source):
# the start of the session and the rules must both read them so.
_LOOK_ALIKES = [
    # since a dated event
    ("2025-03-10", "С 2018 года, когда была запущена программа, в селах построено 120 школ.", "120",
     (date(2018, 1, 1), date(2025, 3, 10))),
    ("2025-03-10", "С 2020 года, когда закрылся завод, население поселка сократилось на 12%.", "12%",
     (date(2020, 1, 1), date(2025, 3, 10))),
    ("2025-03-10", "С 2021 года, когда в городе было 40 автобусов, парк заметно обновился.", "40", _year(2021)),
    ("2025-03-10", "Рост продолжается с 2019 года, когда выпуск составил 1,2 млн тонн.", "1,2 млн тонн", _year(2019)),
    ("2025-10-10", "С 2026 года, когда вступит в силу закон, пособие составит 95 тыс. тенге.", "95 тыс. тенге",
     (date(2026, 1, 1), None)),
    ("2025-06-10", "С 1 марта в городе действует новая схема, с момента ее запуска перевезено 2 млн пассажиров.",
     "2 млн", (date(2025, 3, 1), date(2025, 6, 10))),
    ("2025-06-10", "За январь–май через пункт прошли 40 тыс. машин, с момента открытия — 95 тыс.", "95 тыс.",
     (None, date(2025, 6, 10))),
    ("2025-06-10", "С начала года выдано 300 кредитов, а с момента старта программы — 2 100.", "2 100",
     (None, date(2025, 6, 10))),
    # the span pointed back at
    ("2025-03-10", "За 2020–2024 годы в регионе построили 60 школ, из них 15 — в 2024 году. За этот период число "
     "учителей выросло на 8%.", "8%", _years(2020, 2024)),
    ("2024-03-10", "В 2023 году открыто 12 клиник, а за 2019–2023 годы — 50. За этот период число врачей выросло "
     "на 10%.", "10%", _years(2019, 2023)),
    ("2025-03-10", "За последние пять лет экспорт вырос вдвое, а в этом году ожидается рост еще на 10%. За этот "
     "период открыто 30 заводов.", "30", (date(2020, 3, 10), date(2025, 3, 10))),
    ("2025-05-10", "В 2024 году экспорт составил 5 млн тонн, а в январе–марте 2025 года — 1,1 млн тонн. За тот же "
     "период прошлого года — 0,9 млн тонн.", "0,9 млн тонн", (date(2024, 1, 1), date(2024, 3, 31))),
    ("2025-11-10", "В январе–сентябре 2025 года порт перевалил 4,2 млн тонн грузов, в том числе в сентябре — 0,5 "
     "млн тонн. За этот период в порт зашли 310 судов.", "310", (date(2025, 1, 1), date(2025, 9, 30))),
    # the teller's words
    ("2025-03-06", "Об этом 3 марта на заседании правительства сообщил аким области.\nПо словам акима, в "
     "2026 году будет построено 5 школ.", "5", _year(2026)),
    ("2025-03-06", "Об этом 3 марта на заседании правительства сообщил аким.\nПо словам акима, в 2024 году износ "
     "сетей составлял 52%.", "52%", _year(2024)),
    ("2025-03-06", "Об этом 3 марта на заседании правительства сообщил министр.\nПо данным министерства, в стране "
     "действуют 120 котельных.", "120", (date(2025, 3, 6), date(2025, 3, 6))),
    ("2025-03-06", "Об этом 3 марта на заседании правительства сообщил министр.\nПо словам экспертов, износ сетей "
     "достигает 70%.", "70%", (date(2025, 3, 6), date(2025, 3, 6))),
    # the present going on with no verb
    ("2025-11-20", "В работе у области сейчас 102 проекта. Кроме того, в прошлом месяце запущено 7 проектов.", "7",
     (date(2025, 10, 1), date(2025, 10, 31))),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "surface", "expected"), _LOOK_ALIKES, ids=[c[2] for c in _LOOK_ALIKES]
)
def test_look_alikes_keep_their_reading(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected
