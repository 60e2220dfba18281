//! The console of a running session (an After Action Review): started, paused and
//! resumed with a minute added, moved through its steps and questions (and refused past
//! the last question and before the first step), a message and a blank screen for the
//! room, a view another window caused, and the session finished.

use mobilise_app::DisplayState;
use mobilise_core::live::LiveCommand;
use mobilise_core::{Session, TechniqueId};

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
    t.session_get(&app, session.id);
    t.live_open(&app, session.id).expect("opens");
    t.technique_get(&app, session.id)
        .expect("the review's record");
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
    run(&mut t, "the notes of the second step", &[Next]);

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
