//! The questions of a step: taken one at a time, refused with reasons past either end,
//! clamped when a step loses questions, and loaded from a state stored before them.

use super::super::*;
use super::{at, fresh, run};
use crate::live::LiveCommand as C;

/// Three steps: "Open" with two questions, "Talk" with three, "Close" with none.
fn with_questions() -> LiveState {
    let mut s = fresh();
    s.agenda.steps[0].questions = vec!["What happened?".into(), "Why?".into()];
    s.agenda.steps[1].questions = vec!["A?".into(), "B?".into(), "C?".into()];
    s
}

#[test]
fn questions_are_taken_one_at_a_time_and_each_step_starts_at_its_first() {
    let s = run(with_questions(), &[(C::Start, at(0, 0))]);
    assert_eq!(s.question, 0, "a session starts on the first question");
    let s = run(s, &[(C::NextQuestion, at(0, 10))]);
    assert_eq!(s.question, 1);
    assert_eq!(s.current, 0, "moving between questions stays on the step");
    assert_eq!(s.step_started_at, Some(at(0, 0)), "nor restarts its clock");
    assert!(s.completed.is_empty(), "and closes no run");
    let s = run(s, &[(C::PreviousQuestion, at(0, 20))]);
    assert_eq!(s.question, 0);

    let second_of_open = run(s, &[(C::SetQuestion { index: 1 }, at(1, 0))]);
    let third_of_talk = run(
        second_of_open.clone(),
        &[
            (C::GoTo { index: 1 }, at(1, 30)),
            (C::SetQuestion { index: 2 }, at(2, 0)),
        ],
    );
    for (from, command, step) in [
        (&second_of_open, C::Next, 1),
        (&third_of_talk, C::Previous, 0),
        (&second_of_open, C::GoTo { index: 1 }, 1),
        (&third_of_talk, C::RestartStep, 1),
    ] {
        let moved = run(from.clone(), &[(command.clone(), at(3, 0))]);
        assert_eq!(moved.current, step, "{command:?} lands on step {step}");
        assert_eq!(
            moved.question, 0,
            "{command:?} starts the step on its first question"
        );
    }
}

#[test]
fn question_commands_are_refused_with_reasons() {
    let s = with_questions();
    let refused = |s: &LiveState, command: C| s.apply(command, at(5, 0)).expect_err("refused");
    assert_eq!(refused(&s, C::NextQuestion), LiveError::NotStarted);
    assert_eq!(
        refused(&s, C::SetQuestion { index: 0 }),
        LiveError::NotStarted
    );

    let s = run(s, &[(C::Start, at(0, 0))]);
    assert_eq!(refused(&s, C::PreviousQuestion), LiveError::FirstQuestion);
    let out = refused(&s, C::SetQuestion { index: 2 });
    assert_eq!(out, LiveError::QuestionOutOfRange { index: 2, len: 2 });
    assert_eq!(
        out.to_string(),
        "There is no question 3 in a step of 2 questions."
    );
    let last = run(s.clone(), &[(C::NextQuestion, at(1, 0))]);
    let out = refused(&last, C::NextQuestion);
    assert_eq!(out, LiveError::LastQuestion);
    assert!(
        out.to_string().contains("use Next"),
        "the last question points the facilitator to the next step: {out}"
    );

    let close = run(s.clone(), &[(C::GoTo { index: 2 }, at(1, 0))]);
    assert_eq!(refused(&close, C::NextQuestion), LiveError::NoQuestions);
    assert_eq!(
        refused(&close, C::SetQuestion { index: 0 }),
        LiveError::NoQuestions
    );

    let done = run(s, &[(C::Finish, at(2, 0))]);
    assert_eq!(refused(&done, C::NextQuestion), LiveError::Finished);
    assert_eq!(refused(&done, C::PreviousQuestion), LiveError::Finished);
}

#[test]
fn the_question_is_clamped_when_the_step_has_fewer_questions() {
    let s = run(
        with_questions(),
        &[
            (C::Start, at(0, 0)),
            (C::Next, at(1, 0)),
            (C::SetQuestion { index: 2 }, at(1, 10)),
        ],
    );
    let mut shrunk = s.clone();
    shrunk.agenda.steps[1].questions.truncate(1);
    let after = run(shrunk.clone(), &[(C::AddTime { secs: 60 }, at(1, 20))]);
    assert_eq!(after.question, 0, "never past the step's last question");
    shrunk.agenda.steps[1].questions.clear();
    let after = run(shrunk, &[(C::SetAutoAdvance { on: true }, at(1, 20))]);
    assert_eq!(
        after.question, 0,
        "a step without questions is on question 0"
    );
}

#[test]
fn a_state_stored_before_questions_loads_on_the_first_question() {
    let s = run(with_questions(), &[(C::Start, at(0, 0))]);
    let mut json = serde_json::to_value(&s).expect("serialises");
    json.as_object_mut()
        .expect("an object")
        .remove("question")
        .expect("the field is stored");
    let loaded: LiveState = serde_json::from_value(json).expect("an older state still loads");
    assert_eq!(loaded.question, 0);
    assert_eq!(loaded, s);
}
