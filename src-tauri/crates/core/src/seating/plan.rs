//! What the planner answers: every round's seating with its figures and warnings, and
//! the count of how often each pair met.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::request::Round;

/// A seating plan for the whole café.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Plan {
    /// Every round: the played ones first, unchanged, then the planned ones. In a
    /// planned round table `t` is at position `t`, its hosts first, then the others in
    /// guest order.
    pub rounds: Vec<Round>,
    /// Repeats E: Σ over pairs of max(0, m − 1), where m counts the pair's meetings at
    /// earlier cafés, in the rounds played and in the rounds planned.
    pub repeats: u32,
    /// No plan can have fewer repeats than this.
    pub lower_bound: u32,
    /// `repeats == lower_bound`: no plan could do better on repeats.
    pub optimal: bool,
    /// Pairs of the same team at a table, over the planned rounds.
    pub team_clashes: u32,
    pub seed: u32,
    pub warnings: Vec<PlanWarning>,
}

impl Plan {
    /// How often each pair met in this café's rounds (earlier cafés left out).
    pub fn meetings(&self) -> PairCounts {
        let n = self
            .rounds
            .iter()
            .flatten()
            .flatten()
            .map(|&g| g as usize + 1)
            .max()
            .unwrap_or(0);
        meetings(&self.rounds, &[], n)
    }

    /// The most times any one pair met in this café's rounds.
    pub fn max_meetings(&self) -> u32 {
        self.meetings().max()
    }
}

/// Something the facilitator should know about the plan, sent to the UI tagged by
/// `type`, e.g. `{ "type": "FewerTablesThanSeats", "tables": 3, "seats": 4 }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type")]
pub enum PlanWarning {
    /// Fewer tables than seats at the largest table: the people of a table cannot all
    /// go to different tables, so from round 2 on some pairs meet again.
    FewerTablesThanSeats { tables: u32, seats: u32 },
    /// Repeats are unavoidable for another reason (many rounds, or people who met
    /// before): at least this many.
    RepeatsUnavoidable { at_least: u32 },
    /// A host (guest index) is away, and nobody else hosts their table (counting from
    /// 0) in the rounds planned.
    HostAbsent { guest: u32, table: u32 },
}

impl PlanWarning {
    /// The warning in words for the facilitator.
    pub fn message(&self) -> String {
        match self {
            PlanWarning::FewerTablesThanSeats { tables, seats } => format!(
                "There are fewer tables ({tables}) than people at a table ({seats}), so \
                 from round 2 some people will sit with someone they have met. More, \
                 smaller tables would avoid this."
            ),
            PlanWarning::RepeatsUnavoidable { at_least } => {
                let times = if *at_least == 1 {
                    "once".to_string()
                } else {
                    format!("{at_least} times")
                };
                format!(
                    "No seating avoids every repeat: at least {times}, someone will sit \
                     with a person they have already met."
                )
            }
            PlanWarning::HostAbsent { table, .. } => format!(
                "The host of table {} is away, so that table has no host for the rounds \
                 ahead.",
                table + 1
            ),
        }
    }
}

/// How often each pair of guests met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairCounts {
    n: usize,
    counts: Vec<u32>,
}

impl PairCounts {
    /// Guests counted (indices `0..guests()`).
    pub fn guests(&self) -> usize {
        self.n
    }

    /// Times `a` and `b` met; 0 for a guest with themselves or out of range.
    pub fn get(&self, a: u32, b: u32) -> u32 {
        let (a, b) = (a as usize, b as usize);
        if a < self.n && b < self.n {
            self.counts[a * self.n + b]
        } else {
            0
        }
    }

    /// The most times any pair met.
    pub fn max(&self) -> u32 {
        self.counts.iter().copied().max().unwrap_or(0)
    }

    /// Repeats: Σ over pairs of max(0, m − 1).
    pub fn repeats(&self) -> u64 {
        self.pairs().map(|m| u64::from(m.saturating_sub(1))).sum()
    }

    /// How many pairs met exactly `times` times.
    pub fn pairs_meeting(&self, times: u32) -> usize {
        self.pairs().filter(|&m| m == times).count()
    }

    fn pairs(&self) -> impl Iterator<Item = u32> + '_ {
        let n = self.n;
        (0..n).flat_map(move |i| self.counts[i * n + i + 1..(i + 1) * n].iter().copied())
    }
}

/// Counts how often each pair of the `n` guests met over `plan_rounds`, plus the
/// `(first, second, times)` meetings of `earlier` cafés. Indices outside `0..n` and
/// guests paired with themselves are left out.
pub fn meetings(plan_rounds: &[Round], earlier: &[(u32, u32, u32)], n: usize) -> PairCounts {
    let mut counts = vec![0u32; n * n];
    let mut add = |a: u32, b: u32, times: u32| {
        let (i, j) = (a as usize, b as usize);
        if i != j && i < n && j < n {
            counts[i * n + j] = counts[i * n + j].saturating_add(times);
            counts[j * n + i] = counts[j * n + i].saturating_add(times);
        }
    };
    for &(a, b, times) in earlier {
        add(a, b, times);
    }
    for table in plan_rounds.iter().flatten() {
        for (k, &a) in table.iter().enumerate() {
            for &b in &table[k + 1..] {
                add(a, b, 1);
            }
        }
    }
    PairCounts { n, counts }
}
