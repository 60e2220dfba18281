-- Mobilise schema 1: sessions, the people list and who took part in which session.
-- A shipped migration is never edited; later changes go in a new numbered file.

PRAGMA application_id = 1297039921; -- 'MOB1': marks the file as a Mobilise database

CREATE TABLE people (
    id           TEXT PRIMARY KEY,          -- UUIDv7
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    person_key   TEXT NOT NULL UNIQUE,      -- name + organisation, case- and space-folded
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE sessions (
    id           TEXT PRIMARY KEY,          -- UUIDv7
    technique    TEXT NOT NULL,
    title        TEXT NOT NULL,
    scheduled_at TEXT NOT NULL,             -- local wall-clock, ISO 8601 without zone
    facilitator  TEXT NOT NULL DEFAULT '',
    location     TEXT NOT NULL DEFAULT '',
    purpose      TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status IN ('planned', 'running', 'finished')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT                       -- set while the session is in the bin
);

CREATE INDEX sessions_by_time ON sessions (scheduled_at DESC, created_at DESC);

CREATE TABLE session_participants (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    person_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role       TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL,
    PRIMARY KEY (session_id, person_id)
);

CREATE INDEX session_participants_by_person ON session_participants (person_id);

-- Full-text search over session titles and purposes, kept in step by triggers.
CREATE VIRTUAL TABLE sessions_fts USING fts5 (
    title, purpose,
    content = 'sessions', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER sessions_fts_insert AFTER INSERT ON sessions BEGIN
    INSERT INTO sessions_fts (rowid, title, purpose) VALUES (new.rowid, new.title, new.purpose);
END;

CREATE TRIGGER sessions_fts_delete AFTER DELETE ON sessions BEGIN
    INSERT INTO sessions_fts (sessions_fts, rowid, title, purpose)
    VALUES ('delete', old.rowid, old.title, old.purpose);
END;

CREATE TRIGGER sessions_fts_update AFTER UPDATE OF title, purpose ON sessions BEGIN
    INSERT INTO sessions_fts (sessions_fts, rowid, title, purpose)
    VALUES ('delete', old.rowid, old.title, old.purpose);
    INSERT INTO sessions_fts (rowid, title, purpose) VALUES (new.rowid, new.title, new.purpose);
END;
