//! Knowledge Café: small-table conversations around one open question, with the
//! 30-minute Espresso Café for when time is short.

use super::build::{range, step, strings, variant};
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::KnowledgeCafe,
        keeps_record: true,
        own_checklist: false,
        suggested_roles: Vec::new(),
        own_agenda: true,
        actions_heading: "Actions and actionable insights".into(),
        name: "Knowledge Café".into(),
        purpose: "Productive conversations around one open question that help people learn from each other."
            .into(),
        description: "Knowledge Cafés encourage productive conversations to help people learn from each other. They can help people to solve problems, break down silos, drive innovation and build a community. The value of the Café is in the conversation itself and the learning that each individual takes away.".into(),
        phases: vec![Phase::During],
        duration: range("1–2 hours", 60, 120),
        preparation: strings(&[
            "Spend time devising a single open-ended question to stimulate conversations",
            "Invite participants (between 12 – 24 people is ideal)",
            "Arrange your room with small round tables that can seat 4/5 people.",
        ]),
        steps: vec![
            step(
                "welcome",
                "Facilitator explains how the café will run",
                &[],
                &["Facilitator explains how the café will run, introduces the theme and poses the question."],
                10,
            ),
            step(
                "conversation",
                "Self-facilitated conversation",
                &[],
                &["The small groups are invited to have a self-facilitated conversation based upon the question."],
                15,
            ),
            step(
                "swap",
                "Swap tables",
                &[],
                &["After 15 minutes groups are invited to swap tables to begin new conversations, meet new people and get different perspectives on the question."],
                30,
            ),
            step(
                "plenary",
                "Come back together as a full group",
                &[],
                &[
                    "After 45 minutes come back together as a full group to share ideas and learning from the conversations that have taken place.",
                    "Individuals may suggest an actionable insight if appropriate.",
                ],
                25,
            ),
            step(
                "capture",
                "Capture and share ideas",
                &[],
                &["If the group agrees, ideas from the conversation can be captured and shared after the session but this must not inhibit the conversation."],
                5,
            ),
        ],
        models: vec![],
        variants: vec![variant(
            "espresso",
            "Espresso Café",
            "If time is short consider running a 30 minute Espresso Café: the same steps, with shorter rounds and a shorter plenary.",
            range("30 mins", 30, 30),
            &[3, 7, 10, 8, 2],
        )],
        tips: strings(&[
            "An invited speaker can introduce the theme but this should be limited to 15 minutes to allow adequate time for the conversation to take place.",
            "If time is short consider running a 30 minute Espresso Café.",
        ]),
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
