"""Figures in a table inside an article body keep their row and column: the header's years give
the period, the row's first cell the item, a unit in the header or caption the unit; a cell whose
column names no period is left undated, never dated at publication."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import _table_readers, extract_indicators
from etl.extract.tables import read_tables
from etl.sites import parse
from etl.sites.html import html_to_text

PUBLISHED = date(2024, 6, 10)
COPYRIGHT = (
    "This information may not be reproduced without reference to Kazakhstan Today. "
    "Copyright of materials of News Agency Kazakhstan Today."
)


def _page(inner: str, title: str = "Tax revenue by region") -> bytes:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><main>'
        '<article class="main"><div class="date">10.06.2024, 09:42 <span class="views">1834</span></div>'
        f'<h2><a href="/en/news/x">{title}</a></h2><div class="share"><span>Tell a friend</span></div>'
        f'{inner}<p class="copy">{COPYRIGHT}</p></article></main></body></html>'
    ).encode()


def _figures(body: str, language: str | None = None) -> dict[str, Indicator]:
    return {i.surface: i for i in extract_indicators(body, PUBLISHED, language=language)}


def _period(indicator: Indicator) -> tuple[str | None, str | None]:
    start, end = indicator.period_start, indicator.period_end
    return (start.isoformat() if start else None, end.isoformat() if end else None)


YEAR_2023 = ("2023-01-01", "2023-12-31")
YEAR_2024 = ("2024-01-01", "2024-12-31")
HOSTILE_TABLE = (
    "<p>Tax revenue grew in most regions.</p><table><tr><th>Region</th><th>2023</th><th>2024</th></tr>"
    "<tr><td>Astana</td><td>120</td><td>135</td></tr></table>"
)


def test_an_html_table_row_keeps_its_cells_on_one_line() -> None:
    text = html_to_text(HOSTILE_TABLE)
    assert text == "Tax revenue grew in most regions.\nRegion | 2023 | 2024\nAstana | 120 | 135\n"


def test_the_hostile_table_dates_each_cell_by_its_column_not_by_publication() -> None:
    """Each cell was a line of its own: 120 (Astana's 2023 value) was read as a 2024 figure with
    no item."""
    (listing,) = parse(_page(HOSTILE_TABLE)).page.listings
    assert listing.body is not None
    found = _figures(listing.body, "en")
    assert _period(found["120"]) == YEAR_2023
    assert _period(found["135"]) == YEAR_2024
    assert "Astana" in found["120"].item and "Astana" in found["135"].item
    assert found["120"].place == "Astana"


@pytest.mark.parametrize(
    ("language", "header", "row", "label"),
    [
        ("en", "Region | 2023 | 2024", "Almaty | 410 | 455", "Almaty"),
        ("ru", "Регион | 2023 год | 2024 год", "Алматы | 410 | 455", "Алматы"),
        ("ru", "Регион | 2023 г. | 2024 г.", "Алматы | 410 | 455", "Алматы"),
        ("kk", "Өңір | 2023 ж. | 2024 ж.", "Алматы | 410 | 455", "Алматы"),
        ("kk", "Өңір | 2023 жыл | 2024 жыл", "Алматы | 410 | 455", "Алматы"),
    ],
)
def test_year_headers_in_each_language_date_their_columns(
    language: str, header: str, row: str, label: str
) -> None:
    found = _figures(f"{header}\n{row}\n", language)
    assert _period(found["410"]) == YEAR_2023
    assert _period(found["455"]) == YEAR_2024
    assert label in found["410"].item


@pytest.mark.parametrize(
    ("language", "caption", "header", "value", "unit"),
    [
        ("ru", "Налоговые поступления, млрд тенге", "Регион | 2023 | 2024", 120.5e9, "KZT"),
        ("kk", "Астық өндірісі, мың тонна", "Өңір | 2023 ж. | 2024 ж.", 120.5e3, "tonne"),
        ("en", "", "Region, KZT bn | 2023 | 2024", 120.5e9, "KZT"),
        ("en", "", "Region | 2023, % | 2024, %", 120.5, "percent"),
        ("ru", "", "Регион | 2023, тыс. тонн | 2024, тыс. тонн", 120.5e3, "tonne"),
    ],
)
def test_a_unit_in_the_caption_or_header_applies_to_the_bare_cells(
    language: str, caption: str, header: str, value: float, unit: str
) -> None:
    cell = "120,5" if language != "en" else "120.5"
    body = (f"{caption}\n" if caption else "") + f"{header}\nАстана | {cell} | 130\n"
    found = _figures(body, language)
    assert found[cell].unit == unit
    assert found[cell].value == pytest.approx(value)
    assert _period(found[cell]) == YEAR_2023


def test_a_total_row_is_read_with_its_own_label_and_the_column_years() -> None:
    body = (
        "Grain harvest, thousand tonnes\n"
        "Region | 2023 | 2024\nAkmola | 4,500 | 5,100\nKostanay | 5,200 | 5,900\nTotal | 9,700 | 11,000\n"
    )
    found = _figures(body, "en")
    total = found["11,000"]
    assert "Total" in total.item and total.unit == "tonne" and total.value == 11_000_000
    assert _period(total) == YEAR_2024
    assert _period(found["9,700"]) == YEAR_2023


def test_a_cell_under_no_period_is_left_undated() -> None:
    """A row with no header of years: no period can be read for its cells, and the publication
    year is no period for them."""
    markup = "<p>Tax revenue rose.</p><table><tr><td>Astana<td>120<td>135<tr><td>Almaty<td>80<td>95</table>"
    found = _figures(html_to_text(markup), "en")
    assert _period(found["120"]) == (None, None)
    assert _period(found["95"]) == (None, None)
    assert "Almaty" in found["95"].item


def test_a_change_column_is_a_change_and_undated() -> None:
    found = _figures("Region | 2023 | 2024 | Change, %\nAstana | 120 | 135 | 12.5\n", "en")
    change = found["12.5"]
    assert change.is_change and change.unit == "percent" and _period(change) == (None, None)


def test_a_layout_table_still_reads_as_prose() -> None:
    """A table used only to lay out the page (one cell per row, or long prose cells) gives its
    text as paragraphs, as a browser's copy does; its sentences are read as sentences."""
    markup = (
        "<table><tr><td>In 2023, the region exported 4.1 million tonnes of grain, the akimat said.</td></tr>"
        "<tr><td>Exports of flour reached 1.2 million tonnes in 2022, up from the year before, officials said "
        "at a briefing.</td><td>Photo</td></tr></table>"
    )
    text = html_to_text(markup)
    assert " | " not in text
    found = _figures(text, "en")
    assert _period(found["4.1 million tonnes"]) == YEAR_2023
    assert _period(found["1.2 million tonnes"]) == ("2022-01-01", "2022-12-31")


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The ministry gave the figures.\nRegion\t2023\t2024\nAstana\t120\t135\nAlmaty\t80\t95\n"),
        (
            "en",
            "The ministry gave the figures.\nRegion    2023    2024\nAstana    120    135\nAlmaty    80    95\n",
        ),
        ("ru", "Министерство привело данные.\nРегион – 2023 – 2024\nАстана – 120 – 135\nАлматы – 80 – 95\n"),
    ],
)
def test_rows_flattened_in_a_text_copy_are_read_by_column(language: str, body: str) -> None:
    found = _figures(body, language)
    assert _period(found["120"]) == YEAR_2023
    assert _period(found["135"]) == YEAR_2024
    assert _period(found["95"]) == YEAR_2024


