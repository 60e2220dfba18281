//! The live session's state and its transitions: `(state, command, now) -> state`, with
//! every clock kept as absolute instants so it survives being stored and reloaded.

use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::agenda::{moved_index, Agenda, AgendaStep};
use super::command::LiveCommand;
use super::error::LiveError;

/// The longest a step's allowance can be stretched to with `AddTime`.
pub const MAX_ALLOWANCE_MS: i64 = 24 * 60 * 60 * 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum LiveStatus {
    NotStarted,
    Running,
    Paused,
    Finished,
}

impl LiveStatus {
    /// Started and not yet finished: a step is open and has a clock.
    pub fn is_under_way(self) -> bool {
        matches!(self, LiveStatus::Running | LiveStatus::Paused)
    }
}

/// One run of a step, closed when the session moved on (or the step was restarted). A
/// step visited twice has two records; the summary adds them up by `step_id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StepRecord {
    pub step_id: u32,
    /// The title when the run closed, so a step removed afterwards is still named.
    pub title: String,
    #[ts(type = "string")]
    pub started_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub ended_at: DateTime<Utc>,
    /// Time the clock ran: `ended_at - started_at` less the pauses.
    #[ts(type = "number")]
    pub active_ms: i64,
    pub planned_secs: u32,
    /// Time added (or taken away) during this run.
    #[ts(type = "number")]
    pub adjust_ms: i64,
}

/// A running session's agenda and timer. Only instants are stored: what is left of a
/// step is worked out from them and the `now` a query is given, so a state stored before
/// a crash and reloaded later shows the time that really passed meanwhile.
///
/// Invariants kept by [`LiveState::apply`]: before the start `current` is 0 and there is
/// no clock; under way `step_started_at` is set, and `paused_at` is set exactly when
/// paused; after `Finish` there is no clock and every run is in `completed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LiveState {
    pub agenda: Agenda,
    /// Position of the current step in the agenda.
    pub current: usize,
    /// Position of the current question within the current step: 0 when a step is
    /// entered, and never past the step's last question (0 for a step without any).
    /// Absent from states stored before questions were taken one at a time.
    #[serde(default)]
    pub question: usize,
    pub status: LiveStatus,
    /// When the current run of the current step began.
    #[ts(type = "string | null")]
    pub step_started_at: Option<DateTime<Utc>>,
    #[ts(type = "string | null")]
    pub paused_at: Option<DateTime<Utc>>,
    /// Pauses of the current run that have ended.
    #[ts(type = "number")]
    pub paused_ms: i64,
    /// Time added to (or taken from) the current step's allowance in this run.
    #[ts(type = "number")]
    pub adjust_ms: i64,
    /// Move on by itself when a step's time is up (never past the last step).
    pub auto_advance: bool,
    pub completed: Vec<StepRecord>,
    #[ts(type = "string | null")]
    pub started_at: Option<DateTime<Utc>>,
    #[ts(type = "string | null")]
    pub finished_at: Option<DateTime<Utc>>,
    /// The instant of the last transition. A `now` before it (the system clock was set
    /// back) is read as this instant, so the timer never runs backwards.
    #[ts(type = "string | null")]
    pub updated_at: Option<DateTime<Utc>>,
}

impl LiveState {
    /// The step the session is on (the first one before the start).
    pub fn current_step(&self) -> Option<&AgendaStep> {
        self.agenda.steps.get(self.current)
    }

    /// The key of the step the session is on: what it is for (`marks`, `bidding`, ...).
    pub fn current_key(&self) -> Option<&str> {
        self.current_step().and_then(|s| s.key.as_deref())
    }

    pub fn new(agenda: Agenda) -> LiveState {
        LiveState {
            agenda,
            current: 0,
            question: 0,
            status: LiveStatus::NotStarted,
            step_started_at: None,
            paused_at: None,
            paused_ms: 0,
            adjust_ms: 0,
            auto_advance: false,
            completed: Vec::new(),
            started_at: None,
            finished_at: None,
            updated_at: None,
        }
    }

