//! What the room sees of the inquiry: the stories during Discovery, the groups' dreams
//! during Dream, and the board of dreams, designs and deliveries from Design on.

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::InquiryBoard;
use crate::live::LiveState;
use crate::techniques::Context;

/// What the inquiry shows at each of its stages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum InquiryStage {
    Stories,
    Dreams,
    Board,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct GroupLine {
    pub name: String,
    pub dreams: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DeliveryLine {
    pub what: String,
    pub owner: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DesignLine {
    pub statement: String,
    pub deliveries: Vec<DeliveryLine>,
}

/// One chain of the board: a dream, the designs that serve it, and their deliveries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ChainLine {
    pub dream: String,
    pub group: String,
    pub designs: Vec<DesignLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BoardDisplay {
    pub stage: Option<InquiryStage>,
    pub stories: Vec<String>,
    pub groups: Vec<GroupLine>,
    pub chains: Vec<ChainLine>,
}

pub(super) fn display(board: &InquiryBoard, live: &LiveState, ctx: &Context<'_>) -> BoardDisplay {
    // Definition, Discovery, Dream, Design, Delivery.
    let stage = match live.current_key() {
        Some("discovery") => Some(InquiryStage::Stories),
        Some("dream") => Some(InquiryStage::Dreams),
        Some("design" | "delivery") => Some(InquiryStage::Board),
        _ => None,
    };
    let names = ctx.names();
    let delivery_line = |action_id: Uuid| {
        ctx.actions
            .iter()
            .find(|a| a.id == action_id)
            .map(|a| DeliveryLine {
                what: a.what.clone(),
                owner: a
                    .owner_person_id
                    .and_then(|p| names.get(&p).cloned())
                    .unwrap_or_else(|| a.owner.clone()),
            })
    };
    let chains = board
        .dreams()
        .map(|(group, dream)| ChainLine {
            dream: dream.text.clone(),
            group: group.name.clone(),
            designs: board
                .designs_serving(dream.id)
                .into_iter()
                .map(|design| DesignLine {
                    statement: design.statement.clone(),
                    deliveries: board
                        .deliveries_of(design.id)
                        .into_iter()
                        .filter_map(|d| delivery_line(d.action_id))
                        .collect(),
                })
                .collect(),
        })
        .collect();
    BoardDisplay {
        stage,
        stories: board.stories.iter().map(|s| s.text.clone()).collect(),
        groups: board
            .groups
            .iter()
            .map(|g| GroupLine {
                name: g.name.clone(),
                dreams: g.dreams.iter().map(|d| d.text.clone()).collect(),
            })
            .collect(),
        chains,
    }
}
