//! Notes and the parking lot: added at the end of their list, edited as people type,
//! reordered and deleted with the list kept numbered 0..n-1, and found by their words.

use chrono::{DateTime, Utc};
use mobilise_core::{note_text, Note, NoteInput, NoteKind, ValidationError};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::sql::{parse_id, parse_stamp, stamp, Words};
use crate::{require_live_session, NewId, Store};

const NOT_FOUND: StoreError = StoreError::NotFound { what: "That note" };

const COLUMNS: &str =
    "id, session_id, kind, step_id, question, position, text, created_at, updated_at";

/// Notes of sessions that are not in the bin.
/// (A correlated lookup by primary key: an `IN (SELECT ...)` would scan every session.)
const LIVE: &str = "EXISTS (SELECT 1 FROM sessions s
                     WHERE s.id = notes.session_id AND s.deleted_at IS NULL)";

/// The list a note belongs to: its session, kind, step and question.
struct List {
    session: String,
    kind: String,
    step_id: Option<u32>,
    question: Option<u32>,
}

impl List {
    /// The list of a note of a session that is not in the bin.
    fn of_note(conn: &Connection, id: Uuid) -> Result<List> {
        conn.query_row(
            &format!(
                "SELECT session_id, kind, step_id, question FROM notes
                  WHERE id = ?1 AND {LIVE}"
            ),
            [id.to_string()],
            |row| {
                Ok(List {
                    session: row.get(0)?,
                    kind: row.get(1)?,
                    step_id: row.get(2)?,
                    question: row.get(3)?,
                })
            },
        )
        .optional()?
        .ok_or(NOT_FOUND)
    }

    /// The ids of the list's notes in order.
    fn ids(&self, conn: &Connection) -> Result<Vec<String>> {
        let mut stmt = conn.prepare_cached(
            "SELECT id FROM notes
              WHERE session_id = ?1 AND kind = ?2 AND step_id IS ?3 AND question IS ?4
              ORDER BY position, rowid",
        )?;
        let ids = stmt
            .query_map(
                params![self.session, self.kind, self.step_id, self.question],
                |row| row.get(0),
            )?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    fn notes(&self, conn: &Connection) -> Result<Vec<Note>> {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM notes
              WHERE session_id = ?1 AND kind = ?2 AND step_id IS ?3 AND question IS ?4
              ORDER BY position, rowid"
        ))?;
        let rows = stmt.query_map(
            params![self.session, self.kind, self.step_id, self.question],
            NoteRow::read,
        )?;
        rows.map(|row| row?.into_note()).collect()
    }
}

