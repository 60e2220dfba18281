//! An After Action Review on the projector: while the room asks "What actually
//! happened?" and then why there was a difference, the display puts what was supposed to
//! happen beside what actually happened, from the notes taken. No other notes reach the
//! projector.

use mobilise_core::live::LiveState;
use mobilise_core::{Note, NoteKind, Session, TechniqueId};
use mobilise_store::Store;
use serde::Serialize;
use ts_rs::TS;

/// "What was supposed to happen?"
const SUPPOSED_STEP: u32 = 1;
/// "What actually happened?"; its first question asks exactly that.
const ACTUAL_STEP: u32 = 2;
/// "Why was there a difference?": the comparison stays up while the room asks it.
const WHY_STEP: u32 = 3;

/// The two lists the comparison is made of, as the notes stand.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReviewNotes {
    supposed: Vec<String>,
    actual: Vec<String>,
}

/// The room's side-by-side view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReviewDisplay {
    /// The room is comparing (step 2's first question, or step 3): show the two lists.
    pub comparing: bool,
    pub supposed: Vec<String>,
    pub actual: Vec<String>,
}

impl ReviewNotes {
    /// The notes of step 1 (every question), and of step 2's first question and the
    /// step in general, each in the order the console lists them.
    pub fn from_notes(notes: &[Note]) -> ReviewNotes {
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
        ReviewNotes {
            supposed: texts(&|n| n.step_id == Some(SUPPOSED_STEP)),
            actual: texts(&|n| n.step_id == Some(ACTUAL_STEP) && n.question.is_none_or(|q| q == 0)),
        }
    }

    pub fn display(&self, state: &LiveState) -> ReviewDisplay {
        let step = state.agenda.steps.get(state.current).map(|s| s.id);
        // Step 2's second question (what went well, what could be better) is a
        // conversation of its own: the room sees only the question then.
        let comparing = match step {
            Some(ACTUAL_STEP) => state.question == 0,
            Some(WHY_STEP) => true,
            _ => false,
        };
        ReviewDisplay {
            comparing: state.status.is_under_way() && comparing,
            supposed: self.supposed.clone(),
            actual: self.actual.clone(),
        }
    }
}

/// The review's notes, if the session is an After Action Review.
pub fn stored(store: &Store, session: &Session) -> Option<ReviewNotes> {
    if session.technique != TechniqueId::AfterActionReview {
        return None;
    }
    Some(
        store
            .notes(session.id)
            .map(|notes| ReviewNotes::from_notes(&notes))
            .unwrap_or_default(),
    )
}
