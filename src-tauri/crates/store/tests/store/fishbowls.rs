//! A Fishbowl kept with its session: the set-up read back whole, the log of seats, passes
//! and key points replayed in order after a restart to the same chairs and talk time,
//! restarted only when asked (before the start), refused when damaged, and deleted with
//! its session.

use mobilise_core::fishbowl::{
    starting_events, talk_time, Fishbowl, FishbowlChange, FishbowlEvent, FishbowlMode,
    FishbowlSetup, SessionClock,
};
use mobilise_core::live::LiveCommand;
use mobilise_core::{LiveEvent, TechniqueId};
use mobilise_store::StoreError;
use uuid::Uuid;

use crate::fixtures::{instant, open, raw, session, Ids};

fn setup_for(store: &mobilise_store::Store, id: Uuid) -> FishbowlSetup {
    let people = store.session(id).expect("the session").participants;
    let mut setup = FishbowlSetup::standard("Should we open the discharge lounge at 07:00?");
    setup.mode = FishbowlMode::Open;
    setup.starters = people.iter().map(|p| p.person_id).collect();
    setup.validated(&people).expect("a valid set-up")
}

fn event(minute: u32, change: FishbowlChange) -> FishbowlEvent {
    FishbowlEvent {
        at: instant(minute),
        change,
    }
}

#[test]
fn the_log_replays_after_a_restart_to_the_same_chairs_and_talk_time() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Fishbowl, "Lounge debate");
    assert_eq!(store.fishbowl_setup(id).expect("readable"), None);
    assert!(store.fishbowl_events(id).expect("readable").is_empty());

    let setup = setup_for(&store, id);
    let seats = starting_events(&setup, instant(1));
    store
        .save_fishbowl_setup(id, &setup, Some(&seats), instant(1))
        .expect("saved");
    let first = setup.starters[0];
    let second = setup.starters[1];
    let point = Uuid::from_u128(99);
    let later = [
        event(2, FishbowlChange::Pass { to: Some(first) }),
        event(5, FishbowlChange::Pass { to: Some(second) }),
        event(
            6,
            FishbowlChange::AddPoint {
                id: point,
                text: "Porters start at 07:30 — the lounge needs them earlier".into(),
                speaker: Some(second),
            },
        ),
        event(7, FishbowlChange::Leave { person: second }),
    ];
    store
        .append_fishbowl_events(id, &later[..2])
        .expect("appended");
    store
        .append_fishbowl_events(id, &later[2..])
        .expect("appended");
    drop(store);

    let store = open(tmp.path());
    assert_eq!(
        store.fishbowl_setup(id).expect("readable"),
        Some(setup.clone())
    );
    let events = store.fishbowl_events(id).expect("readable");
    let mut expected = seats.clone();
    expected.extend(later.iter().cloned());
    assert_eq!(events, expected, "every change, in order, with its instant");

    let state = Fishbowl::replay(&setup, &events).expect("replays");
    assert_eq!(state.chairs[0], Some(first));
    assert_eq!(state.chairs[1], None, "the second starter left");
    assert_eq!(state.holder, None, "the fish left with them");
    assert_eq!(state.points.len(), 1);
    let clock = SessionClock::from_live_log(&[LiveEvent {
        at: instant(0),
        command: LiveCommand::Start,
    }]);
    let talk = talk_time(&events, &clock, instant(10));
    assert_eq!(talk.total_of(first), 3 * 60_000);
    assert_eq!(talk.total_of(second), 2 * 60_000);
}

#[test]
fn saving_the_set_up_keeps_the_log_unless_asked_to_restart_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Fishbowl, "Lounge debate");
    let setup = setup_for(&store, id);
    let seats = starting_events(&setup, instant(1));
    store
        .save_fishbowl_setup(id, &setup, Some(&seats), instant(1))
        .expect("saved");
    let pass = event(
        2,
        FishbowlChange::Pass {
            to: Some(setup.starters[0]),
        },
    );
    store.append_fishbowl_events(id, &[pass]).expect("appended");

    let mut renamed = setup.clone();
    renamed.question = "Should the lounge open at 07:30?".into();
    store
        .save_fishbowl_setup(id, &renamed, None, instant(3))
        .expect("saved");
    assert_eq!(
        store.fishbowl_events(id).expect("readable").len(),
        seats.len() + 1
    );

    store
        .save_fishbowl_setup(id, &renamed, Some(&seats[..1]), instant(4))
        .expect("saved");
    assert_eq!(store.fishbowl_events(id).expect("readable"), seats[..1]);
}

#[test]
fn a_damaged_event_is_reported_not_skipped() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Fishbowl, "Lounge debate");
    let setup = setup_for(&store, id);
    let seats = starting_events(&setup, instant(1));
    store
        .save_fishbowl_setup(id, &setup, Some(&seats), instant(1))
        .expect("saved");
    raw(tmp.path())
        .execute(
            "UPDATE fishbowl_events SET event = '{\"at\": 1}' WHERE id = (SELECT min(id) FROM fishbowl_events)",
            [],
        )
        .expect("damaged");
    let err = store
        .fishbowl_events(id)
        .expect_err("a damaged log is not read short");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    assert!(
        store.session(id).is_ok(),
        "the session itself is unaffected"
    );
}

#[test]
fn deleting_the_session_for_good_takes_its_fishbowl_with_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Fishbowl, "Lounge debate");
    let setup = setup_for(&store, id);
    let seats = starting_events(&setup, instant(1));
    store
        .save_fishbowl_setup(id, &setup, Some(&seats), instant(1))
        .expect("saved");
    store.delete_session(id, instant(3)).expect("to the bin");
    assert!(matches!(
        store.fishbowl_events(id),
        Err(StoreError::NotFound { .. })
    ));
    store.empty_bin().expect("emptied");
    let conn = raw(tmp.path());
    for table in ["fishbowls", "fishbowl_events"] {
        let left: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                row.get(0)
            })
            .expect("counted");
        assert_eq!(left, 0, "{table} went with its session");
    }
}
