"""A battery of Russian and Kazakh period phrases, in the forms official and news reporting uses
(our own phrases, each labelled by tests/realworld/FORMAT.md for a publication date of 20 November
2025 before the reader was run on it). Each phrase opens a short sentence with one figure, so the
figure's period (what users see) can be checked as well as the phrase reader's.

A probe: (family, phrase, frame, start, end). The frame names the sentence the phrase opens
(a flow, a stock, a plan, a rate), chosen so the figure takes the phrase's period."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 11, 20)

FRAMES = {
    "ru": {
        "flow": "{p} в области произвели 12,5 тыс. тонн молока.",
        "stock": "{p} поголовье скота в области составило 12,5 тыс. голов.",
        "plan": "{p} в области планируется построить 14 школ.",
        "rate": "{p} размер пособия составит 12 500 тенге.",
        # the phrase told after the figure, as often in a report's second sentence
        "flow_after": "В области произвели 12,5 тыс. тонн молока {p}.",
        "stock_after": "Поголовье скота в области составило 12,5 тыс. голов {p}.",
    },
    "kk": {
        "flow": "{p} облыста 12,5 мың тонна сүт өндірілді.",
        "stock": "{p} облыстағы мал басы 12,5 мың басты құрады.",
        "plan": "{p} облыста 14 мектеп салу жоспарланған.",
        "rate": "{p} жәрдемақы мөлшері 12 500 теңге болады.",
        "flow_after": "Облыста {p} 12,5 мың тонна сүт өндірілді.",
        "stock_after": "Облыстағы мал басы {p} 12,5 мың басты құрады.",
    },
}

D = date
Y23 = (D(2023, 1, 1), D(2023, 12, 31))
Y24 = (D(2024, 1, 1), D(2024, 12, 31))
Y25 = (D(2025, 1, 1), D(2025, 12, 31))
R21_25 = (D(2021, 1, 1), D(2025, 12, 31))
JAN_SEP = (D(2025, 1, 1), D(2025, 9, 30))
JAN_JUN = (D(2025, 1, 1), D(2025, 6, 30))
JAN_OCT = (D(2025, 1, 1), D(2025, 10, 31))
OCT = (D(2025, 10, 1), D(2025, 10, 31))
Q1 = (D(2025, 1, 1), D(2025, 3, 31))
Q2 = (D(2025, 4, 1), D(2025, 6, 30))
Q3 = (D(2025, 7, 1), D(2025, 9, 30))
H2 = (D(2025, 7, 1), D(2025, 12, 31))
OCT1 = (D(2025, 10, 1), D(2025, 10, 1))
JAN1 = (D(2025, 1, 1), D(2025, 1, 1))
YTD = (D(2025, 1, 1), PUBLISHED)
SUMMER = (D(2025, 6, 1), D(2025, 8, 31))
SCHOOL = (D(2025, 9, 1), D(2026, 5, 31))
MARKETING = (D(2024, 7, 1), D(2025, 6, 30))

Probe = tuple[str, str, str, date | None, date | None]

RU: list[Probe] = [
    # years, with the year word whole, cut short, glued or left out
    ("year", "В 2023 году", "flow", *Y23),
    ("year", "В 2023 г.", "flow", *Y23),
    ("year", "В 2023г.", "flow", *Y23),
    ("year", "В 2023-м", "flow", *Y23),
    ("year", "За 2023 год", "flow", *Y23),
    ("year", "По итогам 2023 года", "flow", *Y23),
    ("year", "По итогам 2023-го", "flow", *Y23),
    ("year", "По итогам 2023 г.", "flow", *Y23),
    ("year", "По данным за 2023 год,", "flow", *Y23),
    # year ranges
    ("year_range", "За 2021–2025 годы", "flow", *R21_25),
    ("year_range", "В 2021-2025 гг.", "flow", *R21_25),
    ("year_range", "За 2021–2025 гг.", "flow", *R21_25),
    ("year_range", "С 2021 по 2025 год", "flow", *R21_25),
    ("year_range", "В 2021—2025 годах", "flow", *R21_25),
    ("year_range", "За период 2021–2025 гг.", "flow", *R21_25),
    ("year_range", "В период с 2021 по 2025 годы", "flow", *R21_25),
    ("year_range", "За 2021-2025гг.", "flow", *R21_25),
    # month spans and months
    ("month_range", "В январе–сентябре 2025 года", "flow", *JAN_SEP),
    ("month_range", "За январь–сентябрь 2025 г.", "flow", *JAN_SEP),
    ("month_range", "За январь - сентябрь 2025 года", "flow", *JAN_SEP),
    ("month_range", "В январе-сентябре т.г.", "flow", *JAN_SEP),
    ("month_range", "За январь–сентябрь текущего года", "flow", *JAN_SEP),
    ("month_range", "В январе–сентябре 2025г.", "flow", *JAN_SEP),
    ("month_range", "В январе–июне", "flow", *JAN_JUN),
    ("month_range", "С января по сентябрь 2025 года", "flow", *JAN_SEP),
    ("month_range", "За январь–сентябрь 2025-го", "flow", *JAN_SEP),
    ("month_range", "По итогам января–сентября 2025 года", "flow", *JAN_SEP),
    ("month", "В октябре 2025 года", "flow", *OCT),
    ("month", "В октябре", "flow", *OCT),
    ("month", "За октябрь 2025 г.", "flow", *OCT),
    ("month", "По итогам октября", "flow", *OCT),
    # N months
    ("n_months", "За 9 месяцев 2025 года", "flow", *JAN_SEP),
    ("n_months", "За девять месяцев", "flow", *JAN_SEP),
    ("n_months", "За 9 мес. 2025 г.", "flow", *JAN_SEP),
    ("n_months", "За 10 месяцев текущего года", "flow", *JAN_OCT),
    ("n_months", "По итогам 9 месяцев 2025 года", "flow", *JAN_SEP),
    ("n_months", "За первые девять месяцев 2025 года", "flow", *JAN_SEP),
    ("n_months", "За 9 месяцев т.г.", "flow", *JAN_SEP),
    ("n_months", "За девять месяцев 2025-го", "flow", *JAN_SEP),
    ("n_months", "За 9 месяцев этого года", "flow", *JAN_SEP),
    # quarters
    ("quarter", "В I квартале 2025 года", "flow", *Q1),
    ("quarter", "Во 2-м квартале 2025 года", "flow", *Q2),
    ("quarter", "В третьем квартале 2025 г.", "flow", *Q3),
    ("quarter", "За III квартал 2025 года", "flow", *Q3),
    ("quarter", "В 1 кв. 2025 г.", "flow", *Q1),
    ("quarter", "В первом квартале текущего года", "flow", *Q1),
    ("quarter", "В IV квартале прошлого года", "flow", D(2024, 10, 1), D(2024, 12, 31)),
    ("quarter", "За 1-й квартал", "flow", *Q1),
    ("quarter", "Во II квартале", "flow", *Q2),
    ("quarter", "В 3 квартале 2025 года", "flow", *Q3),
    ("quarter", "По итогам первого квартала 2025 года", "flow", *Q1),
    # halves
    ("half", "В первом полугодии 2025 года", "flow", *JAN_JUN),
    ("half", "За полугодие", "flow", *JAN_JUN),
    ("half", "За первое полугодие 2025 г.", "flow", *JAN_JUN),
    ("half", "Во втором полугодии 2025 года", "flow", *H2),
    ("half", "В I полугодии 2025 г.", "flow", *JAN_JUN),
    ("half", "За 1-е полугодие 2025 года", "flow", *JAN_JUN),
    ("half", "За первую половину 2025 года", "flow", *JAN_JUN),
    ("half", "По итогам первого полугодия", "flow", *JAN_JUN),
    ("half", "За полугодие 2025 года", "flow", *JAN_JUN),
    ("half", "В 1 полугодии 2025 года", "flow", *JAN_JUN),
    # stocks at a day
    ("stock_date", "На 1 октября 2025 года", "stock", *OCT1),
    ("stock_date", "По состоянию на 1 октября", "stock", *OCT1),
    ("stock_date", "По состоянию на 01.10.2025", "stock", *OCT1),
    ("stock_date", "По состоянию на 1.10.2025 г.", "stock", *OCT1),
    ("stock_date", "На 1 января 2025 г.", "stock", *JAN1),
    ("stock_date", "На начало года", "stock", *JAN1),
    ("stock_date", "На начало 2025 года", "stock", *JAN1),
    ("stock_date", "На конец 2024 года", "stock", D(2024, 12, 31), D(2024, 12, 31)),
    ("stock_date", "По состоянию на 1 октября текущего года", "stock", *OCT1),
    ("stock_date", "На 1 октября т.г.", "stock", *OCT1),
    ("stock_date", "На 01.10.2025 г.", "stock", *OCT1),
    ("stock_date", "По состоянию на 1 октября 2025г.", "stock", *OCT1),
    # deadlines
    ("deadline", "До 2027 года", "plan", None, D(2027, 12, 31)),
    ("deadline", "К 2030 году", "plan", None, D(2030, 12, 31)),
    ("deadline", "До конца года", "plan", None, D(2025, 12, 31)),
    ("deadline", "До конца 2026 года", "plan", None, D(2026, 12, 31)),
    ("deadline", "К концу 2026 г.", "plan", None, D(2026, 12, 31)),
    ("deadline", "До 2030 г.", "plan", None, D(2030, 12, 31)),
    ("deadline", "До конца текущего года", "plan", None, D(2025, 12, 31)),
    ("deadline", "К 2030-му году", "plan", None, D(2030, 12, 31)),
    ("deadline", "До 31.12.2026", "plan", None, D(2026, 12, 31)),
    # starts
    ("start", "С 1 января 2026 года", "rate", D(2026, 1, 1), None),
    ("start", "С 01.01.2026", "rate", D(2026, 1, 1), None),
    ("start", "Начиная с 1 января 2026 г.", "rate", D(2026, 1, 1), None),
    ("start", "С 1 января 2026г.", "rate", D(2026, 1, 1), None),
    # since
    ("since", "С начала года", "flow", *YTD),
    ("since", "С начала 2025 года", "flow", *YTD),
    ("since", "С начала текущего года", "flow", *YTD),
    ("since", "С начала т.г.", "flow", *YTD),
    ("since", "С 2019 года", "flow", D(2019, 1, 1), PUBLISHED),
    ("since", "Начиная с 2019 г.", "flow", D(2019, 1, 1), PUBLISHED),
    ("since", "С января 2025 года", "flow", D(2025, 1, 1), PUBLISHED),
    # relative years
    ("relative_year", "В прошлом году", "flow", *Y24),
    ("relative_year", "В текущем году", "flow", *Y25),
    ("relative_year", "В этом году", "flow", *Y25),
    ("relative_year", "В минувшем году", "flow", *Y24),
    ("relative_year", "За прошлый год", "flow", *Y24),
    ("relative_year", "В позапрошлом году", "flow", *Y23),
    ("relative_year", "По итогам прошлого года", "flow", *Y24),
    ("relative_year", "В 2025 году", "flow", *Y25),
    # seasons, school and marketing years
    ("season", "Летом 2025 года", "flow", *SUMMER),
    ("season", "В летний сезон", "flow", *SUMMER),
    ("season", "Летом", "flow", *SUMMER),
    ("season", "В 2025–2026 учебном году", "flow", *SCHOOL),
    ("season", "В 2025/2026 учебном году", "flow", *SCHOOL),
    ("season", "В текущем учебном году", "flow", *SCHOOL),
    ("season", "В 2024/25 маркетинговом году", "flow", *MARKETING),
    ("season", "В 2024-2025 МГ", "flow", *MARKETING),
    ("season", "В 2025-2026 уч. году", "flow", *SCHOOL),
]

KK: list[Probe] = [
    # years
    ("year", "2023 жылы", "flow", *Y23),
    ("year", "2023 ж.", "flow", *Y23),
    ("year", "2023ж.", "flow", *Y23),
    ("year", "2023-ші жылы", "flow", *Y23),
    ("year", "2023 жылдың қорытындысы бойынша", "flow", *Y23),
    ("year", "2023 жылғы қорытынды бойынша", "flow", *Y23),
    ("year", "2023 жылда", "flow", *Y23),
    ("year", "2023 жыл ішінде", "flow", *Y23),
    ("year", "2023 жылы барлығы", "flow", *Y23),
    # year ranges
    ("year_range", "2021-2025 жылдары", "flow", *R21_25),
    ("year_range", "2021–2025 жж.", "flow", *R21_25),
    ("year_range", "2021-2025 жылдар аралығында", "flow", *R21_25),
    ("year_range", "2021 жылдан 2025 жылға дейін", "flow", *R21_25),
    ("year_range", "2021-2025 жылдарда", "flow", *R21_25),
    ("year_range", "2021–2025 жылдар ішінде", "flow", *R21_25),
    ("year_range", "2021-2025жж.", "flow", *R21_25),
    # month spans and months
    ("month_range", "Қаңтар-маусым айларында", "flow", *JAN_JUN),
    ("month_range", "Қаңтар–қыркүйекте", "flow", *JAN_SEP),
    ("month_range", "2025 жылғы қаңтар-қыркүйекте", "flow", *JAN_SEP),
    ("month_range", "2025 жылдың қаңтар-қыркүйек айларында", "flow", *JAN_SEP),
    ("month_range", "Биыл қаңтар-қазан айларында", "flow", *JAN_OCT),
    ("month_range", "Ағымдағы жылдың қаңтар-қыркүйегінде", "flow", *JAN_SEP),
    ("month_range", "Қаңтар-қыркүйек аралығында", "flow", *JAN_SEP),
    ("month_range", "Қаңтар – қыркүйек айларында", "flow", *JAN_SEP),
    ("month_range", "2025 ж. қаңтар-қыркүйекте", "flow", *JAN_SEP),
    ("month_range", "Қаңтардан қыркүйекке дейін", "flow", *JAN_SEP),
    ("month", "Қазан айында", "flow", *OCT),
    ("month", "2025 жылғы қазанда", "flow", *OCT),
    ("month", "Қазанда", "flow", *OCT),
    ("month", "2025 жылдың қазан айында", "flow", *OCT),
    # N months
    ("n_months", "9 айда", "flow", *JAN_SEP),
    ("n_months", "Тоғыз айда", "flow", *JAN_SEP),
    ("n_months", "Жылдың 9 айында", "flow", *JAN_SEP),
    ("n_months", "Жылдың тоғыз айында", "flow", *JAN_SEP),
    ("n_months", "2025 жылдың 9 айында", "flow", *JAN_SEP),
    ("n_months", "Биылғы 9 айда", "flow", *JAN_SEP),
    ("n_months", "Осы жылдың 10 айында", "flow", *JAN_OCT),
    ("n_months", "Ағымдағы жылдың 9 айында", "flow", *JAN_SEP),
    ("n_months", "2025 жылдың алғашқы 9 айында", "flow", *JAN_SEP),
    ("n_months", "9 ай ішінде", "flow", *JAN_SEP),
    ("n_months", "2025 жылдың 9 айы ішінде", "flow", *JAN_SEP),
    ("n_months", "9 айдың қорытындысы бойынша", "flow", *JAN_SEP),
    ("n_months", "Биыл 9 айда", "flow", *JAN_SEP),
    ("n_months", "Жыл басынан бергі 9 айда", "flow", *JAN_SEP),
    ("n_months", "Тоғыз айдың қорытындысында", "flow", *JAN_SEP),
    # quarters
    ("quarter", "І тоқсанда", "flow", *Q1),
    ("quarter", "I тоқсанда", "flow", *Q1),
    ("quarter", "1-тоқсанда", "flow", *Q1),
    ("quarter", "Бірінші тоқсанда", "flow", *Q1),
    ("quarter", "2025 жылдың ІІІ тоқсанында", "flow", *Q3),
    ("quarter", "Үшінші тоқсанда", "flow", *Q3),
    ("quarter", "2025 жылдың 2-тоқсанында", "flow", *Q2),
    ("quarter", "Өткен жылдың IV тоқсанында", "flow", D(2024, 10, 1), D(2024, 12, 31)),
    ("quarter", "Бірінші тоқсан ішінде", "flow", *Q1),
    ("quarter", "2025 жылғы І тоқсанда", "flow", *Q1),
    ("quarter", "2025 ж. І тоқсанында", "flow", *Q1),
    # halves
    ("half", "Жарты жылда", "flow", *JAN_JUN),
    ("half", "Бірінші жартыжылдықта", "flow", *JAN_JUN),
    ("half", "1-жартыжылдықта", "flow", *JAN_JUN),
    ("half", "2025 жылдың бірінші жартыжылдығында", "flow", *JAN_JUN),
    ("half", "Екінші жартыжылдықта", "flow", *H2),
    ("half", "Алғашқы жарты жылда", "flow", *JAN_JUN),
    ("half", "Жылдың бірінші жартысында", "flow", *JAN_JUN),
    ("half", "І жартыжылдықта", "flow", *JAN_JUN),
    ("half", "2025 жылғы бірінші жартыжылдықта", "flow", *JAN_JUN),
    ("half", "Биылғы бірінші жартыжылдықта", "flow", *JAN_JUN),
    # stocks at a day
    ("stock_date", "1 қаңтардағы жағдай бойынша", "stock", *JAN1),
    ("stock_date", "2025 жылғы 1 қазандағы жағдай бойынша", "stock", *OCT1),
    ("stock_date", "2025 жылғы 1 қазанға", "stock", *OCT1),
    ("stock_date", "1 қазанға қарай", "stock", *OCT1),
    ("stock_date", "01.10.2025 жағдай бойынша", "stock", *OCT1),
    ("stock_date", "2025 жылдың 1 қазанына", "stock", *OCT1),
    ("stock_date", "Жыл басындағы жағдай бойынша", "stock", *JAN1),
    ("stock_date", "1 қазандағы мәлімет бойынша", "stock", *OCT1),
    ("stock_date", "01.10.2025 ж. жағдай бойынша", "stock", *OCT1),
    ("stock_date", "2025 ж. 1 қазандағы жағдай бойынша", "stock", *OCT1),
    ("stock_date", "Ағымдағы жылғы 1 қазандағы жағдай бойынша", "stock", *OCT1),
    # deadlines
    ("deadline", "2027 жылға дейін", "plan", None, D(2027, 12, 31)),
    ("deadline", "Жыл соңына дейін", "plan", None, D(2025, 12, 31)),
    ("deadline", "2030 жылға қарай", "plan", None, D(2030, 12, 31)),
    ("deadline", "2026 жылдың соңына дейін", "plan", None, D(2026, 12, 31)),
    ("deadline", "Желтоқсанның соңына дейін", "plan", None, D(2025, 12, 31)),
    ("deadline", "2027 ж. дейін", "plan", None, D(2027, 12, 31)),
    ("deadline", "2027 жылдың аяғына дейін", "plan", None, D(2027, 12, 31)),
    ("deadline", "Биыл жыл соңына дейін", "plan", None, D(2025, 12, 31)),
    # starts
    ("start", "2026 жылғы 1 қаңтардан бастап", "rate", D(2026, 1, 1), None),
    ("start", "2026 жылдың 1 қаңтарынан бастап", "rate", D(2026, 1, 1), None),
    ("start", "01.01.2026 бастап", "rate", D(2026, 1, 1), None),
    ("start", "2026 ж. 1 қаңтардан бастап", "rate", D(2026, 1, 1), None),
    # since
    ("since", "Жыл басынан бері", "flow", *YTD),
    ("since", "2019 жылдан бері", "flow", D(2019, 1, 1), PUBLISHED),
    ("since", "Биыл жыл басынан бері", "flow", *YTD),
    ("since", "Жыл басынан бергі кезеңде", "flow", *YTD),
    ("since", "2025 жылдың басынан бері", "flow", *YTD),
    ("since", "Ағымдағы жылдың басынан бері", "flow", *YTD),
    ("since", "2019 ж. бері", "flow", D(2019, 1, 1), PUBLISHED),
    # relative years
    ("relative_year", "Биыл", "flow", *Y25),
    ("relative_year", "Өткен жылы", "flow", *Y24),
    ("relative_year", "Былтыр", "flow", *Y24),
    ("relative_year", "Ағымдағы жылы", "flow", *Y25),
    ("relative_year", "Осы жылы", "flow", *Y25),
    ("relative_year", "Биылғы жылы", "flow", *Y25),
    ("relative_year", "Өткен жылдың қорытындысы бойынша", "flow", *Y24),
    ("relative_year", "Ағымдағы жылда", "flow", *Y25),
    # seasons, school and marketing years
    ("season", "Биылғы жазғы маусымда", "flow", *SUMMER),
    ("season", "2025-2026 оқу жылында", "flow", *SCHOOL),
    ("season", "Жаңа оқу жылында", "flow", *SCHOOL),
    ("season", "2024/2025 маркетингтік жылы", "flow", *MARKETING),
    ("season", "Биыл жазда", "flow", *SUMMER),
    ("season", "2025 жылдың жазында", "flow", *SUMMER),
    ("season", "2025/2026 оқу жылында", "flow", *SCHOOL),
    ("season", "Ағымдағы оқу жылында", "flow", *SCHOOL),
]
