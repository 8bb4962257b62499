"""Kazakh figures of works still ahead read across a sentence boundary (+k21kk): what projects "allow"
and the size of buildings told under way in the sentence or clause before. FORMAT.md, kind conventions:
of projects or buildings under way, "how many there are is actual; their worth, capacity, length or size
and the jobs they will create are plan"."""

from __future__ import annotations

import re

from etl.extract.cyrillic_shared_cues import _KK_UNDER_WAY, _KK_UNDER_WAY_GATE
from etl.extract.indicator_record import Indicator
from etl.extract.kk_predicate import read_predicate
from etl.extract.literal_gates import gated_search
from etl.extract.records import replace

# "... ашуға мүмкіндік береді", "... өндіруге мүмкіндік бермек": what a thing will allow (not "берді",
# allowed, told done)
_KK_WILL_ALLOW = re.compile(r"(?<!\w)мүмкіндік\s+бер(?:еді|мек)(?!\w)", re.I)
# the projects named as what allows it: "Бұл жобалар", "Теңіздегі жоба", "Жобалардың жалпы құны ..., олар"
_KK_PROJECT = re.compile(r"(?<!\w)жоба(?:\w*)(?!\w)", re.I)
# a pronoun opening the sentence or a clause, standing for what the sentence before told: "Олар ...",
# "Ол ...", ", олар ..."
_KK_IT_OPENING = re.compile(r"(?:^|,)\s*(?:«\s*)?(?:Ол|Олар)\s", re.I)
# what projects allow that they themselves make: jobs, output, capacity, money drawn in (not an outcome
# of the economy or of people's lives, "жұмыссыздықты 2%-ға азайтуға": an outlook)
_KK_MADE_BY_WORKS = re.compile(r"(?<!\w)(?:жұмыс\s+орн|өндір|шығар|өңде|қуат|инвестиция|тартуға)\w*", re.I)
# another word of outlook in the sentence keeps it a forecast: "... деп күтілуде", "болжануда"
_KK_OUTLOOK_STEMS = "күтіл|болжа|ықтимал|пікір|сарапшы"
_KK_OUTLOOK = re.compile(rf"(?<!\w)(?:{_KK_OUTLOOK_STEMS})\w*", re.I)


def kk_what_projects_allow(text: str, found: list[Indicator], before: str) -> list[Indicator]:
    """'Жалпы құны 464 млрд теңге болатын 21 жобаны іске асыру жоспарланып отыр. Олар 4 700-ден астам
    жаңа жұмыс орнын ашуға мүмкіндік береді': the jobs or the output the projects will allow are what
    they are to create, a plan, not an outcome expected; so when "it" is a work under way ("... қондырғысы
    салынып жатыр. Ол жылына 1 млрд текше метр газ өндіруге мүмкіндік береді"). A new plant's ability
    alone ("Жаңа зауыт 300 жұмыс орнын ашуға мүмкіндік береді") and the present pace's keep the forecast."""
    allow = _KK_WILL_ALLOW.search(text)
    if allow is None or not any(i.kind == "forecast" for i in found) or _KK_OUTLOOK.search(text):
        return found
    changed = []
    for i in found:
        left = i.start_char - i.sentence_start
        if (
            i.kind != "forecast"
            or i.unit == "percent"  # ("өндірісін 15%-ға арттыруға мүмкіндік береді": an effect, forecast)
            or left > allow.start()
            or not _KK_MADE_BY_WORKS.search(text, 0, allow.start())
        ):
            changed.append(i)
            continue
        opening = list(_KK_IT_OPENING.finditer(text, 0, left))
        by_projects = _KK_PROJECT.search(text, 0, left) is not None or (
            bool(opening)
            and (
                _KK_PROJECT.search(before) is not None
                or gated_search(_KK_UNDER_WAY, _KK_UNDER_WAY_GATE, before) is not None
            )
        )
        changed.append(replace(i, kind="plan") if by_projects else i)
    return changed


