//! A Fishbowl's set-up: the standard preset, the agenda it makes, and the rules
//! validation keeps, each naming its field. The seating rules are in
//! `fishbowl_seats.rs`; talk time and equity in `fishbowl_talk.rs`.

use mobilise_core::techniques::fishbowl::{
    starting_events, FishbowlMode, FishbowlSetup, FishbowlState, DEBRIEF_QUESTION,
};
use mobilise_core::{ChecklistItem, TechniqueId};

use crate::fishbowl_common::{at, id, people, setup};

#[test]
fn the_standard_set_up_is_an_open_fishbowl_of_ninety_minutes() {
    let setup = FishbowlSetup::standard("  What   would help?  ");
    assert_eq!(setup.question, "What would help?");
    assert_eq!((setup.mode, setup.inner_chairs), (FishbowlMode::Open, 3));
    assert_eq!((setup.chair_count(), setup.spare_chair()), (4, Some(3)));
    assert_eq!(setup.total_minutes(), 90);
    assert!(!setup.names_on_display);
    let labels: Vec<&str> = setup.checklist.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels.len(), 4);
    assert_eq!(labels[0], "Appoint a facilitator and scribe");
    assert!(setup.checklist.iter().all(|c| c.done_on.is_none()));
    let closed = self::setup(FishbowlMode::Closed, 4);
    assert_eq!((closed.chair_count(), closed.spare_chair()), (4, None));
}

#[test]
fn the_agenda_has_the_four_steps_with_the_question_and_the_debrief() {
    let technique = mobilise_core::technique(TechniqueId::Fishbowl);
    let setup = FishbowlSetup::standard("What would help?");
    let agenda = setup.agenda(technique);
    assert_eq!(agenda.steps.len(), 4);
    assert_eq!(agenda.total_planned_secs(), 90 * 60);
    let ids: Vec<u32> = agenda.steps.iter().map(|s| s.id).collect();
    assert_eq!(ids, [1, 2, 3, 4]);
    for (step, framework) in agenda.steps.iter().zip(&technique.steps) {
        assert_eq!(step.title, framework.title);
        assert_eq!(step.prompts, framework.prompts);
    }
    assert_eq!(agenda.steps[0].questions, ["What would help?"]);
    assert_eq!(agenda.steps[1].questions, ["What would help?"]);
    assert!(agenda.steps[2].questions.is_empty());
    assert_eq!(agenda.steps[3].questions, [DEBRIEF_QUESTION]);
    assert_eq!(DEBRIEF_QUESTION, "How effective was the fishbowl?");
    assert_eq!(agenda.steps[1].planned_secs, 55 * 60);

    // A closed fishbowl has no spare chair to join through: its discussion says so.
    let closed = FishbowlSetup {
        mode: FishbowlMode::Closed,
        ..setup
    }
    .agenda(technique);
    assert_eq!(closed.steps[1].title, "The experts debate the question");
    assert!(
        closed.steps[1]
            .prompts
            .iter()
            .all(|p| !p.contains("spare chair")),
        "{:?}",
        closed.steps[1].prompts
    );
    assert_eq!(closed.steps[0].title, agenda.steps[0].title);
    assert_eq!(closed.steps[1].id, 2);
}

/// A change to a valid set-up that breaks one rule.
type Breaks = fn(&mut FishbowlSetup);

