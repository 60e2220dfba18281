-- Mobilise schema 3: app settings (such as the live timer's warning thresholds), and
-- follow-up sessions that remember the session they follow.
-- A shipped migration is never edited; later changes go in a new numbered file.

-- One value per key, as text (JSON where the value has parts).
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The session a follow-up session follows, whose open actions it reviews. Emptying the
-- bin of the earlier session clears it.
ALTER TABLE sessions ADD COLUMN follows_id TEXT REFERENCES sessions (id) ON DELETE SET NULL;
