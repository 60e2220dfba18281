//! The moments a running timer changes by itself: each warning level (amber, red, zero)
//! and auto-advance. Decided here, not in a webview, so a hidden or throttled window
//! cannot delay the chime or the move to the next step. The host keeps one alarm and
//! calls [`Live::wake`] when it rings; every announced view replaces that alarm, so
//! nothing stale ever fires.

use chrono::{DateTime, Utc};
use mobilise_core::live::LiveCommand;
use uuid::Uuid;

use super::Live;
use crate::database::Database;
use crate::host::Host;
use crate::view::{LiveCue, LiveView};

/// The next instant the view changes by itself, and for which session.
pub(super) fn next_wake(view: &LiveView) -> Option<(Uuid, DateTime<Utc>)> {
    let change = view.state.next_change_at(view.now, &view.thresholds);
    let advance = view.state.auto_advance_at();
    [change, advance]
        .into_iter()
        .flatten()
        .min()
        .map(|at| (view.session_id, at))
}

impl Live {
    /// The alarm set for `at` rang (at `now`, never earlier): moves on if the step's
    /// time is up and it auto-advances, asks for the next alarm, and sounds the cue.
    pub fn wake(
        &self,
        db: &Database,
        host: &dyn Host,
        session_id: Uuid,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) {
        let now = now.max(at);
        let deadline = {
            let guard = self.lock();
            match guard.as_ref().filter(|r| r.session_id == session_id) {
                None => return,
                Some(r) => r.state.auto_advance_at().filter(|d| *d <= now),
            }
        };
        if let Some(deadline) = deadline {
            // Stamped with the deadline itself, so the next step starts exactly on time.
            let _ = self.command(db, host, session_id, LiveCommand::Next, deadline);
        } else if let Some(view) = self.current(now) {
            host.wake_at(next_wake(&view));
        }
        let warning = {
            let guard = self.lock();
            guard
                .as_ref()
                .map(|r| r.state.warning(now, &self.thresholds()))
        };
        if let Some(warning) = warning {
            host.emit_cue(&LiveCue {
                session_id,
                warning,
            });
        }
    }
}
