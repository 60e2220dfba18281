//! The techniques that keep something besides the agenda, in one place: what the running
//! session holds of each (its slot), how it is read back from the store, what the room
//! sees of it, and which live events it follows. Nothing here calls the live engine: a
//! technique's rules store their change, and the engine reads the slot again.

pub mod action_learning_sets;
pub mod knowledge_cafe;
pub mod records;

/// The series of meetings a session can be one of: learning sets, so far.
pub use action_learning_sets::{series, SeriesRecord};

use chrono::{DateTime, Utc};
use mobilise_core::live::LiveState;
use mobilise_core::techniques::Staged;
use mobilise_core::{LiveEvent, Session};
use mobilise_store::Store;
use serde::Serialize;
use ts_rs::TS;

use knowledge_cafe::CafeDisplay;
use mobilise_core::techniques::knowledge_cafe::Cafe;
use records::RecordLive;

/// What the running session keeps of its technique, as the live view needs it.
#[derive(Debug, Clone, PartialEq)]
pub enum TechniqueSlot {
    /// A Knowledge Café, whose table plan the room sees at each round.
    Cafe(Box<Cafe>),
    /// A technique's own record behind core's contract.
    Record(Box<RecordLive>),
}

/// A technique's own part of the audience display.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind")]
pub enum TechniqueDisplay {
    KnowledgeCafe(CafeDisplay),
    Record(Staged),
}

impl TechniqueSlot {
    /// What the session's technique keeps, as stored; `None` for a technique that keeps
    /// nothing of its own (or has not saved its set-up yet).
    pub fn stored(store: &Store, session: &Session) -> Option<TechniqueSlot> {
        knowledge_cafe::stored(store, session)
            .map(|c| TechniqueSlot::Cafe(Box::new(c)))
            .or_else(|| records::stored(store, session).map(|r| TechniqueSlot::Record(Box::new(r))))
    }

    pub fn display(&self, state: &LiveState, now: DateTime<Utc>) -> TechniqueDisplay {
        match self {
            TechniqueSlot::Cafe(cafe) => {
                TechniqueDisplay::KnowledgeCafe(CafeDisplay::new(cafe, state))
            }
            TechniqueSlot::Record(record) => TechniqueDisplay::Record(record.display(state, now)),
        }
    }

    /// Follows the live session's own log, which a technique may read (talk time that
    /// stops while the session is paused).
    pub fn record_live(&mut self, event: &LiveEvent) {
        if let TechniqueSlot::Record(record) = self {
            record.record_live(event.clone());
        }
    }
}
