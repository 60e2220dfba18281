//! Peer Assist: the host team's preparation (the framework's checklist, dated), the
//! visitors' feedback in two columns, and what the room sees of it.

mod record;
mod stage;

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

pub use record::{
    Feedback, FeedbackKind, PeerAssistRecord, Side, CHECKLIST, HOME_TEAM_ROLE, VISITOR_ROLE,
};
pub use stage::FeedbackDisplay;

use super::{Context, NoChange, NoEvent, Outcome, RuleError, Technique};
use crate::live::LiveState;
use crate::technique::TechniqueId;

pub struct PeerAssist;

/// Under this many days the peers had less than the "plenty of notice" the framework
/// asks for.
pub const PLENTY_OF_NOTICE_DAYS: i64 = 14;

/// The record as the console shows it besides the fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PeerAssistOverview {
    /// The days of notice the peers had, once invited.
    #[ts(type = "number | null")]
    pub notice_days: Option<i64>,
    /// The peers were invited, and had less than two weeks' notice.
    pub short_notice: bool,
    /// The home team, then the visitors, as the roster's roles say.
    pub sides: Vec<SideOverview>,
}

/// One side of the room: the roster role that puts someone on it, and who has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SideOverview {
    pub side: Side,
    /// The role to give a participant to put them on this side.
    pub role: String,
    /// The participants on this side, in roster order.
    pub people: Vec<Uuid>,
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
        let notice_days = record.notice_days(ctx.session.scheduled_at.date());
        let side = |side: Side, role: &str| SideOverview {
            side,
            role: role.to_owned(),
            people: ctx
                .session
                .participants
                .iter()
                .filter(|p| Side::of_role(&p.role) == Some(side))
                .map(|p| p.person_id)
                .collect(),
        };
        PeerAssistOverview {
            notice_days,
            short_notice: notice_days.is_some_and(|days| days < PLENTY_OF_NOTICE_DAYS),
            sides: vec![
                side(Side::HomeTeam, HOME_TEAM_ROLE),
                side(Side::Visitor, VISITOR_ROLE),
            ],
        }
    }

    fn stage(record: &PeerAssistRecord, live: &LiveState, _ctx: &Context<'_>) -> FeedbackDisplay {
        stage::display(record, live)
    }

    fn shows(stage: &FeedbackDisplay) -> bool {
        stage.showing
    }
}