def test_a_table_turned_on_its_side_takes_the_period_from_the_row() -> None:
    found = _figures("Year | Oil exports, $ bn | Inflation, %\n2022 | 50 | 20.3\n2023 | 55 | 9.8\n", "en")
    assert found["55"].unit == "USD" and found["55"].value == 55e9 and "Oil exports" in found["55"].item
    assert _period(found["55"]) == YEAR_2023
    assert found["20.3"].unit == "percent" and _period(found["20.3"]) == ("2022-01-01", "2022-12-31")


@pytest.mark.parametrize(
    ("language", "body", "surface", "period"),
    [
        # dashes and double spaces in prose are no table: the sentence keeps its own reading
        (
            "ru",
            "В 2023 году экспорт составил 120 млрд тенге – это на 5% больше.\nРост – 5,1%\n",
            "120 млрд тенге",
            YEAR_2023,
        ),
        ("en", "In 2023 exports were  $5 billion.  Imports were  $3 billion.\n", "$5 billion", YEAR_2023),
        # a bar row whose cells are prose with their own period is read as a sentence
        ("en", "Astana | 120 billion tenge in 2023\n", "120 billion tenge", YEAR_2023),
    ],
)
def test_prose_is_not_taken_for_a_table(
    language: str, body: str, surface: str, period: tuple[str, str]
) -> None:
    assert _period(_figures(body, language)[surface]) == period


