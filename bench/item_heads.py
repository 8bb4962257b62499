"""How well Russian and Kazakh items name what is measured, against the dev sets' gold items.

For every gold figure the extractor matched (optional ones left out), three counts:
- `prepositional`: the item opens with a place or time phrase rather than its noun (a Russian
  preposition first, "в Северном Арале ..."; a Kazakh first word in the locative, "Аралда ...");
- `head missed`: the gold item's head noun (Russian: its first word; Kazakh: its last) is not
  among the item's words (compared by a five-letter stem, so case endings do not count);
- `no shared word`: not one word of the gold item (of four letters or more) is among the item's;
- `empty`: no item at all.
`--dump FILE` writes every scored (article, surface, gold item, item) line, to compare two runs.

    python bench/item_heads.py [tests/realworld/ru tests/realworld/kk] [--show N]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from etl.evaluation import _match_figures, eval_article
from etl.extract.indicators import extract_indicators

_RU_PREPOSITIONS = frozenset(
    "в во на по за из с со к ко от до у о об обо при для через под над между после среди без около вокруг".split()
)
_KK_LOCATIVE = re.compile(r"\w{3,}(?:да|де|та|те|нда|нде)$")
_WORD = re.compile(r"[^\W\d_][\w-]*")


def _stem(word: str) -> str:
    return word.casefold()[:5]


def _head(gold: str, language: str) -> str | None:
    words = _WORD.findall(gold)
    if not words:
        return None
    return words[-1] if language == "kk" else words[0]


def opens_with_place(item: str, language: str) -> bool:
    words = _WORD.findall(item)
    if not words:
        return False
    first = words[0].casefold()
    return first in _RU_PREPOSITIONS if language == "ru" else bool(_KK_LOCATIVE.fullmatch(first))


def measure(directory: Path, show: int = 0, dump: list[str] | None = None) -> dict[str, int]:
    counts = {"figures": 0, "prepositional": 0, "head missed": 0, "no shared word": 0, "empty": 0}
    shown = 0
    for path in sorted(directory.glob("*.json")):
        article = eval_article(json.loads(path.read_text(encoding="utf-8")), path.name)
        found = extract_indicators(article.body, article.published, title=article.title)
        pairs, _ = _match_figures(list(article.figures), found)
        for g, f in pairs.items():
            gold, item = article.figures[g], found[f].item
            if gold.optional or not gold.item:
                continue
            counts["figures"] += 1
            head = _head(gold.item, article.language)
            bad = []
            if not item.strip():
                bad.append("empty")
            if opens_with_place(item, article.language):
                bad.append("prepositional")
            stems = {_stem(w) for w in _WORD.findall(item)}
            if head and _stem(head) not in stems:
                bad.append("head missed")
            if not stems & {_stem(w) for w in _WORD.findall(gold.item) if len(w) >= 4}:
                bad.append("no shared word")
            if dump is not None:
                dump.append(f"{path.name}\t{gold.surface}\t{gold.item}\t{item}")
            for name in bad:
                counts[name] += 1
            if bad and shown < show:
                shown += 1
                print(f"  {path.name[:40]:40} {gold.surface!r:18} gold={gold.item!r} item={item!r} {bad}")
    return counts


def main(argv: list[str]) -> None:
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    target = argv[argv.index("--dump") + 1] if "--dump" in argv else None
    options = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("--show", "--dump")}
    dirs = [a for a in argv if not a.startswith("--") and a not in options] or [
        "tests/realworld/ru",
        "tests/realworld/kk",
    ]
    dump: list[str] | None = [] if target else None
    for directory in dirs:
        print(directory, measure(Path(directory), show, dump))
    if target and dump is not None:
        Path(target).write_text("\n".join(dump) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
