//! Each technique's own record: one per session, stored whole as JSON under its
//! technique's key with its session and gone with it, and the record's log, appended to
//! as things happen. The caller applies the technique's rules; the store keeps the
//! record as given, checking only that the series of meetings it names exists.

use chrono::{DateTime, Utc};
use mobilise_core::techniques::{LogWrite, TechniqueRecord};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use uuid::Uuid;

use crate::error::{Result, StoreError, SERIES_NOT_FOUND};
use crate::sql::{from_json, stamp, to_json};
use crate::{require_live_session, Store};

const RECORD: &str = "This session's record";

impl Store {
    /// The technique's record of a session with its log, or `None` before one is saved.
    pub fn technique_record(&self, session: Uuid) -> Result<Option<TechniqueRecord>> {
        require_live_session(&self.conn, session)?;
        read_record(&self.conn, session)
    }

    /// Stores the session's technique record, replacing any earlier one, and appends what
    /// its log holds beyond the stored one's (or writes it afresh if it began again), all
    /// in one transaction. The record is stored as given (the caller has validated it);
    /// the series it names must exist.
    pub fn save_technique_record(
        &mut self,
        session: Uuid,
        record: &TechniqueRecord,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        require_live_session(&tx, session)?;
        let log = match read_record(&tx, session)? {
            Some(previous) => record.log_since(&previous),
            None => record.log_json().map(LogWrite::Replace),
        }
        .map_err(|e| StoreError::Sqlite(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))?;
        write_record(&tx, session, record, now)?;
        let events = match &log {
            LogWrite::Append(events) => events,
            LogWrite::Replace(events) => {
                tx.execute(
                    "DELETE FROM technique_events WHERE session_id = ?1",
                    [session.to_string()],
                )?;
                events
            }
        };
        for event in events {
            tx.execute(
                "INSERT INTO technique_events (session_id, at, event) VALUES (?1, ?2, ?3)",
                params![session.to_string(), stamp(now), event],
            )?;
        }
        tx.execute(
            "UPDATE sessions SET updated_at = ?2 WHERE id = ?1",
            params![session.to_string(), stamp(now)],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// Writes `record` as the session's, its series in its own column.
pub(crate) fn write_record(
    tx: &Transaction<'_>,
    session: Uuid,
    record: &TechniqueRecord,
    now: DateTime<Utc>,
) -> Result<()> {
    let series = record.series();
    if let Some(id) = series {
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM series WHERE id = ?1 AND technique = ?2)",
            params![id.to_string(), record.technique().key()],
            |row| row.get(0),
        )?;
        if !exists {
            return Err(SERIES_NOT_FOUND);
        }
    }
    // The technique's key is the tag, stored in its own column; the record is the rest.
    let tagged = serde_json::to_value(record)
        .map_err(|e| StoreError::Sqlite(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))?;
    let content = to_json(&tagged["record"])?;
    tx.execute(
        "INSERT INTO technique_records (session_id, technique, record, series_id, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (session_id) DO UPDATE
            SET technique = excluded.technique, record = excluded.record,
                series_id = excluded.series_id, updated_at = excluded.updated_at",
        params![
            session.to_string(),
            record.technique().key(),
            content,
            series.map(|s| s.to_string()),
            stamp(now)
        ],
    )?;
    Ok(())
}

/// The stored technique record of `session` with its log, whether or not the session is
/// in the bin.
pub(crate) fn read_record(conn: &Connection, session: Uuid) -> Result<Option<TechniqueRecord>> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT technique, record FROM technique_records WHERE session_id = ?1",
            [session.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let Some((technique, content)) = row else {
        return Ok(None);
    };
    let content: serde_json::Value = from_json(RECORD, &content)?;
    let record: TechniqueRecord = serde_json::from_value(serde_json::json!({
        "technique": technique,
        "record": content,
    }))
    .map_err(|e| StoreError::Damaged {
        what: RECORD,
        detail: e.to_string(),
    })?;
    let mut stmt =
        conn.prepare("SELECT event FROM technique_events WHERE session_id = ?1 ORDER BY id")?;
    let log = stmt
        .query_map([session.to_string()], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    record
        .restore(&log)
        .map(Some)
        .map_err(|e| StoreError::Damaged {
            what: RECORD,
            detail: e.to_string(),
        })
}
