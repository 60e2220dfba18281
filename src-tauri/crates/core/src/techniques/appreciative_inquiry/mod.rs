//! Appreciative Inquiry: the board its four stages build (the stories of the best of
//! what is, the groups' dreams, the designs that serve them and the deliveries agreed
//! as actions), and what the room sees of it at each stage.

mod board;
mod stage;

use serde::Serialize;
use ts_rs::TS;

pub use board::{Delivery, Design, Dream, DreamGroup, InquiryBoard, Story};
pub use stage::{BoardDisplay, ChainLine, DeliveryLine, DesignLine, GroupLine, InquiryStage};

use super::{Context, NoChange, NoEvent, Outcome, RuleError, Technique};
use crate::live::LiveState;
use crate::technique::TechniqueId;

pub struct AppreciativeInquiry;

/// The board needs no reading besides itself on the console.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BoardOverview {}

impl Technique for AppreciativeInquiry {
    const ID: TechniqueId = TechniqueId::AppreciativeInquiry;
    type Record = InquiryBoard;
    type Change = NoChange;
    type Event = NoEvent;
    type Overview = BoardOverview;
    type Stage = BoardDisplay;

    fn empty() -> InquiryBoard {
        InquiryBoard::default()
    }

    fn save(
        _previous: InquiryBoard,
        edited: InquiryBoard,
        ctx: &Context<'_>,
    ) -> Result<Outcome<InquiryBoard>, RuleError> {
        Ok(Outcome::record(edited.validated(&ctx.roster())?))
    }

    fn apply(
        _record: InquiryBoard,
        change: NoChange,
        _ctx: &Context<'_>,
    ) -> Result<Outcome<InquiryBoard>, RuleError> {
        change.never()
    }

    fn overview(_board: &InquiryBoard, _ctx: &Context<'_>) -> BoardOverview {
        BoardOverview {}
    }

    fn stage(board: &InquiryBoard, live: &LiveState, ctx: &Context<'_>) -> BoardDisplay {
        stage::display(board, live, ctx)
    }

    fn shows(stage: &BoardDisplay) -> bool {
        match stage.stage {
            Some(InquiryStage::Stories) => !stage.stories.is_empty(),
            Some(InquiryStage::Dreams) => stage.groups.iter().any(|g| !g.dreams.is_empty()),
            Some(InquiryStage::Board) => !stage.chains.is_empty(),
            None => false,
        }
    }
}
