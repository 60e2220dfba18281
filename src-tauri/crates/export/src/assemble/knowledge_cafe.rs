//! A Knowledge Café's part of the record: each round's tables, each person's tables, and
//! the table notes.

use mobilise_core::techniques::knowledge_cafe::{Cafe, KnowledgeCafe};

use super::printed::{Printed, Printing};
use super::ExportOptions;
use crate::record::Block;

impl Printed for KnowledgeCafe {
    const HEADING: &'static str = "Knowledge Café seating";

    fn heading(cafe: &Option<Cafe>) -> &'static str {
        match cafe {
            Some(cafe) if cafe.setup.espresso => "Espresso Café seating",
            _ => Self::HEADING,
        }
    }

    /// Nothing until the café is set up.
    fn blocks(cafe: &Option<Cafe>, printing: &Printing<'_>) -> Vec<Block> {
        cafe.as_ref()
            .map(|cafe| blocks(cafe, printing.options))
            .unwrap_or_default()
    }
}

/// A Knowledge Café's seating: each round's tables, each person's tables, table notes.
fn blocks(cafe: &Cafe, options: ExportOptions) -> Vec<Block> {
    let mut blocks = Vec::new();
    let tables = cafe.setup.tables.len();
    blocks.push(Block::Paragraph {
        text: format!(
            "{} people at {tables} tables, {} rounds of {} minutes{}.",
            cafe.guests.len(),
            cafe.setup.rounds,
            cafe.setup.round_minutes,
            if cafe.setup.espresso {
                " (Espresso Café)"
            } else {
                ""
            }
        ),
    });
    match &cafe.plan {
        None => blocks.push(Block::Paragraph {
            text: "No seating was planned.".into(),
        }),
        Some(plan) => {
            let repeats = match plan.repeats {
                1 => "1 repeat encounter".to_string(),
                n => format!("{n} repeat encounters"),
            };
            blocks.push(Block::Paragraph {
                text: if plan.optimal {
                    format!("{repeats}: the fewest possible.")
                } else {
                    format!(
                        "{repeats}; no seating can have fewer than {}.",
                        plan.lower_bound
                    )
                },
            });
            if options.include_names {
                for round in 0..cafe.setup.rounds {
                    blocks.push(Block::Subheading {
                        text: format!("Round {}", round + 1),
                    });
                    blocks.push(Block::Table {
                        header: vec!["Table".into(), "People".into()],
                        rows: cafe
                            .seating(round)
                            .into_iter()
                            .map(|t| vec![t.table, t.people.join(", ")])
                            .collect(),
                    });
                }
                let mut header = vec!["Name".to_string()];
                header.extend((1..=cafe.setup.rounds).map(|r| format!("Round {r}")));
                blocks.push(Block::Subheading {
                    text: "Each person's tables".into(),
                });
                blocks.push(Block::Table {
                    header,
                    rows: cafe
                        .cards()
                        .into_iter()
                        .map(|card| {
                            let mut row = vec![card.name];
                            row.extend(
                                card.tables
                                    .into_iter()
                                    .map(|t| t.unwrap_or_else(|| "—".into())),
                            );
                            row
                        })
                        .collect(),
                });
            } else {
                blocks.push(Block::Paragraph {
                    text: "Names are left out of this copy, so the table plan is not shown.".into(),
                });
            }
        }
    }
    if !cafe.table_notes.is_empty() {
        blocks.push(Block::Subheading {
            text: "Table notes".into(),
        });
        blocks.push(Block::Table {
            header: vec!["Round".into(), "Table".into(), "Notes".into()],
            rows: cafe
                .table_notes
                .iter()
                .map(|n| {
                    vec![
                        format!("Round {}", n.round + 1),
                        cafe.setup
                            .tables
                            .get(n.table as usize)
                            .cloned()
                            .unwrap_or_default(),
                        n.text.clone(),
                    ]
                })
                .collect(),
        });
    }
    blocks
}
