"""Pages saved by hand from a browser or curl keep the address their markup names (canonical
link, og:url, the browser's 'saved from' mark), as a fetched page keeps its fetch record's."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from etl.pipeline.refresh import refresh
from etl.sites import parse
from etl.sites.page_head import saved_page_url
from tests.conftest import SAMPLE_OBSERVED_AT

SAMPLE_HTML = (Path(__file__).parent / "fixtures" / "kt_page_sample.html").read_text(encoding="utf-8")
ARTICLE = "https://www.kt.kz/rus/economy/budget_law_signed_1377990001.html"


def _with_head(extra: str) -> str:
    return SAMPLE_HTML.replace("<head>", "<head>" + extra, 1)


@pytest.mark.parametrize(
    ("head", "url"),
    [
        (f'<link rel="canonical" href="{ARTICLE}">', ARTICLE),
        (f"<meta content='{ARTICLE}' property='og:url'>", ARTICLE),
        (f"<link href={ARTICLE}?utm_source=x&amp;b=2 rel=canonical>", ARTICLE + "?utm_source=x&b=2"),
        ('<link rel="canonical" href="https://www.kt.kz/rus/economy/">'  # a section's: not its first listing's
         f'<meta property="og:url" content="{ARTICLE}">', ARTICLE),
        ('<link rel="canonical" href="https://www.kt.kz/rus/">', None),  # the home page
        ('<link rel="stylesheet" href="https://www.kt.kz/a/style_123456.css">', None),
        ("", None),
    ],
)  # fmt: skip
def test_the_address_a_saved_page_names_for_itself(head: str, url: str | None) -> None:
    assert saved_page_url(_with_head(head)) == url


def test_the_saved_from_mark_of_a_browser_names_the_address() -> None:
    markup = f"<!-- saved from url=(0061){ARTICLE} -->\n" + SAMPLE_HTML
    assert parse(markup.encode()).url == ARTICLE


def test_a_page_saved_by_hand_keeps_its_address_and_its_edition(tmp_path: Path) -> None:
    """A page saved as HTML (no fetch record) was stored with no URL, its main article's language
    guessed from its text: the sample's English article read with a /rus/ address is Russian's
    edition, as a fetched one would be."""
    (tmp_path / "saved.html").write_text(
        _with_head(f'<link rel="canonical" href="{ARTICLE}">'), encoding="utf-8"
    )
    refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT, workers=1)
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        (page_url,) = con.execute("SELECT url FROM pages").fetchone()
        main = con.execute(
            "SELECT a.url, a.language FROM articles a JOIN page_listings l USING (article_id) "
            "WHERE l.placement = 'main'"
        ).fetchone()
    assert page_url == ARTICLE
    assert main == (ARTICLE, "ru")


MAIN_TITLE = "Olzhas Bektenov introduces new Deputy Minister - Minister of National Economy"
FEED = (
    '<aside class="feed"><h3>Latest news</h3><ul>'
    '<li><div class="date">23.12.2024, 11:30 <span>310</span></div><a href="/a">Floods expected in the north</a></li>'
    '<li><div class="date">23.12.2024, 11:05 <span>402</span></div><a href="/b">Tenge firms against dollar</a></li>'
    "</ul></aside>"
)


def _with_feed(head: str) -> bytes:
    markup = _with_head(head).replace("<main>", FEED + "<main>", 1)
    return markup.replace("<title>Kazakhstan Today</title>", "", 1).encode()


@pytest.mark.parametrize(
    "head",
    [
        f'<meta property="og:title" content="{MAIN_TITLE}">',
        f"<title>{MAIN_TITLE} - Kazakhstan Today</title>",
        f"<title>Kazakhstan Today | {MAIN_TITLE.replace('-', '–')}</title>",
    ],
)
def test_headlines_printed_before_the_article_do_not_take_its_place(head: str) -> None:
    """A column of stamped headlines before the article made its first headline the page's own
    article (no body, the page's address), and the article itself a plain listing."""
    listings = parse(_with_feed(head)).page.listings
    assert [(item.title, item.placement) for item in listings[:3]] == [
        ("Floods expected in the north", "listing"),
        ("Tenge firms against dollar", "listing"),
        (MAIN_TITLE, "main"),
    ]


def test_a_head_naming_only_the_site_leaves_the_first_entry_the_page_s_own() -> None:
    listings = parse(_with_feed("<title>Kazakhstan Today</title>")).page.listings
    assert (listings[0].title, listings[0].placement) == ("Floods expected in the north", "main")


def test_the_address_a_page_names_goes_to_its_own_article_not_to_a_headline_before_it(tmp_path: Path) -> None:
    head = f'<link rel="canonical" href="{ARTICLE}"><meta property="og:title" content="{MAIN_TITLE}">'
    (tmp_path / "saved.html").write_bytes(_with_feed(head))
    refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT, workers=1)
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        linked = con.execute("SELECT title FROM articles WHERE url IS NOT NULL").fetchall()
    assert linked == [(MAIN_TITLE,)]
