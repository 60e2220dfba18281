//! Action Learning Sets: a set is a recurring group (a series, with its members); each
//! meeting has its bids for time (with a level of need, which set the
//! order of presenters), the rounds those bids plan (presentation, questions and actions
//! with the GROW prompts, an optional gift round, learning and review, each a step with
//! its own timer), which rounds are confidential, and the actions members committed to,
//! carried to the next meeting's report-in until done.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::live::{PlannedStep, MAX_STEP_TITLE_CHARS};
use crate::techniques::rules::{on_roster, optional_statement, within_limit};
use crate::text::char_len;
use crate::validation::ValidationError;

/// The most members a set can have; action learning works in small groups.
pub const MAX_SET_MEMBERS: usize = 12;
/// The shortest and longest any one part of a round can be planned for.
pub const MIN_ROUND_MINUTES: u32 = 1;
pub const MAX_ROUND_MINUTES: u32 = 120;

/// The GROW model's prompts, shown while the group questions the presenter.
pub const GROW: [&str; 4] = [
    "Goal: What do you want?",
    "Reality: What is happening now?",
    "Options: What could you do?",
    "Will: What will you do?",
];

/// How much a member needs time with the set today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Need {
    Low,
    Medium,
    High,
}

/// A member's bid: their issue in a line and their level of need. Bids are listed in the
/// order they were made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Bid {
    pub person_id: Uuid,
    pub need: Need,
    pub issue: String,
}

/// How long each part of a presenter's round is planned for, in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RoundTimings {
    /// The framework's guide is 2 to 5 minutes.
    pub presentation: u32,
    /// The framework's guide is 15 to 20 minutes.
    pub questions: u32,
    pub gift: u32,
    pub learning: u32,
}

impl Default for RoundTimings {
    fn default() -> Self {
        RoundTimings {
            presentation: 5,
            questions: 20,
            gift: 5,
            learning: 5,
        }
    }
}

/// One presenter's round, once planned: the agenda steps it runs as, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Round {
    pub presenter: Uuid,
    pub step_ids: Vec<u32>,
    /// The round's notes stay out of exports unless the facilitator includes them.
    pub confidential: bool,
}

/// One meeting of a set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetMeeting {
    pub set_id: Option<Uuid>,
    pub bids: Vec<Bid>,
    /// Whether each round has the optional gift round.
    pub gift_round: bool,
    pub timings: RoundTimings,
    /// Empty until the bids plan the rounds.
    pub rounds: Vec<Round>,
}

/// The steps the bids plan, and which of them belong to whose round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundPlan {
    pub steps: Vec<PlannedStep>,
    /// Each presenter with the positions (within `steps`) of their round's steps.
    pub rounds: Vec<(Uuid, Vec<usize>)>,
}

/// The closing step, after every round: the framework's review of the set's process.
pub const REVIEW_STEP_TITLE: &str = "Review of the set's process";

impl SetMeeting {
    /// The order presenters go in: greatest need first; equal needs in the order bid.
    pub fn bidding_order(&self) -> Vec<&Bid> {
        let mut order: Vec<&Bid> = self.bids.iter().collect();
        order.sort_by_key(|bid| std::cmp::Reverse(bid.need));
        order
    }

    /// The steps that follow bidding: each presenter's round in bidding order, and the
    /// review of the process at the end. `name` names a presenter for the step titles.
    pub fn round_plan(&self, name: impl Fn(Uuid) -> String) -> RoundPlan {
        let minutes = |m: u32| m.saturating_mul(60);
        let mut steps = Vec::new();
        let mut rounds = Vec::new();
        for bid in self.bidding_order() {
            let who = title_name(name(bid.person_id));
            let mut positions = Vec::new();
            let mut push = |step: PlannedStep, steps: &mut Vec<PlannedStep>| {
                positions.push(steps.len());
                steps.push(step);
            };
            let issue = if bid.issue.is_empty() {
                Vec::new()
            } else {
                vec![format!("Issue: {}", bid.issue)]
            };
            push(
                PlannedStep {
                    key: Some("presentation".into()),
                    title: format!("{who}: presentation"),
                    questions: Vec::new(),
                    prompts: [
                        issue.clone(),
                        vec!["The presenter outlines their issue or challenge.".to_string()],
                    ]
                    .concat(),
                    planned_secs: minutes(self.timings.presentation),
                    optional: false,
                },
                &mut steps,
            );
            push(
                PlannedStep {
                    key: Some("questions-and-actions".into()),
                    title: format!("{who}: questions and actions"),
                    questions: GROW.iter().map(|q| q.to_string()).collect(),
                    prompts: vec![
                        "The group ask questions in turn to help the presenter come to a deeper understanding to review options and decide on actions.".to_string(),
                        "Use open questions – avoid closed, leading and multiple questions.".to_string(),
                    ],
                    planned_secs: minutes(self.timings.questions),
                    optional: false,
                },
                &mut steps,
            );
            if self.gift_round {
                push(
                    PlannedStep {
                        key: Some("gift".into()),
                    title: format!("{who}: “gift” round"),
                        questions: Vec::new(),
                        prompts: vec![
                            "The presenter may request each person to express their personal opinion, comment or advice.".to_string(),
                            "There is no discussion.".to_string(),
                        ],
                        planned_secs: minutes(self.timings.gift),
                        optional: true,
                    },
                    &mut steps,
                );
            }
            push(
                PlannedStep {
                    key: Some("learning-and-review".into()),
                    title: format!("{who}: learning and review"),
                    questions: Vec::new(),
                    prompts: vec!["In turn share learning from the round.".to_string()],
                    planned_secs: minutes(self.timings.learning),
                    optional: false,
                },
                &mut steps,
            );
            rounds.push((bid.person_id, positions));
        }
        steps.push(PlannedStep {
            key: Some("review".into()),
            title: REVIEW_STEP_TITLE.to_string(),
            questions: Vec::new(),
            prompts: vec!["Review the action learning set process.".to_string()],
            planned_secs: minutes(self.timings.learning.max(10)),
            optional: false,
        });
        RoundPlan { steps, rounds }
    }

