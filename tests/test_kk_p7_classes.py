"""Kazakh classes of round kkp7: the first-sight errors of the blind set d29 (periods carried from the
headline, the lead or an earlier sentence, and the kinds that came with them), tested on probe sentences
of our own (other places, topics and wordings), each figure labelled per tests/realworld/FORMAT.md before
the extractor ran:
 1 how many things are under way now, told by a progressive ("салынуда", "тұрғызылуда", "құрылысы
   жүргізілуде"), under a deadline carried from the lead ("жыл соңына дейін ... беріледі") is a count at
   publication, actual (FORMAT.md: projects under construction, how many there are, is a present state),
   not a goal for the deadline; so are the verbless members of a gapped list before such a verb ("Тағы
   12-сі ... қаражатына, 7-еуі ... тұрғызылуда"); what is still to be done by it ("... қамтылады") keeps
   the deadline, and the first half of a pair with its own conditional ("... болса, ...") keeps its own;
 2 a span wholly ahead set in an earlier paragraph (a free-travel week, a holiday) frames no state told
   after the paragraph break in the aorist ("18 бағытта 95 автобус қатынайды") or with the present copula
   on a count ("халқы 150 мың адамды құрайды"): those are today's, actual; in the same paragraph a state
   of what is still to be built ("Келесі жылы мектеп салынады. Онда 320 бала білім алады") stays ahead,
   and so does one after the break under a year ahead, which may frame what will exist then (only a short
   span, an event of a month at most, is parted from the states after the break),
   and "қала ішінде" (within the town) is no part of a total, unlike "оның ішінде";
 3 a stock told as it is now ("Қазір шаруашылықтарда 2,1 млн бас ірі қара бар") sets the scene for the
   sentences after it, across a paragraph break, until a period is named: the regions' head counts told
   after it ("... 280 мыңнан астам басы бар Шу ауданы тұр", "... 150 мыңнан асты") are today's, not the
   year's the change before it named; a share ("Келушілердің 40 пайызы") and a part ("Олардың 12 мыңы")
   after the break stay with the span whose count they divide, and a year named again ("Былтыр ...")
   dates its sentence;
 4 the size of a payment set by the rules ("Оның мөлшері 2 АЕК-тен 4 АЕК-ке дейін белгіленген") is a rate in
   force at publication, actual (FORMAT.md), not the year's plan whose sum and recipients the sentence
   before gave, nor a part of that plan done so far ("Оның мөлшері" names the whole's size, unlike "оның
   12-сі"); what follows ", яғни" (that is) restates the figure before it in other units, at its time and
   of its kind ("яғни бір ардагер 7 384 теңгеден 14 768 теңгеге дейін алады"), but a change after it
   ("..., яғни өсім 20%-ды құрады") is set against the base before it and keeps its own time;
 5 the height or depth of a thing that stands, an attribute "биіктігі 25 метр болатын" beside what was done
   with it ("... нысанды аудан әкімі аралап көрді"), is its size today, not the headline's "биыл" span; the
   same attribute of a thing still to be built ("... мұнара салынады") keeps the plan's year;
 6 after the part of this year's plan done so far ("Бүгінге дейін соның 25 үйі иелеріне тапсырылды", from 1
   January to publication), a clause of its own ending on a progressive ("тағы 15 үйді сатып алу рәсімі
   жүріп жатыр") tells what is going on today: the day of publication, not the done part's span;
 7 a figure in brackets beside a name ("Қарасай (1 200 бала) мен Талғар (950 бала) аудандары алдыңғы орында
   тұр") has the verb of the clause the brackets stand in: here a present state, today's; a from-to in
   brackets before "көбейді" (increased, a past whose "-бейді" only looks like the negative aorist
   "аспайды") keeps the change's years;
 8 a sentence that adds one more item ("Бұдан бөлек", "Сондай-ақ", "Сонымен қатар") to a plan just told,
   with a predicate that is no verb ("... үлесіне 20 ойын алаңы тиесілі") and no period of its own, is
   planned too; after a deed told done it stays actual, and "бар" (there is) is a state of today.
"""

from __future__ import annotations

from datetime import date as d

import pytest

from etl.extract.indicators import extract_indicators

