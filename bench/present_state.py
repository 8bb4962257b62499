"""Experiment: can a small learned classifier tell a present-state figure better than the rules?

The question: is a figure the state at publication ([published, published], FORMAT.md's
present-state rule) rather than the period carried from the headline, the lead or an earlier
sentence? For every gold figure of the development sets (tests/realworld/{en,ru,kk}) that the
extractor finds, this builds general features of the figure's clause and context, the label
y = "gold period is [published, published]" and the rule's answer r = "extracted period is
[published, published]", then cross-validates an L2 logistic regression grouped by article and
counts, for a few confidence thresholds, how many periods overriding r would fix and break.

Needs scikit-learn (the train extra: `pip install -e '.[train]'`); nothing at run time uses it.

    python -m bench.present_state cv [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl.cli import read_eval_set
from etl.evaluation import EvalArticle, score_eval_article
from etl.extract.cyrillic_kinds import clause_span
from etl.extract.cyrillic_periods import find_cyrillic_periods
from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from etl.extract.kk_predicate import read_predicate
from etl.extract.languages.kk import KAZAKH
from etl.extract.languages.ru import RUSSIAN
from etl.extract.periods import Period, find_periods
from etl.extract.ru_tense import clause_tenses
from etl.extract.sentences import LIST_ITEM

ROOT = Path(__file__).resolve().parent.parent
SETS = ("en", "ru", "kk")
Span = tuple[date | None, date | None]

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.I)
_EN_PAST = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b")
_EN_PRESENT = re.compile(r"\b(?:is|are|has|have|does|do|[a-z]{3,}(?<!s)s)\b")
_EN_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+be|planned|expected)\b")
_EN_PERFECT = re.compile(r"\b(?:has|have)\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ht|lt)\b")


@dataclass(frozen=True)
class Row:
    article: str
    language: str
    features: tuple[str, ...]
    y: bool  # gold period is [published, published]
    r: bool  # the rules' period is [published, published]
    old_right: bool  # the rules' period equals gold
    alternative_right: bool  # the carried candidate (see _carried_candidate) equals gold


def _stem(word: str) -> str:
    word = word.lower()
    return word[:5] if _CYRILLIC.search(word) else word


def _span(period: Period) -> Span:
    return period.period_start, period.period_end


def _sentence_periods(text: str, language: str, published: date) -> list[Period]:
    if language == "en":
        return find_periods(text, published)
    return find_cyrillic_periods(text, published, RUSSIAN if language == "ru" else KAZAKH)


def _shape(found: Indicator, published: date) -> list[str]:
    start, end = found.period_start, found.period_end
    if start is None and end is None:
        return ["rp=none"]
    if start == end == published:
        return ["rp=pub"]
    shape = [
        "rp=day"
        if start == end
        else "rp=deadline"
        if start is None
        else "rp=open"
        if end is None
        else "rp=span"
    ]
    last = end or start
    if last is not None and last < published:
        shape.append("rp_over")
    if last is not None and last.year == published.year:
        shape.append("rp_this_year")
    return shape


def features(
    found: Indicator, body: str, published: date, language: str, title: str, richer: bool = False
) -> list[str]:
    """General features of one extracted figure: its clause's words, the tense of its predicates,
    whether its clause or sentence names a time, the shape of the rules' period, where it stands.
    `richer` adds the clause's word pairs and every word of the sentence."""
    text = found.sentence
    at, to = found.start_char - found.sentence_start, found.end_char - found.sentence_start
    c_start, c_end = clause_span(text, at, to)
    clause = text[c_start:c_end]
    out = [f"lang={language}", f"kind={found.kind}", f"unit={found.unit}"]
    if found.is_change:
        out.append("change")
    words = [_stem(w) for w in _WORD.findall(clause)]
    out += sorted({f"w={w}" for w in words})
    if richer:
        out += sorted({f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)})
        out += sorted({f"s={_stem(w)}" for w in _WORD.findall(text)})
    # the sentence's last words: where a Russian or Kazakh predicate stands
    out += [f"end={_stem(w)}" for w in _WORD.findall(text)[-2:]]
    periods = [p for p in _sentence_periods(text, language, published) if not p.is_comparison]
    own = [p for p in periods if c_start <= p.start < c_end]
    out.append("clause_time" if own else "no_clause_time")
    if periods:
        out.append("sentence_time")
    out += _shape(found, published)
    if (found.period_start, found.period_end) != (None, None) and (
        found.period_start,
        found.period_end,
    ) not in {_span(p) for p in periods}:
        out.append("carried")
    lowered = clause.lower()
    if language == "en":
        for name, pattern in (("past", _EN_PAST), ("present", _EN_PRESENT), ("future", _EN_FUTURE),
                              ("perfect", _EN_PERFECT)):  # fmt: skip
            if pattern.search(lowered):
                out.append(f"en_{name}")
    elif language == "ru":
        out += sorted({f"ru_{tense}" for _, tense in clause_tenses(text, c_start, c_end)})
        out += sorted({f"ru_s_{tense}" for _, tense in clause_tenses(text, 0, len(text))})
    else:
        for where, (a, b) in (("c", (c_start, c_end)), ("s", (0, len(text)))):
            predicate = read_predicate(text, a, b)
            if predicate is not None:
                out.append(f"kk_{where}_{predicate.tense}")
                out += [f"kk_{where}_{flag}" for flag in ("copular", "stative", "passive", "planning")
                        if getattr(predicate, flag)]  # fmt: skip
    paragraph = body.count("\n", 0, found.start_char)
    out.append(f"para={min(paragraph, 3)}")
    line_start = body.rfind("\n", 0, found.start_char) + 1
    if LIST_ITEM.match(body, line_start):
        out.append("list_item")
    if found.sentence_start == line_start:
        out.append("first_in_paragraph")
    if title and _sentence_periods(title, language, published):
        out.append("title_time")
    return out


