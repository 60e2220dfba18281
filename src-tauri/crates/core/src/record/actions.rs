//! Actions agreed in a session: what, who owns it, by when, and whether it is still open;
//! and the query and row of the actions list that spans every session.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::technique::TechniqueId;
use crate::text::{char_len, clean_block, clean_line};
use crate::validation::ValidationError;

/// The longest an action's description can be, in characters.
pub const MAX_ACTION_CHARS: usize = 1_000;
/// The longest an action's owner can be, in characters.
pub const MAX_OWNER_CHARS: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Open,
    Done,
    /// Decided against; kept so the record shows it was considered.
    Dropped,
}

impl ActionStatus {
    /// The stable key stored in the database.
    pub fn key(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn from_key(key: &str) -> Option<ActionStatus> {
        [
            ActionStatus::Open,
            ActionStatus::Done,
            ActionStatus::Dropped,
        ]
        .into_iter()
        .find(|s| s.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Action {
    pub id: Uuid,
    pub session_id: Uuid,
    /// The agenda step it was agreed in, if any.
    pub step_id: Option<u32>,
    pub what: String,
    /// Who will do it: free text, or the name of someone in the people list.
    pub owner: String,
    /// Set when the owner is someone in the people list.
    pub owner_person_id: Option<Uuid>,
    #[ts(type = "string | null")]
    pub due_on: Option<NaiveDate>,
    pub status: ActionStatus,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

impl Action {
    /// Still open and due before `today` (the facilitator's local date).
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status == ActionStatus::Open && self.due_on.is_some_and(|due| due < today)
    }
}

/// A new action or an edit of one, as the console sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionInput {
    pub step_id: Option<u32>,
    pub what: String,
    pub owner: String,
    pub owner_person_id: Option<Uuid>,
    #[ts(type = "string | null")]
    pub due_on: Option<NaiveDate>,
    pub status: ActionStatus,
}

impl ActionInput {
    /// The input as it will be stored, or the rule it breaks.
    pub fn validated(&self) -> Result<ActionInput, ValidationError> {
        let what = clean_block(&self.what).trim().to_string();
        if what.is_empty() {
            return Err(ValidationError::new("what", "Say what the action is."));
        }
        if char_len(&what) > MAX_ACTION_CHARS {
            return Err(ValidationError::new(
                "what",
                format!("The action is too long: keep it under {MAX_ACTION_CHARS} characters."),
            ));
        }
        let owner = clean_line(&self.owner);
        if char_len(&owner) > MAX_OWNER_CHARS {
            return Err(ValidationError::new(
                "owner",
                format!("The owner is too long: keep it under {MAX_OWNER_CHARS} characters."),
            ));
        }
        Ok(ActionInput {
            step_id: self.step_id,
            what,
            owner,
            owner_person_id: self.owner_person_id,
            due_on: self.due_on,
            status: self.status,
        })
    }
}

/// Filters of the actions list across sessions. Empty fields filter nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionQuery {
    pub status: Option<ActionStatus>,
    /// Part of the owner's name, in any case.
    pub owner: String,
    /// Words to find in the action or its owner (all of them, any order, as prefixes).
    pub text: String,
}

/// One row of the actions list: the action and the session it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionRow {
    pub action: Action,
    pub session_title: String,
    pub technique: TechniqueId,
    /// Open and past its due date on the day the list was made.
    pub overdue: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).expect("a valid date")
    }

    fn input() -> ActionInput {
        ActionInput {
            step_id: Some(3),
            what: "  Share the \r\nchecklist  ".into(),
            owner: "  Aled   Jones ".into(),
            owner_person_id: None,
            due_on: Some(day(1)),
            status: ActionStatus::Open,
        }
    }

    fn action(status: ActionStatus, due_on: Option<NaiveDate>) -> Action {
        let at = DateTime::<Utc>::default();
        Action {
            id: Uuid::nil(),
            session_id: Uuid::nil(),
            step_id: None,
            what: "Share the checklist".into(),
            owner: String::new(),
            owner_person_id: None,
            due_on,
            status,
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn an_action_is_cleaned_and_needs_a_description() {
        let clean = input().validated().expect("a valid action");
        assert_eq!(
            clean.what, "Share the\nchecklist",
            "lines kept, ends trimmed"
        );
        assert_eq!(clean.owner, "Aled Jones", "the owner is one tidy line");
        let mut blank = input();
        blank.what = " \n ".into();
        assert_eq!(
            blank.validated().map_err(|e| e.field),
            Err("what".to_string())
        );
    }

    #[test]
    fn descriptions_and_owners_are_limited() {
        let mut long = input();
        long.what = "é".repeat(MAX_ACTION_CHARS);
        assert!(long.validated().is_ok(), "exactly the limit is allowed");
        long.what.push('é');
        assert_eq!(long.validated().map_err(|e| e.field), Err("what".into()));
        let mut owner = input();
        owner.owner = "x".repeat(MAX_OWNER_CHARS + 1);
        assert_eq!(owner.validated().map_err(|e| e.field), Err("owner".into()));
    }

    #[test]
    fn only_open_actions_due_before_today_are_overdue() {
        let today = day(10);
        assert!(action(ActionStatus::Open, Some(day(9))).is_overdue(today));
        assert!(
            !action(ActionStatus::Open, Some(today)).is_overdue(today),
            "an action due today is not late yet"
        );
        assert!(!action(ActionStatus::Open, None).is_overdue(today));
        assert!(
            !action(ActionStatus::Done, Some(day(1))).is_overdue(today),
            "a finished action is never overdue"
        );
        assert!(!action(ActionStatus::Dropped, Some(day(1))).is_overdue(today));
    }

    #[test]
    fn statuses_round_trip_through_their_keys() {
        for status in [
            ActionStatus::Open,
            ActionStatus::Done,
            ActionStatus::Dropped,
        ] {
            assert_eq!(ActionStatus::from_key(status.key()), Some(status));
        }
        assert_eq!(ActionStatus::from_key("closed"), None);
    }
}
