"""Russian and Kazakh period phrases and spans (extractor +cyper): year-to-date spans with a closing
day, rolling spans ("за последний год", "соңғы бір жылда", "за последние N месяцев"), the parts of a
rolling total, "за этот период" / "осы кезеңде" read against the span last reported, a from-to span
from a year to a month, "за N месяцев" counted from an undated event, a comparison base that is not
the figure's period, last school year, a stock as of a month with no day, and house numbers.

A probe of our own: sentences in our own words, shaped like stored news pages (inform.kz,
kazpravda.kz, zakon.kz, baq.kz, aikyn.kz reports on social payments, housing, transport, schools and
statistics), labelled per tests/realworld/FORMAT.md before the extractor ran on them, with
look-alikes that must keep their old reading (a bare "за 10 месяцев" is January to October)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.cyrillic import extract_cyrillic_indicators

# surface -> (start, end) of its period; None as the whole value: not a figure at all
Gold = dict[str, tuple[str | None, str | None] | None]

RU = [
    # year to date with a closing day, and "за указанный период" after it
    ("2025-10-15", "С начала года по 1 октября предпринимателям области выдали 4,2 млрд тенге микрокредитов.",
     {"4,2 млрд тенге": ("2025-01-01", "2025-10-01")}, "ytd_to_day"),
    ("2025-10-10", "С 1 января по 30 сентября в республике зарегистрировали 8 тысяч новых ИП. За указанный "
     "период закрылись 3,5 тысячи.",
     {"8 тысяч": ("2025-01-01", "2025-09-30"), "3,5 тысячи": ("2025-01-01", "2025-09-30")}, "named_period"),
    # "за этот период" after a sentence on this year's allocation: the span last reported on
    ("2025-12-20", "С начала года по 1 декабря получателям выплатили 30 млрд тенге. В текущем году на "
     "программу предусмотрено 98 млрд тенге. За этот период доплату назначили 90 тысячам детей.",
     {"30 млрд тенге": ("2025-01-01", "2025-12-01"), "98 млрд тенге": ("2025-01-01", "2025-12-31"),
      "90 тысячам": ("2025-01-01", "2025-12-01")}, "this_period_after_plan"),
    # rolling spans up to publication
    ("2025-06-10", "За последний год тарифы на холодную воду выросли на 14%.",
     {"14%": ("2024-06-10", "2025-06-10")}, "last_year_rolling"),
    ("2025-05-05", "За последние 12 месяцев продукты подорожали на 9,8%.",
     {"9,8%": ("2024-05-05", "2025-05-05")}, "last_12_months"),
    ("2025-09-30", "За последние три месяца в акимат поступило 540 обращений.",
     {"540": ("2025-06-30", "2025-09-30")}, "last_3_months"),
    # the parts of a rolling total share its span
    ("2025-04-01", "За последние три года в области открыли 45 новых школ. 30 из них построены за счет "
     "местного бюджета.",
     {"45": ("2022-04-01", "2025-04-01"), "30": ("2022-04-01", "2025-04-01")}, "rolling_parts"),
    ("2025-03-15", "За последние десять лет в городе отремонтировали свыше 300 километров дорог. На 120 из "
     "них уложили новый асфальт.",
     {"свыше 300 километров": ("2015-03-15", "2025-03-15"), "120": ("2015-03-15", "2025-03-15")},
     "rolling_parts_on"),
    # from a year (or an event's year) to a month
    ("2025-07-20", "С 2015 года и по июнь 2025 года через программу прошли 48 тысяч человек.",
     {"48 тысяч": ("2015-01-01", "2025-06-30")}, "year_to_month"),
    ("2025-10-10", "С момента открытия центра в 2019 году и по сентябрь 2025 года врачи приняли 75 тысяч "
     "пациентов.", {"75 тысяч": ("2019-01-01", "2025-09-30")}, "event_year_to_month"),
    ("2025-03-01", "С момента запуска программы в 2021 году предпринимателям выдали 5 тысяч кредитов.",
     {"5 тысяч": ("2021-01-01", "2025-03-01")}, "event_year_since"),
    # "за N месяцев" after an undated event: rolling up to publication
    ("2025-11-10", "После запуска новой линии за шесть месяцев перевезли 1,2 млн пассажиров.",
     {"1,2 млн": ("2025-05-10", "2025-11-10")}, "months_after_event"),
    ("2025-08-15", "За три месяца работы центр обслужил 4 500 посетителей.",
     {"4 500": ("2025-05-15", "2025-08-15")}, "months_of_work"),
    # look-alikes: the first N months of the year
    ("2023-11-29", "За 10 месяцев автобусы перевезли 19 млн пассажиров.",
     {"19 млн": ("2023-01-01", "2023-10-31")}, "months_bare"),
    ("2025-06-01", "За четыре месяца 2025 года экспорт составил 2 млрд долларов.",
     {"2 млрд долларов": ("2025-01-01", "2025-04-30")}, "months_with_year"),
    # the comparison base is not the figure's period
    ("2025-04-20", "В первом квартале 2025 года в области произвели продукции на 300 млрд тенге. Это на 12 "
     "млрд тенге больше, чем в январе–марте прошлого года.",
     {"300 млрд тенге": ("2025-01-01", "2025-03-31"), "12 млрд тенге": ("2025-01-01", "2025-03-31")},
     "comparison_quarter"),
    # last school year: the one just over in the summer, the one before the current one in autumn
    ("2025-07-10", "В прошлом учебном году в колледжах области обучались 41 тысяча студентов.",
     {"41 тысяча": ("2024-09-01", "2025-05-31")}, "last_school_year_summer"),
    ("2026-01-15", "По итогам прошлого учебного года призерами олимпиад стали 320 школьников.",
     {"320": ("2024-09-01", "2025-05-31")}, "last_school_year_winter"),
    # a stock as of a month with no day: its first day
    ("2025-04-10", "По состоянию на январь 2025 года в реестре числилось 14 тысяч предприятий.",
     {"14 тысяч": ("2025-01-01", "2025-01-01")}, "stock_month"),
    ("2025-04-10", "По состоянию на март в очереди на детский сад стояли 9 тысяч детей.",
     {"9 тысяч": ("2025-03-01", "2025-03-01")}, "stock_month_no_year"),
    # second batch, written after the first fixes: more wordings of the same classes
    ("2025-09-12", "За последние полгода на вторичном рынке квартиры подорожали на 6,1%.",
     {"6,1%": ("2025-03-12", "2025-09-12")}, "last_half_year"),
    ("2025-09-12", "В течение последнего года в регион переехали 3 200 семей.",
     {"3 200": ("2024-09-12", "2025-09-12")}, "during_last_year"),
    ("2025-11-05", "С начала года и по 1 ноября в области собрали 2,3 млн тонн зерна.",
     {"2,3 млн тонн": ("2025-01-01", "2025-11-01")}, "ytd_and_to_day"),
    ("2025-11-05", "По состоянию на начало октября на учете состояли 18 тысяч безработных.",
     {"18 тысяч": ("2025-10-01", "2025-10-01")}, "stock_month_start"),
    ("2025-06-20", "В первом полугодии 2025 года вывезли 410 тысяч тонн, что на 35 тысяч тонн больше "
     "показателя января–июня прошлого года.", {"35 тысяч тонн": ("2025-01-01", "2025-06-30")},
     "comparison_base_months"),
    ("2025-12-01", "Спустя полгода после открытия, за шесть месяцев работы, парк посетили 90 тысяч человек.",
     {"90 тысяч": ("2025-06-01", "2025-12-01")}, "months_of_work_aside"),
    # house numbers in addresses are no figures
    ("2025-05-10", "Центр обслуживания открыли по адресу: ул. Абая, 150. В 2024 году в нем приняли 40 тысяч "
     "посетителей.", {"150": None, "40 тысяч": ("2024-01-01", "2024-12-31")}, "address_street"),
    ("2025-05-10", "В доме по проспекту Республики, 24 в этом году заменили 12 лифтов.",
     {"24": None, "12 лифтов": ("2025-01-01", "2025-12-31")}, "address_avenue"),
]  # fmt: skip

KK = [
    ("2025-10-12", "Жыл басынан 1 қазанға дейін облыста 2,1 мың пәтер пайдалануға берілді.",
     {"2,1 мың": ("2025-01-01", "2025-10-01")}, "ytd_to_day"),
    ("2024-12-10", "2024 жылдың басынан 1 желтоқсанға дейін жәрдемақыға 12,4 млрд теңге төленді.",
     {"12,4 млрд теңге": ("2024-01-01", "2024-12-01")}, "ytd_named_year"),
    ("2025-10-10", "1 қаңтардан 30 қыркүйекке дейін 8 мың жеке кәсіпкер тіркелді. Аталған кезеңде 3 мың "
     "кәсіпкер қызметін тоқтатты.",
     {"8 мың": ("2025-01-01", "2025-09-30"), "3 мың": ("2025-01-01", "2025-09-30")}, "named_period"),
    ("2025-12-15", "Жыл басынан 1 желтоқсанға дейін жәрдемақыға 30 млрд теңге төленді. Биыл бұл мақсатқа "
     "бюджеттен 98 млрд теңге бөлінген. Осы кезеңде 90 мың балаға қосымша төлем тағайындалды.",
     {"30 млрд теңге": ("2025-01-01", "2025-12-01"), "98 млрд теңге": ("2025-01-01", "2025-12-31"),
      "90 мың": ("2025-01-01", "2025-12-01")}, "this_period_after_plan"),
    ("2025-03-01", "Соңғы бір жылда тұрғын үй бағасы 11%-ға өсті.",
     {"11%-ға": ("2024-03-01", "2025-03-01")}, "last_year_rolling"),
    ("2025-09-20", "Соңғы үш айда 1 200 адам жұмысқа орналасты.",
     {"1 200": ("2025-06-20", "2025-09-20")}, "last_3_months"),
    ("2025-10-05", "Соңғы 12 айда азық-түлік бағасы 12,3%-ға қымбаттады.",
     {"12,3%-ға": ("2024-10-05", "2025-10-05")}, "last_12_months"),
    ("2025-06-01", "Соңғы бес жылда облыста 60 мектеп салынды. Олардың 25-і апатты мектептердің орнына "
     "тұрғызылды.", {"60": ("2020-06-01", "2025-06-01"), "25-і": ("2020-06-01", "2025-06-01")},
     "rolling_parts"),
    ("2025-06-01", "2024 жылдың басынан бері өңірге 420 мыңнан астам турист келді. Олардың шамамен 30 мыңы "
     "шетелдіктер.", {"30 мыңы": ("2024-01-01", "2025-06-01")}, "since_parts_hedged"),
    ("2025-09-10", "2015 жылдан 2025 жылдың тамызына дейін бағдарламаға 48 мың адам қатысты.",
     {"48 мың": ("2015-01-01", "2025-08-31")}, "year_to_month"),
    ("2025-10-10", "Орталық 2019 жылы ашылғаннан бері 75 мың науқас қабылдады.",
     {"75 мың": ("2019-01-01", "2025-10-10")}, "event_year_since"),
    ("2025-11-20", "Жаңа кесте енгізілгеннен кейін төрт айда 150 млн теңге үнемделді.",
     {"150 млн теңге": ("2025-07-20", "2025-11-20")}, "months_after_event"),
    ("2025-09-01", "Зауыт іске қосылғаннан бері алты айда 20 мың тонна өнім шығарды.",
     {"20 мың тонна": ("2025-03-01", "2025-09-01")}, "months_since_launch"),
    ("2025-10-15", "Биылғы 9 айда өңірге 1,5 трлн теңге инвестиция тартылды.",
     {"1,5 трлн теңге": ("2025-01-01", "2025-09-30")}, "months_bare"),
    ("2025-06-10", "2025 жылдың 4 айында экспорт 8 млрд долларды құрады.",
     {"8 млрд долларды": ("2025-01-01", "2025-04-30")}, "months_with_year"),
    ("2025-07-20", "2025 жылдың бірінші жартыжылдығында 410 млрд теңгенің өнімі өндірілді. Бұл өткен жылғы "
     "қаңтар-маусымнан 22 млрд теңгеге көп.",
     {"410 млрд теңгенің": ("2025-01-01", "2025-06-30"), "22 млрд теңгеге": ("2025-01-01", "2025-06-30")},
     "comparison_half"),
    ("2025-07-05", "Өткен оқу жылында облыс мектептерінде 215 мың оқушы білім алды.",
     {"215 мың": ("2024-09-01", "2025-05-31")}, "last_school_year_summer"),
    ("2025-11-01", "Өткен оқу жылында 3 мың мұғалім біліктілігін арттырды.",
     {"3 мың": ("2024-09-01", "2025-05-31")}, "last_school_year_autumn"),
    ("2025-05-01", "2024 жылғы наурыздағы жағдай бойынша облыста 4 200 шағын кәсіпорын тіркелген.",
     {"4 200": ("2024-03-01", "2024-03-01")}, "stock_month"),
    ("2025-11-10", "Қазан айындағы жағдай бойынша кезекте 9 мың бала тұрған.",
     {"9 мың": ("2025-10-01", "2025-10-01")}, "stock_month_no_year"),
    # second batch, written after the first fixes: more wordings of the same classes
    ("2025-09-12", "Соңғы жарты жылда пәтер бағасы 6,1%-ға өсті.",
     {"6,1%-ға": ("2025-03-12", "2025-09-12")}, "last_half_year"),
    ("2025-11-05", "Биылғы жылдың басынан 1 қарашаға дейін облыста 2,3 млн тонна астық жиналды.",
     {"2,3 млн тонна": ("2025-01-01", "2025-11-01")}, "ytd_this_year_to_day"),
    ("2025-11-05", "Қазанның басындағы жағдай бойынша есепте 18 мың жұмыссыз тұрды.",
     {"18 мың": ("2025-10-01", "2025-10-01")}, "stock_month_start"),
    ("2025-10-15", "Былтырғы оқу жылында облыста 1 200 мұғалім жетіспеді.",
     {"1 200": ("2024-09-01", "2025-05-31")}, "last_year_school_year"),
    ("2025-07-20", "Биылғы алты айда 410 мың тонна жүк жөнелтілді, бұл былтырғы алты айдан 35 мың тоннаға көп.",
     {"410 мың тонна": ("2025-01-01", "2025-06-30"), "35 мың тоннаға": ("2025-01-01", "2025-06-30")},
     "comparison_base_months"),
    ("2025-12-01", "Саябақ ашылғаннан кейін алты айда оған 90 мың адам келді.",
     {"90 мың": ("2025-06-01", "2025-12-01")}, "months_after_opening"),
    ("2025-05-10", "Жаңа орталық Қабанбай батыр даңғылы, 42 мекенжайында ашылды. Онда 2024 жылы 35 мың адамға "
     "қызмет көрсетілді.", {"42": None, "35 мың": ("2024-01-01", "2024-12-31")}, "address_avenue"),
    ("2025-05-10", "Абай көшесі, 150 мекенжайындағы үйдің шатыры биыл 18 млн теңгеге жөнделді.",
     {"150": None, "18 млн теңгеге": ("2025-01-01", "2025-12-31")}, "address_street"),
]  # fmt: skip


def _check(language: str, published: str, body: str, gold: Gold) -> None:
    found = {
        i.surface: (i.period_start, i.period_end)
        for i in extract_cyrillic_indicators(body, date.fromisoformat(published), language)
    }
    for surface, period in gold.items():
        if period is None:
            assert not any(s.strip(" ,.") == surface for s in found), (surface, found)
            continue
        want = tuple(None if d is None else date.fromisoformat(d) for d in period)
        # the surface as written may or may not take in a qualifier ("свыше") or a case ending
        got = next((p for s, p in found.items() if s in surface or surface in s), "missed")
        assert got == want, (surface, got, found)


@pytest.mark.parametrize(("published", "body", "gold"), [c[:3] for c in RU], ids=[c[3] for c in RU])
def test_russian_spans(published: str, body: str, gold: Gold) -> None:
    _check("ru", published, body, gold)


@pytest.mark.parametrize(("published", "body", "gold"), [c[:3] for c in KK], ids=[c[3] for c in KK])
def test_kazakh_spans(published: str, body: str, gold: Gold) -> None:
    _check("kk", published, body, gold)


# The same school-year arithmetic in English ("last academic year" in the summer break is the one
# just over), and a school year one is due by, which is no span of its own
EN = [
    ("2025-07-15", "Last academic year, 41,000 students attended colleges in the region.",
     {"41,000": ("2024-09-01", "2025-05-31")}, "last_academic_year_summer"),
    ("2025-10-20", "In the previous school year the region's schools hired 850 teachers.",
     {"850": ("2024-09-01", "2025-05-31")}, "previous_school_year_autumn"),
    ("2026-03-02", "This academic year 12,400 first-graders started school in the capital.",
     {"12,400": ("2025-09-01", "2026-05-31")}, "this_academic_year"),
    ("2025-04-10", "Next school year the city will open 9 new schools.",
     {"9 new": ("2025-09-01", "2026-05-31")}, "next_school_year_spring"),
    ("2025-07-31", "Four schools for 3,900 pupils are to be handed over by Sept. 1, in time for the new "
     "academic year.", {"3,900": (None, "2025-09-01")}, "due_by_the_school_year"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "body", "gold"), [c[:3] for c in EN], ids=[c[3] for c in EN])
def test_english_school_years(published: str, body: str, gold: Gold) -> None:
    from etl.extract.indicators import extract_indicators

    found = {
        i.surface: (i.period_start, i.period_end)
        for i in extract_indicators(body, date.fromisoformat(published))
    }
    for surface, period in gold.items():
        assert period is not None
        want = tuple(None if d is None else date.fromisoformat(d) for d in period)
        got = next((p for s, p in found.items() if s in surface or surface in s), "missed")
        assert got == want, (surface, got, found)
