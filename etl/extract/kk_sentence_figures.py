"""Rules that re-read the figures of one Kazakh sentence together once each is read: the parts and
the whole of a plan, a done part beside a plan or a provision, figures alike in brackets, a rise to
a level, a plan or a figure told before taken up again, rates in force, doers and residents
counted now, and a dashed range's low end."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.cyrillic_clause_time import _kk_told_in_past
from etl.extract.cyrillic_kinds import clause_span
from etl.extract.cyrillic_numbers import CyrillicSentence, Reader
from etl.extract.cyrillic_shared_cues import (
    _KK_ABLATIVE_END,
    _KK_CONVERB,
    _KK_DATIVE,
    _KK_INSTEAD,
    _KK_UNDER_WAY,
    _KK_UNDER_WAY_GATE,
)
from etl.extract.indicator_record import Indicator
from etl.extract.kk_clause_reading import _KK_PART_OF
from etl.extract.kk_predicate import read_predicate
from etl.extract.literal_gates import gated_search, literal_gate
from etl.extract.period_shapes import _past_years_span
from etl.extract.periods import Period
from etl.extract.records import replace

_BARE_DIGITS = re.compile(r"\d+(?:[,.]\d+)?")


def _kk_dash_range_items(indicators: list[Indicator], first_index: int) -> list[Indicator]:
    """'6-7 кәсіпорынды іске қосамыз': the low end of a dashed range counts what the high end's noun
    names (the noun stands after the high end only; the low end's own reading found the subject),
    and is a change when the high end is one ("7-8 пайызға өскен"); it covers the high end's time."""
    shared = list(indicators)
    for index, indicator in enumerate(indicators):
        if indicator.role != "low" or indicator.partner is None:
            continue
        partner = indicators[indicator.partner - first_index]
        between = indicator.sentence[
            indicator.end_char - indicator.sentence_start : partner.start_char - partner.sentence_start
        ]
        # (a tight "6-7" of bare digits only: "18-і – ..., 26-сы – ..." is a list of labelled parts)
        if between in ("-", "–", "—") and _BARE_DIGITS.fullmatch(indicator.surface):
            # "7-8 пайызға ... өскен": the low end is a change of the same way as the high end
            takes_change = not indicator.is_change and partner.is_change and indicator.unit == partner.unit
            shared[index] = replace(
                indicator,
                item=partner.item or indicator.item,
                # "пойыз билеті 12-16 мың теңге аралығында": one phrase, one time; the high end, which
                # ends it, was read with the words after it ("12" alone took a span carried in)
                period_start=partner.period_start,
                period_end=partner.period_end,
                is_change=indicator.is_change or takes_change,
                direction=partner.direction if takes_change else indicator.direction,
            )
    return shared


_KK_THAT_IS = re.compile(r",\s+(?:яғни|демек)\s", re.I)

# "64 мың адам тұратын ауданда": how many live in a place, a participle clause naming the place
_KK_RESIDENTS_AFTER = re.compile(
    r"[^\W\d_]*\s+(?:[^\W\d_]+\s+)?(?:адам|тұрғын|халық)\w*\s+(?:тұратын|өмір\s+сүретін)(?!\w)", re.I
)


# a past participle right before a figure, the clause it ends qualifying what the figure counts:
# "9 айда 12,5 мың тонна сүт өндірген 46 ферма"
_KK_PARTICIPLE_BEFORE = re.compile(r"(?<!\w)[^\W\d_]{2,}(?:ған|ген|қан|кен)\s+$", re.I)


def _kk_doers_now(sentence: CyrillicSentence, found: list[Indicator], published: date) -> list[Indicator]:
    """'Облыста 2025 жылдың 9 айында 12,5 мың тонна сүт өндірген 46 ферма жұмыс істейді': the span
    dates what the participle clause tells (the milk); the things it qualifies, counted by a clause
    ending on a state that holds now, are counted now."""
    text = sentence.text
    moved = []
    for i in found:
        start, end = i.start_char - sentence.start, i.end_char - sentence.start
        if (
            i.kind == "actual"
            and not i.is_change
            and i.period_start != i.period_end
            and (_KK_PARTICIPLE_BEFORE.search(text, max(0, start - 40), start))
        ):
            clause = clause_span(text, start, end)
            predicate = read_predicate(text, end, clause[1])
            if predicate is not None and predicate.stative:
                i = replace(i, period_start=published, period_end=published)
        moved.append(i)
    return moved


# "Олардың 83 пайызы ...", "Оның 68,8 млн тоннасы", "Олардың 12 мыңы": a part of the whole (or figure)
# just told opens the sentence
_KK_PART_OPENING = re.compile(r"\s*(?:олардың|оның|соның|солардың)\s+(?:шамамен\s+|жуығы\s+)?\d", re.I)


def _kk_part_of_a_days_whole(
    text: str, found: list[Indicator], whole: Period | None, published: date
) -> list[Indicator]:
    """'20 шілдедегі жағдай бойынша 14 897 баланың құжаты қабылданған. Олардың 83 пайызы қазақ тілінде
    білім алады': a part of a stock counted on a day before publication is counted on that day, though
    told in the present (FORMAT.md: the next sentence goes on with what was told then)."""
    if (
        whole is None or whole.period_start is None or whole.period_start != whole.period_end
        or whole.period_start >= published or _KK_PART_OPENING.match(text) is None
    ):  # fmt: skip
        return found
    return [
        replace(i, period_start=whole.period_start, period_end=whole.period_end)
        if i.kind == "actual" and not i.is_change and i.period_start == i.period_end == published
        else i
        for i in found
    ]


# ", олардың арасында 14 елдің инвесторлары бар": who is among those just counted
_KK_AMONG_THEM = re.compile(r"(?<!\w)олардың\s+арасында(?!\w)[^.;:\d]*$", re.I)


def _kk_among_those_counted(sentence: CyrillicSentence, found: list[Indicator]) -> list[Indicator]:
    """'Содан бері аукциондарға 260-тан астам компания қатысқан, олардың арасында 14 елдің инвесторлары
    бар': who is among the things the clause before counted is counted over the same span, though told
    with a present "бар" (as the Russian "Среди них 83 тыс. врачей")."""
    read: list[Indicator] = []
    for i in found:
        before = read[-1] if read else None
        if (
            before is not None and before.kind == i.kind == "actual" and not i.is_change
            and i.period_start == i.period_end and i.period_start != before.period_start
            and _KK_AMONG_THEM.search(
                sentence.text, before.end_char - sentence.start, i.start_char - sentence.start
            )
        ):  # fmt: skip
            i = replace(i, period_start=before.period_start, period_end=before.period_end)
        read.append(i)
    return read


def _kk_residents_now(sentence: CyrillicSentence, found: list[Indicator], published: date) -> list[Indicator]:
    """'2025 жылдың 9 айында 64 мың адам тұратын ауданда 120 үй салынды': the people who live in the
    place the clause is about are counted as they live there now, not over the span the sentence
    names for what was done there (the Russian "в районе, где проживают 64 тыс. человек")."""
    return [
        replace(i, period_start=published, period_end=published)
        if i.kind == "actual"
        and not i.is_change
        and _KK_RESIDENTS_AFTER.match(sentence.text, i.end_char - sentence.start)
        else i
        for i in found
    ]


# "Осылайша ... жалпы саны 18-ге жетті", "Нәтижесінде ... жалпы ұзындығы 5 мың шақырымға жетті": the total
# the additions just told bring a stock to (its number or length; not "жалпы көлемі", often a flow: a harvest)
_KK_TOTAL_BROUGHT_TO = re.compile(
    r"\s*(?:осылайша|сөйтіп|нәтижесінде)\s*,?\s+(?:[^\W\d]+\s+){0,4}?жалпы\s+(?:саны|ұзындығы)\s+$", re.I
)
_KK_REACHED_AFTER = re.compile(r"\S*\s+(?:жетті|асты|артты|өсті|ұлғайды|көбейді)(?!\w)", re.I)


def _kk_total_brought_to(
    sentence: CyrillicSentence, found: list[Indicator], stated: list[Period], published: date
) -> list[Indicator]:
    """'Биыл ауданда 5 ауыл газға қосылды. Осылайша газдандырылған елді мекендердің жалпы саны 18-ге
    жетті': the total the year's additions bring the stock to is the stock at publication (FORMAT.md:
    "bringing the total to N" is actual, a state now), not the year of the additions carried to it.
    Only with no period of its own, and only a carried span still running at publication (+fs40kk)."""
    if stated:
        return found
    text = sentence.text
    return [
        replace(i, period_start=published, period_end=published)
        if i.kind == "actual" and not i.is_change
        and i.period_start is not None and i.period_end is not None
        and i.period_start < published <= i.period_end
        and _KK_TOTAL_BROUGHT_TO.fullmatch(text, 0, i.start_char - sentence.start) is not None
        and _KK_REACHED_AFTER.match(text, i.end_char - sentence.start) is not None
        else i
        for i in found
    ]  # fmt: skip


# how far a plan was met ("жоспар 95 пайызға орындалды"): the share of what the span was to do, the span's
_KK_PLAN_MET = re.compile(r"(?<!\w)орындал\w*", re.I)
_KK_PLAN_MET_GATE = literal_gate(_KK_PLAN_MET)


def _kk_share_reached_since(found: list[Indicator], stated: list[Period], published: date) -> list[Indicator]:
    """'Елді мекендердің бәрі ауыз сумен қамтылды: 2021 жылдан бері 835 млрд теңге бөлінген' (headline),
    'Барлық елді мекен ауыз сумен 100 пайыз қамтылды': a share reached (a level in percent, no change),
    with no period of its own under a span carried "since" an earlier year, is the level at publication,
    where that span ends; the span counts what was done or spent on the way (+fs40kk)."""
    if stated or not found or gated_search(_KK_PLAN_MET, _KK_PLAN_MET_GATE, found[0].sentence):
        return found
    return [
        replace(i, period_start=published, period_end=published)
        if i.unit == "percent" and not i.is_change and i.kind == "actual"
        and i.period_start is not None and i.period_start.year < published.year
        and (i.period_start.month, i.period_start.day) == (1, 1) and i.period_end == published
        else i
        for i in found
    ]  # fmt: skip


def kk_parts_summing_to_stock(results: list[Indicator]) -> list[Indicator]:
    """'... 6087 ауылдық елді мекен ауыз сумен қамтамасыз етілген», – деді ол.\n Ауылдардың 4747-сі
    орталықтандырылған су жүйесіне қосылған ... Тағы 1340 ауыл децентрализденген жүйемен қамтылған': counts
    told in the next sentences that add up exactly to a stock counted on a day are its parts, counted on
    the same day, not over a span carried from before (the headline's "since 2021"; +fs40kk). The parts
    must share one period, other than the stock's, and follow it within three sentences."""
    read = list(results)
    for index, whole in enumerate(results):
        if not (
            whole.kind == "actual" and whole.unit == "count" and not whole.is_change
            and whole.period_start is not None and whole.period_start == whole.period_end
        ):  # fmt: skip
            continue
        starts = sorted({i.sentence_start for i in results[index + 1 :]})[:3]
        later = [
            (n, i) for n, i in enumerate(results[index + 1 :], index + 1)
            if i.sentence_start in starts and i.sentence_start > whole.sentence_start
            and i.unit == "count" and i.kind == "actual" and not i.is_change and i.role is None
        ]  # fmt: skip
        for first in range(len(later)):
            total, members = 0.0, []
            for n, i in later[first:]:
                total += i.value
                members.append((n, i))
                if total >= whole.value:
                    break
            spans = {(i.period_start, i.period_end) for _, i in members}
            if (
                len(members) >= 2 and total == whole.value and len(spans) == 1
                and spans != {(whole.period_start, whole.period_end)}
            ):  # fmt: skip
                for n, i in members:
                    read[n] = replace(i, period_start=whole.period_start, period_end=whole.period_end)
                break
    return read


# "әр жұмыртқаға 3 теңгеден берілетін субсидия ... алынып тасталуы мүмкін": a rate paid now (a distributive
# amount before the present participle of paying) whose clause tells it ending or cut
_KK_RATE_PAID = re.compile(r"\s+(?:берілетін|төленетін|бөлінетін)\s+[^\W\d]+", re.I)
_KK_RATE_ENDED = re.compile(
    r"(?<!\w)(?:алынып\s+таста|алып\s+таста|тоқтатыл|жойыл|қысқартыл|азайтыл|кемітіл|көтеріл|арттырыл|"
    r"ұлғайтыл|өзгертіл)\w*",
    re.I,
)


def _kk_rate_in_force(sentence: CyrillicSentence, found: list[Indicator], published: date) -> list[Indicator]:
    """'келер жылдан бастап әр жұмыртқаға 3 теңгеден берілетін субсидия алынып тасталуы мүмкін': the rate
    paid now, whose ending or change the clause tells for a time ahead, is the rate in force as told,
    not a plan or a forecast of that time (a rate to be brought in, "... енгізіледі", keeps its kind)."""
    text = sentence.text
    read: list[Indicator] = []
    for i in found:
        end = i.end_char - sentence.start
        distributive = i.unit == "KZT" and not i.is_change and _KK_ABLATIVE_END.search(i.surface)
        paid = _KK_RATE_PAID.match(text, end) if distributive else None
        if paid is not None and i.kind != "actual":
            close = clause_span(text, i.start_char - sentence.start, end)[1]
            if _KK_RATE_ENDED.search(text, paid.end(), max(close, paid.end())):
                i = replace(i, kind="actual", period_start=published, period_end=published)
        read.append(i)
    return read


# a payment or a rate told in the aorist, ending its sentence or clause: "балаға 95 950 теңге төленеді",
# "жылдық 0,1 пайызбен беріледі", "8,5 млн теңгеге дейін жетеді", "10%-дан басталады", "42 500 теңге
# деңгейінде сақталады" (+k21kk)
_KK_PAID_AORIST = re.compile(
    r"[^.;!?]*?(?<!\w)(?P<verb>төленеді|беріледі|жетеді|басталады|сақталады)(?=\s*(?:[.;,!?»\"]|$))",
    re.I,
)
# who it is paid to, right before the amount: "үшінші балаға", "дәрігерлерге", "әрқайсысына"
_KK_PAID_TO_BEFORE = re.compile(
    r"(?<!\w)(?:бала|отбасы|отбасылар|дәрігер|маман|зейнеткер|мұғалім|ұстаз|ана|адам|азамат|студент|оқушы|"
    r"қызметкер|кәсіпкер|фермер|әрқайсы|иегер|алушы)\w*(?:ға|ге|қа|ке|на|не)\s+(?:[^\W\d]+\s+){0,2}$",
    re.I,
)
# what a payment or a rate is named by: its size, a benefit, a loan, a fee
_KK_PAYMENT_WORD = re.compile(
    r"(?<!\w)(?:жәрдемақы|төлем|қолдау\s+мөлшері|несие|қаржы|субсидия|жалақы|стипендия|зейнетақы|сыйақы|"
    r"жарна|мөлшерлеме|өтемақы)\w*",
    re.I,
)
# a time ahead or a plan in the sentence: the rate is one to come ("1 қаңтардан бастап", "келесі жылы")
_KK_RATE_AHEAD = re.compile(
    # ("бастап" alone, not "бастапқы жарна", the initial fee)
    r"(?<!\w)(?:бастап(?!\w)|(?:келесі|келер|алдағы|болашақта|жоспар|көзде|тиіс|керек|енгізіл|көтеріл|арттырыл)\w*)"
    # a payment on a condition or once a law or programme starts, a one-off compensation, money for works:
    # "заң күшіне енгенде", "іске қосылғаннан кейін", "жоба мақұлданса", "зардап шеккен", "жұмыстары үшін"
    r"|(?<!\w)(?:күшіне\s+ен|іске\s+қосыл|мақұлдан|қабылдан)\w*(?:да|де|нан\s+кейін|нен\s+кейін|са|се)(?!\w)"
    r"|(?<!\w)(?:зардап\s+шеккен|мердігер|жұмыстары\s+үшін)",
    re.I,
)
_KK_CLAUSE_DONE_BEFORE_COMMA = re.compile(r"[^\W\d_](?:ды|ді|ты|ті)\s*,", re.I)
_KK_RATE_CEILING_AFTER = re.compile(r"(?:-?[^\W\d_]*)?\s+дейін(?!\w)", re.I)


def _kk_rate_told_in_force(
    text: str, found: list[Indicator], published: date, stated: list[Period]
) -> list[Indicator]:
    """'Биыл бірінші балаға 95 950 теңге ... төленеді', 'Мұндай қаржы 7 жыл мерзімге, жылдық 0,1 пайызбен
    беріледі', 'қолдау мөлшері 8,5 млн теңгеге дейін жетеді', 'бастапқы жарна 10%-дан басталады': a payment
    per person or a rate told in the aorist with no time ahead is the rate in force (FORMAT.md: a payment
    or rate already in force is actual at publication), dated at publication when its sentence names no
    period ("Биыл ...": this year's rate keeps the year); a rate from a day or a year ahead, money for
    works or a budget's sum keep their plan."""
    if _KK_RATE_AHEAD.search(text):
        return found
    read: list[Indicator] = []
    for i in found:
        left, right = i.start_char - i.sentence_start, i.end_char - i.sentence_start
        verb = _KK_PAID_AORIST.match(text, right)
        if verb is not None and _KK_CLAUSE_DONE_BEFORE_COMMA.search(text, right, verb.start("verb")):
            # "... 84 мың теңгеге дейін ұлғайтуды ұсынды, қазір студенттерге 42 мың теңге төленеді": the
            # figure's own clause ends on a verb of its own; the aorist after the comma pays another sum
            verb = None
        ahead = (
            i.period_start is not None
            and i.period_start > published
            or (i.period_end is not None and i.period_end.year > published.year)
        )
        if verb is None or i.kind != "plan" or i.is_change or ahead:
            read.append(i)
            continue
        word = verb.group("verb").lower()
        paid_to = i.unit == "KZT" and i.value < 1e8 and _KK_PAID_TO_BEFORE.search(text, 0, left) is not None
        rate = i.unit in ("percent", "other") or i.unit == "KZT" and i.value < 1e8
        named = rate and _KK_PAYMENT_WORD.search(text) is not None
        in_force = (
            word == "төленеді"
            and (paid_to or named)
            or word == "беріледі"
            and (paid_to or named and i.unit == "percent")
            or word == "жетеді"
            and named
            and _KK_RATE_CEILING_AFTER.match(text, right) is not None
            or word == "басталады"
            and named
            and _KK_ABLATIVE_END.search(i.surface) is not None
            or word == "сақталады"
            and named
        )
        if in_force and stated:
            i = replace(i, kind="actual")
        elif in_force:
            i = replace(i, kind="actual", period_start=published, period_end=published)
        read.append(i)
    return read


def _kk_that_is(text: str, found: list[Indicator], stated: list[Period]) -> list[Indicator]:
    """'Оның мөлшері 3 АЕК-тен 5 АЕК-ке дейін белгіленген, яғни бір ана 12 975 теңгеден 21 625 теңгеге
    дейін алады': the figures after ", яғни" (that is) restate the one before it in other units, at its
    time and of its kind, unless a period of their own is named after it."""
    mark = _KK_THAT_IS.search(text)
    if mark is None or any(p.start >= mark.start() for p in stated):
        return found
    before = [i for i in found if i.end_char - i.sentence_start <= mark.start()]
    if not before:
        return found
    told = before[-1]
    # ("109,8 мың шаршы метр, яғни 570 үй салынып жатыр": the count of the works under way whose size
    # was told is how many there are, actual, while their size is plan; FORMAT.md, +k21kk)
    works_counted = (
        told.kind == "plan" and told.unit in _SIZES and gated_search(_KK_UNDER_WAY, _KK_UNDER_WAY_GATE, text)
    )
    return [
        replace(
            i,
            period_start=told.period_start,
            period_end=told.period_end,
            kind=i.kind if works_counted and i.unit == "count" else told.kind,
        )
        # (not a change, "..., яғни өсім 31%-ды құрады": set against the level before it, of its own time)
        if i.start_char - i.sentence_start >= mark.end() and not i.is_change
        else i
        for i in found
    ]


_SIZES = frozenset(("m2", "hectare", "km", "km2", "MW", "GW", "m3"))


# "(2024 жылы — 351,4 мың тонна)": a bracket that opens on a year and a dash, then a figure
_KK_DATED_BRACKET = re.compile(r"\(\s*\d{4}\s*(?:ж\.|жылы)\s*[—–-]\s*$", re.I)
_KK_BARE_BRACKET = re.compile(r"\(\s*$")


def _kk_brackets_alike(text: str, found: list[Indicator]) -> list[Indicator]:
    """'сиыр еті — 358,8 мың тонна (2024 жылы — 351,4 мың тонна), қой еті — 111,8 мың тонна (109,1 мың
    тонна)': a bracket holding a figure alone, after a bracket of the same list that named its year
    before its figure, gives the figure of the year named there (the base beside each member)."""
    dated: Indicator | None = None
    read: list[Indicator] = []
    for i in found:
        start, end = i.start_char - i.sentence_start, i.end_char - i.sentence_start
        closed = text[end:].lstrip().startswith(")")
        if closed and _KK_DATED_BRACKET.search(text, max(0, start - 24), start):
            dated = i
        elif (
            closed and dated is not None and _KK_BARE_BRACKET.search(text, max(0, start - 4), start)
            and i.unit == dated.unit and (i.period_start, i.period_end) != (dated.period_start, dated.period_end)
        ):  # fmt: skip
            i = replace(i, period_start=dated.period_start, period_end=dated.period_end)
        read.append(i)
    return read


# "бұл сома", "осы мөлшер": the amount just told, named back
_KK_THIS_SUM = re.compile(r"(?<!\w)(?:бұл|осы)\s+(?:сома|мөлшер|төлем|көрсеткіш)(?!\w)", re.I)


def _kk_rise_to_above_level(text: str, found: list[Indicator], told: Indicator | None) -> list[Indicator]:
    """'2026 жылға 60 004 теңге болжанған, бірақ 2028 жылға қарай ол 68 886 теңгеге өседі': an amount in
    the dative before a verb of growth, above a level of the same unit told before it in the sentence
    (or in the sentence before, named back by "бұл сома": "... 71 270 теңге төленуде. Шілдеде бұл сома
    86 222 теңгеге көтеріледі"), is the level it grows to (a rise by more than the whole level is told
    in times, not so), not the change; one below it ("500 мың тонна болса, ... 86 мың тоннаға өсті")
    stays the change."""
    read: list[Indicator] = []
    for i in found:
        before = [j for j in read if j.start_char < i.start_char]
        if told is not None and _KK_THIS_SUM.search(text, 0, i.start_char - i.sentence_start):
            before.append(told)
        if (
            i.is_change and i.unit not in ("percent", "percentage_point", "times")
            and _KK_DATIVE.search(i.surface) and i.direction == "up"
            and any(not j.is_change and j.unit == i.unit and 0 < j.value < i.value for j in before)
        ):  # fmt: skip
            i = replace(i, is_change=False, direction=None)
        read.append(i)
    return read


# "межеленген 9,5 пайыздан", "жоспарланған 120 мың тоннадан": the old level of a change is the one planned
_KK_PLANNED_LEVEL_BEFORE = re.compile(
    r"(?<!\w)(?P<cue>межеленген|белгіленген|жоспарланған|көзделген)\s+$", re.I
)
_KK_PLANNED_KIND = {
    "межеленген": "target",
    "белгіленген": "target",
    "жоспарланған": "plan",
    "көзделген": "plan",
}


def _kk_planned_base(reader: Reader, text: str, found: list[Indicator]) -> list[Indicator]:
    """'халық үлесі межеленген 9,5 пайыздан 6,9 пайызға ... төмендеген': a change from a level planned
    or aimed at to the one reached: the old level is the goal or the plan, the new one, told in the
    past, is what happened (the participle was read as the cue of the new level)."""
    read = list(found)
    for index, old in enumerate(found):
        if old.role != "from" or index + 1 >= len(found) or found[index + 1].role != "to":
            continue
        cue = _KK_PLANNED_LEVEL_BEFORE.search(
            text, max(0, old.start_char - old.sentence_start - 24), old.start_char - old.sentence_start
        )
        if cue is None:
            continue
        new = found[index + 1]
        read[index] = replace(old, kind=_KK_PLANNED_KIND[cue.group("cue").lower()])
        verb = reader.change.search(text, new.end_char - new.sentence_start)
        if verb is not None and new.kind in ("target", "plan") and _KK_PAST_CHANGE.match(verb.group(0)):
            read[index + 1] = replace(new, kind="actual")
    return read


_KK_PAST_CHANGE = re.compile(r".+(?:ды|ді|ты|ті|ған|ген|қан|кен|ып|іп)$", re.I)


# "Бұдан бөлек", "Сондай-ақ", "Сонымен қатар", "Бұған қоса": one more item of what was just listed
_KK_ADDED = re.compile(r"\s*(?:Бұдан\s+бөлек|Сондай-ақ|Сонымен\s+қатар|Бұған\s+қоса)\b", re.I)
# or "тағы" (more, another) before the sentence's first figure: "... салаларға тағы 14 жоба тиесілі"
_KK_MORE_BEFORE_FIGURE = re.compile(r"[^\d]*?(?<!\w)тағы\s+\d", re.I)
_KK_CLAUSE_END = re.compile(r"[:;,»]|\.(?!\d)")


def _kk_added_item(text: str, found: list[Indicator], kind: str) -> list[Indicator]:
    """'Жоспарланған үйлердің 18-і ... . Бұдан бөлек, жеке тұрғын үйдің үлесіне 134,8 мың шаршы метр
    тиесілі': a sentence that adds one more item to a plan or an outlook just told, with no verb of its
    own (a predicate that is no verb: "тиесілі", "үлесінде") and no period, is of that kind; so is one
    that adds "тағы N" (N more) in such a clause ("Өзге салаларға тағы 14 жоба тиесілі: ...", +ps41kk)."""
    end = len(text)
    if not _KK_ADDED.match(text):
        more = _KK_MORE_BEFORE_FIGURE.match(text)
        if more is None:
            return found
        # the clause of "тағы N" up to its own end ("тағы 14 жоба тиесілі: энергетикада – 6, ..."; "Тағы
        # 7 нысанның сметасы жасалып жатыр», – деді ...": its verb, not the speaker's name, is its predicate)
        ends = _KK_CLAUSE_END.search(text, more.end())
        end = ends.start() if ends else end
    predicate = read_predicate(text, 0, end)
    if predicate is None or predicate.tense != "nominal" or predicate.stative:
        return found
    return [replace(i, kind=kind) if i.kind == "actual" else i for i in found]


# "Яғни", "Демек" opening a sentence: that is, the sentence before told again in other terms
_KK_THAT_IS_OPENING = re.compile(r"\s*(?:Яғни|Демек)(?!\w)", re.I)


def _kk_plan_restated(text: str, found: list[Indicator], kind: str) -> list[Indicator]:
    """'Биыл тағы 112 мектепті пайдалануға беру жоспарлануда. Яғни жарты миллионға жуық оқушы үшін жағдай
    жасалуда': a sentence opened by "that is" that tells a plan or outlook just told again, in the
    present or to come (not a past deed, "Яғни ... салынды"), is of that kind."""
    if not _KK_THAT_IS_OPENING.match(text):
        return found
    predicate = read_predicate(text, 0, len(text))
    if predicate is None or predicate.tense == "past":
        return found
    return [replace(i, kind=kind) if i.kind == "actual" and not i.is_change else i for i in found]


def _kk_part_of_forecast(text: str, found: list[Indicator], told: Indicator) -> list[Indicator]:
    """'Биыл ... 88 млн тоннаға жетеді деп болжануда. Оның 68,8 млн тоннасы экспортталады': a part of
    a forecast whole, told in the aorist, is forecast with it, not a deed planned."""
    if told.kind != "forecast" or not _KK_PART_OPENING.match(text):
        return found
    predicate = read_predicate(text, 0, len(text))
    if predicate is None or predicate.tense != "aorist":
        return found
    return [replace(i, kind="forecast") if i.kind == "plan" and i.unit == told.unit else i for i in found]


# the whole told as a level that stands: "... алаң 24 млн гектарды құрайды", "... құрап отыр", or with
# no verb at all, "алқаптың жалпы көлемі – 24 миллион гектар." (+ps41kk)
_KK_WHOLE_STANDS = re.compile(
    r"(?<!\w)(?:құрайды|құрап\s+отыр)\s*[.!]?\s*$|[–—-]\s*\d[\d\s,]*(?:[^\W\d]+\s*){0,2}[.!]?\s*$", re.I
)
# what may follow a whole's figure that ends its sentence with no verb: its unit's case ending at most
# ("аумақ 24 миллион гектар.", "көлемі 24 млн гектардай.") (+ps42kk)
_KK_NOTHING_BUT_THE_END = re.compile(r"\w{0,4}\s*[.!]?\s*$")


def _kk_whole_stands(told: Indicator) -> bool:
    """The whole is told as a level that stands: with "құрайды", after a dash, or as a sentence with no
    verb that ends on the figure itself ("ағымдағы жылы егін жиналатын аумақ 24 миллион гектар.")."""
    if _KK_WHOLE_STANDS.search(told.sentence):
        return True
    return _KK_NOTHING_BUT_THE_END.fullmatch(told.sentence, told.end_char - told.sentence_start) is not None


def _kk_part_of_standing_whole(text: str, found: list[Indicator], told: Indicator) -> list[Indicator]:
    """'Биыл ... жиналатын жалпы алаң 24 млн гектарды құрайды. Оның 17,1 млн гектары – дәнді дақылдар
    алқабы, ал бидай алқабы 13,4 млн гектарға жетеді': the parts of a whole that stands, told with the
    copular aorist "жетеді" (amounts to), stand with it: no level still to be reached (+fs39kk)."""
    if told.kind != "actual" or told.is_change or not _KK_PART_OPENING.match(text):
        return found
    if not _kk_whole_stands(told):
        return found
    predicate = read_predicate(text, 0, len(text))
    if predicate is None or predicate.word.lower() != "жетеді":
        return found
    told_span = (told.period_start, told.period_end)
    return [
        replace(i, kind="actual")
        if i.kind == "plan" and i.unit == told.unit and not i.is_change and (i.period_start, i.period_end) == told_span
        # "Соның 17,1 млн гектарын дәнді дақылдар алып жатыр": a part told in the present stands with
        # its whole, at the whole's span (+ps41kk)
        else replace(i, period_start=told.period_start, period_end=told.period_end)
        if i.kind == "actual" and i.unit == told.unit and not i.is_change and i.period_start == i.period_end
        and told.period_start is not None and told.period_start != told.period_end
        else i
        for i in found
    ]  # fmt: skip


# "Бұл былтырмен салыстырғанда", "Бұл 2024 жылғы деңгейден": this (the figure just told) set against a base
_KK_THIS_COMPARED = re.compile(
    r"\s*(?:Бұл|Ол)\s+(?:көрсеткіш\s+|көлем\s+)?(?:[^\W\d]+|\d{4}\s+жыл\w*)\s+"
    r"(?:салыстырғанда|қарағанда|[^\W\d]*(?:дан|ден|тан|тен|нан|нен)\s)",
    re.I,
)


def _kk_change_of_the_told(text: str, found: list[Indicator], told: Indicator) -> list[Indicator]:
    """'2025 жылға арналған бюджет түсімі – 17,8 трлн теңге. Бұл былтырмен салыстырғанда 2 трлн теңгеге
    ұлғайған': the change of a plan or forecast just told, opened by "this" and its base, is of that
    kind and span (the planned sum is larger, nothing was had yet), though told in a past form."""
    if not _KK_THIS_COMPARED.match(text):
        return found
    return [
        replace(i, kind=told.kind, period_start=told.period_start, period_end=told.period_end)
        if i.is_change and i.kind in ("actual", "plan", "forecast") and i.unit in (told.unit, "percent")
        else i
        for i in found
    ]


def _kk_done_of_a_plan(text: str, found: list[Indicator], published: date) -> list[Indicator]:
    """'Биыл 30 нысан салу жоспарланған. Оның 12-сі пайдалануға берілді': the part of a plan for a
    span under way told done in the past is actual from the span's start to publication (FORMAT.md);
    for a span not yet begun, from the start of the year."""
    if not _kk_told_in_past(text, (0, len(text))):
        return found
    return [
        replace(i, period_end=published)
        if i.kind == "actual" and i.period_start is not None and i.period_end is not None
        and i.period_start <= published < i.period_end
        # "Жаңа оқу жылында 13 жатақхана ашу жоспарланған. Оның 4-еуі оқу жылы басталмай тұрып
        # пайдалануға берілді": done before the plan's span began, so far this year (FORMAT.md)
        else replace(i, kind="actual", period_start=date(published.year, 1, 1), period_end=published)
        if i.kind == "plan" and i.period_start is not None and i.period_start > published
        else i
        for i in found
    ]  # fmt: skip


# the whole of a part, in the genitive right before the part: "10 энергоблоктың 7-і", "20 мектептің 12-сі"
_KK_WHOLE_BEFORE_PART = re.compile(r"[^,;:()]{0,60}?(?:ның|нің|дың|дің|тың|тің)\s+$", re.I)


def _kk_planned_whole_again(text: str, found: list[Indicator], before: list[Indicator]) -> list[Indicator]:
    """'10 энергоблокты ... жөндеуден өткізу жоспарланған. ... – 10 энергоблоктың 7-і жөнделді': the
    whole a part is told of, the same number and unit as a planned figure named before, is that plan
    again (its kind and period), not a count done."""
    moved = []
    for index, i in enumerate(found):
        after = found[index + 1] if index + 1 < len(found) else None
        if (
            i.kind == "actual" and after is not None
            and _KK_WHOLE_BEFORE_PART.match(text, i.start_char - i.sentence_start, after.start_char - after.sentence_start)
        ):  # fmt: skip
            plan = next(
                (j for j in reversed(before) if j.kind == "plan" and j.value == i.value and j.unit == i.unit),
                None,
            )
            if plan is not None:
                i = replace(i, kind="plan", period_start=plan.period_start, period_end=plan.period_end)
        moved.append(i)
    return moved


def _kk_parts_under_way(text: str, found: list[Indicator], published: date) -> list[Indicator]:
    """'217 мектеп салу жоспарланған. Олардың 40 пайыздан астамы ауылдық жерлерде бой көтеріп жатыр':
    how many of a planned total are under way, a count or a share in a clause ending on a progressive,
    is counted now, actual at publication (FORMAT.md: projects under way), not the plan's."""
    moved = []
    for i in found:
        start, end = i.start_char - i.sentence_start, i.end_char - i.sentence_start
        if i.kind == "plan" and i.unit in (None, "count", "percent") and not i.is_change:
            predicate = read_predicate(text, end, clause_span(text, start, end)[1])
            if predicate is not None and predicate.tense == "progressive" and not predicate.planning:
                i = replace(i, kind="actual", period_start=published, period_end=published)
        moved.append(i)
    return moved


def _kk_done_part_so_far(
    text: str, found: list[Indicator], plan: Indicator, published: date
) -> list[Indicator]:
    """'Биыл 190 жобаны іске қосу көзделген. Бүгінге дейін олардың 47-сі іске қосылды, ... 3 мың адам
    жұмыспен қамтылды': the part of a plan for a span under way told done by now (a past or perfect
    after "олардың/соның N") runs from the plan's start to publication, not the day alone (FORMAT.md);
    so do the other figures of that sentence told of the same done part."""
    first, last = plan.period_start, plan.period_end
    part = _KK_PART_OF.search(text)
    if first is None or last is None or not first < published <= last or part is None:
        return found
    clause = clause_span(text, part.start(), part.end())
    while _KK_CONVERB.search(text, clause[0], clause[1]) and text.startswith(",", clause[1]):
        # "38-і іске қосылып, ...": the next clause's verb is its verb too
        clause = clause_span(text, clause[1] + 2, clause[1] + 3)
    predicate = read_predicate(text, *clause)
    if predicate is None or predicate.tense not in ("past", "perfect"):
        return found
    return [
        replace(i, period_start=first)
        if i.kind == "actual" and i.period_start == published and i.period_end == published
        and i.start_char - i.sentence_start >= part.start()
        and not _kk_own_clause_goes_on(text, i.start_char - i.sentence_start, i.end_char - i.sentence_start)
        else i
        for i in found
    ]  # fmt: skip


def _kk_done_part_beside_plan(text: str, found: list[Indicator], published: date) -> list[Indicator]:
    """'Ағымдағы жылы 320 шақырым жолды жөндеу жоспарланған, оның 214 шақырымы жөнделді': the part of
    a plan for a span under way told done in the past in the same sentence runs from the plan's start
    to publication, as it does in the sentence after the plan (_kk_done_of_a_plan); so does a part told
    done by today ("..., бүгінгі күні олардың 23-і пайдалануға берілген")."""
    done = []
    for index, i in enumerate(found):
        start = i.start_char - i.sentence_start
        part = _KK_PART_OF.search(text, max(0, start - 40), i.end_char - i.sentence_start)
        plan = next((j for j in reversed(found[:index]) if j.kind == "plan"), None)
        clause = clause_span(text, start, i.end_char - i.sentence_start)
        if (
            plan is not None and i.kind == "actual" and part is not None and part.end() - 1 <= start
            and plan.period_start is not None and plan.period_end is not None
            and plan.period_start <= published < plan.period_end
            and (
                (i.period_start, i.period_end) == (plan.period_start, plan.period_end)
                and _kk_told_in_past(text, clause)
                or (i.period_start, i.period_end) == (published, published)
                and _kk_done_by_today(text, clause)
            )
        ):  # fmt: skip
            i = replace(i, period_start=plan.period_start, period_end=published)
        elif (
            plan is not None and part is not None and part.end() - 1 <= start and not i.is_change
            and plan.period_start is not None and plan.period_start > published
            and (i.period_start, i.period_end) == (plan.period_start, plan.period_end)
            and _kk_told_in_past(text, _kk_converb_clause(text, clause))
        ):  # fmt: skip
            # "Биыл қыста 85 мың тонна отын қажет болса, оның 70 пайыздан астамы жеткізілді" told in
            # September: the part of what a span ahead needs delivered by now is how it stands now
            i = replace(i, kind="actual", period_start=published, period_end=published)
        done.append(i)
    return done


# "11,4 мың тонна дизель отыны қарастырылса, оның ішінде ...": what is provided for, set against its part
_KK_PROVIDED_IF = re.compile(r"(?<!\w)(?:қарастырылса|көзделсе)\s*,\s+(?:оның|олардың)\s", re.I)
_KK_PROVIDED_IF_GATE = literal_gate(_KK_PROVIDED_IF)


def _kk_provision_and_parts(text: str, found: list[Indicator], published: date) -> list[Indicator]:
    """'Шаруаларға 11,4 мың тонна дизель отыны қарастырылса, оның ішінде 6,4 мың тоннасы жеткізіліп,
    4,5 мың тоннасы үлестірілді', in a sentence naming no period of its own: the amount provided for
    is plan and the parts told done are running totals, both as they stand at publication, not over
    a span carried from the sentences before (FORMAT.md: fuel for a campaign still running)."""
    mark = gated_search(_KK_PROVIDED_IF, _KK_PROVIDED_IF_GATE, text)
    if mark is None:
        return found
    moved = []
    for i in found:
        start, end = i.start_char - i.sentence_start, i.end_char - i.sentence_start
        if end <= mark.start() and i.kind == "plan" and not i.is_change:
            i = replace(i, period_start=published, period_end=published)
        elif (
            start >= mark.end()
            and not i.is_change
            and _kk_told_in_past(text, _kk_converb_clause(text, clause_span(text, start, end)))
        ):
            i = replace(i, kind="actual", period_start=published, period_end=published)
        moved.append(i)
    return moved


def _kk_converb_clause(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause whose verb a converb's clause shares ("6,4 мың тоннасы жеткізіліп, 4,5 мың тоннасы
    үлестірілді": the next clause's past is the first's too)."""
    while _KK_CONVERB.search(text, clause[0], clause[1]) and text.startswith(",", clause[1]):
        clause = clause_span(text, clause[1] + 2, clause[1] + 3)
    return clause


# "бүгінгі күні", "бүгінге дейін", "қазіргі таңда", "... іске қосылып үлгерді": done by today
_KK_BY_TODAY = re.compile(
    r"(?<!\w)(?:бүгінгі\s+(?:күні|таңда)|бүгінге\s+дейін|қазіргі\s+таңда|қазір|үлгер(?:ді|ген|гені))(?!\w)",
    re.I,
)


def _kk_done_by_today(text: str, clause: tuple[int, int]) -> bool:
    """A Kazakh clause told done by today: a today word and a past or perfect predicate."""
    predicate = read_predicate(text, *clause)
    return (
        predicate is not None and predicate.tense in ("past", "perfect")
        and _KK_BY_TODAY.search(text, max(0, clause[0] - 24), clause[1]) is not None
    )  # fmt: skip


# a comma before the next member of a list of figures: "2 энергоблокта, 5 қазандықта ..."
_LIST_COMMA = re.compile(r",\s+\d")


def _kk_own_clause_goes_on(text: str, start: int, end: int) -> bool:
    """'..., тағы 28 пәтерді сатып алу рәсімі жүріп жатыр': a figure's own clause ending on a progressive,
    a thing still going on today, not a part of the plan already done."""
    clause = clause_span(text, start, end)
    predicate = read_predicate(text, end, clause[1])
    while (predicate is None or predicate.tense == "nominal") and _LIST_COMMA.match(text, clause[1]):
        # ("Қазіргі таңда 2 энергоблокта, 5 қазандықта ... жұмыс жүріп жатыр": a list member has the
        # verb of the list's last clause, +fs38kk)
        clause = clause_span(text, clause[1] + 2, clause[1] + 3)
        predicate = read_predicate(text, clause[0], clause[1])
    return predicate is not None and predicate.tense == "progressive"


# the level a change reached, right after its figure: "19,4 млн адамға жетті", "... адамға дейін өсті"
_KK_LEVEL_REACHED = re.compile(r"\s*(?:[^\W\d]+(?:ға|ге|қа|ке)\s+)?(?:жетті|жеткен|дейін\s+\w+)", re.I)
# "2020 жылдан бері": a span counted from a year on (its end is what this rule may move)
_KK_SINCE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:\s*|-)жыл(?:дан|ден)\s+бері(?!\w)", re.I)
_KK_SINCE_YEAR_GATE = literal_gate(_KK_SINCE_YEAR)
# "жыл басынан бері", "жыл басынан бергі өсім": since the year's start (not "жыл басынан бергі 9 айда", the
# months counted from January)
_KK_SINCE_YEAR_START = re.compile(
    r"(?<!\w)жыл(?:дың)?\s+басынан\s+бер(?:і|гі)(?!\w)(?!\s+(?:\d{1,2}|[^\W\d]+)\s+ай)", re.I
)
_KK_SINCE_YEAR_START_GATE = literal_gate(_KK_SINCE_YEAR_START)
# what a price report measures: a price or an index rising or falling ("бағасы", "қымбаттады",
# "арзандады", "бағаланады", "индексі")
_KK_PRICE_WORD = re.compile(r"(?<!\w)(?:баға|қымбатта|арзанда|индекс)\w*", re.I)


def _kk_since_to_level(
    sentence: CyrillicSentence,
    found: list[Indicator],
    stated: list[Period],
    published: date,
    before: Indicator | None,
) -> list[Indicator]:
    """'2022 жылы пойыз жолаушылары 2020 жылдан бері 71,1% өсіп, 19,4 млн адамға жетті', 'Пойызбен 2022
    жылы 19,4 млн жолаушы жүрген. ... 2020 жылдан бері 71,1% өсті': "since" beside a level dated before
    publication runs to that level's date, not to publication (FORMAT.md); the level keeps its date."""
    since = gated_search(_KK_SINCE_YEAR, _KK_SINCE_YEAR_GATE, sentence.text)
    # "Алматыда баға жыл басынан бері 2,4%-ға өсті" in a report of June's prices: a price's rise since the
    # year's start runs to the month of the level it is told beside, the report's
    year_start = False
    if since is None and _KK_PRICE_WORD.search(sentence.text):
        since = gated_search(_KK_SINCE_YEAR_START, _KK_SINCE_YEAR_START_GATE, sentence.text)
        year_start = since is not None
    if since is None:
        return found

    def counted_to_now(i: Indicator) -> bool:
        return (
            i.kind == "actual" and i.period_end == published
            and i.period_start is not None and i.period_start < published
        )  # fmt: skip

    def closed(start: date | None, end: date | None) -> bool:
        return start is not None and end is not None and end < published

    # the level's date: a figure of this sentence dated to a span over, else a span over named in it
    # (not a base, not the "since" itself), else the figure told last before this sentence when this
    # one tells only changes ("2021 жылмен салыстырғанда ... 34,6%, ал 2020 жылдан бері 71,1% өсті")
    level = next(
        (i for i in reversed(found) if i.kind == "actual" and closed(i.period_start, i.period_end)), None
    )
    named = next(
        (
            p
            for p in reversed(stated)
            if closed(p.period_start, p.period_end)
            and not p.is_comparison
            and not p.start <= since.start() < p.end
        ),
        None,
    )
    if level is not None:
        span = (level.period_start, level.period_end)
    elif named is not None:
        span = (named.period_start, named.period_end)
    elif (
        before is not None and before.kind == "actual" and not before.is_change
        and closed(before.period_start, before.period_end)
        # (a price's level told beside its rise since the year's start, with no date of its own, is the
        # report's too: "Көкшетауда шаршы метрі 197 875 теңгеге бағаланады, жыл басынан бергі өсім – 1,1%")
        and all(i.is_change or (year_start and counted_to_now(i)) for i in found)
    ):  # fmt: skip
        span = (before.period_start, before.period_end)
    else:
        return found
    first, last = span
    assert first is not None and last is not None
    moved = []
    for i in found:
        # (a rise since the year's start beside the report's months from January ends where they end)
        if (
            counted_to_now(i)
            and i.period_start is not None
            and (i.period_start < first or (year_start and i.period_start == first))
        ):
            if i.is_change:
                i = replace(i, period_end=last)
            elif _KK_LEVEL_REACHED.match(sentence.text, i.end_char - sentence.start):
                i = replace(i, period_start=first, period_end=last)  # "..., 19,4 млн адамға жетті"
        moved.append(i)
    return moved


# "Олар – ...", "Олар:", "Олардың қатарында ... бар": the things the sentence before spoke of, named one
# by one (+ps43kk: "among them ... there are" names them as the dash does)
_KK_THEY_ARE = re.compile(r"\s*(?:Олар\s*[–—:-]|Олардың\s+(?:қатарында|арасында)\s)", re.I)
# things still to be built: "салуды қажет ететін", "салу жоспарланған", "салынуы тиіс", "салынатын",
# their design papers ("жобалық-сметалық құжаттамасы", "... құжаттары")
_KK_STILL_TO_BUILD = re.compile(
    r"(?<!\w)(?:салу(?:ды|ға)?\s+(?:қажет|жоспарлан|көзде)\w*|салынуы\s+(?:тиіс|керек|қажет)|салынатын|"
    r"салынбақ|салынады|жобалық-сметалық\s+құжат\w*)",
    re.I,
)


# the sentence ends on "бар" (there are): "Олардың қатарында ... емхана бар."
_KK_THERE_ARE_END = re.compile(r"(?<!\w)бар[\s.!]*$", re.I)


def _kk_named_still_to_build(
    text: str, found: list[Indicator], before: str, stated: list[Period]
) -> list[Indicator]:
    """'... шұғыл салуды қажет ететін үш нысанның жобалық-сметалық құжаттамасы сараптамадан өтті. Олар –
    500 келушіге арналған емхана, ауысымына 400 адам қабылдайтын емхана ...': a verbless sentence naming
    the buildings the sentence before says are still to be built tells their size, a plan with no period
    of its own (FORMAT.md: the capacity of buildings to come is plan), not a present state nor a span
    carried from before (+fs38kk). Named as well by "Олардың қатарында ... бар" (among them there are)
    after "салынуы тиіс ... нысанның жобалық-сметалық құжаттары" (+ps43kk)."""
    if stated or not _KK_THEY_ARE.match(text) or not _KK_STILL_TO_BUILD.search(before):
        return found  # (a period of its own: "Олар – 2026 жылы ...")
    predicate = read_predicate(text, 0, len(text))
    if predicate is not None and predicate.tense != "nominal" and not _KK_THERE_ARE_END.search(text):
        return found
    return [
        replace(i, kind="plan", period_start=None, period_end=None)
        if i.kind == "actual" and i.unit == "count" and not i.is_change
        else i
        for i in found
    ]  # fmt: skip


# the old level's own past year right before it: "2025 жылғы 247 716 теңгенің орнына"
_KK_OWN_YEAR_BEFORE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:жылғы|ж\.)\s+$", re.I)


