-- The one declaration of ktpulse's store. README.md "Schema" documents every column.
-- Times are Kazakhstan local time (Asia/Almaty) without a zone, as kt.kz prints them.
-- articles, latest_views and indicators carry each article's topic ids as a list, kept by
-- refresh: a topic filter is then a test on a column of the table read (list_contains), where a
-- semi-join with article_topics cost 100-450 ms per query at 1M articles.
-- The large tables (articles, page_listings, latest_views, article_topics, indicators, contradictions)
-- declare their keys in comments only: DuckDB keeps an index per PRIMARY KEY, maintains it on
-- every insert and rewrites it whole at each checkpoint, which made one-page refreshes of a
-- large store slow. refresh.py keeps the keys unique (tests/test_integrity.py checks it).

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS pages (
    page_id            VARCHAR PRIMARY KEY,   -- first 16 hex digits of sha256
    location           VARCHAR NOT NULL,      -- path (or URL) the raw input was read from
    sha256             VARCHAR NOT NULL UNIQUE,
    observed_at        TIMESTAMP,             -- when the page was captured (local time)
    observed_at_source VARCHAR,               -- 'fetch' | 'option' | 'mtime'
    url                VARCHAR,               -- from the fetch record, when fetched (else a web archive's own)
    encoding           VARCHAR,               -- encoding the bytes were decoded with
    status             VARCHAR NOT NULL CHECK (status IN ('ok', 'rejected')),
    error              VARCHAR,               -- why a rejected input was rejected
    listings           INTEGER,               -- article appearances read from the page
    run_id             VARCHAR NOT NULL,      -- the refresh that ingested it
    ingested_at        TIMESTAMP NOT NULL,
    warnings           VARCHAR[]              -- what looked like a listing but was not stored
                                              -- (or was read with text ignored), with its line
);

CREATE TABLE IF NOT EXISTS articles (
    article_id    VARCHAR NOT NULL,     -- key; sha256(date | normalised title)[:16] (a second story
                                        -- of that date and title: of its minute, identity.story_id)
    published_at  TIMESTAMP NOT NULL,   -- local time as printed; midnight if time unknown
    time_known    BOOLEAN NOT NULL,
    title         VARCHAR NOT NULL,
    source        VARCHAR,              -- original publisher (primeminister.kz, Akorda, ...)
    source_via    VARCHAR,              -- relaying agency (Kazinform in "Kazinform cites Akorda")
    image_credit  VARCHAR,
    body          VARCHAR,              -- NULL when only a listing was seen
    url           VARCHAR,              -- NULL unless a fetched page was this article
    first_page_id VARCHAR NOT NULL,     -- page it was first seen on
    body_page_id  VARCHAR,              -- page its body was read from
    topics        VARCHAR[],            -- its topic ids, sorted (article_topics, as a list)
    language      VARCHAR,              -- 'en' | 'ru' | 'kk': the URL's edition, else detected from the text
    source_credit VARCHAR               -- the publisher's name as the body wrote it ("Energyprom",
                                        -- "Министерстве финансов"); `source` is its one shown name
);

-- Every appearance of an article on a page, with or without a view count.
CREATE TABLE IF NOT EXISTS page_listings (
    page_id    VARCHAR NOT NULL,
    position   INTEGER NOT NULL,        -- 0-based order on the page
    article_id VARCHAR NOT NULL,
    placement  VARCHAR NOT NULL CHECK (placement IN ('main', 'related', 'listing', 'most_viewed')),
    views      BIGINT                   -- NULL when the page printed no count
    -- key: (page_id, position)
);

