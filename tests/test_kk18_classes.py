"""Kazakh classes of round kk18: classes that recur across the blind sets (h14-h22 adjudications), tested on
probe sentences of our own (other topics and wordings), each figure labelled per tests/realworld/FORMAT.md
before the extractor ran:
 1 a rate per 1 000 / 100 000 people is unit "other" and its base is no figure, also when "шаққанда" is left
   out ("(1000 адамға 11,52)") and when a later sentence gives the same rate elsewhere ("бұл көрсеткіш
   24,6-ға тең"); a count of people after the dative ("1000 адамға пәтер берілді") stays a count;
 2 the worth of projects named with "құны" is plan when a part of it is told spent after it ("..., оның 3,1
   млрд теңгесі игерілді") or the projects are for a span still running; their count stays actual, and
   the worth of projects done ("іске қосылды", "болды"), a price and a worth with no such frame stay actual;
 3 the items of a list with no verb of their own ("Олардың қатарында 12 лицей, 30 гимназия және 6 колледж
   бар") are stated by the present verb that ends the sentence: a state at publication, not the headline's
   "биыл" plan year; a clause with a verb of its own before the comma ("... 5 мың адам қатысты, оның ішінде
   ... бар", "12 лицей ашылды, ...") keeps its own time;
 4 a level reached "by the end of" a year gone by, told in the past ("2023 жылдың соңына қарай ... 36 мыңға
   жетті"), stood on that year's last day: no deadline; a year-end still ahead or an aorist stays a deadline;
 5 a price or rate per unit in the aorist ("бір шаршы метр үшін айына 2 100 теңге төленеді", "бір тәуліктік
   баға 8 мың теңгеден басталады", "әр сағат үшін ... 5%-ға артады") is what holds now: actual, today when
   no period of its own; with a plan word or a start to come ("1 қаңтардан бастап", "жоспарлануда") a plan;
 6 the items of a list opened by a colon ("– «Жарқын» фабрикасы – 41,7 млрд теңге;", "туризм – 3;") take
   the kind of the lead before it (a plan), the name before the dash telling nothing ("зауыты"); a list
   after a lead of what was done, or an item with a verb of its own after the figure, keeps its kind;
 7 "Сол күнгі есеппен", "осы күнгі жағдай бойынша" (as of that day) point back at the day the sentence
   before named, not at the lead's span; with no day before, or with a period of its own, nothing changes;
 8 a month in the attributive before the old level of a from-to ("ақпандағы 7,2%-дан 7,6%-ға дейін") dates
   that level only (in the year of the lead), the new level keeps the report's month; "үдеді" (sped up) is
   a past like "көбейді", not an aorist ("үдейді" is).
"""

from __future__ import annotations

from datetime import date as d

import pytest

from etl.extract.indicators import extract_indicators

PUB = d(2025, 3, 1)