#[test]
fn validation_names_the_field_of_each_broken_rule() {
    let roster = people(8);
    let base = || FishbowlSetup {
        facilitator: Some(id(1)),
        scribe: Some(id(2)),
        starters: vec![id(3), id(4)],
        ..FishbowlSetup::standard("What would help?")
    };
    let field = |setup: FishbowlSetup| setup.validated(&roster).err().map(|e| e.field);
    assert_eq!(field(base()), None);
    let cases: [(&str, Breaks); 24] = [
        ("question", |s| s.question = " \t ".into()),
        ("question", |s| s.question = "x".repeat(301)),
        ("innerChairs", |s| s.inner_chairs = 2),
        ("innerChairs", |s| s.inner_chairs = 5),
        ("facilitator", |s| s.facilitator = Some(id(99))),
        ("scribe", |s| s.scribe = Some(id(99))),
        ("scribe", |s| s.scribe = Some(id(1))),
        ("starters", |s| {
            s.starters = vec![id(3), id(4), id(5), id(6)]
        }),
        ("starters.1", |s| s.starters = vec![id(3), id(3)]),
        ("starters.0", |s| s.starters = vec![id(1)]),
        ("starters.1", |s| s.starters = vec![id(3), id(2)]),
        ("starters.0", |s| s.starters = vec![id(99)]),
        ("turnLimitSecs", |s| s.turn_limit_secs = Some(29)),
        ("turnLimitSecs", |s| s.turn_limit_secs = Some(1801)),
        ("personLimitSecs", |s| s.person_limit_secs = Some(59)),
        ("personLimitSecs", |s| s.person_limit_secs = Some(7201)),
        ("personLimitSecs", |s| {
            s.turn_limit_secs = Some(120);
            s.person_limit_secs = Some(90);
        }),
        ("rotationSecs", |s| s.rotation_secs = Some(300)),
        ("rotationSecs", |s| {
            s.mode = FishbowlMode::Closed;
            s.rotation_secs = Some(59);
        }),
        ("rotationSecs", |s| {
            s.mode = FishbowlMode::Closed;
            s.rotation_secs = Some(3601);
        }),
        ("briefingMinutes", |s| s.briefing_minutes = 0),
        ("discussionMinutes", |s| s.discussion_minutes = 241),
        ("keyPointsMinutes", |s| s.key_points_minutes = 0),
        ("debriefMinutes", |s| s.debrief_minutes = 0),
    ];
    for (expected, break_it) in cases {
        let mut setup = base();
        break_it(&mut setup);
        assert_eq!(field(setup.clone()).as_deref(), Some(expected), "{setup:?}");
    }
    let closed = FishbowlSetup {
        mode: FishbowlMode::Closed,
        inner_chairs: 4,
        rotation_secs: Some(600),
        turn_limit_secs: Some(30),
        person_limit_secs: Some(7200),
        starters: vec![id(3), id(4), id(5), id(6)],
        ..base()
    };
    assert!(closed.validated(&roster).is_ok());
}

#[test]
fn validation_cleans_the_question_and_keeps_the_framework_checklist() {
    let mut setup = FishbowlSetup::standard("q");
    setup.question = "  Why   not? ".into();
    let done = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("a date");
    setup.checklist[2].done_on = Some(done);
    setup.checklist.swap(0, 2);
    setup.checklist[3].label = "Something typed".into();
    let valid = setup.validated(&people(2)).expect("valid");
    assert_eq!(valid.question, "Why not?");
    let fresh = FishbowlSetup::standard("q").checklist;
    let labels = |c: &[ChecklistItem]| c.iter().map(|i| i.label.clone()).collect::<Vec<_>>();
    assert_eq!(labels(&valid.checklist), labels(&fresh));
    assert_eq!(valid.checklist[2].done_on, Some(done));
    assert_eq!(
        valid
            .checklist
            .iter()
            .filter(|c| c.done_on.is_some())
            .count(),
        1
    );
}

#[test]
fn the_starters_sit_in_the_first_chairs_in_order() {
    let setup = FishbowlSetup {
        starters: vec![id(5), id(3), id(4)],
        ..setup(FishbowlMode::Open, 3)
    };
    let state = FishbowlState::replay(&setup, &starting_events(&setup, at(0))).expect("seated");
    assert_eq!(state.chairs, [Some(id(5)), Some(id(3)), Some(id(4)), None]);
    assert_eq!(state.sittings.len(), 3);
    let outer = state.outer_circle(
        &people(6),
        &FishbowlSetup {
            facilitator: Some(id(1)),
            ..setup
        },
    );
    assert_eq!(outer, [id(2), id(6)]);
}
