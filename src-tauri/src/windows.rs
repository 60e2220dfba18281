//! The audience display window: full screen on a second monitor when there is one (the
//! projector), otherwise an ordinary window the facilitator can drag or present with.

use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};
use ts_rs::TS;

use mobilise_app::{ErrorKind, IpcError, IpcResult};

pub const CONSOLE: &str = "console";
pub const AUDIENCE: &str = "audience";

/// Where the audience display went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DisplayPlacement {
    /// True when it is full screen on a monitor other than the console's.
    pub second_screen: bool,
    /// The monitor's name as the system gives it, when known.
    pub monitor: Option<String>,
}

fn failed(err: tauri::Error) -> IpcError {
    IpcError::new(
        ErrorKind::Internal,
        format!("The audience display could not be opened: {err}"),
    )
}

/// Opens (or brings back) the audience display. Closing it never loses the session: it
/// asks for the current live view when it opens.
pub fn open_display<R: Runtime>(app: &AppHandle<R>) -> IpcResult<DisplayPlacement> {
    if let Some(existing) = app.get_webview_window(AUDIENCE) {
        existing.show().map_err(failed)?;
        existing.set_focus().map_err(failed)?;
        return Ok(DisplayPlacement {
            second_screen: existing.is_fullscreen().unwrap_or(false),
            monitor: existing
                .current_monitor()
                .ok()
                .flatten()
                .and_then(|m| m.name().cloned()),
        });
    }
    let console_monitor = app
        .get_webview_window(CONSOLE)
        .and_then(|w| w.current_monitor().ok().flatten());
    let projector = app
        .available_monitors()
        .map_err(failed)?
        .into_iter()
        .find(|m| match &console_monitor {
            Some(console) => m.position() != console.position() || m.name() != console.name(),
            None => false,
        });

    let mut builder =
        WebviewWindowBuilder::new(app, AUDIENCE, WebviewUrl::App("index.html".into()))
            .title("Mobilise: audience display")
            .inner_size(1280.0, 720.0)
            .min_inner_size(640.0, 360.0);
    if let Some(monitor) = &projector {
        let at = monitor.position().to_logical::<f64>(monitor.scale_factor());
        builder = builder.position(at.x, at.y).fullscreen(true);
    }
    builder.build().map_err(failed)?;
    Ok(DisplayPlacement {
        second_screen: projector.is_some(),
        monitor: projector.and_then(|m| m.name().cloned()),
    })
}

pub fn close_display<R: Runtime>(app: &AppHandle<R>) -> IpcResult<()> {
    if let Some(window) = app.get_webview_window(AUDIENCE) {
        window.close().map_err(failed)?;
    }
    Ok(())
}
