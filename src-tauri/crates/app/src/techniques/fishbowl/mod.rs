//! The Fishbowl on the console: its set-up (which rebuilds the agenda before the start),
//! and every change on the day (a seat taken or left, the fish passed, a key point
//! captured) checked against the log replayed so far, appended to it, and shown to the
//! room. Talk time is worked out from the log against the live session's own log.

mod display;

use chrono::{DateTime, Utc};
use mobilise_core::fishbowl::{
    equity, longest_in_sitting, not_yet_spoken, starting_events, talk_time, this_sitting, Equity,
    Fishbowl, FishbowlChange, FishbowlError, FishbowlEvent, FishbowlSetup, SessionClock,
    SittingTalk, TalkTime,
};
use mobilise_core::live::{LiveState, LiveStatus};
use mobilise_core::techniques::AgendaChange;
use mobilise_core::{LiveEvent, Participant, Session, TechniqueId};
use mobilise_store::Store;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::database::Database;
use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::outcome::Changed;
pub use display::{DisplayChair, DisplayPoint, FishbowlDisplay};

/// The fishbowl as the console shows it, worked out at `now`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FishbowlOverview {
    pub setup: FishbowlSetup,
    /// `false` while the set-up shown is only the suggested one, not yet saved.
    pub saved: bool,
    /// The session has started: the mode, the chairs and the timings are fixed.
    pub started: bool,
    pub finished: bool,
    /// The session's clock is running, so the speaker's talk time is growing.
    pub clock_running: bool,
    #[ts(type = "string")]
    pub now: DateTime<Utc>,
    /// The chairs, who holds the fish, the key points and who sat where when.
    pub state: Fishbowl,
    /// Participants not in the inner circle (not the facilitator or scribe).
    pub outer: Vec<Uuid>,
    pub talk: TalkTime,
    pub equity: Equity,
    pub not_yet_spoken: Vec<Uuid>,
    /// Talk since they last sat down, for everyone in the inner circle.
    pub this_sitting: Vec<SittingTalk>,
    /// Who to ask to leave when someone takes the last free chair: the one who has
    /// spoken longest since they sat down.
    pub suggested_leaver: Option<Uuid>,
}

/// A fishbowl as it stands: enough to show it to the console or the room at any instant.
#[derive(Debug, Clone, PartialEq)]
pub struct FishbowlLive {
    pub setup: FishbowlSetup,
    pub events: Vec<FishbowlEvent>,
    pub state: Fishbowl,
    pub people: Vec<Participant>,
    /// The live session's own log, for when its clock was running.
    pub live_log: Vec<LiveEvent>,
}

impl FishbowlLive {
    fn clock(&self) -> SessionClock {
        SessionClock::from_live_log(&self.live_log)
    }

    /// Keeps the live session's command, so talk time stops while the session is paused.
    pub fn record_live(&mut self, event: LiveEvent) {
        self.live_log.push(event);
    }

    pub fn overview(
        &self,
        saved: bool,
        status: LiveStatus,
        now: DateTime<Utc>,
    ) -> FishbowlOverview {
        let clock = self.clock();
        let talk = talk_time(&self.events, &clock, now);
        // Replayed once: the suggested leaver is read from the same figures.
        let sitting = this_sitting(&self.setup, &self.events, &clock, now);
        FishbowlOverview {
            outer: self.state.outer_circle(&self.people, &self.setup),
            equity: equity(&self.setup, &self.state, &talk, &self.people),
            not_yet_spoken: not_yet_spoken(&self.setup, &self.state, &talk, &self.people),
            suggested_leaver: longest_in_sitting(&sitting),
            this_sitting: sitting,
            talk,
            setup: self.setup.clone(),
            saved,
            started: status != LiveStatus::NotStarted,
            finished: status == LiveStatus::Finished,
            clock_running: status == LiveStatus::Running,
            now,
            state: self.state.clone(),
        }
    }

    /// The room's view while `live` is at its current step.
    pub fn display(&self, live: &LiveState, now: DateTime<Utc>) -> FishbowlDisplay {
        let talk = talk_time(&self.events, &self.clock(), now);
        let presenting = live.status.is_under_way()
            && live.current_key() == Some(FishbowlSetup::KEY_POINTS_STEP);
        FishbowlDisplay::new(&self.setup, &self.state, &self.people, &talk, presenting)
    }
}

fn fishbowl_error(error: FishbowlError) -> IpcError {
    IpcError::new(ErrorKind::Invalid, error.to_string())
}

fn require_fishbowl(session: &Session) -> IpcResult<()> {
    if session.technique == TechniqueId::Fishbowl {
        Ok(())
    } else {
        Err(IpcError::new(
            ErrorKind::Invalid,
            "This session is not a Fishbowl.",
        ))
    }
}