impl Store {
    /// Adds a note (or parking-lot item) at the end of its list.
    pub fn add_note(
        &mut self,
        session: Uuid,
        input: &NoteInput,
        now: DateTime<Utc>,
        new_id: NewId<'_>,
    ) -> Result<Note> {
        let clean = input.validated()?;
        let tx = self.conn.transaction()?;
        require_live_session(&tx, session)?;
        let row = tx.query_row(
            &format!(
                "INSERT INTO notes (id, session_id, kind, step_id, question, position, text,
                                    created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5,
                         (SELECT coalesce(max(position) + 1, 0) FROM notes
                           WHERE session_id = ?2 AND kind = ?3
                             AND step_id IS ?4 AND question IS ?5),
                         ?6, ?7, ?7)
                 RETURNING {COLUMNS}"
            ),
            params![
                new_id().to_string(),
                session.to_string(),
                clean.kind.key(),
                clean.step_id,
                clean.question,
                clean.text,
                stamp(now),
            ],
            NoteRow::read,
        )?;
        tx.commit()?;
        row.into_note()
    }

    /// Replaces a note's text: what the console calls, debounced, as people type. One
    /// indexed statement, so it is cheap to call often.
    pub fn update_note_text(&mut self, id: Uuid, text: &str, now: DateTime<Utc>) -> Result<Note> {
        let text = note_text(text)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "UPDATE notes SET text = ?2, updated_at = ?3 WHERE id = ?1 AND {LIVE}
             RETURNING {COLUMNS}"
        ))?;
        let row = stmt
            .query_row(params![id.to_string(), text, stamp(now)], NoteRow::read)
            .optional()?
            .ok_or(NOT_FOUND)?;
        row.into_note()
    }

    /// Moves a note to `new_position` (counted from 0) in its list and returns the list
    /// in its new order, numbered 0..n-1.
    pub fn move_note(&mut self, id: Uuid, new_position: u32) -> Result<Vec<Note>> {
        let tx = self.conn.transaction()?;
        let list = List::of_note(&tx, id)?;
        let mut ids = list.ids(&tx)?;
        let target = usize::try_from(new_position).unwrap_or(usize::MAX);
        if target >= ids.len() {
            return Err(ValidationError {
                field: "position".into(),
                message: format!(
                    "There is no place {} in a list of {} notes.",
                    u64::from(new_position) + 1,
                    ids.len()
                ),
            }
            .into());
        }
        let key = id.to_string();
        ids.retain(|other| *other != key);
        ids.insert(target, key);
        renumber(&tx, &ids)?;
        let notes = list.notes(&tx)?;
        tx.commit()?;
        Ok(notes)
    }

    /// Deletes a note; the notes after it in its list move up one place.
    pub fn delete_note(&mut self, id: Uuid) -> Result<()> {
        let tx = self.conn.transaction()?;
        let list = List::of_note(&tx, id)?;
        tx.execute("DELETE FROM notes WHERE id = ?1", [id.to_string()])?;
        let ids = list.ids(&tx)?;
        renumber(&tx, &ids)?;
        tx.commit()?;
        Ok(())
    }

    /// A session's notes: step notes before parking-lot items, then by step, question
    /// (the step in general first) and position.
    pub fn notes(&self, session: Uuid) -> Result<Vec<Note>> {
        require_live_session(&self.conn, session)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM notes WHERE session_id = ?1
              ORDER BY kind, step_id, question, position, rowid"
        ))?;
        let rows = stmt.query_map([session.to_string()], NoteRow::read)?;
        rows.map(|row| row?.into_note()).collect()
    }

    /// Notes of every session not in the bin holding all the words (as prefixes, accents
    /// ignored), most recently edited first. No words, no notes.
    pub fn search_notes(&self, text: &str) -> Result<Vec<Note>> {
        let words = Words::parse(text);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM notes
              WHERE {LIVE}
                AND rowid IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?1)
              ORDER BY updated_at DESC, rowid DESC"
        ))?;
        let rows = stmt.query_map([words.fts_query()], NoteRow::read)?;
        rows.map(|row| row?.into_note()).collect()
    }
}

/// Numbers the notes `ids` 0..n-1 in the order given, touching only those that moved.
fn renumber(conn: &Connection, ids: &[String]) -> Result<()> {
    let mut stmt =
        conn.prepare_cached("UPDATE notes SET position = ?2 WHERE id = ?1 AND position <> ?2")?;
    for (position, id) in ids.iter().enumerate() {
        stmt.execute(params![id, i64::try_from(position).unwrap_or(i64::MAX)])?;
    }
    Ok(())
}

struct NoteRow {
    id: String,
    session_id: String,
    kind: String,
    step_id: Option<u32>,
    question: Option<u32>,
    position: u32,
    text: String,
    created_at: String,
    updated_at: String,
}

impl NoteRow {
    fn read(row: &Row<'_>) -> rusqlite::Result<NoteRow> {
        Ok(NoteRow {
            id: row.get(0)?,
            session_id: row.get(1)?,
            kind: row.get(2)?,
            step_id: row.get(3)?,
            question: row.get(4)?,
            position: row.get(5)?,
            text: row.get(6)?,
            created_at: row.get(7)?,
            updated_at: row.get(8)?,
        })
    }

    fn into_note(self) -> Result<Note> {
        Ok(Note {
            id: parse_id(&self.id)?,
            session_id: parse_id(&self.session_id)?,
            kind: NoteKind::from_key(&self.kind).ok_or_else(|| StoreError::Damaged {
                what: "A note",
                detail: format!("unknown kind {:?}", self.kind),
            })?,
            step_id: self.step_id,
            question: self.question,
            position: self.position,
            text: self.text,
            created_at: parse_stamp(&self.created_at)?,
            updated_at: parse_stamp(&self.updated_at)?,
        })
    }
}
