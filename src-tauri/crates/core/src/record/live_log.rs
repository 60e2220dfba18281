//! One entry of a session's live log: a command that was applied, and when.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::live::LiveCommand;

/// A command the live session accepted, stamped with the instant it was applied at.
/// Replaying a session's events in order from its first state gives its last state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LiveEvent {
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub command: LiveCommand,
}
