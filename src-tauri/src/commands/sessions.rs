//! Session records: the list, the form, and the bin.

use chrono::Local;
use mobilise_app::{App, IpcResult};
use mobilise_core::{Session, SessionDraft, SessionQuery, SessionSummary, TechniqueId};
use tauri::State;
use uuid::Uuid;

/// A new session's form, pre-filled from the technique.
#[tauri::command]
pub fn session_new_draft(technique: TechniqueId) -> SessionDraft {
    SessionDraft::for_technique(
        mobilise_core::technique(technique),
        Local::now().naive_local(),
    )
}

#[tauri::command]
pub fn session_create(app: State<'_, App>, draft: SessionDraft) -> IpcResult<Session> {
    app.write(|store, now| store.create_session(&draft, now, &mut Uuid::now_v7))
}

#[tauri::command]
pub fn session_get(app: State<'_, App>, id: Uuid) -> IpcResult<Session> {
    app.database().with(|store| store.session(id))
}

#[tauri::command]
pub fn session_update(app: State<'_, App>, id: Uuid, draft: SessionDraft) -> IpcResult<Session> {
    app.write(|store, now| store.update_session(id, &draft, now, &mut Uuid::now_v7))
}

#[tauri::command]
pub fn session_list(app: State<'_, App>, query: SessionQuery) -> IpcResult<Vec<SessionSummary>> {
    app.database().with(|store| store.list_sessions(&query))
}

#[tauri::command]
pub fn session_duplicate(app: State<'_, App>, id: Uuid) -> IpcResult<Session> {
    app.write(|store, now| store.duplicate_session(id, now, &mut Uuid::now_v7))
}

/// Moves a session to the bin; `session_restore` brings it back.
#[tauri::command]
pub fn session_delete(app: State<'_, App>, id: Uuid) -> IpcResult<()> {
    app.write(|store, now| store.delete_session(id, now))
}

#[tauri::command]
pub fn session_restore(app: State<'_, App>, id: Uuid) -> IpcResult<Session> {
    app.write(|store, now| store.restore_session(id, now))
}

/// Deletes every session in the bin for good; returns how many.
#[tauri::command]
pub fn session_empty_bin(app: State<'_, App>) -> IpcResult<usize> {
    app.write(|store, _| store.empty_bin())
}
