//! The one contract every technique with a record of its own implements: its record,
//! the changes the console makes to it, the pure rule that applies a change, what the
//! console is told about the record, and what the room sees of it at each moment.
//!
//! A technique never calls the live engine. When a change must also move the session
//! (a rebuilt agenda, the rounds planned after a step), its [`Outcome`] says so and the
//! engine does it, so every rule here runs on plain values with a clock passed in.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::live::{Agenda, LiveCommand, LiveError, LiveState};
use crate::person::ParticipantInput;
use crate::record::LiveEvent;
use crate::record::{Action, Note};
use crate::series::SeriesRules;
use crate::session::Session;
use crate::technique::TechniqueId;
use crate::validation::ValidationError;

/// What a rule sees besides the record: the session (its roster and date), its notes and
/// actions, the live session if it has one with its own log (for when its clock ran), the
/// host's clock and fresh randomness, and when a search (the seating planner's) must stop.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub session: &'a Session,
    pub notes: &'a [Note],
    pub actions: &'a [Action],
    pub live: Option<&'a LiveState>,
    pub live_log: &'a [LiveEvent],
    pub now: DateTime<Utc>,
    pub seed: u32,
    pub time_up: TimeUp<'a>,
}

/// Whether the time the host allows a search has run out. The host owns the clock, so a
/// rule that searches (for a seating plan, say) asks it rather than reading one.
#[derive(Clone, Copy)]
pub struct TimeUp<'a>(pub &'a dyn Fn() -> bool);

impl TimeUp<'static> {
    /// No limit: a search stops only when it has its answer (for reading, not planning).
    pub fn never() -> TimeUp<'static> {
        fn never() -> bool {
            false
        }
        TimeUp(&never)
    }
}

impl std::fmt::Debug for TimeUp<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TimeUp")
    }
}

impl crate::seating::Budget for TimeUp<'_> {
    fn exhausted(&mut self) -> bool {
        (self.0)()
    }
}

impl Context<'_> {
    /// The people on the session's roster, by id.
    pub fn roster(&self) -> Vec<Uuid> {
        self.session
            .participants
            .iter()
            .map(|p| p.person_id)
            .collect()
    }

    /// Each participant's name, by id.
    pub fn names(&self) -> HashMap<Uuid, String> {
        self.session
            .participants
            .iter()
            .map(|p| (p.person_id, p.name.clone()))
            .collect()
    }
}

/// What the live session must do besides storing the changed record.
#[derive(Debug, Clone, PartialEq)]
pub enum AgendaChange {
    /// Before the start: the agenda rebuilt from a changed set-up.
    Replace(Agenda),
    /// During the session: a command for the engine to apply (the steps after one
    /// replaced), already checked against the state the rule was given.
    Command(LiveCommand),
}

/// A change applied: the record to store, and what the live session must do.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome<R> {
    pub record: R,
    pub agenda: Option<AgendaChange>,
}

impl<R> Outcome<R> {
    /// A change that only changes the record.
    pub fn record(record: R) -> Outcome<R> {
        Outcome {
            record,
            agenda: None,
        }
    }

    pub fn map<S>(self, f: impl FnOnce(R) -> S) -> Outcome<S> {
        Outcome {
            record: f(self.record),
            agenda: self.agenda,
        }
    }
}

/// Why a change was refused, in words for the facilitator.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// A value breaks a rule; the error names the field to fix.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// The change does not make sense as things stand (nobody has bid yet, say).
    #[error("{0}")]
    Refused(String),
    /// The live session cannot move as the change needs.
    #[error(transparent)]
    Live(#[from] LiveError),
}

impl RuleError {
    pub fn refused(message: impl Into<String>) -> RuleError {
        RuleError::Refused(message.into())
    }
}

