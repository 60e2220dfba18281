-- Mobilise schema 8: the guided techniques' records, one per session (JSON of
-- mobilise_core::guided::GuidedRecord: a Before Action Review's plan, a Retrospect's
-- marks, an Appreciative Inquiry's board, a Peer Assist's record, an Action Learning Set
-- meeting), and Action Learning Sets: each set with its members in order.
-- A meeting belongs to a set through the set_id inside its guided record; deleting the
-- set clears that link (in Rust, with json_set) and keeps the meeting. A record goes with
-- its session; a member goes from every set when removed from the people list.
-- A shipped migration is never edited; later changes go in a new numbered file.

CREATE TABLE guided_records (
    session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    record     TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The meetings of a set. Queries must use this exact expression for SQLite to use it.
CREATE INDEX guided_records_by_set
    ON guided_records (json_extract(record, '$.record.set_id'));

CREATE TABLE learning_sets (
    id         TEXT PRIMARY KEY,    -- UUIDv7
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE learning_set_members (
    set_id    TEXT NOT NULL REFERENCES learning_sets (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (set_id, person_id)
);

CREATE INDEX learning_set_members_by_person ON learning_set_members (person_id);
