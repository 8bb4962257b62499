"""Kazakh kinds and change flags seen wrong on real stored news pages (round real22kk: the leftovers
of real21kk on pensions, prices and school intake), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "ниет білдірді" (expressed a wish) is a deed told done: the one-word cue "ниет" made the figures
     of that clause, and of the clause joined to it by "және", plans.
  2. a share before ", яғни ... оза отырып" (that is, outrunning ... by) and the verb of change after
     it is a change, and so are the list members before it; the difference in the aside is not.
  3. a share in brackets after a span ("(бір айда 12,4 пайызға)") in a sentence of rise or fall is a
     change, as a bare bracketed share is.
  4. an amount in the dative before a verb of growth, above a level of its unit told before it in the
     sentence ("... 52 300 теңге болса, 2027 жылға қарай ол 57 900 теңгеге өседі"), is the level
     reached, not the change; one below that level stays the change.
  5. a rate paid now ("әр тоннаға 2 мың теңгеден төленетін субсидия") whose ending or change is told
     for a time ahead is the rate in force at publication, actual; one to be brought in stays a plan.
  6. a forecast told set ("Шығыс болжамы ... 2027 жылға – 9,4 трлн теңге көлемінде айқындалды"): the
     past verb of setting made the last member actual, then a plan of its year ahead; it is a forecast.
  7. "бағалауымызша" (by our estimate) is a forecast cue, as "бағалауынша" is.
  8. "3 міндет, 15 көрсеткіш айқындалды": the tasks counted, no target.
  9. "2027жылға –9,1 трлн теңге" (a list's en dash typed glued to the digits after the year a sum is
     for) was read as a minus; a share so written ("2026 жылға –0,5%") keeps it.
 10. "Бұл былтырмен салыстырғанда 2 трлн теңгеге ұлғайған" after a planned sum: the change of the plan
     or forecast just told is of its kind and span, though told in a past form.
 11. the worth of investment initiatives being taken up ("құны 50 млрд теңгені құрайтын инвестициялық
     бастамалар қолға алынып отыр") is planned, as the worth of projects under way is.
"""

from __future__ import annotations

from datetime import date

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface

P = date(2024, 8, 27)


def _all(text: str, published: date = P, title: str = "") -> list[Indicator]:
    return extract_indicators(text, published, title=title, language="kk")


def _find(text: str, surface: str, published: date = P, title: str = "") -> Indicator:
    return figure_by_surface(text, surface, published, title, language="kk")


# 1. a wish told as expressed


def test_a_wish_expressed_is_told_done_not_planned() -> None:
    text = "Биыл бірінші сыныпқа 280 400 бала қабылданды және 9 мың ата-ана балаларын беруге ниет білдірді."
    assert _find(text, "280 400").kind == "actual"
    assert _find(text, "9 мың").kind == "actual"
    text = "Облыста 1 200 түлек жоғары оқу орнына түсуге ниет білдірген."
    assert _find(text, "1 200").kind == "actual"


def test_a_part_of_pupils_admitted_who_expressed_a_wish_is_told_done() -> None:
    text = (
        "Жаңа 2024-2025 оқу жылында 298 400 бала 1-сыныпқа қабылданды және оның 65 пайызы орыс тілінде "
        "оқуға ниет білдірді."
    )
    assert _find(text, "298 400").kind == "actual"
    assert _find(text, "65 пайызы").kind == "actual"


def test_an_intention_without_its_verb_of_telling_stays_a_plan() -> None:
    text = "Компания келесі жылы 300 жұмыс орнын ашу ниетінде."
    assert _find(text, "300").kind == "plan"


# 2. a list of shares, then a "that is" aside, then the verb of change


def test_shares_before_a_that_is_aside_share_the_verb_after_it() -> None:
    text = "Жәрдемақы 5,5%-ға, шәкіртақы 7%-ға, яғни инфляциядан 1,5%-ға оза отырып ұлғайтылды."
    assert _find(text, "5,5%-ға").is_change
    assert _find(text, "7%-ға").is_change
    assert not _find(text, "1,5%-ға").is_change  # the lead over inflation, a difference of its own
    text = "Жалақы 9%-ға, яғни баға өсімінен 2%-ға асып отырып өсті."
    assert _find(text, "9%-ға").is_change


