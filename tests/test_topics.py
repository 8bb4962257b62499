"""Topics: every sample article's tags, taxonomy validation, re-tagging when the file changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from etl.config_files import ConfigError
from etl.extract.catalog import DEFAULT_CATALOG as CATALOG
from etl.extract.topics import DEFAULT_TAXONOMY, classify, load_taxonomy
from etl.pipeline.refresh import refresh
from etl.sites.ktkz.pages import parse_page
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

# (title prefix, topics it must have, topics it must not have)
EXPECTED = [
    ("Olzhas Bektenov introduces", {"government", "economy"}, {"ecology", "sport"}),
    ("Kazakhstan’s inflation hits", {"economy"}, {"ecology", "education"}),
    ("Improving transparency of scholarship", {"education"}, {"ecology", "justice"}),
    ("Taza like, Ayala", {"ecology"}, {"economy", "justice"}),
    ("President Tokayev meets with Supreme Court", {"justice"}, {"ecology", "economy"}),
    ("Taza Kazakstan action: Amendments", {"ecology", "industry"}, {"justice", "sport"}),
    ("Taza Kazakstan: record results", {"ecology"}, {"justice", "sport", "demography"}),
    ("Prime Minister instructs to support domestic developers", {"digital"}, {"ecology"}),
    ("Implementation of Taza Kazakhstan", {"ecology"}, {"justice", "sport"}),
    ("Kazakhstan and Iran", {"foreign"}, {"ecology"}),
    ("Kazakhstan and Bulgaria", {"foreign", "economy"}, {"ecology"}),
    ("Kazakhstan’s population", {"demography"}, {"ecology"}),
    ("Bogdanovich Glacier", {"tourism"}, {"economy"}),
    ("UAE is a key partner", {"foreign"}, {"ecology"}),
    ("Measures to prepare for IX Asian Winter Games", {"sport"}, {"ecology"}),
    ("New Ambassador of Austria", {"foreign"}, {"economy"}),
]


@pytest.mark.parametrize(("prefix", "wanted", "unwanted"), EXPECTED, ids=[e[0][:30] for e in EXPECTED])
def test_sample_article_topics(sample_text: str, prefix: str, wanted: set, unwanted: set) -> None:
    taxonomy = load_taxonomy()
    sightings = [item for item in parse_page(sample_text).listings if item.title.startswith(prefix)]
    listing = min(sightings, key=lambda item: item.body is None)  # the sighting with a body, if any
    topics = {score.topic for score in classify(taxonomy, listing.title, listing.body)}
    assert wanted <= topics, topics
    assert not (unwanted & topics), topics


def test_every_sample_article_in_the_store_has_a_topic(sample_store: Path) -> None:
    with duckdb.connect(str(sample_store), read_only=True) as con:
        untagged = con.execute(
            "SELECT title FROM articles WHERE article_id NOT IN (SELECT article_id FROM article_topics)"
        ).fetchall()
        labels = con.execute("SELECT count(*) FROM topics").fetchone()[0]
    assert untagged == []
    assert labels >= 11


def test_short_keywords_match_whole_words_only(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text('[topics.industry]\nlabel = "Industry"\nkeywords = ["erg"]\n[settings]\nmin_score = 1\n')
    taxonomy = load_taxonomy(path)
    assert classify(taxonomy, "ERG plants trees", None)[0].topic == "industry"
    assert classify(taxonomy, "Energy prices", None) == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("topics = [", "invalid TOML"),
        ("[settings]\nmin_score = 1\n", "entry 'topics'"),
        ('[topics.x]\nkeywords = ["a"]\n', "entry 'topics.x.label'"),
        ('[topics.x]\nlabel = "X"\nkeywords = []\n', "entry 'topics.x.keywords'"),
        ('[topics.x]\nlabel = "X"\nkeywords = "abc"\n', "entry 'topics.x.keywords'"),
    ],
)
def test_invalid_taxonomy_names_file_entry_and_problem(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "topics.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=problem) as raised:
        load_taxonomy(path)
    assert str(path) in str(raised.value)


def test_editing_the_taxonomy_retags_every_article_at_next_refresh(tmp_path: Path) -> None:
    taxonomy = tmp_path / "topics.toml"
    shutil.copy(DEFAULT_TAXONOMY, taxonomy)
    shutil.copy(SAMPLE_PAGE, tmp_path / "page.txt")
    db = tmp_path / "s.duckdb"
    refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT, taxonomy_path=taxonomy)
    taxonomy.write_text(
        taxonomy.read_text() + '\n[topics.glaciers]\nlabel = "Glaciers"\nkeywords = ["glacier"]\n'
    )
    summary = refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT, taxonomy_path=taxonomy)
    assert summary.retagged == 16
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT a.title FROM article_topics t JOIN articles a USING (article_id) WHERE topic = 'glaciers'"
        ).fetchall()
    assert rows == [("Bogdanovich Glacier, Oktyabrskaya Cave In Almaty Mountains",)]


# Russian and Kazakh headlines (written for these tests) -> topics they must have. The keywords
# are stems, so each case form here differs from the one in the taxonomy file.
CYRILLIC_TITLES = [
    ("Зарплаты учителей в регионах выросли на 12%", {"economy", "education"}),
    ("Товарооборот с Китаем превысил прошлогодний", {"economy", "foreign"}),
    ("Жильё в Шымкенте подешевело", {"economy"}),  # ё, where the keyword is written with е
    ("Жилье в Шымкенте подешевело", {"economy"}),
    ("Урожаем зерновых довольны аграрии севера", {"economy"}),
    ("В новых школах появятся лаборатории", {"education"}),
    ("Суд оставил приговор в силе", {"justice"}),
    ("Выбросы предприятий сократились, свалок стало меньше", {"ecology", "industry"}),
    ("Население области выросло за год", {"demography"}),
    ("Мажилис одобрил поправки Правительства", {"government"}),
    ("Облыста орташа жалақы 8 пайызға өсті", {"economy"}),
    ("Қытаймен сауда көлемі артты", {"economy", "foreign"}),
    ("Ауданда жаңа мектебі бар ауылдар көбейді", {"education"}),
    ("Салығы төленбеген кәсіпорындар тексеріледі", {"economy", "industry"}),
    ("Диқандар астықтың жартысын жинады", {"economy"}),
    ("Облыс халқы 1,2 миллионға жетті", {"demography"}),
    ("Орман қорына жаңа көшеттер отырғызылды", {"ecology"}),
    ("Спортпен айналысатындар саны артты", {"sport"}),
    ("Ұлттық паркке келген туристер саны өсті", {"tourism"}),
    # transport, energy, health, culture
    ("Пассажиропоток аэропортов вырос на 9%", {"transport"}),
    ("Железнодорожники перевезли больше грузов", {"transport"}),
    ("Жолаушылар пойыздарына жаңа вагондар келді", {"transport"}),
    ("Әуежайдың жүк айналымы артты", {"transport"}),
    ("Freight trains and buses carry more passengers", {"transport"}),
    ("ТЭЦ перейдёт с угля на газ", {"energy"}),
    ("Выработка электроэнергии на ВИЭ выросла", {"energy"}),
    ("Көмір мен мұнай өндіру артты", {"energy"}),
    ("Power plant adds 300 MW of solar capacity", {"energy"}),
    ("В больницах не хватает врачей", {"health"}),
    ("Вакцинацию от кори прошли 90% детей", {"health"}),
    ("Ауылдарда жаңа емханалар мен дәрігерлік амбулаториялар ашылды", {"health"}),
    ("Measles vaccination reaches rural clinics", {"health"}),
    ("Музеи и театры приняли больше зрителей", {"culture"}),
    ("Облыста жаңа кітапхана мен мәдениет үйі ашылды", {"culture"}),
    ("Водохранилища заполнены, орошение расширят", {"ecology"}),
    ("Балабақшалардағы орын саны көбейді", {"education"}),
    # "ІТ" in Cyrillic letters, as Kazakh texts print it
    ("ІТ-қызметтердің экспорты 1 млрд долларға жетті", {"digital"}),
    ("IT-саласындағы жалақы орташа деңгейден екі есе жоғары", {"digital"}),
]


@pytest.mark.parametrize(("title", "wanted"), CYRILLIC_TITLES, ids=[t[0][:30] for t in CYRILLIC_TITLES])
def test_russian_and_kazakh_titles_get_the_topics_english_ones_do(title: str, wanted: set) -> None:
    topics = {score.topic for score in classify(load_taxonomy(), title, None)}
    assert wanted <= topics, topics


# Words that start like a keyword of a topic they have nothing to do with: a title hit alone
# would tag the article, so none of these may hit that topic.
LOOK_ALIKES = [
    ("Судьба центра города решится весной", {"justice", "economy"}),  # суд-, цен-
    ("Магистраль до Алматы откроют осенью", {"education"}),  # магистр-
    ("Резервуар на нефтебазе заполнен", {"economy"}),  # резерв-
    ("Сапарбаев провёл приём граждан", {"foreign"}),  # сапар- (a visit)
    ("Учащаются случаи гриппа", {"education"}),  # учащ-
    ("Суда вышли на промысел", {"justice"}),  # суда: vessels as well as "of the court"
    ("Переписка горожан с акиматом", {"demography"}),  # перепис-
    ("В населенных пунктах отремонтируют дороги", {"demography"}),  # населен-
    ("Горнодобывающие компании отчитались", {"tourism"}),  # гор- (mountains)
    ("Тау-кен саласындағы жалақы", {"tourism"}),  # тау (mountain) in "тау-кен" (mining)
    ("Жаңа көліктер сатып алынды", {"tourism"}),  # көл (lake) starts көлік (vehicle)
    ("Халықаралық көрме ашылды", {"demography"}),  # халық (people) starts "international"
    ("Бағалау жүйесі өзгереді", {"economy"}),  # баға (price) starts "assessment"
    ("Портрет героя на новом портале", {"transport"}),  # порт- (a port)
    ("Грузия открыла выставку", {"transport"}),  # груз- (cargo)
    ("Газон в парке обновят", {"energy"}),  # газо- (gas)
    ("Через 500 метров начнут ремонт", {"transport"}),  # метро starts метров (metres)
    ("Дорогой подарок к празднику", {"transport"}),  # дорог- (roads) starts "dear"
    ("Аварийное жильё снесут", {"transport"}),  # авари- (accident) starts "dilapidated"
    ("Коридор в здании покрасили", {"health"}),  # кори (measles) starts коридор
    ("Қант қызылшасы алқабы кеңейді", {"health"}),  # қызылша: beet as well as measles
    ("Студенттерге дәріс оқылды", {"health"}),  # дәрі (drug) starts дәріс (lecture)
    ("Электрондық үкімет жаңартылды", {"energy"}),  # электр starts электрондық (electronic)
    ("Жаңа әуен таныстырылды", {"transport"}),  # әуе (air) starts әуен (tune)
    ("Training roadmap presented at the portal", {"transport"}),  # train-, road-, port-
    ("Coalition talks resume", {"energy"}),  # coal- starts "coalition"
    ("Doctoral students win grants", {"health"}),  # doctor- starts "doctoral"
    ("Зерновые культуры убраны", {"culture"}),  # культур- also means crops
    ("Брак продукции на заводе сократили", {"demography"}),  # брак: a defect as well as a marriage
    ("К севу аграриям выделят дизельное топливо", {"energy"}),  # farm fuel is not energy policy
]


@pytest.mark.parametrize(("title", "unwanted"), LOOK_ALIKES, ids=[t[0][:30] for t in LOOK_ALIKES])
def test_cyrillic_look_alikes_do_not_tag(title: str, unwanted: set) -> None:
    topics = {score.topic for score in classify(load_taxonomy(), title, None)}
    assert not (unwanted & topics), topics


def test_a_new_matching_rule_changes_the_taxonomy_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    # Stores re-tag when the fingerprint differs: the code that matches keywords counts, not
    # only the file's bytes.
    from etl.store import derived

    before = derived.current_recipe(DEFAULT_TAXONOMY, CATALOG)[derived.TAXONOMY_META_KEY]
    monkeypatch.setattr(derived, "MATCHING_RULES_VERSION", derived.MATCHING_RULES_VERSION + "-next")
    after = derived.current_recipe(DEFAULT_TAXONOMY, CATALOG)[derived.TAXONOMY_META_KEY]
    assert before != after


def test_a_minister_quoted_on_figures_does_not_make_the_article_about_government() -> None:
    # Government has its own min_score and needs a title hit: one title hit (an attribution)
    # and a passing mention are not enough, nor are body mentions alone; a title hit and two
    # body mentions are.
    taxonomy = load_taxonomy()
    quoted = classify(
        taxonomy,
        "Grain harvest reaches 20 million tons, minister says",
        "The harvest is the largest in a decade. Farmers expect exports to grow, the ministry said.",
    )
    assert "government" not in {s.topic for s in quoted}
    assert "economy" in {s.topic for s in quoted}
    about = classify(
        taxonomy,
        "New minister of energy appointed",
        "The President signed a decree. The new minister previously served as deputy minister.",
    )
    assert "government" in {s.topic for s in about}
    session = classify(
        taxonomy,
        "Oil output reaches 90 million tonnes",
        "At the government session the minister of energy reported on oil output. The Prime Minister"
        " asked the ministry and the akims to keep oil exports steady; the President was briefed.",
    )
    assert "government" not in {s.topic for s in session}
    assert "energy" in {s.topic for s in session}


def test_a_topic_that_needs_a_title_hit_is_not_given_by_the_body(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(
        '[settings]\nmin_score = 1\n[topics.a]\nlabel = "A"\nkeywords = ["alpha"]\nneeds_title = true\n'
    )
    taxonomy = load_taxonomy(path)
    assert classify(taxonomy, "News", "alpha alpha alpha alpha") == []
    assert [s.topic for s in classify(taxonomy, "Alpha news", None)] == ["a"]


def test_a_topic_min_score_overrides_the_setting(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(
        "[settings]\nmin_score = 1\n"
        '[topics.a]\nlabel = "A"\nkeywords = ["alpha"]\n'
        '[topics.b]\nlabel = "B"\nkeywords = ["beta"]\nmin_score = 4\n'
    )
    taxonomy = load_taxonomy(path)
    assert [s.topic for s in classify(taxonomy, "", "alpha beta beta beta")] == ["a"]
    assert [s.topic for s in classify(taxonomy, "", "alpha beta beta beta beta")] == ["b", "a"]


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ('min_score = "5"', "min_score"),
        ("min_score = 0", "min_score"),
        ("min_score = true", "min_score"),
        ('needs_title = "yes"', "needs_title"),
    ],
)
def test_a_topic_min_score_and_needs_title_are_checked(tmp_path: Path, line: str, entry: str) -> None:
    path = tmp_path / "t.toml"
    path.write_text(f'[topics.x]\nlabel = "X"\nkeywords = ["x"]\n{line}\n')
    with pytest.raises(ConfigError, match=f"entry 'topics.x.{entry}'"):
        load_taxonomy(path)


# A headline's attribution names who spoke: government is a title topic only when the headline's
# own words name it. Each body names the government twice, which with a title hit would tag it.
ATTRIBUTED = [
    ("Wheat exports up 12% in 2025, minister says",
     "Wheat exports rose by 12%, the agriculture minister told a government meeting. The ministry expects more."),
    ("Coal output will grow, says vice minister",
     "Coal output will grow by 5%, the vice minister said. The ministry expects new mines."),
    ("Oblast economy grows 8% in nine months, governor tells President",
     "The region's economy grew by 8%, the governor told the President. The akim listed new plants."),
    ("Президент: экспорт зерна вырос на 12%",
     "Экспорт зерна вырос на 12%, заявил Президент на заседании правительства. Министр добавил детали."),
    ("Инфляция замедлится до 9% к концу года — министр экономики",
     "Инфляция замедлится, сообщил министр на заседании правительства."),
    ("Президент: былтыр 3,7 млрд киловатт-сағат электр энергиясы импортталды",
     "Бұл туралы Мемлекет басшысы Үкімет отырысында айтты. Әкім де баяндады."),
    # a report to the President: who reported and to whom
    ("Oblast governor reports new car plant and ironworks to President",
     "The governor told the President about new plants. The akim said the government backs them."),
    ("Аким области доложил Президенту об итогах девяти месяцев",
     "Аким доложил Главе государства о росте экономики. Правительство поддержит проекты."),
    ("Облыс әкімі Президентке өңірдің дамуы туралы баяндады",
     "Әкім Мемлекет басшысына экономика туралы айтты. Үкімет жобаларды қолдайды."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body"), ATTRIBUTED, ids=[t[0][:30] for t in ATTRIBUTED])
def test_an_attribution_in_the_headline_does_not_make_it_about_government(title: str, body: str) -> None:
    assert "government" not in {s.topic for s in classify(load_taxonomy(), title, body)}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Government approves new rules for budget loans",
         "The government approved the rules at its meeting. The Prime Minister said the cabinet would review them."),
        ("President tells government to cut spending on new buildings",
         "The President told the government to cut spending. The cabinet will report in a month."),
        ("Правительство утвердило новые правила бюджетных кредитов",
         "Правительство утвердило правила на заседании. Премьер-министр поручил министрам доработать их."),
    ],
)  # fmt: skip
def test_a_headline_that_names_the_government_itself_still_tags_it(title: str, body: str) -> None:
    assert "government" in {s.topic for s in classify(load_taxonomy(), title, body)}


# Diseases, vaccines and clinics of animals are veterinary work, read as farming (economy).
VETERINARY = [
    ("Livestock disease cases fall by a third",
     "Registered cases of infectious livestock diseases fell by 33%, the Ministry of Agriculture said. "
     "Vaccines against 20 infectious diseases of farm animals will be bought. Another 300 veterinary "
     "clinics are to be built."),
    ("Заболеваемость скота бруцеллезом снизилась на 30%",
     "Число случаев инфекционных болезней животных снизилось на 30%. Закуплены вакцины для скота. "
     "Построено 120 ветеринарных клиник."),
    ("Мал ауруларының саны үштен бірге азайды",
     "Жануарлардың жұқпалы ауруы 30%-ға азайды. Малға арналған вакцина сатып алынады. "
     "Ветеринариялық клиника салынады."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body"), VETERINARY, ids=[t[0][:30] for t in VETERINARY])
def test_animal_diseases_are_not_health(title: str, body: str) -> None:
    topics = {s.topic for s in classify(load_taxonomy(), title, body)}
    assert "health" not in topics
    assert "economy" in topics


def test_a_health_report_that_mentions_no_animal_is_still_health() -> None:
    topics = classify(load_taxonomy(), "Measles cases fall tenfold in ten months",
                      "Measles cases fell tenfold, the health ministry said. Vaccination reached 95% of children.")  # fmt: skip
    assert "health" in {s.topic for s in topics}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Over four million people go in for sports",
         "More than four million people were engaged in physical culture and sports, the Culture and Sports "
         "Minister said. Physical culture lessons were added at schools."),
        ("Более 4 млн казахстанцев занимаются спортом",
         "Физической культурой и спортом занимаются более 4 млн человек, сообщил министр культуры и спорта. "
         "Физкультурой занимаются школьники. Спорт включен в список культурного наследия."),
        ("Спортпен 4 миллион адам шұғылданады",
         "Дене шынықтыру және спортпен 4 миллион адам шұғылданады, деді Мәдениет және спорт министрі. "
         "Дене шынықтыру сабағы көбейді. Мәдени мұра тізіміне енді."),
    ],
)  # fmt: skip
def test_physical_culture_is_sport_not_culture(title: str, body: str) -> None:
    topics = {s.topic for s in classify(load_taxonomy(), title, body)}
    assert "sport" in topics
    assert "culture" not in topics


def test_not_with_words_void_a_topic_in_their_sentence_only(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(
        '[settings]\nmin_score = 2\n[topics.a]\nlabel = "A"\nkeywords = ["alpha"]\nnot_with = ["gamma"]\n'
    )
    taxonomy = load_taxonomy(path)
    assert classify(taxonomy, "", "Alpha gamma. Alpha and gamma.") == []
    assert [s.topic for s in classify(taxonomy, "", "Alpha gamma. Alpha here. Alpha there.")] == ["a"]
    path.write_text('[topics.x]\nlabel = "X"\nkeywords = ["x"]\nnot_with = [""]\n')
    with pytest.raises(ConfigError, match="entry 'topics.x.not_with'"):
        load_taxonomy(path)
