"""List members that name only where they come from or go to (+items15, item_roles.py): "из них
800 тыс. из Узбекистана", "в том числе 12 тыс. тонн в Китай", "Ресейден 95 мың" are parts of the
measure told before them, so each takes that measure with its own qualifier, as a member that
names only a place does ("Жұмыссыздық деңгейі Астанада – 4,5%, Алматыда – 4,8%"). A member before
which a clause's verb stands keeps what it had. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 4, 10)


def _items(text: str, language: str) -> dict[str, str]:
    return {i.surface: i.item for i in extract_indicators(text, PUBLISHED, "", language)}


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        # a part of a total told before: its origin or destination goes beside the total's measure
        ("ru", "В прошлом году в область въехали 640 тыс. иностранцев, из них 210 тыс. из Кыргызстана и 90 тыс. из Турции.",
         "210 тыс.", "иностранцев из Кыргызстана"),
        ("ru", "В прошлом году в область въехали 640 тыс. иностранцев, из них 210 тыс. из Кыргызстана и 90 тыс. из Турции.",
         "90 тыс.", "иностранцев из Турции"),
        ("ru", "Поставки муки за рубеж составили 44 тыс. тонн, в том числе 19 тыс. тонн в Афганистан.",
         "19 тыс. тонн", "Поставки муки за рубеж в Афганистан"),
        ("kk", "Облысқа 2023 жылы 380 мың шетелдік келді, оның ішінде 150 мыңы Қырғызстаннан.",
         "150 мыңы", "шетелдік Қырғызстаннан"),
        ("kk", "Былтыр мақта экспорты 61 мың тонна болды, оның ішінде 40 мың тоннасы Түркияға жіберілді.",
         "40 мың тоннасы", "мақта экспорты Түркияға"),
        # the first member keeps its own where when the members after it take theirs
        ("ru", "В прошлом году больше всего гостей приезжало из Индии — 14 тыс., из Ирана — 9 тыс.", "14 тыс.",
         "гостей из Индии"),
        # the last member, its counter closing the list, is of the list's measure too
        ("kk", "Биыл студенттер негізінен Моңғолиядан 900, Қытайдан 700, Үндістаннан 400 адам келді.", "400",
         "студенттер негізінен Үндістаннан"),
        # English: where a member went or came from, told right after it
        ("en", "Flour exports totalled 410,000 tonnes, including 150,000 tonnes to Afghanistan and 60,000 tonnes to Tajikistan.",
         "60,000 tonnes", "Flour exports to Tajikistan"),
        ("en", "Last summer 8,400 students came from Mongolia, and 5,100 students came from India.", "5,100",
         "students from India"),
        # the member before's where gives way to the member's own
        ("en", "Sales to Uzbekistan reached 700,000 tons, and 280,000 tons were sent to Tajikistan.", "280,000 tons",
         "Sales to Tajikistan"),
        # a subject, its past verb and where: the verb is no part of what is measured
        ("ru", "Средняя зарплата выросла в Актобе – на 6%, в Уральске – на 4%.", "6%", "Средняя зарплата в Актобе"),
        ("ru", "Меньше всего тарифы снизились в Таразе – на 0,5%, в Кокшетау – на 0,8%.", "0,5%", "тарифы в Таразе"),
        # an English subject keeps the country it went to or came from (each sentence a member)
        ("en", "Shipments to Mongolia climbed by 21% to 48,000 tons.", "48,000 tons", "Shipments to Mongolia"),
        ("en", "Kazakh sales to Turkey rose 9% to $1.1 billion, while purchases from Turkey grew 4% to $900 million.",
         "$900 million", "purchases from Turkey"),
        # a member of a list of places with its dash, after a measure that opens the sentence
        ("kk", "Инфляция деңгейі Ақтөбеде – 8,2%, Павлодарда – 7,9%.", "7,9%", "Инфляция деңгейі Павлодарда"),
        ("kk", "Қонақтар саны Түркістанда 410 мың, Шымкентте 350 мың адамға жетті.", "350 мың",
         "Қонақтар саны Шымкентте"),
    ],
)  # fmt: skip
def test_member_takes_its_own_where(language: str, text: str, surface: str, item: str) -> None:
    assert _items(text, language)[surface] == item


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        # the member before is a clause of its own ("ушло в ..."): no measure to lend, the member keeps its words
        ("ru", "Партия распределилась так: 52 тонны ушло в Монголию, 31 тонна — в Грузию.", "31 тонна", "в Грузию"),
        # a member that names its own measure keeps it
        ("ru", "Экспорт угля составил 3 млн тонн, из них добыча в Экибастузе — 2 млн тонн.", "2 млн тонн",
         "добыча в Экибастузе"),
        # a month after "from" is a time, not where the member came from
        ("en", "Pensions from January rose by 8% to 95,000 tenge.", "95,000 tenge", "Pensions"),
        ("en", "Fees for nurses will go up by 15 percent from June, the ministry said.", "15 percent", "Fees for nurses"),
        # a name alone ("Uzbekistan") names no measure to put a where beside
        ("en", "Uzbekistan bought 700,000 tons, and 280,000 tons were sent to Tajikistan.", "280,000 tons",
         "Uzbekistan"),
        # a unit alone names nothing to put a where beside
        ("en", "The fund paid 31 billion tenge from the Regional reserve for school repairs.", "31 billion tenge", "fund"),
        # no subject before the verb: the words stay
        ("ru", "Больше всех заплатил Павлодар — 12 млрд тенге.", "12 млрд тенге", "всех заплатил Павлодар"),
        # a place list with a measure of its own stays as before
        ("ru", "Уровень безработицы в Костанае – 4,1%, в Павлодаре – 4,6%.", "4,6%", "Уровень безработицы в Павлодаре"),
    ],
)  # fmt: skip
def test_look_alikes_keep_their_reading(language: str, text: str, surface: str, item: str) -> None:
    assert _items(text, language)[surface] == item
