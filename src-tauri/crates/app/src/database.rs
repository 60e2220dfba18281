//! The open database the commands share. Opening never fails the app: a refused file is
//! kept as a problem the UI shows, with the offer to start a database elsewhere.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use mobilise_store::{Store, StoreError};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{ErrorKind, IpcError, IpcResult};

/// What the UI needs to know about the database: where it is, and whether it is usable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DatabaseStatus {
    /// The data folder.
    pub folder: String,
    /// The database file inside it.
    pub file: String,
    /// Why the database could not be opened; `null` when it is ready.
    pub problem: Option<IpcError>,
}

struct Slot {
    folder: PathBuf,
    store: Result<Store, IpcError>,
}

pub struct Database(Mutex<Slot>);

impl Database {
    /// `now` stamps the start-up backup, if one is due.
    pub fn open(folder: PathBuf, now: DateTime<Utc>) -> Database {
        let store = Store::open_dir(&folder, now).map_err(IpcError::from);
        Database(Mutex::new(Slot { folder, store }))
    }

    fn lock(&self) -> MutexGuard<'_, Slot> {
        // A panic in another command must not lock the facilitator out of their data:
        // the store itself is transactional, so the state behind a poisoned lock is sound.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` on the open store, or says why there is none.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, StoreError>) -> IpcResult<T> {
        let mut slot = self.lock();
        match &mut slot.store {
            Ok(store) => f(store).map_err(IpcError::from),
            Err(problem) => Err(IpcError::new(
                ErrorKind::NoDatabase,
                format!("No database is open. {}", problem.message),
            )),
        }
    }

    pub fn status(&self) -> DatabaseStatus {
        let slot = self.lock();
        let file = match &slot.store {
            Ok(store) => store.path().to_path_buf(),
            Err(_) => slot.folder.join(mobilise_store::DB_FILE_NAME),
        };
        DatabaseStatus {
            folder: slot.folder.display().to_string(),
            file: file.display().to_string(),
            problem: slot.store.as_ref().err().cloned(),
        }
    }

    /// Switches to the database in `folder` (making a new one if it holds none). The
    /// previous database is only let go once the new one has opened.
    pub fn switch_to(&self, folder: &Path, now: DateTime<Utc>) -> IpcResult<DatabaseStatus> {
        let store = Store::open_dir(folder, now)?;
        {
            let mut slot = self.lock();
            slot.folder = folder.to_path_buf();
            slot.store = Ok(store);
        }
        Ok(self.status())
    }
}