    /// The state after `command` at `now`, or why it cannot be done (then nothing
    /// changes). `now` is kept to the millisecond.
    pub fn apply(&self, command: LiveCommand, now: DateTime<Utc>) -> Result<LiveState, LiveError> {
        if self.status == LiveStatus::Finished {
            return Err(LiveError::Finished);
        }
        let now = self.clock(now);
        let mut next = self.clone();
        next.execute(command, now)?;
        next.question = next.question.min(next.question_count().saturating_sub(1));
        next.updated_at = Some(now);
        Ok(next)
    }

    /// `now` as the state reads it: whole milliseconds, never before the last transition.
    pub(crate) fn clock(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let now = now.trunc_subsecs(3);
        self.updated_at.map_or(now, |last| now.max(last))
    }

    fn execute(&mut self, command: LiveCommand, now: DateTime<Utc>) -> Result<(), LiveError> {
        use LiveCommand as C;
        use LiveStatus as S;
        match command {
            C::Start => {
                if self.status != S::NotStarted {
                    return Err(LiveError::AlreadyStarted);
                }
                if self.agenda.is_empty() {
                    return Err(LiveError::EmptyAgenda);
                }
                self.status = S::Running;
                self.started_at = Some(now);
                self.enter_step(0, now);
            }
            C::Pause => match self.status {
                S::Running => {
                    self.paused_at = Some(now);
                    self.status = S::Paused;
                }
                S::NotStarted => return Err(LiveError::NotStarted),
                _ => return Err(LiveError::NotRunning),
            },
            C::Resume => match (self.status, self.paused_at) {
                (S::Paused, Some(paused_at)) => {
                    let pause = (now - paused_at).num_milliseconds().max(0);
                    self.paused_ms = self.paused_ms.saturating_add(pause);
                    self.paused_at = None;
                    self.status = S::Running;
                }
                (S::NotStarted, _) => return Err(LiveError::NotStarted),
                _ => return Err(LiveError::NotPaused),
            },
            C::AddTime { secs } => {
                self.require_under_way()?;
                let wanted = self
                    .allowance_ms()
                    .saturating_add(secs.saturating_mul(1000));
                let allowance = wanted.clamp(0, MAX_ALLOWANCE_MS);
                self.adjust_ms = allowance - self.planned_ms();
            }
            C::Next => {
                if self.current + 1 >= self.agenda.len() {
                    self.require_under_way()?;
                    return Err(LiveError::LastStep);
                }
                self.go_to(self.current + 1, now)?;
            }
            C::Previous => {
                if self.current == 0 {
                    self.require_under_way()?;
                    return Err(LiveError::FirstStep);
                }
                self.go_to(self.current - 1, now)?;
            }
            C::GoTo { index } => {
                self.require_under_way()?;
                let len = self.agenda.len();
                if index >= len {
                    return Err(LiveError::IndexOutOfRange { index, len });
                }
                if index != self.current {
                    self.go_to(index, now)?;
                }
            }
            C::RestartStep => self.go_to(self.current, now)?,
            C::Finish => {
                self.require_under_way()?;
                self.leave_step(now);
                self.status = S::Finished;
                self.finished_at = Some(now);
                self.step_started_at = None;
                self.paused_at = None;
                self.paused_ms = 0;
                self.adjust_ms = 0;
            }
            C::NextQuestion => {
                let len = self.questions_to_move_between()?;
                if self.question + 1 >= len {
                    return Err(LiveError::LastQuestion);
                }
                self.question += 1;
            }
            C::PreviousQuestion => {
                self.questions_to_move_between()?;
                if self.question == 0 {
                    return Err(LiveError::FirstQuestion);
                }
                self.question -= 1;
            }
            C::SetQuestion { index } => {
                let len = self.questions_to_move_between()?;
                if index >= len {
                    return Err(LiveError::QuestionOutOfRange { index, len });
                }
                self.question = index;
            }
            C::SetAutoAdvance { on } => self.auto_advance = on,
            C::SetAgenda { agenda } => {
                if self.status != S::NotStarted {
                    return Err(LiveError::AlreadyStarted);
                }
                if agenda.is_empty() {
                    return Err(LiveError::EmptyAgenda);
                }
                agenda.checked()?;
                self.agenda = agenda;
                self.current = 0;
                self.question = 0;
            }
            // Only the host knows the technique: it resolves a length into `SetAgenda`.
            C::UseLength { .. } => return Err(LiveError::UnknownLength),
            C::SetUpcoming { after, steps } => {
                let keep_through = self
                    .agenda
                    .position(after)
                    .ok_or(LiveError::StepNotFound { id: after })?;
                if self.status.is_under_way() && self.current > keep_through {
                    return Err(LiveError::PastStep);
                }
                let ids = self.agenda.set_upcoming(keep_through, &steps)?;
                self.number_above_runs(&ids);
            }
            C::AddStep { at, title, minutes } => {
                let id = self.agenda.add_step(at, &title, minutes)?;
                self.number_above_runs(&[id]);
                if self.status.is_under_way() && at <= self.current {
                    self.current += 1;
                }
            }
            C::RemoveStep { id } => {
                let index = self
                    .agenda
                    .position(id)
                    .ok_or(LiveError::StepNotFound { id })?;
                if self.status.is_under_way() && index == self.current {
                    return Err(LiveError::RemoveCurrentStep);
                }
                self.agenda.remove_step(id)?;
                if self.status.is_under_way() && index < self.current {
                    self.current -= 1;
                }
            }
            C::MoveStep { from, to } => {
                self.agenda.move_step(from, to)?;
                if self.status.is_under_way() {
                    self.current = moved_index(self.current, from, to);
                }
            }
            C::RetimeStep { id, secs } => self.agenda.retime_step(id, secs)?,
            C::RenameStep { id, title } => self.agenda.rename_step(id, &title)?,
        }
        Ok(())
    }

