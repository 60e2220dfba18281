//! The figures of a paired round, for the co-ordinator and the success report.

use serde::Serialize;
use ts_rs::TS;

use super::weights::{count, Weigher};

/// How well a round mixes people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RoundReport {
    /// Meetings in this round between people who have met before (a trio holds three).
    pub repeats: u32,
    /// The fewest repeats the round could have, with the same people kept apart and the
    /// same pairs fixed by hand.
    pub fewest_repeats: u32,
    /// Meetings within one department or professional group.
    pub same_group: u32,
    /// The fewest the round could have, given the sizes of the groups (and the people
    /// kept apart and the pairs fixed by hand).
    pub fewest_same_group: u32,
    /// Meetings of two senior leaders.
    pub leaders_together: u32,
}

impl RoundReport {
    /// The round's own figures; the fewest possible are the caller's to fill in.
    pub fn of(groups: &[Vec<usize>], weigher: &Weigher) -> RoundReport {
        RoundReport {
            repeats: weigher.repeats(groups),
            fewest_repeats: 0,
            same_group: weigher.same_groups(groups),
            fewest_same_group: 0,
            leaders_together: count(
                Weigher::pairs_in(groups).filter(|&(a, b)| weigher.leaders_together(a, b)),
            ),
        }
    }
}
