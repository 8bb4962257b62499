"""The metric catalog (etl/extract/defaults/metrics.toml): named series that indicators are mapped onto."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from etl.config_files import ConfigError, load_toml, require
from etl.extract.keywords import compile_cased_keywords, compile_keywords
from etl.extract.places import place_mentions

# Shipped inside the package, so an installed ktpulse finds it outside the source tree.
DEFAULT_CATALOG = Path(str(resources.files("etl.extract") / "defaults" / "metrics.toml"))
KINDS = ("actual", "target", "plan", "forecast")
_LISTS = (
    "items", "subjects", "phrases", "context", "exclude", "exclude_clause", "exclude_items", "near",
    "exclude_near", "exclude_after", "names", "whole_country", "campaign",
)  # fmt: skip
CATEGORY_SOURCES = ("item_label", "student_group")
_KEYS = {
    "label", "topic", "unit", "kinds", "change", "category", "scope", "parts", "regional_headlines", *_LISTS,
}  # fmt: skip


@dataclass(frozen=True)
class Scope:
    """Place words that make a figure local ("12 villages", "Almaty region"), and phrases that
    name the whole country with such a word ("in all regions"), which are removed before looking."""

    local: re.Pattern[str]
    national: re.Pattern[str]
    # words naming the whole country in a figure's sentence ("across the country", "елімізде"):
    # a headline's place does not make such a figure local. None: headlines are not read.
    country: re.Pattern[str] | None = None


# How a figure is matched to the catalog's entries, apart from the file: change it with the
# matching code (a store's catalog fingerprint includes it, so refresh re-maps what is stored).
MAPPING_RULES_VERSION = (
    "2026-11-26.parts-counters-back-references+place+near-named-initiatives-subject-group+near-item"
    "+x12-cyrillic-it-kazakhstanis+cat14-year-of-span-framing+cat15-pointed-back-counted-after-narrowing"  # with the catalog's new words (the file's bytes re-map alone)
    "+cat16-included-names-replaced-amounts-grades-regional-headlines-capital-dateline"
    "+cat17-country-totals"
)


@dataclass(frozen=True)
class Metric:
    metric_id: str
    label: str
    topic: str
    unit: str
    items: re.Pattern[str] | None
    subjects: re.Pattern[str] | None
    phrases: re.Pattern[str] | None
    context: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    exclude_clause: re.Pattern[str] | None
    exclude_items: re.Pattern[str] | None
    near: re.Pattern[str] | None  # the figure's own words (`own_words`) must name one
    exclude_near: re.Pattern[str] | None  # ... and none of these ("monthly", "employed")
    names: re.Pattern[str] | None  # the campaign's own names: another quoted one is a sub-event's
    kinds: tuple[str, ...]
    change: bool | None
    category: str | None  # one of CATEGORY_SOURCES
    scope: Scope | None = None  # set for a national series: local figures stay out of it
    groups: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (label, words), for category "student_group"
    # (what narrows a group, words): "бакалавры-отличники" are bachelor's students (honours)
    group_modifiers: tuple[tuple[str, re.Pattern[str]], ...] = ()
    parts: bool = True  # False: a figure given as a part of another ("448,000 of them") stays out
    # the words after the figure in its clause must name none of these: what it counts, named
    # after it ("5 млн-нан астам адамның басын біріктірді": people, whatever the item says)
    exclude_after: re.Pattern[str] | None = None
    # a headline naming one region or city makes the article's figures local, unless their sentence
    # names the whole country: campaign reports are told region by region ("... held in Ulytau
    # region": "In total, more than 70 tons of garbage were removed")
    regional_headlines: bool = False
    # a figure whose sentence names the whole country ("былтыр ел бойынша 4,5 млн тоннадан астам
    # қалдық жиналған", "в стране собрали 4,6 миллиона тонн") and neither the campaign (`names`)
    # nor a `campaign` word is the country's total, not the campaign's
    whole_country: re.Pattern[str] | None = None
    campaign: re.Pattern[str] | None = None


@dataclass(frozen=True)
class FigureFacts:
    """What mapping looks at; built from an Indicator or from a stored row alike."""

    unit: str
    item: str
    kind: str
    is_change: bool
    sentence: str
    offset: int  # the figure's start within the sentence
    title: str
    previous_sentence: str = ""  # read for `exclude` when the sentence continues it ("Also, ...")
    place: str | None = None  # the region or city it is about (etl/extract/places.py); None: national


def _checked(path: Path, where: str, values: object) -> list[str]:
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and v.strip() for v in values)
    ):
        raise ConfigError(path, f"entry '{where}': needs a list of non-empty strings")
    return values


def _words(path: Path, where: str, values: object) -> re.Pattern[str]:
    return compile_keywords(_checked(path, where, values))


def _pattern(path: Path, metric_id: str, entry: dict, key: str) -> re.Pattern[str] | None:
    values = entry.get(key)
    if values is None:
        return None
    return compile_cased_keywords(_checked(path, f"metrics.{metric_id}.{key}", values))


def _scope(path: Path, data: dict) -> Scope | None:
    table = data.get("scope")
    if table is None:
        return None
    require(path, "scope", table, dict, "the [scope] table")
    country = table.get("country")
    return Scope(
        _words(path, "scope.local", table.get("local")),
        _words(path, "scope.national", table.get("national")),
        _words(path, "scope.country", country) if country is not None else None,
    )


def _groups(path: Path, data: dict, name: str = "student_groups") -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = data.get(name, {})
    require(path, name, table, dict, f"the [{name}] table")
    return tuple((label, _words(path, f"{name}.{label}", words)) for label, words in table.items())


ItemNames = tuple[tuple[str, re.Pattern[str]], ...]  # (English name, the words that name it)


def load_item_names(path: Path = DEFAULT_CATALOG) -> ItemNames:
    """The catalog's [item_names]: (English name, the words that name it in any language)."""
    table = load_toml(path).get("item_names", {})
    require(path, "item_names", table, dict, "the [item_names] table")
    return tuple((name, _words(path, f"item_names.{name}", words)) for name, words in table.items())


