//! The live session the console is running: its state held in memory, persisted to
//! SQLite on every transition *before* the windows are told, one typed event to every
//! window, and a Rust-side wake-up for each moment the timer changes colour or moves on
//! (at the facilitator's stored warning thresholds).

mod scheduler;
mod thresholds;
mod view;

use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use mobilise_core::knowledge_cafe::Cafe;
use mobilise_core::live::{Agenda, LiveCommand, LiveState, Thresholds};
use mobilise_core::LiveEvent;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use uuid::Uuid;

use crate::after_action_review::ReviewNotes;
use crate::database::Database;
use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::fishbowl::FishbowlLive;
use crate::guided::GuidedLive;
pub use thresholds::{set_thresholds, stored_thresholds, THRESHOLDS_KEY};
pub use view::{
    CafeDisplay, DisplayState, LiveCue, LiveView, TechniqueDisplay, EVENT_CUE, EVENT_VIEW,
};

struct Running {
    session_id: Uuid,
    state: LiveState,
    display: DisplayState,
    /// The technique's own record, which the room sees part of.
    own: Option<Own>,
}

/// What a technique keeps besides the agenda, as the live view needs it.
enum Own {
    /// A Knowledge Café, whose table plan the room sees at each round.
    Cafe(Box<Cafe>),
    /// A Fishbowl, whose chairs and fish the room sees throughout.
    Fishbowl(Box<FishbowlLive>),
    /// An After Action Review, whose plan and outcome the room compares side by side.
    Review(ReviewNotes),
    /// A guided technique's own record (a plan, marks, a board, feedback or bids).
    Guided(Box<GuidedLive>),
}

impl Own {
    fn display(&self, state: &LiveState, now: DateTime<Utc>) -> TechniqueDisplay {
        match self {
            Own::Cafe(cafe) => TechniqueDisplay::KnowledgeCafe(CafeDisplay::new(cafe, state)),
            Own::Fishbowl(fishbowl) => TechniqueDisplay::Fishbowl(fishbowl.display(state, now)),
            Own::Review(notes) => TechniqueDisplay::AfterActionReview(notes.display(state)),
            Own::Guided(guided) => TechniqueDisplay::Guided(guided.display(state)),
        }
    }
}

/// The app's one live session (a facilitator runs one meeting at a time).
#[derive(Default)]
pub struct Live {
    running: Mutex<Option<Running>>,
    thresholds: Mutex<Thresholds>,
    alarm: scheduler::Alarm,
}

