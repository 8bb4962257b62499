"""Experiment: does a LEARNED frame decision generalise across writers where hand rules did not?

The frame decision: a figure whose own sentence names no period takes a period from its context
(the headline's, the lead's, the last one named ...), the publication day (a present state) or
the publication year. `period_basis` calls such a figure's period "context" or "publication".
On the dev sets the rules make that call right ~95 % of the time; on sets they were not tuned
on, 62-81 %.

Rows: every required gold figure of the development sets (tests/realworld/{en,ru,kk}) that the
extractor finds, whose gold period is not null and whose extracted period has basis "context" or
"publication". For each row: the candidate spans (the rules' own answer, the headline's, the
lead's, the last period named before, that sentence's first, the paragraph opener's, a period
the sentence itself names, the publication day, the publication year, the year before), which of
them equal the gold, and general features read from the text (language, tense readers, unit
class, stock/flow and total/comparison/now/plan cue words, distance to the last dated sentence,
paragraph position, the carried span's shape and whether it still runs at publication).

A model scores every distinct candidate span of a figure (a binary "this span is the gold"
classifier over candidate x context features) and picks the highest. Evaluation is grouped
cross-validation, one group per writer set (file-name prefix h2 ... h22, hx, and the plain
en-/ru-/kk- files): train on every other group, score the held-out group, compare with the rules
on the same figures.

Needs scikit-learn (the train extra: `pip install -e '.[train]'`); nothing at run time uses it.

    python -m bench.frame_model cv [--cache FILE]
    python -m bench.frame_model rows [--cache FILE]     (dataset summary)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from bench.carry_study import _DATELINE, _headline, _lines, _span, _tense, _unit_class
from etl.cli import read_eval_set
from etl.evaluation import EvalArticle, score_eval_article
from etl.extract.indicators import extract_indicators
from etl.extract.period_basis import period_basis, sentence_periods

ROOT = Path(__file__).resolve().parent.parent
SETS = ("en", "ru", "kk")
Span = tuple[date | None, date | None] | None
CANDIDATES = (
    "rules", "headline", "lead", "prev", "prev_first", "para", "sent", "pub", "pub_year", "prev_year",
)  # fmt: skip

# Cue words, one alternation per language and class, matched on the lowercased sentence and on a
# window around the figure. Closed classes of function words and frequent nouns only.
_CUES: dict[str, dict[str, str]] = {
    "total": {
        "en": r"\b(?:total|totall?ed|overall|in all|altogether|combined|aggregate)\b",
        "ru": r"(?:всего|в общей сложности|общ(?:ий|ая|ее|его|ей|ую|им|их)\b|итого|суммарн|совокупн)",
        "kk": r"(?:барлығы|жалпы|жиыны|жиынтық|барлық)",
    },
    "compare": {
        "en": r"\b(?:than|compared|year earlier|a year ago|versus|vs|up from|down from|against|same period)\b",
        "ru": r"(?:по сравнению|\bчем\b|\bпротив\b|аналогичн\w* период|прошл\w* год)",
        "kk": r"(?:салыстырғанда|қарағанда|өткен жыл|былтыр|осы кезең)",
    },
    "now": {
        "en": r"\b(?:currently|now|today|at present|as of|presently|already)\b",
        "ru": r"(?:в настоящее время|\bсейчас\b|на сегодня|сегодня|\bныне|на данный момент|\bуже\b)",
        "kk": r"(?:қазір|бүгін|әзірге|қазірдің өзінде|бүгінгі таңда|\bәлі\b)",
    },
    "since": {
        "en": r"\b(?:since|so far|to date|cumulative|in total since|over the years)\b",
        "ru": r"(?:с начала|с момента|за время|\bс \d{4}|за годы|с тех пор|за период)",
        "kk": r"(?:бастап|\bбері\b|басынан|жылдар ішінде)",
    },
    "annual": {
        "en": r"\b(?:annual|annually|per year|a year|each year|every year|yearly)\b",
        "ru": r"(?:ежегодн|\bв год\b|каждый год)",
        "kk": r"(?:жыл сайын|жылына)",
    },
    "plan": {
        "en": r"\b(?:will|plans?|planned|expected|to be|envisaged|scheduled|intends?)\b",
        "ru": r"(?:планир|\bбудет|\bбудут|предусмотр|ожида|намечен|запланир)",
        "kk": r"(?:жоспар|көзделг|болады|тиіс|күтіл|жоспарлан)",
    },
    "stock": {
        "en": r"\b(?:share|level|population|number of|fleet|stock|reserves|capacity|coverage|network|herd|"
        r"balance|debt|assets|portfolio|rate|residents|operate|operating|there are|there were|employ)\w*",
        "ru": r"(?:доля|\bдоли|уровень|уровня|численност|количеств|\bпарк|запас|мощност|охват|поголовь|"
        r"остат|задолж|актив|портфел|\bсеть|ставк|населени|действу|функционир|работают|насчитыва)",
        "kk": r"(?:үлесі|деңгей|\bсаны\b|қоры|қуат|қамту|мал басы|қалдық|берешек|актив|желі|мөлшерлеме|"
        r"халқы|тұрғын|жұмыс істей|бар\b)",
    },
    "flow": {
        "en": r"\b(?:production|produced|output|exports?|exported|imports?|imported|revenue|investments?|"
        r"built|commissioned|sold|sales|harvest\w*|turnover|trade|spent|allocated|received|transported|"
        r"paid|collected|created|attracted|shipped|grew|increased|decreased|fell)\b",
        "ru": r"(?:производ|выпуск|экспорт|импорт|доход|инвестиц|построен|введен|произведен|продаж|урожа|"
        r"оборот|выделен|перевез|выплач|собран|создан|привлечен|отгруж|вырос|увеличил|снизил)",
        "kk": r"(?:өндір|экспорт|импорт|кіріс|инвестиц|салын|пайдалануға|сатыл|өнім|айналым|бөлін|"
        r"тасымал|төлен|жиналд|құрыл|тартыл|өсті|артты|азайды|төмендеді)",
    },
}
_COMPILED = {
    (cue, lang): re.compile(text) for cue, by_lang in _CUES.items() for lang, text in by_lang.items()
}
_WINDOW = 60  # characters either side of the figure for the "near" cues


@dataclass(frozen=True)
class Row:
    group: str
    article: str
    language: str
    surface: str
    start: int  # where the extracted figure starts in the body
    gold: tuple[str | None, str | None]
    candidates: dict[str, tuple[str | None, str | None] | None]  # name -> span (ISO dates) or None
    features: dict[str, str]  # context features, categorical
    basis: str  # the rules' basis: context or publication

    def right(self, name: str) -> bool:
        span = self.candidates.get(name)
        return span is not None and tuple(span) == tuple(self.gold)

    def spans(self) -> dict[tuple[str | None, str | None], list[str]]:
        """Distinct candidate spans -> the candidate names giving each."""
        found: dict[tuple[str | None, str | None], list[str]] = {}
        for name in CANDIDATES:
            span = self.candidates.get(name)
            if span is not None:
                found.setdefault((span[0], span[1]), []).append(name)
        return found


def group_of(name: str) -> str:
    """The writer set: the file-name prefix h2 ... h22, hx; the plain en-/ru-/kk- files are 'plain'."""
    match = re.match(r"(h\d+|hx)-", name)
    return match.group(1) if match else "plain"


def _iso(span: Span) -> tuple[str | None, str | None] | None:
    if span is None:
        return None
    return (span[0].isoformat() if span[0] else None, span[1].isoformat() if span[1] else None)


def shape(span: Span, published: date) -> str:
    """A coarse shape of a span: day, month, quarter, half, ytd (January to a month end), year,
    years, open, none."""
    if span is None:
        return "none"
    start, end = span
    if start is None or end is None:
        return "open"
    days = (end - start).days + 1
    if days == 1:
        return "day"
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return "year" if start.year == end.year else "years"
    if days <= 31:
        return "month"
    if days <= 92:
        return "quarter"
    if start.month == 1 and start.day == 1 and end.year == start.year:
        return "ytd"
    return "part" if days < 366 else "years"


def timing(span: Span, published: date) -> str:
    """How a span stands to the publication day: running (holds it), ended this year, ended
    before this year, ahead, open."""
    if span is None:
        return "none"
    start, end = span
    if end is None or start is None:
        return "open"
    if start > published:
        return "ahead"
    if end >= published:
        return "running"
    if end.year == published.year:
        return "ended_this_year"
    if end.year == published.year - 1:
        return "ended_last_year"
    return "ended_earlier"


def _cues(text: str, language: str, prefix: str) -> dict[str, str]:
    lowered = text.lower()
    return {f"{prefix}_{cue}": str(bool(_COMPILED[cue, language].search(lowered))) for cue in _CUES}


def _bucket(value: int, top: int) -> str:
    return str(value) if value < top else f"{top}+"


def rows_of(article: EvalArticle) -> Iterator[Row]:
    """One row per matched required gold figure with a gold period whose extracted period is
    carried ("context") or the publication day ("publication")."""
    published, language = article.published, article.language
    found = extract_indicators(article.body, published, title=article.title, language=language)
    lines = _lines(article)
    if not lines:
        return
    headline = _span(_headline(article))
    lead_index = next(
        (i for i, line in enumerate(lines) if not (language == "en" and _DATELINE.fullmatch(line.text))), 0
    )
    lead = _span(lines[lead_index].periods[0]) if lines[lead_index].periods else None
    starts = [line.start for line in lines]
    figures_in: Counter[int] = Counter()
    for hit in found:
        figures_in[max((i for i, s in enumerate(starts) if s <= hit.start_char), default=0)] += 1
    for result in score_eval_article(article, found).results:
        gold, hit = result.gold, result.found
        if gold.optional or hit is None or gold.period is None:
            continue
        basis = period_basis(hit, published, language)
        if basis not in ("context", "publication"):
            continue
        index = max((i for i, s in enumerate(starts) if s <= hit.start_char), default=0)
        line = lines[index]
        before = [i for i in range(index) if lines[i].periods]
        last = before[-1] if before else None
        paragraph = [i for i, other in enumerate(lines) if other.paragraph == line.paragraph]
        opener = paragraph[0]
        own = [
            p for p in sentence_periods(hit.sentence, published, language)
            if not p.is_comparison and (p.period_start or p.period_end)
        ]  # fmt: skip
        prev = _span(lines[last].periods[-1]) if last is not None else None
        rules: Span = (hit.period_start, hit.period_end)
        candidates: dict[str, Span] = {
            "rules": rules,
            "headline": headline,
            "lead": lead if index != lead_index else None,
            "prev": prev,
            "prev_first": _span(lines[last].periods[0]) if last is not None else None,
            "para": _span(lines[opener].periods[0]) if opener != index and lines[opener].periods else None,
            "sent": _span(own[0]) if own else None,
            "pub": (published, published),
            "pub_year": (date(published.year, 1, 1), date(published.year, 12, 31)),
            "prev_year": (date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)),
        }
        at = hit.start_char - hit.sentence_start
        near = hit.sentence[max(0, at - _WINDOW) : at + len(hit.surface) + _WINDOW]
        distance = "-" if last is None else _bucket(index - last, 4)
        features = {
            "lang": language,
            "tense": _tense(article, hit),
            "unit_class": _unit_class(hit),
            "unit": hit.unit if hit.unit in _COMMON_UNITS else "other",
            "kind": hit.kind,
            "change": str(hit.is_change),
            "role": hit.role or "-",
            "distance": distance,
            "last_is_lead": str(last == lead_index),
            "same_paragraph": str(last is not None and lines[last].paragraph == line.paragraph),
            "paragraph": _bucket(line.paragraph if language == "en" else paragraph_rank(lines, index), 4),
            "first_in_paragraph": str(index == opener),
            "sentence_index": _bucket(index, 6),
            "figures_in_sentence": _bucket(figures_in[index], 4),
            "weak": str(line.weak),
            "headline_dated": str(headline is not None),
            "prev_shape": shape(prev, published),
            "prev_timing": timing(prev, published),
            "lead_shape": shape(lead, published),
            "lead_timing": timing(lead, published),
            "prev_is_lead": str(prev is not None and prev == lead),
            "sent_names_comparison": str(
                any(p.is_comparison for p in sentence_periods(hit.sentence, published, language))
            ),
            "month": "early" if published.month <= 3 else "late" if published.month >= 10 else "mid",
            **_cues(hit.sentence, language, "s"),
            **_cues(near, language, "n"),
        }
        yield Row(
            group=group_of(article.name),
            article=article.name,
            language=language,
            surface=gold.surface,
            start=hit.start_char,
            gold=_iso(gold.period),  # type: ignore[arg-type]
            candidates={name: _iso(span) for name, span in candidates.items()},
            features=features,
            basis=basis,
        )


def paragraph_rank(lines: list, index: int) -> int:
    """The figure's paragraph counted from the body's first (Cyrillic lines count newlines)."""
    paragraphs = sorted({line.paragraph for line in lines})
    return paragraphs.index(lines[index].paragraph)


_COMMON_UNITS = {
    "KZT", "USD", "EUR", "RUB", "percent", "percentage_point", "times", "tonne", "count", "person",
    "hectare", "km", "kWh", "m3", "head", "job", "m2",
}  # fmt: skip


def dataset(cache: Path | None = None) -> list[Row]:
    if cache is not None and cache.exists():
        return [Row(**raw) for raw in json.loads(cache.read_text())]
    rows: list[Row] = []
    for language in SETS:
        articles, _ = read_eval_set(ROOT / "tests" / "realworld" / language)
        for article in articles:
            rows.extend(rows_of(article))
    if cache is not None:
        cache.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False))
    return rows


# ---------------------------------------------------------------- the learned scorer

_CROSSED = (
    "lang", "tense", "unit_class", "kind", "change", "distance", "same_paragraph", "first_in_paragraph",
    "weak", "prev_shape", "prev_timing", "lead_timing", "prev_is_lead", "s_total", "s_compare", "s_now",
    "s_since", "s_annual", "s_plan", "s_stock", "s_flow", "n_now", "n_stock", "n_flow", "n_total",
    "paragraph", "month", "sent_names_comparison", "last_is_lead",
)  # fmt: skip


def candidate_features(
    row: Row, names: list[str], with_rules: bool, crossed: tuple[str, ...] = _CROSSED
) -> dict[str, float]:
    """Features of one candidate span of a row: which candidates give it, crossed with the
    row's context features (and the language), so one linear model can weigh 'the last period
    named' differently for a present state in Kazakh than for a flow in English."""
    sources = [n for n in names if with_rules or n != "rules"]
    if not sources:
        sources = ["only_rules"]  # the rules' own span that no plain candidate gives
    out: dict[str, float] = {}
    for source in sources:
        out[f"src={source}"] = 1.0
        out[f"src={source}|lang={row.language}"] = 1.0
        for feature in crossed:
            out[f"src={source}|{feature}={row.features[feature]}"] = 1.0
            out[f"src={source}|lang={row.language}|{feature}={row.features[feature]}"] = 0.5
    out[f"n_sources={min(len(sources), 4)}"] = 1.0
    return out


