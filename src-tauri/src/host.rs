//! The app's host on the desktop: the system clock, fresh randomness, Tauri events to
//! every window, and one alarm thread that wakes the app at the next moment the timer
//! changes by itself.

use std::sync::{Arc, Condvar, Mutex, Once};
use std::time::Duration;

use chrono::{DateTime, Utc};
use mobilise_app::{App, Host, LiveCue, LiveView};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use uuid::Uuid;

/// Sent to all windows after each stored transition.
pub const EVENT_VIEW: &str = "live-view";
/// Sent when the timer changes colour by itself (and at zero): the windows chime.
pub const EVENT_CUE: &str = "live-cue";

pub struct TauriHost<R: Runtime> {
    app: AppHandle<R>,
    alarm: Arc<Alarm>,
    started: Once,
}

impl<R: Runtime> TauriHost<R> {
    pub fn new(app: AppHandle<R>) -> TauriHost<R> {
        TauriHost {
            app,
            alarm: Arc::new(Alarm::default()),
            started: Once::new(),
        }
    }
}

impl<R: Runtime> Host for TauriHost<R> {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    /// The random bits of a fresh UUIDv7.
    fn seed(&self) -> u32 {
        (Uuid::now_v7().as_u128() & u128::from(u32::MAX)) as u32
    }

    fn new_id(&self) -> Uuid {
        Uuid::now_v7()
    }

    fn emit_view(&self, view: &LiveView) {
        // A window that is closing may miss this; it asks for `live_current` when it opens.
        let _ = self.app.emit(EVENT_VIEW, view);
    }

    fn emit_cue(&self, cue: &LiveCue) {
        let _ = self.app.emit(EVENT_CUE, cue);
    }

    fn wake_at(&self, next: Option<(Uuid, DateTime<Utc>)>) {
        self.alarm.set(next);
        let (app, alarm) = (self.app.clone(), Arc::clone(&self.alarm));
        self.started.call_once(move || {
            std::thread::spawn(move || loop {
                let (session, at) = alarm.wait();
                app.state::<App>().wake(session, at);
            });
        });
    }
}

/// The next wake-up: which session, and when. Every new instant replaces the last, so
/// nothing stale ever fires.
#[derive(Default)]
struct Alarm {
    due: Mutex<Option<(Uuid, DateTime<Utc>)>>,
    changed: Condvar,
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
