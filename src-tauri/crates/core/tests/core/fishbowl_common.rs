//! What the Fishbowl tests share: fixed instants, numbered people and set-ups. Each test
//! module uses only some of it.

use chrono::{DateTime, TimeZone, Utc};
use mobilise_core::techniques::fishbowl::{FishbowlMode, FishbowlSetup};
use mobilise_core::Participant;
use uuid::Uuid;

/// `second` seconds after 14:00 on 25 Nov 2026.
pub fn at(second: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 14, 0, 0)
        .single()
        .expect("a valid instant")
        + chrono::Duration::seconds(i64::from(second))
}

pub fn id(n: u32) -> Uuid {
    Uuid::from_u128(u128::from(n))
}

/// Persons 1 to `count`, with ids 1 to `count`.
pub fn people(count: u32) -> Vec<Participant> {
    (1..=count)
        .map(|n| Participant {
            person_id: id(n),
            name: format!("Person {n}"),
            organisation: "Ward 7".into(),
            role: String::new(),
        })
        .collect()
}

pub fn setup(mode: FishbowlMode, inner_chairs: u32) -> FishbowlSetup {
    FishbowlSetup {
        mode,
        inner_chairs,
        ..FishbowlSetup::standard("How do we make discharge safer at weekends?")
    }
}
