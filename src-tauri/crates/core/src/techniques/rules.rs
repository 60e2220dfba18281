//! The rules every technique's record shares: how long a list or a statement may be,
//! that a person named is on the session's roster, and that items edited by id have
//! one id each.

use uuid::Uuid;

use crate::validation::ValidationError;

/// The most items of any one list in a technique's record (risks, stories, dreams, bids...).
pub const MAX_ITEMS: usize = 200;

/// Refuses a list longer than [`MAX_ITEMS`], naming it.
pub(crate) fn within_limit<T>(field: &str, what: &str, items: &[T]) -> Result<(), ValidationError> {
    if items.len() > MAX_ITEMS {
        return Err(ValidationError::new(
            field,
            format!("There are too many {what}: keep it to {MAX_ITEMS}."),
        ));
    }
    Ok(())
}

/// Refuses a person who is not on the session's roster.
pub(crate) fn on_roster(field: &str, person: Uuid, roster: &[Uuid]) -> Result<(), ValidationError> {
    if roster.contains(&person) {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            "That person is not on this session's list of participants.",
        ))
    }
}

/// The longest one statement (a risk, a story, a dream, a piece of feedback) can be.
pub const MAX_STATEMENT_CHARS: usize = 1_000;

/// One line of text, cleaned, that must not be blank or too long.
pub(crate) fn statement(field: &str, what: &str, raw: &str) -> Result<String, ValidationError> {
    let value = optional_statement(field, what, raw)?;
    if value.is_empty() {
        return Err(ValidationError::new(
            field,
            format!("Write the {what}, or remove it."),
        ));
    }
    Ok(value)
}

/// One line of text, cleaned, that may be blank but not too long.
pub(crate) fn optional_statement(
    field: &str,
    what: &str,
    raw: &str,
) -> Result<String, ValidationError> {
    let value = crate::text::clean_line(raw);
    if crate::text::char_len(&value) > MAX_STATEMENT_CHARS {
        return Err(ValidationError::new(
            field,
            format!("The {what} is too long: keep it under {MAX_STATEMENT_CHARS} characters."),
        ));
    }
    Ok(value)
}

/// Refuses two items with one id: the console edits items by id.
pub(crate) fn unique_ids(
    field: &str,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<(), ValidationError> {
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(ValidationError::new(
                field,
                "Two items share one identifier.",
            ));
        }
    }
    Ok(())
}
