//! Running a Fishbowl: its set-up and agenda, and on the day the inner circle's chairs,
//! the talking token ("the fish"), the scribe's key points and everyone's talk time.
//!
//! Every change the facilitator or scribe makes is a [`FishbowlEvent`] appended to the
//! fishbowl's log; the state ([`FishbowlState`]) is a fold over that log and talk time is
//! read from it against the live session's own log, so both survive a crash and can be
//! worked out again at any instant. Nothing changes because time passes: a closed
//! fishbowl's timed rounds only prompt the facilitator, who rotates people by hand.

mod equity;
mod events;
mod overview;
mod seats;
mod setup;
mod stage;
mod talk;
mod validate;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AgendaChange, Context, Outcome, RuleError, Technique};
use crate::live::{LiveState, LiveStatus};
use crate::technique::TechniqueId;

pub use equity::{
    equity, gini, longest_in_sitting, not_yet_spoken, suggested_leaver, this_sitting, top_share,
    Equity, SittingTalk,
};
pub use events::{FishbowlChange, FishbowlError, FishbowlEvent, MAX_POINT_CHARS};
pub use overview::FishbowlOverview;
pub use seats::{starting_events, FishbowlState, KeyPoint, Sitting};
pub use setup::{
    FishbowlMode, FishbowlSetup, DEBRIEF_QUESTION, MAX_INNER_CHAIRS, MAX_PERSON_LIMIT_SECS,
    MAX_ROTATION_SECS, MAX_STEP_MINUTES, MAX_TURN_LIMIT_SECS, MIN_INNER_CHAIRS,
    MIN_PERSON_LIMIT_SECS, MIN_ROTATION_SECS, MIN_TURN_LIMIT_SECS,
};
pub use stage::{DisplayChair, DisplayPoint, FishbowlDisplay};
pub use talk::{talk_time, CurrentTurn, PersonTalk, SessionClock, TalkTime};

pub struct Fishbowl;

/// A session's fishbowl: the set-up once saved, and its log with the log's fold.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct FishbowlRecord {
    /// `None` until the facilitator saves a set-up; until then the console offers the
    /// suggested one.
    pub setup: Option<FishbowlSetup>,
    /// Every change so far, stored apart and appended to as it happens.
    #[serde(skip)]
    pub log: Vec<FishbowlEvent>,
    /// Who sits where now: the log's fold.
    #[serde(skip)]
    pub state: FishbowlState,
}

fn refused(error: FishbowlError) -> RuleError {
    RuleError::refused(error.to_string())
}

fn status(ctx: &Context<'_>) -> LiveStatus {
    ctx.live.map_or(LiveStatus::NotStarted, |s| s.status)
}

/// The set-up the console shows: the saved one, or the one suggested for the session.
fn setup_or_standard(record: &FishbowlRecord, ctx: &Context<'_>) -> FishbowlSetup {
    record
        .setup
        .clone()
        .unwrap_or_else(|| FishbowlSetup::standard(&ctx.session.purpose))
}

/// What may no longer change once the session has started.
fn fixed(setup: &FishbowlSetup) -> impl PartialEq {
    (
        setup.mode,
        setup.inner_chairs,
        setup.starters.clone(),
        setup.briefing_minutes,
        setup.discussion_minutes,
        setup.key_points_minutes,
        setup.debrief_minutes,
    )
}

impl Technique for Fishbowl {
    const ID: TechniqueId = TechniqueId::Fishbowl;
    type Record = FishbowlRecord;
    type Change = FishbowlChange;
    type Event = FishbowlEvent;
    type Overview = FishbowlOverview;
    type Stage = FishbowlDisplay;

    fn empty() -> FishbowlRecord {
        FishbowlRecord::default()
    }

