//! A technique's log kept with its record (a Fishbowl's seats, passes and key points):
//! only what is new is appended on each save, the log replays in order after a restart
//! to the same chairs and talk time, it begins again only when the record's log does,
//! a damaged event is refused rather than skipped, and the log goes with its session.

use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::fishbowl::{
    starting_events, talk_time, FishbowlChange, FishbowlEvent, FishbowlMode, FishbowlRecord,
    FishbowlSetup, FishbowlState, SessionClock,
};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::{LiveEvent, TechniqueId};
use mobilise_store::{Store, StoreError};
use uuid::Uuid;

use crate::fixtures::{count, instant, open, raw, session, Ids};

fn setup_for(store: &Store, id: Uuid) -> FishbowlSetup {
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

/// The fishbowl with `log`, its state replayed as the rules would leave it.
fn fishbowl(setup: &FishbowlSetup, log: Vec<FishbowlEvent>) -> TechniqueRecord {
    let state = FishbowlState::replay(setup, &log).expect("a log the rules accept");
    TechniqueRecord::Fishbowl(FishbowlRecord {
        setup: Some(setup.clone()),
        log,
        state,
    })
}

fn stored_log(store: &Store, id: Uuid) -> Vec<FishbowlEvent> {
    match store.technique_record(id).expect("readable") {
        Some(TechniqueRecord::Fishbowl(record)) => record.log,
        other => panic!("a fishbowl was stored, not {other:?}"),
    }
}

#[test]
fn the_log_replays_after_a_restart_to_the_same_chairs_and_talk_time() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Fishbowl, "Lounge debate");
    assert_eq!(store.technique_record(id).expect("readable"), None);

    let setup = setup_for(&store, id);
    let seats = starting_events(&setup, instant(1));
    store
        .save_technique_record(id, &fishbowl(&setup, seats.clone()), instant(1))
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
    let mut log = seats.clone();
    for (i, change) in later.iter().enumerate() {
        log.push(change.clone());
        let minute = 2 + u32::try_from(i).expect("a few");
        store
            .save_technique_record(id, &fishbowl(&setup, log.clone()), instant(minute))
            .expect("appended");
    }
    assert_eq!(
        count(tmp.path(), "technique_events"),
        i64::try_from(log.len()).expect("a few"),
        "each save appends only what is new"
    );
    drop(store);

    let store = open(tmp.path());
    let Some(TechniqueRecord::Fishbowl(read)) = store.technique_record(id).expect("readable")
    else {
        panic!("the fishbowl reads back");
    };
    assert_eq!(read.setup, Some(setup.clone()));
    assert_eq!(read.log, log, "every change, in order, with its instant");
    assert_eq!(read.state.chairs[0], Some(first));
    assert_eq!(read.state.chairs[1], None, "the second starter left");
    assert_eq!(read.state.holder, None, "the fish left with them");
    assert_eq!(read.state.points.len(), 1);
    let clock = SessionClock::from_live_log(&[LiveEvent {
        at: instant(0),
        command: LiveCommand::Start,
    }]);
    let talk = talk_time(&read.log, &clock, instant(10));
    assert_eq!(talk.total_of(first), 3 * 60_000);
    assert_eq!(talk.total_of(second), 2 * 60_000);
}

#[test]
fn the_log_begins_again_only_when_the_records_log_does() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Fishbowl, "Lounge debate");
    let setup = setup_for(&store, id);
    let seats = starting_events(&setup, instant(1));
    let mut log = seats.clone();
    log.push(event(
        2,
        FishbowlChange::Pass {
            to: Some(setup.starters[0]),
        },
    ));
    store
        .save_technique_record(id, &fishbowl(&setup, log.clone()), instant(2))
        .expect("saved");

    let mut renamed = setup.clone();
    renamed.question = "Should the lounge open at 07:30?".into();
    store
        .save_technique_record(id, &fishbowl(&renamed, log.clone()), instant(3))
        .expect("saved");
    assert_eq!(stored_log(&store, id), log, "a new question keeps the log");

    store
        .save_technique_record(id, &fishbowl(&renamed, seats[..1].to_vec()), instant(4))
        .expect("saved");
    assert_eq!(stored_log(&store, id), seats[..1], "the log began again");
    assert_eq!(count(tmp.path(), "technique_events"), 1);
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
        .save_technique_record(id, &fishbowl(&setup, seats), instant(1))
        .expect("saved");
    raw(tmp.path())
        .execute(
            "UPDATE technique_events SET event = '{\"at\": 1}'
              WHERE id = (SELECT min(id) FROM technique_events)",
            [],
        )
        .expect("damaged");
    let err = store
        .technique_record(id)
        .expect_err("a damaged log is not read short");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    assert!(
        store.session(id).is_ok(),
        "the session itself is unaffected"
    );
}

#[test]
fn deleting_the_session_for_good_takes_its_record_and_log_with_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Fishbowl, "Lounge debate");
    let setup = setup_for(&store, id);
    let seats = starting_events(&setup, instant(1));
    store
        .save_technique_record(id, &fishbowl(&setup, seats), instant(1))
        .expect("saved");
    store.delete_session(id, instant(3)).expect("to the bin");
    assert!(matches!(
        store.technique_record(id),
        Err(StoreError::NotFound { .. })
    ));
    store.empty_bin().expect("emptied");
    for table in ["technique_records", "technique_events"] {
        assert_eq!(count(tmp.path(), table), 0, "{table} went with its session");
    }
}