# the old level told after the new one, in a clause of its own past year: ", ал 2025 жылы бұл сома ...",
# ", былтыр – ..." (+ps43kk)
_KK_OLD_YEAR_AFTER = re.compile(
    r"^[^\d.;]*?,\s+(?:ал\s+)?(?:(?P<y>(?:19|20)\d{2})\s*жылы|былтыр(?:ғы\s+жылы)?)(?!\w)[^\d.;]*$", re.I
)


def _kk_old_level_instead(
    text: str,
    found: list[Indicator],
    before: Indicator | None,
    published: date,
    earlier: list[Indicator] | None = None,
) -> list[Indicator]:
    """'2026 жылғы 1 қаңтардан бастап ... . Төртінші бала үшін 2025 жылғы 247 716 теңгенің орнына
    272 475 теңге төленеді': the level replaced keeps the past year named before it, and the new one
    standing in its place, which had taken that year, starts when the new level told just before it
    did (from 1 January on), in force by publication (FORMAT.md: a payment already in force is
    actual); with no such level before it, the pair is left as read (+fs38kk). The same pair told
    the other way round, the new level first and the old one after it in a clause of its own past year
    ("Енді ... 164 350 теңге төленеді, ал 2025 жылы бұл сома 149 416 теңге болатын", "сол күннен бастап
    272 475 теңге беріледі, былтыр – 247 716 теңге"), starts when the latest level in force from a day
    told before it did (+ps43kk)."""
    read = list(found)
    read = _kk_old_level_after(text, read, earlier or [], published)
    for index, old in enumerate(found[:-1]):
        new = found[index + 1]
        at = old.start_char - old.sentence_start
        instead = _KK_INSTEAD.match(text, at)
        year = _KK_OWN_YEAR_BEFORE.search(text, max(0, at - 16), at)
        if instead is None or year is None or old.unit != new.unit:
            continue
        if text[instead.end() : new.start_char - new.sentence_start].strip():
            continue  # (the new level right after "орнына")
        named = int(year["y"])
        whole = date(named, 1, 1), date(named, 12, 31)
        if named >= published.year or (new.period_start, new.period_end) != whole:
            continue
        if not (
            before is not None and before.unit == new.unit and before.period_end is None
            and before.period_start is not None and before.period_start > whole[1]
        ):  # fmt: skip
            continue
        ahead = before.period_start > published
        read[index] = replace(old, period_start=whole[0], period_end=whole[1], kind="actual")
        read[index + 1] = replace(
            new, period_start=before.period_start, period_end=None, kind="plan" if ahead else "actual"
        )
    return read


