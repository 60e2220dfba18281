//! Rust-side wake-ups for the moments a running timer changes by itself: each warning
//! level (amber, red, zero) and auto-advance. Decided here, not in a webview, so a
//! hidden or throttled window cannot delay the chime or the move to the next step.
//!
//! One thread per app waits on a condition variable for the next due instant; every
//! transition replaces that instant, so nothing stale ever fires.

use std::sync::{Condvar, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use mobilise_core::live::LiveCommand;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use uuid::Uuid;

use super::{Live, LiveCue, LiveView, EVENT_CUE};

/// The next wake-up: which session, and when.
pub struct Alarm {
    due: Mutex<Option<(Uuid, DateTime<Utc>)>>,
    changed: Condvar,
    started: std::sync::Once,
}

impl Default for Alarm {
    fn default() -> Self {
        Alarm {
            due: Mutex::new(None),
            changed: Condvar::new(),
            started: std::sync::Once::new(),
        }
    }
}

impl Alarm {
    fn set(&self, next: Option<(Uuid, DateTime<Utc>)>) {
        *self.due.lock().unwrap_or_else(|p| p.into_inner()) = next;
        self.changed.notify_all();
    }

    /// Blocks until the alarm's instant has come, then clears and returns it.
    fn wait(&self) -> (Uuid, DateTime<Utc>) {
        let mut due = self.due.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            match *due {
                None => {
                    due = self.changed.wait(due).unwrap_or_else(|p| p.into_inner());
                }
                Some((session, at)) => {
                    let left = (at - Utc::now()).to_std().unwrap_or(Duration::ZERO);
                    if left.is_zero() {
                        *due = None;
                        return (session, at);
                    }
                    due = self
                        .changed
                        .wait_timeout(due, left)
                        .map(|(guard, _)| guard)
                        .unwrap_or_else(|p| p.into_inner().0);
                }
            }
        }
    }
}

/// Sets the alarm to the view's next change (or clears it), starting the waiting thread
/// the first time.
pub fn reschedule<R: Runtime>(app: &AppHandle<R>, view: &LiveView) {
    let live = app.state::<Live>();
    let change = view.state.next_change_at(view.now, &view.thresholds);
    let advance = view.state.auto_advance_at();
    let next = [change, advance].into_iter().flatten().min();
    live.alarm.set(next.map(|at| (view.session_id, at)));
    let app = app.clone();
    live.alarm.started.call_once(move || {
        std::thread::spawn(move || loop {
            let (session, at) = app.state::<Live>().alarm.wait();
            wake(&app, session, at);
        });
    });
}

fn wake<R: Runtime>(app: &AppHandle<R>, session_id: Uuid, at: DateTime<Utc>) {
    let now = Utc::now().max(at);
    let live = app.state::<Live>();
    let deadline = {
        let guard = live.lock();
        match guard.as_ref().filter(|r| r.session_id == session_id) {
            None => return,
            Some(r) => r.state.auto_advance_at().filter(|d| *d <= now),
        }
    };
    if let Some(deadline) = deadline {
        // Stamped with the deadline itself, so the next step starts exactly on time.
        let _ = super::command(app, session_id, LiveCommand::Next, deadline);
    } else if let Some(view) = super::current(app, now) {
        reschedule(app, &view);
    }
    let warning = {
        let guard = live.lock();
        guard
            .as_ref()
            .map(|r| r.state.warning(now, &live.thresholds()))
    };
    if let Some(warning) = warning {
        let _ = app.emit(
            EVENT_CUE,
            LiveCue {
                session_id,
                warning,
            },
        );
    }
}
