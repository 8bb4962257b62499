"""The place a figure is about: a region, city or district of Kazakhstan, by one English name.

A national target ("2 billion trees by 2025") and a region's actual ("Mangystau region planted
1.2 million trees") are different series; so are a region's figures and the country's. Each
figure's place is read, nearest first, from

1. the words of its sentence since the previous figure ("в Шымкенте — на 13,2%, в Астане — на 13,0%"),
2. the words right after it in its clause, past the next figure when nothing parts the two
   ("rose by 5% in Almaty region", "10 schools for 6,900 pupils ... in Kyzylorda region"),
3. its item ("вылов рыбы в Северном Арале" names no place here; "Astana official population" does),
4. the earlier words of its sentence, when they name one place only and nothing since the
   previous figure names the country ("In Akmola region, emissions fell 96% and green energy
   makes up 74%"),
5. the article, for a sentence that names no place and not the country, in a paragraph that has
   not turned to the country: a headline that names one place and not the country, or (without
   a place in the headline) a lead paragraph about one place. A dateline is not read: kt.kz
   datelines national news "ASTANA." as much as regional news "AKTAU.".

None means national or unstated. A place that is where something goes ("exports to Almaty
region"), or part of an institution's or facility's name ("Astana Hub", "Алматы әуежайы") is not
a scope. Pure: text in, names out. The table of places is etl/extract/defaults/places.toml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from etl.config_files import ConfigError, load_toml, require
from etl.extract.literal_gates import literal_gate, may_match, opening_lookahead, openings, plain_lower

DEFAULT_PLACES = Path(str(resources.files("etl.extract") / "defaults" / "places.toml"))

# Kazakh case endings that may follow a name (locative, dative, genitive, ablative, accusative,
# possessive, attributive); a name is read only as a whole word with one of them.
_KK_ENDING = (
    r"(?:-?(?:ндағы|ндегі|дағы|дегі|тағы|тегі|ның|нің|дың|дің|тың|тің|нда|нде|да|де|та|те|ға|ге|қа|ке|на|не"
    r"|дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|ны|ні|сы|сі|мен|бен|пен|лық|лік|ы|і|а|е))?"
)
_KK_REGION = r"\s+облыс(?!тар)\w*"  # "облыстарында": the regions (plural), named together
_EN_REGION = r"\s+(?:[Rr]egion(?:al)?|[Oo]blast)\b(?!s)"  # "Kostanay regional akimat": the region

# Words after a name that make it an institution's or a facility's ("Astana Hub", "Aktau port"),
# or a lake's ("Балқаш көлі", and before it: "Lake Balkhash", "озера Балхаш").
_NAMED_AFTER = {
    "en": re.compile(
        r"\s+(?:Hub|International|Financial|[Aa]irport|[Pp]ort\b|Opera|Arena|LRT|Motors|Air\b|University|Expo"
        r"|CHP|TPP|Branch|branch|Bank|Times|Club|Ballet|Medical|Zhuldyzdary|Astana)"
    ),
    "ru": re.compile(r"\s+(?:Хаб|Hub|[Аа]эропорт|Опера|Арена|LRT|ТЭЦ|[Фф]илиал|Международн)"),
    "kk": re.compile(r"\s+(?:Хаб|Hub|әуежай|Опера|Арена|LRT|ЖЭО|филиал|халықаралық|әуе|көл)", re.I),
}
_NAMED_BEFORE = {
    "en": re.compile(r"(?:\bFC|\b[Aa]irport\s+of|\bport\s+of|\bLake)\s+(?:the\s+)?$"),
    "ru": re.compile(r"(?:[Аа]эропорт\w*|[Пп]орт\w*|ТЭЦ[-\d]*|вокзал\w*|[Хх]аб\w*|ФК|[Оо]зер\w*)\s+$"),
    "kk": re.compile(r"(?:ФК)\s+$"),
}
# A place where something goes: "to"/"into", Russian "в"/"на" with an accusative, a Kazakh
# dative; counted out only in a sentence about shipments ("exports to Almaty region").
_TOWARDS = {
    "en": re.compile(r"\b(?:to|into)\s+(?:the\s+)?$"),
    "ru": re.compile(r"\b(?:в|во|на)\s+$"),
    "kk": None,
}
_RU_ACCUSATIVE = re.compile(r"(?:ую|юю|у|ю|ь|[бвгджзклмнпрстфхцчшщ])$")
# the dative ("Астанаға", "Шымкентке", "облысына"); not the locative "-да", nor "Астана" itself
_KK_DATIVE = re.compile(r"(?:ға|ге|қа|ке|облысына|облысқа)$")
_SHIPMENT = {
    "en": re.compile(
        r"\b(?:export|ship|deliver|suppl|sent\b|send|transport|flight|route|transfer|import)", re.I
    ),
    "ru": re.compile(r"(?:экспорт|постав|отгру|отправ|вывез|вывоз|перевез|рейс|маршрут|импорт)", re.I),
    "kk": re.compile(r"(?:экспорт|жеткіз|жөнелт|тасымалд|жіберіл|рейс|импорт)", re.I),
}
# The country or all of it: a figure so placed is national, whatever place the sentence named before.
_NATIONAL = {
    "en": re.compile(
        r"\b(?:Kazakhstan(?:'s|i)?|nationwide|countrywide|the country(?:'s)?|national average|all regions"
        r"|regions of the country|across the country|republican)\b",
        re.I,
    ),
    "ru": re.compile(
        r"(?:[Кк]азахстан\w*|по\s+стране|в\s+стране|страны|по\s+республике|в\s+республике|республиканск\w*"
        r"|по\s+всем\s+регион\w*|всех\s+регион\w*|общереспубликанск\w*|в\s+среднем\s+по)",
        re.I,
    ),
    "kk": re.compile(
        r"(?:[Ққ]азақстан\w*|[Ее]лімізд\w*|[Ее]лде\b|[Рр]еспублика\w*|ел\s+бойынша|барлық\s+өңір\w*)"
    ),
}
# The words one of which every match of _NATIONAL holds: most texts hold none and are not scanned.
_NATIONAL_GATE = {language: literal_gate(pattern) for language, pattern in _NATIONAL.items()}
# Several regions named as one ("Turkistan and Zhambyl regions", "в Туркестанской и Жамбылской
# областях"): an article that opens so is about more than one place.
_PLURAL_REGIONS = re.compile(r"\b(?:regions|oblasts)\b|област(?:ях|ей|ям|ями)\b|облыстар", re.I)
_PLURAL_END = re.compile(r"(?:област(?:ях|ей|ям|ями)|облыстар\w*)$")
# a name joined to another before a plural "regions" ("Turkistan and Zhambyl regions")
_LISTED_WITH_REGIONS = re.compile(
    r"\s+(?:and|и|мен|пен|бен|және)\s+[\w-]+\s+(?:regions|oblasts|област(?:ях|ей|ям|ями)|облыстар)", re.I
)
# An article's headline naming a meeting's venue ("Forum on ... opens in Astana") is no scope.
_VENUE = re.compile(
    r"\b(?:forum|summit|session|meeting|conference|congress|hosts?|hosted|visit\w*|форум\w*|саммит\w*"
    r"|заседани\w*|совещани\w*|визит\w*|отырыс\w*|кеңес\w*|сапар\w*)\b",
    re.I,
)
# Districts are named as written ("Aral district", "Илийский район", "Ордабасы ауданы").
_DISTRICT = {
    "en": re.compile(r"\b(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+district\b(?!s)"),
    "ru": re.compile(r"\b(?P<name>[А-ЯЁ][а-яё-]+?)(?:ский|ском|ского|скому|ским)\s+район(?!ах|ов|ам)\w*"),
    "kk": re.compile(r"\b(?P<name>[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)\s+аудан(?!дар)\w*"),
}
_DISTRICT_NAME = {"en": "{} district", "ru": "{}ский район", "kk": "{} ауданы"}
# the word every match of _DISTRICT holds as written (the patterns are case-sensitive): a text
# without it is not scanned at each capitalised word
_DISTRICT_WORD = {"en": "district", "ru": "район", "kk": "аудан"}
# A dateline opening the body: the town the report was filed in, then a full stop, a comma or a
# dash ("AKTAU.", "Астана. 10 ақпан. KAZAKHSTAN TODAY –"); national news is filed in Astana too.
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_DATELINE = re.compile(
    rf"^\s*(?:[{_UPPER}][\w-]*\.(?=\s)|[{_UPPER}-]{{3,}}(?:\s+[{_UPPER}-]{{3,}})?\s*(?:\.|,|\s[-–—]))"
)
# How far after a figure its own clause may name its place ("rose by 5% in Almaty region").
_AFTER_WINDOW = 80
# Figures this close, with no clause mark between, share what follows ("10 schools for 6,900 pupils")
_JOINED_GAP = 24
# a comma inside a figure ("6,900") parts no clause
_CLAUSE_END = re.compile(r"[;:()]|,(?!\d)|\s[-–—]\s|\s(?:and|while|whereas|but|а|но|и|ал|бірақ)\s")


def dateline_end(body: str) -> int:
    """The length of the dateline opening `body` (0 without one); its town is no scope."""
    match = _DATELINE.match(body)
    return match.end() if match else 0


@dataclass(frozen=True)
class Mention:
    """A place named in a text: where, which, and whether it is where something goes."""

    start: int
    end: int
    name: str
    towards: bool = False


@dataclass(frozen=True)
class PlaceTable:
    """Per language, one pattern with a group per written form, and the name each group stands for."""

    patterns: dict[str, re.Pattern[str]]
    names: dict[str, tuple[str, ...]]


def _forms(path: Path, index: int, entry: dict, key: str) -> list[str]:
    values = entry.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ConfigError(path, f"entry 'place[{index}].{key}': needs a list of non-empty strings")
    return values


def _written(language: str, form: str, city: bool, bare: bool) -> str:
    """The regular expression for one form of a place in one language."""
    if language == "en":
        name = re.escape(form).replace(r"\ ", r"\s+")
        if city:
            return rf"\b{name}\b(?!{_EN_REGION}|\s+district)(?!['’]?s\s+(?:[Rr]egion|[Oo]blast))"
        region = rf"\b{name}{_EN_REGION}|\b(?:[Rr]egion|[Oo]blast)\s+of\s+{name}\b"
        return region + (rf"|\b{name}\b(?!\s+district)" if bare else "")
    if language == "kk":
        stem = re.escape(form).replace(r"\ ", r"\s+")
        if city:
            return rf"(?<![\w-]){stem}{_KK_ENDING}(?![\w-])(?!{_KK_REGION}|\s+облыстар|\s+аудан)"
        return rf"(?<![\w-]){stem}{_KK_REGION}"
    return rf"(?<![\w-])(?:{form})"


def _top_level(form: str) -> list[str]:
    """A regular expression's alternatives at its top level (not those inside groups or classes)."""
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, char in enumerate(form):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(form[start:i])
            start = i + 1
    return [*parts, form[start:]]


