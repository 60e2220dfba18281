//! The store against real temporary database files: opening and refusing files,
//! migrations, session and people records, search, the bin and backups, live state,
//! notes, actions, settings and follow-ups, lessons and their search, the guided
//! techniques' records and learning sets, and surviving a killed process.

mod action_list;
mod actions;
mod cafes;
mod crash;
mod fixtures;
mod follow_ups;
mod guided;
mod lesson_pins;
mod lesson_search;
mod lessons;
mod lifecycle;
mod live;
mod migration;
mod notes;
mod opening;
mod people;
mod series;
mod series_carry;
mod sessions;
mod settings;
mod technique_log;
