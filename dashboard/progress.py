"""Progress to targets: which reported actual a target's bar compares with, chosen so that a bar
never compares two different things nor borrows a figure from another item.

A target and an actual are compared when they are of one metric family ('it.exports_target_usd'
and 'it.exports_usd'), unit, category and place (a national target of 2 billion trees is never
measured by one region's plantings, nor a region's target by the country's), count the same item (`fact_figures.progress_family`: the
catalog's [item_names] across languages, else the same words, as contradictions compare items;
and the [progress_items] that measure a target worded as another: seedlings toward trees),
and the actual's period lies inside the target's span. Like is compared with like: a target of
a year's level (the catalog's [progress_targets] `yearly`: "$1 billion of IT exports by 2026")
only with a full calendar year's figure (a first half's $306 M is no 31 % of it: the bar then
says that only part of a year is reported, with no share); any other target is a total over its
span, compared with the running total from its first day when it names one (a single year's
planting is no share of a 2021–2025 total). Of those, a period written in some
report's own sentence before an inferred one, then the one covering the most of the span (in
months: the 2021–2024 total, not a later first half), the latest of equal ones; of
the reports of that period, the largest when they can all hold, else the latest, with their range."""

from __future__ import annotations

import functools

import pandas as pd

from dashboard import fact_figures
from dashboard import format as fmt
from dashboard import queries as q
from etl.extract.catalog import load_yearly_targets

MAX_TARGETS = 12  # progress bars per page: the most-reported targets
COLUMNS = ["label", "metric_id", "unit", "place", "item", "item_as_written", "target", "actual", "actual_item", "actual_period", "progress",
           "disagreeing_actuals", "actual_low", "actual_high", "target_indicator_id", "actual_indicator_id", "also_reported",
           "measure", "part_of_year"]  # fmt: skip
# What a target's figure is (`measure`), so what measures it: a year's level, by a full calendar
# year's figure; a total from the target's first day, by the running total since then; a total
# whose first day no report names, by the figure covering the most of its span.
YEARLY, TOTAL_FROM_START, TOTAL = "yearly", "total from start", "total"
PERCENT_UNITS = ("percent", "percentage_point")  # a rate or a share: no running total
# What makes one actual (a period's reports of one item) and one target.
_ACTUAL = ["family", "unit", "category", "place", "item_family", "period_start", "period_end"]
_TARGET = ["metric_id", "category", "place", "period_start", "period_end", "value", "unit", "item_family"]


def _family(metric_id: pd.Series) -> pd.Series:
    """'it.exports_target_usd' and 'it.exports_usd' measure the same thing."""
    return metric_id.str.replace("_target", "", regex=False)


def _inside_target_span(candidates: pd.DataFrame) -> pd.Series:
    """Actuals (merged with their target: `target_start`, `target_end`) whose period lies within
    the target's span: ending by its deadline and, when the target names its first day, starting
    on it or later. A 2021–2024 total is not progress to a target for 2024 alone."""
    start = candidates["period_start"].fillna(candidates["period_end"])
    after_start = candidates["target_start"].isna() | (start >= candidates["target_start"])
    return (candidates["period_end"] <= candidates["target_end"]) & after_start


@functools.cache
def _yearly_targets() -> frozenset[str]:
    return load_yearly_targets()


def _full_calendar_year(start: pd.Series, end: pd.Series) -> pd.Series:
    """Periods from 1 January to 31 December of one year."""
    return (
        (start.dt.month == 1) & (start.dt.day == 1) & (end.dt.month == 12) & (end.dt.day == 31)
        & (start.dt.year == end.dt.year)
    )  # fmt: skip


def months_covered(start: pd.Series, end: pd.Series) -> pd.Series:
    """Calendar months from a period's first to its last (a year 12 whether leap or not, a first
    half 6, one day 1): how much of a target's span an actual inside it covers."""
    start = start.fillna(end)
    return (end.dt.year - start.dt.year) * 12 + end.dt.month - start.dt.month + 1


