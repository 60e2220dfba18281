//! An Action Learning Set's bids on the live agenda: the rounds they plan replace the
//! steps after Bidding, and every planned step is one the agenda accepts.

use mobilise_core::live::{Agenda, LiveCommand, LiveState, MAX_STEP_TITLE_CHARS};
use mobilise_core::techniques::action_learning_sets::REVIEW_STEP_TITLE;
use mobilise_core::techniques::action_learning_sets::{Bid, Need, SetMeeting};
use mobilise_core::validation::MAX_LINE_CHARS;
use mobilise_core::{technique, TechniqueId};
use uuid::Uuid;

use crate::guided_common::{at, id};

fn bid(person: u32, need: Need) -> Bid {
    Bid {
        person_id: id(person),
        need,
        issue: String::new(),
    }
}

/// Ben (2) and Dee (4) with high needs, Cai (3) medium, Asha (1) low.
fn meeting() -> SetMeeting {
    SetMeeting {
        bids: vec![
            bid(1, Need::Low),
            bid(2, Need::High),
            bid(3, Need::Medium),
            bid(4, Need::High),
        ],
        ..SetMeeting::default()
    }
}

fn name(person: Uuid) -> String {
    ["?", "Asha", "Ben", "Cai", "Dee"]
        .get(usize::try_from(person.as_u128()).unwrap_or(0))
        .unwrap_or(&"?")
        .to_string()
}

/// The Action Learning Sets agenda, started and moved on to Bidding (step 2).
fn at_bidding() -> LiveState {
    let agenda = Agenda::from_technique(technique(TechniqueId::ActionLearningSets), None);
    assert_eq!(agenda.steps[1].title, "Bidding");
    let state = LiveState::new(agenda);
    let state = state.apply(LiveCommand::Start, at(0)).expect("starts");
    state
        .apply(LiveCommand::Next, at(1800))
        .expect("to bidding")
}

#[test]
fn the_bids_plan_the_live_agenda_after_bidding() {
    let m = meeting();
    let plan = m.round_plan(name);
    let command = LiveCommand::SetUpcoming {
        after: 2,
        steps: plan.steps.clone(),
    };
    let state = at_bidding()
        .apply(command, at(2400))
        .expect("the rounds fit");
    assert_eq!(state.agenda.steps.len(), 2 + plan.steps.len());
    let ids: Vec<u32> = state.agenda.steps[2..].iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        (7..7 + 13).collect::<Vec<u32>>(),
        "after the technique's 1..=6"
    );
    let planned = m.with_rounds(&plan, &ids);
    assert_eq!(planned.rounds[0].step_ids, [7, 8, 9], "Ben's round");
    assert_eq!(planned.rounds[3].step_ids, [16, 17, 18], "Asha's round");
    let step = state.agenda.step(9).expect("on the agenda");
    assert_eq!(step.title, "Ben: learning and review");
    let last = state.agenda.steps.last().expect("not empty");
    assert_eq!(last.title, REVIEW_STEP_TITLE);
    assert_eq!(planned.round_of_step(last.id), None);
}

#[test]
fn a_presenter_with_the_longest_name_allowed_still_gets_a_round() {
    // A person's name may be up to MAX_LINE_CHARS; a step title only MAX_STEP_TITLE_CHARS.
    let long = format!("Dr {}", "Bartholomew-Featherstonehaugh ".repeat(12));
    let long: String = long.trim().chars().take(MAX_LINE_CHARS).collect();
    assert!(long.chars().count() > MAX_STEP_TITLE_CHARS);
    let m = SetMeeting {
        gift_round: true,
        ..meeting()
    };
    let plan = m.round_plan(|p| if p == id(2) { long.clone() } else { name(p) });
    for step in &plan.steps {
        let chars = step.title.chars().count();
        assert!(
            chars <= MAX_STEP_TITLE_CHARS,
            "{chars} characters: {}",
            step.title
        );
    }
    assert!(
        plan.steps[0]
            .title
            .starts_with("Dr Bartholomew-Featherstonehaugh"),
        "the name is shortened, not lost: {}",
        plan.steps[0].title
    );
    assert!(plan.steps[0].title.ends_with(": presentation"));
    assert!(plan.steps[1].title.ends_with(": questions and actions"));
    assert_eq!(
        plan.steps[4].title, "Dee: presentation",
        "short names are untouched"
    );
    let command = LiveCommand::SetUpcoming {
        after: 2,
        steps: plan.steps.clone(),
    };
    let state = at_bidding()
        .apply(command, at(2400))
        .expect("the agenda takes every planned step");
    assert_eq!(state.agenda.steps.len(), 2 + plan.steps.len());
}
