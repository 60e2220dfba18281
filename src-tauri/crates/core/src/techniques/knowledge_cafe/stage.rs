//! What the room sees of a Knowledge Café: the round, and the table plan.

use serde::Serialize;
use ts_rs::TS;

use super::record::{Cafe, TableSeating};
use crate::live::LiveState;

/// A Knowledge Café as the room sees it: which round, and who sits at which table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CafeDisplay {
    pub rounds: u32,
    /// The round under way (counting from 0), if any.
    pub current_round: Option<u32>,
    /// The round whose tables are listed: the one under way, or the next to start.
    pub shown_round: Option<u32>,
    pub tables: Vec<TableSeating>,
    /// How long, from the start of a round, the table plan fills the screen.
    pub settle_secs: u32,
}

impl CafeDisplay {
    pub(super) fn new(cafe: Option<&Cafe>, state: &LiveState) -> CafeDisplay {
        let Some(cafe) = cafe else {
            // Nothing planned yet: there is no table plan to put up.
            return CafeDisplay {
                rounds: 0,
                current_round: None,
                shown_round: None,
                tables: Vec::new(),
                settle_secs: 0,
            };
        };
        let shown_round = cafe.round_to_show(state);
        CafeDisplay {
            rounds: cafe.setup.rounds,
            current_round: cafe.current_round(state),
            shown_round,
            tables: shown_round.map(|r| cafe.seating(r)).unwrap_or_default(),
            settle_secs: cafe.setup.settle_secs,
        }
    }
}
