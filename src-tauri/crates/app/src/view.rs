//! What every window is told about the live session, and the cue that sounds the chime.

use chrono::{DateTime, Utc};
use mobilise_core::live::{
    lengths, AgendaLength, LiveState, LiveStatus, Thresholds, TimingSummary, Warning,
};
use mobilise_core::text::{char_len, clean_line};
use mobilise_core::Technique;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::techniques::TechniqueDisplay;

/// The longest message to the room, in characters: short enough to read from the back.
pub const MAX_MESSAGE_CHARS: usize = 140;

/// What the audience display shows besides the agenda and timer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DisplayState {
    /// A message to the room ("5 minutes left"); `null` shows none.
    pub message: Option<String>,
    /// A black screen, e.g. while the room takes a break.
    pub blank: bool,
    /// The technique's plan instead of the question: a table plan, say.
    #[serde(default)]
    pub show_plan: bool,
}

impl DisplayState {
    pub fn validated(self) -> IpcResult<DisplayState> {
        let message = self
            .message
            .map(|m| clean_line(&m))
            .filter(|m| !m.is_empty());
        if message
            .as_deref()
            .is_some_and(|m| char_len(m) > MAX_MESSAGE_CHARS)
        {
            return Err(IpcError {
                kind: ErrorKind::Invalid,
                message: format!("Keep the message under {MAX_MESSAGE_CHARS} characters so the room can read it."),
                field: Some("message".into()),
            });
        }
        Ok(DisplayState {
            message,
            blank: self.blank,
            show_plan: self.show_plan,
        })
    }
}

/// The live session as the windows draw it. The windows count down from `state` with
/// their own clock, corrected by the difference between their clock and `now`, so the
/// timer never drifts and needs no tick from Rust.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LiveView {
    pub session_id: Uuid,
    pub state: LiveState,
    pub display: DisplayState,
    pub thresholds: Thresholds,
    /// The shell's clock when this view was made.
    #[ts(type = "string")]
    pub now: DateTime<Utc>,
    #[ts(type = "number")]
    pub remaining_ms: i64,
    pub warning: Warning,
    #[ts(type = "string | null")]
    pub planned_end: Option<DateTime<Utc>>,
    /// Positive: the meeting runs behind its plan by this much; negative: ahead.
    #[ts(type = "number")]
    pub schedule_delta_ms: i64,
    /// What the technique adds to the room's view (the chairs, the table plan).
    pub technique: Option<TechniqueDisplay>,
    /// Planned against actual, step by step, as of `now`: the record a finished session
    /// shows.
    pub summary: TimingSummary,
    /// Before the start, the lengths the session can be given (the standard agenda and
    /// the technique's variants); empty once started, or for a technique with no variants.
    pub lengths: Vec<AgendaLength>,
}

impl LiveView {
    pub fn new(
        session_id: Uuid,
        catalogued: &Technique,
        state: &LiveState,
        display: &DisplayState,
        technique: Option<TechniqueDisplay>,
        thresholds: Thresholds,
        now: DateTime<Utc>,
    ) -> LiveView {
        LiveView {
            session_id,
            state: state.clone(),
            display: display.clone(),
            thresholds,
            now,
            remaining_ms: state.remaining_ms(now),
            warning: state.warning(now, &thresholds),
            planned_end: state.planned_end(now),
            schedule_delta_ms: state.schedule_delta_ms(now),
            technique,
            summary: state.summary(now),
            lengths: if state.status == LiveStatus::NotStarted {
                lengths(catalogued, &state.agenda)
            } else {
                Vec::new()
            },
        }
    }
}

/// The timer reached a new warning level by itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LiveCue {
    pub session_id: Uuid,
    pub warning: Warning,
}
