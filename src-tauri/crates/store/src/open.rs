//! Opening the database file safely: a file that is not ours, is damaged, or was written
//! by a newer Mobilise is refused before a single byte of it is written.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::error::{Result, StoreError};

pub const DB_FILE_NAME: &str = "mobilise.sqlite3";

/// `PRAGMA application_id` of a Mobilise database ("MOB1").
pub const APPLICATION_ID: i64 = 0x4D4F_4231;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("../migrations/001_initial.sql")),
        M::up(include_str!("../migrations/002_live_records.sql")),
        M::up(include_str!(
            "../migrations/003_settings_and_follow_ups.sql"
        )),
        M::up(include_str!("../migrations/004_knowledge_cafe.sql")),
        M::up(include_str!("../migrations/005_fishbowl.sql")),
        M::up(include_str!("../migrations/006_lessons.sql")),
        M::up(include_str!("../migrations/007_lesson_pins.sql")),
        M::up(include_str!("../migrations/008_guided_records.sql")),
        M::up(include_str!("../migrations/009_technique_records.sql")),
        M::up(include_str!(
            "../migrations/010_cafes_in_technique_records.sql"
        )),
        M::up(include_str!("../migrations/011_series.sql")),
    ])
}

/// The schema version this build of Mobilise writes.
pub fn latest_schema() -> i64 {
    // One migration per schema version; user_version counts them.
    i64::try_from(MIGRATION_COUNT).unwrap_or(i64::MAX)
}

const MIGRATION_COUNT: usize = 11;

/// What a look at the file (without writing to it) found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Found {
    /// No file, or an empty one: a new database will be made.
    Nothing,
    /// A Mobilise database at this schema version (0 = made but never migrated).
    Mobilise { version: i64 },
}

/// Inspects `path` read-only and says whether it may be opened for writing.
pub(crate) fn inspect(path: &Path) -> Result<Found> {
    let not_a_database = |detail: String| StoreError::NotADatabase {
        path: path.to_path_buf(),
        detail,
    };
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Nothing),
        Err(source) => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    if metadata.is_dir() {
        return Err(not_a_database("it is a folder".into()));
    }
    if metadata.len() == 0 {
        return Ok(Found::Nothing);
    }
    let header = read_header(path).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if header.as_slice() != SQLITE_MAGIC.as_slice() {
        return Err(not_a_database("it is not an SQLite file".into()));
    }

    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| not_a_database(e.to_string()))?;
    let read = |sql: &str| -> Result<i64> {
        conn.query_row(sql, [], |row| row.get::<_, i64>(0))
            .map_err(|e| not_a_database(e.to_string()))
    };
    let application_id = read("PRAGMA application_id")?;
    let version = read("PRAGMA user_version")?;
    let tables = read("SELECT count(*) FROM sqlite_schema")?;

    if application_id != APPLICATION_ID {
        if application_id == 0 && version == 0 && tables == 0 {
            // An empty SQLite file (e.g. made by `sqlite3 file ''`): nothing to lose.
            return Ok(Found::Nothing);
        }
        return Err(not_a_database(
            "it is an SQLite database of another program".into(),
        ));
    }
    if version > latest_schema() {
        return Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            supported: latest_schema(),
        });
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|e| not_a_database(e.to_string()))?;
    if check != "ok" {
        return Err(not_a_database(format!("integrity check: {check}")));
    }
    Ok(Found::Mobilise { version })
}

fn read_header(path: &Path) -> std::io::Result<[u8; 16]> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let mut file = std::fs::File::open(path)?;
    let mut filled = 0;
    while filled < header.len() {
        let n = file.read(&mut header[filled..])?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    Ok(header)
}

/// Opens (creating if needed) the database at `path`, after `inspect` has allowed it, and
/// brings its schema up to date in one transaction.
pub(crate) fn open_checked(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path).map_err(|e| map_open_error(path, e))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // WAL cannot be used on some network shares; there SQLite keeps its rollback journal,
    // which still makes every write atomic, so the mode it settles on is not an error.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    migrations().to_latest(&mut conn)?;
    Ok(conn)
}

fn map_open_error(path: &Path, err: rusqlite::Error) -> StoreError {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ReadOnly) | Some(rusqlite::ErrorCode::CannotOpen) => {
            StoreError::ReadOnly(path.to_path_buf())
        }
        _ => StoreError::from(err),
    }
}

/// Makes sure the data folder exists and returns the database path inside it.
pub(crate) fn prepare_dir(dir: &Path) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(dir.join(DB_FILE_NAME))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_migration_list_matches_the_declared_count() {
        assert!(
            migrations().validate().is_ok(),
            "every embedded migration is valid SQL"
        );
        let fresh = Connection::open_in_memory().expect("an in-memory database");
        assert_eq!(
            migrations().pending_migrations(&fresh).ok().map(i64::from),
            Some(latest_schema()),
            "the declared count is the number of migration files"
        );
        assert_eq!(latest_schema(), 11);
    }
}
