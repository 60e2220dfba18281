//! Where the data lives, and starting a database elsewhere when the current one is refused.

use std::path::PathBuf;

use mobilise_app::{App, DatabaseStatus, ErrorKind, IpcError, IpcResult};
use tauri::State;

use crate::data_dir;

#[tauri::command]
pub fn database_status(app: State<'_, App>) -> DatabaseStatus {
    app.database().status()
}

#[tauri::command]
pub fn database_use_folder(app: State<'_, App>, folder: String) -> IpcResult<DatabaseStatus> {
    let folder = PathBuf::from(folder.trim());
    if folder.as_os_str().is_empty() {
        return Err(IpcError::new(ErrorKind::Invalid, "Choose a folder."));
    }
    let status = app.use_folder(&folder)?;
    data_dir::remember(&folder).map_err(|e| {
        IpcError::new(
            ErrorKind::Io,
            format!("The database is open, but the choice could not be remembered: {e}"),
        )
    })?;
    Ok(status)
}
