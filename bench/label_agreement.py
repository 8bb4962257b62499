"""How far a second, blind labelling of an eval set's periods and kinds agrees with the first.

A second labeller gets the articles with each figure's surface, value and unit but its period, kind
and item blanked (`--blank OUT` writes such copies), labels period and kind again by FORMAT.md, and
writes the files under the same names. This prints, per language, how often the second labels equal
the first and how often the extractor's reading equals each.

    python bench/label_agreement.py --blank OUT FILE...         # copies to hand a second labeller
    python bench/label_agreement.py --second DIR FILE...        # agreement, DIR holds the second labels
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from etl.evaluation import Period, _period_of, eval_article, score_set


def blank(files: list[Path], out: Path) -> None:
    """Copies of `files` whose figures keep what finds them and lose what a labeller decides."""
    out.mkdir(parents=True, exist_ok=True)
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        for key in ("modelled_on", "fact_sources"):  # a labeller must not look the article up
            data.pop(key, None)
        for figure in data["figures"]:
            figure.update(period=None, kind=None, item=None)
        (out / file.name).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _period(raw: list[str | None] | None) -> Period | None:
    if raw is None:
        return None
    start, end = raw
    return (date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None)


def agreement(files: list[Path], second: Path) -> Counter[str]:
    """Counts of agreeing figures: second labeller, extractor, each against the other. A file the
    second labeller has not returned is named on stderr and left out ("files left out")."""
    missing = [f for f in files if not (second / f.name).is_file()]
    for f in missing:
        print(f"{f.name}: no second labels in {second}, left out", file=sys.stderr)
    files = [f for f in files if f not in missing]
    firsts = [eval_article(json.loads(f.read_text(encoding="utf-8")), f.name) for f in files]
    seconds = {f.name: json.loads((second / f.name).read_text(encoding="utf-8"))["figures"] for f in files}
    counts: Counter[str] = Counter({"files left out": len(missing)})
    for scored in score_set(firsts).articles:
        for result, other in zip(scored.results, seconds[scored.article.name], strict=True):
            gold = result.gold
            if other["surface"] != gold.surface:
                raise SystemExit(
                    f"{scored.article.name}: figure {gold.surface!r} and {other['surface']!r} differ"
                )
            period, kind = _period(other.get("period")), other.get("kind")
            found = result.found
            counts["kind"] += 1
            counts["kind agree"] += kind == gold.kind
            if found is not None:
                counts["kind found"] += 1
                counts["kind extractor = first"] += found.kind == gold.kind
                counts["kind extractor = second"] += found.kind == kind
            if gold.period is None:  # as the eval scores periods: where the first label has one
                continue
            counts["period"] += 1
            counts["period agree"] += period == gold.period
            if found is not None:
                counts["period found"] += 1
                counts["period extractor = first"] += _period_of(found) == gold.period
                counts["period extractor = second"] += _period_of(found) == period
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--blank", type=Path, help="write blanked copies into this folder")
    group.add_argument("--second", type=Path, help="the folder of the second labels")
    args = parser.parse_args()
    if args.blank:
        blank(args.files, args.blank)
        return
    by_language: dict[str, list[Path]] = {}
    for file in args.files:
        by_language.setdefault(json.loads(file.read_text(encoding="utf-8"))["language"], []).append(file)
    for language, files in sorted(by_language.items()):
        c = agreement(files, args.second / language if (args.second / language).is_dir() else args.second)

        def share(hits: str, total: str, c: Counter[str] = c) -> str:
            return f"{100 * c[hits] / max(1, c[total]):.1f} % ({c[hits]}/{c[total]})"

        left_out = f" ({c['files left out']} without second labels, left out)" if c["files left out"] else ""
        print(f"{language}: {len(files) - c['files left out']} articles, {c['kind']} figures{left_out}")
        print(f"  period: second = first {share('period agree', 'period')}; extractor = first "
              f"{share('period extractor = first', 'period found')}, = second {share('period extractor = second', 'period found')}")  # fmt: skip
        print(f"  kind:   second = first {share('kind agree', 'kind')}; extractor = first "
              f"{share('kind extractor = first', 'kind found')}, = second {share('kind extractor = second', 'kind found')}")  # fmt: skip


if __name__ == "__main__":
    main()
