//! People: the reusable people list, and a person as they took part in one session.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::text::{char_len, clean_line};
use crate::validation::{limited_line, ValidationError, MAX_LINE_CHARS};

/// Someone in the people list, reusable across sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Person {
    pub id: Uuid,
    pub name: String,
    /// Team or organisation; empty when not given.
    pub organisation: String,
    /// How many live sessions list this person.
    pub session_count: u32,
}

/// A person as they took part in one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Participant {
    pub person_id: Uuid,
    pub name: String,
    pub organisation: String,
    /// Their part in this session (e.g. "home team", "scribe"); empty when not given.
    pub role: String,
}

/// A participant as typed on the session form. Matched to an existing person by name and
/// organisation, so the same person is never listed twice in the people list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ParticipantInput {
    pub name: String,
    pub organisation: String,
    pub role: String,
}

/// An edit of a person in the people list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonInput {
    pub name: String,
    pub organisation: String,
}

impl PersonInput {
    pub fn validated(&self) -> Result<PersonInput, ValidationError> {
        let name = clean_line(&self.name);
        if name.is_empty() {
            return Err(ValidationError::new("name", "Give this person a name."));
        }
        if char_len(&name) > MAX_LINE_CHARS {
            return Err(ValidationError::new("name", "This name is too long."));
        }
        let organisation =
            limited_line("organisation", "team or organisation", &self.organisation)?;
        Ok(PersonInput { name, organisation })
    }
}
