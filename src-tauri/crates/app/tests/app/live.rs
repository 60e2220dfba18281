//! The live engine on a real database with a hand-moved clock: stored before the windows
//! are told, reopened where it was, and woken by the host's alarm with no `sleep`.

use chrono::Duration;
use mobilise_core::live::{LiveCommand, LiveStatus, Warning};
use mobilise_core::TechniqueId;

use crate::harness::Fixture;

#[test]
fn a_command_is_stored_before_the_room_is_told_so_a_restart_reopens_on_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let first = Fixture::on(tmp.path());
    let session = first.session(TechniqueId::AfterActionReview, &["Ana", "Bo"]);
    first.app.live_open(session.id).expect("opens");
    first
        .app
        .live_command(session.id, LiveCommand::Start)
        .expect("starts");
    first.wait(90);
    let told = first
        .app
        .live_command(session.id, LiveCommand::Next)
        .expect("moves on");
    assert_eq!(
        first.last_view(),
        told,
        "every window is told what the console got"
    );
    first.wait(60);
    let remaining_before = first.app.live_current().expect("running").remaining_ms;
    drop(first);

    let second = Fixture::on(tmp.path());
    second.wait(150);
    let reopened = second.app.live_open(session.id).expect("reopens");
    assert_eq!(
        reopened.state.current, 1,
        "the restarted app is on the second step"
    );
    assert_eq!(reopened.state.status, LiveStatus::Running);
    assert_eq!(
        reopened.remaining_ms, remaining_before,
        "the step's clock counts the time that really passed, no more, no less"
    );
}

#[test]
fn the_alarm_rings_at_amber_and_its_wake_sounds_the_cue() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Fixture::on(tmp.path());
    let session = app.session(TechniqueId::AfterActionReview, &["Ana"]);
    app.app.live_open(session.id).expect("opens");
    assert_eq!(
        app.alarm(),
        None,
        "nothing changes by itself before the start"
    );
    let started = app
        .app
        .live_command(session.id, LiveCommand::Start)
        .expect("starts");
    let step_ms = started.remaining_ms;
    let (for_session, amber_at) = app.alarm().expect("an alarm for amber");
    assert_eq!(for_session, session.id);
    assert_eq!(
        amber_at,
        started.now + Duration::milliseconds(step_ms) - Duration::seconds(120),
        "amber is two minutes before the end of the step, at the default thresholds"
    );

    app.wait((amber_at - app.now()).num_seconds());
    app.app.wake(session.id, amber_at);
    let cues = app.cues();
    assert_eq!(cues.len(), 1, "one chime");
    assert_eq!(cues[0].warning, Warning::Amber);
    let (_, red_at) = app.alarm().expect("the next alarm");
    assert_eq!(
        red_at,
        amber_at + Duration::seconds(90),
        "red follows thirty seconds before the end"
    );
}

#[test]
fn an_auto_advancing_step_moves_on_exactly_at_its_deadline() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Fixture::on(tmp.path());
    let session = app.session(TechniqueId::AfterActionReview, &["Ana"]);
    app.app.live_open(session.id).expect("opens");
    app.app
        .live_command(session.id, LiveCommand::SetAutoAdvance { on: true })
        .expect("auto-advance on");
    let started = app
        .app
        .live_command(session.id, LiveCommand::Start)
        .expect("starts");
    let deadline = started.now + Duration::milliseconds(started.remaining_ms);
    let second_step_ms = i64::from(started.state.agenda.steps[1].planned_secs) * 1000;

    // The host's alarm thread was late by three seconds (a sleeping laptop, a busy CPU).
    app.wait((deadline - app.now()).num_seconds() + 3);
    app.app.wake(session.id, deadline);
    let view = app.last_view();
    assert_eq!(view.state.current, 1, "the next step started by itself");
    assert_eq!(
        view.state.remaining_ms(app.now()),
        second_step_ms - 3000,
        "stamped with the deadline, so the late wake-up costs the next step nothing"
    );
}

#[test]
fn deadlines_that_passed_while_the_app_was_closed_are_caught_up_on_opening() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let first = Fixture::on(tmp.path());
    let session = first.session(TechniqueId::AfterActionReview, &["Ana"]);
    first.app.live_open(session.id).expect("opens");
    first
        .app
        .live_command(session.id, LiveCommand::SetAutoAdvance { on: true })
        .expect("auto-advance on");
    let started = first
        .app
        .live_command(session.id, LiveCommand::Start)
        .expect("starts");
    let steps = &started.state.agenda.steps;
    let two_steps = i64::from(steps[0].planned_secs + steps[1].planned_secs);
    drop(first);

    let second = Fixture::on(tmp.path());
    second.wait(two_steps + 60);
    let reopened = second.app.live_open(session.id).expect("reopens");
    assert_eq!(
        reopened.state.current, 2,
        "two steps ran out while the laptop was off"
    );
    assert_eq!(
        reopened.remaining_ms,
        i64::from(steps[2].planned_secs) * 1000 - 60_000,
        "the third step began when the second ended, a minute ago"
    );
}

#[test]
fn before_the_start_the_console_is_offered_the_techniques_lengths_and_gets_the_one_chosen() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let fixture = Fixture::on(tmp.path());
    let session = fixture.session(TechniqueId::AppreciativeInquiry, &["Ana", "Bo"]);
    let opened = fixture.app.live_open(session.id).expect("opens");
    let offered: Vec<(Option<&str>, bool)> = opened
        .lengths
        .iter()
        .map(|l| (l.variant.as_deref(), l.current))
        .collect();
    assert_eq!(offered, [(None, true), (Some("one-day"), false)]);

    let chosen = fixture
        .app
        .live_command(
            session.id,
            LiveCommand::UseLength {
                variant: Some("one-day".into()),
            },
        )
        .expect("a day long");
    let planned: Vec<u32> = chosen
        .state
        .agenda
        .steps
        .iter()
        .map(|s| s.planned_secs / 60)
        .collect();
    assert_eq!(planned, [45, 105, 105, 90, 75]);
    assert!(chosen
        .lengths
        .iter()
        .any(|l| l.current && l.variant.is_some()));
    drop(fixture);

    let reopened = Fixture::on(tmp.path());
    let view = reopened.app.live_open(session.id).expect("reopens");
    assert!(
        view.lengths
            .iter()
            .any(|l| l.current && l.variant.is_some()),
        "stored as the agenda it became, so a restart reads the same length"
    );
    let started = reopened
        .app
        .live_command(session.id, LiveCommand::Start)
        .expect("starts");
    assert!(
        started.lengths.is_empty(),
        "once started, no length to choose"
    );
    let refused = reopened
        .app
        .live_command(session.id, LiveCommand::UseLength { variant: None });
    assert!(refused.is_err(), "too late once under way");
}
