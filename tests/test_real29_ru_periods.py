"""Periods and kinds seen on real stored Russian pages (round real29ru), in sentences of our own.
Labelled by tests/realworld/FORMAT.md:
  1. "прошлым летом", "минувшей весной" are the last such season over by publication (last year's
     when this year's has not yet passed), not the coming one; "этим летом" stays this year's;
  2. a deadline after the figure that belongs to a later goal does not date it: a purpose clause
     ("..., чтобы достичь плановых показателей к концу года") or a later clause with a figure of its
     own ("Охват составляет 81%, к концу года он должен достичь 90%"); a present clause with no cue
     of its own is what is (actual, at publication), not the next clause's goal;
  3. "в том же квартале 2024 года", "к соответствующему месяцу" are comparison bases, not the
     period of the next clause's change;
  4. ", что уже создало ..." after a span already over is that span's result, not a tally at publication;
  5. "ожидают жилье" is who waits in line (a state at publication), not an outlook; the members of a
     figureless ranking lead ("Больше всего очередников:", "Больше всего – в Алматы") are parts of
     the total just told and share its period;
  6. funding "сохранен на уровне" for the year under way is a plan, like money allocated for it;
  7. "Если в первом квартале ..., то сейчас ...": what follows goes on from now, not the quarter;
  8. "по итогам 10-ти месяцев", "за 9-ть месяцев": a numeral with its case ending is the months' span;
  9. head counts of people by group or place ("городских", "женщин", "в городе проживают") after a
     flow over the span a stock day closes ("За полгода население увеличилось"), or after a span that
     ended before a head count told at a day ("на сегодняшний день живет ..."), are of that day;
     "за рассматриваемый период" after a stock day on a month's first is the year up to that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, surfaces
from tests.figure_lookup import span as _span

_QUEUE = "В очереди на жилье стоят 30 500 человек. Прошлым летом очередь достигала 36 тысяч человек."
_COVERAGE = (
    "Министр отметил: «Акимам Абайской (охват – 71,2%) и Жамбылской (охват – 82,4%) областей нужно "
    "ускорить работу, чтобы выполнить план к концу года»."
)
_WAGES = (
    "В третьем квартале средняя зарплата составила 400 000 тенге. Это на 9% больше, чем в том же "
    "квартале 2024 года, однако в сравнении со вторым кварталом текущего года отмечается снижение на 3,1%."
)
_WAITING = (
    "Только за январь в очередь встали 12 тысяч человек.\nВсего 655 тысяч казахстанцев ожидают жилье.\n"
    "Больше всего очередников:\n- в Туркестанской области – 68 329;\n- в Алматы – 60 112."
)
_GARDENS = (
    "С начала года растет число детских садов. Если в первом квартале было открыто 117 садов, то сейчас "
    "308.\nОхват детей в Абайской области – 71,2%, в Жамбылской – 82,4%."
)
_HEADS = (
    "На 1 июля в стране проживали 20 150 000 человек. За полгода население увеличилось на 120 тыс. "
    "человек. Городских жителей – 12,5 млн человек. За полгода родились 180 тыс. детей. Женщин в стране "
    "10,3 млн человек. Больше всего жителей в Алматы (2,2 млн человек), в городе Шымкенте проживают 1,2 млн человек."
)
_HEADS_NOW = (
    "По данным статистиков, на сегодняшний день в стране живет 20 400 000 человек.\nЗа январь прирост "
    "населения составил 15 000 человек.\nИз всего населения 12,9 млн человек – городские жители, а 7,5 млн – "
    "сельские.\nЗа январь родились 30 тыс. детей."
)
_REVIEWED = (
    "Численность населения на 1 июля 2019 года составила 18,5 млн человек. За рассматриваемый период "
    "положительное сальдо миграции сложилось в Астане (56 тыс. человек)."
)


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        # 1. last summer, last spring
        (_QUEUE, date(2024, 5, 15), "36 тысяч", (date(2023, 6, 1), date(2023, 8, 31))),
        (_QUEUE, date(2024, 5, 15), "30 500", (date(2024, 5, 15), date(2024, 5, 15))),
        (
            "Прошлым летом в парках отдохнули 40 тысяч горожан.",
            date(2024, 11, 15),
            "40 тысяч",
            (date(2024, 6, 1), date(2024, 8, 31)),
        ),
        (
            "Минувшей весной фермеры посеяли 100 тысяч гектаров.",
            date(2024, 5, 15),
            "100 тысяч гектаров",
            (date(2023, 3, 1), date(2023, 5, 31)),
        ),
        (
            "Летом 2023 года в парках отдохнули 40 тысяч горожан.",
            date(2024, 5, 15),
            "40 тысяч",
            (date(2023, 6, 1), date(2023, 8, 31)),
        ),
        # 2. a later goal's deadline
        (_COVERAGE, date(2023, 8, 15), "71,2%", (date(2023, 8, 15), date(2023, 8, 15))),
        (_COVERAGE, date(2023, 8, 15), "82,4%", (date(2023, 8, 15), date(2023, 8, 15))),
        (
            "Охват детей садами составляет 81%, к концу года он должен достичь 90%.",
            date(2023, 8, 15),
            "81%",
            (date(2023, 8, 15), date(2023, 8, 15)),
        ),
        (
            "Охват детей садами составляет 81%, к концу года он должен достичь 90%.",
            date(2023, 8, 15),
            "90%",
            (None, date(2023, 12, 31)),
        ),
        (
            "К концу года охват детей садами должен достичь 90%.",
            date(2023, 8, 15),
            "90%",
            (None, date(2023, 12, 31)),
        ),
        (
            "До конца года планируется открыть 12 детских садов, чтобы снизить очередь.",
            date(2023, 8, 15),
            "12",
            (None, date(2023, 12, 31)),
        ),
        # 3. a same quarter named as a base
        (_WAGES, date(2025, 11, 24), "3,1%", (date(2025, 7, 1), date(2025, 9, 30))),
        (_WAGES, date(2025, 11, 24), "9%", (date(2025, 7, 1), date(2025, 9, 30))),
        # 4. what a deed over a span has already brought
        (
            "За первые девять месяцев года запущено 30 проектов, что уже создало 2 100 рабочих мест.",
            date(2023, 11, 20),
            "2 100",
            (date(2023, 1, 1), date(2023, 9, 30)),
        ),
        (
            "За первые девять месяцев года запущено 30 проектов, уже создано 2 100 рабочих мест.",
            date(2023, 11, 20),
            "2 100",
            (date(2023, 11, 20), date(2023, 11, 20)),
        ),
        # 5. who waits now, and a ranking of them
        (_WAITING, date(2024, 2, 10), "655 тысяч", (date(2024, 2, 10), date(2024, 2, 10))),
        (_WAITING, date(2024, 2, 10), "68 329", (date(2024, 2, 10), date(2024, 2, 10))),
        (_WAITING, date(2024, 2, 10), "60 112", (date(2024, 2, 10), date(2024, 2, 10))),
        (_WAITING, date(2024, 2, 10), "12 тысяч", (date(2024, 1, 1), date(2024, 1, 31))),
        (
            "За январь в очередь встали 12 тысяч человек. Больше всего – в Алматы, 3 тысячи.",
            date(2024, 2, 10),
            "3 тысячи",
            (date(2024, 1, 1), date(2024, 1, 31)),
        ),
        # 7. then and now
        (_GARDENS, date(2023, 8, 15), "71,2%", (date(2023, 8, 15), date(2023, 8, 15))),
        (_GARDENS, date(2023, 8, 15), "117", (date(2023, 1, 1), date(2023, 3, 31))),
        (
            "В первом квартале было открыто 117 садов.\nВо втором квартале – еще 40.",
            date(2023, 8, 15),
            "117",
            (date(2023, 1, 1), date(2023, 3, 31)),
        ),
        # 8. a numeral with its case ending
        (
            "По итогам 10-ти месяцев 2021 года число субъектов МСБ выросло на 5,4%.",
            date(2021, 11, 30),
            "5,4%",
            (date(2021, 1, 1), date(2021, 10, 31)),
        ),
        (
            "Доля МСБ в ВРП по итогам 6-и месяцев т.г. составила 27,1%.",
            date(2021, 11, 30),
            "27,1%",
            (date(2021, 1, 1), date(2021, 6, 30)),
        ),
        (
            "За 10 месяцев выпуск вырос на 3%.",
            date(2021, 11, 30),
            "3%",
            (date(2021, 1, 1), date(2021, 10, 31)),
        ),
        # 9. head counts of a stock day, and the span it closes
        (_HEADS, date(2024, 8, 10), "12,5 млн", (date(2024, 7, 1), date(2024, 7, 1))),
        (_HEADS, date(2024, 8, 10), "10,3 млн", (date(2024, 7, 1), date(2024, 7, 1))),
        (_HEADS, date(2024, 8, 10), "1,2 млн", (date(2024, 7, 1), date(2024, 7, 1))),
        (_HEADS, date(2024, 8, 10), "120 тыс.", (date(2024, 1, 1), date(2024, 6, 30))),
        (_HEADS, date(2024, 8, 10), "180 тыс.", (date(2024, 1, 1), date(2024, 6, 30))),
        (_HEADS_NOW, date(2024, 2, 20), "12,9 млн", (date(2024, 2, 20), date(2024, 2, 20))),
        (_HEADS_NOW, date(2024, 2, 20), "7,5 млн", (date(2024, 2, 20), date(2024, 2, 20))),
        (_HEADS_NOW, date(2024, 2, 20), "15 000", (date(2024, 1, 1), date(2024, 1, 31))),
        (_HEADS_NOW, date(2024, 2, 20), "30 тыс.", (date(2024, 1, 1), date(2024, 1, 31))),
        (_REVIEWED, date(2019, 8, 20), "56 тыс.", (date(2019, 1, 1), date(2019, 6, 30))),
        (_REVIEWED, date(2019, 8, 20), "18,5 млн", (date(2019, 7, 1), date(2019, 7, 1))),
    ],
)
def test_real29_ru_periods(
    text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language="ru")) == expected


@pytest.mark.parametrize(
    ("text", "published", "surface", "kind"),
    [
        (_QUEUE, date(2024, 5, 15), "36 тысяч", "actual"),
        ("Охват детей садами составляет 81%, к концу года он должен достичь 90%.", date(2023, 8, 15), "81%", "actual"),
        ("Охват детей садами составляет 81%, к концу года он должен достичь 90%.", date(2023, 8, 15), "90%", "target"),
        ("Износ сетей составляет 60%, к 2030 году его нужно снизить до 40%.", date(2023, 8, 15), "60%", "actual"),
        (_WAITING, date(2024, 2, 10), "655 тысяч", "actual"),
        ("Эксперты ожидают роста цен на 10%.", date(2024, 2, 10), "10%", "forecast"),
        ("В этом году объем финансирования программы сохранен на уровне 20 млрд тенге.", date(2024, 2, 10),
         "20 млрд тенге", "plan"),
        ("Объем финансирования на 2024 год сохранен на уровне прошлого года – 20 млрд тенге.", date(2024, 2, 10),
         "20 млрд тенге", "plan"),
        ("В 2023 году объем финансирования программы был сохранен на уровне 20 млрд тенге.", date(2024, 2, 10),
         "20 млрд тенге", "actual"),
    ],
)  # fmt: skip
def test_real29_ru_kinds(text: str, published: date, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, published, language="ru").kind == kind


def test_real29_ru_month_count_is_no_figure() -> None:
    # "6-и месяцев" is the span of the figure after it, not a count of six
    found = surfaces("Доля МСБ в ВРП по итогам 6-и месяцев т.г. составила 27,1%.", date(2021, 11, 30), "ru")
    assert found == ["27,1%"]
