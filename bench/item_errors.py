"""Dev-set items that miss their gold item, grouped by what went wrong (crude tests of this file's
own, not the extractor's word lists, so that a rule cannot grade itself).

    python bench/item_errors.py [--show N] [--dump FILE] [--set tests/realworld/ru ...]

Every matched non-optional gold figure with a gold item whose item's word F1 (etl/item_quality.py)
is below 1 falls in the first class that fits:

- **empty**: no item;
- **scale word**: the item holds a scale word ("тысяч", "мыңға", "million") the gold does not;
- **verb ending**: `is_verbal` (etl/item_quality.py): a Kazakh item closing with a finite verb or
  participle ("... өндірілді", "құрады"), an English or Russian one opening with a verb;
- **function word**: nothing but function words, hedges, numbers or comparison words;
- **time only**: nothing but time words ("жыл ішінде", "period", "за год");
- **unit only**: nothing but unit or currency words ("тонн", "теңге", "hectares");
- **place only**: nothing but place names (etl/extract/places.py), place nouns and function
  words ("в Алматы", "облыста", "Astana");
- **truncated head**: every content word is the gold's, but the gold has more (a head without its
  complement: "Выпуск" for "Выпуск стекла");
- **other**: the rest (a paraphrase the sentence does not use, extra words, another noun).

The counts of each class are printed per language; `--show N` prints N examples of each.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from etl.cli import read_eval_set
from etl.evaluation import score_set
from etl.extract.places import place_mentions
from etl.item_quality import content_words, is_verbal, word_f1

_WORD = re.compile(r"[^\W_][\w'’.-]*|[%$₸]")

_SCALE = {
    "en": re.compile(r"(?:thousands?|millions?|billions?|trillions?|mln|bn|trln|k)\b\W*", re.I),
    "ru": re.compile(r"(?:тыс\w*|млн|миллион\w*|млрд|миллиард\w*|трлн|триллион\w*)\W*", re.I),
    "kk": re.compile(r"(?:мың\w*|млн\w*|миллион\w*|млрд\w*|миллиард\w*|трлн\w*|триллион\w*)\W*", re.I),
}
_FUNCTION = re.compile(
    r"\d.*|[%$₸+\-–]|about|around|over|more|less|than|up|down|nearly|almost|some|total|"
    r"около|более|свыше|почти|порядка|примерно|больше|меньше|всего|из|них|том|числе|это|"
    r"шамамен|жуық|астам|артық|көп|аз|яғни|оның|ішінде|бұл|осы|сол|ол",
    re.I,
)
_TIME = re.compile(
    r"year.*|month.*|quarter.*|period.*|half|week.*|day.*|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"год.*|лет|месяц.*|квартал.*|пери.*|полуг.*|недел.*|январ.*|феврал.*|март.*|апрел.*|ма[йя]|июн.*|июл.*|"
    r"август.*|сентябр.*|октябр.*|ноябр.*|декабр.*|"
    r"жыл.*|ай|айда|айында|тоқсан.*|кезең.*|апта.*|қаңтар.*|ақпан.*|наурыз.*|сәуір.*|мамыр.*|маусым.*|"
    r"шілде.*|тамыз.*|қыркүйек.*|қазан.*|қараша.*|желтоқсан.*|былтыр.*|биыл.*|өткен|соңы.*|басы.*",
    re.I,
)
_UNIT = re.compile(
    r"tonn?e?s?|tons?|hectares?|ha|km|kilometres?|kilometers?|metres?|meters?|litres?|tenge|dollars?|usd|"
    r"kzt|percent|mw|kwh|units?|pieces?|heads?|"
    r"тонн.*|т|га|гектар.*|км|километр.*|метр.*|м|кв|литр.*|тенге|доллар.*|процент.*|штук.*|единиц.*|голов.*|"
    r"тонна.*|гектар.*|шаршы|теңге.*|доллар.*|пайыз.*|дана.*|бас|басы|басты|басын|текше",
    re.I,
)
_PLACE_NOUN = re.compile(
    r"region.*|city|district.*|country|oblast|province|area|"
    r"област.*|район.*|регион.*|город.*|стран.*|республик.*|столиц.*|сел.*|"
    r"облыс.*|аудан.*|өңір.*|аймақ.*|қала.*|ел|елде|елімізде|еліміз.*|республика.*|ауыл.*",
    re.I,
)
_PREPOSITIONS = frozenset("в во на по из с со к от до у о при для in at on of the a for from to by".split())

CLASSES = (
    "empty",
    "scale word",
    "verb ending",
    "function word",
    "time only",
    "unit only",
    "place only",
    "truncated head",
    "other",
)


def _words(item: str) -> list[str]:
    return _WORD.findall(item)


def _only(pattern: re.Pattern[str], words: list[str], language: str) -> bool:
    plain = [w for w in words if w.casefold().strip(".") not in _PREPOSITIONS]
    return bool(plain) and all(pattern.fullmatch(w.strip(".")) for w in plain)


def classify(item: str, gold: str, language: str) -> str | None:
    """The error class of an item against its gold item, or None when it is right."""
    if word_f1(item, gold, language) >= 1.0:
        return None
    words = _words(item)
    if not words:
        return "empty"
    gold_words = {w.casefold() for w in _words(gold)}
    if any(_SCALE[language].fullmatch(w) and w.casefold() not in gold_words for w in words):
        return "scale word"
    if is_verbal(item, language):
        return "verb ending"
    if _only(_FUNCTION, words, language) or not content_words(item, language):
        return "function word"
    if _only(_TIME, words, language):
        return "time only"
    if _only(_UNIT, words, language):
        return "unit only"
    unplaced = item
    for mention in sorted(place_mentions(item, language), key=lambda m: -m.start):
        unplaced = unplaced[: mention.start] + " " + unplaced[mention.end :]
    if _only(re.compile(_PLACE_NOUN.pattern + "|" + _FUNCTION.pattern, re.I), _words(unplaced), language) or (
        unplaced != item and not content_words(unplaced, language)
    ):
        return "place only"
    got, want = content_words(item, language), content_words(gold, language)
    if got and got < want:
        return "truncated head"
    return "other"


def main(argv: list[str]) -> None:
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    sets = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--set"] or [
        f"tests/realworld/{language}" for language in ("en", "ru", "kk")
    ]
    dump: list[str] = []
    for directory in sets:
        articles, _ = read_eval_set(Path(directory))
        language = articles[0].language
        report = score_set(articles)
        counts: Counter[str] = Counter()
        examples: dict[str, list[str]] = defaultdict(list)
        for score in report.articles:
            for r in score.results:
                if r.found is None or r.gold.optional or not r.gold.item.strip():
                    continue
                counts["scored"] += 1
                error = classify(r.found.item or "", r.gold.item, language)
                counts[error or "right"] += 1
                if error:
                    line = f"{score.article.name}\t{r.gold.surface}\t{r.gold.item}\t{r.found.item}"
                    examples[error].append(line)
                    dump.append(f"{language}\t{error}\t{line}")
        print(f"{language}: {report.item_score()}")
        print("  " + ", ".join(f"{name} {counts[name]}" for name in ("scored", "right", *CLASSES)))
        for name in CLASSES:
            for line in examples[name][:show]:
                print(f"    [{name}] {line}")
    if "--dump" in argv:
        Path(argv[argv.index("--dump") + 1]).write_text("\n".join(dump) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
