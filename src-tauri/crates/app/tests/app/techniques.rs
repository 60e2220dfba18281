//! A technique's change is stored, then the engine reads the technique's slot again:
//! the room's view follows every write, and techniques never call the engine.

use mobilise_app::techniques::TechniqueDisplay;
use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::fishbowl::{
    FishbowlChange, FishbowlDisplay, FishbowlRecord, FishbowlSetup,
};
use mobilise_core::techniques::{
    OwnChange, Staged, TechniqueChange, TechniqueRecord, TechniqueStage,
};
use mobilise_core::{NoteInput, NoteKind, TechniqueId};
use uuid::Uuid;

use crate::harness::Fixture;

fn note(step: u32, text: &str) -> NoteInput {
    NoteInput {
        kind: NoteKind::Note,
        step_id: Some(step),
        question: Some(0),
        text: text.into(),
    }
}

#[test]
fn a_note_taken_in_an_after_action_review_reaches_the_comparison_at_once() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Fixture::on(tmp.path());
    let session = app.session(TechniqueId::AfterActionReview, &["Ana"]);
    app.app.live_open(session.id).expect("opens");
    app.app
        .live_command(session.id, LiveCommand::Start)
        .expect("starts");
    app.app
        .write(|store, now| {
            store.add_note(
                session.id,
                &note(1, "Go live on Monday"),
                now,
                &mut Uuid::now_v7,
            )
        })
        .expect("a note on what was supposed to happen");
    app.app
        .live_command(session.id, LiveCommand::Next)
        .expect("on to what actually happened");
    let before = app.views();
    app.app
        .write(|store, now| {
            store.add_note(
                session.id,
                &note(2, "Went live on Wednesday"),
                now,
                &mut Uuid::now_v7,
            )
        })
        .expect("a note on what actually happened");
    assert_eq!(app.views(), before + 1, "the note was announced once");
    let Some(TechniqueDisplay::Record(Staged {
        shows,
        stage: TechniqueStage::AfterActionReview(review),
    })) = app.last_view().technique
    else {
        panic!("an After Action Review shows its comparison");
    };
    assert!(shows, "the comparison is up instead of the question list");
    assert!(
        review.comparing,
        "the room compares while asked what actually happened"
    );
    assert_eq!(review.supposed, ["Go live on Monday"]);
    assert_eq!(review.actual, ["Went live on Wednesday"]);

    let parked = NoteInput {
        kind: NoteKind::Parking,
        step_id: None,
        question: None,
        text: "Ask estates about the lift".into(),
    };
    app.app
        .write(|store, now| store.add_note(session.id, &parked, now, &mut Uuid::now_v7))
        .expect("a parking-lot item");
    assert_eq!(
        app.views(),
        before + 1,
        "a write the room does not see is not announced"
    );
}

fn save_setup(setup: FishbowlSetup) -> TechniqueChange {
    TechniqueChange::Save {
        record: TechniqueRecord::Fishbowl(FishbowlRecord {
            setup: Some(setup),
            ..FishbowlRecord::default()
        }),
    }
}

/// The fishbowl's part of the room's view, and whether it is put up.
fn staged(view: &mobilise_app::LiveView) -> (bool, FishbowlDisplay) {
    match &view.technique {
        Some(TechniqueDisplay::Record(Staged {
            shows,
            stage: TechniqueStage::Fishbowl(display),
        })) => (*shows, display.clone()),
        other => panic!("the room's view has the fishbowl, not {other:?}"),
    }
}

#[test]
fn a_fishbowl_set_up_before_the_start_rebuilds_the_agenda_and_shows_its_chairs() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Fixture::on(tmp.path());
    let session = app.session(TechniqueId::Fishbowl, &["Ana", "Bo", "Cy", "Di"]);
    let opened = app.app.live_open(session.id).expect("opens");
    assert!(!staged(&opened).0, "no chairs until the set-up is saved");

    let mut setup = FishbowlSetup::standard("How do we cut missed appointments?");
    setup.discussion_minutes = 40;
    app.app
        .technique_change(session.id, save_setup(setup))
        .expect("the set-up is saved");
    let view = app.last_view();
    let minutes: Vec<u32> = view
        .state
        .agenda
        .steps
        .iter()
        .map(|s| s.planned_secs / 60)
        .collect();
    assert_eq!(
        minutes,
        [10, 40, 10, 15],
        "the agenda follows the set-up's minutes"
    );
    let (_, display) = staged(&view);
    assert_eq!(
        display.chairs.len(),
        4,
        "three talking chairs and the spare"
    );

    app.app
        .live_command(session.id, LiveCommand::Start)
        .expect("starts");
    let (shows, _) = staged(&app.last_view());
    assert!(shows, "the room sees the chairs in the briefing");
    let ana = session.participants[0].person_id;
    let seat = TechniqueChange::Own {
        change: OwnChange::Fishbowl(FishbowlChange::Seat {
            person: ana,
            chair: 0,
            leaver: None,
        }),
    };
    app.app
        .technique_change(session.id, seat)
        .expect("Ana sits down");
    let (_, display) = staged(&app.last_view());
    assert!(
        display.chairs[0].occupied,
        "the room sees Ana's chair taken"
    );
}

#[test]
fn a_change_to_a_session_that_is_not_running_tells_no_window() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Fixture::on(tmp.path());
    let running = app.session(TechniqueId::AfterActionReview, &["Ana"]);
    let other = app.session(TechniqueId::Fishbowl, &["Bo", "Cy"]);
    app.app.live_open(running.id).expect("opens");
    let before = app.views();
    app.app
        .technique_change(other.id, save_setup(FishbowlSetup::standard("Q")))
        .expect("the other session's set-up is saved");
    assert_eq!(app.views(), before, "the room is not running that session");
    assert_eq!(
        app.app.live_current().map(|v| v.session_id),
        Some(running.id),
        "the running session is untouched"
    );
}
