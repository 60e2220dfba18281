//! After Action Review: a short review straight after the event. It keeps nothing of its
//! own besides its notes, actions and lessons; what it adds is the room's comparison of
//! what was supposed to happen with what actually happened.

mod stage;

pub use stage::ReviewDisplay;

use super::{Context, NoChange, NoEvent, NoRecord, Outcome, RuleError, Technique};
use crate::live::LiveState;
use crate::technique::TechniqueId;

pub struct AfterActionReview;

impl Technique for AfterActionReview {
    const ID: TechniqueId = TechniqueId::AfterActionReview;
    const KEEPS_RECORD: bool = false;
    type Record = NoRecord;
    type Change = NoChange;
    type Event = NoEvent;
    type Overview = NoRecord;
    type Stage = ReviewDisplay;

    fn empty() -> NoRecord {
        NoRecord
    }

    fn save(
        _previous: NoRecord,
        _edited: NoRecord,
        _ctx: &Context<'_>,
    ) -> Result<Outcome<NoRecord>, RuleError> {
        Err(NoRecord::refused())
    }

    fn apply(
        _record: NoRecord,
        change: NoChange,
        _ctx: &Context<'_>,
    ) -> Result<Outcome<NoRecord>, RuleError> {
        change.never()
    }

    fn overview(_record: &NoRecord, _ctx: &Context<'_>) -> NoRecord {
        NoRecord
    }

    fn stage(_record: &NoRecord, live: &LiveState, ctx: &Context<'_>) -> ReviewDisplay {
        ReviewDisplay::new(ctx.notes, live)
    }

    fn shows(stage: &ReviewDisplay) -> bool {
        stage.comparing
    }
}
