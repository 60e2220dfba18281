//! The techniques that keep a record of their own, one folder each behind one
//! [`Technique`] contract, listed once below. What every technique shares (the agenda,
//! notes, actions, lessons, the live session) lives outside this folder.

mod contract;
mod registry;
pub mod rules;

pub mod action_learning_sets;
pub mod after_action_review;
pub mod appreciative_inquiry;
pub mod before_action_review;
pub mod fishbowl;
pub mod knowledge_cafe;
pub mod peer_assist;
pub mod randomised_coffee_trials;
pub mod retrospect;

pub use contract::{
    AgendaChange, Context, NoChange, NoEvent, NoRecord, Outcome, RuleError, Technique, TimeUp,
};
pub use registry::{
    LogWrite, OwnChange, Staged, TechniqueChange, TechniqueOverview, TechniqueRecord,
    TechniqueStage,
};

/// The one list of techniques with a record of their own. Each crate that has a part per
/// technique (the unions and dispatch here, the export's sections) passes a macro of its
/// own that receives `Variant: module => Type` for every technique, so a technique added
/// here and missing a part anywhere fails to compile. Adding a technique is one line here
/// and a folder beside this file.
#[macro_export]
macro_rules! each_technique {
    ($callback:ident) => {
        $callback! {
            AfterActionReview: after_action_review
                => $crate::techniques::after_action_review::AfterActionReview,
            BeforeActionReview: before_action_review
                => $crate::techniques::before_action_review::BeforeActionReview,
            Retrospect: retrospect => $crate::techniques::retrospect::Retrospect,
            AppreciativeInquiry: appreciative_inquiry
                => $crate::techniques::appreciative_inquiry::AppreciativeInquiry,
            PeerAssist: peer_assist => $crate::techniques::peer_assist::PeerAssist,
            Fishbowl: fishbowl => $crate::techniques::fishbowl::Fishbowl,
            KnowledgeCafe: knowledge_cafe => $crate::techniques::knowledge_cafe::KnowledgeCafe,
            ActionLearningSets: action_learning_sets
                => $crate::techniques::action_learning_sets::ActionLearningSets,
        }
    };
}
