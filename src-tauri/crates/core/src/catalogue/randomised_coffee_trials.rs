//! Randomised Coffee Trials: people paired at random to meet and talk; the session is the
//! co-ordinator's, who runs the trial.

use super::build::{range, step, strings};
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::RandomisedCoffeeTrials,
        keeps_record: false,
        own_checklist: false,
        suggested_roles: Vec::new(),
        own_agenda: false,
        actions_heading: "Actions".into(),
        name: "Randomised Coffee Trials".into(),
        purpose: "People are paired at random to meet and talk, building relationships and sharing knowledge and ideas."
            .into(),
        description: "Randomised coffee trials enable people to meet and connect with one another at random, giving them time to talk about whatever they wish, perhaps over a cup of coffee. Randomised coffee trials help to build relationships, improve communication, encourage collaboration, sharing knowledge and ideas.".into(),
        phases: vec![Phase::During],
        duration: range("30 mins", 30, 60),
        preparation: strings(&[
            "Recruit senior leaders",
            "The co-ordinator can re-match pairs to ensure participants get to meet someone new",
            "Although usually used in a single organisation Randomised Coffee Trial can be run across organisations or professional groups",
            "You can give pairs questions to prompt conversation but there are no rules",
            "The co-ordinator may choose to arrange a time and a place for conversations to take place",
        ]),
        steps: vec![
            step(
                "invite",
                "The co-ordinator invites people to join the trial", &[], &[], 5),
            step(
                "match",
                "Randomly match people to pairs",
                &[],
                &["Randomly match people to pairs using a spreadsheet or online random group creator."],
                5,
            ),
            step(
                "tell",
                "Tell people who they are paired with", &[], &[], 5),
            step(
                "meet",
                "Give them 6–8 weeks to arrange to meet for 30 minutes",
                &[],
                &["Ideally this would be face to face but it can be virtual over Skype or phone."],
                5,
            ),
            step(
                "remind",
                "Send a reminder to ask people to meet and ask for feedback", &[], &[], 5),
            step(
                "share",
                "Share the success and ask the organisation if they want to do it again",
                &[],
                &[],
                5,
            ),
        ],
        models: vec![],
        variants: vec![],
        tips: vec![],
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