def test_a_text_copy_row_of_tabs_keeps_its_columns_through_the_page_reader() -> None:
    """A text page's tabs were read as spaces ("Astana 120 135"): the row lost its columns."""
    text = (
        "10.06.2024, 09:42 1834\nTax revenue by region\nTell a friend\n"
        "Tax revenue grew in most regions.\nRegion\t2023\t2024\nAstana\t120\t135\n" + COPYRIGHT + "\n"
    )
    (listing,) = parse(text.encode()).page.listings
    assert listing.body is not None
    found = _figures(listing.body, "en")
    assert _period(found["120"]) == YEAR_2023
    assert _period(found["135"]) == YEAR_2024
    assert "Astana" in found["135"].item


@pytest.mark.parametrize(
    ("language", "body", "surface", "period", "kind"),
    [
        (
            "en",
            "Region | Q1 2024 | Jan-Sep 2024\nAstana | 12 | 35\n",
            "35",
            ("2024-01-01", "2024-09-30"),
            "actual",
        ),
        (
            "ru",
            "Показатель | 9 месяцев 2024 года | 2023\nЭкспорт | 12 | 10\n",
            "12",
            ("2024-01-01", "2024-09-30"),
            "actual",
        ),
        (
            "kk",
            "Көрсеткіш | 2024 жылдың 9 айы | 2023\nЭкспорт | 12 | 10\n",
            "12",
            ("2024-01-01", "2024-09-30"),
            "actual",
        ),
        (
            "ru",
            "Показатель | 2024 | 2025 (план)\nЭкспорт | 12 | 15\n",
            "15",
            ("2025-01-01", "2025-12-31"),
            "plan",
        ),
    ],
)
def test_a_heading_naming_part_of_a_year_or_a_plan_gives_its_column_that_span_and_kind(
    language: str, body: str, surface: str, period: tuple[str, str], kind: str
) -> None:
    found = _figures(body, language)[surface]
    assert (_period(found), found.kind) == (period, kind)


def test_a_row_naming_its_unit_after_its_item_gives_its_cells_that_unit() -> None:
    found = _figures("Показатель | 2023 | 2024\nВВП, трлн тенге | 120,5 | 135\n", "ru")
    assert found["120,5"].unit == "KZT" and found["120,5"].value == pytest.approx(120.5e12)
    assert found["120,5"].item.endswith("ВВП")


def test_a_column_dated_after_publication_is_no_actual_figure() -> None:
    found = _figures("Region | 2023 | 2026\nAstana | 120 | 150\n", "en")
    assert (found["120"].kind, found["150"].kind) == ("actual", "forecast")


