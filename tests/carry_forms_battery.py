"""A battery of short Russian and Kazakh texts (a headline and two to four sentences, our own
words) in the STRUCTURES that set or carry a figure's period across sentences: a headline or
lead span carried to later flows, a subtitle line, a paragraph break, a present state ("сейчас",
"қазір", "действует", "жұмыс істейді") dated at publication, a present stock after a span, a
stock day carried, breakdowns ("в том числе", "из них", "оның ішінде"), a base "за аналогичный
период прошлого года", plans after an actual span, and a new span in a later paragraph.

Every figure checked was labelled by tests/realworld/FORMAT.md for a publication date of
20 November 2025 before any reader was run on the battery (the phrase battery's rule,
tests/period_forms_battery.py). The texts are made from a few sector bundles (farming, building,
industry, transport) told in each structure with several spans, so a structure is measured
across different words, not on one sentence.

A probe: (structure, title, body, checks); a check: (surface, start, end), the surface's first
occurrence in the body being the figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PUBLISHED = date(2025, 11, 20)

D = date
Span = tuple[date | None, date | None]
Check = tuple[str, date | None, date | None]
Probe = tuple[str, str, str, list[Check]]

PUB: Span = (PUBLISHED, PUBLISHED)
NONE: Span = (None, None)
Y24: Span = (D(2024, 1, 1), D(2024, 12, 31))
Y26: Span = (D(2026, 1, 1), D(2026, 12, 31))
JAN_SEP: Span = (D(2025, 1, 1), D(2025, 9, 30))
JAN_OCT: Span = (D(2025, 1, 1), D(2025, 10, 31))
H1: Span = (D(2025, 1, 1), D(2025, 6, 30))
Q3: Span = (D(2025, 7, 1), D(2025, 9, 30))
OCT: Span = (D(2025, 10, 1), D(2025, 10, 31))
TILL_YEAR_END: Span = (None, D(2025, 12, 31))
NEXT_3_YEARS: Span = (PUBLISHED, D(2028, 11, 20))


def _day(month: int) -> Span:
    return (D(2025, month, 1), D(2025, month, 1))


def _year_before(span: Span) -> Span:
    start, end = span
    assert start is not None and end is not None
    return (start.replace(year=start.year - 1), end.replace(year=end.year - 1))


@dataclass(frozen=True)
class Period:
    """One span as the texts tell it: in a headline, opening the lead, as a subtitle line, and
    the new span a later paragraph turns to."""

    title: str
    opening: str
    subtitle: str
    dates: Span
    later: str  # a new span opening a later paragraph
    later_dates: Span


@dataclass(frozen=True)
class Sector:
    """One sector's sentences. A flow of the span (lead, second, third), its part in the same or
    the next sentence, a present state, a present stock, stocks at a day, a plan, a rate in force,
    a change against the same period a year before and that base's value. Each figure's surface
    is given beside its text."""

    title_words: str  # the headline after the span
    neutral_title: str  # a headline with no period
    lead: tuple[str, str]  # lower-case, no full stop: a span opens it
    second: tuple[str, str]
    third: tuple[str, str]
    part_inside: tuple[str, str]  # appended to the lead before its full stop
    part_next: tuple[str, str]
    state: tuple[str, str]  # with {verb}
    stock_now: tuple[str, str]  # with {now}
    stock_bare: tuple[str, str]
    stock_day: tuple[str, str]  # with {day}, past
    stock_day_part: tuple[str, str]
    stock_day_next: tuple[str, str]
    plan: tuple[str, str]  # with {when}
    rate: tuple[str, str]
    change: tuple[str, str]
    base: tuple[str, str]


RU_PERIODS = [
    Period(
        "За девять месяцев 2025 года",
        "За 9 месяцев 2025 года",
        "Итоги девяти месяцев 2025 года",
        JAN_SEP,
        "В октябре",
        OCT,
    ),
    Period(
        "В третьем квартале 2025 года",
        "В III квартале 2025 года",
        "Итоги третьего квартала 2025 года",
        Q3,
        "В октябре",
        OCT,
    ),
    Period(
        "В октябре 2025 года",
        "В октябре 2025 года",
        "Итоги октября 2025 года",
        OCT,
        "За январь–октябрь",
        JAN_OCT,
    ),
    Period(
        "В первом полугодии 2025 года",
        "За первое полугодие 2025 года",
        "Итоги первого полугодия 2025 года",
        H1,
        "В третьем квартале",
        Q3,
    ),
    Period(
        "В 2024 году", "По итогам 2024 года", "Итоги 2024 года", Y24, "В январе–сентябре 2025 года", JAN_SEP
    ),
    Period(
        "За январь–октябрь 2025 года",
        "В январе–октябре 2025 года",
        "Итоги января–октября 2025 года",
        JAN_OCT,
        "В 2024 году",
        Y24,
    ),
]

KK_PERIODS = [
    Period(
        "2025 жылдың тоғыз айында",
        "2025 жылдың 9 айында",
        "2025 жылдың 9 айының қорытындысы",
        JAN_SEP,
        "Қазан айында",
        OCT,
    ),
    Period(
        "2025 жылдың үшінші тоқсанында",
        "2025 жылдың ІІІ тоқсанында",
        "2025 жылдың үшінші тоқсанының қорытындысы",
        Q3,
        "Қазанда",
        OCT,
    ),
    Period(
        "2025 жылғы қазан айында",
        "2025 жылдың қазанында",
        "2025 жылғы қазан айының қорытындысы",
        OCT,
        "Қаңтар-қазанда",
        JAN_OCT,
    ),
    Period(
        "2025 жылдың бірінші жартыжылдығында",
        "Биылғы бірінші жартыжылдықта",
        "2025 жылдың бірінші жартыжылдығының қорытындысы",
        H1,
        "Үшінші тоқсанда",
        Q3,
    ),
    Period(
        "2024 жылы",
        "2024 жылдың қорытындысы бойынша",
        "2024 жылдың қорытындысы",
        Y24,
        "2025 жылғы қаңтар-қыркүйекте",
        JAN_SEP,
    ),
    Period(
        "2025 жылғы қаңтар-қазан айларында",
        "Биылғы қаңтар-қазан айларында",
        "2025 жылғы қаңтар-қазанның қорытындысы",
        JAN_OCT,
        "2024 жылы",
        Y24,
    ),
]

RU_SECTORS = [
    Sector(
        "в области вырос объём сельхозпроизводства",
        "Аграрии области подвели итоги",
        ("в области произвели 12,5 тыс. тонн молока", "12,5 тыс. тонн"),
        ("Мяса получено 4,2 тыс. тонн.", "4,2 тыс. тонн"),
        ("Яиц произведено 96 млн штук.", "96 млн"),
        (", в том числе 3,1 тыс. тонн в фермерских хозяйствах", "3,1 тыс. тонн"),
        ("Из них 3,1 тыс. тонн произвели фермерские хозяйства.", "3,1 тыс. тонн"),
        ("В области {verb} 46 молочно-товарных ферм.", "46"),
        ("{now} в области насчитывается 310 тыс. голов крупного рогатого скота.", "310 тыс. голов"),
        ("Поголовье крупного рогатого скота в области составляет 310 тыс. голов.", "310 тыс. голов"),
        ("{day} поголовье крупного рогатого скота составило 310 тыс. голов.", "310 тыс. голов"),
        ("Из них коров — 128 тыс. голов.", "128 тыс. голов"),
        ("Овец и коз насчитывалось 540 тыс. голов.", "540 тыс. голов"),
        ("{when} планируется построить 17 новых ферм.", "17"),
        ("Субсидия на литр молока составляет 25 тенге.", "25 тенге"),
        ("Это на 5,2% больше, чем за аналогичный период прошлого года.", "5,2%"),
        ("За аналогичный период прошлого года было произведено 11,9 тыс. тонн.", "11,9 тыс. тонн"),
    ),
    Sector(
        "в области вырос объём строительства",
        "Строители области отчитались о работе",
        ("в области ввели в эксплуатацию 640 тыс. кв. м жилья", "640 тыс. кв. м"),
        ("Объём строительных работ составил 182 млрд тенге.", "182 млрд тенге"),
        ("Отремонтировано 214 км дорог.", "214 км"),
        (", в том числе 290 тыс. кв. м индивидуального жилья", "290 тыс. кв. м"),
        ("Из них 290 тыс. кв. м построено за счёт бюджетных средств.", "290 тыс. кв. м"),
        ("В области {verb} 1 240 строительных компаний.", "1 240"),
        ("{now} в области насчитывается 8 600 км местных дорог.", "8 600 км"),
        ("Протяжённость местных дорог в области составляет 8 600 км.", "8 600 км"),
        ("{day} протяжённость местных дорог составила 8 600 км.", "8 600 км"),
        ("Из них в хорошем состоянии — 4 100 км.", "4 100 км"),
        ("В неудовлетворительном состоянии находилось 1 900 км.", "1 900 км"),
        ("{when} планируется ввести 700 тыс. кв. м жилья.", "700 тыс. кв. м"),
        ("Аренда квадратного метра социального жилья стоит 1 800 тенге.", "1 800 тенге"),
        ("Это на 8,4% больше, чем за аналогичный период прошлого года.", "8,4%"),
        ("За аналогичный период прошлого года было введено 590 тыс. кв. м.", "590 тыс. кв. м"),
    ),
    Sector(
        "в области вырос объём промышленного производства",
        "Промышленники области подвели итоги",
        ("в области выпустили промышленной продукции на 2,4 трлн тенге", "2,4 трлн тенге"),
        ("Добыто 8,3 млн тонн угля.", "8,3 млн тонн"),
        ("Выработано 6,1 млрд кВт·ч электроэнергии.", "6,1 млрд кВт·ч"),
        (", в том числе 1,5 трлн тенге в обрабатывающей промышленности", "1,5 трлн тенге"),
        ("Из них 1,5 трлн тенге пришлось на обрабатывающую промышленность.", "1,5 трлн тенге"),
        ("В области {verb} 380 промышленных предприятий.", "380"),
        ("{now} в промышленности области занято 64 тыс. человек.", "64 тыс. человек"),
        ("Численность занятых в промышленности области составляет 64 тыс. человек.", "64 тыс. человек"),
        ("{day} численность занятых в промышленности составила 64 тыс. человек.", "64 тыс. человек"),
        ("Из них в обрабатывающих отраслях — 39 тыс. человек.", "39 тыс. человек"),
        ("В горнодобывающей отрасли было занято 21 тыс. человек.", "21 тыс. человек"),
        ("{when} планируется запустить 12 новых производств.", "12 новых"),
        ("Тариф на электроэнергию для предприятий составляет 32 тенге за кВт·ч.", "32 тенге"),
        ("Это на 3,7% больше, чем за аналогичный период прошлого года.", "3,7%"),
        ("За аналогичный период прошлого года было выпущено продукции на 2,2 трлн тенге.", "2,2 трлн тенге"),
    ),
    Sector(
        "в области выросли пассажирские перевозки",
        "Перевозчики области подвели итоги",
        ("в области перевезли 46,8 млн пассажиров", "46,8 млн"),
        ("Грузов перевезено 71 млн тонн.", "71 млн тонн"),
        ("На маршруты вышли 260 новых автобусов.", "260"),
        (", в том числе 31,2 млн на городских маршрутах", "31,2 млн"),
        ("Из них 31,2 млн человек воспользовались городскими автобусами.", "31,2 млн"),
        ("В области {verb} 148 автобусных маршрутов.", "148"),
        ("{now} в автопарке перевозчиков насчитывается 2 900 автобусов.", "2 900"),
        ("Автопарк перевозчиков области составляет 2 900 автобусов.", "2 900"),
        ("{day} автопарк перевозчиков составил 2 900 автобусов.", "2 900"),
        ("Из них старше десяти лет — 1 700 автобусов.", "1 700"),
        ("Электробусов насчитывалось 85 единиц.", "85"),
        ("{when} планируется закупить 300 автобусов.", "300"),
        ("Проезд в городском автобусе стоит 150 тенге.", "150 тенге"),
        ("Это на 6,1% больше, чем за аналогичный период прошлого года.", "6,1%"),
        ("За аналогичный период прошлого года было перевезено 44,1 млн пассажиров.", "44,1 млн"),
    ),
]

KK_SECTORS = [
    Sector(
        "облыста ауыл шаруашылығы өнімінің көлемі өсті",
        "Облыс аграрийлері жұмыс қорытындысын шығарды",
        ("облыста 12,5 мың тонна сүт өндірілді", "12,5 мың тонна"),
        ("Ет өндірісі 4,2 мың тоннаны құрады.", "4,2 мың тонна"),
        ("Жұмыртқа 96 млн дана өндірілді.", "96 млн"),
        (", соның ішінде 3,1 мың тоннасы шаруа қожалықтарында", "3,1 мың тонна"),
        ("Оның ішінде 3,1 мың тоннасы шаруа қожалықтарында өндірілді.", "3,1 мың тонна"),
        ("Облыста 46 сүт-тауар фермасы {verb}.", "46"),
        ("{now} облыста 310 мың бас ірі қара мал бар.", "310 мың бас"),
        ("Облыстағы ірі қара мал басы 310 мың басты құрайды.", "310 мың бас"),
        ("{day} облыстағы ірі қара мал басы 310 мың басты құрады.", "310 мың бас"),
        ("Оның ішінде сиыр – 128 мың бас.", "128 мың бас"),
        ("Қой мен ешкі саны 540 мың бас болды.", "540 мың бас"),
        ("{when} 17 жаңа ферма салу жоспарланып отыр.", "17"),
        ("Бір литр сүтке берілетін субсидия 25 теңгені құрайды.", "25 теңге"),
        ("Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 5,2%-ға көп.", "5,2%"),
        ("Өткен жылдың сәйкес кезеңінде 11,9 мың тонна сүт өндірілген.", "11,9 мың тонна"),
    ),
    Sector(
        "облыста құрылыс жұмыстарының көлемі өсті",
        "Облыс құрылысшылары есеп берді",
        ("облыста 640 мың шаршы метр тұрғын үй пайдалануға берілді", "640 мың шаршы метр"),
        ("Құрылыс жұмыстарының көлемі 182 млрд теңгені құрады.", "182 млрд теңге"),
        ("214 шақырым жол жөнделді.", "214 шақырым"),
        (", соның ішінде 290 мың шаршы метрі жеке тұрғын үй", "290 мың шаршы метр"),
        ("Оның ішінде 290 мың шаршы метрі бюджет қаражаты есебінен салынды.", "290 мың шаршы метр"),
        ("Облыста 1 240 құрылыс компаниясы {verb}.", "1 240"),
        ("{now} облыста 8 600 шақырым жергілікті жол бар.", "8 600 шақырым"),
        ("Облыстағы жергілікті жолдардың ұзындығы 8 600 шақырымды құрайды.", "8 600 шақырым"),
        ("{day} жергілікті жолдардың ұзындығы 8 600 шақырымды құрады.", "8 600 шақырым"),
        ("Оның ішінде жақсы жағдайдағысы – 4 100 шақырым.", "4 100 шақырым"),
        ("Қанағаттанарлықсыз жағдайда 1 900 шақырым жол болды.", "1 900 шақырым"),
        ("{when} 700 мың шаршы метр тұрғын үй салу жоспарланып отыр.", "700 мың шаршы метр"),
        ("Әлеуметтік тұрғын үйдің бір шаршы метрін жалдау 1 800 теңге тұрады.", "1 800 теңге"),
        ("Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 8,4%-ға көп.", "8,4%"),
        (
            "Өткен жылдың сәйкес кезеңінде 590 мың шаршы метр тұрғын үй пайдалануға берілген.",
            "590 мың шаршы метр",
        ),
    ),
    Sector(
        "облыста өнеркәсіп өнімінің көлемі өсті",
        "Облыс өнеркәсіпшілері қорытынды шығарды",
        ("облыста 2,4 трлн теңгенің өнеркәсіп өнімі өндірілді", "2,4 трлн теңге"),
        ("8,3 млн тонна көмір өндірілді.", "8,3 млн тонна"),
        ("6,1 млрд кВт·сағ электр энергиясы өндірілді.", "6,1 млрд кВт·сағ"),
        (", соның ішінде 1,5 трлн теңгесі өңдеу өнеркәсібінде", "1,5 трлн теңге"),
        ("Оның ішінде 1,5 трлн теңгесі өңдеу өнеркәсібінің үлесіне тиді.", "1,5 трлн теңге"),
        ("Облыста 380 өнеркәсіптік кәсіпорын {verb}.", "380"),
        ("{now} облыстың өнеркәсібінде 64 мың адам жұмыс істейді.", "64 мың адам"),
        ("Облыстың өнеркәсібінде жұмыс істейтіндер саны 64 мың адамды құрайды.", "64 мың адам"),
        ("{day} өнеркәсіпте жұмыспен қамтылғандар саны 64 мың адамды құрады.", "64 мың адам"),
        ("Оның ішінде өңдеу салаларында – 39 мың адам.", "39 мың адам"),
        ("Тау-кен саласында 21 мың адам жұмыс істеді.", "21 мың адам"),
        ("{when} 12 жаңа өндіріс іске қосу жоспарланып отыр.", "12 жаңа"),
        ("Кәсіпорындар үшін электр энергиясының тарифі 32 теңгені құрайды.", "32 теңге"),
        ("Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 3,7%-ға көп.", "3,7%"),
        ("Өткен жылдың сәйкес кезеңінде 2,2 трлн теңгенің өнімі өндірілген.", "2,2 трлн теңге"),
    ),
    Sector(
        "облыста жолаушы тасымалы өсті",
        "Облыс тасымалдаушылары қорытынды шығарды",
        ("облыста 46,8 млн жолаушы тасымалданды", "46,8 млн"),
        ("71 млн тонна жүк тасымалданды.", "71 млн тонна"),
        ("Бағыттарға 260 жаңа автобус шықты.", "260"),
        (", соның ішінде 31,2 млн жолаушы қалалық бағыттарда", "31,2 млн"),
        ("Оның ішінде 31,2 млн жолаушы қалалық автобустарды пайдаланды.", "31,2 млн"),
        ("Облыста 148 автобус бағыты {verb}.", "148"),
        ("{now} тасымалдаушылардың автопаркінде 2 900 автобус бар.", "2 900"),
        ("Облыстағы тасымалдаушылардың автопаркі 2 900 автобусты құрайды.", "2 900"),
        ("{day} тасымалдаушылардың автопаркі 2 900 автобусты құрады.", "2 900"),
        ("Оның ішінде он жылдан асқаны – 1 700 автобус.", "1 700"),
        ("Электробустар саны 85 бірлік болды.", "85"),
        ("{when} 300 автобус сатып алу жоспарланып отыр.", "300"),
        ("Қалалық автобуста жол жүру ақысы 150 теңге тұрады.", "150 теңге"),
        ("Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 6,1%-ға көп.", "6,1%"),
        ("Өткен жылдың сәйкес кезеңінде 44,1 млн жолаушы тасымалданған.", "44,1 млн"),
    ),
]

# now-words and present-state verbs; stock days; plan times with their labels
RU_NOW = ["Сейчас", "В настоящее время", "На сегодняшний день", "На данный момент", "Ныне", "Сегодня"]
KK_NOW = ["Қазір", "Қазіргі уақытта", "Бүгінде", "Қазіргі таңда", "Бүгінгі күні", "Қазіргі кезде"]
RU_STATE = ["работают", "действуют", "функционируют", "насчитывается", "имеется", "работает"]
KK_STATE = [
    "жұмыс істейді",
    "жұмыс істеп тұр",
    "бар",
    "қызмет көрсетеді",
    "жұмыс істеуде",
    "жұмыс істеп келеді",
]
RU_DAYS = [
    ("По состоянию на 1 октября 2025 года", _day(10)),
    ("На 1 ноября 2025 года", _day(11)),
    ("По данным на 1 сентября 2025 года", _day(9)),
    ("На 1 октября", _day(10)),
    ("По состоянию на 1 июля", _day(7)),
]
KK_DAYS = [
    ("2025 жылғы 1 қазандағы жағдай бойынша", _day(10)),
    ("1 қарашадағы жағдай бойынша", _day(11)),
    ("2025 жылғы 1 қыркүйектегі жағдай бойынша", _day(9)),
    ("1 қазандағы жағдай бойынша", _day(10)),
    ("2025 жылғы 1 шілдедегі деректер бойынша", _day(7)),
]
RU_PLANS = [
    ("В следующем году", Y26),
    ("До конца года", TILL_YEAR_END),
    ("В ближайшие три года", NEXT_3_YEARS),
    ("В 2026 году", Y26),
    ("Кроме того,", NONE),  # a plan the text gives no time for, after a span already over
]
KK_PLANS = [
    ("Келесі жылы", Y26),
    ("Жыл соңына дейін", TILL_YEAR_END),
    ("Алдағы үш жылда", NEXT_3_YEARS),
    ("2026 жылы", Y26),
    ("Алдағы уақытта", NONE),
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _low(text: str) -> str:
    # a sentence put after an opening phrase: its first word lower-cased unless it is a number
    return text if text[0].isdigit() else text[0].lower() + text[1:]


def _build(
    periods: list[Period],
    sectors: list[Sector],
    now_words: list[str],
    state_verbs: list[str],
    days: list[tuple[str, Span]],
    plans: list[tuple[str, Span]],
) -> list[Probe]:
    probes: list[Probe] = []
    count = 0
    for p_index, period in enumerate(periods):
        for s_index, s in enumerate(sectors):
            count += 1
            span = period.dates
            headline = f"{period.title} {s.title_words}"
            lead = f"{_cap(s.lead[0])}."
            opened = f"{period.opening} {s.lead[0]}."
            flows: list[Check] = [(s.lead[1], *span), (s.second[1], *span), (s.third[1], *span)]
            # the headline's span carried to the body's flows
            probes.append(("headline_carry", headline, f"{lead} {s.second[0]} {s.third[0]}", flows))
            # the lead's span carried (the headline names none)
            probes.append(("lead_carry", s.neutral_title, f"{opened} {s.second[0]} {s.third[0]}", flows))
            # a paragraph break after the lead's span
            probes.append(("paragraph", s.neutral_title, f"{opened} {s.second[0]}\n{s.third[0]}", flows))
            # a subtitle line names the span
            probes.append(
                ("subtitle", s.neutral_title, f"{period.subtitle}\n{lead} {s.second[0]} {s.third[0]}", flows)
            )
            # a present stock told "now" after the span's flows
            now = now_words[count % len(now_words)]
            probes.append(
                (
                    "present_now",
                    headline,
                    f"{lead} {s.second[0]} {s.stock_now[0].format(now=now)}",
                    [flows[0], flows[1], (s.stock_now[1], *PUB)],
                )
            )
            # a present state (no now-word) and a rate in force after the span's flow
            verb = state_verbs[count % len(state_verbs)]
            probes.append(
                (
                    "present_state",
                    headline,
                    f"{opened} {s.state[0].format(verb=verb)} {s.rate[0]}",
                    [flows[0], (s.state[1], *PUB), (s.rate[1], *PUB)],
                )
            )
            # an undated present stock after the span (its headline and lead)
            probes.append(
                (
                    "stock_after_span",
                    headline,
                    f"{opened} {s.stock_bare[0]}",
                    [flows[0], (s.stock_bare[1], *PUB)],
                )
            )
            # a breakdown: in the same sentence (lead span), or the next (headline span)
            if p_index % 2 == 0:
                body = f"{period.opening} {s.lead[0]}{s.part_inside[0]}."
                part = s.part_inside[1]
                title = s.neutral_title
            else:
                body = f"{lead} {s.part_next[0]}"
                part = s.part_next[1]
                title = headline
            probes.append(("breakdown", title, body, [flows[0], (part, *span)]))
            # a new span opening a later paragraph replaces the carried one
            later = period.later_dates
            probes.append(
                (
                    "new_span",
                    headline,
                    f"{lead}\n{period.later} {_low(s.second[0])} {s.third[0]}",
                    [flows[0], (s.second[1], *later), (s.third[1], *later)],
                )
            )
            # the change and the base value of the same period a year before (spans within a year)
            if period.dates != Y24:
                probes.append(
                    (
                        "base",
                        s.neutral_title,
                        f"{opened} {s.change[0]} {s.base[0]}",
                        [flows[0], (s.change[1], *span), (s.base[1], *_year_before(span))],
                    )
                )
            # a plan after the actual span, timed by the publication's year or undated
            if p_index < len(plans):
                when, plan_span = plans[(p_index + s_index) % len(plans)]
                probes.append(
                    (
                        "plan_after",
                        headline,
                        f"{opened} {s.plan[0].format(when=when)}",
                        [flows[0], (s.plan[1], *plan_span)],
                    )
                )
            # a stock day carried to the breakdown and the next stock
            if p_index < len(days):
                phrase, day = days[(p_index + s_index) % len(days)]
                probes.append(
                    (
                        "day_carry",
                        s.neutral_title,
                        f"{s.stock_day[0].format(day=phrase)} {s.stock_day_part[0]} {s.stock_day_next[0]}",
                        [(s.stock_day[1], *day), (s.stock_day_part[1], *day), (s.stock_day_next[1], *day)],
                    )
                )
    return probes


@dataclass(frozen=True)
class Words:
    """A language's words for the second round of structures."""

    this_year: str  # a bare "this year" for what was done
    ytd: list[str]  # a year-to-date opening the lead
    so_far: list[str]  # a running total told "so far" with no start
    same_period: list[str]  # "over the same period"
    year_before: str  # "a year earlier this figure was {base}" (with {base})
    plan_this_year: list[str]
    also: list[str]  # "besides", "also" opening a sentence