def _carried_candidate(found: list[Indicator], index: int, published: date) -> Span | None:
    """What the figure would get if not the present: the last earlier figure's dated period."""
    for earlier in reversed(found[:index]):
        span = (earlier.period_start, earlier.period_end)
        if span != (None, None) and span != (published, published):
            return span
    return None


def rows_of(article: EvalArticle, richer: bool = False) -> Iterator[Row]:
    found = extract_indicators(
        article.body, article.published, title=article.title, language=article.language
    )
    published = article.published
    place = {id(hit): index for index, hit in enumerate(found)}
    for result in score_eval_article(article, found).results:  # the eval's own matching
        gold, hit = result.gold, result.found
        if gold.optional or hit is None:
            continue
        got = (hit.period_start, hit.period_end)
        gold_span = gold.period if gold.period is not None else (None, None)
        yield Row(
            article=article.name,
            language=article.language,
            features=tuple(features(hit, article.body, published, article.language, article.title, richer)),
            y=gold_span == (published, published),
            r=got == (published, published),
            old_right=got == gold_span,
            alternative_right=_carried_candidate(found, place[id(hit)], published) == gold_span,
        )


def dataset(richer: bool = False) -> list[Row]:
    rows: list[Row] = []
    for language in SETS:
        articles, _ = read_eval_set(ROOT / "tests" / "realworld" / language)
        for article in articles:
            rows.extend(rows_of(article, richer))
    return rows


def _tally(rows: list[Row], probabilities: list[float], threshold: float) -> Counter[str]:
    counts: Counter[str] = Counter()
    for row, p in zip(rows, probabilities, strict=True):
        if not row.r and p > threshold:
            counts["up"] += 1
            counts["up_fix"] += row.y  # was wrong (r false, gold present): now right
            counts["up_break"] += row.old_right  # was right: now wrong
        elif row.r and p < 1 - threshold:
            counts["down"] += 1
            counts["down_fix"] += (not row.y) and row.alternative_right
            counts["down_break"] += row.y
    return counts


# the features that repeat the rules' own answer (the shape of their period)
_RULE_OUTPUT = re.compile(r"^(?:rp=|rp_|carried$)")


