//! A session record: which technique, when, where, who ran it and who took part, and the
//! rules a draft must meet before it is stored.

use chrono::{DateTime, Duration, NaiveDateTime, Timelike, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::person::{Participant, ParticipantInput};
use crate::technique::{Technique, TechniqueId};
use crate::text::{char_len, clean_block, clean_line, person_key};
use crate::validation::{
    limited_line, ValidationError, MAX_LINE_CHARS, MAX_PARTICIPANTS, MAX_PURPOSE_CHARS,
    MAX_TITLE_CHARS,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SessionStatus {
    Planned,
    Running,
    Finished,
}

impl SessionStatus {
    pub fn key(self) -> &'static str {
        match self {
            SessionStatus::Planned => "planned",
            SessionStatus::Running => "running",
            SessionStatus::Finished => "finished",
        }
    }

    pub fn from_key(key: &str) -> Option<SessionStatus> {
        [
            SessionStatus::Planned,
            SessionStatus::Running,
            SessionStatus::Finished,
        ]
        .into_iter()
        .find(|s| s.key() == key)
    }
}

/// What the session form submits, for a new session or an edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionDraft {
    pub technique: TechniqueId,
    pub title: String,
    /// Local wall-clock date and time of the meeting.
    #[ts(type = "string")]
    pub scheduled_at: NaiveDateTime,
    pub facilitator: String,
    pub location: String,
    /// The purpose of the session, or the question it puts to the room.
    pub purpose: String,
    pub status: SessionStatus,
    pub participants: Vec<ParticipantInput>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Session {
    pub id: Uuid,
    pub technique: TechniqueId,
    pub title: String,
    #[ts(type = "string")]
    pub scheduled_at: NaiveDateTime,
    pub facilitator: String,
    pub location: String,
    pub purpose: String,
    pub status: SessionStatus,
    pub participants: Vec<Participant>,
    /// The earlier session this one follows up, whose open actions it reviews.
    pub follows: Option<Uuid>,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

/// One row of the sessions list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionSummary {
    pub id: Uuid,
    pub technique: TechniqueId,
    pub title: String,
    #[ts(type = "string")]
    pub scheduled_at: NaiveDateTime,
    pub facilitator: String,
    pub location: String,
    pub status: SessionStatus,
    pub participant_count: u32,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    /// Set when the session is in the bin; it can still be restored.
    #[ts(type = "string | null")]
    pub deleted_at: Option<DateTime<Utc>>,
}

/// Filters of the sessions list. Empty fields filter nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionQuery {
    pub technique: Option<TechniqueId>,
    pub status: Option<SessionStatus>,
    /// Words to find in the title or purpose (all of them, any order, as word prefixes).
    pub text: String,
    /// List the bin (deleted sessions) instead of the live ones.
    pub deleted: bool,
}

impl SessionDraft {
    /// A new session pre-filled from a technique: its name as the title, the next whole
    /// hour after `now_local` as the time, and no participants yet.
    pub fn for_technique(technique: &Technique, now_local: NaiveDateTime) -> SessionDraft {
        let next_hour = (now_local + Duration::hours(1))
            .with_minute(0)
            .and_then(|t| t.with_second(0))
            .and_then(|t| t.with_nanosecond(0))
            .unwrap_or(now_local);
        SessionDraft {
            technique: technique.id,
            title: technique.name.clone(),
            scheduled_at: next_hour,
            facilitator: String::new(),
            location: String::new(),
            purpose: String::new(),
            status: SessionStatus::Planned,
            participants: Vec::new(),
        }
    }

    /// The draft as it will be stored: text cleaned, blank participant rows dropped, and
    /// every rule checked. Nothing is stored unless this succeeds.
    pub fn validated(&self) -> Result<SessionDraft, ValidationError> {
        let title = clean_line(&self.title);
        if title.is_empty() {
            return Err(ValidationError::new("title", "Give the session a title."));
        }
        if char_len(&title) > MAX_TITLE_CHARS {
            return Err(ValidationError::new(
                "title",
                format!("The title is too long: keep it under {MAX_TITLE_CHARS} characters."),
            ));
        }
        let facilitator = limited_line("facilitator", "facilitator's name", &self.facilitator)?;
        let location = limited_line("location", "location", &self.location)?;
        let purpose = clean_block(&self.purpose);
        if char_len(&purpose) > MAX_PURPOSE_CHARS {
            return Err(ValidationError::new(
                "purpose",
                format!("The purpose is too long: keep it under {MAX_PURPOSE_CHARS} characters."),
            ));
        }

        let mut participants: Vec<ParticipantInput> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (index, input) in self.participants.iter().enumerate() {
            let field = format!("participants.{index}");
            let name = clean_line(&input.name);
            let organisation = clean_line(&input.organisation);
            let role = clean_line(&input.role);
            if name.is_empty() {
                if organisation.is_empty() && role.is_empty() {
                    continue;
                }
                return Err(ValidationError::new(
                    field,
                    "Give this participant a name, or clear the row.",
                ));
            }
            for (what, value) in [
                ("name", &name),
                ("team or organisation", &organisation),
                ("role", &role),
            ] {
                if char_len(value) > MAX_LINE_CHARS {
                    return Err(ValidationError::new(
                        field.clone(),
                        format!("This participant's {what} is too long."),
                    ));
                }
            }
            if !seen.insert(person_key(&name, &organisation)) {
                return Err(ValidationError::new(
                    field,
                    format!("{name} is listed twice."),
                ));
            }
            participants.push(ParticipantInput {
                name,
                organisation,
                role,
            });
        }
        if participants.len() > MAX_PARTICIPANTS {
            return Err(ValidationError::new(
                "participants",
                format!("A session can list at most {MAX_PARTICIPANTS} participants."),
            ));
        }

        Ok(SessionDraft {
            technique: self.technique,
            title,
            scheduled_at: self.scheduled_at,
            facilitator,
            location,
            purpose,
            status: self.status,
            participants,
        })
    }
}

impl Session {
    /// A draft holding this session's details, for "Duplicate as template": same
    /// technique, purpose, location, facilitator and people; a fresh status.
    pub fn as_template(&self) -> SessionDraft {
        SessionDraft {
            technique: self.technique,
            title: format!("{} (copy)", self.title),
            scheduled_at: self.scheduled_at,
            facilitator: self.facilitator.clone(),
            location: self.location.clone(),
            purpose: self.purpose.clone(),
            status: SessionStatus::Planned,
            participants: self
                .participants
                .iter()
                .map(|p| ParticipantInput {
                    name: p.name.clone(),
                    organisation: p.organisation.clone(),
                    role: p.role.clone(),
                })
                .collect(),
        }
    }
}
