"""Kazakh carrying mechanisms ported from the English reader (carry7, +kkc7). Our own sentences,
labelled by tests/realworld/FORMAT.md before the extractor was run on them; each mechanism keeps
look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

_PUBLISHED = date(2025, 10, 20)
_TODAY = (_PUBLISHED, _PUBLISHED)


def _read(
    body: str, published: date = _PUBLISHED, title: str = ""
) -> dict[str, tuple[date | None, date | None, str]]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="kk")
    }


# --- the level a change over a span from an earlier year up to the report came to: now ----------


@pytest.mark.parametrize(
    ("body", "level"),
    [
        ("Соңғы төрт жылда ауылдағы кітапханалар саны 312-ден 388-ге дейін көбейген.", "388-ге"),
        ("2021 жылдан бері жылыжайлардың ауданы 40 гектардан 65 гектарға дейін ұлғайды.", "65 гектарға"),
    ],
)
def test_the_new_level_of_a_change_since_an_earlier_year_stands_now(body: str, level: str) -> None:
    assert _read(body)[level][:2] == _TODAY


@pytest.mark.parametrize(
    ("body", "level", "span"),
    [
        # a rule in force from a start ("бастап"): the start, open-ended
        (
            "2024 жылдан бастап жабдық шығынын өтеу үлесі 40%-дан 70%-ға дейін көтерілді.",
            "70%-ға",
            (date(2024, 1, 1), None),
        ),
        # a change within one calendar year keeps that year
        (
            "2023 жылы жылыжайлардың ауданы 40 гектардан 65 гектарға дейін ұлғайды.",
            "65 гектарға",
            (date(2023, 1, 1), date(2023, 12, 31)),
        ),
    ],
)
def test_a_change_from_a_start_or_within_a_year_keeps_its_span(
    body: str, level: str, span: tuple[date | None, date | None]
) -> None:
    assert _read(body)[level][:2] == span


# --- a clause with no verb after a clause that ends on a state holding now: that present -------


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        (
            "Биыл 380 мың оқушы тегін тамақтанды. Қамту бойынша Атырау облысы алда келе жатыр – онда көрсеткіш 91%.",
            "91%",
        ),
        (
            "2024 жылы аудандарға 3 мың тонна тыңайтқыш жеткізілді. Қазір облыста 14 элеватор бар, "
            "олардың жалпы сыйымдылығы 600 мың тонна.",
            "600 мың тонна",
        ),
        (
            "Жыл басынан бері 52 шақырым жол жөнделді. Ауданның ескі көпірлері апатты күйде тұр – мұндай көпірлер саны 36.",
            "36",
        ),
    ],
)
def test_a_verbless_clause_after_a_present_state_is_the_state_now(body: str, figure: str) -> None:
    assert _read(body)[figure][:2] == _TODAY


@pytest.mark.parametrize(
    ("body", "figure", "span"),
    [
        # after a clause told in the past: the span carried
        (
            "Биыл 380 мың оқушы тегін тамақтанды. Қамту бойынша Атырау облысы алда болды – онда көрсеткіш 91%.",
            "91%",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
        # a member of a list whose verb comes after it: the list's verb speaks ("бар" is an attribute)
        (
            "Биыл мұғалімдердің жалақысы өсті. Тәжірибесі бар, бірақ санаты жоқ мұғалімдердің айлығы 18, 16 және "
            "15 пайызға артты.",
            "18",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
    ],
)
def test_a_verbless_clause_after_a_past_or_in_a_list_keeps_the_span(
    body: str, figure: str, span: tuple[date, date]
) -> None:
    assert _read(body)[figure][:2] == span


# --- a state holding now, a paragraph after a stock day well before the report: now ------------


def test_a_state_in_a_later_paragraph_than_an_old_stock_day_is_the_state_now() -> None:
    body = (
        "2025 жылғы 1 маусымдағы жағдай бойынша облыста 61 мың жеке кәсіпкер тіркелген.\n"
        "Облыстағы 18 ауданаралық аурухана көпбейінді орталыққа айналдырылып жатыр."
    )
    assert _read(body)["18"][:2] == _TODAY
    body = "2025 жылғы 1 маусымдағы жағдай бойынша облыста 61 мың жеке кәсіпкер тіркелген.\nӨңірде 240 шағын цех жұмыс істейді."
    assert _read(body)["240"][:2] == _TODAY


@pytest.mark.parametrize(
    ("body", "figure", "day"),
    [
        # in the day's own paragraph: that day
        (
            "2025 жылғы 1 маусымдағы жағдай бойынша облыста 61 мың жеке кәсіпкер тіркелген. Өңірде 240 шағын цех "
            "жұмыс істейді.",
            "240",
            date(2025, 6, 1),
        ),
        # a status day just before the report: what goes on is counted at it
        (
            "19 қазандағы жағдай бойынша облыста 61 мың гектар астық орылды.\nҚайыңды ауданында диқандар 14,2 "
            "центнерден астық бастырып жатыр.",
            "14,2 центнерден",
            date(2025, 10, 19),
        ),
    ],
)
def test_a_stock_day_keeps_its_paragraph_and_a_status_day_just_before_the_report(
    body: str, figure: str, day: date
) -> None:
    assert _read(body)[figure][:2] == (day, day)


# --- the old level of a change that starts after the report: the level in force now -------------


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        (
            "2026 жылғы 1 қаңтардан бастап жол жүру ақысы 10%-ға өсіп, 150 теңгеден 165 теңгеге көтеріледі.",
            "150 теңгеден",
        ),
        (
            "Келесі жылдан бастап 90 000 теңгенің орнына мұғалімдер айына 99 000 теңге алады.",
            "90 000 теңгенің",
        ),
    ],
)
def test_the_old_level_of_a_coming_change_is_the_level_now(body: str, figure: str) -> None:
    assert _read(body)[figure] == (_PUBLISHED, _PUBLISHED, "actual")


@pytest.mark.parametrize(
    ("body", "figure", "span"),
    [
        # a change already made: the old level is the year before's
        (
            "2024 жылы жол жүру ақысы 10%-ға өсіп, 150 теңгеден 165 теңгеге көтерілді.",
            "150 теңгеден",
            (date(2023, 1, 1), date(2023, 12, 31)),
        ),
        # a rate of percent expected to move from a start ahead keeps that start (a forecast's old level)
        (
            "2026 жылғы 1 қаңтардан бастап инфляция 8%-дан 6%-ға төмендейді деп күтілуде.",
            "8%-дан",
            (date(2026, 1, 1), None),
        ),
    ],
)
def test_the_old_level_of_a_change_made_or_of_a_rate_keeps_its_reading(
    body: str, figure: str, span: tuple[date, date | None]
) -> None:
    assert _read(body)[figure][:2] == span


# --- a price, fare or tariff set and standing ("белгіленген"): in force at publication ------------


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        (
            "2024 жылы облыста 5 млн тонна астық жиналды.\nҚала автобусындағы жол ақысы 150 теңге болып белгіленген.",
            "150 теңге",
        ),
        (
            "Жеті айда 900 мың тонна жүк тасымалданды.\nЫстық су тарифі бір текше метр үшін 410 теңге болып белгіленген.",
            "410 теңге",
        ),
    ],
)
def test_a_price_set_and_standing_is_in_force_now(body: str, figure: str) -> None:
    assert _read(body)[figure] == (_PUBLISHED, _PUBLISHED, "actual")


@pytest.mark.parametrize(
    ("body", "figure", "span"),
    [
        # the past "белгіленді" tells the setting, in the span carried
        (
            "2024 жылы облыста 5 млн тонна астық жиналды. Жол ақысы 150 теңге болып белгіленді.",
            "150 теңге",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # a plan's figure set for a year names no price: that year
        (
            "2024 жылы облыста 5 млн тонна астық жиналды. Келесі жылға экспорт жоспары 7 млн тонна деп белгіленген.",
            "7 млн тонна",
            (date(2026, 1, 1), date(2026, 12, 31)),
        ),
    ],
)
def test_a_price_set_in_the_past_or_a_plan_set_keeps_its_reading(
    body: str, figure: str, span: tuple[date, date]
) -> None:
    assert _read(body)[figure][:2] == span


# --- a population told with no verb (the Kazakh zero copula is the present): now ----------------


def test_a_population_told_with_no_verb_is_the_state_now() -> None:
    body = "2024 жылы облыста 5 млн тонна астық жиналды.\nОблыс халқы 1,1 млн адам."
    assert _read(body)["1,1 млн"][:2] == _TODAY


@pytest.mark.parametrize(
    ("body", "figure", "span"),
    [
        # told in the past ("болды"): the span carried
        (
            "2024 жылы облыста 5 млн тонна астық жиналды. Облыс халқы 1,1 млн адам болды.",
            "1,1 млн",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # a count of what the span saw ("саны"), with no verb, stays the span's
        (
            "Жеті айда облысқа 900 мың турист келді. Шетелдік туристер саны 120 мың.",
            "120 мың",
            (date(2025, 1, 1), date(2025, 7, 31)),
        ),
    ],
)
def test_a_population_in_the_past_or_a_count_of_the_span_keeps_it(
    body: str, figure: str, span: tuple[date, date]
) -> None:
    assert _read(body)[figure][:2] == span


def test_a_rate_per_so_many_after_a_present_clause_is_measured_over_the_span() -> None:
    body = (
        "Қаңтар-тамызда облыста 12 мың бала туылды. Оның айтуынша, нәресте өлімі төмен деңгейде сақталып отыр – "
        "1000 тірі туғанға шаққанда 6,1 жағдай."
    )
    assert _read(body)["6,1"][:2] == (date(2025, 1, 1), date(2025, 8, 31))