def _first_letters(written: list[tuple[str, str]]) -> str:
    """The letters a language's forms may open with, for a character class: names are written
    capitalised, so only a form's own class ("[Сс]толица") adds a lower-case letter."""
    letters: set[str] = set()
    for _, form in written:
        for alternative in _top_level(form):
            bare = re.sub(r"^(?:\(\?<!\[\\w-\]\)|\\b)+", "", alternative)
            if bare.startswith("(?:"):
                letters.update(_first_letters([("", bare[3 : bare.rindex(")")])]))
                continue
            group = re.match(r"\[([^\]]+)\]", bare)
            letters.update(group.group(1) if group else bare[:1])
    return "".join(sorted(re.escape(letter) for letter in letters))


def load_places(path: Path = DEFAULT_PLACES) -> PlaceTable:
    """The table of places, one pattern per language; ConfigError names a bad entry."""
    entries = load_toml(path).get("place", [])
    require(path, "place", entries, list, "the [[place]] entries")
    groups: dict[str, list[tuple[str, str]]] = {"en": [], "ru": [], "kk": []}
    for index, entry in enumerate(entries):
        require(path, f"place[{index}]", entry, dict, "an entry")
        name = require(path, f"place[{index}].name", entry.get("name"), str, "the name")
        city, bare = bool(entry.get("city", False)), bool(entry.get("bare", False))
        for language in groups:
            for form in _forms(path, index, entry, language):
                groups[language].append((name, _written(language, form, city, bare)))
        for form in _forms(path, index, entry, "abbr"):
            for language in ("ru", "kk"):
                groups[language].append((name, rf"(?<![\w-]){re.escape(form)}(?:-\w+)?(?![\w-])"))
    patterns, names = {}, {}
    for language, written in groups.items():
        try:
            pattern, names[language] = _by_first_letter(written)
            patterns[language] = _gated_by_openings(pattern)
        except re.error as error:
            raise ConfigError(path, f"a {language} form is not a valid expression: {error}") from None
    return PlaceTable(patterns, names)


