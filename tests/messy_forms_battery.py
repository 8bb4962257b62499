"""A battery of short English, Russian and Kazakh texts (our own words) in the MESSY structures of
real reports, where a figure must take its own period and not the base's or the report's:
long sentences with two or three periods and several figures, asides and brackets with a base or
a comparison, dash insertions, flattened tables and lists (a name, a dash, a value; bullets and
semicolons after a lead that sets the period; rows of years), quotes with the speaker's present
and reported speech, chained relative periods ("a year earlier", "годом ранее", "бір жыл бұрын",
"over the same period", "в прошлом месяце"), a period after the figure or before a colon, the day
of a data cut (a stock's day) against the day of a briefing (not a figure's day), and ranges of
years naming a programme against ranges that are the figure's span.

Every figure checked was labelled by tests/realworld/FORMAT.md for a publication date of
20 November 2025 BEFORE any reader was run on the battery (labels-first commit), as in
tests/carry_forms_battery.py. A structure is told with three periods and three sectors, so it is
measured across different words, not on one sentence.

A probe: (structure, title, body, checks); a check: (surface, start, end), the surface's first
occurrence in the body being the figure. Run `python -m tests.period_forms_probe --messy [--list]`."""

from __future__ import annotations

from dataclasses import dataclass

from tests.carry_forms_battery import OCT, PUB, Y24, Check, D, Probe, Span
from tests.carry_forms_battery import PUBLISHED as PUBLISHED  # the same report day as the carry battery

Y22: Span = (D(2022, 1, 1), D(2022, 12, 31))
Y23: Span = (D(2023, 1, 1), D(2023, 12, 31))
Y25: Span = (D(2025, 1, 1), D(2025, 12, 31))
Y2021_2025: Span = (D(2021, 1, 1), D(2025, 12, 31))
Y2026_2030: Span = (D(2026, 1, 1), D(2030, 12, 31))
NOV_1: Span = (D(2025, 11, 1), D(2025, 11, 1))
OCT_1: Span = (D(2025, 10, 1), D(2025, 10, 1))
# a present state told at a briefing on 14 November is the state on that day (FORMAT.md, labels9)
NOV_14: Span = (D(2025, 11, 14), D(2025, 11, 14))


@dataclass(frozen=True)
class Period:
    """A reporting span and its month, in the forms one language's templates need."""

    forms: dict[str, str]
    span: Span
    month: Span  # the span's last month ("in October alone")
    prev: Span  # the same span a year before
    month_prev: Span  # the same month a year before


@dataclass(frozen=True)
class Sector:
    """One sector's wording in one language. Each value is the surface of its figure."""

    title: str  # a headline with no period
    flow: str  # a clause with the span's flow (its value: big), no period, lower case
    big: str
    month: str  # the month's value of the same flow
    base: str  # the flow's value a year before
    month_prev: str  # the month's value a year before
    regions: tuple[str, str, str]  # three parts, biggest first
    subject: str  # the flow named as a noun phrase, capitalised
    flow2: str  # another flow of the same span, a whole clause, lower case
    flow2_value: str
    state: str  # a present state, lower case
    state_value: str
    stock: str  # a stock at a day, past, lower case
    stock_value: str


JAN_OCT = (D(2025, 1, 1), D(2025, 10, 31))
JAN_SEP = (D(2025, 1, 1), D(2025, 9, 30))
SEP = (D(2025, 9, 1), D(2025, 9, 30))
DEC24 = (D(2024, 12, 1), D(2024, 12, 31))

EN_PERIODS = [
    Period(
        {
            "S": "In January–October 2025",
            "s": "in January–October 2025",
            "A": "in October alone",
            "M": "In October",
            "base": "the same period of 2024",
            "prev_in": "in the same period of 2024",
            "bare": "January–October 2025",
        },
        JAN_OCT,
        OCT,
        (D(2024, 1, 1), D(2024, 10, 31)),
        (D(2024, 10, 1), D(2024, 10, 31)),
    ),
    Period(
        {
            "S": "In January–September 2025",
            "s": "in January–September 2025",
            "A": "in September alone",
            "M": "In September",
            "base": "the same period of 2024",
            "prev_in": "in the same period of 2024",
            "bare": "January–September 2025",
        },
        JAN_SEP,
        SEP,
        (D(2024, 1, 1), D(2024, 9, 30)),
        (D(2024, 9, 1), D(2024, 9, 30)),
    ),
    Period(
        {
            "S": "In 2024",
            "s": "in 2024",
            "A": "in December alone",
            "M": "In December",
            "base": "2023",
            "prev_in": "in 2023",
            "bare": "2024",
        },
        Y24,
        DEC24,
        Y23,
        (D(2023, 12, 1), D(2023, 12, 31)),
    ),
]
RU_PERIODS = [
    Period(
        {
            "S": "В январе–октябре 2025 года",
            "s": "в январе–октябре 2025 года",
            "A": "только в октябре",
            "M": "В октябре",
            "base": "за аналогичный период 2024 года",
            "prev_in": "в январе–октябре 2024 года",
            "colon": "за январь–октябрь 2025 года",
        },
        JAN_OCT,
        OCT,
        (D(2024, 1, 1), D(2024, 10, 31)),
        (D(2024, 10, 1), D(2024, 10, 31)),
    ),
    Period(
        {
            "S": "В январе–сентябре 2025 года",
            "s": "в январе–сентябре 2025 года",
            "A": "только в сентябре",
            "M": "В сентябре",
            "base": "за аналогичный период 2024 года",
            "prev_in": "в январе–сентябре 2024 года",
            "colon": "за январь–сентябрь 2025 года",
        },
        JAN_SEP,
        SEP,
        (D(2024, 1, 1), D(2024, 9, 30)),
        (D(2024, 9, 1), D(2024, 9, 30)),
    ),
    Period(
        {
            "S": "В 2024 году",
            "s": "в 2024 году",
            "A": "только в декабре",
            "M": "В декабре",
            "base": "в 2023 году",
            "prev_in": "в 2023 году",
            "colon": "за 2024 год",
        },
        Y24,
        DEC24,
        Y23,
        (D(2023, 12, 1), D(2023, 12, 31)),
    ),
]
KK_PERIODS = [
    Period(
        {
            "S": "2025 жылғы қаңтар-қазанда",
            "A": "тек қазанның өзінде",
            "M": "Қазанда",
            "abl": "2024 жылдың сәйкес кезеңінен",
            "prev_in": "2024 жылғы қаңтар-қазанда",
            "attr": "2025 жылғы қаңтар-қазандағы",
            "paren": "2025 жылғы қаңтар-қазан",
        },
        JAN_OCT,
        OCT,
        (D(2024, 1, 1), D(2024, 10, 31)),
        (D(2024, 10, 1), D(2024, 10, 31)),
    ),
    Period(
        {
            "S": "2025 жылғы қаңтар-қыркүйекте",
            "A": "тек қыркүйектің өзінде",
            "M": "Қыркүйекте",
            "abl": "2024 жылдың сәйкес кезеңінен",
            "prev_in": "2024 жылғы қаңтар-қыркүйекте",
            "attr": "2025 жылғы қаңтар-қыркүйектегі",
            "paren": "2025 жылғы қаңтар-қыркүйек",
        },
        JAN_SEP,
        SEP,
        (D(2024, 1, 1), D(2024, 9, 30)),
        (D(2024, 9, 1), D(2024, 9, 30)),
    ),
    Period(
        {
            "S": "2024 жылы",
            "A": "тек желтоқсанның өзінде",
            "M": "Желтоқсанда",
            "abl": "2023 жылғыдан",
            "prev_in": "2023 жылы",
            "attr": "2024 жылғы",
            "paren": "2024 жыл",
        },
        Y24,
        DEC24,
        Y23,
        (D(2023, 12, 1), D(2023, 12, 31)),
    ),
]

