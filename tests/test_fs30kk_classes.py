"""Kazakh mechanisms found at first sight of the blind set h30 (fs30kk). Our own sentences, labelled
by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading.
Every case marked "was" below was read wrong before +fs30kk."""

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


# --- "жылдың соңғы екі күнінде": the year's last N days ---------------------------------------------

_JAN = date(2025, 1, 3)


@pytest.mark.parametrize(
    ("body", "published", "surface", "period"),
    [
        # was: the whole of 2024
        (
            "Өткен жылдың соңғы үш күнінде қалада 1 200 жол апаты тіркелді.",
            _JAN,
            "1 200",
            (date(2024, 12, 29), date(2024, 12, 31)),
        ),
        (
            "2023 жылдың соңғы екі күнінде әуежай 14 мың жолаушыға қызмет көрсетті.",
            date(2024, 3, 10),
            "14 мың",
            (date(2023, 12, 30), date(2023, 12, 31)),
        ),
        # a bare year told in January is the one just over; told in December, this one
        (
            "Жылдың соңғы бес күнінде дүкендерге 40 мың сатып алушы келді.",
            _JAN,
            "40 мың",
            (date(2024, 12, 27), date(2024, 12, 31)),
        ),
        (
            "Жылдың соңғы бес күнінде дүкендерге 40 мың сатып алушы келді.",
            date(2025, 12, 31),
            "40 мың",
            (date(2025, 12, 27), date(2025, 12, 31)),
        ),
        # look-alike: last year with no days keeps the whole year
        (
            "Өткен жылы қалада 1 200 жол апаты тіркелді.",
            _JAN,
            "1 200",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
    ],
)
def test_last_days_of_a_year(body: str, published: date, surface: str, period: tuple[date, date]) -> None:
    assert _read(body, published)[surface][:2] == period


def test_last_days_carried_to_the_parts_after_them() -> None:
    # was: the lead's whole year, and the next paragraph dated 31 December by the headline's year end
    found = _read(
        "Өткен жылдың соңғы екі күнінде өрт сөндірушілерге 3 400 хабарлама келіп түсті.\n"
        "Ақтөбе облысынан 600-ден астам, Атыраудан 450-ден астам хабарлама тіркелді.",
        _JAN,
        title="Жыл соңындағы екі күнде өрт сөндірушілерге 3 400 хабарлама түсті",
    )
    two_days = (date(2024, 12, 30), date(2024, 12, 31))
    assert found["3 400"][:2] == two_days
    assert found["600-ден"][:2] == two_days
    assert found["450-ден"][:2] == two_days


# --- "4-санатқа", "1-3 шұғыл санаттағы": a category's number is no figure ----------------------------


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        # was: "2" read as a count
        ("Түскен өтініштердің 12 мыңы 2-санатқа жатады.", ["12 мыңы"], ["2"]),
        # was: "1" and "2" read as counts
        ("Шақыртулардың 900-і 1-2 жедел санаттағы шақыртулар болды.", ["900-і"], ["1", "2"]),
        ("3-санаттағы жолдардың 40 шақырымы жөнделді.", ["40 шақырымы"], ["3"]),
        # look-alikes: a number of categories is a count; school grades stay labels as before
        ("Өтінімдер 3 санат бойынша қабылданды, барлығы 70 өтінім түсті.", ["3", "70"], []),
        ("1-4 сынып оқушыларына 12 мың кітап берілді.", ["12 мың"], ["1", "4"]),
    ],
)
def test_category_numbers_are_labels(body: str, kept: list[str], dropped: list[str]) -> None:
    found = _read(body, _JAN)
    for surface in kept:
        assert surface in found, f"{surface!r} not in {list(found)}"
    for surface in dropped:
        assert surface not in found, f"{surface!r} read as a figure"


# --- "Осы үш жылда": the run of years named before, not the last year of it ------------------------


def test_these_years_are_the_run_named_before() -> None:
    # was: 2018, the last year of the list before it
    found = _read(
        "2016-2018 жылдары облыста 40 балабақша салынады. Оның 12-сі 2016 жылы, 15-і 2017 жылы, ал 13-і "
        "2018 жылы пайдалануға беріледі.\nОсы үш жылда бұдан бөлек 9 мектеп салу жоспарланған.",
        date(2016, 3, 2),
    )
    assert found["9"][:2] == (date(2016, 1, 1), date(2018, 12, 31))
    assert found["13-і"][:2] == (date(2018, 1, 1), date(2018, 12, 31))


