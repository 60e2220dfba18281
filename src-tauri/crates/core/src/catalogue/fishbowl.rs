//! Fishbowl: an inner circle debates a question while an outer circle observes or joins.

use super::build::{paragraphs, range, step, strings};
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::Fishbowl,
        keeps_record: true,
        own_checklist: true,
        suggested_roles: Vec::new(),
        own_agenda: true,
        actions_heading: "Actions".into(),
        name: "Fishbowl".into(),
        purpose: "Debate “hot topics” in an inner circle, watched by or open to an outer circle, instead of a panel."
            .into(),
        description: paragraphs(&[
            "Fishbowl conversations are a useful technique for debating “hot topics” or sharing ideas and knowledge from a variety of perspectives. They can be used as an alternative to the traditional panel discussion or debate enabling more dynamic participation.",
            "A Fishbowl can be “open” where anyone can join the discussion or “closed” where a group of experts debate the question observed by an outer circle of observers.",
        ]),
        phases: vec![Phase::During],
        duration: range("1.5 hrs", 90, 90),
        preparation: strings(&[
            "Appoint a facilitator and scribe",
            "Arrange an outer circle with easy access to three or four chairs in the inner circle",
            "Identify a stimulating question for discussion",
            "Identify and brief your inner-circle participants that will start the discussion",
        ]),
        steps: vec![
            step(
                "briefing",
                "The facilitator explains the fishbowl",
                &[],
                &["The facilitator explains the fishbowl, poses the question and invites the inner circle participants to take turns expressing their view."],
                10,
            ),
            step(
                "discussion",
                "Join the conversation",
                &[],
                &[
                    "In an open fishbowl those who would like to join the conversation may do so by occupying the spare chair in the inner circle.",
                    "When a new person joins someone else should leave.",
                ],
                55,
            ),
            step(
                "key-points",
                "The scribe captures the key points",
                &[],
                &["The scribe captures the key points raised in the discussion and presents these back at the end of the session."],
                10,
            ),
            step(
                "debrief",
                "The facilitator leads a short debrief",
                &[],
                &["The facilitator invites others to join the conversation, manages the time and leads a short debrief about the effectiveness of the technique at the end."],
                15,
            ),
        ],
        models: vec![],
        variants: vec![],
        tips: strings(&[
            "Adapt your fishbowl to ensure it is fully inclusive and everybody can take part",
            "Use a prop to ensure only one person speaks at a time – a toy fish works well",
            "Observers may also take notes",
        ]),
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
