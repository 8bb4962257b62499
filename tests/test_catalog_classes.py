"""Classes of mapping rule, on sentences written for these tests: each goes through the real
extractor and catalog (the path `refresh` takes), and its figure must land in the expected series
(or in none) with the expected category. Each case stands for a kind of wording, not one article."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from etl.extract.catalog import FigureFacts, Metric, is_part, load_catalog, own_words, words_after
from etl.transform.ingest import INDICATOR_COLUMNS, figure_rows

CATALOG = load_catalog()
SURFACE, METRIC, CATEGORY = (INDICATOR_COLUMNS.index(c) for c in ("surface", "metric_id", "category"))
TAZA = "Taza Kazakhstan: results of the clean-up campaign"
FOREST = "Орман қоры жерінде ағаш отырғызу жалғасуда"
IT = "IT exports keep growing, digital ministry says"
SCHOLARSHIP = "Стипендии студентов вырастут с 1 сентября"

# A wording a series takes: (title, text, figure, metric, category or None).
TAKEN = [
    # a forecast of exports is drawn with them (its own marker); exports the figure's own subject
    (IT, "Exports of IT services are projected to hit USD 1.4bn in 2027, the minister said.",
     "USD 1.4bn", "it.exports_usd", None),
    ("IT-қызметтер экспорты өсіп келеді", "Министрлік биылғы экспорттың көлемі 1,2 млрд АҚШ долларына жетеді деп күтеді.",
     "1,2 млрд АҚШ долларына", "it.exports_usd", None),
    (IT, "IT companies exported services worth $300 million in 2024.", "$300 million", "it.exports_usd", None),
    ("Saxaul for the Aral", "Saxaul has been planted on 50,000 hectares of the dried Aral seabed since January.",
     "50,000 hectares", "taza.saxaul_hectares", None),
    (FOREST, "Биыл 45 мың гектар алқапқа 120 млн дана ағаш отырғызылды.", "45 мың гектар",
     "taza.forest_planting_hectares", None),
    (TAZA, "During the clean-up weekend volunteers collected 12,000 tonnes of waste.", "12,000 tonnes",
     "taza.waste_collected_tonnes", None),
    (TAZA, "About 3 million people took part in the clean-ups, 250,000 of them volunteers.", "3 million",
     "taza.participants", None),
    # an item that is only a counter is read with the words since the previous figure
    (FOREST, "2022-2024 жылдары 900 млн дана ағаш отырғызу көзделсе, іс жүзінде 750 млн дана отырғызылды.",
     "750 млн", "taza.trees_planted", None),
    # a pronoun points back to the group named before it; honours students are a group of their own
    (SCHOLARSHIP, "Магистранттар да 10%-ға үстеме алады: 100 000 теңгенің орнына олардың айлық шәкіртақысы "
     "110 000 теңге болмақ.", "110 000 теңге", "scholarship.monthly_amount", "master's students"),
    (SCHOLARSHIP, "Honours bachelor's students will receive up to KZT 60,000 a month in scholarship.",
     "KZT 60,000", "scholarship.monthly_amount", "bachelor's students (honours)"),
    (SCHOLARSHIP, "Bachelor's students will receive a scholarship of KZT 50,000 a month.", "KZT 50,000",
     "scholarship.monthly_amount", "bachelor's students"),
    # a quote that names no initiative is someone's words, not a sub-initiative; the campaign's own
    # name in quotes is the campaign
    ("Итоги акции «Таза Қазақстан»", "«В субботниках приняли участие более 2 млн человек», — сообщил министр.",
     "2 млн", "taza.participants", None),
    (TAZA, "“More than 2 million people took part in the clean-ups,” the minister said.", "2 million",
     "taza.participants", None),
    ("Экология", "В рамках акции «Таза Қазақстан» 2 млн человек вышли на субботники.", "2 млн", "taza.participants",
     None),
    # the one group a sentence names before its first figure is the subject of the amounts after it
    (SCHOLARSHIP, "Магистрантам стипендию повысят на 10 процентов: она вырастет с 100 000 тенге до 110 000 тенге.",
     "110 000 тенге", "scholarship.monthly_amount", "master's students"),
    (SCHOLARSHIP, "Бакалаврларға 15%-ға үстеме беріледі: шәкіртақы 40 000 теңгеден 46 000 теңгеге дейін өседі.",
     "46 000 теңгеге", "scholarship.monthly_amount", "bachelor's students"),
    (SCHOLARSHIP, "Scholarships of master's students will rise by 10%, from KZT 100,000 to KZT 110,000 a month.",
     "KZT 110,000", "scholarship.monthly_amount", "master's students"),
    # the second end of a range in Russian is the group named before its first end, not the item's
    (SCHOLARSHIP, "Стипендия бакалавра вырастет с 40 000 тенге до 46 000 тенге, магистранта — с 100 000 тенге "
     "до 110 000 тенге.", "110 000 тенге", "scholarship.monthly_amount", "master's students"),
    # students of no group named in the words before the figure are not an earlier figure's group
    (SCHOLARSHIP, "Отличникам добавят: бакалавры-отличники получат до 50 000 тенге, студенты-медики — до 60 000 тенге.",
     "60 000 тенге", "scholarship.monthly_amount", "honours students"),
    # a month's inflation has its own series; the annual one keeps the annual rates
    ("Inflation slows in Kazakhstan", "Monthly inflation came to 0.5% in October, the statistics bureau said.",
     "0.5%", "nbk.inflation_monthly_pct", None),
    ("Инфляция замедлилась", "В октябре инфляция составила 0,6% в месячном выражении.", "0,6%",
     "nbk.inflation_monthly_pct", None),
    ("Инфляция баяулады", "Айлық мәнде инфляция қазан айында 0,6% болды.", "0,6%", "nbk.inflation_monthly_pct", None),
    ("Inflation slows in Kazakhstan", "Annual inflation eased to 11.2% in October, the statistics bureau said.",
     "11.2%", "nbk.inflation_pct", None),
    ("Инфляция замедлилась", "Годовая инфляция в октябре замедлилась до 11,2%.", "11,2%", "nbk.inflation_pct", None),
    ("Инфляция баяулады", "Қазан айында жылдық инфляция 11,2%-ға дейін баяулады.", "11,2%-ға", "nbk.inflation_pct",
     None),
    # the population in Russian and Kazakh
    ("Население Казахстана", "Численность населения страны на 1 октября достигла 20 400 000 человек.", "20 400 000",
     "demography.population", None),
    ("Қазақстан халқы", "1 қазандағы жағдай бойынша ел халқының саны 20,4 миллион адамға жетті.", "20,4 миллион",
     "demography.population", None),
]  # fmt: skip
# A wording a series leaves out: (title, text, figure, the series it would reach without them,
# the catalog fields that keep it out). Both are checked, so each case tests its rule.
LEFT_OUT = [
    # a deal's value is not exports, nor is exports a word of the clause only
    (IT, "IT firms signed contracts worth $2.5 million under the export support scheme last year.",
     "$2.5 million", "it.exports_usd", ("subjects", "exclude_clause")),
    # saxaul elsewhere than on the Aral Sea bed; a nursery is no plantation
    ("Saxaul to hold back the sands", "Foresters will plant saxaul on about 3,000 hectares of dunes this spring.",
     "3,000 hectares", "taza.saxaul_hectares", ("phrases",)),
    ("Saxaul for the Aral", "A nursery of 20 hectares on the dried Aral seabed will grow saxaul seedlings.",
     "20 hectares", "taza.saxaul_hectares", ("exclude",)),
    # land cleaned up and forest cover are areas, not planted ones
    (TAZA, "Volunteers cleaned up 120,000 hectares of land and planted 40,000 trees.", "120,000 hectares",
     "taza.forest_planting_hectares", ("exclude_clause",)),
    ("Forest cover to grow", "The country's forest cover is 13.2 million hectares, the forestry committee said.",
     "13.2 million hectares", "taza.forest_planting_hectares", ("phrases", "exclude_clause")),
    # waste lying in landfills, and a statistic of the volume of waste, are not what was collected
    (TAZA, "About 95 million tonnes of waste collected over decades lie in landfills.", "95 million tonnes",
     "taza.waste_collected_tonnes", ("exclude_clause",)),
    ("«Таза Қазақстан» акциясының қорытындысы", "Полигондарда бүгінде 90 млн тонна қоқыс жинақталып қалған.",
     "90 млн тонна", "taza.waste_collected_tonnes", ("exclude_clause",)),
    (TAZA, "The volume of waste keeps rising: 4.6 million tonnes of waste were collected from households in 2024.",
     "4.6 million tonnes", "taza.waste_collected_tonnes", ("exclude",)),
    # a part of a total stays out of a series of totals
    (TAZA, "About 3 million people took part in the clean-ups, 250,000 of them volunteers.", "250,000",
     "taza.participants", ("parts",)),
    ("Итоги акции «Таза Қазақстан»", "Более 4 млн человек приняли участие в субботниках, из них 300 тыс. человек "
     "вышли впервые.", "300 тыс.", "taza.participants", ("parts",)),
    (FOREST, "Биыл 300 млн көшет отырғызылды, оның 20 млн көшеті Арал өңірінде отырғызылды.", "20 млн",
     "taza.trees_planted", ("parts",)),
    # a rate over several years is not a total of the span; a company's pledge is not the country's
    (FOREST, "2024-2026 жылдары жыл сайын 2 млн ағаш отырғызу жоспарланған.", "2 млн", "taza.trees_planted",
     ("exclude",)),
    (TAZA, "The national holding plans to plant 60,000 trees this year.", "60,000", "taza.trees_planted",
     ("exclude",)),
    # a named sub-initiative's count is a part of the campaign, not its total
    (TAZA, "The «Clean Shores» initiative brought together 120,000 participants this spring.", "120,000",
     "taza.participants", ("names",)),
    ("Итоги акции «Таза Қазақстан»", "Акция «Чистые берега» объединила 120 тысяч участников.", "120 тысяч",
     "taza.participants", ("names",)),
    ("«Таза Қазақстан» акциясының қорытындысы", "«Таза жағалау» бастамасына 120 мың адам қатысты.", "120 мың",
     "taza.participants", ("names",)),
    (TAZA, "Under the «Green Yard» drive volunteers collected 3,000 tonnes of waste.", "3,000 tonnes",
     "taza.waste_collected_tonnes", ("names",)),
    # a company's own clean-up days are not the campaign's
    (TAZA, "Since March, companies have held 150 clean-up events of their own.", "150", "taza.events",
     ("exclude_near",)),
    ("Итоги акции «Таза Қазақстан»", "С начала года предприятия провели 150 субботников.", "150", "taza.events",
     ("exclude_near",)),
    ("«Таза Қазақстан» акциясының қорытындысы", "Жыл басынан бері кәсіпорындар 150 сенбілік өткізді.", "150",
     "taza.events", ("exclude_near",)),
    (TAZA, "Some 4,000 people took part in the company's own clean-up day.", "4,000", "taza.participants",
     ("exclude_near",)),
    # the employed population, the labour force, are not the population
    ("Labour market", "The employed population reached 9.2 million in the third quarter.", "9.2 million",
     "demography.population", ("exclude_near",)),
    ("Рынок труда", "Численность занятого населения достигла 9,2 млн человек.", "9,2 млн", "demography.population",
     ("exclude_near",)),
    ("Еңбек нарығы", "Жұмыспен қамтылған халық саны 9,2 млн адамға жетті.", "9,2 млн", "demography.population",
     ("exclude_near",)),
    # a city's people are not the country's population, in the languages [scope] does not read
    ("Население", "Официальная численность населения города достигла 1,6 млн человек.", "1,6 млн",
     "demography.population", ("exclude_near",)),
    ("Халық саны", "Қаладағы ресми тіркелген халық саны 1,6 млн адамға жетті.", "1,6 млн", "demography.population",
     ("exclude_near",)),
    # a herd's "population" is livestock, not people
    ("Livestock numbers up", "The goat population reached 2.1 million head last year.", "2.1 million",
     "demography.population", ("exclude_items",)),
    # what a figure counts, named after it, is not the campaign's events, whatever its item says
    ("«Таза Қазақстан» миллиондарды біріктірді", "Көктемнен күзге дейін өткен акция 4 млн 200 мыңнан астам "
     "адамның басын біріктірді.", "4 млн 200 мыңнан", "taza.events", ("exclude_after",)),
    # a year's spending with its scale written out in words is no monthly scholarship
    (SCHOLARSHIP, "На выплату стипендий студентам вузов в год потребуется около 13 миллиардов тенге.",
     "13 миллиардов тенге", "scholarship.monthly_amount", ("exclude_clause",)),
    # a district's turnout, named in Kazakh ("ауданның", "ауылдық округ"), is not the country's
    (TAZA, "Тазалық жұмыстары ауданның 12 ауылдық округінде жүргізіліп, оған 380 адам қатысты.", "380", "taza.participants", ("scope",)),
]  # fmt: skip


# A wording a series leaves to another measure: (title, text, figure, the series it would reach
# without the fields, the fields, the series it reaches instead or None).
MEASURED_OTHERWISE = [
    # a month's rate and the rate since the start of the year are not the annual rate
    ("Inflation slows in Kazakhstan", "Monthly inflation came to 0.5% in October, the statistics bureau said.",
     "0.5%", "nbk.inflation_pct", ("exclude_near",), "nbk.inflation_monthly_pct"),
    # the second rate of a sentence is monthly by the item it shares with the first, not by its clause
    ("Inflation slows in Kazakhstan", "Monthly inflation stood at 0.7%, against 0.4% a month earlier.",
     "0.4%", "nbk.inflation_pct", ("exclude_near",), "nbk.inflation_monthly_pct"),
    ("Инфляция замедлилась", "В октябре инфляция составила 0,6% в месячном выражении.", "0,6%",
     "nbk.inflation_pct", ("exclude_near",), "nbk.inflation_monthly_pct"),
    ("Инфляция баяулады", "Айлық мәнде инфляция қазан айында 0,6% болды.", "0,6%", "nbk.inflation_pct",
     ("exclude_near",), "nbk.inflation_monthly_pct"),
    ("Inflation slows in Kazakhstan", "Inflation reached 9.8% year to date, the bureau said.", "9.8%",
     "nbk.inflation_pct", ("exclude_near",), None),
    ("Инфляция", "С начала года инфляция составила 9,8%.", "9,8%", "nbk.inflation_pct", ("exclude_near",), None),
    ("Инфляция", "Жыл басынан бері инфляция 9,8% болды.", "9,8%", "nbk.inflation_pct", ("exclude_near",), None),
]  # fmt: skip


def _mapped(catalog: tuple[Metric, ...], title: str, text: str, figure: str) -> tuple[str | None, str | None]:
    rows = figure_rows("case", title, text, date(2025, 6, 1), catalog)
    found = [row for row in rows if row[SURFACE] == figure]
    assert found, f"the extractor did not find {figure!r}; it found {[row[SURFACE] for row in rows]}"
    return found[-1][METRIC], found[-1][CATEGORY]


def _without(metric_id: str, fields: tuple[str, ...]) -> tuple[Metric, ...]:
    """The catalog with these fields of one metric switched off (a list: none; parts: allowed)."""
    off = {field: (True if field == "parts" else None) for field in fields}
    return tuple(replace(m, **off) if m.metric_id == metric_id else m for m in CATALOG)


@pytest.mark.parametrize("case", TAKEN, ids=[f"{n}-{c[2]}" for n, c in enumerate(TAKEN)])
def test_a_wording_a_series_takes_maps_to_it(case: tuple) -> None:
    title, text, figure, metric, category = case
    mapped, mapped_category = _mapped(CATALOG, title, text, figure)
    assert mapped == metric, text
    if category:
        assert mapped_category == category, text


@pytest.mark.parametrize("case", LEFT_OUT, ids=[f"{n}-{c[2]}" for n, c in enumerate(LEFT_OUT)])
def test_a_wording_a_series_leaves_out_is_kept_out_by_its_rule(case: tuple) -> None:
    title, text, figure, metric, fields = case
    assert _mapped(CATALOG, title, text, figure)[0] is None, text
    assert _mapped(_without(metric, fields), title, text, figure)[0] == metric, (
        f"{fields} is not what keeps it out"
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "part"),
    [
        ("Nine million took part, 448,000 of them volunteers.", "448,000", True),
        ("Nine million took part, 448,000 of them volunteers.", "Nine million", False),
        ("Eleven events drew 223,000 people, including 11,600 volunteers.", "11,600", True),
        ("Eleven events drew 223,000 people, including 11,600 volunteers.", "223,000", False),
        ("Всего 6,2 млн человек, из них 229 тыс. волонтеров.", "229 тыс.", True),
        ("Оның ішінде елорда маңында 2 700 гектарға 5 млн көшет егілді.", "5 млн", True),
        ("Of the 68 landfills found, 64 have been closed.", "68", False),
    ],
)
def test_a_part_of_another_figure_is_told_from_a_total(sentence: str, figure: str, part: bool) -> None:
    facts = FigureFacts("count", "", "actual", False, sentence, sentence.index(figure), "")
    assert is_part(facts) is part


@pytest.mark.parametrize(
    "case", MEASURED_OTHERWISE, ids=[f"{n}-{c[2]}" for n, c in enumerate(MEASURED_OTHERWISE)]
)
def test_a_rate_measured_otherwise_is_kept_out_of_the_annual_series(case: tuple) -> None:
    title, text, figure, metric, fields, instead = case
    assert _mapped(CATALOG, title, text, figure)[0] == instead, text
    assert _mapped(_without(metric, fields), title, text, figure)[0] == metric, (
        f"{fields} is not what keeps it out"
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "after", "not_after"),
    [
        # a numeral in parts is one figure: the counted noun comes after all of it
        ("Акция 5 млн 83 мыңнан астам адамның басын біріктірді.", "5 млн", "адамның", "83"),
        ("Over 6.2 million people took part in 183 events.", "183", "events", "people"),
        # up to the next figure, within the clause
        ("Алғашқы аптада 181,7 мың адам қатысқан 1,6 мыңнан астам іс-шара өтті.", "181,7", "адам", "іс-шара"),
        ("They held 400 events, and 1.4 million people came.", "400", "events", "people"),
    ],
)
def test_the_words_after_a_figure_name_what_it_counts(
    sentence: str, figure: str, after: str, not_after: str
) -> None:
    words = words_after(sentence, sentence.index(figure))
    assert after in words
    assert not_after not in words


@pytest.mark.parametrize(
    ("sentence", "figure", "own", "not_own"),
    [
        ("Monthly inflation stood at 0.7%, against 0.4% a month earlier.", "0.7%", "Monthly", "against"),
        # a year is a date, not the figure before: the words before it stay the figure's own
        ("Ал базалық инфляция 2026 жылға қарай 5% маңында тұрақтайды.", "5%", "базалық", "5%"),
        ("Инфляция составила 0,7% в месячном выражении и 12,6% в годовом.", "0,7%", "месячном", "годовом"),
    ],
)
def test_a_figures_own_words_run_from_the_figure_before_to_the_one_after(
    sentence: str, figure: str, own: str, not_own: str
) -> None:
    words = own_words(sentence, sentence.index(figure))
    assert own in words
    assert not_own not in words