def _kk_old_level_after(
    text: str, found: list[Indicator], earlier: list[Indicator], published: date
) -> list[Indicator]:
    """The new level first, the old one after it in a clause of its own past year (see
    _kk_old_level_instead): the new one had taken that year."""
    in_force = next(
        (
            r for r in reversed(earlier[-6:])
            if r.period_end is None and r.period_start is not None and r.period_start <= published
        ),
        None,
    )  # fmt: skip
    if in_force is None or in_force.period_start is None:
        return found
    read = list(found)
    for index, new in enumerate(found[:-1]):
        old = found[index + 1]
        between = text[new.end_char - new.sentence_start : old.start_char - old.sentence_start]
        told_then = _KK_OLD_YEAR_AFTER.match(between)
        if told_then is None or old.unit != new.unit:
            continue
        named = int(told_then["y"]) if told_then["y"] else published.year - 1
        whole = date(named, 1, 1), date(named, 12, 31)
        if named >= published.year or (new.period_start, new.period_end) != whole:
            continue
        if in_force.period_start <= whole[1]:
            continue  # (a level in force since within that year: no new level after it)
        read[index] = replace(new, period_start=in_force.period_start, period_end=None, kind="actual")
        read[index + 1] = replace(old, period_start=whole[0], period_end=whole[1], kind="actual")
    return read


