//! An After Action Review on the projector: while the room asks "What actually
//! happened?" and then why there was a difference, the display puts what was supposed to
//! happen beside what actually happened, from the notes taken. No other notes reach the
//! projector.

use mobilise_core::live::{Agenda, LiveState};
use mobilise_core::{Note, NoteKind, Session, TechniqueId};
use mobilise_store::Store;
use serde::Serialize;
use ts_rs::TS;

/// "What was supposed to happen?"
const SUPPOSED: &str = "supposed";
/// "What actually happened?"; its first question asks exactly that.
const ACTUAL: &str = "actual";
/// "Why was there a difference?": the comparison stays up while the room asks it.
const DIFFERENCE: &str = "difference";

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
    /// The notes of "What was supposed to happen?" (every question), and of "What
    /// actually happened?"'s first question and the step in general, each in the order
    /// the console lists them.
    pub fn from_notes(notes: &[Note], agenda: &Agenda) -> ReviewNotes {
        let id_of = |key| agenda.keyed(key).map(|s| s.id);
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
        ReviewNotes {
            supposed: texts(&|n| supposed.is_some() && n.step_id == supposed),
            actual: texts(&|n| {
                actual.is_some() && n.step_id == actual && n.question.is_none_or(|q| q == 0)
            }),
        }
    }

    pub fn display(&self, state: &LiveState) -> ReviewDisplay {
        // "What actually happened?"'s second question (what went well, what could be
        // better) is a conversation of its own: the room sees only the question then.
        let comparing = match state.current_key() {
            Some(ACTUAL) => state.question == 0,
            Some(DIFFERENCE) => true,
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
    let agenda = match store.live_state(session.id) {
        Ok(Some(state)) => state.agenda,
        _ => Agenda::from_technique(mobilise_core::technique(session.technique), None),
    };
    Some(
        store
            .notes(session.id)
            .map(|notes| ReviewNotes::from_notes(&notes, &agenda))
            .unwrap_or_default(),
    )
}
