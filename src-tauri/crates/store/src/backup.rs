//! Rotating copies of the database, taken with SQLite's online backup API (consistent
//! even while the file is in WAL mode) each time an existing database is opened.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, MAIN_DB};

use crate::error::{Result, StoreError};

/// How many backup copies are kept; older ones are removed.
pub const KEEP: usize = 7;

const PREFIX: &str = "mobilise-";
const SUFFIX: &str = ".sqlite3";

/// Copies `db` into `dir` under a name carrying `now`, then removes all but the newest
/// `KEEP` copies. Returns the new copy's path.
pub fn rotate(db: &Path, dir: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    let io = |source| StoreError::Io {
        path: dir.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let target = dir.join(format!(
        "{PREFIX}{}{SUFFIX}",
        now.format("%Y%m%d-%H%M%S%.3f")
    ));
    let source = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    source.backup(MAIN_DB, &target, None)?;

    let mut copies: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        })
        .collect();
    // The names sort by time because the timestamp is zero-padded, largest unit first.
    copies.sort();
    let surplus = copies.len().saturating_sub(KEEP);
    for old in copies.into_iter().take(surplus) {
        std::fs::remove_file(&old).map_err(io)?;
    }
    Ok(target)
}
