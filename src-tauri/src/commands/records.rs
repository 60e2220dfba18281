//! What a session produces: notes under its steps and questions, the parking lot, and
//! actions with owners and due dates (also listed across all sessions).

use chrono::{Local, Utc};
use mobilise_core::{Action, ActionInput, ActionQuery, ActionRow, Note, NoteInput};
use tauri::State;
use uuid::Uuid;

use crate::database::Database;
use crate::error::IpcResult;

#[tauri::command]
pub fn notes_list(db: State<'_, Database>, session_id: Uuid) -> IpcResult<Vec<Note>> {
    db.with(|store| store.notes(session_id))
}

#[tauri::command]
pub fn note_add(db: State<'_, Database>, session_id: Uuid, note: NoteInput) -> IpcResult<Note> {
    db.with(|store| store.add_note(session_id, &note, Utc::now(), &mut Uuid::now_v7))
}

/// Called as the facilitator types (debounced), on blur and when the window closes.
#[tauri::command]
pub fn note_update(db: State<'_, Database>, id: Uuid, text: String) -> IpcResult<Note> {
    db.with(|store| store.update_note_text(id, &text, Utc::now()))
}

#[tauri::command]
pub fn note_move(db: State<'_, Database>, id: Uuid, position: u32) -> IpcResult<Vec<Note>> {
    db.with(|store| store.move_note(id, position))
}

#[tauri::command]
pub fn note_delete(db: State<'_, Database>, id: Uuid) -> IpcResult<()> {
    db.with(|store| store.delete_note(id))
}

#[tauri::command]
pub fn actions_of_session(db: State<'_, Database>, session_id: Uuid) -> IpcResult<Vec<Action>> {
    db.with(|store| store.session_actions(session_id))
}

/// The open actions of an earlier session, reviewed when a follow-up session starts.
#[tauri::command]
pub fn actions_open_of(db: State<'_, Database>, session_id: Uuid) -> IpcResult<Vec<Action>> {
    db.with(|store| store.open_actions_of(session_id))
}

#[tauri::command]
pub fn action_add(
    db: State<'_, Database>,
    session_id: Uuid,
    action: ActionInput,
) -> IpcResult<Action> {
    db.with(|store| store.add_action(session_id, &action, Utc::now(), &mut Uuid::now_v7))
}

#[tauri::command]
pub fn action_update(db: State<'_, Database>, id: Uuid, action: ActionInput) -> IpcResult<Action> {
    db.with(|store| store.update_action(id, &action, Utc::now()))
}

#[tauri::command]
pub fn action_delete(db: State<'_, Database>, id: Uuid) -> IpcResult<()> {
    db.with(|store| store.delete_action(id))
}

/// Actions across all sessions: open first, overdue (by today's local date) highlighted.
#[tauri::command]
pub fn actions_list(db: State<'_, Database>, query: ActionQuery) -> IpcResult<Vec<ActionRow>> {
    db.with(|store| store.list_actions(&query, Local::now().date_naive()))
}
