"""The publisher names a reader sees: one name per publisher, whatever case, spacing, language or
grammatical case the credit was written in, with the credit as written kept for provenance.
Texts are ours, written in the way kt.kz credits its sources."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from etl.pipeline.refresh import refresh
from etl.sites.ktkz.organisations import known_body
from etl.sites.ktkz.sources import canonical_source, find_credit, find_source, preferred_spelling, source_key


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        # the statistics bureau, under its agency and by its older name, in three languages
        ("Об этом сообщили в Бюро национальной статистики АСПиР.", "Bureau of National Statistics"),
        ("Об этом сообщили в Комитете по статистике Министерства национальной экономики.",
         "Bureau of National Statistics"),
        ("Бұл туралы Стратегиялық жоспарлау және реформалар агенттігінің Ұлттық статистика бюросы хабарлады.",
         "Bureau of National Statistics"),
        ("Wheat exports grew by 8%, the Bureau of National Statistics of the Agency for Strategic Planning "
         "and Reforms reports.", "Bureau of National Statistics"),
        # committees of ministries, with or without their ministry
        ("Поступления выросли, сообщили в Комитете государственных доходов Министерства финансов.",
         "State Revenue Committee"),
        ("Бұл туралы Қаржы министрлігінің Мемлекеттік кірістер комитеті хабарлады.", "State Revenue Committee"),
        ("Рейсов стало больше, сообщили в Комитете гражданской авиации Минтранса.", "Civil Aviation Committee"),
        ("Как сообщили в Комитете санитарно-эпидемиологического контроля, случаев стало меньше.",
         "Sanitary and Epidemiological Control Committee"),
        # akimats, declined and by their region's adjective or name
        ("Школ стало больше, сообщили в акимате Туркестанской области.", "Akimat of Turkistan region"),
        ("По информации пресс-службы акимата города Астаны, дорог стало больше.", "Akimat of Astana"),
        ("Бұл туралы Маңғыстау облысының әкімдігі хабарлады.", "Akimat of Mangystau region"),
        ("Roads were repaired, the Akimat of Almaty reports.", "Akimat of Almaty"),
        ("Бұл туралы Қазгидромет хабарлады.", "Kazhydromet"),
        ("Об этом сообщили в МВД РК.", "Ministry of Internal Affairs"),
        ("Об этом сообщает пресс-служба акимата столицы.", "Akimat of Astana"),
        ("Поступления выросли, сообщили в Министерстве индустрии и инфраструктурного развития.",
         "Ministry of Industry and Infrastructural Development"),
        ("Грантов стало больше, сообщили в Комитете высшего и послевузовского образования Минобрнауки.",
         "Committee for Higher and Postgraduate Education"),
        # English short forms and word orders of a listed body
        ("Tax receipts grew by 6%, the Finance Ministry reports.", "Ministry of Finance"),
        ("Pensions rose by 7%, the Ministry of Labour and Social Protection reports.",
         "Ministry of Labor and Social Protection of the Population"),
        ("Roads were repaired, the Government's press service reports.", "primeminister.kz"),
    ],
)  # fmt: skip
def test_government_bodies_are_read_by_their_one_english_name(credit: str, name: str) -> None:
    assert find_source([credit])[0] == name


@pytest.mark.parametrize(
    "name",
    [
        "пресс-службе акимата",  # whose akimat is not said
        "акимате района",
        "Комитете по делам молодежи",  # a committee not listed
        "Министерстве здравоохранения и социального развития",  # another, older body
        "Абайской области",  # a region is no akimat
        "ВКО",
        "столицы",
    ],
)
def test_a_body_not_listed_is_not_guessed(name: str) -> None:
    assert known_body(name)[0] is None


def test_the_credit_is_kept_as_written() -> None:
    credit = find_credit(["Поступления выросли, сообщили в Комитете государственных доходов Минфина."])
    assert credit.source == "State Revenue Committee"
    assert credit.credited == "Комитете государственных доходов Минфина"
    credit = find_credit(["Output grew by 5%, Energyprom reports."])
    assert (credit.source, credit.credited) == ("Energyprom", "Energyprom")
    assert find_credit(["No credit here."]) == (None, None, None)


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Об этом сообщает «Жэньминь жибао».", "People's Daily"),
        ("Долговая нагрузка выросла, сообщает Первое кредитное бюро.", "First Credit Bureau"),
        ("Loans grew by 4%, the First Credit Bureau reports.", "First Credit Bureau"),
    ],
)
def test_a_publisher_credited_in_russian_is_shown_by_its_english_name(credit: str, name: str) -> None:
    found = find_credit([credit])
    assert found.source == name
    assert found.credited is not None and found.credited in credit  # the credit as written


def test_case_and_spacing_variants_share_one_key_and_one_shown_spelling() -> None:
    assert source_key("EnergyProm") == source_key("Energyprom") == source_key("Energy Prom")
    assert source_key("EnergyProm") != source_key("Energoprom")
    # a capital inside a name is deliberate; capitals throughout are shouting; order does not matter
    assert preferred_spelling(["Energyprom", "EnergyProm", "ENERGYPROM"]) == "EnergyProm"
    assert preferred_spelling(["ENERGYPROM", "Energyprom"]) == "Energyprom"
    assert preferred_spelling(["24kz", "24KZ"]) == "24KZ"  # a short name in capitals is no shouting
    # a listed body's own name wins over any variant of it
    assert preferred_spelling(["Kaz Inform", "Kazinform"]) == "Kazinform"
    assert canonical_source("KAZINFORM") == "Kazinform"


def _page(*articles: tuple[str, str, int]) -> str:
    """A kt.kz listing page: (title, body, views) per article, one day apart."""
    blocks = []
    for day, (title, body, views) in enumerate(articles, start=1):
        blocks.append(
            f"{day:02d}.11.2025, 10:00 {views}\n{title}\nImages | kt.kz\nTell a friend\n{body}\n"
            "This information may not be reproduced without reference to Kazakhstan Today. "
            "Copyright of materials of News Agency Kazakhstan Today."
        )
    return "\n".join(blocks) + "\n"


def _readership(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return dict(con.execute("SELECT source, articles FROM readership_by_source").fetchall())


def test_readership_by_source_counts_spellings_of_one_publisher_once(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    (first / "page.txt").write_text(_page(
        ("Power output grows", "Power output grew by 4% in October, Energyprom reports.", 900),
        ("Coal output grows", "Coal output grew by 2% in October, as the Bureau of National Statistics reports.", 800),
    ), encoding="utf-8")  # fmt: skip
    db = tmp_path / "s.duckdb"
    assert refresh(db, [first], observed_at=datetime(2025, 11, 20, 12)).exit_code == 0
    assert _readership(db)["Energyprom"] == 1
    # a later page spells the first publisher better, and credits the bureau in Russian
    (second / "page.txt").write_text(_page(
        ("Oil output grows", "Oil output grew by 3% in October, EnergyProm reports.", 700),
        ("Выпуск угля вырос", "Выпуск угля вырос на 2%. Об этом сообщили в Бюро национальной статистики.", 600),
        ("Gas output grows", "Gas output grew by 1% in October, ENERGYPROM reports.", 500),
    ), encoding="utf-8")  # fmt: skip
    assert refresh(db, [first, second], observed_at=datetime(2025, 11, 21, 12)).exit_code == 0
    readership = _readership(db)
    assert readership["EnergyProm"] == 3
    assert readership["Bureau of National Statistics"] == 2
    assert "Energyprom" not in readership and "ENERGYPROM" not in readership
    with duckdb.connect(str(db), read_only=True) as con:
        credits = {
            c
            for (c,) in con.execute(
                "SELECT source_credit FROM articles WHERE source = 'EnergyProm'"
            ).fetchall()
        }
        assert credits == {"Energyprom", "EnergyProm", "ENERGYPROM"}  # each article's credit as written
        sidebar = [
            s
            for (s,) in con.execute(
                "SELECT DISTINCT source FROM articles WHERE source ILIKE 'energy%'"
            ).fetchall()
        ]
        assert sidebar == ["EnergyProm"]


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Investment rose by 17.3%, the governor told the President, the Akorda press service said.", "Akorda"),
        ("The fund held 6 trillion tenge, the Finance Ministry's press service said on Jan. 4.", "Ministry of Finance"),
        ("Benefits go up by 10% from January 1, the Ministry of Labour and Social Protection of Population said.",
         "Ministry of Labor and Social Protection of the Population"),
        ("Cases fell by 68.1%, the Ministry of Agriculture reported on Wednesday.", "Ministry of Agriculture"),
        ("Exports grew by 4%, the Bureau of National Statistics says.", "Bureau of National Statistics"),
        ("Exports could reach 12 million tons, the Prime Minister's press service said on Friday.",
         "primeminister.kz"),
    ],
)  # fmt: skip
def test_a_body_that_said_it_is_the_publisher(credit: str, name: str) -> None:
    """'said' credits a body (a press service, a listed body, a name with a body's word), and the
    day it said so may follow; these credits were lost, leaving the article's publisher unknown."""
    assert find_source([credit])[0] == name


@pytest.mark.parametrize(
    "credit",
    ["Output grew by 5%, Karashukeyev said.", "Output grew by 5%, Vice Minister Azamat Amrin said.",
     "Output grew by 5%, the minister said.", "Output grew, he said on Monday.", "Output grew by 5%, Tokayev says."],
)  # fmt: skip
def test_a_person_who_said_it_is_no_publisher(credit: str) -> None:
    assert find_source([credit]) == (None, None)


@pytest.mark.parametrize(
    "first",
    ["Астана. 28 января. KAZAKHSTAN TODAY – Депутаты ратифицировали соглашение.",
     "Қызылорда. 8 тамыз. KAZAKHSTAN TODAY – Облыста 13,5 млрд теңге бөлінді.",
     "Астана. KAZAKHSTAN TODAY - Үкімет шешім қабылдады."],
)  # fmt: skip
def test_a_story_under_the_agencys_own_dateline_is_its_own(first: str) -> None:
    assert find_credit([first, "Рост составил 5%."]) == ("Kazakhstan Today", None, "KAZAKHSTAN TODAY")


def test_a_publisher_credited_under_the_agencys_dateline_is_the_publisher() -> None:
    credit = find_source(["Астана. 28 января. KAZAKHSTAN TODAY – Рост составил 5%, сообщили в МВД РК."])
    assert credit[0] == "Ministry of Internal Affairs"
    # the name written in a sentence ("according to Kazakhstan Today") is no dateline
    assert find_source(["Growth was 5%, according to KAZAKHSTAN TODAY – a news agency."]) == (None, None)


def test_readership_by_source_says_unknown_publisher_as_the_app_does_also_in_a_migrated_store(
    sample_store: Path, tmp_path: Path
) -> None:
    """The view said 'unknown' for an article crediting no one, where the dashboard says 'unknown
    publisher'; a store made before keeps its old view until a refresh migrates it."""
    from dashboard import format as fmt
    from etl.store.migrations import MIGRATIONS, VERSION_KEY, _unattributed_readership_is_unknown_publisher
    from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

    assert fmt.UNKNOWN_PUBLISHER in _readership(sample_store) and "unknown" not in _readership(sample_store)
    old = tmp_path / "old.duckdb"
    shutil.copy(Path(sample_store).resolve(), old)
    step = MIGRATIONS.index(_unattributed_readership_is_unknown_publisher)  # the version before it
    with duckdb.connect(str(old)) as con:
        con.execute("UPDATE meta SET value = ? WHERE key = ?", [str(step), VERSION_KEY])
        con.execute(
            "CREATE OR REPLACE VIEW readership_by_source AS SELECT coalesce(source, 'unknown') AS source, "
            "count(*) AS articles FROM readership_latest GROUP BY 1"
        )
    assert "unknown" in _readership(old)
    summary = refresh(old, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)  # nothing new to ingest
    assert summary.files_skipped == 1
    migrated = _readership(old)
    assert fmt.UNKNOWN_PUBLISHER in migrated and "unknown" not in migrated