def _prepared(values: pd.DataFrame) -> pd.DataFrame:
    """`values` with each row's metric `family` and `item_family`, dates as timestamps."""
    out = values.copy()
    out["family"] = _family(out["metric_id"])
    out["category"] = out["category"].fillna("")
    # "" for national: one key value, so pandas pairs national with national only
    out["place"] = out["place"].fillna("") if "place" in out else ""
    # each wording named once: a store has a few wordings and many reports
    own = {item: fact_figures.item_family(item) for item in out["item"].unique()}
    out["own_item_family"] = out["item"].map(own)
    out["item_family"] = out["item"].map({item: fact_figures.progress_family(item) for item in own})
    # a metric counting one thing: words the catalog does not name are its sentence's, not an item
    # asked once per metric, not per report (19,000 Taza reports at 100k articles, a dozen metrics)
    one_thing = out["metric_id"].map({m: fact_figures.counts_one_thing(m) for m in out["metric_id"].unique()})
    one_thing = one_thing.astype(bool)
    unnamed = out["item"].map({item: fact_figures.item_label(item) == "" for item in own}).astype(bool)
    out.loc[one_thing & unnamed, ["own_item_family", "item_family"]] = ""
    out["period_end"] = pd.to_datetime(out["period_end"])
    out["period_start"] = pd.to_datetime(out["period_start"])
    out["first_published_at"] = pd.to_datetime(out["first_published_at"])
    return out


def _actuals(values: pd.DataFrame) -> pd.DataFrame:
    """One row per metric family, unit, category, item family and period: of its reports (one
    row per value), when their intervals all meet (lower bounds, one figure rounded two ways), the
    largest, the tightest; else the value published last (a revised figure is a new value
    published later; ties to the first report, undated ones last), never the largest, with the
    lowest and highest reported (`range_low`, `range_high`) and how many values cannot all hold
    (`disagreeing`). Only the actuals of an item some target counts are read."""
    actuals = values[(values["kind"] == "actual") & ~values["is_change"]]
    wanted = values.loc[
        values["kind"] == "target", ["family", "unit", "category", "place", "item_family"]
    ].drop_duplicates()
    actuals = actuals.merge(wanted, on=list(wanted.columns))
    # a period reported in the target's own item is read in it alone: seedlings measure a target
    # of trees only where no figure of trees covers that period (the sample's "1.1 million
    # seedlings", a slip for billion, does not overrule "over 1.1 billion trees")
    head = actuals["own_item_family"] == actuals["item_family"]
    has_head = head.groupby([actuals[c] for c in _ACTUAL], dropna=False).transform("any")
    actuals = actuals[head | ~has_head]
    # one row per value: its wordings of the item (trees, деревьев) together
    by_value = actuals.groupby([*_ACTUAL, "value"], dropna=False, sort=False).agg(
        low=("low", "min"), high=("high", "max"), first_published_at=("first_published_at", "min"),
        indicator_id=("indicator_id", "min"), actual_item=("item", "first"),
        period_stated=("period_stated", "max"),
    ).reset_index()  # fmt: skip
    period = by_value.groupby(_ACTUAL, dropna=False, sort=False)
    by_value["period_stated"] = period["period_stated"].transform("max")
    hold = period["low"].transform("max") <= period["high"].transform("min")
    # when first published, as a number; an undated report before every dated one
    published = by_value["first_published_at"].fillna(pd.Timestamp("1900-01-01")).astype("int64")
    by_value = by_value.assign(
        disagreeing=period["value"].transform("size").where(~hold, 0),
        range_low=period["value"].transform("min").where(~hold),
        range_high=period["value"].transform("max").where(~hold),
        preference=by_value["value"].where(hold, published.astype(float)),  # the largest, or the latest
    )
    return by_value.sort_values(
        ["preference", "indicator_id"], ascending=[False, True], kind="stable"
    ).drop_duplicates(_ACTUAL)


