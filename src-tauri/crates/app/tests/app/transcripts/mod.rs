//! The recorded scenarios the UI's component tests replay, one file per technique.

mod before_action_review;
mod peer_assist;
mod retrospect;