@pytest.mark.parametrize(
    ("heading", "is_change", "period"),
    [
        ("2024/2023, %", True, (None, None)),
        ("2024 к 2023, %", True, (None, None)),
        ("2023/2024 учебный год", False, ("2023-09-01", "2024-05-31")),  # a school year, no change
    ],
)
def test_a_year_over_year_heading_is_a_change_and_a_year_span_is_not(
    heading: str, is_change: bool, period: tuple[str | None, str | None]
) -> None:
    found = _figures(f"Показатель | {heading}\nУчащиеся | 12,5\n", "ru")["12,5"]
    assert (found.is_change, _period(found)) == (is_change, period)


SECTIONED_TABLE = (
    "<p>Tax revenue rose in every region.</p><table><tr><th>Region</th><th>2023</th><th>2024</th></tr>"
    "<tr><td colspan=3>North</td></tr><tr><td>Kostanay</td><td>120</td><td>135</td></tr>"
    "<tr><td colspan=3>South</td></tr><tr><td>Shymkent</td><td>80</td><td>95</td></tr></table>"
)


def test_a_section_row_keeps_the_header_and_names_the_rows_below_it() -> None:
    """A row spanning the table ('South') ended the table: the rows under it lost their header
    and were read undated."""
    found = _figures(html_to_text(SECTIONED_TABLE), "en")
    assert (_period(found["120"]), _period(found["95"])) == (YEAR_2023, YEAR_2024)
    assert found["120"].item == "Region: North: Kostanay" and found["95"].item == "Region: South: Shymkent"


def test_a_line_over_a_second_header_captions_a_new_table_not_a_section() -> None:
    body = "Region | 2023 | 2024\nAstana | 120 | 135\nGrain, thousand tonnes\nRegion | 2021 | 2022\nAkmola | 40 | 45\n"
    found = _figures(body, "en")
    assert (_period(found["135"]), found["135"].unit) == (YEAR_2024, "count")
    assert (_period(found["40"]), found["40"].unit, found["40"].value) == (
        ("2021-01-01", "2021-12-31"),
        "tonne",
        40e3,
    )
    assert found["40"].item == "Grain: Akmola"


def test_a_cell_spanning_rows_keeps_the_columns_of_the_rows_below_in_place() -> None:
    """With 'Astana' spanning two rows, the second row's cells shifted one column left: 80 was
    read undated under the item 'Budget' and 95 as a 2023 figure."""
    markup = (
        "<p>Figures by region.</p><table><tr><th>Region</th><th>Indicator</th><th>2023</th><th>2024</th></tr>"
        "<tr><td rowspan=2>Astana</td><td>Tax, bn tenge</td><td>120</td><td>135</td></tr>"
        "<tr><td>Budget, bn tenge</td><td>80</td><td>95</td></tr></table>"
    )
    found = _figures(html_to_text(markup), "en")
    assert (_period(found["80"]), _period(found["95"])) == (YEAR_2023, YEAR_2024)
    assert (found["80"].item, found["80"].unit, found["80"].value) == ("Region: Astana, Budget", "KZT", 80e9)
    assert found["120"].item == "Region: Astana, Tax"


