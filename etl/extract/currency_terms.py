"""The currency a phrase names for a bare amount beside it: "22.5 billion in dollar terms", "в
долларовом выражении – 22,5 млрд", "долларға шаққанда 22,5 млрд". Such an amount restates a sum in
another money; the article's tenge carried onto it would put dollars on a tenge chart."""

from __future__ import annotations

import re

_TERMS: tuple[tuple[str, str], ...] = (
    (
        r"in\s+(?:US\s+|U\.S\.\s+)?dollar\s+(?:terms|equivalent)|in\s+(?:US\s+|U\.S\.\s+)?dollars"
        r"|в\s+долларов\w*\s+(?:выражении|эквиваленте)|в\s+пересч[её]те\s+на\s+доллар\w*|в\s+долларах(?:\s+США)?"
        r"|(?:АҚШ\s+)?доллар(?:ға|мен)\s+(?:шаққанда|есептегенде)",
        "USD",
    ),
    (
        r"in\s+tenge\s+(?:terms|equivalent)|в\s+тенгов\w*\s+(?:выражении|эквиваленте)"
        r"|теңге(?:ге|мен)\s+(?:шаққанда|есептегенде)",
        "KZT",
    ),
)
_ANY_TERMS = "|".join(f"(?P<c{n}>{pattern})" for n, (pattern, _) in enumerate(_TERMS))
_CODES = {f"c{n}": code for n, (_, code) in enumerate(_TERMS)}
# the phrase, then at most a dash, a comma or a hedge, then the amount
_BEFORE = re.compile(
    rf"(?:{_ANY_TERMS})\s*[,:–—-]?\s*(?:(?:about|around|some|nearly|almost|over|около|порядка|почти|более|свыше"
    r"|шамамен|шамасы|жуық)\s+)?(?:[^\W\d]+\s+){0,3}$",
    re.I,
)
# the amount, then at most a hedge word, then the phrase
_AFTER = re.compile(rf"\s*,?\s*(?:(?:шамасында|шамасы|около|примерно)\s*,?\s*)?(?:{_ANY_TERMS})", re.I)
_HINTS = ("dollar", "tenge", "доллар", "тенгов", "теңге")


def currency_in_terms(text: str, start: int, end: int) -> str | None:
    """The currency a phrase right before the amount at text[start:end] (a few words between) or
    right after it names, else None."""
    lower = text.lower()
    if not any(hint in lower for hint in _HINTS):
        return None
    after = _AFTER.match(text, end)
    if after is not None:
        return _CODES[str(next(k for k, v in after.groupdict().items() if v))]
    before = _BEFORE.search(text, max(0, start - 60), start)
    if before is not None and not re.search(r"\d", before.group(0)):
        return _CODES[str(next(k for k, v in before.groupdict().items() if v))]
    return None
