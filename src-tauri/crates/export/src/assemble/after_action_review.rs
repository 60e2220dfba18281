//! An After Action Review as printed: everything it keeps is in the record's steps,
//! actions and lessons, so it adds no section of its own.

use mobilise_core::techniques::after_action_review::AfterActionReview;
use mobilise_core::techniques::NoRecord;

use super::printed::{Printed, Printing};
use crate::record::Block;

impl Printed for AfterActionReview {
    const HEADING: &'static str = "";

    fn blocks(_record: &NoRecord, _printing: &Printing<'_>) -> Vec<Block> {
        Vec::new()
    }
}
