//! A Before Action Review's plan: the intent (task, purpose, end state), who does what,
//! the challenges and risks anticipated (each rated on the NHS 5×5 risk matrix of
//! likelihood and consequence), and the measures that will show the action worked.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::techniques::rules::{optional_statement, statement, unique_ids, within_limit};
use crate::validation::ValidationError;

/// "What are we setting out to achieve?", "Why are we taking this action?" and what it
/// looks like when done.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Intent {
    pub task: String,
    pub purpose: String,
    pub end_state: String,
}

/// "Who's doing what?": someone (from the roster, or named) and their part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanRole {
    pub id: Uuid,
    /// Who, as typed or as the roster names them.
    pub who: String,
    pub person_id: Option<Uuid>,
    pub does: String,
}

/// How likely a risk is, as the NHS risk matrix scores it (1 to 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Likelihood {
    Rare,
    Unlikely,
    Possible,
    Likely,
    AlmostCertain,
}

/// How bad it would be, as the NHS risk matrix scores consequence (1 to 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Negligible,
    Minor,
    Moderate,
    Major,
    Catastrophic,
}

/// The band a risk's score falls in: 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RiskRating {
    Low,
    Moderate,
    High,
    Extreme,
}

/// "What challenges and risks can we anticipate?", and what we will do about each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Risk {
    pub id: Uuid,
    pub risk: String,
    pub likelihood: Likelihood,
    pub impact: Severity,
    /// What we will do to avoid or lessen it; may be blank until agreed.
    pub response: String,
}

/// The whole plan, as the console edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionPlan {
    pub intent: Intent,
    pub roles: Vec<PlanRole>,
    pub risks: Vec<Risk>,
    /// "How might we know if the action works?"
    pub measures: Vec<String>,
}

impl Likelihood {
    pub fn score(self) -> u32 {
        self as u32 + 1
    }
}

impl Severity {
    pub fn score(self) -> u32 {
        self as u32 + 1
    }
}

impl RiskRating {
    pub fn of_score(score: u32) -> RiskRating {
        match score {
            0..=3 => RiskRating::Low,
            4..=6 => RiskRating::Moderate,
            7..=12 => RiskRating::High,
            _ => RiskRating::Extreme,
        }
    }
}

impl Risk {
    /// Likelihood × consequence, 1 to 25.
    pub fn score(&self) -> u32 {
        self.likelihood.score() * self.impact.score()
    }

    pub fn rating(&self) -> RiskRating {
        RiskRating::of_score(self.score())
    }
}

impl ActionPlan {
    /// The risks worst first; equal scores keep the order they were listed in.
    pub fn ranked_risks(&self) -> Vec<&Risk> {
        let mut risks: Vec<&Risk> = self.risks.iter().collect();
        risks.sort_by_key(|r| std::cmp::Reverse(r.score()));
        risks
    }

    /// The plan as it will be stored, or the rule it breaks.
    pub fn validated(&self, roster: &[Uuid]) -> Result<ActionPlan, ValidationError> {
        let intent = Intent {
            task: optional_statement("intent.task", "task", &self.intent.task)?,
            purpose: optional_statement("intent.purpose", "purpose", &self.intent.purpose)?,
            end_state: optional_statement("intent.end_state", "end state", &self.intent.end_state)?,
        };
        within_limit("roles", "people in the plan", &self.roles)?;
        within_limit("risks", "risks", &self.risks)?;
        within_limit("measures", "success measures", &self.measures)?;
        unique_ids("roles", self.roles.iter().map(|r| r.id))?;
        unique_ids("risks", self.risks.iter().map(|r| r.id))?;
        let roles = self
            .roles
            .iter()
            .map(|role| {
                let person_id = role.person_id.filter(|p| roster.contains(p));
                Ok(PlanRole {
                    id: role.id,
                    who: statement("roles.who", "name of who does it", &role.who)?,
                    person_id,
                    does: statement("roles.does", "part they play", &role.does)?,
                })
            })
            .collect::<Result<Vec<_>, ValidationError>>()?;
        let risks = self
            .risks
            .iter()
            .map(|risk| {
                Ok(Risk {
                    risk: statement("risks.risk", "risk", &risk.risk)?,
                    response: optional_statement("risks.response", "response", &risk.response)?,
                    ..risk.clone()
                })
            })
            .collect::<Result<Vec<_>, ValidationError>>()?;
        let measures = self
            .measures
            .iter()
            .map(|m| statement("measures", "success measure", m))
            .collect::<Result<Vec<_>, ValidationError>>()?;
        Ok(ActionPlan {
            intent,
            roles,
            risks,
            measures,
        })
    }

    pub fn is_empty(&self) -> bool {
        self == &ActionPlan::default()
    }
}
