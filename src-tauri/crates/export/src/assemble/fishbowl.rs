//! A Fishbowl's part of the record: how it was run, everyone's talk time and how evenly
//! it was shared, the scribe's key points, and who sat where when.

use chrono::{DateTime, Utc};
use mobilise_core::techniques::fishbowl::{
    Equity, Fishbowl, FishbowlMode, FishbowlRecord, FishbowlSetup,
};
use mobilise_core::techniques::Technique;
use uuid::Uuid;

use super::printed::{Printed, Printing};
use crate::record::Block;

impl Printed for Fishbowl {
    const HEADING: &'static str = "Fishbowl";

    /// Nothing until the set-up is saved: a fishbowl that never ran has no record.
    fn blocks(record: &FishbowlRecord, printing: &Printing<'_>) -> Vec<Block> {
        if record.setup.is_none() {
            return Vec::new();
        }
        let fishbowl = <Fishbowl as Technique>::overview(record, &printing.context());
        blocks(&fishbowl, printing)
    }
}

fn blocks(
    fishbowl: &mobilise_core::techniques::fishbowl::FishbowlOverview,
    printing: &Printing<'_>,
) -> Vec<Block> {
    let names = printing.names.include;
    let name_of = |id: Uuid| printing.names.of(id);
    let time = |at: DateTime<Utc>| (printing.local_time)(at).format("%H:%M").to_string();
    let mut blocks = vec![Block::Paragraph {
        text: how_it_ran(&fishbowl.setup, names.then_some(&name_of)),
    }];

    blocks.push(Block::Subheading {
        text: "Talk time".into(),
    });
    let mut speakers: Vec<_> = fishbowl.talk.people.iter().collect();
    speakers.sort_by_key(|p| std::cmp::Reverse(p.total_ms));
    if speakers.is_empty() {
        blocks.push(Block::Paragraph {
            text: "Nobody held the fish.".into(),
        });
    } else {
        let total = fishbowl.talk.total_ms.max(1);
        blocks.push(Block::Table {
            header: ["Speaker", "Talk time", "Turns", "Longest turn", "Share"]
                .map(String::from)
                .to_vec(),
            rows: speakers
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    vec![
                        if names {
                            name_of(p.person)
                        } else {
                            format!("Speaker {}", i + 1)
                        },
                        talk_length(p.total_ms),
                        p.turns.to_string(),
                        talk_length(p.longest_ms),
                        format!("{}%", (p.total_ms * 100 + total / 2) / total),
                    ]
                })
                .collect(),
        });
    }
    blocks.push(Block::Paragraph {
        text: evenness(&fishbowl.equity),
    });
    if names && !fishbowl.not_yet_spoken.is_empty() {
        let quiet: Vec<String> = fishbowl
            .not_yet_spoken
            .iter()
            .map(|&id| name_of(id))
            .collect();
        blocks.push(Block::Paragraph {
            text: format!("Did not speak: {}.", quiet.join(", ")),
        });
    }

    blocks.push(Block::Subheading {
        text: "Key points".into(),
    });
    if fishbowl.state.points.is_empty() {
        blocks.push(Block::Paragraph {
            text: "The scribe captured no key points.".into(),
        });
    } else {
        blocks.push(Block::Bullets {
            items: fishbowl
                .state
                .points
                .iter()
                .map(|point| match point.speaker.filter(|_| names) {
                    Some(speaker) => {
                        format!("{} {} ({})", time(point.at), point.text, name_of(speaker))
                    }
                    None => format!("{} {}", time(point.at), point.text),
                })
                .collect(),
        });
    }

    if names && !fishbowl.state.sittings.is_empty() {
        blocks.push(Block::Subheading {
            text: "Who sat where".into(),
        });
        let spare = fishbowl.setup.spare_chair();
        blocks.push(Block::Table {
            header: ["Name", "Chair", "From", "To"].map(String::from).to_vec(),
            rows: fishbowl
                .state
                .sittings
                .iter()
                .map(|s| {
                    vec![
                        name_of(s.person),
                        if Some(s.chair) == spare {
                            "Spare".into()
                        } else {
                            (s.chair + 1).to_string()
                        },
                        time(s.from),
                        s.to.map_or_else(|| "the end".into(), time),
                    ]
                })
                .collect(),
        });
    }
    blocks
}

fn how_it_ran(setup: &FishbowlSetup, names: Option<&dyn Fn(Uuid) -> String>) -> String {
    let mut text = match setup.mode {
        FishbowlMode::Open => format!(
            "An open fishbowl: {} chairs in the inner circle and a spare chair for anyone joining.",
            setup.inner_chairs
        ),
        FishbowlMode::Closed => format!(
            "A closed fishbowl: {} chairs in the inner circle, watched by the outer circle.",
            setup.inner_chairs
        ),
    };
    if let Some(name_of) = names {
        for (role, person) in [("Facilitator", setup.facilitator), ("Scribe", setup.scribe)] {
            if let Some(person) = person {
                text.push_str(&format!(" {role}: {}.", name_of(person)));
            }
        }
    }
    if let Some(secs) = setup.turn_limit_secs {
        text.push_str(&format!(
            " Turns were limited to {}.",
            talk_length(i64::from(secs) * 1000)
        ));
    }
    text
}

fn evenness(equity: &Equity) -> String {
    let mut text = format!(
        "Voices heard: {} of {}.",
        equity.voices_heard, equity.voices_possible
    );
    if let Some(share) = equity.top_share {
        text.push_str(&format!(
            " The top speaker had {:.0}% of the talk time.",
            share * 100.0
        ));
    }
    if let Some(gini) = equity.gini {
        text.push_str(&format!(
            " Evenness (Gini coefficient): {gini:.2}, where 0 is perfectly even."
        ));
    }
    text
}

/// "45 sec", "4 min 5 sec": talk time to the second.
fn talk_length(ms: i64) -> String {
    let secs = (ms.max(0) + 500) / 1000;
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} sec"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} sec"),
    }
}

#[cfg(test)]
mod tests {
    use super::talk_length;

    #[test]
    fn talk_is_shown_to_the_second() {
        assert_eq!(talk_length(0), "0 sec");
        assert_eq!(talk_length(44_600), "45 sec");
        assert_eq!(talk_length(60_000), "1 min");
        assert_eq!(talk_length(245_000), "4 min 5 sec");
    }
}
