-- Mobilise schema 7: lessons from earlier work pinned to a session (a Before Action
-- Review brings them into its plan). A pin goes with its session or its lesson.
-- A shipped migration is never edited; later changes go in a new numbered file.

CREATE TABLE lesson_pins (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    lesson_id  TEXT NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    pinned_at  TEXT NOT NULL,
    PRIMARY KEY (session_id, lesson_id)
);

CREATE INDEX lesson_pins_by_lesson ON lesson_pins (lesson_id);
