//! Generates the Tauri context, and an allow-/deny- permission for every app command so
//! each window's capability can name exactly the commands it may call.

/// Every IPC command in `mobilise_lib::handler` (a command missing here cannot be called
/// from any window: the command tests fail).
const COMMANDS: &[&str] = &[
    "app_painted",
    "technique_get",
    "technique_change",
    "series_list",
    "series_create",
    "series_update",
    "series_delete",
    "series_next_meeting",
    "series_carried",
    "lesson_create",
    "lesson_update",
    "lesson_delete",
    "lessons_of_session",
    "lessons_search",
    "lessons_related",
    "lessons_pinned",
    "lesson_pin",
    "export_suggested_path",
    "export_session",
    "database_status",
    "database_use_folder",
    "library_techniques",
    "live_open",
    "live_command",
    "live_display",
    "live_current",
    "live_set_thresholds",
    "live_thresholds",
    "display_open",
    "display_close",
    "notes_list",
    "note_add",
    "note_update",
    "note_move",
    "note_delete",
    "actions_of_session",
    "actions_open_of",
    "action_add",
    "action_update",
    "action_delete",
    "actions_list",
    "people_list",
    "person_update",
    "person_delete",
    "session_new_draft",
    "session_create",
    "session_get",
    "session_update",
    "session_list",
    "session_duplicate",
    "session_delete",
    "session_restore",
    "session_empty_bin",
];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/permissions");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(
                tauri_build::AppManifest::new()
                    .commands(COMMANDS)
                    .permissions_path_pattern("./src-tauri/permissions/**/*"),
            ),
    )
    .expect("failed to run tauri-build");
}