RU_WORDS = Words(
    "В этом году",
    ["С начала года", "С начала 2025 года", "С начала текущего года"],
    ["На сегодня", "На сегодняшний день", "К настоящему времени"],
    ["За этот же период", "За тот же период", "В этот же период"],
    "Годом ранее этот показатель составлял {base}.",
    ["В этом году", "В текущем году"],
    ["Кроме того,", "Также"],
)
KK_WORDS = Words(
    "Биыл",
    ["Жыл басынан бері", "Биыл жыл басынан бері", "2025 жылдың басынан бері"],
    ["Бүгінге дейін", "Бүгінгі күнге дейін", "Қазіргі уақытқа дейін"],
    ["Осы кезеңде", "Аталған кезеңде", "Осы уақыт ішінде"],
    "Бір жыл бұрын бұл көрсеткіш {base} болған.",
    ["Биыл", "Ағымдағы жылы"],
    ["Сонымен қатар", "Сондай-ақ"],
)
YTD: Span = (D(2025, 1, 1), PUBLISHED)
Y25: Span = (D(2025, 1, 1), D(2025, 12, 31))


def _build_more(
    periods: list[Period], sectors: list[Sector], words: Words, now_words: list[str]
) -> list[Probe]:
    """The second round (labelled, like the first, before any reader ran on it): "this year" in a
    report on a span from 1 January already over, a year-to-date lead carried, a running total
    "so far", "over the same period", "a year earlier" with nothing compared, a plan for this year
    after a span, a sentence opening "besides"/"also", and a present stock told before the flows."""
    probes: list[Probe] = []
    count = 0
    for p_index, period in enumerate(periods):
        for s_index, s in enumerate(sectors):
            count += 1
            span = period.dates
            headline = f"{period.title} {s.title_words}"
            lead = f"{_cap(s.lead[0])}."
            opened = f"{period.opening} {s.lead[0]}."
            pick = p_index + s_index
            # a bare "this year" in a report on a span from 1 January already over: that span
            if span in (JAN_SEP, H1, JAN_OCT):
                probes.append(
                    (
                        "this_year_in_report",
                        headline,
                        f"{lead} {words.this_year} {_low(s.second[0])}",
                        [(s.lead[1], *span), (s.second[1], *span)],
                    )
                )
            # a year-to-date lead carried to the sentences after it
            if p_index < 3:
                ytd = words.ytd[pick % len(words.ytd)]
                probes.append(
                    (
                        "ytd_carry",
                        s.neutral_title,
                        f"{ytd} {s.lead[0]}. {s.second[0]} {s.third[0]}",
                        [(s.lead[1], *YTD), (s.second[1], *YTD), (s.third[1], *YTD)],
                    )
                )
                # a running total told "so far" with no start: the state at publication
                so_far = words.so_far[pick % len(words.so_far)]
                probes.append(("so_far", s.neutral_title, f"{so_far} {s.lead[0]}.", [(s.lead[1], *PUB)]))
            # "over the same period" after the lead's span
            same = words.same_period[pick % len(words.same_period)]
            probes.append(
                (
                    "same_period",
                    s.neutral_title,
                    f"{opened} {same} {_low(s.second[0])}",
                    [(s.lead[1], *span), (s.second[1], *span)],
                )
            )
            # "a year earlier" with nothing compared: the same span a year before
            probes.append(
                (
                    "year_earlier",
                    s.neutral_title,
                    f"{opened} {words.year_before.format(base=s.base[1])}",
                    [(s.lead[1], *span), (s.base[1], *_year_before(span))],
                )
            )
            # a plan for this year (no "by") after the span: the whole year
            when = words.plan_this_year[pick % len(words.plan_this_year)]
            probes.append(
                (
                    "plan_this_year",
                    headline,
                    f"{opened} {s.plan[0].format(when=when)}",
                    [(s.lead[1], *span), (s.plan[1], *Y25)],
                )
            )
            # a sentence opening "besides" / "also" goes on with the span
            also = words.also[pick % len(words.also)]
            probes.append(
                (
                    "also_carry",
                    headline,
                    f"{lead} {also} {_low(s.second[0])} {s.third[0]}",
                    [(s.lead[1], *span), (s.second[1], *span), (s.third[1], *span)],
                )
            )
            # a present stock told first ("now"), then the span's flows
            now = now_words[(count + 2) % len(now_words)]
            probes.append(
                (
                    "now_then_flows",
                    headline,
                    f"{s.stock_now[0].format(now=now)} {lead} {s.second[0]}",
                    [(s.stock_now[1], *PUB), (s.lead[1], *span), (s.second[1], *span)],
                )
            )
    return probes


