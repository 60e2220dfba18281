//! A Fishbowl's talk time, read from its log against the live session's: only running
//! time counts, and pauses stop every clock. Then the equity figures, who has not yet
//! spoken, and who might make way for the next person.

use chrono::{DateTime, Utc};
use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::fishbowl::{
    equity, gini, not_yet_spoken, suggested_leaver, talk_time, this_sitting, top_share,
    CurrentTurn, FishbowlChange, FishbowlEvent, FishbowlMode, FishbowlSetup, FishbowlState,
    PersonTalk, SessionClock, TalkTime,
};
use mobilise_core::LiveEvent;
use uuid::Uuid;

use crate::fishbowl_common::{at, id, people};

/// Seconds before 14:00, for talk before the session starts.
fn before(second: u32) -> DateTime<Utc> {
    at(0) - chrono::Duration::seconds(i64::from(second))
}

fn clock(log: &[(DateTime<Utc>, LiveCommand)]) -> SessionClock {
    let log: Vec<LiveEvent> = log
        .iter()
        .map(|(at, command)| LiveEvent {
            at: *at,
            command: command.clone(),
        })
        .collect();
    SessionClock::from_live_log(&log)
}

fn seat(second: u32, person: u32, chair: u32, leaver: Option<u32>) -> FishbowlEvent {
    let change = FishbowlChange::Seat {
        person: id(person),
        chair,
        leaver: leaver.map(id),
    };
    FishbowlEvent {
        at: at(second),
        change,
    }
}

fn pass(when: DateTime<Utc>, to: Option<u32>) -> FishbowlEvent {
    FishbowlEvent {
        at: when,
        change: FishbowlChange::Pass { to: to.map(id) },
    }
}

fn spoke(person: u32, total_ms: i64, turns: u32, longest_ms: i64) -> PersonTalk {
    PersonTalk {
        person: id(person),
        total_ms,
        turns,
        longest_ms,
    }
}

#[test]
fn talk_time_counts_only_running_time_across_a_pause() {
    let clock = clock(&[
        (at(0), LiveCommand::Start),
        (at(70), LiveCommand::Pause),
        (at(80), LiveCommand::Next),
        (at(100), LiveCommand::Resume),
    ]);
    let events = vec![
        seat(0, 1, 0, None),
        seat(0, 2, 1, None),
        pass(at(0), Some(1)),
        pass(at(60), Some(2)),
        pass(at(135), Some(1)),
        pass(at(155), None),
    ];
    let talk = talk_time(&events, &clock, at(500));
    assert_eq!(
        talk.people,
        [spoke(1, 80_000, 2, 60_000), spoke(2, 45_000, 1, 45_000)]
    );
    assert_eq!((talk.total_ms, talk.current), (125_000, None));
    assert_eq!(clock.running_ms_between(at(0), at(120)), 90_000);
}

#[test]
fn an_open_turn_runs_until_now_and_passing_to_the_holder_is_no_new_turn() {
    let clock = clock(&[(at(0), LiveCommand::Start)]);
    let events = vec![
        seat(0, 1, 0, None),
        pass(at(0), Some(1)),
        pass(at(20), Some(1)),
    ];
    let talk = talk_time(&events, &clock, at(42));
    assert_eq!(talk.people, [spoke(1, 42_000, 1, 42_000)]);
    assert_eq!(
        talk.current,
        Some(CurrentTurn {
            person: id(1),
            elapsed_ms: 42_000
        })
    );
}

#[test]
fn talk_before_start_and_after_finish_is_not_counted() {
    let clock = clock(&[
        (at(0), LiveCommand::Start),
        (at(60), LiveCommand::Finish),
        (at(70), LiveCommand::Resume),
    ]);
    let events = vec![
        FishbowlEvent {
            at: before(60),
            change: FishbowlChange::Seat {
                person: id(1),
                chair: 0,
                leaver: None,
            },
        },
        pass(before(30), Some(1)),
        pass(at(30), None),
        seat(40, 2, 1, None),
        pass(at(40), Some(2)),
    ];
    let talk = talk_time(&events, &clock, at(300));
    assert_eq!(
        talk.people,
        [spoke(1, 30_000, 1, 30_000), spoke(2, 20_000, 1, 20_000)]
    );
    assert_eq!(talk.current.map(|c| c.elapsed_ms), Some(20_000));
}

#[test]
fn a_turn_while_paused_counts_but_adds_no_time_and_leaving_ends_it() {
    let clock = clock(&[(at(0), LiveCommand::Start), (at(10), LiveCommand::Pause)]);
    let events = vec![
        seat(0, 1, 0, None),
        pass(at(20), Some(1)),
        pass(at(30), None),
    ];
    let talk = talk_time(&events, &clock, at(40));
    assert_eq!(talk.people, [spoke(1, 0, 1, 0)]);
    assert_eq!(top_share(&talk), None);
    let clock = self::clock(&[(at(0), LiveCommand::Start)]);
    let left = vec![
        seat(0, 1, 0, None),
        pass(at(0), Some(1)),
        FishbowlEvent {
            at: at(15),
            change: FishbowlChange::Leave { person: id(1) },
        },
    ];
    let talk = talk_time(&left, &clock, at(100));
    assert_eq!((talk.total_ms, talk.current), (15_000, None));
    // Swapped out of their chair by someone joining: the turn ends there too.
    let swapped = vec![
        seat(0, 1, 0, None),
        pass(at(0), Some(1)),
        seat(25, 2, 0, None),
    ];
    assert_eq!(talk_time(&swapped, &clock, at(100)).total_ms, 25_000);
}

