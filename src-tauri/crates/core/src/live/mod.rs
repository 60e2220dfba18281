//! The live facilitation engine: a session's agenda and timer as a pure state machine.
//!
//! Every change is [`LiveState::apply`]`(command, now)`, which returns a new state or a
//! [`LiveError`] for the facilitator; nothing here reads the clock. The state stores
//! instants (when the step started, pauses so far, time added), never a countdown, so the
//! shell can store it as JSON after each transition, reload it after a crash and ask the
//! queries (`remaining_ms(now)`, `warning`, `planned_end`, ...) for the time that really
//! passed, app closed or not.
//!
//! Time-driven events are not ticks. The shell asks for the instant something happens
//! next, and schedules it in Rust so a hidden window cannot delay it:
//! - [`LiveState::next_change_at`]: the next colour change (and the chime at zero);
//! - [`LiveState::auto_advance_at`]: when auto-advance moves on. At that instant the shell
//!   applies [`LiveCommand::Next`] stamped with the deadline itself (not with when its
//!   timer fired), and after a reload it calls [`LiveState::advance_due`], which does the
//!   same for every deadline that passed while the app was closed.
//!
//! Moving between steps (`Next`, `Previous`, `GoTo`, `RestartStep`, `Finish`) closes the
//! current run into [`LiveState::completed`] with its active time; a step entered again
//! starts a fresh clock and gets another record. Moving while paused stays paused: the
//! new step's clock starts at zero and runs from `Resume`.
//!
//! Within a step the questions are taken one at a time: [`LiveState::question`] is 0
//! whenever a step is entered, and `NextQuestion`, `PreviousQuestion` and `SetQuestion`
//! move it without touching the clock or the completed runs.

mod agenda;
mod command;
mod error;
mod lengths;
mod state;
mod summary;
mod thresholds;
mod timer;

pub use agenda::{
    Agenda, AgendaStep, PlannedStep, MAX_STEPS, MAX_STEP_SECS, MAX_STEP_TITLE_CHARS, MIN_STEP_SECS,
};
pub use command::LiveCommand;
pub use error::LiveError;
pub use lengths::{lengths, AgendaLength};
pub use state::{LiveState, LiveStatus, StepRecord, MAX_ALLOWANCE_MS};
pub use summary::{off_plan_secs, StepTiming, TimingSummary, ON_TIME_SECS};
pub use thresholds::{Thresholds, MAX_AMBER_SECS, MIN_RED_SECS};
pub use timer::Warning;