def load_progress_items(path: Path = DEFAULT_CATALOG) -> dict[str, str]:
    """The catalog's [progress_items]: each item name whose reports also measure a target of
    another ("seedlings" -> "trees"), itself mapped to itself."""
    return _item_groups(path, "progress_items")


def load_series_items(path: Path = DEFAULT_CATALOG) -> dict[str, str]:
    """The catalog's [series_items]: each item name that counts, in a chart of a metric that
    also has reports of another, the same thing ("people" -> "participants"), itself mapped to itself."""
    return _item_groups(path, "series_items")


def load_yearly_targets(path: Path = DEFAULT_CATALOG) -> frozenset[str]:
    """The catalog's [progress_targets] `yearly`: the target metrics whose target is a level for
    one year ("IT exports of $1 billion by 2026": a year's exports), which only a full calendar
    year's figure measures. Every other target is a total over its span."""
    return _metric_ids(path, "progress_targets", "yearly")


def load_level_metrics(path: Path = DEFAULT_CATALOG) -> frozenset[str]:
    """The catalog's [levels] `at_period_end`: the metrics that count something at a moment (a
    hub's participant companies), whose figure for a period is its level at that period's end
    ("increased to 2,000 last year"), not an amount spread over it."""
    return _metric_ids(path, "levels", "at_period_end")


def _metric_ids(path: Path, name_of_table: str, key: str) -> frozenset[str]:
    """A catalog table's list of metric ids, each checked to be in [metrics]."""
    data = load_toml(path)
    table = data.get(name_of_table, {})
    require(path, name_of_table, table, dict, f"the [{name_of_table}] table")
    ids = table.get(key, [])
    require(path, f"{name_of_table}.{key}", ids, list, "a list of metric ids")
    defined = data.get("metrics", {})
    for metric_id in ids:
        if metric_id not in defined:
            raise ConfigError(path, f"entry '{name_of_table}.{key}': '{metric_id}' is not in [metrics]")
    return frozenset(ids)


def _item_groups(path: Path, name_of_table: str) -> dict[str, str]:
    table = load_toml(path).get(name_of_table, {})
    require(path, name_of_table, table, dict, f"the [{name_of_table}] table")
    known = {name for name, _ in load_item_names(path)}
    grouped: dict[str, str] = {}
    for name, members in table.items():
        require(path, f"{name_of_table}.{name}", members, list, "the item names it groups")
        for member in [name, *members]:
            if member not in known:
                raise ConfigError(path, f"entry '{name_of_table}.{name}': '{member}' is not in [item_names]")
            grouped[member] = name
    return grouped


def item_name(names: ItemNames, item: str) -> str | None:
    """The English name of the one item `item` names ("көшет" -> "seedlings"), or None when it
    names none or several ("trees and seedlings" counts both: its words are kept)."""
    text = item.casefold()
    named = {name for name, words in names if words.search(text)}
    return named.pop() if len(named) == 1 else None


