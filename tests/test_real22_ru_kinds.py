"""Kinds and change flags seen on real stored Russian pages (round real22, the leftovers of round 20 on
programmes and budgets), in sentences of our own. Labelled by tests/realworld/FORMAT.md:
  1. money added to an amended budget of the year under way ("Корректировки добавили в расходную часть
     бюджета 94,2 млрд тенге", after "уточненный бюджет") is set aside for this year: plan, and the
     amount the budget grew by (a change); "Дополнительно выделили ..." there is plan, no change;
     money added in a past year, or with no amended budget named, keeps its reading;
  2. the figures before "— таковы масштабы национального проекта/программы" are what it is to build
     (plan), not a state now;
  3. a stage or programme that "включает (начало) строительства 27 проектов" holds works to come:
     plan ("начало" is the noun, no past "-ло"); "включал" (its past) is not read so;
  4. the whole a part is counted against under a programme ("В рамках национального проекта построено
     410 из 520 амбулаторий") is what the programme is to build: plan; the part stays actual, and with
     no programme named ("Открыто 6 из 9 поликлиник") the whole keeps its reading;
  5. a level a plan sets ("По национальному плану к 2029 году это число вырастет до 650 тыс.",
     "по плану ... доля достигнет 80%") is a goal: target; works "по плану ... построят 40 школ"
     stay plan;
  6. a multiplier with the old and new level after it ("по шерсти в 3,6 раза с 50 до 180 хозяйств") is
     a change, its verb told before the list; a repeat ("2 раза в неделю") is not;
  7. the worth of buildings whose building "продолжается" ("продолжается строительство еще 11
     объектов общей стоимостью 4,9 млрд тенге") is a plan, as "ведется строительство" already was;
  8. a goal told as met ("целевой показатель поручения достигнут и обеспечен 100% охват, включая 85
     городов") makes the figures after it done (actual): "достигнут" there is the short participle,
     not the future "they will reach" ("показатели достигнут 80%" keeps its reading);
  9. "должно быть обеспечено 100%" is a level to reach: target ("должно быть построено 40 школ" stays
     plan);
 10. a facility's price told with "за" while it is being built ("строят вторую очередь завода за 25,4
     млрд тенге") is its worth, a plan; one built or bought ("построили школу за 3 млрд", "Завод купили
     за 5 млрд") keeps its reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2025, 6, 10)
YEAR = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "kind", "change"),
    [
        # 1. money added to an amended budget of this year
        (
            "Маслихат утвердил уточненный бюджет области. Корректировки добавили в расходную часть бюджета "
            "94,2 млрд тенге.",
            "94,2 млрд тенге",
            "plan",
            True,
        ),
        (
            "Депутаты рассмотрели уточнение бюджета. В расходную часть бюджета добавлено 18 млрд тенге.",
            "18 млрд тенге",
            "plan",
            True,
        ),
        (
            "Областной бюджет скорректирован. Дополнительно выделили 7,5 млрд тенге на дороги.",
            "7,5 млрд тенге",
            "plan",
            False,
        ),
        # 2. the scale of a programme
        ("Строительство 180 новых школ на 310 тысяч мест — таковы масштабы программы.", "180", "plan", False),
        (
            "Строительство 180 новых школ на 310 тысяч мест — таковы масштабы программы.",
            "310 тысяч",
            "plan",
            False,
        ),
        ("Сорок больниц и 12 тысяч коек — таковы масштабы национального проекта.", "12 тысяч", "plan", False),
        # 3. a stage holds works to come
        ("Первый этап концепции включает начало строительства 27 крупных проектов.", "27", "plan", False),
        ("Второй этап включает строительство 14 школ и 6 поликлиник.", "14", "plan", False),
        # 4. the whole of a programme's works
        ("В рамках национального проекта построено 410 из 520 сельских амбулаторий.", "520", "plan", False),
        ("В рамках национального проекта построено 410 из 520 сельских амбулаторий.", "410", "actual", False),
        ("По программе отремонтировано 120 из 150 школ.", "150", "plan", False),
        # 5. a level a plan sets
        ("По национальному плану к 2029 году это число вырастет до 650 тыс.", "650 тыс.", "target", False),
        ("Согласно плану к 2030 году доля достигнет 80%.", "80%", "target", False),
        # 6. a multiplier with its old and new level
        (
            "Охват вырос по всем видам: по молоку в 2 раза с 269 до 532 хозяйств; по шерсти в 3,6 раза с 50 до 180.",
            "3,6 раза",
            "actual",
            True,
        ),
        ("Число кооперативов по району в 1,5 раза, со 120 до 180, больше.", "1,5 раза", "actual", True),
        # 7. the worth of works going on
        (
            "В области продолжается строительство еще 9 спортивных объектов общей стоимостью 3,1 млрд тенге.",
            "3,1 млрд тенге",
            "plan",
            False,
        ),
        (
            "Продолжается строительство школы на 600 мест стоимостью 5 млрд тенге.",
            "5 млрд тенге",
            "plan",
            False,
        ),
        # 8. a goal met
        (
            "На сегодня целевой показатель поручения достигнут и обеспечен 100% охват сел, включая 85 городов "
            "и 5 900 сел, — сообщил министр.",
            "85",
            "actual",
            False,
        ),
        ("Уровень газификации достигнут и обеспечен доступ к газу в 320 селах.", "320", "actual", False),
        # 10. a facility's price while it is being built
        ("В Таразе строят вторую очередь фабрики за 14,2 млрд тенге.", "14,2 млрд тенге", "plan", False),
        ("В городе строят завод за 12 млрд тенге.", "12 млрд тенге", "plan", False),
        # 9. a level that must be reached
        ("По итогам 2026 года село должно быть обеспечено 100% питьевой водой.", "100%", "target", False),
        ("В 2027 году район должен быть обеспечен 100% доступом к связи.", "100%", "target", False),
    ],
)
def test_real22_ru_kinds(text: str, surface: str, kind: str, change: bool) -> None:
    figure = figure_by_surface(text, surface, P)
    assert (figure.kind, figure.is_change) == (kind, change)


def test_amended_budget_money_is_this_years() -> None:
    text = "Маслихат утвердил уточненный бюджет. Корректировки добавили в расходную часть бюджета 94,2 млрд тенге."
    assert _span(figure_by_surface(text, "94,2 млрд тенге", P)) == YEAR


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # money added in a year gone, or with no amended budget, keeps its reading
        ("В 2023 году в бюджет добавили 30 млрд тенге.", "30 млрд тенге", "actual"),
        ("Он добавил 30 млрд тенге в фонд.", "30 млрд тенге", "actual"),
        # a part and whole with no programme
        ("Открыто 6 из 9 поликлиник.", "9", "actual"),
        # a stage told in the past
        ("Первый этап включал строительство 27 объектов, все они сданы.", "27", "actual"),
        # works by plan stay plan, a level with no plan keeps its reading
        ("По плану к 2029 году построят 40 школ.", "40", "plan"),
        ("По плану в 2026 году отремонтируют 100 км дорог.", "100 км", "plan"),
        # a scale with no programme
        ("Таковы масштабы бедствия: затоплено 300 домов.", "300", "actual"),
        # the future "достигнут" of a plural subject, works that must be done
        ("К 2030 году показатели достигнут 80%.", "80%", "plan"),
        ("В 2026 году должно быть построено 40 школ.", "40", "plan"),
        # a facility built or bought for a price
        ("В прошлом году построили школу за 3 млрд тенге.", "3 млрд тенге", "actual"),
        ("Завод купили за 5 млрд тенге.", "5 млрд тенге", "actual"),
    ],
)
def test_real22_ru_kinds_look_alikes(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, P).kind == kind
