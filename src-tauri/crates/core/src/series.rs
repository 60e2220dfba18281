//! A series: a recurring group or a programme over weeks whose meetings are sessions on
//! the one engine. Each series belongs to a technique that runs as one (its rules say
//! how big it may be), has a name and its members in order (people from the people
//! list), and its meetings report in on the actions still open from its earlier ones.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::record::{Action, ActionStatus};
use crate::technique_id::TechniqueId;
use crate::text::{char_len, clean_line};
use crate::validation::{ValidationError, MAX_TITLE_CHARS};

/// A series as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Series {
    pub id: Uuid,
    pub technique: TechniqueId,
    pub name: String,
    /// People-list ids, in the order the series lists them.
    pub members: Vec<Uuid>,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

/// A new series, or an edit of one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SeriesInput {
    pub name: String,
    pub members: Vec<Uuid>,
}

/// How a technique runs as a series, in the words its messages use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesRules {
    /// What one is called in a sentence ("set" in "Give the set a name.").
    pub noun: &'static str,
    pub max_members: usize,
    /// Why there can be no more members than that, said to the facilitator.
    pub too_many: &'static str,
}

impl SeriesInput {
    /// The input tidied (name trimmed, members once each, in order), or the rule it breaks.
    pub fn validated(&self, rules: &SeriesRules) -> Result<SeriesInput, ValidationError> {
        let name = clean_line(&self.name);
        if name.is_empty() {
            return Err(ValidationError::new(
                "name",
                format!("Give the {} a name.", rules.noun),
            ));
        }
        if char_len(&name) > MAX_TITLE_CHARS {
            return Err(ValidationError::new(
                "name",
                format!("The name is too long: keep it under {MAX_TITLE_CHARS} characters."),
            ));
        }
        let mut members: Vec<Uuid> = Vec::with_capacity(self.members.len());
        for member in &self.members {
            if !members.contains(member) {
                members.push(*member);
            }
        }
        if members.len() > rules.max_members {
            return Err(ValidationError::new("members", rules.too_many));
        }
        Ok(SeriesInput { name, members })
    }
}

/// An earlier meeting of the series, as carry-forward reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlierMeeting {
    pub scheduled_at: NaiveDateTime,
    pub actions: Vec<Action>,
}

/// The actions to report in on: those still open from earlier meetings of the series,
/// owned by someone who is still a member, oldest meeting first. With `closed_since`
/// (when this meeting started), those closed since then stay listed too: they were
/// reported in on at this meeting, and its record says so.
pub fn carried_forward(
    earlier: &[EarlierMeeting],
    members: &[Uuid],
    closed_since: Option<DateTime<Utc>>,
) -> Vec<Action> {
    let mut meetings: Vec<&EarlierMeeting> = earlier.iter().collect();
    meetings.sort_by_key(|m| m.scheduled_at);
    meetings
        .into_iter()
        .flat_map(|m| m.actions.iter())
        .filter(|a| {
            a.status == ActionStatus::Open
                || closed_since.is_some_and(|since| a.updated_at >= since)
        })
        .filter(|a| a.owner_person_id.is_some_and(|p| members.contains(&p)))
        .cloned()
        .collect()
}