def load_catalog(path: Path = DEFAULT_CATALOG) -> tuple[Metric, ...]:
    """Read and validate the catalog; ConfigError names the file, entry and problem."""
    data = load_toml(path)
    table = require(path, "metrics", data.get("metrics"), dict, "the [metrics] table")
    scope, groups = _scope(path, data), _groups(path, data)
    metrics = []
    for metric_id, entry in table.items():
        where = f"metrics.{metric_id}"
        require(path, where, entry, dict, "the entry")
        unknown = set(entry) - _KEYS
        if unknown:
            raise ConfigError(path, f"entry '{where}': unknown keys {sorted(unknown)}")
        kinds = tuple(require(path, f"{where}.kinds", entry.get("kinds", list(KINDS)), list, "kinds"))
        if not set(kinds) <= set(KINDS):
            raise ConfigError(path, f"entry '{where}.kinds': kinds must be among {KINDS}")
        change = entry.get("change")
        if change is not None and not isinstance(change, bool):
            raise ConfigError(path, f"entry '{where}.change': must be true or false")
        category = entry.get("category")
        if category not in (None, *CATEGORY_SOURCES):
            raise ConfigError(path, f"entry '{where}.category': the category sources are {CATEGORY_SOURCES}")
        if category == "student_group" and not groups:
            raise ConfigError(path, f"entry '{where}.category': needs a [student_groups] table")
        parts = entry.get("parts", True)
        if not isinstance(parts, bool):
            raise ConfigError(path, f"entry '{where}.parts': must be true or false")
        regional = entry.get("regional_headlines", False)
        if not isinstance(regional, bool):
            raise ConfigError(path, f"entry '{where}.regional_headlines': must be true or false")
        national = entry.get("scope")
        if national not in (None, "national"):
            raise ConfigError(path, f"entry '{where}.scope': the only scope is 'national'")
        if national and scope is None:
            raise ConfigError(
                path, f"entry '{where}.scope': needs a [scope] table with local and national words"
            )
        patterns = {key: _pattern(path, metric_id, entry, key) for key in _LISTS}
        metrics.append(
            Metric(
                metric_id=metric_id,
                label=require(path, f"{where}.label", entry.get("label"), str, "label"),
                topic=require(path, f"{where}.topic", entry.get("topic"), str, "topic"),
                unit=require(path, f"{where}.unit", entry.get("unit"), str, "unit"),
                kinds=kinds,
                change=change,
                category=category,
                scope=scope if national else None,
                groups=groups if category == "student_group" else (),
                group_modifiers=_groups(path, data, "student_group_modifiers")
                if category == "student_group"
                else (),
                parts=parts,
                regional_headlines=regional,
                **patterns,
            )
        )
    if not metrics:
        raise ConfigError(path, "entry 'metrics': no metric is defined")
    return tuple(metrics)


# A sentence opening like this goes on about the previous sentence's subject.
CONTINUATION = re.compile(
    r"^(?:also|in addition|besides|moreover|furthermore|it|they|its|their|the company)\b", re.I
)
_LAST_DIGIT = re.compile(r"\d(?=\D*$)")
_FIGURE = re.compile(r"\D{0,8}?\d(?:[\d,.\s]*\d)?")
# "52,372 tenge for bachelor's students": who the figure is for, named right after it.
_FOR_AFTER = re.compile(r"^[^\d,;]{0,40}?\bfor\s+(?:the\s+|all\s+|each\s+)?", re.I)


def _clause_span(sentence: str, offset: int) -> tuple[int, int]:
    start = max(sentence.rfind(", ", 0, offset), sentence.rfind("; ", 0, offset)) + 1
    ends = [i for i in (sentence.find(", ", offset), sentence.find("; ", offset)) if i != -1]
    return start, min(ends) if ends else len(sentence)


def _clause(sentence: str, offset: int) -> str:
    start, end = _clause_span(sentence, offset)
    return sentence[start:end]


# What stands between the two ends of "from 20,948 tenge to 24,090 tenge", "from KZT 41,898 to
# KZT 47,135", "с 97 024 тенге до 107 061 тенге", "41 898 теңгеден 47 135 теңгеге": no subject of
# its own. Kazakh marks the first end with the ablative ending ("-ден", "теңгеден").
_MONEY = (
    r"(?:tenge|kzt|usd|us\$|\$|₸|dollars?|thousand|million|billion|тенге|теңге|долл\w*|тыс\.?|млн|млрд|мың)"
)
_RANGE_LINK = re.compile(
    rf"^\W*(?:{_MONEY}\W*)?(?:(?:to|and|or|до|и|или|-|–|—)\W*|-?(?:ден|дан|нан|нен|тан|тен)\b\W*)(?:{_MONEY}\W*)?$",
    re.I,
)


# The old amount of a change told beside the new one shares the new one's subject: in brackets
# after it ("32 681 тенге (было 21 787 тенге)", "(қазір 86 987 теңге)", "(previously KZT 36,660)")...
_BRACKETED_OLD = re.compile(
    rf"^\W*(?:{_MONEY}\W*)?\(\s*(?:было|был|ранее|сейчас|прежде|қазір|бұрын|previously|formerly|now|currently|was)\W*$",
    re.I,
)
# ... or replaced before it ("вместо прежних 42 000 тенге теперь будут получать 50 400 тенге",
# "instead of KZT 36,660 they will get").
_REPLACED_BEFORE = re.compile(
    r"\b(?:вместо|взамен|instead of)(?:\s+(?:the\s+)?(?:прежних|прежней|прежнего|нынешних|current|previous|former))?\W*$",
    re.I,
)


