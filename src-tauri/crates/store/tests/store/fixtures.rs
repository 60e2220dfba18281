//! Builders shared by the store tests: a temporary data folder, fixed instants and
//! deterministic identifiers.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use mobilise_core::{ParticipantInput, SessionDraft, SessionStatus, TechniqueId};
use mobilise_store::{Store, DB_FILE_NAME};
use rusqlite::Connection;
use uuid::Uuid;

pub fn instant(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, minute, 0)
        .single()
        .expect("a valid instant")
}

pub fn local(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .and_then(|d| d.and_hms_opt(hour, 0, 0))
        .expect("a valid local time")
}

/// Sequential UUIDv7-shaped identifiers, so runs are repeatable.
pub struct Ids(u128);

impl Ids {
    pub fn new() -> Ids {
        Ids(0x0190_0000_0000_7000_8000_0000_0000_0000)
    }

    pub fn next(&mut self) -> Uuid {
        self.0 += 1;
        Uuid::from_u128(self.0)
    }
}

pub fn participant(name: &str, organisation: &str, role: &str) -> ParticipantInput {
    ParticipantInput {
        name: name.into(),
        organisation: organisation.into(),
        role: role.into(),
    }
}

pub fn draft(technique: TechniqueId, title: &str) -> SessionDraft {
    SessionDraft {
        technique,
        title: title.into(),
        scheduled_at: local(25, 14),
        facilitator: "Priya Shah".into(),
        location: "Seminar room 2".into(),
        purpose: "Learn from the go-live".into(),
        status: SessionStatus::Planned,
        participants: vec![
            participant("Aled Jones", "Ward 7", "scribe"),
            participant("Siân Ŵyn Llewelyn", "Betsi Cadwaladr UHB", ""),
        ],
    }
}

pub fn open(dir: &std::path::Path) -> Store {
    Store::open_dir(dir, instant(0)).expect("the store opens")
}

/// A date in December 2026, for due dates and "today".
pub fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).expect("a valid date")
}

/// A new session of `technique` titled `title`; returns its id.
pub fn session(store: &mut Store, ids: &mut Ids, technique: TechniqueId, title: &str) -> Uuid {
    store
        .create_session(&draft(technique, title), instant(1), &mut || ids.next())
        .expect("session stored")
        .id
}

/// A second connection to the database file, to look underneath the store or to damage
/// it the way a bad disk or another program would.
pub fn raw(dir: &std::path::Path) -> Connection {
    Connection::open(dir.join(DB_FILE_NAME)).expect("the database file opens")
}

/// How many rows `table` holds, read through a second connection.
pub fn count(dir: &std::path::Path, table: &str) -> i64 {
    raw(dir)
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .expect("the table can be counted")
}
