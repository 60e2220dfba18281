//! The live session the console is running: its state held in memory, persisted to
//! SQLite on every transition *before* the windows are told, one view announced to every
//! window through the host, and a wake-up asked of the host for each moment the timer
//! changes colour or moves on (at the facilitator's stored warning thresholds).
//!
//! The technique's own part (its slot) is read from the store when the session opens and
//! again after any write ([`Live::refresh`]); techniques never call in here.

mod thresholds;
mod wake;

use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use mobilise_core::live::{Agenda, LiveCommand, LiveError, LiveState, Thresholds};
use mobilise_core::{LiveEvent, TechniqueId};
use uuid::Uuid;

use crate::database::Database;
use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::host::Host;
use crate::techniques::TechniqueSlot;
use crate::view::{DisplayState, LiveView};
pub use thresholds::{stored_thresholds, THRESHOLDS_KEY};

struct Running {
    session_id: Uuid,
    technique: TechniqueId,
    state: LiveState,
    display: DisplayState,
    /// The technique's own record, which the room sees part of.
    slot: Option<TechniqueSlot>,
}

/// The app's one live session (a facilitator runs one meeting at a time).
#[derive(Default)]
pub struct Live {
    running: Mutex<Option<Running>>,
    thresholds: Mutex<Thresholds>,
}

fn not_open() -> IpcError {
    IpcError::new(
        ErrorKind::NotFound,
        "That session is not open for running. Open it from the sessions list.",
    )
}

impl Live {
    fn lock(&self) -> MutexGuard<'_, Option<Running>> {
        self.running.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn thresholds(&self) -> Thresholds {
        *self.thresholds.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn keep_thresholds(&self, thresholds: Thresholds) {
        *self.thresholds.lock().unwrap_or_else(|p| p.into_inner()) = thresholds;
    }

    /// Changes the running session if it is `session_id`, and gives the view it leads to.
    fn change_running(
        &self,
        session_id: Uuid,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut Running) -> IpcResult<()>,
    ) -> IpcResult<LiveView> {
        let mut guard = self.lock();
        let running = guard
            .as_mut()
            .filter(|r| r.session_id == session_id)
            .ok_or_else(not_open)?;
        change(running)?;
        Ok(self.view_of(running, now))
    }

    fn view_of(&self, running: &Running, now: DateTime<Utc>) -> LiveView {
        LiveView::new(
            running.session_id,
            mobilise_core::technique(running.technique),
            &running.state,
            &running.display,
            running
                .slot
                .as_ref()
                .map(|slot| slot.display(&running.state, now)),
            self.thresholds(),
            now,
        )
    }

