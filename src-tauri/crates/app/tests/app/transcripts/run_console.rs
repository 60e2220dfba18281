//! The console of a running session (an After Action Review): started, paused and
//! resumed with a minute added, moved through its steps and questions (and refused past
//! the last question and before the first step), notes taken, edited and emptied, an
//! action agreed, a message and a blank screen for the room, a view another window
//! caused, and the session finished.

use chrono::NaiveDate;
use mobilise_app::DisplayState;
use mobilise_core::live::LiveCommand;
use mobilise_core::{ActionInput, ActionStatus, NoteInput, NoteKind, Session, TechniqueId};

use crate::harness::Fixture;
use crate::transcript::Transcript;

/// The review the console opens, Priya facilitating and Tom with her.
fn opened(t: &mut Transcript) -> (Fixture, Session) {
    let app = Fixture::temporary();
    let roster = [
        ("Priya Shah", "Ward 7", "facilitator"),
        ("Tom Okafor", "Pharmacy", ""),
    ];
    let at = crate::harness::start().naive_utc();
    let session = app.session_called(
        "Ward 7 go-live review",
        TechniqueId::AfterActionReview,
        &roster,
        at,
    );
    t.console_opened(&app, session.id);
    (app, session)
}

/// Opened and started, then each of `commands` as the console sends it (a refused one
/// recorded as refused).
fn run(t: &mut Transcript, name: &str, commands: &[LiveCommand]) -> (Fixture, Session) {
    t.scenario(name);
    let (app, session) = opened(t);
    t.live_command(&app, session.id, LiveCommand::Start)
        .expect("starts");
    for command in commands {
        let _ = t.live_command(&app, session.id, command.clone());
    }
    (app, session)
}

fn note(step: u32, question: u32, text: &str) -> NoteInput {
    NoteInput {
        kind: NoteKind::Note,
        step_id: Some(step),
        question: Some(question),
        text: text.into(),
    }
}

fn display(t: &mut Transcript, app: &Fixture, session: &Session, shown: DisplayState) {
    t.live_display(app, session.id, shown)
        .expect("the room's screen changes");
}

#[test]
fn the_run_console_is_recorded() {
    use LiveCommand::{
        AddTime, Finish, Next, NextQuestion, Pause, Previous, PreviousQuestion, Resume,
    };
    let mut t = Transcript::new("run-console");

    t.scenario("opened");
    opened(&mut t);
    run(&mut t, "started", &[]);
    let minute = AddTime { secs: 60 };
    run(
        &mut t,
        "paused, resumed and a minute added",
        &[Pause, Resume, minute.clone(), minute, Pause],
    );
    run(&mut t, "the next step and back", &[Next, Previous]);
    let questions = [
        Next,
        NextQuestion,
        NextQuestion,
        PreviousQuestion,
        NextQuestion,
        PreviousQuestion,
        NextQuestion,
        Next,
        Previous,
    ];
    run(&mut t, "through the questions", &questions);
    run(&mut t, "refused before the first step", &[Previous]);
    let (app, session) = run(&mut t, "the notes of the second step", &[Next]);
    for text in ["Handover notes were late", "Pharmacy stepped in"] {
        t.note_add(&app, session.id, note(2, 1, text));
    }

    let (app, session) = run(&mut t, "a note edited, then emptied", &[]);
    let typed = t.note_add(&app, session.id, note(1, 0, "Go-live on 3 Nov"));
    t.note_update(&app, typed.id, "Go-live on 3 November");
    t.note_delete(&app, typed.id);

    let (app, session) = run(&mut t, "a note kept from the room", &[]);
    t.note_add(&app, session.id, note(1, 0, "Secret facilitator note"));

    let (app, session) = run(&mut t, "an action added", &[]);
    let tom = &session.participants[1];
    let action = ActionInput {
        step_id: Some(1),
        what: "Update the go-live checklist".into(),
        owner: tom.name.clone(),
        owner_person_id: Some(tom.person_id),
        due_on: NaiveDate::from_ymd_opt(2026, 12, 1),
        status: ActionStatus::Open,
    };
    t.action_add(&app, session.id, action);

    let (app, session) = run(&mut t, "a message to the room", &[]);
    let message = DisplayState {
        message: Some("Please return to your seats".into()),
        ..DisplayState::default()
    };
    display(&mut t, &app, &session, message);
    display(&mut t, &app, &session, DisplayState::default());

    let (app, session) = run(&mut t, "the screen blanked", &[]);
    let blank = DisplayState {
        blank: true,
        ..DisplayState::default()
    };
    display(&mut t, &app, &session, blank);
    display(&mut t, &app, &session, DisplayState::default());

    let (app, session) = run(&mut t, "moved on by another window", &[]);
    t.by_another_window("another window's view")
        .live_command(&app, session.id, LiveCommand::GoTo { index: 2 })
        .expect("moves");

    run(&mut t, "finished", &[Finish]);
    t.check();
}
