//! The live state of a running session, saved after every transition together with the
//! command that caused it, so a crash or power cut loses nothing and the log replays.

use chrono::{DateTime, Utc};
use mobilise_core::live::{LiveCommand, LiveState, LiveStatus};
use mobilise_core::{LiveEvent, SessionStatus};
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::sessions::technique_from;
use crate::sql::{from_json, parse_stamp, stamp, to_json};
use crate::{require_live_session, Store};

const STATE: &str = "The saved live state of this session";
const EVENT: &str = "A command in this session's live log";

impl Store {
    /// The last saved live state of a session, or `None` if it has never been run. A
    /// state saved before steps had keys gets its technique's keys (see
    /// [`mobilise_core::live::Agenda::fill_keys`]).
    pub fn live_state(&self, session: Uuid) -> Result<Option<LiveState>> {
        require_live_session(&self.conn, session)?;
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT l.state, s.technique FROM live_states l
                 JOIN sessions s ON s.id = l.session_id WHERE l.session_id = ?1",
                [session.to_string()],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let Some((json, technique)) = row else {
            return Ok(None);
        };
        let mut state: LiveState = from_json(STATE, &json)?;
        state
            .agenda
            .fill_keys(mobilise_core::technique(technique_from(&technique)?));
        Ok(Some(state))
    }

    /// Stores `state` as the session's first live state, unless it already has one (then
    /// nothing changes: opening the console twice must not reset a session under way).
    pub fn start_live(
        &mut self,
        session: Uuid,
        state: &LiveState,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let json = to_json(state)?;
        let tx = self.conn.transaction()?;
        require_live_session(&tx, session)?;
        let inserted = tx.execute(
            "INSERT INTO live_states (session_id, state, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (session_id) DO NOTHING",
            params![session.to_string(), json, stamp(now)],
        )?;
        if inserted > 0 {
            set_session_status(&tx, session, state.status, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Saves the state a command produced, in one transaction: the new state, the
    /// command appended to the live log, and the session's status (running until the
    /// live session finishes, then finished).
    pub fn save_live_transition(
        &mut self,
        session: Uuid,
        command: &LiveCommand,
        state: &LiveState,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let state_json = to_json(state)?;
        let command_json = to_json(command)?;
        let at = stamp(now);
        let tx = self.conn.transaction()?;
        set_session_status(&tx, session, state.status, now)?;
        tx.execute(
            "INSERT INTO live_states (session_id, state, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (session_id) DO UPDATE
                SET state = excluded.state, updated_at = excluded.updated_at",
            params![session.to_string(), state_json, at],
        )?;
        tx.execute(
            "INSERT INTO live_events (session_id, at, command) VALUES (?1, ?2, ?3)",
            params![session.to_string(), at, command_json],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every command applied to the session's live state, oldest first.
    pub fn live_events(&self, session: Uuid) -> Result<Vec<LiveEvent>> {
        require_live_session(&self.conn, session)?;
        let mut stmt = self
            .conn
            .prepare("SELECT at, command FROM live_events WHERE session_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([session.to_string()], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        rows.map(|row| {
            let (at, command) = row?;
            Ok(LiveEvent {
                at: parse_stamp(&at)?,
                command: from_json(EVENT, &command)?,
            })
        })
        .collect()
    }
}

/// The session's status as the live state implies it; fails if the session is gone.
fn set_session_status(
    conn: &Connection,
    session: Uuid,
    live: LiveStatus,
    now: DateTime<Utc>,
) -> Result<()> {
    let status = match live {
        LiveStatus::NotStarted | LiveStatus::Running | LiveStatus::Paused => SessionStatus::Running,
        LiveStatus::Finished => SessionStatus::Finished,
    };
    let changed = conn.execute(
        "UPDATE sessions SET status = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL",
        params![session.to_string(), status.key(), stamp(now)],
    )?;
    if changed == 0 {
        return Err(StoreError::NotFound {
            what: "That session",
        });
    }
    Ok(())
}
