"""Kazakh mechanisms found at first sight of the blind set h31 (fs30kk2). Our own sentences, labelled by
tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading.
Every case marked "was" below was read wrong before +fs30kk2."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

Reading = tuple[date | None, date | None, str]


def _read(body: str, published: date, title: str = "") -> dict[str, Reading]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="kk")
    }


def _month(year: int, month: int, last: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, last)


# --- "Маусымда мамырмен салыстырғанда": a month against the month before keeps its own month --------

_NOV = date(2024, 11, 5)


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # was: October taken for the base of the comparison, the change read at publication
        ("Қазанда қыркүйекпен салыстырғанда бензин 2,1%-ға қымбаттады.", "2,1%-ға", _month(2024, 10, 31)),
        ("Наурызда ақпанға қарағанда 4 мың турист көп келді.", "4 мың", _month(2024, 3, 31)),
        # was: a list's header month lost, the earlier sentence's January-September carried instead
        (
            "Қаңтар-қыркүйекте бағалар 6,2%-ға өсті.\nҚыркүйекте тамызбен салыстырғанда ең көп "
            "қымбаттағандар:\n– қант – 4,4%;\n– күріш – 3,1%.",
            "4,4%",
            _month(2024, 9, 30),
        ),
        # look-alikes: a year's same month is the base; a month against last year's keeps its own
        (
            "2024 жылғы наурызда өткен жылғы наурызбен салыстырғанда экспорт 7%-ға өсті.",
            "7%-ға",
            _month(2024, 3, 31),
        ),
        ("Өткен жылдың мамырымен салыстырғанда бағалар 9%-ға өсті.", "9%-ға", (_NOV, _NOV)),
    ],
)
def test_month_against_month_before(body: str, surface: str, period: tuple[date, date]) -> None:
    assert _read(body, _NOV)[surface][:2] == period


def test_month_of_a_list_header_without_digits() -> None:
    # was: the header "Тамызда ..." had no digit and no cue word, so its month was never looked for
    body = "Қаңтар-тамызда бағалар 6,2%-ға өсті.\nТамызда ең көп арзандағандар:\n– қияр – 12,5%;\n– қызанақ – 8,1%."
    found = _read(body, date(2024, 10, 4))
    assert found["12,5%"][:2] == found["8,1%"][:2] == _month(2024, 8, 31)
    # look-alike: a headline's month with no list after it dates nothing it did not date before
    title = "Зауыт наурызда іске қосылады"
    found = _read("Зауыт құрылысына 3 млрд теңге салынды.", date(2026, 1, 23), title=title)
    assert found["3 млрд теңге"][2] == "actual"


# --- sizes of a payment in force after a past month's payments --------------------------------------

_OCT = date(2025, 10, 16)
_PAID_IN_AUGUST = (
    "Жыл басынан бері көпбалалы отбасыларға 98,4 млрд теңге төленді. Оның ішінде тамыз айында 41 мың "
    "отбасы 11,2 млрд теңге алды.\n"
)


def test_rates_list_under_a_depends_on_lead_stand_now() -> None:
    # was: the list took August, carried from the part told in the paragraph before
    body = (
        _PAID_IN_AUGUST + "Төлем мөлшері отбасындағы балалар санына тәуелді:\n– төрт балаға – 19,2 АЕК, "
        "яғни 75 532 теңге;\n– бес балаға – 24 АЕК немесе 94 416 теңге."
    )
    found = _read(body, _OCT)
    for surface in ("19,2 АЕК", "75 532 теңге", "24 АЕК", "94 416 теңге"):
        assert found[surface][:2] == (_OCT, _OCT), surface
    assert found["11,2 млрд теңге"][:2] == (date(2025, 8, 1), date(2025, 8, 31))


def test_monthly_payment_per_recipient_stands_now() -> None:
    # was: August for every size, carried from the part told before
    body = (
        _PAID_IN_AUGUST + "Ай сайынғы мемлекеттік жәрдемақы төрт балаға 75 532 теңге, бес балаға 94 416 "
        "теңге болса, алты балаға 113 300 теңгені құрайды."
    )
    found = _read(body, _OCT)
    for surface in ("75 532 теңге", "94 416 теңге", "113 300 теңгені"):
        assert found[surface][:2] == (_OCT, _OCT), surface


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # look-alikes: a month's outlay on the monthly payment, and a list of sums by city, keep August
        ("Ай сайынғы жәрдемақы сомасы 3,4 млрд теңгені құрайды.", "3,4 млрд теңгені"),
        ("Ай сайынғы жәрдемақыға 3,4 млрд теңге жұмсалды.", "3,4 млрд теңге"),
        (
            "Тамыздағы төлемдер мөлшері:\n– Алматы – 2,1 млрд теңге;\n– Шымкент – 1,7 млрд теңге.",
            "2,1 млрд теңге",
        ),
    ],
)
def test_a_months_outlay_keeps_the_month(sentence: str, surface: str) -> None:
    found = _read(_PAID_IN_AUGUST + sentence, _OCT)
    assert found[surface][:2] == (date(2025, 8, 1), date(2025, 8, 31))


# --- a part of a stock counted on an earlier day is counted on that day -----------------------------

_AUG = date(2025, 8, 21)
_JUL_20 = (date(2025, 7, 20), date(2025, 7, 20))


@pytest.mark.parametrize(
    ("part", "surface"),
    [
        # was: the part told in the present read at publication
        ("Олардың 61 пайызы мемлекеттік тілде білім алады.", "61 пайызы"),
        ("Олардың 44 пайызы балабақшада тәрбиеленеді.", "44 пайызы"),
        ("Оның 38 пайызы қала мектептерінде білім алады, ал 1 200 бала ауылда оқиды.", "38 пайызы"),
        # (a part told in a verb that never read as now keeps the day as before)
        ("Олардың 52 пайызы ауылдан келген.", "52 пайызы"),
    ],
)
def test_part_of_a_days_stock_keeps_the_day(part: str, surface: str) -> None:
    body = "20 шілдедегі жағдай бойынша колледждер 9 410 талапкердің өтінішін қабылдаған. " + part
    assert _read(body, _AUG)[surface][:2] == _JUL_20


def test_part_of_a_stock_now_or_of_a_span_keeps_its_reading() -> None:
    # look-alikes: a part of a stock told now is now; a part of a span's count is of that span
    found = _read("Қазір облыста 465 мектеп бар. Олардың 61 пайызы ауылда орналасқан.", _AUG)
    assert found["61 пайызы"][:2] == (_AUG, _AUG)
    found = _read("Қаңтар-шілдеде облысқа 32 мың турист келді. Олардың 27 мыңы – отандық саяхатшылар.", _AUG)
    assert found["27 мыңы"][:2] == (date(2025, 1, 1), date(2025, 7, 31))


# --- "Содан бері" points at the time the sentence before named; "олардың арасында" goes with them ---

_SEP_10 = date(2025, 9, 10)


@pytest.mark.parametrize(
    ("body", "surface", "start"),
    [
        # was: since the first year of the paragraph (the scene), not the year just named
        (
            "Бағдарлама 2011 жылы басталып, 2016 жылы жаңартылды. 2020 жылдан бері өтінімдер онлайн "
            "қабылданады. Содан бері 5 300 кәсіпкер қолдау алған.",
            "5 300",
            date(2020, 1, 1),
        ),
        (
            "Зауыт 2012 жылы салынып, 2019 жылы кеңейтілді. 2022 жылдан бері ол экспортқа шығады. "
            "Сол кезден бері 48 мың тонна өнім шетелге жөнелтілді.",
            "48 мың тонна",
            date(2022, 1, 1),
        ),
        # look-alike: with only one time named before, it is that one
        ("Орталық 2017 жылы ашылды. Содан бері 12 мың адам кеңес алды.", "12 мың", date(2017, 1, 1)),
    ],
)
def test_since_then_points_at_the_time_just_named(body: str, surface: str, start: date) -> None:
    assert _read(body, _SEP_10)[surface][:2] == (start, _SEP_10)


def test_among_those_counted_share_their_span() -> None:
    # was: "14" (regions) read at publication (a present "бар")
    body = "2019 жылдан бері байқауға 830 мектеп қатысқан, олардың арасында 14 өңірдің ауыл мектептері бар."
    found = _read(body, _SEP_10)
    assert found["14"][:2] == found["830"][:2] == (date(2019, 1, 1), _SEP_10)
    # look-alike: a clause that is not among them keeps its reading (a present state, now)
    found = _read("2019 жылдан бері байқауға 830 мектеп қатысқан, ал облыста 410 мектеп бар.", _SEP_10)
    assert found["410"][:2] == (_SEP_10, _SEP_10)


# --- "N күн электр станциясы" counts solar stations, not days ---------------------------------------


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # was: "2" skipped as a duration of two days
        ("Жыл басынан бері облыста 2 күн электр станциясы іске қосылды.", "2"),
        ("Ауданда 6 күн станциясы мен 3 жел станциясы жұмыс істейді.", "6"),
        ("Мектеп шатырына 40 күн панелі орнатылды.", "40"),
    ],
)
def test_solar_stations_are_counted(body: str, surface: str) -> None:
    assert surface in _read(body, _SEP_10)


@pytest.mark.parametrize(
    "body",
    # look-alikes: days without power stay durations, no figure
    ["Ауыл 5 күн электр жарығынсыз қалды.", "Кентте 4 күн электр энергиясы болмады."],
)
def test_days_without_power_stay_durations(body: str) -> None:
    assert _read(body, _SEP_10) == {}


# --- "жеткізу –" as a list label is the delivery, not "bring to" ------------------------------------

_JUNE = date(2024, 6, 5)


def test_delivery_as_a_labels_noun_is_no_goal() -> None:
    # was: "жеткізу" read as "bring to 7,2%", a target with no period
    body = (
        "2024 жылғы қаңтар-мамырда порт арқылы 3,1 млн тонна жүк өтті. Бірқатар бағыт бойынша өсім "
        "байқалды:\n– астықты Иранға жеткізу – 7,2%-ға;\n– металл тасымалы – 4%-ға ұлғайды."
    )
    found = _read(body, _JUNE)
    assert found["7,2%-ға"] == (date(2024, 1, 1), date(2024, 5, 31), "actual")
    # look-alikes: a level to bring something to, before the dash or with the figure in front, stays a goal
    found = _read("Өнімді 2030 жылға қарай 5 млн тоннаға жеткізу – басты міндет.", _JUNE)
    assert found["5 млн тоннаға"][2] == "target"
    found = _read("Экспортты 2027 жылы 8 млн тоннаға жеткізу көзделген.", _JUNE)
    assert found["8 млн тоннаға"][2] == "target"


# --- "... кеміген жоқ" (did not fall) is a past negated, no stock there is now ----------------------


@pytest.mark.parametrize(
    ("second", "surface"),
    [
        # was: the change read at publication, "жоқ" taken for "there is none" now
        ("Күздік егіс 120 мың гектарға қысқарғанымен, жалпы өнім азайған жоқ.", "120 мың гектарға"),
        ("Егіс алқабы 300 мың гектарға кеңейсе де, өнім артқан жоқ.", "300 мың гектарға"),
        # (a past told plainly before "жоқ" kept its span already)
        ("Мал басы 3 пайызға кеміді, бірақ сүт өндірісі төмендеген жоқ.", "3 пайызға"),
    ],
)
def test_a_past_negated_is_no_state_now(second: str, surface: str) -> None:
    body = "Елімізде 2025 жылғы егін науқаны аяқталды. Барлығы 27 млн тонна астық жиналды. " + second
    assert _read(body, date(2025, 11, 5))[surface][:2] == (date(2025, 1, 1), date(2025, 12, 31))


def test_what_there_is_not_now_keeps_publication() -> None:
    # look-alike: "жоқ" after a noun is what there is not now
    body = "Биылғы жоспардың бәрі орындалды. Қазір 14 ауылда дәрігерлік амбулатория жоқ."
    published = date(2025, 11, 5)
    assert _read(body, published)["14"][:2] == (published, published)


# --- "Олардың қатарында ..." (among them) are parts of what was just counted; the school year's eve ---


def test_among_them_are_parts_of_a_planned_whole() -> None:
    # was: the members read as stock at publication, actual
    body = "Жыл соңына дейін 6 емхана ашу жоспарланған. Олардың қатарында 250 және 500 келушіге арналған нысандар бар."
    found = _read(body, _AUG)
    assert found["250"] == found["500"] == (None, date(2025, 12, 31), "plan")
    # look-alike: after a whole done, the size of one of them told with "бар" keeps its reading (now)
    body = "Биыл 6 емхана ашылды. Олардың қатарында 250 келушіге арналған нысан бар."
    assert _read(body, _AUG)["250"] == (_AUG, _AUG, "actual")


@pytest.mark.parametrize(
    ("body", "published", "end"),
    [
        # was: no period read at all
        ("Оқу жылы басталғанға дейін 12 мектеп жөнделеді.", _AUG, date(2025, 8, 31)),
        ("Жаңа оқу жылының басталуына дейін 3 спорт залы салынады.", date(2025, 5, 14), date(2025, 8, 31)),
        # told after 1 September: the next school year's eve
        ("Оқу жылы басталғанға дейін 40 сынып жабдықталады.", date(2025, 10, 1), date(2026, 8, 31)),
    ],
)
def test_before_the_school_year_starts_is_its_eve(body: str, published: date, end: date) -> None:
    assert next(iter(_read(body, published).values())) == (None, end, "plan")


def test_school_year_itself_keeps_its_span() -> None:
    # look-alike: "жаңа оқу жылында" is the school year, not its eve
    found = _read("Жаңа оқу жылында 19 мың бала бірінші сыныпқа барады.", _AUG)
    assert found["19 мың"][:2] == (date(2025, 9, 1), date(2026, 5, 31))