def test_a_heading_spanning_columns_heads_each_of_them() -> None:
    """'2023' over two columns left the header one cell short: 7 was read as a 2024 figure and
    135 undated."""
    markup = (
        "<table><tr><th>Region</th><th colspan=2>2023</th><th>2024</th></tr>"
        "<tr><td>Astana</td><td>120</td><td>7</td><td>135</td></tr>"
        "<tr><td>Almaty</td><td>80</td><td>6</td><td>95</td></tr></table>"
    )
    found = _figures(html_to_text(markup), "en")
    assert [_period(found[s]) for s in ("120", "7", "135")] == [YEAR_2023, YEAR_2023, YEAR_2024]


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        (
            "<table><tr><td colspan=abc>A</td><td rowspan=-1>1</td></tr><tr><td>B</td><td>2</td></tr></table>",
            "A | 1\nB | 2\n",
        ),
        (
            "<table><tr><td colspan=99999999999999999999>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>",
            "A" + " |" * 49 + " | 1\nB | 2\n",  # at most 50 columns
        ),
        (  # a rowspan of 0 runs to the end of the table
            "<table><tr><td rowspan=0>A</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>",
            "A | 1\nA | 2\nA | 3\n",
        ),
    ],
)
def test_spans_that_are_no_number_or_past_any_limit_stay_bounded(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


@pytest.mark.parametrize(
    ("language", "body", "surface"),
    [
        ("ru", "Курс доллара на бирже вырос.\nКурс | 470 тенге\nЭто максимум за год.\n", "470 тенге"),
        ("en", "The tenge weakened in 2024.\nRate | 470 tenge\n", "470 tenge"),
    ],
)
def test_one_bar_line_in_prose_is_read_as_a_sentence_not_an_undated_table_row(
    language: str, body: str, surface: str
) -> None:
    """A lone 'Курс | 470 тенге' was a table row with no header: its figure left undated."""
    cell_reader, period_reader = _table_readers(language, PUBLISHED)
    assert read_tables(body, cell_reader, period_reader, PUBLISHED).figures == []
    assert _period(_figures(body, language)[surface]) != (None, None)


@pytest.mark.parametrize(
    "body",
    [
        html_to_text(
            "<p>Tax revenue.</p><table><tr><th></th><th>2023</th><th>2024</th></tr>"
            "<tr><td>Astana</td><td>120</td><td>135</td></tr><tr><td>Almaty</td><td>80</td><td>95</td></tr></table>"
        ),
        "Tax revenue.\n| 2023 | 2024\nAstana | 120 | 135\nAlmaty | 80 | 95\n",
    ],
)
def test_an_empty_corner_cell_keeps_the_header_over_its_columns(body: str) -> None:
    """'| 2023 | 2024' lost its empty first cell: 120 was read as a 2024 figure, 135 undated."""
    found = _figures(body, "en")
    assert (_period(found["120"]), _period(found["135"])) == (YEAR_2023, YEAR_2024)


def test_a_text_copy_header_opening_with_a_tab_keeps_its_corner_cell() -> None:
    text = (
        "10.06.2024, 09:42 1834\nTax revenue by region\nTax revenue grew in most regions.\n"
        "\t2023\t2024\nAstana\t120\t135\nAlmaty\t80\t95\n" + COPYRIGHT + "\n"
    )
    (listing,) = parse(text.encode()).page.listings
    assert listing.body is not None and "| 2023 | 2024\nAstana | 120 | 135" in listing.body
    found = _figures(listing.body, "en")
    assert (_period(found["120"]), _period(found["135"])) == (YEAR_2023, YEAR_2024)


def test_two_tables_one_after_the_other_and_a_bar_line_after_them_are_read_apart() -> None:
    """With no line between them, the second table's rows took the first one's header (40 was
    read as a 2024 figure) and a bar line in the next paragraph became a row (dated 2023)."""
    markup = (
        "<table><tr><th>Region</th><th>2023</th><th>2024</th></tr><tr><td>Astana</td><td>120</td><td>135</td></tr>"
        "</table><table><tr><th>Region</th><th>Indicator</th><th>2021</th><th>2022</th></tr>"
        "<tr><td>Akmola</td><td>Tax</td><td>40</td><td>45</td></tr></table><p>Rate | 470 tenge</p>"
    )
    found = _figures(html_to_text(markup), "en")
    assert _period(found["40"]) == ("2021-01-01", "2021-12-31") and found["40"].item == "Region: Akmola, Tax"
    assert (found["470 tenge"].item, _period(found["470 tenge"])) == ("Rate", (None, None))
    assert _period(found["135"]) == YEAR_2024
