//! Session records: create, read, edit, list and search, duplicate, and the bin (a
//! deleted session can be restored until the bin is emptied).

use chrono::{DateTime, Utc};
use mobilise_core::{
    Participant, Session, SessionDraft, SessionQuery, SessionStatus, SessionSummary, TechniqueId,
};
use rusqlite::{params, OptionalExtension, Row, Transaction};
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::people;
use crate::sql::{local, parse_id, parse_local, parse_stamp, stamp, Words};
use crate::{NewId, Store};

const NOT_FOUND: StoreError = StoreError::NotFound {
    what: "That session",
};

impl Store {
    /// Stores a new session from a draft. Nothing is written unless the draft is valid.
    pub fn create_session(
        &mut self,
        draft: &SessionDraft,
        now: DateTime<Utc>,
        new_id: NewId<'_>,
    ) -> Result<Session> {
        self.insert_session(draft, None, now, new_id)
    }

    /// Stores a new session (following `follows`, if set) in one transaction.
    fn insert_session(
        &mut self,
        draft: &SessionDraft,
        follows: Option<Uuid>,
        now: DateTime<Utc>,
        new_id: NewId<'_>,
    ) -> Result<Session> {
        let clean = draft.validated()?;
        let id = new_id();
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO sessions (id, technique, title, scheduled_at, facilitator, location,
                                   purpose, status, created_at, updated_at, follows_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)",
            params![
                id.to_string(),
                clean.technique.key(),
                clean.title,
                local(clean.scheduled_at),
                clean.facilitator,
                clean.location,
                clean.purpose,
                clean.status.key(),
                stamp(now),
                follows.map(|f| f.to_string()),
            ],
        )?;
        write_participants(&tx, id, &clean, now, new_id)?;
        tx.commit()?;
        self.session(id)
    }

    /// Replaces a session's details and participants with the draft's.
    pub fn update_session(
        &mut self,
        id: Uuid,
        draft: &SessionDraft,
        now: DateTime<Utc>,
        new_id: NewId<'_>,
    ) -> Result<Session> {
        let clean = draft.validated()?;
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            "UPDATE sessions SET technique = ?2, title = ?3, scheduled_at = ?4,
                    facilitator = ?5, location = ?6, purpose = ?7, status = ?8, updated_at = ?9
              WHERE id = ?1 AND deleted_at IS NULL",
            params![
                id.to_string(),
                clean.technique.key(),
                clean.title,
                local(clean.scheduled_at),
                clean.facilitator,
                clean.location,
                clean.purpose,
                clean.status.key(),
                stamp(now),
            ],
        )?;
        if changed == 0 {
            return Err(NOT_FOUND);
        }
        tx.execute(
            "DELETE FROM session_participants WHERE session_id = ?1",
            [id.to_string()],
        )?;
        write_participants(&tx, id, &clean, now, new_id)?;
        tx.commit()?;
        self.session(id)
    }

    /// One live (not deleted) session with its participants.
    pub fn session(&self, id: Uuid) -> Result<Session> {
        let row = self
            .conn
            .query_row(
                "SELECT id, technique, title, scheduled_at, facilitator, location, purpose,
                        status, created_at, updated_at, follows_id
                   FROM sessions WHERE id = ?1 AND deleted_at IS NULL",
                [id.to_string()],
                SessionRow::read,
            )
            .optional()?
            .ok_or(NOT_FOUND)?;
        let participants = self.participants(id)?;
        row.into_session(participants)
    }

    fn participants(&self, id: Uuid) -> Result<Vec<Participant>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.id, p.name, p.organisation, sp.role
               FROM session_participants sp JOIN people p ON p.id = sp.person_id
              WHERE sp.session_id = ?1
              ORDER BY sp.position",
        )?;
        let rows = stmt.query_map([id.to_string()], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
            ))
        })?;
        rows.map(|row| {
            let (person_id, name, organisation, role) = row?;
            Ok(Participant {
                person_id: parse_id(&person_id)?,
                name,
                organisation,
                role,
            })
        })
        .collect()
    }

    /// The sessions list, newest meeting first, filtered by the query.
    pub fn list_sessions(&self, query: &SessionQuery) -> Result<Vec<SessionSummary>> {
        let words = Words::parse(&query.text);
        let mut sql = format!(
            "SELECT {SUMMARY_COLUMNS}
               FROM sessions s
              WHERE (s.deleted_at IS NOT NULL) = ?1
                AND (?2 IS NULL OR s.technique = ?2)
                AND (?3 IS NULL OR s.status = ?3)"
        );
        if !words.is_empty() {
            sql.push_str(
                " AND s.rowid IN (SELECT rowid FROM sessions_fts WHERE sessions_fts MATCH ?4)",
            );
        } else {
            sql.push_str(" AND ?4 IS NULL");
        }
        sql.push_str(" ORDER BY s.scheduled_at DESC, s.created_at DESC");
        let fts = (!words.is_empty()).then(|| words.fts_query());
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(
            params![
                query.deleted,
                query.technique.map(TechniqueId::key),
                query.status.map(SessionStatus::key),
                fts,
            ],
            SummaryRow::read,
        )?;
        rows.map(|row| row?.into_summary()).collect()
    }

    /// Moves a session to the bin. It disappears from the list but can be restored.
    pub fn delete_session(&mut self, id: Uuid, now: DateTime<Utc>) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE sessions SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id.to_string(), stamp(now)],
        )?;
        if changed == 0 {
            return Err(NOT_FOUND);
        }
        Ok(())
    }

    /// Brings a session back from the bin.
    pub fn restore_session(&mut self, id: Uuid, now: DateTime<Utc>) -> Result<Session> {
        let changed = self.conn.execute(
            "UPDATE sessions SET deleted_at = NULL, updated_at = ?2
              WHERE id = ?1 AND deleted_at IS NOT NULL",
            params![id.to_string(), stamp(now)],
        )?;
        if changed == 0 {
            return Err(NOT_FOUND);
        }
        self.session(id)
    }

    /// Removes every session in the bin for good. Returns how many were removed.
    pub fn empty_bin(&mut self) -> Result<usize> {
        Ok(self
            .conn
            .execute("DELETE FROM sessions WHERE deleted_at IS NOT NULL", [])?)
    }

    /// A follow-up session: a new planned session with the same details and people,
    /// which follows the original (and so reviews its open actions when it starts).
    pub fn duplicate_session(
        &mut self,
        id: Uuid,
        now: DateTime<Utc>,
        new_id: NewId<'_>,
    ) -> Result<Session> {
        let original = self.session(id)?;
        self.insert_session(&original.as_template(), Some(original.id), now, new_id)
    }
}

