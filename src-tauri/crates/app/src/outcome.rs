//! What a technique's change asks of the live session besides being stored: the engine
//! applies it, so a technique's rules never call the engine themselves.

use chrono::{DateTime, Utc};
use mobilise_core::live::Agenda;

/// When a change happens, and fresh randomness in case it draws a new plan (a café's
/// seating): both from the host, never read by the rules themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    pub now: DateTime<Utc>,
    pub seed: u32,
}

/// A stored change's reply for the console, and what the live session must do next.
#[derive(Debug, Clone, PartialEq)]
pub struct Changed<T> {
    pub reply: T,
    /// The session's agenda, rebuilt from a set-up before the start.
    pub agenda: Option<Agenda>,
}

impl<T> Changed<T> {
    /// A change that leaves the agenda alone.
    pub fn reply(reply: T) -> Changed<T> {
        Changed {
            reply,
            agenda: None,
        }
    }
}
