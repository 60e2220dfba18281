//! What can go wrong with the database, in terms a facilitator can act on.

use std::path::PathBuf;

use mobilise_core::ValidationError;

/// The refusal when a series asked for is not there (a meeting's record may name one
/// only while it exists).
pub(crate) const SERIES_NOT_FOUND: StoreError = StoreError::NotFound {
    what: "That series",
};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{what} was not found. It may have been deleted.")]
    NotFound { what: &'static str },

    #[error(
        "This database ({path}) was written by a newer version of Mobilise (schema {found}; \
         this version understands up to {supported}). It has been left untouched: update \
         Mobilise, or start a new database elsewhere."
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error(
        "{path} is not a Mobilise database, or it is damaged ({detail}). It has been left \
         untouched: start a new database elsewhere."
    )]
    NotADatabase { path: PathBuf, detail: String },

    #[error("{0}")]
    Invalid(#[from] ValidationError),

    #[error(
        "{what} could not be read: it is damaged ({detail}). The rest of the database is \
         not affected."
    )]
    Damaged { what: &'static str, detail: String },

    #[error("The disk is full, so the change could not be saved. Free some space and try again.")]
    DiskFull,

    #[error("The database is read-only here ({0}). Choose a folder you can write to.")]
    ReadOnly(PathBuf),

    #[error("Could not use the data folder {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("The database reported an error: {0}")]
    Sqlite(rusqlite::Error),

    #[error("Could not bring the database up to date: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(rusqlite::ErrorCode::ReadOnly) => StoreError::ReadOnly(PathBuf::new()),
            _ => StoreError::Sqlite(err),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
