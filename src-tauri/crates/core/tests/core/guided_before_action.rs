//! A Before Action Review's plan: risks scored on the NHS 5×5 matrix (likelihood ×
//! consequence) and banded, ranked worst first, and the plan's validation.

use mobilise_core::techniques::before_action_review::{
    ActionPlan, Intent, Likelihood, PlanRole, Risk, RiskRating, Severity,
};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::TechniqueId;
use proptest::prelude::*;

use crate::guided_common::{id, refused_field, roster};

const LIKELIHOODS: [Likelihood; 5] = [
    Likelihood::Rare,
    Likelihood::Unlikely,
    Likelihood::Possible,
    Likelihood::Likely,
    Likelihood::AlmostCertain,
];
const SEVERITIES: [Severity; 5] = [
    Severity::Negligible,
    Severity::Minor,
    Severity::Moderate,
    Severity::Major,
    Severity::Catastrophic,
];

fn risk(n: u32, text: &str, likelihood: Likelihood, impact: Severity) -> Risk {
    Risk {
        id: id(100 + n),
        risk: text.to_string(),
        likelihood,
        impact,
        response: String::new(),
    }
}

fn role(n: u32, who: &str, person: Option<u32>, does: &str) -> PlanRole {
    PlanRole {
        id: id(200 + n),
        who: who.to_string(),
        person_id: person.map(id),
        does: does.to_string(),
    }
}

#[test]
fn likelihood_and_consequence_score_one_to_five_in_order() {
    let l: Vec<u32> = LIKELIHOODS.iter().map(|l| l.score()).collect();
    let s: Vec<u32> = SEVERITIES.iter().map(|s| s.score()).collect();
    assert_eq!(l, [1, 2, 3, 4, 5]);
    assert_eq!(s, [1, 2, 3, 4, 5]);
}

#[test]
fn a_risk_scores_likelihood_times_impact_from_one_to_twenty_five() {
    let mut seen = Vec::new();
    for (li, l) in LIKELIHOODS.iter().enumerate() {
        for (si, s) in SEVERITIES.iter().enumerate() {
            let score = risk(1, "Staff off sick", *l, *s).score();
            let expected = u32::try_from((li + 1) * (si + 1)).expect("small");
            assert_eq!(score, expected, "{l:?} × {s:?}");
            seen.push(score);
        }
    }
    assert_eq!(seen.iter().min(), Some(&1));
    assert_eq!(seen.iter().max(), Some(&25));
}

#[test]
fn the_nhs_bands_split_at_three_four_six_eight_twelve_fifteen() {
    use Likelihood as L;
    use Severity as S;
    let cases = [
        (L::Rare, S::Negligible, 1, RiskRating::Low),
        (L::Rare, S::Moderate, 3, RiskRating::Low),
        (L::Rare, S::Major, 4, RiskRating::Moderate),
        (L::Unlikely, S::Minor, 4, RiskRating::Moderate),
        (L::Rare, S::Catastrophic, 5, RiskRating::Moderate),
        (L::Unlikely, S::Moderate, 6, RiskRating::Moderate),
        (L::Unlikely, S::Major, 8, RiskRating::High),
        (L::Possible, S::Moderate, 9, RiskRating::High),
        (L::Unlikely, S::Catastrophic, 10, RiskRating::High),
        (L::Possible, S::Major, 12, RiskRating::High),
        (L::Possible, S::Catastrophic, 15, RiskRating::Extreme),
        (L::Likely, S::Major, 16, RiskRating::Extreme),
        (L::AlmostCertain, S::Catastrophic, 25, RiskRating::Extreme),
    ];
    for (likelihood, impact, score, band) in cases {
        let r = risk(1, "Go-live slips", likelihood, impact);
        assert_eq!(r.score(), score, "{likelihood:?} × {impact:?}");
        assert_eq!(r.rating(), band, "a score of {score}");
    }
    assert_eq!(RiskRating::of_score(3), RiskRating::Low);
    assert_eq!(RiskRating::of_score(4), RiskRating::Moderate);
    assert_eq!(RiskRating::of_score(6), RiskRating::Moderate);
    assert_eq!(RiskRating::of_score(8), RiskRating::High);
    assert_eq!(RiskRating::of_score(12), RiskRating::High);
    assert_eq!(RiskRating::of_score(15), RiskRating::Extreme);
    assert!(
        RiskRating::Low < RiskRating::Extreme,
        "bands order by severity"
    );
}

#[test]
fn risks_are_ranked_worst_first_and_ties_keep_the_listed_order() {
    use Likelihood as L;
    use Severity as S;
    let plan = ActionPlan {
        risks: vec![
            risk(1, "Room unavailable", L::Unlikely, S::Minor), // 4
            risk(2, "No data access", L::Likely, S::Major),     // 16
            risk(3, "Rota clash", L::Unlikely, S::Negligible),  // 2
            risk(4, "Sponsor leaves", L::AlmostCertain, S::Minor), // 10
            risk(5, "Training late", L::Unlikely, S::Catastrophic), // 10
            risk(6, "IT outage", L::Rare, S::Major),            // 4
        ],
        ..ActionPlan::default()
    };
    let ranked: Vec<&str> = plan
        .ranked_risks()
        .iter()
        .map(|r| r.risk.as_str())
        .collect();
    assert_eq!(
        ranked,
        [
            "No data access",
            "Sponsor leaves",
            "Training late",
            "Room unavailable",
            "IT outage",
            "Rota clash"
        ]
    );
    assert_eq!(
        plan.risks[0].risk, "Room unavailable",
        "the list itself is untouched"
    );
}

