//! App settings: one text value per key (JSON where the value has parts), such as the
//! live timer's warning thresholds.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use crate::error::Result;
use crate::sql::stamp;
use crate::Store;

impl Store {
    /// The stored value of a setting, or `None` when it was never set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    /// Stores a setting, replacing any earlier value.
    pub fn set_setting(&mut self, key: &str, value: &str, now: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value,
                                             updated_at = excluded.updated_at",
            params![key, value, stamp(now)],
        )?;
        Ok(())
    }
}
