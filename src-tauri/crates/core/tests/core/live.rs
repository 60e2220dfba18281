//! Property tests of the live facilitation engine: random command sequences at random
//! instants, checked against a simple model that keeps the running intervals of the
//! current step (every technique's own agenda is live_agendas.rs).

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

use mobilise_core::live::{
    Agenda, LiveCommand, LiveState, LiveStatus, Thresholds, MAX_ALLOWANCE_MS, MAX_STEPS,
    MAX_STEP_SECS, MIN_STEP_SECS,
};

use crate::live_common::{agenda_of, instant};

/// Offsets (ms) after a transition at which every query is checked.
const PROBES: [i64; 6] = [0, 1, 999, 60_000, 601_000, 4 * 3_600_000];

fn command() -> impl Strategy<Value = LiveCommand> {
    use LiveCommand as C;
    prop_oneof![
        3 => Just(C::Start),
        4 => Just(C::Pause),
        4 => Just(C::Resume),
        3 => (-900i64..900).prop_map(|secs| C::AddTime { secs }),
        3 => Just(C::Next),
        2 => Just(C::Previous),
        1 => Just(C::RestartStep),
        2 => (0usize..7).prop_map(|index| C::GoTo { index }),
        1 => Just(C::Finish),
        2 => Just(C::NextQuestion),
        1 => Just(C::PreviousQuestion),
        1 => (0usize..3).prop_map(|index| C::SetQuestion { index }),
        1 => any::<bool>().prop_map(|on| C::SetAutoAdvance { on }),
        1 => (0usize..8, 0u32..500)
            .prop_map(|(at, minutes)| C::AddStep { at, title: "Extra".into(), minutes }),
        1 => (1u32..9).prop_map(|id| C::RemoveStep { id }),
        1 => (0usize..7, 0usize..7).prop_map(|(from, to)| C::MoveStep { from, to }),
        2 => (1u32..9, 0u32..3_000).prop_map(|(id, secs)| C::RetimeStep { id, secs }),
        1 => (1u32..9).prop_map(|id| C::RenameStep { id, title: "Renamed".into() }),
    ]
}

fn wait() -> impl Strategy<Value = i64> {
    prop_oneof![1 => Just(0i64), 1 => 1i64..2_000, 3 => 0i64..900_000]
}

/// What the engine should do, written the plain way: the current step is kept by id, and
/// its clock is a list of running intervals `[start, end)` in ms since `base()`.
#[derive(Debug, Clone)]
struct Model {
    steps: Vec<(u32, u32)>,
    status: LiveStatus,
    current_id: Option<u32>,
    intervals: Vec<(i64, Option<i64>)>,
    adjust_ms: i64,
    /// How many questions each step has, by id, and the current one's position.
    questions: std::collections::HashMap<u32, usize>,
    question: usize,
    /// The highest id of a step whose run has closed: a new step is numbered above it.
    ran: u32,
}

impl Model {
    fn new(agenda: &Agenda) -> Model {
        Model {
            steps: agenda
                .steps
                .iter()
                .map(|s| (s.id, s.planned_secs))
                .collect(),
            status: LiveStatus::NotStarted,
            current_id: None,
            intervals: Vec::new(),
            adjust_ms: 0,
            questions: agenda
                .steps
                .iter()
                .map(|s| (s.id, s.questions.len()))
                .collect(),
            question: 0,
            ran: 0,
        }
    }

    fn pos(&self, id: u32) -> Option<usize> {
        self.steps.iter().position(|(i, _)| *i == id)
    }

    fn current(&self) -> usize {
        self.current_id.and_then(|id| self.pos(id)).unwrap_or(0)
    }

    fn under_way(&self) -> bool {
        matches!(self.status, LiveStatus::Running | LiveStatus::Paused)
    }

    fn allowance(&self) -> i64 {
        let planned = i64::from(self.steps[self.current()].1) * 1000;
        (planned + self.adjust_ms).max(0)
    }

    fn elapsed(&self, t: i64) -> i64 {
        self.intervals.iter().map(|(a, b)| b.unwrap_or(t) - a).sum()
    }

    fn remaining(&self, t: i64) -> i64 {
        match self.status {
            LiveStatus::Finished => 0,
            _ => self.allowance() - self.elapsed(t),
        }
    }

    fn enter(&mut self, index: usize, t: i64) {
        if let Some(left) = self.current_id {
            self.ran = self.ran.max(left);
        }
        self.current_id = Some(self.steps[index].0);
        self.adjust_ms = 0;
        self.question = 0;
        self.intervals.clear();
        if self.status == LiveStatus::Running {
            self.intervals.push((t, None));
        }
    }

