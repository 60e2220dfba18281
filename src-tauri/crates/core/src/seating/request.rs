//! What the facilitator asks the planner for: the guests, the tables and rounds, what
//! has happened already and what must not.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::tables::{DEFAULT_MAX_SIZE, DEFAULT_ROUNDS};

/// One round's seating: for each table, the guests (indices into
/// [`PlanRequest::guests`]) sitting at it.
pub type Round = Vec<Vec<u32>>;

/// Most guests one plan can seat: the pair tables grow with the square of this.
pub const MAX_GUESTS: usize = 1000;
/// Most rounds one café can have.
pub const MAX_ROUNDS: u32 = 50;
/// Most meetings counted for one pair from earlier cafés; it keeps the planner's sums
/// small, and beyond a handful the number no longer changes who should sit together.
pub const MAX_EARLIER_MEETINGS: u32 = 1000;

/// Someone at the café, known to the planner by their position in
/// [`PlanRequest::guests`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Guest {
    /// People of the same team are spread over the tables where possible.
    pub team: Option<String>,
    /// A host stays at this table (counting from 0) every round.
    pub host_table: Option<u32>,
}

/// A request for a seating plan. Rounds already played are kept as they were; the rest
/// are planned for everyone not `absent`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanRequest {
    pub guests: Vec<Guest>,
    /// Tables in each planned round; played rounds keep the tables they had.
    pub tables: u32,
    /// Most people at one table.
    pub max_size: u32,
    /// Rounds of the whole café, counting those already played.
    pub rounds: u32,
    /// Rounds already played, in order; they may seat people since gone and lack
    /// walk-ins.
    #[serde(default)]
    pub played: Vec<Round>,
    /// Guests not to seat in the rounds being planned.
    #[serde(default)]
    pub absent: Vec<u32>,
    /// `(first, second, times)`: how often two guests met at earlier cafés. Those
    /// meetings count as repeats if the pair meet again.
    #[serde(default)]
    pub earlier: Vec<(u32, u32, u32)>,
    /// Pairs never to be seated together in a planned round.
    #[serde(default)]
    pub keep_apart: Vec<(u32, u32)>,
    /// The same request with the same seed (and a step budget) gives the same plan.
    pub seed: u32,
}

impl PlanRequest {
    /// A café of `guests` at `tables` tables, with the default table limit and number
    /// of rounds, nothing played yet, and seed 0.
    pub fn new(guests: Vec<Guest>, tables: u32) -> PlanRequest {
        PlanRequest {
            guests,
            tables,
            max_size: DEFAULT_MAX_SIZE,
            rounds: DEFAULT_ROUNDS,
            played: Vec::new(),
            absent: Vec::new(),
            earlier: Vec::new(),
            keep_apart: Vec::new(),
            seed: 0,
        }
    }

    /// `n` guests with no team and no table to host.
    pub fn anonymous(n: u32, tables: u32) -> PlanRequest {
        PlanRequest::new(vec![Guest::default(); n as usize], tables)
    }
}
