//! Action Learning Sets: each set with its members in order (people from the people
//! list, who leave every set when removed from it), the meetings that belong to it
//! (sessions whose record names the set), and the actions a meeting reports in
//! on: those still open from the set's earlier meetings, owned by a member.

use chrono::{DateTime, Utc};
use mobilise_core::techniques::action_learning_sets::{carried_forward, EarlierMeeting};
use mobilise_core::techniques::action_learning_sets::{LearningSet, LearningSetInput};
use mobilise_core::{Action, SessionSummary, ValidationError};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::sessions::{SummaryRow, SUMMARY_COLUMNS};
use crate::sql::{parse_id, parse_local, parse_stamp, stamp};
use crate::technique_records::{read_record, write_record};
use crate::{require_live_session, Store};

const NOT_FOUND: StoreError = StoreError::NotFound {
    what: "That learning set",
};

impl Store {
    /// Every learning set, by name (ignoring case), each with its members in order.
    pub fn learning_sets(&self) -> Result<Vec<LearningSet>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, created_at, updated_at FROM learning_sets
              ORDER BY name COLLATE NOCASE, created_at, id",
        )?;
        let rows = stmt.query_map([], read_set)?;
        let mut sets = Vec::new();
        for row in rows {
            sets.push(into_set(&self.conn, row?)?);
        }
        Ok(sets)
    }

    /// One learning set with its members in order.
    pub fn learning_set(&self, id: Uuid) -> Result<LearningSet> {
        let row = self
            .conn
            .query_row(
                "SELECT id, name, created_at, updated_at FROM learning_sets WHERE id = ?1",
                [id.to_string()],
                read_set,
            )
            .optional()?
            .ok_or(NOT_FOUND)?;
        into_set(&self.conn, row)
    }

    /// Stores a new learning set. Nothing is written unless the input is valid and every
    /// member is in the people list.
    pub fn create_learning_set(
        &mut self,
        id: Uuid,
        input: &LearningSetInput,
        now: DateTime<Utc>,
    ) -> Result<LearningSet> {
        let clean = input.validated()?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO learning_sets (id, name, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?3)",
            params![id.to_string(), clean.name, stamp(now)],
        )?;
        write_members(&tx, id, &clean.members)?;
        tx.commit()?;
        self.learning_set(id)
    }

    /// Replaces a learning set's name and members with the input's.
    pub fn update_learning_set(
        &mut self,
        id: Uuid,
        input: &LearningSetInput,
        now: DateTime<Utc>,
    ) -> Result<LearningSet> {
        let clean = input.validated()?;
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            "UPDATE learning_sets SET name = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.to_string(), clean.name, stamp(now)],
        )?;
        if changed == 0 {
            return Err(NOT_FOUND);
        }
        tx.execute(
            "DELETE FROM learning_set_members WHERE set_id = ?1",
            [id.to_string()],
        )?;
        write_members(&tx, id, &clean.members)?;
        tx.commit()?;
        self.learning_set(id)
    }

    /// Deletes a learning set. Its meetings stay, no longer linked to any set (those in
    /// the bin too, so that they come back unlinked).
    pub fn delete_learning_set(&mut self, id: Uuid, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let meetings: Vec<Uuid> = {
            let mut stmt =
                tx.prepare("SELECT session_id FROM technique_records WHERE series_id = ?1")?;
            let rows = stmt.query_map([id.to_string()], |row| row.get::<_, String>(0))?;
            rows.map(|row| parse_id(&row?)).collect::<Result<_>>()?
        };
        // The link goes from the record itself too, before the set it names.
        for meeting in meetings {
            if let Some(record) = read_record(&tx, meeting)? {
                write_record(&tx, meeting, &record.leave_series(), now)?;
            }
        }
        let changed = tx.execute("DELETE FROM learning_sets WHERE id = ?1", [id.to_string()])?;
        if changed == 0 {
            return Err(NOT_FOUND);
        }
        tx.commit()?;
        Ok(())
    }

    /// The meetings of a set (sessions not in the bin whose record names it), in
    /// date order: by scheduled time, then the order they were made.
    pub fn learning_set_meetings(&self, set: Uuid) -> Result<Vec<SessionSummary>> {
        self.learning_set(set)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SUMMARY_COLUMNS}
               FROM technique_records r JOIN sessions s ON s.id = r.session_id
              WHERE r.series_id = ?1 AND s.deleted_at IS NULL
              ORDER BY s.scheduled_at, s.created_at, s.id"
        ))?;
        let rows = stmt.query_map([set.to_string()], SummaryRow::read)?;
        rows.map(|row| row?.into_summary()).collect()
    }

    /// The actions an Action Learning Set meeting reports in on: those still open from
    /// the set's earlier meetings (not in the bin), owned by someone still a member,
    /// oldest meeting first. A meeting is earlier when scheduled earlier, or at the same
    /// time and made earlier. A session not linked to a set has none.
    pub fn carried_actions(
        &self,
        session: Uuid,
        closed_since: Option<DateTime<Utc>>,
    ) -> Result<Vec<Action>> {
        require_live_session(&self.conn, session)?;
        let set = read_record(&self.conn, session)?.and_then(|r| r.series());
        let Some(set) = set else {
            return Ok(Vec::new());
        };
        let members = members_of(&self.conn, set)?;
        // Same scheduled time and creation instant: identifiers (UUIDv7) are made in
        // order, so they settle which came first.
        let mut stmt = self.conn.prepare(
            "SELECT s.id, s.scheduled_at
               FROM technique_records r JOIN sessions s ON s.id = r.session_id
               JOIN sessions this ON this.id = ?2
              WHERE r.series_id = ?1 AND s.deleted_at IS NULL AND s.id <> this.id
                AND (s.scheduled_at < this.scheduled_at
                     OR (s.scheduled_at = this.scheduled_at
                         AND (s.created_at < this.created_at
                              OR (s.created_at = this.created_at AND s.id < this.id))))
              ORDER BY s.scheduled_at, s.created_at, s.id",
        )?;
        let rows = stmt.query_map(params![set.to_string(), session.to_string()], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        let mut earlier = Vec::new();
        for row in rows {
            let (id, scheduled_at) = row?;
            earlier.push(EarlierMeeting {
                scheduled_at: parse_local(&scheduled_at)?,
                actions: self.session_actions(parse_id(&id)?)?,
            });
        }
        Ok(carried_forward(&earlier, &members, closed_since))
    }
}

