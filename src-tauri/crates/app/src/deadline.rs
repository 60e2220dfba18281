//! The wall-clock budget of a search (the seating planner's): the core never reads the
//! clock, so the app gives it a deadline to stop searching at.

use std::time::{Duration, Instant};

use mobilise_core::seating::Budget;

/// How long the console waits for a better seating plan. The planner stops sooner when
/// it reaches the proven minimum, as it does for typical cafés.
pub const PLAN_BUDGET: Duration = Duration::from_secs(1);

pub struct Deadline(Instant);

impl Deadline {
    pub fn after(budget: Duration) -> Deadline {
        Deadline(Instant::now() + budget)
    }

    pub fn passed(&self) -> bool {
        Instant::now() >= self.0
    }
}

impl Budget for Deadline {
    fn exhausted(&mut self) -> bool {
        self.passed()
    }
}
