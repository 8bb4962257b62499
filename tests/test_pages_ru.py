"""parse_page on the Russian-edition sample page (kt.kz/rus layout) against its gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.evaluation import evaluate, page_extractor
from etl.sites.ktkz.headings import DEFAULT_HEADINGS, Headings, dateline_place
from etl.sites.ktkz.pages import parse_page
from etl.sites.ktkz.sources import find_source

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def ru_text() -> str:
    return (FIXTURES / "kt_page_sample_ru.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def ru_gold() -> dict:
    return json.loads((FIXTURES / "kt_page_sample_ru.gold.json").read_text(encoding="utf-8"))


def test_russian_sample_page_yields_exactly_the_gold_entries(ru_text: str, ru_gold: dict) -> None:
    parsed = [
        (f"{item.published_at:%d.%m.%Y %H:%M}", item.views, item.title, item.placement)
        for item in parse_page(ru_text).listings
    ]
    assert parsed == [(e["stamp"], e["views"], e["title"], e["placement"]) for e in ru_gold["page"]]


def test_main_article_subtitle_credit_and_dateline(ru_text: str) -> None:
    main = parse_page(ru_text).listings[0]
    assert main.subtitle == "Одновременно утверждены объемы трансфертов из республиканского бюджета в местные"
    assert main.image_credit == "akorda.kz"
    assert main.dateline == "Астана"
    assert main.body.startswith("Астана. 8 декабря. KAZAKHSTAN TODAY - Касым-Жомарт Токаев")
    assert main.body.endswith("другие неотложные задачи.")  # the related heading is not glued on
    assert "Фото:" not in main.body


def test_photo_credit_right_after_the_title_and_credits_of_related_items(ru_text: str) -> None:
    listings = parse_page(ru_text).listings
    by_title = {item.title: item for item in listings if item.placement == "related"}
    cabinet = next(item for title, item in by_title.items() if title.startswith("Бектенов — правительству"))
    assert cabinet.image_credit == "primeminister.kz" and cabinet.subtitle is None
    assert cabinet.body.startswith("После большого интервью")
    expert = next(item for title, item in by_title.items() if title.startswith("Эксперт:"))
    assert expert.image_credit == "информационная компания Урумчи"
    aral = next(item for title, item in by_title.items() if title.startswith("Вторую фазу"))
    assert aral.image_credit is None and aral.subtitle is None
    assert aral.body.startswith("Минводресурсов Казахстана")  # no dateline: the first line is body


def test_most_read_block_is_not_glued_into_the_last_body(ru_text: str) -> None:
    last_body = [item for item in parse_page(ru_text).listings if item.body][-1]
    assert last_body.body.endswith("присоединиться к акции.")
    assert "Самое читаемое" not in last_body.body


def test_headings_are_configurable_and_english_ones_still_work() -> None:
    page = (
        "01.02.2026, 10:00 100\nЗаголовок\nТекст статьи.\nСмотрите еще\n"
        "02.02.2026, 11:00 50\nДругой заголовок\nЕго текст.\nRead also\n03.02.2026, 12:00 7\nТретий\n"
    )
    default = parse_page(page).listings
    assert [item.placement for item in default] == ["main", "listing", "related"]
    custom = Headings(
        DEFAULT_HEADINGS.related | {"смотрите еще"}, DEFAULT_HEADINGS.most_viewed,
        DEFAULT_HEADINGS.tell_a_friend, DEFAULT_HEADINGS.photo_prefixes,
    )  # fmt: skip
    assert [item.placement for item in parse_page(page, custom).listings] == ["main", "related", "related"]


def test_the_russian_share_line_in_the_plural_is_furniture() -> None:
    # Stored kt.kz/rus copies print "Рассказать друзьям" between the credit and the dateline.
    page = (
        "01.03.2026, 18:00 900\nШтаб обсудил отмену рейсов\nФото: пресс-служба\nРассказать друзьям\n"
        "Астана. 1 марта. KAZAKHSTAN TODAY - Отменены 12 рейсов.\n"
    )
    (main,) = parse_page(page).listings
    assert (main.image_credit, main.subtitle, main.dateline) == ("пресс-служба", None, "Астана")
    assert main.body == "Астана. 1 марта. KAZAKHSTAN TODAY - Отменены 12 рейсов."


def test_kazakh_layout_credit_subtitle_and_dateline() -> None:
    page = (
        "20.01.2026, 09:00 300\nIT-қызметтер экспорты өсті\nАстана Hub қорытындысы\nСурет: primeminister.kz\n"
        "Астана. 20 қаңтар. KAZAKHSTAN TODAY - Экспорт 1 млрд долларға жетті.\nКөп оқылғандар\n"
        "19.01.2026, 10:00 55Басқа жаңалық\n"
    )
    listings = parse_page(page).listings
    main = listings[0]
    assert (main.subtitle, main.image_credit, main.dateline) == (
        "Астана Hub қорытындысы", "primeminister.kz", "Астана"
    )  # fmt: skip
    assert [item.placement for item in listings] == ["main", "most_viewed"]
    assert dateline_place("Экспорт 1 млрд долларға жетті.") is None


def test_russian_sample_page_figures_match_the_gold(ru_text: str, ru_gold: dict) -> None:
    """Every figure of the page's Russian bodies against the gold (its 'other' matches any unit
    outside its six: km2, m3, metre, times)."""
    report = evaluate(ru_gold, page_extractor(parse_page(ru_text)))
    assert all(score.found for score in report.articles)
    assert report.f1 >= 0.99, [(s.title, s.misses, s.false_hits) for s in report.articles if s.f1 < 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Глава государства подписал закон, информирует Акорда.", ("Akorda", None)),
        ("Власти намерены высадить миллион саженцев, сообщает «24KZ».", ("24KZ", None)),
        ("Рост составил 5%, сообщает Kazinform со ссылкой на Акорду.", ("Akorda", "Kazinform")),
        ("Экспорт 1 млрд долларға жетті. Бұл туралы Ақорда хабарлады.", ("Akorda", None)),
        ("Жаңа көпір 3 айда салынды, деп хабарлайды gov.kz.", ("gov.kz", None)),
        ("Экспорт 5% өсті, деп жазады Kazinform.", ("Kazinform", None)),
        ("Президент выступил с речью, сообщает он.", (None, None)),
    ],
)
def test_russian_and_kazakh_publisher_credits(text: str, expected: tuple) -> None:
    assert find_source([text]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A press service speaks for its owner; a declined owner is read only when it is known.
        ("Мост откроют в мае, сообщает пресс-служба Правительства.", ("primeminister.kz", None)),
        ("Указ подписан, сообщает пресс-служба Президента.", ("Akorda", None)),
        ("Мост откроют в мае, сообщает пресс-служба акимата столицы.", ("Akimat of Astana", None)),
        ("Визы отменят с марта. Об этом сообщили в пресс-службе МИД РК.", ("Ministry of Foreign Affairs", None)),
        ("Визы отменят с марта. Об этом сообщили в пресс-службе областного акимата.", (None, None)),
        # "сообщили в" + the body in the prepositional.
        ("Пособия получили 90 тысяч семей, сообщили в Министерстве труда и социальной защиты населения.",
         ("Ministry of Labor and Social Protection of the Population", None)),
        ("Вакцину завезут в июне, сообщили в Минздраве.", ("Ministry of Health", None)),
        ("Резервы выросли на 3%, сообщили в Нацбанке в ответ на запрос редакции.", ("National Bank", None)),
        ("Поток туристов вырос на 4%, сообщили в правительстве.", ("primeminister.kz", None)),
        # A body the table does not hold, even one that starts like a known one, is not guessed.
        ("Клиник стало больше, сообщили в Министерстве здравоохранения и социального развития.", (None, None)),
        ("Поездов стало больше, сообщили в компании.", (None, None)),
        # The agency's correspondent is the agency; an unnamed one is no name.
        ("Школу сдадут к осени, передает корреспондент Kazinform.", ("Kazinform", None)),
        ("Школу сдадут к осени, передает корреспондент агентства.", (None, None)),
        # "со ссылкой на": who published it, and who relayed it; an unknown original stays unknown.
        ("Добыча угля выросла на 6%, передает Kazinform со ссылкой на Минэнерго.", ("Ministry of Energy", "Kazinform")),
        ("Поголовье выросло, сообщает Kazinform со ссылкой на пресс-службу акимата.", (None, "Kazinform")),
        ("Как сообщили в Минфине, дефицит сократился.", ("Ministry of Finance", None)),
        ("По информации пресс-службы Акорды, указ вступит в силу в мае.", ("Akorda", None)),
        ("По информации пресс-службы акимата, указ вступит в силу в мае.", (None, None)),
        ("Как сообщает «24KZ», дефицит сократился.", ("24KZ", None)),
        ("Зарплата выросла на 11%, сообщает Бюро национальной статистики.", ("Bureau of National Statistics", None)),
        # "по данным" names where a figure comes from (a body or a data series): no publisher.
        ("По данным Бюро национальной статистики, зарплата выросла на 11%.", (None, None)),
        ("По данным мониторинга, автобусы заполнены на 60%.", (None, None)),
        # A description is no name, unless a site's address ends it; a date is no name either.
        ("Рынок вырос на 2%, сообщает аналитический портал ranking.kz.", ("ranking.kz", None)),
        ("Рынок вырос на 2%, сообщает отраслевое издание.", (None, None)),
        ("Рейсов стало больше, сообщила 3 марта пресс-служба Комитета гражданской авиации.", (None, None)),
        # A person is not a publisher.
        ("Посевы закончены, сообщает министр сельского хозяйства Айдар Ахметов.", (None, None)),
    ],
)  # fmt: skip
def test_russian_credits_as_kt_kz_rus_words_them(text: str, expected: tuple) -> None:
    assert find_source([text]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жүк тасымалы 4%-ға өсті, деп хабарлады Көлік министрлігінің баспасөз қызметі.", ("Ministry of Transport", None)),
        ("Жүк тасымалы 4%-ға өсті, деп хабарлады аудан әкімдігінің баспасөз қызметі.", (None, None)),
        ("Жаңа мектеп ашылды, - деп хабарлайды Kazinform тілшісі.", ("Kazinform", None)),
        ("Жаңа мектеп ашылды, деп хабарлайды ҚазАқпарат тілшісі.", ("Kazinform", None)),
        # "X-ға сілтеме жасап" (referring to X): X is the original, a declined X only when known.
        ("Жаңа мектеп ашылды, деп хабарлайды Kazinform Ақордаға сілтеме жасап.", ("Akorda", "Kazinform")),
        ("Жаңа мектеп ашылды, деп хабарлайды Kazinform аудан әкімдігіне сілтеме жасап.", (None, "Kazinform")),
        ("Жалақы 9%-ға өсті, деп хабарлады Ұлттық статистика бюросы.", ("Bureau of National Statistics", None)),
        ("Егін орағы аяқталды, деп хабарлады облыс әкімдігі.", (None, None)),
        ("Бұл туралы Еңбек және халықты әлеуметтік қорғау министрлігінің баспасөз қызметі хабарлады.",
         ("Ministry of Labor and Social Protection of the Population", None)),
        ("Бұл туралы Үкімет хабарлады.", ("primeminister.kz", None)),
        ("Бұл туралы Мемлекет басшысы хабарлады.", (None, None)),
        ("Экспорт өсті, деп хабарлады Энергетика министрі Ерлан Сәрсенов.", (None, None)),
        ("Сауда және интеграция министрлігінің хабарлауынша, экспорт 7%-ға өсті.", ("Ministry of Trade and Integration", None)),
        ("Энергетика министрлігінің ақпаратына сәйкес, өндіріс 3%-ға өсті.", ("Ministry of Energy", None)),
        ("Аудандық басқарманың ақпаратына сәйкес, өндіріс 3%-ға өсті.", (None, None)),
        # "мәліметінше" (by the data of), like "по данным", is not a credit.
        ("Ұлттық статистика бюросының мәліметінше, жалақы 9%-ға өсті.", (None, None)),
    ],
)  # fmt: skip
def test_kazakh_credits_as_kt_kz_kaz_words_them(text: str, expected: tuple) -> None:
    assert find_source([text]) == expected


def test_a_declined_known_body_and_its_english_credit_are_one_publisher() -> None:
    # Readership by source is one row for the ministry whichever edition the article is from.
    english = find_source(["Exports rose, Ministry of Foreign Affairs of Kazakhstan reports."])
    russian = find_source(["Экспорт вырос, сообщили в МИД Казахстана."])
    kazakh = find_source(["Экспорт өсті, деп хабарлады ҚР Сыртқы істер министрлігінің баспасөз қызметі."])
    assert english == russian == kazakh == ("Ministry of Foreign Affairs", None)


def test_the_russian_sample_credits_its_publishers(ru_text: str) -> None:
    sources = {item.title: item.source for item in parse_page(ru_text).listings if item.body}
    assert sources["Глава государства подписал закон о бюджете на три года"] == "Akorda"
    assert sources["В Туркестане высадят миллион саженцев"] == "24KZ"
