//! What the room sees of a guided technique, step by step: a Before Action Review's
//! intent, roles, risks and measures; a Retrospect's marks (a histogram and the median,
//! never names) and the answers to "what would have made it a 10?"; an Appreciative
//! Inquiry's stories, dreams and its board; a Peer Assist's feedback in two columns; an
//! Action Learning Set's bidding order and whose round it is.

use std::collections::HashMap;

use mobilise_core::guided::{
    ActionPlan, FeedbackKind, GuidedRecord, InquiryBoard, Intent, Likelihood, MarkSummary, Need,
    PeerAssistRecord, RetrospectMarks, RiskRating, SetMeeting, Severity,
};
use mobilise_core::live::LiveState;
use mobilise_core::Action;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

/// The part of a Before Action Review's plan the room is looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PlanPart {
    Intent,
    Roles,
    Risks,
    Measures,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RoleLine {
    pub who: String,
    pub does: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RiskLine {
    pub risk: String,
    pub likelihood: Likelihood,
    pub impact: Severity,
    pub score: u32,
    pub rating: RiskRating,
    pub response: String,
}

/// A Before Action Review's plan on the projector; `part` is `None` when the current
/// question has nothing of the plan to show (or it is still empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlanDisplay {
    pub part: Option<PlanPart>,
    pub intent: Intent,
    pub roles: Vec<RoleLine>,
    /// Worst first.
    pub risks: Vec<RiskLine>,
    pub measures: Vec<String>,
}

/// A Retrospect's marks on the projector, without names.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MarksDisplay {
    /// "Marks out of 10": show the histogram and the median.
    pub showing_marks: bool,
    /// "What would have made it a 10?": show the answers, unattributed.
    pub showing_answers: bool,
    pub summary: MarkSummary,
    pub answers: Vec<String>,
}

/// What an Appreciative Inquiry shows at each of its stages.
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

/// A Peer Assist's visitors' feedback, in the framework's two columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FeedbackDisplay {
    pub showing: bool,
    pub worked_well: Vec<String>,
    pub could_be_better: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrderLine {
    pub name: String,
    pub need: Need,
}

/// An Action Learning Set meeting: the order of presenters, and whose round is on.
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

/// A guided record's part of the audience display.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "technique", content = "display", rename_all = "kebab-case")]
pub enum GuidedDisplay {
    BeforeActionReview(PlanDisplay),
    Retrospect(MarksDisplay),
    AppreciativeInquiry(BoardDisplay),
    PeerAssist(FeedbackDisplay),
    ActionLearningSets(SetDisplay),
}

/// Where the room is: the step (its key, and its id on this agenda) and the question
/// within it.
#[derive(Clone, Copy)]
struct At<'a> {
    key: Option<&'a str>,
    id: Option<u32>,
    question: usize,
}

fn position(state: &LiveState) -> At<'_> {
    At {
        key: state.current_key(),
        id: state.current_step().map(|s| s.id),
        question: state.question,
    }
}

/// The room's view of a record. `names` names the roster; `actions` are the session's.
pub fn display(
    record: &GuidedRecord,
    state: &LiveState,
    names: &HashMap<Uuid, String>,
    actions: &[Action],
) -> GuidedDisplay {
    let at = position(state);
    match record {
        GuidedRecord::BeforeActionReview(plan) => {
            GuidedDisplay::BeforeActionReview(plan_display(plan, at))
        }
        GuidedRecord::Retrospect(marks) => GuidedDisplay::Retrospect(marks_display(marks, at)),
        GuidedRecord::AppreciativeInquiry(board) => {
            GuidedDisplay::AppreciativeInquiry(board_display(board, at, names, actions))
        }
        GuidedRecord::PeerAssist(record) => GuidedDisplay::PeerAssist(feedback_display(record, at)),
        GuidedRecord::ActionLearningSets(meeting) => {
            GuidedDisplay::ActionLearningSets(set_display(meeting, at, names))
        }
    }
}

