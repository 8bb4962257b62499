"""The item score (etl/item_quality.py) of each dev set, split by writer set into its older half
(the first sets and h2-h14, hx) and its newer half (h15 on), so that an item rule written from
the older half can be checked on text it was not written from.

    python bench/item_quality.py [--dump FILE]

`--dump FILE` writes every scored (file, surface, gold item, item) line, to diff two runs.

A second line per language counts items of the classes that name no measured thing (crude tests
of this file's own, not the extractor's word lists): **verbal** (etl/item_quality.py), **time**
(nothing but time or comparison-base words: "period", "жыл ішінде", "к уровню аналогичного"),
**change** (nothing but a change or comparison word: "increase", "больше", "өсім", "+"),
**person** (a title with a name, or a reporting word: "Minister X said", "министрі Серік ...",
"по словам", "деді").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from etl.cli import read_eval_set
from etl.evaluation import score_set
from etl.item_quality import content_words, is_verbal

_WRITER_SET = re.compile(r"h(\d+)-")
NEWER_FROM = 15  # the first writer set of the newer half


def is_newer(name: str) -> bool:
    """Whether a labelled file belongs to the newer writer sets (h15, h17, ... h27)."""
    found = _WRITER_SET.match(name)
    return bool(found) and int(found.group(1)) >= NEWER_FROM


_TIME_STEM = re.compile(
    r"\d.*|year.*|month.*|day|days|week.*|quarter.*|period.*|half|previous|last|same|past|earlier|ago|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|level|compared|"
    r"год.*|лет|месяц.*|кварт.*|пери.*|полуг.*|прошл.*|анало.*|текущ.*|сравн.*|уров.*|итог.*|янва.*|февр.*|"
    r"март.*|апре.*|июн.*|июл.*|авгу.*|сент.*|октя.*|нояб.*|дека.*|тогда|ранее|"
    r"жыл.*|ай|айда|айында|тоқса.*|кезең.*|былты.*|биыл.*|өтке.*|алдың.*|сәйке.*|тиісті|салыс.*|деңге.*|"
    r"қаңта.*|ақпан.*|науры.*|сәуір.*|мамыр.*|маусы.*|шілде.*|тамыз.*|қырк.*|қазан.*|қараш.*|желто.*|ішінде|бері"
)
_CHANGE_STEM = re.compile(
    r"increas.*|rise|rose|grow.*|growth|decreas.*|declin.*|drop.*|fall|up|down|gain|more|less|"
    r"больш.*|меньш.*|выше|ниже|рост.*|приро.*|сниж.*|сокра.*|увел.*|плюс|минус|"
    r"өсім.*|өсу.*|көп|аз|артық|жоғары|төмен|азай.*|қысқа.*|ұлғай.*"
)
_PERSON = re.compile(
    r"(?i:minister|president|governor|akim|chairman|министр\w*|президент\w*|аким\w*|глава|әкім\w*)\s+"
    r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|(?i:\b(?:said|says|told|noted|according)\b|сообщил|заявил|отметил|по\s+словам|"
    r"\bдеді\b|айтуынша|сөзінше|атап\s+өтті)"
)


def roles(items: list[str], language: str) -> str:
    """The shares of items that are verbal, only a time phrase, only a change word, or a person."""
    count = max(len(items), 1)

    def only(stem: re.Pattern[str], item: str) -> bool:
        words = [w.casefold() for w in re.findall(r"[^\W_][\w'’-]*|[+]", item)]
        plain = [w for w in words if w == "+" or content_words(w, language)]  # no function words
        return bool(plain) and all(stem.fullmatch(w) or w == "+" for w in plain)

    verbal = sum(is_verbal(i, language) for i in items)
    time = sum(only(_TIME_STEM, i) for i in items)
    change = sum(only(_CHANGE_STEM, i) for i in items)
    person = sum(bool(_PERSON.search(i)) for i in items)
    return (
        f"verbal {verbal / count:.1%} ({verbal}), time only {time / count:.1%} ({time}), change word only "
        f"{change / count:.1%} ({change}), person {person / count:.1%} ({person}) of {len(items)}"
    )


def main(argv: list[str]) -> None:
    dump: list[str] = []
    for language in ("en", "ru", "kk"):
        articles, _ = read_eval_set(Path("tests/realworld") / language)
        found: list[str] = []
        for half, newer in (("older", False), ("newer", True)):
            report = score_set([a for a in articles if is_newer(a.name) == newer])
            print(f"{language} {half:5} {len(report.articles):3} articles: {report.item_score()}")
            scored = [
                (score.article.name, r)
                for score in report.articles
                for r in score.results
                if r.found is not None and not r.gold.optional
            ]
            dump += [f"{name}\t{r.gold.surface}\t{r.gold.item}\t{r.found.item}" for name, r in scored]
            found += [r.found.item or "" for _, r in scored if r.gold.item]
        print(f"{language} items: {roles(found, language)}")
    if "--dump" in argv:
        Path(argv[argv.index("--dump") + 1]).write_text("\n".join(dump) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
