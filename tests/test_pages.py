"""parse_page on the sample page (against the gold file) and on every edge of the format."""

from __future__ import annotations

from datetime import datetime

import pytest

from etl.errors import NoStampError, PageFormatError
from etl.sites.ktkz.pages import parse_page
from etl.sites.ktkz.sources import find_source

COPYRIGHT = (
    "This information may not be reproduced without reference to Kazakhstan Today. "
    "Copyright of materials of News Agency Kazakhstan Today."
)


def _gold_key(entry: dict) -> tuple:
    return (entry["stamp"], entry["views"], entry["title"], entry["placement"])


def test_sample_page_yields_every_gold_entry_in_order(sample_text: str, gold: dict) -> None:
    page = parse_page(sample_text)
    parsed = [
        (f"{item.published_at:%d.%m.%Y %H:%M}", item.views, item.title, item.placement)
        for item in page.listings
    ]
    assert parsed == [_gold_key(entry) for entry in gold["page"]]


@pytest.mark.parametrize("number", range(18))
def test_each_gold_page_entry_is_parsed_exactly(sample_text: str, gold: dict, number: int) -> None:
    listing = parse_page(sample_text).listings[number]
    entry = gold["page"][number]
    assert f"{listing.published_at:%d.%m.%Y %H:%M}" == entry["stamp"]
    assert listing.views == entry["views"]
    assert listing.title == entry["title"]
    assert listing.placement == entry["placement"]


def test_main_article_has_credit_source_and_body_without_furniture(sample_text: str) -> None:
    main = parse_page(sample_text).listings[0]
    assert main.image_credit == "primeminister.kz"
    assert main.source == "primeminister.kz"
    assert main.body.startswith("Prime Minister Olzhas Bektenov presented the staff")
    assert main.body.endswith("economic growth in priority sectors.")
    assert "Tell a friend" not in main.body
    assert "may not be reproduced" not in main.body
    assert main.body.count("\n") == 3  # four paragraphs


def test_kazinform_citing_akorda_gives_akorda_via_kazinform(sample_text: str) -> None:
    inflation = parse_page(sample_text).listings[1]
    assert (inflation.source, inflation.source_via) == ("Akorda", "Kazinform")
    assert inflation.image_credit == "Depositphotos"


def test_article_without_images_line_has_no_credit_but_a_body(sample_text: str) -> None:
    taza_like = parse_page(sample_text).listings[3]
    assert taza_like.image_credit is None
    assert taza_like.body.startswith("In 2025, Kazakhstan will continue")


def test_nine_sample_articles_have_bodies_and_most_viewed_have_none(sample_text: str) -> None:
    listings = parse_page(sample_text).listings
    assert [item.body is not None for item in listings] == [True] * 9 + [False] * 9


def test_most_viewed_title_ending_in_digit_is_split_at_stamp(sample_text: str) -> None:
    listings = parse_page(sample_text).listings
    population = next(item for item in listings if item.title.startswith("Kazakhstan’s population"))
    assert population.title.endswith("on January 1")
    bogdanovich = next(item for item in listings if item.title.startswith("Bogdanovich"))
    assert bogdanovich.published_at == datetime(2025, 1, 31, 20, 32)
    assert bogdanovich.views == 9291


def test_most_viewed_entry_without_view_count_has_none(sample_text: str) -> None:
    iran = next(item for item in parse_page(sample_text).listings if "Iran" in item.title)
    assert iran.views is None
    assert iran.published_at == datetime(2025, 2, 3, 17, 36)


def _page(*blocks: str) -> str:
    return "\n".join(blocks) + "\n"


def test_stamp_without_view_count_is_accepted() -> None:
    page = parse_page(_page("21.05.2025, 22:01", "A title", "Tell a friend", "Body.", COPYRIGHT))
    (listing,) = page.listings
    assert listing.views is None
    assert listing.published_at == datetime(2025, 5, 21, 22, 1)
    assert listing.time_known


def test_date_only_stamp_is_midnight_with_time_unknown() -> None:
    (listing,) = parse_page(_page("30.05.2024", "Date only", "Body text.")).listings
    assert listing.published_at == datetime(2024, 5, 30, 0, 0)
    assert not listing.time_known
    assert listing.views is None


def test_date_only_stamp_with_views_keeps_the_count() -> None:
    (listing,) = parse_page(_page("30.05.2024 1520", "Date only", "Body text.")).listings
    assert (listing.views, listing.time_known) == (1520, False)


def test_article_without_tell_a_friend_or_images_or_copyright() -> None:
    text = _page(
        "01.02.2025, 10:00 500",
        "First",
        "Paragraph one, Akorda reports.",
        "Paragraph two.",
        "relevant news",
        "02.02.2025, 11:00 600",
        "Second",
        "Only paragraph.",
    )
    first, second = parse_page(text).listings
    assert first.body == "Paragraph one, Akorda reports.\nParagraph two."
    assert first.source == "Akorda"
    assert first.image_credit is None
    assert (second.placement, second.body) == ("related", "Only paragraph.")


