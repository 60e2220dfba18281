//! A Fishbowl's set-up, stored whole with its session, and the append-only log of what
//! happened in it (seats, the talking token, key points), from which the chair map and
//! the talk-time totals are recomputed.

use chrono::{DateTime, Utc};
use mobilise_core::fishbowl::{FishbowlEvent, FishbowlSetup};
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use crate::error::Result;
use crate::sql::{from_json, stamp, to_json};
use crate::{require_live_session, Store};

const SETUP: &str = "This session's fishbowl set-up";
const EVENT: &str = "A change recorded in this fishbowl";

impl Store {
    /// The fishbowl set-up of a session, or `None` before it is set up.
    pub fn fishbowl_setup(&self, session: Uuid) -> Result<Option<FishbowlSetup>> {
        require_live_session(&self.conn, session)?;
        let json: Option<String> = self
            .conn
            .query_row(
                "SELECT setup FROM fishbowls WHERE session_id = ?1",
                [session.to_string()],
                |row| row.get(0),
            )
            .optional()?;
        json.map(|json| from_json(SETUP, &json)).transpose()
    }

    /// Replaces the session's fishbowl set-up. With `restart`, the log begins again
    /// from those events (the starters in their chairs): for a set-up changed before the
    /// session starts, when nothing has been said yet.
    pub fn save_fishbowl_setup(
        &mut self,
        session: Uuid,
        setup: &FishbowlSetup,
        restart: Option<&[FishbowlEvent]>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let json = to_json(setup)?;
        let tx = self.conn.transaction()?;
        require_live_session(&tx, session)?;
        if let Some(events) = restart {
            tx.execute(
                "DELETE FROM fishbowl_events WHERE session_id = ?1",
                [session.to_string()],
            )?;
            for event in events {
                tx.execute(
                    "INSERT INTO fishbowl_events (session_id, at, event) VALUES (?1, ?2, ?3)",
                    params![session.to_string(), stamp(event.at), to_json(event)?],
                )?;
            }
        }
        tx.execute(
            "INSERT INTO fishbowls (session_id, setup, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (session_id) DO UPDATE
                SET setup = excluded.setup, updated_at = excluded.updated_at",
            params![session.to_string(), json, stamp(now)],
        )?;
        tx.execute(
            "UPDATE sessions SET updated_at = ?2 WHERE id = ?1",
            params![session.to_string(), stamp(now)],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every change recorded in the session's fishbowl, in the order it happened.
    pub fn fishbowl_events(&self, session: Uuid) -> Result<Vec<FishbowlEvent>> {
        require_live_session(&self.conn, session)?;
        let mut stmt = self
            .conn
            .prepare("SELECT event FROM fishbowl_events WHERE session_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([session.to_string()], |row| row.get::<_, String>(0))?;
        rows.map(|json| from_json(EVENT, &json?)).collect()
    }

    /// Appends changes to the session's fishbowl log, all or none of them.
    pub fn append_fishbowl_events(
        &mut self,
        session: Uuid,
        events: &[FishbowlEvent],
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        require_live_session(&tx, session)?;
        for event in events {
            tx.execute(
                "INSERT INTO fishbowl_events (session_id, at, event) VALUES (?1, ?2, ?3)",
                params![session.to_string(), stamp(event.at), to_json(event)?],
            )?;
        }
        if let Some(last) = events.last() {
            tx.execute(
                "UPDATE sessions SET updated_at = ?2 WHERE id = ?1",
                params![session.to_string(), stamp(last.at)],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
