//! The techniques that keep something besides the agenda, in one place: what the running
//! session holds of each (its slot), how it is read back from the store, what the room
//! sees of it, and which live events it follows. Nothing here calls the live engine: a
//! technique's rules store their change, and the engine reads the slot again.

pub mod records;

use chrono::{DateTime, Utc};
use mobilise_core::live::LiveState;
use mobilise_core::techniques::Staged;
use mobilise_core::{LiveEvent, Session};
use mobilise_store::Store;
use serde::Serialize;
use ts_rs::TS;

use records::RecordLive;

/// What the running session keeps of its technique's record, as the live view needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct TechniqueSlot(Box<RecordLive>);

/// A technique's own part of the audience display.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind")]
pub enum TechniqueDisplay {
    Record(Staged),
}

impl TechniqueSlot {
    /// What the session's technique keeps, as stored; `None` for a technique that keeps
    /// nothing of its own.
    pub fn stored(store: &Store, session: &Session) -> Option<TechniqueSlot> {
        records::stored(store, session).map(|r| TechniqueSlot(Box::new(r)))
    }

    pub fn display(&self, state: &LiveState, now: DateTime<Utc>) -> TechniqueDisplay {
        TechniqueDisplay::Record(self.0.display(state, now))
    }

    /// Follows the live session's own log, which a technique may read (talk time that
    /// stops while the session is paused).
    pub fn record_live(&mut self, event: &LiveEvent) {
        self.0.record_live(event.clone());
    }
}
