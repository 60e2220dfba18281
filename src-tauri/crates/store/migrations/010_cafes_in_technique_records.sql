-- Mobilise schema 10: each Knowledge Café's record (set-up, guests, seating plan) moves
-- into technique_records like every other technique's, unchanged, and the café's own
-- table goes.
-- A shipped migration is never edited; later changes go in a new numbered file.

INSERT INTO technique_records (session_id, technique, record, series_id, updated_at)
SELECT session_id, 'knowledge-cafe', json(cafe), NULL, updated_at
  FROM cafes;

DROP TABLE cafes;
