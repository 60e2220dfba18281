//! The live state of a running session: started once, saved with its command after every
//! transition, read back after a reopen, and refused clearly when damaged.

use chrono::{DateTime, Duration, Utc};
use mobilise_core::live::{Agenda, LiveCommand, LiveState, LiveStatus};
use mobilise_core::{technique, SessionStatus, TechniqueId};
use mobilise_store::{Store, StoreError};

use crate::fixtures::{instant, open, raw, session, Ids};

fn first_state(technique_id: TechniqueId) -> LiveState {
    LiveState::new(Agenda::from_technique(technique(technique_id), None))
}

fn status_of(store: &Store, id: uuid::Uuid) -> SessionStatus {
    store.session(id).expect("the session is there").status
}

/// Applies each command at one-minute intervals from `start`, saving every transition.
fn run(
    store: &mut Store,
    id: uuid::Uuid,
    mut state: LiveState,
    commands: &[LiveCommand],
    start: DateTime<Utc>,
) -> LiveState {
    for (n, command) in commands.iter().enumerate() {
        let now = start + Duration::minutes(i64::try_from(n).expect("few commands"));
        state = state
            .apply(command.clone(), now)
            .expect("each command is valid where it is sent");
        store
            .save_live_transition(id, command, &state, now)
            .expect("the transition is saved");
    }
    state
}

#[test]
fn starting_twice_keeps_the_first_state() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::AfterActionReview, "AAR");
    assert_eq!(
        store.live_state(id).expect("readable"),
        None,
        "a session never run has no live state"
    );

    let first = first_state(TechniqueId::AfterActionReview);
    store.start_live(id, &first, instant(2)).expect("started");
    let mut other = first.clone();
    other.auto_advance = true;
    store
        .start_live(id, &other, instant(3))
        .expect("starting again is not an error");

    assert_eq!(
        store.live_state(id).expect("readable"),
        Some(first),
        "opening the console again must not reset the session's state"
    );
    assert!(
        store.live_events(id).expect("readable").is_empty(),
        "starting records no command"
    );
    assert_eq!(
        status_of(&store, id),
        SessionStatus::Running,
        "a session with a live state is running"
    );
}

#[test]
fn every_transition_survives_a_reopen_and_the_log_replays_to_the_last_state() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut ids = Ids::new();
    let first = first_state(TechniqueId::Retrospect);
    let commands = [
        LiveCommand::Start,
        LiveCommand::Pause,
        LiveCommand::Resume,
        LiveCommand::AddTime { secs: 90 },
        LiveCommand::Next,
        LiveCommand::RenameStep {
            id: 1,
            title: "Objectives — «revisited» 🎯".into(),
        },
        LiveCommand::SetAutoAdvance { on: true },
        LiveCommand::GoTo { index: 0 },
    ];
    let (id, last) = {
        let mut store = open(tmp.path());
        let id = session(&mut store, &mut ids, TechniqueId::Retrospect, "Retro");
        store.start_live(id, &first, instant(2)).expect("started");
        let last = run(&mut store, id, first.clone(), &commands, instant(3));
        assert_eq!(
            status_of(&store, id),
            SessionStatus::Running,
            "a session under way is running"
        );
        (id, last)
    };

    let store = open(tmp.path());
    let saved = store.live_state(id).expect("readable");
    assert_eq!(
        saved.as_ref(),
        Some(&last),
        "the state after the last command is what a reopened store gives"
    );
    let events = store.live_events(id).expect("readable");
    assert_eq!(
        events.len(),
        commands.len(),
        "one event per command, none for starting"
    );
    let replayed = events.iter().fold(first, |state, event| {
        state
            .apply(event.command.clone(), event.at)
            .expect("a logged command replays")
    });
    assert_eq!(
        replayed, last,
        "replaying the log from the first state gives the saved state"
    );
    assert_eq!(
        saved.map(|s| s.status),
        Some(LiveStatus::Running),
        "the clock was left running"
    );
}

#[test]
fn finishing_the_live_session_finishes_the_session() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Fishbowl, "Fishbowl");
    let first = first_state(TechniqueId::Fishbowl);
    store.start_live(id, &first, instant(2)).expect("started");
    let state = run(&mut store, id, first, &[LiveCommand::Start], instant(3));
    assert_eq!(status_of(&store, id), SessionStatus::Running);
    let state = run(&mut store, id, state, &[LiveCommand::Finish], instant(30));
    let session = store.session(id).expect("there");
    assert_eq!(
        session.status,
        SessionStatus::Finished,
        "the session is finished when its live state is"
    );
    assert_eq!(
        session.updated_at,
        instant(30),
        "the session shows when it last changed"
    );
    assert_eq!(store.live_state(id).expect("readable"), Some(state));
}

