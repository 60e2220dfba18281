//! Timer arithmetic on fixed instants: elapsed, remaining, warnings and when they change,
//! the expected end and the schedule delta.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::live::{Agenda, LiveState, LiveStatus};

fn at(min: u32, sec: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 4, 10, min, sec)
        .single()
        .expect("a valid instant")
}

fn ms(n: i64) -> Duration {
    Duration::milliseconds(n)
}

/// Steps of 10, 20 and 5 minutes, ids 1, 2, 3.
fn fresh() -> LiveState {
    let mut agenda = Agenda::default();
    for (i, (title, minutes)) in [("Open", 10), ("Talk", 20), ("Close", 5)]
        .iter()
        .enumerate()
    {
        agenda.add_step(i, title, *minutes).expect("valid step");
    }
    LiveState::new(agenda)
}

#[track_caller]
fn run(state: LiveState, steps: &[(LiveCommand, DateTime<Utc>)]) -> LiveState {
    steps.iter().fold(state, |s, (command, now)| {
        s.apply(command.clone(), *now)
            .unwrap_or_else(|e| panic!("{command:?} at {now} should be accepted: {e}"))
    })
}

use LiveCommand as C;

#[test]
fn a_pause_is_not_counted_and_freezes_the_clock() {
    let s = run(fresh(), &[(C::Start, at(0, 0)), (C::Pause, at(3, 0))]);
    assert_eq!(s.elapsed_ms(at(4, 0)), 3 * 60_000, "paused at 3 minutes");
    assert_eq!(
        s.elapsed_ms(at(50, 0)),
        3 * 60_000,
        "a paused clock does not move"
    );
    let s = run(s, &[(C::Resume, at(5, 0))]);
    assert_eq!(
        s.elapsed_ms(at(10, 0)),
        8 * 60_000,
        "10:00 to 10:10 less 2 minutes paused"
    );
    assert_eq!(
        s.remaining_ms(at(10, 0)),
        2 * 60_000,
        "a 10-minute step has 2 minutes left"
    );
}

#[test]
fn time_added_moves_remaining_and_overtime_keeps_growing() {
    let s = run(fresh(), &[(C::Start, at(0, 0))]);
    let before = s.remaining_ms(at(4, 0));
    let s = run(s, &[(C::AddTime { secs: 60 }, at(4, 0))]);
    assert_eq!(
        s.remaining_ms(at(4, 0)) - before,
        60_000,
        "AddTime 60 gives 60 s more"
    );
    assert_eq!(s.allowance_ms(), 11 * 60_000);
    assert_eq!(
        s.remaining_ms(at(11, 0)),
        0,
        "the allowance runs out at 10:11"
    );
    assert_eq!(
        s.remaining_ms(at(12, 30)),
        -90_000,
        "overtime counts below zero"
    );
    assert_eq!(s.remaining_ms(at(20, 0)), -9 * 60_000, "and keeps growing");
}

#[test]
fn each_warning_begins_exactly_at_its_threshold() {
    let th = Thresholds::default();
    let s = run(fresh(), &[(C::Start, at(0, 0))]);
    let cases = [
        (
            at(7, 59) + ms(999),
            Warning::Normal,
            "1 ms more than 120 s left",
        ),
        (at(8, 0), Warning::Amber, "exactly 120 s left"),
        (
            at(9, 29) + ms(999),
            Warning::Amber,
            "1 ms more than 30 s left",
        ),
        (at(9, 30), Warning::Red, "exactly 30 s left"),
        (at(9, 59) + ms(999), Warning::Red, "1 ms left"),
        (at(10, 0), Warning::Overtime, "time is up at zero"),
        (at(15, 0), Warning::Overtime, "5 minutes over"),
    ];
    for (now, expected, why) in cases {
        assert_eq!(s.warning(now, &th), expected, "{why}");
    }
    let paused = run(s, &[(C::Pause, at(9, 40))]);
    let reason = "a paused step keeps its colour however long the pause";
    assert_eq!(paused.warning(at(30, 0), &th), Warning::Red, "{reason}");
    assert_eq!(
        fresh().warning(at(0, 0), &th),
        Warning::Normal,
        "nothing is late before the start"
    );
}

#[test]
fn next_change_at_gives_the_exact_instant_of_each_change() {
    let th = Thresholds::default();
    let s = run(
        fresh(),
        &[
            (C::Start, at(0, 0)),
            (C::Pause, at(1, 0)),
            (C::Resume, at(1, 30)),
        ],
    );
    let cases = [
        (
            at(2, 0),
            Some(at(8, 30)),
            "amber at 120 s left, 30 s later for the pause",
        ),
        (
            at(8, 30),
            Some(at(10, 0)),
            "at the change itself, the next one is red",
        ),
        (at(9, 0), Some(at(10, 0)), "red at 30 s left"),
        (
            at(10, 29) + ms(999),
            Some(at(10, 30)),
            "overtime when nothing is left",
        ),
        (at(10, 30), None, "nothing changes once over time"),
    ];
    for (now, expected, why) in cases {
        assert_eq!(s.next_change_at(now, &th), expected, "{why}");
        if let Some(change) = expected {
            let before = s.warning(change - ms(1), &th);
            assert_ne!(
                before,
                s.warning(change, &th),
                "{why}: the level changes there"
            );
        }
    }
    let paused = run(s, &[(C::Pause, at(3, 0))]);
    assert_eq!(
        paused.next_change_at(at(3, 0), &th),
        None,
        "a paused clock has no changes"
    );
    let narrow = Thresholds {
        amber_secs: 10,
        red_secs: 60,
    };
    let only_red = fresh().apply(C::Start, at(0, 0)).expect("start");
    let reason = "with red above amber, amber never shows: the next change is red";
    assert_eq!(
        only_red.next_change_at(at(0, 0), &narrow),
        Some(at(9, 0)),
        "{reason}"
    );
}

