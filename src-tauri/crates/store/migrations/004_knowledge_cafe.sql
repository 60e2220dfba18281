-- Mobilise schema 4: a Knowledge Café's set-up, guests and seating plan, kept whole with
-- its session (JSON of mobilise_core::knowledge_cafe::Cafe): the plan is read and
-- replaced as one, and the export prints it as one.
-- A shipped migration is never edited; later changes go in a new numbered file.

CREATE TABLE cafes (
    session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    cafe       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
