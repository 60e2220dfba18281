//! Actions agreed in sessions: added, edited and deleted within a session, and listed
//! across every session with the open and overdue ones first.

use chrono::{DateTime, NaiveDate, Utc};
use mobilise_core::text::clean_line;
use mobilise_core::{
    Action, ActionInput, ActionQuery, ActionRow, ActionStatus, TechniqueId, ValidationError,
};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::sql::{day, folded, parse_day, parse_id, parse_stamp, stamp, Words};
use crate::{require_live_session, NewId, Store};

const NOT_FOUND: StoreError = StoreError::NotFound {
    what: "That action",
};

const COLUMNS: &str = "id, session_id, step_id, what, owner, owner_person_id, due_on, status,
                       created_at, updated_at";

/// Actions of sessions that are not in the bin.
/// (A correlated lookup by primary key: an `IN (SELECT ...)` would scan every session.)
const LIVE: &str = "EXISTS (SELECT 1 FROM sessions s
                     WHERE s.id = actions.session_id AND s.deleted_at IS NULL)";

impl Store {
    /// Adds an action to a session.
    pub fn add_action(
        &mut self,
        session: Uuid,
        input: &ActionInput,
        now: DateTime<Utc>,
        new_id: NewId<'_>,
    ) -> Result<Action> {
        let tx = self.conn.transaction()?;
        require_live_session(&tx, session)?;
        let clean = with_owner(&tx, input)?;
        let row = tx.query_row(
            &format!(
                "INSERT INTO actions (id, session_id, step_id, what, owner, owner_person_id,
                                      due_on, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
                 RETURNING {COLUMNS}"
            ),
            params![
                new_id().to_string(),
                session.to_string(),
                clean.step_id,
                clean.what,
                clean.owner,
                clean.owner_person_id.map(|id| id.to_string()),
                clean.due_on.map(day),
                clean.status.key(),
                stamp(now),
            ],
            StoredAction::read,
        )?;
        tx.commit()?;
        row.into_action()
    }

    /// Replaces an action's details (and status) with the input's.
    pub fn update_action(
        &mut self,
        id: Uuid,
        input: &ActionInput,
        now: DateTime<Utc>,
    ) -> Result<Action> {
        let tx = self.conn.transaction()?;
        let clean = with_owner(&tx, input)?;
        let row = tx
            .query_row(
                &format!(
                    "UPDATE actions SET step_id = ?2, what = ?3, owner = ?4,
                            owner_person_id = ?5, due_on = ?6, status = ?7, updated_at = ?8
                      WHERE id = ?1 AND {LIVE}
                     RETURNING {COLUMNS}"
                ),
                params![
                    id.to_string(),
                    clean.step_id,
                    clean.what,
                    clean.owner,
                    clean.owner_person_id.map(|id| id.to_string()),
                    clean.due_on.map(day),
                    clean.status.key(),
                    stamp(now),
                ],
                StoredAction::read,
            )
            .optional()?
            .ok_or(NOT_FOUND)?;
        tx.commit()?;
        row.into_action()
    }

    pub fn delete_action(&mut self, id: Uuid) -> Result<()> {
        let changed = self.conn.execute(
            &format!("DELETE FROM actions WHERE id = ?1 AND {LIVE}"),
            [id.to_string()],
        )?;
        if changed == 0 {
            return Err(NOT_FOUND);
        }
        Ok(())
    }

    /// A session's actions in the order they were added.
    pub fn session_actions(&self, session: Uuid) -> Result<Vec<Action>> {
        self.actions_of(session, None)
    }

    /// A session's actions that are still open, in the order they were added: what a
    /// follow-up session reviews first.
    pub fn open_actions_of(&self, session: Uuid) -> Result<Vec<Action>> {
        self.actions_of(session, Some(ActionStatus::Open))
    }