# A grade in quotes ('students studying for "4"', "на «5»") names who is paid, not an amount.
_GRADE = re.compile(r"(?<=[\"«“])\d(?=[\"»”])")

# The replaced amount after the new one shares its subject too ("бакалавры станут получать 47 135
# тенге вместо 41 898 тенге")...
_REPLACING = re.compile(rf"^\W*(?:{_MONEY}\W*)?(?:вместо|взамен|instead of)(?:\s+(?:the\s+)?\w+)?\W*$", re.I)
# ... and the new one after "вместо X" does, unless the new amount stands before it ("47 135
# тенге вместо 41 898 тенге, а отличники – 54 205").
_FIGURE_JUST_BEFORE = re.compile(rf"\d\W*(?:{_MONEY}\W*)?$", re.I)


def lead_in(sentence: str, offset: int) -> str:
    """The words between the previous figure (or the sentence's start) and this one: where a
    sentence names what each figure of an enumeration is about, whatever the verb
    ("bachelor students will get KZT 40,000 and [doctoral students will be paid] KZT 160,000").
    The second end of a range or change reaches back past the first ("the stipend of college
    students will go up from 20,948 tenge to 24,090 tenge"), and so do an old amount told in
    brackets after the new one and a new one told after the amount it replaces ("студенты ...
    вместо прежних 42 000 тенге теперь будут получать 50 400 тенге")."""
    before = sentence[:offset]
    masked = _GRADE.sub(lambda m: "#" * len(m.group()), before)  # a grade is a word, not a figure
    while True:
        last = _LAST_DIGIT.search(masked, 0, len(before))
        if not last:
            return before
        words = before[last.end() :]
        first = re.search(r"[\d,.\s]*\d$", before[: last.end()])  # the previous figure's numeral
        start = first.start() if first else last.start()
        replaced = _REPLACED_BEFORE.search(before, 0, start)
        if replaced and not _FIGURE_JUST_BEFORE.search(before, 0, replaced.start()):
            before = before[: replaced.start()]
        elif _RANGE_LINK.match(words) or _BRACKETED_OLD.match(words) or _REPLACING.match(words):
            before = before[:start]
        else:
            return words


def _after_figure(sentence: str, offset: int) -> str:
    """The sentence after the figure's numeral, up to the next numeral."""
    figure = _FIGURE.match(sentence, offset)
    rest = sentence[figure.end() :] if figure else sentence[offset:]
    digit = re.search(r"\d", rest)
    return rest[: digit.start()] if digit else rest


# The rest of a numeral written in parts ("5 млн 83 мыңнан", "1 миллион 700 мыңнан"): one figure.
_NUMERAL_PARTS = re.compile(
    r"^(?:\s*(?:млн|млрд|мың|тыс|миллион|миллиард|million|billion|thousand)\S*\s+\d[\d,.]*(?:\s\d{3})*)+",
    re.I,
)


def words_after(sentence: str, offset: int) -> str:
    """The words after the figure up to the next figure or the end of its clause: where English,
    Russian and Kazakh name what a figure counts ("5 млн 83 мыңнан астам адамның басын
    біріктірді", "183 events")."""
    _, end = _clause_span(sentence, offset)
    figure = _FIGURE.match(sentence, offset)
    rest = _NUMERAL_PARTS.sub("", sentence[figure.end() if figure else offset : max(end, offset)])
    digit = re.search(r"\d", rest)
    return rest[: digit.start()] if digit else rest


# A year is a date, not a figure: "базалық инфляция 2026 жылға қарай 5%" is about core inflation.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")


def own_words(sentence: str, offset: int) -> str:
    """The words of the figure's clause from the previous figure to the next one (years are
    dates, not figures; the figure itself left out): what it is and how it is measured, whoever
    else the sentence names
    ("Monthly inflation stood at 0.7%", "0,7% в месячном выражении", "companies have held 281
    clean-up events")."""
    start, end = _clause_span(sentence, offset)
    figure = _FIGURE.match(sentence, offset)
    figure_end = figure.end() if figure else offset
    before = [n for n in _NUMBER.finditer(sentence, start, offset) if not _YEAR.fullmatch(n.group())]
    after = [
        n
        for n in _NUMBER.finditer(sentence, figure_end, max(end, figure_end))
        if not _YEAR.fullmatch(n.group())
    ]
    return f"{sentence[before[-1].end() if before else start : offset]} {sentence[figure_end : after[0].start() if after else max(end, figure_end)]}"


