//! A session's records (live state, notes, actions) through duplication and the bin:
//! never copied, kept while the session is in the bin, gone when the bin is emptied.

use mobilise_core::live::{Agenda, LiveCommand, LiveState};
use mobilise_core::{
    technique, ActionInput, ActionQuery, ActionStatus, NoteInput, NoteKind, TechniqueId,
};
use mobilise_store::{Store, StoreError};
use uuid::Uuid;

use crate::fixtures::{count, day, instant, open, raw, session, Ids};

const RECORD_TABLES: [&str; 4] = ["live_states", "live_events", "notes", "actions"];

/// A session with a started live state, one note, one parking-lot item and one action.
fn with_records(store: &mut Store, ids: &mut Ids, title: &str) -> Uuid {
    let id = session(store, ids, TechniqueId::AfterActionReview, title);
    let first = LiveState::new(Agenda::from_technique(
        technique(TechniqueId::AfterActionReview),
        None,
    ));
    store.start_live(id, &first, instant(2)).expect("started");
    let started = first
        .apply(LiveCommand::Start, instant(3))
        .expect("startable");
    store
        .save_live_transition(id, &LiveCommand::Start, &started, instant(3))
        .expect("saved");
    for (kind, step_id) in [(NoteKind::Note, Some(1)), (NoteKind::Parking, None)] {
        let note = NoteInput {
            kind,
            step_id,
            question: None,
            text: format!("{title} handover"),
        };
        store
            .add_note(id, &note, instant(4), &mut || ids.next())
            .expect("note added");
    }
    let action = ActionInput {
        step_id: Some(1),
        what: format!("{title} follow-up"),
        owner: "Grace".into(),
        owner_person_id: None,
        due_on: Some(day(1)),
        status: ActionStatus::Open,
    };
    store
        .add_action(id, &action, instant(5), &mut || ids.next())
        .expect("action added");
    id
}

#[test]
fn duplicating_a_session_copies_none_of_its_records() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let original = with_records(&mut store, &mut ids, "Set 3");
    let copy = store
        .duplicate_session(original, instant(6), &mut || ids.next())
        .expect("duplicated")
        .id;
    assert_eq!(
        store.live_state(copy).expect("readable"),
        None,
        "a copy has not been run"
    );
    assert!(store.live_events(copy).expect("readable").is_empty());
    assert!(
        store.notes(copy).expect("readable").is_empty(),
        "a copy has no notes"
    );
    assert!(
        store.session_actions(copy).expect("readable").is_empty(),
        "nor actions"
    );
    assert_eq!(
        store.notes(original).expect("readable").len(),
        2,
        "the original keeps its notes"
    );
}

#[test]
fn the_bin_keeps_a_sessions_records_until_it_is_emptied() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let keep = with_records(&mut store, &mut ids, "Keep");
    let binned = with_records(&mut store, &mut ids, "Binned");
    let before: Vec<i64> = RECORD_TABLES.iter().map(|t| count(tmp.path(), t)).collect();
    assert_eq!(before, [2, 2, 4, 2], "two sessions' records were written");

    store.delete_session(binned, instant(7)).expect("binned");
    assert!(
        matches!(store.notes(binned), Err(StoreError::NotFound { .. })),
        "a binned session's notes are not shown"
    );
    let listed = store
        .list_actions(&ActionQuery::default(), day(2))
        .expect("listed");
    assert_eq!(
        listed
            .iter()
            .map(|r| r.session_title.as_str())
            .collect::<Vec<_>>(),
        ["Keep"],
        "a binned session's actions leave the actions list"
    );
    let kept: Vec<i64> = RECORD_TABLES.iter().map(|t| count(tmp.path(), t)).collect();
    assert_eq!(
        kept, before,
        "nothing is removed while the session is in the bin"
    );

    store.restore_session(binned, instant(8)).expect("restored");
    assert_eq!(
        store.notes(binned).expect("readable").len(),
        2,
        "notes come back with it"
    );
    assert_eq!(store.session_actions(binned).expect("readable").len(), 1);
    assert!(store.live_state(binned).expect("readable").is_some());

    store
        .delete_session(binned, instant(9))
        .expect("binned again");
    assert_eq!(store.empty_bin().expect("emptied"), 1);
    let after: Vec<i64> = RECORD_TABLES.iter().map(|t| count(tmp.path(), t)).collect();
    assert_eq!(
        after,
        [1, 1, 2, 1],
        "emptying the bin removes its sessions' records"
    );
    assert_eq!(
        store.notes(keep).expect("readable").len(),
        2,
        "other sessions keep theirs"
    );

    let conn = raw(tmp.path());
    for fts in ["notes_fts", "actions_fts"] {
        conn.execute(
            &format!("INSERT INTO {fts} ({fts}) VALUES ('integrity-check')"),
            [],
        )
        .unwrap_or_else(|e| panic!("{fts} still matches its table after the cascade: {e}"));
    }
    assert!(
        store.search_notes("binned").expect("searched").is_empty(),
        "the removed notes are not found"
    );
}