def plain_features(row: Row, names: list[str], with_rules: bool) -> dict[str, float]:
    """The same information uncrossed, for trees (they find the interactions themselves)."""
    out: dict[str, float] = {f"src={n}": 1.0 for n in names if with_rules or n != "rules"} or {
        "src=none": 1.0
    }
    out["lang=" + row.language] = 1.0
    for feature, value in row.features.items():
        out[f"{feature}={value}"] = 1.0
    return out


def examples(
    rows: list[Row], with_rules: bool, model: str = "logreg"
) -> Iterator[tuple[int, tuple, dict[str, float], bool]]:
    """(row index, span, features, span is gold) for every distinct candidate span of every row."""
    make = candidate_features if model == "logreg" else plain_features
    for i, row in enumerate(rows):
        for span, names in row.spans().items():
            yield i, span, make(row, names, with_rules), span == tuple(row.gold)


@dataclass
class Outcome:
    right_rules: int = 0
    right_model: int = 0
    right_override: int = 0  # the model only where it is confident and disagrees with the rules
    n: int = 0
    fixed: int = 0
    broken: int = 0

    def add(self, other: Outcome) -> None:
        for key in ("right_rules", "right_model", "right_override", "n", "fixed", "broken"):
            setattr(self, key, getattr(self, key) + getattr(other, key))


