//! What the room sees of a learning set meeting: the order the bids set while bidding,
//! then whose round is on, and which round of how many.

use serde::Serialize;
use ts_rs::TS;

use super::{Need, SetMeeting, BIDDING_STEP};
use crate::live::LiveState;
use crate::techniques::Context;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrderLine {
    pub name: String,
    pub need: Need,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SetDisplay {
    /// During bidding: show the order the bids set.
    pub showing_order: bool,
    pub order: Vec<OrderLine>,
    /// During a round: its presenter, and which round of how many.
    pub presenter: Option<String>,
    pub round: Option<u32>,
    pub rounds: u32,
}

pub(super) fn display(meeting: &SetMeeting, live: &LiveState, ctx: &Context<'_>) -> SetDisplay {
    let names = ctx.names();
    let name = |id: &uuid::Uuid| {
        names
            .get(id)
            .cloned()
            .unwrap_or_else(|| "A member".to_string())
    };
    let order: Vec<OrderLine> = meeting
        .bidding_order()
        .into_iter()
        .map(|bid| OrderLine {
            name: name(&bid.person_id),
            need: bid.need,
        })
        .collect();
    let round = live.current_step().and_then(|step| {
        meeting
            .rounds
            .iter()
            .position(|r| r.step_ids.contains(&step.id))
    });
    SetDisplay {
        showing_order: live.current_key() == Some(BIDDING_STEP) && !order.is_empty(),
        order,
        presenter: round
            .and_then(|i| meeting.rounds.get(i))
            .map(|r| name(&r.presenter)),
        round: round.and_then(|i| u32::try_from(i + 1).ok()),
        rounds: u32::try_from(meeting.rounds.len()).unwrap_or(u32::MAX),
    }
}
