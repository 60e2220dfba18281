//! The Mobilise desktop shell: the command line, the IPC commands, the windows and the
//! host the app runs on. Everything with rules in it lives in the app, core, store and
//! export crates.

pub mod bindings;
pub mod cli;
pub mod commands;
pub mod data_dir;
pub mod host;
pub mod startup;
pub mod windows;

use chrono::Utc;
use clap::Parser;
use mobilise_app::Database;
use tauri::{ipc::Invoke, Manager, Runtime};

use crate::host::TauriHost;

/// Every IPC command the windows may call: each `#[tauri::command]` function under
/// src-tauri/src, found by the build script.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    include!(concat!(env!("OUT_DIR"), "/ipc_handler.rs"))
}

/// The names of those commands, sorted.
pub const COMMANDS: &[&str] = include!(concat!(env!("OUT_DIR"), "/ipc_names.rs"));

/// The app's configuration, capabilities and bundled UI, compiled in from tauri.conf.json.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Builds the app on a builder (the real runtime, or the mock one in tests) with its
/// commands, and the app itself on `database` with Tauri as its host.
pub fn build<R: Runtime>(
    builder: tauri::Builder<R>,
    database: Database,
) -> tauri::Result<tauri::App<R>> {
    let app = builder.invoke_handler(handler()).build(context())?;
    let host = TauriHost::new(app.handle().clone());
    app.manage(mobilise_app::App::new(database, Box::new(host)));
    Ok(app)
}

/// Starts the app on the data folder the command line (or the defaults) name.
pub fn run() -> anyhow::Result<()> {
    startup::mark_launch();
    let cli = cli::Cli::parse();
    let folder = data_dir::resolve(cli.data_dir)?;
    if let Some(command) = &cli.command {
        return command.run(&folder);
    }
    let database = Database::open(folder, Utc::now());
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init());
    build(builder, database)?.run(|_, _| {});
    Ok(())
}