    fn require_under_way(&self) -> Result<(), LiveError> {
        match self.status {
            LiveStatus::Running | LiveStatus::Paused => Ok(()),
            LiveStatus::NotStarted => Err(LiveError::NotStarted),
            LiveStatus::Finished => Err(LiveError::Finished),
        }
    }

    /// Gives steps just added ids above every step that has run, so a new step never
    /// takes the id of a removed one whose runs (and notes) are still on record. The
    /// ids were the highest on the agenda, so moving them all up keeps them distinct.
    fn number_above_runs(&mut self, added: &[u32]) {
        let (Some(first), Some(ran)) = (
            added.iter().copied().min(),
            self.completed.iter().map(|r| r.step_id).max(),
        ) else {
            return;
        };
        if first > ran {
            return;
        }
        let offset = ran + 1 - first;
        for step in &mut self.agenda.steps {
            if added.contains(&step.id) {
                step.id = step.id.saturating_add(offset);
            }
        }
    }

    /// How many questions the current step has (0 when there is no current step).
    pub fn question_count(&self) -> usize {
        self.agenda
            .steps
            .get(self.current)
            .map_or(0, |step| step.questions.len())
    }

    /// The current step's number of questions, when the session is under way and the step
    /// has any to move between.
    fn questions_to_move_between(&self) -> Result<usize, LiveError> {
        self.require_under_way()?;
        match self.question_count() {
            0 => Err(LiveError::NoQuestions),
            len => Ok(len),
        }
    }

    /// Closes the current run and opens a fresh one at `index` (possibly the same step).
    fn go_to(&mut self, index: usize, now: DateTime<Utc>) -> Result<(), LiveError> {
        self.require_under_way()?;
        self.leave_step(now);
        self.enter_step(index, now);
        Ok(())
    }

    fn leave_step(&mut self, now: DateTime<Utc>) {
        let active_ms = self.elapsed_ms(now);
        if let (Some(step), Some(started_at)) = (self.current_step(), self.step_started_at) {
            self.completed.push(StepRecord {
                step_id: step.id,
                title: step.title.clone(),
                started_at,
                ended_at: now,
                active_ms,
                planned_secs: step.planned_secs,
                adjust_ms: self.adjust_ms,
            });
        }
    }

    /// A new clock for the step at `index`. Entered while paused, the clock starts
    /// paused at zero and runs from the next `Resume`.
    fn enter_step(&mut self, index: usize, now: DateTime<Utc>) {
        self.current = index;
        self.question = 0;
        self.step_started_at = Some(now);
        self.paused_at = (self.status == LiveStatus::Paused).then_some(now);
        self.paused_ms = 0;
        self.adjust_ms = 0;
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