/// One technique's part of the app. Implemented by a unit type in the technique's own
/// folder and listed once in the registry, which generates the tagged unions (record,
/// change, overview, stage) and their dispatch; a missing piece fails to compile.
pub trait Technique {
    const ID: TechniqueId;
    /// Whether the console edits a record of the technique's own; one whose part of the
    /// room's view comes from its notes alone keeps none ([`NoRecord`]).
    const KEEPS_RECORD: bool = true;
    /// What the technique keeps of a session: stored whole, except for its log.
    type Record: Clone + PartialEq + Serialize + DeserializeOwned;
    /// What the technique logs as it happens (seats taken, turns to speak), appended to
    /// the store apart from the record so that nothing said is lost; [`NoEvent`] for a
    /// technique whose record is only ever stored whole.
    type Event: Clone + PartialEq + Serialize + DeserializeOwned;
    /// What the console can ask of the record besides saving it whole ([`NoChange`]
    /// when nothing).
    type Change: Serialize + DeserializeOwned;
    /// What the console is told besides the record: the rules' reading of it.
    type Overview: Serialize;
    /// What the room sees of the record.
    type Stage: Serialize;

    /// The record of a session that has none stored yet.
    fn empty() -> Self::Record;

    /// The record as edited on the console and saved whole, as it will be stored, or
    /// the rule it breaks. `previous` is the record as stored, for rules about what may
    /// still change.
    fn save(
        previous: Self::Record,
        edited: Self::Record,
        ctx: &Context<'_>,
    ) -> Result<Outcome<Self::Record>, RuleError>;

    /// The record after `change`, or the rule it breaks. Pure: the clock, the seed and
    /// the live state come in `ctx`.
    fn apply(
        record: Self::Record,
        change: Self::Change,
        ctx: &Context<'_>,
    ) -> Result<Outcome<Self::Record>, RuleError>;

    fn overview(record: &Self::Record, ctx: &Context<'_>) -> Self::Overview;

    /// What the room sees at the moment `live` is at.
    fn stage(record: &Self::Record, live: &LiveState, ctx: &Context<'_>) -> Self::Stage;

    /// Whether `stage` has something to put up instead of the question list.
    fn shows(stage: &Self::Stage) -> bool;

    /// The agenda steps whose notes stay out of an exported record unless the
    /// facilitator includes them.
    fn confidential_steps(_record: &Self::Record) -> Vec<u32> {
        Vec::new()
    }

    /// How the technique runs as a series of meetings (a recurring group, a programme
    /// over weeks), or `None` when each session stands alone.
    const SERIES: Option<SeriesRules> = None;

    /// The record of a meeting planned from `series`, linked to it; `None` for a
    /// technique that does not run as a series.
    fn in_series(_series: Uuid) -> Option<Self::Record> {
        None
    }

    /// The series of meetings the session is one of, whose earlier actions it reports
    /// in on, if the record links it to one.
    fn series(_record: &Self::Record) -> Option<Uuid> {
        None
    }

    /// The record no longer linked to its series, which has been deleted.
    fn leave_series(record: Self::Record) -> Self::Record {
        record
    }

    /// The question the session put, when the record holds it (the one debated), printed in
    /// place of the session's purpose.
    fn question(_record: &Self::Record) -> Option<&str> {
        None
    }

    /// The record's log, oldest first; the store appends what is new since it last saved.
    fn log(_record: &Self::Record) -> &[Self::Event] {
        &[]
    }

    /// The record as stored, with its log read back beside it, or why the two no longer
    /// fit together.
    fn restore(record: Self::Record, _log: Vec<Self::Event>) -> Result<Self::Record, RuleError> {
        Ok(record)
    }

    /// The people the change adds to the session before it is applied (walk-ins on the
    /// day): the rule then finds them on the roster in its context.
    fn joining(_change: &Self::Change) -> Vec<ParticipantInput> {
        Vec::new()
    }

    /// Whether the change may still be made once the session has finished (key points
    /// can still be tidied); `None` asks about saving the record whole. Most
    /// records are read-only by then.
    fn after_finish(_change: Option<&Self::Change>) -> bool {
        false
    }
}

/// The record of a technique that keeps nothing of its own besides its notes and actions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NoRecord;

impl NoRecord {
    /// Why there is nothing to save.
    pub fn refused() -> RuleError {
        RuleError::refused(
            "This technique keeps no record of its own besides its notes and actions.",
        )
    }
}

/// The log of a technique whose record is only ever stored whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum NoEvent {}

/// The changes of a technique whose record is only ever saved whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum NoChange {}

impl NoChange {
    /// A technique with no changes of its own is never asked one.
    pub fn never<T>(self) -> T {
        match self {}
    }
}