#[test]
fn a_transition_that_cannot_be_saved_whole_saves_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::PeerAssist, "Peer assist");
    let first = first_state(TechniqueId::PeerAssist);
    store.start_live(id, &first, instant(2)).expect("started");
    let before = store.session(id).expect("there");

    // Make the last write of the transaction (the log entry) fail, as a full disk would.
    raw(tmp.path())
        .execute_batch(
            "CREATE TRIGGER refuse_events BEFORE INSERT ON live_events
             BEGIN SELECT RAISE(ABORT, 'no room in the log'); END;",
        )
        .expect("trigger added");
    let started = first
        .apply(LiveCommand::Start, instant(3))
        .expect("startable");
    let result = store.save_live_transition(id, &LiveCommand::Start, &started, instant(3));
    assert!(result.is_err(), "the failed write is reported: {result:?}");
    assert_eq!(
        store.live_state(id).expect("readable"),
        Some(first),
        "the state is not saved without its log entry"
    );
    assert_eq!(
        store.session(id).expect("there").updated_at,
        before.updated_at,
        "the session row is not touched either"
    );
}

#[test]
fn a_session_that_is_not_there_cannot_be_run() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Fishbowl, "Binned");
    let first = first_state(TechniqueId::Fishbowl);
    store.delete_session(id, instant(2)).expect("binned");

    let missing = uuid::Uuid::from_u128(42);
    for target in [id, missing] {
        let start = store.start_live(target, &first, instant(3));
        assert!(
            matches!(start, Err(StoreError::NotFound { .. })),
            "a binned or unknown session cannot be started: {start:?}"
        );
        let save = store.save_live_transition(target, &LiveCommand::Start, &first, instant(3));
        assert!(
            matches!(save, Err(StoreError::NotFound { .. })),
            "nor can a transition be saved for it: {save:?}"
        );
    }
}

#[test]
fn a_damaged_saved_state_is_a_clear_error_not_a_crash() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::AfterActionReview, "AAR");
    let first = first_state(TechniqueId::AfterActionReview);
    store.start_live(id, &first, instant(2)).expect("started");
    raw(tmp.path())
        .execute(
            "UPDATE live_states SET state = '{\"agenda\": {\"steps\": [tru' WHERE session_id = ?1",
            [id.to_string()],
        )
        .expect("state damaged");

    let err = store
        .live_state(id)
        .expect_err("a damaged state is not read");
    assert!(
        matches!(err, StoreError::Damaged { .. }),
        "the error says the record is damaged: {err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("live state") && message.contains("damaged"),
        "the message names what could not be read: {message}"
    );

    let started = first
        .apply(LiveCommand::Start, instant(3))
        .expect("startable");
    store
        .save_live_transition(id, &LiveCommand::Start, &started, instant(3))
        .expect("a new transition overwrites the damaged state");
    assert_eq!(store.live_state(id).expect("readable"), Some(started));
}

#[test]
fn a_state_saved_before_steps_had_keys_reads_back_with_them() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Retrospect, "Retro");
    let state = first_state(TechniqueId::Retrospect);
    store.start_live(id, &state, instant(1)).expect("started");
    // The JSON an earlier version wrote: the same agenda with no "key" on its steps.
    let mut json = serde_json::to_value(&state).expect("a state is JSON");
    for step in json["agenda"]["steps"]
        .as_array_mut()
        .expect("an agenda of steps")
    {
        step.as_object_mut().expect("a step").remove("key");
    }
    raw(tmp.path())
        .execute(
            "UPDATE live_states SET state = ?1 WHERE session_id = ?2",
            [json.to_string(), id.to_string()],
        )
        .expect("the old form is written");

    let read = store.live_state(id).expect("readable").expect("a state");
    assert_eq!(
        read, state,
        "the old form reads back as the state it was, keys and all"
    );
    assert_eq!(
        read.agenda.steps[3].key.as_deref(),
        Some("marks"),
        "the Retrospect's marks step is known by its key again"
    );
}
