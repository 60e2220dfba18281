//! Exporting a session's record: the suggested file for the Save dialog, and the export
//! itself (off the main thread: a long record takes a moment to render).

use mobilise_app::export::{self, ExportDone, ExportFormat};
use mobilise_app::{App, IpcResult};
use mobilise_export::ExportOptions;
use tauri::State;
use uuid::Uuid;

/// Where the Save dialog should start, with a file name made from the date, technique
/// and title.
#[tauri::command]
pub fn export_suggested_path(
    app: State<'_, App>,
    session_id: Uuid,
    format: ExportFormat,
) -> IpcResult<String> {
    app.database()
        .with(|store| Ok(export::suggested_path(store, session_id, format)))?
}

/// Writes the session's record to `path` (the file the facilitator chose).
#[tauri::command(async)]
pub fn export_session(
    app: State<'_, App>,
    session_id: Uuid,
    format: ExportFormat,
    path: String,
    include_names: bool,
    include_confidential: Option<bool>,
) -> IpcResult<ExportDone> {
    let options = ExportOptions {
        include_names,
        include_confidential: include_confidential.unwrap_or(false),
    };
    app.export_session(session_id, format, std::path::Path::new(&path), options)
}
