//! The limits on what people type, and the error that names the form field to fix.

use crate::text::{char_len, clean_line};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_LINE_CHARS: usize = 300;
pub const MAX_PURPOSE_CHARS: usize = 5_000;
pub const MAX_PARTICIPANTS: usize = 500;

/// A draft that breaks a rule, with the form field it concerns so the UI can put the
/// message beside it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ValidationError {
    pub field: String,
    pub message: String,
}

impl ValidationError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        ValidationError {
            field: field.into(),
            message: message.into(),
        }
    }
}

pub(crate) fn limited_line(field: &str, what: &str, raw: &str) -> Result<String, ValidationError> {
    let value = clean_line(raw);
    if char_len(&value) > MAX_LINE_CHARS {
        return Err(ValidationError::new(
            field,
            format!("The {what} is too long: keep it under {MAX_LINE_CHARS} characters."),
        ));
    }
    Ok(value)
}
