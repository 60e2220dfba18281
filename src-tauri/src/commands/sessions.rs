//! Session records: the list, the form, and the bin.

use chrono::{Local, Utc};
use mobilise_core::{Session, SessionDraft, SessionQuery, SessionSummary, TechniqueId};
use tauri::State;
use uuid::Uuid;

use crate::database::Database;
use crate::error::IpcResult;

/// A new session's form, pre-filled from the technique.
#[tauri::command]
pub fn session_new_draft(technique: TechniqueId) -> SessionDraft {
    SessionDraft::for_technique(
        mobilise_core::technique(technique),
        Local::now().naive_local(),
    )
}

#[tauri::command]
pub fn session_create(db: State<'_, Database>, draft: SessionDraft) -> IpcResult<Session> {
    db.with(|store| store.create_session(&draft, Utc::now(), &mut Uuid::now_v7))
}

#[tauri::command]
pub fn session_get(db: State<'_, Database>, id: Uuid) -> IpcResult<Session> {
    db.with(|store| store.session(id))
}

#[tauri::command]
pub fn session_update(
    db: State<'_, Database>,
    id: Uuid,
    draft: SessionDraft,
) -> IpcResult<Session> {
    db.with(|store| store.update_session(id, &draft, Utc::now(), &mut Uuid::now_v7))
}

#[tauri::command]
pub fn session_list(
    db: State<'_, Database>,
    query: SessionQuery,
) -> IpcResult<Vec<SessionSummary>> {
    db.with(|store| store.list_sessions(&query))
}

#[tauri::command]
pub fn session_duplicate(db: State<'_, Database>, id: Uuid) -> IpcResult<Session> {
    db.with(|store| store.duplicate_session(id, Utc::now(), &mut Uuid::now_v7))
}

/// Moves a session to the bin; `session_restore` brings it back.
#[tauri::command]
pub fn session_delete(db: State<'_, Database>, id: Uuid) -> IpcResult<()> {
    db.with(|store| store.delete_session(id, Utc::now()))
}

#[tauri::command]
pub fn session_restore(db: State<'_, Database>, id: Uuid) -> IpcResult<Session> {
    db.with(|store| store.restore_session(id, Utc::now()))
}

/// Deletes every session in the bin for good; returns how many.
#[tauri::command]
pub fn session_empty_bin(db: State<'_, Database>) -> IpcResult<usize> {
    db.with(|store| store.empty_bin())
}