#[test]
fn planned_end_adds_what_is_left_to_the_plan_for_later_steps() {
    let s = fresh();
    let reason = "before the start, the whole agenda from now";
    assert_eq!(s.planned_end(at(0, 0)), Some(at(35, 0)), "{reason}");
    let s = run(s, &[(C::Start, at(0, 0))]);
    assert_eq!(
        s.planned_end(at(4, 0)),
        Some(at(35, 0)),
        "on time: 6 + 20 + 5 min from 10:04"
    );
    let reason = "overtime on step 1 pushes the end: 20 + 5 minutes from 10:12";
    assert_eq!(s.planned_end(at(12, 0)), Some(at(37, 0)), "{reason}");
    let s = run(s, &[(C::Pause, at(5, 0))]);
    let reason = "while paused the end moves later: 5 + 25 minutes from 10:09";
    assert_eq!(s.planned_end(at(9, 0)), Some(at(39, 0)), "{reason}");
}

#[test]
fn schedule_delta_counts_time_used_against_the_plan() {
    let s = run(fresh(), &[(C::Start, at(0, 0))]);
    assert_eq!(
        s.schedule_delta_ms(at(8, 0)),
        0,
        "a step within its time is on plan"
    );
    assert_eq!(
        s.schedule_delta_ms(at(12, 0)),
        2 * 60_000,
        "2 minutes over on step 1"
    );
    let s = run(s, &[(C::Next, at(12, 0))]);
    let reason = "a step in progress is never counted as ahead";
    assert_eq!(s.schedule_delta_ms(at(13, 0)), 2 * 60_000, "{reason}");
    let s = run(
        s,
        &[(C::AddTime { secs: 300 }, at(13, 0)), (C::Next, at(32, 0))],
    );
    let reason = "step 2 left 5 min early of its 25 (20 + 5 added): 2 behind, then 5 ahead";
    assert_eq!(s.schedule_delta_ms(at(33, 0)), -3 * 60_000, "{reason}");
    let s = run(s, &[(C::Previous, at(33, 0)), (C::Next, at(37, 0))]);
    let reason = "4 more minutes back on step 2 turn 3 ahead into 1 behind; step 3's first \
                  minute is its own time, not time saved";
    assert_eq!(s.schedule_delta_ms(at(37, 0)), 60_000, "{reason}");
}

#[test]
fn auto_advance_falls_due_at_the_deadline_and_never_past_the_last_step() {
    let s = run(fresh(), &[(C::Start, at(0, 0))]);
    assert_eq!(s.auto_advance_at(), None, "auto-advance is off by default");
    assert!(!s.auto_advance_due(at(20, 0)), "off means never due");
    let s = run(s, &[(C::SetAutoAdvance { on: true }, at(1, 0))]);
    assert_eq!(s.auto_advance_at(), Some(at(10, 0)));
    assert!(!s.auto_advance_due(at(9, 59)), "not before the time is up");
    assert!(s.auto_advance_due(at(10, 0)), "due as the time runs out");
    let paused = run(s.clone(), &[(C::Pause, at(11, 0))]);
    assert!(!paused.auto_advance_due(at(20, 0)), "never while paused");

    let later = s.advance_due(at(50, 0));
    let reason = "closed for 40 minutes: step 1 ended at 10:10, step 2 at 10:30";
    let ends: Vec<DateTime<Utc>> = later.completed.iter().map(|r| r.ended_at).collect();
    assert_eq!(ends, [at(10, 0), at(30, 0)], "{reason}");
    assert_eq!(
        later.current, 2,
        "the last step is reached but never finished by itself"
    );
    assert_eq!(later.status, LiveStatus::Running);
    assert_eq!(
        later.remaining_ms(at(50, 0)),
        -15 * 60_000,
        "step 3 ran from 10:30"
    );
    assert!(
        !later.auto_advance_due(at(59, 0)),
        "nothing to advance to after the last step"
    );
}

#[test]
fn a_state_reloaded_after_a_crash_shows_the_time_that_passed() {
    let s = run(
        fresh(),
        &[(C::Start, at(0, 0)), (C::AddTime { secs: 120 }, at(1, 0))],
    );
    let stored = serde_json::to_string(&s).expect("the state serialises");
    let reloaded: LiveState = serde_json::from_str(&stored).expect("and reads back");
    assert_eq!(reloaded, s, "nothing is lost in storage");
    let reason = "closed at 10:01, reopened at 10:15: 15 minutes ran, 12 were allowed";
    assert_eq!(reloaded.remaining_ms(at(15, 0)), -3 * 60_000, "{reason}");
}
