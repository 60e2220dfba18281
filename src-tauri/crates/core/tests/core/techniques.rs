//! The technique contract through its registry: every technique the library says keeps
//! a record has one, a change reaches only its own technique's rules, what the room sees
//! says itself whether it has something to put up, and a change that must move the live
//! session says how instead of moving it.

use mobilise_core::live::{Agenda, LiveCommand, LiveState};
use mobilise_core::techniques::action_learning_sets::{Bid, MeetingChange, Need, SetMeeting};
use mobilise_core::techniques::retrospect::{Mark, RetrospectMarks};
use mobilise_core::techniques::{
    AgendaChange, OwnChange, RuleError, TechniqueRecord, TechniqueStage,
};
use mobilise_core::{catalogue, technique, TechniqueId};

use crate::guided_common::{at, context, id, session};

#[test]
fn every_technique_the_library_says_keeps_a_record_has_one_and_no_other() {
    for entry in catalogue() {
        assert_eq!(
            TechniqueRecord::keeps_record(entry.id),
            entry.keeps_record,
            "{}: the library and the registry agree",
            entry.name
        );
        let empty = TechniqueRecord::empty_for(entry.id);
        assert!(
            empty.is_some() || !entry.keeps_record,
            "{}: a technique that keeps a record starts with an empty one",
            entry.name
        );
        if let Some(record) = empty {
            assert_eq!(record.technique(), entry.id);
            let json = serde_json::to_value(&record).expect("a record is JSON");
            let back: TechniqueRecord = serde_json::from_value(json).expect("and back");
            assert_eq!(back, record, "{}: the stored form reads back", entry.name);
        }
    }
}

#[test]
fn a_technique_that_runs_as_a_series_links_its_meetings_to_it_and_lets_them_go() {
    let series = id(90);
    let mut runs_as_one = 0;
    for entry in catalogue() {
        let rules = TechniqueRecord::series_rules(entry.id);
        let meeting = TechniqueRecord::in_series(entry.id, series);
        assert_eq!(
            rules.is_some(),
            meeting.is_some(),
            "{}: a technique with series rules plans meetings in its series, and only then",
            entry.name
        );
        let (Some(rules), Some(meeting)) = (rules, meeting) else {
            continue;
        };
        runs_as_one += 1;
        assert!(rules.max_members > 0 && !rules.noun.is_empty() && !rules.too_many.is_empty());
        assert_eq!(meeting.technique(), entry.id);
        assert_eq!(meeting.series(), Some(series), "{}: linked", entry.name);
        assert_eq!(
            meeting.leave_series().series(),
            None,
            "{}: let go",
            entry.name
        );
    }
    assert!(runs_as_one > 0, "learning sets run as a series");
}

/// A session of `technique` started, at step `step` (from 0), question `question`.
fn live_at(technique_id: TechniqueId, step: usize, question: usize) -> LiveState {
    let agenda = Agenda::from_technique(technique(technique_id), None);
    let mut state = LiveState::new(agenda)
        .apply(LiveCommand::Start, at(0))
        .expect("starts");
    if step > 0 {
        state = state
            .apply(LiveCommand::GoTo { index: step }, at(10))
            .expect("moves on");
    }
    if question > 0 {
        state = state
            .apply(LiveCommand::SetQuestion { index: question }, at(20))
            .expect("to the question");
    }
    state
}

/// The registry's promise to the console and the projector: every technique's record, as
/// it starts, has an overview and something to say at every step and question of its
/// agenda, each tagged with its own technique.
#[test]
fn every_record_has_an_overview_and_a_display_at_every_step_and_question() {
    let mut shown = 0;
    for entry in catalogue() {
        let Some(record) = TechniqueRecord::empty_for(entry.id) else {
            continue;
        };
        let tag = serde_json::to_value(entry.id).expect("an id is JSON");
        let session = session(entry.id, 6);
        let overview = serde_json::to_value(record.overview(&context(&session, None)))
            .expect("an overview is JSON");
        assert_eq!(
            overview["technique"], tag,
            "{}: its own overview",
            entry.name
        );
        for (step, planned) in entry.steps.iter().enumerate() {
            for question in 0..planned.questions.len().max(1) {
                let live = live_at(entry.id, step, question);
                let staged = record.stage(&live, &context(&session, Some(&live)));
                let json = serde_json::to_value(&staged).expect("a display is JSON");
                assert_eq!(
                    json["stage"]["technique"], tag,
                    "{} at step {} question {question}: its own display",
                    entry.name, planned.key
                );
                shown += 1;
            }
        }
    }
    assert!(
        shown > 40,
        "every step of every technique was shown: {shown}"
    );
}

/// Where "Marks out of 10" is on a Retrospect's own agenda.
fn marks_step() -> usize {
    Agenda::from_technique(technique(TechniqueId::Retrospect), None)
        .steps
        .iter()
        .position(|s| s.key.as_deref() == Some("marks"))
        .expect("a marks step")
}