/// A `learning_sets` row: id, name, created and updated instants.
type SetRow = (String, String, String, String);

fn read_set(row: &rusqlite::Row<'_>) -> rusqlite::Result<SetRow> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
}

fn into_set(conn: &Connection, (id, name, created_at, updated_at): SetRow) -> Result<LearningSet> {
    let id = parse_id(&id)?;
    Ok(LearningSet {
        id,
        name,
        members: members_of(conn, id)?,
        created_at: parse_stamp(&created_at)?,
        updated_at: parse_stamp(&updated_at)?,
    })
}

/// The members of a set in order (none for a set that does not exist).
fn members_of(conn: &Connection, set: Uuid) -> Result<Vec<Uuid>> {
    let mut stmt = conn.prepare(
        "SELECT person_id FROM learning_set_members WHERE set_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([set.to_string()], |row| row.get::<_, String>(0))?;
    rows.map(|id| parse_id(&id?)).collect()
}

/// Writes a set's members in order; each must be in the people list.
fn write_members(tx: &Transaction<'_>, set: Uuid, members: &[Uuid]) -> Result<()> {
    for (position, person) in members.iter().enumerate() {
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1)",
            [person.to_string()],
            |row| row.get(0),
        )?;
        if !exists {
            return Err(ValidationError {
                field: "members".into(),
                message: "That person is no longer in the people list.".into(),
            }
            .into());
        }
        tx.execute(
            "INSERT INTO learning_set_members (set_id, person_id, position)
             VALUES (?1, ?2, ?3)",
            params![set.to_string(), person.to_string(), position as i64],
        )?;
    }
    Ok(())
}