def _fit(rows: list[Row], with_rules: bool, model: str, c: float):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    data = list(examples(rows, with_rules, model))
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([d for _, _, d, _ in data])
    y = [label for _, _, _, label in data]
    if model == "logreg":
        clf = LogisticRegression(C=c, max_iter=3000)
    else:
        from sklearn.ensemble import HistGradientBoostingClassifier

        clf = HistGradientBoostingClassifier(
            max_depth=3, learning_rate=0.08, max_iter=200, l2_regularization=1.0
        )
        x = x.toarray()
    clf.fit(x, y)
    return vectorizer, clf


def _predict(rows: list[Row], fitted, with_rules: bool, model: str) -> list[tuple[tuple, float, float]]:  # type: ignore[no-untyped-def]
    """Per row: the model's best span, its score and the score of the rules' span."""
    vectorizer, clf = fitted
    data = list(examples(rows, with_rules, model))
    x = vectorizer.transform([d for _, _, d, _ in data])
    probabilities = clf.predict_proba(x if model == "logreg" else x.toarray())[:, 1]
    by_row: dict[int, list[tuple[float, tuple]]] = defaultdict(list)
    for (i, span, _, _), p in zip(data, probabilities, strict=True):
        by_row[i].append((float(p), span))
    out = []
    for i, row in enumerate(rows):
        scored = sorted(by_row[i], reverse=True)
        rules_span = tuple(row.candidates["rules"])  # type: ignore[arg-type]
        out.append((scored[0][1], scored[0][0], next(p for p, span in scored if span == rules_span)))
    return out