# "осы кезеңде", "аталған кезеңде", "осы уақыт ішінде": over the span just told
_KK_OVER_THIS_SPAN = re.compile(
    r"(?<!\w)(?:осы|аталған|сол)\s+(?:кезеңде|кезең\s+ішінде|уақыт\s+ішінде)(?!\w)", re.I
)
_KK_OVER_THIS_SPAN_GATE = literal_gate(_KK_OVER_THIS_SPAN)


def _kk_change_over_this_span(
    text: str, found: list[Indicator], results: list[Indicator], stated: list[Period]
) -> list[Indicator]:
    """'2019 жылдан бері қаржыландыру үш есеге ұлғайды: ... биыл 3 триллион теңгеге жетті. ... Осы кезеңде
    ұйымдардың саны 40 пайызға көбейген': a change told "over this period" is over the span of the
    change told last, not the span of the last level reported, the year a level beside it named (+ps41kk)."""
    this_span = gated_search(_KK_OVER_THIS_SPAN, _KK_OVER_THIS_SPAN_GATE, text)
    if this_span is None or any(p.start < this_span.start() or p.end > this_span.end() for p in stated):
        return found  # (a period of its own named beside it: its own)
    told = next(
        (
            r for r in reversed(results[-12:])
            if r.is_change and r.period_start is not None and r.period_end is not None
            and r.period_start < r.period_end
        ),
        None,
    )  # fmt: skip
    if told is None:
        return found
    return [
        replace(i, period_start=told.period_start, period_end=told.period_end)
        if i.is_change
        and i.kind == "actual"
        and (i.period_start, i.period_end) != (told.period_start, told.period_end)
        else i
        for i in found
    ]