def _targets(values: pd.DataFrame) -> pd.DataFrame:
    """One row per target fact and item family (a target worded 'trees' in one article and
    'green spaces' in another is two), the most-reported target per metric, category,
    deadline and item family."""
    targets = values[values["kind"] == "target"]
    # named by the item the others measure ("trees", not "green spaces") when it is among them
    other_wording = targets["own_item_family"] != targets["item_family"]
    targets = targets.loc[other_wording.sort_values(kind="stable").index]
    per_item = targets.groupby(_TARGET, dropna=False, sort=False).agg(
        label=("label", "first"), item=("item", "first"), sources=("sources", "sum"),
        indicator_id=("indicator_id", "min"), period_stated=("period_stated", "max"),
        first_published_at=("first_published_at", "max"),
    ).reset_index()  # fmt: skip
    per_item = per_item.sort_values("sources", ascending=False, kind="stable")
    per_item = _one_per_target_value(per_item)
    return per_item.drop_duplicates(["metric_id", "category", "place", "period_end", "item_family"])


def _one_per_target_value(targets: pd.DataFrame) -> pd.DataFrame:
    """One target per value and item (metric, category, place, unit): the same "2 billion trees"
    under a deadline written in its sentence and under a span carried from a headline is one
    target reported twice, not two with contradicting progress. An inferred period beside a stated
    one is folded into the most-reported stated one, and of inferred ones only, the most-reported
    stays. A total target whose deadline reports move ("2 billion trees by 2025", later "by 2027")
    is one target at the deadline of its latest report (`_moved_deadlines`); a yearly one may
    repeat its value each year, so each stated year stays. Each kept target lists the periods
    folded into it (`also_reported`: "2025 (an earlier report, 15 Nov 2025)", "2025 (period
    inferred)") and the first day its total counts from (`counts_from`: its own, else the one its
    earlier reports name)."""
    same = ["metric_id", "category", "place", "unit", "item_family", "value"]
    targets = targets.assign(period_stated=targets["period_stated"].fillna(False).astype(bool))
    ordered = targets.sort_values(["period_stated", "sources"], ascending=[False, False], kind="stable")
    group = ordered.groupby(same, dropna=False, sort=False)
    keep = ordered["period_stated"] | (group.cumcount() == 0)
    kept, inferred = ordered[keep], ordered[~keep]
    moved = _moved_deadlines(kept)
    kept = kept.drop(moved.index)
    lead = kept.drop_duplicates(same)  # the one an inferred report joins
    inferred = inferred.merge(lead[[*same, "indicator_id"]].rename(columns={"indicator_id": "lead"}), on=same)
    notes: dict[str, list[str]] = {}
    deadlines: dict[str, set] = {}
    for folded, words in ((moved, _earlier_report), (inferred, lambda _: "period inferred")):
        for row in folded.itertuples():
            # a deadline an earlier report states is not repeated as inferred
            if row.period_end not in deadlines.setdefault(row.lead, set()):
                deadlines[row.lead].add(row.period_end)
                period = fmt.period(row.period_start, row.period_end)
                notes.setdefault(row.lead, []).append(f"{period} ({words(row)})")
    # a span's reports name one first day at most (`_moved_deadlines`): the one its latest lacks
    lent = {
        lead: start
        for lead, start in zip(moved["lead"], moved["period_start"], strict=True)
        if pd.notna(start)
    }
    kept = kept.assign(
        also_reported=[notes.get(i, []) for i in kept["indicator_id"]],
        counts_from=[own if pd.notna(own) else lent.get(i, pd.NaT)
                     for own, i in zip(kept["period_start"], kept["indicator_id"], strict=True)],
    )  # fmt: skip
    return kept.sort_values("sources", ascending=False, kind="stable")


