//! What the room sees of the marks: the histogram and the median on "marks out of 10",
//! then the answers to "what would have made it a 10?", never with names.

use serde::Serialize;
use ts_rs::TS;

use super::{MarkSummary, RetrospectMarks};
use crate::live::LiveState;

/// The marks on the projector, without names.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MarksDisplay {
    /// "Marks out of 10": show the histogram and the median.
    pub showing_marks: bool,
    /// "What would have made it a 10?": show the answers, unattributed.
    pub showing_answers: bool,
    pub summary: MarkSummary,
    pub answers: Vec<String>,
}

/// "Marks out of 10 for the project as a whole?" is this step's first question.
const MARKS: &str = "marks";

pub(super) fn display(marks: &RetrospectMarks, live: &LiveState) -> MarksDisplay {
    let on_marks = live.current_key() == Some(MARKS);
    MarksDisplay {
        showing_marks: on_marks && live.question == 0,
        showing_answers: on_marks && live.question == 1,
        summary: marks.summary(),
        answers: marks
            .marks
            .iter()
            .map(|m| m.make_it_ten.clone())
            .filter(|a| !a.is_empty())
            .collect(),
    }
}
