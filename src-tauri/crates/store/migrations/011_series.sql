-- Mobilise schema 11: the learning sets become series, the one table for every
-- technique that runs as a recurring group or a programme over weeks, each row naming its
-- technique. Renaming keeps every reference: the meetings' technique_records.series_id
-- and the members' rows follow the tables they point at.
-- A shipped migration is never edited; later changes go in a new numbered file.

ALTER TABLE learning_sets RENAME TO series;
ALTER TABLE series ADD COLUMN technique TEXT NOT NULL DEFAULT '';
UPDATE series SET technique = 'action-learning-sets';
CREATE INDEX series_by_technique ON series (technique);

ALTER TABLE learning_set_members RENAME TO series_members;
ALTER TABLE series_members RENAME COLUMN set_id TO series_id;
DROP INDEX learning_set_members_by_person;
CREATE INDEX series_members_by_person ON series_members (person_id);