def _moved_deadlines(stated: pd.DataFrame) -> pd.DataFrame:
    """Of stated total targets of one value and item, the reports of a target whose deadline moved
    ("by 2025" reported, later "by 2027"): all but the latest report, each with the indicator id
    of that latest one (`lead`). Reports are of one target when they name the same first day or
    some of them none (a report that names none does not say the span began another day); two
    that name different first days (2021–2025, 2023–2027) are two targets, and a report naming
    none beside those is one of neither. A folded report that names the first day its latest one
    does not says so (`lends_start`): the total counts from that day."""
    totals = stated[~stated["metric_id"].isin(_yearly_targets())]
    same = ["metric_id", "category", "place", "unit", "item_family", "value"]
    # a target reported once folds nothing; the rest is done for all groups at once (a loop over
    # the groups and their first days was 73 % of the Taza page's time at 100k articles)
    repeated = totals[totals.duplicated(same, keep=False)]
    several_starts = repeated.groupby(same, dropna=False, sort=False)["period_start"].transform("nunique") > 1
    # one span per first day named (and one of the reports naming none) where several are named,
    # else one span of all the group's reports
    span = repeated["period_start"].where(several_starts)
    latest_first = repeated.assign(_span=span).sort_values(
        "first_published_at", ascending=False, kind="stable"
    )
    spans = latest_first.groupby([*same, "_span"], dropna=False, sort=False)
    position, span_id = spans.cumcount(), spans.ngroup()
    leads = latest_first[position == 0]
    lead_id = pd.Series(leads["indicator_id"].to_numpy(), index=span_id[position == 0].to_numpy())
    lead_names_no_start = pd.Series(
        leads["period_start"].isna().to_numpy(), index=span_id[position == 0].to_numpy()
    )
    earlier = latest_first[position > 0].drop(columns="_span")
    earlier_spans = span_id[position > 0]
    return earlier.assign(
        lead=earlier_spans.map(lead_id).to_numpy(),
        lends_start=(
            earlier_spans.map(lead_names_no_start).to_numpy(dtype=bool)
            & earlier["period_start"].notna().to_numpy()
        ),
    )


def _earlier_report(row: object) -> str:
    published = getattr(row, "first_published_at", None)
    words = f"an earlier report, {published:%d %b %Y}" if pd.notna(published) else "an earlier report"
    return words + ("; the bar counts from its first day" if getattr(row, "lends_start", False) else "")


def _measure(targets: pd.DataFrame) -> pd.Series:
    """What each target's figure is: YEARLY, TOTAL_FROM_START or TOTAL (module docstring)."""
    yearly = targets["metric_id"].isin(_yearly_targets())
    total = targets["counts_from"].notna().map({True: TOTAL_FROM_START, False: TOTAL})
    return total.where(~yearly, YEARLY)


def _best(candidates: pd.DataFrame) -> pd.DataFrame:
    """Per target, the candidate actual whose period some report writes in its own sentence
    before an inferred one (inferred periods are wrong far more often: a span carried from a
    headline is no measure of coverage), then covering the most of the span, then the latest."""
    best = candidates.sort_values(
        ["target_order", "period_stated", "covered", "period_end"],
        ascending=[True, False, False, False],
        kind="stable",
    ).drop_duplicates("target_order")
    return best[["target_order", "period_start", "period_end", "actual", "disagreeing", "range_low",
                 "range_high", "actual_indicator_id", "actual_item"]].rename(
        columns={"period_start": "actual_start", "period_end": "actual_end"})  # fmt: skip