# a sentence opening on the works just told: "Бұл үйлерде", "Бұл нысандардың", "Олардың", "Оларда",
# "Нысанның"; or a clause of the same sentence: "..., оларда жалпы 4482 пәтер бар"
_KK_THESE_WORKS_OPENING = re.compile(
    # ("Бұл ауданда", "Осы қаланың", "Бұл өзеннің": a place told, not the works)
    r"\s*(?:(?:Бұл|Осы|Аталған)\s+(?!(?:аудан|қала|өзен|өңір|облыс|ауыл|елді|аймақ|өлке)\w*)[^\W\d]+|Олардың|Оларда|"
    r"(?:Нысан|Ғимарат|Үй|Мектеп|Емхана|Аурухана|Балабақша|Станция|Зауыт)\w*?(?:ның|нің|дың|дің|тың|тің))\s",
    re.I,
)
_KK_THESE_WORKS_CLAUSE = re.compile(r",\s*(?:оларда|олардың)\s", re.I)
_KK_SIZES = frozenset(("m2", "hectare", "km", "km2", "MW", "GW", "m3"))
_KK_MONEY = frozenset(("KZT", "USD", "EUR", "RUB", "CNY", "GBP"))
_KK_WORTH_BEFORE = re.compile(r"(?<!\w)құны\s+(?:шамамен\s+)?[—–-]?\s*$", re.I)  # "сметалық құны 4 млрд"
# the flats or places a building holds: "960 пәтер бар", "720 орынға есептелген", "200 төсек"
_KK_HELD_AFTER = re.compile(r"[\s-]?(?:пәтер(?!л)|орын(?!\s+ал)|төсек)\w*", re.I)


def kk_size_of_works_told_next(
    text: str, found: list[Indicator], before: str, stated: bool
) -> list[Indicator]:
    """'Семейде 22 коммерциялық үй салынуда. Олардың жалпы ауданы – 165,2 мың шаршы метр', 'Бұл үйлерде
    1328 пәтер бар', '... бой көтеріп келеді. Нысанның жалпы сметалық құны 4 млрд 815,3 млн теңге', '76
    үйдің құрылысы жүріп жатыр, оларда жалпы 4482 пәтер бар': the size, worth or flats of the works told
    under way just before are still to be built, a plan, as in the sentence of the works itself; the
    same words after works told finished, or about what merely stands, keep their reading."""
    if not found:
        return found
    if (
        not stated and _KK_THESE_WORKS_OPENING.match(text)
        and (gated_search(_KK_UNDER_WAY, _KK_UNDER_WAY_GATE, before) or _kk_works_planned(before))
    ):  # fmt: skip
        start = 0  # (a period of its own tells of another time: "Олардың 5-еуі 2026 жылы ...")
    elif (clause := _KK_THESE_WORKS_CLAUSE.search(text)) is not None and _KK_UNDER_WAY.search(
        text, 0, clause.start()
    ):
        start = clause.end()
    else:
        return found
    predicate = read_predicate(text, start, len(text))
    if predicate is not None and predicate.tense == "past":
        return found  # a deed told done: "Бұл үйлерде 960 пәтер берілді"
    changed = []
    for i in found:
        left, right = i.start_char - i.sentence_start, i.end_char - i.sentence_start
        sized = (
            i.unit in _KK_SIZES
            or i.unit in _KK_MONEY
            and _KK_WORTH_BEFORE.search(text, 0, left) is not None
            or i.unit == "count"
            and _KK_HELD_AFTER.match(text, right) is not None
        )
        if left >= start and i.kind == "actual" and not i.is_change and sized:
            i = replace(i, kind="plan")
        changed.append(i)
    return changed


# the sentence before ends on a plan of works to build or buy: "... 896 пәтер сатып алу жоспарланған",
# "... 9 көппәтерлі үй салуды көздеп отыр", "... 12 мектеп салынбақ", "... 4 үй салынады" (not an outlook,
# "... деп күтілуде", "болжануда": what is expected is no works planned)
_KK_OUTLOOK_VERB = re.compile(r"^(?:болжа|күт)", re.I)
_KK_WORKS_NOUN = re.compile(
    r"(?<!\w)(?:пәтер|үй|мектеп|балабақша|емхана|аурухана|нысан|ғимарат|жатақхана|зауыт|станса|станция|"
    r"кешен|клуб|жол)\w*",
    re.I,
)


def _kk_works_planned(before: str) -> bool:
    """The sentence before tells buildings or flats planned: its verb plans ("жоспарланған", "көздеп
    отыр"), intends ("салынбақ") or is a passive aorist ("салынады"), and it names the works."""
    sentence = before.rstrip()
    predicate = read_predicate(sentence, 0, len(sentence))
    if predicate is None or _KK_OUTLOOK_VERB.match(predicate.word):
        return False
    planned = (
        (predicate.planning and not _KK_OUTLOOK_VERB.match(sentence[predicate.start : predicate.end]))
        or predicate.tense == "intent"
        or (predicate.tense == "aorist" and predicate.passive)
    )
    return planned and _KK_WORKS_NOUN.search(sentence) is not None