@dataclass(frozen=True)
class Extra:
    """A sector's sentences for the third round: a list after a colon (lower-case, after a span) with
    its surfaces, a share of the span's flow told in the past, and a price rising from a day ahead
    with the price now ("{now}")."""

    listed: tuple[str, list[str]]
    share: tuple[str, str]
    rate_ahead: tuple[str, str, str]  # text, the new price's surface, the present price's surface


RU_EXTRAS = [
    Extra(
        (
            "в области произведено: молока — 12,5 тыс. тонн, мяса — 4,2 тыс. тонн, яиц — 96 млн штук",
            ["12,5 тыс. тонн", "4,2 тыс. тонн", "96 млн"],
        ),
        ("На фермерские хозяйства пришлось 24% произведённого молока.", "24%"),
        (
            "С 1 января 2026 года субсидия на литр молока вырастет до 30 тенге. {now} она составляет 25 тенге.",
            "30 тенге",
            "25 тенге",
        ),
    ),
    Extra(
        (
            "в области выполнено: ввод жилья — 640 тыс. кв. м, ремонт дорог — 214 км",
            ["640 тыс. кв. м", "214 км"],
        ),
        ("На индивидуальное жильё пришлось 45% введённой площади.", "45%"),
        (
            "С 1 января 2026 года аренда квадратного метра социального жилья подорожает до 2 000 тенге. "
            "{now} она стоит 1 800 тенге.",
            "2 000 тенге",
            "1 800 тенге",
        ),
    ),
    Extra(
        ("в области добыто: угля — 8,3 млн тонн, нефти — 1,2 млн тонн", ["8,3 млн тонн", "1,2 млн тонн"]),
        ("На обрабатывающую промышленность пришлось 62% выпуска.", "62%"),
        (
            "С 1 января 2026 года тариф на электроэнергию для предприятий вырастет до 35 тенге за кВт·ч. "
            "{now} он составляет 32 тенге.",
            "35 тенге",
            "32 тенге",
        ),
    ),
    Extra(
        ("в области перевезено: пассажиров — 46,8 млн, грузов — 71 млн тонн", ["46,8 млн", "71 млн тонн"]),
        ("На городские маршруты пришлось 67% перевезённых пассажиров.", "67%"),
        (
            "С 1 января 2026 года проезд в городском автобусе подорожает до 180 тенге. {now} он стоит 150 тенге.",
            "180 тенге",
            "150 тенге",
        ),
    ),
]
KK_EXTRAS = [
    Extra(
        (
            "облыста мынадай өнім өндірілді: сүт – 12,5 мың тонна, ет – 4,2 мың тонна, жұмыртқа – 96 млн дана",
            ["12,5 мың тонна", "4,2 мың тонна", "96 млн"],
        ),
        ("Сүттің 24%-ы шаруа қожалықтарында өндірілді.", "24%"),
        (
            "2026 жылғы 1 қаңтардан бастап бір литр сүтке берілетін субсидия 30 теңгеге дейін өседі. "
            "{now} ол 25 теңгені құрайды.",
            "30 теңге",
            "25 теңге",
        ),
    ),
    Extra(
        (
            "облыста мынадай жұмыстар атқарылды: тұрғын үй – 640 мың шаршы метр, жол жөндеу – 214 шақырым",
            ["640 мың шаршы метр", "214 шақырым"],
        ),
        ("Пайдалануға берілген тұрғын үйдің 45%-ы жеке тұрғын үй болды.", "45%"),
        (
            "2026 жылғы 1 қаңтардан бастап әлеуметтік тұрғын үйдің бір шаршы метрін жалдау 2 000 теңгеге дейін "
            "қымбаттайды. {now} ол 1 800 теңге тұрады.",
            "2 000 теңге",
            "1 800 теңге",
        ),
    ),
    Extra(
        (
            "облыста мынадай өнім өндірілді: көмір – 8,3 млн тонна, мұнай – 1,2 млн тонна",
            ["8,3 млн тонна", "1,2 млн тонна"],
        ),
        ("Өнімнің 62%-ы өңдеу өнеркәсібінің үлесіне тиді.", "62%"),
        (
            "2026 жылғы 1 қаңтардан бастап кәсіпорындар үшін электр энергиясының тарифі 35 теңгеге дейін өседі. "
            "{now} ол 32 теңгені құрайды.",
            "35 теңге",
            "32 теңге",
        ),
    ),
    Extra(
        ("облыста тасымалданды: жолаушылар – 46,8 млн, жүк – 71 млн тонна", ["46,8 млн", "71 млн тонна"]),
        ("Жолаушылардың 67%-ы қалалық бағыттарда тасымалданды.", "67%"),
        (
            "2026 жылғы 1 қаңтардан бастап қалалық автобуста жол жүру ақысы 180 теңгеге дейін қымбаттайды. "
            "{now} ол 150 теңге тұрады.",
            "180 теңге",
            "150 теңге",
        ),
    ),
]
# the base a lead compares its span with, by the span's place in the periods
RU_LEAD_BASES = [
    "за аналогичный период 2024 года",
    "в III квартале 2024 года",
    "в октябре 2024 года",
    "за первое полугодие 2024 года",
    "в 2023 году",
    "за январь–октябрь 2024 года",
]
KK_LEAD_BASES = [
    "2024 жылдың сәйкес кезеңімен",
    "2024 жылдың үшінші тоқсанымен",
    "2024 жылғы қазанмен",
    "2024 жылдың бірінші жартыжылдығымен",
    "2023 жылмен",
    "2024 жылғы қаңтар-қазанмен",
]


