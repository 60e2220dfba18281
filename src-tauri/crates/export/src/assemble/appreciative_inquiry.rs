//! An Appreciative Inquiry as printed: the Discovery stories, the Dream groups and their
//! dreams, the Design statements with the dreams they serve, and who delivers what.

use mobilise_core::techniques::appreciative_inquiry::{AppreciativeInquiry, InquiryBoard};
use mobilise_core::Action;
use uuid::Uuid;

use super::action_line;
use super::printed::{para, sub, table, Names, Printed, Printing};
use crate::record::Block;

impl Printed for AppreciativeInquiry {
    const HEADING: &'static str = "The inquiry";

    fn blocks(board: &InquiryBoard, printing: &Printing<'_>) -> Vec<Block> {
        board_blocks(board, &printing.names, printing.actions)
    }
}

fn board_blocks(board: &InquiryBoard, names: &Names<'_>, actions: &[Action]) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !board.stories.is_empty() {
        blocks.push(sub("Discovery: what has worked well"));
        let items = board
            .stories
            .iter()
            .map(|s| match s.teller.filter(|_| names.include) {
                Some(teller) => format!("{} ({})", s.text, names.of(teller)),
                None => s.text.clone(),
            })
            .collect();
        blocks.push(Block::Bullets { items });
    }
    if board.dreams().next().is_some() || !board.groups.is_empty() {
        blocks.push(sub("Dream: what we would love to see"));
        for group in &board.groups {
            let members: Vec<String> = group.members.iter().map(|m| names.of(*m)).collect();
            blocks.push(para(if members.is_empty() {
                group.name.clone()
            } else {
                format!("{} ({})", group.name, members.join(", "))
            }));
            if !group.dreams.is_empty() {
                blocks.push(Block::Bullets {
                    items: group.dreams.iter().map(|d| d.text.clone()).collect(),
                });
            }
        }
    }
    let dream_text = |id: &Uuid| {
        board
            .dreams()
            .find(|(_, d)| d.id == *id)
            .map(|(_, d)| d.text.clone())
    };
    if !board.designs.is_empty() {
        blocks.push(sub("Design: what we must do now"));
        let rows = board
            .designs
            .iter()
            .map(|d| {
                let serves: Vec<String> = d.dream_ids.iter().filter_map(dream_text).collect();
                vec![
                    d.statement.clone(),
                    if serves.is_empty() {
                        "Not yet linked to a dream".into()
                    } else {
                        serves.join("; ")
                    },
                ]
            })
            .collect();
        blocks.push(table(&["Design statement", "The dreams it serves"], rows));
    }
    let deliveries: Vec<(&Action, Vec<String>)> = board
        .deliveries
        .iter()
        .filter_map(|d| {
            let action = actions.iter().find(|a| a.id == d.action_id)?;
            let designs = d
                .design_ids
                .iter()
                .filter_map(|id| board.designs.iter().find(|x| x.id == *id))
                .map(|x| x.statement.clone())
                .collect();
            Some((action, designs))
        })
        .collect();
    if !deliveries.is_empty() {
        blocks.push(sub("Delivery: who takes it forward"));
        let rows = deliveries
            .into_iter()
            .map(|(action, designs)| {
                let line = action_line(action);
                vec![
                    line.what,
                    if names.include {
                        line.owner
                    } else {
                        String::new()
                    },
                    line.due,
                    designs.join("; "),
                ]
            })
            .collect();
        blocks.push(table(&["Idea", "Owner", "Due", "Takes forward"], rows));
    }
    blocks
}
