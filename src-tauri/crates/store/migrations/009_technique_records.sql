-- Mobilise schema 9: every technique's record in one table and its log in another, so a
-- technique added later needs no migration of its own.
--
-- technique_records holds one record per session: the technique's key (as
-- mobilise_core::TechniqueId writes it) and the record's JSON, with the series of
-- meetings it is one of (a learning set) as a real column, so that a set's meetings are
-- found without reading inside the JSON. Deleting a set clears the link (and, in Rust,
-- the record's own copy of it) and keeps the meeting.
-- technique_events is the append-only log of what happened in a session, in order (a
-- Fishbowl's seats, turns and key points); the record's state is recomputed from it,
-- so a crash loses nothing.
--
-- The records already kept move in unchanged: the guided records (stored tagged, as
-- {"technique": ..., "record": ...}) and each Fishbowl's set-up and log.
-- A shipped migration is never edited; later changes go in a new numbered file.

CREATE TABLE technique_records (
    session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    technique  TEXT NOT NULL,
    record     TEXT NOT NULL,
    series_id  TEXT REFERENCES learning_sets (id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX technique_records_by_series ON technique_records (series_id);

CREATE TABLE technique_events (
    id         INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    event      TEXT NOT NULL
);

CREATE INDEX technique_events_by_session ON technique_events (session_id, id);

INSERT INTO technique_records (session_id, technique, record, series_id, updated_at)
SELECT session_id,
       json_extract(record, '$.technique'),
       coalesce(json(json_extract(record, '$.record')), 'null'),
       CASE json_extract(record, '$.technique')
           WHEN 'action-learning-sets' THEN (
               SELECT id FROM learning_sets WHERE id = json_extract(record, '$.record.set_id'))
       END,
       updated_at
  FROM guided_records;

INSERT INTO technique_records (session_id, technique, record, series_id, updated_at)
SELECT session_id, 'fishbowl', json_object('setup', json(setup)), NULL, updated_at
  FROM fishbowls;

INSERT INTO technique_events (session_id, at, event)
SELECT session_id, at, event FROM fishbowl_events ORDER BY id;

DROP INDEX guided_records_by_set;
DROP TABLE guided_records;
DROP INDEX fishbowl_events_by_session;
DROP TABLE fishbowl_events;
DROP TABLE fishbowls;
