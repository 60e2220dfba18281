//! An Action Learning Set meeting as printed: its set, the actions reported in on, the
//! bidding order, and a word on rounds kept confidential.

use mobilise_core::techniques::action_learning_sets::{Need, SetMeeting};

use super::super::{action_line, ExportOptions};
use super::{para, sub, table, GuidedSources, Names};
use crate::record::Block;

fn need_label(need: Need) -> &'static str {
    match need {
        Need::Low => "Low",
        Need::Medium => "Medium",
        Need::High => "High",
    }
}

pub(super) fn blocks(
    meeting: &SetMeeting,
    guided: &GuidedSources<'_>,
    names: &Names<'_>,
    options: ExportOptions,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(set) = guided.set_name {
        blocks.push(para(format!("A meeting of the learning set “{set}”.")));
    }
    if !guided.carried.is_empty() {
        blocks.push(sub("Actions reported in on from earlier meetings"));
        let rows = guided
            .carried
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
    let confidential = meeting.rounds.iter().filter(|r| r.confidential).count();
    if confidential > 0 {
        let rounds = if confidential == 1 {
            "round is"
        } else {
            "rounds are"
        };
        blocks.push(para(if options.include_confidential {
            format!("{confidential} {rounds} marked confidential; the facilitator chose to include their notes.")
        } else {
            format!("{confidential} {rounds} confidential: their notes are not in this record.")
        }));
    }
    blocks
}