_UNDER_WAY = (
    "Павлодар облысында жыл соңына дейін 60 көппәтерлі үй пайдалануға беріледі. Жоспар бойынша жыл аяғына "
    "дейін 2 мың отбасы баспаналы болуы тиіс.\nНысандардың 24-і облыстық бюджет есебінен салынуда. Тағы "
    "12-сі жеке инвесторлар қаражатына, 7-еуі мемлекеттік холдинг арқылы тұрғызылуда. Сондай-ақ 9 "
    "жатақхананың құрылысы жүргізілуде. Жаңа үйлермен 5 мың отбасы қамтылады."
)
_PAIR = "Биыл орташа өнімділік гектарына 25 центнер болса, 300 мың тонна астық жинау жоспарланып отыр."
_FREE_RIDES = (
    "Көкшетауда 10-12 мамыр аралығында қалалық автобустарда жол ақысы алынбайды. Акцияны қала әкімдігі "
    "ұйымдастырып отыр.\nҚала ішінде 18 бағытта 95 автобус қатынайды. Қала халқы 150 мың адамды құрайды."
)
_HERDS = (
    "Биыл облыста мүйізді ірі қара саны 50 мың басқа өсті. Қазір шаруашылықтарда 2,1 млн бас ірі қара бар.\n"
    "Екінші орында 280 мыңнан астам басы бар Шу ауданы тұр. Мойынқұм ауданындағы мал басы 150 мыңнан асты.\n"
    "Былтыр облыс 40 мың тонна ет өндірді."
)
_VISITORS = (
    "Биыл тоғыз айда облысқа 300 мың турист келді. Қазір облыста 120 қонақ үй бар.\nКелушілердің 40 пайызы "
    "шетелдіктер. Олардың 12 мыңы Қытайдан келген."
)
_AID = (
    "Биыл Жамбыл облысында Жеңіс күніне орай 1 200 ардагерге біржолғы көмек көрсетіледі, ол үшін 30 млн теңге "
    "қарастырылған.\nОның мөлшері 2 АЕК-тен 4 АЕК-ке дейін белгіленген, яғни бір ардагер 7 384 теңгеден "
    "14 768 теңгеге дейін алады."
)
_THAT_IS_GROWTH = (
    "Өткен жылы облыста 2,4 млн тонна астық жиналды, ал 2022 жылы бұл көрсеткіш 2 млн тонна болған, яғни "
    "өсім 20%-ды құрады."
)
_DONE_AND_GOING = (
    "Биыл облыста 40 көпбалалы отбасыға үй сатып алу жоспарланған. Бүгінге дейін соның 25 үйі иелеріне "
    "тапсырылды, тағы 15 үйді сатып алу рәсімі жүріп жатыр."
)
_ADDED_PLAN = (
    "Биыл ауданда 12 жаңа саябақ салу жоспарланған, оған 3 млрд теңге көзделген. Бұдан бөлек, ауылдық "
    "округтердің үлесіне 20 ойын алаңы тиесілі."
)
_ADDED_DONE = (
    "Былтыр ауданда 12 саябақ салынды. Бұдан бөлек, ауылдық округтердің үлесіне 20 ойын алаңы тиесілі."
)
_ADDED_STATE = "Биыл ауданда 12 жаңа саябақ салу жоспарланған. Бұдан бөлек, ауданда 20 ойын алаңы бар."
_TO_BE_BUILT = "Келесі жылы ауылда жаңа мектеп салынады. Онда 320 бала білім алады."
_YEAR_AHEAD = "Келесі жылы ауданда жаңа мектеп салынады. Құрылысқа 2 млрд теңге бөлінеді.\nМектепте 600 бала білім алады."

PUB = d(2024, 5, 10)
TODAY = (PUB, PUB)
YEAR_END = (None, d(2024, 12, 31))

