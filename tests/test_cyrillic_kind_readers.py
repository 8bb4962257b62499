"""The kind (actual, plan, forecast, target) of Kazakh and Russian figures, read from the grammar of the
clause rather than from phrases: probe sentences of our own, modelled on how regional news and government
releases phrase such figures (no sentence copied), each figure labelled per tests/realworld/FORMAT.md
before the extractor ran. Classes, by the grammatical reason the kind follows from:

Kazakh: kk-intent (-мақ/-бақ), kk-planned (-у жоспарлануда / жоспарланып отыр / жоспарланған),
kk-aorist (-ады/-еді of a deed ahead), kk-habitual (the aorist of a repeat or a state now), kk-past
(-ды/-ған), kk-expected (күтілуде, күтеді, болжануда), kk-forecast-noun (болжам), kk-provided
(көзделген, қарастырылған), kk-goal (мақсат, міндет, -уы тиіс), kk-participle (a participle that
governs the number in its noun phrase: "салынатын 12 мектеп" vs "салынған 9 мектеп"), kk-chain (a
converb or a conditional takes the tense of its own clause's end, not the sentence's), kk-reported
("..., – деді", "... деп атап өтті", "айтуынша"), kk-list (items under a lead), kk-deadline (-ға дейін),
kk-progressive (-уда, -ып жатыр).

Russian: ru-future (будет/будут, a perfective present), ru-planned (планируется, намечен,
предполагается, рассчитывает), ru-provided (предусмотрено, выделено), ru-expected (ожидается,
прогноз, могут), ru-goal (цель, задача, должен), ru-past, ru-participle ("построенных",
"строящихся", "планируемых"), ru-state (a present of what is so now).

Figures still read wrong are strict xfails with the reason; the rest must keep passing."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUB = date(2025, 6, 15)

# (language, class, text, {value: kind})
PROBES: list[tuple[str, str, str, dict[float, str]]] = [
    # -- Kazakh --
    ("kk", "kk-intent", "Келесі жылы ауданда 4 жаңа балабақша ашылмақ.", {4: "plan"}),
    ("kk", "kk-intent", "Зауыт жылына 30 мың тонна ұн өндірмек.", {30000: "plan"}),
    ("kk", "kk-intent", "Облыс бюджетінен жол жөндеуге 12 млрд теңге бөлінбек.", {12e9: "plan"}),
    ("kk", "kk-intent", "Жаңа зауыттың қуаты жылына 50 мың тонна болмақ.", {50000: "plan"}),
    ("kk", "kk-planned", "Биыл өңірде 25 шақырым су құбырын тарту жоспарлануда.", {25: "plan"}),
    ("kk", "kk-planned", "Алдағы екі жылда 3 600 пәтер салу жоспарланып отыр.", {3600: "plan"}),
    ("kk", "kk-planned", "Күзге қарай 18 мектептің күрделі жөндеуін аяқтау жоспарланған.", {18: "plan"}),
    (
        "kk",
        "kk-planned",
        "Ауыл шаруашылығы министрлігі биыл 1,2 млн гектарға күздік дақыл егу жоспарланғанын хабарлады.",
        {1.2e6: "plan"},
    ),
    ("kk", "kk-aorist", "Жаз мезгілінде қалада 40 жаңа автобус жолға шығады.", {40: "plan"}),
    ("kk", "kk-aorist", "Жыл соңына дейін 2 мың отбасы баспанамен қамтылады.", {2000: "plan"}),
    ("kk", "kk-aorist", "Қыркүйекте Шымкентте 1 200 орындық мектеп пайдалануға беріледі.", {1200: "plan"}),
    ("kk", "kk-aorist", "Бұл жоба 400 жаңа жұмыс орнын ашады.", {400: "plan"}),
    ("kk", "kk-aorist", "Келесі айда тағы 2 мың тонна жанармай жеткізіледі.", {2000: "plan"}),
    ("kk", "kk-habitual", "Зауыт жыл сайын 45 мың тонна цемент шығарады.", {45000: "actual"}),
    ("kk", "kk-habitual", "Әуежай тәулігіне 60-қа жуық рейсті қабылдайды.", {60: "actual"}),
    # (its look-alike: the rate of a plant still being built is its planned capacity)
    ("kk", "kk-habitual", "Салынып жатқан зауыт жылына 6 млн тонна мұнай өңдейді.", {6e6: "plan"}),
    ("kk", "kk-habitual", "Кәсіпорында 320 адам жұмыс істейді.", {320: "actual"}),
    ("kk", "kk-habitual", "Бүгінде облыста 46 мың шағын кәсіпорын жұмыс істеп тұр.", {46000: "actual"}),
    ("kk", "kk-past", "Өткен жылы облыста 14 жаңа мектеп салынды.", {14: "actual"}),
    ("kk", "kk-past", "Қаңтар-мамыр айларында 2,3 млн тонна астық экспортталған.", {2.3e6: "actual"}),
    ("kk", "kk-past", "Биыл алғашқы бес айда өңірге 85 мың турист келді.", {85000: "actual"}),
    (
        "kk",
        "kk-past",
        "2024 жылы қалада 1,5 млн шаршы метр тұрғын үй пайдалануға берілді.",
        {1.5e6: "actual"},
    ),
    ("kk", "kk-past", "Бұған дейін бұл мақсатқа 3,2 млрд теңге жұмсалған.", {3.2e9: "actual"}),
    ("kk", "kk-expected", "Биыл астық өнімі 22 млн тоннаға жетеді деп күтілуде.", {22e6: "forecast"}),
    (
        "kk",
        "kk-expected",
        "Сарапшылар жыл соңында инфляция 8,5%-ға дейін баяулайды деп күтеді.",
        {8.5: "forecast"},
    ),
    ("kk", "kk-expected", "Келесі жылы жолаушылар ағыны 12 пайызға артады деп болжануда.", {12: "forecast"}),
    (
        "kk",
        "kk-expected",
        "Мамандардың есебінше, су тапшылығы жазда 1 млрд текше метрге жетуі мүмкін.",
        {1e9: "forecast"},
    ),
    (
        "kk",
        "kk-forecast-noun",
        "Ұлттық банктің болжамы бойынша биыл экономика 4,8%-ға өседі.",
        {4.8: "forecast"},
    ),
    (
        "kk",
        "kk-forecast-noun",
        "Министрліктің болжамынша, 2026 жылы мұнай өндіру 100 млн тоннадан асады.",
        {100e6: "forecast"},
    ),
    (
        "kk",
        "kk-provided",
        "Бағдарлама аясында 2027 жылға дейін 150 ауылды ауыз сумен қамту көзделген.",
        {150: "plan"},
    ),
    ("kk", "kk-provided", "Жобаға республикалық бюджеттен 7,4 млрд теңге көзделіп отыр.", {7.4e9: "plan"}),
    ("kk", "kk-provided", "Биыл жол саласына 300 млрд теңге қарастырылған.", {300e9: "plan"}),
    ("kk", "kk-goal", "Мақсат – 2030 жылға қарай жасыл энергия үлесін 15 пайызға жеткізу.", {15: "target"}),
    (
        "kk",
        "kk-goal",
        "Алдағы бес жылда экспорт көлемін 5 млрд долларға жеткізу міндеті қойылды.",
        {5e9: "target"},
    ),
    (
        "kk",
        "kk-goal",
        "Үкімет 2029 жылға дейін жолдардың 95 пайызын нормативтік жағдайға келтіруді мақсат етіп отыр.",
        {95: "target"},
    ),
    ("kk", "kk-goal", "Ауылдардың 90 пайызы 2028 жылға дейін интернетке қосылуы тиіс.", {90: "target"}),
    (
        "kk",
        "kk-participle",
        "Биыл салынатын 12 мектептің құрылысына 60 млрд теңге жұмсалады.",
        {12: "plan", 60e9: "plan"},
    ),
    (
        "kk",
        "kk-participle",
        "Өткен жылы салынған 9 мектеп 7 мың оқушыны қабылдады.",
        {9: "actual", 7000: "actual"},
    ),
    ("kk", "kk-participle", "Қазір қалада 6 денсаулық сақтау нысаны салынып жатыр.", {6: "actual"}),
    (
        "kk",
        "kk-participle",
        "Жоспарланған 40 шақырым жолдың 28 шақырымы асфальтталды.",
        {40: "plan", 28: "actual"},
    ),
    (
        "kk",
        "kk-participle",
        "Пайдалануға берілген 3 көпірдің жалпы ұзындығы 1,2 шақырым.",
        {3: "actual", 1.2: "actual"},
    ),
    ("kk", "kk-participle", "Ашылатын 5 кәсіпорында 800 жаңа жұмыс орны құрылады.", {5: "plan", 800: "plan"}),
    ("kk", "kk-chain", "Биыл 30 шақырым жол жөнделіп, 4 көпір салынды.", {30: "actual", 4: "actual"}),
    (
        "kk",
        "kk-chain",
        "Келесі жылы 50 шақырым кәріз желісі жаңартылып, 2 тазарту қондырғысы салынады.",
        {50: "plan", 2: "plan"},
    ),
    (
        "kk",
        "kk-chain",
        "Былтыр 120 отбасы жаңа үйге көшсе, биыл тағы 150 отбасына пәтер беріледі.",
        {120: "actual", 150: "plan"},
    ),
    (
        "kk",
        "kk-chain",
        "2024 жылы 18 мың гектар жер айналымға қайтарылған, ал биыл тағы 25 мың гектарды қайтару жоспарланып отыр.",
        {18000: "actual", 25000: "plan"},
    ),
    ("kk", "kk-reported", "«Биыл облыста 7 жаңа спорт кешені салынады», – деді әкім.", {7: "plan"}),
    ("kk", "kk-reported", "Министр өткен жылы 110 мың жұмыс орны ашылғанын атап өтті.", {110000: "actual"}),
    (
        "kk",
        "kk-reported",
        "Вице-министрдің айтуынша, алдағы үш жылда 500 шақырым газ құбыры тартылады.",
        {500: "plan"},
    ),
    ("kk", "kk-reported", "Ведомство 2025 жылы экспорт 10 пайызға артады деп болжап отыр.", {10: "forecast"}),
    (
        "kk",
        "kk-reported",
        "Әкімнің сөзінше, қазір өңірде 14 инвестициялық жоба іске асырылып жатыр.",
        {14: "actual"},
    ),
    (
        "kk",
        "kk-list",
        "Биыл мынадай жұмыстар жоспарланған: 12 мектепті жөндеу, 5 емхана салу, 40 шақырым жолды асфальттау.",
        {12: "plan", 5: "plan", 40: "plan"},
    ),
    (
        "kk",
        "kk-list",
        "Өткен жылдың қорытындысы бойынша: 8 мектеп салынды, 3 емхана ашылды, 60 шақырым жол жөнделді.",
        {8: "actual", 3: "actual", 60: "actual"},
    ),
    ("kk", "kk-deadline", "Жылдың соңына дейін 3 мың жаңа жұмыс орнын ашу жоспарланған.", {3000: "plan"}),
    ("kk", "kk-deadline", "Инфляцияны 2027 жылға дейін 5 пайызға төмендету көзделіп отыр.", {5: "target"}),
    ("kk", "kk-progressive", "Қазір өңірде 9 көпірдің құрылысы жүргізілуде.", {9: "actual"}),
    ("kk", "kk-progressive", "Ауданда 3 мың орындық стадион салынуда.", {3000: "plan"}),
    # -- Russian --
    ("ru", "ru-future", "В следующем году в области будет построено 15 новых школ.", {15: "plan"}),
    (
        "ru",
        "ru-future",
        "Аким сообщил, что в 2026 году будет введено 2 млн кв. метров жилья.",
        {2e6: "plan"},
    ),
    ("ru", "ru-future", "Заработная плата учителей с 1 сентября вырастет на 25%.", {25: "plan"}),
    (
        "ru",
        "ru-future",
        "Запуск завода намечен на 2027 год, его мощность составит 100 тыс. тонн в год.",
        {100000: "plan"},
    ),
    ("ru", "ru-planned", "В этом году планируется отремонтировать 320 км дорог.", {320: "plan"}),
    ("ru", "ru-planned", "Всего до конца года планируется подключить к газу 40 сел.", {40: "plan"}),
    ("ru", "ru-planned", "В этом году предполагается выдать 3 тыс. льготных кредитов.", {3000: "plan"}),
    (
        "ru",
        "ru-planned",
        "Правительство рассчитывает привлечь в отрасль 2 трлн тенге инвестиций.",
        {2e12: "plan"},
    ),
    ("ru", "ru-provided", "Бюджетом предусмотрено 45 млрд тенге на модернизацию теплосетей.", {45e9: "plan"}),
    ("ru", "ru-provided", "В текущем году на эти цели выделено 12 млрд тенге.", {12e9: "plan"}),
    (
        "ru",
        "ru-provided",
        "Программой предусмотрено строительство 50 поликлиник и 20 больниц.",
        {50: "plan", 20: "plan"},
    ),
    ("ru", "ru-expected", "Ожидается, что урожай зерновых составит 21 млн тонн.", {21e6: "forecast"}),
    ("ru", "ru-expected", "По прогнозу Нацбанка, инфляция по итогам года составит 9,5%.", {9.5: "forecast"}),
    ("ru", "ru-expected", "По словам экспертов, цены на жилье могут вырасти на 10%.", {10: "forecast"}),
    (
        "ru",
        "ru-expected",
        "Объем торговли, по оценкам аналитиков, к 2027 году превысит 10 млрд долларов.",
        {10e9: "forecast"},
    ),
    (
        "ru",
        "ru-expected",
        "Прогнозируется, что население города к 2030 году достигнет 3 млн человек.",
        {3e6: "forecast"},
    ),
    (
        "ru",
        "ru-goal",
        "Цель программы – довести долю возобновляемой энергетики до 15% к 2030 году.",
        {15: "target"},
    ),
    ("ru", "ru-goal", "Министерство ставит задачу снизить износ сетей до 50%.", {50: "target"}),
    ("ru", "ru-goal", "К 2028 году ВВП должен достичь 450 млрд долларов.", {450e9: "target"}),
    ("ru", "ru-past", "В прошлом году в регионе построено 12 школ.", {12: "actual"}),
    ("ru", "ru-past", "Как отметил министр, за пять месяцев экспорт вырос на 14%.", {14: "actual"}),
    ("ru", "ru-past", "В прошлом году на ремонт дорог израсходовано 80 млрд тенге.", {80e9: "actual"}),
    ("ru", "ru-past", "В 2024 году к газу были подключены 35 сел.", {35: "actual"}),
    (
        "ru",
        "ru-past",
        "Согласно плану, в 2025 году будет высажено 2 млн деревьев, а в прошлом году высадили 1,5 млн.",
        {2e6: "plan", 1.5e6: "actual"},
    ),
    (
        "ru",
        "ru-participle",
        "Из 40 построенных в прошлом году домов 35 уже заселены.",
        {40: "actual", 35: "actual"},
    ),
    ("ru", "ru-participle", "Сейчас в городе строятся 8 школ на 9 600 мест.", {8: "actual", 9600: "plan"}),
    (
        "ru",
        "ru-participle",
        "Из 25 планируемых к вводу объектов 10 уже готовы.",
        {25: "plan", 10: "actual"},
    ),
    ("ru", "ru-participle", "Строящаяся ТЭЦ мощностью 540 МВт будет запущена в 2026 году.", {540: "plan"}),
    (
        "ru",
        "ru-participle",
        "В 2023 году запланированные 60 проектов были реализованы в полном объеме.",
        {60: "actual"},
    ),
    (
        "ru",
        "ru-participle",
        "Введенные в прошлом году 4 подстанции обеспечивают электроэнергией 12 тыс. домов.",
        {4: "actual", 12000: "actual"},
    ),
    ("ru", "ru-state", "В области действуют 320 предприятий.", {320: "actual"}),
    ("ru", "ru-state", "Ведется строительство моста длиной 1,2 км.", {1.2: "plan"}),
]

# Second batch, modelled on the classes the dev-set kind errors fall in (other topics and wordings),
# labelled before the extractor ran.
PROBES += [
    (
        "kk",
        "kk-goal",
        "Сонымен қатар қой басын 20 миллионға, жылқы санын 4 миллионға жеткізу көзделген.",
        {20e6: "target", 4e6: "target"},
    ),
    (
        "kk",
        "kk-goal",
        "Үкімет тапсырмасына сәйкес 2028 жылға дейін 6 мың шақырым жергілікті жол жөнделуі тиіс.",
        {6000: "target"},
    ),
    ("kk", "kk-provided", "Жаңа аурухана салуға облыс бюджетінен 4,2 млрд теңге бөлінді.", {4.2e9: "plan"}),
    (
        "kk",
        "kk-habitual",
        "Бұл екі кен орны елдегі барлық газ өндірудің 60 пайызын қамтамасыз етеді.",
        {60: "actual"},
    ),
    ("kk", "kk-habitual", "Облыстағы жылыжайлардың жалпы ауданы 120 гектарға жетеді.", {120: "actual"}),
    (
        "kk",
        "kk-chain",
        "Сүттің 60 пайызы жергілікті нарықта сатылса, 40 пайызы көрші өңірлерге жөнелтіледі.",
        {60: "actual", 40: "actual"},
    ),
    (
        "kk",
        "kk-habitual",
        "Қазіргі ережеге сәйкес, көпбалалы аналар айына 25 мың теңге жәрдемақы алады.",
        {25000: "actual"},
    ),
    ("kk", "kk-progressive", "Жаңа көпірдің құны 14 млрд теңге деп бағаланып отыр.", {14e9: "plan"}),
    (
        "kk",
        "kk-participle",
        "Өңірде жалпы құны 650 млрд теңге болатын 40 жобадан тұратын инвестициялық портфель қалыптастырылған.",
        {650e9: "plan", 40: "actual"},
    ),
    (
        "kk",
        "kk-past",
        "Өткен жылмен салыстырғанда емханалар саны 4-ке көбейген. Биыл тағы 6 емхана ашу жоспарланған.",
        {4: "actual", 6: "plan"},
    ),
    ("kk", "kk-progressive", "Қазір ауданда жалпы ұзындығы 35 шақырым жол жөнделуде.", {35: "plan"}),
    (
        "kk",
        "kk-participle",
        "Келесі жылы жылына 200 мың тонна тыңайтқыш шығаратын зауытты іске қосу көзделген.",
        {200000: "plan"},
    ),
    (
        "kk",
        "kk-aorist",
        "Жаңа оқу жылында бірінші сыныпқа 28 мың бала барады деп есептелуде.",
        {28000: "forecast"},
    ),
    (
        "kk",
        "kk-reported",
        "Әкім биыл облыста 2 мың жаңа жұмыс орны ашылатынын айтты.",
        {2000: "plan"},
    ),
    (
        "kk",
        "kk-reported",
        "Министр биыл 5 жаңа зауыт іске қосылғанын, тағы 3 зауыттың құрылысы жүріп жатқанын айтты.",
        {5: "actual", 3: "actual"},
    ),
    (
        "kk",
        "kk-chain",
        "Биыл 12 ауыл газбен қамтылып, келесі жылы тағы 9 ауылға газ тартылады.",
        # (first labelled actual; corrected after the run: the converb "-ып" takes the tense of the verb
        # that ends the sentence, the aorist "тартылады", as this class says: this year 12 villages are to be
        # supplied, next year 9 more)
        {12: "plan", 9: "plan"},
    ),
    (
        "kk",
        "kk-goal",
        "Өндірісті 1,5 есеге арттыру үшін тағы 2 цех салынады.",
        {1.5: "target", 2: "plan"},
    ),
    ("ru", "ru-goal", "Проект предусматривает доведение доли отечественных лекарств до 50%.", {50: "target"}),
    (
        "ru",
        "ru-planned",
        "До конца года в акимате рассчитывают обеспечить жильем еще 2 тыс. семей.",
        {2000: "plan"},
    ),
    (
        "ru",
        "ru-goal",
        "Согласно поручению Главы государства, за три года необходимо построить 600 км новых дорог.",
        {600: "target"},
    ),
    ("ru", "ru-goal", "Врачи рекомендуют проходить не менее 8 тыс. шагов в день.", {8000: "target"}),
    (
        "ru",
        "ru-goal",
        "Чтобы сократить износ сетей с 70% до 45%, в этом году заменят 120 км труб.",
        {70: "actual", 45: "target", 120: "plan"},
    ),
    (
        "ru",
        "ru-state",
        "Пособие составляет 50 тыс. тенге, которые семья может потратить на лечение.",
        {50000: "actual"},
    ),
    ("ru", "ru-past", "С 1 января пособия были повышены на 7% с учетом прогнозной инфляции.", {7: "actual"}),
    (
        "ru",
        "ru-planned",
        "На заседании одобрены проекты строительства двух заводов мощностью 200 тыс. тонн.",
        {200000: "plan"},
    ),
    ("ru", "ru-state", "На три крупнейших месторождения приходится до 60% всей добычи газа.", {60: "actual"}),
    ("ru", "ru-provided", "На эти цели из местного бюджета выделено 3,4 млрд тенге.", {3.4e9: "plan"}),
    (
        "ru",
        "ru-participle",
        "Из 120 запланированных на год километров уже отремонтировано 85.",
        {120: "plan", 85: "actual"},
    ),
]

# (language, start of the text, value) -> why the figure is still read wrong
# Third batch, written after the first changes to test them on wordings of our own (and a few classes
# still open), labelled before the extractor ran.
PROBES += [
    ("kk", "kk-goal", "Жаңа жобаның нысаналы көрсеткіші – жылына 40 мың тонна өнім.", {40000: "target"}),
    (
        "kk",
        "kk-goal",
        "Инфляция биыл 8 пайызға жетіп, 5 пайыздық нысаналы деңгейден асып түсті.",
        {8: "actual", 5: "target"},
    ),
    (
        "kk",
        "kk-instead",
        "Келесі жылдан бастап 45 мың теңгенің орнына жәрдемақы мөлшері 60 мың теңге болмақ.",
        {45000: "actual", 60000: "plan"},
    ),
    (
        "kk",
        "kk-instead",
        "Ескі 12 автобустың орнына қалаға 20 жаңа автобус әкелінеді.",
        {12: "actual", 20: "plan"},
    ),
    (
        "kk",
        "kk-purpose",
        "Су шығынын 15 пайызға дейін азайту үшін биыл 40 шақырым арна жөнделеді.",
        {15: "target", 40: "plan"},
    ),
    ("kk", "kk-purpose", "Астық экспортын 2 есеге ұлғайту үшін жаңа терминал салынады.", {2: "target"}),
    (
        "kk",
        "kk-share",
        "Ет өнімінің 65 пайызы ішкі нарықта тұтынылады, қалғаны экспортқа жіберіледі.",
        {65: "actual"},
    ),
    (
        "kk",
        "kk-share",
        "Электр энергиясының 70 пайызы көмірден өндірілсе, 5 пайызы ғана жаңартылатын көздерден алынады.",
        {70: "actual", 5: "actual"},
    ),
    ("kk", "kk-share", "Келесі жылы өнімнің 40 пайызы экспортқа жөнелтіледі.", {40: "plan"}),
    ("kk", "kk-share", "Зауыттың 30 пайызы шетелдік инвесторларға тиесілі.", {30: "actual"}),
    (
        "kk",
        "kk-goal",
        "Бағдарлама бойынша 2028 жылға қарай ауылдық жолдардың үлесін 80 пайызға жеткізу көзделген.",
        {80: "target"},
    ),
    (
        "kk",
        "kk-goal",
        "Жоспарға сәйкес өнім көлемін 500 мың тоннаға жеткізу көзделіп отыр.",
        {500000: "plan"},
    ),
    ("kk", "kk-goal", "Әр мектепте кемінде 2 психолог болуы тиіс.", {2: "target"}),
    ("kk", "kk-aorist", "Жоспар бойынша 2026 жылы 1 200 пәтер салынады.", {1200: "plan"}),
    ("kk", "kk-past", "Өткен жылмен салыстырғанда жолаушылар саны 8 пайызға артқан.", {8: "actual"}),
    (
        "kk",
        "kk-progressive",
        "Қазір ауданда 3 жаңа мектептің құрылысы жүріп жатыр, олардың жалпы сыйымдылығы 2 400 орын.",
        {3: "actual", 2400: "plan"},
    ),
    ("ru", "ru-planned", "Фермеры рассчитывают собрать 2 млн тонн пшеницы.", {2e6: "forecast"}),
    ("ru", "ru-planned", "Акимат рассчитывает открыть до конца года 12 детских садов.", {12: "plan"}),
    ("ru", "ru-expected", "Предполагается, что цены вырастут на 6%.", {6: "forecast"}),
    ("ru", "ru-planned", "В следующем году предполагается построить 300 км дорог.", {300: "plan"}),
    ("ru", "ru-expected", "Компания рассчитывает выйти на 1 млн тонн к 2027 году.", {1e6: "forecast"}),
    (
        "ru",
        "ru-goal",
        "Чтобы довести охват интернетом до 95%, в этом году проложат 4 тыс. км оптоволокна.",
        {95: "target", 4000: "plan"},
    ),
    ("ru", "ru-participle", "Начато строительство завода мощностью 300 тыс. тонн.", {300000: "plan"}),
    ("ru", "ru-past", "В прошлом году завершено строительство больницы на 200 коек.", {200: "actual"}),
    ("ru", "ru-participle", "Из 30 запланированных школ 18 уже построены.", {30: "plan", 18: "actual"}),
    ("ru", "ru-participle", "Предусмотренные бюджетом 40 млрд тенге освоены полностью.", {40e9: "actual"}),
    ("ru", "ru-goal", "Концепция предусматривает доведение уровня газификации до 65%.", {65: "target"}),
    ("ru", "ru-goal", "Эксперты рекомендуют снизить потребление соли до 5 граммов в день.", {5: "target"}),
]

# Fourth batch (Russian from-to levels and a forecast word in a phrase of basis), labelled before running.
PROBES += [
    (
        "ru",
        "ru-from-to",
        "После модернизации мощность станции возрастет с 500 до 650 МВт.",
        {500: "actual", 650: "plan"},
    ),
    ("ru", "ru-from-to", "Нацбанк повысил прогноз инфляции с 8% до 9,5%.", {8: "forecast", 9.5: "forecast"}),
    ("ru", "ru-from-to", "Стипендия вырастет с 42 тыс. до 50 тыс. тенге.", {42000: "actual", 50000: "plan"}),
    (
        "ru",
        "ru-basis",
        "Тарифы повышены на 10% в соответствии с прогнозным уровнем инфляции.",
        {10: "actual"},
    ),
    (
        "ru",
        "ru-basis",
        "С 1 января пенсии проиндексированы на 9%, с учетом прогнозной инфляции, а пособия – на 7%.",
        {9: "actual", 7: "actual"},
    ),
]

# Fifth batch (Kazakh reported speech, lists and clause chains over more than one sentence), labelled
# before running.
PROBES += [
    (
        "kk",
        "kk-list",
        "Әкім алдағы жылдары атқарылатын жұмыстарға тоқталды. Атап айтқанда, 2026 жылы 15 мектеп, 8 балабақша "
        "және 3 аурухана салынады.",
        {15: "plan", 8: "plan", 3: "plan"},
    ),
    (
        "kk",
        "kk-chain",
        "Өткен жылы өңірде 12 мектеп, 6 балабақша салынып, 40 шақырым жол жөнделді.",
        {12: "actual", 6: "actual", 40: "actual"},
    ),
    (
        "kk",
        "kk-list",
        "Биыл жоспарланған жұмыстар:\n– 25 көпірді жөндеу;\n– 120 шақырым жол салу;\n– 4 өткел тұрғызу.",
        {25: "plan", 120: "plan", 4: "plan"},
    ),
    (
        "kk",
        "kk-reported",
        "«Өткен жылы 300 мың тонна астық экспортталды, биыл бұл көлемді 450 мың тоннаға жеткізуді көздеп "
        "отырмыз», – деді министр.",
        {300000: "actual", 450000: "target"},
    ),
    ("kk", "kk-reported", "Министрдің айтуынша, былтыр 1,2 млн адам жұмыспен қамтылған.", {1.2e6: "actual"}),
    ("kk", "kk-reported", "Басқарма басшысы биыл 800 отбасы баспаналы болатынын айтты.", {800: "plan"}),
    (
        "kk",
        "kk-reported",
        "Сарапшылар келесі жылы бидай бағасы 10 пайызға қымбаттауы мүмкін екенін айтады.",
        {10: "forecast"},
    ),
    ("kk", "kk-past", "Қазір облыста 54 мың шаруа қожалығы тіркелген.", {54000: "actual"}),
    (
        "kk",
        "kk-goal",
        "Алдағы үш жылда облыста 5 мың жаңа жұмыс орнын ашу міндеті тұр.",
        {5000: "target"},
    ),
    (
        "kk",
        "kk-chain",
        "Жобаны іске асыру 2027 жылы аяқталып, зауыт жылына 1 млн тонна цемент өндіреді.",
        {1e6: "plan"},
    ),
    (
        "kk",
        "kk-past",
        "Жыл басынан бері 2 300 кәсіпкерге 15 млрд теңге несие берілді.",
        {2300: "actual", 15e9: "actual"},
    ),
    (
        "kk",
        "kk-planned",
        "2030 жылға қарай елдегі туристер санын 15 миллионға жеткізу жоспарлануда.",
        {15e6: "plan"},
    ),
    (
        "kk",
        "kk-forecast-noun",
        "Болжам бойынша, 2026 жылы халық саны 21 миллионнан асады.",
        {21e6: "forecast"},
    ),
    ("kk", "kk-past", "Осылайша ауыл тұрғындарының 95 пайызы таза ауыз сумен қамтылды.", {95: "actual"}),
    (
        "kk",
        "kk-expected",
        "Нәтижесінде 2027 жылға қарай жол апаттары 20 пайызға азаяды деп күтілуде.",
        {20: "forecast"},
    ),
]

# Sixth batch (Kazakh obligations and what frames them), labelled before running.
PROBES += [
    ("kk", "kk-must", "Тапсырмаға сәйкес жыл соңына дейін 300 шақырым жол жөнделуі тиіс.", {300: "target"}),
    (
        "kk",
        "kk-must",
        "Су тапшылығын болдырмау үшін қоймада кемінде 2 млрд текше метр су жиналуы керек.",
        {2e9: "target"},
    ),
    ("kk", "kk-must", "Келесі айда өңірге 15 жаңа автобус жеткізілуі тиіс.", {15: "plan"}),
    ("kk", "kk-must", "Жоспарға сәйкес биыл 40 шақырым кәріз желісі тартылуы керек.", {40: "plan"}),
    (
        "kk",
        "kk-must",
        "Жиналыста министр 2030 жылға дейін 1 млн пәтер салу міндетін қойды.",
        {1e6: "target"},
    ),
]

_ALLOCATED = (
    "money allocated with no period and no works in its own sentence ('на эти цели'): the allocation reader "
    "(etl/extract/allocations.py) decides from the year or the works the sentence names, and these aims "
    "are named only in the sentence before, which a one-sentence probe does not have"
)
LEFT: dict[tuple[str, str, float], str] = {
    ("kk", "Жаз мезгілінде қалада 40 жаңа", 40): (
        "the aorist of a consonant stem ('шығ-ады') reads like the past of a vowel stem ('қорға-ды'); "
        "without a lexicon the reader leaves '-ады' unread"
    ),
    ("kk", "Инфляцияны 2027 жылға дейін 5", 5): (
        "'N-ға төмендету' is 'lower by' or 'lower to'; only 'дейін' or 'жеткізу' mark a level to reach"
    ),
    ("ru", "На эти цели из местного бюдже", 3.4e9): _ALLOCATED,
    ("kk", "Облыстағы жылыжайлардың жалпы", 120): (
        "'жетеді' of a total size is read as a level ahead; a total that stands now needs a reading of "
        "the subject noun the reader does not do"
    ),
    ("kk", "Қазір ауданда жалпы ұзындығы ", 35): (
        "the length of work under way: FORMAT.md says plan, but the dev sets label it both ways (kk-007 "
        "'4,1 мың шақырымы жаңартылуда' actual, h3-kk-02 plan), so reading every passive progressive as "
        "work under way cost a dev figure and was not kept"
    ),
    ("kk", "Жаңа оқу жылында бірінші сыны", 28000): (
        "'деп есептелуде' (is reckoned) is no forecast cue, unlike 'деп күтілуде', 'деп болжануда'"
    ),
    ("kk", "Қазір ауданда 3 жаңа мектептің", 2400): (
        "the capacity of schools under way told in a clause of its own after the one that says so "
        "('..., олардың жалпы сыйымдылығы 2 400 орын'): the under-way reader looks at the figure's clause only"
    ),
    ("ru", "После модернизации мощность с", 650): (
        "'возрастет' is a perfective future in the singular, spelt like a present; only the listed futures "
        "('вырастет', 'увеличится') and the plural perfective ('построят') are read without a lexicon"
    ),
    ("ru", "Согласно поручению Главы госу", 600): (
        "'необходимо' reads as a plan (dev ru-014 'нужно обеспечить' is labelled plan); the instruction "
        "framing it is not weighed"
    ),
}


def _cases() -> list[object]:
    cases: list[object] = []
    for language, cls, text, expected in PROBES:
        for value, kind in expected.items():
            reason = next(
                (
                    why
                    for (lang, head, v), why in LEFT.items()
                    if lang == language and text.startswith(head) and v == value
                ),
                None,
            )
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(
                pytest.param(language, text, value, kind, marks=marks, id=f"{cls}-{value:g}-{text[:20]}")
            )
    return cases


def read_kinds(language: str, text: str) -> dict[float, str]:
    """The kind of each figure of a probe text, by value."""
    return {round(i.value, 6): i.kind for i in extract_indicators(text, PUB, "", language)}


@pytest.mark.parametrize(("language", "text", "value", "kind"), _cases())
def test_kind_reader(language: str, text: str, value: float, kind: str) -> None:
    found = read_kinds(language, text)
    assert round(value, 6) in found, f"{value} not read in {text!r}: {found}"
    assert found[round(value, 6)] == kind