_RATE_ON = (
    "Ақтөбе облысында әр 1000 тұрғынға шаққанда 21,7 нәресте туылды. Атырауда бұл көрсеткіш 24,6-ға, "
    "Жамбылда 22,9-ға тең болды."
)
_LIST_PLAN = (
    "Облыста жалпы құны 90 млрд теңге болатын 5 жобаны бастау жоспарланып отыр. Тізімнің басында мына "
    "нысандар тұр:\n– «Жарқын» фабрикасы – 41,7 млрд теңге;\n– цемент зауыты – 16,5 млрд теңге;\n"
    "– шыны зауыты – 6 млрд теңге."
)
_BY_BRANCH = (
    "Биыл ауданда 12 жаңа жоба іске асыру жоспарланған. Олар салалар бойынша былай бөлінеді:\n"
    "туризм – 3;\nөңдеу өнеркәсібі – 5;\nқұрылыс – 4."
)
_LIST_DONE = (
    "Былтыр ауданда 20 жоба іске қосылды. Олар салалар бойынша былай бөлінеді:\nтуризм – 8;\nқұрылыс – 4."
)
_LIST_OWN_VERB = (
    "Облыста 3 жаңа зауыт салу жоспарланып отыр. Ірі нысандар:\n– цемент зауыты – 2,5 млрд теңге жұмсалды;\n"
    "– шыны зауыты – 4 млрд теңге."
)
# (body, value, kind, unit): the figure must be found with this kind and unit
FOUND: list[tuple[str, float, str, str]] = [
    ("Аурушаңдық ең жоғары өңірлер – Павлодар (1000 адамға 9,84) және Абай (9,12) облыстары.", 9.84, "actual",
     "other"),
    ("Аурушаңдық ең жоғары өңірлер – Павлодар (1000 адамға 9,84) және Абай (9,12) облыстары.", 9.12, "actual",
     "other"),
    ("Былтыр Маңғыстауда 100 мың тұрғынға 38,5 жағдай тіркелді.", 38.5, "actual", "other"),
    (_RATE_ON, 21.7, "actual", "other"),
    (_RATE_ON, 24.6, "actual", "other"),
    (_RATE_ON, 22.9, "actual", "other"),
    ("Кәсіпорын жобасының жалпы құны – 7,2 млрд теңге, оның 3,1 млрд теңгесі игерілді.", 7.2e9, "plan", "KZT"),
    ("Кәсіпорын жобасының жалпы құны – 7,2 млрд теңге, оның 3,1 млрд теңгесі игерілді.", 3.1e9, "actual", "KZT"),
    ("2024-2026 жылдарға арналған бағдарламаға жалпы құны 15 млрд теңгені құрайтын 20 жоба енгізілді.", 15e9,
     "plan", "KZT"),
    ("2024-2026 жылдарға арналған бағдарламаға жалпы құны 15 млрд теңгені құрайтын 20 жоба енгізілді.", 20,
     "actual", "count"),
    ("Өңірдің 2025-2030 жылдарға арналған картасына құны 8,4 млрд теңге болатын 6 жоба қосылған.", 8.4e9, "plan",
     "KZT"),
    ("Өткен жылы жалпы құны 40 млрд теңге болатын 12 инвестициялық жоба іске қосылды.", 40e9, "actual", "KZT"),
    ("Елордада бір шаршы метр баспананың құны 2025-2026 жылдары орта есеппен 650 мың теңге.", 650e3, "actual",
     "KZT"),
    ("Ауылда жаңа мектеп ашылды. Жобаның жалпы құны – 900 млн теңге.", 900e6, "actual", "KZT"),
    ("Қалада бір шаршы метр үшін айына орташа 2 100 теңге төленеді.", 2100, "actual", "KZT"),
    ("Шипажайда бір тәуліктік баға 8 мың теңгеден басталады.", 8000, "actual", "KZT"),
    ("Түнгі ауысымда әр сағат үшін жалақы 5%-ға артады.", 5, "actual", "percent"),
    ("Келесі жылдан бастап бір шаршы метр үшін айына 2 500 теңге төленеді.", 2500, "plan", "KZT"),
    ("Шипажайда бір тәуліктік баға 9 мың теңге болады деп жоспарлануда.", 9000, "plan", "KZT"),
    (_LIST_PLAN, 41.7e9, "plan", "KZT"),
    (_LIST_PLAN, 16.5e9, "plan", "KZT"),
    (_LIST_PLAN, 6e9, "plan", "KZT"),
    (_BY_BRANCH, 3, "plan", "count"),
    (_BY_BRANCH, 5, "plan", "count"),
    (_LIST_DONE, 8, "actual", "count"),
    (_LIST_DONE, 4, "actual", "count"),
    (_LIST_OWN_VERB, 2.5e9, "actual", "KZT"),
    # look-alikes: a count of people given something, and a later sentence with no rate before it
    ("Былтыр қалада 1000 адамға пәтер берілді.", 1000, "actual", "count"),
    ("Былтыр облыста 1 000 отбасыға баспана берілді. Бұл көрсеткіш 12,5%-ға артық.", 1000, "actual", "count"),
]  # fmt: skip

# (body, value): a number that must not be listed as a figure
NOT_FIGURES: list[tuple[str, float]] = [
    ("Аурушаңдық ең жоғары өңірлер – Павлодар (1000 адамға 9,84) және Абай (9,12) облыстары.", 1000),
    ("Былтыр Маңғыстауда 100 мың тұрғынға 38,5 жағдай тіркелді.", 100_000),
]


