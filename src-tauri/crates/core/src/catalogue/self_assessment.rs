//! Self-Assessment: the tool for assessing how well a team or organisation uses external
//! evidence and organisational knowledge.

use super::build::{model, paragraphs, range, step, strings};
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::SelfAssessment,
        keeps_record: false,
        own_checklist: false,
        suggested_roles: Vec::new(),
        own_agenda: false,
        actions_heading: "Actions".into(),
        name: "Self-Assessment".into(),
        purpose: "A simple framework to assess how the organisation can make better use of knowledge as an asset."
            .into(),
        description: paragraphs(&[
            "Using external evidence and organisational knowledge.",
            "Use this simple framework to quickly assess how the organisation can make better use of knowledge as an asset and identify opportunities to develop and learn.",
        ]),
        phases: vec![Phase::Before, Phase::During],
        duration: range("1 hour", 60, 60),
        preparation: strings(&[
            "Speak to your NHS Library and Knowledge Service representative to facilitate use of the tool.",
        ]),
        steps: vec![
            step(
                "capacity",
                "Agree the capacity in which you are going to complete the framework",
                &[],
                &["Individual, Team, Directorate, Organisation-wide viewpoint."],
                5,
            ),
            step(
                "sections",
                "Work through sections 1-4 of the tool",
                &[],
                &["Leadership, Behaviours, Capabilities & Working Practices, Knowledge Resources."],
                5,
            ),
            step(
                "criteria",
                "Read each criteria",
                &[],
                &["Identify the statement that best describes the current situation within your team or organisation."],
                15,
            ),
            step(
                "levels",
                "Select the number that you feel best represents your current situation",
                &[],
                &["Identify where you would like to be."],
                15,
            ),
            step(
                "report",
                "Use the resulting report to consider where there are opportunities to develop",
                &[],
                &[],
                10,
            ),
            step(
                "discuss",
                "Discuss your report with your NHS Library and Knowledge Service representative",
                &[],
                &[
                    "Prioritise initiatives.",
                    "Draw up an action plan.",
                    "Implement the agreed priorities.",
                ],
                10,
            ),
        ],
        models: vec![model(
            "Sections of the tool",
            &[
                ("Leadership", "Section 1 of the tool."),
                ("Behaviours", "Section 2 of the tool."),
                ("Capabilities & Working Practices", "Section 3 of the tool."),
                ("Knowledge Resources", "Section 4 of the tool."),
            ],
        )],
        variants: vec![],
        tips: vec![],
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