impl Live {
    fn lock(&self) -> MutexGuard<'_, Option<Running>> {
        self.running.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn thresholds(&self) -> Thresholds {
        *self.thresholds.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn set_thresholds(&self, thresholds: Thresholds) {
        *self.thresholds.lock().unwrap_or_else(|p| p.into_inner()) = thresholds;
    }

    fn view_of(&self, running: &Running, now: DateTime<Utc>) -> LiveView {
        LiveView::new(
            running.session_id,
            &running.state,
            &running.display,
            running
                .own
                .as_ref()
                .map(|own| own.display(&running.state, now)),
            self.thresholds(),
            now,
        )
    }
}

fn not_open() -> IpcError {
    IpcError::new(
        ErrorKind::NotFound,
        "That session is not open for running. Open it from the sessions list.",
    )
}

/// Opens a session for running: its saved live state, or a new one from its technique's
/// agenda. Deadlines that passed while the app was closed are caught up (auto-advance).
pub fn open<R: Runtime>(
    app: &AppHandle<R>,
    session_id: Uuid,
    now: DateTime<Utc>,
) -> IpcResult<LiveView> {
    let db = app.state::<Database>();
    let live = app.state::<Live>();
    live.set_thresholds(stored_thresholds(&db));
    let (saved, mut own) = db.with(|store| {
        let session = store.session(session_id)?;
        let state = match store.live_state(session_id)? {
            Some(state) => state,
            None => {
                let agenda =
                    Agenda::from_technique(mobilise_core::technique(session.technique), None);
                let state = LiveState::new(agenda);
                store.start_live(session_id, &state, now)?;
                state
            }
        };
        let own = crate::cafe::stored(store, &session)
            .map(|c| Own::Cafe(Box::new(c)))
            .or_else(|| {
                crate::fishbowl::stored(store, &session).map(|f| Own::Fishbowl(Box::new(f)))
            })
            .or_else(|| crate::after_action_review::stored(store, &session).map(Own::Review))
            .or_else(|| crate::guided::stored(store, &session).map(|g| Own::Guided(Box::new(g))));
        Ok((state, own))
    })?;
    // Auto-advance deadlines that passed while the app was closed, each stored as the
    // `Next` it was, stamped with its own deadline, so the log replays to this state.
    let mut state = saved;
    while let Some(deadline) = state.auto_advance_at().filter(|d| *d <= now) {
        let Ok(next) = state.apply(LiveCommand::Next, deadline) else {
            break;
        };
        db.with(|store| {
            store.save_live_transition(session_id, &LiveCommand::Next, &next, deadline)
        })?;
        if let Some(Own::Fishbowl(fishbowl)) = own.as_mut() {
            fishbowl.record_live(LiveEvent {
                at: deadline,
                command: LiveCommand::Next,
            });
        }
        state = next;
    }
    let view = {
        let mut running = live.lock();
        let display = match running.as_ref() {
            Some(r) if r.session_id == session_id => r.display.clone(),
            _ => DisplayState::default(),
        };
        let next = Running {
            session_id,
            state,
            display,
            own,
        };
        let view = live.view_of(&next, now);
        *running = Some(next);
        view
    };
    publish(app, &view);
    Ok(view)
}

/// Applies a facilitator's command at `now`: stored first, then announced.
pub fn command<R: Runtime>(
    app: &AppHandle<R>,
    session_id: Uuid,
    command: LiveCommand,
    now: DateTime<Utc>,
) -> IpcResult<LiveView> {
    let db = app.state::<Database>();
    let live = app.state::<Live>();
    let view = {
        let mut guard = live.lock();
        let running = guard
            .as_mut()
            .filter(|r| r.session_id == session_id)
            .ok_or_else(not_open)?;
        let next = running
            .state
            .apply(command.clone(), now)
            .map_err(|e| IpcError::new(ErrorKind::Invalid, e.to_string()))?;
        db.with(|store| store.save_live_transition(session_id, &command, &next, now))?;
        running.state = next;
        if let Some(Own::Fishbowl(fishbowl)) = running.own.as_mut() {
            fishbowl.record_live(LiveEvent { at: now, command });
        }
        live.view_of(running, now)
    };
    publish(app, &view);
    Ok(view)
}

/// Changes what the audience display shows besides the timer: a message, or a blank screen.
pub fn set_display<R: Runtime>(
    app: &AppHandle<R>,
    session_id: Uuid,
    display: DisplayState,
    now: DateTime<Utc>,
) -> IpcResult<LiveView> {
    let live = app.state::<Live>();
    let display = display.validated()?;
    let view = {
        let mut guard = live.lock();
        let running = guard
            .as_mut()
            .filter(|r| r.session_id == session_id)
            .ok_or_else(not_open)?;
        running.display = display;
        live.view_of(running, now)
    };
    publish(app, &view);
    Ok(view)
}

/// Keeps the running session's café (its table plan) as just stored, and re-announces
/// the view so the room sees the new plan. Nothing happens for a session not running.
pub fn set_cafe<R: Runtime>(
    app: &AppHandle<R>,
    session_id: Uuid,
    cafe: Option<Cafe>,
    now: DateTime<Utc>,
) {
    set_own(app, session_id, cafe.map(|c| Own::Cafe(Box::new(c))), now);
}

/// Keeps the running session's fishbowl as just stored, and re-announces the view so
/// the room sees who sits where and who holds the fish. Nothing happens for a session
/// not running.
pub fn set_fishbowl<R: Runtime>(
    app: &AppHandle<R>,
    session_id: Uuid,
    fishbowl: Option<FishbowlLive>,
    now: DateTime<Utc>,
) {
    set_own(
        app,
        session_id,
        fishbowl.map(|f| Own::Fishbowl(Box::new(f))),
        now,
    );
}

/// Keeps the running session's guided record as just stored, and re-announces the view
/// so the room sees its part. Nothing happens for a session not running.
pub fn set_guided<R: Runtime>(
    app: &AppHandle<R>,
    session_id: Uuid,
    guided: Option<GuidedLive>,
    now: DateTime<Utc>,
) {
    set_own(
        app,
        session_id,
        guided.map(|g| Own::Guided(Box::new(g))),
        now,
    );
}

/// Replaces what the running session keeps of its technique, and re-announces the view.
fn set_own<R: Runtime>(app: &AppHandle<R>, session_id: Uuid, own: Option<Own>, now: DateTime<Utc>) {
    let live = app.state::<Live>();
    let view = {
        let mut guard = live.lock();
        let Some(running) = guard.as_mut().filter(|r| r.session_id == session_id) else {
            return;
        };
        running.own = own;
        live.view_of(running, now)
    };
    publish(app, &view);
}

/// Re-reads the notes the room's view is made of (an After Action Review's comparison)
/// after a note changed, and re-announces the view if it changed.
pub fn notes_changed<R: Runtime>(app: &AppHandle<R>, now: DateTime<Utc>) {
    let live = app.state::<Live>();
    let db = app.state::<Database>();
    let view = {
        let mut guard = live.lock();
        let Some(running) = guard.as_mut() else {
            return;
        };
        let Some(Own::Review(notes)) = running.own.as_mut() else {
            return;
        };
        let Ok(fresh) = db.with(|store| store.notes(running.session_id)) else {
            return;
        };
        let fresh = ReviewNotes::from_notes(&fresh);
        if *notes == fresh {
            return;
        }
        *notes = fresh;
        live.view_of(running, now)
    };
    publish(app, &view);
}

/// Replaces a session's agenda before it starts (a café's set-up makes its own), through
/// the running console if the session is open there, or straight in the store.
pub fn replace_agenda<R: Runtime>(
    app: &AppHandle<R>,
    session_id: Uuid,
    agenda: Agenda,
    now: DateTime<Utc>,
) -> IpcResult<()> {
    let live = app.state::<Live>();
    let open_here = live
        .lock()
        .as_ref()
        .is_some_and(|r| r.session_id == session_id);
    let command_ = LiveCommand::SetAgenda { agenda };
    if open_here {
        command(app, session_id, command_, now)?;
        return Ok(());
    }
    let db = app.state::<Database>();
    db.with(|store| {
        let state = store
            .live_state(session_id)?
            .unwrap_or_else(|| LiveState::new(Agenda::default()));
        match state.apply(command_.clone(), now) {
            Ok(next) => store
                .save_live_transition(session_id, &command_, &next, now)
                .map(|_| Ok(())),
            Err(e) => Ok(Err(IpcError::new(ErrorKind::Invalid, e.to_string()))),
        }
    })?
}

/// The session open for running, if any.
pub fn running_session<R: Runtime>(app: &AppHandle<R>) -> Option<Uuid> {
    app.state::<Live>().lock().as_ref().map(|r| r.session_id)
}

/// The current view, for a window that opens (or reopens) mid-session.
pub fn current<R: Runtime>(app: &AppHandle<R>, now: DateTime<Utc>) -> Option<LiveView> {
    let live = app.state::<Live>();
    let guard = live.lock();
    guard.as_ref().map(|r| live.view_of(r, now))
}

/// Tells every window, then schedules the next moment the timer changes by itself.
fn publish<R: Runtime>(app: &AppHandle<R>, view: &LiveView) {
    // A window that is closing may miss this; it asks for `live_current` when it opens.
    let _ = app.emit(EVENT_VIEW, view);
    scheduler::reschedule(app, view);
}