# A name in quotes with a word that makes it an initiative or an event before or after it
# ("Экологическая инициатива «Марш парков»", "«Таза жағалау» бастамасына", "the «Clean Shores»
# initiative"): a quote alone may be someone's words («Всё прошло хорошо», — сказал министр).
_QUOTED = r"(?:«([^»]{2,60})»|“([^”]{2,60})”|\"([^\"]{2,60})\")"
_INITIATIVE = (
    r"(?:initiative|campaign|project|action|drive|programme|program|event|marathon|challenge|инициатив\w*|"
    r"акци\w*|кампани\w*|проект\w*|программ\w*|марафон\w*|челлендж\w*|мероприят\w*|бастама\w*|жоба\w*|"
    r"бағдарлама\w*|науқан\w*|іс-шара\w*)"
)
_NAMED_INITIATIVE = re.compile(
    rf"\b{_INITIATIVE}\W{{1,3}}(?:\w+\W{{1,3}})?{_QUOTED}|{_QUOTED}\W{{1,3}}(?:\w+\W{{1,3}})?{_INITIATIVE}\b",
    re.I,
)


# What a figure includes, listed after it ("874 мероприятия, включая ... акции («Час Земли»)"):
# its parts, not its subject.
_INCLUDING = re.compile(
    r"\b(?:including|among them|of which|включая|в том числе|в т\.\s?ч\.|из них|оның ішінде|соның ішінде)\b",
    re.I,
)


def names_another(names: re.Pattern[str], sentence: str, offset: int) -> bool:
    """Whether the figure's subject (the words since the previous figure, or its own words after
    it up to a list of what it includes) names an initiative or event in quotes, and none it names
    so is the series' own: "Экологическая инициатива «Марш парков» объединила 218,4 тысячи
    участников" is a named part of the campaign, not its total; "проведено 874 мероприятия,
    включая ... акции («Час Земли»)" are the campaign's events, those named among them."""
    after = _after_figure(sentence, offset)
    parts = _INCLUDING.search(after)
    subject = after[: parts.start()] if parts else after
    quoted = [
        "".join(match.groups(""))
        for text in (lead_in(sentence, offset), subject)
        for match in _NAMED_INITIATIVE.finditer(text)
    ]
    return bool(quoted) and not any(names.search(name) for name in quoted)


def _has(pattern: re.Pattern[str] | None, *texts: str) -> bool:
    """Whether a metric's list (`compile_cased_keywords`: searched as written) names any text."""
    return any(pattern.search(text) for text in texts) if pattern else True


# A measure named by pointing back to the sentence before ("By 2026, we hope to raise this sum to $1
# billion" after "the volume of IT exports grew fivefold"; "этот показатель"; "бұл көрсеткішті",
# "көрсеткішті 500 млн долларға жеткізу"): that sentence says what the figure measures.
_BACK_MEASURE = re.compile(
    r"\b(?:this|that|the same)\s+(?:sum|figure|amount|indicator|level|volume|number)\b|"
    r"\b(?:этот|этого|данный|данного|тот же)\s+показател\w*|\bэту\s+(?:сумму|цифру)\b|"
    r"\bбұл\s+көрсеткіш\w*|\bкөрсеткішті\b",
    re.I,
)


def _pointed_back(facts: FigureFacts) -> str:
    """The sentence before when the figure's subject points back to a measure named there, else ''."""
    subject = f"{facts.item} {lead_in(facts.sentence, facts.offset)}"
    return facts.previous_sentence if _BACK_MEASURE.search(subject) else ""


def _continued(facts: FigureFacts) -> str:
    return facts.previous_sentence if CONTINUATION.match(facts.sentence) else ""


# The capital's dateline opening an article's first sentence ("ASTANA—The Taza (Clean)
# Kazakhstan environmental campaign ... has involved nearly 6.2 million people", "NUR-SULTAN.
# KAZINFORM –"): national news is filed there, so it is no place of the figure. A regional town's
# dateline ("AKTAU. KAZINFORM – 500 volunteers ...") still is.
_DATELINE = re.compile(
    r"^\s*(?:ASTANA|NUR-SULTAN|АСТАНА|НУР-СУЛТАН)\b[.,]?\s*(?:[-–—]\s*)?"
    r"(?:[A-ZА-ЯЁ][A-ZА-ЯЁ-]{2,}\b[.,]?\s*(?:[-–—]\s*)?)*"
)


