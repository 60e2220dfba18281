//! The facilitator's warning thresholds: kept as the "live.thresholds" setting (JSON),
//! read when a session is opened and changed from the run console.

use chrono::{DateTime, Utc};
use mobilise_core::live::Thresholds;

use super::{not_open, Live};
use crate::database::Database;
use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::host::Host;
use crate::view::LiveView;

/// The settings key the thresholds are stored under.
pub const THRESHOLDS_KEY: &str = "live.thresholds";

/// The stored thresholds, or the defaults when none are stored or the stored value is
/// unreadable or breaks the rules (a bad setting must never stop a session running).
pub fn stored_thresholds(db: &Database) -> Thresholds {
    db.with(|store| store.setting(THRESHOLDS_KEY))
        .ok()
        .flatten()
        .and_then(|json| serde_json::from_str::<Thresholds>(&json).ok())
        .and_then(|t| t.validated().ok())
        .unwrap_or_default()
}

impl Live {
    /// Checks and stores new thresholds, then re-announces the running session's view
    /// so the windows recolour and the alarm moves to the new moments.
    pub fn set_thresholds(
        &self,
        db: &Database,
        host: &dyn Host,
        thresholds: Thresholds,
        now: DateTime<Utc>,
    ) -> IpcResult<LiveView> {
        let thresholds = thresholds.validated()?;
        let json = serde_json::to_string(&thresholds)
            .map_err(|e| IpcError::new(ErrorKind::Internal, e.to_string()))?;
        let view = {
            let guard = self.lock();
            let running = guard.as_ref().ok_or_else(not_open)?;
            db.with(|store| store.set_setting(THRESHOLDS_KEY, &json, now))?;
            self.keep_thresholds(thresholds);
            self.view_of(running, now)
        };
        self.publish(host, &view);
        Ok(view)
    }
}