    /// Before the session starts the agenda is rebuilt from the set-up and the starters
    /// are seated afresh; afterwards the mode, chairs, starters and timings are fixed,
    /// and the rest (names on the display, limits, the checklist) can still change.
    fn save(
        previous: FishbowlRecord,
        edited: FishbowlRecord,
        ctx: &Context<'_>,
    ) -> Result<Outcome<FishbowlRecord>, RuleError> {
        let setup = edited
            .setup
            .ok_or_else(|| RuleError::refused("There is no set-up to save."))?
            .validated(&ctx.session.participants)?;
        if status(ctx) == LiveStatus::NotStarted {
            let log = starting_events(&setup, ctx.now);
            let state = FishbowlState::replay(&setup, &log).map_err(refused)?;
            let agenda = setup.agenda(crate::technique(TechniqueId::Fishbowl));
            return Ok(Outcome {
                record: FishbowlRecord {
                    setup: Some(setup),
                    log,
                    state,
                },
                agenda: Some(AgendaChange::Replace(agenda)),
            });
        }
        if fixed(&setup_or_standard(&previous, ctx)) != fixed(&setup) {
            return Err(RuleError::refused(
                "The fishbowl has started, so its mode, chairs, starters and timings are fixed. You can still change the question, the facilitator and scribe, the limits, names on the display and the checklist.",
            ));
        }
        Ok(Outcome::record(FishbowlRecord {
            setup: Some(setup),
            ..previous
        }))
    }

    /// One change on the day, checked against the roster and the log so far, and
    /// appended to the log.
    fn apply(
        record: FishbowlRecord,
        change: FishbowlChange,
        ctx: &Context<'_>,
    ) -> Result<Outcome<FishbowlRecord>, RuleError> {
        let Some(setup) = &record.setup else {
            return Err(RuleError::refused(
                "Save the fishbowl's set-up first: then there are chairs to sit in.",
            ));
        };
        let moves_people = matches!(
            change,
            FishbowlChange::Seat { .. }
                | FishbowlChange::Leave { .. }
                | FishbowlChange::Pass { .. }
        );
        if moves_people && status(ctx) == LiveStatus::Finished {
            return Err(RuleError::refused(
                "The session has finished: the chairs and the fish stay as they were. Key points can still be tidied.",
            ));
        }
        change
            .check_people(setup, &ctx.session.participants)
            .map_err(refused)?;
        let event = FishbowlEvent {
            at: ctx.now,
            change,
        };
        let state = record.state.apply(setup, &event).map_err(refused)?;
        let mut log = record.log;
        log.push(event);
        Ok(Outcome::record(FishbowlRecord {
            setup: record.setup,
            log,
            state,
        }))
    }

    fn overview(record: &FishbowlRecord, ctx: &Context<'_>) -> FishbowlOverview {
        FishbowlOverview::new(record, setup_or_standard(record, ctx), ctx)
    }

    fn stage(record: &FishbowlRecord, live: &LiveState, ctx: &Context<'_>) -> FishbowlDisplay {
        stage::display(record, live, ctx)
    }

    fn shows(stage: &FishbowlDisplay) -> bool {
        stage.staged
    }

    fn question(record: &FishbowlRecord) -> Option<&str> {
        record.setup.as_ref().map(|s| s.question.as_str())
    }

    fn log(record: &FishbowlRecord) -> &[FishbowlEvent] {
        &record.log
    }

    fn restore(
        record: FishbowlRecord,
        log: Vec<FishbowlEvent>,
    ) -> Result<FishbowlRecord, RuleError> {
        let Some(setup) = &record.setup else {
            return Ok(FishbowlRecord::default());
        };
        let state = FishbowlState::replay(setup, &log).map_err(|e| {
            RuleError::refused(format!(
                "This fishbowl's record could not be read back: {e}"
            ))
        })?;
        Ok(FishbowlRecord {
            setup: record.setup,
            log,
            state,
        })
    }

    /// The chairs and the fish stay as they were (the rule says so in words), but the
    /// key points can still be tidied and the set-up's names and checklist corrected.
    fn after_finish(_change: Option<&FishbowlChange>) -> bool {
        true
    }
}
