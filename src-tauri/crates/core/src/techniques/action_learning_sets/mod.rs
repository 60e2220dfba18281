//! Action Learning Sets: a meeting's bids for time, the rounds the bids plan after the
//! Bidding step (each presenter's steps in order of need), what the room sees of the
//! order and whose round is on, and how a set runs as a series of meetings.

mod meeting;
mod stage;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

pub use meeting::{
    Bid, Need, Round, RoundPlan, RoundTimings, SetMeeting, GROW, MAX_ROUND_MINUTES,
    MAX_SET_MEMBERS, MIN_ROUND_MINUTES, REVIEW_STEP_TITLE,
};
pub use stage::{OrderLine, SetDisplay};

use super::{AgendaChange, Context, NoEvent, Outcome, RuleError, Technique};
use crate::live::{LiveCommand, LiveState};
use crate::series::SeriesRules;
use crate::technique::TechniqueId;

pub struct ActionLearningSets;

/// The framework's Bidding step: the rounds are planned to follow it.
pub const BIDDING_STEP: &str = "bidding";

/// What the console can ask of a meeting besides saving it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum MeetingChange {
    /// The bids plan the rounds: each presenter's steps, in bidding order, replace the
    /// agenda after the Bidding step, and the meeting learns which steps are whose.
    PlanRounds,
}

/// The meeting as the console shows it besides the fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MeetingOverview {
    /// The presenters, in the order the bids set.
    pub order: Vec<Uuid>,
}

impl Technique for ActionLearningSets {
    const ID: TechniqueId = TechniqueId::ActionLearningSets;
    type Record = SetMeeting;
    type Change = MeetingChange;
    type Event = NoEvent;
    type Overview = MeetingOverview;
    type Stage = SetDisplay;

    fn empty() -> SetMeeting {
        SetMeeting::default()
    }

    fn save(
        _previous: SetMeeting,
        edited: SetMeeting,
        ctx: &Context<'_>,
    ) -> Result<Outcome<SetMeeting>, RuleError> {
        Ok(Outcome::record(edited.validated(&ctx.roster())?))
    }

    fn apply(
        meeting: SetMeeting,
        change: MeetingChange,
        ctx: &Context<'_>,
    ) -> Result<Outcome<SetMeeting>, RuleError> {
        match change {
            MeetingChange::PlanRounds => plan_rounds(&meeting, ctx),
        }
    }

    fn overview(meeting: &SetMeeting, _ctx: &Context<'_>) -> MeetingOverview {
        MeetingOverview {
            order: meeting
                .bidding_order()
                .into_iter()
                .map(|b| b.person_id)
                .collect(),
        }
    }

    fn stage(meeting: &SetMeeting, live: &LiveState, ctx: &Context<'_>) -> SetDisplay {
        stage::display(meeting, live, ctx)
    }

    fn shows(stage: &SetDisplay) -> bool {
        stage.showing_order || stage.presenter.is_some()
    }

    fn confidential_steps(meeting: &SetMeeting) -> Vec<u32> {
        meeting.confidential_steps()
    }

    const SERIES: Option<SeriesRules> = Some(SeriesRules {
        noun: "set",
        max_members: MAX_SET_MEMBERS,
        too_many: "A learning set works in a small group: keep it to 12 members.",
    });

    fn in_series(series: Uuid) -> Option<SetMeeting> {
        Some(SetMeeting {
            set_id: Some(series),
            ..SetMeeting::default()
        })
    }

    fn series(meeting: &SetMeeting) -> Option<Uuid> {
        meeting.set_id
    }

    fn leave_series(meeting: SetMeeting) -> SetMeeting {
        SetMeeting {
            set_id: None,
            ..meeting
        }
    }
}

/// The rounds the bids plan, as the command that puts them on the agenda after the
/// Bidding step and the meeting that knows which of the new steps are whose. The
/// command is tried on the live state first, so the step ids the meeting records are
/// the ones the engine will give them.
fn plan_rounds(meeting: &SetMeeting, ctx: &Context<'_>) -> Result<Outcome<SetMeeting>, RuleError> {
    if meeting.bids.is_empty() {
        return Err(RuleError::refused(
            "Nobody has bid for time yet: take the bids first.",
        ));
    }
    let no_bidding = || {
        RuleError::refused("This meeting's agenda has no Bidding step to plan the rounds after.")
    };
    let live = ctx.live.ok_or_else(no_bidding)?;
    let bidding = live
        .agenda
        .keyed(BIDDING_STEP)
        .map(|s| s.id)
        .ok_or_else(no_bidding)?;
    let names = ctx.names();
    let plan =
        meeting.round_plan(|id| names.get(&id).cloned().unwrap_or_else(|| "A member".into()));
    let command = LiveCommand::SetUpcoming {
        after: bidding,
        steps: plan.steps.clone(),
    };
    let next = live.apply(command.clone(), ctx.now)?;
    let after = next.agenda.position(bidding).unwrap_or(0);
    let ids: Vec<u32> = next
        .agenda
        .steps
        .iter()
        .skip(after + 1)
        .map(|s| s.id)
        .collect();
    let planned = meeting.with_rounds(&plan, &ids).validated(&ctx.roster())?;
    Ok(Outcome {
        record: planned,
        agenda: Some(AgendaChange::Command(command)),
    })
}
