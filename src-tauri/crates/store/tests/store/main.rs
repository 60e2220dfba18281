//! The store against real temporary database files: opening and refusing files,
//! migrations, session and people records, search, the bin and backups, live state,
//! notes and actions, and surviving a killed process.

mod actions;
mod crash;
mod fixtures;
mod lifecycle;
mod live;
mod migration;
mod notes;
mod opening;
mod people;
mod sessions;
