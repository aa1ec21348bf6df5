-- Derived views over the warehouse tables, rebuilt by the `warehouse_views` asset after each
-- ingest batch. Views, not tables: they are always current, so "rebuilding" them after a
-- batch costs nothing however many articles the warehouse holds.

-- The newest figure per district, metric and period: when several articles report the same
-- fact, the most recently published one wins (ties: the latest ingested, then article_id).
CREATE OR REPLACE VIEW latest_indicators AS
SELECT * EXCLUDE (rn)
FROM (
    SELECT
        i.*,
        a.published_on,
        a.source_path,
        row_number() OVER (
            PARTITION BY i.district, coalesce(i.metric_key, i.metric_name), i.period
            ORDER BY a.published_on DESC NULLS LAST, a.ingested_at DESC, i.article_id, i.span_start
        ) AS rn
    FROM district_indicators AS i
    JOIN articles AS a USING (article_id)
)
WHERE rn = 1;

-- Indicators with their catalog entry and the article they came from.
CREATE OR REPLACE VIEW indicator_facts AS
SELECT
    i.*,
    m.name_zh AS catalog_name,
    m.unit_class,
    d.city,
    a.title AS article_title,
    a.published_on,
    a.source_path
FROM district_indicators AS i
JOIN articles AS a USING (article_id)
LEFT JOIN metrics AS m ON m.metric_key = i.metric_key
LEFT JOIN districts AS d ON d.district = i.district;

-- How much the warehouse knows about each district.
CREATE OR REPLACE VIEW district_coverage AS
WITH facts AS (
    SELECT district, article_id, 'indicator' AS kind FROM district_indicators
    UNION ALL SELECT district, article_id, 'target' FROM targets
    UNION ALL SELECT district, article_id, 'project' FROM projects
)
SELECT
    district,
    count(DISTINCT article_id) AS articles,
    count(*) FILTER (WHERE kind = 'indicator') AS indicators,
    count(*) FILTER (WHERE kind = 'target') AS targets,
    count(*) FILTER (WHERE kind = 'project') AS projects
FROM facts
GROUP BY district;

-- Every file in the articles folder with what became of it.
CREATE OR REPLACE VIEW ingest_status AS
SELECT
    f.source_path,
    f.status,
    f.article_id,
    f.updated_at,
    r.reason AS rejected_reason,
    r.stage AS rejected_stage
FROM article_files AS f
LEFT JOIN rejected_articles AS r USING (source_path);