# (body, published, value, (period_start, period_end), kind or None when not checked)
CASES: list[tuple[str, d, float, tuple[d | None, d | None], str | None]] = [
    (_UNDER_WAY, PUB, 24, TODAY, "actual"),
    (_UNDER_WAY, PUB, 12, TODAY, "actual"),
    (_UNDER_WAY, PUB, 7, TODAY, "actual"),
    (_UNDER_WAY, PUB, 9, TODAY, "actual"),
    (_UNDER_WAY, PUB, 60, YEAR_END, "plan"),
    (_UNDER_WAY, PUB, 5000, YEAR_END, "plan"),
    (_PAIR, PUB, 25, (d(2024, 1, 1), d(2024, 12, 31)), None),  # (an expected yield: kind debatable)
    (_FREE_RIDES, d(2024, 5, 6), 18, (d(2024, 5, 6), d(2024, 5, 6)), "actual"),
    (_FREE_RIDES, d(2024, 5, 6), 95, (d(2024, 5, 6), d(2024, 5, 6)), "actual"),
    (_FREE_RIDES, d(2024, 5, 6), 150000, (d(2024, 5, 6), d(2024, 5, 6)), "actual"),
    (_HERDS, d(2024, 10, 1), 50000, (d(2024, 1, 1), d(2024, 12, 31)), "actual"),
    (_HERDS, d(2024, 10, 1), 2100000, (d(2024, 10, 1), d(2024, 10, 1)), "actual"),
    (_HERDS, d(2024, 10, 1), 280000, (d(2024, 10, 1), d(2024, 10, 1)), "actual"),
    (_HERDS, d(2024, 10, 1), 150000, (d(2024, 10, 1), d(2024, 10, 1)), "actual"),
    (_HERDS, d(2024, 10, 1), 40000, (d(2023, 1, 1), d(2023, 12, 31)), "actual"),
    (_VISITORS, d(2024, 10, 20), 40, (d(2024, 1, 1), d(2024, 9, 30)), "actual"),
    (_VISITORS, d(2024, 10, 20), 12000, (d(2024, 1, 1), d(2024, 9, 30)), "actual"),
    (_AID, d(2024, 4, 20), 30000000, (d(2024, 1, 1), d(2024, 12, 31)), "plan"),
    (_AID, d(2024, 4, 20), 2, (d(2024, 4, 20), d(2024, 4, 20)), "actual"),
    (_AID, d(2024, 4, 20), 4, (d(2024, 4, 20), d(2024, 4, 20)), "actual"),
    (_AID, d(2024, 4, 20), 7384, (d(2024, 4, 20), d(2024, 4, 20)), "actual"),
    (_AID, d(2024, 4, 20), 14768, (d(2024, 4, 20), d(2024, 4, 20)), "actual"),
    (_THAT_IS_GROWTH, d(2024, 4, 20), 20, (d(2023, 1, 1), d(2023, 12, 31)), "actual"),
    (_DONE_AND_GOING, d(2024, 6, 10), 25, (d(2024, 1, 1), d(2024, 6, 10)), "actual"),
    (_DONE_AND_GOING, d(2024, 6, 10), 15, (d(2024, 6, 10), d(2024, 6, 10)), "actual"),
    (_ADDED_PLAN, PUB, 20, (d(2024, 1, 1), d(2024, 12, 31)), "plan"),
    (_ADDED_DONE, PUB, 20, (d(2023, 1, 1), d(2023, 12, 31)), "actual"),
    (_ADDED_STATE, PUB, 20, TODAY, "actual"),
    (_YEAR_AHEAD, PUB, 600, (d(2025, 1, 1), d(2025, 12, 31)), "plan"),
    (_TO_BE_BUILT, PUB, 320, (d(2025, 1, 1), d(2025, 12, 31)), "plan"),
]


@pytest.mark.parametrize(("body", "published", "value", "period", "kind"), CASES)
def test_period_and_kind(
    body: str, published: d, value: float, period: tuple[d | None, d | None], kind: str | None
) -> None:
    found = [i for i in extract_indicators(body, published) if i.value == value]
    assert found, f"{value} not found"
    figure = found[0]
    assert (figure.period_start, figure.period_end) == period
    if kind is not None:
        assert figure.kind == kind


_TOWER = (
    "Қостанай облысында биыл 12 ауылға таза су жеткізіледі",
    "Ауылда жаңа су мұнарасы іске қосылды. Биіктігі 25 метр болатын нысанды аудан әкімі аралап көрді. Биыл "
    "тағы 12 ауылға таза су жеткізу жоспарланған.",
)
_TOWER_AHEAD = ("", "Келесі жылы ауданда биіктігі 40 метр болатын байланыс мұнарасы салынады.")
_BRACKETS = (
    "Облыста 2025 жылға дейін 100 спорт алаңы салынады",
    "Былтыр облыста 40 жаңа спорт алаңы салынды. Жасөспірімдер саны бойынша Қарасай (1 200 бала) мен Талғар "
    "(950 бала) аудандары алдыңғы орында тұр. Үйірмелердегі балалар саны 3,5 есеге (4 000-нан 14 000-ға "
    "дейін) көбейді.",
)
JULY = d(2024, 7, 15)
FEB = d(2024, 2, 10)
Y2023 = (d(2023, 1, 1), d(2023, 12, 31))

# ((title, body), published, value, (period_start, period_end), kind): with a headline
TITLED: list[tuple[tuple[str, str], d, float, tuple[d | None, d | None], str]] = [
    (_TOWER, JULY, 25, (JULY, JULY), "actual"),
    (_TOWER, JULY, 12, (d(2024, 1, 1), d(2024, 12, 31)), "plan"),
    (_TOWER_AHEAD, JULY, 40, (d(2025, 1, 1), d(2025, 12, 31)), "plan"),
    (_BRACKETS, FEB, 1200, (FEB, FEB), "actual"),
    (_BRACKETS, FEB, 950, (FEB, FEB), "actual"),
    (_BRACKETS, FEB, 4000, (d(2022, 1, 1), d(2022, 12, 31)), "actual"),
    (_BRACKETS, FEB, 14000, Y2023, "actual"),
]


@pytest.mark.parametrize(("article", "published", "value", "period", "kind"), TITLED)
def test_period_and_kind_under_a_headline(
    article: tuple[str, str], published: d, value: float, period: tuple[d | None, d | None], kind: str
) -> None:
    title, body = article
    found = [i for i in extract_indicators(body, published, title=title) if i.value == value]
    assert found, f"{value} not found"
    assert (found[0].period_start, found[0].period_end) == period
    assert found[0].kind == kind
