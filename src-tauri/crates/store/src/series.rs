//! The series: recurring groups and programmes over weeks, each
//! of one technique, with its members in order (people from the people list, who leave
//! every series when removed from it), the meetings that belong to it (sessions whose
//! record names it), and the actions a meeting reports in on: those still open from the
//! series' earlier meetings, owned by a member.

use chrono::{DateTime, Utc};
use mobilise_core::series::{carried_forward, EarlierMeeting, Series, SeriesInput};
use mobilise_core::{Action, SessionSummary, TechniqueId, ValidationError};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use uuid::Uuid;

use crate::error::{Result, StoreError, SERIES_NOT_FOUND};
use crate::sessions::{SummaryRow, SUMMARY_COLUMNS};
use crate::sql::{parse_id, parse_local, parse_stamp, stamp};
use crate::technique_records::{read_record, write_record};
use crate::{require_live_session, Store};

const NOT_FOUND: StoreError = SERIES_NOT_FOUND;

const COLUMNS: &str = "id, technique, name, created_at, updated_at";

impl Store {
    /// Every series of `technique`, by name (ignoring case), each with its members in order.
    pub fn series_of(&self, technique: TechniqueId) -> Result<Vec<Series>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM series WHERE technique = ?1
              ORDER BY name COLLATE NOCASE, created_at, id"
        ))?;
        let rows = stmt.query_map([technique.key()], read_series)?;
        let mut all = Vec::new();
        for row in rows {
            all.push(into_series(&self.conn, row?)?);
        }
        Ok(all)
    }

    /// One series with its members in order.
    pub fn series(&self, id: Uuid) -> Result<Series> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM series WHERE id = ?1"),
                [id.to_string()],
                read_series,
            )
            .optional()?
            .ok_or(NOT_FOUND)?;
        into_series(&self.conn, row)
    }

    /// Stores a new series of `technique`. Nothing is written unless every member is in
    /// the people list; the caller has applied the technique's rules to the input.
    pub fn create_series(
        &mut self,
        id: Uuid,
        technique: TechniqueId,
        input: &SeriesInput,
        now: DateTime<Utc>,
    ) -> Result<Series> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO series (id, technique, name, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![id.to_string(), technique.key(), input.name, stamp(now)],
        )?;
        write_members(&tx, id, &input.members)?;
        tx.commit()?;
        self.series(id)
    }

    /// Replaces a series' name and members with the input's.
    pub fn update_series(
        &mut self,
        id: Uuid,
        input: &SeriesInput,
        now: DateTime<Utc>,
    ) -> Result<Series> {
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            "UPDATE series SET name = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.to_string(), input.name, stamp(now)],
        )?;
        if changed == 0 {
            return Err(NOT_FOUND);
        }
        tx.execute(
            "DELETE FROM series_members WHERE series_id = ?1",
            [id.to_string()],
        )?;
        write_members(&tx, id, &input.members)?;
        tx.commit()?;
        self.series(id)
    }

    /// Deletes a series. Its meetings stay, no longer linked to any series (those in the
    /// bin too, so that they come back unlinked).
    pub fn delete_series(&mut self, id: Uuid, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let meetings: Vec<Uuid> = {
            let mut stmt =
                tx.prepare("SELECT session_id FROM technique_records WHERE series_id = ?1")?;
            let rows = stmt.query_map([id.to_string()], |row| row.get::<_, String>(0))?;
            rows.map(|row| parse_id(&row?)).collect::<Result<_>>()?
        };
        // The link goes from the record itself too, before the series it names.
        for meeting in meetings {
            if let Some(record) = read_record(&tx, meeting)? {
                write_record(&tx, meeting, &record.leave_series(), now)?;
            }
        }
        let changed = tx.execute("DELETE FROM series WHERE id = ?1", [id.to_string()])?;
        if changed == 0 {
            return Err(NOT_FOUND);
        }
        tx.commit()?;
        Ok(())
    }

    /// The meetings of a series (sessions not in the bin whose record names it), in
    /// date order: by scheduled time, then the order they were made.
    pub fn series_meetings(&self, series: Uuid) -> Result<Vec<SessionSummary>> {
        self.series(series)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SUMMARY_COLUMNS}
               FROM technique_records r JOIN sessions s ON s.id = r.session_id
              WHERE r.series_id = ?1 AND s.deleted_at IS NULL
              ORDER BY s.scheduled_at, s.created_at, s.id"
        ))?;
        let rows = stmt.query_map([series.to_string()], SummaryRow::read)?;
        rows.map(|row| row?.into_summary()).collect()
    }

    /// The actions a meeting of a series reports in on: those still open from the
    /// series' earlier meetings (not in the bin), owned by someone still a member,
    /// oldest meeting first. A meeting is earlier when scheduled earlier, or at the same
    /// time and made earlier. A session not linked to a series has none.
    pub fn carried_actions(
        &self,
        session: Uuid,
        closed_since: Option<DateTime<Utc>>,
    ) -> Result<Vec<Action>> {
        require_live_session(&self.conn, session)?;
        let series = read_record(&self.conn, session)?.and_then(|r| r.series());
        let Some(series) = series else {
            return Ok(Vec::new());
        };
        let members = members_of(&self.conn, series)?;
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
        let rows = stmt.query_map(params![series.to_string(), session.to_string()], |row| {
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

/// A `series` row: id, technique, name, created and updated instants.
type SeriesRow = (String, String, String, String, String);

fn read_series(row: &rusqlite::Row<'_>) -> rusqlite::Result<SeriesRow> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
    ))
}

fn into_series(
    conn: &Connection,
    (id, technique, name, created_at, updated_at): SeriesRow,
) -> Result<Series> {
    let id = parse_id(&id)?;
    let technique = TechniqueId::from_key(&technique).ok_or(StoreError::Damaged {
        what: "A series",
        detail: format!("it names a technique this Mobilise does not know: {technique}"),
    })?;
    Ok(Series {
        id,
        technique,
        name,
        members: members_of(conn, id)?,
        created_at: parse_stamp(&created_at)?,
        updated_at: parse_stamp(&updated_at)?,
    })
}

/// The members of a series in order (none for a series that does not exist).
fn members_of(conn: &Connection, series: Uuid) -> Result<Vec<Uuid>> {
    let mut stmt = conn
        .prepare("SELECT person_id FROM series_members WHERE series_id = ?1 ORDER BY position")?;
    let rows = stmt.query_map([series.to_string()], |row| row.get::<_, String>(0))?;
    rows.map(|id| parse_id(&id?)).collect()
}

/// Writes a series' members in order; each must be in the people list.
fn write_members(tx: &Transaction<'_>, series: Uuid, members: &[Uuid]) -> Result<()> {
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
            "INSERT INTO series_members (series_id, person_id, position)
             VALUES (?1, ?2, ?3)",
            params![series.to_string(), person.to_string(), position as i64],
        )?;
    }
    Ok(())
}