def _written(group: str) -> tuple[int, int]:
    """The order in which the writer sets joined the dev sets (h2-h4 and hx together)."""
    return (0, 0) if group == "plain" else (1, 4) if group == "hx" else (1, max(4, int(group[1:])))


def grouped_cv(
    rows: list[Row], with_rules: bool, model: str, c: float, forward: bool = False
) -> list[tuple[tuple, float, float]]:
    """Leave one writer set out: every row's prediction by a model that never saw its group.
    `forward`: train only on the sets written before the held-out one (as a model shipped then
    would have been); a set with nothing before it keeps the rules' answer."""
    predictions: list[tuple[tuple, float, float] | None] = [None] * len(rows)
    for group in sorted({r.group for r in rows}):
        if forward:
            train = [r for r in rows if _written(r.group) < _written(group)]
        else:
            train = [r for r in rows if r.group != group]
        at = [i for i, r in enumerate(rows) if r.group == group]
        if not train:
            for i in at:
                rules_span = tuple(rows[i].candidates["rules"])  # type: ignore[arg-type]
                predictions[i] = (rules_span, 1.0, 1.0)
            continue
        fitted = _fit(train, with_rules, model, c)
        for i, prediction in zip(at, _predict([rows[i] for i in at], fitted, with_rules, model), strict=True):
            predictions[i] = prediction
    return [p for p in predictions if p is not None]


