//! Where the data lives, and starting a database elsewhere when the current one is refused.

use std::path::PathBuf;

use tauri::State;

use crate::data_dir;
use crate::database::{Database, DatabaseStatus};
use crate::error::{ErrorKind, IpcError, IpcResult};

#[tauri::command]
pub fn database_status(db: State<'_, Database>) -> DatabaseStatus {
    db.status()
}

/// Opens (or creates) the database in the chosen folder and remembers the choice.
#[tauri::command]
pub fn database_use_folder(db: State<'_, Database>, folder: String) -> IpcResult<DatabaseStatus> {
    let folder = PathBuf::from(folder.trim());
    if folder.as_os_str().is_empty() {
        return Err(IpcError::new(ErrorKind::Invalid, "Choose a folder."));
    }
    let status = db.switch_to(&folder)?;
    data_dir::remember(&folder).map_err(|e| {
        IpcError::new(
            ErrorKind::Io,
            format!("The database is open, but the choice could not be remembered: {e}"),
        )
    })?;
    Ok(status)
}
