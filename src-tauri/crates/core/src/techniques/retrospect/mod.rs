//! Retrospect: the marks out of 10 each participant gives the project as a whole, what
//! would have made it a 10, and the distribution the room sees without names.

mod marks;
mod stage;

use serde::Serialize;
use ts_rs::TS;

pub use marks::{Mark, MarkSummary, RetrospectMarks, TOP_MARK};
pub use stage::MarksDisplay;

use super::{Context, NoChange, NoEvent, Outcome, RuleError, Technique};
use crate::live::LiveState;
use crate::technique::TechniqueId;

pub struct Retrospect;

/// The marks as the console shows them beside the rows: summed up as the room sees them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MarksOverview {
    pub summary: MarkSummary,
}

impl Technique for Retrospect {
    const ID: TechniqueId = TechniqueId::Retrospect;
    type Record = RetrospectMarks;
    type Change = NoChange;
    type Event = NoEvent;
    type Overview = MarksOverview;
    type Stage = MarksDisplay;

    fn empty() -> RetrospectMarks {
        RetrospectMarks::default()
    }

    fn save(
        _previous: RetrospectMarks,
        edited: RetrospectMarks,
        ctx: &Context<'_>,
    ) -> Result<Outcome<RetrospectMarks>, RuleError> {
        Ok(Outcome::record(edited.validated(&ctx.roster())?))
    }

    fn apply(
        _record: RetrospectMarks,
        change: NoChange,
        _ctx: &Context<'_>,
    ) -> Result<Outcome<RetrospectMarks>, RuleError> {
        change.never()
    }

    fn overview(record: &RetrospectMarks, _ctx: &Context<'_>) -> MarksOverview {
        MarksOverview {
            summary: record.summary(),
        }
    }

    fn stage(record: &RetrospectMarks, live: &LiveState, _ctx: &Context<'_>) -> MarksDisplay {
        stage::display(record, live)
    }

    fn shows(stage: &MarksDisplay) -> bool {
        stage.showing_marks || (stage.showing_answers && !stage.answers.is_empty())
    }
}