# "Бастырылған өнімнің 11,4 миллион тоннасы", "Жиналған астықтың 3 млн тоннасы": the part of the
# produce a deed gave, its whole named by a participle and the genitive, the part in the possessive
_KK_PART_OF_DONE_WHOLE = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}?"
    # (or named by its year: "Биылғы жобалардың", "Ағымдағы жылғы нысандардың", +ps42kk)
    r"(?:[^\W\d]{3,}(?:ған|ген|қан|кен)|(?P<year>биылғы|(?:ағымдағы|осы|\d{4})\s+жылғы))"
    r"\s+(?P<noun>[^\W\d]+?)(?:лар|лер|дар|дер|тар|тер)?(?:ның|нің|дың|дің|тың|тің)\s+"
    # (the part set apart by dashes after "the larger part": "басым бөлігі – 186-сы –", +ps42kk)
    r"(?:(?:басым\s+бөлігі|көпшілігі|көбі)\s*[–—-]\s*)?"
    # (the part's ending after a hyphen, "186-сы", only of a whole named by its year: "Құрылысы жүріп
    # жатқан үйлердің 85-і" counts the houses under way now, not a produce a deed gave)
    r"(?:шамамен\s+)?\d[\d\s,]*(?:[^\W\d]+\s+)?(?:[^\W\d]+|(?(year)-|(?!)))(?:сы|сі|ы|і)(?!\w)",
    re.I,
)


