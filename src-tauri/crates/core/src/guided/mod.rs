//! What makes five guided techniques themselves, beyond the agenda every technique runs
//! on: a Before Action Review's plan, a Retrospect's marks out of ten, an Appreciative
//! Inquiry's board, a Peer Assist's preparation and feedback, and an Action Learning Set
//! meeting's bids and rounds. Each is one record per session, stored whole and validated
//! whole; the After Action Review needs none (its comparison is made from its notes).

pub mod before_action;
pub mod inquiry;
pub mod learning_set;
pub mod peer_assist;
pub mod retrospect;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::technique::TechniqueId;
use crate::validation::ValidationError;

pub use before_action::{ActionPlan, Intent, Likelihood, PlanRole, Risk, RiskRating, Severity};
pub use inquiry::{Delivery, Design, Dream, DreamGroup, InquiryBoard, Story};
pub use learning_set::{
    Bid, LearningSet, LearningSetInput, Need, Round, RoundPlan, RoundTimings, SetMeeting,
};
pub use peer_assist::{Feedback, FeedbackKind, PeerAssistRecord, Side};
pub use retrospect::{Mark, MarkSummary, RetrospectMarks};

/// The most items of any one list in a guided record (risks, stories, dreams, bids...).
pub const MAX_ITEMS: usize = 200;

/// A session's guided record, tagged by the technique it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "technique", content = "record", rename_all = "kebab-case")]
pub enum GuidedRecord {
    BeforeActionReview(ActionPlan),
    Retrospect(RetrospectMarks),
    AppreciativeInquiry(InquiryBoard),
    PeerAssist(PeerAssistRecord),
    ActionLearningSets(SetMeeting),
}

impl GuidedRecord {
    /// The technique this record belongs to.
    pub fn technique(&self) -> TechniqueId {
        match self {
            GuidedRecord::BeforeActionReview(_) => TechniqueId::BeforeActionReview,
            GuidedRecord::Retrospect(_) => TechniqueId::Retrospect,
            GuidedRecord::AppreciativeInquiry(_) => TechniqueId::AppreciativeInquiry,
            GuidedRecord::PeerAssist(_) => TechniqueId::PeerAssist,
            GuidedRecord::ActionLearningSets(_) => TechniqueId::ActionLearningSets,
        }
    }

    /// An empty record for a technique that has one, as a new session starts it.
    pub fn empty_for(technique: TechniqueId) -> Option<GuidedRecord> {
        Some(match technique {
            TechniqueId::BeforeActionReview => {
                GuidedRecord::BeforeActionReview(ActionPlan::default())
            }
            TechniqueId::Retrospect => GuidedRecord::Retrospect(RetrospectMarks::default()),
            TechniqueId::AppreciativeInquiry => {
                GuidedRecord::AppreciativeInquiry(InquiryBoard::default())
            }
            TechniqueId::PeerAssist => GuidedRecord::PeerAssist(PeerAssistRecord::new()),
            TechniqueId::ActionLearningSets => {
                GuidedRecord::ActionLearningSets(SetMeeting::default())
            }
            _ => return None,
        })
    }

    /// The record as it will be stored, or the rule it breaks. `roster` is the session's
    /// participants: marks, bids, tellers and group members must be among them.
    pub fn validated(&self, roster: &[Uuid]) -> Result<GuidedRecord, ValidationError> {
        Ok(match self {
            GuidedRecord::BeforeActionReview(plan) => {
                GuidedRecord::BeforeActionReview(plan.validated(roster)?)
            }
            GuidedRecord::Retrospect(marks) => GuidedRecord::Retrospect(marks.validated(roster)?),
            GuidedRecord::AppreciativeInquiry(board) => {
                GuidedRecord::AppreciativeInquiry(board.validated(roster)?)
            }
            GuidedRecord::PeerAssist(record) => GuidedRecord::PeerAssist(record.validated(roster)?),
            GuidedRecord::ActionLearningSets(meeting) => {
                GuidedRecord::ActionLearningSets(meeting.validated(roster)?)
            }
        })
    }
}

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