# people who will work or be employed there: "450 адам тұрақты жұмыс істейді", "600-ге жуық дәрігер ...
# еңбек ететін болады", "2 мыңнан астам адам тұрақты жұмыспен қамтылады"
_KK_WILL_WORK_AFTER = re.compile(
    r"(?:-?[^\W\d_]*)?(?:\s+(?:жуық|астам|[^\W\d_]+)){0,5}?\s+"
    r"(?:жұмыс\s+істей(?:ді|тін\s+болады)|еңбек\s+ет(?:еді|етін\s+болады)|жұмыспен\s+қамтыл(?:ады|атын\s+болады))"
    r"(?=[\s.,;!?»]|$)",
    re.I,
)
# a forecast word of its own: "болжамынша", "күтілуде", "мүмкін"
_KK_FORECAST_WORD = re.compile(r"(?<!\w)(?:күтіл|болжа|ықтимал|мүмкін(?!дік)|бағалау)\w*", re.I)


def kk_staff_a_work_will_employ(text: str, found: list[Indicator]) -> list[Indicator]:
    """'Құрылыс аяқталған соң стансада 70 адам тұрақты жұмыс істейді', 'Мұнда 1500-ге жуық медицина
    қызметкері жұмыс істейтін болады': how many people a work will employ once done are the jobs it is to
    create, a plan (FORMAT.md), not an outcome guessed at ("соң", "жуық ... болады" read one); an expert's
    forecast keeps its kind, and the staff working now are no forecast to begin with."""
    if not any(i.kind == "forecast" for i in found) or _KK_FORECAST_WORD.search(text):
        return found
    return [
        replace(i, kind="plan")
        if i.kind == "forecast" and i.unit == "count" and not i.is_change
        and _KK_WILL_WORK_AFTER.match(text, i.end_char - i.sentence_start) is not None
        else i
        for i in found
    ]  # fmt: skip


# the works done or running, opening the figure's sentence: "Құрылыс аяқталғанда", "Олар іске қосылған
# соң", "Бұл жобалар толық аяқталғанда", "Нысан пайдалануға берілгеннен кейін"
_KK_ONCE_WORKS_DONE = re.compile(
    r"(?<!\w)(?:құрылыс|жоба|нысан|зауыт|кешен|станс|станция|үй|мектеп|аурухана|құбыр|желі|ол|олар)\w*"
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:толық\s+)?"
    r"(?:аяқталғанда|аяқталған\s+соң|аяқталғаннан\s+кейін|іске\s+қосылғанда|іске\s+қосылған\s+соң|"
    r"іске\s+қосылғаннан\s+кейін|пайдалануға\s+берілгенде|пайдалануға\s+берілген\s+соң|"
    r"пайдалануға\s+берілгеннен\s+кейін)(?!\w)",
    re.I,
)
# a word of outlook, estimate or ability anywhere in the sentence keeps the forecast: "деп күтілуде",
# "министрліктің есебінше", "болжамынша", "өсіруге мүмкіндік береді", "нәтижесінде"
_KK_OUTLOOK_OR_ABILITY = re.compile(
    rf"(?<!\w)(?:{_KK_OUTLOOK_STEMS}|мүмкін|есебі|бағала|нәтижесінде|арқасында|шамалан)\w*", re.I
)
# a level the works bring a measure to: "суармалы жер көлемі 5 200 гектарға жетеді", "... дейін артады" (an
# outcome, as the dev set and our batteries read it: a forecast)
_KK_LEVEL_REACHED_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:дейін\s+)?(?:жетеді|артады|өседі|ұлғаяды|көбейеді|азаяды|қысқарады|төмендейді)(?!\w)",
    re.I,
)
_KK_DELIVERED_UNITS = frozenset(("count", "tonne", "km", "m2", "m3", "hectare", "MW", "GW", "kWh"))


