//! What the room sees of the plan at each question: the intent, who is doing what, the
//! risks worst first, or how we will know it worked.

use serde::Serialize;
use ts_rs::TS;

use super::{ActionPlan, Intent, Likelihood, RiskRating, Severity};
use crate::live::LiveState;

/// The part of the plan the room is looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PlanPart {
    Intent,
    Roles,
    Risks,
    Measures,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RoleLine {
    pub who: String,
    pub does: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RiskLine {
    pub risk: String,
    pub likelihood: Likelihood,
    pub impact: Severity,
    pub score: u32,
    pub rating: RiskRating,
    pub response: String,
}

/// The plan on the projector; `part` is `None` when the current question has nothing of
/// the plan to show (or it is still empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlanDisplay {
    pub part: Option<PlanPart>,
    pub intent: Intent,
    pub roles: Vec<RoleLine>,
    /// Worst first.
    pub risks: Vec<RiskLine>,
    pub measures: Vec<String>,
}

pub(super) fn display(plan: &ActionPlan, live: &LiveState) -> PlanDisplay {
    let intent_given = !(plan.intent.task.is_empty()
        && plan.intent.purpose.is_empty()
        && plan.intent.end_state.is_empty());
    // "What are we setting out to achieve?" asks for the intent (twice), who's doing
    // what, then the risks; "What will help deliver success?" how we will know it
    // worked; the actions step what to do about the risks.
    let wanted = match (live.current_key(), live.question) {
        (Some("intent"), 0 | 1) => Some(PlanPart::Intent),
        (Some("intent"), 2) => Some(PlanPart::Roles),
        (Some("intent" | "actions"), _) => Some(PlanPart::Risks),
        (Some("success"), _) => Some(PlanPart::Measures),
        _ => None,
    };
    let part = wanted.filter(|part| match part {
        PlanPart::Intent => intent_given,
        PlanPart::Roles => !plan.roles.is_empty(),
        PlanPart::Risks => !plan.risks.is_empty(),
        PlanPart::Measures => !plan.measures.is_empty(),
    });
    PlanDisplay {
        part,
        intent: plan.intent.clone(),
        roles: plan
            .roles
            .iter()
            .map(|r| RoleLine {
                who: r.who.clone(),
                does: r.does.clone(),
            })
            .collect(),
        risks: plan
            .ranked_risks()
            .into_iter()
            .map(|r| RiskLine {
                risk: r.risk.clone(),
                likelihood: r.likelihood,
                impact: r.impact,
                score: r.score(),
                rating: r.rating(),
                response: r.response.clone(),
            })
            .collect(),
        measures: plan.measures.clone(),
    }
}
