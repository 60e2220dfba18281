//! What a session produces: notes under its steps and questions (what the projector
//! shows of a technique may follow them), the parking lot, and
//! actions with owners and due dates (also listed across all sessions). Every write
//! brings the room's view up to date: it may be showing what changed.

use chrono::Local;
use mobilise_app::{App, IpcResult};
use mobilise_core::{Action, ActionInput, ActionQuery, ActionRow, Note, NoteInput};
use tauri::State;
use uuid::Uuid;

#[tauri::command]
pub fn notes_list(app: State<'_, App>, session_id: Uuid) -> IpcResult<Vec<Note>> {
    app.database().with(|store| store.notes(session_id))
}

#[tauri::command]
pub fn note_add(app: State<'_, App>, session_id: Uuid, note: NoteInput) -> IpcResult<Note> {
    app.write(|store, now| store.add_note(session_id, &note, now, &mut Uuid::now_v7))
}

/// Called as the facilitator types (debounced), on blur and when the window closes.
#[tauri::command]
pub fn note_update(app: State<'_, App>, id: Uuid, text: String) -> IpcResult<Note> {
    app.write(|store, now| store.update_note_text(id, &text, now))
}

#[tauri::command]
pub fn note_move(app: State<'_, App>, id: Uuid, position: u32) -> IpcResult<Vec<Note>> {
    app.write(|store, _| store.move_note(id, position))
}

#[tauri::command]
pub fn note_delete(app: State<'_, App>, id: Uuid) -> IpcResult<()> {
    app.write(|store, _| store.delete_note(id))
}

#[tauri::command]
pub fn actions_of_session(app: State<'_, App>, session_id: Uuid) -> IpcResult<Vec<Action>> {
    app.database()
        .with(|store| store.session_actions(session_id))
}

/// The open actions of an earlier session, reviewed when a follow-up session starts.
#[tauri::command]
pub fn actions_open_of(app: State<'_, App>, session_id: Uuid) -> IpcResult<Vec<Action>> {
    app.database()
        .with(|store| store.open_actions_of(session_id))
}

#[tauri::command]
pub fn action_add(app: State<'_, App>, session_id: Uuid, action: ActionInput) -> IpcResult<Action> {
    app.write(|store, now| store.add_action(session_id, &action, now, &mut Uuid::now_v7))
}

#[tauri::command]
pub fn action_update(app: State<'_, App>, id: Uuid, action: ActionInput) -> IpcResult<Action> {
    app.write(|store, now| store.update_action(id, &action, now))
}

#[tauri::command]
pub fn action_delete(app: State<'_, App>, id: Uuid) -> IpcResult<()> {
    app.write(|store, _| store.delete_action(id))
}

/// Actions across all sessions: open first, overdue (by today's local date) highlighted.
#[tauri::command]
pub fn actions_list(app: State<'_, App>, query: ActionQuery) -> IpcResult<Vec<ActionRow>> {
    app.database()
        .with(|store| store.list_actions(&query, Local::now().date_naive()))
}