def _kk_same_whole(whole: Indicator, part: Indicator, noun: str) -> bool:
    """The whole told of the same things ("жобалардың" and "200 жобаны") in the same span as the part."""
    same_span = (whole.period_start, whole.period_end) == (part.period_start, part.period_end)
    return same_span and noun.lower()[:4] in whole.sentence.lower()


def _kk_part_of_done_whole(
    text: str, found: list[Indicator], results: list[Indicator], stated: bool = False
) -> list[Indicator]:
    """'Қазақстан диқандары бүгінгі күнге дейін 16,4 млн тонна астық бастырды. ... Бастырылған өнімнің
    11,4 миллион тоннасы – бидай': a part of the produce a deed told before gave, named by that deed's
    participle, is counted with that whole, at its period, though other sentences came between (the
    original told it right after the whole, "жиналған өнімнің 11,4 млн тоннасы", +ps41kk)."""
    opening = _KK_PART_OF_DONE_WHOLE.match(text) if found else None
    if opening is None or stated and opening["year"] is None:
        return found  # (a sentence with a period of its own keeps it, but for the whole's own year)
    first = found[0]
    whole = next(
        (
            r
            for r in reversed(results[-8:])
            if r.unit == first.unit
            and not r.is_change
            and r.value > first.value
            # (a whole named by its year is that year's whole of the same things: "Биылғы жобалардың"
            # is the 200 projects planned, not last year's 190 nor the jobs they bring)
            and (opening["year"] is None or _kk_same_whole(r, first, opening["noun"]))
        ),
        None,
    )
    if whole is None or first.is_change or first.kind != "actual":
        return found
    # "Биыл 200 жоба іске асырылады. ... Биылғы жобалардың басым бөлігі – 186-сы – өңдеу өнеркәсібіне
    # тиесілі": a part of this year's planned whole, told with no deed of its own, is planned with it
    # (FORMAT.md: the parts of a plan), as "жоспарланған жобалардың 186-сы" reads (+ps42kk)
    predicate = read_predicate(text, 0, len(text))
    planned = (
        opening["year"] is not None and whole.kind == "plan"
        and (predicate is None or predicate.tense not in ("past", "perfect", "progressive"))
    )  # fmt: skip
    return [
        replace(
            first,
            period_start=whole.period_start,
            period_end=whole.period_end,
            kind="plan" if planned else first.kind,
        ),
        *found[1:],
    ]


