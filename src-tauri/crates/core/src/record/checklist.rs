//! A technique's dated preparation checklist: the framework's items in its order, each
//! with the day it was done.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One of the framework's preparation items, and the day it was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChecklistItem {
    pub label: String,
    #[ts(type = "string | null")]
    pub done_on: Option<NaiveDate>,
}

impl ChecklistItem {
    /// A framework's preparation items in its order, each with the date it was done as
    /// `previous` had it (matched by label): ticks survive, unknown items drop out.
    pub fn kept<'a>(
        labels: impl IntoIterator<Item = &'a str>,
        previous: &[ChecklistItem],
    ) -> Vec<ChecklistItem> {
        labels
            .into_iter()
            .map(|label| ChecklistItem {
                label: label.to_string(),
                done_on: previous
                    .iter()
                    .find(|item| item.label == label)
                    .and_then(|item| item.done_on),
            })
            .collect()
    }
}
