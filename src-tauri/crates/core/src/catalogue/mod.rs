//! The technique library: all thirteen techniques of the NHS Knowledge Mobilisation
//! Framework, with the framework's own steps, questions, timings and tips. One module per
//! technique; the wording is the framework's (see shared/reference), not ours.

use std::sync::LazyLock;

use crate::technique::{Technique, TechniqueId};

mod action_learning_sets;
mod after_action_review;
mod appreciative_inquiry;
mod before_action_review;
mod build;
mod communities_of_practice;
mod fishbowl;
mod knowledge_assets;
mod knowledge_cafe;
mod knowledge_harvesting;
mod peer_assist;
mod randomised_coffee_trials;
mod retrospect;
mod self_assessment;

static CATALOGUE: LazyLock<Vec<Technique>> = LazyLock::new(|| {
    let all: Vec<Technique> = TechniqueId::ALL
        .into_iter()
        .map(|id| build_technique(id).timed())
        .collect();
    all
});

fn build_technique(id: TechniqueId) -> Technique {
    match id {
        TechniqueId::SelfAssessment => self_assessment::technique(),
        TechniqueId::AppreciativeInquiry => appreciative_inquiry::technique(),
        TechniqueId::PeerAssist => peer_assist::technique(),
        TechniqueId::BeforeActionReview => before_action_review::technique(),
        TechniqueId::Fishbowl => fishbowl::technique(),
        TechniqueId::AfterActionReview => after_action_review::technique(),
        TechniqueId::KnowledgeCafe => knowledge_cafe::technique(),
        TechniqueId::RandomisedCoffeeTrials => randomised_coffee_trials::technique(),
        TechniqueId::CommunitiesOfPractice => communities_of_practice::technique(),
        TechniqueId::ActionLearningSets => action_learning_sets::technique(),
        TechniqueId::KnowledgeAssets => knowledge_assets::technique(),
        TechniqueId::KnowledgeHarvesting => knowledge_harvesting::technique(),
        TechniqueId::Retrospect => retrospect::technique(),
    }
}

/// Every technique, in the framework's order.
pub fn catalogue() -> &'static [Technique] {
    &CATALOGUE
}

/// One technique. Every `TechniqueId` has an entry, so this cannot miss.
pub fn technique(id: TechniqueId) -> &'static Technique {
    let index = TechniqueId::ALL
        .iter()
        .position(|candidate| *candidate == id)
        .unwrap_or_default();
    &CATALOGUE[index]
}