def outcomes(
    rows: list[Row], predictions: list[tuple[tuple, float, float]], margin: float
) -> dict[str, dict[str, Outcome]]:
    """group -> language -> rules, model and override-when-confident outcomes."""
    result: dict[str, dict[str, Outcome]] = defaultdict(lambda: defaultdict(Outcome))
    for row, (best, best_p, rules_p) in zip(rows, predictions, strict=True):
        rules_span, gold = tuple(row.candidates["rules"]), tuple(row.gold)  # type: ignore[arg-type]
        override = best if best != rules_span and best_p - rules_p >= margin else rules_span
        tally = result[row.group][row.language]
        tally.n += 1
        tally.right_rules += rules_span == gold
        tally.right_model += best == gold
        tally.right_override += override == gold
        tally.fixed += override == gold and rules_span != gold
        tally.broken += override != gold and rules_span == gold
    return result


def _group_key(group: str) -> tuple[int, int]:
    return (2, 0) if group == "plain" else (1, 0) if group == "hx" else (0, int(group[1:]))


def _pct(right: int, n: int) -> str:
    return f"{100 * right / n:5.1f}" if n else "    -"


def _cell(o: Outcome) -> str:
    return (f"{o.n:>9} {_pct(o.right_rules, o.n)}  {_pct(o.right_model, o.n)} "
            f"{_pct(o.right_override, o.n)} ({o.fixed:>2}/{o.broken:>2})")  # fmt: skip


