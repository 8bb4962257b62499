"""Russian kinds by form (twenty-first session), sentences of our own labelled by
tests/realworld/FORMAT.md before any run (published 10 June 2025):
  1. a deed told done ("завершено строительство", "достиг", "введены") right before a participle of
     planning that qualifies the figure's noun ("запланированных 655 объектов", "запланированного
     рубежа в $5 млрд") is what was done: actual (the planned things are done); the planned whole a part
     is counted against ("540 из запланированных 655", "40% от запланированных 100 млрд") stays plan;
  2. the short passive participles in "-ыт-" and "-нут-" ("открыто 182 тысячи мест", "добыто нефти на 46%
     больше", "закрыты 14 свалок", "достигнуты 80%") are deeds done, as "построено" is: actual; nouns that
     end so ("рынки сбыта", "минуты") are no verbs;
  3. the worth of what is still to be invested or built, told as an estimate ("объем вложений оценивается
     в 45 млрд тенге", "завод, который будет выпускать ..., оценивается в $146 млн") is plan (FORMAT.md: the
     worth of projects is plan until spent), not a forecast; an estimate of what is ("ущерб оценивается",
     "запасы оцениваются") or of works told done keeps its reading;
  4. the power a region or country as a whole will make or lack ("выработка электроэнергии в области
     вырастет в десять раз", "недостаток электроэнергии будет колебаться от 125 до 330 млн кВт·ч") is an
     outcome expected, a forecast, as a sector's output already was; a plant's design output ("станция
     будет вырабатывать") and a budget deficit ("дефицит бюджета составит") keep their readings;
  5. the worth of projects whose carrying out "идет" / "ведется" or that make a "пакет из" N projects
     ("в регионе идет реализация 20 проектов стоимостью 104 млрд тенге", "сформирован пакет из 76
     проектов на $5,2 млрд") is plan, as it already was for "реализуется" and a pool (FORMAT.md: their
     worth is plan, how many there are is actual); projects told done keep their readings;
  6. an amount told again in another currency right after it, in brackets or after "или" ("вложит 58
     млрд тенге (113 млн долларов)", "оценивается в 200 млрд тенге, или около 389,5 млн долларов") is the
     same amount, of its kind; an amount of another clause keeps its own;
  7. a deed its own clause tells done by a day read as ahead ("к концу июня ставки выросли до 15%",
     told in August and read as next June) stays actual (FORMAT.md: "by 2023 the number had fallen to
     3,900" is actual); work ahead by such a day ("до 2030 года будет создано 300 мест", "вырастет")
     stays plan; "плана" is the noun "plan", no short participle of a deed ("к концу срока плана довести
     поток до 5 млн": the level a plan aims at);
  8. a route's places joined by spaced dashes are names, even the one after a dash ("Караганда – Балхаш –
     Бурылбайтал (554,6 км)", "Талдыкорган – Ушарал"): no past "-ал" to make the lengths of sections to be
     opened a deed; a capitalised word opening after a lower-case word's dash is read as before;
  9. "причем" ("and of them") is no comparison "чем": "причем 6 сдадут в рамках нацпроекта" is work ahead
     (plan), and a clause telling who those counted are, with no verb of its own ("причем 73% из них –
     молодые люди"), borrows no plan from the clause before (a state: actual); where a planned part goes
     ("причем 8 из них – в селах") stays the plan's;
 10. a change of the money set aside for the year under way is told of the plan (FORMAT.md: money
     allocated for the year under way is plan): its subject names that money ("в нынешнем году объем
     финансирования увеличен на 4 млрд", "в этом году ..., а выделенная сумма на 20% превышает
     прошлогоднюю"), or "Это почти в два раза больше, чем годом ранее" follows the planned amount; a change
     of money spent, or after an amount spent, keeps its reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

P = date(2025, 6, 10)

CASES = [
    # 1. a done verb, then the attribute of planning, then the figure: actual
    ("В рамках нацпроекта завершено строительство запланированных 412 амбулаторий.", "412", "actual"),
    ("В прошлом году товарооборот достиг запланированного рубежа в 3 млрд долларов.", "3 млрд долларов", "actual"),
    ("В 2024 году введены намеченные 38 километров водопровода.", "38 километров", "actual"),
    ("В области сданы в эксплуатацию предусмотренные 27 школ.", "27", "actual"),
    ("Аким отметил, что построены запланированные 15 спортивных площадок.", "15", "actual"),
    ("Экспорт зерна в прошлом сезоне достиг намеченного уровня в 9 млн тонн.", "9 млн тонн", "actual"),
    # look-alikes: the planned whole a part is counted against, or a plan still ahead, stays plan
    ("Построено 540 из запланированных 655 объектов.", "655", "plan"),
    ("Из запланированных 40 школ построено 25.", "40", "plan"),
    ("Профинансировано 40% от запланированных 100 млрд тенге.", "100 млрд тенге", "plan"),
    ("В следующем году планируется построить 30 школ.", "30", "plan"),
    ("Запланированные 60 проектов будут реализованы до 2027 года.", "60", "plan"),
    # 2. short participles in "-ыт-", "-нут-": done
    ("С начала года уже открыто 96 тысяч мест в детских садах.", "96 тысяч", "actual"),
    ("За пять месяцев на месторождении добыто 7,2 млн тонн нефти.", "7,2 млн тонн", "actual"),
    ("В регионе закрыты 14 стихийных свалок.", "14", "actual"),
    ("По итогам полугодия достигнуты 80% плановых показателей.", "80%", "actual"),
    ("Прошлой осенью были открыты 12 новых поликлиник.", "12", "actual"),
    ("В 2024 году вскрыты 35 схем уклонения от налогов.", "35", "actual"),
    # look-alikes: nouns with those endings, and the future of the same deeds, keep their readings
    ("На рынки сбыта в этом году планируется отправить 12 тыс. тонн.", "12 тыс. тонн", "plan"),
    ("В следующем году будут открыты 20 новых школ.", "20", "plan"),
    ("В 2026 году планируется открыть 15 поликлиник.", "15", "plan"),
    # 3. the estimated worth of what is still to be invested or built: plan
    ("Общий объем вложений в модернизацию сетей оценивается в 38 млрд тенге.", "38 млрд тенге", "plan"),
    ("Инвестиции в сухой порт оцениваются в 120 млн долларов.", "120 млн долларов", "plan"),
    ("Объем капвложений по проекту оценивается почти в 9,4 млрд тенге, работы рассчитаны до 2027 года.", "9,4 млрд тенге", "plan"),
    ("Цементный завод, который будет выпускать 1 млн тонн в год, оценивается в 210 млн долларов.", "210 млн долларов", "plan"),
    ("Комплекс, который планируется открыть в Актау, оценивается в 64 млрд тенге.", "64 млрд тенге", "plan"),
    ("Общая сумма затрат на строительство оценивается в 15 млрд тенге.", "15 млрд тенге", "plan"),
    # look-alikes: an estimate of what is, or of a past year's investment, keeps its reading
    ("Ущерб от паводка оценивается в 2 млрд тенге.", "2 млрд тенге", "actual"),
    ("Запасы месторождения оцениваются в 120 млн тонн.", "120 млн тонн", "actual"),
    ("Инвестиции в отрасль в 2023 году составили 310 млрд тенге.", "310 млрд тенге", "actual"),
    ("Завод, который был построен в 2015 году, оценивается в 40 млрд тенге.", "40 млрд тенге", "actual"),
    # 4. the power of a region or country as a whole ahead: forecast
    ("После запуска ветропарков выработка электроэнергии в регионе вырастет в четыре раза.", "четыре раза", "forecast"),
    ("Выработка электроэнергии в стране увеличится на 6% к 2027 году.", "6%", "forecast"),
    ("Зимой дефицит электроэнергии будет колебаться от 90 млн до 240 млн кВт·ч в месяц.", "240 млн кВт·ч", "forecast"),
    ("В пиковые часы недостаток мощности составит около 1200 МВт.", "1200 МВт", "forecast"),
    ("Дефицит генерирующих мощностей к 2030 году вырастет до 6 ГВт.", "6 ГВт", "forecast"),
    ("Производство электроэнергии в Казахстане в следующем году увеличится до 122 млрд кВт·ч.", "122 млрд кВт·ч", "forecast"),
    # look-alikes: a plant's design output, a budget deficit, a past shortage keep their readings
    ("Новая станция будет вырабатывать 500 млн кВт·ч в год.", "500 млн кВт·ч", "plan"),
    ("Дефицит бюджета в 2026 году составит 2,1 трлн тенге.", "2,1 трлн тенге", "plan"),
    ("Прошлой зимой дефицит электроэнергии составил 1,1 млрд кВт·ч.", "1,1 млрд кВт·ч", "actual"),
    # 5. the worth of projects being carried out or in a package: plan; their number: actual
    ("В области идет реализация 14 инвестиционных проектов стоимостью 86 млрд тенге.", "86 млрд тенге", "plan"),
    ("В области идет реализация 14 инвестиционных проектов стоимостью 86 млрд тенге.", "14", "actual"),
    ("В районе ведется реализация 9 проектов на сумму 31 млрд тенге.", "31 млрд тенге", "plan"),
    ("Продолжается реализация 5 проектов общей мощностью 240 МВт.", "240 МВт", "plan"),
    ("В области сформирован пакет из 58 проектов на 3,4 млрд долларов.", "3,4 млрд долларов", "plan"),
    ("В области сформирован пакет из 58 проектов на 3,4 млрд долларов.", "58", "actual"),
    ("Для инвесторов подготовлен пакет из 12 проектов стоимостью 190 млрд тенге.", "190 млрд тенге", "plan"),
    # look-alikes: projects told done keep their readings
    ("В прошлом году завершена реализация 7 проектов стоимостью 44 млрд тенге.", "44 млрд тенге", "actual"),
    ("Идет реализация проекта, в который уже вложено 12 млрд тенге.", "12 млрд тенге", "actual"),
    # 6. an amount restated in another currency: the kind of the amount it restates
    ("В следующем году инвестор вложит 26 млрд тенге (50 млн долларов) в новый завод.", "50 млн долларов", "plan"),
    ("Стоимость моста оценивается в 41 млрд тенге, или около 80 млн долларов.", "80 млн долларов", "plan"),
    ("На строительство дороги будет направлено 15 млрд тенге (около 29 млн долларов).", "29 млн долларов", "plan"),
    ("Ожидается, что экспорт достигнет 5,2 млрд долларов (около 2,7 трлн тенге).", "2,7 трлн тенге", "forecast"),
    ("В 2024 году объем торговли составил 10,8 трлн тенге (около 22,5 млрд долларов).", "22,5 млрд долларов", "actual"),
    ("ВРП региона в прошлом году превысил 6 трлн тенге, или 12,8 млрд долларов.", "12,8 млрд долларов", "actual"),
    # look-alikes: an amount of another clause, not in brackets or after "или", keeps its own reading
    ("В 2024 году экспорт составил 2 млрд долларов, а к 2027 году его планируется довести до 1,5 трлн тенге.", "2 млрд долларов", "actual"),
    ("В 2024 году экспорт составил 2 млрд долларов, а к 2027 году его планируется довести до 1,5 трлн тенге.", "1,5 трлн тенге", "plan"),
    # 8. route names with dashes: names, not past verbs
    ("В этом году планируется открыть 3 платных участка: Актобе – Карабутак – Иргиз (312 км), Талдыкорган – Ушарал (270 км) и Атырау – Астрахань (277 км).", "312 км", "plan"),
    ("В этом году планируется открыть 3 платных участка: Актобе – Карабутак – Иргиз (312 км), Талдыкорган – Ушарал (270 км) и Атырау – Астрахань (277 км).", "270 км", "plan"),
    ("В следующем году начнется ремонт участков Жезказган – Бурылбайтал (180 км) и Узынагаш – Отар (94 км).", "180 км", "plan"),
    ("В следующем году начнется ремонт участков Жезказган – Бурылбайтал (180 км) и Узынагаш – Отар (94 км).", "94 км", "plan"),
    ("Компания намерена построить дорогу Жалпактал – Чапаево (110 км).", "110 км", "plan"),
    # look-alikes: a deed after a dash that follows a lower-case word, and a route told done, keep their readings
    ("План на год – построено 12 школ.", "12", "actual"),
    ("В прошлом году открыт участок Кызылорда – Жезказган протяженностью 430 км.", "430 км", "actual"),
    # 9. "причем": a clause of its own, no comparison base
    ("В этом году завершат 24 школы, причем 9 сдадут в рамках нацпроекта.", "9", "plan"),
    ("В следующем году откроют 30 поликлиник, причем 12 построят в селах.", "12", "plan"),
    ("Заявители планируют купить жилье в Астане, причем 68% из них – молодые семьи.", "68%", "actual"),
    ("В область прибыли 140 молодых врачей, причем 61 из них учились по гранту.", "61", "actual"),
    ("Перевозки угля составили 12 млн тонн, причем 4,1 млн тонн было отправлено на экспорт.", "4,1 млн тонн", "actual"),
    ("Планируется построить 20 школ, причем 8 – в сельской местности.", "8", "plan"),
    ("Планируется построить 20 школ, причем 8 из них – в сельской местности.", "8", "plan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "kind"), CASES, ids=[f"{c[1]}:{c[0][:40]}" for c in CASES])
def test_ru_kind_forms21(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, P, language="ru").kind == kind


# 7. told in August 2025: "к концу июня/мая" is read as the next June/May, a deadline ahead
AUGUST = date(2025, 8, 19)
DATED = [
    ("После повышения базовой ставки к концу июня ставки по вкладам выросли до 16% и 19% соответственно.", "16%", "actual"),
    ("После повышения базовой ставки к концу июня ставки по вкладам выросли до 16% и 19% соответственно.", "19%", "actual"),
    ("К концу мая число получателей пособия выросло до 214 тыс.", "214 тыс.", "actual"),
    ("К концу апреля долг по взносам увеличился до 41 млрд тенге.", "41 млрд тенге", "actual"),
    # look-alikes: work or change ahead by such a day stays plan; a plan's level stays a goal
    ("К концу мая число получателей пособия вырастет до 214 тыс.", "214 тыс.", "plan"),
    ("До 2030 года в области будет создано 300 мест.", "300", "plan"),
    ("До 2030 года в области создадут 300 мест.", "300", "plan"),
    ("Это позволит к концу срока плана довести поток туристов до 3 млн человек.", "3 млн", "target"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "kind"), DATED, ids=[f"{c[1]}:{c[0][:40]}" for c in DATED])
def test_ru_deed_by_a_day_read_ahead(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, AUGUST, language="ru").kind == kind


# 10. the change of this year's money set aside (published 5 June 2025)
ALLOTTED = [
    ("Годом ранее на эти цели потратили 12 млрд тенге, так что в нынешнем году объем финансирования увеличен на 3 млрд тенге.", "3 млрд тенге", "plan"),
    ("В этом году газ придет в 14 сел, а выделенная сумма на 35% превышает прошлогоднюю.", "35%", "plan"),
    ("В текущем году объем бюджетного финансирования программы вырос на 18%.", "18%", "plan"),
    ("В этом году на летний отдых детей выделено 420 млн тенге. Это почти в полтора раза больше, чем годом ранее.", "полтора раза", "plan"),
    ("На ремонт школ в этом году направлено 9 млрд тенге. Это на 25% больше, чем в прошлом году.", "25%", "plan"),
    # look-alikes: money spent, or a change after an amount spent, keeps its reading
    ("В этом году освоенная сумма на 12% превышает прошлогоднюю.", "12%", "actual"),
    ("В прошлом году на отдых детей потратили 380 млн тенге. Это на 10% больше, чем годом ранее.", "10%", "actual"),
    ("В 2023 году объем финансирования программы вырос на 14%.", "14%", "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "kind"), ALLOTTED, ids=[f"{c[1]}:{c[0][:40]}" for c in ALLOTTED])
def test_ru_change_of_allotted(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, date(2025, 6, 5), language="ru").kind == kind


LOOK_ALIKES_NARROWED = [
    # a volume of financing that grew or fell by itself (lending, all sources), or in another year, is what
    # happened, not a change of money set aside for this year
    ("В этом году объем финансирования малого бизнеса банками вырос на 14% и достиг 1,8 трлн тенге.", "14%", "actual"),
    ("В прошлом году объем финансирования программы сократился на 12%, а в этом году на нее выделено 15 млрд "
     "тенге.", "12%", "actual"),
    ("В этом году объем финансирования жилищного строительства из всех источников сократился на 6%.", "6%", "actual"),
    ("Выделенная сумма в 2023 году оказалась на 25% меньше запрошенной, напомнили в этом году в акимате.", "25%",
     "actual"),
    # a planned amount confirmed, kept or cut is still the plan (no deed done to the planned things)
    ("Компания подтвердила запланированные 3 млрд долларов инвестиций.", "3 млрд долларов", "plan"),
    ("Правительство сохранило запланированные 250 млрд тенге на ремонт дорог.", "250 млрд тенге", "plan"),
    ("Министерство урезало запланированные 400 млрд тенге на 15%.", "400 млрд тенге", "plan"),
    # the power of a region raised by someone ("увеличат", "будет увеличена") is a plan, not an outlook
    ("В 2026 году производство электроэнергии в области увеличат на 1,8 млрд кВт·ч за счет новой ТЭЦ.",
     "1,8 млрд кВт·ч", "plan"),
    ("После ввода новых станций выработка электроэнергии в регионе будет увеличена на 25% к 2027 году.", "25%",
     "plan"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    LOOK_ALIKES_NARROWED,
    ids=[f"{c[1]}:{c[0][:40]}" for c in LOOK_ALIKES_NARROWED],
)
def test_look_alikes_of_this_session_kinds(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, date(2025, 6, 5), language="ru").kind == kind
