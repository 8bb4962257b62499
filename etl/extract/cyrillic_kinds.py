"""The kind of a Russian or Kazakh figure (actual, plan, forecast, target) from the words of its
sentence: the language's cue stems (etl/extract/languages/), then verb endings. Used by
etl/extract/cyrillic_sentence_reader.py for every figure."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from etl.extract.cyrillic_numbers import Reader
from etl.extract.cyrillic_shared_cues import _ANY_DIGIT, search_in
from etl.extract.indicator_record import Indicator
from etl.extract.kk_predicate import KK_LA_STEM_PAST, KK_MEANS, KK_NOUNS_LIKE_PAST
from etl.extract.literal_gates import gated_search, literal_gate
from etl.extract.records import replace
from etl.extract.ru_aspect import dictionary_past, perfective_future
from etl.extract.ru_tense import _NOT_PAST as _RU_PAST_LOOKALIKE_NOUNS
from etl.extract.ru_tense import word_tense

# ("outlook" cues only govern future verbs and are dropped by _futures)
KIND_ORDER = {"target": 3, "forecast": 2, "plan": 1, "state": 0, "estimate": 0, "actual": 0}
# (a dash inside a name in quotes, «Ауыл – Ел бесігі», parts no clause)
CLAUSE_MARKS = re.compile(r",\s|;\s|\s[—–]\s(?![^«»]*»)|:\s|\(|\)")


def clause_span(text: str, start: int, end: int, marks: re.Pattern[str] = CLAUSE_MARKS) -> tuple[int, int]:
    """The span of text[start:end]'s clause: from the mark before it to the mark after it."""
    starts, ends = _mark_positions(text, marks)
    before = bisect_right(ends, start)  # marks found once per sentence: linear in its figures
    after = bisect_left(starts, end)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else len(text))


