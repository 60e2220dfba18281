//! The timings of a session for its record: planned against actual, step by step.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::state::LiveState;

/// Within this many seconds of its plan a step (or a session) ran on time: the console
/// and the exported record say the same.
pub const ON_TIME_SECS: u64 = 30;

/// How far `actual` ran from `planned`, in seconds: positive over, negative under, and
/// 0 when within [`ON_TIME_SECS`] of it.
pub fn off_plan_secs(planned: u64, actual: u64) -> i64 {
    let delta = i128::from(actual) - i128::from(planned);
    if delta.unsigned_abs() < u128::from(ON_TIME_SECS) {
        return 0;
    }
    i64::try_from(delta).unwrap_or(if delta > 0 { i64::MAX } else { i64::MIN })
}

/// How long one step was planned for and how long it actually ran (all its runs added
/// up, pauses left out), in whole seconds rounded to the nearest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StepTiming {
    pub step_id: u32,
    pub title: String,
    pub planned_secs: u32,
    #[ts(type = "number")]
    pub actual_secs: u64,
    /// False for a step that ran and was then removed from the agenda.
    pub on_agenda: bool,
    /// Over (positive) or under (negative) its plan, in seconds; 0 when on time.
    #[ts(type = "number")]
    pub off_plan_secs: i64,
}

/// Planned against actual for a whole session: the agenda's steps in agenda order (a
/// step never reached shows 0 actual), then any step that ran and was later removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TimingSummary {
    pub steps: Vec<StepTiming>,
    #[ts(type = "number")]
    pub total_planned_secs: u64,
    /// The sum of the steps' actual time, rounded once (so it can differ by a second from
    /// the sum of the rounded rows).
    #[ts(type = "number")]
    pub total_actual_secs: u64,
    /// The whole session over or under its plan, as [`StepTiming::off_plan_secs`].
    #[ts(type = "number")]
    pub total_off_plan_secs: i64,
}

impl LiveState {
    /// The session's timings. After `Finish` it is the final record; before, the current
    /// step's run so far (at `now`) is counted too.
    pub fn summary(&self, now: DateTime<Utc>) -> TimingSummary {
        let current_id = self
            .status
            .is_under_way()
            .then(|| self.current_step().map(|s| s.id))
            .flatten();
        let actual_ms = |id: u32| -> i64 {
            let closed: i64 = self
                .completed
                .iter()
                .filter(|r| r.step_id == id)
                .map(|r| r.active_ms)
                .sum();
            let open = if current_id == Some(id) {
                self.elapsed_ms(now)
            } else {
                0
            };
            closed + open
        };

        let mut rows: Vec<(StepTiming, i64)> = self
            .agenda
            .steps
            .iter()
            .map(|step| {
                let ms = actual_ms(step.id);
                let actual_secs = whole_secs(ms);
                let row = StepTiming {
                    step_id: step.id,
                    title: step.title.clone(),
                    planned_secs: step.planned_secs,
                    actual_secs,
                    on_agenda: true,
                    off_plan_secs: off_plan_secs(u64::from(step.planned_secs), actual_secs),
                };
                (row, ms)
            })
            .collect();
        for record in &self.completed {
            if rows.iter().any(|(row, _)| row.step_id == record.step_id) {
                continue;
            }
            let ms = actual_ms(record.step_id);
            let last = self.completed.iter().rfind(|r| r.step_id == record.step_id);
            let last = last.unwrap_or(record);
            let actual_secs = whole_secs(ms);
            let row = StepTiming {
                step_id: record.step_id,
                title: last.title.clone(),
                planned_secs: last.planned_secs,
                actual_secs,
                on_agenda: false,
                off_plan_secs: off_plan_secs(u64::from(last.planned_secs), actual_secs),
            };
            rows.push((row, ms));
        }

        let total_planned_secs = rows.iter().map(|(r, _)| u64::from(r.planned_secs)).sum();
        let total_actual_secs = whole_secs(rows.iter().map(|(_, ms)| *ms).sum());
        TimingSummary {
            steps: rows.into_iter().map(|(row, _)| row).collect(),
            total_planned_secs,
            total_actual_secs,
            total_off_plan_secs: off_plan_secs(total_planned_secs, total_actual_secs),
        }
    }
}

/// Milliseconds to whole seconds, half a second rounding up; never negative.
fn whole_secs(ms: i64) -> u64 {
    u64::try_from(ms.max(0).saturating_add(500) / 1000).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::live::{Agenda, LiveCommand as C};

    fn at(min: u32, sec: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 3, 4, 10, min, sec)
            .single()
            .expect("a valid instant")
    }

    fn agenda() -> Agenda {
        let mut agenda = Agenda::default();
        for (i, (title, minutes)) in [("Open", 5), ("Talk", 20), ("Close", 5)].iter().enumerate() {
            agenda.add_step(i, title, *minutes).expect("valid step");
        }
        agenda
    }

    #[test]
    fn within_half_a_minute_of_the_plan_is_on_time() {
        assert_eq!(off_plan_secs(600, 629), 0);
        assert_eq!(off_plan_secs(600, 571), 0);
        assert_eq!(off_plan_secs(600, 630), 30, "half a minute over is over");
        assert_eq!(off_plan_secs(600, 570), -30);
        assert_eq!(off_plan_secs(600, 735), 135);
        assert_eq!(off_plan_secs(0, u64::MAX), i64::MAX, "no overflow");
    }

    #[test]
    fn runs_of_a_step_add_up_and_an_unreached_step_shows_zero() {
        let mut s = LiveState::new(agenda());
        let steps = [
            (C::Start, at(0, 0)),
            (C::Next, at(6, 0)),
            (C::Previous, at(20, 0)),
            (C::Next, at(21, 30)),
            (C::Finish, at(30, 0)),
        ];
        for (command, now) in steps {
            s = s.apply(command, now).expect("a legal sequence");
        }
        let summary = s.summary(at(59, 0));
        let actual: Vec<u64> = summary.steps.iter().map(|t| t.actual_secs).collect();
        let reason = "Open ran 6 min + 1.5 min, Talk 14 + 8.5 min, Close never";
        assert_eq!(actual, [450, 1350, 0], "{reason}");
        assert_eq!(summary.total_planned_secs, 30 * 60);
        assert_eq!(
            summary.total_actual_secs,
            30 * 60,
            "the clock ran for 30 minutes"
        );
    }

    #[test]
    fn a_step_removed_after_it_ran_is_still_in_the_summary() {
        let mut s = LiveState::new(agenda());
        s = s.apply(C::Start, at(0, 0)).expect("start");
        s = s.apply(C::Next, at(4, 0)).expect("next");
        s = s
            .apply(C::RemoveStep { id: 1 }, at(5, 0))
            .expect("a step left behind");
        let summary = s.summary(at(10, 0));
        let ids: Vec<(u32, bool)> = summary
            .steps
            .iter()
            .map(|t| (t.step_id, t.on_agenda))
            .collect();
        assert_eq!(
            ids,
            [(2, true), (3, true), (1, false)],
            "removed steps come last"
        );
        assert_eq!(
            summary.steps[2].title, "Open",
            "a removed step keeps its name"
        );
        let reason = "the current step counts its time so far";
        assert_eq!(summary.steps[0].actual_secs, 6 * 60, "{reason}");
    }
}