def _paired(targets: pd.DataFrame, actuals: pd.DataFrame) -> pd.DataFrame:
    """Each target with the actual of its measure covering the most of its span (the latest of
    those), or none (NaN `actual`); a yearly target with no full year's figure but part of a
    year's, with the latest of those flagged `part_of_year` (shown, never as a share)."""
    targets = targets.assign(
        target_order=range(len(targets)), family=_family(targets["metric_id"]), measure=_measure(targets)
    )
    candidates = targets.rename(columns={"counts_from": "target_start", "period_end": "target_end"})[
        ["target_order", "family", "unit", "category", "place", "item_family", "target_start", "target_end", "measure"]
    ].merge(actuals.rename(columns={"value": "actual", "indicator_id": "actual_indicator_id"}),
            on=["family", "unit", "category", "place", "item_family"])  # fmt: skip
    candidates = candidates[_inside_target_span(candidates)]
    candidates = candidates.assign(
        covered=months_covered(candidates["period_start"], candidates["period_end"])
    )
    yearly = candidates["measure"] == YEARLY
    full_year = _full_calendar_year(candidates["period_start"], candidates["period_end"])
    # a running total from the target's first day (a total target naming none: as reported)
    from_start = (candidates["measure"] == TOTAL) | (candidates["period_start"] == candidates["target_start"])
    best = _best(candidates[(yearly & full_year) | (~yearly & from_start)]).assign(part_of_year=False)
    part = _best(candidates[yearly & (candidates["covered"] < 12)]).assign(part_of_year=True)
    best = pd.concat([best, part[~part["target_order"].isin(best["target_order"])]])
    return targets.merge(best, on="target_order", how="left")


def _one_row_per_unmatched_target(paired: pd.DataFrame) -> pd.DataFrame:
    """A target fact with an actual for one of its item wordings is shown by that bar alone;
    one with none is shown once (its most-reported wording), saying so."""
    fact = ["metric_id", "category", "place", "period_end", "value"]
    matched = paired["actual"].notna()
    has_bar = paired[fact].apply(tuple, axis=1).isin(set(paired.loc[matched, fact].apply(tuple, axis=1)))
    unmatched = paired[~matched & ~has_bar].drop_duplicates(fact)
    return pd.concat([paired[matched], unmatched]).sort_values("target_order", kind="stable")


def no_actual_words(measure: object, item: str, unit: object = None) -> str:
    """What a bar without an actual lacks, for its measure: "no full-year actual of trees is
    reported inside the target's span", "no running total of trees from the target's first day is
    reported", "no actual of trees is reported inside the target's span". A percentage is a rate,
    never a running total ("no running total of inflation" was said of a 5 % inflation target):
    "no percentage for inflation is reported for a period from the target's first day"."""
    if unit in PERCENT_UNITS:
        if measure == YEARLY:
            return f"no full-year percentage for {item} is reported inside the target's span"
        if measure == TOTAL_FROM_START:
            return f"no percentage for {item} is reported for a period from the target's first day"
        return f"no percentage for {item} is reported inside the target's span"
    if measure == YEARLY:
        return f"no full-year actual of {item} is reported inside the target's span"
    if measure == TOTAL_FROM_START:
        return f"no running total of {item} from the target's first day is reported"
    return f"no actual of {item} is reported inside the target's span"


def _label(
    label: str, item: object, start: object, end: object, place: object = "", stated: object = True
) -> str:
    """'Taza Kazakstan: trees and seedlings planted (trees, by 2027)': the metric, the item the
    target counts (by the catalog's English name; none when the catalog names none: the words
    as written belong to the sentence) and its span, 'period inferred' when no report writes it in
    its own sentence (a label never states a carried span as fact); then, for a region's or
    a city's target, its place ('... (trees, by 2027), Mangystau region')."""
    period = fmt.period(start, end) + ("" if stated is True or stated == 1 else ", period inferred")
    item = fact_figures.item_label(item)  # the words as written are the sentence's, not a label's
    shown = f"{label} ({item}, {period})" if item else f"{label} ({period})"
    return f"{shown}, {place}" if isinstance(place, str) and place else shown