def test_these_years_need_a_run_of_that_length() -> None:
    # look-alike: with no run of three years named, the year carried stays
    found = _read(
        "2016 жылы облыста 40 балабақша салынады.\nОсы үш жылда 9 мектеп салу жоспарланған.", date(2016, 3, 2)
    )
    assert found["9"][:2] == (date(2016, 1, 1), date(2016, 12, 31))


# --- a coming school year named by its years frames the awards told after it ------------------------

_AUG = date(2024, 8, 10)
_SCHOOL_YEAR = (date(2024, 9, 1), date(2025, 5, 31))


def test_awards_for_a_coming_school_year() -> None:
    # was: the publication day (the school year dated its own clause only)
    found = _read(
        "Жаңа 2024-2025 оқу жылында колледждерге 52 300 грант бөлінді. Бұл туралы министр айтты.\n"
        "Жоғары оқу орындарына 9 800 орын берілді.",
        _AUG,
    )
    assert found["52 300"][:2] == _SCHOOL_YEAR
    assert found["9 800"][:2] == _SCHOOL_YEAR


def test_money_after_a_coming_school_year_keeps_its_reading() -> None:
    # look-alike: money allotted this year for schools to open keeps the year so far
    found = _read(
        "2024-2025 оқу жылында облыста 14 жаңа мектеп ашылады.\nБұл мақсатқа 9 млрд теңге бөлінді.", _AUG
    )
    assert found["14"] == (*_SCHOOL_YEAR, "plan")
    assert found["9 млрд теңге"][:2] == (date(2024, 1, 1), _AUG)


# --- "Оның 34 мыңы ... болса, 22 мыңы ... жатады": a part of a total is counted over its span ----------


