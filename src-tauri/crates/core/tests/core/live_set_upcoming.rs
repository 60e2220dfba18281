//! Replacing the steps after the current one (`Agenda::set_upcoming` and
//! `LiveCommand::SetUpcoming`), as an Action Learning Set does once its bids are in.

use mobilise_core::live::{
    Agenda, LiveCommand as C, LiveError, LiveState, LiveStatus, PlannedStep, MAX_STEPS,
};
use proptest::prelude::*;

use crate::guided_common::at;

fn planned(title: &str, minutes: u32) -> PlannedStep {
    PlannedStep {
        key: None,
        title: title.to_string(),
        questions: Vec::new(),
        prompts: Vec::new(),
        planned_secs: minutes * 60,
        optional: false,
    }
}

/// Five ten-minute steps, ids 1 to 5.
fn five() -> Agenda {
    let mut agenda = Agenda::default();
    for (at, title) in ["Report in", "Bidding", "Round", "Gift", "Review"]
        .into_iter()
        .enumerate()
    {
        agenda.add_step(at, title, 10).expect("a valid step");
    }
    agenda
}

fn ids(agenda: &Agenda) -> Vec<u32> {
    agenda.steps.iter().map(|s| s.id).collect()
}

fn titles(agenda: &Agenda) -> Vec<&str> {
    agenda.steps.iter().map(|s| s.title.as_str()).collect()
}

#[test]
fn steps_through_the_current_are_kept_and_the_rest_replaced_with_fresh_ids() {
    let mut agenda = five();
    agenda.add_step(0, "Welcome", 5).expect("valid"); // id 6, first
    assert_eq!(ids(&agenda), [6, 1, 2, 3, 4, 5]);
    let mut first = planned("  Ben:   presentation ", 5);
    first.questions = vec!["Goal: What do you want?".into()];
    first.prompts = vec!["The presenter outlines their issue.".into()];
    let mut gift = planned("Ben: gift round", 7);
    gift.optional = true;
    let new = [first, gift, planned("Review of the set's process", 10)];
    let added = agenda.set_upcoming(2, &new).expect("fits");
    assert_eq!(
        added,
        [7, 8, 9],
        "greater than any id the agenda had, in order"
    );
    assert_eq!(ids(&agenda), [6, 1, 2, 7, 8, 9]);
    assert_eq!(
        titles(&agenda),
        [
            "Welcome",
            "Report in",
            "Bidding",
            "Ben: presentation",
            "Ben: gift round",
            "Review of the set's process"
        ],
        "titles are cleaned like any step's"
    );
    let step = agenda.step(7).expect("added");
    assert_eq!(step.questions, ["Goal: What do you want?"]);
    assert_eq!(step.prompts, ["The presenter outlines their issue."]);
    assert_eq!(step.planned_secs, 300);
    assert!(agenda.step(8).expect("added").optional, "optional is kept");
    assert_eq!(
        agenda.steps[0].planned_secs, 300,
        "kept steps are untouched"
    );
}

#[test]
fn planning_twice_never_reuses_the_ids_of_the_first_plan() {
    let mut agenda = five();
    let first = agenda
        .set_upcoming(1, &[planned("A", 5), planned("B", 5)])
        .expect("fits");
    assert_eq!(first, [6, 7]);
    let second = agenda.set_upcoming(1, &[planned("C", 5)]).expect("fits");
    assert_eq!(second, [8], "ids 6 and 7 belonged to steps now gone");
    assert_eq!(ids(&agenda), [1, 2, 8]);
    let none = agenda
        .set_upcoming(2, &[])
        .expect("nothing after the last step");
    assert!(none.is_empty());
    assert_eq!(ids(&agenda), [1, 2, 8]);
}

#[test]
fn a_position_past_the_end_is_refused() {
    let mut agenda = five();
    let err = agenda
        .set_upcoming(5, &[planned("A", 5)])
        .expect_err("no step 6");
    assert_eq!(err, LiveError::IndexOutOfRange { index: 5, len: 5 });
    assert_eq!(agenda, five(), "nothing changed");
}

#[test]
fn the_agenda_cannot_grow_past_its_limit() {
    let many = |n: usize| -> Vec<PlannedStep> {
        (1..=n).map(|i| planned(&format!("Step {i}"), 1)).collect()
    };
    let mut agenda = five();
    let err = agenda
        .set_upcoming(1, &many(MAX_STEPS - 1))
        .expect_err("101 steps");
    assert_eq!(err, LiveError::TooManySteps { max: MAX_STEPS });
    assert_eq!(agenda, five(), "nothing changed");
    let added = agenda
        .set_upcoming(1, &many(MAX_STEPS - 2))
        .expect("exactly the limit");
    assert_eq!(agenda.len(), MAX_STEPS);
    assert_eq!(added.len(), MAX_STEPS - 2);
}