CREATE TABLE IF NOT EXISTS topics (
    topic VARCHAR PRIMARY KEY,
    label VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS article_topics (
    article_id VARCHAR NOT NULL,
    topic      VARCHAR NOT NULL,
    score      DOUBLE NOT NULL          -- 0..1
    -- key: (article_id, topic)
);

CREATE TABLE IF NOT EXISTS refresh_runs (
    run_id          VARCHAR PRIMARY KEY,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP NOT NULL,
    files_seen      INTEGER NOT NULL,
    files_ingested  INTEGER NOT NULL,
    files_skipped   INTEGER NOT NULL,
    files_rejected  INTEGER NOT NULL,
    articles_added  INTEGER NOT NULL,
    articles_updated INTEGER NOT NULL,
    snapshots_added INTEGER NOT NULL,
    warnings        INTEGER DEFAULT 0,      -- page warnings of the run (pages.warnings)
    time_zone       VARCHAR                 -- 'Asia/Almaty': its times and its pages' ingested_at are
                                            -- Kazakhstan time; NULL (runs before schema 17): the
                                            -- refreshing machine's own clock, its zone not recorded
);

-- A view count seen on a page: one row per appearance that printed a count.
CREATE OR REPLACE VIEW view_snapshots AS
SELECT l.article_id, l.page_id, p.observed_at, l.views, l.placement, l.position
FROM page_listings l JOIN pages p USING (page_id)
WHERE l.views IS NOT NULL;

-- The latest snapshot of each article that has one (the highest count of the latest capture),
-- with what the dashboard filters and ranks by. Kept by refresh (etl/writer.py) for every
-- article a page lists, so that readership queries read one narrow row per article instead
-- of aggregating every snapshot and joining every article.
CREATE TABLE IF NOT EXISTS latest_views (
    article_id             VARCHAR NOT NULL,  -- key
    published_at           TIMESTAMP NOT NULL,
    source                 VARCHAR,
    observed_at            TIMESTAMP,
    views                  BIGINT NOT NULL,
    -- at least one hour, so a page captured minutes after publication does not explode
    days_since_publication DOUBLE,
    views_per_day          DOUBLE,
    snapshots              INTEGER NOT NULL,  -- how many counts were seen in all
    -- the largest gain between two consecutive captures, each at its highest count (NULL with one)
    largest_gain            BIGINT,
    largest_gain_from       TIMESTAMP,         -- the earlier snapshot's capture time
    largest_gain_to         TIMESTAMP,         -- the later one's
    largest_gain_from_views BIGINT,            -- the earlier count (the later = this + gain)
    time_known              BOOLEAN,           -- articles.time_known: the publication minute is known
    -- every capture's highest count, oldest first: views at an age and the last day's growth
    -- read the captures around a moment from here, not from every snapshot
    captures                STRUCT(observed_at TIMESTAMP, views BIGINT)[],
    topics                  VARCHAR[]          -- the article's topic ids (articles.topics)
);

-- The latest count per article with its title, and its rank.
CREATE OR REPLACE VIEW readership_latest AS
SELECT l.article_id, a.title, l.published_at, l.source, l.observed_at, l.views,
       l.days_since_publication, l.views_per_day,
       rank() OVER (ORDER BY l.views DESC) AS views_rank
FROM latest_views l JOIN articles a USING (article_id);

-- Growth between consecutive snapshots of one article.
-- Two counts of one capture (an article in two blocks of a page) are one capture at its highest
-- count: growth is only ever between different capture times, as latest_views' largest gain.
CREATE OR REPLACE VIEW readership_growth AS
WITH captures AS (
    SELECT article_id, observed_at, max(views) AS views, arg_max(page_id, views) AS page_id
    FROM view_snapshots
    -- an article seen once has no growth: skip the window over most snapshots
    WHERE article_id IN (SELECT article_id FROM latest_views WHERE snapshots > 1)
    GROUP BY article_id, observed_at
), ordered AS (
    SELECT article_id, page_id, observed_at, views,
           lag(observed_at) OVER w AS previous_observed_at,
           lag(views) OVER w AS previous_views
    FROM captures
    WINDOW w AS (PARTITION BY article_id ORDER BY observed_at)
)
SELECT article_id, page_id, previous_observed_at, observed_at, previous_views, views,
       views - previous_views AS views_gained,
       date_diff('minute', previous_observed_at, observed_at) / 60.0 AS hours_between,
       (views - previous_views) / (date_diff('minute', previous_observed_at, observed_at) / 1440.0)
           AS views_gained_per_day
FROM ordered
WHERE previous_views IS NOT NULL;

CREATE OR REPLACE VIEW readership_by_topic AS
SELECT t.topic, count(*) AS articles, sum(r.views) AS views,
       avg(r.views) AS mean_views, avg(r.views_per_day) AS mean_views_per_day
FROM readership_latest r JOIN article_topics t USING (article_id)
GROUP BY t.topic;

-- 'unknown publisher', as the dashboard names an article that credits no one (format.UNKNOWN_PUBLISHER)
CREATE OR REPLACE VIEW readership_by_source AS
SELECT coalesce(r.source, 'unknown publisher') AS source, count(*) AS articles, sum(r.views) AS views,
       avg(r.views) AS mean_views, avg(r.views_per_day) AS mean_views_per_day
FROM readership_latest r
GROUP BY 1;

-- Every numeric fact of an article body, with the exact sentence and span it came from.
CREATE TABLE IF NOT EXISTS indicators (
    indicator_id        VARCHAR NOT NULL,     -- key; article_id '-' start_char (6 digits)
    article_id          VARCHAR NOT NULL,
    value               DOUBLE NOT NULL,      -- normalised: 6.2 million -> 6200000
    unit                VARCHAR NOT NULL,     -- KZT, USD, EUR, percent, tonne, hectare, count, times...
    item                VARCHAR NOT NULL,     -- what is counted or measured ('' when unstated)
    qualifier           VARCHAR,              -- more than, about, up to, at least, almost, less than
    period_start        DATE,                 -- NULL when open or unstated
    period_end          DATE,
    kind                VARCHAR NOT NULL CHECK (kind IN ('actual', 'target', 'plan', 'forecast')),
    is_change           BOOLEAN NOT NULL,     -- a change ("grew by") rather than a level
    role                VARCHAR,              -- from/to of a change, low/high of a range
    linked_indicator_id VARCHAR,              -- the other end of that change or range
    sentence            VARCHAR NOT NULL,     -- the source sentence, verbatim
    sentence_start      INTEGER NOT NULL,     -- its offset in articles.body
    start_char          INTEGER NOT NULL,     -- the figure's span in articles.body
    end_char            INTEGER NOT NULL,
    surface             VARCHAR NOT NULL,     -- the figure as written ("$306 million")
    metric_id           VARCHAR,              -- the catalog series it was mapped to, if any
    category            VARCHAR,              -- the series' category (scholarship: student group)
    published_at        TIMESTAMP,            -- the article's (kept in step by refresh), so date
                                              -- filters and newest-first need no join
    topics              VARCHAR[],            -- the article's topic ids (articles.topics)
    period_basis        VARCHAR,              -- how the period was decided: sentence (its own
                                              -- sentence names it), publication, context (the
                                              -- headline or an earlier sentence), none
    place               VARCHAR,              -- the region, city or district it is about, by its
                                              -- English name ('Mangystau region', 'Almaty');
                                              -- NULL: national or unstated (etl/extract/places.py)
    direction           VARCHAR               -- a change's way: up, down; NULL for a level or
                                              -- a change whose text does not say
);

CREATE TABLE IF NOT EXISTS metrics (
    metric_id VARCHAR PRIMARY KEY,
    label     VARCHAR NOT NULL,
    topic     VARCHAR NOT NULL,
    unit      VARCHAR NOT NULL
);

-- One fact per metric, category, kind, period and value, however many articles report it.
CREATE OR REPLACE VIEW metric_values AS
SELECT i.metric_id, m.label, m.topic, i.category, i.kind, i.is_change,
       i.period_start, i.period_end, i.value, i.unit, i.place, i.direction,
       count(*) AS mentions,
       count(DISTINCT i.article_id) AS sources,
       list(i.indicator_id ORDER BY a.published_at, i.indicator_id) AS indicator_ids,
       list(DISTINCT i.article_id ORDER BY i.article_id) AS article_ids,
       min(a.published_at) AS first_published_at,
       max(a.published_at) AS last_published_at
FROM indicators i
JOIN articles a USING (article_id)
JOIN metrics m USING (metric_id)
GROUP BY i.metric_id, m.label, m.topic, i.category, i.kind, i.is_change,
         i.period_start, i.period_end, i.value, i.unit, i.place, i.direction;

-- metric_values without the lists, as a table kept by refresh (etl/derived.py rebuilds the
-- groups a run touches): the dashboard reads it when no filter narrows the articles, instead
-- of aggregating millions of indicators on every page view. Each fact keeps its first report's
-- article, item, figure as written and sentence, so a chart's provenance is read from here and
-- not looked up among millions of indicators.
CREATE TABLE IF NOT EXISTS metric_facts (
    metric_id          VARCHAR NOT NULL,
    category           VARCHAR,
    kind               VARCHAR NOT NULL,
    is_change          BOOLEAN NOT NULL,
    period_start       DATE,
    period_end         DATE,
    value              DOUBLE NOT NULL,
    unit               VARCHAR NOT NULL,
    place              VARCHAR,           -- where it was reported for (NULL: national)
    sources            BIGINT NOT NULL,   -- articles reporting it
    mentions           BIGINT NOT NULL,
    indicator_id       VARCHAR NOT NULL,  -- its first indicator (smallest id)
    first_published_at TIMESTAMP,         -- its earliest report
    article_id         VARCHAR,           -- the first indicator's article, item, surface, sentence
    item               VARCHAR,
    surface            VARCHAR,
    sentence           VARCHAR,
    direction          VARCHAR            -- a change's way (up, down), part of the fact's key
);

-- Disagreeing facts: pairs of values reported for the same metric, category, kind, place and
-- stated period that differ by more than 0.5 %. Rebuilt by each refresh that changes indicators
-- (etl/derived.py), so the dashboard reads a table instead of a self-join.
CREATE TABLE IF NOT EXISTS contradictions (
    metric_id      VARCHAR NOT NULL,
    category       VARCHAR,
    kind           VARCHAR NOT NULL,
    period_start   DATE,
    period_end     DATE,
    unit           VARCHAR NOT NULL,
    place          VARCHAR,           -- both reports' place (NULL: national)
    indicator_id_a VARCHAR NOT NULL,  -- the first report of the smaller value
    indicator_id_b VARCHAR NOT NULL,  -- the first report of the larger value
    value_a        DOUBLE NOT NULL,
    value_b        DOUBLE NOT NULL,
    ratio          DOUBLE,            -- larger / smaller
    article_id_a   VARCHAR NOT NULL,
    article_id_b   VARCHAR NOT NULL,
    sentence_a     VARCHAR NOT NULL,
    sentence_b     VARCHAR NOT NULL
    -- key: (indicator_id_a, indicator_id_b)
);