def _is_local(scope: Scope, facts: FigureFacts, headlines: bool = False) -> bool:
    """Whether the sentence before the figure, or the figure's item, names a place below the
    country ("12 villages with a total population of 95 thousand people", "100,000 city
    residents"), or (`headlines`) the headline does and the figure's sentence does not name the
    whole country ("... campaign was held in Ulytau region": "In total, more than 70 tons of
    garbage were removed"). Words after the figure are not read ("trees planted in towns and
    villages" is the whole country's count), nor is a dateline."""
    opening = _DATELINE.match(facts.sentence, 0, facts.offset)
    text = f"{facts.sentence[opening.end() if opening else 0 : facts.offset]} {facts.item}".casefold()
    if scope.local.search(scope.national.sub(" ", text)):
        return True
    if not headlines or scope.country is None or scope.country.search(facts.sentence.casefold()):
        return False
    return _names_a_place(scope, facts.title)


_CYRILLIC = re.compile(r"[а-яёәіңғүұқөһ]", re.I)


def _names_a_place(scope: Scope, title: str) -> bool:
    """Whether a headline is a regional story's: it names one region or city the place table knows,
    in any of its forms ("БҚО-да", "в Туркестане", "in Ulytau region"), its country-wide phrases
    ("Astana Hub") left out. Generic words ("municipal waste") are no place, and a headline
    naming several ("цены растут в Караганде и Улытау") compares them in a national story."""
    folded = title.casefold()
    spans = [match.span() for match in scope.national.finditer(folded)] if len(folded) == len(title) else []
    for start, end in reversed(spans):
        title = title[:start] + " " * (end - start) + title[end:]
    languages = ("ru", "kk") if _CYRILLIC.search(title) else ("en",)
    named = {mention.name for language in languages for mention in place_mentions(title, language)}
    return len(named) == 1


# A figure given as a part of another of its sentence: a marker before it in its clause, with no
# figure between ("among them 229,000 volunteers", "в том числе 586 тыс.", "оның 48,7 млн-ы"), or
# opening the clause ("Оның ішінде ... 2 700 гектарға 5 млн көшет егілді")...
_PART_MARKER = (
    r"(?:among them|of them|of which|of whom|including|in particular|в том числе|в т\.\s?ч\.|из них|"
    r"из которых|включая|в частности|оның ішінде|соның ішінде|олардың ішінде)\b"
)
_PART_BEFORE = re.compile(rf"^\W*{_PART_MARKER}|\b{_PART_MARKER}[^\d]*$|(?:^|\s)(?:оның|олардың)\s*$", re.I)
# ... or right after it ("448,000 of them volunteers", "2.3 million of them"), or the Kazakh
# possessive on the figure ("48,7 млн-ы", "38-і": of them, 38).
_PART_AFTER = re.compile(r"^\s*(?:[^\W\d]+\.?\s+){0,2}?(?:of (?:them|which|whom)|из (?:них|которых))\b", re.I)
_KK_POSSESSIVE = re.compile(r"^\s?(?:[^\W\d]+)?-(?:ы|і|сы|сі)\b")


def is_part(facts: FigureFacts) -> bool:
    """Whether the figure is stated as a part of another figure of its sentence: the volunteers
    among the participants, the saxaul among the seedlings. A total series leaves it out."""
    start, _ = _clause_span(facts.sentence, facts.offset)
    if _PART_BEFORE.search(facts.sentence[start : facts.offset]):
        return True
    after = _after_figure(facts.sentence, facts.offset)
    return bool(_PART_AFTER.match(after) or _KK_POSSESSIVE.match(after))


# A part that is one year of a span its sentence names before it ("1.1 billion seedlings were
# planted in 2021-2024, of which 306 million in 2024", "475 thousand hectares, including 127
# thousand hectares in 2024"): that year's own total, a figure of the same series at its period.
_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")
_OWN_YEAR = re.compile(
    r"(?:\b(?:in|during|for|в|за)\s+((?:19|20)\d\d)|\b((?:19|20)\d\d)\s+(?:году|год|жылы))\b(?!\s*[-–—]\s*\d)",
    re.I,
)


def is_year_of_span(facts: FigureFacts) -> bool:
    """Whether the figure's own words name one year inside a span named before it."""
    years = {int(a or b) for a, b in _OWN_YEAR.findall(own_words(facts.sentence, facts.offset))}
    spans = [(int(a), int(b)) for a, b in _SPAN.findall(facts.sentence[: facts.offset])]
    return any(first <= year <= last for year in years for first, last in spans if first < last)


# An opening that says what the work is done for ("In implementation of the instruction on saxaul
# plantations on the dried Aral Sea bed ..., reclamation works on 475 thousand hectares were
# carried out", "В рамках ...,", "... тапсырмасын орындау аясында,"): the figure's clause does it.
_FRAMING = re.compile(
    r"^\W*(?:(?:in implementation of|in pursuance of|in fulfil\w* of|in carrying out|as part of|within the framework of|"
    r"во исполнение|в рамках|в ходе реализации)\b[^,;]*|[^,;]*\b(?:аясында|шеңберінде))[,;]",
    re.I,
)


