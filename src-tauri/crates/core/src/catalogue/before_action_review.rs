//! Before Action Review: a short preview session held just before a piece of work starts.

use super::build::{paragraphs, range, step, strings};
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::BeforeActionReview,
        keeps_record: true,
        own_checklist: false,
        suggested_roles: Vec::new(),
        own_agenda: false,
        actions_heading: "Actions".into(),
        name: "Before Action Review".into(),
        purpose: "A short preview just before starting work: state the intent, anticipate risks and draw on past lessons."
            .into(),
        description: paragraphs(&[
            "The Before Action Review helps a team state their intention (task, purpose and end-state) just before commencing the project, project stage or a piece of work, but also adds the discipline of predicting challenges and risks and, most important, drawing on lessons learned from past experiences.",
            "A short preview session that considers what issues might arise during a piece of work - anything ranging from a workshop to a project stage.",
        ]),
        phases: vec![Phase::Before],
        duration: range("15 mins to 1/2 day", 15, 240),
        preparation: strings(&[
            "Conduct before the event leaving enough time to act upon what you might decide.",
            "Appoint someone as facilitator.",
        ]),
        steps: vec![
            step(
                "intent",
                "What are we setting out to achieve?",
                &[
                    "What are we setting out to achieve?",
                    "Why are we taking this action?",
                    "Who's doing what?",
                    "What challenges and risks can we anticipate?",
                ],
                &[],
                10,
            ),
            step(
                "related-lessons",
                "What can be learned from similar situations and past projects from elsewhere?",
                &[
                    "What can be learned from similar situations and past projects from elsewhere?",
                    "What is the advice of others who have done this?",
                    "What have we learnt from similar situations?",
                    "What do the lessons learned tell us?",
                ],
                &[],
                15,
            )
            .looks_back(),
            step(
                "success",
                "What will help deliver success?",
                &[
                    "What will help deliver success?",
                    "How might we know if the action works?",
                ],
                &[],
                10,
            ),
            step(
                "actions",
                "What are the actions we need to take to avoid problems and apply good practice?",
                &[
                    "What are the actions we need to take to avoid problems and apply good practice?",
                    "What is most important for, and will help deliver success?",
                ],
                &[],
                10,
            ),
        ],
        models: vec![],
        variants: vec![],
        tips: vec![],
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