@lru_cache(maxsize=16)
def _mark_positions(text: str, marks: re.Pattern[str]) -> tuple[list[int], list[int]]:
    found = list(marks.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def find_cues(reader: Reader, text: str) -> list[tuple[int, str]]:
    """(position, kind) of every kind cue word of a text: the language's cue stems, then verb
    endings (Russian past tense: actual; Kazakh clause-final past: actual, aorist: plan)."""
    # The rules of one sentence ask for its cues up to a dozen times (its figures' kinds, the
    # plans kept apart, the present told, a list's lead ...): read once, a fresh list each time.
    return list(_sentence_cues(reader, text))


# A few sentences back covers a list's lead; too few to carry an article's cues into the next.
# "не может быть ниже", "не могут превышать", "не может составлять менее": the bound of a rule
_RU_BOUND_WORDS = (
    r"(?:быть\s+(?:ниже|выше|меньше|больше|менее|более)|превышать|составлять\s+(?:менее|более|ниже|выше))"
)
_RU_BOUND_AFTER = re.compile(rf"\s+{_RU_BOUND_WORDS}(?!\w)", re.I)
# the same bound right before its figure: "... но не может быть ниже 70% прожиточного минимума"
RU_RULE_BOUND_BEFORE = re.compile(rf"(?<!\w)не\s+(?:может|могут)\s+{_RU_BOUND_WORDS}\s+$", re.I)


_KAZAKH_CLAUSE_CLOSES = re.compile(r"\s*(?:[.,;:!?»\"”)]|$)")
# "міндетін атқарушы", "міндетін уақытша атқарушы": the acting holder of a post
_KAZAKH_ACTING_AFTER = re.compile(r"\s+(?:уақытша\s+)?атқарушы\w*(?!\w)", re.I)


@lru_cache(maxsize=16)
def _sentence_cues(reader: Reader, text: str) -> tuple[tuple[int, str], ...]:
    cues: list[tuple[int, str]] = []
    kazakh = reader.language.code == "kk"
    # ("2027 жылға дейін ... жыл сайын 7-8 пайызға қымбаттайды": every year up to a year named, a
    # schedule of rises, not a habit now)
    habitual = (
        kazakh
        and bool(gated_search(reader.habitual, reader.habitual_gate, text))
        and not _KAZAKH_UNTIL_YEAR.search(text)
    )
    word, start, previous_start = "", -1, -1
    will_be_participle = False  # the last verb read was a participle after "будет/будут"
    # The rules of one language stand in blocks under "if kazakh:" / "if not kazakh:" (in the order
    # they had among the rules of both): a word of the other language passes each block in one test.
    for match in re.finditer(r"[^\W\d_]+", text):
        previous, word = word, match.group(0).lower()
        previous_start, start = start, match.start()
        if reader.is_reported_word(word):
            continue  # "сообщили", "хабарлады": the reporting, not the figure's kind
        if not kazakh:
            if (
                word.startswith(_RU_SPEECH_TAG_STEMS) and _RU_SPEECH_TAG_VERB.match(word)
                and _RU_SPEECH_TAG_BEFORE.search(text, 0, start)
            ):  # fmt: skip
                continue  # "..., добавила министр": a speech tag after the clause (not "добавили 12 автобусов")
            if word == "начало" and previous.startswith(("включа", "предусматрива")):
                continue  # "включает начало строительства": the noun of what a stage holds, no past "-ло"
        kind = reader.cue_kind(word)
        if (
            kind is None
            and not kazakh
            and word in ("счет", "счёт")
            and previous == "за"
            and _RU_THIS_AFTER.match(text, match.end())
        ):
            kind = "outlook"  # "За счет этого доля вырастет на 1-3%": the outcome of what was just told, as "В результате"
        if (
            kind is None
            and word.startswith(("предл", "ұсын"))
            and _proposal(text, word, previous, match.end(), kazakh)
        ):
            kind = "plan"  # "стипендию предлагается повысить до 47 135 тенге": a proposal is a plan
        if not kazakh:
            if (
                kind is None
                and word == "итогам"
                and previous == "по"
                and _RU_YEAR_AFTER.match(text, match.end())
            ):
                # "По итогам 2026 года уровень газификации вырастет до 64,3%": the year's expected result, as
                # "в результате"; a verb in the past ("по итогам 2024 года составил") is no future it governs
                kind = "outlook"
            if (
                kind == "plan" and word.startswith(("должн", "должен"))
                and _RU_MUST_BE_LEVEL.match(text, match.end())
            ):  # fmt: skip
                kind = (
                    "target"  # "население должно быть обеспечено 100% питьевой водой": a level it must reach
                )
            if (
                kind == "target"
                and word.startswith("целев")
                and _RU_GOAL_REACHED_AFTER.match(text, match.end())
            ):
                continue  # "целевой показатель поручения достигнут": a goal met, the figures after it are done
            if (
                word == "достигнут"
                and (_RU_AND_SHORT_PARTICIPLE.match(text, match.end()) or _RU_MEASURE_BEFORE.search(text, 0, start))
            ):  # fmt: skip
                kind = "actual"  # "показатель достигнут и обеспечен 100% охват": the short participle, not "they will reach"
            if (
                kind in ("future", "forecast") and _RU_LEVEL_AHEAD.match(text, start)
                and _RU_BY_PLAN.search(text, 0, start)
            ):  # fmt: skip
                kind = "target"  # "по национальному плану к 2030 году число вырастет до 800 тыс.": the level a plan sets
            if (
                kind is None and word in ("масштабы", "масштаб")
                and previous in ("таковы", "таков") and _RU_SCALE_OF_PROGRAMME.match(text, match.end())
            ):  # fmt: skip
                kind = (
                    "plan"  # "— таковы масштабы национального проекта": the figures are what it is to build
                )
            if (
                kind == "state" and word in ("остается", "остаётся", "остаются")
                and cues and cues[-1][1] == "target" and match.start() - cues[-1][0] <= 40
                and _RU_WORKS_HELD_NEXT.match(text, match.end())
            ):  # fmt: skip
                # "Второй задачей нацпроекта остается модернизация 32 больниц": works a task still holds are to
                # come, a plan (+fs30ru)
                kind = "plan"
            if (
                kind == "state" and word in ("остается", "остаётся", "остаются")
                and cues and cues[-1][1] == "target" and match.start() - cues[-1][0] <= 40
            ):  # fmt: skip
                # "Главной задачей остается снижение износа до 50%": the copula of a goal still set, whose
                # level is the goal's, not a state now (+fs39ru)
                continue
            if (
                kind is None and word in ("включает", "включают")
                and _RU_WORKS_HELD_NEXT.match(text, match.end())
            ):  # fmt: skip
                kind = "plan"  # "Первый этап включает начало строительства 34 проектов": works a stage holds
            if (
                kind == "forecast" and word in ("может", "могут") and previous == "не"
                and _RU_BOUND_AFTER.match(text, match.end())
            ):  # fmt: skip
                # "выплата не может быть ниже 70% прожиточного минимума": a bound a rule sets, in force now,
                # no outlook (+fs38ru)
                continue
            if (
                kind == "forecast" and word in ("предполагает", "предполагают")
                and _RU_DOCUMENT_BEFORE.search(text, max(0, start - 40), start)
            ):  # fmt: skip
                kind = "plan"  # "Программа предполагает посадку 2 млрд деревьев": what a document provides for (+fs35ru)
            if (
                kind is None and word in ("обещают", "обещает")
                and _RU_WORKS_INFINITIVE_NEXT.match(text, match.end())
            ):  # fmt: skip
                kind = "plan"  # "Оставшиеся 115 обещают сдать до конца года": works promised are works to come (+fs35ru)
            if (
                kind is None and word in ("поможет", "помогут")
                and _RU_INFINITIVE_NEXT.match(text, match.end())
            ):  # fmt: skip
                kind = "forecast"  # "Всё это поможет улучшить жизнь 58 тысяч жителей": an expected result, as "позволит"
            if (
                word in _RU_EFFECT_FUTURES and previous == "что"
                and _RU_COMMA_THAT_BEFORE.search(text, max(0, start - 8), start)
            ):  # fmt: skip
                # "планируется ввести 4 объекта, что снизит износ до 46,7%": the effect the works are to
                # have, an expected result as "что позволит"; the plan itself keeps its cue
                kind = "forecast"
            if (
                kind is None and word in ("составляет", "составляют")
                and _RU_WHERE_CLAUSE_OPEN.search(text, max(0, start - 60), start)
            ):  # fmt: skip
                # "Задача — довести долю до 65%, как в городах, где этот показатель составляет 70-80%": the
                # level elsewhere now, told in a relative clause, not the goal
                kind = "state"
        if kazakh:
            if word.startswith("жеткіз") and _KAZAKH_TOLD_CLAUSE.search(previous):
                continue  # "... жұмыспен қамтылатындығын жеткізді": conveyed what the clause before tells, no deed
            if kind is None and word in _KAZAKH_PROVIDED_FOR and previous.endswith(("у", "ү")):
                kind = "plan"  # "14 жобаны жүзеге асыру ескерілген": a deed provided for, as "көзделген"

            if (
                kind == "target"
                and word in ("тапсырды", "тапсырған", "тапсырып")
                and not _KAZAKH_TASKED_DEED.search(text, 0, start)
            ):
                # "әкім 16 үйдің кілтін тапсырды": handed over (a thing, not a deed set as a task: "талдауды
                # тапсырды", instructed to analyse), done (+fs30kk); so are an exam taken and the perfect and
                # converb of the same verb ("тестіні 326 мың рет тапсырған", "емтихан тапсырып", +fs42kk)
                kind = "actual"
            if kind is None and word == "тең" and _KAZAKH_CLAUSE_CLOSES.match(text, match.end()):
                # "200 АЕК 786 400 теңгеге тең.", "... 7,5-ке тең, бұл жоспарлы мәннен аспайды": equals, a
                # level as it stands, ending its clause (not "тең болады", will equal) (+k21kk)
                kind = "state"
            if kind == "target" and word.startswith("тапсырылып"):
                # "Оның 6 млн шаршы метрі тапсырылып үлгерді", "үйлер толық әрлеумен тапсырылып, ...": the
                # converb of handing over, no task set; the verb it leans on tells (+k21kk)
                continue
            if (
                kind == "target"
                and word.startswith("міндет")
                and _KAZAKH_ACTING_AFTER.match(text, match.end())
            ):
                # "басқарма басшысының міндетін атқарушы": acting head, a post's name, no goal (+k21kk)
                continue
            if habitual and kind == "future" and word == "болады":
                # "Шаһарда күн сайын 1500 тонна қалдық пайда болады": what comes about each day, now (+fs35kk)
                kind = None
            if kind is None and word == "жасайды" and previous == "жұмыс":
                kind = "state"  # "ауданда 72 мектеп жұмыс жасайды": works, said as "жұмыс істейді" is
            if (
                kind is None and word in ("бар", "жоқ") and text.startswith(",", match.end())
                and not any(p > text.rfind(",", 0, start) for p, _ in cues)
            ):  # fmt: skip
                # "... 2169 пункт бар, науқастарға 3523 төсек қарастырылған": "there is" ends its clause, a
                # state of its own, not a member taking the plan word of the clause after it (but "жоспарда
                # 66 үйдің құрылысы бар,": what a plan holds keeps the plan's word) (+fs39kk)
                kind = "state"
        if kind == "none":
            continue  # "мақсатында": a cue's look-alike that is none
        if kazakh:
            if word.startswith("жоспар") and previous == "бас":
                continue  # "қаланың Бас жоспарында": a city's master plan, a document, no plan of a figure
            if word.startswith("жоспарла") and _KAZAKH_OFFICE_AFTER.match(text, match.end()):
                continue  # "бюджеттік жоспарлау басқармасы": a planning office's name, no plan of a figure
            if word == "керек" and _KAZAKH_TO_NOTE.search(text, max(0, start - 16), start):
                continue  # "Айта кету керек, ... бар", "Атап өту керек": "it should be noted", no plan of a figure
            if word == "қажетті" and _KAZAKH_ATTRIBUTE_HEAD_AFTER.match(text, match.end()):
                # "құрылысқа қажетті сұраныстың 90 пайызын", "жұмыстарына қажетті 408 тонна жанармаймен
                # қамтамасыз етілді": the needed thing, an attribute, no plan
                continue
            if (
                word.startswith("жеткізу")
                and previous == "қол"
                and _KAZAKH_ABILITY_AFTER.match(text, match.end())
            ):
                # "300 мың адамның көгілдір отынға қол жеткізуіне мүмкіндік бермек": access gained, what the
                # ability allows (an expected result, as "... қамтамасыз етуге мүмкіндік береді"), no level set
                continue
            if word == "жеткізу" and _KAZAKH_DELIVERY_NOUN.match(text, match.end()):
                continue  # "жеткізу пунктіне қарай", "жеткізу қашықтығына сәйкес": delivery named, no level to bring to
            if (
                word == "жеткізу" and _KAZAKH_DASH_AFTER.match(text, match.end())
                and not _ANY_DIGIT.search(text, text.rfind("\n", 0, start) + 1, start)
            ):  # fmt: skip
                continue  # "– мұнай жүктерін экспортқа жеткізу – 9,5%-ға;": the delivery is the label, its growth the figure
            if (
                word in ("құрайды", "болады")
                and KK_HARVEST_AHEAD.search(text, _sentence_clause_start(text, start), start)
            ):  # fmt: skip
                kind = "forecast"  # "жалпы жиналатын астық 16 млн тоннаны құрайды": the harvest expected, not gathered
            if (
                word in ("құрайды", "болады", "құрады", "болды")
                and _KK_PLAN_AS_SUBJECT.search(text, _sentence_clause_start(text, start), start)
            ):  # fmt: skip
                kind = "plan"  # "жылдық жоспар 19,2 млн шаршы метрді құрайды": the plan's size, not a level reached
            if word == "уақытта" and previous == "алдағы":
                kind = "plan"  # "Алдағы уақытта ... 3 жоба жүзеге асады": what is to come, the aorist ahead
            if (
                kind == "plan" and word in _KAZAKH_ONCE_RUNNING
                and re.search(r"\d", text[clause_span(text, match.start(), match.end())[0] : start])
            ):  # fmt: skip
                continue  # "Өткен жылы 5 зауыт іске қосылса, биыл 8 ...": the contrastive "while", told of its own figure
            if word == "тиісті" and not previous.endswith(("уы", "уі", "уға", "уге")):
                continue  # "2017 жылғы тиісті кезеңнен", "тиісті органдар": corresponding, no obligation
            if kind == "target" and word.startswith("мақсат") and previous in _KAZAKH_THIS:
                continue  # "бұл мақсатқа 488,5 млрд теңге жұмсалған": for the purpose just named, no goal
            if kind == "target" and word.startswith("мақсат") and _KAZAKH_MEANT_FOR.match(text, match.end()):
                continue  # "өзге мақсатқа арналғандары – 107": what things serve, a purpose, no goal
            if kind == "target" and _KAZAKH_WITHIN_TASK.match(text, match.end()):
                continue  # "тапсырмасы аясында ... 12 жобасы қаржыландырылып жатыр": work under an instruction
            if (
                kind == "target" and _KAZAKH_AS_TASKED.match(text, match.end())
                and _KAZAKH_GOING_ON_END.search(text)
            ):  # fmt: skip
                continue  # "тапсырмасына сәйкес ... 5 инвестициялық жоба іске асырылуда": work going on as instructed
            if (
                kind == "target" and word in _KAZAKH_TASK_NOMINATIVE
                and _KAZAKH_TASK_FULFILLED.match(text, match.end())
            ):  # fmt: skip
                continue  # "тапсырмасы толық орындалып, 6 087 ауыл ... қамтамасыз етіліп отыр": the goal met, the level now
            if kind == "forecast" and _KAZAKH_CHANCE_GIVING.match(text, match.end()):
                kind = "plan"  # "8 мың жұмыс орнын ашуға мүмкіндік беретін 24 жоба": what the projects are to bring
            if (
                kind == "target"
                and word.startswith("міндет")
                and _KAZAKH_COUNTED_BEFORE.search(text, 0, start)
            ):
                continue  # "4 міндет, 20 көрсеткіш ... айқындалды": the tasks counted, no goal of a figure
            if word == "ниет" and _KAZAKH_WISH_EXPRESSED.match(text, match.end()):
                continue  # "оқуға ниет білдірді": expressed a wish, told as done (a one-word cue sees "ниет" alone)
            if kind == "forecast" and _KAZAKH_CHANCE_GIVEN.match(text, match.end()):
                continue  # "... жоюға мүмкіндік берді": it allowed, the past verb after it tells
            if kind == "plan" and _KAZAKH_PREPARED_THEN_DONE.match(text, match.start()):
                continue  # "құжаттамасы әзірленіп, ... өтінім дайындалды": prepared, then the next deed done
            if word == "мүмкін" and _KAZAKH_WAS_POSSIBLE.match(text, match.end()):
                continue  # "... 35%-ға дейін төмендету мүмкін болды": it proved possible, done; "мүмкін емес"
            if word == "міндетті" and _KAZAKH_COMPULSORY.match(text, match.end()):
                continue  # "міндетті медициналық сақтандыру жүйесінде 17,1 млн адам": compulsory, no goal
            if (
                kind == "forecast"
                and word.startswith("болжамды")
                and _KAZAKH_BASIS_AFTER.match(text, match.end())
            ):
                continue  # "инфляцияның болжамды деңгейіне сәйкес ... ұлғайтылды": the basis of a deed, as the Russian
        if not kazakh:
            if (
                kind == "forecast" and word.startswith("прогнозн")
                and _RU_BASIS_BEFORE.search(text, max(0, start - 30), start)
            ):  # fmt: skip
                continue  # "проиндексирована ... в соответствии с прогнозным уровнем инфляции": the basis of a deed
            if kind == "target" and word.startswith("поруч") and _RU_ORDERED_MONEY.match(text, match.end()):
                kind = (
                    "plan"  # "поручил выделить 360 млрд тенге": money ordered to be allocated, not yet spent
                )
            if (
                kind == "target" and word.startswith("задач")
                and _RU_GOAL_MET.search(text, *clause_span(text, match.start(), match.end()))
                and not _RU_GOAL_INFINITIVE.search(text, match.end())
            ):  # fmt: skip
                # "На 75% эту задачу уже выполнили": how far a goal was met, a deed (not "выполнил задачу –
                # снизить смертность на 25%", the goal's own level told with its infinitive)
                continue
            if kind == "target" and _RU_WITHIN_TASK.search(text, max(0, start - 40), start):
                # "В рамках второй задачи продолжается модернизация 32 больниц": the task names the part of a
                # programme the works belong to, no goal's level (+fs39ru)
                continue
            if kind == "target" and _RU_MANAGED.search(text, max(0, start - 16), start):
                continue  # "мы смогли обеспечить рост на 3,2%", "удалось достичь": a goal already met, done
            if kind == "forecast" and _LIMIT_AFTER.match(text, match.end()):
                continue  # "сумма займа может достигать 36 млн тенге": a limit of a rule, not an outlook
            if kind == "forecast" and word in ("может", "могут") and _CAN_HANDLE.match(text, match.end()):
                kind = "state"  # "элеваторы могут принять 20 млн тонн": what they can take now, no outlook
            if kind == "forecast" and word in ("может", "могут") and _CAN_ACCESS.match(text, match.end()):
                # "130 тысяч жителей могут попасть к врачу", "получатель может использовать": a service or
                # right open to them now (as the English "may apply for"), no outlook
                kind = "state"
            if kind == "forecast" and word in _RU_CAN and _RU_CAN_RECEIVE_UP_TO.match(text, match.end()):
                # "каждый участник может получить до 5 млн тенге": what a rule lets one receive, a state of the
                # rule (in force now, or ahead with its start: "с 2026 года ... сможет получить")
                kind = "state"
            if kind == "forecast" and WAITING_IN_LINE.search(text, max(0, start - 40), match.end() + 40):
                kind = "state"  # "очереди на жилье ожидают 2 тыс. семей": who waits now, no outlook
            if (
                (kind == "plan" and _RU_PLANNED_ATTRIBUTE.fullmatch(word) or kind == "target" and word.startswith("целев"))
                and _RU_SHARE_OF_BEFORE.search(text, max(0, start - 24), start)
            ):  # fmt: skip
                # "засеяно 23,7 млн га, или 100% запланированной площади", "введено 112 тыс. кв. м, или 45,2% от
                # целевого показателя": the base of a share met (the base's own size: ru_share_base; +kind25ru)
                continue
        if (
            kazakh and kind == "plan" and _KAZAKH_FORESEEN.match(word)
            and _KAZAKH_LEVEL_TO_BEFORE.search(text, max(0, start - 40), start)
        ):  # fmt: skip
            # "шығынды 25 пайызға дейін азайту көзделген": a level a programme foresees bringing a measure
            # to is its goal, as "... жеткізу көзделген" (_planned_levels); "10 пайызға азайту", by how much, stays a plan
            kind = "target"
        if (
            kind == "plan" and word.startswith(("жоспар", "план")) and _PLAN_MET.match(text, match.end())
            # ("при плане 28%": the plan's own level beside the outcome, not how far it was met)
            and not (
                previous == "при" and not _PLAN_DONE_AFTER.match(text, match.end())
                and _RU_OUTCOME_FIGURE_BEFORE.search(text, max(0, start - 80), start) is not None
            )
        ):  # fmt: skip
            kind = "actual"  # "жоспар 101,5%-ға орындалды", "жоспардың 102,6%-ы": how far a plan was met
        if kazakh and kind == "target" and word.startswith("межел") and _PLAN_MET.match(text, match.end()):
            # "бұл межелі көлемнің 75%-ы": how far a goal was met, as a plan's share (+fs35kk)
            kind = "actual"
        if (
            kind == "plan"
            and reader.must.fullmatch(word)
            and (
                reader.level_verb.fullmatch(_KAZAKH_VERBAL_DATIVE.sub("", previous) if kazakh else previous)
                or reader.level_verb.match(text, match.end() + 1)
            )
        ):
            # "должен составить 25,5 млрд", "1 млрд долларға жетуі тиіс": a level to reach; the dative
            # verbal noun says the same must ("70 пайызына жетуге тиіс", "асуға тиіс", +ps42kk)
            kind = "target"
        if kazakh:
            if (
                kind == "plan" and reader.must.fullmatch(word) and previous.endswith(_KAZAKH_MUST_NOUN_ENDS)
                and _KAZAKH_SHARE.search(text, clause_span(text, match.start(), match.end())[0], match.start())
            ):  # fmt: skip
                # "... 3 пайызын беруі тиіс", "120%-ға дейін жеткізілуі тиіс": a share or a level owed is a goal
                # ("9 жаңа ұшақ жеткізілуі тиіс", things to be delivered, stays a plan)
                kind = "target"
            if (
                kind == "plan"
                and (reader.must.fullmatch(word) or word == "қажет" and previous.endswith(("уы", "уі")))
                and (
                    any(k == "target" and _KAZAKH_GOAL_NOUN.match(text, p) for p, k in cues)
                    and not any(k == "plan" for p, k in cues)
                    or _KAZAKH_PURPOSE.search(text, 0, start) is not None
                )
            ):  # fmt: skip
                # "Мемлекет басшысының тапсырмасына сәйкес ... жөндеу жүргізілуі тиіс", "... құтылу үшін ... берілуі
                # керек": an obligation an instruction or a purpose sets is a goal ("9 жаңа ұшақ жеткізілуі тиіс",
                # with no such frame, and "Жоспарға сәйкес ... бой көтеруі керек" stay plans)
                kind = "target"
            if (
                kind == "plan" and word == "қажет"
                and _KAZAKH_VERBAL_NOUN_OBJECT.fullmatch(previous) and _KAZAKH_DOES_AFTER.match(text, match.end())
            ):  # fmt: skip
                # "14 көпірдің 6-уы күрделі жөндеуді қажет етеді": what the things counted need done to them, a
                # state now (not "5 млрд теңгені қажет етеді", an amount needed, nor "94 мың тонна қажет") (+pb44kk)
                kind = "state"
            if word == "алады" and previous in _KAZAKH_RECEIVED:
                # "74 мың адам атаулы әлеуметтік көмек алады", "бала білім алады": who is paid or taught, a
                # state now, as "жұмыс істейді" (not "сатып алады", buys: a deed ahead) (+pb44kk)
                kind = "state"
            if word == "алады" and _KAZAKH_CHANGE_CONVERB.fullmatch(previous):
                kind = "forecast"  # "өндірісті 12 млн тоннаға арттыра алады": a change it can bring, an outcome ahead
            if (
                word == "алады" and _KAZAKH_ABLE_CONVERB.search(previous)
                and not _KAZAKH_CHANGE_CONVERB.fullmatch(previous)
            ):  # fmt: skip
                # "әр қатысушы 5 млн теңгеге дейін ала алады": what one is able to do, a state (a change one
                # can bring, "арттыра алады", is an outcome ahead, above)
                kind = "state"
            if word == "жеткізеді" and previous == "қол":
                kind = "forecast"  # "4 млн тұрғын ... көмекке қол жеткізеді": will gain access, an outcome expected
            if (
                kind in ("future", "plan")
                and (word.startswith("бол") or (reader.must.fullmatch(word) and previous.startswith("болуы")))
                # (not "пайда болады", comes about: "шамамен 19,4 мың жұмыс орны пайда болады", the jobs the
                # projects create, a deed ahead, +ps41kk)
                and previous != "пайда"
                and _KAZAKH_ABOUT.search(text, clause_span(text, match.start(), match.end())[0], match.start())
            ):  # fmt: skip
                kind = "forecast"  # "орташа құны 20 мың теңге шамасында болады": a level guessed at, not set
            if (
                kind == "plan" and reader.must.fullmatch(word) and previous in _KAZAKH_MUST_BE
                and re.search(r"\d", text[clause_span(text, match.start(), match.end())[0] : start])
                and not any(k == "plan" for _, k in cues)  # ("мектеп бой көтеруі керек, онда 600 оқушы болуы керек": its size)
            ):  # fmt: skip
                # "қуаты жылына 200 мың тонна болуы керек", "өңірге 500 мың турист келуі тиіс": a level that
                # must be, or an arrival no one here does, is a goal; a deed owed ("9 ұшақ жеткізілуі тиіс") stays a plan
                kind = "target"
        if previous in reader.language.will_be and _RUSSIAN_PAST.search(word):
            will_be_participle = True
            continue  # "будет построено": the participle after "будет" is no past
        if not kazakh:
            if (
                previous == "и" and cues and cues[-1][1] == "future"
                and word_tense(word) == "done" and not re.search(r"[.;]", text[cues[-1][0] : start])
            ):  # fmt: skip
                continue  # "будут построены 5 школ и отремонтированы 12 больниц": the "будут" governs both
            if (
                will_be_participle and previous == "и" and kind is None
                and _RU_SHORT_PARTICIPLE.fullmatch(word)
            ):  # fmt: skip
                # "будут отремонтированы 28 лифтов, кровля 4 домов, и модернизированы 3 дома": the participle
                # joined on by "и" shares the "будут" of the first
                continue
        # (asked only while a chain is open: most words end none, and the past's ending is then not read)
        if will_be_participle and (
            kind is not None or (len(word) > 3 and not kazakh and _RUSSIAN_PAST.search(word))
        ):
            will_be_participle = False  # (another verb ends the chain: "будут построены и сданы" only)
        if not kazakh:
            if (
                cues and cues[-1][0] == previous_start and _INFINITIVE.search(word)
                and not (
                    kind == "target" and cues[-1][1] == "plan" and not previous.startswith(_RU_PLANNING_VERBS)
                    # "рассчитывают обеспечить жильем": the intention decides; "рассчитывает довести до" a level
                    and not (previous.startswith(_RU_RECKON) and word not in _RU_LEVEL_INFINITIVES)
                )
                and not (word == "довести" and cues[-1][1] == "forecast")
            ):  # fmt: skip
                # "может достичь": the modal decides, and so does "планирует довести до" (a plan, as "plans
                # to raise output to"); "намерены довести до", "рассчитывает довести до" (a level to bring
                # something to) is a goal's level
                continue
            if (
                kind == "target" and _INFINITIVE.search(word) and cues and cues[-1][1] == "plan"
                and _RU_PLAN_LEAD_AT.match(text, cues[-1][0])
                and _RU_INFINITIVE_CHAIN.fullmatch(text, cues[-1][0], start)
            ):  # fmt: skip
                # "планируется обеспечить доступ ..., снизить износ ..., обеспечить газом 51 515 человек":
                # the later infinitives of a chain are the planning verb's too, as the first one is
                continue
        if (
            match.start()
            and word[0] != match.group(0)[0]
            and (
                not re.search(
                    r"(?:[.:!?]\s+|[«\"(—–]\s*|(?<![^\W\d_])-\s*)$",
                    text[max(0, match.start() - 3) : match.start()],
                )
                # a name in quotes: "в микрорайоне «Шугыла»", «Жас Өркен» (not a quote's first word,
                # «Мы построили 5 школ», which goes on past a few words)
                or (
                    text[max(0, match.start() - 1) : match.start()] == "«"
                    and _QUOTED_NAME_END.match(text, match.end())
                )
                # the next place of a route named with dashes: "Караганда – Балхаш – Бурылбайтал (554,6
                # км)", "Дарбаза – Мактаарал" (no past "-ал"; a dash after a lower-case word opens anew)
                or _NAME_DASH_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
            )
        ):
            # a capitalised word inside a sentence is a name: "Мақсат", "Қарағанды", and so is the part of a
            # name a hyphen joins on ("дороги Чапаево-Жалпактал": no past "-ал"; a list's "- Word" opens anew)
            continue
        if not kazakh:
            deed = _RU_INTENDED_DEED.match(text, match.end()) if kind == "forecast" else None
            if (
                deed and word.startswith(_RU_RECKON)
                and deed.group("verb").lower() not in _RU_OUTCOME_INFINITIVES
                and not reader.level_verb.match(deed.group("verb"))
            ):  # fmt: skip
                # "рассчитывают обеспечить жильем 100 тысяч", "предполагается вложить 688 млрд": an expecting
                # verb that governs an infinitive tells what its subject means to do, a plan ("рассчитывают,
                # что ... достигнет", a level reached, "рассчитывают выйти на 45 млрд", and what comes to the
                # subject, "рассчитывают собрать 711 тыс. тонн", "принять 250 тыс. туристов", stay forecasts)
                kind = "plan"
            if (
                kind == "forecast" and word.startswith("предполага") and not word.endswith("ся")
                and _RU_DEED_NOUN.match(text, match.end())
            ):  # fmt: skip
                kind = "plan"  # "проект предполагает создание 800 рабочих мест": what a project provides for
            if kind is None and word in _RU_READY:
                # "была готова вложить $1 млрд", "готовы принять": an intention, not money spent; "из 655
                # объектов ... готовы 645": a short adjective of a state reached, done
                kind = (
                    "plan" if previous in _RU_WAS or _RU_INTENDED_DEED.match(text, match.end()) else "actual"
                )
        if (
            kind is None and kazakh and word == "отырады" and previous.endswith("п")
            and _KAZAKH_UNTIL_YEAR.search(text) and _KAZAKH_CLAUSE_END.match(text, match.end())
        ):  # fmt: skip
            # "2027 жылға дейін ... қымбаттап отырады": to keep on doing up to a year named is a schedule
            # ahead ("жалақы алып отырады" with no such year is a habit now, read as before)
            kind = "future"
        if kind is None and len(word) > 3:
            kind = (
                _kazakh_verb_kind(word, text, match.end(), habitual, reader.reported_after)
                if kazakh
                else None
                if previous.startswith("котор")  # "срок которой продлён": the verb of a relative clause
                else _russian_verb_kind(word)
            )
            if (
                kind == "actual" and kazakh and word in _KAZAKH_SET_DONE
                and _KAZAKH_FORECAST_NOUN.search(text, 0, start)
            ):  # fmt: skip
                kind = "forecast"  # "Кіріс болжамы 2026 жылға ... 13,3 трлн теңге көлемінде айқындалды": a forecast set
            if kind == "future" and not kazakh and _RU_SHORT_PARTICIPLE_NUT.match(text, match.start()):
                kind = "actual"  # "достигнут темп роста 7,1%": a short participle, reached (not "will reach")
            if (
                kind is None and kazakh and word.endswith(("ады", "еді")) and word not in KK_MEANS
                and any(k == "outlook" for _, k in cues)
                and _KAZAKH_CLAUSE_END.match(text, match.end())
                # "есебінше, әр тұрғын күніне орта есеппен 1 кг қоқыс шығарады": a rate per day or an
                # average told in the aorist is a habit now, what the estimate says is so
                and not _KAZAKH_PER_UNIT.search(text, 0, match.start())
            ):  # fmt: skip
                kind = "future"  # "Соның арқасында ... газға қол жеткізеді": after an outlook the aorist, not a past
        if kazakh:
            if (
                kind == "future" and word in _KAZAKH_PAID_AT
                and _KAZAKH_PRICE_PER_UNIT.search(text, clause_span(text, match.start(), match.end())[0], start)
                and not re.search(r"(?<!\w)бастап(?!\w)", text[:start])
            ):  # fmt: skip
                # "квт-на 17 теңге 29 тиыннан төлейді", "кило 3 мың теңгеден сатылады": a price now (not one
                # from a day on, "1 қаңтардан бастап ... 19 теңгеден төлейді", a rate to come)
                kind = "state"
            if (
                kind == "actual" and word in _KAZAKH_COPULA_PAST
                and _KAZAKH_PROJECTED.search(text, clause_span(text, match.start(), match.end())[0], start)
            ):  # fmt: skip
                kind = "forecast"  # "болжамды жалпы түсімі 18 млн тоннаны құраған": the outlook was put at, no harvest
            if (
                kind == "future" and _KAZAKH_THEN_AHEAD.match(text, match.end())
                # (not "Биыл 40 мың тонна ет өндіріледі, болашақта ...": a year's output still to come)
                and not _KAZAKH_TIME_NAMED.search(text, clause_span(text, match.start(), match.end())[0], start)
            ):  # fmt: skip
                # "Аймақта 43 мың тонна сүт өндіріледі, болашақта ... 92 мың тоннаға жеткізу көзделуде": the
                # aorist set against what is to come is what is so now, not a plan
                kind = "state"
        if not kazakh:
            if (
                kind == "future"
                and _RU_ECONOMY_SUBJECT.search(text, clause_span(text, match.start(), match.end())[0], match.start())
            ):  # fmt: skip
                kind = "forecast"  # "Реальный рост ВВП составит 4%", "инфляция замедлится до 6%": an outlook, no one's deed
            if (
                kind in ("actual", "plan") and _AMOUNT_VERB.match(word) and cues
                and cues[-1][1] in ("plan", "target") and match.start() - cues[-1][0] <= 32
            ):  # fmt: skip
                continue  # "план составлял 728 млн", "целевой индикатор предусматривал 400": the plan's own verb
            if (
                kind is None and cues and cues[-1][1] in ("plan", "target")
                and _RU_GOAL_APPOSITION.fullmatch(word) and match.start() - cues[-1][0] <= 96
                and "." not in text[cues[-1][0] : match.start()]
            ):  # fmt: skip
                # "ориентир ... на 2025 год, составляющий 15,9 млн кв. метров, уже превышен": the figure is the
                # goal's own value, of the goal's kind, whatever the sentence says of it being met (+fs30ru)
                kind = cues[-1][1]
            if (
                kind is None and word in ("придет", "придёт") and not any(k == "forecast" for _, k in cues)
                and _RU_UTILITY_BEFORE.search(text, clause_span(text, match.start(), match.end())[0], start)
            ):  # fmt: skip
                # "До конца года питьевая вода придет еще в 7000 домов": a utility to be brought in, works to
                # come (not "Газ, как ожидается, придёт к 369 тыс. жителей", an outcome expected; +fs30ru)
                kind = "plan"
            if kind == "actual" and _RU_SO_THAT_BEFORE.search(text, max(0, start - 72), start):
                continue  # "задача, чтобы экономика росла на 7%": a past form after "чтобы" is a wish, not a deed
            if (
                kind == "actual" and word.startswith("поставл") and cues
                and cues[-1][1] in ("plan", "target") and match.start() - cues[-1][0] <= 16
            ):  # fmt: skip
                continue  # "Задача поставлена, чтобы ...": the goal's own setting, no deed of the figure
            if (
                kind == "actual"
                and _RU_DECIDED.fullmatch(word)
                and _RU_ORDERED_MONEY.match(text, match.end())
            ):
                kind = "plan"  # "правительство согласилось выделить 85,6 млрд", "решили направить": money to come
            if (
                kind == "target" and word == "довести" and cues and cues[-1][1] == "forecast"
                and text[cues[-1][0] : cues[-1][0] + 6].lower() == "позвол" and start - cues[-1][0] <= 40
                and not _RU_NOT_BEFORE.search(text, max(0, cues[-1][0] - 4), cues[-1][0])
                and _RU_CAPACITY_OBJECT.match(text, match.end())
            ):  # fmt: skip
                # "Пуск блока позволит довести мощность станции до 3000 МВт": the capacity works will give a
                # facility, a plan (FORMAT.md: the capacity of what is being built), not a goal's level nor
                # an outcome; "позволит довести поток туристов до 3 млн" keeps its reading
                cues.pop()
                kind = "plan"
            if (
                kind is None and previous == "при" and word.startswith("планов")
                and _RU_INDICATOR_NEXT.match(text, match.end())
            ):  # fmt: skip
                # "при плановом показателе 30%": the goal set beside the outcome, as "при целевом показателе"
                kind = "target"
        if kazakh:
            if kind == "forecast" and word == "болжамды" and _KAZAKH_BASE_NOUN_AFTER.match(text, match.end()):
                # "болжамды инфляциядан 2 пайыздық тармаққа артық": the forecast is the base set against, the
                # figure's own kind is the clause's (+fs42kk)
                continue
            if kind == "target" and word.startswith("жеткізу") and previous in _KAZAKH_SUPPLIED:
                kind = None  # "55 ауылға таза су жеткізу көзделіп отыр": water brought to villages, no level to reach
            if (
                kind == "plan" and word.startswith(("керек", "тиіс")) and _KAZAKH_CHANGE_NOUN.match(previous)
                and not _KAZAKH_RISE_UP_BEFORE.search(text, max(0, previous_start - 8), previous_start)
            ):  # fmt: skip
                # "өнімді екі есеге арттыруымыз керек", "шығынды 20%-ға азайту тиіс": a change that must be
                # made is a goal (FORMAT: "must reach"), not works scheduled ("260 пункт бой көтеруі керек":
                # buildings to go up, a plan) (+fs42kk)
                kind = "target"
            if kind in ("plan", "target") and previous == "деп":
                # "1 200 маман жұмыс істейді деп жоспарланған": what is planned to be so takes the framing
                # verb's kind, not the present of the clause it frames (+fs42kk)
                opened = max(text.rfind(",", 0, start), text.rfind(".", 0, start))
                cues = [c for c in cues if c[0] < opened or c[1] not in ("state", "future")]
        if kind:
            cues.append((match.start(), kind))
    cues = _planned_levels(reader, cues, text) if kazakh else _governed_that(cues, text)
    return tuple(sorted(_revisions(reader, _futures(cues, text, kazakh), text), key=_position))


# what is brought to a place along a line ("су", "газ" жеткізу): a supply, never a level to bring up to
_KAZAKH_SUPPLIED = frozenset(
    ("су", "суды", "газ", "газды", "отын", "отынды", "интернет", "интернетті", "жарық", "электр")
)
# the verbal noun of a change, with or without a person ending ("арттыру", "арттыруымыз", "азайтуды")
_KAZAKH_CHANGE_NOUN = re.compile(
    r"(?:арттыр|ұлғайт|көбейт|өсір|төмендет|азайт|қысқарт|көтер|жеткіз)[уү](?:[^\W\d]*)$", re.I
)


# a noun in the ablative, the base of a comparison: "инфляциядан", "деңгейден"
_KAZAKH_BASE_NOUN_AFTER = re.compile(r"\s+[^\W\d]+(?:дан|ден|тан|тен|нан|нен)(?!\w)", re.I)
_KAZAKH_RISE_UP_BEFORE = re.compile(r"(?<!\w)бой\s+$", re.I)


# verbs of reckoning on or supposing: a forecast before "что", an intention before an infinitive
_RU_RECKON = ("рассчитыва", "предполага")
_RU_LEVEL_INFINITIVES = frozenset(("довести",))
# what comes to the subject rather than what it does: a harvest, an income, visitors counted on are a forecast
_RU_OUTCOME_INFINITIVES = frozenset(
    ("собрать", "намолотить", "получить", "заработать", "выручить", "принять")
)
# the infinitive they govern, at once or after a time phrase ("рассчитывает к 2030 году утроить"); a
# noun in "-ость", "-сть" or a short word ("часть", "сеть", "пять") is none
# a proposal, a plan (FORMAT.md): "предлагается повысить", "министерство предложило увеличить",
# "көтеру ұсынылады", "көтеруді ұсынды" (not "вуз предлагает 500 грантов", "500 грант ұсынады",
# "24 миллионы электронды түрде ұсынылған": offers and services provided)
_RU_PROPOSES = re.compile(r"предлага(?:ет|ют)(?:ся)?|предложил[аои]?|предложено", re.I)
_KK_VERBAL_NOUN = re.compile(r"[^\W\d_]{2,}(?:у|уді|уды|уын|уін)$", re.I)


def _proposal(text: str, word: str, previous: str, end: int, kazakh: bool) -> bool:
    """The word tells a proposal: a proposing verb with the deed proposed beside it."""
    if kazakh:
        return word.startswith("ұсын") and bool(_KK_VERBAL_NOUN.search(previous))
    if not _RU_PROPOSES.fullmatch(word):
        return False
    # (the impersonal "предлагается" may follow its infinitive: "повысить предлагается до")
    return word.endswith("ся") or bool(_RU_INFINITIVE_NEXT.match(text, end))


_RU_INTENDED_DEED = re.compile(
    r"(?:\s+(?:к|до|в|с|на)\s+(?:[\w.-]+\s+){1,2}?)?\s+(?P<verb>(?!\w*ость\b)[^\W\d_]{3,}(?:[аяиеуы]ть|[аяиеуы]ться|ти|чь))(?!\w)",
    re.I,
)
_RU_CAN = frozenset(("может", "могут", "сможет", "смогут"))
# what the economy as a whole does: nobody schedules it ("дефицит бюджета составит" stays a plan)
_RU_ECONOMY_SUBJECT = re.compile(
    r"(?<!\w)(?:(?:рост|темп\w*\s+роста|объ[её]м)\s+(?:реального\s+)?(?:ВВП|ВРП|экономики)|ВВП|ВРП|инфляци\w+)"
    r"(?:\s+[^\s,;:.()]+){0,5}?\s*$",  # ("в 2025–2027 годах" between)
    re.I,
)
_RU_ECONOMY_NOUN = re.compile(
    r"(?<!\w)(?:ВВП|ВРП|инфляци\w+|(?:рост|темп\w*\s+роста)\s+экономики)(?!\w)", re.I
)


def economy_subject(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names the economy as a whole (GDP, inflation): what it will do is an
    outlook, not a plan ("Годовая инфляция в 2026 году замедлится до 6%")."""
    return _RU_ECONOMY_NOUN.search(text, start, end) is not None


_RU_GOAL_INFINITIVE = re.compile(r"(?<!\w)[^\W\d_]{3,}(?:ть|ти|чь)(?:ся)?(?!\w)", re.I)
_RU_GOAL_MET = re.compile(r"(?<!\w)(?:пере)?выполн(?:ил[аио]?|ен[аоы]?)(?!\w)", re.I)
# verbs of telling that are also verbs of doing ("добавили 12 автобусов"): reporting only as a tag
# after the clause told, "..., добавила министр", "— уточнил аким"
_RU_SPEECH_TAG_VERB = re.compile(r"(?:добав|уточн|поясн)(?:ил|ила|или|ило)$")
_RU_SPEECH_TAG_STEMS = ("добав", "уточн", "поясн")  # (its stems: a cheap test of every word first)
_RU_SPEECH_TAG_BEFORE = re.compile(r"(?:[,—–]|[»\"”])\s*$")
# "поможет [снизить]": an infinitive next (not "помогут 300 пожилым людям", help given to someone)
_RU_INFINITIVE_NEXT = re.compile(r"\s+(?:[^\W\d]+\s+)?[^\W\d]{2,}(?:ть|ти|чь)(?:ся|сь)?(?!\w)", re.I)
# a level the future reaches: "вырастет до 800 тыс.", "достигнет 80%", "увеличится до"
_RU_LEVEL_AHEAD = re.compile(
    r"(?<!\w)(?:(?:вырастет|вырастут|увеличится|увеличатся|сократится|сократятся|снизится|снизятся|"
    r"повысится|повысятся|дойдет|дойдёт)\s+(?:[^\W\d]+\s+){0,3}?до\s+\d|достигнет|достигнут\s+\d)",
    re.I,
)
# a document as the subject just before: "Программа предполагает", "проект бюджета предполагает"
_RU_DOCUMENT_BEFORE = re.compile(
    r"(?<!\w)(?:программ|проект|план|бюджет|стратеги|концепци|документ)\w*\s+(?:[^\W\d]+\s+)?$", re.I
)
# works to be done, an infinitive: "сдать", "ввести", "построить", "открыть", "завершить", "отремонтировать"
_RU_WORKS_INFINITIVE_NEXT = re.compile(
    r"\s+(?:сдать|ввести|построить|открыть|завершить|запустить|отремонтировать|возвести)(?!\w)", re.I
)
# "должно быть обеспечено / охвачено / доведено": a level to reach, not works to do
_RU_MUST_BE_LEVEL = re.compile(r"\s+быть\s+(?:обеспечен|охвачен|доведен)\w*(?!\w)", re.I)
# a goal told as met: "целевой показатель (поручения Главы государства) достигнут / выполнен"
_RU_GOAL_REACHED_AFTER = re.compile(
    r"\s+показател\w*(?:\s+[^\W\d]+){0,4}?\s+(?:достигнут|выполнен)[аоы]?(?!\w)", re.I
)
# "достигнут и обеспечен": a short participle joined to another, so "достигнут" is one too
_RU_AND_SHORT_PARTICIPLE = re.compile(r"\s+и\s+[^\W\d]+(?:ен|ан|ят|ут)[аоы]?(?!\w)", re.I)
# "показатель (поручения) достигнут", "уровень достигнут": a singular measure just before
_RU_MEASURE_BEFORE = re.compile(r"(?<!\w)(?:показатель|уровень|результат)(?:\s+[^\W\d]+){0,3}\s+$", re.I)
# "по плану", "по национальному плану", "согласно плану": the level after it is the plan's
_RU_BY_PLAN = re.compile(r"(?<!\w)(?:по|согласно)\s+(?:[^\W\d]+\s+)?(?:плану|нацплану)(?!\w)", re.I)
# the scale of a programme or project, told of the figures before it: "217 школ на 460 тыс. мест — таковы
# масштабы национального проекта" (what the project is to build, not a state now)
_RU_SCALE_OF_PROGRAMME = re.compile(
    r"\s+(?:[^\W\d]+\s+){0,2}?(?:проект|программ|нацпроект|план|концепци|стратеги)\w*(?!\w)", re.I
)
# a programme's or stage's content of works to come: "включает начало строительства 34 проектов",
# "включают строительство 12 школ" (the present of what a document holds; "включал" is its past)
_RU_WORKS_HELD_NEXT = re.compile(
    r"\s+(?:в\s+себя\s+)?(?:начало\s+|старт\s+)?(?:строительств|возведени|реконструкци|модернизаци|"
    r"капитальн\w+\s+ремонт|ремонт|открыти|создани|запуск|реализаци)\w*(?!\w)",
    re.I,
)
_RU_YEAR_AFTER = re.compile(r"\s+(?:(?:текущего|этого|нынешнего)\s+|\d{4}\s+)?(?:года|г\.)(?!\w)", re.I)
_RU_THIS_AFTER = re.compile(r"\s+(?:этого|этих|чего|того|них|него)(?!\w)", re.I)
# a decision or a promise told in the past: what it binds one to do is still to come
_RU_DECIDED = re.compile(
    r"(?:решил[аио]?|(?:со|до)гласил(?:ся|ась|ось|ись)|договорил(?:ся|ась|ось|ись)|постановил[аио]?|"
    r"(?:по)?обещал[аио]?)"
)
# an order whose deed is allocating money ("поручил правительству выделить", "поручено направить")
_RU_ORDERED_MONEY = re.compile(
    r"\s+(?:[^\W\d]+\s+){0,4}?(?:выделить|направить|предусмотреть|перечислить|профинансировать|вложить"
    r"|потратить|израсходовать)(?!\w)",
    re.I,
)
# "чтобы" earlier in the verb's clause: the subjunctive of a purpose or a wish
_RU_SO_THAT_BEFORE = re.compile(r"(?<!\w)чтобы\s+[^,;:.!?\d]{0,60}$", re.I)
# "достигнут", "подчеркнут" read as the short participle: before a singular masculine noun of a level
# ("достигнут темп роста", "достигнут рекордный уровень") or after "был"/"не был"
_RU_SHORT_PARTICIPLE_NUT = re.compile(
    r"(?:достигнут|превзойд[её]н)\s+(?:[^\W\d_]+(?:ый|ий|ой)\s+)?(?:темп|рост|прирост|уровень|показатель|"
    r"результат|объ[её]м|рекорд|максимум|минимум|план|охват)(?!\w)",
    re.I,
)
# a past of managing right before a goal's infinitive: the goal reached
_RU_MANAGED = re.compile(r"(?<!\w)(?:смог(?:ла|ли|ло)?|сумел[аио]?|удалось)\s+$", re.I)
_RU_CAN_RECEIVE_UP_TO = re.compile(
    r"\s+(?:получить|получать|оформить|взять)\s+(?:[^\W\d]+\s+){0,2}?до\s+\d", re.I
)
# a verbal noun in the accusative, what is to be done ("жөндеуді", "қосылуды", "ауыстыруды"), and "етеді" after
_KAZAKH_VERBAL_NOUN_OBJECT = re.compile(r"[^\W\d_]{2,}(?:у|ю)(?:ды|ді)")
_KAZAKH_DOES_AFTER = re.compile(r"\s+етеді(?!\w)")
# what one receives, a noun with no case before "алады": help, a benefit, a pension, a grant, schooling
_KAZAKH_RECEIVED = frozenset(("көмек", "жәрдемақы", "зейнетақы", "стипендия", "білім"))
# the converb an ability verb follows: "ала алады", "бере алады", "өңдей алады"
_KAZAKH_ABLE_CONVERB = re.compile(r"^[^\W\d_]+(?:а|е|й)$")
# a verbal noun of a deed after "предполагает": "создание", "строительство", "открытие"
_RU_DEED_NOUN = re.compile(r"\s+(?:[^\W\d_]+\s+)?[^\W\d_]{3,}(?:ание|ение|тие|ство)(?!\w)", re.I)
# "была готова", "были готовы" before an infinitive: what someone meant to do
_RU_READY = frozenset(("готов", "готова", "готовы", "готово"))
_RU_WAS = frozenset(("был", "была", "были", "было"))


# a capitalised word, then a spaced dash: the name of a route's place before the next one
_NAME_DASH_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_a-zа-яёәіңғүұқөһ][^\W\d_]+\s+[—–-]\s+$")


# the long (attributive) form of a participle of planning: "планируемых", "запланированные",
# "предусмотренных", "намеченные" — it qualifies a noun, it is no predicate
_RU_PLANNED_ATTRIBUTE = re.compile(
    r"(?:планируем|запланированн|предусмотренн|намеченн)(?:ый|ая|ое|ые|ого|ой|ому|ым|ыми|ых|ую|ом)", re.I
)


# a share just before the base it is of: "100% запланированной", "98% от намеченного"
_RU_SHARE_OF_BEFORE = re.compile(r"(?:\d\s?%|\d\s+(?:процент|процента|процентов))\s+(?:от\s+)?$", re.I)


# the size of the base a share is told of: "76,1% от запланированных на год 650 тыс. кв. м", "45,2% от
# целевого показателя в 250 тыс. кв. м" (+kind25ru)
_RU_SHARE_BASE_BEFORE = re.compile(
    r"(?:\d\s?%|\d\s+процент\w*)\s+(?:от\s+)?(?:(?P<plan>запланированн|планируем|предусмотренн|намеченн|годового\s+план)|"
    r"(?P<target>целев))\w*\s+(?:[^\W\d]+\s+){0,3}?(?:в\s+(?:размере\s+|объеме\s+)?)?$",
    re.I,
)
_RU_SHARE_BASE_BEFORE_GATE = literal_gate(_RU_SHARE_BASE_BEFORE)


def ru_share_base(text: str, start: int) -> str | None:
    """'76,1% от запланированных на год 650 тыс. кв. м': the figure at start is the planned or aimed-at
    whole a share done is told of, "plan" or "target" (its share keeps the kind of what was done)."""
    found = search_in(_RU_SHARE_BASE_BEFORE, _RU_SHARE_BASE_BEFORE_GATE, text, max(0, start - 90), start)
    if found is None:
        return None
    return "plan" if found.group("plan") else "target"


# a whole named against its part: "Из выделенных 300 млрд", "вместо запланированных 40", "из 60
# планируемых" (the participle before the figure, after "из", "вместо", "против")
# (+pb44ru: with a prepositional adjunct between the participle and the figure, "Из выделенных в этом
# году 300 млрд", "Из запланированных на 2025 год 120 проектов"; not when it ends on the whole's own noun,
# "Из выделенных на ремонт средств 40% освоено": there the figure is the part)
_RU_WHOLE_BEFORE = re.compile(
    r"(?<!\w)(?:из|вместо|против)\s+(?:ранее\s+)?(?:выделенн|направленн|предусмотренн|запланированн|планируем|"
    r"намеченн|заложенн)(?:ых|ой|ого)\s+"
    r"(?:(?:на|в|во|из|для|по)\s+(?:(?!(?:средств|денег|сумм\w*|финансировани\w*)\s)(?:\d{4}|[^\W\d]+)\s+){1,3}){0,2}$",
    re.I,
)
_RU_WHOLE_BEFORE_GATE = literal_gate(_RU_WHOLE_BEFORE)
# the whole with its participle after the noun, named against a part: "10 из 13 школ, запланированных
# на 2023 год", "из 40 объектов, предусмотренных программой"
# (and "по всем 655 объектам, запланированным в рамках нацпроекта": all of the planned whole, named as
# the object of a preposition, not the subject of a deed; +fs41ru)
_RU_OF_BEFORE = re.compile(r"(?<!\w)(?:из|(?:по|для|на|из)\s+все(?:м|х))\s+$", re.I)
# (+pb44ru: or right after the figure, "из 40 запланированных на год объектов")
_RU_PLANNED_AFTER_NOUN = re.compile(
    r"\s+(?:(?:[^\W\d]+\s+){0,3}?[^\W\d]+,?\s+)?(?:ранее\s+)?(?:выделенн|запланированн|планируем|предусмотренн|намеченн)"
    r"(?:ых|ой|ого|ым|ыми)(?!\w)",
    re.I,
)
# "Бөлінген 300 млрд теңгенің 210 млрд теңгесі", "жоспарланған 60 жобаның 16-сы": a participle of setting
# aside before a whole in the genitive, a part of it told after
_KK_WHOLE_BEFORE = re.compile(r"(?<!\w)(?:бөлінген|жоспарланған|көзделген|қарастырылған)\s+$", re.I)
_KK_WHOLE_BEFORE_GATE = literal_gate(_KK_WHOLE_BEFORE)
_KK_GENITIVE_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$", re.I)
_KK_PART_NEXT = re.compile(r"\s+\d")
_KK_GENITIVE_AFTER = re.compile(
    r"(?:\s*[^\W\d_]*(?:ның|нің|дың|дің|тың|тің)|\s+[^\W\d_]+(?:ның|нің|дың|дің|тың|тің))\s+\d", re.I
)


def whole_set_aside(language: str, text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] is a whole set aside or planned, named against the part of it
    done ("Из выделенных 300 млрд тенге освоено 210 млрд"): money or work not yet spent or done."""
    if language == "ru":
        return search_in(
            _RU_WHOLE_BEFORE, _RU_WHOLE_BEFORE_GATE, text, max(0, start - 60), start
        ) is not None or (
            _RU_OF_BEFORE.search(text, max(0, start - 12), start) is not None
            and _RU_PLANNED_AFTER_NOUN.match(text, end) is not None
        )
    if search_in(_KK_WHOLE_BEFORE, _KK_WHOLE_BEFORE_GATE, text, max(0, start - 30), start) is None:
        return False
    # the whole's unit may carry the genitive itself ("300 млрд теңгенің 210 млрд теңгесі")
    own = _KK_GENITIVE_END.search(text, start, end) is not None and _KK_PART_NEXT.match(text, end) is not None
    return own or _KK_GENITIVE_AFTER.match(text, end) is not None


# the part before the whole: "построено 540 из 655": a figure, then "из" just before the whole
_RU_PART_OF_BEFORE = re.compile(r"\d(?:[\d\s,]*\d)?\s+из\s+$", re.I)
# the works counted are those of a programme or a national project: "в рамках национального проекта",
# "по нацпроекту", "программы «Комфортная школа»"
_RU_UNDER_PROGRAMME = re.compile(
    r"(?<!\w)(?:в\s+рамках|по)\s+(?:[^\W\d]+\s+){0,2}?(?:проект|программ|нацпроект|план)\w*(?!\w)|"
    r"(?<!\w)(?:нацпроект|национальн\w+\s+проект)\w*(?!\w)",
    re.I,
)


def ru_programme_whole(text: str, start: int, end: int) -> bool:
    """'В рамках национального проекта построено 540 из 655 медицинских объектов': the whole a part
    is counted against, of a programme's works, is what the programme is to build (plan, FORMAT.md);
    "Открыто 6 из 9 поликлиник" with no programme keeps the whole as it stands."""
    return (
        _RU_PART_OF_BEFORE.search(text, max(0, start - 24), start) is not None
        and _RU_UNDER_PROGRAMME.search(text) is not None
    )


def ru_attributive_outweighed(
    text: str, cues: list[tuple[int, str]], clause: tuple[int, int], start: int, end: int
) -> bool:
    """'запланированные 60 проектов были реализованы', 'Из 25 планируемых объектов 10 уже готовы': the
    nearest cue before a Russian figure is a participle of planning that qualifies a noun, and the clause
    goes on to a verb of what was done, or has one just before the participle ('завершено строительство
    запланированных 655 объектов'): that verb, the clause's predicate, decides (actual)."""
    # cues are in text order: the nearest before the figure, then the first after it, both in the clause
    nearest = bisect_left(cues, start, key=_position) - 1
    if _of_the_planned_after(text, cues, clause, end):
        return True
    if nearest < 0 or cues[nearest][0] < clause[0] or cues[nearest][1] != "plan":
        return False
    if _RU_PLANNED_ATTRIBUTE.match(text, cues[nearest][0]) is None or whole_set_aside("ru", text, start, end):
        # (not "Вместо запланированных 40 школ построено 32": the figure is the planned whole itself)
        return False
    following = bisect_left(cues, end, key=_position)
    if following < len(cues) and cues[following][0] < clause[1] and cues[following][1] == "actual":
        return True
    # the verb of what was done just before the attribute ("завершено строительство запланированных 655
    # объектов", "товарооборот достиг запланированного рубежа в $5 млрд"): the planned things are done
    return (
        nearest > 0 and cues[nearest - 1][0] >= clause[0] and cues[nearest - 1][1] == "actual"
        and _RU_DEED_THEN_ATTRIBUTE.fullmatch(text, cues[nearest - 1][0], cues[nearest][0]) is not None
        and _RU_DONE_VERB.match(text, cues[nearest - 1][0]) is not None
        and _RU_ATTRIBUTE_TO_FIGURE.fullmatch(text, cues[nearest][0], start) is not None
    )  # fmt: skip


# the done verb, then at most two words (the noun of the deed, "в эксплуатацию"), right before the
# attribute: "завершено строительство ", "достиг ", "сданы в эксплуатацию " (a figure between them is
# the part of a planned whole: "построено 540 из запланированных 655", "освоено 40% от ...")
_RU_DEED_THEN_ATTRIBUTE = re.compile(
    r"[^\W\d_]+\s+(?:(?!(?:из|от|вместо|против|чем)\s)[^\W\d_]+\s+){0,2}", re.I
)
# a verb telling the planned things done or reached ("завершено", "построены", "достиг", "сданы"), not
# one that keeps, confirms or cuts the plan ("подтвердила", "сохранило", "урезало запланированные ...")
_RU_DONE_VERB = re.compile(
    r"(?:заверш|законч|построе?н|построил|достиг|дост[иа]гнут|сдан|сдал|введ[её]н|ввел|реализова|выполн|"
    r"освоен|освоил|открыт|открыл|запущен|запустил|отремонтирова|возвед[её]н|возвел)",
    re.I,
)
# the attribute, then at most its noun and "в", before the figure: "запланированных ", "запланированного
# рубежа в "
_RU_ATTRIBUTE_TO_FIGURE = re.compile(r"[^\W\d_]+\s+(?:[^\W\d_]{3,}\s+(?:в\s+)?)?\$?", re.I)


# "из запланированной посевной площади", "из планируемых": the planned whole a part is taken from
_RU_OF_PLANNED = re.compile(r"\s+из\s+(?=(?:планируем|запланированн|предусмотренн|намеченн)\w+)", re.I)


def _of_the_planned_after(text: str, cues: list[tuple[int, str]], clause: tuple[int, int], end: int) -> bool:
    """'3,3 млн га из запланированной площади уже засеяны': the plan cue right after the figure is the
    attribute of the whole it is a part of; the clause's later verb of what was done decides."""
    after = _RU_OF_PLANNED.match(text, end)
    if after is None:
        return False
    following = bisect_left(cues, after.end(), key=_position)
    return (
        following < len(cues) and cues[following][0] == after.end() and cues[following][1] == "plan"
        and any(kind == "actual" and position < clause[1] for position, kind in cues[following + 1 :])
    )  # fmt: skip


def _position(cue: tuple[int, str]) -> int:
    return cue[0]


# "в рамках второй задачи", "в рамках этой задачи": the part of a programme a sentence's works fall under
_RU_WITHIN_TASK = re.compile(r"(?<!\w)в\s+рамках\s+(?:[^\W\d]+\s+){0,2}$", re.I)
# a Russian relative clause: ", которые ...", ", запуск которых ...", ", в рамках которой ..."
_RU_RELATIVE_OPEN = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?котор\w+(?!\w)", re.I)
# a consequence clause after the figure's: ", что позволит уйти от дефицита" (what the deed brings
# about, not what the figure before it is; +fs40ru)
_RU_CONSEQUENCE_OPEN = re.compile(r"\s*что\s+(?:[^\W\d]+\s+)?(?:позвол|помож)\w*(?!\w)", re.I)


def ru_outside_relative(
    text: str, cues: list[tuple[int, str]], clause: tuple[int, int]
) -> list[tuple[int, str]]:
    """The cues of a Russian sentence less those of a relative clause the figure's clause is not:
    "Среди реализуемых – 11 проектов, запуск которых позволит расширить охват": what the projects'
    launch will allow is no outlook of how many there are."""
    kept = []
    lead = _lead_before_colon(text, clause)
    for position, kind in cues:
        start, end = clause_span(text, position, position + 1)
        if start != clause[0] and _RU_RELATIVE_OPEN.match(text, start) and not start <= clause[0] < end:
            continue
        if start >= clause[1] and _RU_CONSEQUENCE_OPEN.match(text, start):
            continue
        if position < lead:
            continue
        kept.append((position, kind))
    return kept


def _lead_before_colon(text: str, clause: tuple[int, int]) -> int:
    """Where the lead before a colon ends, when the figure's clause opens right after it with a
    finite verb of its own ("Рекордным станет и число выпускников: в 11-х классах обучаются 188 900
    человек"): the lead's "станет" tells the claim, not the kind of the figure told after it (+fs38ru);
    else 0."""
    colon = text.rfind(":", 0, clause[0] + 1)
    if colon < 0 or text[colon + 1 : clause[0]].strip():
        return 0
    own = {word_tense(m.group(0).lower()) for m in re.finditer(r"[^\W\d_]+", text[clause[0] : clause[1]])}
    return colon if own & {"present", "past", "done"} else 0


def _governed_that(cues: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    """'Ожидается, что ... получат газ', 'Планируется, что ... построят': the verbs of the
    'что' clause are the forecast's or plan's, not outcomes (a plain past '-л' stays one), and
    under a forecast not plans either."""
    governed: list[tuple[int, str]] = []
    frame: str | None = None
    for position, kind in cues:
        if kind in ("forecast", "plan", "target") and _THAT_AFTER.match(text, position):
            frame = kind
        elif frame and kind == "actual" and not _PLAIN_PAST.match(text, position):
            kind = frame
        elif frame == "forecast" and kind == "plan":
            kind = frame  # "Ожидается, что ... получат": what is expected, not what is scheduled
        governed.append((position, kind))
    return governed


# "жеткізу, ал ... шығу ": a verbal noun, "ал", and another verbal noun right before the verb they share
_KAZAKH_VERBAL_NOUNS_JOINED = re.compile(r"[^\W\d_]+[уү],\s+ал\s+[^.;:!?,]*?[^\W\d_]+[уү]\s+", re.I)


def _planned_levels(reader: Reader, cues: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    """'100 мың тоннаға жеткізу жоспарлануда', '... жеткізу көзделген': a level to bring something
    to is a target only as a goal ("тапсырмасы бойынша ... жеткізу көзделген" stays one); planned or
    expected, the verb after it decides."""
    goals = [p for p, k in cues if k == "target" and not reader.level_verb.match(text, p)]
    if goals:
        return cues
    kept = []
    for index, (position, kind) in enumerate(cues):
        following = cues[index + 1] if index + 1 < len(cues) else None
        if (
            kind == "target" and following is not None and following[1] in ("plan", "forecast", "future")
            and reader.level_verb.match(text, position)
            and (
                not CLAUSE_MARKS.search(text, position, following[0])
                # "65 мың гектарға жеткізу, ал 2028 жылға дейін ... тегістеп шығу жоспарланған": two
                # verbal nouns joined by "ал" share the planning verb after the second (+fs30kk)
                or _KAZAKH_VERBAL_NOUNS_JOINED.fullmatch(text, position, following[0]) is not None
            )
            # "... жеткізу көзделген", "... жеткізу межеленген": a level a programme foresees is its goal
            # (under a plan named before it, "Жоспар бойынша ... жеткізу көзделген", the plan's)
            and not (
                _KAZAKH_FORESEEN.match(text, following[0]) and not any(k == "plan" and p < position for p, k in cues)
            )
        ):  # fmt: skip
            continue
        kept.append((position, kind))
    return kept


# perfective futures of an effect: what the works just told will do to a level (not "что обеспечит
# водой 30 сел": who is to be served, the works' own plan)
_RU_EFFECT_FUTURES = frozenset(
    (
        "снизит", "снизят", "повысит", "повысят", "сократит", "сократят", "увеличит", "увеличат",
        "уменьшит", "уменьшат", "улучшит", "улучшат",
    )
)  # fmt: skip
# from a planning verb to a later infinitive of its chain: commas, no sentence or clause end
# of another kind ("чтобы", "для", a semicolon or colon)
# the words whose infinitives are the plan's: "планируется", "запланировано", "предусмотрено обеспечить"
# (FORMAT's "is foreseen"; +kind25ru)
_RU_PLANNING_VERBS = ("планир", "запланир", "предусм")
# a plan that leads a chain of infinitives: a planning verb, or a plan named for a year before a dash
# ("План на 2025 год – обеспечить газом 55 тыс. человек, довести охват до 62,1%", "В планах на
# следующий год – подключить 14 сел"; +kind25ru)
_RU_PLAN_LEAD_AT = re.compile(
    r"(?:планир|запланир|предусм|план(?:ы|ах)?\s+на\s+[^.;:!?]{0,30}?год\w*\s*[-–—])", re.I
)
# (the stop of a scale word is no sentence end: "обеспечить газом еще 55 тыс. человек, довести ..."; +kind25ru)
_RU_INFINITIVE_CHAIN = re.compile(
    r"(?:(?!\bчтобы\b|\bдля\b)(?:[^.;:!?]|(?:(?<=тыс)|(?<=млн)|(?<=млрд)|(?<=трлн))\.))*", re.I
)
_RU_COMMA_THAT_BEFORE = re.compile(r",\s*что\s+$", re.I)
_RU_REVISED_PARTICIPLE = re.compile(r"(?:повыш|сниж|пониж|увелич|уменьш|сокращ)ен[аоы]?(?!\w)", re.I)


def _revisions(reader: Reader, cues: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    """'Нацбанк повысил прогноз до 8-9%', 'болжамын 8-9%-ға дейін көтерген': the verb revises a
    forecast, plan or target named in its clause; the figures are that forecast's, not outcomes."""
    if not any(kind != "actual" for _, kind in cues):
        return cues
    kept = []
    for position, kind in cues:
        if kind == "actual" and reader.revision.match(text, position):
            clause = clause_span(text, position, position + 1)
            # a short participle revises the plan or forecast that is its subject, named before it
            # ("план увеличен до 360 тыс.", not "выпуск увеличен до 5 млн при плане 4,8 млн")
            upto = position if _RU_REVISED_PARTICIPLE.match(text, position) else clause[1]
            if any(k not in ("actual", "plan") and clause[0] <= p < upto for p, k in cues) or any(
                k == "plan" and clause[0] <= p < upto and reader.plan_noun.match(text, p) for p, k in cues
            ):
                continue
        kept.append((position, kind))
    return kept


# "по итогам года": the year's result, an outlook for what comes to pass; but works to be handed over
# by then ("по итогам года в эксплуатацию будет сдано 15 школ", "будут построены") are scheduled, a plan
# (+kind25ru)
_RU_YEARS_RESULT_AT = re.compile(r"итогам(?!\w)", re.I)
_RU_WORKS_DONE_AHEAD = re.compile(
    r"(?:будет|будут)\s+(?:[^\W\d]+\s+){0,2}?(?:сдан|построен|введен|введён|отремонтирован|открыт|возведен|"
    r"реконструирован|модернизирован|газифицирован)[оаы]?(?!\w)",
    re.I,
)


def _futures(cues: list[tuple[int, str]], text: str, kazakh: bool) -> list[tuple[int, str]]:
    """A future verb is a forecast under a forecast ("Ожидается, что урожай составит", "ЖІӨ 5%-ға
    өседі деп болжануда": in Kazakh the forecast word may follow), else a plan. An outlook word
    ("по мнению экспертов", "пікірінше", "в результате", "нәтижесінде") makes the future verbs after
    it forecasts and is no cue of its own."""
    forecasts = [position for position, kind in cues if kind in ("forecast", "outlook")]
    planned = any(kind == "plan" for _, kind in cues)
    resolved = []
    for position, kind in cues:
        if kind == "outlook":
            continue
        if kind in ("future", "state"):
            governed = any(
                (
                    f < position
                    or (kazakh or not CLAUSE_MARKS.search(text, position, f))
                    and not (kazakh and _ability_beyond_and(text, position, f))
                )
                and not (
                    not kazakh
                    and _RU_YEARS_RESULT_AT.match(text, f)
                    and _RU_WORKS_DONE_AHEAD.match(text, position)
                )
                for f in forecasts
            ) or (kind == "future" and not kazakh and _ru_outcome_subject(text, position))
            if (
                not governed and kazakh and kind == "future" and not planned
                and kk_outcome_ahead(text, position)
            ):  # fmt: skip
                governed = True  # (not under a plan: "Жоспарға сәйкес ... өндіру көлемі ... жетеді")
            if (
                governed and kazakh and kind == "future"
                and not any(k == "forecast" for _, k in cues)
                and _kk_jobs_to_create(text, position)
            ):  # fmt: skip
                governed = False  # "Олардың арқасында 19,4 мың жұмыс орны пайда болады": jobs projects create
            kind = "forecast" if governed else ("plan" if kind == "future" else "state")
        resolved.append((position, kind))
    return resolved


# jobs as the subject: "жұмыс орны", "жұмыс орындары"
_KK_JOBS = re.compile(r"(?<!\w)жұмыс\s+(?:орн|орынд)\w*", re.I)


def _kk_jobs_to_create(text: str, position: int) -> bool:
    """'Олардың арқасында 19,4 мың жұмыс орны пайда болады': jobs that will come of what was just
    planned, after an outlook word only ("арқасында", "нәтижесінде"; no "күтілуде", "болжануда"), are
    what the projects are to create, a plan (FORMAT.md: the jobs projects will create are plan), not an
    outcome expected (+ps41kk)."""
    marks = [m.end() for m in CLAUSE_MARKS.finditer(text, 0, position)]
    return _KK_JOBS.search(text, marks[-1] if marks else 0, position) is not None


# what the economy, prices, people or visitors as a whole come to: nobody schedules it (a sum, a wage
# or a building does not count: "жалақысы 30 пайызға өседі" is a raise decided, a plan)
_KK_OUTCOME_SUBJECT = re.compile(
    r"(?<!\w)(?:ЖІӨ|ЖӨӨ|(?:жалпы\s+)?(?:ішкі|өңірлік)\s+өнім(?:і|нің)?|инфляция(?:сы|ның|\s+деңгейі)?"
    r"|экономика(?:сы|мыз|ның|\s+өсімі)?|(?:тұтыну\s+)?бағалар(?:ы|дың)?|бағасы|халық\s+саны|халқының\s+саны"
    r"|тұрғындар\s+саны|туристер(?:дің)?\s+(?:саны|ағыны)|туристік\s+ағын(?:ы)?"
    # a sector's output or trade as a whole ("кірпіш өндірісі", "мұнай өндіру көлемі", "экспорт көлемі"),
    # as Russian reads "объем промышленности увеличится"
    r"|өндірісі|өндірісінің|өндіру\s+көлемі|өндіріс\s+көлемі|экспорт(?:тың|ы)?\s+көлемі|тауар\s+айналымы)(?!\w)",
    re.I,
)
# a passive or causative aorist is a deed someone will do ("көтеріледі", "жеткізіледі", "ұлғайтылады")
# ("азайтады", "төмендетеді": a causative "-т" after a vowel of a longer stem; "жетеді", "артады" are no such)
_KK_DONE_BY_SOMEONE = re.compile(r"(?:[ыі]л|[ыі]н|[тд][ыі]р|\w{3,}[аеәыіуй]т)(?:ады|еді)$", re.I)


def kk_outcome_ahead(text: str, position: int) -> bool:
    """'2018 жылы туристер саны 4-5 пайызға артады', 'Биыл ЖІӨ 5%-ға өседі': a Kazakh aorist of
    growth or change whose subject, earlier in its clause, is the economy, prices, the population or
    the visitors' count tells an expected outcome, a forecast (FORMAT.md), as Russian reads "инфляция
    замедлится" (economy_subject); not a passive or causative deed ("бағасы 5%-ға көтеріледі")."""
    verb = re.match(r"[^\W\d_]+", text[position:])
    if verb is None or _KK_DONE_BY_SOMEONE.search(verb.group(0)):
        return False
    marks = [m.end() for m in CLAUSE_MARKS.finditer(text, 0, position)]
    return _KK_OUTCOME_SUBJECT.search(text, marks[-1] if marks else 0, position) is not None


# what no one schedules, only expects: a harvest, the grain gathered ("урожай будет больше на 15%",
# "сбор зерна составит 20 млн тонн"), as GDP and inflation (economy_subject)
_RU_OUTCOME_NOUN = re.compile(
    r"(?<!\w)(?:урожа[йяюе]\w*|(?:валов\w+\s+)?сбор\w*\s+(?:зерн|урожа|пшениц|хлопк)\w*|намолот\w*"
    # "объем обрабатывающей промышленности в год увеличится на 2,3 трлн": a sector's output, an outcome
    r"|объ[её]м\w*\s+(?:[^\W\d]+\s+)?(?:промышленност|обрабатывающ|экспорт|импорт|товарооборот)\w*)(?!\w)",
    re.I,
)
_RU_POWER_OUTCOME_NOUN = re.compile(
    # the power a region or country as a whole will make or lack ("выработка электроэнергии в области
    # вырастет в десять раз", "недостаток электроэнергии будет колебаться от 125 млн до 330 млн кВт·ч";
    # not a plant's design output, "станция будет вырабатывать 500 млн кВт·ч")
    r"(?<!\w)(?:(?:выработк|производств)\w*\s+электроэнерги\w*\s+в\s+(?:област|регион|стран|республик|Казахстан)\w*"
    r"|(?:дефицит|недостат)\w*\s+(?:электроэнерги|энергомощност|(?:генерирующ\w+\s+)?мощност)\w*)(?!\w)",
    re.I,
)
# a deed someone will do to that power: the third person plural with no subject ("производство ...
# увеличат на 2 млрд кВт·ч") or a passive ("будет увеличена на 30%"), not "вырастет", "будет колебаться"
_RU_DONE_TO_IT = re.compile(
    r"(?:(?:будет|будут)\s+)?(?:[^\W\d]+(?:[её]н|[ая]н)[аоы]?|[^\W\d]+(?:ат|ят|ут|ют))(?!\w)", re.I
)


def _ru_outcome_subject(text: str, position: int) -> bool:
    """A future verb at position whose clause names an outcome before it (the economy, a harvest):
    what will be is expected, a forecast, not a plan."""
    clause = clause_span(text, position, position + 1)
    return bool(
        _RU_OUTCOME_NOUN.search(text, clause[0], position) or economy_subject(text, clause[0], position)
    ) or (
        _RU_POWER_OUTCOME_NOUN.search(text, clause[0], position) is not None
        and _RU_DONE_TO_IT.match(text, position) is None
    )


# "жоспарлау басқармасы", "... жоспарлау бөлімінің", "Стратегиялық жоспарлау және реформалар агенттігі"
_KAZAKH_OFFICE_AFTER = re.compile(
    r"(?:\s+және\s+[^\W\d_]+)?\s+(?:басқарма|бөлім|департамент|комитет|министрлі|агенттіг|орталығ|институт|мекеме)\w*",
    re.I,
)
_KAZAKH_COPULA_PAST = frozenset(("құрады", "құраған", "болды", "болған"))
_KAZAKH_PROJECTED = re.compile(r"(?<!\w)болжамды(?!\w)", re.I)  # "болжамды жалпы түсімі": the projected yield
# the past of change verbs derived with -да/-де/-та/-те (their aorist is "төмендейді", "қымбаттайды")
_KAZAKH_DERIVED_PAST = re.compile(r"(?:төменде|жеделде|баяула|қымбатта|арзанда|тұрақта)(?:ді|ды)", re.I)
_KAZAKH_AND = re.compile(r"\sжәне\s")
_KAZAKH_TIME_NAMED = re.compile(r"(?<!\w)(?:биыл\w*|келесі|жыл(?:ы|ға|да|дың)|айында|тоқсан\w*)(?!\w)", re.I)
# the next clause opening on what is to come: ", болашақта", ", ал алдағы уақытта"
_KAZAKH_THEN_AHEAD = re.compile(r"\s*,\s*(?:ал\s+)?(?:болашақта|алдағы\s+(?:уақытта|жылдары))(?!\w)", re.I)
# what a programme foresees or sets as a bar ("көзделген", "көздеп отыр", "межеленген"), not what is
# scheduled ("жоспарланған" stays a plan)
_KAZAKH_FORESEEN = re.compile(r"(?:көзде|межеле)", re.I)
_KAZAKH_LEVEL_TO_BEFORE = re.compile(
    r"(?<!\w)дейін\s+(?:азайту|төмендету|қысқарту|арттыру|ұлғайту|көбейту|кеміту|көтеру)\s+$", re.I
)
# the capacity "позволит довести" brings a facility to: "довести мощность станции до", "довести его
# пропускную способность до", "довести производительность до"
# (after a pronoun or an adjective only: "довести долю мощностей ВИЭ до 15%" is a share, a goal's level)
_RU_CAPACITY_OBJECT = re.compile(
    r"\s+(?:(?:его|её|ее|их|[^\W\d]+(?:ую|юю))\s+){0,2}(?:мощност|пропускн\w*\s+способност|производительност)\w*",
    re.I,
)
_RU_NOT_BEFORE = re.compile(r"(?<!\w)не\s+$", re.I)
# "при плановом показателе", "при плановом уровне", "при плановом значении"
_RU_INDICATOR_NEXT = re.compile(r"\s+(?:показател|уровн|значени|индикатор)\w*", re.I)
# the outcome a plan is set beside, told before it ("выросла до 31% при плане 28%"; not a year, and not
# "При плане 95% охват составил 97%", the plan told first)
_RU_OUTCOME_FIGURE_BEFORE = re.compile(r"\d\s*%|\d\s+(?!год|г\.)[^\W\d]", re.I)
# "при плане ... выполнен", a plan met told after it
_PLAN_DONE_AFTER = re.compile(r"[^.;:]{0,40}?(?:выполнен|перевыполнен)", re.I)
# "жоспар 101,5%-ға орындалды", "жоспардың 102,6%-ы", "жоспарға қарағанда", "план выполнен на 101%"
# ("жылдық жоспарлар толық орындалған", "белгіленген жоспардың 60 пайызы": fully met, a share of it)
_PLAN_MET = re.compile(
    r"(?:\s+\d[\d\s,.]*%?(?:-\w+)?)?\s+(?:асыра\s+|толық\s+|толығымен\s+|полностью\s+)?"
    r"(?:орындал|выполнен|перевыполнен)|\s+(?:қарағанда|салыстырғанда)"
    r"|\s+\d[\d\s,.]*\s?(?:%|пайыз)"
    # "жоспарланған көлемнің 60,7%-ы": a share of the planned volume, how far it was met
    r"|\s+[^\W\d]+(?:ның|нің|дың|дің|тың|тің)\s+\d[\d\s,.]*\s?(?:%|пайыз)"
    # "жоспардағы көлемнен 1,5%-ға артық": by how much the planned volume was exceeded
    r"|\s+[^\W\d]+(?:нан|нен|дан|ден|тан|тен)\s+\d[\d\s,.]*\s?(?:%|пайыз)"
    # "жоспарланған көрсеткіштен 7 млрд сомониге артық": an amount beyond (or short of) the planned
    # figure, an outcome set against the plan
    r"|\s+[^\W\d]+(?:нан|нен|дан|ден|тан|тен)\s+\d[^.;:()]{0,40}?\s(?:артық|кем|жоғары|төмен)(?!\w)",
    re.I,
)
# "может достигать", "могут составлять": an imperfective level verb after the modal is what a
# rule allows ("может достичь", perfective, stays a forecast)
# waiting in a queue ("очереди на жилье ожидают", "жилья ожидают"; not "аналитики ожидают роста"), or
# waiting for a home named after the verb ("ожидают получения жилья", "ожидает предоставления квартиры")
WAITING_IN_LINE_PATTERN = (
    r"(?:очеред|жиль|квартир)\w*\s+(?:[^\W\d]+\s+){0,2}ожида(?:ет|ют)(?!\w)|"
    r"ожида(?:ет|ют)\s+(?:получения|предоставления|выделения)\s+(?:[^\W\d]+\s+)?(?:жиль|квартир|участк)|"
    # "655 тысяч казахстанцев ожидают жилье", "ожидают своей очереди" (+real29ru): who waits, not an outlook
    r"ожида(?:ет|ют)\s+(?:(?:сво\w+|арендн\w+|социальн\w+|государственн\w+)\s+)?(?:жиль|квартир|очеред)"
)
WAITING_IN_LINE = re.compile(rf"(?<!\w)(?:{WAITING_IN_LINE_PATTERN})", re.I)
# a phrase naming what a deed was based on: "в соответствии с", "с учетом", "исходя из", "согласно"
# "болжамды инфляция деңгейіне сай", "болжамды деңгейіне сәйкес": in line with a forecast level, a basis
_KAZAKH_BASIS_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:деңгей|мөлшер|көрсеткіш)\w*?(?:ге|не|іне|ына|ға)\s+(?:сәйкес|сай)(?!\w)",
    re.I,
)
_RU_BASIS_BEFORE = re.compile(
    # ("проиндексирована на 6,5%, то есть на уровень прогнозной инфляции": the level indexed to)
    r"(?<!\w)(?:в\s+соответствии\s+с|с\s+уч[её]том|исходя\s+из|согласно|на\s+основе|на\s+уровень)\s+$",
    re.I,
)
# a relative clause opened right before its verb: ", где этот показатель", ", в которых доля"
_RU_WHERE_CLAUSE_OPEN = re.compile(r",\s+(?:где|(?:в\s+|у\s+)?котор\w+)\s[^,;.\d]*$", re.I)
_LIMIT_AFTER = re.compile(r"\s+(?:достигать|составлять|доходить|превышать)\b", re.I)
_CAN_HANDLE = re.compile(
    r"\s+(?:одновременно\s+)?(?:принять|принимать|вместить|вмещать|хранить|обрабатывать|перерабатывать|"
    r"выпускать|производить|обслуживать|пропускать)\b",
    re.I,
)
_CAN_ACCESS = re.compile(
    r"\s+(?:теперь\s+|уже\s+)?(?:попасть|попадать|обратиться|обращаться|воспользоваться|пользоваться|"
    r"использовать|участвовать|записаться|встать|подать|оформить)\b",
    re.I,
)
_THAT_AFTER = re.compile(r"\w+,?\s+что\b", re.I)  # "Ожидается, что", "прогнозируется, что"
_PLAIN_PAST = re.compile(r"\w+(?:л|ла|ло|ли)(?:сь|ся)?\b", re.I)
_AMOUNT_VERB = re.compile(r"(?:составлял|составил|предусматривал|предусмотрел)[аио]?$")
# a utility that comes to homes or villages: "питьевая вода", "газ", "интернет"
_RU_UTILITY_BEFORE = re.compile(
    r"(?<!\w)(?:вода|газ|электричество|электроэнергия|свет|интернет|связь|тепло)(?!\w)", re.I
)
# the participle that puts a goal's value beside it: "ориентир ..., составляющий 15,9 млн", "составлявший"
_RU_GOAL_APPOSITION = re.compile(r"составля(?:ющ|вш)(?:ий|ая|ее|ие|его|ей|их|им)")
_INFINITIVE = re.compile(r"(?:ть|ти|чь)(?:ся)?$")
# the rest of a short name in quotes: up to three more words, then the closing quote
# ("«Ауыл – Ел бесігі»": a dash between the name's words too)
_QUOTED_NAME_END = re.compile(r"(?:(?:\s[—–])?[\s-][^\W\d_]+){0,3}»")
# a Russian short passive participle: "модернизированы", "построены", "отремонтировано", "сдан"
_RU_SHORT_PARTICIPLE = re.compile(r"[^\W\d_]{4,}(?:[её]н|ан|ян)[аоы]?")
# ("проведён", "завершён"; "засеяно", "посеяны": a short participle of a "-ять" stem; "прошли",
# "вошёл": the past of "-йти" verbs)
_RUSSIAN_PAST = re.compile(
    r"(?:(?:ил|ал|ел|ыл|ял|ен|ён|ан|ян|ят)[аоиы]?|(?:рос|стиг)(?:л[аои])?|шл[аои]|шёл)(?:сь|ся)?$"
    # the short passive participles of "-крыть", "добыть", "-стигнуть": "открыто 182 тысячи мест",
    # "добыто нефти", "достигнуты" (a done deed, as "построено"; the masculine "открыт" is left alone)
    r"|[^\W\d_]{2,}(?:ыт|нут)[аоы]$"
)
# nouns ending as those participles ("опыта", "рынки сбыта", "минуты") or as a short participle in
# "-ан" ("срока плана": no "составлена")
_RU_PARTICIPLE_LOOKALIKES = re.compile(r"(?:опыт|сбыт|быт|копыт|корыт|[^\W\d_]*минут|план)[аоы]", re.I)
# The passive aorist ("сал-ын-ады", "бер-іл-еді", "төле-н-еді") and the aorist of a vowel stem
# ("аяқта-й-ды", "төменде-й-ді"); the past of a vowel stem is "-ды" alone ("аяқтады", "төледі").
# ("құйды", "сүйді": the past of a stem in -й after a rounded vowel, no aorist)
# ("жұмса-л-ады": the passive aorist of a vowel stem; not "қалады", "салады", "алады")
_KAZAKH_AORIST = re.compile(r"(?:[ыі][лн]|[аеә]н)(?:ады|еді)$|[аеәыі]й(?:ды|ді)$|\w{3,}[аеә]л(?:ады|еді)$")
# Verb forms no noun takes: the passive past ("салынды", "берілді"), "-тты/-тті" ("артты", "жетті"),
# the participle ("жиналған") and the aorist ("салынады", "аяқтайды").
_KAZAKH_VERB_BEFORE_COMMA = re.compile(
    r"(?:[ыі][лн]|[аеә]н)(?:ды|ді)$|тт[ыі]$|[ғгқк][ае]н$|(?:ады|еді|йды|йді)$"
    r"|\w{3,}[аеә]л(?:ды|ді)$"  # the passive past of a vowel stem ("жиналды", "төленді" above), not "малды"
)
# the first person's past of a verb of giving, spending or doing ("бердік", "жұмсадық", "салдық",
# "жөндедік"; a stem list, since "-дық/-дік" also makes adjectives: "қоғамдық", "салалық")
_KAZAKH_WE_DID = re.compile(
    r"^(?:бер|бөл|сал|ал|аш|жұмса|төле|жаса|өткіз|жөнде|жеткіз|шығар|тарт|құр|енгіз|жаңарт|қамты|бағытта|сатып\s+ал)"
    r"(?:дық|дік|тық|тік|дым|дім|тым|тім)$"
)
# "әзірленіп, ..." or "жобаланып, ...": a converb chained to the next clause, whose verb is a simple past
# ("... әзірленіп, 24 млрд теңгеге бюджеттік өтінім дайындалды"), not work still being prepared
# ("жобасы әзірленіп, ... жұмыстары жүргізілуде")
_KAZAKH_PREPARED_THEN_DONE = re.compile(
    r"(?:әзірленіп|жобаланып),\s[^.;:,]{0,120}?[^\W\d_]{2,}(?:лды|лді|нды|нді|ылды|ілді)(?=[\s»\"')]*(?:[.;!?]|$))",
    re.I,
)
# ("өтетіндігін", "салынатындығын": the same with "-дық" before the possessive)
_KAZAKH_WILL_THAT = re.compile(r"(?:атын|етін|йтын|йтін)(?:дығ|діг)?(?:ы|і|ын|ін)$")
_KAZAKH_REPORTED_LATER = re.compile(
    r"(?:атын|етін|йтын|йтін)(?:ы|і|ын|ін)\s+(?:айтты|хабарлады|мәлімдеді|атап\s+өтті)"
)
# a verbal noun in the dative before "арналған" ("салуға", "беруге"): for doing something
# (not "206 мың оқушыға арналған", what a building is for)
_KAZAKH_PURPOSE_BEFORE = re.compile(r"\w(?:уға|уге|уына|уіне)\s+$")
# a verbal noun in the ablative before "өтеді": "жөндеуден", "тексеруден", "сынақтан"
# a noun in the locative right before the verb ("алқапта", "Астанада", "ауданында")
_KAZAKH_LOCATIVE_BEFORE = re.compile(r"[^\W\d_]{3,}(?:да|де|та|те)\s+$")
_KAZAKH_UNDERGO_BEFORE = re.compile(r"[^\W\d_]{3,}(?:уден|удан|ақтан|ектен|нан|нен)\s+$")
# the past participle in the accusative, what a report says happened ("кеңейгенін", "құрағанын")
_KAZAKH_REPORTED_PAST = re.compile(r"\w{2,}(?:ған|ген|қан|кен)(?:ын|ін|дығын|дігін)$")
# the negative aorist ("аспайды", "жетпейді"): a state ("-майтын" participles are not verbs that end a clause)
_KAZAKH_ABOUT_TO = re.compile(r"\w{3,}(?:ғалы|гелі|қалы|келі)$")  # "салынғалы отыр": about to
_KAZAKH_SITS = re.compile(r"\s+отыр(?:ған|мыз|сыз)?(?!\w)")
_KAZAKH_NEGATIVE_AORIST = re.compile(r"\w{2,}[мбп][аеә]йд[ыі]$")
# a rate per day, per year or an average: "күніне", "тәулігіне", "жылына", "орта есеппен"
# paying or selling at a price per unit ("теңгеден", "тиыннан": the ablative of a unit price) tells the
# price that holds now, a habit of the aorist ("Тұрғындар квт-на 17 теңге 29 тиыннан төлейді")
# ("184 теңгеден сатамыз": a seller's "we sell at", the price it asks now)
_KAZAKH_UNTIL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d[-\s]?(?:жылға|ж\.)\s+дейін(?!\w)", re.I)
# "болуы керек", "келуі тиіс": must be, must come (a level, not a deed; "шамасында болуы керек" is a guess)
# (and with the dative, "болуға тиіс", "келуге тиіс": the same must, +ps42kk)
_KAZAKH_MUST_BE = frozenset(("болуы", "келуі", "болуға", "келуге"))
# the verbal noun before "тиіс" / "керек", possessive or dative: "беруі тиіс", "аударуға тиіс" (+ps42kk)
_KAZAKH_MUST_NOUN_ENDS = ("уы", "уі", "уға", "уге")
# the dative of a verbal noun before "тиіс" / "керек": "жетуге", "құрауға" (one must reach, as "жетуі")
_KAZAKH_VERBAL_DATIVE = re.compile(r"(?<=[уюү])(?:ға|ге)$")
_KAZAKH_PAID_AT = frozenset(("төлейді", "төленеді", "сатылады", "сатады", "сатамыз", "төлейміз"))
_KAZAKH_PRICE_PER_UNIT = re.compile(r"(?:теңгеден|тиыннан)(?!\w)", re.I)
_KAZAKH_PER_UNIT = re.compile(r"(?<!\w)(?:күніне|тәулігіне|жылына|айына|орта\s+есеппен)(?!\w)", re.I)
_KAZAKH_CONTRAST_AFTER = re.compile(r",\s+(?:ал|алайда|бірақ|дегенмен)\s", re.I)
# a noun of a goal or an instruction ("тапсырмасына сәйкес", "міндетіне", "мақсаты"), not a verbal noun of a level
# a deed named as a verbal noun in the accusative: "талдауды", "бастауды", "жеделдетуді" (what is tasked)
_KAZAKH_TASKED_DEED = re.compile(r"[^\W\d_]+[уү](?:ды|ді)(?!\w)", re.I)
_KAZAKH_GOAL_NOUN = re.compile(r"(?:тапсырма|міндет|мақсат)", re.I)
# a purpose clause: a verbal noun before "үшін" ("құтылу үшін", "шектемеу үшін"; not "Салыстыру үшін", for comparison)
_KAZAKH_PURPOSE = re.compile(r"(?<!\w)(?!салыстыру\b)[^\W\d_]{2,}[уү]\s+үшін(?!\w)", re.I)
# before "керек": "Айта кету керек", "Атап өту керек", "Еске салу керек", a note to the reader (not
# "мектеп салу керек", "жөндеуден өту керек": a deed that must be done)
_KAZAKH_TO_NOTE = re.compile(r"(?<!\w)(?:айта\s+кету|атап\s+өту|еске\s+салу)\s+$", re.I)
_KAZAKH_THIS = frozenset(("бұл", "осы", "сол", "аталған", "мұндай"))
# "мақсатқа арналған", "мақсатта пайдаланылатын": intended or used for a purpose
_KAZAKH_MEANT_FOR = re.compile(r"\s+(?:арнал|пайдаланыл|қолданыл)\w*")
_KAZAKH_WITHIN_TASK = re.compile(r"(?<=тапсырмасы)\s+аясында(?!\w)")
_KAZAKH_AS_TASKED = re.compile(r"(?<=тапсырмасына)\s+сәйкес(?!\w)")
# "тапсырмасы толық орындалды", "тапсырма орындалып": the instruction carried out, no goal still ahead
# (the subject itself, not "тапсырмасының орындалу мерзімі": the term of carrying it out)
_KAZAKH_TASK_NOMINATIVE = frozenset(("тапсырма", "тапсырмасы", "тапсырмалар", "тапсырмалары"))
_KAZAKH_TASK_FULFILLED = re.compile(
    r"\s+(?:толық\s+|толықтай\s+|толығымен\s+|түгел\s+)?орындал(?!у|ады|атын|мақ)\w*", re.I
)
# a sentence that ends on work going on: "іске асырылуда", "жүргізіліп жатыр"
_KAZAKH_GOING_ON_END = re.compile(r"[^\W\d_]{3,}(?:уда|уде)[\s.!»\"]*$|\s(?:жатыр|жатқан)[\s.!»\"]*$")
_KAZAKH_CHANCE_GIVEN = re.compile(r"(?<=мүмкіндік)\s+(?:берді|берген|туды|туған)(?!\w)")
# a number right before the word: the word is the thing counted ("4 міндет")
_KAZAKH_COUNTED_BEFORE = re.compile(r"(?<![\d,.])\d+\s+$")
# "айқындалды", "белгіленді": set, told done, of a forecast named before it ("Кіріс болжамы ...")
_KAZAKH_SET_DONE = frozenset(("айқындалды", "белгіленді", "есептелді", "бекітілді"))
_KAZAKH_FORECAST_NOUN = re.compile(r"(?<!\w)болжам(?:ы|дары|ға|\s+бойынша)?(?!\w)", re.I)
# "ниет білдірді", "ниет білдірген": a wish told as expressed, a deed done, no plan of a figure
_KAZAKH_WISH_EXPRESSED = re.compile(r"\s+білдір(?:ді|ген|іп|гендер)\w*")
# an approximation: "шамасында", "шамамен", "орта есеппен", "жуық"
# the converb of a change ("арттыра", "ұлғайта", "көбейте", "азайта", "қысқарта", "төмендете", "өсіре")
_KAZAKH_CHANGE_CONVERB = re.compile(r"(?:арттыр|ұлғайт|көбейт|азайт|қысқарт|төмендет|өсір|жеткіз)[аеә]")
# the past of a stem in -та/-те after a consonant ("аяқтады", "тоқтады", "бастады"; not "артады", "кетеді")
_KAZAKH_T_STEM_PAST = re.compile(r"[тқкс]т(?:ады|еді)$")
_KAZAKH_DA_STEM_PAST = re.compile(r"[^\W\d_]{2,}(?:дады|деді)$")
_KAZAKH_TOLD_OBJECT_BEFORE = re.compile(r"[^\W\d_]{2,}(?:нын|нін)\s+$")
_KAZAKH_SHARE = re.compile(r"\d\s?%|\d\s+(?:пайыз|процент)", re.I)  # a percent figure: a share or a level
_KAZAKH_ABOUT = re.compile(r"(?<!\w)(?:шамасында|шамамен|шамалы|шақты|орта\s+есеппен|жуық)(?!\w)", re.I)
# (and "мүмкін емес", impossible: "Есептегіштерді орнату мүмкін емес үйлерде ... 4 946 теңгені құрайды"
# names the houses, no hedge on the figure)
_KAZAKH_WAS_POSSIBLE = re.compile(r"\s+(?:болды|болған|емес)(?!\w)")
# "міндетті әлеуметтік медициналық сақтандыру", "міндетті түрде": compulsory, an adjective, no goal
# (not "қойған міндетті – ... төмендетуді", the task in the accusative)
_KAZAKH_COMPULSORY = re.compile(
    r"\s+(?:әлеуметтік|медициналық|зейнетақы|сақтандыру|түрде|жарна|тексеру|егу|вакцина)", re.I
)
_KAZAKH_INTENTION = re.compile(
    r"(?:мақ|мек|бақ|бек|пақ|пек)(?:шы|ші)?(?P<person>пыз|піз|пын|пін|мыз|міз|сыз|сіз|сың|сің)?$"
)
_KAZAKH_COPULA_BEFORE = re.compile(r"(?<!\w)болып\s+$", re.I)  # "болып табылады": is (a copula)
_KAZAKH_NEGATIVE = re.compile(r"[мбп][аеә]йт[ыі]н")  # "орындай алмайтынын": that it will not
# (an opening bracket after a verb starts an aside: "пайдалануға берілді (2023 жылы 17,8 млн ...)")
_KAZAKH_CLAUSE_END = re.compile(
    r"\s*(?:[.,;:!?)—–-]|\((?!\s*[+-]?\d)|\((?=\d{4}\s+жыл)|$|еді\b|деп\b|болатын\b"
    # "... жұмыс орны ашылады деген сөз", "... тапсырылады деген жоспар бар": the clause the words name
    r"|деген\s+(?:сөз|жоспар|міндет|мақсат|болжам|сенім)\b)"
    # a quote closed after its verb: "... кәсіпорын құрылады», – деді"
    r"|[»”\"]\s*[.,;:!?—–-]"
)
# the active aorist of a consonant stem of deeds ("іске қосады", "зауыт ашады", "қаражат бөледі",
# "құрылысы бітеді", "жұмысқа орналасады"): a
# stem list, since "-ады/-еді" after a vowel stem is the past ("жасады", "хабарлады")
_KAZAKH_RISES_BEFORE = re.compile(r"(?<!\w)бой\s+$", re.I)  # "бой көтереді": rises (a building)
# "жүзеге асады", "іске асады": will come about, the intransitive twin of "жүзеге асырылады" (+ps41kk;
# a bare "асады" exceeds: "мыңнан асады", a state)
_KAZAKH_COMES_ABOUT_BEFORE = re.compile(r"(?<!\w)(?:жүзеге|іске)\s+$", re.I)
_KAZAKH_ACTIVE_AORIST = re.compile(
    r"^(?:қос|аш|сал|бөл|тарт|енгіз|өткіз|тапсыр|жүргіз|орнат|бағытт|біт|орналас)(?:ады|еді)$"
)
# the first person plural aorist: "іске қосамыз", "саламыз", "аяқтаймыз" (what we will do); not a noun
# of ours ending in a vowel ("қаламыз", "баламыз")
# (two-letter stems of deeds too: "мектеп ашамыз", "техника аламыз", "көшет егеміз", +fs40kk)
_KAZAKH_WE_WILL = re.compile(r"^(?:\w{3,}|аш|ал|ег)(?:амыз|еміз|аймыз|ейміз)$")
_KAZAKH_OUR_NOUNS = frozenset(("қаламыз", "баламыз", "даламыз", "анамыз", "ағамыз", "әкеміз", "ортамыз"))
# a word right after, in the same clause: what an attribute qualifies
# "мүмкіндік беретін": an attribute of the projects, what they are to bring (FORMAT.md: the jobs projects
# will create are plan), not an outlook of the sentence
_KAZAKH_CHANCE_GIVING = re.compile(r"\s+беретін(?!\w)", re.I)
_KAZAKH_NOUN_AFTER = re.compile(r"\s+[^\W\d_]{3,}")
# what an attribute stands before: a noun, or the amount of the noun ("қажетті 408 тонна жанармай")
# a clause told as what someone said, its participle in the accusative ("қамтылатындығын",
# "салынатынын", "артқанын", "тең екенін"): "жеткізді" after it conveys, it delivers nothing
_KAZAKH_TOLD_CLAUSE = re.compile(r"\w{2,}(?:тын|тін|ған|ген|қан|кен|екен)(?:ын|ін|дығын|дігін|н)$")
_KAZAKH_CONVEYED_AFTER = re.compile(r"\s+жеткіз(?:ді|еді|ген)(?!\w)", re.I)
# "ескерілген" after a verbal noun: a deed a programme or budget provides for
_KAZAKH_PROVIDED_FOR = frozenset(("ескерілген", "ескерілді", "ескеріліп", "ескерілуде"))
_KAZAKH_ATTRIBUTE_HEAD_AFTER = re.compile(r"\s+(?:[^\W\d_]{3,}|\d)")
# the crop still to be gathered as the subject: "жалпы жиналатын астық", "бастырылатын бидай көлемі" (not
# "жиналатын алаң", the area to harvest, a size already known)
# a plan named as the subject, the figure right after it: "жылдық жоспар 19,2 млн шаршы метрді құрайды",
# "Биылғы жоспары 400 мың тонна болады", "2024 жылы жоспар 15,5 млн шаршы метр болды" (not "жоспардың
# 98%-ын", a share met; nor "жоспар 101%-ға орындалып, ... болды": how far it was met)
_KK_PLAN_AS_SUBJECT = re.compile(
    # (no comma of a clause between: "жоспар 15,5 млн болса, нақты көрсеткіш 19,1 млн құрады" is the deed's)
    r"(?<!\w)(?:жоспар|жоспары|жоспарлы\s+көрсеткіш(?:і)?)\s+(?:[^\W\d]+\s+){0,2}\d(?:,\d|[^.;,])*$",
    re.I,
)
KK_HARVEST_AHEAD = re.compile(
    r"(?<!\w)(?:жиналатын|бастырылатын|жиналуы\s+күтілетін)\s+(?:[^\W\d]+\s+)?"
    r"(?:астық|егін|дән|бидай|арпа|өнім|мақта|картоп|көкөніс)\w*(?!\s+(?:алаң|алқаб|көлемінің\s+алаң))",
    re.I,
)


def _sentence_clause_start(text: str, position: int) -> int:
    """Where the Kazakh sentence part holding position begins: after the last full stop, or a
    semicolon or an opening quote before it (a subject may sit before a bracket or a comma)."""
    return max(text.rfind(mark, 0, position) for mark in (".", ";", "«", '"', "\n")) + 1


# "жеткізу" naming delivery itself (its point, distance, cost, schedule, works), not "X-ға жеткізу", bringing
# a measure up to a level
# a dash right after the word: what comes after it is the label's figure ("экспортқа жеткізу – 9,5%-ға")
_KAZAKH_DASH_AFTER = re.compile(r"\s*[–—-]\s")
# right after "қол жеткізу": its case ending, then the ability it is the object of ("... қол жеткізуіне
# мүмкіндік береді", "қол жеткізуге мүмкіндік бермек")
_KAZAKH_ABILITY_AFTER = re.compile(r"\w*\s+мүмкіндік(?!\w)", re.I)
_KAZAKH_DELIVERY_NOUN = re.compile(r"\s+(?:пункт|қашықтығ|құн|кесте|жұмыс|тәсіл|жол|арна|мерзім)\w*", re.I)
# "Жоба іске қосылса, жылына 1,2 млн тонна шығарады", "пайдалануға берілсе": once the plant runs, what it
# will make or employ (a plan; a past verb after it still tells a deed)
_KAZAKH_ONCE_RUNNING = frozenset(("қосылса", "қосылғанда", "берілсе"))
# a quote's attribution right after its last verb: "... іске қосады, — деді ол", "... құрылады», –
# деді аймақ басшысы": the verb ended the quoted sentence, not a clause inside a list
_KAZAKH_SAID_AFTER = re.compile(r"\s*[»”\"]?\s*,?\s*[—–-]\s*(?:деді|дейді|делінген|деп)(?!\w)", re.I)


# nouns with a participle's ending ("двух стран", "цель страны", "граждан"): no verb; "расположено":
# where something is, no deed
# (nouns in "-ена": "замена", "смена", "отмена" of lifts or pipes are no participle)
# (nouns in "-ен(а)": "цены", "смены", "стены" are no short participle: "повышение цены на 5 тенге
# ожидается" is an outlook, not a deed)
# (the genitive plural of who people are, "сельчан", "горожан", "крестьян", "россиян", is no "-ан"
# participle; +fs39ru)
_NOT_PAST = re.compile(
    r"(?:стран|граждан|казахстан|океан|экран|расположен|(?:за|с|от|под)мен|цен|сцен|смен|стен|арен)[аыоу]?"
    r"|[^\W\d_]{2,}(?:чан|жан|ьян|иян)"
)


# the third person plural of a prefixed perfective: a future ("построят", "подключат", "проведут",
# "откроют", "предоставят", "прекратят"); not the imperfectives of going, carrying, holding and standing
# ("производят", "приходят", "содержат", "зависят") nor nouns ("валют", "маршрут")
_PERFECTIVE_FUTURE = re.compile(
    r"(?:вы|за|от|по|при|про|пре|пере|под|раз|рас|со|с|у|об|о|до|на|в)[^\W\d_]{2,}"
    r"(?:[^аяуеоюи]ят|[жчшщ]ат|[^аяуеоюи]ут|оют)"
)
_IMPERFECTIVE_STEM = re.compile(
    r"(?:ход|вод|воз|нос|держ|леж|вис|сто|сид|вид|прос|глас|зна|звуч|знач|плат|ютс)[яа]т$|^(?:валют|салют|приют|уют)$"
)


# word -> _russian_verb_kind: the answer depends on the word alone, and news repeats its words
# (bounded, as the words of a whole archive are many)
_RUSSIAN_VERB_KINDS: dict[str, str | None] = {}
_KNOWN_VERBS = 50_000


def _russian_verb_kind(word: str) -> str | None:
    known = _RUSSIAN_VERB_KINDS
    if word in known:
        return known[word]
    kind = _read_russian_verb_kind(word)
    if len(known) < _KNOWN_VERBS:
        known[word] = kind
    return kind


def _read_russian_verb_kind(word: str) -> str | None:
    # ("от продажи основного капитала", "материала", "сигнала": nouns ending like a past verb, as the
    # tense reader lists them)
    if (
        _NOT_PAST.fullmatch(word)
        or _RU_PAST_LOOKALIKE_NOUNS.fullmatch(word)
        or _RU_PARTICIPLE_LOOKALIKES.fullmatch(word)
    ):
        return None
    aspect = perfective_future(word)
    if aspect or (
        aspect is None and _PERFECTIVE_FUTURE.fullmatch(word) and not _IMPERFECTIVE_STEM.search(word)
    ):
        return "future"  # the dictionary's aspect first; the stem rule for words it does not know
    # "составил", "введено", "выросли"; "помогло" (a consonant stem's past the endings miss)
    return "actual" if _RUSSIAN_PAST.search(word) or dictionary_past(word) else None


def _kazakh_verb_kind(
    word: str, text: str, end: int, habitual: bool = False, reported_after: re.Pattern[str] | None = None
) -> str | None:
    """A Kazakh verb ends its clause; the same endings on a word inside it mark a case
    ("жұмысты" is an object, not "worked"). Before a comma only unmistakable verb forms count:
    lists of nouns in the accusative ("жолды, үйді") are separated by commas too. `reported_after`
    finds a verb of saying after the word; it is read only for a "that it will be" form."""
    # (the endings every match of a word pattern has are tested first: a word of a clause rarely has them)
    if word.endswith(("ын", "ін")) and _KAZAKH_REPORTED_PAST.search(word):
        return "actual"  # "12,5 мың гектарға кеңейгенін еске салып": reported as done, whatever is asked next
    if word in KK_MEANS and _KAZAKH_REPORTED_PAST.search(text, 0, max(0, end - len(word) - 1)):
        return None  # "20 пайызға артқанын білдіреді": means what the participle told, no time of its own
    will_that = (
        ("тын" in word or "тін" in word)  # (in every match: "атын", "етін", "йтын", "йтін")
        and _KAZAKH_WILL_THAT.search(word) is not None
        and not _KAZAKH_NEGATIVE.search(word)
    )
    if will_that and (
        (reported_after is not None and reported_after.match(text, end))
        or _KAZAKH_CONVEYED_AFTER.match(text, end)
    ):
        # "жөнделетінін хабарлады": reported that it will be repaired; "қамтылатындығын жеткізді": conveyed
        return "plan"
    if will_that and text.startswith(",", end) and _KAZAKH_REPORTED_LATER.search(text, end):
        return "plan"  # "5 мың шақырым жол жөнделетінін, ... орындалатынын айтты": the first of two reported
    if (
        word.endswith(("ғалы", "гелі", "қалы", "келі"))
        and _KAZAKH_ABOUT_TO.search(word)
        and _KAZAKH_SITS.match(text, end)
    ):
        return "plan"  # "3 мектеп салынғалы отыр": is about to be built
    clause_end = _KAZAKH_CLAUSE_END.match(text, end)
    if not clause_end:
        return None
    if _KAZAKH_WE_DID.match(word):
        return "actual"  # "55 млрд теңге бердік, алдағы үш жылға ... бөлінбек": we gave, done
    if (
        clause_end.group(0).strip() in (",", "(")  # (an accusative noun may stand before either)
        and not _KAZAKH_VERB_BEFORE_COMMA.search(word)
        and not _KAZAKH_SAID_AFTER.match(text, end)
        # "Былтыр 750 мың турист келді, ал биыл ...": before a contrast a clause has ended on its verb
        and not _KAZAKH_CONTRAST_AFTER.match(text, end)
    ):
        return None
    if word == "арналған":
        # "1,8 млрд теңге ... салуға арналған": meant for work still to be done; "оның 400-ге жуығы
        # балаларға арналған": what a thing is for, no event
        return "plan" if _KAZAKH_PURPOSE_BEFORE.search(text, 0, end - len(word)) else None
    if word == "өтеді" and _KAZAKH_UNDERGO_BEFORE.search(text, 0, end - len(word)):
        return "future"  # "жөндеуден өтеді", "сынақтан өтеді": will undergo ("арқылы өтеді" passes, a state)
    if word == "өтеді" and _KAZAKH_LOCATIVE_BEFORE.search(text, 0, end - len(word)):
        # "дала жұмыстары 1,6 млн гектар алқапта өтеді", "көрме Астанада өтеді": will take place (not
        # "қарызын өтеді", repaid, the past of "өтеу")
        return "future"
    if intention := _KAZAKH_INTENTION.search(word):
        # intention: "салынбақ", "болмақ", "салмақшы", with a person "салмақпыз", "ұлғайтпақпыз" (we mean
        # to build, to enlarge: a plan whatever it is for); inside a clause, "тамақ" is food. Without a
        # person a future as the aorist is: a plan, unless a forecast governs it or its subject is an
        # outcome ("кірпіш өндірісі жылына 5 пайызға өспек")
        return "plan" if intention.group("person") else "future"
    if _KAZAKH_NEGATIVE_AORIST.search(word):
        return "state"  # "5 мың тоннадан аспайды": what is not so now, no plan
    if word == "табылады" and _KAZAKH_COPULA_BEFORE.search(text, 0, end - len(word)):
        return "state"  # "10,4 млн адам ... болған болып табылады": the bookish "is", no deed ahead
    if word == "көтереді" and _KAZAKH_RISES_BEFORE.search(text, 0, end - len(word)):
        # "тағы 28 жаңа мектеп бой көтереді": will rise, be built (the active aorist of a vowel-less stem
        # the list below does not hold: "баға көтереді" raises a price) (+fs30kk)
        return None if habitual else "future"
    if word == "асады" and _KAZAKH_COMES_ABOUT_BEFORE.search(text, 0, end - len(word)):
        return None if habitual else "future"
    aorist = (
        # ("тізбесіне 19 атау енеді": the active "ен-", enters, is included, as "кіреді"; no passive
        # "-н-" of a deed ahead, +fs38kk)
        (_KAZAKH_AORIST.search(word) is not None and not KK_LA_STEM_PAST.match(word) and word != "енеді")
        or _KAZAKH_ACTIVE_AORIST.match(word) is not None
        or (_KAZAKH_WE_WILL.match(word) is not None and word not in _KAZAKH_OUR_NOUNS)
    )
    if aorist:
        # "салынады", "беріледі": what will be done; "төмендейді": what will be; "жыл сайын ...
        # түзіледі": what is done
        return None if habitual else "future"
    if _KAZAKH_T_STEM_PAST.search(word):
        return "actual"  # "жылды 8,3% өсіммен аяқтады", "тоқтады": a -та stem's past
    if _KAZAKH_DERIVED_PAST.fullmatch(word):
        return "actual"  # "төмендеді", "қымбаттады": a -де/-та stem's past (its aorist has "й": "төмендейді")
    if _KAZAKH_DA_STEM_PAST.search(word) and not _KAZAKH_TOLD_OBJECT_BEFORE.search(text, 0, end - len(word)):
        # "елорданы таңдады", "іздеді": the past of a "-да/-де" stem; no native stem ends in "д" whose
        # aorist would look the same (not "... төмендетуді орындай алмайтынын мойындады": a verb taking a
        # told clause, which keeps its own kind) (+fs39kk)
        return "actual"
    if word.endswith(("ады", "еді")):
        return None  # the aorist ("өседі", will grow) and a past of a vowel stem ("хабарлады") alike
    if word.endswith(("ды", "ді", "ты", "ті", "ған", "ген", "қан", "кен")) and word not in KK_NOUNS_LIKE_PAST:
        return "actual"  # "жетті", "артты", "жиналған" (not "бюджеттің қаражаты", a noun)
    return None


def _ability_beyond_and(text: str, verb: int, forecast: int) -> bool:
    """'ұзындығы 4,3 км құрайды және ... қамтамасыз етуге мүмкіндік береді': an ability governs the
    verbal noun before it, not the finite verb of a clause joined to it by "және" ("өседі және ...
    жетеді деп күтілуде": a forecast's "деп" takes both)."""
    return text.startswith("мүмкіндік", forecast) and _KAZAKH_AND.search(text, verb, forecast) is not None


def kk_own_clause(
    text: str, cues: list[tuple[int, str]], clause: tuple[int, int], end: int
) -> tuple[int, int]:
    """The figure's clause up to its own present verb when "және" and an ability follow it ("4,3 км
    құрайды және ... мүмкіндік береді"): the ability's kind is not the length's."""
    after = [(p, k) for p, k in cues if end <= p < clause[1]]
    if len(after) < 2 or after[0][1] != "state":
        return clause
    ability = next((p for p, _ in after[1:] if _ability_beyond_and(text, after[0][0], p)), None)
    if ability is None:
        return clause
    joined = _KAZAKH_AND.search(text, after[0][0], ability)
    return clause if joined is None else (clause[0], joined.start())


def kind_of(cues: list[tuple[int, str]], clause: tuple[int, int], start: int, end: int,
          deadline: bool, lead_kind: str | None, verb_final: bool) -> str:  # fmt: skip
    """The nearest cue in the figure's clause: before it first, then after it (in Kazakh,
    whose verb ends the clause, after it first, a forecast verb winning: "жетеді деп күтеді");
    else the sentence's cues; else a deadline makes a target; else the list lead's kind."""
    # cues are in text order: the clause's are one slice, found by bisection
    in_clause = cues[
        bisect_left(cues, clause[0], key=_position) : bisect_left(cues, clause[1], key=_position)
    ]
    before = [k for p, k in in_clause if p < start]
    after = [k for p, k in in_clause if p >= end]
    if verb_final and after:
        return max(after, key=lambda k: KIND_ORDER[k]) if "forecast" in after else after[0]
    if before:
        # "как ожидается, он составит": a forecast governs the future verbs after it
        return "forecast" if before[-1] == "plan" and "forecast" in before else before[-1]
    if after:
        return after[0]
    sentence_kinds = [k for _, k in cues]
    if sentence_kinds:
        return (
            max(sentence_kinds, key=lambda k: KIND_ORDER[k])
            if "actual" not in sentence_kinds
            else (next(k for p, k in sorted(cues, key=lambda c: abs(c[0] - start))))
        )
    if deadline:
        return "target"
    return lead_kind or "actual"


# an amount told again in another currency right after it: "58 млрд тенге (113 млн долларов)", "более 200
# млрд тенге, или около 389,5 млн долларов"
_RU_RESTATED_BETWEEN = re.compile(
    r"\s*(?:\(|,?\s+или\s+)\s*(?:(?:около|почти|более|свыше|порядка|примерно|до)\s+)?", re.I
)
_MONEY_UNITS = frozenset(("KZT", "USD", "EUR", "RUB", "CNY", "GBP"))


def ru_restated_in_currency(text: str, found: list[Indicator], sentence_start: int) -> list[Indicator]:
    """'вложит свыше 58 млрд тенге (113 млн долларов)': the same amount told again in another currency
    is the amount it restates, of that amount's kind (its bracket or "или" has no verb of its own)."""
    result = list(found)
    for index in range(1, len(result)):
        told, again = result[index - 1], result[index]
        if (
            told.unit in _MONEY_UNITS and again.unit in _MONEY_UNITS and told.unit != again.unit
            and again.kind != told.kind and not again.is_change and not told.is_change
            and _RU_RESTATED_BETWEEN.fullmatch(
                text, told.end_char - sentence_start, again.start_char - sentence_start
            ) is not None
        ):  # fmt: skip
            result[index] = replace(again, kind=told.kind)
    return result
