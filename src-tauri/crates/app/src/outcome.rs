//! What a technique's change asks of the live session besides being stored: the engine
//! applies it, so a technique's rules never call the engine themselves.

use chrono::{DateTime, Utc};
use mobilise_core::techniques::AgendaChange;

/// When a change happens, and fresh randomness in case it draws a new plan (a seating
/// plan): both from the host, never read by the rules themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    pub now: DateTime<Utc>,
    pub seed: u32,
}

/// A stored change's reply for the console, and what the live session must do next.
#[derive(Debug, Clone, PartialEq)]
pub struct Changed<T> {
    pub reply: T,
    /// What the live session must do: take an agenda rebuilt from a set-up before the
    /// start, or apply a command (the rounds planned after a step).
    pub agenda: Option<AgendaChange>,
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
