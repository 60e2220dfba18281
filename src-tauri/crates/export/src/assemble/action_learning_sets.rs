//! An Action Learning Set meeting as printed: its set, the actions reported in on, the
//! bidding order, and a word on rounds kept confidential.

use mobilise_core::techniques::action_learning_sets::{ActionLearningSets, Need, SetMeeting};

use super::action_line;
use super::printed::{para, sub, table, Printed, Printing};
use crate::record::Block;

fn need_label(need: Need) -> &'static str {
    match need {
        Need::Low => "Low",
        Need::Medium => "Medium",
        Need::High => "High",
    }
}

impl Printed for ActionLearningSets {
    const HEADING: &'static str = "The learning set";

    fn blocks(meeting: &SetMeeting, printing: &Printing<'_>) -> Vec<Block> {
        let mut blocks = Vec::new();
        if let Some(set) = printing.series {
            blocks.push(para(format!(
                "A meeting of the learning set “{}”.",
                set.name
            )));
            blocks.extend(carried(set.carried, printing));
        }
        blocks.extend(bidding_order(meeting, printing));
        blocks.extend(confidential(meeting, printing));
        blocks
    }
}

fn carried(carried: &[mobilise_core::Action], printing: &Printing<'_>) -> Vec<Block> {
    let names = &printing.names;
    let mut blocks = Vec::new();
    if !carried.is_empty() {
        blocks.push(sub("Actions reported in on from earlier meetings"));
        let rows = carried
            .iter()
            .map(|a| {
                let line = action_line(a);
                vec![
                    line.what,
                    if names.include {
                        line.owner
                    } else {
                        String::new()
                    },
                    line.due,
                    line.status,
                ]
            })
            .collect();
        blocks.push(table(&["Action", "Owner", "Due", "Status"], rows));
    }
    blocks
}

fn bidding_order(meeting: &SetMeeting, printing: &Printing<'_>) -> Vec<Block> {
    let names = &printing.names;
    let mut blocks = Vec::new();
    if !meeting.bids.is_empty() {
        blocks.push(sub("Bidding order"));
        let rows = meeting
            .bidding_order()
            .into_iter()
            .enumerate()
            .map(|(i, bid)| {
                vec![
                    (i + 1).to_string(),
                    names.of(bid.person_id),
                    need_label(bid.need).into(),
                    bid.issue.clone(),
                ]
            })
            .collect();
        blocks.push(table(&["Order", "Presenter", "Need", "Issue"], rows));
    }
    blocks
}

fn confidential(meeting: &SetMeeting, printing: &Printing<'_>) -> Option<Block> {
    let confidential = meeting.rounds.iter().filter(|r| r.confidential).count();
    if confidential > 0 {
        let rounds = if confidential == 1 {
            "round is"
        } else {
            "rounds are"
        };
        return Some(para(if printing.options.include_confidential {
            format!("{confidential} {rounds} marked confidential; the facilitator chose to include their notes.")
        } else {
            format!("{confidential} {rounds} confidential: their notes are not in this record.")
        }));
    }
    None
}
