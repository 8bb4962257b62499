"""The item score (etl/item_quality.py) of each dev set, split by writer set into its older half
(the first sets and h2-h14, hx) and its newer half (h15 on), so that an item rule written from
the older half can be checked on text it was not written from.

    python bench/item_quality.py [--dump FILE]

`--dump FILE` writes every scored (file, surface, gold item, item) line, to diff two runs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from etl.cli import read_eval_set
from etl.evaluation import score_set

_WRITER_SET = re.compile(r"h(\d+)-")
NEWER_FROM = 15  # the first writer set of the newer half


def is_newer(name: str) -> bool:
    """Whether a labelled file belongs to the newer writer sets (h15, h17, ... h27)."""
    found = _WRITER_SET.match(name)
    return bool(found) and int(found.group(1)) >= NEWER_FROM


def main(argv: list[str]) -> None:
    dump: list[str] = []
    for language in ("en", "ru", "kk"):
        articles, _ = read_eval_set(Path("tests/realworld") / language)
        for half, newer in (("older", False), ("newer", True)):
            report = score_set([a for a in articles if is_newer(a.name) == newer])
            print(f"{language} {half:5} {len(report.articles):3} articles: {report.item_score()}")
            dump += [
                f"{score.article.name}\t{r.gold.surface}\t{r.gold.item}\t{r.found.item}"
                for score in report.articles
                for r in score.results
                if r.found is not None and not r.gold.optional
            ]
    if "--dump" in argv:
        Path(argv[argv.index("--dump") + 1]).write_text("\n".join(dump) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
