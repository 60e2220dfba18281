//! The recorded scenarios the UI's component tests replay, one file per technique.

mod action_learning_sets;
mod after_action_review;
mod appreciative_inquiry;
mod before_action_review;
mod fishbowl;
mod knowledge_cafe;
mod live_clock;
mod peer_assist;
mod retrospect;
