//! After Action Review: a short learning session held straight after a piece of work.

use super::build::{paragraphs, range, step, strings};
use crate::lesson::LessonPart;
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::AfterActionReview,
        keeps_record: false,
        own_checklist: false,
        suggested_roles: Vec::new(),
        own_agenda: false,
        actions_heading: "Actions".into(),
        name: "After Action Review".into(),
        purpose: "A short structured meeting held immediately after an activity to learn from it."
            .into(),
        description: paragraphs(&[
            "A short structured meeting held immediately after a short term activity such as a task within a project, for example, a training session, a go live day or an engagement meeting. Usually facilitated by one of the team members, all who were involved in the 'action' should participate in the After Action Review.",
            "A short learning session held immediately after a discrete piece of work such as a process mapping workshop or a training session.",
        ]),
        phases: vec![Phase::After],
        duration: range("15 mins to 1/2 day", 15, 240),
        preparation: strings(&[
            "Conduct immediately following the event.",
            "Involve everyone who took part in the 'action'.",
            "Appoint someone as facilitator.",
        ]),
        steps: vec![
            step(
                "supposed",
                "What was supposed to happen?", &["What was supposed to happen?"], &[], 10),
            step(
                "actual",
                "What actually happened?",
                &[
                    "What actually happened?",
                    "What went well and what could have been done better?",
                ],
                &[],
                15,
            ),
            step(
                "difference",
                "Why was there a difference?",
                &["Why was there a difference?", "What caused the results?"],
                &[],
                15,
            ),
            step(
                "learning",
                "What can we learn from this?",
                &[
                    "What can we learn from this?",
                    "What actions can be taken to improve or sustain what went well?",
                ],
                &["Capture the lessons learned in the lessons learned repository for the benefit of others."],
                20,
            )
            .yields(LessonPart::Learning),
        ],
        models: vec![],
        variants: vec![],
        tips: vec![],
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
