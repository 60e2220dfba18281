//! Peer Assist: the host team's preparation (the framework's checklist, dated), the
//! visitors' feedback in two columns, and what the room sees of it.

mod record;
mod stage;

use serde::Serialize;
use ts_rs::TS;

pub use record::{
    Feedback, FeedbackKind, PeerAssistRecord, Side, CHECKLIST, HOME_TEAM_ROLE, VISITOR_ROLE,
};
pub use stage::FeedbackDisplay;

use super::{Context, NoChange, NoEvent, Outcome, RuleError, Technique};
use crate::live::LiveState;
use crate::technique::TechniqueId;

pub struct PeerAssist;

/// The record as the console shows it besides the fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PeerAssistOverview {
    /// The days of notice the peers had, once invited.
    #[ts(type = "number | null")]
    pub notice_days: Option<i64>,
}

impl Technique for PeerAssist {
    const ID: TechniqueId = TechniqueId::PeerAssist;
    type Record = PeerAssistRecord;
    type Change = NoChange;
    type Event = NoEvent;
    type Overview = PeerAssistOverview;
    type Stage = FeedbackDisplay;

    fn empty() -> PeerAssistRecord {
        PeerAssistRecord::new()
    }

    fn save(
        _previous: PeerAssistRecord,
        edited: PeerAssistRecord,
        ctx: &Context<'_>,
    ) -> Result<Outcome<PeerAssistRecord>, RuleError> {
        Ok(Outcome::record(edited.validated(&ctx.roster())?))
    }

    fn apply(
        _record: PeerAssistRecord,
        change: NoChange,
        _ctx: &Context<'_>,
    ) -> Result<Outcome<PeerAssistRecord>, RuleError> {
        change.never()
    }

    fn overview(record: &PeerAssistRecord, ctx: &Context<'_>) -> PeerAssistOverview {
        PeerAssistOverview {
            notice_days: record.notice_days(ctx.session.scheduled_at.date()),
        }
    }

    fn stage(record: &PeerAssistRecord, live: &LiveState, _ctx: &Context<'_>) -> FeedbackDisplay {
        stage::display(record, live)
    }

    fn shows(stage: &FeedbackDisplay) -> bool {
        stage.showing
    }
}
