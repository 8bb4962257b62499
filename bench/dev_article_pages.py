"""kt.kz pages made of the dev eval articles (tests/realworld/{en,ru,kk}), for a store that
looks like a real one: real headlines, bodies and publishers, several years of dates.

    python bench/dev_article_pages.py OUT_DIR [--per-page 8] [--seed 1]
    ktpulse refresh OUT_DIR/first data/kt_page_sample.txt --db S --observed-at 2026-01-10T12:00
    ktpulse refresh OUT_DIR/second --db S --observed-at 2026-01-11T12:00

Each page holds a main article and related ones, newest first, in the real page format (stamp
and view count, Images credit, Tell a friend, copyright line, relevant news). The articles are
written twice, into `first` and `second`, the second time with more views, so readership has
two captures and growth. The held-out set is not read.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_SETS = [ROOT / "tests" / "realworld" / language for language in ("en", "ru", "kk")]
COPYRIGHT = ("This information may not be reproduced without reference to Kazakhstan Today. "
             "Copyright of materials of News Agency Kazakhstan Today.")  # fmt: skip
CREDITS = ["primeminister.kz", "Akorda", "Depositphotos", "Kazinform", "kt.kz"]


def dev_articles() -> list[dict]:
    """Every dev article (title, body, published day), oldest first."""
    articles = [
        json.loads(path.read_text(encoding="utf-8"))
        for folder in DEV_SETS
        for path in sorted(folder.glob("*.json"))
    ]
    return sorted(articles, key=lambda a: (a["published"], a["id"]))


def _block(article: dict, when: datetime, views: int, credit: str | None) -> list[str]:
    lines = [f"{when:%d.%m.%Y, %H:%M} {views}", article["title"].strip()]
    if credit:
        lines.append(f"Images | {credit}")
    return [*lines, "Tell a friend", *article["body"].strip().split("\n"), COPYRIGHT]


def write_pages(out_dir: Path, per_page: int = 8, seed: int = 1) -> int:
    """Pages of every dev article into out_dir/first and out_dir/second; returns pages per capture."""
    rand = random.Random(seed)
    articles = dev_articles()
    stamps = [
        datetime.fromisoformat(a["published"]).replace(hour=rand.randint(7, 21), minute=rand.randint(0, 59))
        for a in articles
    ]
    views = [rand.randint(150, 60_000) for _ in articles]
    credits = [rand.choice(CREDITS) if rand.random() < 0.7 else None for _ in articles]
    pages = [list(range(i, min(i + per_page, len(articles)))) for i in range(0, len(articles), per_page)]
    for capture, growth in (("first", 1.0), ("second", 1.15)):
        folder = out_dir / capture
        folder.mkdir(parents=True, exist_ok=True)
        for number, members in enumerate(pages):
            lines: list[str] = []
            for position, index in enumerate(reversed(members)):  # newest first, as kt.kz lists
                if position == 1:
                    lines.append("relevant news")
                counted = int(views[index] * growth) + (rand.randint(0, 40) if growth > 1 else 0)
                lines += _block(articles[index], stamps[index], counted, credits[index])
            (folder / f"page_{number:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--per-page", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    written = write_pages(args.out_dir, args.per_page, args.seed)
    print(f"{written} pages per capture in {args.out_dir}/first and {args.out_dir}/second")


if __name__ == "__main__":
    main()