def test_a_share_before_a_that_is_aside_with_no_change_verb_keeps_its_level() -> None:
    text = "Жоспар 64 пайызға, яғни өткен жылдан 4 пайызға оза отырып орындалды."
    assert not _find(text, "64 пайызға").is_change


# 3. a share in brackets after a span


def test_a_bracketed_share_after_a_span_in_a_sentence_of_fall_is_a_change() -> None:
    text = "Кей көкөністер арзандады – қызылша (бір айда 14,6 пайызға), пияз (6 пайызға)."
    assert _find(text, "14,6 пайызға").is_change
    assert _find(text, "6 пайызға").is_change


def test_a_bracketed_share_after_a_span_with_no_change_word_is_a_level() -> None:
    text = "Облыстар ішінде Қостанай (бір айда 11,2%) алда тұр."
    assert not _find(text, "11,2%").is_change


# 4. an amount grown to, above the level told before it


def test_an_amount_above_the_level_before_it_is_the_level_grown_to() -> None:
    text = "Жәрдемақы 2026 жылы 52 300 теңге болады, ал 2027 жылға қарай ол 57 900 теңгеге өседі."
    assert not _find(text, "57 900 теңгеге").is_change
    text = "Былтыр 40 мың тонна жиналса, биыл өнім 46 мың тоннаға артты."
    assert not _find(text, "46 мың тоннаға").is_change


def test_an_amount_below_the_level_before_it_stays_the_change() -> None:
    text = "Былтыр 400 мың тонна жиналса, биыл өнім 46 мың тоннаға артты."
    assert _find(text, "46 мың тоннаға").is_change
    text = "Орташа жалақы 380 мың теңге болды, бір жылда ол 31 мың теңгеге өсті."
    assert _find(text, "31 мың теңгеге").is_change


# 5. a rate paid now, told ending or changing ahead


def test_a_rate_paid_now_told_ending_ahead_is_the_rate_in_force() -> None:
    published = date(2021, 10, 18)
    text = "Келесі жылдан бастап әр килограмға 12 теңгеден берілетін субсидия алынып тасталуы мүмкін."
    rate = _find(text, "12 теңгеден", published)
    assert (rate.kind, rate.period_start, rate.period_end) == ("actual", published, published)
    text = "Келер жылы әр гектарға 4 мың теңгеден төленетін көмек тоқтатылады."
    assert _find(text, "4 мың теңгеден", published).kind == "actual"


def test_a_rate_to_be_brought_in_stays_a_plan() -> None:
    published = date(2021, 10, 18)
    text = "Келесі жылдан бастап әр басқа 9 мың теңгеден берілетін жаңа субсидия енгізіледі."
    assert _find(text, "9 мың теңгеден", published).kind == "plan"


# 6. a forecast told set


def test_a_forecast_told_set_keeps_its_kind_to_the_last_member() -> None:
    published = date(2025, 8, 26)
    text = (
        "Шығыс болжамы 2026 жылға 8,2 трлн теңге, 2027 жылға – 8,9 трлн теңге, 2028 жылға – 9,4 трлн теңге "
        "көлемінде айқындалды."
    )
    assert [
        _find(text, s, published).kind for s in ("8,2 трлн теңге", "8,9 трлн теңге", "9,4 трлн теңге")
    ] == ["forecast"] * 3
    text = "Облыстың кіріс болжамы келесі жылға 640 млрд теңге деп белгіленді."
    assert _find(text, "640 млрд теңге", published).kind == "forecast"


def test_a_sum_set_with_no_forecast_named_keeps_its_reading() -> None:
    published = date(2025, 8, 26)
    text = "Өткен жылы облыс бюджетінің кірісі 640 млрд теңге деп белгіленді."
    assert _find(text, "640 млрд теңге", published).kind == "actual"


