//! The techniques that keep a record of their own, one folder each behind one
//! [`Technique`] contract, listed once in the registry. What every technique shares
//! (the agenda, notes, actions, lessons, the live session) lives outside this folder.

mod contract;
mod registry;
pub mod rules;

pub mod action_learning_sets;
pub mod appreciative_inquiry;
pub mod before_action_review;
pub mod peer_assist;
pub mod retrospect;

pub use contract::{AgendaChange, Context, NoChange, Outcome, RuleError, Technique};
pub use registry::{
    OwnChange, Staged, TechniqueChange, TechniqueOverview, TechniqueRecord, TechniqueStage,
};