def _build_third(
    language: str,
    periods: list[Period],
    sectors: list[Sector],
    extras: list[Extra],
    now_words: list[str],
    state_verbs: list[str],
) -> list[Probe]:
    """The third round (labelled before any reader ran on it): a speaker's present, a present stock in
    a later paragraph, a lead comparing its span with an earlier year's, flows after "a year
    earlier", a list after a colon, a share of the span's flow, a price from a day ahead beside the
    price now, and a headline on the year under way."""
    ru = language == "ru"
    bases = RU_LEAD_BASES if ru else KK_LEAD_BASES
    said = "Как отметил аким," if ru else "Әкімнің айтуынша,"
    probes: list[Probe] = []
    for p_index, period in enumerate(periods):
        span = period.dates
        for s_index, (s, extra) in enumerate(zip(sectors, extras, strict=True)):
            pick = p_index + s_index
            headline = f"{period.title} {s.title_words}"
            lead = f"{_cap(s.lead[0])}."
            opened = f"{period.opening} {s.lead[0]}."
            verb = state_verbs[pick % len(state_verbs)]
            state = s.state[0].format(verb=verb)
            probes.append(
                (
                    "speaker_present",
                    headline,
                    f"{opened} {said} {_low(state)}",
                    [(s.lead[1], *span), (s.state[1], *PUB)],
                )
            )
            probes.append(
                (
                    "present_paragraph",
                    headline,
                    f"{lead} {s.second[0]}\n{s.stock_bare[0]}",
                    [(s.lead[1], *span), (s.second[1], *span), (s.stock_bare[1], *PUB)],
                )
            )
            if ru:
                compared = f"{opened[:-1]}, что на {s.change[1]} больше, чем {bases[p_index]}."
            else:
                compared = f"{opened[:-1]}, бұл {bases[p_index]} салыстырғанда {s.change[1]}-ға көп."
            probes.append(
                (
                    "compared_lead",
                    s.neutral_title,
                    f"{compared} {s.second[0]} {s.third[0]}",
                    [(s.lead[1], *span), (s.change[1], *span), (s.second[1], *span), (s.third[1], *span)],
                )
            )
            earlier = (
                f"Годом ранее этот показатель составлял {s.base[1]}."
                if ru
                else f"Бір жыл бұрын бұл көрсеткіш {s.base[1]} болған."
            )
            probes.append(
                (
                    "after_year_earlier",
                    headline,
                    f"{lead} {earlier} {s.third[0]}",
                    [(s.lead[1], *span), (s.base[1], *_year_before(span)), (s.third[1], *span)],
                )
            )
            probes.append(
                (
                    "colon_list",
                    s.neutral_title,
                    f"{period.opening} {extra.listed[0]}.",
                    [(surface, *span) for surface in extra.listed[1]],
                )
            )
            probes.append(
                (
                    "share_of_flow",
                    headline,
                    f"{opened} {extra.share[0]}",
                    [(s.lead[1], *span), (extra.share[1], *span)],
                )
            )
            if p_index < 2:
                now = now_words[pick % len(now_words)]
                text, new, current = extra.rate_ahead
                probes.append(
                    (
                        "price_ahead_and_now",
                        s.neutral_title,
                        text.format(now=now),
                        [(new, D(2026, 1, 1), None), (current, *PUB)],
                    )
                )
                year = (
                    ("В 2025 году" if p_index == 0 else "В этом году")
                    if ru
                    else ("2025 жылы" if p_index == 0 else "Биыл")
                )
                plan = "До конца года" if ru else "Жыл соңына дейін"
                probes.append(
                    (
                        "year_under_way",
                        f"{year} {s.title_words}",
                        f"{lead} {state} {s.plan[0].format(when=plan)}",
                        [(s.lead[1], *Y25), (s.state[1], *PUB), (s.plan[1], *TILL_YEAR_END)],
                    )
                )
    return probes


