//! Time from process start to the UI's first painted frame, reported when
//! `MOBILISE_STARTUP_PROBE=1` (the startup benchmark reads it; users never see it).

use std::sync::OnceLock;
use std::time::Instant;

static LAUNCHED: OnceLock<Instant> = OnceLock::new();

/// Called first thing in `run`, so the figure covers the app's own start-up work.
pub fn mark_launch() {
    LAUNCHED.get_or_init(Instant::now);
}

/// The console calls this after its second animation frame: the page is on screen.
#[tauri::command]
pub fn app_painted<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    if std::env::var_os("MOBILISE_STARTUP_PROBE").is_none() {
        return;
    }
    if let Some(launched) = LAUNCHED.get() {
        eprintln!("mobilise-first-paint-ms={}", launched.elapsed().as_millis());
    }
    if std::env::var_os("MOBILISE_EXIT_AFTER_PAINT").is_some() {
        app.exit(0);
    }
}
