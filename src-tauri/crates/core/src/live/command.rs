//! What the facilitator can ask of a live session: the commands the console sends.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::agenda::{Agenda, PlannedStep};

/// One command to the live session, sent from the UI as JSON tagged by `type`, e.g.
/// `{ "type": "AddTime", "secs": 60 }` or `{ "type": "Next" }`. Positions (`index`,
/// `at`, `from`, `to`) count from 0; step ids are [`super::AgendaStep::id`].
///
/// There is no `Tick`: nothing happens because time passes. When auto-advance is on,
/// the shell asks [`super::LiveState::auto_advance_at`] for the deadline and applies
/// `Next` stamped with that instant (see [`super::LiveState::advance_due`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type")]
pub enum LiveCommand {
    /// Starts the first step's clock.
    Start,
    Pause,
    Resume,
    /// Adds time to the current step's allowance (negative takes time away; the
    /// allowance never goes below zero). It lasts until the step is left.
    AddTime {
        #[ts(type = "number")]
        secs: i64,
    },
    /// Closes the current step and starts the next; on the last step, use `Finish`.
    Next,
    /// Closes the current step and starts the one before it on a fresh clock.
    Previous,
    /// Closes the current run of this step and starts it again on a fresh clock.
    RestartStep,
    /// Closes the current step and starts the step at `index`; the current index is a
    /// no-op.
    GoTo {
        index: usize,
    },
    /// Closes the current step and ends the session; nothing can change after it.
    Finish,
    /// Moves on to the current step's next question; on its last question, use `Next`.
    NextQuestion,
    /// Goes back to the current step's previous question.
    PreviousQuestion,
    /// Makes the question at `index` (within the current step) the current one.
    SetQuestion {
        index: usize,
    },
    SetAutoAdvance {
        on: bool,
    },
    /// Inserts a new step before position `at` (`at` = number of steps appends).
    AddStep {
        at: usize,
        title: String,
        minutes: u32,
    },
    RemoveStep {
        id: u32,
    },
    /// Moves the step at position `from` to position `to`.
    MoveStep {
        from: usize,
        to: usize,
    },
    /// Sets a step's planned length (30 seconds to 8 hours).
    RetimeStep {
        id: u32,
        secs: u32,
    },
    RenameStep {
        id: u32,
        title: String,
    },
    /// Replaces every step after the step with id `after` with `steps` (fresh ids, in
    /// order), e.g. the presenters' rounds a technique plans after its bidding. Refused
    /// once the session has moved past that step, and once finished.
    SetUpcoming {
        after: u32,
        steps: Vec<PlannedStep>,
    },
    /// Replaces the whole agenda before the session starts, e.g. with the one a
    /// technique's set-up makes (its rounds, speaker and plenary). Refused once started.
    SetAgenda {
        agenda: Agenda,
    },
    /// Before the start: the technique's steps timed for its standard length (`None`)
    /// or one of its variants, by key. The host resolves it into `SetAgenda` with the
    /// technique's catalogue entry ([`LiveCommand::resolved`]).
    UseLength {
        variant: Option<String>,
    },
}
