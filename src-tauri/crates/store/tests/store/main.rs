//! The store against real temporary database files: opening and refusing files,
//! migrations, session and people records, search, the bin and backups.

mod fixtures;
mod opening;
mod people;
mod sessions;