# 7. by our estimate


def test_by_our_estimate_is_a_forecast() -> None:
    text = "Біздің бағалауымызша, импорт үлесі 41%-дан 30%-ға дейін төмендейді."
    assert _find(text, "30%-ға").kind == "forecast"


# 8. tasks counted


def test_tasks_counted_are_no_target() -> None:
    text = "Бағдарламада 3 міндет, 15 көрсеткіш және 60 іс-шара айқындалды."
    assert _find(text, "3").kind == "actual"
    text = "Әкімдікке 70 мың тонна көмір жеткізу міндеті жүктелді."
    assert _find(text, "70 мың тонна").kind == "target"


# 9. a list's dash glued to the digits


def test_a_list_dash_glued_after_the_year_a_sum_is_for_is_no_minus() -> None:
    text = "Шығыс болжамы 2026 жылға 8,2 трлн теңге, 2027жылға –9,1 трлн теңге, 2028 жылға –9,8 трлн теңге."
    assert [round(i.value / 1e11) for i in _all(text)] == [82, 91, 98]


def test_a_minus_glued_to_a_share_or_after_another_word_is_kept() -> None:
    assert _all("ЖІӨ өсімі 2026 жылға –0,5% болады деп болжанды.")[0].value == -0.5
    assert _all("Ауа температурасы түнде –12 градусқа дейін төмендейді.")[0].value == -12


# 10. the change of a plan or forecast just told


def test_the_change_of_a_plan_just_told_is_planned() -> None:
    published = date(2024, 9, 10)
    text = (
        "Келесі жылға арналған облыс бюджетінің кірісі 640 млрд теңге болады деп жоспарланған. "
        "Бұл биылғымен салыстырғанда 52 млрд теңгеге ұлғайған."
    )
    change = _find(text, "52 млрд теңгеге", published)
    assert (change.kind, change.period_start) == ("plan", date(2025, 1, 1))
    text = "Келесі жылы 3 млн тонна астық жиналады деп күтілуде. Бұл биылғы деңгейден 12 пайызға жоғары."
    assert _find(text, "12 пайызға", published).kind == "forecast"


def test_the_change_of_an_outcome_just_told_stays_actual() -> None:
    published = date(2024, 9, 10)
    text = "Биыл 3 млн тонна астық жиналды. Бұл былтырмен салыстырғанда 12 пайызға артық."
    assert _find(text, "12 пайызға", published).kind == "actual"


def test_the_sum_just_told_named_back_grows_to_a_level() -> None:
    published = date(2017, 4, 20)
    text = "Биыл бір балаға 52 мың 400 теңге төленуде. Шілдеде бұл сома 63 мың 100 теңгеге көтеріледі."
    assert not _find(text, "63 мың 100 теңгеге", published).is_change
    text = "Биыл бір балаға 52 мың 400 теңге төленуде. Шілдеде бұл сома 6 мың теңгеге көтеріледі."
    assert _find(text, "6 мың теңгеге", published).is_change


# 11. initiatives being taken up


def test_the_worth_of_initiatives_being_taken_up_is_planned() -> None:
    published = date(2015, 5, 20)
    text = "Аймақта құны 50 млрд теңгені құрайтын жаңа инвестициялық бастамалар қолға алынып отыр."
    assert _find(text, "50 млрд теңгені", published).kind == "plan"
    text = "Ауданда құны 3 млрд теңгені құрайтын 4 жоба қолға алынып отыр."
    assert _find(text, "3 млрд теңгені", published).kind == "plan"
    assert _find(text, "4", published).kind == "actual"


def test_the_worth_of_initiatives_done_stays_actual() -> None:
    published = date(2015, 5, 20)
    text = "Былтыр құны 50 млрд теңгені құрайтын инвестициялық бастамалар жүзеге асырылды."
    assert _find(text, "50 млрд теңгені", published).kind == "actual"