@pytest.mark.parametrize("label", ["Images", "Images |", "Фото:", "Сурет"])
def test_an_image_label_with_no_credit_is_furniture_not_the_first_paragraph(label: str) -> None:
    # kt.kz/eng prints a bare "Images" line when a photo has no credit (stored copies, Feb 2026).
    text = _page("24.02.2026, 13:58 4951", "Ministry opens a new road", label, "Works began on Monday.")
    (listing,) = parse_page(text).listings
    assert (listing.image_credit, listing.subtitle, listing.body) == (None, None, "Works began on Monday.")


def test_a_paragraph_that_mentions_images_stays_body() -> None:
    text = _page("24.02.2026, 13:58 4951", "Title", "Images of the site were shown.", "More.")
    assert parse_page(text).listings[0].body == "Images of the site were shown.\nMore."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plant opened on Monday, Kazinform News Agency reports citing the Akorda press service.",
         ("Akorda", "Kazinform")),
        ("The envoy met the rector, Qazinform News Agency cites Akorda press service.", ("Akorda", "Kazinform")),
        ("Snow will cover the north, Qazinform News Agency reports, citing Kazhydromet.", ("Kazhydromet", "Kazinform")),
        ("Exports rose by 4% in May, Kazinform correspondent reports.", ("Kazinform", None)),
        ("Two lanes were closed, Qazinform News Agency reports.", ("Kazinform", None)),
        ('"We will open it in spring," Kazinform News Agency reports.', ("Kazinform", None)),
        # "of the Republic of Kazakhstan" only says whose: one name with the Russian "МИД РК".
        ("The sides discussed visas, Ministry of Foreign Affairs of the Republic of Kazakhstan reports.",
         ("Ministry of Foreign Affairs", None)),
        ("Two plants were built, the Ministry of Industry and Construction reports.",
         ("Ministry of Industry and Construction", None)),
        ("Prices will not change, the Ministry reports.", (None, None)),
        ("Output grew, Minister of Energy Arman Bekov reported.", (None, None)),
    ],
)  # fmt: skip
def test_english_publisher_credits_as_kt_kz_words_them(sentence: str, expected: tuple) -> None:
    assert find_source([sentence]) == expected


def test_lines_after_copyright_are_not_body() -> None:
    text = _page("01.02.2025, 10:00 5", "Title", "Body.", COPYRIGHT, "Subscribe to our channel")
    assert parse_page(text).listings[0].body == "Body."


def test_titles_containing_figures_are_kept_whole() -> None:
    text = _page(
        "01.02.2025, 10:00 5",
        "Kazakhstan exports 24% more, $306 million in 2024",
        "Body.",
        "Most viewed",
        "03.02.2025, 16:42 11181Population stands at 20,286,084 on January 131.01.2025, 20:32 9291Next",
    )
    main, population, nxt = parse_page(text).listings
    assert main.title == "Kazakhstan exports 24% more, $306 million in 2024"
    assert population.title == "Population stands at 20,286,084 on January 1"
    assert (nxt.title, nxt.views) == ("Next", 9291)


@pytest.mark.parametrize(
    ("glued", "title", "next_stamp"),
    [
        ("Plans for 202403.02.2025, 17:36 10Next", "Plans for 2024", datetime(2025, 2, 3, 17, 36)),
        ("COVID-1913.01.2025, 08:05 7Next", "COVID-19", datetime(2025, 1, 13, 8, 5)),
        ("Top 10001.12.2024, 23:59Next", "Top 100", datetime(2024, 12, 1, 23, 59)),
    ],
)
def test_most_viewed_title_ending_in_number_or_year_glued_to_next_stamp(
    glued: str, title: str, next_stamp: datetime
) -> None:
    text = _page("01.02.2025, 10:00 5", "Main", "Body.", "Most viewed", f"02.02.2025, 09:00 3{glued}")
    _, first, second = parse_page(text).listings
    assert first.title == title
    assert second.published_at == next_stamp
    assert second.title == "Next"


def test_listing_page_without_bodies_gives_listing_placements() -> None:
    text = _page("01.02.2025, 10:00 5", "One", "02.02.2025, 11:00 6", "Two")
    one, two = parse_page(text).listings
    assert (one.placement, one.body) == ("main", None)
    assert (two.placement, two.views) == ("listing", 6)


