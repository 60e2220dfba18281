//! What the app needs from the world around it: the clock, fresh randomness and ids, a way to
//! tell every window, and an alarm. The desktop shell implements it with Tauri; tests
//! implement it with a fixed clock and a recorder, so nothing here needs a window.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::view::{LiveCue, LiveView};

pub trait Host: Send + Sync {
    /// The instant a command happens at.
    fn now(&self) -> DateTime<Utc>;
    /// Fresh randomness for a new plan (a seating plan); the domain never draws its own.
    fn seed(&self) -> u32;
    /// A new record's id (a walk-in joining the people list).
    fn new_id(&self) -> Uuid;
    /// Tells every window the live session as it now stands.
    fn emit_view(&self, view: &LiveView);
    /// Tells every window the timer reached a new warning level by itself (the chime).
    fn emit_cue(&self, cue: &LiveCue);
    /// Call [`crate::App::wake`] for this session at this instant, replacing any earlier
    /// alarm; `None` clears it.
    fn wake_at(&self, next: Option<(Uuid, DateTime<Utc>)>);
}
