//! Rust-side wake-ups for the moments a running timer changes by itself: each warning
//! level (amber, red, zero) and auto-advance. Decided here, not in a webview, so a
//! hidden or throttled window cannot delay the chime or the move to the next step.

use std::sync::atomic::Ordering;
use std::time::Duration;

use chrono::Utc;
use mobilise_core::live::LiveCommand;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use super::{Live, LiveCue, LiveView, EVENT_CUE};

/// Replaces any pending wake-up with one at the view's next change, if there is one.
pub fn reschedule<R: Runtime>(app: &AppHandle<R>, view: &LiveView) {
    let live = app.state::<Live>();
    let generation = live.generation.fetch_add(1, Ordering::SeqCst) + 1;
    let change = view.state.next_change_at(view.now, &view.thresholds);
    let advance = view.state.auto_advance_at();
    let Some(at) = [change, advance].into_iter().flatten().min() else {
        return;
    };
    let session_id = view.session_id;
    let app = app.clone();
    std::thread::spawn(move || {
        let wait = (at - Utc::now()).to_std().unwrap_or(Duration::ZERO);
        std::thread::sleep(wait);
        let live = app.state::<Live>();
        if live.generation.load(Ordering::SeqCst) != generation {
            return; // a newer transition has rescheduled
        }
        wake(&app, session_id, at);
    });
}

fn wake<R: Runtime>(app: &AppHandle<R>, session_id: uuid::Uuid, at: chrono::DateTime<Utc>) {
    let now = Utc::now().max(at);
    let live = app.state::<Live>();
    let due = {
        let guard = live.lock();
        guard
            .as_ref()
            .filter(|r| r.session_id == session_id)
            .map(|r| {
                r.state
                    .auto_advance_at()
                    .is_some_and(|deadline| deadline <= now)
            })
    };
    match due {
        None => {}
        Some(true) => {
            // Stamped with the deadline itself, so the next step starts exactly on time.
            let deadline = {
                let guard = live.lock();
                guard
                    .as_ref()
                    .and_then(|r| r.state.auto_advance_at())
                    .unwrap_or(at)
            };
            let _ = super::command(app, session_id, LiveCommand::Next, deadline);
            cue(app, session_id, now);
        }
        Some(false) => {
            cue(app, session_id, now);
            if let Some(view) = super::current(app, now) {
                reschedule(app, &view);
            }
        }
    }
}

fn cue<R: Runtime>(app: &AppHandle<R>, session_id: uuid::Uuid, now: chrono::DateTime<Utc>) {
    let live = app.state::<Live>();
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
