//! A Retrospect's marks out of 10 as printed: how many marked, the median and the spread,
//! and what would have made it a 10 for each person (numbered with names left out).

use mobilise_core::techniques::retrospect::{Retrospect, RetrospectMarks};

use super::printed::{para, sub, table, Names, Printed, Printing};
use crate::record::Block;

/// "7.5", "8": a median as people write it.
fn median_text(median: f64) -> String {
    if median.fract() == 0.0 {
        format!("{median:.0}")
    } else {
        format!("{median:.1}")
    }
}

impl Printed for Retrospect {
    const HEADING: &'static str = "Marks out of 10";

    fn blocks(marks: &RetrospectMarks, printing: &Printing<'_>) -> Vec<Block> {
        marks_blocks(marks, &printing.names)
    }
}

fn marks_blocks(marks: &RetrospectMarks, names: &Names<'_>) -> Vec<Block> {
    let summary = marks.summary();
    let mut blocks = Vec::new();
    match (summary.median, summary.lowest, summary.highest) {
        (Some(median), Some(low), Some(high)) => {
            let people = if summary.count == 1 {
                "person"
            } else {
                "people"
            };
            blocks.push(para(format!(
                "{} {people} gave a mark. Median {}; lowest {low}, highest {high}.",
                summary.count,
                median_text(median)
            )));
            let rows = (low..=high)
                .map(|mark| {
                    let count = summary
                        .histogram
                        .get(usize::from(mark))
                        .copied()
                        .unwrap_or(0);
                    vec![mark.to_string(), count.to_string()]
                })
                .collect();
            blocks.push(table(&["Mark", "People"], rows));
        }
        _ => blocks.push(para("Nobody gave a mark.")),
    }
    let answers: Vec<_> = marks
        .marks
        .iter()
        .filter(|m| !m.make_it_ten.is_empty())
        .collect();
    if !answers.is_empty() {
        blocks.push(sub("What would have made it a 10"));
        let rows = answers
            .iter()
            .map(|m| {
                vec![
                    names.of(m.person_id),
                    m.mark.map(|v| v.to_string()).unwrap_or_else(|| "–".into()),
                    m.make_it_ten.clone(),
                ]
            })
            .collect();
        blocks.push(table(
            &["Who", "Mark", "What would have made it a 10"],
            rows,
        ));
    }
    blocks
}