fn marks() -> TechniqueRecord {
    TechniqueRecord::Retrospect(RetrospectMarks {
        marks: vec![
            Mark {
                person_id: id(1),
                mark: Some(6),
                make_it_ten: "Earlier sign-off".into(),
            },
            Mark {
                person_id: id(2),
                mark: Some(9),
                make_it_ten: String::new(),
            },
        ],
    })
}

#[test]
fn a_retrospect_puts_its_marks_up_only_at_its_marks_questions() {
    let session = session(TechniqueId::Retrospect, 2);
    let marks_step = marks_step();
    for (step, question, shows) in [(0, 0, false), (marks_step, 0, true), (marks_step, 1, true)] {
        let live = live_at(TechniqueId::Retrospect, step, question);
        let staged = marks().stage(&live, &context(&session, Some(&live)));
        assert_eq!(staged.shows, shows, "step {step}, question {question}");
        let TechniqueStage::Retrospect(display) = staged.stage else {
            panic!("a Retrospect's stage");
        };
        assert_eq!(display.summary.count, 2);
        let shown = serde_json::to_string(&display).expect("JSON");
        assert!(!shown.contains("Person"), "no names on the projector");
    }
}

#[test]
fn a_retrospect_without_answers_keeps_the_question_up_at_what_would_make_it_a_ten() {
    let session = session(TechniqueId::Retrospect, 1);
    let marks_step = marks_step();
    let live = live_at(TechniqueId::Retrospect, marks_step, 1);
    let unanswered = TechniqueRecord::Retrospect(RetrospectMarks {
        marks: vec![Mark {
            person_id: id(1),
            mark: Some(7),
            make_it_ten: String::new(),
        }],
    });
    let staged = unanswered.stage(&live, &context(&session, Some(&live)));
    assert!(!staged.shows, "nothing to put up instead of the question");
}

#[test]
fn a_change_reaches_only_its_own_techniques_rules() {
    let session = session(TechniqueId::Retrospect, 2);
    let ctx = context(&session, None);
    let plan = TechniqueRecord::empty_for(TechniqueId::BeforeActionReview).expect("a plan");
    let refused = marks().save(plan, &ctx).expect_err("a plan is not marks");
    assert!(matches!(refused, RuleError::Refused(_)), "{refused:?}");
    let own = OwnChange::ActionLearningSets(MeetingChange::PlanRounds);
    assert!(marks().apply(own, &ctx).is_err());

    let saved = marks().save(marks(), &ctx).expect("valid marks");
    assert_eq!(saved.record, marks());
    assert_eq!(saved.agenda, None, "saving marks leaves the agenda alone");
}

fn bids() -> TechniqueRecord {
    let bid = |person, need| Bid {
        person_id: id(person),
        need,
        issue: String::new(),
    };
    TechniqueRecord::ActionLearningSets(SetMeeting {
        bids: vec![bid(1, Need::Low), bid(2, Need::High)],
        ..SetMeeting::default()
    })
}

#[test]
fn planning_rounds_asks_the_engine_for_the_steps_and_records_the_ids_it_will_give() {
    let session = session(TechniqueId::ActionLearningSets, 2);
    let live = live_at(TechniqueId::ActionLearningSets, 1, 0);
    let ctx = context(&session, Some(&live));
    let outcome = bids()
        .apply(
            OwnChange::ActionLearningSets(MeetingChange::PlanRounds),
            &ctx,
        )
        .expect("the rounds plan");
    let Some(AgendaChange::Command(command)) = outcome.agenda else {
        panic!("the engine is asked to move the agenda");
    };
    assert!(matches!(command, LiveCommand::SetUpcoming { after: 2, .. }));
    let next = live.apply(command, at(30)).expect("the engine accepts it");
    let TechniqueRecord::ActionLearningSets(meeting) = outcome.record else {
        panic!("a meeting");
    };
    assert_eq!(meeting.rounds.len(), 2);
    assert_eq!(meeting.rounds[0].presenter, id(2), "greatest need first");
    for round in &meeting.rounds {
        for step in &round.step_ids {
            let title = &next
                .agenda
                .steps
                .iter()
                .find(|s| s.id == *step)
                .expect("a step the engine made")
                .title;
            let name = if round.presenter == id(2) {
                "Person 2"
            } else {
                "Person 1"
            };
            assert!(title.starts_with(name), "{title} is {name}'s");
        }
    }
}

#[test]
fn planning_rounds_needs_bids_and_a_running_meeting() {
    let session = session(TechniqueId::ActionLearningSets, 2);
    let live = live_at(TechniqueId::ActionLearningSets, 1, 0);
    let empty = TechniqueRecord::empty_for(TechniqueId::ActionLearningSets).expect("a meeting");
    let plan = OwnChange::ActionLearningSets(MeetingChange::PlanRounds);
    let refused = empty
        .apply(plan.clone(), &context(&session, Some(&live)))
        .expect_err("no bids");
    assert!(refused.to_string().contains("Nobody has bid"), "{refused}");
    let refused = bids()
        .apply(plan, &context(&session, None))
        .expect_err("no live agenda");
    assert!(refused.to_string().contains("no Bidding step"), "{refused}");
}
