"""How well figures' places are read, against places labelled by hand (tests/fixtures/place_labels.json).

Each label names a dev-set article, a figure's surface (and occurrence) and the place that figure
is about (null: national or unstated). The labels were written before any reader of places ran
on those articles. For every labelled figure the extractor found (its span overlaps the surface):
- precision: of the figures given a place, the share given the labelled one;
- recall: of the figures labelled with a place, the share given that place;
- national kept: of the figures labelled national, the share left without a place.
`--show` prints every disagreement.

    python bench/place_accuracy.py [--show]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from etl.evaluation import eval_article
from etl.extract.indicators import extract_indicators

LABELS = Path("tests/fixtures/place_labels.json")


def _span(body: str, surface: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = body.index(surface, start + 1)
    return start, start + len(surface)


def measure(show: bool = False) -> dict[str, float]:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    counts = {"labelled": 0, "found": 0, "placed": 0, "placed right": 0, "with place": 0, "national": 0,
              "national kept": 0}  # fmt: skip
    extracted: dict[str, tuple] = {}
    for label in labels:
        path = Path("tests/realworld") / label["set"] / f"{label['file']}.json"
        if path.name not in extracted:
            article = eval_article(json.loads(path.read_text(encoding="utf-8")), path.name)
            found = extract_indicators(article.body, article.published, article.title, article.language)
            extracted[path.name] = (article, found)
        article, found = extracted[path.name]
        counts["labelled"] += 1
        start, end = _span(article.body, label["surface"], label.get("occurrence", 1))
        hits = [f for f in found if f.start_char < end and start < f.end_char]
        if not hits:
            continue
        counts["found"] += 1
        got, want = hits[0].place, label["place"]
        counts["placed"] += got is not None
        counts["placed right"] += got is not None and got == want
        counts["with place"] += want is not None
        counts["national"] += want is None
        counts["national kept"] += want is None and got is None
        if show and got != want:
            print(f"  {label['file'][:44]:44} {label['surface']!r:24} label={want!r} read={got!r}")
    right_with_place = counts["placed right"]
    return {
        **counts,
        "precision": round(right_with_place / counts["placed"], 3) if counts["placed"] else 0.0,
        "recall": round(right_with_place / counts["with place"], 3) if counts["with place"] else 0.0,
        "national kept share": round(counts["national kept"] / counts["national"], 3)
        if counts["national"]
        else 0.0,
    }


if __name__ == "__main__":
    print(measure("--show" in sys.argv[1:]))
