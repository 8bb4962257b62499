"""Russian period forms read wrong across several writers' held-out articles, in sentences of our own
(other words, numbers and places), each labelled by tests/realworld/FORMAT.md before any run.

- a participle aside with a year of its own (", составлявшая в прошлом году 105% ...,", ", действовавших
  в 2025 году,") dates what it says of, not the figure of the main clause told after it;
- a named season dates its figure: what the coming heating season needs is that season's (October to
  April), a count "с начала отопительного сезона" runs from 1 October to the report, what is set aside
  "на посевную" is the spring's (March to May);
- "годом ранее" after a span ending on 29 February is the same months a year back (to 28 February), not
  the whole year before;
- a standing size told with a dash and no verb ("Общая протяженность дорожной сети — 6 183 км") is the
  state at publication, as with "составляет";
- a count told done right before the rest of this year's plan ("..., а до конца года ожидается еще 386")
  is the done part of the year's plan, 1 January to publication;
- "Большинство из них — ..." breaks down the total just given, counted when the total is.
Each group holds look-alikes that kept their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _day(day: date) -> tuple[date, date]:
    return day, day


_ASIDES = [
    # the aside's own figure keeps the aside's year; the main clause's figures after it do not take it
    ("2026-01-05", "С 1 января минимальная пенсия составляет 41 200 тенге, а максимальная, составлявшая в прошлом "
     "году 105% прожиточного минимума, поднята до 112%, или до 57 300 тенге.", "105%", _year(2025)),
    ("2026-01-05", "С 1 января минимальная пенсия составляет 41 200 тенге, а максимальная, составлявшая в прошлом "
     "году 105% прожиточного минимума, поднята до 112%, или до 57 300 тенге.", "112%", (date(2026, 1, 1), None)),
    ("2026-01-05", "С 1 января минимальная пенсия составляет 41 200 тенге, а максимальная, составлявшая в прошлом "
     "году 105% прожиточного минимума, поднята до 112%, или до 57 300 тенге.", "57 300 тенге",
     (date(2026, 1, 1), None)),
    # the aside right after the old level dates that level; the new level is the year the sentence names
    ("2026-01-10", "На 2026 год ставка сбора увеличена с 3 500 тенге, действовавших в 2025 году, до 3 900 тенге.",
     "3 500 тенге", _year(2025)),
    ("2026-01-10", "На 2026 год ставка сбора увеличена с 3 500 тенге, действовавших в 2025 году, до 3 900 тенге.",
     "3 900 тенге", _year(2026)),
    ("2026-01-10", "Плата за вывоз мусора поднята с 610 тенге, действовавших в прошлом году, до 680 тенге в месяц.",
     "610 тенге", _year(2025)),
    # a plan told after the aside names no time of its own: no period (FORMAT: null)
    ("2025-03-01", "Предприятие, выпускавшее в 2019 году 12 тыс. тонн сыра, планирует нарастить выпуск до 20 тыс. "
     "тонн.", "12 тыс. тонн", _year(2019)),
    ("2025-03-01", "Предприятие, выпускавшее в 2019 году 12 тыс. тонн сыра, планирует нарастить выпуск до 20 тыс. "
     "тонн.", "20 тыс. тонн", (None, None)),
    ("2025-11-28", "Аэропорт Шымкента, обслуживший в 2024 году 3,2 млн пассажиров, намерен увеличить пропускную "
     "способность до 9 млн человек в год.", "9 млн", (None, None)),
    # look-alikes: a main clause told in the past goes on in the aside's span; "сейчас" dates its own clause
    ("2025-11-20", "Инвестиции, составившие в январе–октябре 640 млрд тенге, выросли на 7%.", "7%",
     (date(2025, 1, 1), date(2025, 10, 31))),
    ("2025-03-01", "Комбинат, выпускавший в 2020 году 40 тыс. тонн продукции, сейчас производит 65 тыс. тонн.",
     "65 тыс. тонн", _day(date(2025, 3, 1))),
    ("2025-03-01", "Порт, открытый в 2018 году, в прошлом году обработал 2,4 млн тонн грузов.", "2,4 млн тонн",
     _year(2024)),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "surface", "expected"), _ASIDES, ids=[c[2] for c in _ASIDES])
def test_participle_aside_dates_its_own(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected


_SEASONS = [
    # what the coming heating season needs: October to April of that season
    ("2025-08-13", "На предстоящий отопительный сезон в Павлодарской области требуется 610 тыс. тонн угля.",
     "610 тыс. тонн", (date(2025, 10, 1), date(2026, 4, 30))),
    ("2024-09-02", "На отопительный сезон бюджетным организациям района требуются 14 тыс. тонн угля.",
     "14 тыс. тонн", (date(2024, 10, 1), date(2025, 4, 30))),
    # a count since the heating season began: from 1 October to the report
    ("2026-02-20", "С начала отопительного сезона в области зарегистрировано 318 пожаров.", "318",
     (date(2025, 10, 1), date(2026, 2, 20))),
    ("2026-02-20", "С начала текущего отопительного сезона в области зарегистрировано 318 пожаров.", "318",
     (date(2025, 10, 1), date(2026, 2, 20))),
    ("2025-12-05", "С начала отопительного сезона на теплосетях города устранено 46 порывов.", "46",
     (date(2025, 10, 1), date(2025, 12, 5))),
    # what is set aside for the sowing campaign: the spring's months
    ("2025-04-10", "На посевную аграриям области выделено 38 тыс. тонн дизельного топлива.", "38 тыс. тонн",
     (date(2025, 3, 1), date(2025, 5, 31))),
    ("2024-03-20", "На посевную кампанию фермерам направлено 6,5 млрд тенге льготных кредитов.", "6,5 млрд тенге",
     (date(2024, 3, 1), date(2024, 5, 31))),
    # look-alikes: a stock got ready for the season is counted now; "с начала года" keeps its year
    ("2025-08-13", "На отопительный сезон заготовлено 300 тыс. тонн угля.", "300 тыс. тонн", _day(date(2025, 8, 13))),
    ("2026-02-20", "С начала года в области зарегистрировано 94 пожара.", "94", (date(2026, 1, 1), date(2026, 2, 20))),
    ("2025-10-25", "В этом году собрано 26 млн тонн зерна. Из 700 млрд тенге, выделенных на посевную, освоено 502 "
     "млрд тенге.", "700 млрд тенге",
     _year(2025)),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "surface", "expected"), _SEASONS, ids=[c[2] for c in _SEASONS])
def test_named_season_dates_its_figure(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected


_LEAP = [
    # "годом ранее" after January–February of a leap year: the same months a year back
    ("2020-04-27", "В январе–феврале 2020 года экспорт угля составил 12 400 тонн (годом ранее — 15 500 тонн).",
     "15 500 тонн", (date(2019, 1, 1), date(2019, 2, 28))),
    ("2024-04-10", "За январь–февраль 2024 года перевезено 1,8 млн тонн против 1,6 млн тонн годом ранее.",
     "1,6 млн тонн", (date(2023, 1, 1), date(2023, 2, 28))),
    # look-alikes: the figure keeps its own months; a span not ending on 29 February moves as it did
    ("2024-04-10", "За январь–февраль 2024 года перевезено 1,8 млн тонн против 1,6 млн тонн годом ранее.",
     "1,8 млн тонн", (date(2024, 1, 1), date(2024, 2, 29))),
    ("2024-04-10", "За январь–март 2024 года перевезено 2,7 млн тонн против 2,5 млн тонн годом ранее.",
     "2,5 млн тонн", (date(2023, 1, 1), date(2023, 3, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "surface", "expected"), _LEAP, ids=[c[2] for c in _LEAP])
def test_year_back_from_a_leap_february(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected


_SIZES = [
    # the size of what stands, told with a dash and no verb after a span's deeds: now (FORMAT.md: a
    # present state with no date of its own is the state at publication)
    ("2026-01-01", "За 2023–2025 годы в области отремонтировано 1 200 км дорог. Общая протяженность дорожной сети "
     "области — 6 183 км, из них 1 349 км приходится на дороги республиканского значения.", "6 183 км",
     _day(date(2026, 1, 1))),
    ("2026-01-01", "За 2023–2025 годы в области отремонтировано 1 200 км дорог. Общая протяженность дорожной сети "
     "области — 6 183 км, из них 1 349 км приходится на дороги республиканского значения.", "1 349 км",
     _day(date(2026, 1, 1))),
    ("2025-09-23", "В 2025 году заводы переработали 2,1 млн тонн семян. Совокупная мощность заводов – до 4,7 млн "
     "тонн сырья в год.", "4,7 млн тонн", _day(date(2025, 9, 23))),
    ("2025-06-10", "За пять месяцев выработано 48 млрд кВт·ч электроэнергии. Установленная мощность "
     "электростанций области — 2,4 ГВт.", "2,4 ГВт", _day(date(2025, 6, 10))),
    # look-alikes: the length of what the span built is the span's; a day or a past copula keeps its date
    ("2025-09-23", "В 2025 году построено 48 км сетей. Протяженность построенных сетей — 48 км.", "48 км",
     _year(2025)),
    ("2025-09-23", "В 2025 году построено 48 км сетей. На 1 января 2025 года протяженность сетей — 6 100 км.",
     "6 100 км", _day(date(2025, 1, 1))),
    ("2025-09-23", "В 2024 году протяженность дорог области составила 6 100 км.", "6 100 км", _year(2024)),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "surface", "expected"), _SIZES, ids=[c[2] for c in _SIZES])
def test_standing_size_told_with_a_dash(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected


_DONE_BEFORE_REST = [
    # a count told done right before the rest of this year's plan: the part of the year's plan done so far,
    # from 1 January to publication (FORMAT.md)
    ("2025-08-15", "В районе построено 14 км водопровода, до конца года планируется проложить еще 9 км.", "14 км",
     (date(2025, 1, 1), date(2025, 8, 15))),
    ("2025-07-01", "Из бюджета приобретено 36 автобусов, а до конца года ожидается поставка еще 20.", "36",
     (date(2025, 1, 1), date(2025, 7, 1))),
    ("2025-09-02", "Отремонтированы 58 школ, до конца года их число должно дойти до 90.", "58",
     (date(2025, 1, 1), date(2025, 9, 2))),
    ("2025-10-10", "В этом году газифицировано 12 сел, до конца года будут газифицированы еще 5.", "12",
     (date(2025, 1, 1), date(2025, 10, 10))),
    # the rest keeps its deadline; a count with no rest told is the total so far; a past year keeps its year
    ("2025-08-15", "В районе построено 14 км водопровода, до конца года планируется проложить еще 9 км.", "9 км",
     (None, date(2025, 12, 31))),
    ("2025-09-02", "Отремонтировано 40 км дорог.", "40 км", _day(date(2025, 9, 2))),
    ("2025-05-10", "В 2024 году построено 18 школ, до конца года планируется сдать еще 6.", "18", _year(2024)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "surface", "expected"), _DONE_BEFORE_REST, ids=[c[2] for c in _DONE_BEFORE_REST]
)
def test_done_before_the_rest_of_the_year(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected


_MOST_OF_THEM = [
    # "Большинство из них — ...": how the total just given is made up, counted when the total is (a present
    # total: now), not the span the headline reports
    ("2025-05-20", "С начала года на выплаты ушло 40 млрд тенге",
     "Сейчас в области проживают 58 тыс. пенсионеров. Большинство из них — женщины: 36 тыс., или 62%.", "36 тыс.",
     _day(date(2025, 5, 20))),
    ("2025-05-20", "С начала года на выплаты ушло 40 млрд тенге",
     "Сейчас в области проживают 58 тыс. пенсионеров. Большинство из них — женщины: 36 тыс., или 62%.", "62%",
     _day(date(2025, 5, 20))),
    ("2025-07-10", "За полугодие фермеры получили 12 млрд тенге субсидий",
     "Сейчас в регионе насчитывается 4 200 фермерских хозяйств. Большая часть из них — 2 900 — занимается "
     "животноводством.", "2 900", _day(date(2025, 7, 10))),
    # look-alikes: a stock's day and a span keep theirs
    ("2025-10-15", "За девять месяцев пособия получили 3 тыс. человек",
     "На 1 октября в регионе зарегистрировано 12 400 безработных. Большая часть из них — молодежь до 29 лет: "
     "5 100 человек.", "5 100", _day(date(2025, 10, 1))),
    ("2019-06-19", "", "За январь–март по стране путешествовали 1,2 млн казахстанцев. Большинство из них — 918 тыс. — "
     "выбирали поездки внутри страны.", "918 тыс.", (date(2019, 1, 1), date(2019, 3, 31))),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "title", "text", "surface", "expected"), _MOST_OF_THEM, ids=[c[3] for c in _MOST_OF_THEM]
)
def test_most_of_them_is_the_totals(
    published: str, title: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), title=title, language="ru")
    assert span(figure) == expected


_LOOK_ALIKES_NARROWED = [
    # an imperfective participle aside with no new level set after it: the main clause told in the past
    # goes on in the aside's year (the aside tells what the plant or airport was doing then)
    ("2025-10-15", "Комбинат, работавший в 2024 году в три смены, выпустил 80 тыс. тонн стали.", "80 тыс. тонн",
     _year(2024)),
    ("2025-10-15", "Аэропорт Шымкента, принимавший в 2024 году рейсы 25 авиакомпаний, обслужил 3 млн пассажиров.",
     "3 млн", _year(2024)),
    ("2025-10-15", "Клиника, принимавшая в прошлом году пациентов из трех областей, провела 4 тыс. операций.",
     "4 тыс.", _year(2024)),
    # a participle aside after the figure tells who they are; the clause's own span, named before, is the
    # figure's (only the old level of a change "с ..., действовавших в 2025 году" takes the aside's year)
    ("2025-10-15", "В январе–августе 2025 года трудоустроены 9 тыс. человек, потерявших в 2024 году работу.",
     "9 тыс.", (date(2025, 1, 1), date(2025, 8, 31))),
    ("2025-10-15", "В этом году компенсации получили 2 100 семей, пострадавших от паводков в прошлом году.",
     "2 100", _year(2025)),
    # "на посевную" beside a time of its own: a span of another kind is the figure's; a year makes it the
    # spring of that year
    ("2025-10-15", "С начала года на посевную выделено 95 млрд тенге.", "95 млрд тенге",
     (date(2025, 1, 1), date(2025, 10, 15))),
    ("2025-10-15", "За восемь месяцев аграрии получили 410 млрд тенге, в том числе на посевную – 150 млрд тенге.",
     "150 млрд тенге", (date(2025, 1, 1), date(2025, 8, 31))),
    ("2025-10-15", "В 2024 году на посевную было выделено 42 тыс. тонн дизтоплива.", "42 тыс. тонн",
     (date(2024, 3, 1), date(2024, 5, 31))),
    # the size, told with a dash, of what the sentence before told built or opened in a past span goes on
    # with that report (not a standing network's size)
    ("2025-10-15", "В 2024 году в районе проложили новые водопроводы. Общая протяженность новых сетей — 210 км.",
     "210 км", _year(2024)),
    ("2025-10-15", "В прошлом году в Актобе открылся новый ледовый дворец. Общая вместимость арены — 5 тыс. "
     "зрителей.", "5 тыс.", _year(2024)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "surface", "expected"),
    _LOOK_ALIKES_NARROWED,
    ids=[c[2] for c in _LOOK_ALIKES_NARROWED],
)
def test_look_alikes_of_this_session_forms(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected
