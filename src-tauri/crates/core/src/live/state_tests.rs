//! Transitions of the live state: which commands are refused, and what each one records.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::live::{Agenda, LiveCommand as C};

pub(super) fn at(min: u32, sec: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 4, 10, min, sec)
        .single()
        .expect("a valid instant")
}

/// Three ten-minute steps, ids 1, 2, 3.
pub(super) fn fresh() -> LiveState {
    let mut agenda = Agenda::default();
    for (i, title) in ["Open", "Talk", "Close"].into_iter().enumerate() {
        agenda.add_step(i, title, 10).expect("valid step");
    }
    LiveState::new(agenda)
}

#[track_caller]
pub(super) fn run(state: LiveState, steps: &[(C, DateTime<Utc>)]) -> LiveState {
    steps.iter().fold(state, |s, (command, now)| {
        s.apply(command.clone(), *now)
            .unwrap_or_else(|e| panic!("{command:?} at {now} should be accepted: {e}"))
    })
}

#[test]
fn commands_that_make_no_sense_now_are_refused() {
    let s = fresh();
    let refused = |s: &LiveState, command: C| s.apply(command, at(1, 0)).expect_err("refused");
    assert_eq!(
        refused(&s, C::Pause),
        LiveError::NotStarted,
        "nothing to pause yet"
    );
    assert_eq!(
        refused(&s, C::Next),
        LiveError::NotStarted,
        "no stepping before the start"
    );
    assert_eq!(refused(&s, C::AddTime { secs: 60 }), LiveError::NotStarted);
    assert_eq!(refused(&s, C::Finish), LiveError::NotStarted);

    let s = run(s, &[(C::Start, at(0, 0))]);
    assert_eq!(refused(&s, C::Start), LiveError::AlreadyStarted);
    assert_eq!(
        refused(&s, C::Resume),
        LiveError::NotPaused,
        "running, not paused"
    );
    assert_eq!(refused(&s, C::Previous), LiveError::FirstStep);
    let out = refused(&s, C::GoTo { index: 3 });
    assert_eq!(out, LiveError::IndexOutOfRange { index: 3, len: 3 });
    assert_eq!(
        out.to_string(),
        "There is no step 4 on an agenda of 3 steps.",
        "counted from 1"
    );
    let remove = refused(&s, C::RemoveStep { id: 1 });
    assert_eq!(
        remove,
        LiveError::RemoveCurrentStep,
        "the running step cannot be removed"
    );

    let paused = run(s.clone(), &[(C::Pause, at(1, 0))]);
    assert_eq!(
        refused(&paused, C::Pause),
        LiveError::NotRunning,
        "already paused"
    );

    let last = run(s, &[(C::GoTo { index: 2 }, at(1, 0))]);
    assert_eq!(
        refused(&last, C::Next),
        LiveError::LastStep,
        "the last step ends with Finish"
    );

    let done = run(last, &[(C::Finish, at(2, 0))]);
    let after_finish = [
        C::Start,
        C::Resume,
        C::SetAutoAdvance { on: true },
        C::RenameStep {
            id: 1,
            title: "Late".into(),
        },
    ];
    for command in after_finish {
        let reason = "a finished session's record is closed";
        assert_eq!(refused(&done, command), LiveError::Finished, "{reason}");
    }
}

#[test]
fn moving_on_closes_the_step_with_its_active_time() {
    let s = run(
        fresh(),
        &[
            (C::Start, at(0, 0)),
            (C::Pause, at(3, 0)),
            (C::Resume, at(5, 0)),
            (C::AddTime { secs: 60 }, at(6, 0)),
            (C::Next, at(12, 0)),
        ],
    );
    let record = s.completed.first().expect("leaving a step records it");
    assert_eq!(record.step_id, 1);
    assert_eq!(
        record.active_ms,
        10 * 60_000,
        "12 minutes less a 2-minute pause"
    );
    assert_eq!((record.started_at, record.ended_at), (at(0, 0), at(12, 0)));
    assert_eq!(
        record.adjust_ms, 60_000,
        "the time added is kept with the run"
    );
    assert_eq!(s.current, 1);
    assert_eq!(
        s.step_started_at,
        Some(at(12, 0)),
        "the next step starts at once"
    );
    assert_eq!(
        (s.paused_ms, s.adjust_ms),
        (0, 0),
        "a new step starts with a clean clock"
    );
}

#[test]
fn going_back_starts_a_new_clock_and_appends_a_record() {
    let s = run(
        fresh(),
        &[
            (C::Start, at(0, 0)),
            (C::Next, at(10, 0)),
            (C::Previous, at(12, 0)),
            (C::Next, at(15, 0)),
        ],
    );
    let ids: Vec<u32> = s.completed.iter().map(|r| r.step_id).collect();
    assert_eq!(ids, [1, 2, 1], "each run of a step is its own record");
    assert_eq!(
        s.completed[2].active_ms,
        3 * 60_000,
        "the second run of Open timed alone"
    );
    assert_eq!(s.current, 1);
}

#[test]
fn moving_while_paused_stays_paused_on_a_clock_at_zero() {
    let s = run(
        fresh(),
        &[
            (C::Start, at(0, 0)),
            (C::Pause, at(4, 0)),
            (C::Next, at(7, 0)),
        ],
    );
    assert_eq!(
        s.status,
        LiveStatus::Paused,
        "stepping does not start the clock"
    );
    assert_eq!(
        s.completed[0].active_ms,
        4 * 60_000,
        "the pause is not step 1's time"
    );
    assert_eq!(
        s.elapsed_ms(at(9, 0)),
        0,
        "the new step's clock has not run"
    );
    let s = run(s, &[(C::Resume, at(9, 0))]);
    assert_eq!(s.elapsed_ms(at(10, 0)), 60_000, "it runs from Resume");
    let s = run(s, &[(C::RestartStep, at(11, 0))]);
    assert_eq!(
        s.elapsed_ms(at(11, 30)),
        30_000,
        "a restart starts the step again"
    );
    assert_eq!(
        s.completed.len(),
        2,
        "the restarted run is still on the record"
    );
}

#[test]
fn editing_the_agenda_keeps_the_current_step_current() {
    let s = run(fresh(), &[(C::Start, at(0, 0)), (C::Next, at(5, 0))]);
    let current_id = |s: &LiveState| s.agenda.steps[s.current].id;
    let s = run(
        s,
        &[(
            C::AddStep {
                at: 0,
                title: "Welcome".into(),
                minutes: 5,
            },
            at(6, 0),
        )],
    );
    assert_eq!(
        (s.current, current_id(&s)),
        (2, 2),
        "a step added before shifts us on"
    );
    let s = run(s, &[(C::MoveStep { from: 2, to: 0 }, at(6, 0))]);
    assert_eq!(
        (s.current, current_id(&s)),
        (0, 2),
        "the current step can be moved"
    );
    let s = run(s, &[(C::RemoveStep { id: 4 }, at(6, 0))]);
    assert_eq!(
        (s.current, current_id(&s)),
        (0, 2),
        "a step after is removed around us"
    );
    let s = run(s, &[(C::RemoveStep { id: 1 }, at(6, 0))]);
    let ids: Vec<u32> = s.agenda.steps.iter().map(|s| s.id).collect();
    assert_eq!(ids, [2, 3]);
    assert_eq!(
        s.elapsed_ms(at(7, 0)),
        2 * 60_000,
        "edits never touch the clock"
    );
}

#[test]
fn before_the_start_the_first_step_can_go() {
    let s = run(
        fresh(),
        &[(C::RemoveStep { id: 1 }, at(0, 0)), (C::Start, at(1, 0))],
    );
    assert_eq!(
        s.agenda.steps[s.current].id, 2,
        "the start is at the top of the agenda"
    );
}

#[test]
fn time_added_can_take_the_allowance_to_zero_but_not_below() {
    let s = run(
        fresh(),
        &[(C::Start, at(0, 0)), (C::AddTime { secs: -3600 }, at(1, 0))],
    );
    assert_eq!(s.allowance_ms(), 0, "the allowance stops at zero");
    let s = run(s, &[(C::AddTime { secs: 90 }, at(1, 0))]);
    assert_eq!(
        s.allowance_ms(),
        90_000,
        "time added after a clamp counts from zero"
    );
    let s = run(s, &[(C::AddTime { secs: i64::MAX }, at(1, 0))]);
    assert_eq!(
        s.allowance_ms(),
        MAX_ALLOWANCE_MS,
        "huge requests are capped, not overflowed"
    );
}

#[test]
fn a_clock_set_back_never_runs_the_timer_backwards() {
    let s = run(fresh(), &[(C::Start, at(5, 0)), (C::Pause, at(8, 0))]);
    let s = run(s, &[(C::Resume, at(2, 0))]);
    assert_eq!(
        s.paused_ms, 0,
        "a resume stamped before the pause is read as at the pause"
    );
    assert_eq!(
        s.elapsed_ms(at(1, 0)),
        3 * 60_000,
        "nor can a query go back in time"
    );
    let sub_ms = at(9, 0) + Duration::microseconds(1_700);
    let s = run(s, &[(C::Pause, sub_ms)]);
    let reason = "instants are kept to the millisecond";
    assert_eq!(
        s.paused_at,
        Some(at(9, 0) + Duration::milliseconds(1)),
        "{reason}"
    );
}

#[test]
fn commands_arrive_as_json_tagged_by_type() {
    let parsed: C = serde_json::from_str(r#"{"type":"AddTime","secs":-60}"#).expect("valid");
    assert_eq!(parsed, C::AddTime { secs: -60 });
    let parsed: C = serde_json::from_str(r#"{"type":"Next"}"#).expect("valid");
    assert_eq!(parsed, C::Next);
    let json = serde_json::to_value(C::GoTo { index: 2 }).expect("serialisable");
    assert_eq!(json, serde_json::json!({"type": "GoTo", "index": 2}));
}

#[path = "state_question_tests.rs"]
mod questions;
