//! What the room sees of a Peer Assist: the visitors' feedback in the framework's two
//! columns, while they give it and present it back.

use serde::Serialize;
use ts_rs::TS;

use super::{FeedbackKind, PeerAssistRecord};
use crate::live::LiveState;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FeedbackDisplay {
    pub showing: bool,
    pub worked_well: Vec<String>,
    pub could_be_better: Vec<String>,
}

pub(super) fn display(record: &PeerAssistRecord, live: &LiveState) -> FeedbackDisplay {
    let texts = |kind| {
        record
            .feedback_of(kind)
            .into_iter()
            .map(|f| f.text.clone())
            .collect::<Vec<_>>()
    };
    let worked_well = texts(FeedbackKind::WorkedWell);
    let could_be_better = texts(FeedbackKind::CouldBeBetter);
    // The visitors give their feedback as they take up the baton, and present it back.
    let showing = matches!(live.current_key(), Some("visitors" | "feedback"))
        && !(worked_well.is_empty() && could_be_better.is_empty());
    FeedbackDisplay {
        showing,
        worked_well,
        could_be_better,
    }
}