# The fourth round, written out whole (labelled before any reader ran on it): the done part of a
# plan for this year, a change "over the year" or "than a year earlier" beside a stock day, rolling
# and "since" spans, two years set against each other, a report's own day, a present relative
# clause, a source opening the lead, a headline year-to-date.
OCT1: Span = _day(10)
# a present state told on a named day is the state on that day (FORMAT.md; relabelled in labels9
# from the day of publication)
NOV_14: Span = (D(2025, 11, 14), D(2025, 11, 14))
NOV_18: Span = (D(2025, 11, 18), D(2025, 11, 18))
PAST_3_YEARS: Span = (D(2022, 11, 20), PUBLISHED)
SINCE_2019: Span = (D(2019, 1, 1), PUBLISHED)
OCT1_YEAR: Span = (D(2024, 10, 1), D(2025, 9, 30))
RU_WHOLE: list[Probe] = [
    (
        "done_of_plan",
        "Аграрии области подвели итоги",
        "В этом году в области планируется построить 17 молочных ферм. 9 из них уже построены.",
        [("17", *Y25), ("9", *YTD)],
    ),
    (
        "done_of_plan",
        "Строители области отчитались о работе",
        "До конца года в области планируется ввести 700 тыс. кв. м жилья. Уже введено 640 тыс. кв. м.",
        [("700 тыс. кв. м", *TILL_YEAR_END), ("640 тыс. кв. м", *YTD)],
    ),
    (
        "done_of_plan",
        "Дорожники области подвели итоги",
        "В текущем году планируется отремонтировать 320 км дорог, из них 214 км уже отремонтированы.",
        [("320 км", *Y25), ("214 км", *YTD)],
    ),
    (
        "change_at_day",
        "Поголовье скота в области растёт",
        "По состоянию на 1 октября 2025 года поголовье крупного рогатого скота составило 310 тыс. голов, "
        "увеличившись за год на 4%.",
        [("310 тыс. голов", *OCT1), ("4%", *OCT1_YEAR)],
    ),
    (
        "change_at_day",
        "Депозиты населения выросли",
        "На 1 октября 2025 года депозиты населения составили 4,2 трлн тенге, что на 9% больше, чем годом ранее.",
        [("4,2 трлн тенге", *OCT1), ("9%", *OCT1)],
    ),
    (
        "rolling_since",
        "В области строят школы",
        "За последние три года в области построили 86 школ. В этом году открылись 14 из них.",
        [("86", *PAST_3_YEARS), ("14", *Y25)],
    ),
    (
        "rolling_since",
        "В области строят школы",
        "С 2019 года в области построено 86 школ.",
        [("86", *SINCE_2019)],
    ),
    (
        "two_years",
        "В области строят школы",
        "Если в 2024 году в области построили 12 школ, то в этом году — 17.",
        [("12", *Y24), ("17", *Y25)],
    ),
    (
        "two_years",
        "Урожай зерна вырос",
        "В прошлом году в области собрали 1,2 млн тонн зерна, а в этом году — 1,4 млн тонн.",
        [("1,2 млн тонн", *Y24), ("1,4 млн тонн", *Y25)],
    ),
    (
        "report_day",
        "Аким области отчитался перед населением",
        "На встрече с жителями 18 ноября аким сообщил, что в области работают 46 молочных ферм. "
        "В этом году построено 9 новых.",
        [("46", *NOV_18), ("9 новых", *Y25)],
    ),
    (
        "report_day",
        "Энергетики области готовы к зиме",
        "Как сообщили 14 ноября в управлении энергетики, в области эксплуатируется 8 600 км электросетей.",
        [("8 600 км", *NOV_14)],
    ),
    (
        "relative_present",
        "В районе строят жильё",
        "За 9 месяцев 2025 года в районе, где проживают 64 тыс. человек, построили 120 домов.",
        [("64 тыс. человек", *PUB), ("120", *JAN_SEP)],
    ),
    (
        "source_lead",
        "Аграрии области подвели итоги",
        "Как сообщили в управлении сельского хозяйства, за 9 месяцев 2025 года в области произвели "
        "12,5 тыс. тонн молока. Мяса получено 4,2 тыс. тонн.",
        [("12,5 тыс. тонн", *JAN_SEP), ("4,2 тыс. тонн", *JAN_SEP)],
    ),
    (
        "headline_ytd",
        "С начала года в области ввели 640 тыс. кв. м жилья",
        "Объём строительных работ составил 182 млрд тенге. Отремонтировано 214 км дорог.",
        [("182 млрд тенге", *YTD), ("214 км", *YTD)],
    ),
]
KK_WHOLE: list[Probe] = [
    (
        "done_of_plan",
        "Облыс аграрийлері жұмыс қорытындысын шығарды",
        "Биыл облыста 17 сүт фермасын салу жоспарланып отыр. Оның 9-ы салынып бітті.",
        [("17", *Y25), ("9", *YTD)],
    ),
    (
        "done_of_plan",
        "Облыс құрылысшылары есеп берді",
        "Жыл соңына дейін облыста 700 мың шаршы метр тұрғын үй пайдалануға беру жоспарланған. Қазірдің өзінде "
        "640 мың шаршы метр пайдалануға берілді.",
        [("700 мың шаршы метр", *TILL_YEAR_END), ("640 мың шаршы метр", *YTD)],
    ),
    (
        "done_of_plan",
        "Облыс жолшылары қорытынды шығарды",
        "Ағымдағы жылы 320 шақырым жолды жөндеу жоспарланған, оның 214 шақырымы жөнделді.",
        [("320 шақырым", *Y25), ("214 шақырым", *YTD)],
    ),
    (
        "change_at_day",
        "Облыста мал басы өсті",
        "2025 жылғы 1 қазандағы жағдай бойынша ірі қара мал басы 310 мың басты құрады, бір жыл ішінде 4%-ға өсті.",
        [("310 мың бас", *OCT1), ("4%", *OCT1_YEAR)],
    ),
    (
        "change_at_day",
        "Халықтың депозиттері өсті",
        "2025 жылғы 1 қазандағы жағдай бойынша халықтың депозиттері 4,2 трлн теңгені құрады, бұл бір жыл "
        "бұрынғыдан 9%-ға көп.",
        [("4,2 трлн теңге", *OCT1), ("9%", *OCT1)],
    ),
    (
        "rolling_since",
        "Облыста мектептер салынып жатыр",
        "Соңғы үш жылда облыста 86 мектеп салынды. Биыл олардың 14-і ашылды.",
        [("86", *PAST_3_YEARS), ("14", *Y25)],
    ),
    (
        "rolling_since",
        "Облыста мектептер салынып жатыр",
        "2019 жылдан бері облыста 86 мектеп салынды.",
        [("86", *SINCE_2019)],
    ),
    (
        "two_years",
        "Облыста мектептер салынып жатыр",
        "2024 жылы облыста 12 мектеп салынса, биыл 17 мектеп салынды.",
        [("12", *Y24), ("17", *Y25)],
    ),
    (
        "two_years",
        "Астық өнімі артты",
        "Былтыр облыста 1,2 млн тонна астық жиналса, биыл 1,4 млн тонна жиналды.",
        [("1,2 млн тонна", *Y24), ("1,4 млн тонна", *Y25)],
    ),
    (
        "report_day",
        "Облыс әкімі халық алдында есеп берді",
        "Тұрғындармен 18 қарашадағы кездесуде әкім облыста 46 сүт фермасы жұмыс істейтінін айтты. "
        "Биыл 9 жаңа ферма салынды.",
        [("46", *NOV_18), ("9 жаңа", *Y25)],
    ),
    (
        "report_day",
        "Облыс энергетиктері қысқа дайын",
        "Энергетика басқармасының 14 қарашадағы мәліметінше, облыста 8 600 шақырым электр желісі пайдаланылады.",
        [("8 600 шақырым", *NOV_14)],
    ),
    (
        "relative_present",
        "Ауданда тұрғын үй салынып жатыр",
        "2025 жылдың 9 айында 64 мың адам тұратын ауданда 120 үй салынды.",
        [("64 мың адам", *PUB), ("120", *JAN_SEP)],
    ),
    (
        "source_lead",
        "Облыс аграрийлері жұмыс қорытындысын шығарды",
        "Ауыл шаруашылығы басқармасының хабарлауынша, 2025 жылдың 9 айында облыста 12,5 мың тонна сүт "
        "өндірілді. Ет өндірісі 4,2 мың тоннаны құрады.",
        [("12,5 мың тонна", *JAN_SEP), ("4,2 мың тонна", *JAN_SEP)],
    ),
    (
        "headline_ytd",
        "Жыл басынан бері облыста 640 мың шаршы метр тұрғын үй пайдалануға берілді",
        "Құрылыс жұмыстарының көлемі 182 млрд теңгені құрады. 214 шақырым жол жөнделді.",
        [("182 млрд теңге", *YTD), ("214 шақырым", *YTD)],
    ),
]