EN_SECTORS = [
    Sector(
        "Regional industry sums up its results",
        "industrial output in the region reached 1.2 trillion tenge",
        "1.2 trillion tenge",
        "130 billion tenge",
        "1.1 trillion tenge",
        "121 billion tenge",
        ("412 billion tenge", "310 billion tenge", "95 billion tenge"),
        "Industrial output",
        "coal output totalled 8.3 million tonnes",
        "8.3 million tonnes",
        "186 industrial enterprises operate in the region",
        "186",
        "the cattle herd numbered 310 thousand head",
        "310 thousand head",
    ),
    Sector(
        "Farmers of the region sum up their results",
        "farms in the region produced 412 thousand tonnes of milk",
        "412 thousand tonnes",
        "38 thousand tonnes",
        "396 thousand tonnes",
        "35 thousand tonnes",
        ("120 thousand tonnes", "98 thousand tonnes", "64 thousand tonnes"),
        "Milk output",
        "meat output reached 41 thousand tonnes",
        "41 thousand tonnes",
        "the region has 46 dairy farms",
        "46",
        "there were 1,240 registered farms in the region",
        "1,240",
    ),
    Sector(
        "Builders of the region report on their work",
        "the region commissioned 640 thousand square metres of housing",
        "640 thousand square metres",
        "72 thousand square metres",
        "590 thousand square metres",
        "66 thousand square metres",
        ("210 thousand square metres", "185 thousand square metres", "96 thousand square metres"),
        "Housing commissioned",
        "builders repaired 214 km of roads",
        "214 km",
        "312 building companies work in the region",
        "312",
        "local roads in the region stretched for 8,600 km",
        "8,600 km",
    ),
]
RU_SECTORS = [
    Sector(
        "Промышленники области подвели итоги",
        "объём промышленного производства в области составил 1,2 трлн тенге",
        "1,2 трлн тенге",
        "130 млрд тенге",
        "1,1 трлн тенге",
        "121 млрд тенге",
        ("412 млрд тенге", "310 млрд тенге", "95 млрд тенге"),
        "Объём промышленного производства",
        "добыто 8,3 млн тонн угля",
        "8,3 млн тонн",
        "в области работают 186 промышленных предприятий",
        "186",
        "поголовье крупного рогатого скота составляло 310 тыс. голов",
        "310 тыс. голов",
    ),
    Sector(
        "Аграрии области подвели итоги",
        "в области произвели 412 тыс. тонн молока",
        "412 тыс. тонн",
        "38 тыс. тонн",
        "396 тыс. тонн",
        "35 тыс. тонн",
        ("120 тыс. тонн", "98 тыс. тонн", "64 тыс. тонн"),
        "Производство молока",
        "произведено 41 тыс. тонн мяса",
        "41 тыс. тонн",
        "в области работают 46 молочных ферм",
        "46",
        "в области было зарегистрировано 1 240 фермерских хозяйств",
        "1 240",
    ),
    Sector(
        "Строители области отчитались о работе",
        "в области ввели в эксплуатацию 640 тыс. кв. м жилья",
        "640 тыс. кв. м",
        "72 тыс. кв. м",
        "590 тыс. кв. м",
        "66 тыс. кв. м",
        ("210 тыс. кв. м", "185 тыс. кв. м", "96 тыс. кв. м"),
        "Ввод жилья",
        "отремонтировано 214 км дорог",
        "214 км",
        "в области работают 312 строительных компаний",
        "312",
        "протяжённость местных дорог составляла 8 600 км",
        "8 600 км",
    ),
]
KK_SECTORS = [
    Sector(
        "Облыс өнеркәсіпшілері қорытынды шығарды",
        "облыстағы өнеркәсіп өнімінің көлемі 1,2 трлн теңгені құрады",
        "1,2 трлн теңге",
        "130 млрд теңге",
        "1,1 трлн теңге",
        "121 млрд теңге",
        ("412 млрд теңге", "310 млрд теңге", "95 млрд теңге"),
        "өнеркәсіп өнімінің көлемі",
        "8,3 млн тонна көмір өндірілді",
        "8,3 млн тонна",
        "облыста 186 өнеркәсіп кәсіпорны жұмыс істейді",
        "186",
        "облыстағы ірі қара мал басы 310 мың басты құрады",
        "310 мың бас",
    ),
    Sector(
        "Облыс аграрийлері жұмыс қорытындысын шығарды",
        "облыста 412 мың тонна сүт өндірілді",
        "412 мың тонна",
        "38 мың тонна",
        "396 мың тонна",
        "35 мың тонна",
        ("120 мың тонна", "98 мың тонна", "64 мың тонна"),
        "сүт өндірісі",
        "41 мың тонна ет өндірілді",
        "41 мың тонна",
        "облыста 46 сүт фермасы жұмыс істейді",
        "46",
        "облыста 1 240 шаруа қожалығы тіркелген болатын",
        "1 240",
    ),
    Sector(
        "Облыс құрылысшылары есеп берді",
        "облыста 640 мың шаршы метр тұрғын үй пайдалануға берілді",
        "640 мың шаршы метр",
        "72 мың шаршы метр",
        "590 мың шаршы метр",
        "66 мың шаршы метр",
        ("210 мың шаршы метр", "185 мың шаршы метр", "96 мың шаршы метр"),
        "тұрғын үй пайдалануға беру көлемі",
        "214 шақырым жол жөнделді",
        "214 шақырым",
        "облыста 312 құрылыс компаниясы жұмыс істейді",
        "312",
        "облыстағы жергілікті жолдардың ұзындығы 8 600 шақырымды құрады",
        "8 600 шақырым",
    ),
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _spanned(lang: str, p: Period, s: Sector) -> list[Probe]:
    """The structures told over one span and one sector."""
    f = p.forms
    r1, r2, r3 = s.regions
    pct = "5.3%" if lang == "en" else "5,3%"
    out: list[Probe] = []
    span, month = p.span, p.month
    if lang == "en":
        texts = {
            "long_two_periods": (
                f"{f['S']}, {s.flow}, up {pct} on {f['base']}, while {f['A']} it was {s.month}.",
                [(s.big, *span), (pct, *span), (s.month, *month)],
            ),
            "long_three_periods": (
                f"{f['S']}, {s.flow}, against {s.base} a year earlier; {f['A']}, the figure was {s.month}.",
                [(s.big, *span), (s.base, *p.prev), (s.month, *month)],
            ),
            "aside_base": (
                f"{f['S']}, {s.flow} ({f['prev_in']} – {s.base}).",
                [(s.big, *span), (s.base, *p.prev)],
            ),
            "aside_comparison": (
                f"{f['S']}, {s.flow} ({pct} more than a year earlier).",
                [(s.big, *span), (pct, *span)],
            ),
            "dash_insertion": (
                f"{f['S']}, {s.flow} – up {pct} year on year – and {f['A']} the figure was {s.month}.",
                [(s.big, *span), (pct, *span), (s.month, *month)],
            ),
            "name_dash_list": (
                f"{f['S']}, {s.flow}. By city: Almaty – {r1}, Astana – {r2}, Shymkent – {r3}.",
                [(s.big, *span), (r1, *span), (r2, *span), (r3, *span)],
            ),
            "bullets_after_lead": (
                f"{s.subject} by district {f['s']}:\n– Karasai district – {r1};\n– Talgar district – {r2};\n"
                f"– Enbekshikazakh district – {r3}.",
                [(r1, *span), (r2, *span), (r3, *span)],
            ),
            "semicolon_list": (
                f"{s.subject} by district {f['s']}: Karasai district – {r1}; Talgar district – {r2}; "
                f"Enbekshikazakh district – {r3}.",
                [(r1, *span), (r2, *span), (r3, *span)],
            ),
            "quote_present": (
                f"“Today {s.state}. {f['S']}, {s.flow},” the akim said.",
                [(s.state_value, *PUB), (s.big, *span)],
            ),
            "reported_past": (
                f"The akim said that {f['s']} {s.flow}.",
                [(s.big, *span)],
            ),
            "relative_chain": (
                f"{f['S']}, {s.flow}. A year earlier, the figure was {s.base}. {f['M']}, it was {s.month}, "
                f"against {s.month_prev} a year earlier.",
                [(s.big, *span), (s.base, *p.prev), (s.month, *month), (s.month_prev, *p.month_prev)],
            ),
            "same_period": (
                f"{f['S']}, {s.flow}. Over the same period, {s.flow2}.",
                [(s.big, *span), (s.flow2_value, *span)],
            ),
            "period_after_figure": (
                f"{_cap(s.flow)} {f['s']}.",
                [(s.big, *span)],
            ),
            "colon_figure": (
                f"{s.subject} {f['s']}: {s.big}.",
                [(s.big, *span)],
            ),
            "briefing_day_span": (
                f"At a briefing on 14 November, the akim said that {f['s']} {s.flow}.",
                [(s.big, *span)],
            ),
        }
        title_rows = (
            f"{s.subject} by city, {f['bare']}",
            f"Almaty – {r1}.\nAstana – {r2}.\nShymkent – {r3}.",
        )
    elif lang == "ru":
        texts = {
            "long_two_periods": (
                f"{f['S']} {s.flow}, что на {pct} больше, чем {f['base']}, а {f['A']} — {s.month}.",
                [(s.big, *span), (pct, *span), (s.month, *month)],
            ),
            "long_three_periods": (
                f"{f['S']} {s.flow} против {s.base} годом ранее, при этом {f['A']} — {s.month}.",
                [(s.big, *span), (s.base, *p.prev), (s.month, *month)],
            ),
            "aside_base": (
                f"{f['S']} {s.flow} ({f['prev_in']} — {s.base}).",
                [(s.big, *span), (s.base, *p.prev)],
            ),
            "aside_comparison": (
                f"{f['S']} {s.flow} (на {pct} больше, чем годом ранее).",
                [(s.big, *span), (pct, *span)],
            ),
            "dash_insertion": (
                f"{f['S']} {s.flow} — на {pct} больше, чем годом ранее, — а {f['A']} — {s.month}.",
                [(s.big, *span), (pct, *span), (s.month, *month)],
            ),
            "name_dash_list": (
                f"{f['S']} {s.flow}. По городам: Алматы — {r1}, Астана — {r2}, Шымкент — {r3}.",
                [(s.big, *span), (r1, *span), (r2, *span), (r3, *span)],
            ),
            "bullets_after_lead": (
                f"{s.subject} по районам {f['s']}:\n– Карасайский район — {r1};\n– Талгарский район — {r2};\n"
                f"– Енбекшиказахский район — {r3}.",
                [(r1, *span), (r2, *span), (r3, *span)],
            ),
            "semicolon_list": (
                f"{s.subject} по районам {f['s']}: Карасайский район — {r1}; Талгарский район — {r2}; "
                f"Енбекшиказахский район — {r3}.",
                [(r1, *span), (r2, *span), (r3, *span)],
            ),
            "quote_present": (
                f"«Сегодня {s.state}. {f['S']} {s.flow}», — сказал аким.",
                [(s.state_value, *PUB), (s.big, *span)],
            ),
            "reported_past": (
                f"Аким сообщил, что {f['s']} {s.flow}.",
                [(s.big, *span)],
            ),
            "relative_chain": (
                f"{f['S']} {s.flow}. Годом ранее показатель составлял {s.base}. {f['M']} — {s.month} "
                f"против {s.month_prev} годом ранее.",
                [(s.big, *span), (s.base, *p.prev), (s.month, *month), (s.month_prev, *p.month_prev)],
            ),
            "same_period": (
                f"{f['S']} {s.flow}. За тот же период {s.flow2}.",
                [(s.big, *span), (s.flow2_value, *span)],
            ),
            "period_after_figure": (
                f"{_cap(s.flow)} {f['s']}.",
                [(s.big, *span)],
            ),
            "colon_figure": (
                f"{s.subject} {f['colon']}: {s.big}.",
                [(s.big, *span)],
            ),
            "briefing_day_span": (
                f"На брифинге 14 ноября аким сообщил, что {f['s']} {s.flow}.",
                [(s.big, *span)],
            ),
        }
        title_rows = (
            f"{s.subject} по городам {f['colon']}",
            f"Алматы — {r1}.\nАстана — {r2}.\nШымкент — {r3}.",
        )
    else:
        texts = {
            "long_two_periods": (
                f"{f['S']} {s.flow}, бұл {f['abl']} {pct}-ға көп, ал {f['A']} – {s.month}.",
                [(s.big, *span), (pct, *span), (s.month, *month)],
            ),
            "long_three_periods": (
                f"{f['S']} {s.flow}, бір жыл бұрын – {s.base}, ал {f['A']} – {s.month}.",
                [(s.big, *span), (s.base, *p.prev), (s.month, *month)],
            ),
            "aside_base": (
                f"{f['S']} {s.flow} ({f['prev_in']} – {s.base}).",
                [(s.big, *span), (s.base, *p.prev)],
            ),
            "aside_comparison": (
                f"{f['S']} {s.flow} (бір жыл бұрынғыдан {pct}-ға көп).",
                [(s.big, *span), (pct, *span)],
            ),
            "dash_insertion": (
                f"{f['S']} {s.flow} – бұл бір жыл бұрынғыдан {pct}-ға көп – ал {f['A']} – {s.month}.",
                [(s.big, *span), (pct, *span), (s.month, *month)],
            ),
            "name_dash_list": (
                f"{f['S']} {s.flow}. Қалалар бойынша: Алматы – {r1}, Астана – {r2}, Шымкент – {r3}.",
                [(s.big, *span), (r1, *span), (r2, *span), (r3, *span)],
            ),
            "bullets_after_lead": (
                f"{f['S']} аудандар бойынша {s.subject}:\n– Қарасай ауданы – {r1};\n– Талғар ауданы – {r2};\n"
                f"– Еңбекшіқазақ ауданы – {r3}.",
                [(r1, *span), (r2, *span), (r3, *span)],
            ),
            "semicolon_list": (
                f"{f['S']} аудандар бойынша {s.subject}: Қарасай ауданы – {r1}; Талғар ауданы – {r2}; "
                f"Еңбекшіқазақ ауданы – {r3}.",
                [(r1, *span), (r2, *span), (r3, *span)],
            ),
            "quote_present": (
                f"«Бүгінде {s.state}. {f['S']} {s.flow}», – деді әкім.",
                [(s.state_value, *PUB), (s.big, *span)],
            ),
            "reported_past": (
                f"Әкімнің айтуынша, {f['S']} {s.flow}.",
                [(s.big, *span)],
            ),
            "relative_chain": (
                f"{f['S']} {s.flow}. Бір жыл бұрын бұл көрсеткіш {s.base} болған. {f['M']} – {s.month}, "
                f"бір жыл бұрын – {s.month_prev}.",
                [(s.big, *span), (s.base, *p.prev), (s.month, *month), (s.month_prev, *p.month_prev)],
            ),
            "same_period": (
                f"{f['S']} {s.flow}. Осы кезеңде {s.flow2}.",
                [(s.big, *span), (s.flow2_value, *span)],
            ),
            "period_after_figure": (
                f"{_cap(s.flow)} ({f['paren']}).",
                [(s.big, *span)],
            ),
            "colon_figure": (
                f"{_cap(f['attr'])} {s.subject}: {s.big}.",
                [(s.big, *span)],
            ),
            "briefing_day_span": (
                f"Әкімнің 14 қарашадағы брифингте айтуынша, {f['S']} {s.flow}.",
                [(s.big, *span)],
            ),
        }
        title_rows = (
            f"{_cap(f['attr'])} {s.subject}: қалалар бойынша",
            f"Алматы – {r1}.\nАстана – {r2}.\nШымкент – {r3}.",
        )
    for structure, (body, checks) in texts.items():
        out.append((structure, s.title, body, checks))
    out.append(("rows_under_title", title_rows[0], title_rows[1], [(r1, *span), (r2, *span), (r3, *span)]))
    return out


def _sector_only(lang: str, s: Sector) -> list[Probe]:
    """The structures that do not hang on a reporting span: rows of years, last month, a data
    cut's day, a briefing's day over a present state (the state on that day)."""
    r1, r2, r3 = s.regions
    if lang == "en":
        texts = [
            ("year_rows", f"{s.subject} by year: 2022 – {r3}; 2023 – {r2}; 2024 – {r1}."),
            ("year_rows", f"{s.subject}: in 2022 – {r3}, in 2023 – {r2}, in 2024 – {r1}."),
            ("last_month", f"Last month, {s.flow2}."),
            ("data_cut_day", f"According to data as of 1 November 2025, {s.stock}."),
            ("data_cut_day", f"As of 1 October, according to the statistics bureau, {s.stock}."),
            ("briefing_day_state", f"At a briefing on 14 November, the akim said that {s.state}."),
        ]
    elif lang == "ru":
        texts = [
            ("year_rows", f"{s.subject} по годам: 2022 год — {r3}; 2023 год — {r2}; 2024 год — {r1}."),
            ("year_rows", f"{s.subject}: в 2022 году — {r3}, в 2023 году — {r2}, в 2024 году — {r1}."),
            ("last_month", f"В прошлом месяце {s.flow2}."),
            ("data_cut_day", f"По данным на 1 ноября 2025 года, {s.stock}."),
            ("data_cut_day", f"На 1 октября, по данным бюро статистики, {s.stock}."),
            ("briefing_day_state", f"На брифинге 14 ноября аким сообщил, что {s.state}."),
        ]
    else:
        texts = [
            (
                "year_rows",
                f"{_cap(s.subject)} жылдар бойынша: 2022 жыл – {r3}; 2023 жыл – {r2}; 2024 жыл – {r1}.",
            ),
            ("year_rows", f"{_cap(s.subject)}: 2022 жылы – {r3}, 2023 жылы – {r2}, 2024 жылы – {r1}."),
            ("last_month", f"Өткен айда {s.flow2}."),
            ("data_cut_day", f"2025 жылғы 1 қарашадағы деректер бойынша, {s.stock}."),
            ("data_cut_day", f"Статистика бюросының 1 қазандағы деректері бойынша, {s.stock}."),
            ("briefing_day_state", f"Әкімнің 14 қарашадағы брифингте айтуынша, {s.state}."),
        ]
    labels: dict[str, list[Check]] = {
        "year_rows": [(r3, *Y22), (r2, *Y23), (r1, *Y24)],
        "last_month": [(s.flow2_value, *OCT)],
        "briefing_day_state": [(s.state_value, *NOV_14)],
    }
    out: list[Probe] = []
    cuts = iter([NOV_1, OCT_1])
    for structure, body in texts:
        checks = [(s.stock_value, *next(cuts))] if structure == "data_cut_day" else labels[structure]
        out.append((structure, s.title, body, checks))
    return out


# Ranges of years: a programme's name (the figure keeps its own year) against the figure's span.
# (language, text, surface, span); three objects per form.
_PROGRAMMES: list[tuple[str, str, str, Span]] = [
    ("en", "Under the 2021–2025 state programme, the region built 12 schools this year.", "12", Y25),
    ("en", "Under the 2021–2025 state programme, 7 clinics were opened in the region this year.", "7", Y25),
    ("en", "Under the 2021–2025 state programme, the region opened 15 kindergartens this year.", "15", Y25),
    ("en", "In 2021–2025, the region built 140 schools under the programme.", "140", Y2021_2025),
    ("en", "In 2021–2025, 62 clinics were opened in the region under the programme.", "62", Y2021_2025),
    ("en", "In 2021–2025, the region opened 180 kindergartens under the programme.", "180", Y2021_2025),
    ("en", "The programme for 2026–2030 provides for 40 new schools.", "40", Y2026_2030),
    ("en", "The programme for 2026–2030 provides for 25 new clinics.", "25", Y2026_2030),
    ("en", "The programme for 2026–2030 provides for 55 new kindergartens.", "55", Y2026_2030),
    ("en", "Under the 2023–2025 roadmap, 18 km of water pipes were laid in 2024.", "18 km", Y24),
    ("en", "Under the 2023–2025 roadmap, 26 km of gas pipes were laid in 2024.", "26 km", Y24),
    ("en", "Under the 2023–2025 roadmap, 33 km of power lines were built in 2024.", "33 km", Y24),
    ("ru", "В рамках госпрограммы на 2021–2025 годы в этом году в области построено 12 школ.", "12", Y25),
    ("ru", "В рамках госпрограммы на 2021–2025 годы в этом году в области открыто 7 поликлиник.", "7", Y25),
    (
        "ru",
        "В рамках госпрограммы на 2021–2025 годы в этом году в области открыто 15 детских садов.",
        "15",
        Y25,
    ),
    ("ru", "В 2021–2025 годах по программе в области построено 140 школ.", "140", Y2021_2025),
    ("ru", "В 2021–2025 годах по программе в области открыто 62 поликлиники.", "62", Y2021_2025),
    ("ru", "В 2021–2025 годах по программе в области открыто 180 детских садов.", "180", Y2021_2025),
    ("ru", "Программа на 2026–2030 годы предусматривает строительство 40 новых школ.", "40", Y2026_2030),
    (
        "ru",
        "Программа на 2026–2030 годы предусматривает строительство 25 новых поликлиник.",
        "25",
        Y2026_2030,
    ),
    (
        "ru",
        "Программа на 2026–2030 годы предусматривает строительство 55 новых детских садов.",
        "55",
        Y2026_2030,
    ),
    ("ru", "По дорожной карте на 2023–2025 годы в 2024 году проложено 18 км водопроводов.", "18 км", Y24),
    ("ru", "По дорожной карте на 2023–2025 годы в 2024 году проложено 26 км газопроводов.", "26 км", Y24),
    (
        "ru",
        "По дорожной карте на 2023–2025 годы в 2024 году построено 33 км линий электропередачи.",
        "33 км",
        Y24,
    ),
    (
        "kk",
        "2021–2025 жылдарға арналған мемлекеттік бағдарлама аясында биыл облыста 12 мектеп салынды.",
        "12",
        Y25,
    ),
    (
        "kk",
        "2021–2025 жылдарға арналған мемлекеттік бағдарлама аясында биыл облыста 7 емхана ашылды.",
        "7",
        Y25,
    ),
    (
        "kk",
        "2021–2025 жылдарға арналған мемлекеттік бағдарлама аясында биыл облыста 15 балабақша ашылды.",
        "15",
        Y25,
    ),
    ("kk", "2021–2025 жылдары бағдарлама бойынша облыста 140 мектеп салынды.", "140", Y2021_2025),
    ("kk", "2021–2025 жылдары бағдарлама бойынша облыста 62 емхана ашылды.", "62", Y2021_2025),
    ("kk", "2021–2025 жылдары бағдарлама бойынша облыста 180 балабақша ашылды.", "180", Y2021_2025),
    ("kk", "2026–2030 жылдарға арналған бағдарлама 40 жаңа мектеп салуды көздейді.", "40", Y2026_2030),
    ("kk", "2026–2030 жылдарға арналған бағдарлама 25 жаңа емхана салуды көздейді.", "25", Y2026_2030),
    ("kk", "2026–2030 жылдарға арналған бағдарлама 55 жаңа балабақша салуды көздейді.", "55", Y2026_2030),
    (
        "kk",
        "2023–2025 жылдарға арналған жол картасы бойынша 2024 жылы 18 шақырым су құбыры тартылды.",
        "18 шақырым",
        Y24,
    ),
    (
        "kk",
        "2023–2025 жылдарға арналған жол картасы бойынша 2024 жылы 26 шақырым газ құбыры тартылды.",
        "26 шақырым",
        Y24,
    ),
    (
        "kk",
        "2023–2025 жылдарға арналған жол картасы бойынша 2024 жылы 33 шақырым электр желісі салынды.",
        "33 шақырым",
        Y24,
    ),
]
_PROGRAMME_TITLE = {
    "en": "The region reports on its programmes",
    "ru": "В области подвели итоги программ",
    "kk": "Облыста бағдарламалардың қорытындысы шығарылды",
}


def _build(lang: str, periods: list[Period], sectors: list[Sector]) -> list[Probe]:
    probes: list[Probe] = []
    for s in sectors:
        for p in periods:
            probes.extend(_spanned(lang, p, s))
        probes.extend(_sector_only(lang, s))
    for language, text, surface, span in _PROGRAMMES:
        if language == lang:
            probes.append(("programme_range", _PROGRAMME_TITLE[lang], text, [(surface, *span)]))
    return probes


# Round 2 (written out whole, labelled before any reader ran on them): months as rows after a
# quarter, a share with its base in brackets, a change in brackets, a quote then reported past, a
# lead's results after a colon, a data cut then a month's flow, "a month earlier", a relative clause
# with its own span, a deadline plan with its done part, "last year" after a span, a briefing day
# with "this year", two ranges of years (a span and a programme's name), a stock day before a colon.
Q3 = (D(2025, 7, 1), D(2025, 9, 30))
JAN_SEP_24 = (D(2024, 1, 1), D(2024, 9, 30))
JUL, AUG = (D(2025, 7, 1), D(2025, 7, 31)), (D(2025, 8, 1), D(2025, 8, 31))
BY_2027 = (None, D(2027, 12, 31))
Y26 = (D(2026, 1, 1), D(2026, 12, 31))
_R2_TITLE = {
    "en": "The region sums up its results",
    "ru": "В области подвели итоги",
    "kk": "Облыста қорытынды шығарылды",
}
_ROUND2: list[tuple[str, str, str, list[Check]]] = [
    (
        "en",
        "r2_month_rows",
        "In the third quarter of 2025, milk output by month was: July – 41 thousand tonnes; "
        "August – 43 thousand tonnes; September – 39 thousand tonnes.",
        [("41 thousand tonnes", *JUL), ("43 thousand tonnes", *AUG), ("39 thousand tonnes", *SEP)],
    ),
    (
        "ru",
        "r2_month_rows",
        "В третьем квартале 2025 года производство молока по месяцам: июль — 41 тыс. тонн; "
        "август — 43 тыс. тонн; сентябрь — 39 тыс. тонн.",
        [("41 тыс. тонн", *JUL), ("43 тыс. тонн", *AUG), ("39 тыс. тонн", *SEP)],
    ),
    (
        "kk",
        "r2_month_rows",
        "2025 жылғы үшінші тоқсанда сүт өндірісі айлар бойынша: шілде – 41 мың тонна; "
        "тамыз – 43 мың тонна; қыркүйек – 39 мың тонна.",
        [("41 мың тонна", *JUL), ("43 мың тонна", *AUG), ("39 мың тонна", *SEP)],
    ),
    (
        "en",
        "r2_share_base_bracket",
        "In January–September 2025, the share of small business in the region's "
        "output was 38.2% (36.9% a year earlier).",
        [("38.2%", *JAN_SEP), ("36.9%", *JAN_SEP_24)],
    ),
    (
        "ru",
        "r2_share_base_bracket",
        "В январе–сентябре 2025 года доля малого бизнеса в выпуске области "
        "составила 38,2% (годом ранее — 36,9%).",
        [("38,2%", *JAN_SEP), ("36,9%", *JAN_SEP_24)],
    ),
    (
        "kk",
        "r2_share_base_bracket",
        "2025 жылғы қаңтар-қыркүйекте облыс өніміндегі шағын бизнестің үлесі "
        "38,2%-ды құрады (бір жыл бұрын – 36,9%).",
        [("38,2%", *JAN_SEP), ("36,9%", *JAN_SEP_24)],
    ),
    (
        "en",
        "r2_change_in_brackets",
        "Farms in the region produced 412 thousand tonnes of milk (+5.3%) in January–October 2025.",
        [("412 thousand tonnes", *JAN_OCT), ("5.3%", *JAN_OCT)],
    ),
    (
        "ru",
        "r2_change_in_brackets",
        "В январе–октябре 2025 года в области произвели 412 тыс. тонн молока (+5,3%).",
        [("412 тыс. тонн", *JAN_OCT), ("5,3%", *JAN_OCT)],
    ),
    (
        "kk",
        "r2_change_in_brackets",
        "2025 жылғы қаңтар-қазанда облыста 412 мың тонна сүт (+5,3%) өндірілді.",
        [("412 мың тонна", *JAN_OCT), ("5,3%", *JAN_OCT)],
    ),
    (
        "en",
        "r2_quote_then_past",
        "“We have 46 dairy farms today,” the akim said. According to him, 9 farms were built in 2024.",
        [("46", *PUB), ("9", *Y24)],
    ),
    (
        "ru",
        "r2_quote_then_past",
        "«Сегодня у нас 46 молочных ферм», – сказал аким. По его словам, в 2024 году построено 9 ферм.",
        [("46", *PUB), ("9", *Y24)],
    ),
    (
        "kk",
        "r2_quote_then_past",
        "«Бүгінде бізде 46 сүт фермасы бар», – деді әкім. Оның айтуынша, 2024 жылы 9 ферма салынған.",
        [("46", *PUB), ("9", *Y24)],
    ),
    (
        "en",
        "r2_results_colon",
        "Results of January–October 2025: industrial output – 1.2 trillion tenge, "
        "investment – 640 billion tenge.",
        [("1.2 trillion tenge", *JAN_OCT), ("640 billion tenge", *JAN_OCT)],
    ),
    (
        "ru",
        "r2_results_colon",
        "Итоги января–октября 2025 года: промышленное производство — 1,2 трлн тенге, "
        "инвестиции — 640 млрд тенге.",
        [("1,2 трлн тенге", *JAN_OCT), ("640 млрд тенге", *JAN_OCT)],
    ),
    (
        "kk",
        "r2_results_colon",
        "2025 жылғы қаңтар-қазанның қорытындысы: өнеркәсіп өнімі – 1,2 трлн теңге, "
        "инвестиция – 640 млрд теңге.",
        [("1,2 трлн теңге", *JAN_OCT), ("640 млрд теңге", *JAN_OCT)],
    ),
    (
        "en",
        "r2_data_cut_then_month",
        "According to data as of 1 November 2025, 46 thousand people were "
        "registered as unemployed. In October, 3.2 thousand people found jobs.",
        [("46 thousand", *NOV_1), ("3.2 thousand", *OCT)],
    ),
    (
        "ru",
        "r2_data_cut_then_month",
        "По данным на 1 ноября 2025 года, безработными зарегистрированы 46 тыс. "
        "человек. В октябре трудоустроены 3,2 тыс. человек.",
        [("46 тыс.", *NOV_1), ("3,2 тыс.", *OCT)],
    ),
    (
        "kk",
        "r2_data_cut_then_month",
        "2025 жылғы 1 қарашадағы деректер бойынша, 46 мың адам жұмыссыз ретінде "
        "тіркелген. Қазанда 3,2 мың адам жұмысқа орналасты.",
        [("46 мың", *NOV_1), ("3,2 мың", *OCT)],
    ),
    (
        "en",
        "r2_month_earlier",
        "In October, consumer prices in the region rose by 0.8%; a month earlier, by 0.6%.",
        [("0.8%", *OCT), ("0.6%", *SEP)],
    ),
    (
        "ru",
        "r2_month_earlier",
        "В октябре потребительские цены в области выросли на 0,8%, месяцем ранее — на 0,6%.",
        [("0,8%", *OCT), ("0,6%", *SEP)],
    ),
    (
        "kk",
        "r2_month_earlier",
        "Қазанда облыстағы тұтыну бағасы 0,8%-ға өсті, бір ай бұрын – 0,6%-ға.",
        [("0,8%", *OCT), ("0,6%", *SEP)],
    ),
    (
        "en",
        "r2_relative_clause_span",
        "Investment in fixed assets, which reached 640 billion tenge in January–October 2025, grew by 7%.",
        [("640 billion tenge", *JAN_OCT), ("7%", *JAN_OCT)],
    ),
    (
        "ru",
        "r2_relative_clause_span",
        "Инвестиции в основной капитал, которые в январе–октябре 2025 года "
        "достигли 640 млрд тенге, выросли на 7%.",
        [("640 млрд тенге", *JAN_OCT), ("7%", *JAN_OCT)],
    ),
    (
        "kk",
        "r2_relative_clause_span",
        "2025 жылғы қаңтар-қазанда 640 млрд теңгеге жеткен негізгі капиталға инвестиция 7%-ға өсті.",
        [("640 млрд теңге", *JAN_OCT), ("7%", *JAN_OCT)],
    ),
    (
        "en",
        "r2_deadline_and_done",
        "By 2027, the region plans to build 40 schools; 12 of them were opened in 2024.",
        [("40", *BY_2027), ("12", *Y24)],
    ),
    (
        "ru",
        "r2_deadline_and_done",
        "До 2027 года в области планируется построить 40 школ, 12 из них открыты в 2024 году.",
        [("40", *BY_2027), ("12", *Y24)],
    ),
    (
        "kk",
        "r2_deadline_and_done",
        "2027 жылға дейін облыста 40 мектеп салу жоспарланған, оның 12-сі 2024 жылы ашылды.",
        [("40", *BY_2027), ("12", *Y24)],
    ),
    (
        "en",
        "r2_last_year_after_span",
        "In January–October 2025, farms in the region produced 412 thousand tonnes "
        "of milk. Last year they produced 480 thousand tonnes.",
        [("412 thousand tonnes", *JAN_OCT), ("480 thousand tonnes", *Y24)],
    ),
    (
        "ru",
        "r2_last_year_after_span",
        "В январе–октябре 2025 года в области произвели 412 тыс. тонн молока. "
        "В прошлом году было произведено 480 тыс. тонн.",
        [("412 тыс. тонн", *JAN_OCT), ("480 тыс. тонн", *Y24)],
    ),
    (
        "kk",
        "r2_last_year_after_span",
        "2025 жылғы қаңтар-қазанда облыста 412 мың тонна сүт өндірілді. Былтыр "
        "облыста 480 мың тонна сүт өндірілген.",
        [("412 мың тонна", *JAN_OCT), ("480 мың тонна", *Y24)],
    ),
    (
        "en",
        "r2_briefing_this_year",
        "On 14 November, the akim said that 1,240 farms had received subsidies this year.",
        [("1,240", *Y25)],
    ),
    (
        "ru",
        "r2_briefing_this_year",
        "14 ноября аким сообщил, что в этом году субсидии получили 1 240 хозяйств.",
        [("1 240", *Y25)],
    ),
    (
        "kk",
        "r2_briefing_this_year",
        "Әкім 14 қарашада биыл 1 240 шаруашылық субсидия алғанын айтты.",
        [("1 240", *Y25)],
    ),
    (
        "en",
        "r2_two_ranges",
        "Over 2021–2025, 140 schools were built; under the new 2026–2030 programme, 12 more "
        "are planned for 2026.",
        [("140", *Y2021_2025), ("12", *Y26)],
    ),
    (
        "ru",
        "r2_two_ranges",
        "За 2021–2025 годы построено 140 школ, по новой программе на 2026–2030 годы в 2026 "
        "году планируется построить ещё 12.",
        [("140", *Y2021_2025), ("12", *Y26)],
    ),
    (
        "kk",
        "r2_two_ranges",
        "2021–2025 жылдары 140 мектеп салынды, 2026–2030 жылдарға арналған жаңа бағдарлама "
        "бойынша 2026 жылы тағы 12 мектеп салу жоспарланған.",
        [("140", *Y2021_2025), ("12", *Y26)],
    ),
    (
        "en",
        "r2_day_before_colon",
        "Grain threshed as of 1 October: 2.1 million tonnes.",
        [("2.1 million tonnes", *OCT_1)],
    ),
    ("ru", "r2_day_before_colon", "Намолочено зерна на 1 октября: 2,1 млн тонн.", [("2,1 млн тонн", *OCT_1)]),
    (
        "kk",
        "r2_day_before_colon",
        "1 қазандағы жағдай бойынша бастырылған астық: 2,1 млн тонна.",
        [("2,1 млн тонна", *OCT_1)],
    ),
]


# Round 3 (written out whole, labelled before any reader ran on it): "respectively" over two
# periods, "from X in 2023 to Y in 2024", a period set off by dashes, "of which in October" in the
# span's sentence, the day of a data source in brackets, a two-year row inside a sentence ("a year
# later"), a quote's past inside present speech, a two-year span's total.
Y2023_2024 = (D(2023, 1, 1), D(2024, 12, 31))
_ROUND3: list[tuple[str, str, str, list[Check]]] = [
    (
        "en",
        "r3_respectively",
        "In 2023 and 2024, the region built 14 and 17 schools, respectively.",
        [("14", *Y23), ("17", *Y24)],
    ),
    (
        "ru",
        "r3_respectively",
        "В 2023 и 2024 годах в области построили соответственно 14 и 17 школ.",
        [("14", *Y23), ("17", *Y24)],
    ),
    (
        "kk",
        "r3_respectively",
        "2023 және 2024 жылдары облыста тиісінше 14 және 17 мектеп салынды.",
        [("14", *Y23), ("17", *Y24)],
    ),
    (
        "en",
        "r3_from_to_years",
        "Milk output grew from 396 thousand tonnes in 2023 to 412 thousand tonnes in 2024.",
        [("396 thousand tonnes", *Y23), ("412 thousand tonnes", *Y24)],
    ),
    (
        "ru",
        "r3_from_to_years",
        "Производство молока выросло с 396 тыс. тонн в 2023 году до 412 тыс. тонн в 2024 году.",
        [("396 тыс. тонн", *Y23), ("412 тыс. тонн", *Y24)],
    ),
    (
        "kk",
        "r3_from_to_years",
        "Сүт өндірісі 2023 жылғы 396 мың тоннадан 2024 жылы 412 мың тоннаға дейін өсті.",
        [("396 мың тонна", *Y23), ("412 мың тонна", *Y24)],
    ),
    (
        "en",
        "r3_period_in_dashes",
        "Industrial output – in January–October 2025 – reached 1.2 trillion tenge.",
        [("1.2 trillion tenge", *JAN_OCT)],
    ),
    (
        "ru",
        "r3_period_in_dashes",
        "Объём промышленного производства – за январь–октябрь 2025 года – составил 1,2 трлн тенге.",
        [("1,2 трлн тенге", *JAN_OCT)],
    ),
    (
        "kk",
        "r3_period_in_dashes",
        "Өнеркәсіп өнімінің көлемі – 2025 жылғы қаңтар-қазанда – 1,2 трлн теңгені құрады.",
        [("1,2 трлн теңге", *JAN_OCT)],
    ),
    (
        "en",
        "r3_of_which_month",
        "In January–October 2025, the region commissioned 640 thousand square metres of "
        "housing, of which 72 thousand square metres in October.",
        [("640 thousand square metres", *JAN_OCT), ("72 thousand square metres", *OCT)],
    ),
    (
        "ru",
        "r3_of_which_month",
        "В январе–октябре 2025 года в области ввели 640 тыс. кв. м жилья, в том числе в "
        "октябре — 72 тыс. кв. м.",
        [("640 тыс. кв. м", *JAN_OCT), ("72 тыс. кв. м", *OCT)],
    ),
    (
        "kk",
        "r3_of_which_month",
        "2025 жылғы қаңтар-қазанда облыста 640 мың шаршы метр тұрғын үй пайдалануға "
        "берілді, оның ішінде қазанда – 72 мың шаршы метр.",
        [("640 мың шаршы метр", *JAN_OCT), ("72 мың шаршы метр", *OCT)],
    ),
    (
        "en",
        "r3_source_day_bracket",
        "The region has 46 dairy farms (data of the agriculture department as of 1 November 2025).",
        [("46", *NOV_1)],
    ),
    (
        "ru",
        "r3_source_day_bracket",
        "В области работают 46 молочных ферм (данные управления сельского хозяйства на 1 ноября 2025 года).",
        [("46", *NOV_1)],
    ),
    (
        "kk",
        "r3_source_day_bracket",
        "Облыста 46 сүт фермасы жұмыс істейді (ауыл шаруашылығы басқармасының 2025 "
        "жылғы 1 қарашадағы деректері).",
        [("46", *NOV_1)],
    ),
    (
        "en",
        "r3_year_later_inline",
        "Milk output was 396 thousand tonnes in 2023 and 412 thousand tonnes a year later.",
        [("396 thousand tonnes", *Y23), ("412 thousand tonnes", *Y24)],
    ),
    (
        "ru",
        "r3_year_later_inline",
        "В 2023 году произвели 396 тыс. тонн молока, годом позже — 412 тыс. тонн.",
        [("396 тыс. тонн", *Y23), ("412 тыс. тонн", *Y24)],
    ),
    (
        "kk",
        "r3_year_later_inline",
        "2023 жылы 396 мың тонна сүт өндірілді, бір жылдан кейін – 412 мың тонна.",
        [("396 мың тонна", *Y23), ("412 мың тонна", *Y24)],
    ),
    (
        "en",
        "r3_quote_past_in_present",
        "“In 2024 we built 9 farms, and today the region has 46,” the akim said.",
        [("9", *Y24), ("46", *PUB)],
    ),
    (
        "ru",
        "r3_quote_past_in_present",
        "«В 2024 году мы построили 9 ферм, а сегодня в области их 46», – сказал аким.",
        [("9", *Y24), ("46", *PUB)],
    ),
    (
        "kk",
        "r3_quote_past_in_present",
        "«2024 жылы біз 9 ферма салдық, ал бүгінде облыста 46 ферма бар», – деді әкім.",
        [("9", *Y24), ("46", *PUB)],
    ),
    ("en", "r3_two_year_span_total", "Over 2023–2024, the region built 31 schools.", [("31", *Y2023_2024)]),
    (
        "ru",
        "r3_two_year_span_total",
        "За 2023–2024 годы в области построили 31 школу.",
        [("31", *Y2023_2024)],
    ),
    ("kk", "r3_two_year_span_total", "2023–2024 жылдары облыста 31 мектеп салынды.", [("31", *Y2023_2024)]),
]


def _round2(lang: str) -> list[Probe]:
    return [
        (structure, _R2_TITLE[lang], body, checks)
        for language, structure, body, checks in _ROUND2 + _ROUND3
        if language == lang
    ]


EN: list[Probe] = _build("en", EN_PERIODS, EN_SECTORS) + _round2("en")
RU: list[Probe] = _build("ru", RU_PERIODS, RU_SECTORS) + _round2("ru")
KK: list[Probe] = _build("kk", KK_PERIODS, KK_SECTORS) + _round2("kk")
BATTERY: dict[str, list[Probe]] = {"en": EN, "ru": RU, "kk": KK}
