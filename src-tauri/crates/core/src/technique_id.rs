//! Which technique a session or record is: the thirteen of the framework, with the stable
//! key each is stored and addressed by.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The thirteen techniques of the NHS Knowledge Mobilisation Framework. The serialised
/// form (kebab-case) is stored in the database, so a variant is never renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TechniqueId {
    SelfAssessment,
    AppreciativeInquiry,
    PeerAssist,
    BeforeActionReview,
    Fishbowl,
    AfterActionReview,
    KnowledgeCafe,
    RandomisedCoffeeTrials,
    CommunitiesOfPractice,
    ActionLearningSets,
    KnowledgeAssets,
    KnowledgeHarvesting,
    Retrospect,
}

impl TechniqueId {
    pub const ALL: [TechniqueId; 13] = [
        TechniqueId::SelfAssessment,
        TechniqueId::AppreciativeInquiry,
        TechniqueId::PeerAssist,
        TechniqueId::BeforeActionReview,
        TechniqueId::Fishbowl,
        TechniqueId::AfterActionReview,
        TechniqueId::KnowledgeCafe,
        TechniqueId::RandomisedCoffeeTrials,
        TechniqueId::CommunitiesOfPractice,
        TechniqueId::ActionLearningSets,
        TechniqueId::KnowledgeAssets,
        TechniqueId::KnowledgeHarvesting,
        TechniqueId::Retrospect,
    ];

    /// The stable key stored in the database and used in URLs and file names.
    pub fn key(self) -> &'static str {
        match self {
            TechniqueId::SelfAssessment => "self-assessment",
            TechniqueId::AppreciativeInquiry => "appreciative-inquiry",
            TechniqueId::PeerAssist => "peer-assist",
            TechniqueId::BeforeActionReview => "before-action-review",
            TechniqueId::Fishbowl => "fishbowl",
            TechniqueId::AfterActionReview => "after-action-review",
            TechniqueId::KnowledgeCafe => "knowledge-cafe",
            TechniqueId::RandomisedCoffeeTrials => "randomised-coffee-trials",
            TechniqueId::CommunitiesOfPractice => "communities-of-practice",
            TechniqueId::ActionLearningSets => "action-learning-sets",
            TechniqueId::KnowledgeAssets => "knowledge-assets",
            TechniqueId::KnowledgeHarvesting => "knowledge-harvesting",
            TechniqueId::Retrospect => "retrospect",
        }
    }

    pub fn from_key(key: &str) -> Option<TechniqueId> {
        TechniqueId::ALL.into_iter().find(|id| id.key() == key)
    }
}
