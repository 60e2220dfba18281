//! A Before Action Review's plan as printed: the intent, who's doing what, the risks
//! worst first with their place on the 5×5 matrix, and the success measures.

use mobilise_core::techniques::before_action_review::{
    ActionPlan, BeforeActionReview, Likelihood, RiskRating, Severity,
};

use super::printed::{para, sub, table, Names, Printed, Printing};
use crate::record::Block;

fn likelihood_label(l: Likelihood) -> &'static str {
    match l {
        Likelihood::Rare => "Rare",
        Likelihood::Unlikely => "Unlikely",
        Likelihood::Possible => "Possible",
        Likelihood::Likely => "Likely",
        Likelihood::AlmostCertain => "Almost certain",
    }
}

fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Negligible => "Negligible",
        Severity::Minor => "Minor",
        Severity::Moderate => "Moderate",
        Severity::Major => "Major",
        Severity::Catastrophic => "Catastrophic",
    }
}

fn rating_label(r: RiskRating) -> &'static str {
    match r {
        RiskRating::Low => "Low",
        RiskRating::Moderate => "Moderate",
        RiskRating::High => "High",
        RiskRating::Extreme => "Extreme",
    }
}

impl Printed for BeforeActionReview {
    const HEADING: &'static str = "The plan";

    fn blocks(plan: &ActionPlan, printing: &Printing<'_>) -> Vec<Block> {
        plan_blocks(plan, &printing.names)
    }
}

fn plan_blocks(plan: &ActionPlan, names: &Names<'_>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let intent = [
        ("Task", &plan.intent.task),
        ("Purpose", &plan.intent.purpose),
        ("End state", &plan.intent.end_state),
    ];
    if intent.iter().any(|(_, v)| !v.is_empty()) {
        blocks.push(sub("Intent"));
        for (label, value) in intent.into_iter().filter(|(_, v)| !v.is_empty()) {
            blocks.push(para(format!("{label}: {value}")));
        }
    }
    if !plan.roles.is_empty() {
        blocks.push(sub("Who's doing what"));
        if names.include {
            let rows = plan
                .roles
                .iter()
                .map(|r| vec![r.who.clone(), r.does.clone()])
                .collect();
            blocks.push(table(&["Who", "Does what"], rows));
        } else {
            blocks.push(Block::Bullets {
                items: plan.roles.iter().map(|r| r.does.clone()).collect(),
            });
        }
    }
    if !plan.risks.is_empty() {
        blocks.push(sub("Challenges and risks"));
        let rows = plan
            .ranked_risks()
            .into_iter()
            .map(|r| {
                vec![
                    r.risk.clone(),
                    likelihood_label(r.likelihood).into(),
                    severity_label(r.impact).into(),
                    format!("{} ({})", r.score(), rating_label(r.rating())),
                    r.response.clone(),
                ]
            })
            .collect();
        blocks.push(table(
            &["Risk", "Likelihood", "Impact", "Score", "What we will do"],
            rows,
        ));
    }
    if !plan.measures.is_empty() {
        blocks.push(sub("How we will know it worked"));
        blocks.push(Block::Bullets {
            items: plan.measures.clone(),
        });
    }
    blocks
}
