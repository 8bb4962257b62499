"""Per-language word lists for the Russian and Kazakh extractor (data, not code), and the
language of a text.

Each language module (ru, kk) holds one `LanguageData`: its scale words, unit forms, number
words, month stems, period phrases and kind cue words, as plain tables of word forms and stems.
Russian and Kazakh inflect, so forms are matched by stem (a word starting with a listed stem)
rather than by full word."""

from __future__ import annotations

import re
from dataclasses import dataclass

LANGUAGES = ("en", "ru", "kk")
# Letters of the Kazakh Cyrillic alphabet that Russian does not have.
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_URL_LANGUAGE = re.compile(r"/(?P<code>eng|en|rus|ru|kaz|kz|kk)(?:/|$)", re.I)
_URL_CODES = {"eng": "en", "en": "en", "rus": "ru", "ru": "ru", "kaz": "kk", "kz": "kk", "kk": "kk"}
# Function words that only one of the two languages uses: a sure sign in any sentence.
_RUSSIAN_WORDS = frozenset("и в на с по что не для от из к о за это как а также его их при до".split())
_KAZAKH_WORDS = frozenset("және мен бен пен бойынша үшін деп бұл осы да де та те ал жылы ретінде".split())
_WORDS = re.compile(r"[^\W\d_]+")
# Without function words to go by: Kazakh texts have a word with a Kazakh-only letter every
# two or three words; Russian quoting a Kazakh name ("Таза Қазақстан") a few in a paragraph.
KAZAKH_WORD_SHARE = 0.2
SAMPLE = 2000  # characters read: the language of a news article is settled well before


def detect_language(text: str) -> str:
    """'en', 'ru' or 'kk' from the letters of a text: Latin against Cyrillic, then Russian or
    Kazakh function words, then the share of words with Kazakh-only letters."""
    sample = text[:SAMPLE]
    if not _CYRILLIC.search(sample):
        return "en"  # the common case, settled by one scan
    cyrillic = _cyrillic_count(sample)
    if cyrillic <= len(_LATIN.findall(sample)):
        return "en"
    words = [w.lower() for w in _WORDS.findall(sample)]
    russian = sum(1 for w in words if w in _RUSSIAN_WORDS)
    kazakh = sum(1 for w in words if w in _KAZAKH_WORDS)
    if russian != kazakh:
        return "kk" if kazakh > russian else "ru"
    with_kazakh = sum(1 for w in words if not KAZAKH_LETTERS.isdisjoint(w))
    return "kk" if words and with_kazakh / len(words) >= KAZAKH_WORD_SHARE else "ru"


def _cyrillic_count(text: str) -> int:
    """How many characters of the Cyrillic block (U+0400-U+04FF, as _CYRILLIC) the text holds. In
    UTF-8 each is two bytes led by one of 0xD0-0xD3, bytes that lead no other character: counting
    them is several times faster than collecting the matches of _CYRILLIC."""
    encoded = text.encode("utf-8", "surrogatepass")
    return sum(encoded.count(lead) for lead in (b"\xd0", b"\xd1", b"\xd2", b"\xd3"))


def language_from_url(url: str | None) -> str | None:
    """'ru' for kt.kz/rus/..., 'kk' for /kaz/, 'en' for /eng/; None when the path does not say."""
    if not url:
        return None
    path = "/" + url.split("?", 1)[0].split("://", 1)[-1].partition("/")[2]
    match = _URL_LANGUAGE.search(path)
    return _URL_CODES[match["code"].lower()] if match else None


@dataclass(frozen=True)
class LanguageData:
    """Everything language-specific the Cyrillic extractor reads. Patterns are regex source."""

    code: str
    scales: tuple[tuple[str, float], ...]  # (pattern of the scale word, multiplier)
    units: tuple[tuple[str, str, float], ...]  # (pattern after the number, unit code, factor)
    number_words: dict[str, float]  # words that stand for a number ("полтора", "бір")
    half_word: str | None  # Kazakh "жарым": "бір жарым" = 1.5
    months: tuple[str, ...]  # stems, January first
    duration_after: str  # pattern after a number that makes it a duration or an age
    numbering_before: frozenset[str]  # "№", "статья": a label follows, not a figure
    ordinal_suffix: str  # pattern glued after "-": "1-го", "2027-ші"
    case_suffix: str  # Kazakh case endings glued after "-": "15%-ке", "3 000-ға"
    qualifiers: tuple[tuple[str, str], ...]  # (pattern before/after the figure, qualifier)
    # (word stem, kind): "планир" -> plan; "мүмкін=": the whole word only; "future" for a future
    # verb ("составит", "өседі"): a forecast when the sentence speaks of one, else a plan; "state"
    # for a verb of being ("құрайды"): actual unless its period lies ahead; "none": no cue at all
    cues: tuple[tuple[str, str], ...]
    change_words: str  # pattern of words that make a figure a change ("увеличился на")
    now_words: str  # "уже", "сегодня", "қазір": the figure is a state at publication
    comparison_words: str  # a period after/before these is a comparison base, not the period
    reporting_words: str = r"(?!)"  # "сообщили", "хабарлады": a day beside these is when it was said
    will_be: frozenset[str] = frozenset()  # "будет": "будет построено" is a future, not a past
    plan_nouns: str = r"(?!)"  # "план", "жоспар": the noun, not "планируется"
    habitual_words: str = r"(?!)"  # "жыл сайын": the present tense is a habit, not a plan
    current_words: str = r"(?!)"  # "қазіргі 50,7%": "current" right before a figure dates it today
    must_words: str = r"(?!)"  # "должен", "тиіс": a plan, or a target beside a level verb
    level_verbs: str = r"(?!)"  # "составить", "жетуі": "должен составить", "жетуі тиіс" set a target
    revision_words: str = r"(?!)"  # "повысил прогноз", "болжамын көтерді": the figures are the forecast's
    # "Для сравнения:", "бұл көрсеткіш ... болған": a sentence looking back dates its own figures only;
    # one without a period of its own reports the same measure as the sentence before, for its period
    look_back_words: str = r"(?!)"
    breakdown_words: str = r"(?!)"  # "Из них", "Оның ішінде" opening a sentence: parts of the last total
    contrast_words: str = r"(?!)"  # "тогда как", "ал": a period right after these looks back (no scope)
    total_words: str = r"(?!)"  # "всего", "барлығы": a total so far, from the start of whatever it counts
    # "в расчете на 1000 человек", "1000 тұрғынға шаққанда" BEFORE a rate: the base ("base" group)
    # is no figure and the rates after it, below the base, are per-N rates (unit other)
    rate_base_before: str = r"(?!)"
    # a verb of how things stand, in the present ("составляет", "работают", "находятся"; "тұр", "бар",
    # "жатыр"): a figure it states without a period of its own is a level at publication
    present_words: str = r"(?!)"
    # the words of a street address right before a house number ("ул. Абая, ", "по адресу: Абая, ",
    # "Абай көшесі, "): the number that follows names a building, it counts nothing
    address_before: str = r"(?!)"
    # text right before a figure that is a range's first figure ("24 мың тоннадан "): a ceiling
    # word read after the figure ("... тоннаға дейін") ends that range, the level reached, not "up to"
    range_start_before: str = r"(?!)"
    # a multiplier in words: the word after a number word ("в семь раз", "екі есеге"), what must stand
    # before the number word for a whole one to be a multiplier ("в": "пять раз" alone is a repeat),
    # and the words that are one by themselves ("вдвое", "жарты есе"), as (pattern, value)
    times_after: str = r"(?!)"
    times_before: str = r""
    multiplier_words: tuple[tuple[str, float], ...] = ()