_KK_TOTAL_BEFORE = re.compile(
    r"(?<!\w)(?:жалпы|барлығы|барлық|жиыны|жинақта\w*|жиынтық\w*)\s+(?:[^\W\d]+\s+)?$", re.I
)
# the level a change over a span has reached: "2,4 трлн теңгеге жеткен", "1,9 млрд долларды құраған",
# its noun between ("12 млн адамға жеткен")
_KK_LEVEL_REACHED_AFTER = re.compile(r"\S*(?:\s+[^\W\d]+)?\s+(?:жет|құра)[^\W\d]*", re.I)


def _kk_span_edges(
    text: str, found: list[Indicator], told: Indicator | None, published: date
) -> list[Indicator]:
    """'2017–2021 жылдары өндіріс 2,2 есеге өсіп, 2,4 трлн теңгеге жеткен', 'үлесі 1%-дан 1,5%-ға дейін
    артқан': over years already past, the change covers them all, but the level it has reached stood in
    the span's last year, and the level it rose from in its first. A part of that level told next
    ("Оның 715 млрд теңгесі ...") stands in the same last year (+fs42kk)."""
    offset = found[0].sentence_start if found else 0
    moved = list(found)
    for n, i in enumerate(found):
        span = Period(0, 0, i.period_start, i.period_end, False)
        years = _past_years_span(span, published)
        if years is None or i.kind != "actual":
            continue
        if i.role in ("from", "to"):
            pair = [j for j in found if j is not i and j.role == ("to" if i.role == "from" else "from")]
            if pair and all((j.period_start, j.period_end) == (i.period_start, i.period_end) for j in pair):
                moved[n] = replace(i, **_year_of(years[0] if i.role == "from" else years[1]))
            continue
        if i.is_change or i.unit == "times" or i.role is not None:
            continue
        change_before = any(
            (j.is_change or j.unit == "times") and j.start_char < i.start_char
            and (j.period_start, j.period_end) == (i.period_start, i.period_end)
            for j in found
        )  # fmt: skip
        if (
            change_before
            and _KK_LEVEL_REACHED_AFTER.match(text, i.end_char - offset)
            # ("... 30%-ға өсіп, жалпы 5 трлн теңгені құрады": a total over the years keeps them)
            and not _KK_TOTAL_BEFORE.search(text, max(0, i.start_char - offset - 24), i.start_char - offset)
        ):
            moved[n] = replace(i, **_year_of(years[1]))
        elif (
            told is not None and _KK_PART_OPENING.match(text) and i is found[0]
            and told.unit == i.unit and not told.is_change and told.value > i.value
            and told.period_end == i.period_end and told.period_start is not None
            and told.period_start.year == years[1] and told.period_start.month == 1
        ):  # fmt: skip
            moved[n] = replace(i, period_start=told.period_start, period_end=told.period_end)
    # (the rest of a list of parts goes with the first)
    if moved and moved[0] is not found[0] and _KK_PART_OPENING.match(text):
        first = moved[0]
        moved = [
            replace(i, period_start=first.period_start, period_end=first.period_end)
            if i.unit == first.unit and not i.is_change and (i.period_start, i.period_end) == (found[0].period_start, found[0].period_end)
            else i
            for i in moved
        ]  # fmt: skip
    return moved


