//! The audience display window: nothing running yet, then an After Action Review at its
//! last step as the projector finds it (a note on its second question and a parked point
//! the console took there), the question moved on from this window, the console's
//! message and blank screen as the views this window hears, and the live keys sent from
//! here.

use mobilise_app::DisplayState;
use mobilise_core::live::LiveCommand;
use mobilise_core::{NoteInput, NoteKind, TechniqueId};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

/// A review the console has started and moved to its last step ("What can we learn from
/// this?", where the room sees the questions, not the comparison), with a note and a
/// parked point taken there; then what this window reads as it opens.
fn running(t: &mut Transcript, name: &str) -> (Fixture, Uuid) {
    t.scenario(name);
    let app = Fixture::temporary();
    let roster = [
        ("Priya Shah", "Ward 7", "facilitator"),
        ("Tom Okafor", "Pharmacy", ""),
    ];
    let at = crate::harness::start().naive_utc();
    let id = app
        .session_called(
            "Ward 7 go-live review",
            TechniqueId::AfterActionReview,
            &roster,
            at,
        )
        .id;
    // The console's calls, made before this window opens: not this window's to replay.
    app.app.live_open(id).expect("opens");
    for command in [LiveCommand::Start, LiveCommand::GoTo { index: 3 }] {
        app.app.live_command(id, command).expect("runs");
    }
    let notes = [
        (NoteKind::Note, Some(4), Some(1), "Only for the console"),
        (NoteKind::Parking, None, None, "Parked point"),
    ];
    for (kind, step_id, question, text) in notes {
        let input = NoteInput {
            kind,
            step_id,
            question,
            text: text.into(),
        };
        app.app
            .write(|store, now| store.add_note(id, &input, now, &mut || app.next_id()))
            .expect("the note is kept");
    }
    t.live_current(&app);
    t.session_get(&app, id);
    (app, id)
}

#[test]
fn the_audience_window_is_recorded() {
    let mut t = Transcript::new("audience-window");

    t.scenario("nothing running");
    let app = Fixture::temporary();
    t.live_current(&app);

    running(&mut t, "at the last step");

    let (app, id) = running(&mut t, "the next question");
    t.live_command(&app, id, LiveCommand::NextQuestion)
        .expect("moves on");

    let (app, id) = running(&mut t, "the console's message and blank screen");
    // The console's calls: this window hears their views.
    let message = DisplayState {
        message: Some("5 minutes left".into()),
        ..DisplayState::default()
    };
    t.by_another_window("the message")
        .live_display(&app, id, message)
        .expect("shown");
    let blank = DisplayState {
        blank: true,
        ..DisplayState::default()
    };
    t.by_another_window("the blank screen")
        .live_display(&app, id, blank)
        .expect("blanked");

    let (app, id) = running(&mut t, "the step before, then paused");
    for command in [LiveCommand::Previous, LiveCommand::Pause] {
        t.live_command(&app, id, command).expect("runs");
    }
    t.check();
}
