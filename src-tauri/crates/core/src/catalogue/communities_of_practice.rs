//! Communities of Practice: groups who share ideas, develop expertise and solve problems
//! around a topic, and the steps for building one.

use super::build::{model, range, step};
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::CommunitiesOfPractice,
        keeps_record: false,
        own_checklist: false,
        suggested_roles: Vec::new(),
        own_agenda: false,
        actions_heading: "Actions".into(),
        name: "Communities of Practice".into(),
        purpose: "A group who come together to share ideas, develop expertise and solve problems around a topic."
            .into(),
        description: "A Community of Practice is a group of individuals who come together to share ideas, develop expertise and solve problems around a topic of interest. Communities of practice can be made up of people across the NHS and beyond, so that knowledge is shared and re-used widely.".into(),
        phases: vec![Phase::During],
        // An ongoing practice: the range is for one working meeting of the community.
        duration: range("Anytime, anywhere", 30, 120),
        preparation: vec![],
        steps: vec![
            step(
                "planning",
                "Planning",
                &[
                    "Is there a need?",
                    "Is there a common purpose?",
                    "Who will be core members?",
                ],
                &[],
                20,
            ),
            step(
                "creating",
                "Creating",
                &[
                    "How will you recruit?",
                    "How will you encourage interaction – in person or virtually?",
                    "What tools will you use to support the Community?",
                ],
                &[],
                20,
            ),
            step(
                "knowledge-base",
                "Building the knowledge base",
                &[
                    "How will you capture and present knowledge from experience?",
                    "Will you provide an alerting service to keep members up-to-date?",
                ],
                &[],
                20,
            ),
            step(
                "reviewing",
                "Reviewing",
                &[
                    "Is your community still relevant and meeting needs?",
                    "Does the community need to evolve into something new?",
                    "If no longer active does the community need to be closed and the knowledge archived?",
                ],
                &[],
                15,
            ),
        ],
        models: vec![model(
            "Three characteristics of a Community of Practice",
            &[
                (
                    "The Domain",
                    "An identity defined by a shared domain of interest – similar roles or expertise",
                ),
                (
                    "The Community",
                    "Interaction and learning together members of the community engage in joint activities and discussions, help each other and share information.",
                ),
                (
                    "The Practice",
                    "Developing stories, cases, documents and lessons learnt to inform shared practice. Building a knowledge base.",
                ),
            ],
        )],
        variants: vec![],
        tips: vec![],
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