def _year_of(year: int) -> dict[str, date]:
    return {"period_start": date(year, 1, 1), "period_end": date(year, 12, 31)}


def _kk_change_drawn_over_span(text: str, found: list[Indicator]) -> list[Indicator]:
    """'Соңғы бес жылда жолаушылар саны 996 мыңнан 1,7 млн адамға дейін, яғни 70%-ға өсті': the change
    drawn (", яғни") from a rise whose old level is read over several years covers those years, up to
    the new level's end, not the span an earlier sentence told (+fs42kk)."""
    mark = _KK_THAT_IS.search(text)
    if mark is None:
        return found
    old = next((i for i in found if i.role == "from" and i.end_char - i.sentence_start <= mark.start()), None)
    new = next((i for i in found if i.role == "to" and i.end_char - i.sentence_start <= mark.start()), None)
    if (
        old is None
        or new is None
        or old.period_start is None
        or old.period_end is None
        or new.period_end is None
    ):
        return found
    if (old.period_end - old.period_start).days <= 366 or new.period_end < old.period_start:
        return found
    return [
        replace(i, period_start=old.period_start, period_end=new.period_end)
        if i.is_change and i.start_char - i.sentence_start >= mark.end() and i.kind == "actual"
        else i
        for i in found
    ]


_KK_ABLATIVE_SURFACE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$", re.I)
_KK_ABLATIVE_NOUN_AFTER = re.compile(r"\s+[^\W\d]+(?:дан|ден|тан|тен|нан|нен)(?!\w)", re.I)  # "8 мектептен"


def _kk_past_base_stands(text: str, found: list[Indicator], published: date) -> list[Indicator]:
    """'Биыл 207 млрд теңге бөлінген. Бұл былтырғы 170 млрд теңгеден 1,2 есе көп': the base a plan is
    set against, a level of a year already over, is what was had then (FORMAT: money for a span that is
    over is actual), not planned with the sum it is compared to (but "межеленген 9,5 пайыздан": a goal
    named as the base keeps its kind) (+fs42kk)."""
    if not any(i.is_change for i in found):
        return found
    return [
        replace(i, kind="actual")
        if i.kind in ("plan", "forecast") and not i.is_change and i.role is None
        and i.period_end is not None and i.period_end < date(published.year, 1, 1)
        and (
            _KK_ABLATIVE_SURFACE.search(i.surface)
            or _KK_ABLATIVE_NOUN_AFTER.match(text, i.end_char - i.sentence_start)
        )
        and any(j.is_change and j.start_char > i.start_char for j in found)
        and not _KK_PLANNED_LEVEL_BEFORE.search(
            text, max(0, i.start_char - i.sentence_start - 24), i.start_char - i.sentence_start
        )
        else i
        for i in found
    ]  # fmt: skip


_KK_PLAN_OR_GOAL_WORD = re.compile(
    r"жоспар|көзде|қарастыр|тиіс|керек|қажет|мақсат|меже|міндет|болжа|күтіл|[^\W\d]+(?:ылады|іледі|[аеыі]лады|[еі]леді|ынады|інеді)(?!\w)",
    re.I,
)
# "енді" (now, from now on) standing alone: what a payment or a level is under the change just made
_KK_NOW_ON = re.compile(r"(?<!\w)енді(?!\w)", re.I)
_KK_NOW_ON_GATE = literal_gate(_KK_NOW_ON)


def _kk_now_in_force(
    text: str, found: list[Indicator], results: list[Indicator], published: date
) -> list[Indicator]:
    """'2027 жылға қарай ... жеткізілуі тиіс. Балалы отбасыларға арналған жәрдемақылар да қайта
    есептелді. Мәселен, ... жәрдемақы енді 149 416 теңге болады': a level told as what it is "now" after
    a change already made stands in force, not as part of a goal ahead an earlier sentence set; it holds
    from the day the article's change took effect ("2025 жылғы 1 қаңтардан бастап"), else from
    publication (+fs42kk)."""
    if not gated_search(_KK_NOW_ON, _KK_NOW_ON_GATE, text) or _KK_PLAN_OR_GOAL_WORD.search(text):
        return found  # ("Енді тағы 20 ауылға газ тарту жоспарланып отыр": a plan of its own)
    ahead = [
        i for i in found
        if i.kind in ("plan", "target") and not i.is_change and i.period_start is None
        and i.period_end is not None and i.period_end > published
    ]  # fmt: skip
    if not ahead:
        return found
    start = next(
        (
            r.period_start
            for r in results
            if r.period_end is None and r.period_start is not None and r.period_start <= published
        ),
        None,
    )
    span = (start, None) if start is not None else (published, published)
    return [
        replace(i, kind="actual", period_start=span[0], period_end=span[1]) if i in ahead else i
        for i in found
    ]


_KK_BRACKET_CLOSES = re.compile(r"\s*(?:[^\W\d]+\s*)?\)")


def _kk_bracket_year_same_span(text: str, found: list[Indicator], published: date) -> list[Indicator]:
    """'Ішкі нарыққа 258 мың тонна астық бағытталды (2024 жылы – 155 мың тонна)' under "1–25 қыркүйек":
    the year named in a bracket beside a figure of some months or days is the base of that figure, the
    same span in that year, not the whole year (+fs42kk). A span still running at publication ("Жыл басынан
    бері ... сиыр еті — 240,5 мың тонна (2024 жылы — 231,2 мың тонна)", real14kk) keeps the year named."""
    read = list(found)
    for n, i in enumerate(found):
        start, end = i.start_char - i.sentence_start, i.end_char - i.sentence_start
        if (
            n == 0
            # ("– 38 мың турист)": its noun may stand before the bracket's end)
            or _KK_BRACKET_CLOSES.match(text, end) is None
            or not _KK_DATED_BRACKET.search(text, max(0, start - 24), start)
        ):
            continue
        told = found[n - 1]
        first, last = told.period_start, told.period_end
        if (
            told.unit != i.unit or i.period_start is None or i.period_end is None or first is None or last is None
            or (i.period_start.month, i.period_start.day, i.period_end.month, i.period_end.day) != (1, 1, 12, 31)
            or i.period_start.year != i.period_end.year or first.year != last.year or i.period_start.year >= first.year
            or (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) or last >= published
        ):  # fmt: skip
            continue
        year = i.period_start.year
        try:
            read[n] = replace(i, period_start=first.replace(year=year), period_end=last.replace(year=year))
        except ValueError:  # (29 February in a year without it)
            continue
    return read