fn plan_display(plan: &ActionPlan, at: At<'_>) -> PlanDisplay {
    let intent_given = !(plan.intent.task.is_empty()
        && plan.intent.purpose.is_empty()
        && plan.intent.end_state.is_empty());
    // "What are we setting out to achieve?" asks for the intent (twice), who's doing
    // what, then the risks; "What will help deliver success?" how we will know it
    // worked; the actions step what to do about the risks.
    let wanted = match (at.key, at.question) {
        (Some("intent"), 0 | 1) => Some(PlanPart::Intent),
        (Some("intent"), 2) => Some(PlanPart::Roles),
        (Some("intent" | "actions"), _) => Some(PlanPart::Risks),
        (Some("success"), _) => Some(PlanPart::Measures),
        _ => None,
    };
    let part = wanted.filter(|part| match part {
        PlanPart::Intent => intent_given,
        PlanPart::Roles => !plan.roles.is_empty(),
        PlanPart::Risks => !plan.risks.is_empty(),
        PlanPart::Measures => !plan.measures.is_empty(),
    });
    PlanDisplay {
        part,
        intent: plan.intent.clone(),
        roles: plan
            .roles
            .iter()
            .map(|r| RoleLine {
                who: r.who.clone(),
                does: r.does.clone(),
            })
            .collect(),
        risks: plan
            .ranked_risks()
            .into_iter()
            .map(|r| RiskLine {
                risk: r.risk.clone(),
                likelihood: r.likelihood,
                impact: r.impact,
                score: r.score(),
                rating: r.rating(),
                response: r.response.clone(),
            })
            .collect(),
        measures: plan.measures.clone(),
    }
}

/// "Marks out of 10 for the project as a whole?" is this step's first question.
const MARKS: &str = "marks";

fn marks_display(marks: &RetrospectMarks, at: At<'_>) -> MarksDisplay {
    let (on_marks, question) = (at.key == Some(MARKS), at.question);
    MarksDisplay {
        showing_marks: on_marks && question == 0,
        showing_answers: on_marks && question == 1,
        summary: marks.summary(),
        answers: marks
            .marks
            .iter()
            .map(|m| m.make_it_ten.clone())
            .filter(|a| !a.is_empty())
            .collect(),
    }
}

fn board_display(
    board: &InquiryBoard,
    at: At<'_>,
    names: &HashMap<Uuid, String>,
    actions: &[Action],
) -> BoardDisplay {
    // Definition, Discovery, Dream, Design, Delivery.
    let stage = match at.key {
        Some("discovery") => Some(InquiryStage::Stories),
        Some("dream") => Some(InquiryStage::Dreams),
        Some("design" | "delivery") => Some(InquiryStage::Board),
        _ => None,
    };
    let delivery_line = |action_id: Uuid| {
        actions
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

fn feedback_display(record: &PeerAssistRecord, at: At<'_>) -> FeedbackDisplay {
    let texts = |kind| {
        record
            .feedback_of(kind)
            .into_iter()
            .map(|f| f.text.clone())
            .collect::<Vec<_>>()
    };
    let worked_well = texts(FeedbackKind::WorkedWell);
    let could_be_better = texts(FeedbackKind::CouldBeBetter);
    // The visitors give their feedback as they take up the baton, and present it back.
    let showing = matches!(at.key, Some("visitors" | "feedback"))
        && !(worked_well.is_empty() && could_be_better.is_empty());
    FeedbackDisplay {
        showing,
        worked_well,
        could_be_better,
    }
}

/// The framework's "Bidding" step.
const BIDDING: &str = "bidding";

fn set_display(meeting: &SetMeeting, at: At<'_>, names: &HashMap<Uuid, String>) -> SetDisplay {
    let name = |id: &Uuid| {
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
    let round = at
        .id
        .and_then(|id| meeting.rounds.iter().position(|r| r.step_ids.contains(&id)));
    SetDisplay {
        showing_order: at.key == Some(BIDDING) && !order.is_empty(),
        order,
        presenter: round
            .and_then(|i| meeting.rounds.get(i))
            .map(|r| name(&r.presenter)),
        round: round.and_then(|i| u32::try_from(i + 1).ok()),
        rounds: u32::try_from(meeting.rounds.len()).unwrap_or(u32::MAX),
    }
}
