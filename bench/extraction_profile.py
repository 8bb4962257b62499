"""Where extraction spends its time on a development set: the functions, and each regex's own cost.

Every speed pass so far began by rebuilding these two tables by hand. One warm pass first (caches,
lazily compiled patterns), then:

- the functions: cProfile over `--passes` passes, the top `--top` by own time and by cumulative
  time (cProfile inflates small Python functions against C calls: read the shares, not the
  seconds);
- the patterns: every call of a module-level compiled pattern of etl/extract (also those held in
  module-level dicts, lists and tuples, and the place table's) recorded over one pass, then
  replayed pattern by pattern under `time.process_time` (best of 3), so each pattern's cost is
  measured without the recording's own.

    PYTHONPATH=TREE python bench/extraction_profile.py [--lang en] [--passes 3] [--top 30]

The held-out sets (tests/realworld/unseen) are not read.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pkgutil
import pstats
import re
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import etl.extract
from etl.cli import read_eval_set
from etl.extract.indicators import extract_indicators
from etl.extract.places import default_places

ROOT = Path(__file__).resolve().parent.parent


class _Recorded:
    """A compiled pattern that logs each call (its bound method and arguments) while `log` is set."""

    log: list[tuple[str, Any, bool, tuple, dict]] | None = None

    def __init__(self, pattern: re.Pattern[str], name: str) -> None:
        self._pattern, self._name = pattern, name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._pattern, attribute)

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        bound = getattr(self._pattern, method)
        if _Recorded.log is not None:
            _Recorded.log.append((self._name, bound, method == "finditer", args, kwargs))
        return bound(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("search", *args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("match", *args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("fullmatch", *args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("finditer", *args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("findall", *args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("sub", *args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("split", *args, **kwargs)


def _wrapped(value: Any, name: str, depth: int = 0) -> Any:
    """`value` with its compiled patterns recorded (dicts and lists in place, tuples rebuilt)."""
    if isinstance(value, re.Pattern):
        return _Recorded(value, name)
    if depth > 2:
        return value
    if isinstance(value, dict):
        for key in list(value):
            value[key] = _wrapped(value[key], f"{name}[{key}]", depth + 1)
    elif isinstance(value, list):
        value[:] = [_wrapped(item, f"{name}[{i}]", depth + 1) for i, item in enumerate(value)]
    elif isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_wrapped(item, f"{name}[{i}]", depth + 1) for i, item in enumerate(value))
    return value


def _record_patterns() -> None:
    _wrapped(default_places().patterns, "places.default_places().patterns")
    for info in pkgutil.iter_modules(etl.extract.__path__):
        module = importlib.import_module(f"etl.extract.{info.name}")
        for name, value in list(vars(module).items()):
            if isinstance(value, (re.Pattern, dict, list, tuple)):
                setattr(module, name, _wrapped(value, f"{info.name}.{name}"))


def _replayed(log: list[tuple[str, Any, bool, tuple, dict]]) -> tuple[Counter[str], Counter[str]]:
    """CPU seconds (best of 3) and calls of each pattern's recorded calls, replayed."""
    calls: dict[str, list[tuple[Any, bool, tuple, dict]]] = defaultdict(list)
    for name, bound, lazy, args, kwargs in log:
        calls[name].append((bound, lazy, args, kwargs))
    seconds: Counter[str] = Counter()
    for name, made in calls.items():
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for bound, lazy, args, kwargs in made:
                found = bound(*args, **kwargs)
                if lazy:
                    list(found)
            best = min(best, time.process_time() - started)
        seconds[name] = best
    return seconds, Counter({name: len(made) for name, made in calls.items()})


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--lang", default="en", choices=["en", "ru", "kk"])
    options.add_argument("--passes", type=int, default=3)
    options.add_argument("--top", type=int, default=30)
    args = options.parse_args()
    articles, problems = read_eval_set(ROOT / "tests" / "realworld" / args.lang)
    if problems or not articles:
        raise SystemExit(f"tests/realworld/{args.lang}: {problems or 'no articles'}")

    def one_pass() -> float:
        started = time.process_time()
        for article in articles:
            extract_indicators(article.body, article.published, title=article.title)
        return time.process_time() - started

    one_pass()  # warm: caches filled, patterns compiled
    size = sum(len(a.body.encode("utf-8")) for a in articles)
    best = min(one_pass() for _ in range(3))
    print(
        f"{len(articles)} {args.lang} bodies, {size / 1e3:.0f} kB: best of 3 passes {best * 1e3:.0f} ms CPU"
    )
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.passes):
        one_pass()
    profile.disable()
    for order in ("tottime", "cumtime"):
        print(f"\n== functions by {order} ({args.passes} passes under cProfile)")
        pstats.Stats(profile).sort_stats(order).print_stats(args.top)

    _record_patterns()
    _Recorded.log = []
    one_pass()
    log, _Recorded.log = _Recorded.log, None
    seconds, counts = _replayed(log)
    total = sum(seconds.values())
    print(
        f"== patterns: {len(log):,} calls in a pass, replayed {total * 1e3:.1f} ms ({total / best:.0%} of a pass)"
    )
    for name, spent in seconds.most_common(args.top):
        print(f"{spent * 1e3:7.2f} ms {counts[name]:7,} calls {spent / counts[name] * 1e6:6.2f} µs  {name}")


if __name__ == "__main__":
    main()