fn write_participants(
    tx: &Transaction<'_>,
    session: Uuid,
    draft: &SessionDraft,
    now: DateTime<Utc>,
    new_id: NewId<'_>,
) -> Result<()> {
    for (position, input) in draft.participants.iter().enumerate() {
        let person = people::resolve(tx, input, now, &mut *new_id)?;
        tx.execute(
            "INSERT INTO session_participants (session_id, person_id, role, position)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                session.to_string(),
                person.to_string(),
                input.role,
                position as i64
            ],
        )?;
    }
    Ok(())
}

pub(crate) fn technique_from(key: &str) -> Result<TechniqueId> {
    TechniqueId::from_key(key).ok_or_else(|| StoreError::NotADatabase {
        path: Default::default(),
        detail: format!("unknown technique {key:?}"),
    })
}

fn status_from(key: &str) -> Result<SessionStatus> {
    SessionStatus::from_key(key).ok_or_else(|| StoreError::NotADatabase {
        path: Default::default(),
        detail: format!("unknown status {key:?}"),
    })
}

/// The columns [`SummaryRow::read`] reads, of `sessions` aliased `s`.
pub(crate) const SUMMARY_COLUMNS: &str =
    "s.id, s.technique, s.title, s.scheduled_at, s.facilitator, s.location, s.status,
     s.updated_at, s.deleted_at,
     (SELECT count(*) FROM session_participants sp WHERE sp.session_id = s.id)";

/// A sessions-list row as read from [`SUMMARY_COLUMNS`].
pub(crate) struct SummaryRow {
    id: String,
    technique: String,
    title: String,
    scheduled_at: String,
    facilitator: String,
    location: String,
    status: String,
    updated_at: String,
    deleted_at: Option<String>,
    participant_count: u32,
}

impl SummaryRow {
    pub(crate) fn read(row: &Row<'_>) -> rusqlite::Result<SummaryRow> {
        Ok(SummaryRow {
            id: row.get(0)?,
            technique: row.get(1)?,
            title: row.get(2)?,
            scheduled_at: row.get(3)?,
            facilitator: row.get(4)?,
            location: row.get(5)?,
            status: row.get(6)?,
            updated_at: row.get(7)?,
            deleted_at: row.get(8)?,
            participant_count: row.get(9)?,
        })
    }

    pub(crate) fn into_summary(self) -> Result<SessionSummary> {
        Ok(SessionSummary {
            id: parse_id(&self.id)?,
            technique: technique_from(&self.technique)?,
            title: self.title,
            scheduled_at: parse_local(&self.scheduled_at)?,
            facilitator: self.facilitator,
            location: self.location,
            status: status_from(&self.status)?,
            participant_count: self.participant_count,
            updated_at: parse_stamp(&self.updated_at)?,
            deleted_at: self.deleted_at.as_deref().map(parse_stamp).transpose()?,
        })
    }
}

struct SessionRow {
    id: String,
    technique: String,
    title: String,
    scheduled_at: String,
    facilitator: String,
    location: String,
    purpose: String,
    status: String,
    created_at: String,
    updated_at: String,
    follows_id: Option<String>,
}

impl SessionRow {
    fn read(row: &Row<'_>) -> rusqlite::Result<SessionRow> {
        Ok(SessionRow {
            id: row.get(0)?,
            technique: row.get(1)?,
            title: row.get(2)?,
            scheduled_at: row.get(3)?,
            facilitator: row.get(4)?,
            location: row.get(5)?,
            purpose: row.get(6)?,
            status: row.get(7)?,
            created_at: row.get(8)?,
            updated_at: row.get(9)?,
            follows_id: row.get(10)?,
        })
    }

    fn into_session(self, participants: Vec<Participant>) -> Result<Session> {
        Ok(Session {
            id: parse_id(&self.id)?,
            technique: technique_from(&self.technique)?,
            title: self.title,
            scheduled_at: parse_local(&self.scheduled_at)?,
            facilitator: self.facilitator,
            location: self.location,
            purpose: self.purpose,
            status: status_from(&self.status)?,
            participants,
            follows: self.follows_id.as_deref().map(parse_id).transpose()?,
            created_at: parse_stamp(&self.created_at)?,
            updated_at: parse_stamp(&self.updated_at)?,
        })
    }
}
