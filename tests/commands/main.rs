//! The IPC commands, called the way the windows call them (JSON in, JSON out) on Tauri's
//! mock runtime, against a real database in a temporary data folder.

mod cafe;
mod export;
mod fishbowl;
mod follow_ups;
mod harness;
mod learning_set_meeting;
mod lessons;
mod library;
mod live;
mod permissions;
mod records;
mod review;
mod sessions;
mod startup;
mod technique_records;
mod thresholds;
