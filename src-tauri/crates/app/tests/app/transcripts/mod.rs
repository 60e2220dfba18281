//! The recorded scenarios the UI's component tests replay, one file per technique.

mod action_learning_sets;
mod after_action_review;
mod appreciative_inquiry;
mod before_action_review;
mod cafe_console;
mod fishbowl;
mod fishbowl_console;
mod inquiry_console;
mod knowledge_cafe;
mod learning_set;
mod learning_set_console;
mod learning_sets_page;
mod live_clock;
mod peer_assist;
mod retrospect;
mod run_console;
