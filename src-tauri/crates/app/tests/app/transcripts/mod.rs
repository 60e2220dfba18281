//! The recorded scenarios the UI's component tests replay, one file per technique or console part.

mod action_learning_sets;
mod actions_page;
mod after_action_review;
mod agenda_length;
mod appreciative_inquiry;
mod audience_window;
mod before_action_review;
mod cafe_console;
mod fishbowl;
mod fishbowl_console;
mod follow_up_review;
mod inquiry_console;
mod knowledge_cafe;
mod learning_set;
mod learning_set_console;
mod learning_sets_page;
mod lessons_console;
mod live_clock;
mod peer_assist;
mod related_lessons;
mod retrospect;
mod run_console;
mod warning_settings;
