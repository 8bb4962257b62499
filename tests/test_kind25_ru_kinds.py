"""Russian kinds seen on real stored pages (round kind25ru), in sentences of our own. Labelled by
tests/realworld/FORMAT.md:
  1. money named for the year under way ("В текущем году на развитие дорог направлено 80 млрд") in a
     report of the year's first months is set aside for the whole year: plan, that year (payments
     told so, "на выплату пособий", stay the report's total; "с начала года" stays actual);
  2. money given for support with no period of its own ("на удешевление кормов выделено 1,5 млрд",
     "на субсидирование ставок направлено") is not said to be given out yet: plan, undated; a past
     year's, or money "выплачено", keeps actual;
  3. a plan named for a year before a dash leads its infinitives ("План на 2026 год – обеспечить газом
     40 тыс. жителей или 15 сел, довести уровень до 70,5%"), and so does "предусмотрено": plan;
     "Задача – довести" and "Цель – обеспечить" stay targets;
  4. money given "где освоение составляет 40%": the share used is no spending of the whole, which
     stays a plan for the year;
  5. money "предназначено для строительства" is given for building: plan, undated;
  6. the whole a share done is told of ("60% от запланированных на год 500 тыс. кв. м", "80% от
     целевого показателя в 50 км") is the plan's or the goal's; the share keeps actual;
  7. works to be handed over "по итогам года" ("будет сдано 20 школ") are scheduled, a plan; a harvest
     or a level "по итогам года" stays a forecast;
  8. the worth of a plant "начали строить" (building just begun) is a plan; one built keeps actual;
  9. "засеют", "посеют" (a perfective future ending like a present) and land "отводится" for crops
     are plans; "засеяно" keeps actual;
 10. "Наиболее крупные – ..." with no verb after a plan of projects names the largest of them: plan;
     after projects launched, actual;
 11. the done part of this year's plan labelled in brackets ("открыто от плана – 0%") runs from 1
     January to publication (a period, the leftover of real29ru); the level beside it stays at publication.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span

JULY = date(2025, 7, 20)
YEAR = (date(2025, 1, 1), date(2025, 12, 31))
HALF = (date(2025, 1, 1), date(2025, 6, 30))
HALF_LEAD = "По итогам первого полугодия в районе отремонтировано 45 км дорог. "


@pytest.mark.parametrize(
    ("text", "surface", "kind", "period"),
    [
        # 1. money named for the year under way in a half-year report
        (
            HALF_LEAD + "В текущем году на развитие транспортной сети направлено 80 млрд тенге.",
            "80 млрд тенге",
            "plan",
            YEAR,
        ),
        (
            HALF_LEAD + "В этом году на обновление водопроводов выделено 6,2 млрд тенге.",
            "6,2 млрд тенге",
            "plan",
            YEAR,
        ),
        (
            HALF_LEAD + "В текущем году на выплату пособий направлено 5 млрд тенге.",
            "5 млрд тенге",
            "actual",
            HALF,
        ),
        # 2. support with no period of its own
        (
            "Для поддержки фермеров выделено около 1,5 млрд тенге на удешевление кормов.",
            "1,5 млрд тенге",
            "plan",
            (None, None),
        ),
        (
            "На субсидирование ставок по кредитам аграриям направлено 3 млрд тенге.",
            "3 млрд тенге",
            "plan",
            (None, None),
        ),
        ("На закуп семян хозяйствам района выделено 900 млн тенге.", "900 млн тенге", "plan", (None, None)),
        (
            "В 2024 году на удешевление кормов выделено 1,2 млрд тенге.",
            "1,2 млрд тенге",
            "actual",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # 4. the share used told beside the money
        (
            "В этом году району выделены трансферты на сумму 2,4 млрд тенге, где освоение составляет около 40%.",
            "2,4 млрд тенге",
            "plan",
            YEAR,
        ),
        # 5. money set aside for building
        (
            "Около 3,5 млрд тенге предназначено для строительства моста через реку.",
            "3,5 млрд тенге",
            "plan",
            (None, None),
        ),
        # 8. building just begun
        ("В районе начали строить завод за 48 млрд тенге.", "48 млрд тенге", "plan", (None, None)),
    ],
)
def test_money_set_aside(text: str, surface: str, kind: str, period: tuple[date | None, date | None]) -> None:
    figure = figure_by_surface(text, surface, JULY)
    assert (figure.kind, span(figure)) == (kind, period)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 3. a plan named for a year before a dash, "предусмотрено" + infinitive
        (
            "Охват газом составляет 58%. План на 2026 год – обеспечить газом еще 40 тыс. жителей или 15 сел, довести уровень газификации до 70,5%.",
            "40 тыс.",
            "plan",
        ),
        (
            "Охват газом составляет 58%. План на 2026 год – обеспечить газом еще 40 тыс. жителей или 15 сел, довести уровень газификации до 70,5%.",
            "15",
            "plan",
        ),
        (
            "Охват газом составляет 58%. План на 2026 год – обеспечить газом еще 40 тыс. жителей или 15 сел, довести уровень газификации до 70,5%.",
            "70,5%",
            "plan",
        ),
        ("В планах на следующий год – подключить к водопроводу 12 сел.", "12", "plan"),
        ("Планом на 2027 год предусмотрено обеспечить водой 25 сел.", "25", "plan"),
        ("Задача на 2026 год – довести уровень газификации до 70,5%.", "70,5%", "target"),
        ("Цель – обеспечить газом еще 40 тыс. жителей.", "40 тыс.", "target"),
        # 4. the share used is what was used
        (
            "В этом году району выделены трансферты на сумму 2,4 млрд тенге, где освоение составляет около 40%.",
            "40%",
            "actual",
        ),
        # 6. the whole of a share done
        (
            "Введено 300 тыс. кв. м жилья, что соответствует 60% от запланированных на год 500 тыс. кв. м.",
            "500 тыс. кв. м.",
            "plan",
        ),
        (
            "Введено 300 тыс. кв. м жилья, что соответствует 60% от запланированных на год 500 тыс. кв. м.",
            "60%",
            "actual",
        ),
        ("Построено уже 40 км сетей, или 80% от целевого показателя в 50 км.", "50 км", "target"),
        ("Построено уже 40 км сетей, или 80% от целевого показателя в 50 км.", "80%", "actual"),
        ("Засеяно 10 тыс. га, или 95% от запланированной площади.", "95%", "actual"),
        # 7. works handed over by the year's result
        ("По итогам года в эксплуатацию будет сдано 20 школ.", "20", "plan"),
        ("По итогам года в области будут построены 12 поликлиник.", "12", "plan"),
        ("По итогам года будет собрано 20 млн тонн зерна.", "20 млн тонн", "forecast"),
        ("По итогам 2026 года уровень газификации вырастет до 64%.", "64%", "forecast"),
        # 8. a plant built keeps its worth as spent
        ("В районе построили завод за 48 млрд тенге.", "48 млрд тенге", "actual"),
        # 9. sowing ahead, land set aside for crops
        ("Кормовыми культурами засеют 120 тысяч га.", "120 тысяч га", "plan"),
        ("Под зерновые культуры отводится 500 тыс. га.", "500 тыс. га", "plan"),
        ("Кормовыми культурами засеяно 120 тысяч га.", "120 тысяч га", "actual"),
        # 10. the largest of the projects just counted
        (
            "До конца года планируется запуск 20 проектов. Наиболее крупные – фабрика мощностью 3 млн тонн в год и птицефабрика на 8 тыс. тонн.",
            "3 млн тонн",
            "plan",
        ),
        (
            "В прошлом году запущено 20 проектов. Наиболее крупные – фабрика мощностью 3 млн тонн в год и птицефабрика на 8 тыс. тонн.",
            "3 млн тонн",
            "actual",
        ),
    ],
)
def test_kind(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, JULY).kind == kind


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # 11. the done part of this year's plan labelled "от плана" runs from 1 January to publication
        (
            "Акимам двух областей (охват – 71,2%, открыто от плана мест – 0%) нужно ускорить работу, чтобы достичь плановых показателей к концу года.",
            "0%",
        ),
        ("В этом году планируется открыть 12 детских садов (открыто от плана – 0%).", "0%"),
    ],
)
def test_done_part_of_the_years_plan(text: str, surface: str) -> None:
    figure = figure_by_surface(text, surface, JULY)
    assert (figure.kind, span(figure)) == ("actual", (date(2025, 1, 1), JULY))


def test_level_beside_the_done_part_stays_at_publication() -> None:
    text = "Акимам двух областей (охват – 71,2%, открыто от плана мест – 0%) нужно ускорить работу, чтобы достичь плановых показателей к концу года."
    assert span(figure_by_surface(text, "71,2%", JULY)) == (JULY, JULY)
