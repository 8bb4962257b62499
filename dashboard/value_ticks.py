"""A chart's value ticks written as the page writes its figures ("9,000", "1.2 M"): Plotly's own
read "9000" beside a bar's "9,036" and "10k" beside a card's "24.17 M"."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard import format as fmt

_TICKS = 5  # about as many ticks as Plotly sets on a ~440 px axis
_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)
_MILLION = 1e6  # where fmt.figure turns compact
_HEADROOM = 1.1  # Plotly pads an autoranged axis past its data; ticks cover the padding too


def nice_ticks(low: float, high: float, count: int = _TICKS) -> list[float]:
    """Round ticks (steps of 1, 2, 2.5 or 5 times a power of ten) covering `low` to `high`."""
    if not high > low:
        high = low + (abs(low) or 1.0)
    rough = (high - low) / count
    power = 10.0 ** math.floor(math.log10(rough))
    step = next(s * power for s in _STEPS if s * power >= rough)
    first, last = math.floor(low / step), math.ceil(high / step)
    return [round(n * step, 10) for n in range(first, last + 1)]


def tick_texts(ticks: list[float]) -> list[str]:
    """The ticks of one axis in one style: whole ("750,000") when every tick is below a million,
    else every one compact ("0.75 M", "1 M"; "250 M", "1 B" as the page writes them), not
    "750,000" beside "1 M"."""
    if all(abs(tick) < _MILLION for tick in ticks):
        return [fmt.figure(tick, "count") for tick in ticks]
    # below a million in millions; as many decimals as a tick needs, never float noise
    return [
        fmt.figure(tick, "count")
        if tick == 0 or abs(tick) >= _MILLION
        else f"{tick / _MILLION:,.6f}".rstrip("0").rstrip(".") + " M"
        for tick in ticks
    ]


def _numbers(values: object) -> pd.Series | None:
    """`values` as numbers, or None when they are not numbers (dates, categories)."""
    if values is None:
        return None
    series = pd.Series(np.asarray(values, dtype=object)).infer_objects()
    if not pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        return None
    return pd.to_numeric(series, errors="coerce").dropna()


def _axis_values(figure: go.Figure, name: str) -> tuple[pd.Series, bool]:
    """The numbers drawn on layout axis `name` ("xaxis2") and whether a bar stands on it."""
    letter, ref = name[0], name[0] + name[5:]  # "xaxis2" -> "x", "x2"
    found, bars = [], False
    for trace in figure.data:
        if (getattr(trace, f"{letter}axis", None) or letter) != ref:
            continue
        numbers = _numbers(getattr(trace, letter, None))
        if numbers is not None:
            found.append(numbers)
            bars = bars or trace.type == "bar"
    return (pd.concat(found) if found else pd.Series(dtype=float)), bars


def written_ticks(figure: go.Figure) -> go.Figure:
    """`figure` with every linear value axis's ticks written by `fmt.figure`; axes that are
    dates, categories, logarithmic (already written so), hidden or given ticks are left alone."""
    named = {key for key in figure.layout.to_plotly_json() if key[:5] in ("xaxis", "yaxis")}
    for name in sorted(named | {"xaxis", "yaxis"}):
        axis = figure.layout[name]
        if axis.visible is False or axis.showticklabels is False or axis.tickvals is not None:
            continue
        if axis.type not in (None, "-", "linear"):
            continue
        values, bars = _axis_values(figure, name)
        if axis.range is not None and None not in axis.range:
            low, high = (float(v) for v in axis.range)
        elif values.empty:
            continue
        else:
            low, high = float(values.min()), float(values.max())
            if bars or axis.rangemode == "tozero":
                low, high = min(low, 0.0), max(high, 0.0)
            high, low = (
                high + (high - low) * (_HEADROOM - 1),
                low - (high - low) * (_HEADROOM - 1) * (low < 0),
            )
        ticks = nice_ticks(low, high)
        axis.update(tickvals=ticks, ticktext=tick_texts(ticks), tickformat=None)
    return figure
