-- Mobilise schema 2: what a session leaves behind. The live state of a running session
-- (with the log of every command applied to it), notes and the parking lot, and actions.
-- A shipped migration is never edited; later changes go in a new numbered file.

-- The latest live state of a session (JSON of mobilise_core::live::LiveState), written
-- in the same transaction as the command that produced it.
CREATE TABLE live_states (
    session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    state      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Every command applied to a live session, in order (JSON of LiveCommand). Append-only.
CREATE TABLE live_events (
    id         INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    command    TEXT NOT NULL
);

CREATE INDEX live_events_by_session ON live_events (session_id, id);

-- Notes on a step (and one of its questions) and parking-lot items. The notes of one list
-- (session, kind, step, question) are numbered 0..n-1 by position.
CREATE TABLE notes (
    id         TEXT PRIMARY KEY,            -- UUIDv7
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('note', 'parking')),
    step_id    INTEGER,                     -- agenda step id; NULL for the parking lot
    question   INTEGER,                     -- index of the step's question; NULL = general
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX notes_by_list ON notes (session_id, kind, step_id, question, position);

CREATE VIRTUAL TABLE notes_fts USING fts5 (
    text,
    content = 'notes', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TRIGGER notes_fts_update AFTER UPDATE OF text ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO notes_fts (rowid, text) VALUES (new.rowid, new.text);
END;

-- Actions agreed in a session. The owner is free text; when it names someone in the
-- people list, owner_person_id says who (and deleting them clears both).
CREATE TABLE actions (
    id              TEXT PRIMARY KEY,       -- UUIDv7
    session_id      TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    step_id         INTEGER,
    what            TEXT NOT NULL,
    owner           TEXT NOT NULL DEFAULT '',
    owner_person_id TEXT REFERENCES people (id) ON DELETE SET NULL,
    due_on          TEXT,                   -- local date, YYYY-MM-DD
    status          TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE INDEX actions_by_session ON actions (session_id);
CREATE INDEX actions_by_owner_person ON actions (owner_person_id);

CREATE VIRTUAL TABLE actions_fts USING fts5 (
    what, owner,
    content = 'actions', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER actions_fts_insert AFTER INSERT ON actions BEGIN
    INSERT INTO actions_fts (rowid, what, owner) VALUES (new.rowid, new.what, new.owner);
END;

CREATE TRIGGER actions_fts_delete AFTER DELETE ON actions BEGIN
    INSERT INTO actions_fts (actions_fts, rowid, what, owner)
    VALUES ('delete', old.rowid, old.what, old.owner);
END;

CREATE TRIGGER actions_fts_update AFTER UPDATE OF what, owner ON actions BEGIN
    INSERT INTO actions_fts (actions_fts, rowid, what, owner)
    VALUES ('delete', old.rowid, old.what, old.owner);
    INSERT INTO actions_fts (rowid, what, owner) VALUES (new.rowid, new.what, new.owner);
END;