def print_table(result: dict[str, dict[str, Outcome]], title: str) -> None:
    print(f"\n{title}")
    print("group  " + "  ".join(f"{lang:>4}: n  rules  model  ovr (fix/brk)" for lang in SETS))
    pooled: dict[str, Outcome] = defaultdict(Outcome)
    for group in sorted(result, key=_group_key):
        for lang in SETS:
            pooled[lang].add(result[group].get(lang, Outcome()))
        print(f"{group:6} " + "  ".join(_cell(result[group].get(lang, Outcome())) for lang in SETS))
    total = Outcome()
    for lang in SETS:
        total.add(pooled[lang])
    print(f"{'pooled':6} " + "  ".join(_cell(pooled[lang]) for lang in SETS))
    print(f"all    n={total.n} rules {_pct(total.right_rules, total.n)} model {_pct(total.right_model, total.n)}"
          f" override {_pct(total.right_override, total.n)} (fixed {total.fixed}, broken {total.broken})")  # fmt: skip


def summary(rows: list[Row]) -> None:
    print(f"rows: {len(rows)}  by language: {dict(Counter(r.language for r in rows))}")
    print(f"by basis: {dict(Counter((r.language, r.basis) for r in rows))}")
    print(f"groups: {dict(sorted(Counter(r.group for r in rows).items(), key=lambda kv: _group_key(kv[0])))}")
    for lang in SETS:
        chosen = [r for r in rows if r.language == lang]
        cells = {name: sum(r.right(name) for r in chosen) for name in CANDIDATES}
        ceiling = sum(any(r.right(n) for n in CANDIDATES) for r in chosen)
        print(f"  {lang} n={len(chosen)} right: " + ", ".join(f"{k} {v}" for k, v in cells.items())
              + f"; some candidate {ceiling}")  # fmt: skip


# ---------------------------------------------------------------- the rules at first sight

# The extractor just before each writer set joined the dev sets (the parent of the commit that
# added its files): its rules had not been tuned on that set, so its answers on the set's figures
# are a held-out measure of the rules, comparable with the model's held-out group.
_DUMP = """
import json, sys
from datetime import date
from etl.extract.indicators import extract_indicators
out = {}
for path in sys.argv[1:]:
    raw = json.load(open(path, encoding="utf-8"))
    found = extract_indicators(raw["body"], date.fromisoformat(raw["published"]), title=raw.get("title", ""),
                               language=raw["language"])
    out[path.rsplit("/", 1)[-1]] = [
        [f.start_char, f.end_char, f.period_start and f.period_start.isoformat(),
         f.period_end and f.period_end.isoformat()] for f in found]
print(json.dumps(out))
"""


