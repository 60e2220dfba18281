//! Before Action Review: the plan made before the work starts (the intent, who does
//! what, the risks on the 5×5 matrix with their responses, and how we will know it
//! worked), and what the room sees of it question by question.

mod plan;
mod stage;

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

pub use plan::{ActionPlan, Intent, Likelihood, PlanRole, Risk, RiskRating, Severity};
pub use stage::{PlanDisplay, PlanPart, RiskLine, RoleLine};

use super::{Context, NoChange, NoEvent, Outcome, RuleError, Technique};
use crate::live::LiveState;
use crate::technique::TechniqueId;

pub struct BeforeActionReview;

/// A risk's place on the 5×5 matrix, worked out once here for the console.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RiskScore {
    pub id: Uuid,
    pub score: u32,
    pub rating: RiskRating,
}

/// The plan as the console shows it besides the fields: its risks, worst first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlanOverview {
    pub risks: Vec<RiskScore>,
}

impl Technique for BeforeActionReview {
    const ID: TechniqueId = TechniqueId::BeforeActionReview;
    type Record = ActionPlan;
    type Change = NoChange;
    type Event = NoEvent;
    type Overview = PlanOverview;
    type Stage = PlanDisplay;

    fn empty() -> ActionPlan {
        ActionPlan::default()
    }

    fn save(
        _previous: ActionPlan,
        edited: ActionPlan,
        ctx: &Context<'_>,
    ) -> Result<Outcome<ActionPlan>, RuleError> {
        Ok(Outcome::record(edited.validated(&ctx.roster())?))
    }

    fn apply(
        _record: ActionPlan,
        change: NoChange,
        _ctx: &Context<'_>,
    ) -> Result<Outcome<ActionPlan>, RuleError> {
        change.never()
    }

    fn overview(plan: &ActionPlan, _ctx: &Context<'_>) -> PlanOverview {
        PlanOverview {
            risks: plan
                .ranked_risks()
                .into_iter()
                .map(|r| RiskScore {
                    id: r.id,
                    score: r.score(),
                    rating: r.rating(),
                })
                .collect(),
        }
    }

    fn stage(plan: &ActionPlan, live: &LiveState, _ctx: &Context<'_>) -> PlanDisplay {
        stage::display(plan, live)
    }

    fn shows(stage: &PlanDisplay) -> bool {
        stage.part.is_some()
    }
}
