//! Notes taken during a session, against a step and one of its questions (or the step in
//! general), and the parking lot: points raised that belong to no step.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::text::{char_len, clean_block};
use crate::validation::ValidationError;

/// The longest a note can be, in characters.
pub const MAX_NOTE_CHARS: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// A note on a step of the agenda.
    Note,
    /// A parking-lot item: raised during the session, to be dealt with elsewhere.
    Parking,
}

impl NoteKind {
    /// The stable key stored in the database.
    pub fn key(self) -> &'static str {
        match self {
            NoteKind::Note => "note",
            NoteKind::Parking => "parking",
        }
    }

    pub fn from_key(key: &str) -> Option<NoteKind> {
        [NoteKind::Note, NoteKind::Parking]
            .into_iter()
            .find(|k| k.key() == key)
    }
}

/// A note as stored. Notes of one list (same session, kind, step and question) are
/// numbered 0, 1, 2, ... by `position`, with no gaps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Note {
    pub id: Uuid,
    pub session_id: Uuid,
    pub kind: NoteKind,
    /// The agenda step ([`crate::live::AgendaStep::id`]) it was taken on; `None` for
    /// parking-lot items.
    pub step_id: Option<u32>,
    /// Index of the step's question it answers; `None` for the step in general.
    pub question: Option<u32>,
    pub position: u32,
    pub text: String,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

/// A new note or parking-lot item, as the console sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NoteInput {
    pub kind: NoteKind,
    pub step_id: Option<u32>,
    pub question: Option<u32>,
    pub text: String,
}

/// The text of a note as it will be stored: cleaned, not blank, within the limit.
pub fn note_text(raw: &str) -> Result<String, ValidationError> {
    let text = clean_block(raw);
    if text.is_empty() {
        return Err(ValidationError::new(
            "text",
            "The note is empty: write something, or delete it.",
        ));
    }
    if char_len(&text) > MAX_NOTE_CHARS {
        return Err(ValidationError::new(
            "text",
            format!("The note is too long: keep it under {MAX_NOTE_CHARS} characters."),
        ));
    }
    Ok(text)
}

impl NoteInput {
    /// The input as it will be stored, or the rule it breaks.
    pub fn validated(&self) -> Result<NoteInput, ValidationError> {
        match self.kind {
            NoteKind::Parking if self.step_id.is_some() || self.question.is_some() => {
                return Err(ValidationError::new(
                    "step_id",
                    "A parking-lot item belongs to the whole session, not to a step.",
                ));
            }
            NoteKind::Note if self.step_id.is_none() && self.question.is_some() => {
                return Err(ValidationError::new(
                    "question",
                    "A note on a question needs the step the question belongs to.",
                ));
            }
            _ => {}
        }
        Ok(NoteInput {
            kind: self.kind,
            step_id: self.step_id,
            question: self.question,
            text: note_text(&self.text)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(kind: NoteKind, step_id: Option<u32>, question: Option<u32>) -> NoteInput {
        NoteInput {
            kind,
            step_id,
            question,
            text: " \r\nWhat went well?\r\n  \n".into(),
        }
    }

    #[test]
    fn note_text_is_cleaned_and_must_not_be_blank() {
        let clean = input(NoteKind::Note, Some(1), Some(0))
            .validated()
            .expect("a note on a question of a step is valid");
        assert_eq!(clean.text, "What went well?", "surrounding blank lines go");
        let blank = note_text(" \n\t\n ").expect_err("a blank note is refused");
        assert_eq!(blank.field, "text");
    }

    #[test]
    fn note_text_is_limited_in_characters_not_bytes() {
        let at_limit = "ŵ".repeat(MAX_NOTE_CHARS);
        assert_eq!(
            note_text(&at_limit).map(|t| char_len(&t)),
            Ok(MAX_NOTE_CHARS),
            "exactly the limit is allowed even though it is twice as many bytes"
        );
        let over = note_text(&format!("{at_limit}x")).expect_err("one over is refused");
        assert!(over.message.contains("10000"), "the limit is named: {over}");
    }

    #[test]
    fn parking_items_have_no_step_and_questions_need_a_step() {
        let parked = input(NoteKind::Parking, Some(2), None).validated();
        assert_eq!(parked.map_err(|e| e.field), Err("step_id".to_string()));
        let loose = input(NoteKind::Note, None, Some(1)).validated();
        assert_eq!(loose.map_err(|e| e.field), Err("question".to_string()));
        assert!(
            input(NoteKind::Note, None, None).validated().is_ok(),
            "a note on the session as a whole is allowed"
        );
    }

    #[test]
    fn kinds_round_trip_through_their_keys() {
        for kind in [NoteKind::Note, NoteKind::Parking] {
            assert_eq!(NoteKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(NoteKind::from_key("sticky"), None);
    }
}
