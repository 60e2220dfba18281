//! The Fishbowl behind the technique contract: a set-up saved before the start rebuilds
//! the agenda and seats the starters afresh; once started, what the room has seen stays
//! fixed; the room sees the chairs in the briefing and the discussion (and whenever
//! someone holds the fish) and the key points while the scribe presents them back;
//! after the finish the chairs stay as they were while the key points can be tidied.

use mobilise_core::live::{AgendaStep, LiveCommand, LiveState};
use mobilise_core::techniques::fishbowl::{
    Fishbowl, FishbowlChange, FishbowlDisplay, FishbowlRecord, FishbowlSetup,
};
use mobilise_core::techniques::{AgendaChange, RuleError, Technique};
use mobilise_core::{Session, TechniqueId};
use uuid::Uuid;

use crate::guided_common::{at, context, id, session};

fn setup(session: &Session) -> FishbowlSetup {
    let mut setup = FishbowlSetup::standard("Should the discharge lounge open at 07:00?");
    setup.facilitator = Some(id(1));
    setup.scribe = Some(id(2));
    setup.starters = vec![id(3), id(4)];
    setup.discussion_minutes = 40;
    setup
        .validated(&session.participants)
        .expect("a valid set-up")
}

fn edited(setup: FishbowlSetup) -> FishbowlRecord {
    FishbowlRecord {
        setup: Some(setup),
        ..FishbowlRecord::default()
    }
}

/// The set-up saved before the start, and the agenda it made.
fn saved(session: &Session) -> (FishbowlRecord, Vec<AgendaStep>) {
    let ctx = context(session, None);
    let outcome = Fishbowl::save(Fishbowl::empty(), edited(setup(session)), &ctx)
        .expect("saved before the start");
    let Some(AgendaChange::Replace(agenda)) = outcome.agenda else {
        panic!("a set-up saved before the start rebuilds the agenda");
    };
    (outcome.record, agenda.steps)
}

fn live_at(steps: &[AgendaStep], step: usize) -> LiveState {
    let mut state = LiveState::new(mobilise_core::live::Agenda {
        steps: steps.to_vec(),
    })
    .apply(LiveCommand::Start, at(0))
    .expect("starts");
    if step > 0 {
        state = state
            .apply(LiveCommand::GoTo { index: step }, at(10))
            .expect("moves on");
    }
    state
}

fn changed(
    record: FishbowlRecord,
    change: FishbowlChange,
    live: Option<&LiveState>,
    session: &Session,
) -> Result<FishbowlRecord, RuleError> {
    Fishbowl::apply(record, change, &context(session, live)).map(|o| o.record)
}

fn display(record: &FishbowlRecord, live: &LiveState, session: &Session) -> FishbowlDisplay {
    Fishbowl::stage(record, live, &context(session, Some(live)))
}

#[test]
fn a_set_up_saved_before_the_start_makes_the_agenda_and_seats_the_starters() {
    let session = session(TechniqueId::Fishbowl, 6);
    let (record, steps) = saved(&session);
    let minutes: Vec<u32> = steps.iter().map(|s| s.planned_secs / 60).collect();
    assert_eq!(minutes, [10, 40, 10, 15]);
    assert_eq!(record.state.chairs, [Some(id(3)), Some(id(4)), None, None]);
    assert_eq!(record.log.len(), 2, "each starter sat down, logged");

    // Saved again before the start, with other starters: the log begins again.
    let mut other = setup(&session);
    other.starters = vec![id(5)];
    let again =
        Fishbowl::save(record, edited(other), &context(&session, None)).expect("saved again");
    assert_eq!(again.record.log.len(), 1);
    assert_eq!(again.record.state.chairs, [Some(id(5)), None, None, None]);
}

#[test]
fn once_started_the_mode_chairs_starters_and_timings_are_fixed() {
    let session = session(TechniqueId::Fishbowl, 6);
    let (record, steps) = saved(&session);
    let live = live_at(&steps, 1);
    let record = changed(
        record,
        FishbowlChange::Pass { to: Some(id(3)) },
        Some(&live),
        &session,
    )
    .expect("the fish passes");
    let ctx = context(&session, Some(&live));

    let mut more_chairs = setup(&session);
    more_chairs.inner_chairs = 4;
    let refused = Fishbowl::save(record.clone(), edited(more_chairs), &ctx)
        .expect_err("the chairs are set out");
    assert!(refused.to_string().contains("fixed"), "{refused}");

    let mut reworded = setup(&session);
    reworded.question = "Should the lounge open at 07:30?".into();
    let outcome =
        Fishbowl::save(record.clone(), edited(reworded), &ctx).expect("the words can change");
    assert_eq!(outcome.agenda, None, "the agenda under way is left alone");
    assert_eq!(
        outcome.record.log, record.log,
        "and nothing said is forgotten"
    );
}

