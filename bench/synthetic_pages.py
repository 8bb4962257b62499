"""Synthetic kt.kz pages at any size: sentences of the bundled sample recombined, with fresh
numbers, dates and view counts. Every page has the real format (stamps, Images, Tell a
friend, copyright line, relevant news, Most viewed), so it goes through the real parser.

    python bench/synthetic_pages.py OUT_DIR --articles 100000 [--per-page 10] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

from etl.extract.sentences import split_sentences
from etl.sites.ktkz.pages import parse_page

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "kt_page_sample.txt"
COPYRIGHT = ("This information may not be reproduced without reference to Kazakhstan Today. "
             "Copyright of materials of News Agency Kazakhstan Today.")  # fmt: skip
PLACES = "Almaty Astana Shymkent Aktobe Karaganda Taraz Pavlodar Kostanay Atyrau Oral Turkistan Semey Kokshetau".split()
CREDITS = ["primeminister.kz", "Akorda", "Depositphotos", "Kazinform"]
_DIGITS = re.compile(r"\d+")


class PageWriter:
    """Builds pages from the sample's sentences and titles; deterministic for a seed."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        listings = parse_page(SAMPLE.read_text(encoding="utf-8")).listings
        self.titles = sorted({listing.title for listing in listings})
        self.sentences = [s.text for item in listings if item.body for s in split_sentences(item.body)]
        self.published: list[tuple[datetime, str]] = []  # every article written so far
        # The last count written of each article: a later page never shows fewer views (kt.kz
        # counts only grow; refresh warns of a fall as damaged input).
        self.views: dict[str, int] = {}

    def _fresh_numbers(self, text: str) -> str:
        def swap(match: re.Match[str]) -> str:
            digits = match.group(0)
            if len(digits) == 4 and digits.startswith("20"):
                return str(self.random.randint(2019, 2027))  # keep years looking like years
            return str(
                self.random.randint(10 ** (len(digits) - 1) if len(digits) > 1 else 1, 10 ** len(digits) - 1)
            )

        return _DIGITS.sub(swap, text)

    def _views(self, title: str, drawn: int) -> int:
        """The count to print for an article: the drawn one, or the last one printed if more."""
        self.views[title] = max(drawn, self.views.get(title, 0))
        return self.views[title]

    def _article(self, number: int, when: datetime) -> list[str]:
        title = f"{self.random.choice(self.titles)} ({self.random.choice(PLACES)} {number})"
        self.published.append((when, title))
        body = [
            self._fresh_numbers(self.random.choice(self.sentences)) for _ in range(self.random.randint(4, 14))
        ]
        body[0] = body[0].rstrip(".") + ", primeminister.kz reports."
        lines = [f"{when:%d.%m.%Y, %H:%M} {self._views(title, self.random.randint(100, 250_000))}", title]
        if self.random.random() < 0.7:
            lines.append(f"Images | {self.random.choice(CREDITS)}")
        return lines + ["Tell a friend", *body, COPYRIGHT]

    def page(self, first_number: int, per_page: int, start: datetime) -> str:
        """One page: a main article and `per_page - 1` related ones, then Most viewed."""
        when = start
        lines = self._article(first_number, when)
        lines.append("relevant news")
        for offset in range(1, per_page):
            when -= timedelta(minutes=self.random.randint(5, 600))
            lines += self._article(first_number + offset, when)
        viewed = self.random.sample(self.published, min(9, len(self.published)))
        entries = [
            f"{stamp:%d.%m.%Y, %H:%M} {self._views(title, self.random.randint(100, 300_000))}{title}"
            for stamp, title in viewed
        ]
        return "\n".join(lines + ["Most viewed", "".join(entries)]) + "\n"


def generate(out_dir: Path, articles: int, per_page: int = 10, seed: int = 1) -> int:
    """Write pages holding `articles` articles to out_dir; returns the number of pages."""
    out_dir.mkdir(parents=True, exist_ok=True)
    writer = PageWriter(seed)
    start = datetime(2023, 1, 1, 9, 0)
    pages = 0
    for first in range(0, articles, per_page):
        moment = start + timedelta(minutes=first * 13)
        text = writer.page(first, min(per_page, articles - first), moment)
        (out_dir / f"page_{pages:07d}.txt").write_text(text, encoding="utf-8")
        pages += 1
    return pages


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("out_dir", type=Path)
    options.add_argument("--articles", type=int, default=100_000)
    options.add_argument("--per-page", type=int, default=10)
    options.add_argument("--seed", type=int, default=1)
    args = options.parse_args()
    pages = generate(args.out_dir, args.articles, args.per_page, args.seed)
    print(f"wrote {pages} pages holding {args.articles} articles to {args.out_dir}")


if __name__ == "__main__":
    main()
