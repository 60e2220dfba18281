//! What the tests of techniques with a record share: numbered people, a roster of them,
//! a session of them, fixed dates and instants, and the context a rule is given. Each
//! test module uses only some of it.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use mobilise_core::live::LiveState;
use mobilise_core::techniques::Context;
use mobilise_core::{Participant, Session, SessionStatus, TechniqueId, ValidationError};
use uuid::Uuid;

/// Person `n`'s id (also used for items: distinct numbers give distinct ids).
pub fn id(n: u32) -> Uuid {
    Uuid::from_u128(u128::from(n))
}

/// People 1 to `count`, as a session's roster.
pub fn roster(count: u32) -> Vec<Uuid> {
    (1..=count).map(id).collect()
}

/// A calendar date in 2026.
pub fn day(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, day).expect("a valid date")
}

/// 10:00 on a date in 2026, as a meeting is scheduled.
pub fn meeting_time(month: u32, d: u32) -> NaiveDateTime {
    day(month, d).and_hms_opt(10, 0, 0).expect("a valid time")
}

/// `second` seconds after 09:00 on 12 Mar 2026.
pub fn at(second: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 12, 9, 0, 0)
        .single()
        .expect("a valid instant")
        + chrono::Duration::seconds(i64::from(second))
}

/// The field a refused record names, panicking (with `why`) if it was accepted.
#[track_caller]
pub fn refused_field<T: std::fmt::Debug>(result: Result<T, ValidationError>, why: &str) -> String {
    match result {
        Ok(value) => panic!("{why}: accepted as {value:?}"),
        Err(err) => {
            assert!(!err.message.is_empty(), "a refusal says why");
            err.field
        }
    }
}

/// A planned session of `technique` on 12 Mar 2026 with people 1 to `count`, named
/// "Person N".
pub fn session(technique: TechniqueId, count: u32) -> Session {
    Session {
        id: id(9_000),
        technique,
        title: "On the discharge pathway".into(),
        scheduled_at: meeting_time(3, 12),
        facilitator: String::new(),
        location: String::new(),
        purpose: String::new(),
        status: SessionStatus::Planned,
        participants: (1..=count)
            .map(|n| Participant {
                person_id: id(n),
                name: format!("Person {n}"),
                organisation: String::new(),
                role: String::new(),
            })
            .collect(),
        follows: None,
        created_at: at(0),
        updated_at: at(0),
    }
}

/// What a rule sees of `session` at `at(60)`, with `live` if it is running.
pub fn context<'a>(session: &'a Session, live: Option<&'a LiveState>) -> Context<'a> {
    Context {
        session,
        notes: &[],
        actions: &[],
        live,
        live_log: &[],
        now: at(60),
        seed: 7,
        time_up: mobilise_core::techniques::TimeUp::never(),
    }
}