#[test]
fn the_gini_coefficient_matches_known_values() {
    let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-12);
    assert!(close(gini(&[1, 1, 1, 1]), 0.0));
    assert!(close(gini(&[0, 0, 0, 1]), 0.75));
    assert!(close(gini(&[0, 1]), 0.5));
    assert!(close(gini(&[1, 2, 3]), 2.0 / 9.0));
    assert!(close(gini(&[3, 1, 2]), 2.0 / 9.0), "order does not matter");
    assert_eq!(gini(&[]), None);
    assert_eq!(gini(&[0, 0]), None);
}

#[test]
fn the_top_share_is_the_loudest_voice_over_all_talk() {
    let talk = TalkTime {
        people: vec![spoke(1, 30_000, 1, 30_000), spoke(2, 90_000, 2, 60_000)],
        total_ms: 120_000,
        current: None,
    };
    assert_eq!(top_share(&talk), Some(0.75));
    assert_eq!(top_share(&TalkTime::default()), None);
}

#[test]
fn equity_counts_everyone_who_sat_and_the_silent_are_listed_inner_circle_first() {
    let roster = people(6);
    let setup = FishbowlSetup {
        facilitator: Some(id(6)),
        ..FishbowlSetup::standard("Why?")
    };
    let clock = clock(&[(at(0), LiveCommand::Start)]);
    let events = vec![
        seat(0, 1, 0, None),
        seat(0, 2, 1, None),
        seat(0, 4, 2, None),
        pass(at(0), Some(1)),
        pass(at(60), None),
        FishbowlEvent {
            at: at(70),
            change: FishbowlChange::Leave { person: id(2) },
        },
    ];
    let fishbowl = FishbowlState::replay(&setup, &events).expect("replays");
    let talk = talk_time(&events, &clock, at(100));
    let figures = equity(&setup, &fishbowl, &talk, &roster);
    assert_eq!(figures.top_share, Some(1.0));
    let gini = figures.gini.expect("someone spoke");
    assert!(
        (gini - 2.0 / 3.0).abs() < 1e-12,
        "one of three spoke: {gini}"
    );
    assert_eq!((figures.voices_heard, figures.voices_possible), (1, 5));
    assert_eq!(
        not_yet_spoken(&setup, &fishbowl, &talk, &roster),
        [id(4), id(2), id(3), id(5)]
    );
    let closed = FishbowlSetup {
        mode: FishbowlMode::Closed,
        ..setup
    };
    let closed_bowl = FishbowlState::replay(&closed, &events).expect("replays");
    let figures = equity(&closed, &closed_bowl, &talk, &roster);
    assert_eq!((figures.voices_heard, figures.voices_possible), (1, 3));
    assert_eq!(
        not_yet_spoken(&closed, &closed_bowl, &talk, &roster),
        [id(4), id(2)],
        "a closed fishbowl's observers are not expected to speak"
    );
}

#[test]
fn the_suggested_leaver_has_spoken_longest_in_this_sitting() {
    let setup = FishbowlSetup::standard("Why?");
    let clock = clock(&[(at(0), LiveCommand::Start)]);
    let mut events = vec![
        seat(0, 1, 0, None),
        seat(1, 2, 1, None),
        seat(2, 3, 2, None),
    ];
    assert_eq!(
        suggested_leaver(&setup, &events, &clock, at(5)),
        Some(id(1)),
        "nobody spoke: first to sit"
    );
    events.extend([
        pass(at(10), Some(1)),
        pass(at(110), Some(2)),
        pass(at(160), Some(3)),
        pass(at(170), None),
    ]);
    assert_eq!(
        suggested_leaver(&setup, &events, &clock, at(200)),
        Some(id(1))
    );
    // Moving chairs is not leaving: person 1 keeps their 100 seconds.
    events.push(seat(200, 1, 3, None));
    assert_eq!(
        suggested_leaver(&setup, &events, &clock, at(200)),
        Some(id(1))
    );
    // Leaving and coming back starts again from zero.
    events.push(FishbowlEvent {
        at: at(210),
        change: FishbowlChange::Leave { person: id(1) },
    });
    events.push(seat(220, 1, 0, None));
    assert_eq!(
        suggested_leaver(&setup, &events, &clock, at(230)),
        Some(id(2))
    );
    let sitting: Vec<(Uuid, i64)> = this_sitting(&setup, &events, &clock, at(230))
        .iter()
        .map(|s| (s.person, s.talk_ms))
        .collect();
    assert_eq!(
        sitting,
        [(id(1), 0), (id(2), 50_000), (id(3), 10_000)],
        "in chair order; person 1 starts again from zero"
    );
    // The turn under way counts up to now.
    events.push(pass(at(230), Some(1)));
    assert_eq!(
        suggested_leaver(&setup, &events, &clock, at(281)),
        Some(id(1))
    );
    assert_eq!(suggested_leaver(&setup, &[], &clock, at(0)), None);
}