# The fifth round, written out whole (labelled before any reader ran on it): longer report sentences
# with a source and a comparison, a base in brackets, two periods in one sentence, a programme's
# deadline in an aside, "since then", a yearly rate in force, a month's report with a year-to-date
# beside it and a verbless sentence after it, quoted speech, a present state with a span in its
# relative clause.
JAN_SEP_24: Span = (D(2024, 1, 1), D(2024, 9, 30))
BY_2030: Span = (None, D(2030, 12, 31))
SINCE_2021: Span = (D(2021, 1, 1), PUBLISHED)
RU_LONG: list[Probe] = [
    (
        "source_and_base",
        "Промышленники области подвели итоги",
        "По данным Бюро национальной статистики, в январе–сентябре 2025 года объём промышленного производства в "
        "области составил 2,4 трлн тенге, увеличившись на 3,7% по сравнению с аналогичным периодом прошлого года. "
        "При этом добыча угля выросла до 8,3 млн тонн.",
        [("2,4 трлн тенге", *JAN_SEP), ("3,7%", *JAN_SEP), ("8,3 млн тонн", *JAN_SEP)],
    ),
    (
        "source_and_base",
        "Строители области отчитались о работе",
        "Как сообщает управление строительства, за январь–сентябрь 2025 года в области введено 640 тыс. кв. м "
        "жилья, что на 8,4% больше, чем годом ранее. При этом индивидуальное жильё составило 290 тыс. кв. м.",
        [("640 тыс. кв. м", *JAN_SEP), ("8,4%", *JAN_SEP), ("290 тыс. кв. м", *JAN_SEP)],
    ),
    (
        "base_in_brackets",
        "За девять месяцев 2025 года в области вырос объём сельхозпроизводства",
        "В области произвели 12,5 тыс. тонн молока. Мяса получено 4,2 тыс. тонн (в январе–сентябре 2024 года – "
        "3,9 тыс. тонн).",
        [("12,5 тыс. тонн", *JAN_SEP), ("4,2 тыс. тонн", *JAN_SEP), ("3,9 тыс. тонн", *JAN_SEP_24)],
    ),
    (
        "base_in_brackets",
        "За девять месяцев 2025 года в области выросли перевозки",
        "Грузов перевезено 71 млн тонн (годом ранее – 66 млн тонн). Пассажиров перевезено 46,8 млн.",
        [("71 млн тонн", *JAN_SEP), ("66 млн тонн", *JAN_SEP_24), ("46,8 млн", *JAN_SEP)],
    ),
    (
        "two_periods",
        "В области строят школы",
        "В 2024 году в области построили 12 школ, а в 2025 году планируется построить ещё 17.",
        [("12", *Y24), ("17", *Y25)],
    ),
    (
        "two_periods",
        "В области ремонтируют дороги",
        "В прошлом году отремонтировали 280 км дорог, в следующем году планируется отремонтировать 350 км.",
        [("280 км", *Y24), ("350 км", *Y26)],
    ),
    (
        "programme_aside",
        "В области строят школы",
        "Программа, рассчитанная до 2030 года, предусматривает строительство 40 школ.",
        [("40", *BY_2030)],
    ),
    (
        "since_then",
        "В области развивают технопарки",
        "В 2021 году в области открыли первый технопарк. С тех пор в нём зарегистрировано 140 компаний.",
        [("140", *SINCE_2021)],
    ),
    (
        "yearly_rate",
        "Аграрии области подвели итоги",
        "Ежегодно в области производится 150 тыс. тонн молока.",
        [("150 тыс. тонн", *PUB)],
    ),
    (
        "yearly_rate",
        "Энергетики области подвели итоги",
        "Каждый год местные станции вырабатывают около 6 млрд кВт·ч электроэнергии.",
        [("6 млрд кВт·ч", *PUB)],
    ),
    (
        "month_and_ytd",
        "В октябре 2025 года в области вырос объём сельхозпроизводства",
        "В октябре в области произвели 12,5 тыс. тонн молока. С начала года произведено 120 тыс. тонн молока. "
        "Мяса — 41 тыс. тонн.",
        [("12,5 тыс. тонн", *OCT), ("120 тыс. тонн", *YTD), ("41 тыс. тонн", *YTD)],
    ),
    (
        "quoted_speech",
        "Аким области подвёл итоги",
        "«Сейчас в области работают 46 молочных ферм, в этом году построено ещё 9», – сказал аким.",
        [("46", *PUB), ("9", *Y25)],
    ),
    (
        "state_with_span_clause",
        "Аграрии области подвели итоги",
        "В области работают 46 молочных ферм, которые за 9 месяцев 2025 года произвели 12,5 тыс. тонн молока.",
        [("46", *PUB), ("12,5 тыс. тонн", *JAN_SEP)],
    ),
]
KK_LONG: list[Probe] = [
    (
        "source_and_base",
        "Облыс өнеркәсіпшілері қорытынды шығарды",
        "Ұлттық статистика бюросының мәліметінше, 2025 жылғы қаңтар-қыркүйекте облыстағы өнеркәсіп өндірісінің "
        "көлемі 2,4 трлн теңгені құрап, өткен жылдың сәйкес кезеңімен салыстырғанда 3,7%-ға артты. Бұл ретте "
        "көмір өндіру 8,3 млн тоннаға дейін өсті.",
        [("2,4 трлн теңге", *JAN_SEP), ("3,7%", *JAN_SEP), ("8,3 млн тонна", *JAN_SEP)],
    ),
    (
        "source_and_base",
        "Облыс құрылысшылары есеп берді",
        "Құрылыс басқармасының хабарлауынша, 2025 жылғы қаңтар-қыркүйекте облыста 640 мың шаршы метр тұрғын үй "
        "пайдалануға берілді, бұл бір жыл бұрынғыдан 8,4%-ға көп. Оның ішінде жеке тұрғын үй 290 мың шаршы метрді "
        "құрады.",
        [("640 мың шаршы метр", *JAN_SEP), ("8,4%", *JAN_SEP), ("290 мың шаршы метр", *JAN_SEP)],
    ),
    (
        "base_in_brackets",
        "2025 жылдың тоғыз айында облыста ауыл шаруашылығы өнімінің көлемі өсті",
        "Облыста 12,5 мың тонна сүт өндірілді. Ет өндірісі 4,2 мың тоннаны құрады (2024 жылғы қаңтар-қыркүйекте – "
        "3,9 мың тонна).",
        [("12,5 мың тонна", *JAN_SEP), ("4,2 мың тонна", *JAN_SEP), ("3,9 мың тонна", *JAN_SEP_24)],
    ),
    (
        "base_in_brackets",
        "2025 жылдың тоғыз айында облыста жүк тасымалы өсті",
        "71 млн тонна жүк тасымалданды (бір жыл бұрын – 66 млн тонна). 46,8 млн жолаушы тасымалданды.",
        [("71 млн тонна", *JAN_SEP), ("66 млн тонна", *JAN_SEP_24), ("46,8 млн", *JAN_SEP)],
    ),
    (
        "two_periods",
        "Облыста мектептер салынып жатыр",
        "2024 жылы облыста 12 мектеп салынды, ал 2025 жылы тағы 17 мектеп салу жоспарланып отыр.",
        [("12", *Y24), ("17", *Y25)],
    ),
    (
        "two_periods",
        "Облыста жолдар жөнделуде",
        "Былтыр 280 шақырым жол жөнделді, келесі жылы 350 шақырым жолды жөндеу жоспарланып отыр.",
        [("280 шақырым", *Y24), ("350 шақырым", *Y26)],
    ),
    (
        "programme_aside",
        "Облыста мектептер салынып жатыр",
        "2030 жылға дейін есептелген бағдарлама 40 мектеп салуды көздейді.",
        [("40", *BY_2030)],
    ),
    (
        "since_then",
        "Облыста технопарктер дамып келеді",
        "2021 жылы облыста алғашқы технопарк ашылды. Содан бері онда 140 компания тіркелді.",
        [("140", *SINCE_2021)],
    ),
    (
        "yearly_rate",
        "Облыс аграрийлері жұмыс қорытындысын шығарды",
        "Жыл сайын облыста 150 мың тонна сүт өндіріледі.",
        [("150 мың тонна", *PUB)],
    ),
    (
        "yearly_rate",
        "Облыс энергетиктері қорытынды шығарды",
        "Жергілікті станциялар жыл сайын 6 млрд кВт·сағ электр энергиясын өндіреді.",
        [("6 млрд кВт·сағ", *PUB)],
    ),
    (
        "month_and_ytd",
        "2025 жылғы қазан айында облыста ауыл шаруашылығы өнімінің көлемі өсті",
        "Қазанда облыста 12,5 мың тонна сүт өндірілді. Жыл басынан бері 120 мың тонна сүт өндірілді. "
        "Ет – 41 мың тонна.",
        [("12,5 мың тонна", *OCT), ("120 мың тонна", *YTD), ("41 мың тонна", *YTD)],
    ),
    (
        "quoted_speech",
        "Облыс әкімі қорытынды шығарды",
        "«Қазір облыста 46 сүт фермасы жұмыс істейді, биыл тағы 9 ферма салынды», – деді әкім.",
        [("46", *PUB), ("9", *Y25)],
    ),
    (
        "state_with_span_clause",
        "Облыс аграрийлері жұмыс қорытындысын шығарды",
        "Облыста 2025 жылдың 9 айында 12,5 мың тонна сүт өндірген 46 ферма жұмыс істейді.",
        [("12,5 мың тонна", *JAN_SEP), ("46", *PUB)],
    ),
]


RU: list[Probe] = (
    _build(RU_PERIODS, RU_SECTORS, RU_NOW, RU_STATE, RU_DAYS, RU_PLANS)
    + _build_more(RU_PERIODS, RU_SECTORS, RU_WORDS, RU_NOW)
    + _build_third("ru", RU_PERIODS, RU_SECTORS, RU_EXTRAS, RU_NOW, RU_STATE)
    + RU_WHOLE
    + RU_LONG
)
KK: list[Probe] = (
    _build(KK_PERIODS, KK_SECTORS, KK_NOW, KK_STATE, KK_DAYS, KK_PLANS)
    + _build_more(KK_PERIODS, KK_SECTORS, KK_WORDS, KK_NOW)
    + _build_third("kk", KK_PERIODS, KK_SECTORS, KK_EXTRAS, KK_NOW, KK_STATE)
    + KK_WHOLE
    + KK_LONG
)
