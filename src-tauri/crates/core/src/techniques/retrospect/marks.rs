//! A Retrospect's "marks out of 10 for the project as a whole": one mark per participant,
//! the distribution the room sees without names (a histogram and the median), and each
//! person's answer to "what would have made it a 10?".

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::techniques::rules::{on_roster, optional_statement, within_limit};
use crate::validation::ValidationError;

/// The highest mark: "out of 10".
pub const TOP_MARK: u8 = 10;

/// One participant's mark and what would have made it a 10. A mark may be missing while
/// the answer is known, or the other way round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Mark {
    pub person_id: Uuid,
    pub mark: Option<u8>,
    pub make_it_ten: String,
}

/// Every participant's mark, in roster order as entered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RetrospectMarks {
    pub marks: Vec<Mark>,
}

/// The marks as the room sees them: how many of each mark (0 to 10), how many marked,
/// and the median (the mean of the middle two when the count is even).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MarkSummary {
    /// `histogram[m]` people gave mark `m`; eleven entries, 0 to 10.
    pub histogram: Vec<u32>,
    pub count: u32,
    pub median: Option<f64>,
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
}

impl RetrospectMarks {
    pub fn summary(&self) -> MarkSummary {
        let mut given: Vec<u8> = self.marks.iter().filter_map(|m| m.mark).collect();
        given.sort_unstable();
        let mut histogram = vec![0_u32; usize::from(TOP_MARK) + 1];
        for mark in &given {
            if let Some(slot) = histogram.get_mut(usize::from(*mark)) {
                *slot += 1;
            }
        }
        MarkSummary {
            histogram,
            count: u32::try_from(given.len()).unwrap_or(u32::MAX),
            median: median(&given),
            lowest: given.first().copied(),
            highest: given.last().copied(),
        }
    }

    /// The marks as they will be stored, or the rule they break. People with neither a
    /// mark nor an answer are dropped.
    pub fn validated(&self, roster: &[Uuid]) -> Result<RetrospectMarks, ValidationError> {
        within_limit("marks", "marks", &self.marks)?;
        let mut marks: Vec<Mark> = Vec::with_capacity(self.marks.len());
        let mut seen: Vec<Uuid> = Vec::with_capacity(self.marks.len());
        for mark in &self.marks {
            on_roster("marks", mark.person_id, roster)?;
            // Blank rows count too: which of two rows for one person is blank must not
            // decide whether the pair is accepted.
            if seen.contains(&mark.person_id) {
                return Err(ValidationError::new("marks", "Each person gives one mark."));
            }
            seen.push(mark.person_id);
            if mark.mark.is_some_and(|m| m > TOP_MARK) {
                return Err(ValidationError::new(
                    "marks",
                    format!("A mark is out of {TOP_MARK}: give 0 to {TOP_MARK}."),
                ));
            }
            let make_it_ten = optional_statement("marks.make_it_ten", "answer", &mark.make_it_ten)?;
            if mark.mark.is_none() && make_it_ten.is_empty() {
                continue;
            }
            marks.push(Mark {
                person_id: mark.person_id,
                mark: mark.mark,
                make_it_ten,
            });
        }
        Ok(RetrospectMarks { marks })
    }
}

/// The median of sorted marks; `None` when there are none.
fn median(sorted: &[u8]) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let middle = n / 2;
    Some(if n % 2 == 1 {
        f64::from(sorted[middle])
    } else {
        (f64::from(sorted[middle - 1]) + f64::from(sorted[middle])) / 2.0
    })
}