_PLAN_TITLE = "Облыста биыл 5 жаңа мектеп салынады"
_INVENTORY = (
    "Облыста 420 мектеп жұмыс істейді. Олардың қатарында 12 лицей, 30 гимназия, 7 интернат, 8 колледж, "
    "9 спорт мектебі және 6 шағын жинақты мектеп бар."
)
_CLINICS = (
    "Өңірде 95 аурухана жұмыс істейді. Олардың арасында 14 перинаталдық орталық, 22 емхана (оның 9-ы "
    "жекеменшік), 40 амбулатория, 11 диспансер және 8 хоспис бар."
)
_TODAY = (PUB, PUB)
_THAT_DAY = (
    "Қаңтар айында облыста 2,1 млрд теңге жәрдемақы төленді.\n1 ақпандағы жағдай бойынша 41 200 адам "
    "жәрдемақыға тіркелген.\nСол күнгі есеппен орташа мөлшері 96 500 теңге болды. Оның 60 200 теңгесін "
    "базалық бөлік құрайды."
)
_THIS_YEAR = (d(2025, 1, 1), d(2025, 12, 31))
# (body, title, value, period)
PERIODS: list[tuple[str, str, float, tuple[d | None, d | None]]] = [
    (_INVENTORY, _PLAN_TITLE, 12, _TODAY),
    (_INVENTORY, _PLAN_TITLE, 30, _TODAY),
    (_INVENTORY, _PLAN_TITLE, 8, _TODAY),
    (_CLINICS, _PLAN_TITLE, 14, _TODAY),
    (_CLINICS, _PLAN_TITLE, 22, _TODAY),
    (_CLINICS, _PLAN_TITLE, 40, _TODAY),
    ("2021 жылы 20 мың оқушы үйірмеге барса, 2023 жылдың соңына қарай олардың саны 36 мыңға жетті.",
     "", 36_000, (d(2023, 12, 31), d(2023, 12, 31))),
    ("2024 жылдың аяғына дейін жаңа тарифке көшкен кәсіпорындар саны 1 200-ге жетті.", "", 1200,
     (d(2024, 12, 31), d(2024, 12, 31))),
    ("Шипажайда бір тәуліктік баға 8 мың теңгеден басталады.", "", 8000, _TODAY),
    (_THAT_DAY, "", 96_500, (d(2025, 2, 1), d(2025, 2, 1))),
    (_THAT_DAY, "", 60_200, (d(2025, 2, 1), d(2025, 2, 1))),
    ("Қаңтарда облыста 4,1 мың тонна ет өндірілді.\n1 ақпандағы жағдай бойынша қоймаларда 900 тонна ет "
     "сақталған.\nОсы күнгі жағдай бойынша ет қоры 3,5%-ға өсті.", "", 3.5, (d(2025, 2, 1), d(2025, 2, 1))),
    # look-alikes: no day before ("сол күнгі" after a span keeps the span); a period of its own wins
    ("Қаңтар-ақпанда 3 200 адам жұмысқа орналасты. Сол күнгі есеппен 1 100 адам оқуға жіберілді.", "", 1100,
     (d(2025, 1, 1), d(2025, 2, 28))),
    ("1 ақпандағы жағдай бойынша 45 мың зейнеткер тіркелген. Сол күнгі есеппен 2024 жылы 12 мың адам "
     "зейнетке шықты.", "", 12_000, (d(2024, 1, 1), d(2024, 12, 31))),
    # look-alikes: a year-end still ahead or a level still to come stays a deadline
    ("2025 жылдың соңына қарай олардың саны 40 мыңға жетеді.", "", 40_000, (None, d(2025, 12, 31))),
    ("2024 жылдың соңына дейін 75 мектеп салу жоспарланған еді.", "", 75, (None, d(2024, 12, 31))),
    # look-alikes: the clause has a verb of its own
    ("Биыл акцияға 5 мың адам қатысты, оның ішінде 300 волонтер бар.", _PLAN_TITLE, 5000, _THIS_YEAR),
    ("Биыл облыста 12 лицей ашылды, 30 гимназия және 6 колледж бар.", _PLAN_TITLE, 12, _THIS_YEAR),
]  # fmt: skip


_SPED_UP = (
    "Наурызда жылдық инфляция 9,4%-ға жетті.\nАқылы қызметтердің бағасы қымбаттай түсті: олардың жылдық өсу "
    "қарқыны ақпандағы 7,2%-дан 7,6%-ға дейін үдеді. Маңғыстауда бұл көрсеткіш 11,3% болды."
)
_MARCH = (d(2025, 3, 1), d(2025, 3, 31))
# (body, value, period, kind), published 5 April 2025
MONTH_REPORT: list[tuple[str, float, tuple[d | None, d | None], str]] = [
    (_SPED_UP, 7.2, (d(2025, 2, 1), d(2025, 2, 28)), "actual"),
    (_SPED_UP, 7.6, _MARCH, "actual"),
    (_SPED_UP, 11.3, _MARCH, "actual"),
    ("Наурызда азық-түлік бағасының өсімі 8,1%-ға дейін үдеді.", 8.1, _MARCH, "actual"),
    # look-alike: the aorist "үдейді" is still to come (what inflation will do is an outlook, a forecast:
    # +kind23kk, as Russian reads "инфляция замедлится")
    ("Биыл жылдық инфляция 9,4%-ға жетті. Жыл соңына қарай инфляция 10%-ға дейін үдейді.", 10,
     (None, d(2025, 12, 31)), "forecast"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "value", "period", "kind"), MONTH_REPORT)
def test_kk18_month_report(body: str, value: float, period: tuple[d | None, d | None], kind: str) -> None:
    found = {round(i.value, 6): i for i in extract_indicators(body, d(2025, 4, 5), "", "kk")}
    assert value in found, sorted(found)
    assert (found[value].period_start, found[value].period_end, found[value].kind) == (*period, kind)


@pytest.mark.parametrize(("body", "title", "value", "period"), PERIODS)
def test_kk18_probe_period(body: str, title: str, value: float, period: tuple[d | None, d | None]) -> None:
    found = {round(i.value, 6): i for i in extract_indicators(body, PUB, title, "kk")}
    assert value in found, sorted(found)
    assert (found[value].period_start, found[value].period_end) == period


@pytest.mark.parametrize(("body", "value", "kind", "unit"), FOUND)
def test_kk18_probe_figure(body: str, value: float, kind: str, unit: str) -> None:
    found = {round(i.value, 6): i for i in extract_indicators(body, PUB, "", "kk")}
    assert value in found, sorted(found)
    assert (found[value].kind, found[value].unit) == (kind, unit)


@pytest.mark.parametrize(("body", "value"), NOT_FIGURES)
def test_kk18_probe_not_a_figure(body: str, value: float) -> None:
    assert value not in {round(i.value, 6) for i in extract_indicators(body, PUB, "", "kk")}