#[test]
fn validation_trims_the_plan_and_keeps_a_typed_name_off_the_roster() {
    let plan = ActionPlan {
        intent: Intent {
            task: "  Launch the  discharge lounge ".into(),
            purpose: "Free beds earlier".into(),
            end_state: String::new(),
        },
        roles: vec![
            role(1, "Person 1", Some(1), "  Leads   the launch "),
            role(2, "Pat from Estates", Some(42), "Opens the room"),
            role(3, "Jo (agency)", None, "Runs the rota"),
        ],
        risks: vec![risk(
            1,
            "  Porters   short ",
            Likelihood::Likely,
            Severity::Minor,
        )],
        measures: vec!["  Discharges before noon  ".into()],
    };
    let stored = plan.validated(&roster(3)).expect("a valid plan");
    assert_eq!(stored.intent.task, "Launch the discharge lounge");
    assert_eq!(
        stored.intent.end_state, "",
        "the intent may be partly blank"
    );
    assert_eq!(
        stored.roles[0].person_id,
        Some(id(1)),
        "on the roster: linked"
    );
    assert_eq!(stored.roles[0].does, "Leads the launch");
    assert_eq!(
        stored.roles[1].person_id, None,
        "off the roster: the link is dropped"
    );
    assert_eq!(
        stored.roles[1].who, "Pat from Estates",
        "but the typed name is kept"
    );
    assert_eq!(stored.roles[2].who, "Jo (agency)");
    assert_eq!(stored.risks[0].risk, "Porters short");
    assert_eq!(
        stored.risks[0].likelihood,
        Likelihood::Likely,
        "ratings kept"
    );
    assert_eq!(stored.measures, ["Discharges before noon"]);
}

#[test]
fn a_blank_risk_or_measure_is_refused() {
    let blank_risk = ActionPlan {
        risks: vec![risk(1, "  \t ", Likelihood::Rare, Severity::Minor)],
        ..ActionPlan::default()
    };
    let field = refused_field(blank_risk.validated(&roster(1)), "a blank risk");
    assert_eq!(field, "risks.risk");
    let blank_measure = ActionPlan {
        measures: vec!["Fewer delays".into(), "   ".into()],
        ..ActionPlan::default()
    };
    let field = refused_field(blank_measure.validated(&roster(1)), "a blank measure");
    assert_eq!(field, "measures");
}

#[test]
fn a_risk_response_may_be_blank_until_agreed() {
    let mut r = risk(1, "Porters short", Likelihood::Possible, Severity::Major);
    r.response = "   ".into();
    let plan = ActionPlan {
        risks: vec![r],
        ..ActionPlan::default()
    };
    let stored = plan.validated(&[]).expect("a blank response is fine");
    assert_eq!(stored.risks[0].response, "");
}

#[test]
fn two_risks_with_one_id_are_refused() {
    let plan = ActionPlan {
        risks: vec![
            risk(1, "Porters short", Likelihood::Possible, Severity::Major),
            risk(1, "Room double-booked", Likelihood::Rare, Severity::Minor),
        ],
        ..ActionPlan::default()
    };
    let field = refused_field(plan.validated(&[]), "the console edits risks by id");
    assert_eq!(field, "risks");
}

#[test]
fn a_new_before_action_review_starts_with_an_empty_plan() {
    let record = TechniqueRecord::empty_for(TechniqueId::BeforeActionReview).expect("has one");
    match record {
        TechniqueRecord::BeforeActionReview(plan) => assert!(plan.is_empty()),
        other => panic!("a Before Action Review's record, not {other:?}"),
    }
    assert!(
        !TechniqueRecord::keeps_record(TechniqueId::AfterActionReview),
        "the After Action Review keeps nothing besides its notes"
    );
}

proptest! {
    #[test]
    fn ranking_is_a_stable_sort_worst_first(
        ratings in proptest::collection::vec((0_usize..5, 0_usize..5), 0..60),
    ) {
        let plan = ActionPlan {
            risks: (1..)
                .zip(&ratings)
                .map(|(n, (l, s))| risk(n, &format!("Risk {n}"), LIKELIHOODS[*l], SEVERITIES[*s]))
                .collect(),
            ..ActionPlan::default()
        };
        let ranked: Vec<uuid::Uuid> = plan.ranked_risks().iter().map(|r| r.id).collect();
        let mut expected: Vec<(u32, usize, uuid::Uuid)> = plan
            .risks
            .iter()
            .enumerate()
            .map(|(i, r)| (u32::MAX - r.score(), i, r.id))
            .collect();
        expected.sort();
        let expected: Vec<uuid::Uuid> = expected.into_iter().map(|(_, _, id)| id).collect();
        prop_assert_eq!(ranked, expected);
    }
}