    /// Applies the command if it is legal, and says whether it was.
    fn apply(&mut self, command: &LiveCommand, t: i64) -> bool {
        use LiveCommand as C;
        use LiveStatus as S;
        if self.status == S::Finished {
            return false;
        }
        let len = self.steps.len();
        let cur = self.current();
        let under_way = self.under_way();
        let asked = self
            .steps
            .get(cur)
            .and_then(|(id, _)| self.questions.get(id))
            .copied()
            .unwrap_or(0);
        match command {
            C::Start if self.status == S::NotStarted => {
                self.status = S::Running;
                self.enter(0, t);
            }
            C::Pause if self.status == S::Running => {
                self.status = S::Paused;
                if let Some(last) = self.intervals.last_mut() {
                    last.1 = Some(t);
                }
            }
            C::Resume if self.status == S::Paused => {
                self.status = S::Running;
                self.intervals.push((t, None));
            }
            C::AddTime { secs } if under_way => {
                let planned = i64::from(self.steps[cur].1) * 1000;
                let wanted = (self.allowance() + secs * 1000).clamp(0, MAX_ALLOWANCE_MS);
                self.adjust_ms = wanted - planned;
            }
            C::Next if under_way && cur + 1 < len => self.enter(cur + 1, t),
            C::Previous if under_way && cur > 0 => self.enter(cur - 1, t),
            C::GoTo { index } if under_way && *index < len => {
                if *index != cur {
                    self.enter(*index, t);
                }
            }
            C::RestartStep if under_way => self.enter(cur, t),
            C::Finish if under_way => self.status = S::Finished,
            C::NextQuestion if under_way && self.question + 1 < asked => self.question += 1,
            C::PreviousQuestion if under_way && asked > 0 && self.question > 0 => {
                self.question -= 1;
            }
            C::SetQuestion { index } if under_way && *index < asked => self.question = *index,
            C::SetAutoAdvance { .. } => {}
            C::AddStep { at, minutes, .. }
                if *at <= len && len < MAX_STEPS && (1..=480).contains(minutes) =>
            {
                let id = self
                    .steps
                    .iter()
                    .map(|(i, _)| *i)
                    .max()
                    .unwrap_or(0)
                    .max(self.ran)
                    + 1;
                self.steps.insert(*at, (id, minutes * 60));
                self.questions.insert(id, 0);
            }
            C::RemoveStep { id } => match self.pos(*id) {
                Some(p) if len > 1 && !(under_way && p == cur) => {
                    self.steps.remove(p);
                }
                _ => return false,
            },
            C::MoveStep { from, to } if *from < len && *to < len => {
                let step = self.steps.remove(*from);
                self.steps.insert(*to, step);
            }
            C::RetimeStep { id, secs } => match self.pos(*id) {
                Some(p) if (MIN_STEP_SECS..=MAX_STEP_SECS).contains(secs) => {
                    self.steps[p].1 = *secs;
                }
                _ => return false,
            },
            C::RenameStep { id, .. } => return self.pos(*id).is_some(),
            _ => return false,
        }
        true
    }
}

/// Every query the UI and the shell use, at one instant.
fn answers(s: &LiveState, now: DateTime<Utc>) -> impl PartialEq + std::fmt::Debug {
    let th = Thresholds::default();
    (
        (s.elapsed_ms(now), s.allowance_ms(), s.remaining_ms(now)),
        (s.warning(now, &th), s.next_change_at(now, &th)),
        (s.planned_end(now), s.schedule_delta_ms(now)),
        (s.auto_advance_due(now), s.auto_advance_at(), s.summary(now)),
    )
}