    fn actions_of(&self, session: Uuid, status: Option<ActionStatus>) -> Result<Vec<Action>> {
        require_live_session(&self.conn, session)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM actions
              WHERE session_id = ?1 AND (?2 IS NULL OR status = ?2)
              ORDER BY created_at, rowid"
        ))?;
        let rows = stmt.query_map(
            params![session.to_string(), status.map(ActionStatus::key)],
            StoredAction::read,
        )?;
        rows.map(|row| row?.into_action()).collect()
    }

    /// The actions of every session not in the bin: open ones first, overdue before the
    /// rest of the open ones, then by due date (undated last), then oldest first.
    /// `today` is the facilitator's local date; it decides what is overdue.
    pub fn list_actions(&self, query: &ActionQuery, today: NaiveDate) -> Result<Vec<ActionRow>> {
        let words = Words::parse(&query.text);
        let owner = folded(&clean_line(&query.owner));
        let mut sql = String::from(
            "SELECT a.id, a.session_id, a.step_id, a.what, a.owner, a.owner_person_id,
                    a.due_on, a.status, a.created_at, a.updated_at, s.title, s.technique
               FROM actions a JOIN sessions s ON s.id = a.session_id
              WHERE s.deleted_at IS NULL
                AND (?1 IS NULL OR a.status = ?1)",
        );
        if words.is_empty() {
            sql.push_str(" AND ?2 IS NULL");
        } else {
            sql.push_str(
                " AND a.rowid IN (SELECT rowid FROM actions_fts WHERE actions_fts MATCH ?2)",
            );
        }
        sql.push_str(
            " ORDER BY a.status <> 'open',
                       (a.status = 'open' AND a.due_on IS NOT NULL AND a.due_on < ?3) DESC,
                       a.due_on IS NULL, a.due_on, a.created_at, a.rowid",
        );
        let fts = (!words.is_empty()).then(|| words.fts_query());
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(
            params![query.status.map(ActionStatus::key), fts, day(today)],
            |row| {
                Ok((
                    StoredAction::read(row)?,
                    row.get::<_, String>(10)?,
                    row.get::<_, String>(11)?,
                ))
            },
        )?;
        let mut list = Vec::new();
        for row in rows {
            let (raw, session_title, technique) = row?;
            // Folded in Rust: SQLite's lower() and LIKE fold only ASCII letters.
            if !owner.is_empty() && !folded(&raw.owner).contains(&owner) {
                continue;
            }
            let action = raw.into_action()?;
            list.push(ActionRow {
                overdue: action.is_overdue(today),
                technique: TechniqueId::from_key(&technique).ok_or_else(|| {
                    StoreError::Damaged {
                        what: "A session",
                        detail: format!("unknown technique {technique:?}"),
                    }
                })?,
                session_title,
                action,
            });
        }
        Ok(list)
    }
}

/// The input validated, with the owner checked against the people list: a named person
/// must still be there, and a blank owner becomes their name.
fn with_owner(conn: &Connection, input: &ActionInput) -> Result<ActionInput> {
    let mut clean = input.validated()?;
    if let Some(person) = clean.owner_person_id {
        let name: String = conn
            .query_row(
                "SELECT name FROM people WHERE id = ?1",
                [person.to_string()],
                |row| row.get(0),
            )
            .optional()?
            .ok_or_else(|| ValidationError {
                field: "owner_person_id".into(),
                message: "That person is no longer in the people list.".into(),
            })?;
        if clean.owner.is_empty() {
            clean.owner = name;
        }
    }
    Ok(clean)
}

struct StoredAction {
    id: String,
    session_id: String,
    step_id: Option<u32>,
    what: String,
    owner: String,
    owner_person_id: Option<String>,
    due_on: Option<String>,
    status: String,
    created_at: String,
    updated_at: String,
}

impl StoredAction {
    fn read(row: &Row<'_>) -> rusqlite::Result<StoredAction> {
        Ok(StoredAction {
            id: row.get(0)?,
            session_id: row.get(1)?,
            step_id: row.get(2)?,
            what: row.get(3)?,
            owner: row.get(4)?,
            owner_person_id: row.get(5)?,
            due_on: row.get(6)?,
            status: row.get(7)?,
            created_at: row.get(8)?,
            updated_at: row.get(9)?,
        })
    }

    fn into_action(self) -> Result<Action> {
        Ok(Action {
            id: parse_id(&self.id)?,
            session_id: parse_id(&self.session_id)?,
            step_id: self.step_id,
            what: self.what,
            owner: self.owner,
            owner_person_id: self.owner_person_id.as_deref().map(parse_id).transpose()?,
            due_on: self.due_on.as_deref().map(parse_day).transpose()?,
            status: ActionStatus::from_key(&self.status).ok_or_else(|| StoreError::Damaged {
                what: "An action",
                detail: format!("unknown status {:?}", self.status),
            })?,
            created_at: parse_stamp(&self.created_at)?,
            updated_at: parse_stamp(&self.updated_at)?,
        })
    }
}
