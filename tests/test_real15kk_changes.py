"""Kazakh change flags and false hits, seen on real stored news pages (round real15kk), in sentences
of our own, labelled by tests/realworld/FORMAT.md ("grew by 12%" -> is_change true):
  1. prices: a verb of price ("9,3%-ға қымбаттады", "8,6%-ға арзандаған"), of area ("75 гектарға
     кеңейіп"), of passing a level ("7,2%-ға асты", "2%-ға озды"), "10%-ға индекстелді" were not
     among the change verbs, so the figure before them read as a level.
  2. a share alone in brackets in a sentence of growth or fall ("Жамбыл (11,1%), ... өсім байқалды",
     "ұлғаюы Шымкент қаласында (44,5%-ға) байқалған", "1 млн құлын (өсім 8,8%)"), a share after a
     dash following the change's verb ("күрт азайды – 34,6%-ға, Ұлытау облысында – 29,6%-ға"), and a
     bare share before the verb ("8,8% азайды") are changes; a bracketed share in a sentence with no
     change word stays a level ("Ақмола (13,8%)" of inflation, "сауда (17%)" of a total).
  3. a count whose noun takes the dative before the change's verb ("160 мың басқа көбейді", "300
     мыңнан астам адамға көбейген") is a change.
  4. a comparison told with no case on the figure after its base in the ablative ("былтырғы сәйкес
     кезеңнен 19,3% жоғары", "көрсеткіштен 63 мың гектар артық") is a change.
  5. a bare member sharing a list's last unit and verb ("24,8 және 14,2%-ға өсті", "28, 26 және 25
     пайызға артады"), a dative member before a bare one ("сүт 10 пайызға, жұмыртқа 4,5, ал картоп
     3,5 пайызға өскен") and a range's low end ("7-8 пайызға өскен") are changes like the member that
     carries the verb.
  6. the lines of a list under a lead that names a change ("Өсім салалар бойынша былай бөлінеді:\n
     металлургия – 11%;") are the lead's changes, shares below 100 and multipliers; a lead of shares
     of a whole ("үлесі былай бөлінеді:") or of no change keeps its lines levels.
  7. a sentence going on with a ranking ("Одан кейінгі орындарда Қызылорда (20,2%) ... тұр") gives
     its bracketed shares what the leader before was: changes after a change, levels after a level;
     a share with a written minus in a sentence of fall ("құлдырау байқалды, ... -3,3% болды") is a
     change.
  8. Kazakh numbering told after the number ("Кодекстің 75-бабы 2-тармағына", "1) тармақшасына",
     "1, 2 және 3-қосымшаларға") and the category of a family or birth ("4 баласы бар отбасыларға",
     "1, 2, 3 бала туған кезде") are no figures (FORMAT.md); the amounts beside them are.
  9. a number closing a short name in guillemets («Хабар 24») or in a named programme («100 мектеп,
     100 аурухана» бағдарламасы) is no figure.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

PUBLISHED = date(2024, 5, 14)


def _found(body: str) -> list[Indicator]:
    return extract_indicators(body, PUBLISHED, "", "kk")


def _figure(body: str, surface: str) -> Indicator:
    found = [i for i in _found(body) if i.surface == surface]
    assert found, f"no figure {surface!r} in {[i.surface for i in _found(body)]}"
    return found[0]


@pytest.mark.parametrize(
    ("body", "surface", "is_change", "direction"),
    [
        # 1. verbs of price, area and passing a level
        ("Сәуірде көкөніс 12,4%-ға қымбаттады.", "12,4%-ға", True, "up"),
        ("Жыл ішінде қант бағасы 3,2%-ға арзандаған.", "3,2%-ға", True, "down"),
        ("Бір айда жұмыртқа 2,1%-ға, күріш 1,7%-ға қымбаттаған.", "2,1%-ға", True, "up"),
        ("Биыл жылыжайлар алаңы 40 гектарға кеңейді.", "40 гектарға", True, "up"),
        ("Тасымал көлемі 2023 жылғы деңгейден 5,6%-ға асты.", "5,6%-ға", True, "up"),
        ("Жәрдемақылар 1 қаңтардан бастап 8%-ға индекстелді.", "8%-ға", True, "up"),
        # look-alikes: a level reached, "more than" a sum
        ("Экспорт 1 трлн теңгеден асты.", "1 трлн теңгеден", False, None),
        ("Жалақы 410 мың теңгеге жетті.", "410 мың теңгеге", False, None),
        # 2. bracketed shares, dashes, bare shares before the verb
        ("Ақтөбе (7,2%), Павлодар (5,1%) облыстарында айтарлықтай өсім байқалды.", "7,2%", True, "up"),
        ("Төмендеу Маңғыстау (3,4%) және Атырау (1,2%) облыстарында тіркелді.", "1,2%", True, "down"),
        ("Сүттің ұлғаюы Шығыс Қазақстанда (12,5%-ға) байқалған.", "12,5%-ға", True, "up"),
        ("Қозы саны 6,1 млн болды (өсім 4,4%).", "4,4%", True, "up"),
        ("Жолаушылар саны Ақтауда күрт азайды – 18,2%-ға, Оралда – 11,5%-ға.", "11,5%-ға", True, "down"),
        ("Жалдау ақысы Семейде де өсті – 16%.", "16%", True, "up"),
        ("Берілген несие көлемі 6,4% азайды.", "6,4%", True, "down"),
        # look-alikes: bracketed levels in a sentence with no change word
        (
            "Жылдық инфляция бойынша Ақмола (11,8%) және Абай (11,2%) облыстары алда тұр.",
            "11,8%",
            False,
            None,
        ),
        ("Жұмыспен қамтылғандардың ең көбі сауда (16%) саласында.", "16%", False, None),
        ("Күріш өсіретіндер – 12 (1,5%), мақта өсіретіндер – 9 (1,1%).", "1,5%", False, None),
        # 3. a count in the dative noun
        ("Биыл облыста түйе саны 12 мың басқа көбейді.", "12 мың", True, "up"),
        ("Бір жылда оқушылар қатары 4 500 адамға көбейген.", "4 500", True, "up"),
        ("Көмек 4 500 адамға көрсетілді.", "4 500", False, None),
        # 4. a comparison after an ablative base, no case on the figure
        (
            "Орташа жалақы 390 мың теңге болды, бұл былтырғы сәйкес кезеңнен 14,2% жоғары.",
            "14,2%",
            True,
            "up",
        ),
        ("Егіс алаңы 2023 жылғы көрсеткіштен 45 мың гектар артық.", "45 мың гектар", True, "up"),
        (
            "Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 12%-ға көп (былтыр 8 айда 30 мың).",
            "12%-ға",
            True,
            "up",
        ),
        # 5. shared members and a range's low end
        ("Ақтау мен Атырауда баға 12,3 және 9,8%-ға өсті.", "12,3", True, "up"),
        ("Мұғалімдердің айлығы санатына қарай 15, 20 және 25 пайызға артады.", "15", True, "up"),
        ("Сүт 11 пайызға, күріш 6,5, ал қарақұмық бағасы 4,1 пайызға өскен.", "11 пайызға", True, "up"),
        ("Ет бағасы 3-5 пайызға өскен.", "3", True, "up"),
        # look-alike: the level a range reaches
        ("Инфляцияны 2026 жылы 5-7%-ға дейін төмендету көзделген.", "5", False, None),
    ],
)
def test_change_flag(body: str, surface: str, is_change: bool, direction: str | None) -> None:
    figure = _figure(body, surface)
    assert figure.is_change is is_change
    assert figure.direction == direction


@pytest.mark.parametrize(
    ("body", "dropped", "kept"),
    [
        ("Құрылыс қарқынды жүріп жатыр, деп хабарлайды «Astana 24». Биыл 120 үй салынды.", "24", "120"),
        ("«Әр ауылға 10 көпір» жобасы бойынша 37 көпір жөнделді.", "10", "37"),
        ("«Биыл 5 мектеп ашылды», – деді әкім.", None, "5"),
    ],
)
def test_number_in_a_quoted_name(body: str, dropped: str | None, kept: str) -> None:
    surfaces = [i.surface for i in _found(body)]
    assert kept in surfaces or any(s.startswith(kept + " ") for s in surfaces)
    if dropped is not None:
        assert dropped not in surfaces


@pytest.mark.parametrize(
    ("body", "surface", "is_change", "direction"),
    [
        (
            "Салалар бойынша өсім былай бөлінеді:\nфармацевтика – 14%;\nжиһаз өндірісі – 2,6 есе.",
            "14%",
            True,
            "up",
        ),
        (
            "Салалар бойынша өсім былай бөлінеді:\nфармацевтика – 14%;\nжиһаз өндірісі – 2,6 есе.",
            "2,6 есе",
            True,
            "up",
        ),
        ("Экспорт бірнеше бағытта азайды:\nастық – 8,1%;\nұн – 3,2%.", "3,2%", True, "down"),
        # look-alikes: shares of a whole, a lead with no change, an amount under a lead of growth
        ("Өнімнің үлесі былай бөлінеді:\nастық – 41%;\nмал шаруашылығы – 37%.", "41%", False, None),
        ("Жұмыс орындары былай бөлінеді:\nсауда – 18%;\nбілім беру – 12%.", "18%", False, None),
        ("Өндіріс былай өсті:\nастық – 120 мың тонна;\nұн – 40 мың тонна.", "120 мың тонна", False, None),
    ],
)
def test_list_under_a_lead_of_change(body: str, surface: str, is_change: bool, direction: str | None) -> None:
    figure = _figure(body, surface)
    assert figure.is_change is is_change
    assert figure.direction == direction


@pytest.mark.parametrize(
    ("body", "surface", "is_change", "direction"),
    [
        (
            "Ең жоғары өсім Павлодар облысында тіркелді – 15%. Одан кейінгі орындарда Абай (12,2%) тұр.",
            "12,2%",
            True,
            "up",
        ),
        (
            "Ең жоғары инфляция Маңғыстауда тіркелді – 12,1%. Одан кейінгі орындарда Атырау (11,6%) тұр.",
            "11,6%",
            False,
            None,
        ),
        (
            "Ал Абай облысында құлдырау байқалды, мұнда көрсеткіш -2,7% болды.",
            "-2,7%",
            True,
            "down",
        ),
        ("Бюджет тапшылығы ЖІӨ-нің -2,5% деңгейінде қалды.", "-2,5%", False, None),
    ],
)
def test_ranking_and_written_minus(body: str, surface: str, is_change: bool, direction: str | None) -> None:
    figure = _figure(body, surface)
    assert figure.is_change is is_change
    assert figure.direction == direction


@pytest.mark.parametrize(
    ("body", "dropped", "kept"),
    [
        ("Салық кодексінің 48-бабы 3-тармағына сәйкес 12 мың кәсіпкер тексерілді.", ["48", "3"], "12 мың"),
        (
            "Бюджет 1, 2 және 3-қосымшаларға сәйкес 9,4 млрд теңге көлемінде бекітілсін.",
            ["1", "2", "3"],
            "9,4 млрд теңге",
        ),
        ("5 баласы бар отбасыларға 71 200 теңге төленеді.", ["5"], "71 200 теңге"),
        ("1, 2, 3 бала туған кезде 150 000 теңге беріледі.", ["1", "2", "3"], "150 000 теңге"),
        ("6 және одан көп бала туған жағдайда 250 000 теңге беріледі.", ["6"], "250 000 теңге"),
        # look-alike: children counted, not a category
        ("Биыл ауданда 320 бала мектепке барды.", [], "320"),
    ],
)
def test_numbering_and_categories_are_no_figures(body: str, dropped: list[str], kept: str) -> None:
    surfaces = [i.surface for i in _found(body)]
    assert any(s == kept or s.startswith(kept) for s in surfaces), surfaces
    assert not set(dropped) & set(surfaces), surfaces
