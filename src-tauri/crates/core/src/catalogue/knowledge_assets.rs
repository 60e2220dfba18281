//! Knowledge Assets: knowledge and experience captured and packaged in one place, and the
//! ten steps to create, use and update one.

use super::build::{range, step, strings};
use crate::technique::{Phase, Technique, TechniqueId};

pub fn technique() -> Technique {
    Technique {
        id: TechniqueId::KnowledgeAssets,
        keeps_record: false,
        own_checklist: false,
        suggested_roles: Vec::new(),
        own_agenda: false,
        actions_heading: "Actions".into(),
        name: "Knowledge Assets".into(),
        purpose: "Knowledge and experience captured and packaged in one place for people who could benefit in future."
            .into(),
        description: "Knowledge and experience, captured and packaged in one place to be of maximum use to people who could benefit from that learning in the future. Knowledge Assets may contain key lessons learned, case histories, key contacts and best practice.".into(),
        phases: vec![Phase::Before, Phase::During, Phase::After],
        // An ongoing practice: the range is for one working meeting on the asset.
        duration: range("Create, use, update", 60, 180),
        preparation: vec![],
        steps: vec![
            step(
                "audience",
                "Identify an audience for your knowledge asset", &[], &[], 10),
            step(
                "clarity",
                "Ensure there is clarity about what the knowledge asset is all about",
                &[],
                &[],
                10,
            ),
            step(
                "ownership",
                "Ideally a knowledge asset should be owned by a community of practice",
                &[],
                &[],
                5,
            ),
            step(
                "structure",
                "Collate existing material and design the structure", &[], &[], 20),
            step(
                "context",
                "Add context to allow users to understand purpose and relevance of the knowledge asset",
                &[],
                &[],
                10,
            ),
            step(
                "navigation",
                "Add navigational aids", &[], &[], 10),
            step(
                "people",
                "Emphasise links to people", &[], &[], 10),
            step(
                "validate",
                "Validate the knowledge asset", &[], &[], 10),
            step(
                "publish",
                "Publish it!", &[], &[], 5),
            step(
                "maintain",
                "Maintain it", &[], &[], 10),
        ],
        models: vec![],
        variants: vec![],
        tips: strings(&[
            "Knowledge Assets should be exciting, enticing, easy to read and easy to assimilate.",
            "The knowledge needs to be presented in bite-sized chunks, in an intuitive way, illustrated with diagrams, videos and pictures, and easily cross referenced.",
        ]),
        agenda_minutes: 0,
        shortest_minutes: 0,
    }
}
