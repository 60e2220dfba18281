//! What the room sees of an After Action Review: while it asks "What actually happened?"
//! and then why there was a difference, what was supposed to happen beside what actually
//! happened, from the notes taken. No other notes reach the projector.

use serde::Serialize;
use ts_rs::TS;

use crate::live::LiveState;
use crate::record::{Note, NoteKind};

/// "What was supposed to happen?"
const SUPPOSED: &str = "supposed";
/// "What actually happened?"; its first question asks exactly that.
const ACTUAL: &str = "actual";
/// "Why was there a difference?": the comparison stays up while the room asks it.
const DIFFERENCE: &str = "difference";

/// The room's side-by-side view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReviewDisplay {
    /// The room is comparing ("What actually happened?"'s first question, or "Why was
    /// there a difference?"): show the two lists.
    pub comparing: bool,
    pub supposed: Vec<String>,
    pub actual: Vec<String>,
}

impl ReviewDisplay {
    /// The notes of "What was supposed to happen?" (every question), and of "What
    /// actually happened?"'s first question and the step in general, each in the order
    /// the console lists them.
    pub fn new(notes: &[Note], live: &LiveState) -> ReviewDisplay {
        let id_of = |key| live.agenda.keyed(key).map(|s| s.id);
        let (supposed, actual) = (id_of(SUPPOSED), id_of(ACTUAL));
        let mut ordered: Vec<&Note> = notes.iter().filter(|n| n.kind == NoteKind::Note).collect();
        // As the console lists them: by question, then the notes on the step in general.
        ordered.sort_by_key(|n| (n.question.unwrap_or(u32::MAX), n.position));
        let texts = |keep: &dyn Fn(&Note) -> bool| -> Vec<String> {
            ordered
                .iter()
                .filter(|n| keep(n))
                .map(|n| n.text.trim().to_owned())
                .filter(|t| !t.is_empty())
                .collect()
        };
        // "What actually happened?"'s second question (what went well, what could be
        // better) is a conversation of its own: the room sees only the question then.
        let comparing = match live.current_key() {
            Some(ACTUAL) => live.question == 0,
            Some(DIFFERENCE) => true,
            _ => false,
        };
        ReviewDisplay {
            comparing: live.status.is_under_way() && comparing,
            supposed: texts(&|n| supposed.is_some() && n.step_id == supposed),
            actual: texts(&|n| {
                actual.is_some() && n.step_id == actual && n.question.is_none_or(|q| q == 0)
            }),
        }
    }
}
