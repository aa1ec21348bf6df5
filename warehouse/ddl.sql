-- The warehouse tables. Columns named in ../shared/contract/WAREHOUSE.md are fixed (names,
-- meanings, DuckDB types); the columns marked "extra" and the tables after the contract ones
-- are ours. Idempotent: run on every connection that writes.
-- The pandera models in warehouse/schemas.py mirror these columns; tests/test_schemas.py
-- checks that both name the same columns, types and NOT NULLs.

CREATE TABLE IF NOT EXISTS articles (
    article_id            VARCHAR PRIMARY KEY,
    source_path           VARCHAR NOT NULL,
    title                 VARCHAR,
    published_on          DATE,
    reference_date        DATE,
    reference_date_source VARCHAR NOT NULL,
    primary_district      VARCHAR,
    char_count            INTEGER NOT NULL,
    ingested_at           TIMESTAMP NOT NULL,
    reporting_year        INTEGER,          -- extra: the year the article reports on
    encoding              VARCHAR,          -- extra: encoding the file was decoded from
    metadata              VARCHAR,          -- extra: front matter as a JSON object
    parser_version        VARCHAR NOT NULL  -- extra: fingerprint of parser code + seeds
);

CREATE TABLE IF NOT EXISTS district_indicators (
    article_id   VARCHAR NOT NULL,
    district     VARCHAR NOT NULL,
    metric_key   VARCHAR,
    metric_name  VARCHAR NOT NULL,
    period       VARCHAR,
    value        DOUBLE,
    unit         VARCHAR,
    value_std    DOUBLE,
    unit_std     VARCHAR,
    qualifier    VARCHAR NOT NULL,
    growth_pct   DOUBLE,
    is_estimate  BOOLEAN NOT NULL,
    rank         INTEGER,
    rank_scope   VARCHAR,
    evidence     VARCHAR NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    CHECK (span_end > span_start)
);

CREATE TABLE IF NOT EXISTS targets (
    article_id   VARCHAR NOT NULL,
    district     VARCHAR NOT NULL,
    metric_key   VARCHAR,
    metric_name  VARCHAR NOT NULL,
    target_year  INTEGER NOT NULL,
    value        DOUBLE,
    unit         VARCHAR,
    value_std    DOUBLE,
    unit_std     VARCHAR,
    qualifier    VARCHAR NOT NULL,
    growth_pct   DOUBLE,
    evidence     VARCHAR NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    CHECK (span_end > span_start)
);

CREATE TABLE IF NOT EXISTS projects (
    article_id   VARCHAR NOT NULL,
    district     VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,
    status       VARCHAR,
    year         INTEGER,
    evidence     VARCHAR NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    CHECK (span_end > span_start)
);

CREATE TABLE IF NOT EXISTS rejected_articles (
    source_path  VARCHAR PRIMARY KEY,
    reason       VARCHAR NOT NULL,
    rejected_at  TIMESTAMP NOT NULL,
    stage        VARCHAR NOT NULL,  -- extra: decode, parse, validate or write
    file_sha256  VARCHAR             -- extra: content hash of the rejected bytes
);

-- Reference tables, loaded from seeds/*.csv.
CREATE TABLE IF NOT EXISTS metrics (
    metric_key  VARCHAR PRIMARY KEY,
    name_zh     VARCHAR NOT NULL,
    name_en     VARCHAR NOT NULL,
    unit_class  VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    aliases     VARCHAR[] NOT NULL
);

CREATE TABLE IF NOT EXISTS districts (
    district  VARCHAR PRIMARY KEY,
    level     VARCHAR NOT NULL,
    city      VARCHAR NOT NULL,
    province  VARCHAR NOT NULL,
    aliases   VARCHAR[] NOT NULL
);

-- Incremental state: one row per article file seen in the articles folder. A run hashes
-- only files whose size or mtime differ from this table, and decodes/parses only new or
-- changed content.
CREATE TABLE IF NOT EXISTS article_files (
    source_path   VARCHAR PRIMARY KEY,
    file_sha256   VARCHAR NOT NULL,
    size_bytes    BIGINT NOT NULL,
    mtime_ns      BIGINT NOT NULL,
    article_id    VARCHAR,           -- NULL when the bytes could not be decoded
    status        VARCHAR NOT NULL,  -- ingested | rejected
    first_seen_at TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL
);

-- Rows that failed validation: kept with the failed check, never silently dropped.
CREATE TABLE IF NOT EXISTS quarantine (
    table_name     VARCHAR NOT NULL,
    article_id     VARCHAR,
    check_name     VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    row_json       VARCHAR NOT NULL,
    quarantined_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS pipeline_meta (
    key    VARCHAR PRIMARY KEY,
    value  VARCHAR NOT NULL
);