@pytest.mark.parametrize(
    ("body", "published", "surface", "period"),
    [
        # was: the publication day ("жатады", belongs to, read as a state now)
        (
            "Өткен жылы 56 мың шақырту келіп түсті. Оның 34 мыңы шұғыл шақыртулар болса, 22 мыңы жеңіл "
            "шақыртуларға жатады.",
            _JAN,
            "22 мыңы",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        (
            "2024 жылы кеденде 12 мың жүк көлігі тексерілді. Олардың 9 мыңы транзит көліктер болса, 3 мыңы "
            "экспорттық жүктерге жатады.",
            date(2025, 3, 3),
            "3 мыңы",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # look-alike: "Оның дерегінше" (by his account) opens no part; what there is stands now
        (
            "2024 жылы облыста 120 мектеп жөнделді. Оның дерегінше, облыстағы 233 мектептің 156-сы жаңа "
            "ғимараттарға жатады.",
            date(2025, 2, 10),
            "156-сы",
            (date(2025, 2, 10), date(2025, 2, 10)),
        ),
    ],
)
def test_part_of_a_total_keeps_its_span(
    body: str, published: date, surface: str, period: tuple[date, date]
) -> None:
    assert _read(body, published)[surface][:2] == period


# --- "аудандық (40) және қалалық (12) емханалар атқарады": a figure in brackets takes the outer verb --


def test_bracketed_figures_take_the_verb_outside() -> None:
    # was: last year, carried from the paragraph before
    published = date(2025, 2, 10)
    found = _read(
        "Өткен жылы ауданда 14 мың науқас ем алды.\n"
        "Ауылдарда бұл жұмысты аудандық (40) және қалалық (12) емханалар атқарады.",
        published,
    )
    assert found["40"][:2] == (published, published)
    assert found["12"][:2] == (published, published)


def test_bracketed_places_of_a_ranking_keep_the_month() -> None:
    # look-alike: the places of a ranking ("... облыстары тұр") are the month's
    found = _read(
        "Қазанда елдегі жылдық инфляция 12,6%-ға жетті. Ең жоғары деңгей Маңғыстауда тіркелді.\n"
        "Одан кейінгі орындарда Ақтөбе (11,2%) және Павлодар (10,8%) облыстары тұр.",
        date(2025, 11, 12),
    )
    assert found["11,2%"][:2] == (date(2025, 10, 1), date(2025, 10, 31))
    assert found["10,8%"][:2] == (date(2025, 10, 1), date(2025, 10, 31))


# --- "X көш бастап тұр – 5800": the leader of a ranking is the span's, not a state now ----------------


@pytest.mark.parametrize(
    ("body", "published", "surface", "period"),
    [
        # was: the publication day ("тұр" read as a state now)
        (
            "Ақпанда облыста 1 900 жол апаты тіркелді.\nАпаттар саны бойынша Шымкент көш бастап тұр – 420.",
            date(2025, 3, 5),
            "420",
            (date(2025, 2, 1), date(2025, 2, 28)),
        ),
        (
            "2024 жылы облыста 3 200 үй салынды. Құрылыс көлемі бойынша Ақтөбе бірінші орында тұр – 900 үй.",
            date(2025, 2, 5),
            "900",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # look-alike: what works now, with no ranking, stands at publication
        (
            "2024 жылы облыста 3 200 үй салынды. Қазір қалада 14 аурухана жұмыс істеп тұр.",
            date(2025, 2, 5),
            "14",
            (date(2025, 2, 5), date(2025, 2, 5)),
        ),
    ],
)
def test_ranking_leader_keeps_the_span(
    body: str, published: date, surface: str, period: tuple[date, date]
) -> None:
    assert _read(body, published)[surface][:2] == period


# --- "кілтін тапсырды": handed over, done; "талдауды тапсырды": an instruction ------------------------


def test_handed_over_is_done() -> None:
    # was: a target with no period ("тапсыр-" read as an instruction)
    published = date(2014, 7, 5)
    found = _read(
        "5 шілдеде қалада 232 пәтер пайдалануға берілді. Мереке құрметіне әкім 16 үйдің кілтін өз қолымен тапсырды.",
        published,
    )
    assert found["16"] == (published, published, "actual")
    found = _read("Әкім өткен аптада 40 отбасыға пәтер кілттерін тапсырды.", published)
    assert found["40"][2] == "actual"


def test_an_instruction_keeps_its_goal() -> None:
    # look-alike: a deed set as a task stays a target
    found = _read("Премьер-министр жыл соңына дейін 120 мектепті жөндеуді тапсырды.", date(2025, 3, 4))
    assert found["120"][2] == "target"


# --- "Олардың 22-сі жыл соңына дейін ...": "N of them" before "жыл" is no duration -------------------


def test_of_them_before_a_year_word_is_a_figure() -> None:
    # was: missed ("22-сі жыл" read as 22 years)
    found = _read(
        "Облыста 24 үй салынып жатыр. Олардың 22-сі жыл соңына дейін пайдалануға беріледі.", date(2014, 7, 5)
    )
    assert found["22-сі"] == (None, date(2014, 12, 31), "plan")
    # look-alike: a duration stays no figure
    assert "3" not in _read("Құрылыс 3 жыл бойы жүрді, 40 үй салынды.", date(2014, 7, 5))


# --- "бой көтереді": will rise (be built), a plan --------------------------------------------------


def test_rises_is_a_plan() -> None:
    # was: actual at publication (an active aorist read as a state now)
    published = date(2025, 2, 4)
    assert _read("Облыста тағы 12 жаңа мектеп бой көтереді.", published)["12"] == (None, None, "plan")
    assert _read("Қала шетінде 3 жаңа аурухана бой көтереді.", published)["3"][2] == "plan"
    # look-alike: a habit told "жыл сайын" stays what is done now
    assert _read("Ауданда жыл сайын 30 үй бой көтереді.", published)["30"][2] == "actual"


# --- "X-ға жеткізу, ал ... шығу жоспарланған": the planning verb is both verbal nouns' ---------------


def test_joined_verbal_nouns_share_the_plan() -> None:
    # was: a target (the comma before "ал" cut "жеткізу" off the "жоспарланған" after it)
    found = _read(
        "Келесі жылы тамшылатып суару алқабын 12 мың гектарға жеткізу, ал 2030 жылға дейін барлық егісті "
        "осы әдіске көшіру жоспарланған.",
        date(2025, 12, 17),
    )
    assert found["12 мың гектарға"] == (date(2026, 1, 1), date(2026, 12, 31), "plan")


def test_a_goal_after_joined_verbal_nouns_stays_one() -> None:
    # look-alikes: a task ("міндеті") and what a programme foresees ("көзделуде") stay goals
    published = date(2025, 12, 17)
    found = _read("Келесі жылы экспортты 2 млрд долларға жеткізу, ал импортты азайту міндеті тұр.", published)
    assert found["2 млрд долларға"][2] == "target"
    found = _read("Биыл ет экспортын 40 мың тоннаға жеткізу, ал сүт өндірісін арттыру көзделуде.", published)
    assert found["40 мың тоннаға"][2] == "target"


# --- a bare "биыл" after a year so far ("жыл басынан бері") is the whole year ------------------------

_DEC = date(2025, 12, 2)
_SO_FAR = (date(2025, 1, 1), _DEC)
_YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def test_this_year_after_a_year_so_far_is_the_whole_year() -> None:
    # was: 1 January to publication (a year so far read as a span already over)
    found = _read(
        "Облыстан жыл басынан бері 17 елге 68,7 мың тонна өнім экспортталды.\n"
        "Биыл күріштің орташа өнімділігі гектарына 58 центнерге жетті.\n"
        "Күріштен бөлек Ресейге 1 200 тонна балық жіберілді.",
        _DEC,
    )
    assert found["58 центнерге"][:2] == _YEAR
    # the report's span comes back with the next paragraph
    assert found["1 200 тонна"][:2] == _SO_FAR
    assert found["68,7 мың тонна"][:2] == _SO_FAR


def test_this_year_goes_on_in_its_paragraph() -> None:
    # was: the year so far for both
    found = _read(
        "Облысқа жыл басынан бері 2,2 млн турист келді.\n"
        "Биыл саябақтар 700 мың келушіні қабылдады. Шетелдік туристер саны 12%-ға өсті.",
        date(2025, 11, 27),
    )
    assert found["700 мың"][:2] == _YEAR
    assert found["12%-ға"][:2] == _YEAR


def test_this_year_after_months_over_keeps_them() -> None:
    # look-alike: after "Биылғы жеті айда" (a span already over) a bare "биыл" is those months
    found = _read(
        "Биылғы жеті айда облыстан 68,7 мың тонна өнім экспортталды.\n"
        "Биыл күріштің орташа өнімділігі гектарына 58 центнерге жетті.",
        date(2025, 8, 12),
    )
    assert found["58 центнерге"][:2] == (date(2025, 1, 1), date(2025, 7, 31))


# --- "Осы гранттарды ...": things pointed back at are those of the figure that counted them ------------


def test_things_pointed_back_at_take_their_figures_period() -> None:
    # was: this year, the last period named before
    found = _read(
        "2023 жылы облыста 140 мектеп жөнделді. Биыл 30 жаңа мектеп салынды.\n"
        "Осы жөндеу жұмыстарына 12 млрд теңге жұмсалды.",
        date(2024, 5, 10),
    )
    assert found["12 млрд теңге"][:2] == (date(2023, 1, 1), date(2023, 12, 31))
    # was: the publication day
    found = _read(
        "Жаңа 2025-2026 оқу жылында колледждерге 52 300 грант бөлінді. Биылғы конкурсқа 90 мың талапкер "
        "қатысты.\nОсы гранттарды иеленгендердің арасында 600 жетім бала бар.",
        date(2025, 8, 10),
    )
    assert found["600"] == (date(2025, 9, 1), date(2026, 5, 31), "actual")


def test_things_not_named_before_keep_the_scope() -> None:
    # look-alike: no figure before named "бағдарлама": the year carried stays
    found = _read(
        "2023 жылы облыста 140 мектеп жөнделді. Биыл 30 жаңа мектеп салынды.\nОсы бағдарлама аясында 40 үй де салынды.",
        date(2024, 5, 10),
    )
    assert found["40"][:2] == (date(2024, 1, 1), date(2024, 12, 31))


def test_this_year_in_the_leads_paragraph_goes_on_with_the_report() -> None:
    # look-alike: in the lead's own paragraph a bare "биыл" with a past verb reports the year so far
    found = _read(
        "Облыстан жыл басынан бері 68,7 мың тонна өнім экспортталды. Биыл экспорт 12%-ға өсті.", _DEC
    )
    assert found["12%-ға"][:2] == _SO_FAR
