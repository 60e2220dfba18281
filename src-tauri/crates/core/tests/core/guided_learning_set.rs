//! An Action Learning Set meeting: the order bids set, the rounds they plan (steps with
//! their timers), which steps are confidential, and the validation of meetings and sets.
//! The plan on the live agenda is in `guided_learning_set_live.rs`; carrying actions to
//! the next report-in is in `series_carry.rs`.

use mobilise_core::series::{SeriesInput, SeriesRules};
use mobilise_core::techniques::action_learning_sets::{Bid, Need, Round, RoundTimings, SetMeeting};
use mobilise_core::techniques::action_learning_sets::{
    GROW, MAX_ROUND_MINUTES, MAX_SET_MEMBERS, MIN_ROUND_MINUTES, REVIEW_STEP_TITLE,
};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::TechniqueId;
use proptest::prelude::*;
use uuid::Uuid;

use crate::guided_common::{id, refused_field, roster};

// People: A = 1, B = 2, C = 3, D = 4.
const A: u32 = 1;
const B: u32 = 2;
const C: u32 = 3;
const D: u32 = 4;

fn bid(person: u32, need: Need, issue: &str) -> Bid {
    Bid {
        person_id: id(person),
        need,
        issue: issue.to_string(),
    }
}

/// A low, B high, C medium, D high, bid in that order.
fn meeting() -> SetMeeting {
    SetMeeting {
        bids: vec![
            bid(A, Need::Low, "Rota fairness"),
            bid(B, Need::High, "A complaint to answer"),
            bid(C, Need::Medium, ""),
            bid(D, Need::High, "New team to lead"),
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

fn titles(steps: &[mobilise_core::live::PlannedStep]) -> Vec<&str> {
    steps.iter().map(|s| s.title.as_str()).collect()
}

#[test]
fn greater_need_goes_first_and_equal_needs_keep_the_bidding_order() {
    let order: Vec<Uuid> = meeting()
        .bidding_order()
        .iter()
        .map(|b| b.person_id)
        .collect();
    assert_eq!(order, [id(B), id(D), id(C), id(A)]);
}

#[test]
fn each_round_is_presentation_questions_and_learning_then_the_review() {
    let plan = meeting().round_plan(name);
    assert_eq!(
        titles(&plan.steps),
        [
            "Ben: presentation",
            "Ben: questions and actions",
            "Ben: learning and review",
            "Dee: presentation",
            "Dee: questions and actions",
            "Dee: learning and review",
            "Cai: presentation",
            "Cai: questions and actions",
            "Cai: learning and review",
            "Asha: presentation",
            "Asha: questions and actions",
            "Asha: learning and review",
            REVIEW_STEP_TITLE,
        ]
    );
    assert_eq!(REVIEW_STEP_TITLE, "Review of the set's process");
    let secs: Vec<u32> = plan.steps[..3].iter().map(|s| s.planned_secs).collect();
    assert_eq!(
        secs,
        [5 * 60, 20 * 60, 5 * 60],
        "the default 5/20/5 minutes"
    );
    assert_eq!(
        plan.steps[1].questions, GROW,
        "questions use the GROW model"
    );
    assert_eq!(GROW.len(), 4);
    assert!(GROW[0].starts_with("Goal") && GROW[3].starts_with("Will"));
    assert!(plan.steps[0].questions.is_empty());
    assert!(plan.steps[0]
        .prompts
        .contains(&"Issue: A complaint to answer".to_string()));
    assert!(
        plan.steps[6]
            .prompts
            .iter()
            .all(|p| !p.starts_with("Issue:")),
        "no issue line for a bid without one"
    );
    assert!(
        plan.steps.iter().all(|s| !s.optional),
        "no gift round asked for"
    );
    let rounds: Vec<(Uuid, Vec<usize>)> = plan.rounds.clone();
    assert_eq!(
        rounds,
        [
            (id(B), vec![0, 1, 2]),
            (id(D), vec![3, 4, 5]),
            (id(C), vec![6, 7, 8]),
            (id(A), vec![9, 10, 11]),
        ]
    );
}

#[test]
fn the_gift_round_is_planned_only_when_asked_for_with_its_own_minutes() {
    let with_gift = SetMeeting {
        gift_round: true,
        timings: RoundTimings {
            presentation: 3,
            questions: 15,
            gift: 7,
            learning: 4,
        },
        ..meeting()
    };
    let plan = with_gift.round_plan(name);
    assert_eq!(plan.steps.len(), 4 * 4 + 1);
    assert_eq!(
        titles(&plan.steps[..4]),
        [
            "Ben: presentation",
            "Ben: questions and actions",
            "Ben: “gift” round",
            "Ben: learning and review",
        ]
    );
    let secs: Vec<u32> = plan.steps[..4].iter().map(|s| s.planned_secs).collect();
    assert_eq!(
        secs,
        [3 * 60, 15 * 60, 7 * 60, 4 * 60],
        "the meeting's own timings"
    );
    assert!(plan.steps[2].optional, "the gift round is optional");
    assert_eq!(plan.rounds[1], (id(D), vec![4, 5, 6, 7]));
    assert_eq!(
        plan.steps.last().map(|s| s.title.as_str()),
        Some(REVIEW_STEP_TITLE)
    );
    assert_eq!(RoundTimings::default().gift, 5);
}

#[test]
fn with_no_bids_only_the_review_is_planned() {
    let plan = SetMeeting::default().round_plan(name);
    assert_eq!(titles(&plan.steps), [REVIEW_STEP_TITLE]);
    assert!(plan.rounds.is_empty());
}

#[test]
fn rounds_take_the_agendas_ids_and_confidential_presenters_stay_so() {
    let earlier = SetMeeting {
        rounds: vec![
            Round {
                presenter: id(D),
                step_ids: vec![90, 91, 92],
                confidential: true,
            },
            Round {
                presenter: id(A),
                step_ids: vec![93],
                confidential: false,
            },
        ],
        ..meeting()
    };
    let plan = earlier.round_plan(name);
    let ids: Vec<u32> = (20..).take(plan.steps.len()).collect();
    let planned = earlier.with_rounds(&plan, &ids);
    let rounds: Vec<(Uuid, Vec<u32>, bool)> = planned
        .rounds
        .iter()
        .map(|r| (r.presenter, r.step_ids.clone(), r.confidential))
        .collect();
    assert_eq!(
        rounds,
        [
            (id(B), vec![20, 21, 22], false),
            (id(D), vec![23, 24, 25], true),
            (id(C), vec![26, 27, 28], false),
            (id(A), vec![29, 30, 31], false),
        ]
    );
    assert_eq!(planned.confidential_steps(), [23, 24, 25]);
    assert_eq!(planned.round_of_step(27).map(|r| r.presenter), Some(id(C)));
    assert_eq!(
        planned.round_of_step(32),
        None,
        "the review belongs to no round"
    );
    assert_eq!(planned.bids, earlier.bids, "the bids are unchanged");
}

#[test]
fn confidential_steps_list_every_confidential_round() {
    let m = SetMeeting {
        rounds: vec![
            Round {
                presenter: id(A),
                step_ids: vec![3, 4],
                confidential: true,
            },
            Round {
                presenter: id(B),
                step_ids: vec![5, 6],
                confidential: false,
            },
            Round {
                presenter: id(C),
                step_ids: vec![7],
                confidential: true,
            },
        ],
        ..SetMeeting::default()
    };
    assert_eq!(m.confidential_steps(), [3, 4, 7]);
    assert!(SetMeeting::default().confidential_steps().is_empty());
}

#[test]
fn a_meeting_refuses_a_second_bid_or_a_bidder_not_present() {
    let mut twice = meeting();
    twice.bids.push(bid(B, Need::Low, "Another issue"));
    assert_eq!(
        refused_field(twice.validated(&roster(4)), "B bids twice"),
        "bids"
    );
    let absent = meeting();
    assert_eq!(
        refused_field(absent.validated(&roster(3)), "D is absent"),
        "bids"
    );
    let stored = meeting().validated(&roster(4)).expect("valid");
    assert_eq!(stored, meeting());
}

#[test]
fn each_part_of_a_round_is_planned_for_one_to_a_hundred_and_twenty_minutes() {
    assert_eq!((MIN_ROUND_MINUTES, MAX_ROUND_MINUTES), (1, 120));
    let timed = |timings: RoundTimings| {
        SetMeeting {
            timings,
            ..meeting()
        }
        .validated(&roster(4))
    };
    let base = RoundTimings::default();
    let edges = RoundTimings {
        presentation: 1,
        questions: 120,
        gift: 1,
        learning: 120,
    };
    assert!(timed(edges).is_ok(), "1 and 120 are allowed");
    let cases = [
        (
            RoundTimings {
                presentation: 0,
                ..base
            },
            "timings.presentation",
        ),
        (
            RoundTimings {
                questions: 121,
                ..base
            },
            "timings.questions",
        ),
        (RoundTimings { gift: 0, ..base }, "timings.gift"),
        (
            RoundTimings {
                learning: 500,
                ..base
            },
            "timings.learning",
        ),
    ];
    for (timings, field) in cases {
        assert_eq!(refused_field(timed(timings), field), field);
    }
}

#[test]
fn a_set_needs_a_name_and_a_small_group() {
    let rules: SeriesRules = TechniqueRecord::series_rules(TechniqueId::ActionLearningSets)
        .expect("a learning set runs as a series");
    let input = |name: &str, members: Vec<Uuid>| SeriesInput {
        name: name.to_string(),
        members,
    };
    let blank = input("   ", roster(4)).validated(&rules);
    assert_eq!(
        blank.as_ref().map_err(|e| e.message.as_str()),
        Err("Give the set a name.")
    );
    assert_eq!(refused_field(blank, "a set needs a name"), "name");
    let thirteen = u32::try_from(MAX_SET_MEMBERS + 1).expect("small");
    let big = input("Ward leaders", roster(thirteen)).validated(&rules);
    assert!(
        big.as_ref().is_err_and(|e| e
            .message
            .contains(&format!("keep it to {MAX_SET_MEMBERS} members"))),
        "the refusal names the limit: {big:?}"
    );
    assert_eq!(refused_field(big, "thirteen members"), "members");
    let twelve = input("Ward leaders", roster(12))
        .validated(&rules)
        .expect("twelve is fine");
    assert_eq!(twelve.members.len(), 12);
    let mut repeated = roster(12);
    repeated.insert(3, id(1));
    let stored = input("  Ward   leaders ", repeated)
        .validated(&rules)
        .expect("one listed twice");
    assert_eq!(stored.name, "Ward leaders");
    assert_eq!(stored.members, roster(12), "kept once, in the order listed");
}

fn need(n: u8) -> Need {
    [Need::Low, Need::Medium, Need::High][usize::from(n % 3)]
}

proptest! {
    #[test]
    fn bidding_order_is_a_stable_sort_by_need(needs in proptest::collection::vec(0_u8..3, 0..60)) {
        let m = SetMeeting {
            bids: (1..).zip(&needs).map(|(p, n)| bid(p, need(*n), "")).collect(),
            ..SetMeeting::default()
        };
        let order: Vec<Uuid> = m.bidding_order().iter().map(|b| b.person_id).collect();
        let mut expected = Vec::new();
        for level in [Need::High, Need::Medium, Need::Low] {
            expected.extend(m.bids.iter().filter(|b| b.need == level).map(|b| b.person_id));
        }
        prop_assert_eq!(order, expected);
        let plan = m.round_plan(name);
        prop_assert_eq!(plan.steps.len(), 3 * needs.len() + 1);
    }
}
