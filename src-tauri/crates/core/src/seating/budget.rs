//! When the planner must stop looking for a better plan. Core never reads the clock, so
//! the caller decides: the shell gives a wall-clock budget, tests and scripts count steps.

/// When the search must stop looking for a better plan. The planner asks once per
/// search step (one applied swap, after weighing a few hundred to a few thousand
/// candidate swaps), so an implementation that reads a clock is asked often enough to
/// stop within a millisecond or so of its deadline.
pub trait Budget {
    fn exhausted(&mut self) -> bool;
}

/// Deterministic budget for tests and scripts: stops after `n` search steps. With the
/// same request, seed and step count the planner returns the same plan on any machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Steps(pub u64);

impl Budget for Steps {
    fn exhausted(&mut self) -> bool {
        if self.0 == 0 {
            return true;
        }
        self.0 -= 1;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_allows_exactly_n() {
        let mut steps = Steps(2);
        assert!(!steps.exhausted());
        assert!(!steps.exhausted());
        assert!(steps.exhausted());
        assert!(steps.exhausted());
    }
}