    /// Opens a session for running: its saved live state, or a new one from its
    /// technique's agenda. Deadlines that passed while the app was closed are caught up
    /// (auto-advance).
    pub fn open(
        &self,
        db: &Database,
        host: &dyn Host,
        session_id: Uuid,
        now: DateTime<Utc>,
    ) -> IpcResult<LiveView> {
        self.keep_thresholds(stored_thresholds(db));
        let (saved, mut slot, technique) = db.with(|store| {
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
            Ok((
                state,
                TechniqueSlot::stored(store, &session),
                session.technique,
            ))
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
            if let Some(slot) = slot.as_mut() {
                slot.record_live(&LiveEvent {
                    at: deadline,
                    command: LiveCommand::Next,
                });
            }
            state = next;
        }
        let view = {
            let mut running = self.lock();
            let display = match running.as_ref() {
                Some(r) if r.session_id == session_id => r.display.clone(),
                _ => DisplayState::default(),
            };
            let next = Running {
                session_id,
                technique,
                state,
                display,
                slot,
            };
            let view = self.view_of(&next, now);
            *running = Some(next);
            view
        };
        self.publish(host, &view);
        Ok(view)
    }

    /// Applies a facilitator's command at `now`: stored first, then announced.
    pub fn command(
        &self,
        db: &Database,
        host: &dyn Host,
        session_id: Uuid,
        command: LiveCommand,
        now: DateTime<Utc>,
    ) -> IpcResult<LiveView> {
        let view = self.change_running(session_id, now, |running| {
            let invalid = |e: LiveError| IpcError::new(ErrorKind::Invalid, e.to_string());
            let command = command
                .resolved(mobilise_core::technique(running.technique))
                .map_err(invalid)?;
            let next = running.state.apply(command.clone(), now).map_err(invalid)?;
            db.with(|store| store.save_live_transition(session_id, &command, &next, now))?;
            running.state = next;
            if let Some(slot) = running.slot.as_mut() {
                slot.record_live(&LiveEvent { at: now, command });
            }
            Ok(())
        })?;
        self.publish(host, &view);
        Ok(view)
    }

    /// Changes what the audience display shows besides the timer: a message, or a blank
    /// screen.
    pub fn set_display(
        &self,
        host: &dyn Host,
        session_id: Uuid,
        display: DisplayState,
        now: DateTime<Utc>,
    ) -> IpcResult<LiveView> {
        let display = display.validated()?;
        let view = self.change_running(session_id, now, |running| {
            running.display = display;
            Ok(())
        })?;
        self.publish(host, &view);
        Ok(view)
    }

    /// Reads the running session's technique slot again after a write (a set-up, a
    /// change, a note, an action), and re-announces the view when what the room sees of
    /// it changed.
    pub fn refresh(&self, db: &Database, host: &dyn Host, now: DateTime<Utc>) {
        let view = {
            let mut guard = self.lock();
            let Some(running) = guard.as_mut() else {
                return;
            };
            let Ok(fresh) = db.with(|store| {
                let session = store.session(running.session_id)?;
                Ok(TechniqueSlot::stored(store, &session))
            }) else {
                return;
            };
            // What the room sees is the test: a note the technique does not show changes
            // its slot but not the view.
            let shown = |slot: &Option<TechniqueSlot>| {
                slot.as_ref().map(|s| s.display(&running.state, now))
            };
            let unchanged = shown(&fresh) == shown(&running.slot);
            running.slot = fresh;
            if unchanged {
                return;
            }
            self.view_of(running, now)
        };
        self.publish(host, &view);
    }

    /// Applies a technique's command to a session (an agenda rebuilt from a set-up before
    /// the start, the rounds planned after a step): through the running
    /// console if the session is open there, or straight in the store.
    pub fn apply(
        &self,
        db: &Database,
        host: &dyn Host,
        session_id: Uuid,
        command: LiveCommand,
        now: DateTime<Utc>,
    ) -> IpcResult<()> {
        if self.running_session() == Some(session_id) {
            self.command(db, host, session_id, command, now)?;
            return Ok(());
        }
        db.with(|store| {
            let state = store
                .live_state(session_id)?
                .unwrap_or_else(|| LiveState::new(Agenda::default()));
            match state.apply(command.clone(), now) {
                Ok(next) => store
                    .save_live_transition(session_id, &command, &next, now)
                    .map(|_| Ok(())),
                Err(e) => Ok(Err(IpcError::new(ErrorKind::Invalid, e.to_string()))),
            }
        })?
    }

    /// The session open for running, if any.
    pub fn running_session(&self) -> Option<Uuid> {
        self.lock().as_ref().map(|r| r.session_id)
    }

    /// The current view, for a window that opens (or reopens) mid-session.
    pub fn current(&self, now: DateTime<Utc>) -> Option<LiveView> {
        let guard = self.lock();
        guard.as_ref().map(|r| self.view_of(r, now))
    }

    /// Tells every window, then asks for a wake-up at the next moment the timer changes
    /// by itself.
    fn publish(&self, host: &dyn Host, view: &LiveView) {
        host.emit_view(view);
        host.wake_at(wake::next_wake(view));
    }
}
