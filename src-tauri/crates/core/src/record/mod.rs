//! What a session leaves behind besides its timings: the notes taken against each step
//! and question, the parking lot, the actions agreed, the log of live commands, and a
//! technique's dated preparation checklist.

mod actions;
mod checklist;
mod live_log;
mod notes;

pub use actions::{
    Action, ActionInput, ActionQuery, ActionRow, ActionStatus, MAX_ACTION_CHARS, MAX_OWNER_CHARS,
};
pub use checklist::ChecklistItem;
pub use live_log::LiveEvent;
pub use notes::{note_text, Note, NoteInput, NoteKind, MAX_NOTE_CHARS};