def framing(sentence: str, offset: int) -> str:
    """The sentence's opening purpose clause when the figure stands after it, else ''."""
    found = _FRAMING.match(sentence)
    return found.group() if found and found.end() <= offset else ""


# An item that is only a counter ("839,5 млн дана", "штук", "pieces") names nothing counted:
# the words since the previous figure do ("1011,8 млн дана ағаш отырғызу көзделсе, іс жүзінде").
_COUNTER_ONLY = re.compile(r"^\W*(?:дана|түп|штук\w*|шт|pieces?|units?|items?)\W*$", re.I)


def _item_named(metric: Metric, facts: FigureFacts) -> bool:
    if _has(metric.items, facts.item):
        return True
    return bool(_COUNTER_ONLY.match(facts.item)) and _has(metric.items, lead_in(facts.sentence, facts.offset))


# A pronoun that points back to a group named earlier in the sentence ("Докторанттар да 15%-ға
# үстеме алады: 172 500 теңгенің орнына олардың айлық стипендиясы 195 000 теңге").
_BACK_REFERENCE = re.compile(r"\b(?:their|they|them|its|их|они|им|олардың|олар|оларға|оның)\b", re.I)


# Students named without a group of the catalog: a group of their own ("студенты-педагоги",
# "students of teacher training", "педагог студенттер"), not the one an earlier figure was for.
# Kazakh "білім алатындар" (those studying) too, and "басқа бағыттар бойынша" (in other fields).
_STUDENTS = re.compile(r"\b(?:students?|студент\w*|обучающ\w*|білім ал(?:ушы|атын)\w*)", re.I)


def _last_group(metric: Metric, text: str) -> str | None:
    found = [
        (match.start(), label) for label, words in metric.groups for match in words.finditer(text.casefold())
    ]
    return max(found)[1] if found else None


def _named_group(metric: Metric, facts: FigureFacts) -> str | None:
    after = _after_figure(facts.sentence, facts.offset)
    named_for = _FOR_AFTER.match(after)
    if named_for:
        rest = after[named_for.end() :].casefold()
        for label, words in metric.groups:
            if words.match(rest):
                return label
    words_before = lead_in(facts.sentence, facts.offset)
    group = _last_group(metric, words_before)
    if group:
        return group
    # students named with what narrows a group ("үздік студенттер үшін – 54 205 теңге" after the
    # bachelors' amounts) are the best of the group the sentence names, as "отличникам" are
    narrowed = any(words.search(words_before.casefold()) for _, words in metric.group_modifiers)
    if _STUDENTS.search(words_before) and not narrowed:
        return None  # students of their own, no group ("студенты-педагоги — до 86 940 тенге")
    group = _last_group(metric, facts.item)
    if group:
        return group
    before = facts.sentence[: facts.offset]
    if _BACK_REFERENCE.search(words_before):
        return _last_group(metric, before)
    # the one group the sentence names before the figure is its subject, named before its first
    # figure ("Бакалаврам выплаты поднимут на 20 процентов: стипендия вырастет с 41 898 тенге")
    named = {label for label, words in metric.groups if words.search(before.casefold())}
    return named.pop() if len(named) == 1 else None


def _narrowing_words(facts: FigureFacts) -> str:
    """Where a sentence says who a figure is for: its opening before the first figure (a heading,
    "Отличникам добавят: ..."), the words since the previous figure ("а отличники – 54 205
    тенге") and "for ..." right after it. Not the whole sentence: in "бакалавры будут получать 47
    135 тенге вместо 41 898 тенге, а отличники – 54 205 тенге" only the last amount is honours'."""
    first = re.search(r"\d", facts.sentence)
    opening = facts.sentence[: first.start()] if first else ""
    after = _after_figure(facts.sentence, facts.offset)
    named_for = _FOR_AFTER.match(after)
    return f"{opening} {lead_in(facts.sentence, facts.offset)} {after if named_for else ''}".casefold()


def _modified(metric: Metric, facts: FigureFacts, group: str | None) -> str | None:
    """The group with what the sentence says narrows it for this figure ("bachelor's students
    (honours)" where it is about honours students' amounts), or the narrowing alone when no group is named."""
    words = _narrowing_words(facts)
    named = [label for label, pattern in metric.group_modifiers if pattern.search(words)]
    if not named:
        return group
    return f"{group} ({', '.join(named)})" if group else f"{', '.join(named)} students"