def test_impossible_date_is_not_a_stamp() -> None:
    with pytest.raises(
        PageFormatError, match=r"line 1 looks like one \('31.02.2025, 10:00 5'\) but is no real date"
    ):
        parse_page(_page("31.02.2025, 10:00 5", "Title", "Body."))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty page"),
        ("Hello world\nJust some notes\n", "no kt.kz listing stamp"),
        (
            "01.02.2025, 10:00 5\n",
            "no article could be read: line 1: listing stamp at the end of the page with no title",
        ),
    ],
)
def test_unreadable_pages_raise_a_specific_reason(text: str, reason: str) -> None:
    with pytest.raises(PageFormatError, match=reason):
        parse_page(text)


# kt.kz/eng in 2021-2022 printed each title above its stamp, then the photo credit or the body
# (stored copies of that layout read `Title` / blank / `21.03.2022, 16:05 14216` / first paragraph).
OLD_LAYOUT_BODY = (
    "The regional health department opened 12 rural clinics in March, the department's press office said."
)


def test_a_title_printed_above_its_stamp_is_the_title_not_the_first_paragraph() -> None:
    text = _page(
        "Region opens 12 rural clinics",
        "",
        "14.03.2022, 10:15 4821",
        OLD_LAYOUT_BODY,
        "Each clinic serves about 2,400 residents.",
        "New bus routes launched in the capital",
        "",
        "12.03.2022, 09:40 2755",
        "The city launched 7 new bus routes on Monday, the transport office said in a statement.",
    )
    main, other = parse_page(text).listings
    assert (main.title, main.placement, main.views) == ("Region opens 12 rural clinics", "main", 4821)
    assert main.body == OLD_LAYOUT_BODY + "\nEach clinic serves about 2,400 residents."
    assert (other.title, other.views) == ("New bus routes launched in the capital", 2755)
    assert other.body is not None and other.body.startswith("The city launched 7")


def test_a_title_above_its_stamp_with_a_photo_credit_below_is_read_not_dropped() -> None:
    """The whole page was rejected: each stamp was followed by `Images | ...`, read as 'a stamp
    with no title', and every article was dropped."""
    text = _page(
        "date 2022-06-03 Orphus",
        "Region opens 12 rural clinics",
        "14.03.2022, 10:15 4821",
        "Images | health.gov.kz",
        OLD_LAYOUT_BODY,
    )
    page = parse_page(text)
    (main,) = page.listings
    assert (main.title, main.image_credit, main.body) == (
        "Region opens 12 rural clinics",
        "health.gov.kz",
        OLD_LAYOUT_BODY,
    )
    assert not page.warnings


@pytest.mark.parametrize(
    "above",
    [
        "News",  # a menu item: one word
        "Each clinic serves about 2,400 residents.",  # the previous article's last paragraph
        "The clinics will serve:",  # a paragraph opening a list
        COPYRIGHT,
    ],
)
def test_a_line_above_a_stamp_that_is_no_title_is_not_taken_for_one(above: str) -> None:
    text = _page(
        "01.03.2022, 09:00 100",
        "Earlier story",
        "Its body.",
        above,
        "14.03.2022, 10:15 4821",
        "Images | x",
        OLD_LAYOUT_BODY,
    )
    titles = [listing.title for listing in parse_page(text).listings]
    assert above not in titles


def test_a_title_after_its_stamp_stays_the_title_with_a_headline_above() -> None:
    """The current layout: a line above the stamp (another story's headline, a ticker) is left
    alone when the line after the stamp reads as a title."""
    text = _page(
        "Ticker: another story entirely",
        "14.03.2025, 10:15 4821",
        "Region opens 12 rural clinics",
        OLD_LAYOUT_BODY,
    )
    (main,) = parse_page(text).listings
    assert (main.title, main.body) == ("Region opens 12 rural clinics", OLD_LAYOUT_BODY)


def test_a_page_that_lost_its_line_breaks_is_named_as_such_not_as_stampless() -> None:
    """A copy run into one line was rejected as having 'no kt.kz listing stamp', with the hint to
    add it as an article without one, though its stamps are all there."""
    text = " ".join(
        [
            "14.03.2025, 10:15 4821",
            "Region opens 12 rural clinics",
            "Images | x",
            OLD_LAYOUT_BODY * 8,
            COPYRIGHT,
        ]
        + ["relevant news", "13.03.2025, 18:02 3011", "Wheat exports rose", "Grain exporters shipped more."]
    )
    with pytest.raises(
        PageFormatError, match=r"line 1 is one 1,\d{3}-character line with 2 listing stamps"
    ) as raised:
        parse_page(text)
    assert "lost its line breaks" in str(raised.value)
    assert not isinstance(raised.value, NoStampError)


def test_a_long_paragraph_quoting_one_date_and_time_is_still_an_article_without_a_stamp() -> None:
    with pytest.raises(NoStampError):
        parse_page("A heading\n" + OLD_LAYOUT_BODY * 12 + " It met on 14.03.2025, 10:15 in Astana.\n")