def added_at(group: str, language: str) -> str | None:
    """The commit that first added the group's dev files of one language."""
    import subprocess

    pattern = f"{language}-*" if group == "plain" else f"{group}-*"
    log = subprocess.run(["git", "log", "--diff-filter=A", "--format=%h", "--", f"tests/realworld/{language}/{pattern}"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
    return log[-1] if log else None


def first_sight(
    rows: list[Row], scratch: Path, cache: Path | None
) -> list[tuple[str | None, str | None] | str]:
    """Per row: the period the extractor gave it just before its writer set joined the dev sets
    ("missed" when that extractor found no figure starting there)."""
    import subprocess

    if cache is not None and cache.exists():
        return [tuple(x) if isinstance(x, list) else x for x in json.loads(cache.read_text())]
    then: list[tuple[str | None, str | None] | str] = ["missed"] * len(rows)
    cells = sorted({(r.group, r.language) for r in rows})
    for group, language in cells:
        commit = added_at(group, language)
        if commit is None:
            continue
        tree = scratch / commit
        if not tree.exists():
            tree.mkdir(parents=True)
            archive = subprocess.run(
                ["git", "archive", f"{commit}^", "etl"], cwd=ROOT, capture_output=True, check=True
            )
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        at = [i for i, r in enumerate(rows) if (r.group, r.language) == (group, language)]
        files = sorted({str(ROOT / "tests" / "realworld" / language / rows[i].article) for i in at})
        run = subprocess.run(["python", "-c", _DUMP, *files], cwd=tree, capture_output=True, text=True)
        if run.returncode:
            print(f"  {group} {language} at {commit}^: the old extractor failed: {run.stderr[-300:]}")
            continue
        dumped = json.loads(run.stdout)
        for i in at:
            old = next((f for f in dumped[rows[i].article] if f[0] == rows[i].start), None)
            if old is not None:
                then[i] = (old[2], old[3])
        found = [i for i in at if then[i] != "missed"]
        right = sum(then[i] == tuple(rows[i].gold) for i in found)
        print(f"  {group} {language} (extractor at {commit}^): {right}/{len(found)} then, "
              f"{sum(rows[i].right('rules') for i in found)}/{len(found)} now; {len(at) - len(found)} not found then",
              flush=True)  # fmt: skip
    if cache is not None:
        cache.write_text(json.dumps(then))
    return then


# Writer sets from h15 on met an extractor already shaped by many rounds; the older sets' first
# sight is an early extractor, whose misses were not all about the frame.
RECENT = 15


def compare(rows: list[Row], then: list, variants: dict[str, list], margin: float) -> None:
    """Per group and language, over the rows the first-sight extractor also found: the rules
    then (held out), the rules now (tuned on the group), and each model variant's held-out pick;
    for a variant trained on the rules' first-sight answers ("then" in its name) also the
    override of those answers where the model is `margin` surer of another span. The "menu"
    lines keep the rows where both the gold and the first-sight answer are among the plain
    candidates (the rules then and the model choosing from the same spans)."""
    columns = ["rules-then", "rules-now"]
    for name in variants:
        columns += [name, f"{name}@ovr"] if "then" in name else [name]
    print(f"\nright answers, % (rows found at first sight; override margin {margin}): group lang n | "
          + " ".join(columns))  # fmt: skip
    by_cell: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * (1 + len(columns)))
    for i, row in enumerate(rows):
        if then[i] == "missed":
            continue
        gold = tuple(row.gold)
        values = [1, then[i] == gold, row.right("rules")]
        for name, predictions in variants.items():
            best, best_p, rules_p = predictions[i]
            values.append(tuple(best) == gold)
            if "then" in name:
                values.append(
                    (tuple(best) if tuple(best) != then[i] and best_p - rules_p >= margin else then[i])
                    == gold
                )
        plain = {span for span, names in row.spans().items() if names != ["rules"]}
        keys = [(row.group, row.language), (row.group, "all"), ("pooled", row.language), ("pooled", "all")]
        if row.group not in ("plain", "hx") and int(row.group[1:]) >= RECENT:
            keys += [(f"h{RECENT}+", row.language), (f"h{RECENT}+", "all")]
        if gold in plain and then[i] in plain:
            keys += [("menu", row.language), ("menu", "all")]
        for key in keys:
            cell = by_cell[key]
            for k, v in enumerate(values):
                cell[k] += v

    def order(key: tuple[str, str]) -> tuple:
        rank = {"pooled": 3, "menu": 4}.get(key[0], 2 if key[0].endswith("+") else 1)
        return (rank, _group_key(key[0]) if rank == 1 else (0, 0), key[1])

    for key in sorted(by_cell, key=order):
        cell = by_cell[key]
        print(f"{key[0] + ' ' + key[1]:14} {cell[0]:5d} | "
              + " ".join(f"{_pct(c, cell[0]):>{max(5, len(name))}}" for c, name in zip(cell[1:], columns, strict=True)))  # fmt: skip


def deploy_cost(rows: list[Row], then: list, model: str, c: float, margins: list[float]) -> None:
    """What a model trained on the rules' first-sight answers would do if it overrode today's
    rules on the dev sets: figures fixed and broken (the cost to the dev ratchet)."""
    kept = [i for i in range(len(rows)) if then[i] != "missed"]
    train = [Row(**{**asdict(rows[i]), "candidates": {**rows[i].candidates, "rules": then[i]}}) for i in kept]
    predictions = _predict(rows, _fit(train, True, model, c), True, model)
    for margin in (0.0, *margins):  # 0.0: the model's pick wherever it differs
        result = outcomes(rows, predictions, margin)
        for lang in SETS:
            total = Outcome()
            for group in result:
                total.add(result[group].get(lang, Outcome()))
            print(f"margin {margin} {lang}: n {total.n}, rules now {_pct(total.right_rules, total.n)} %, with the"
                  f" override {_pct(total.right_override, total.n)} % (fixed {total.fixed}, broken {total.broken})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["cv", "rows", "firstsight", "compare", "deploycost"])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--model", choices=["logreg", "gbt"], default="logreg")
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--margin", type=float, nargs="+", default=[0.3])
    parser.add_argument("--predictions", type=Path, default=None, help="write each row's prediction here")
    parser.add_argument("--then", type=Path, default=None, help="cache of the first-sight periods")
    parser.add_argument("--variants", type=Path, nargs="*", default=[], help="prediction files to compare")
    parser.add_argument("--forward", action="store_true", help="train only on the sets written before")
    parser.add_argument("--rules-then", action="store_true", help="the rules' answer at first sight, not now")
    parser.add_argument("--no-rules", action="store_true", help="hide the rules' own answer from the model")
    args = parser.parse_args()
    rows = dataset(args.cache)
    if args.command == "rows":
        summary(rows)
        return
    if args.command == "firstsight":
        first_sight(rows, Path("/tmp/frame_model_trees"), args.then)
        return
    if args.command == "deploycost":
        deploy_cost(
            rows,
            first_sight(rows, Path("/tmp/frame_model_trees"), args.then),
            args.model,
            args.c,
            args.margin,
        )
        return
    if args.command == "compare":
        then = first_sight(rows, Path("/tmp/frame_model_trees"), args.then)
        variants = {path.stem: [tuple(p) for p in json.loads(path.read_text())] for path in args.variants}
        compare(rows, then, variants, args.margin[0])
        return
    if args.rules_then:
        # the rules as they answered a writer set they had not been tuned on (first sight)
        then = first_sight(rows, Path("/tmp/frame_model_trees"), args.then)
        kept = [i for i in range(len(rows)) if then[i] != "missed"]
        rows = [
            Row(**{**asdict(rows[i]), "candidates": {**rows[i].candidates, "rules": then[i]}}) for i in kept
        ]
    predictions = grouped_cv(rows, not args.no_rules, args.model, args.c, args.forward)
    if args.predictions:
        full: list = [[[None, None], 0.0, 0.0]] * len(dataset(args.cache)) if args.rules_then else predictions
        if args.rules_then:
            for i, prediction in zip(kept, predictions, strict=True):
                full[i] = prediction
        args.predictions.write_text(json.dumps(full))
    for margin in args.margin:
        print_table(outcomes(rows, predictions, margin), f"grouped CV (leave one writer set out), model={args.model}"
                    f" C={args.c} margin={margin} rules_visible={not args.no_rules}")  # fmt: skip


if __name__ == "__main__":
    main()
