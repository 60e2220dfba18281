//! A Peer Assist as printed: the dated preparation, the notice the peers had, the home
//! team and the visitors, and the feedback in the framework's two parts.

use mobilise_core::techniques::peer_assist::{FeedbackKind, PeerAssist, PeerAssistRecord, Side};
use mobilise_core::Session;

use super::day;
use super::printed::{para, sub, table, Names, Printed, Printing};
use crate::record::Block;

impl Printed for PeerAssist {
    const HEADING: &'static str = "The peer assist";

    fn blocks(record: &PeerAssistRecord, printing: &Printing<'_>) -> Vec<Block> {
        record_blocks(record, printing.session, &printing.names)
    }
}

fn record_blocks(record: &PeerAssistRecord, session: &Session, names: &Names<'_>) -> Vec<Block> {
    let mut blocks = vec![sub("Preparation")];
    let rows = record
        .checklist
        .iter()
        .map(|item| {
            vec![
                item.label.clone(),
                item.done_on.map(day).unwrap_or_else(|| "Not done".into()),
            ]
        })
        .collect();
    blocks.push(table(&["Item", "Done on"], rows));
    if let Some(days) = record.notice_days(session.scheduled_at.date()) {
        let unit = if days.abs() == 1 { "day" } else { "days" };
        blocks.push(para(format!(
            "The peers were invited {days} {unit} before the meeting."
        )));
    }
    if names.include {
        let side = |want| {
            session
                .participants
                .iter()
                .filter(|p| Side::of_role(&p.role) == Some(want))
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        };
        for (label, want) in [("Home team", Side::HomeTeam), ("Visitors", Side::Visitor)] {
            let people = side(want);
            if !people.is_empty() {
                blocks.push(para(format!("{label}: {}", people.join(", "))));
            }
        }
    }
    for (heading, kind) in [
        ("What worked well", FeedbackKind::WorkedWell),
        (
            "What could have been done better",
            FeedbackKind::CouldBeBetter,
        ),
    ] {
        let items: Vec<String> = record
            .feedback_of(kind)
            .into_iter()
            .map(|f| match f.from.filter(|_| names.include) {
                Some(from) => format!("{} ({})", f.text, names.of(from)),
                None => f.text.clone(),
            })
            .collect();
        if !items.is_empty() {
            blocks.push(sub(heading));
            blocks.push(Block::Bullets { items });
        }
    }
    blocks
}
