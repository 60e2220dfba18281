//! Each technique's own record: one per session, stored whole as JSON (tagged by its
//! technique) with its session and gone with it. The caller applies the technique's
//! rules; the store keeps the record as given, checking only that a learning set
//! meeting's set exists.

use chrono::{DateTime, Utc};
use mobilise_core::techniques::TechniqueRecord;
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::sql::{from_json, stamp, to_json};
use crate::{require_live_session, Store};

const RECORD: &str = "This session's record";

/// The learning set a stored record links to, as SQL over `guided_records.record`. The
/// index `guided_records_by_set` is on exactly this expression.
pub(crate) const SET_OF_RECORD: &str = "json_extract(guided_records.record, '$.record.set_id')";

impl Store {
    /// The technique's record of a session, or `None` before one is saved.
    pub fn technique_record(&self, session: Uuid) -> Result<Option<TechniqueRecord>> {
        require_live_session(&self.conn, session)?;
        read_record(&self.conn, session)
    }

    /// Stores the session's technique record, replacing any earlier one. The record is
    /// stored as given (the caller has validated it); a meeting's learning set must exist.
    pub fn save_technique_record(
        &mut self,
        session: Uuid,
        record: &TechniqueRecord,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let json = to_json(record)?;
        let tx = self.conn.transaction()?;
        require_live_session(&tx, session)?;
        if let TechniqueRecord::ActionLearningSets(meeting) = record {
            if let Some(set) = meeting.set_id {
                let exists: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM learning_sets WHERE id = ?1)",
                    [set.to_string()],
                    |row| row.get(0),
                )?;
                if !exists {
                    return Err(StoreError::NotFound {
                        what: "That learning set",
                    });
                }
            }
        }
        tx.execute(
            "INSERT INTO guided_records (session_id, record, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (session_id) DO UPDATE
                SET record = excluded.record, updated_at = excluded.updated_at",
            params![session.to_string(), json, stamp(now)],
        )?;
        tx.execute(
            "UPDATE sessions SET updated_at = ?2 WHERE id = ?1",
            params![session.to_string(), stamp(now)],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// The stored technique record of `session`, whether or not it is in the bin.
pub(crate) fn read_record(conn: &Connection, session: Uuid) -> Result<Option<TechniqueRecord>> {
    let json: Option<String> = conn
        .query_row(
            "SELECT record FROM guided_records WHERE session_id = ?1",
            [session.to_string()],
            |row| row.get(0),
        )
        .optional()?;
    json.map(|json| from_json(RECORD, &json)).transpose()
}
