//! A Peer Assist's preparation and what the visitors bring: the framework's preparation
//! as a dated checklist (facilitator appointed, date chosen, peers invited with notice,
//! background circulated), the home team and the visitors (roles on the roster), and the
//! visitors' feedback split into what worked well and what could have been done better.
//! Agreed actions are the session's actions, owned by the home team.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::record::ChecklistItem;
use crate::techniques::rules::{on_roster, statement, unique_ids, within_limit};
use crate::validation::ValidationError;

/// The roster role of the team who asked for help.
pub const HOME_TEAM_ROLE: &str = "Home team";
/// The roster role of the peers invited to help.
pub const VISITOR_ROLE: &str = "Visitor";

/// The framework's preparation, one item per thing to have done.
pub const CHECKLIST: [&str; 4] = [
    "Facilitator appointed",
    "Date chosen",
    "Peers invited, giving plenty of notice",
    "Background information circulated, including the purpose and objectives",
];
/// The checklist item whose date says how much notice the peers had.
const INVITED_ITEM: usize = 2;

/// Which side of the room someone is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    HomeTeam,
    Visitor,
}

impl Side {
    /// The side a roster role names ("Home team", "visitor", "Visitors"...), if any.
    pub fn of_role(role: &str) -> Option<Side> {
        let role = role.trim().to_lowercase();
        if role.starts_with("home") {
            Some(Side::HomeTeam)
        } else if role.starts_with("visitor") || role == "peer" || role == "peers" {
            Some(Side::Visitor)
        } else {
            None
        }
    }
}

/// "What worked well for them" or "what could have been done better".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum FeedbackKind {
    WorkedWell,
    CouldBeBetter,
}

/// One point of the visitors' feedback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Feedback {
    pub id: Uuid,
    pub kind: FeedbackKind,
    pub text: String,
    /// The visitor who gave it, when on the roster.
    pub from: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PeerAssistRecord {
    pub checklist: Vec<ChecklistItem>,
    pub feedback: Vec<Feedback>,
}

impl Default for PeerAssistRecord {
    fn default() -> Self {
        PeerAssistRecord::new()
    }
}

impl PeerAssistRecord {
    /// Nothing ticked, no feedback.
    pub fn new() -> PeerAssistRecord {
        PeerAssistRecord {
            checklist: ChecklistItem::kept(CHECKLIST, &[]),
            feedback: Vec::new(),
        }
    }

    /// How many days' notice the peers had before `meeting_on`, once invited.
    pub fn notice_days(&self, meeting_on: NaiveDate) -> Option<i64> {
        self.checklist
            .get(INVITED_ITEM)
            .and_then(|item| item.done_on)
            .map(|invited| (meeting_on - invited).num_days())
    }

    pub fn feedback_of(&self, kind: FeedbackKind) -> Vec<&Feedback> {
        self.feedback.iter().filter(|f| f.kind == kind).collect()
    }

    /// The record as it will be stored: the checklist always the framework's four items
    /// (ticks kept by label), feedback cleaned and from people on the roster.
    pub fn validated(&self, roster: &[Uuid]) -> Result<PeerAssistRecord, ValidationError> {
        within_limit("feedback", "points of feedback", &self.feedback)?;
        unique_ids("feedback", self.feedback.iter().map(|f| f.id))?;
        let feedback = self
            .feedback
            .iter()
            .map(|point| {
                if let Some(from) = point.from {
                    on_roster("feedback.from", from, roster)?;
                }
                Ok(Feedback {
                    text: statement("feedback.text", "feedback", &point.text)?,
                    ..point.clone()
                })
            })
            .collect::<Result<Vec<_>, ValidationError>>()?;
        Ok(PeerAssistRecord {
            checklist: ChecklistItem::kept(CHECKLIST, &self.checklist),
            feedback,
        })
    }
}
