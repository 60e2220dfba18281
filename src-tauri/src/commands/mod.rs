//! The IPC commands, one module per domain. Each command only parses its input, calls
//! the domain or the store, and maps the error.

pub mod database;
pub mod export;
pub mod lessons;
pub mod library;
pub mod live;
pub mod people;
pub mod records;
pub mod series;
pub mod sessions;
pub mod techniques;
