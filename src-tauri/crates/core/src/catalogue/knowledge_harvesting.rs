//! Knowledge Harvesting: recording the knowledge and experience of people, often before
//! they leave or move roles; the session centres on the harvest interview.

use super::build::{model, range, step, strings};
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::KnowledgeHarvesting,
        keeps_record: false,
        own_checklist: false,
        suggested_roles: Vec::new(),
        own_agenda: false,
        actions_heading: "Actions".into(),
        name: "Knowledge Harvesting".into(),
        purpose: "Understand and record the knowledge and experience of people, often before they leave or move roles."
            .into(),
        description: "A structured approach to help an organisation understand and record the knowledge and experience of people, often before they leave or move roles.".into(),
        phases: vec![Phase::After],
        duration: range("4 hours", 240, 240),
        preparation: vec![],
        // The key stages, in order. Most of the session is the interview; the stages around
        // it are short facilitated items.
        steps: vec![
            step(
                "identify",
                "Identification of key knowledge areas", &[], &[], 5),
            step(
                "confirm",
                "Confirmation of the individuals who have this key knowledge",
                &[],
                &[],
                5,
            ),
            step(
                "prepare",
                "Preparation for the knowledge harvest", &[], &[], 10),
            step(
                "interview",
                "Knowledge harvest interview",
                &[],
                &["Typically 4 hours."],
                200,
            ),
            step(
                "package",
                "Initial packaging of the material", &[], &[], 10),
            step(
                "approve",
                "Approval of the material by the interviewee", &[], &[], 5),
            step(
                "publish",
                "Creation and then publication of the knowledge asset",
                &[],
                &[],
                5,
            ),
        ],
        models: vec![model(
            "How to undertake a knowledge harvesting interview",
            &[
                (
                    "Start early",
                    "The whole process from identifying an interviewee to launching a knowledge asset typically takes around 7 weeks.",
                ),
                (
                    "Ask the right questions",
                    "Input from the recipients for the expert's knowledge helps to ensure the knowledge asset will be of maximum benefit to them.",
                ),
                (
                    "Decide the best way to package this knowledge",
                    "Make the harvested knowledge available for the organisation or team as a knowledge asset.",
                ),
            ],
        )],
        variants: vec![],
        tips: strings(&[
            "Consult the Surrey and Sussex Healthcare NHS Trust knowledge retention and transfer leaver's toolkit.",
        ]),
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
