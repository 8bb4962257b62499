"""Kazakh mechanisms found at first sight of the fresh development set d39 (fs39kk). Our own sentences,
labelled by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading.
Every case marked "was" below was read wrong before +fs39kk."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import Reading
from tests.figure_lookup import kk_reading as _reading

_JAN = date(2026, 1, 5)
_FROM_NEW_YEAR = (date(2026, 1, 1), None)
_LAST_YEAR = (date(2025, 1, 1), date(2025, 12, 31))

# --- a start this year after a window of several years that it falls in ----------------------------

_WINDOW = (
    "Үкімет шешімімен 2024 жылдан бастап төрт жыл ішінде стипендия ең төменгі жалақының 50%-ына дейін кезең-кезеңімен "
    "көтеріліп келеді.\n"
)
_WINDOW_2 = "Бағдарлама бойынша 2022-2028 жылдары жалақы жыл сайын біртіндеп өсіріліп келеді.\n"


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: 2024-01-01..2027-12-31 (the window carried past the sentence that sets its own start)
        (
            _WINDOW + "Осылайша, 1 қаңтардан бастап стипендия 52 372 теңгені құрайды. Оның мөлшері "
            "47 611 теңгеден 52 372 теңгеге дейін артып, 10%-ға өсті.",
            "47 611",
            (*_LAST_YEAR, "actual"),
        ),
        (
            _WINDOW + "Осылайша, 1 қаңтардан бастап стипендия 52 372 теңгені құрайды. Оның мөлшері "
            "47 611 теңгеден 58 000 теңгеге дейін артты.",
            "58 000",
            (*_FROM_NEW_YEAR, "actual"),
        ),
        (
            _WINDOW + "2026 жылғы 1 қаңтардан бастап жатақхана ақысы 8 000 теңге болды.\n"
            "Асхана бағасы да 12%-ға өсті.",
            "12%",
            (*_FROM_NEW_YEAR, "actual"),
        ),
        (
            _WINDOW_2 + "Сөйтіп, 1 қаңтардан бастап мұғалімнің жалақысы 410 мың теңге болды. Ал "
            "тәрбиешілердің жалақысы 290 мың теңгеге жетті.",
            "290 мың",
            (*_FROM_NEW_YEAR, "actual"),
        ),
        # look-alikes: the window's own targets keep the window; a start before this year carries nothing
        (
            _WINDOW + "2025 жылғы 1 қаңтардан бастап стипендия 47 611 теңге болған. Жыл сайын оған "
            "тағы 3 000 теңге қосылады.",
            "47 611",
            (date(2025, 1, 1), None, "actual"),
        ),
    ],
)
def test_start_this_year_after_a_window_of_years(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JAN, surface) == expected


def test_the_window_keeps_its_own_figures() -> None:
    body = _WINDOW + "Осылайша, 1 қаңтардан бастап стипендия 52 372 теңгені құрайды."
    assert _reading(body, _JAN, "50%")[:2] == (date(2024, 1, 1), date(2027, 12, 31))


# --- "бар" ending its own clause before a clause with a plan word ---------------------------------

_NOV = date(2025, 11, 20)
_TODAY = (_NOV, _NOV)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: plan (the clause's "бар" gave no cue; the sentence's plan word after it was taken)
        ("Ауданда 14 дәріхана бар, тағы 3 дәріхана ашылады.", "14", (*_TODAY, "actual")),
        ("Қалада 320 аялдама бар, жаңа бағыттарға 45 аялдама қарастырылған.", "320", (*_TODAY, "actual")),
        ("Облыста 52 спорт залы бар, келесі жылы 6 зал салу жоспарланған.", "52", (*_TODAY, "actual")),
        # look-alikes: the plan word's own clause keeps it; a plan's content told with "бар" stays plan
        ("Ауданда 14 дәріхана бар, тағы 3 дәріхана ашылады.", "3", (None, None, "plan")),
        (
            "Биылғы жоспарда 40 мектептің жөндеуі бар, жыл бойы 12 мектеп салу көзделген.",
            "40",
            (date(2025, 1, 1), date(2025, 12, 31), "plan"),
        ),
    ],
)
def test_there_is_ends_its_own_clause(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _NOV, surface) == expected


# --- the size and worth of works whose first stone was laid ------------------------------------------

_DEC = date(2025, 12, 20)


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # was: actual (the laying of the foundation was not read as works begun)
        ("Кеше ауданда қуаты 150 МВт болатын жел электр станциясының іргетасы қаланды.", "150 МВт", "plan"),
        ("Қалада 1200 орындық мектептің іргетасы қаланды.", "1200", "plan"),
        ("Компания жылына 2 млн тонна цемент шығаратын зауыттың іргетасын қалады.", "2 млн тонна", "plan"),
        (
            "Өңірде жаңа ауруханаға арналған кешеннің құрылысы басталды. Жобаның инвестиция көлемі 45 млрд "
            "теңгені құрайды.",
            "45 млрд",
            "plan",
        ),
        (
            "Қуаты 120 МВт болатын станцияның іргетасы қаланды. Жобаның инвестициясы 90 млрд теңге.",
            "90 млрд",
            "plan",
        ),
        # look-alikes: a place founded long ago ("іргетасы қаланған") and a plant already working keep theirs
        ("1985 жылы іргетасы қаланған зауыт жылына 2 млн тонна цемент шығарады.", "2 млн тонна", "actual"),
        (
            "Өткен жылы қуаты 150 МВт станция іске қосылды. Жобаның инвестиция көлемі 60 млрд теңгені құрады.",
            "60 млрд",
            "actual",
        ),
    ],
)
def test_size_of_works_whose_first_stone_was_laid(body: str, surface: str, kind: str) -> None:
    assert _reading(body, _DEC, surface)[2] == kind


# --- parts of a whole that stands, told with the copular aorist "жетеді" -----------------------------

_OCT = date(2024, 10, 10)
_YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))
_SOWN = "Биыл облыста егіс алқабы 5,2 млн гектарды құрайды. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: plan (the aorist "жетеді" read as a level still to be reached)
        (
            _SOWN + "Оның 3,1 млн гектары – бидай, ал арпа алқабы 0,9 млн гектарға жетеді.",
            "3,1",
            (*_YEAR_2024, "actual"),
        ),
        (
            _SOWN + "Оның 3,1 млн гектары – бидай, ал арпа алқабы 0,9 млн гектарға жетеді.",
            "0,9",
            (*_YEAR_2024, "actual"),
        ),
        (
            "Биыл өңірдегі жайылымдар 12 млн гектарды құрап отыр. Олардың 4 млн гектары суармалы жерге жетеді.",
            "4 млн",
            (*_YEAR_2024, "actual"),
        ),
        # look-alikes: a part still to be sown, and a part of a whole still ahead, keep their plan
        (_SOWN + "Оның 1,5 млн гектарына күздік бидай себіледі.", "1,5", (*_YEAR_2024, "plan")),
        (
            "Биыл облыста 5,2 млн гектар алқапқа егін егу жоспарланған. Оның 3,1 млн гектары бидайға жетеді.",
            "3,1",
            (*_YEAR_2024, "plan"),
        ),
    ],
)
def test_parts_of_a_whole_that_stands(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _OCT, surface) == expected


# --- the past of a "-да/-де" stem ---------------------------------------------------------------------

_NOV18 = date(2025, 11, 18)


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # was: plan (no cue from "таңдады"; a 1st-person aorist before the colon was taken)
        ("Біз сапаға назар аударамыз: былтыр 40 мың клиент біздің қызметті таңдады.", "40 мың", "actual"),
        ("Жаңа бағыттарды ашамыз: осы айда 12 мың жолаушы бұл рейсті таңдады.", "12 мың", "actual"),
        ("Жұмысты кеңейтеміз: өткен аптада еріктілер 300 отбасын іздеді.", "300", "actual"),
        # look-alikes: a verb taking a told clause keeps the clause's kind; an aorist stays ahead
        (
            "Банк 2026 жылға қарай инфляцияны 5%-ға дейін төмендетуді орындай алмайтынын мойындады.",
            "5%",
            "target",
        ),
        ("Келесі жылы 20 мың жолаушы бұл бағытты таңдайды.", "20 мың", "plan"),
    ],
)
def test_past_of_a_da_stem(body: str, surface: str, kind: str) -> None:
    assert _reading(body, _NOV18, surface)[2] == kind


# --- the old level of a change counted "since <year>" ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: 2018-01-01..publication (the span since was given to the level it set out from)
        (
            "Министрліктің дерегінше, 2018 жылдан бері ғылымды қаржыландыру екі есе өсіп, 90 млрд теңгеден "
            "180 млрд теңгеге жетті.",
            "90 млрд",
            (date(2018, 1, 1), date(2018, 12, 31), "actual"),
        ),
        (
            "2020 жылдан бері елдегі шағын бизнес субъектілері 1,3 млн-нан 1,9 млн-ға дейін көбейді.",
            "1,3 млн",
            (date(2020, 1, 1), date(2020, 12, 31), "actual"),
        ),
        # look-alikes: the change keeps the span since; a level with no "since" keeps its reading
        (
            "Министрліктің дерегінше, 2018 жылдан бері ғылымды қаржыландыру екі есе өсіп, 90 млрд теңгеден "
            "180 млрд теңгеге жетті.",
            "екі есе",
            (date(2018, 1, 1), _NOV, "actual"),
        ),
        (
            "Биыл ғылымды қаржыландыру 90 млрд теңгеден 180 млрд теңгеге жетті.",
            "90 млрд",
            (date(2024, 1, 1), date(2024, 12, 31), "actual"),
        ),
    ],
)
def test_old_level_of_a_change_since_a_year(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _NOV, surface) == expected


# --- a deed done in the span carried, its purpose told after the figure ------------------------------

_LEAD_10M = "Әуежай жылдың алғашқы он айында 7 миллион жолаушыға қызмет көрсетті.\n"
_TEN_MONTHS = (date(2025, 1, 1), date(2025, 10, 31))


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: dated at publication (a purpose after the figure read as a deed still to come)
        (
            _LEAD_10M + "50 мыңға жуық жолаушы ауысып отыру үшін осы әуежайды таңдады.",
            "50 мың",
            (*_TEN_MONTHS, "actual"),
        ),
        (_LEAD_10M + "12 мың турист демалу үшін тауға барды.", "12 мың", (*_TEN_MONTHS, "actual")),
        # look-alikes: a purpose whose clause goes on now, and money set aside for it, keep their reading
        (_LEAD_10M + "Қалған үйлерді салу үшін 300 адам жұмылдырылуда.", "300", (_NOV18, _NOV18, "actual")),
        (_LEAD_10M + "Жаңа терминал салу үшін 40 млрд теңге бөлініп отыр.", "40 млрд", (None, None, "plan")),
    ],
)
def test_deed_done_with_its_purpose(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _NOV18, surface) == expected