    /// The rounds once the planned steps are on the agenda with these ids (in the order
    /// of `plan.steps`). A presenter whose round was confidential stays so.
    pub fn with_rounds(&self, plan: &RoundPlan, ids: &[u32]) -> SetMeeting {
        let rounds = plan
            .rounds
            .iter()
            .map(|(presenter, positions)| Round {
                presenter: *presenter,
                step_ids: positions
                    .iter()
                    .filter_map(|p| ids.get(*p).copied())
                    .collect(),
                confidential: self
                    .rounds
                    .iter()
                    .any(|r| r.presenter == *presenter && r.confidential),
            })
            .collect();
        SetMeeting {
            rounds,
            ..self.clone()
        }
    }

    /// The agenda steps whose notes are confidential.
    pub fn confidential_steps(&self) -> Vec<u32> {
        self.rounds
            .iter()
            .filter(|r| r.confidential)
            .flat_map(|r| r.step_ids.iter().copied())
            .collect()
    }

    /// The round a step belongs to, if any.
    pub fn round_of_step(&self, step_id: u32) -> Option<&Round> {
        self.rounds.iter().find(|r| r.step_ids.contains(&step_id))
    }

    pub fn validated(&self, roster: &[Uuid]) -> Result<SetMeeting, ValidationError> {
        within_limit("bids", "bids", &self.bids)?;
        let mut bids: Vec<Bid> = Vec::with_capacity(self.bids.len());
        for bid in &self.bids {
            on_roster("bids", bid.person_id, roster)?;
            if bids.iter().any(|b| b.person_id == bid.person_id) {
                return Err(ValidationError::new("bids", "Each member bids once."));
            }
            bids.push(Bid {
                issue: optional_statement("bids.issue", "issue", &bid.issue)?,
                ..bid.clone()
            });
        }
        for (field, value) in [
            ("timings.presentation", self.timings.presentation),
            ("timings.questions", self.timings.questions),
            ("timings.gift", self.timings.gift),
            ("timings.learning", self.timings.learning),
        ] {
            if !(MIN_ROUND_MINUTES..=MAX_ROUND_MINUTES).contains(&value) {
                return Err(ValidationError::new(
                    field,
                    format!("Plan {MIN_ROUND_MINUTES} to {MAX_ROUND_MINUTES} minutes."),
                ));
            }
        }
        let mut rounds: Vec<Round> = Vec::with_capacity(self.rounds.len());
        for round in &self.rounds {
            on_roster("rounds", round.presenter, roster)?;
            if rounds.iter().any(|r| r.presenter == round.presenter) {
                return Err(ValidationError::new("rounds", "Each member presents once."));
            }
            rounds.push(round.clone());
        }
        Ok(SetMeeting {
            set_id: self.set_id,
            bids,
            gift_round: self.gift_round,
            timings: self.timings,
            rounds,
        })
    }
}

/// The longest ending a round's step title has after the presenter's name.
const LONGEST_TITLE_ENDING: &str = ": questions and actions";

/// A presenter's name short enough for every step title of their round: a name may be
/// longer than a step title can be, and the agenda refuses a title that is too long.
fn title_name(name: String) -> String {
    let max = MAX_STEP_TITLE_CHARS - LONGEST_TITLE_ENDING.chars().count();
    if char_len(&name) <= max {
        return name;
    }
    let short: String = name.chars().take(max - 1).collect();
    format!("{}…", short.trim_end())
}