def student_group(metric: Metric, facts: FigureFacts) -> str | None:
    """The student group a figure is for: named right after it ("for master's students"), else
    the last one named since the previous figure ("doctoral students will be paid KZT 160,000"),
    else none when those words name students of no group, else the one its item names, else,
    when those words point back ("their"), the last one named before it in the sentence, else
    the only one the sentence names before it (its subject); with what the sentence says
    narrows it ("honours")."""
    return _modified(metric, facts, _named_group(metric, facts))


# Words a list item's label may carry besides its student group ("for master's students",
# "магистрантам", "магистранттарға") without naming a narrower group of its own.
_LABEL_FILLER = re.compile(
    r"\b(?:for|to|the|state|students?|для|студент\w*|обучающ\w*|үшін|білім|алушы\w*)\b|[\W\d_]+"
)
# What follows only widens the group: "doctoral students, including health care".
_WIDENING_TAIL = re.compile(r",\s*(?:including|в том числе|соның ішінде)\b.*$")


def group_named_by(groups: tuple[tuple[str, re.Pattern[str]], ...], label: str) -> str | None:
    """The student group a list item's label names and nothing narrower, so one group is one
    series whatever the language: "магистрантов", "магистранттарға" and "master's students"
    are all "master's students". A label that adds a group of its own ("students of technical
    and vocational education (working qualifications)") or names two ("resident doctors and
    master's students") keeps its words: their amounts differ from the plain group's."""
    text = _WIDENING_TAIL.sub("", label.casefold())
    named = [(group, match) for group, words in groups if (match := words.search(text))]
    if len(named) != 1:
        return None
    group, match = named[0]
    rest = text[: match.start()] + re.sub(
        r"^\w*(?:['’]s)?", "", text[match.end() :]
    )  # the rest of the word goes too
    return group if not _LABEL_FILLER.sub("", rest) else None


def _category(metric: Metric, facts: FigureFacts) -> str | None:
    if metric.category is None:
        return None
    if ":" in facts.item:  # a list item's label: "state scholarships: master's students"
        label = facts.item.split(":", 1)[1].strip()
        if metric.category == "student_group":
            return _modified(metric, facts, group_named_by(metric.groups, label) or label)
        return label
    if metric.category == "student_group":
        return student_group(metric, facts)
    return facts.item


def is_country_total(metric: Metric, facts: FigureFacts) -> bool:
    """Whether the figure's sentence names the whole country and not the campaign: the
    country's total of what the campaign also counts (all the waste collected in a year)."""
    if not metric.whole_country or not _has(metric.whole_country, facts.sentence):
        return False
    named = [pattern for pattern in (metric.names, metric.campaign) if pattern]
    return not any(pattern.search(facts.sentence) for pattern in named)


def map_metric(catalog: tuple[Metric, ...], facts: FigureFacts) -> tuple[str, str | None] | None:
    """(metric_id, category) of the first catalog entry the figure fits, or None."""
    for metric in catalog:
        if metric.unit != facts.unit or facts.kind not in metric.kinds:
            continue
        if metric.change is not None and metric.change != facts.is_change:
            continue
        if not _item_named(metric, facts):
            continue
        back = _pointed_back(facts)
        if metric.subjects and not _has(
            metric.subjects, facts.item, lead_in(facts.sentence, facts.offset), back
        ):
            continue
        if metric.exclude_items and _has(metric.exclude_items, facts.item):
            continue
        clause = _clause(facts.sentence, facts.offset)
        if not _has(metric.phrases, clause, facts.item, framing(facts.sentence, facts.offset), back):
            continue
        if not _has(metric.context, facts.sentence, facts.title, facts.previous_sentence):
            continue
        if metric.exclude and _has(metric.exclude, facts.sentence, _continued(facts)):
            continue
        if metric.exclude_clause and _has(metric.exclude_clause, clause):
            continue
        if metric.near or metric.exclude_near:
            # the figure's own words and its item: "Monthly inflation stood at 0.7%, against 0.4% a
            # month earlier" says monthly once, in the item both figures share
            own = own_words(facts.sentence, facts.offset)
            if not _has(metric.near, own, facts.item) or (
                metric.exclude_near and _has(metric.exclude_near, own, facts.item)
            ):
                continue
        if metric.exclude_after and _has(metric.exclude_after, words_after(facts.sentence, facts.offset)):
            continue  # it counts something else, named after it
        if metric.names and names_another(metric.names, facts.sentence, facts.offset):
            continue  # a named sub-initiative's or event's count, not the campaign's
        if is_country_total(metric, facts):
            continue  # all the country's, not the campaign's
        if metric.scope and (facts.place or _is_local(metric.scope, facts, metric.regional_headlines)):
            continue  # a national series holds the country's figures only
        if not metric.parts and is_part(facts) and not is_year_of_span(facts):
            continue
        return metric.metric_id, _category(metric, facts)
    return None
