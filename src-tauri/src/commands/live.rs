//! Running a session live: open it, send timer and agenda commands, set what the
//! audience display shows, and choose when the timer warns.

use mobilise_app::{App, DisplayState, IpcResult, LiveView};
use mobilise_core::live::{LiveCommand, Thresholds};
use tauri::{AppHandle, Runtime, State};
use uuid::Uuid;

#[tauri::command]
pub fn live_open(app: State<'_, App>, session_id: Uuid) -> IpcResult<LiveView> {
    app.live_open(session_id)
}

#[tauri::command]
pub fn live_command(
    app: State<'_, App>,
    session_id: Uuid,
    command: LiveCommand,
) -> IpcResult<LiveView> {
    app.live_command(session_id, command)
}

#[tauri::command]
pub fn live_display(
    app: State<'_, App>,
    session_id: Uuid,
    display: DisplayState,
) -> IpcResult<LiveView> {
    app.live_display(session_id, display)
}

/// Changes when the timer turns amber and red (stored for later sessions too) and
/// re-announces the running session's view.
#[tauri::command]
pub fn live_set_thresholds(app: State<'_, App>, thresholds: Thresholds) -> IpcResult<LiveView> {
    app.live_set_thresholds(thresholds)
}

/// The warning thresholds in use: the stored ones, or the defaults.
#[tauri::command]
pub fn live_thresholds(app: State<'_, App>) -> Thresholds {
    app.live_thresholds()
}

/// The running session's view, for a window opened mid-session; `null` when none runs.
#[tauri::command]
pub fn live_current(app: State<'_, App>) -> Option<LiveView> {
    app.live_current()
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
