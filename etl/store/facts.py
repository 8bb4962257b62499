"""What "the same fact" is, defined once: reports of one metric (and category), kind, level or
change (and its direction), stated period, value, unit and place are one fact, however many
articles carry it (a region's figure is not the country's, nor another region's).

derived.py keeps metric_facts and contradictions with it, the dashboard aggregates filtered
reports with it, and the schema's metric_values view groups by the same columns (a test holds
them equal)."""

from __future__ import annotations

# A rise and a fall of the same size are two facts: `direction` (up, down, NULL) is in the key.
FACT_KEY = (
    "metric_id", "category", "kind", "is_change", "period_start", "period_end", "value", "unit", "place",
    "direction",
)  # fmt: skip
# Facts that may contradict each other: the same key but for the value (and unit); the same place.
FACT_GROUP = tuple(column for column in FACT_KEY if column not in ("value", "unit"))


def fact_rows(figures: str, where: str = "TRUE") -> str:
    """SQL: one row per fact among the mapped rows of `figures` (indicators or a table shaped
    like it, with an optional alias) that match `where`, in metric_facts' columns."""
    key = ", ".join(FACT_KEY)
    return f"""
        SELECT {key}, count(DISTINCT article_id) AS sources, count(*) AS mentions,
               min(indicator_id) AS indicator_id, min(published_at) AS first_published_at
        FROM {figures}
        WHERE metric_id IS NOT NULL AND ({where})
        GROUP BY {key}"""


# What a reported figure claims, as an interval around its value v: (below, above) are how far
# under and over v the true figure may lie, as shares of |v| (None: no bound that side). A
# figure as written is rounded ("1.1 million"), so an exact one may lie within ROUNDING of it
# and a bound may be passed by as much; "about" allows a tenth either way, "almost" a tenth
# below. Two reports contradict only when their intervals cannot both hold.
ROUNDING = 0.0025
ABOUT = 0.1
QUALIFIER_BOUNDS: dict[str | None, tuple[float | None, float | None]] = {
    None: (ROUNDING, ROUNDING),
    "about": (ABOUT, ABOUT),
    "almost": (ABOUT, ROUNDING),
    "more than": (ROUNDING, None),
    "at least": (ROUNDING, None),
    "up to": (None, ROUNDING),
    "less than": (None, ROUNDING),
}


def interval(value: float, qualifier: str | None) -> tuple[float, float]:
    """The values a figure with this qualifier allows (an unknown qualifier is read as exact)."""
    below, above = QUALIFIER_BOUNDS.get(qualifier, QUALIFIER_BOUNDS[None])
    low = value - below * abs(value) if below is not None else float("-inf")
    high = value + above * abs(value) if above is not None else float("inf")
    return low, high


def can_both_hold(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def interval_sql(value: str, qualifier: str) -> tuple[str, str]:
    """SQL for interval(): the low and high ends for the columns `value` and `qualifier`."""

    def end(side: int, sign: str, unbounded: str) -> str:
        cases = " ".join(
            f"WHEN {qualifier} = '{name}' THEN "
            + (f"{value} {sign} {bounds[side]!r} * abs({value})" if bounds[side] is not None else unbounded)
            for name, bounds in QUALIFIER_BOUNDS.items()
            if name is not None
        )
        exact = QUALIFIER_BOUNDS[None][side]
        return f"(CASE {cases} ELSE {value} {sign} {exact!r} * abs({value}) END)"

    return end(0, "-", "'-infinity'::DOUBLE"), end(1, "+", "'infinity'::DOUBLE")


def item_words_sql(item: str) -> str:
    """SQL: an item's words, casefolded, without punctuation ('GDP)' and 'gdp' are one wording).
    Reports are compared only when these are equal, or when both name one catalog item
    (derived.py: 'деревьев' and 'trees'): 'seedlings' and 'trees', 'көшет' and 'trees', or
    'inflation' and 'annual inflation' (a monthly rate read without its 'monthly') may count
    different things, and nothing in the store says they do not."""
    return rf"trim(regexp_replace(lower({item}), '[^\pL\pN]+', ' ', 'g'))"
