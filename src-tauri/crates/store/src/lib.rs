//! Mobilise's SQLite store: one database file per data folder, opened safely, migrated
//! by numbered SQL files, with a repository module per aggregate and rotating backups.

mod actions;
mod backup;
mod error;
mod lesson_pins;
mod lessons;
mod live;
mod notes;
mod open;
mod participants;
mod people;
mod series;
mod sessions;
mod settings;
mod sql;
mod technique_records;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

pub use error::{Result, StoreError};
pub use open::{latest_schema, APPLICATION_ID, DB_FILE_NAME};

/// A source of fresh record identifiers, passed in so that tests can be deterministic.
pub type NewId<'a> = &'a mut dyn FnMut() -> Uuid;

/// An open Mobilise database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the database in `dir` (creating the folder and the file if needed).
    ///
    /// A file that is not a Mobilise database, is damaged, or has a newer schema is
    /// refused before anything is written to it. Before an existing database is
    /// migrated or used, a backup copy is taken into `dir/backups` (the newest few kept).
    pub fn open_dir(dir: &Path, now: DateTime<Utc>) -> Result<Store> {
        let path = open::prepare_dir(dir)?;
        let found = open::inspect(&path)?;
        if let open::Found::Mobilise { .. } = found {
            backup::rotate(&path, &dir.join("backups"), now)?;
        }
        let conn = open::open_checked(&path)?;
        Ok(Store { conn, path })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }
}

/// Succeeds when `session` is a session that is not in the bin. The records of a session
/// in the bin (live state, notes, actions) are kept but can be neither read nor changed
/// until it is restored.
pub(crate) fn require_live_session(conn: &Connection, session: Uuid) -> Result<()> {
    conn.query_row(
        "SELECT 1 FROM sessions WHERE id = ?1 AND deleted_at IS NULL",
        [session.to_string()],
        |_| Ok(()),
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        what: "That session",
    })
}
