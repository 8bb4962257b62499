"""Every record the extractor gives on the dev sets and sample pages, as one JSON file.

A speed change must leave the output as it was: dump on the code before and after (each tree
on its own PYTHONPATH, as the editable install otherwise imports the worktree for both) and
compare the two files byte for byte. Each article of tests/realworld/{en,ru,kk} is extracted
with its headline (language detected and given) and without; each listing of the sample and
mixed pages whole and sentence by sentence. Every field of every record is kept, with the
figure's period basis and the indicator rows the pipeline stores (metric mapping included).
The held-out sets (tests/realworld/unseen) are not read.

    PYTHONPATH=TREE python bench/extraction_dump.py OUT.json
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from etl.cli import read_eval_set
from etl.extract.catalog import load_catalog
from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from etl.extract.period_basis import period_basis
from etl.extract.sentences import split_sentences
from etl.sites.ktkz.pages import parse_page
from etl.transform.ingest import figure_rows

ROOT = Path(__file__).resolve().parent.parent


def records(found: list[Indicator], published: date, language: str = "en") -> list[dict]:
    out = []
    for indicator in found:
        fields = asdict(indicator)
        fields["value"] = repr(fields["value"])  # the float's exact digits
        for key in ("period_start", "period_end"):
            fields[key] = None if fields[key] is None else fields[key].isoformat()
        fields["basis"] = period_basis(indicator, published, language)
        out.append(fields)
    return out


def rows(article: str, title: str, body: str, published: date, catalog, language: str) -> list[list]:
    return [
        [repr(field) for field in row]
        for row in figure_rows(article, title, body, published, catalog, language)
    ]


def main() -> None:
    catalog = load_catalog()
    dump: dict[str, object] = {}
    for lang in ("en", "ru", "kk"):
        articles, problems = read_eval_set(ROOT / "tests" / "realworld" / lang)
        assert not problems, problems
        for a in articles:
            key = f"{lang}/{a.name}"
            dump[key] = records(extract_indicators(a.body, a.published, title=a.title), a.published)
            dump[key + "/lang"] = records(
                extract_indicators(a.body, a.published, a.title, lang), a.published, lang
            )
            dump[key + "/notitle"] = records(extract_indicators(a.body, a.published), a.published)
            dump[key + "/rows"] = rows(a.name, a.title, a.body, a.published, catalog, lang)
    pages = [
        ROOT / "data" / "kt_page_sample.txt",
        ROOT / "tests" / "fixtures" / "kt_page_sample_ru.txt",
        *sorted((ROOT / "tests" / "fixtures" / "mixed").glob("*.txt")),
    ]
    for page in pages:
        listings = [item for item in parse_page(page.read_text(encoding="utf-8")).listings if item.body]
        for n, item in enumerate(listings):
            key = f"{page.name}/{n}"
            published = item.published_at.date()
            dump[key] = records(extract_indicators(item.body, published, title=item.title), published)
            dump[key + "/sentences"] = [
                records(extract_indicators(s.text, date(2025, 1, 21)), date(2025, 1, 21))
                for s in split_sentences(item.body)
            ]
    with Path(sys.argv[1]).open("w", encoding="utf-8") as out:
        json.dump(dump, out, ensure_ascii=False, indent=0, sort_keys=True)
    facts = sum(len(v) for k, v in dump.items() if not k.endswith(("/sentences", "/rows")))
    print(len(dump), "keys", facts, "records")


if __name__ == "__main__":
    main()
