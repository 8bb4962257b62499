"""A sha256 of every chart the pages build, so that a speed change can show it left them as they were.

For each of four filters (none, and each language), every chart of every page (`charts.all_charts`,
the readership page's equal-ages charts included) is fingerprinted: its figure's JSON, its data as
the CSV export writes it, its unlabelled table, its title and flags. Run on the code before and after
(each tree on its own PYTHONPATH: the editable install otherwise imports /work/main) and compare.

    PYTHONPATH=TREE python bench/chart_fingerprints.py STORE.duckdb OUT.json
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from dashboard import charts
from dashboard.chart import Chart
from dashboard.queries import Filters, Store
from etl.store.spreadsheet import spreadsheet_csv

FILTERS = {"all": Filters(), **{language: Filters(languages=(language,)) for language in ("en", "ru", "kk")}}


def _sha(text: str | bytes) -> str:
    return hashlib.sha256(text.encode("utf-8") if isinstance(text, str) else text).hexdigest()


def fingerprint(chart: Chart) -> dict[str, object]:
    unlabelled = chart.unlabelled
    return {
        "title": chart.title,
        "card": chart.card,
        "in_report": chart.in_report,
        "note": chart.note,
        "figure": _sha(chart.figure.to_json()),
        "data": _sha(spreadsheet_csv(chart.data)),
        "unlabelled": None if unlabelled is None else _sha(spreadsheet_csv(unlabelled)),
    }


def main() -> None:
    store_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    store = Store.open(store_path)
    dump = {
        f"{label}/{chart.page}/{chart.name}": fingerprint(chart)
        for label, filters in FILTERS.items()
        for chart in charts.all_charts(store, filters)
    }
    out.write_text(json.dumps(dump, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(dump)} charts -> {out} (sha256 {_sha(out.read_bytes())})")


if __name__ == "__main__":
    main()
