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

/// Every IPC command the windows may call.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        startup::app_painted,
        commands::techniques::technique_get,
        commands::techniques::technique_change,
        commands::series::series_list,
        commands::series::series_create,
        commands::series::series_update,
        commands::series::series_delete,
        commands::series::series_next_meeting,
        commands::series::series_carried,
        commands::lessons::lesson_create,
        commands::lessons::lesson_update,
        commands::lessons::lesson_delete,
        commands::lessons::lessons_of_session,
        commands::lessons::lessons_search,
        commands::lessons::lessons_related,
        commands::lessons::lessons_pinned,
        commands::lessons::lesson_pin,
        commands::export::export_suggested_path,
        commands::export::export_session,
        commands::database::database_status,
        commands::database::database_use_folder,
        commands::library::library_techniques,
        commands::live::live_open,
        commands::live::live_command,
        commands::live::live_display,
        commands::live::live_current,
        commands::live::live_set_thresholds,
        commands::live::live_thresholds,
        commands::live::display_open,
        commands::live::display_close,
        commands::records::notes_list,
        commands::records::note_add,
        commands::records::note_update,
        commands::records::note_move,
        commands::records::note_delete,
        commands::records::actions_of_session,
        commands::records::actions_open_of,
        commands::records::action_add,
        commands::records::action_update,
        commands::records::action_delete,
        commands::records::actions_list,
        commands::people::people_list,
        commands::people::person_update,
        commands::people::person_delete,
        commands::sessions::session_new_draft,
        commands::sessions::session_create,
        commands::sessions::session_get,
        commands::sessions::session_update,
        commands::sessions::session_list,
        commands::sessions::session_duplicate,
        commands::sessions::session_delete,
        commands::sessions::session_restore,
        commands::sessions::session_empty_bin,
    ]
}

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
