//! What the clock says at a given `now`: time used and left in the current step, the
//! warning colour and when it next changes, the expected end and how far off plan we are.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::command::LiveCommand;
use super::state::{LiveState, LiveStatus, StepRecord};
use super::thresholds::Thresholds;

/// The timer's colour. Each level begins at the instant its threshold is reached:
/// Amber with exactly `amber_secs` left, Red with exactly `red_secs` left, and Overtime
/// when nothing is left (remaining <= 0), the same instant the chime sounds and
/// auto-advance moves on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Warning {
    Normal,
    Amber,
    Red,
    Overtime,
}

impl Warning {
    /// The level for this much time left in the step.
    pub fn for_remaining(remaining_ms: i64, thresholds: &Thresholds) -> Warning {
        if remaining_ms <= 0 {
            Warning::Overtime
        } else if remaining_ms <= i64::from(thresholds.red_secs) * 1000 {
            Warning::Red
        } else if remaining_ms <= i64::from(thresholds.amber_secs) * 1000 {
            Warning::Amber
        } else {
            Warning::Normal
        }
    }
}

impl LiveState {
    /// Time the current step's clock has run: from its start to `now` (or to the pause,
    /// while paused), less its pauses. Zero before the start and after the finish.
    pub fn elapsed_ms(&self, now: DateTime<Utc>) -> i64 {
        let Some(started) = self.step_started_at else {
            return 0;
        };
        let end = match self.status {
            LiveStatus::Running => self.clock(now),
            LiveStatus::Paused => self.paused_at.unwrap_or(started),
            LiveStatus::NotStarted | LiveStatus::Finished => return 0,
        };
        (end - started)
            .num_milliseconds()
            .saturating_sub(self.paused_ms)
            .max(0)
    }

    /// The current step's planned length.
    pub fn planned_ms(&self) -> i64 {
        self.agenda
            .steps
            .get(self.current)
            .map_or(0, |s| i64::from(s.planned_secs) * 1000)
    }

    /// The time the current step has: planned, plus any time added; never below zero.
    pub fn allowance_ms(&self) -> i64 {
        self.planned_ms().saturating_add(self.adjust_ms).max(0)
    }

    /// Allowance less elapsed time; below zero the step is running over, and keeps
    /// going down while the clock runs. Zero after the finish.
    pub fn remaining_ms(&self, now: DateTime<Utc>) -> i64 {
        if self.status == LiveStatus::Finished {
            return 0;
        }
        self.allowance_ms().saturating_sub(self.elapsed_ms(now))
    }

    /// The timer's colour; Normal unless a step is under way (a paused step keeps its
    /// colour).
    pub fn warning(&self, now: DateTime<Utc>, thresholds: &Thresholds) -> Warning {
        if !self.status.is_under_way() {
            return Warning::Normal;
        }
        Warning::for_remaining(self.remaining_ms(now), thresholds)
    }

    /// The instant the running step's time runs out (remaining reaches zero).
    pub fn deadline(&self) -> Option<DateTime<Utc>> {
        self.instant_with_remaining(0)
    }

    /// The exact instant the warning level next changes, for the shell to schedule the
    /// colour change and chime in Rust; None unless running, and None once in overtime
    /// (nothing changes after that).
    pub fn next_change_at(
        &self,
        now: DateTime<Utc>,
        thresholds: &Thresholds,
    ) -> Option<DateTime<Utc>> {
        let remaining = self.remaining_ms(now);
        let level = Warning::for_remaining(remaining, thresholds);
        let mut boundaries = [
            i64::from(thresholds.amber_secs) * 1000,
            i64::from(thresholds.red_secs) * 1000,
            0,
        ];
        boundaries.sort_unstable_by(|a, b| b.cmp(a));
        let boundary = boundaries
            .into_iter()
            .find(|b| *b < remaining && Warning::for_remaining(*b, thresholds) != level)?;
        self.instant_with_remaining(boundary)
    }

