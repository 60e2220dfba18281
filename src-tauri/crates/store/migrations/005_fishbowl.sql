-- Mobilise schema 5: a Fishbowl's set-up (JSON of mobilise_core::techniques::fishbowl::FishbowlSetup)
-- and the log of everything that happened in it: seats taken and left, the talking token
-- passed, key points captured (JSON of FishbowlEvent), each with its instant. The chair
-- map and every talk-time total are recomputed from the log, so a crash loses nothing.
-- A shipped migration is never edited; later changes go in a new numbered file.

CREATE TABLE fishbowls (
    session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    setup      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Append-only, in order.
CREATE TABLE fishbowl_events (
    id         INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    event      TEXT NOT NULL
);

CREATE INDEX fishbowl_events_by_session ON fishbowl_events (session_id, id);
