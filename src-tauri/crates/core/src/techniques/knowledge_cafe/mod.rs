//! Running a Knowledge Café: its set-up and agenda, its guests and the seating plan of
//! every round, kept as one record with the session. The seating itself is worked out by
//! the planner in [`crate::seating`]; this module feeds it and keeps what it answers.

mod overview;
mod planning;
mod progress;
mod record;
mod rules;
mod setup;
mod stage;

pub use overview::{CafeOverview, CafePresets};
pub use planning::CafeError;
pub use record::{Cafe, CafeGuest, CafePlan, KeepApart, PersonCard, TableNote, TableSeating};
pub use rules::{CafeChange, KnowledgeCafe};
pub use setup::{
    table_names, CafeSetup, MAX_PART_MINUTES, MAX_ROUNDS, MAX_SETTLE_SECS, MAX_SPEAKER_MINUTES,
    MAX_TABLES, MAX_TABLE_SIZE, MIN_TABLE_SIZE,
};
pub use stage::CafeDisplay;
