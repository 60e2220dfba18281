//! Running a session live: open it, send timer and agenda commands, set what the
//! audience display shows, and choose when the timer warns.

use chrono::Utc;
use mobilise_core::live::{LiveCommand, Thresholds};
use tauri::State;
use tauri::{AppHandle, Runtime};
use uuid::Uuid;

use crate::database::Database;
use crate::error::IpcResult;
use crate::live::{self, DisplayState, LiveView};

#[tauri::command]
pub fn live_open<R: Runtime>(app: AppHandle<R>, session_id: Uuid) -> IpcResult<LiveView> {
    live::open(&app, session_id, Utc::now())
}

#[tauri::command]
pub fn live_command<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    command: LiveCommand,
) -> IpcResult<LiveView> {
    live::command(&app, session_id, command, Utc::now())
}

#[tauri::command]
pub fn live_display<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    display: DisplayState,
) -> IpcResult<LiveView> {
    live::set_display(&app, session_id, display, Utc::now())
}

/// Changes when the timer turns amber and red (stored for later sessions too) and
/// re-announces the running session's view.
#[tauri::command]
pub fn live_set_thresholds<R: Runtime>(
    app: AppHandle<R>,
    thresholds: Thresholds,
) -> IpcResult<LiveView> {
    live::set_thresholds(&app, thresholds, Utc::now())
}

/// The warning thresholds in use: the stored ones, or the defaults.
#[tauri::command]
pub fn live_thresholds(db: State<'_, Database>) -> Thresholds {
    live::stored_thresholds(&db)
}

/// The running session's view, for a window opened mid-session; `null` when none runs.
#[tauri::command]
pub fn live_current<R: Runtime>(app: AppHandle<R>) -> Option<LiveView> {
    live::current(&app, Utc::now())
}

/// Opens the audience display: full screen on the projector when one is connected.
#[tauri::command]
pub fn display_open<R: Runtime>(app: AppHandle<R>) -> IpcResult<crate::windows::DisplayPlacement> {
    crate::windows::open_display(&app)
}

#[tauri::command]
pub fn display_close<R: Runtime>(app: AppHandle<R>) -> IpcResult<()> {
    crate::windows::close_display(&app)
}