#[test]
fn a_blank_title_or_too_short_a_step_is_refused_and_nothing_changes() {
    let mut agenda = five();
    let err = agenda
        .set_upcoming(1, &[planned("Ben: presentation", 5), planned(" \t ", 5)])
        .expect_err("the second step has no title");
    assert_eq!(err, LiveError::EmptyTitle);
    assert_eq!(agenda, five(), "not even the valid step was added");
    let mut short = planned("Quick", 1);
    short.planned_secs = 10;
    let err = agenda
        .set_upcoming(1, &[short])
        .expect_err("10 s is too short");
    assert!(matches!(err, LiveError::StepTooShort { .. }), "{err:?}");
    assert_eq!(agenda, five());
}

fn started_on_step_two() -> LiveState {
    let s = LiveState::new(five());
    let s = s.apply(C::Start, at(0)).expect("starts");
    let s = s.apply(C::Next, at(600)).expect("to bidding");
    s.apply(C::AddTime { secs: 120 }, at(700))
        .expect("more time")
}

fn upcoming(after: u32, steps: Vec<PlannedStep>) -> C {
    C::SetUpcoming { after, steps }
}

#[test]
fn mid_session_the_current_step_and_its_clock_run_on() {
    let before = started_on_step_two();
    let steps = vec![planned("Ben: presentation", 5), planned("Review", 10)];
    let after = before
        .apply(upcoming(2, steps), at(900))
        .expect("accepted while running");
    assert_eq!(after.status, LiveStatus::Running);
    assert_eq!(after.current, 1);
    assert_eq!(after.agenda.steps[1].id, 2, "still on Bidding");
    assert_eq!(
        after.step_started_at, before.step_started_at,
        "the clock was not reset"
    );
    assert_eq!(after.adjust_ms, 120_000, "time added is kept");
    assert_eq!(after.completed, before.completed, "no run was closed");
    assert_eq!(
        after.remaining_ms(at(1000)),
        before.remaining_ms(at(1000)),
        "the timer shows the same time left"
    );
    assert_eq!(
        after.remaining_ms(at(1000)),
        320_000,
        "12 minutes less 400 s"
    );
    assert_eq!(ids(&after.agenda), [1, 2, 6, 7]);
    let next = after
        .apply(C::Next, at(1500))
        .expect("on to the first round");
    assert_eq!(next.agenda.steps[next.current].title, "Ben: presentation");
    assert_eq!(next.completed.len(), 2);
    assert_eq!(next.completed[1].step_id, 2);
    assert_eq!(
        next.completed[1].active_ms, 900_000,
        "Bidding ran 15 minutes"
    );
}

#[test]
fn while_paused_it_stays_paused_on_the_same_question() {
    let mut agenda = five();
    agenda.steps[1].questions = vec!["Who needs time today?".into(), "How much?".into()];
    let s = LiveState::new(agenda);
    let s = s.apply(C::Start, at(0)).expect("starts");
    let s = s.apply(C::Next, at(60)).expect("to bidding");
    let s = s.apply(C::NextQuestion, at(90)).expect("second question");
    let s = s.apply(C::Pause, at(120)).expect("pauses");
    let after = s
        .apply(upcoming(2, vec![planned("Round", 20)]), at(200))
        .expect("accepted while paused");
    assert_eq!(after.status, LiveStatus::Paused);
    assert_eq!((after.current, after.question), (1, 1));
    assert_eq!(after.paused_at, s.paused_at);
    assert_eq!(
        after.elapsed_ms(at(500)),
        60_000,
        "still frozen at the pause"
    );
}

#[test]
fn the_steps_after_a_step_still_ahead_can_be_planned() {
    let s = LiveState::new(five());
    let s = s.apply(C::Start, at(0)).expect("starts");
    let after = s
        .apply(upcoming(2, vec![planned("Round", 20)]), at(300))
        .expect("Bidding is still ahead");
    assert_eq!(ids(&after.agenda), [1, 2, 6]);
    assert_eq!(after.current, 0, "still reporting in");
    assert_eq!(after.step_started_at, Some(at(0)));
}

#[test]
fn before_the_start_any_step_can_be_named() {
    let s = LiveState::new(five());
    let after = s
        .apply(upcoming(1, vec![planned("Round", 20)]), at(0))
        .expect("accepted before the start");
    assert_eq!(ids(&after.agenda), [1, 6]);
    assert_eq!(after.status, LiveStatus::NotStarted);
    let later = s
        .apply(upcoming(4, vec![planned("Round", 20)]), at(0))
        .expect("accepted before the start");
    assert_eq!(ids(&later.agenda), [1, 2, 3, 4, 6]);
}