def cross_validate(
    rows: list[Row],
    per_language: bool,
    c: float,
    folds: int = 5,
    with_rules: bool = True,
    balanced: bool = False,
) -> list[float]:
    """Out-of-fold P(present) for every row; articles never split across folds. Without
    `with_rules` the model sees no feature that repeats the rules' period."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    probabilities = [0.0] * len(rows)
    groups = [SETS] if not per_language else [(language,) for language in SETS]
    for languages in groups:
        index = [i for i, row in enumerate(rows) if row.language in languages]
        subset = [rows[i] for i in index]
        for train, test in GroupKFold(n_splits=folds).split(subset, groups=[r.article for r in subset]):
            vectorizer = DictVectorizer()
            keep = [{f: 1 for f in row.features if with_rules or not _RULE_OUTPUT.match(f)} for row in subset]
            x_train = vectorizer.fit_transform([keep[i] for i in train])
            model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced" if balanced else None)
            model.fit(x_train, [subset[i].y for i in train])
            x_test = vectorizer.transform([keep[i] for i in test])
            for i, p in zip(test, model.predict_proba(x_test)[:, 1], strict=True):
                probabilities[index[i]] = float(p)
    return probabilities


THRESHOLDS = (0.6, 0.7, 0.8, 0.9)


def _auc(labels: list[bool], scores: list[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores)) if len(set(labels)) == 2 else float("nan")


def report(rows_by_features: dict[str, list[Row]]) -> dict[str, dict]:
    """Print and return, for every model variant and language, the CV accuracy and AUC of the
    model's own decision and what overriding the rules at each threshold fixes and breaks."""
    table: dict[str, dict] = {}
    rows = next(iter(rows_by_features.values()))
    print("rows (matched required gold figures): y = gold present, r = rules present")
    for language in SETS:
        chosen = [r for r in rows if r.language == language]
        base = Counter((r.y, r.r) for r in chosen)
        rules = sum(r.y == r.r for r in chosen) / len(chosen)
        majority = 1 - sum(r.y for r in chosen) / len(chosen)
        table[f"rows {language}"] = {"n": len(chosen), "rules_accuracy": rules, "majority": majority}
        print(f"  {language}: n={len(chosen)} y&r={base[(True, True)]} y&!r={base[(True, False)]} "
              f"!y&r={base[(False, True)]} !y&!r={base[(False, False)]}; rules' accuracy {rules:.4f}, "
              f"always 'not present' {majority:.4f}")  # fmt: skip
    print(
        "\nper variant and language: CV accuracy (p > 0.5), AUC; then per threshold t the overrides"
        "\n(up: rules not present, p > t -> [published, published]; down: rules present, p < 1 - t ->"
        "\nthe last earlier dated period) as n fixed/broken, and the net change in right periods"
    )
    for feature_set, rows in rows_by_features.items():
        for with_rules in (True, False):
            for per_language in (False, True):
                for c in (0.1, 0.3, 1.0):
                    name = (f"{feature_set} {'with' if with_rules else 'without'} rule output "
                            f"{'per-language' if per_language else 'shared'} C={c}")  # fmt: skip
                    probabilities = cross_validate(rows, per_language, c, with_rules=with_rules)
                    print(f"\n{name}")
                    for language in SETS:
                        index = [i for i, r in enumerate(rows) if r.language == language]
                        chosen, scores = [rows[i] for i in index], [probabilities[i] for i in index]
                        accuracy = sum((p > 0.5) == r.y for r, p in zip(chosen, scores, strict=True)) / len(
                            chosen
                        )
                        entry: dict = {"accuracy": accuracy, "auc": _auc([r.y for r in chosen], scores)}
                        cells = []
                        for threshold in THRESHOLDS:
                            counts = _tally(chosen, scores, threshold)
                            net = (
                                counts["up_fix"]
                                - counts["up_break"]
                                + counts["down_fix"]
                                - counts["down_break"]
                            )
                            entry[f"t={threshold}"] = dict(counts, net=net)
                            cells.append(f"t{threshold} up {counts['up']} {counts['up_fix']}/{counts['up_break']} "
                                         f"down {counts['down']} {counts['down_fix']}/{counts['down_break']} "
                                         f"net {net:+}")  # fmt: skip
                        table[f"{name} {language}"] = entry
                        print(
                            f"  {language} acc {accuracy:.4f} auc {entry['auc']:.3f} | " + " | ".join(cells)
                        )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["cv"])
    parser.add_argument("--out", type=Path, help="write the CV table as JSON here")
    args = parser.parse_args()
    table = report({"clause words": dataset(), "clause words+pairs+sentence words": dataset(richer=True)})
    if args.out:
        args.out.write_text(json.dumps(table, indent=1))


if __name__ == "__main__":
    main()
