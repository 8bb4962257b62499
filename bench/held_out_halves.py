"""Score a round of fixes on the half of the held-out sets it was not written from.

The held-out sets (tests/realworld/unseen/{en,ru,kk}) are split by writer batch (the hNN prefix
of a file name) into two fixed halves: A, whose error listing and articles a round may read, and
B, which it only scores. What a round gains on B says whether its rules reach writers it never
saw; for five sessions a ten-article blind set was too small to tell (docs/extraction.md, "A split
of the held-out sets"). Batches added after the split (h44 on) fall in B.

    PYTHONPATH=TREE python bench/held_out_halves.py dump OUT.json
    python bench/held_out_halves.py compare BEFORE.json AFTER.json [--show-a]

`dump` scores both halves with the tree on PYTHONPATH and keeps every required figure's reading;
`compare` prints, per language and half, the period and kind figures gained and lost. B's
sentences are never printed, so that a round cannot be tuned on them; `--show-a` lists A's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "ru", "kk")
# the batches a round may work from; every other batch, and every later one, is the test half
HALF_A = frozenset({"h7", "h11", "h13", "h19", "h24", "h26", "h29", "h37", "h39", "h41", "h43"})


def half_of(article_name: str) -> str:
    return "A" if article_name.split("-", 1)[0] in HALF_A else "B"


def dump(out: Path) -> None:
    from etl.cli import read_eval_set
    from etl.evaluation import _period_of, score_set

    result: dict = {"summary": {}, "figures": {}}
    for language in LANGUAGES:
        articles, problems = read_eval_set(ROOT / "tests" / "realworld" / "unseen" / language)
        if problems:
            sys.exit(f"{language}: {problems}")
        for half in ("A", "B"):
            scored = score_set([a for a in articles if half_of(a.name) == half])
            figures = scored.figures()
            result["summary"][f"{language} {half}"] = {
                "articles": figures["articles"],
                "facts": figures["facts"],
                "f1": figures["f1"],
                "period": round(scored.period_accuracy, 4),
                "kind": round(scored.kind_accuracy, 4),
            }
            for article in scored.articles:
                for r in article.results:
                    if r.gold.optional:
                        continue
                    found = r.found
                    period = _period_of(found) if found is not None else None
                    result["figures"][f"{article.article.name}|{r.gold.start}"] = {
                        "language": language,
                        "half": half,
                        # (a figure whose gold period is none counts for neither side, as in the eval)
                        "period_ok": r.gold.period is None or (found is not None and period == r.gold.period),
                        "kind_ok": found is not None and found.kind == r.gold.kind,
                        "reading": [str(period), found.kind if found else None],
                        "sentence": found.sentence if found else None,
                        "surface": r.gold.surface,
                    }
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    for key, summary in result["summary"].items():
        print(key, summary)


def compare(before_path: Path, after_path: Path, show_a: bool) -> None:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    counts: dict[tuple[str, str], list[int]] = {}
    for key, old in before["figures"].items():
        new = after["figures"].get(key)
        if new is None:
            continue
        tally = counts.setdefault((old["language"], old["half"]), [0, 0, 0, 0, 0])
        moved = False
        for index, field in ((0, "period_ok"), (2, "kind_ok")):
            if old[field] != new[field]:
                tally[index if new[field] else index + 1] += 1
        if old["reading"] != new["reading"]:
            tally[4] += 1
            moved = True
        if moved and show_a and old["half"] == "A":
            print(f"{key}: {old['reading']} -> {new['reading']} | {new['surface']} | {new['sentence']}")
    for (language, half), (p_gain, p_loss, k_gain, k_loss, moved) in sorted(counts.items()):
        was, now = before["summary"][f"{language} {half}"], after["summary"][f"{language} {half}"]
        print(
            f"{language} {half}: period +{p_gain} / -{p_loss} ({was['period']:.2%} -> {now['period']:.2%}), "
            f"kind +{k_gain} / -{k_loss} ({was['kind']:.2%} -> {now['kind']:.2%}); {moved} readings moved"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dump_command = commands.add_parser("dump")
    dump_command.add_argument("out", type=Path)
    compare_command = commands.add_parser("compare")
    compare_command.add_argument("before", type=Path)
    compare_command.add_argument("after", type=Path)
    compare_command.add_argument("--show-a", action="store_true", help="list A's figures that moved")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out)
    else:
        compare(args.before, args.after, args.show_a)


if __name__ == "__main__":
    main()