#[test]
fn a_step_already_passed_or_not_on_the_agenda_is_refused() {
    let s = started_on_step_two();
    let err = s
        .apply(upcoming(1, vec![planned("Round", 20)]), at(800))
        .expect_err("Report in is behind us");
    assert_eq!(err, LiveError::PastStep);
    assert!(!err.to_string().is_empty());
    let err = s
        .apply(upcoming(99, vec![planned("Round", 20)]), at(800))
        .expect_err("no step 99");
    assert_eq!(err, LiveError::StepNotFound { id: 99 });
}

#[test]
fn refused_once_finished_or_when_a_step_is_invalid() {
    let s = started_on_step_two();
    let refused = s
        .apply(upcoming(2, vec![planned("", 5)]), at(800))
        .expect_err("blank title");
    assert_eq!(refused, LiveError::EmptyTitle);
    let too_many: Vec<PlannedStep> = (0..MAX_STEPS - 1)
        .map(|i| planned(&format!("S{i}"), 1))
        .collect();
    let refused = s
        .apply(upcoming(2, too_many), at(800))
        .expect_err("101 steps");
    assert_eq!(refused, LiveError::TooManySteps { max: MAX_STEPS });
    let done = s.apply(C::Finish, at(800)).expect("finishes");
    let err = done
        .apply(upcoming(2, vec![planned("Round", 20)]), at(900))
        .expect_err("finished");
    assert_eq!(err, LiveError::Finished);
}

#[test]
fn the_command_arrives_as_json_tagged_by_type() {
    let json = r#"{ "type": "SetUpcoming", "after": 2, "steps": [
        { "title": "Ben: presentation", "questions": [], "prompts": ["Outline the issue."],
          "planned_secs": 300, "optional": false } ] }"#;
    let command: C = serde_json::from_str(json).expect("parses");
    let mut step = planned("Ben: presentation", 5);
    step.prompts = vec!["Outline the issue.".into()];
    assert_eq!(command, upcoming(2, vec![step]));
}

proptest! {
    #[test]
    fn kept_steps_stay_and_new_ids_rise_past_every_old_one(
        moves in proptest::collection::vec((0_usize..8, 0_usize..8), 0..6),
        keep in 0_usize..5,
        count in 0_usize..8,
    ) {
        let mut agenda = five();
        for (from, to) in moves {
            let _ = agenda.move_step(from, to);
        }
        let before = agenda.clone();
        let old_max = ids(&before).into_iter().max().unwrap_or(0);
        let steps: Vec<PlannedStep> = (0..count).map(|i| planned(&format!("New {i}"), 2)).collect();
        let added = agenda.set_upcoming(keep, &steps).expect("fits");
        prop_assert_eq!(&agenda.steps[..=keep], &before.steps[..=keep]);
        prop_assert_eq!(agenda.len(), keep + 1 + count);
        prop_assert_eq!(&ids(&agenda)[keep + 1..], &added[..]);
        let expected: Vec<u32> = (old_max + 1..).take(count).collect();
        prop_assert_eq!(added, expected);
    }
}

#[test]
fn a_step_added_after_a_run_step_was_removed_never_takes_its_id() {
    let state = LiveState::new(five());
    let apply = |s: LiveState, command: C, secs: u32| s.apply(command, at(secs)).expect("accepted");
    // Steps 1 to 5 all run, then the facilitator goes back to step 1 and removes step 5.
    let mut s = apply(state, C::Start, 0);
    for secs in 1..=4 {
        s = apply(s, C::Next, secs * 60);
    }
    s = apply(s, C::GoTo { index: 0 }, 300);
    s = apply(s, C::RemoveStep { id: 5 }, 310);
    s = apply(
        s,
        C::AddStep {
            at: 4,
            title: "Extra round".into(),
            minutes: 10,
        },
        320,
    );
    let added = s.agenda.steps.last().map(|step| step.id);
    assert_eq!(added, Some(6), "5 has runs on record, so the new step is 6");
    let summary = s.summary(at(330));
    let extra = summary
        .steps
        .iter()
        .find(|t| t.step_id == 6)
        .expect("the new step is in the summary");
    assert_eq!(
        extra.actual_secs, 0,
        "none of the removed step's time is counted as its"
    );

    // Rounds planned after the same removal start above it too.
    let s = apply(
        s,
        C::SetUpcoming {
            after: 2,
            steps: vec![planned("Ben: presentation", 5)],
        },
        340,
    );
    assert_eq!(ids(&s.agenda), [1, 2, 7]);
}
