//! Action Learning Sets: small groups meeting regularly to work on real issues, run to the
//! structure for "open" sets, with the GROW model.

use super::build::{model, optional_step, paragraphs, range, step, strings};
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::ActionLearningSets,
        keeps_record: true,
        own_checklist: false,
        suggested_roles: Vec::new(),
        own_agenda: false,
        actions_heading: "Actions".into(),
        name: "Action Learning Sets".into(),
        purpose: "Small groups meet regularly to discuss, reflect and find solutions to work-related issues."
            .into(),
        description: paragraphs(&[
            "A supportive environment for enabling small groups to meet regularly to discuss, reflect and find solutions to work-related issues or to develop skills in a common area of interest. This tool is especially geared to learning and personal development.",
            "Re-used and adapted with permission from Jo Walley Coaching.",
        ]),
        phases: vec![Phase::During],
        duration: range("3–4 hours", 180, 240),
        preparation: vec![],
        // The structure for "open" Learning Sets, in order.
        steps: vec![
            step(
                "report-in",
                "Report In",
                &[],
                &["Be open and honest about feelings, pre-occupations and provide an update on key actions taken since the previous set."],
                30,
            ),
            step(
                "bidding",
                "Bidding",
                &[],
                &["Individuals take turns to present their current issue and indicate level of need."],
                15,
            ),
            step(
                "presentation",
                "Presentation",
                &[],
                &["The presenter outlines their issue or challenge."],
                20,
            ),
            step(
                "questions-and-actions",
                "Questions and Actions",
                &[],
                &["The group ask questions in turn to help the presenter come to a deeper understanding to review options and decide on actions."],
                100,
            ),
            optional_step(
                "gift",
                "“Gift” Round",
                &[],
                &[
                    "The presenter may request each person to express their personal opinion, comment or advice.",
                    "There is no discussion.",
                ],
                15,
            ),
            step(
                "learning-and-review",
                "Learning and Review",
                &[],
                &["In turn share learning from the round and then review the action learning set process."],
                30,
            ),
        ],
        models: vec![model(
            "GROW",
            &[
                ("Goal", "What do you want?"),
                ("Reality", "What is happening now?"),
                ("Options", "What could you do?"),
                ("Will", "What will you do?"),
            ],
        )],
        variants: vec![],
        tips: strings(&[
            "Organise a series of regular action learning sets at a time and place where everyone can attend.",
            "Come to the set with a real-life issue that you want to solve.",
            "Appoint a facilitator from within the group.",
            "Adopt active, attentive listening.",
            "Create a supportive confidential environment.",
            "Focus on questioning to help an individual understand the issue and identify the action they will take forward.",
            "Use open questions – avoid closed, leading and multiple questions.",
        ]),
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
