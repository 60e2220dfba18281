//! The `mobilise` binary: the desktop app, and its command-line entries (see `cli/`).

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> anyhow::Result<()> {
    mobilise_lib::run()
}
