"""Kazakh defect classes seen on real stored news pages (round real14kk), in sentences of our own.

Labelled by tests/realworld/FORMAT.md (published Thursday 12 June 2025 unless a case says):
  1. "қазан" is October and a boiler: "48 қазанда жөндеу аяқталды" counts boilers (no day is 48),
     it was read as the month and dated the rest of the text October.
  2. a same-span base with "сәйкесінше", "дәл осындай", "осындай" ("өткен жылдың дәл осындай
     кезеңімен"), or in the instrumental with no "салыстырғанда" ("2024 жылдың сәйкес кезеңімен
     12%-ға жоғары"), is the base of a comparison; it was read as the figure's own period and carried
     into the sentences after. So is "2024 жылғы көрсеткіштерге 120%-ды құрады".
  3. "... 20 пайызға артқанын білдіреді": a verb of meaning after a participle dates nothing; it was
     read as a present state (dated at publication) or, after "Нәтижесінде", as a forecast.
  4. the worth of a thing the sentence before says is still to be built ("... салынбақ. Он мектептің
     жалпы құны ... құрайды") is a plan, as its size is; the area of houses under way stays a plan when
     a bracket stands between it and the verb ("жалпы ауданы 90 мың шаршы метр (900 пәтер) 14 үй
     салынып жатыр"); "... отбасын баспанамен қамтамасыз етуге мүмкіндік береді" is an outcome ahead.
  5. every member of a list that "Оның ішінде" opens ("Оның ішінде 12 үй (640 пәтер), 9 үй ... бар")
     is a part of the whole before it, of its period; members after the first were dated today.
  6. "Еліміз егемендік алған жылдан бері" is since independence; "Үш жылдың ішінде" reads like "Үш жыл
     ішінде"; "62 млрд кВт. сағат" (the dot as the joint) is energy.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2025, 6, 12)
TODAY = (P, P)
YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))
FIRST_QUARTER = (date(2025, 1, 1), date(2025, 3, 31))


def _find(text: str, surface: str, published: date = P) -> Indicator:
    found = [i for i in extract_indicators(text, published, language="kk") if i.surface == surface]
    assert found, f"no figure written {surface!r}"
    return found[0]


def _period(found: Indicator) -> tuple[date | None, date | None]:
    return found.period_start, found.period_end


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Бүгінде 7 энергоблокта, 48 қазанда және 30 турбинада жөндеу аяқталды.", "48", TODAY),
        ("Бүгінде 7 энергоблокта, 48 қазанда және 30 турбинада жөндеу аяқталды.", "30", TODAY),
        (
            "Бүгінде 48 қазанда жөндеу аяқталды. Оған қоса, 12 мың км электр желісі жөнделді.",
            "12 мың км",
            TODAY,
        ),
        # look-alikes: a day of October keeps its date
        (
            "15 қазанда элеваторға 300 тонна астық түсті.",
            "300 тонна",
            (date(2024, 10, 15), date(2024, 10, 15)),
        ),
        (
            "Қазанда облыста 12 мың тонна астық экспортталды.",
            "12 мың тонна",
            (date(2024, 10, 1), date(2024, 10, 31)),
        ),
    ],
)
def test_a_count_of_boilers_is_not_october(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_find(text, surface)) == period


_LEAD = "2025 жылдың бірінші тоқсанында облыста 84 млрд теңгенің өнімі өндірілді. "


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (_LEAD + "Бұл 2024 жылдың сәйкесінше кезеңімен 12,5%-ға жоғары.", "12,5%-ға", FIRST_QUARTER),
        (_LEAD + "Бұл 2024 жылдың сәйкес кезеңімен 6 млрд теңгеге көп.", "6 млрд теңгеге", FIRST_QUARTER),
        (
            _LEAD + "Ол өткен жылдың дәл осындай кезеңімен салыстырғанда 3,1%-ға артық.",
            "3,1%-ға",
            FIRST_QUARTER,
        ),
        (
            _LEAD + "Ол өткен жылдың осындай кезеңімен салыстырғанда 3,1%-ға артық. Ал өңдеу өнеркәсібінде "
            "52 млрд теңгенің өнімі шығарылды.",
            "52 млрд теңгенің",
            FIRST_QUARTER,
        ),
        (
            _LEAD + "Бұл ретте өндіріс көлемінің өсуі 2024 жылғы көрсеткіштерге 118%-ды құрады.",
            "118%-ды",
            FIRST_QUARTER,
        ),
        # look-alike: that span in the locative is the figure's own
        (
            _LEAD + "2024 жылдың сәйкес кезеңінде 71 млрд теңге болған.",
            "71 млрд теңге",
            (date(2024, 1, 1), date(2024, 3, 31)),
        ),
    ],
)
def test_a_same_span_base_is_no_period(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_find(text, surface)) == period


@pytest.mark.parametrize(
    ("text", "surface", "period", "kind"),
    [
        (_LEAD + "Бұл өндіріс көлемінің 9 пайызға артқанын білдіреді.", "9 пайызға", FIRST_QUARTER, "actual"),
        (
            _LEAD + "Нәтижесінде индекс 108 пайызға жетті, бұл өндірістің өткен жылдың осы кезеңімен "
            "салыстырғанда 8 пайызға өскендігін көрсетеді.",
            "8 пайызға",
            FIRST_QUARTER,
            "actual",
        ),
        # look-alike: a state told with the same verb stays today's
        (_LEAD + "Облыста 40 дәріхана қызмет көрсетеді.", "40", TODAY, "actual"),
    ],
)
def test_a_verb_of_meaning_dates_nothing(
    text: str, surface: str, period: tuple[date, date], kind: str
) -> None:
    found = _find(text, surface)
    assert (_period(found), found.kind) == (period, kind)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "Ауданда 1200 орындық 4 мектеп салынбақ. Төрт мектептің жалпы құны 21,6 млрд теңгені құрайды.",
            "21,6 млрд теңгені",
            "plan",
        ),
        ("Қалада жаңа аурухана салынады. Нысанның құны 48 млрд теңге.", "48 млрд теңге", "plan"),
        ("Биыл жалпы ауданы 90 мың шаршы метр (900 пәтер) 14 үй салынып жатыр.", "90 мың шаршы метр", "plan"),
        (
            "Биыл облыста 300 мың шаршы метр тұрғын үй салынып жатыр. Бұл 2400 отбасын баспанамен қамтамасыз "
            "етуге мүмкіндік береді.",
            "2400",
            "forecast",
        ),
        (
            "Биыл ауданда жаңа цех салынып жатыр. Цех 150 адамды жұмыспен қамтуға мүмкіндік береді.",
            "150",
            "forecast",
        ),
        # look-alikes: the worth of what was done, the count of houses under way, who is provided for now
        (
            "Ауданда 4 мектеп салынды. Төрт мектептің жалпы құны 21,6 млрд теңгені құрады.",
            "21,6 млрд теңгені",
            "actual",
        ),
        ("Биыл жалпы ауданы 90 мың шаршы метр (900 пәтер) 14 үй салынып жатыр.", "14", "actual"),
        ("Асхана 600 оқушыны ыстық тамақпен қамтамасыз етеді.", "600", "actual"),
        ("Жаңа цех 150 адамды жұмыспен қамтыды.", "150", "actual"),
    ],
)
def test_the_worth_and_size_of_what_is_to_come(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind


_PLANNED = "Биыл облыста 45 көпқабатты үй салу жоспарланған. "


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (_PLANNED + "Оның ішінде 12 үй (640 пәтер), 9 коммерциялық үй (410 пәтер) бар.", "9", YEAR_2025),
        (_PLANNED + "Оның ішінде 12 үй (640 пәтер), 9 коммерциялық үй (410 пәтер) бар.", "410", YEAR_2025),
        (_PLANNED + "Оның ішінде 12 несиелік үй, 9 коммерциялық үй бар.", "9", YEAR_2025),
        (_PLANNED + "Оның ішінде 12 несиелік үй және 9 коммерциялық үй бар.", "9", YEAR_2025),
        # look-alike: a clause with a present state of its own after a verb stays today's
        (
            "Былтыр облыста 45 үй салынды. Оның ішінде 12 үй пайдалануға берілді, қазір 9 үйде 300 отбасы тұрады.",
            "300",
            TODAY,
        ),
    ],
)
def test_each_member_of_a_part_list_is_of_its_whole(
    text: str, surface: str, period: tuple[date, date]
) -> None:
    assert _period(_find(text, surface)) == period


def test_since_independence_told_with_egemendik() -> None:
    found = _find(
        "Еліміз егемендік алған жылдан бері 240 млн шаршы метр баспана салынды.", "240 млн шаршы метр"
    )
    assert _period(found) == (date(1991, 12, 16), P)


def test_three_years_in_the_genitive() -> None:
    text = "Биыл облыста 14 мектеп ашылды. Үш жылдың ішінде 52 мектеп салынды."
    assert _period(_find(text, "52")) == (date(2023, 1, 1), date(2025, 12, 31))


def test_kilowatt_hours_with_the_abbreviations_dot() -> None:
    found = _find("Былтыр облыста 14 млрд кВт. сағат электр энергиясы өндірілді.", "14 млрд кВт. сағат")
    assert (found.unit, found.value) == ("kWh", 14e9)


# Round real14kk, second batch of pages (livestock, Astana's year, regional industry):
#   7. a scale in a case, then "жуық"/"астам", then the unit ("5 миллионға жуық шаршы метр") was a count;
#   8. members of a list whose first bracket names a year ("(2024 жылы — 351,4 мың тонна)") and whose
#      next brackets hold a figure alone took the report's period, not that year;
#   9. "(өсім 8,8%)" is a change; "өсімдік" (a plant) after a sum in the dative is no verb of growth;
#      "деңгейінен 0,5% көп" is a change though the share has no case ending.


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        ("Биыл 5 миллионға жуық шаршы метр тұрғын үй салынды.", "5 миллионға", "m2", 5e6),
        ("Былтыр 120 мыңнан астам тонна көмір жеткізілді.", "120 мыңнан", "tonne", 120e3),
        # look-alike: people counted after the qualifier stay a count
        ("Былтыр 120 мыңнан астам адам жұмысқа орналасты.", "120 мыңнан", "count", 120e3),
    ],
)
def test_a_unit_after_the_qualifier_of_a_scale(text: str, surface: str, unit: str, value: float) -> None:
    found = _find(text, surface)
    assert (found.unit, found.value) == (unit, value)


_MEAT = (
    "Жыл басынан бері ет өндірісі өсті. Атап айтқанда, сиыр еті — 240,5 мың тонна (2024 жылы — 231,2 мың тонна), "
    "қой еті — 80,3 мың тонна (77,9 мың тонна), құс еті — 190,1 мың тонна (185,6 мың тонна)."
)


@pytest.mark.parametrize(
    ("surface", "period"),
    [
        ("231,2 мың тонна", (date(2024, 1, 1), date(2024, 12, 31))),
        ("77,9 мың тонна", (date(2024, 1, 1), date(2024, 12, 31))),
        ("185,6 мың тонна", (date(2024, 1, 1), date(2024, 12, 31))),
        # look-alike: the members themselves keep the report's span
        ("80,3 мың тонна", (date(2025, 1, 1), P)),
    ],
)
def test_a_bare_bracket_takes_the_year_of_the_first(surface: str, period: tuple[date, date]) -> None:
    assert _period(_find(_MEAT, surface)) == period


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Төл саны — 900 мың құлын (өсім 7,4%).", "7,4%", True),
        ("Түйе саны 280 мың басқа жетті (өсімі – 5,1%).", "5,1%", True),
        ("Өнім 40 млрд теңгені құрады, бұл өткен жылдың деңгейінен 0,8% көп.", "0,8%", True),
        ("Бұл ретте 9,6 млрд теңгеге өсімдік шаруашылығы өнімдері өндірілді.", "9,6 млрд теңгеге", False),
        # look-alikes: a share labelled by another noun, a growth verb after the dative
        ("Ауыл тұрғындары (үлесі 38%) азайды.", "38%", False),
        ("Өнім көлемі 12 млрд теңгеге өсті.", "12 млрд теңгеге", True),
    ],
)
def test_a_change_told_by_its_noun_or_comparative(text: str, surface: str, change: bool) -> None:
    assert _find(text, surface).is_change is change


# Round real14kk, third and fourth batches (an akim's report, grain exports, schools):
#   10. "... жеткізіп, ... нығайтуды көздеп отыр": a converb whose chain ends on a planning verb with an
#       auxiliary is a plan, not a state now (the auxiliary hid the planning verb);
#   11. a list of datives sharing one verb of change, with a multiplier member or brackets between
#       ("Өзбекстанға — 32,8%-ға (...), Қырғызстанға — 2 есе (...), ... артқан"): every member a change;
#       "159 оқушыға артты": a count then its noun in the dative, then the verb of change;
#   12. "тапсырмасына сәйкес ... 5 жоба іске асырылуда": work going on as instructed, no goal;
#       "72 мектеп жұмыс жасайды" is a state now, like "жұмыс істейді";
#   13. "құрылысы аяқталуға жақын" (near completion) is work under way: its worth is a plan.

_HALF_YEAR_TOLD = "Әкімге облыстың биылғы бірінші жартыжылдықтағы дамуы жөнінде баяндалды. "


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            _HALF_YEAR_TOLD
            + "Өңір өнім көлемін 900 млрд теңгеге дейін жеткізіп, көшбасшы болуды көздеп отыр.",
            "900 млрд теңгеге",
            "plan",
        ),
        (_HALF_YEAR_TOLD + "Өңір 50 мың тонна ет өндіруді жоспарлап отыр.", "50 мың тонна", "plan"),
        # look-alike: a converb chain ending on a deed done
        (
            _HALF_YEAR_TOLD + "Өңір өнім көлемін 900 млрд теңгеге дейін жеткізіп, көшбасшы болды.",
            "900 млрд теңгеге",
            "actual",
        ),
    ],
)
def test_a_planning_verb_before_an_auxiliary_plans(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind


_EXPORT = (
    "Ұн экспорты Тәжікстанға — 14,2%-ға (310 мың тоннадан 354 мың тоннаға дейін), Моңғолияға — 3 есе "
    "(5 мың тоннадан 15 мың тоннаға дейін), Ауғанстанға — 9,6%-ға (620 мың тоннадан 680 мың тоннаға дейін) өсті."
)


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        (_EXPORT, "14,2%-ға", True),
        (_EXPORT, "3 есе", True),
        (_EXPORT, "9,6%-ға", True),
        ("Экспорт Тәжікстанға — 14,2%-ға, Моңғолияға — 3 есе, Ауғанстанға — 9,6%-ға өсті.", "3 есе", True),
        ("Оқушылар саны 2024 жылмен салыстырғанда 214 оқушыға артты.", "214", True),
        # look-alikes: the levels in the brackets, a level reached, a level up to which it grew
        (_EXPORT, "354 мың тоннаға", False),
        ("Облыс халқы 1,2 млн адамға жетті.", "1,2 млн", False),
        ("Мектептер саны 12 бірлікке дейін артты.", "12", False),
    ],
)
def test_members_of_a_dative_list_share_its_change(text: str, surface: str, change: bool) -> None:
    assert _find(text, surface).is_change is change


@pytest.mark.parametrize(
    ("text", "surface", "reading"),
    [
        (
            "Мемлекет басшысының тапсырмасына сәйкес ет өңдеу бойынша 7 жоба іске асырылуда.",
            "7",
            ("actual", TODAY),
        ),
        ("Ауданда 64 мектеп жұмыс жасайды.", "64", ("actual", TODAY)),
        (
            "Қазіргі кезде жалпы құны 2,8 млрд теңгені құрайтын 4 мектептің құрылысы аяқталуға жақын.",
            "2,8 млрд теңгені",
            ("plan", TODAY),
        ),
        # look-alikes: an obligation an instruction sets, the count of schools near completion
        (
            "Мемлекет басшысының тапсырмасына сәйкес 120 шақырым жол жөнделуі тиіс.",
            "120 шақырым",
            ("target", (None, None)),
        ),
        (
            "Қазіргі кезде жалпы құны 2,8 млрд теңгені құрайтын 4 мектептің құрылысы аяқталуға жақын.",
            "4",
            ("actual", TODAY),
        ),
    ],
)
def test_work_going_on_and_states_now(
    text: str, surface: str, reading: tuple[str, tuple[date | None, date | None]]
) -> None:
    found = _find(text, surface)
    assert (found.kind, _period(found)) == reading


# Round real14kk, fifth batch (regional prices, employment reports, 2015-2023):
#   14. a price list written "label – 20,5%, label – 19,1, ... label 16,2% өсті": the bare members are
#       percents and every member a change; prices "қымбаттады"/"арзандады" are changes too;
#   15. "биылға белгіленген 4-6% дәлізден асып, 6,4%-ке дейін көтерілген": the year a participle sets
#       the band for does not date the figure of the next clause when the sentence names its month;
#   16. "межеленген 9,5 пайыздан 6,9 пайызға төмендеген": the old level is the goal, the new one done.

_PRICES = (
    "Облыста бағалар наурызда өткен жылғы наурызбен салыстырғанда азық-түлік тауарларына – 18,5%, азық-түлік "
    "емес тауарларға – 14,2, ақылы қызметтерге 11,7% өсті."
)


@pytest.mark.parametrize(
    ("text", "surface", "reading"),
    [
        (_PRICES, "18,5%", ("percent", True)),
        (_PRICES, "14,2", ("percent", True)),
        (_PRICES, "11,7%", ("percent", True)),
        (
            "Бұдан басқа күріш – 22,6, қант – 17,3, ұн өнімдері – 12,8% қымбаттаған.",
            "17,3",
            ("percent", True),
        ),
        ("Бағалар кейбір көкөністерге 3,4% төмендеді.", "3,4%", ("percent", True)),
        ("Өнім көлемі – 11, ал құрылыс саласыныкі 4 пайызға өскен.", "11", ("percent", True)),
        # look-alikes: counts beside a share with no verb of change, a level
        ("Мектептер – 45, оның үлесі – 30%.", "45", ("count", False)),
        ("Облыста жылдық инфляция 14,1% құрады.", "14,1%", ("percent", False)),
    ],
)
def test_a_price_list_with_members_left_bare(text: str, surface: str, reading: tuple[str, bool]) -> None:
    found = _find(text, surface, date(2024, 4, 10))
    assert (found.unit, found.is_change) == reading


def test_a_year_set_for_a_band_does_not_date_the_next_clause() -> None:
    text = "Ақпан айында жылдық инфляция биылға белгіленген 5-7% нысаналы дәлізден асып, 8,2%-ке дейін көтерілген."
    found = _find(text, "8,2%-ке", date(2024, 3, 12))
    assert _period(found) == (date(2024, 2, 1), date(2024, 2, 29))
    band = _find(text, "7%", date(2024, 3, 12))
    assert (band.kind, _period(band)) == ("target", (date(2024, 1, 1), date(2024, 12, 31)))


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Кедейлік деңгейі межеленген 8,5 пайыздан 6,2 пайызға төмендеген.", ("target", "actual")),
        ("Өндіріс жоспарланған 90 мың тоннадан 104 мың тоннаға дейін өсті.", ("plan", "actual")),
        # look-alike: a change planned from a level reached
        ("Биыл өндірісті 90 мың тоннадан 104 мың тоннаға дейін арттыру жоспарланған.", ("actual", "plan")),
    ],
)
def test_a_planned_old_level(text: str, kinds: tuple[str, str]) -> None:
    found = extract_indicators(text, P, language="kk")
    assert tuple(i.kind for i in found) == kinds
