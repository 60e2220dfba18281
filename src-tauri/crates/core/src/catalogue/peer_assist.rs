//! Peer Assist: a facilitated meeting where peers from elsewhere share their experience
//! with a team who have asked for help.

use super::build::{paragraphs, range, step, strings};
use crate::lesson::LessonPart;
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::PeerAssist,
        keeps_record: true,
        own_checklist: true,
        suggested_roles: strings(&["Home team", "Visitor"]),
        own_agenda: false,
        actions_heading: "Actions".into(),
        name: "Peer Assist".into(),
        purpose: "Peers from elsewhere share their experience, insights and knowledge with a team who have asked for help."
            .into(),
        description: paragraphs(&[
            "A structured facilitated meeting or workshop where people are invited from other business units or other businesses to provide their experience, insights and knowledge to a team who have requested help.",
            "A facilitated meeting with peers from previous similar projects to share experience, knowledge and insights.",
        ]),
        phases: vec![Phase::Before],
        duration: range("1/2 day", 240, 240),
        preparation: strings(&[
            "Appoint a facilitator.",
            "Choose a date and invite peers giving plenty of notice.",
            "Circulate background information including purpose and objectives of the peer assist meeting.",
        ]),
        steps: vec![
            step(
                "home-team-present",
                "Home team present",
                &[],
                &["Home team present context, history and plans for the future and what they hope to get out of meeting."],
                45,
            ),
            step(
                "visitors",
                "Visitors take up the baton",
                &[],
                &["Visitors take up the baton and ask questions & provide feedback about what worked well for them and what could have been done better."],
                75,
            ),
            step(
                "reflect",
                "Home team analyses & reflect",
                &[],
                &["Home team analyses & reflect on what's been learned and examine options."],
                60,
            )
            .yields(LessonPart::Learning),
            step(
                "feedback",
                "Visitors present feedback",
                &[],
                &["Visitors present feedback, answer questions and agree actions with home team."],
                60,
            ),
        ],
        models: vec![],
        variants: vec![],
        tips: vec![],
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
