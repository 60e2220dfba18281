//! Retrospect: a facilitated meeting at the end of a project, or a major project stage, to
//! capture the team's knowledge before it disbands.

use super::build::{range, step, strings};
use crate::lesson::LessonPart;
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::Retrospect,
        keeps_record: true,
        own_checklist: false,
        suggested_roles: Vec::new(),
        own_agenda: false,
        actions_heading: "Actions".into(),
        name: "Retrospect".into(),
        purpose: "A facilitated meeting at the end of a project to capture knowledge before the project team disbands."
            .into(),
        description: "A structured facilitated meeting or workshop at the end of a project (or major project stage), to capture the knowledge before the project team disbands.".into(),
        phases: vec![Phase::After],
        duration: range("4 hours", 240, 240),
        preparation: strings(&[
            "Appoint a facilitator and call the meeting soon after the close of the project/project stage.",
            "Invite all the people and key stakeholders who were involved.",
        ]),
        steps: vec![
            step(
                "objective",
                "What was the objective of the project?",
                &[
                    "What was the objective of the project?",
                    "What did or didn't we achieve? Why?",
                ],
                &[],
                45,
            ),
            step(
                "successes",
                "What were the successes? Why?",
                &[
                    "What were the successes? Why?",
                    "How can we or others repeat the success in the future?",
                ],
                &[],
                75,
            )
            .yields(LessonPart::WhatHappened),
            step(
                "disappointments",
                "What were the disappointments Why?",
                // "disappointments Why?" (no question mark) is the framework's wording, kept as printed.
                &[
                    "What were the disappointments Why?",
                    "How can we or others avoid them in the future?",
                ],
                &[],
                75,
            )
            .yields(LessonPart::WhatHappened),
            step(
                "marks",
                "Marks out of 10 for the project as a whole?",
                &[
                    "Marks out of 10 for the project as a whole?",
                    "What would have made it a 10?",
                ],
                &["Capture the lessons learned in a repository for the benefits of others."],
                45,
            ),
        ],
        models: vec![],
        variants: vec![],
        tips: vec![],
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