def _by_first_letter(written: list[tuple[str, str]]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for all forms, and the place each of its groups names. Every form opens a
    word, and its alternatives are bucketed by the letters they open with: at a word the engine
    tries one bucket's few forms, not all 200 (the text of a whole body is scanned per article)."""
    buckets: dict[str, list[tuple[str, str]]] = {}
    for name, form in written:
        for alternative in _top_level(form):
            buckets.setdefault(_first_letters([(name, alternative)]), []).append((name, alternative))
    ordered = [
        (letters, name, alternative) for letters, forms in buckets.items() for name, alternative in forms
    ]
    groups, index = [], 0
    for letters, forms in buckets.items():
        named = "|".join(f"(?P<p{index + i}>{alternative})" for i, (_, alternative) in enumerate(forms))
        groups.append(f"(?=[{letters}])(?:{named})")
        index += len(forms)
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(groups)})")
    return pattern, tuple(name for _, name, _ in ordered)


_OPENING_LENGTH = 3  # "Ast", "Кар": most capitalised words of a text open no place's name


def _gated_by_openings(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a look-ahead for the first letters of its forms: the same matches, and
    a word that opens none of them ("The", "Bank") costs a few comparisons instead of a try at
    every bucket (about half the scan of a sentence)."""
    opening = openings(pattern, _OPENING_LENGTH)
    if opening is None:
        return pattern
    return re.compile(rf"(?<![\w-]){opening_lookahead(opening)}(?:{pattern.pattern})", pattern.flags)


@lru_cache(maxsize=1)
def default_places() -> PlaceTable:
    return load_places()


def _district(language: str, text: str, start: int) -> tuple[str, int, int] | None:
    match = _DISTRICT[language].match(text, start)
    if match is None:
        return None
    return _DISTRICT_NAME[language].format(match.group("name")), match.start(), match.end()


def place_mentions(text: str, language: str, table: PlaceTable | None = None) -> list[Mention]:
    """Every place `text` names, in order, with institutions' and facilities' names left out."""
    if table is None:
        return list(_default_mentions(text, language))  # figures of one sentence read it once
    return _mentions(text, language, table)


@lru_cache(maxsize=512)
def _default_mentions(text: str, language: str) -> tuple[Mention, ...]:
    return tuple(_mentions(text, language, default_places()))


def _mentions(text: str, language: str, table: PlaceTable) -> list[Mention]:
    language = language if language in table.patterns else "en"
    found: list[Mention] = []
    shipment: bool | None = None  # read once, and only for a text that names a place
    for match in table.patterns[language].finditer(text):
        start, end = match.span()
        if _NAMED_AFTER[language].match(text, end) or _NAMED_BEFORE[language].search(
            text, max(0, start - 24), start
        ):
            continue
        if _PLURAL_END.search(match.group()) or _LISTED_WITH_REGIONS.match(text, end):
            continue  # "Туркестанской и Жамбылской областях": several regions named as one
        name = table.names[language][int(str(match.lastgroup)[1:])]
        if shipment is None:
            shipment = _SHIPMENT[language].search(text) is not None
        found.append(Mention(start, end, name, shipment and _towards(language, text, start, end)))
    districts = _DISTRICT[language].finditer(text) if _DISTRICT_WORD[language] in text else ()
    for match in districts:
        district = _district(language, text, match.start())
        if district and not any(m.start <= match.start() < m.end for m in found):
            found.append(Mention(district[1], district[2], district[0]))
    return sorted(found, key=lambda m: m.start)


def _towards(language: str, text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is where something goes ("to", accusative, dative)."""
    word = text[start:end].split()[-1] if text[start:end].split() else ""
    if language == "kk":
        return bool(_KK_DATIVE.search(word))
    before = _TOWARDS[language]
    if before is None or not before.search(text, max(0, start - 12), start):
        return False
    # "в Алматинскую область": the adjective shows the accusative where the noun does not
    return (
        language == "en"
        or bool(_RU_ACCUSATIVE.search(word))
        and not re.search(r"(?:ой|ом|ем)\s", text[start:end])
    )


def _national(language: str, text: str, mentions: Sequence[Mention], offset: int = 0) -> bool:
    """Whether text names the country (with the places in it blanked: "East Kazakhstan");
    `mentions` are those of a text that `text` starts at `offset` of."""
    language = language if language in _NATIONAL else "en"
    inside = [m for m in mentions if m.end > offset and m.start < offset + len(text)]
    if inside:
        chars = list(text)
        for mention in inside:
            for i in range(max(0, mention.start - offset), min(len(chars), mention.end - offset)):
                chars[i] = " "
        text = "".join(chars)
    if not may_match(_NATIONAL_GATE[language], plain_lower(text)):
        return False
    return _NATIONAL[language].search(text) is not None


@dataclass(frozen=True)
class Figure:
    """What reading a figure's place looks at: its sentence and where the figure lies in it."""

    sentence: str
    start: int  # the figure's span within the sentence
    end: int
    item: str
    previous_end: int  # within the sentence: where the previous figure of the sentence ends (0: none)
    next_start: int  # where the next figure of the sentence starts (len(sentence): none)


def _scoped(mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if not m.towards]


def _one(mentions: Sequence[Mention]) -> str | None:
    names = {m.name for m in mentions}
    return names.pop() if len(names) == 1 else None


def _previous_clause_end(sentence: str, previous_end: int, start: int) -> int:
    """Where the previous figure's own clause ends: a place in it is that figure's ("... 2.4
    billion for networks in Ridder and 816 million for boilers in Kokshetau")."""
    if previous_end == 0:
        return 0
    clause = _CLAUSE_END.search(sentence, previous_end, start)
    return clause.start() if clause else start


def figure_place(
    figure: Figure,
    language: str,
    article_place: str | None,
    paragraph: str = "",
    table: PlaceTable | None = None,
) -> str | None:
    """The place one figure is about, read as the module docstring lists; None for national or
    unstated. `paragraph` is the paragraph's text before the figure's sentence: once it turns to
    the country ("В стране обновили правила ..."), the article's place no longer holds there."""
    sentence = figure.sentence
    mentions = place_mentions(sentence, language, table)
    item_mentions = place_mentions(figure.item, language, table)
    if not mentions and not item_mentions and article_place is None:
        return None  # no place named anywhere it is read from: each step below comes to None
    scoped = _scoped(mentions)
    own_from = _previous_clause_end(sentence, figure.previous_end, figure.start)
    since = [m for m in scoped if own_from <= m.start and m.end <= figure.start]
    if since:
        return since[-1].name
    segment = sentence[figure.previous_end : figure.start]
    national_since = _national(language, segment, mentions, figure.previous_end)
    # up to the clause's end; past the next figure only when nothing parts the two ("10 schools
    # for 6,900 pupils are being built in Kyzylorda region": the place is both figures')
    after_text = sentence[figure.end : figure.end + _AFTER_WINDOW]
    clause = _CLAUSE_END.search(after_text)
    after_end = figure.end + (clause.start() if clause else len(after_text))
    if after_end > figure.next_start and figure.next_start - figure.end > _JOINED_GAP:
        after_end = figure.next_start
    after = [m for m in scoped if figure.end <= m.start and m.end <= after_end]
    if after:
        return after[0].name
    if national_since or _national(language, sentence[figure.end : after_end], mentions, figure.end):
        return None
    item = _one(_scoped(item_mentions))
    if item and not any(m.towards and m.name == item for m in mentions):
        return item  # (an item quoting its sentence's "exports to X" is no more about X)
    earlier = [m for m in scoped if m.end <= figure.previous_end]
    if earlier:
        return _one(earlier)
    if _national(language, sentence, mentions):
        return None
    if mentions:
        return None  # the sentence names its places for other figures, or as where things went
    if article_place is None:
        return None
    paragraph_mentions = place_mentions(paragraph, language, table)
    if not paragraph_mentions and _national(language, paragraph, paragraph_mentions):
        return None
    return article_place


def article_place(title: str, lead: str, language: str, table: PlaceTable | None = None) -> str | None:
    """The one place an article is about, from its headline, or else from its lead paragraph;
    None when either names the country, several places, or a meeting's venue."""
    title_mentions = place_mentions(title, language, table)
    if _PLURAL_REGIONS.search(title) or _national(language, title, title_mentions):
        return None
    if title_mentions:
        if _VENUE.search(title):
            return None
        return _one(_scoped(title_mentions)) if len(_scoped(title_mentions)) == len(title_mentions) else None
    lead = " " * dateline_end(lead) + lead[dateline_end(lead) :]
    lead_mentions = place_mentions(lead, language, table)
    if not lead_mentions or _PLURAL_REGIONS.search(lead) or _national(language, lead, lead_mentions):
        return None
    first = lead_mentions[0]
    if first.towards or first.start > len(lead) // 3 or _VENUE.search(lead):
        return None  # a lead about one place names it first, as its subject or setting
    return _one(lead_mentions)