#[test]
fn the_room_sees_the_chairs_while_they_matter_and_the_points_when_presented() {
    let session = session(TechniqueId::Fishbowl, 6);
    let (record, steps) = saved(&session);
    let key_points = steps
        .iter()
        .position(|s| s.key.as_deref() == Some(FishbowlSetup::KEY_POINTS_STEP))
        .expect("a key points step");
    let staged = |record: &FishbowlRecord, step: usize| {
        let shown = display(record, &live_at(&steps, step), &session);
        (Fishbowl::shows(&shown), shown.presenting)
    };
    assert_eq!(
        staged(&record, 0),
        (true, false),
        "the briefing shows the chairs"
    );
    assert_eq!(staged(&record, 1), (true, false), "so does the discussion");
    assert_eq!(
        staged(&record, key_points),
        (false, false),
        "nothing to present yet: the question list"
    );
    assert_eq!(
        staged(&record, 3),
        (false, false),
        "the debrief asks its question"
    );

    let speaking = changed(
        record.clone(),
        FishbowlChange::Pass { to: Some(id(4)) },
        None,
        &session,
    )
    .expect("passes");
    assert_eq!(
        staged(&speaking, 3),
        (true, false),
        "whoever holds the fish is shown at any step"
    );
    let noted = changed(
        record.clone(),
        FishbowlChange::AddPoint {
            id: Uuid::from_u128(77),
            text: "Porters start at 07:30".into(),
            speaker: Some(id(4)),
        },
        None,
        &session,
    )
    .expect("a key point");
    assert_eq!(
        staged(&noted, key_points),
        (true, true),
        "the points are presented back"
    );
    let shown = display(&noted, &live_at(&steps, key_points), &session);
    assert_eq!(
        shown.key_points[0].speaker, None,
        "names stay off unless shown"
    );

    let not_started = LiveState::new(mobilise_core::live::Agenda {
        steps: steps.clone(),
    });
    assert!(!Fishbowl::shows(&display(&record, &not_started, &session)));
    let unsaved = display(&Fishbowl::empty(), &live_at(&steps, 1), &session);
    assert!(
        !Fishbowl::shows(&unsaved),
        "nothing before the set-up is saved"
    );
}

#[test]
fn after_the_finish_the_chairs_stay_but_the_key_points_can_be_tidied() {
    let session = session(TechniqueId::Fishbowl, 6);
    let (record, steps) = saved(&session);
    let finished = live_at(&steps, 3)
        .apply(LiveCommand::Finish, at(100))
        .expect("finishes");
    let refused = changed(
        record.clone(),
        FishbowlChange::Leave { person: id(3) },
        Some(&finished),
        &session,
    )
    .expect_err("the chairs stay as they were");
    assert!(refused.to_string().contains("finished"), "{refused}");
    let tidied = changed(
        record,
        FishbowlChange::AddPoint {
            id: Uuid::from_u128(78),
            text: "Pharmacy could batch TTOs".into(),
            speaker: None,
        },
        Some(&finished),
        &session,
    )
    .expect("a key point can still be added");
    assert_eq!(tidied.state.points.len(), 1);
    assert!(Fishbowl::after_finish(Some(&FishbowlChange::Pass {
        to: None
    })));
}

#[test]
fn nothing_happens_in_a_fishbowl_before_its_set_up_is_saved() {
    let session = session(TechniqueId::Fishbowl, 6);
    let refused = changed(
        Fishbowl::empty(),
        FishbowlChange::Pass { to: None },
        None,
        &session,
    )
    .expect_err("no chairs yet");
    assert!(refused.to_string().contains("set-up first"), "{refused}");
    let overview = Fishbowl::overview(&Fishbowl::empty(), &context(&session, None));
    assert!(!overview.saved, "the set-up shown is only suggested");
    assert_eq!(overview.setup.mode, FishbowlSetup::standard("").mode);
}
