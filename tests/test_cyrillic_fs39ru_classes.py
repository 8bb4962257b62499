"""Russian classes found on the fresh set d39 at first sight (extractor +fs39ru): sentences of our
own, labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.cyrillic_kinds import find_cues
from etl.extract.cyrillic_numbers import reader_for
from etl.extract.languages.ru import RUSSIAN
from tests.figure_lookup import surfaces
from tests.test_cyrillic_ru11_classes import ANY, _check

CASES = [
    # --- a year after "за тот же период" whose verb is left out goes on with the same span ----------
    pytest.param(
        "2024-11-15",
        "",
        (
            "За девять месяцев 2024 года элеваторы приняли 6,1 млн тонн зерна. За тот же период 2023 года "
            "на хранение поступило 5,4 млн тонн, а в 2022 году – 4,9 млн."
        ),
        {
            6.1e6: (("2024-01-01", "2024-09-30"), "actual"),
            5.4e6: (("2023-01-01", "2023-09-30"), "actual"),
            4.9e6: (("2022-01-01", "2022-09-30"), "actual"),
        },
        id="same_span_year_then_elliptic_year",
    ),
    pytest.param(
        "2023-08-10",
        "",
        (
            "В первом полугодии 2023 года в регионе зарегистрировано 3 200 новых предприятий. За "
            "аналогичный период 2022 года их было 2 900, в 2021-м – 2 450."
        ),
        {
            3200: (("2023-01-01", "2023-06-30"), "actual"),
            2900: (("2022-01-01", "2022-06-30"), "actual"),
            2450: (("2021-01-01", "2021-06-30"), "actual"),
        },
        id="same_span_year_then_elliptic_year_m",
    ),
    # --- "В 2021 году за аналогичный период": the same span, the words the other way round ----------
    pytest.param(
        "2022-08-12",
        "",
        (
            "В январе–июле 2022 года вокзалы обслужили 9,4 млн пассажиров. В 2021 году за аналогичный "
            "период через вокзалы прошли 8,8 млн человек, в 2020-м – 5,2 млн."
        ),
        {
            9.4e6: (("2022-01-01", "2022-07-31"), "actual"),
            8.8e6: (("2021-01-01", "2021-07-31"), "actual"),
            5.2e6: (("2020-01-01", "2020-07-31"), "actual"),
        },
        id="year_then_same_period_words_reversed",
    ),
    # look-alikes: a year after a span not worded as "the same" keeps the whole year; a year with its
    # own verb is its own
    pytest.param(
        "2024-08-05",
        "",
        "В первом полугодии 2024 года продано 50 тракторов, а в 2023 году – 180 за весь год.",
        {50: (("2024-01-01", "2024-06-30"), "actual"), 180: (("2023-01-01", "2023-12-31"), "actual")},
        id="elliptic_year_after_plain_span_kept",
    ),
    pytest.param(
        "2024-11-15",
        "",
        (
            "За тот же период 2023 года на хранение поступило 5,4 млн тонн, а в 2022 году элеваторы "
            "приняли 7,9 млн тонн."
        ),
        {7.9e6: (("2022-01-01", "2022-12-31"), "actual")},
        id="year_with_its_own_verb_kept",
    ),
    # --- a state told in the present in a later paragraph is now, not the plan's year ahead ---------
    pytest.param(
        "2025-12-05",
        "",
        (
            "В 2026 году в области планируется заложить 40 новых скверов.\n"
            "Общая площадь зеленых насаждений в городах составляет 12,4 тыс. гектаров."
        ),
        {40: (("2026-01-01", "2026-12-31"), "plan"), 12.4e3: (("2025-12-05", "2025-12-05"), "actual")},
        id="present_state_next_paragraph_after_year_ahead",
    ),
    pytest.param(
        "2024-11-20",
        "",
        (
            "В следующем году дорожникам предстоит отремонтировать 900 км трасс.\n"
            "Ремонт давно назрел.\n"
            "Протяженность сети автодорог области составляет 6 300 км, из них в хорошем состоянии "
            "находится около 70%."
        ),
        {
            900: (("2025-01-01", "2025-12-31"), "plan"),
            6300: (("2024-11-20", "2024-11-20"), "actual"),
            70: (("2024-11-20", "2024-11-20"), "actual"),
        },
        id="present_state_two_paragraphs_after_next_year",
    ),
    # look-alikes: in the plan's own paragraph the present goes on with the plan; a start with no end
    # ("С 1 января ...") keeps what the present tells of it
    pytest.param(
        "2025-12-05",
        "",
        "В 2026 году планируется заложить 40 новых скверов. Их общая площадь составляет 35 гектаров.",
        {35: (("2026-01-01", "2026-12-31"), "plan")},
        id="present_in_plan_paragraph_kept",
    ),
    pytest.param(
        "2015-12-10",
        "",
        (
            "С 1 января 2016 года в области вырастут тарифы на воду.\n"
            "Водоканал поднимает стоимость кубометра на 12% — до 80 тенге."
        ),
        {12: (("2016-01-01", None), "plan")},
        id="present_after_start_ahead_kept",
    ),
    # --- the next member of a list of builds keeps the plan of "строительство ... мощностью" ---------
    pytest.param(
        "2025-06-10",
        "",
        (
            "Среди ключевых проектов – строительство ветровой станции мощностью 300 МВт в Жамбылской "
            "области и солнечной станции на 150 МВт под Балхашем."
        ),
        {300: (ANY, "plan"), 150: (ANY, "plan")},
        id="next_build_in_list_on_capacity",
    ),
    pytest.param(
        "2025-06-10",
        "",
        (
            "Среди одобренных проектов – строительство школы вместимостью 1 200 мест в Косшы и детского "
            "сада на 320 мест в Талгаре."
        ),
        {1200: (ANY, "plan"), 320: (ANY, "plan")},
        id="next_build_in_list_on_places",
    ),
    # look-alike: a build told as done keeps the done reading of its members
    pytest.param(
        "2025-06-10",
        "",
        "В мае завершено строительство школы вместимостью 1 200 мест и детского сада на 320 мест.",
        {1200: (ANY, "actual"), 320: (ANY, "actual")},
        id="finished_builds_in_list_kept",
    ),
    # --- "в рамках второй задачи" names the part of a programme, not a goal ---------------------------
    pytest.param(
        "2025-11-20",
        "",
        "В рамках третьей задачи продолжается ремонт 48 сельских школ.",
        {48: (("2025-11-20", "2025-11-20"), "actual")},
        id="works_within_a_task_going_on",
    ),
    pytest.param(
        "2025-11-20",
        "",
        "В рамках этой задачи сейчас реконструируются 14 подстанций.",
        {14: (("2025-11-20", "2025-11-20"), "actual")},
        id="works_within_this_task_now",
    ),
    # look-alike: a task whose level is told stays a goal
    pytest.param(
        "2025-11-20",
        "",
        "Задача – довести охват интернетом до 95% к 2027 году.",
        {95: ((None, "2027-12-31"), "target")},
        id="task_with_its_level_kept",
    ),
    # --- the money a need is estimated at is an expected outcome ----------------------------------------
    pytest.param(
        "2025-05-10",
        "",
        "В прошлом году акимат оценил потребность в финансировании ремонта дорог в 42 млрд тенге.",
        {42e9: (ANY, "forecast")},
        id="need_estimated_past_active",
    ),
    pytest.param(
        "2025-05-10",
        "",
        "Потребность отрасли в инвестициях эксперты оценивают в 1,5 трлн тенге.",
        {1.5e12: (ANY, "forecast")},
        id="need_estimated_present",
    ),
    pytest.param(
        "2025-05-10",
        "",
        "Тогда министр оценивала потребность в средствах на переоснащение поликлиник в 85 млрд тенге.",
        {85e9: (ANY, "forecast")},
        id="need_estimated_past_feminine",
    ),
    # look-alikes: a project's estimated cost stays planned spending; money spent stays done
    pytest.param(
        "2025-05-10",
        "",
        "Стоимость проекта оценивается в 300 млрд тенге.",
        {300e9: (ANY, "plan")},
        id="project_cost_estimated_kept",
    ),
    pytest.param(
        "2025-05-10",
        "",
        "В 2024 году на нужды отрасли потрачено 310 млрд тенге, потребность удовлетворена.",
        {310e9: (("2024-01-01", "2024-12-31"), "actual")},
        id="money_spent_beside_need_kept",
    ),
    # --- a worked example of a rule in force, told in the future, is the rule's outcome now ------------
    pytest.param(
        "2025-03-12",
        "",
        (
            "По состоянию на 1 марта пособие получали 410 тыс. человек. Если доход семьи не превышает "
            "прожиточного минимума, пособие равно 40% от него. Так, при доходе ниже 30 тыс. тенге выплата "
            "составит 60% минимума."
        ),
        {40: (("2025-03-12", "2025-03-12"), "actual"), 60: (("2025-03-12", "2025-03-12"), "actual")},
        id="worked_example_of_rule_future",
    ),
    pytest.param(
        "2025-03-12",
        "",
        (
            "На 1 марта пенсию получали 2,4 млн человек. За каждый год стажа сверх 15 лет пенсия растет на "
            "1%. Например, при стаже 25 лет надбавка составит 10% минимума."
        ),
        {10: (("2025-03-12", "2025-03-12"), "actual")},
        id="worked_example_for_instance",
    ),
    # look-alike: a plan's condition keeps the plan
    pytest.param(
        "2025-03-12",
        "",
        (
            "На 1 марта пенсию получали 2,4 млн человек. Если программа будет выполнена, выплата составит "
            "95% минимума."
        ),
        {95: (ANY, "plan")},
        id="plan_condition_kept",
    ),
    # --- "задачей остается" is the copula of a goal still set: its level is the goal's ----------------
    pytest.param(
        "2025-08-21",
        "",
        "Главной задачей остается снижение износа тепловых сетей до 50%.",
        {50: (ANY, "target")},
        id="goal_remains_level",
    ),
    pytest.param(
        "2025-08-21",
        "",
        "Ключевой задачей на ближайшие годы остается доведение охвата интернетом до 95%.",
        {95: (ANY, "target")},
        id="goal_remains_level_with_words_between",
    ),
    # look-alikes: the works a task still holds stay a plan; a state that remains stays a state
    pytest.param(
        "2025-08-21",
        "",
        "Второй задачей программы остается реконструкция 18 котельных.",
        {18: (ANY, "plan")},
        id="task_remains_works_kept",
    ),
    pytest.param(
        "2025-08-21",
        "",
        "Износ сетей остается высоким – 60%.",
        {60: (("2025-08-21", "2025-08-21"), "actual")},
        id="state_remains_kept",
    ),
    # look-alike: a short participle in "-ян" stays done
    pytest.param(
        "2025-08-21",
        "",
        "В области засеян 1 млн гектаров.",
        {1e6: (ANY, "actual")},
        id="short_participle_kept",
    ),
    # --- a state told in the present after an event's day ahead is now -------------------------------
    pytest.param(
        "2025-03-20",
        "",
        "Весенние каникулы начнутся 24 марта. В городе работают 212 школ, в которых учатся 190 тыс. детей.",
        {212: (("2025-03-20", "2025-03-20"), "actual"), 190e3: (("2025-03-20", "2025-03-20"), "actual")},
        id="present_state_after_event_day_ahead",
    ),
    pytest.param(
        "2025-05-28",
        "",
        "Ярмарка откроется 1 июня 2025 года. Торговые места получают 300 фермеров из пяти районов.",
        {300: (("2025-05-28", "2025-05-28"), "actual")},
        id="present_after_opening_day_ahead",
    ),
    # look-alike: a figure of the event itself, told in the future, keeps the day ahead
    pytest.param(
        "2025-05-28",
        "",
        "Ярмарка откроется 1 июня 2025 года. На ней выставят 500 тонн овощей.",
        {500: (("2025-06-01", "2025-06-01"), "plan")},
        id="future_after_event_day_kept",
    ),
    # --- a practice told as a habit in a later paragraph goes on now, not on the day counted ---------
    pytest.param(
        "2024-04-11",
        "",
        (
            "По состоянию на 8 апреля бензин подорожал за год на 9,5%.\n"
            "Учет цен на 24 вида топлива ведется еженедельно на всех заправках областных центров."
        ),
        {9.5: (ANY, "actual"), 24: (("2024-04-11", "2024-04-11"), "actual")},
        id="weekly_practice_later_paragraph",
    ),
    pytest.param(
        "2024-04-11",
        "",
        (
            "На 1 апреля в очереди на жилье стояли 540 тыс. человек.\n"
            "Списки очередников обновляются ежедневно в 17 акиматах."
        ),
        {17: (("2024-04-11", "2024-04-11"), "actual")},
        id="daily_practice_later_paragraph",
    ),
    # look-alike: in the same paragraph a present state goes on at the stock day
    pytest.param(
        "2024-10-20",
        "",
        "На 1 октября население – 20,4 млн. Городское население составляет 63%.",
        {63: (("2024-10-01", "2024-10-01"), "actual")},
        id="stock_day_same_paragraph_kept",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "gold"), CASES)
def test_fs39ru_classes(published: str, title: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold, title)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ввод жилья вырос в пятнадцати регионах республики.", ["пятнадцати"]),
        ("Двенадцать школ открылись после ремонта.", ["Двенадцать"]),
        ("Рост составил четырнадцать процентов.", ["четырнадцать процентов"]),
        ("Собрано около восемнадцати тысяч подписей.", ["восемнадцати тысяч"]),
        # look-alikes: a span of time, a repeat and an ordinal are no count
        ("За одиннадцать месяцев сдано 300 домов.", ["300"]),
        ("Команда тринадцать раз выигрывала кубок.", []),
        ("Пятнадцатого мая открыли школу.", []),
    ],
)
def test_teens_written_as_words_are_figures(text: str, want: list[str]) -> None:
    assert surfaces(text, date(2025, 8, 25), language="ru") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Новая амбулатория нужна сельчан нескольких сел.", []),
        ("Для горожан и сельчан построят 5 клиник.", ["plan"]),
        ("Услуга доступна для 40 тыс. крестьян и россиян.", []),
        # look-alikes: short participles in "-ан", "-ян" stay deeds
        ("Засеян 1 млн гектаров.", ["actual"]),
        ("Отчет сдан в срок.", ["actual"]),
    ],
)
def test_people_in_the_genitive_plural_are_no_past(text: str, want: list[str]) -> None:
    """ "сельчан", "горожан", "крестьян" end like a short participle ("сдан") but are nouns (+fs39ru)."""
    assert [kind for _, kind in find_cues(reader_for(RUSSIAN), text)] == want
