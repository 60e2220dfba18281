//! Lessons from earlier work pinned to a session: a session that looks back at earlier
//! lessons brings those it found into its own plan, where they stay listed (and go into
//! its record).

use chrono::{DateTime, Utc};
use mobilise_core::LessonHit;
use rusqlite::params;
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::lessons::{into_hit, read_hit, COLUMNS};
use crate::sql::stamp;
use crate::{require_live_session, Store};

impl Store {
    /// The lessons pinned to `session`, in the order they were pinned.
    pub fn pinned_lessons(&self, session: Uuid) -> Result<Vec<LessonHit>> {
        require_live_session(&self.conn, session)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS}, sessions.title, sessions.technique, 0.0
               FROM lesson_pins
               JOIN lessons ON lessons.id = lesson_pins.lesson_id
               LEFT JOIN sessions ON sessions.id = lessons.session_id
              WHERE lesson_pins.session_id = ?1
              ORDER BY lesson_pins.pinned_at, lessons.seq"
        ))?;
        let rows = stmt.query_map([session.to_string()], read_hit)?;
        let mut hits = Vec::new();
        for row in rows {
            hits.push(into_hit(row?)?);
        }
        Ok(hits)
    }

    /// Pins `lesson` to `session` (again: nothing changes), or unpins it.
    pub fn pin_lesson(
        &mut self,
        session: Uuid,
        lesson: Uuid,
        pinned: bool,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        require_live_session(&tx, session)?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM lessons WHERE id = ?1)",
            [lesson.to_string()],
            |row| row.get(0),
        )?;
        if !exists {
            return Err(StoreError::NotFound {
                what: "That lesson",
            });
        }
        if pinned {
            tx.execute(
                "INSERT INTO lesson_pins (session_id, lesson_id, pinned_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (session_id, lesson_id) DO NOTHING",
                params![session.to_string(), lesson.to_string(), stamp(now)],
            )?;
        } else {
            tx.execute(
                "DELETE FROM lesson_pins WHERE session_id = ?1 AND lesson_id = ?2",
                params![session.to_string(), lesson.to_string()],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