fn check_against_model(s: &LiveState, model: &Model, t: i64) -> Result<(), TestCaseError> {
    let th = Thresholds::default();
    prop_assert_eq!(s.status, model.status, "the status follows the commands");
    prop_assert_eq!(
        s.question,
        model.question,
        "the question follows its commands"
    );
    let ids: Vec<(u32, u32)> = s
        .agenda
        .steps
        .iter()
        .map(|x| (x.id, x.planned_secs))
        .collect();
    prop_assert_eq!(&ids, &model.steps, "the agenda follows its edits");
    prop_assert_eq!(
        s.current,
        model.current(),
        "the current step stays the same step"
    );
    let mut last = None;
    for probe in PROBES {
        let now = instant(t + probe);
        let remaining = s.remaining_ms(now);
        let expected = model.remaining(t + probe);
        // (1) remaining is the allowance less the time the clock really ran.
        prop_assert_eq!(
            remaining,
            expected,
            "remaining at +{} ms: model says {}",
            probe,
            expected
        );
        if let Some((before, level)) = last {
            match s.status {
                // (2) a pause neither loses nor gains time.
                LiveStatus::Paused => {
                    prop_assert_eq!(remaining, before, "a paused clock does not move")
                }
                // (3) the clock only runs down, and the colour only gets later.
                LiveStatus::Running => {
                    prop_assert!(remaining <= before, "remaining went up while running");
                    prop_assert!(s.warning(now, &th) >= level, "the warning went back");
                }
                _ => {}
            }
        }
        if let Some(change) = s.next_change_at(now, &th) {
            prop_assert!(change > now, "the next change is in the future");
            let level = s.warning(now, &th);
            let reason = "the level holds until the change, and changes there";
            prop_assert_eq!(
                s.warning(change - Duration::milliseconds(1), &th),
                level,
                "{}",
                reason
            );
            prop_assert_ne!(s.warning(change, &th), level, "{}", reason);
        }
        let caught_up = s.advance_due(now);
        prop_assert!(
            !caught_up.auto_advance_due(now),
            "advance_due leaves nothing due"
        );
        last = Some((remaining, s.warning(now, &th)));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_engine_agrees_with_a_model_of_running_intervals(
        minutes in prop::collection::vec(1u32..30, 1..6),
        script in prop::collection::vec((command(), wait()), 1..60),
    ) {
        let agenda = agenda_of(&minutes);
        let mut state = LiveState::new(agenda.clone());
        let mut model = Model::new(&agenda);
        let mut t = 0i64;
        for (command, dt) in script {
            t += dt;
            let result = state.apply(command.clone(), instant(t));
            let legal = model.apply(&command, t);
            prop_assert_eq!(result.is_ok(), legal, "{:?} at {} ms: {:?}", command, t, result);
            if let Ok(next) = result {
                state = next;
            }
            check_against_model(&state, &model, t)?;

            // (4) stored and reloaded, the state answers every query the same way.
            let json = serde_json::to_string(&state).expect("the state serialises");
            let reloaded: LiveState = serde_json::from_str(&json).expect("and reads back");
            prop_assert_eq!(&reloaded, &state, "the round trip is exact");
            for probe in PROBES {
                let now = instant(t + probe);
                prop_assert_eq!(answers(&reloaded, now), answers(&state, now));
            }
        }
    }

    #[test]
    fn a_pause_neither_loses_nor_gains_time(
        pauses in prop::collection::vec((0i64..600_000, 0i64..3_600_000), 1..8),
        tail in 0i64..600_000,
    ) {
        let mut s = LiveState::new(agenda_of(&[20]))
            .apply(LiveCommand::Start, instant(0))
            .expect("a new session starts");
        let (mut t, mut ran) = (0, 0);
        for (run_ms, pause_ms) in pauses {
            t += run_ms;
            ran += run_ms;
            s = s.apply(LiveCommand::Pause, instant(t)).expect("running, so it pauses");
            let at_pause = s.remaining_ms(instant(t));
            prop_assert_eq!(at_pause, 20 * 60_000 - ran, "only running time counts");
            prop_assert_eq!(s.remaining_ms(instant(t + pause_ms)), at_pause, "frozen while paused");
            t += pause_ms;
            s = s.apply(LiveCommand::Resume, instant(t)).expect("paused, so it resumes");
            prop_assert_eq!(s.remaining_ms(instant(t)), at_pause, "it resumes where it stopped");
        }
        let reason = "after the last resume it runs on from the same value";
        prop_assert_eq!(s.remaining_ms(instant(t + tail)), 20 * 60_000 - ran - tail, "{}", reason);
    }

    #[test]
    fn retiming_changes_the_total_by_exactly_the_difference(
        minutes in prop::collection::vec(1u32..60, 1..8),
        retimes in prop::collection::vec((1u32..10, 0u32..30_000), 0..20),
    ) {
        let mut state = LiveState::new(agenda_of(&minutes));
        let mut expected: Vec<u64> = minutes.iter().map(|m| u64::from(*m) * 60).collect();
        let original: u64 = expected.iter().sum();
        let mut change: i64 = 0;
        for (id, secs) in retimes {
            let command = LiveCommand::RetimeStep { id, secs };
            let index = usize::try_from(id).expect("small") - 1;
            let valid = index < expected.len() && (MIN_STEP_SECS..=MAX_STEP_SECS).contains(&secs);
            match state.apply(command, instant(0)) {
                Ok(next) => {
                    prop_assert!(valid, "retime of step {} to {} s should be refused", id, secs);
                    change += i64::from(secs) - i64::try_from(expected[index]).expect("small");
                    expected[index] = u64::from(secs);
                    state = next;
                }
                Err(e) => prop_assert!(!valid, "retime of {} to {} s refused: {}", id, secs, e),
            }
        }
        let total = state.agenda.total_planned_secs();
        prop_assert_eq!(total, expected.iter().sum::<u64>(), "the total is the sum of the steps");
        let by_change = i64::try_from(original).expect("small") + change;
        prop_assert_eq!(i64::try_from(total).expect("small"), by_change, "old total + differences");
    }
}
