//! Mobilise without a window: the open database, the live engine with its technique slot,
//! each technique's rules on the console, and reading a session for export. The desktop
//! shell gives it a [`Host`] (Tauri's events and an alarm thread); tests give it a fixed
//! clock and a recorder, so everything here runs with no window and no `sleep`.

pub mod database;
pub mod deadline;
pub mod error;
pub mod export;
pub mod host;
pub mod live;
pub mod outcome;
pub mod series;
pub mod techniques;
pub mod view;

use std::path::Path;

use chrono::{DateTime, Utc};
use mobilise_core::live::{LiveCommand, Thresholds};
use mobilise_core::techniques::{AgendaChange, TechniqueChange};
use mobilise_export::ExportOptions;
use mobilise_store::{Store, StoreError};
use uuid::Uuid;

pub use database::{Database, DatabaseStatus};
pub use deadline::{Deadline, PLAN_BUDGET};
pub use error::{ErrorKind, IpcError, IpcResult};
use export::{ExportDone, ExportFormat};
pub use host::Host;
use live::Live;
pub use outcome::{At, Changed};
use techniques::records::TechniqueView;
pub use view::{DisplayState, LiveCue, LiveView};

/// The running application: one database, one live session, one host.
pub struct App {
    db: Database,
    live: Live,
    host: Box<dyn Host>,
}

impl App {
    pub fn new(db: Database, host: Box<dyn Host>) -> App {
        App {
            db,
            live: Live::default(),
            host,
        }
    }

    pub fn database(&self) -> &Database {
        &self.db
    }

    /// The host's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.host.now()
    }

    fn at(&self) -> At {
        At {
            now: self.host.now(),
            seed: self.host.seed(),
        }
    }

    /// Reads without changing anything, at the host's clock.
    pub fn read<T>(
        &self,
        f: impl FnOnce(&Database, DateTime<Utc>) -> IpcResult<T>,
    ) -> IpcResult<T> {
        f(&self.db, self.now())
    }

    /// Runs a technique's change: stored by `f`, then what it asks of the live session
    /// done (an agenda rebuilt, a command applied), then the running session's view
    /// brought up to date.
    pub fn change<T>(
        &self,
        session_id: Uuid,
        f: impl FnOnce(&Database, At) -> IpcResult<Changed<T>>,
    ) -> IpcResult<T> {
        let at = self.at();
        let Changed { reply, agenda } = f(&self.db, at)?;
        let command = agenda.map(|change| match change {
            AgendaChange::Replace(agenda) => LiveCommand::SetAgenda { agenda },
            AgendaChange::Command(command) => command,
        });
        if let Some(command) = command {
            self.live
                .apply(&self.db, &*self.host, session_id, command, at.now)?;
        }
        self.live.refresh(&self.db, &*self.host, at.now);
        Ok(reply)
    }

    /// Writes to the store (a note, an action, a person), then brings the running
    /// session's view up to date: the room may be looking at what changed.
    pub fn write<T>(
        &self,
        f: impl FnOnce(&mut Store, DateTime<Utc>) -> Result<T, StoreError>,
    ) -> IpcResult<T> {
        let now = self.now();
        let written = self.db.with(|store| f(store, now))?;
        self.live.refresh(&self.db, &*self.host, now);
        Ok(written)
    }

    /// A technique's record with the rules' reading of it (its overview, whether it is
    /// finished): what the console draws.
    pub fn technique_get(&self, session_id: Uuid) -> IpcResult<TechniqueView> {
        self.read(|db, now| techniques::records::get(db, session_id, now))
    }

    /// A change to a technique's record, by the technique's own rules.
    pub fn technique_change(
        &self,
        session_id: Uuid,
        change: TechniqueChange,
    ) -> IpcResult<TechniqueView> {
        self.change(session_id, |db, at| {
            techniques::records::change(db, session_id, change, at, &mut || self.host.new_id())
        })
    }

    pub fn live_open(&self, session_id: Uuid) -> IpcResult<LiveView> {
        self.live
            .open(&self.db, &*self.host, session_id, self.now())
    }

    pub fn live_command(&self, session_id: Uuid, command: LiveCommand) -> IpcResult<LiveView> {
        self.live
            .command(&self.db, &*self.host, session_id, command, self.now())
    }

    pub fn live_display(&self, session_id: Uuid, display: DisplayState) -> IpcResult<LiveView> {
        self.live
            .set_display(&*self.host, session_id, display, self.now())
    }

    pub fn live_set_thresholds(&self, thresholds: Thresholds) -> IpcResult<LiveView> {
        self.live
            .set_thresholds(&self.db, &*self.host, thresholds, self.now())
    }

    /// The warning thresholds in use: the stored ones, or the defaults.
    pub fn live_thresholds(&self) -> Thresholds {
        live::stored_thresholds(&self.db)
    }

    /// The running session's view, for a window opened mid-session.
    pub fn live_current(&self) -> Option<LiveView> {
        self.live.current(self.now())
    }

    /// The host's alarm for `session_id` at `at` rang.
    pub fn wake(&self, session_id: Uuid, at: DateTime<Utc>) {
        self.live
            .wake(&self.db, &*self.host, session_id, at, self.now());
    }

    /// Writes the session's record to `path`, stamped with the host's clock.
    pub fn export_session(
        &self,
        session_id: Uuid,
        format: ExportFormat,
        path: &Path,
        options: ExportOptions,
    ) -> IpcResult<ExportDone> {
        let now = self.now();
        self.db.with(|store| {
            Ok(export::export_to(
                store, session_id, format, path, options, now,
            ))
        })?
    }

    /// Switches to the database in `folder` (a new one if it holds none).
    pub fn use_folder(&self, folder: &Path) -> IpcResult<DatabaseStatus> {
        self.db.switch_to(folder, self.now())
    }
}
