"""Hostile and huge pages: time and peak memory per file as the file grows.

    python bench/adversarial.py [--work build/bench/adversarial] [--families nesting,sentences,line]

Three families of adversarial files, each at four sizes:
  nesting    an HTML page whose article sits inside N nested <div>s (the HTML -> text step)
  sentences  one paragraph of many short sentences, each with a figure (sentence lookups)
  line       one line with a figure every 15 bytes (what each figure stores)
Every file is refreshed into its own store in a fresh process (one parser, the default per-file
budget), which reports the parse time, the whole refresh's time and its peak RSS. Linear steps
show as time ratios close to the size ratios; every file must finish or be rejected within its
budget, with peak RSS under 1 GiB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAMP = "05.02.2025, 16:42 6486"
COPYRIGHT = ("This information may not be reproduced without reference to Kazakhstan Today. "
             "Copyright of materials of News Agency Kazakhstan Today.")  # fmt: skip
GIB = 1 << 30


def _page_lines(title: str, body: list[str]) -> list[str]:
    return [STAMP, title, "Tell a friend", *body, COPYRIGHT]


def nesting(levels: int) -> tuple[str, str]:
    """An HTML page with its article inside `levels` nested <div>s."""
    lines = _page_lines(
        "Astana schools report on new places", ["The city opened 12 schools with 9,600 places."]
    )
    article = "".join(f"<p>{line}</p>" for line in lines)
    markup = f"<!doctype html><html><body>{'<div>' * levels}{article}{'</div>' * levels}</body></html>"
    return f"nesting-{levels}.html", markup


def sentences(size: int) -> tuple[str, str]:
    """One paragraph of ~`size` bytes of short sentences, each reporting a figure."""
    parts, length, number = [], 0, 0
    while length < size:
        sentence = f"District {number} built {number % 90 + 10} homes."
        parts.append(sentence)
        length += len(sentence) + 1
        number += 1
    return f"sentences-{size}.txt", "\n".join(
        _page_lines("Housing in the districts", [" ".join(parts)])
    ) + "\n"


def line(size: int) -> tuple[str, str]:
    """One line of ~`size` bytes with a figure every 15 bytes and no sentence end."""
    unit = "rose 12 tonnes "  # 15 bytes
    body = (unit * (size // len(unit))).strip() + "."
    return f"line-{size}.txt", "\n".join(_page_lines("Grain output by month", [body])) + "\n"


FAMILIES: dict[str, tuple[Callable[[int], tuple[str, str]], list[int], str]] = {
    "nesting": (nesting, [10_000, 20_000, 40_000, 100_000], "levels"),
    "sentences": (sentences, [100_000, 200_000, 400_000, 1_000_000], "bytes"),
    "line": (line, [62_500, 125_000, 250_000, 500_000], "bytes"),
}

# Runs in a fresh interpreter per file, so each peak RSS is that file's own.
_MEASURE = """
import json, resource, sys, time
from pathlib import Path
from etl.extract.catalog import load_catalog
from etl.extract.topics import load_taxonomy
from etl.pipeline.inputs import read_input
from etl.pipeline.refresh import FileBudget, refresh
from etl.pipeline.workers import OverTimeLimit, time_limit
from etl.transform.ingest import parse_input

page, db = Path(sys.argv[1]), Path(sys.argv[2])
budget = FileBudget()
raw = read_input(page)
started = time.perf_counter()
try:
    with time_limit(budget.seconds):
        parsed = parse_input(raw, load_taxonomy(), load_catalog())
    outcome = parsed.error or f"{sum(len(item.indicators) for item in parsed.listings)} figures"
except OverTimeLimit:
    outcome = "over budget"
parse_seconds = time.perf_counter() - started
started = time.perf_counter()
summary = refresh(db, [page], workers=1, budget=budget)
refresh_seconds = time.perf_counter() - started
print(json.dumps({"parse_seconds": parse_seconds, "refresh_seconds": refresh_seconds, "outcome": outcome,
                  "rejected": [reason for _, reason in summary.rejected + summary.unreadable],
                  "budget_seconds": budget.seconds,
                  "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
"""


def measure(page: Path, db: Path) -> dict:
    """Parse and refresh one file in a fresh process; its figures as a dict."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    finished = subprocess.run([sys.executable, "-c", _MEASURE, str(page), str(db)], capture_output=True,
                              text=True, env=env, check=True)  # fmt: skip
    return json.loads(finished.stdout)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--work", type=Path, default=Path("build/bench/adversarial"))
    options.add_argument("--families", default=",".join(FAMILIES))
    args = options.parse_args()
    if args.work.exists():
        shutil.rmtree(args.work)
    args.work.mkdir(parents=True)
    failures = []
    print(f"{'file':<24}{'size':>12}{'parse s':>10}{'refresh s':>11}{'peak RSS MiB':>14}  "
          "time/size vs first  outcome")  # fmt: skip
    for family in args.families.split(","):
        make, sizes, unit = FAMILIES[family]
        first: tuple[int, float] | None = None
        for size in sizes:
            name, content = make(size)
            page = args.work / name
            page.write_text(content, encoding="utf-8")
            figures = measure(page, args.work / f"{page.stem}.duckdb")
            first = first or (size, figures["parse_seconds"])
            growth = (figures["parse_seconds"] / first[1]) / (size / first[0])
            outcome = "; ".join(figures["rejected"]) or f"ingested ({figures['outcome']})"
            print(f"{name:<24}{size:>9,} {unit[0]:<2}{figures['parse_seconds']:>10.2f}"
                  f"{figures['refresh_seconds']:>11.2f}{figures['peak_rss'] / 2**20:>14.0f}  "
                  f"{growth:>18.2f}  {outcome}")  # fmt: skip
            if figures["peak_rss"] >= GIB:
                failures.append(f"{name}: peak RSS {figures['peak_rss'] / 2**20:.0f} MiB")
            if figures["refresh_seconds"] > figures["budget_seconds"] + 10:
                failures.append(f"{name}: refresh took {figures['refresh_seconds']:.0f} s, past its budget")
    print(
        "every file finished or was rejected within budget, peak RSS < 1 GiB" if not failures else "FAILED:"
    )
    for failure in failures:
        print("  " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
