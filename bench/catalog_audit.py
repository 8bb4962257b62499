"""Which stored figures the metric catalog maps onto each series, read from a store.

Every figure is mapped afresh with the catalog and matching code of this checkout (not the
store's own metric_id), so a rule change can be judged on a store before it is refreshed:

    python bench/catalog_audit.py --store /path/to/store            # every mapped figure
    python bench/catalog_audit.py --store S --labels labels.tsv     # right/wrong per metric
    python bench/catalog_audit.py --store S --near                  # unmapped figures whose
                                                                    # sentence names a series' words

A labels file is hand-written, one figure a line: `right|wrong<TAB>indicator_id<TAB>note`; a
figure mapped but not labelled counts as "unlabelled". A figure labelled right that this checkout
leaves unmapped counts as "missed" under the metric its note names (`metric=ID`), else the
store's.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

import duckdb

from etl.extract.catalog import DEFAULT_CATALOG, FigureFacts, Metric, load_catalog, map_metric
from etl.transform.ingest import PreviousSentences


def _figures(store: Path) -> list[tuple]:
    path = store / "ktpulse.duckdb" if store.is_dir() else store
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(
            "SELECT i.indicator_id, i.unit, i.item, i.kind, i.is_change, i.sentence, "
            "i.start_char - i.sentence_start, a.title, a.body, i.start_char, i.value, i.surface, "
            "i.period_start, i.period_end, i.metric_id, i.category, i.place "
            "FROM indicators i JOIN articles a USING (article_id) ORDER BY i.article_id, i.start_char"
        ).fetchall()
    finally:
        con.close()


def mapped_figures(store: Path, catalog: tuple[Metric, ...]) -> list[dict]:
    """Every stored figure with what this checkout maps it to (metric, category) and what the
    store had."""
    bodies: dict[str, PreviousSentences] = {}
    rows = []
    for (figure, unit, item, kind, change, sentence, offset, title, body, start, value, surface,
         begin, end, stored, stored_category, place) in _figures(store):  # fmt: skip
        previous = bodies.setdefault(body, PreviousSentences(body))
        # the stored place: a national series leaves a region's figure out, as refresh does
        facts = FigureFacts(unit, item, kind, change, sentence, offset, title, previous.before(start), place)
        metric, category = map_metric(catalog, facts) or (None, None)
        rows.append(
            {
                "id": figure, "metric": metric, "category": category, "stored": stored,
                "stored_category": stored_category, "unit": unit, "item": item, "kind": kind,
                "change": change, "value": value, "surface": surface, "period": f"{begin}..{end}",
                "sentence": sentence, "title": title,
            }
        )  # fmt: skip
    return rows


def _labels(path: Path) -> dict[str, tuple[str, str]]:
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        verdict, figure, *note = line.split("\t")
        labels[figure] = (verdict, note[0] if note else "")
    return labels


def _expected(note: str, row: dict) -> str | None:
    named = re.search(r"metric=(\S+)", note)
    return named.group(1) if named else row["stored"]


def _near(rows: list[dict], catalog: tuple[Metric, ...]) -> None:
    """Unmapped figures of a series' unit whose sentence names the series' context words."""
    for metric in catalog:
        words = metric.context or metric.phrases or metric.items
        near = [
            row for row in rows
            if row["metric"] is None and row["unit"] == metric.unit and words and words.search(row["sentence"])
        ]  # fmt: skip
        if near:
            print(
                f"\n=== {metric.metric_id}: {len(near)} unmapped of its unit whose sentence names its words"
            )
            for row in near:
                print(f"  {row['id']} {row['kind']:<8} {row['surface']!r} item={row['item']!r}")
                print(f"      {row['sentence']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG)
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--near", action="store_true")
    parser.add_argument("--metric", help="only metrics whose id matches this regex")
    args = parser.parse_args()
    catalog = load_catalog(args.catalog)
    rows = mapped_figures(args.store, catalog)
    labels = _labels(args.labels) if args.labels else {}
    by_metric: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row["metric"]:
            by_metric[row["metric"]].append(row)
    unmapped = {row["id"]: row for row in rows if row["metric"] is None}
    wanted = re.compile(args.metric) if args.metric else None
    counts = {}
    for metric in catalog:
        if wanted and not wanted.search(metric.metric_id):
            continue
        mapped = by_metric.get(metric.metric_id, [])
        tally: dict[str, int] = defaultdict(int)
        print(f"\n=== {metric.metric_id} ({metric.label}): {len(mapped)} mapped")
        for row in mapped:
            verdict = labels.get(row["id"], ("?", ""))[0]
            tally[verdict] += 1
            moved = "" if row["stored"] == row["metric"] else f" (store: {row['stored']})"
            print(
                f"  [{verdict}] {row['id']} {row['kind']:<8} {row['surface']!r} = {row['value']:g} {row['unit']} "
                f"{row['period']} item={row['item']!r} cat={row['category']!r}{moved}"
            )
            print(f"      {row['sentence']}")
        missed = [
            figure for figure, (verdict, note) in labels.items()
            if verdict == "right" and figure in unmapped and _expected(note, unmapped[figure]) == metric.metric_id
        ]  # fmt: skip
        for figure in missed:
            print(f"  [missed] {figure} {unmapped[figure]['surface']!r}: {unmapped[figure]['sentence']}")
        counts[metric.metric_id] = (len(mapped), tally["right"], tally["wrong"], tally["?"], len(missed))
    if args.labels:
        print("\nmetric                               mapped right wrong unlabelled missed(right, unmapped)")
        for metric_id, (mapped_n, right, wrong, unlabelled, missed) in counts.items():
            print(f"{metric_id:<36} {mapped_n:>6} {right:>5} {wrong:>5} {unlabelled:>10} {missed:>4}")
    if args.near:
        _near(rows, catalog)


if __name__ == "__main__":
    main()