    /// When the running step's clock shows `remaining_ms` left.
    fn instant_with_remaining(&self, remaining_ms: i64) -> Option<DateTime<Utc>> {
        if self.status != LiveStatus::Running {
            return None;
        }
        let started = self.step_started_at?;
        let used = self.allowance_ms() - remaining_ms + self.paused_ms;
        started.checked_add_signed(Duration::milliseconds(used))
    }

    /// When the meeting will end if every step from now on takes its planned time: what
    /// is left of the current step (none if over), then the planned length of the steps
    /// after it. None after the finish.
    pub fn planned_end(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if self.status == LiveStatus::Finished {
            return None;
        }
        let following: i64 = self
            .agenda
            .steps
            .iter()
            .skip(self.current + 1)
            .map(|s| i64::from(s.planned_secs) * 1000)
            .sum();
        let left = self.remaining_ms(now).max(0) + following;
        self.clock(now)
            .checked_add_signed(Duration::milliseconds(left))
    }

    /// How far the meeting runs behind (positive) or ahead (negative) of its plan, in
    /// milliseconds. Each step left behind counts its time used less its allowance; the
    /// current step counts only its overtime so far. A step run more than once counts all
    /// its runs against one allowance (planned time plus any time added in its runs), so
    /// going back or restarting shows as time behind.
    pub fn schedule_delta_ms(&self, now: DateTime<Utc>) -> i64 {
        let current_id = self
            .status
            .is_under_way()
            .then(|| self.current_step().map(|s| s.id))
            .flatten();
        let mut seen: Vec<u32> = Vec::new();
        let mut delta = 0;
        for record in &self.completed {
            if seen.contains(&record.step_id) || Some(record.step_id) == current_id {
                continue;
            }
            seen.push(record.step_id);
            let runs = self.runs_of(record.step_id);
            let planned = runs.clone().last().map_or(0, |r| i64::from(r.planned_secs));
            let used: i64 = runs.clone().map(|r| r.active_ms).sum();
            let added: i64 = runs.map(|r| r.adjust_ms).sum();
            delta += used - (planned * 1000 + added).max(0);
        }
        if let Some(id) = current_id {
            let used: i64 =
                self.runs_of(id).map(|r| r.active_ms).sum::<i64>() + self.elapsed_ms(now);
            let added: i64 = self.runs_of(id).map(|r| r.adjust_ms).sum::<i64>() + self.adjust_ms;
            delta += (used - (self.planned_ms() + added).max(0)).max(0);
        }
        delta
    }

    fn runs_of(&self, id: u32) -> impl Iterator<Item = &StepRecord> + Clone {
        self.completed.iter().filter(move |r| r.step_id == id)
    }

    /// Whether auto-advance should move on now: it is on, the clock is running, the
    /// step's time is up, and this is not the last step (the finish is always the
    /// facilitator's call).
    pub fn auto_advance_due(&self, now: DateTime<Utc>) -> bool {
        self.auto_advance_at().is_some() && self.remaining_ms(now) <= 0
    }

    /// The instant auto-advance will move on from the current step, if it will. The shell
    /// sets a timer for it and then applies `Next` stamped with this instant, not with the
    /// moment its timer fired, so a late timer or a closed app loses no time.
    pub fn auto_advance_at(&self) -> Option<DateTime<Utc>> {
        let more_steps = self.current + 1 < self.agenda.len();
        if self.auto_advance && more_steps {
            self.deadline()
        } else {
            None
        }
    }

    /// The state with every auto-advance due by `now` applied at its own deadline: what
    /// the shell calls after reloading a session, so the steps that ran out while the app
    /// was closed are closed at the right instants.
    pub fn advance_due(&self, now: DateTime<Utc>) -> LiveState {
        let mut state = self.clone();
        while let Some(at) = state.auto_advance_at().filter(|at| *at <= now) {
            match state.apply(LiveCommand::Next, at) {
                Ok(next) => state = next,
                Err(_) => break,
            }
        }
        state
    }
}

#[cfg(test)]
#[path = "timer_tests.rs"]
mod tests;
