-- Mobilise schema 6: lessons learned, as records of their own with full-text search.
-- A lesson outlives its session: removing the session for good (emptying the bin) keeps
-- the lesson and clears its session and step.
-- A shipped migration is never edited; later changes go in a new numbered file.

CREATE TABLE lessons (
    -- The search index's row number. An explicit INTEGER PRIMARY KEY, so that VACUUM can
    -- never renumber it under the index.
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,    -- UUIDv7
    session_id     TEXT REFERENCES sessions (id) ON DELETE SET NULL,
    step_id        INTEGER,                 -- agenda step of that session, if any
    title          TEXT NOT NULL,
    what_happened  TEXT NOT NULL DEFAULT '',
    cause          TEXT NOT NULL DEFAULT '',
    learning       TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    tags           TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    learned_on     TEXT NOT NULL,           -- local date, YYYY-MM-DD
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE INDEX lessons_by_session ON lessons (session_id);
CREATE INDEX lessons_by_date ON lessons (learned_on DESC, created_at DESC);

-- A step means nothing without its session: when the session goes, so does the step.
CREATE TRIGGER lessons_session_removed AFTER UPDATE OF session_id ON lessons
WHEN new.session_id IS NULL AND new.step_id IS NOT NULL BEGIN
    UPDATE lessons SET step_id = NULL WHERE seq = new.seq;
END;

-- What the search index sees of a lesson. unicode61 with remove_diacritics 2 already
-- matches "ŵyn" with "wyn" and "żółć" with "zolc"; this view adds:
--  * letters with no decomposition folded to their base letter (ł, ø, đ), so "Łódź" is
--    found by "lodz" (the search words are folded the same way in Rust);
--  * the modifier-letter apostrophe (ʼ, a letter to unicode61) made a plain apostrophe,
--    which, like ’ and ‘, separates words: "O’Neill" is indexed as "o" "neill" and found
--    by "O'Neill" or "O’Neill" typed as a phrase, and "follow-up" by "follow";
--  * `joined`: all the text once more with apostrophes and hyphens removed, so "oneill",
--    "followup" and "eobs" find "O'Neill", "follow-up" and "e-obs" too.
-- The triggers below read this view, so the index and the view can never disagree.
CREATE VIEW lessons_search (
    seq, title, tags, what_happened, cause, learning, recommendation, joined
) AS
SELECT seq, title, tags, what_happened, cause, learning, recommendation,
       replace(replace(replace(replace(replace(replace(
           title || ' ' || tags || ' ' || what_happened || ' ' || cause || ' ' ||
           learning || ' ' || recommendation,
           '''', ''), '’', ''), '‘', ''), '-', ''), '‐', ''), '‑', '')
  FROM (SELECT seq,
               replace(replace(replace(replace(replace(replace(replace(
                   title, 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'),
                   'ʼ', '''') AS title,
               replace(replace(replace(replace(replace(replace(replace(
                   tags, 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'),
                   'ʼ', '''') AS tags,
               replace(replace(replace(replace(replace(replace(replace(
                   what_happened, 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'),
                   'Đ', 'D'), 'ʼ', '''') AS what_happened,
               replace(replace(replace(replace(replace(replace(replace(
                   cause, 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'),
                   'ʼ', '''') AS cause,
               replace(replace(replace(replace(replace(replace(replace(
                   learning, 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'),
                   'ʼ', '''') AS learning,
               replace(replace(replace(replace(replace(replace(replace(
                   recommendation, 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'),
                   'Đ', 'D'), 'ʼ', '''') AS recommendation
          FROM lessons);

CREATE VIRTUAL TABLE lessons_fts USING fts5 (
    title, tags, what_happened, cause, learning, recommendation, joined,
    content = 'lessons_search', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER lessons_fts_insert AFTER INSERT ON lessons BEGIN
    INSERT INTO lessons_fts (rowid, title, tags, what_happened, cause, learning,
                             recommendation, joined)
    SELECT seq, title, tags, what_happened, cause, learning, recommendation, joined
      FROM lessons_search WHERE seq = new.seq;
END;

-- Before, while the old row can still be read through the view.
CREATE TRIGGER lessons_fts_delete BEFORE DELETE ON lessons BEGIN
    INSERT INTO lessons_fts (lessons_fts, rowid, title, tags, what_happened, cause,
                             learning, recommendation, joined)
    SELECT 'delete', seq, title, tags, what_happened, cause, learning, recommendation,
           joined
      FROM lessons_search WHERE seq = old.seq;
END;

CREATE TRIGGER lessons_fts_update_before
BEFORE UPDATE OF title, tags, what_happened, cause, learning, recommendation ON lessons
BEGIN
    INSERT INTO lessons_fts (lessons_fts, rowid, title, tags, what_happened, cause,
                             learning, recommendation, joined)
    SELECT 'delete', seq, title, tags, what_happened, cause, learning, recommendation,
           joined
      FROM lessons_search WHERE seq = old.seq;
END;

CREATE TRIGGER lessons_fts_update_after
AFTER UPDATE OF title, tags, what_happened, cause, learning, recommendation ON lessons
BEGIN
    INSERT INTO lessons_fts (rowid, title, tags, what_happened, cause, learning,
                             recommendation, joined)
    SELECT seq, title, tags, what_happened, cause, learning, recommendation, joined
      FROM lessons_search WHERE seq = new.seq;
END;