def kk_what_works_deliver_once_done(text: str, found: list[Indicator]) -> list[Indicator]:
    """'Құрылыс аяқталғанда 3 мыңға жуық отбасы жаңа баспанаға қол жеткізеді', 'Олар іске қосылған соң
    нарықтан қосымша 1,5 млн тонна дән тартылатын болады', 'Бұл жобалар аяқталғанда 300 шақырым құбыр
    пайдалануға беріліп, 5 мың абонент газға қол жеткізеді': what the works will deliver once done
    (families housed, subscribers connected, pipe laid, produce taken in) is what they are built for, a
    plan like the jobs they create (FORMAT.md), not an outcome guessed at. A word of outlook, estimate
    or ability ("деп күтілуде", "есебінше", "мүмкіндік береді") keeps the forecast, and so does a change
    or a share (an effect: "бағасы 10%-ға арзандайды") or money."""
    if not any(i.kind == "forecast" for i in found) or _KK_OUTLOOK_OR_ABILITY.search(text):
        return found
    done = _KK_ONCE_WORKS_DONE.search(text)
    if done is None:
        return found
    return [
        replace(i, kind="plan")
        if i.kind == "forecast" and not i.is_change and i.unit in _KK_DELIVERED_UNITS
        and i.start_char - i.sentence_start >= done.end()
        and _KK_LEVEL_REACHED_AFTER.match(text, i.end_char - i.sentence_start) is None
        else i
        for i in found
    ]  # fmt: skip


# a plant still being built or about to start: "салынып жатқан ... зауыт", "станциясы іске қосылғалы отыр",
# "құрылыс 2026 жылдың тамызында аяқталуы тиіс", "құрылысы аяқталуға таяп қалды"
_KK_PLANT_AHEAD = re.compile(
    r"(?<!\w)(?:салынып\s+жат(?:қан|ыр)|салынуда|тұрғызылып\s+жат(?:қан|ыр)|іске\s+қосылғалы\s+отыр|"
    r"құрылысы\s+(?:жүріп\s+жатыр|жүргізілуде|аяқталуға\s+(?:таяп|жақын))|"
    r"құрылыс\w*(?:\s+\S+){0,6}?\s+аяқтал(?:уы\s+тиіс|ады|мақ))(?!\w)",
    re.I,
)
# a plant told done or running, or one that stands beside the new one ("қолданыстағы станса"), or now
_KK_PLANT_RUNNING = re.compile(
    r"(?<!\w)(?:іске\s+қосылды|пайдалануға\s+берілді|ашылды|салынды|салынған|іске\s+қосылған|"
    r"пайдалануға\s+берілген|жұмыс\s+істеп\s+тұр\w*|қолданыстағы|қазіргі|ескі|"
    # what stands now, or all plants together ("Қазір ... станциялардың жалпы қуаты 2 400 мегаватт")
    r"қазір|бүгінде|жалпы|жиынтық)(?!\w)",
    re.I,
)
# the plant's power named before its figure: "станцияның қуаты – 48 мегаватт" (not a load or a use,
# "ең жоғары жүктемесі 1 200 мегаватт")
_KK_POWER_BEFORE = re.compile(r"(?<!\w)қуат\w*", re.I)
# a plant's yearly output told by what it makes: "жылына 500 мың тонна болат өнімін шығаратын"
_KK_YEARLY_BEFORE = re.compile(r"(?<!\w)жылына\s+(?:шамамен\s+)?$", re.I)
_KK_MAKES_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:шығаратын|өндіретін|өңдейтін)(?!\w)", re.I)


def kk_capacity_of_plant_ahead(text: str, found: list[Indicator], before: str) -> list[Indicator]:
    """'Станция іске қосылғалы отыр. ... станцияның қуаты – 48 мегаватт', 'Тараз қаласында салынып жатқан,
    жылына 500 мың тонна болат өнімін шығаратын зауыт': the capacity of a plant told still being built or
    about to start, in its sentence or the one before, is what is to be built (FORMAT.md: of projects
    under way, "their worth, capacity, length or size ... are plan"); after a plant told opened or
    running, or beside one that stands now, it keeps its reading."""
    if not any(i.kind == "actual" for i in found) or _KK_PLANT_RUNNING.search(text):
        return found
    # the plant told ahead in the sentence before, read once for every figure
    told_before = _KK_PLANT_AHEAD.search(before) is not None and _KK_PLANT_RUNNING.search(before) is None
    changed = []
    for i in found:
        left, right = i.start_char - i.sentence_start, i.end_char - i.sentence_start
        capacity = (i.unit in ("MW", "GW") and _KK_POWER_BEFORE.search(text, max(0, left - 40), left)) or (
            i.unit in ("tonne", "m3", "kWh")
            and _KK_YEARLY_BEFORE.search(text, 0, left) is not None
            and _KK_MAKES_AFTER.match(text, right) is not None
        )
        ahead = told_before or _KK_PLANT_AHEAD.search(text, 0, left) is not None
        if i.kind == "actual" and not i.is_change and capacity and ahead:
            i = replace(i, kind="plan")
        changed.append(i)
    return changed