/// The session's fishbowl from the store (or the suggested set-up, not saved), with
/// whether it was saved and the live status.
fn read(store: &Store, session: &Session) -> IpcResult<(FishbowlLive, bool, LiveStatus)> {
    let stored = store.fishbowl_setup(session.id)?;
    let saved = stored.is_some();
    let setup = stored.unwrap_or_else(|| FishbowlSetup::standard(&session.purpose));
    let events = store.fishbowl_events(session.id)?;
    let state = Fishbowl::replay(&setup, &events).map_err(|e| {
        IpcError::new(
            ErrorKind::Internal,
            format!("This fishbowl's record could not be read back: {e}"),
        )
    })?;
    let live_state: Option<LiveState> = store.live_state(session.id)?;
    let status = live_state.map_or(LiveStatus::NotStarted, |s| s.status);
    let live_log = store.live_events(session.id)?;
    let live = FishbowlLive {
        setup,
        events,
        state,
        people: session.participants.clone(),
        live_log,
    };
    Ok((live, saved, status))
}

/// The fishbowl record of a session, if it is a fishbowl that has one (for the live view
/// and the export).
pub fn stored(store: &Store, session: &Session) -> Option<FishbowlLive> {
    if session.technique != TechniqueId::Fishbowl {
        return None;
    }
    match read(store, session) {
        Ok((live, true, _)) => Some(live),
        _ => None,
    }
}

/// The session's fishbowl for the console.
pub fn get(db: &Database, session_id: Uuid, now: DateTime<Utc>) -> IpcResult<FishbowlOverview> {
    let (live, saved, status) = db.with(|store| {
        let session = store.session(session_id)?;
        Ok(require_fishbowl(&session).and_then(|()| read(store, &session)))
    })??;
    Ok(live.overview(saved, status, now))
}

/// Saves the set-up. Before the session starts the agenda is rebuilt from it and the
/// starters are seated afresh; afterwards the mode, chairs, starters and timings are
/// fixed, and the rest (names on the display, limits, the checklist) can still change.
pub fn setup(
    db: &Database,
    session_id: Uuid,
    setup: FishbowlSetup,
    now: DateTime<Utc>,
) -> IpcResult<Changed<FishbowlOverview>> {
    let (live, status, agenda) = db.with(|store| {
        let result = (|| {
            let session = store.session(session_id)?;
            require_fishbowl(&session)?;
            let setup = setup.validated(&session.participants)?;
            let (mut live, _, status) = read(store, &session)?;
            if status == LiveStatus::NotStarted {
                let seats = starting_events(&setup, now);
                store.save_fishbowl_setup(session_id, &setup, Some(&seats), now)?;
                let agenda = setup.agenda(mobilise_core::technique(TechniqueId::Fishbowl));
                live.state = Fishbowl::replay(&setup, &seats).map_err(fishbowl_error)?;
                live.events = seats;
                live.setup = setup;
                return Ok((live, status, Some(agenda)));
            }
            let fixed = |s: &FishbowlSetup| {
                (
                    s.mode,
                    s.inner_chairs,
                    s.starters.clone(),
                    s.briefing_minutes,
                    s.discussion_minutes,
                    s.key_points_minutes,
                    s.debrief_minutes,
                )
            };
            if fixed(&live.setup) != fixed(&setup) {
                return Err(IpcError::new(
                    ErrorKind::Invalid,
                    "The fishbowl has started, so its mode, chairs, starters and timings are fixed. You can still change the question, the facilitator and scribe, the limits, names on the display and the checklist.",
                ));
            }
            store.save_fishbowl_setup(session_id, &setup, None, now)?;
            live.setup = setup;
            Ok((live, status, None))
        })();
        Ok(result)
    })??;
    Ok(Changed {
        reply: live.overview(true, status, now),
        agenda: agenda.map(AgendaChange::Replace),
    })
}

/// Applies one change on the day: checked against the roster and the log so far, then
/// appended to the log (stored before the windows are told).
pub fn change(
    db: &Database,
    session_id: Uuid,
    change: FishbowlChange,
    now: DateTime<Utc>,
) -> IpcResult<FishbowlOverview> {
    let (live, status) = db.with(|store| {
        let result = (|| {
            let session = store.session(session_id)?;
            require_fishbowl(&session)?;
            let (mut live, saved, status) = read(store, &session)?;
            if !saved {
                return Err(IpcError::new(
                    ErrorKind::Invalid,
                    "Save the fishbowl's set-up first: then there are chairs to sit in.",
                ));
            }
            let moves_people = matches!(
                change,
                FishbowlChange::Seat { .. } | FishbowlChange::Leave { .. } | FishbowlChange::Pass { .. }
            );
            if moves_people && status == LiveStatus::Finished {
                return Err(IpcError::new(
                    ErrorKind::Invalid,
                    "The session has finished: the chairs and the fish stay as they were. Key points can still be tidied.",
                ));
            }
            change
                .check_people(&live.setup, &live.people)
                .map_err(fishbowl_error)?;
            let event = FishbowlEvent { at: now, change };
            live.state = live
                .state
                .apply(&live.setup, &event)
                .map_err(fishbowl_error)?;
            store.append_fishbowl_events(session_id, std::slice::from_ref(&event))?;
            live.events.push(event);
            Ok((live, status))
        })();
        Ok(result)
    })??;
    Ok(live.overview(true, status, now))
}