def progress_to_targets(values: pd.DataFrame) -> pd.DataFrame:
    """The most-reported targets, each with the actual it is compared with (module docstring)
    and the share of the target it reaches; a target no actual pairs with has an empty actual
    and progress (a row all the same: the page says so, never borrowing another item's figure).
    `disagreeing_actuals`, `actual_low` and `actual_high` say when the reports of the actual's
    period cannot all hold and what they range over. `values`: as `q.target_progress_inputs`
    gives them; the reports' ids are kept as `target_indicator_id` and `actual_indicator_id`
    to read how their periods were found (`with_progress_bases`)."""
    if values.empty or not (values["kind"] == "target").any():
        return pd.DataFrame(columns=COLUMNS)
    values = _prepared(values)
    paired = _one_row_per_unmatched_target(_paired(_targets(values), _actuals(values)))
    shown = paired.head(MAX_TARGETS).sort_values("period_end", kind="stable").reset_index(drop=True)
    part = shown["part_of_year"].astype("boolean").fillna(False).astype(bool)  # NaN: no actual
    return pd.DataFrame(
        {
            "label": [_label(*parts) for parts in zip(shown["label"], shown["item"], shown["period_start"],
                                                      shown["period_end"], shown["place"], shown["period_stated"],
                                                      strict=True)],
            "metric_id": shown["metric_id"], "unit": shown["unit"], "place": [place or None for place in shown["place"]],
            "item": shown["item"].map(fact_figures.item_label), "item_as_written": shown["item"].where(shown["item_family"] != ""), "target": shown["value"],
            "actual": shown["actual"], "actual_item": shown["actual_item"].map(fact_figures.item_label),
            "actual_period": [fmt.period(s, e) if pd.notna(e) else "" for s, e in
                              zip(shown["actual_start"], shown["actual_end"], strict=True)],
            # a share of a target only for a positive target and an actual not below zero: -1.2 % of a
            # deficit target of -3 % is no "40 % of the way" (the bar's text then gives the two figures)
            # nor of a year's target by part of a year's figure: like is compared with like
            "progress": (shown["actual"] / shown["value"]).where((shown["value"] > 0) & (shown["actual"] >= 0) & ~part),
            "disagreeing_actuals": shown["disagreeing"].fillna(0).astype(int),
            "actual_low": shown["range_low"], "actual_high": shown["range_high"],
            "target_indicator_id": shown["indicator_id"], "actual_indicator_id": shown["actual_indicator_id"],
            # the same target's other reports, under periods inferred: in the hover, never a second bar
            "also_reported": [list(periods) if isinstance(periods, list) else [] for periods in shown["also_reported"]],
            "measure": shown["measure"], "part_of_year": part,
        }
    ).reset_index(drop=True)  # fmt: skip


def has_bar(progress: pd.DataFrame) -> pd.Series:
    """Rows the progress chart draws a bar for: an actual, and not only part of a year's figure
    for a year's target (no share of it)."""
    part = (
        progress["part_of_year"].astype("boolean").fillna(False).astype(bool)
        if "part_of_year" in progress
        else pd.Series(False, index=progress.index)
    )
    return progress["actual"].notna() & ~part


def with_progress_bases(progress: pd.DataFrame, bases: pd.DataFrame) -> pd.DataFrame:
    """`progress` with how its target's and actual's periods were found (`target_period_basis`,
    `actual_period_basis`) and the actual's qualifier ("more than 1.1 B"), from `q.fact_bases`
    rows (keyed by indicator_id) that include theirs."""
    known = (
        bases.set_index("indicator_id")
        if "indicator_id" in bases
        else pd.DataFrame(columns=list(q.BASIS_COLUMNS))
    )

    def column(ids: pd.Series, name: str) -> list:
        return [known[name].get(i) if isinstance(i, str) and i in known.index else None for i in ids]

    return progress.assign(
        target_period_basis=column(progress["target_indicator_id"], "period_basis"),
        actual_period_basis=column(progress["actual_indicator_id"], "period_basis"),
        actual_qualifier=column(progress["actual_indicator_id"], "qualifier"),
    )
