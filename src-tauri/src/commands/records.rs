//! What a session produces: notes under its steps and questions (an After Action Review's
//! comparison on the projector follows them), the parking lot, and
//! actions with owners and due dates (also listed across all sessions).

use chrono::{Local, Utc};
use mobilise_core::{Action, ActionInput, ActionQuery, ActionRow, Note, NoteInput};
use tauri::{AppHandle, Runtime, State};
use uuid::Uuid;

use crate::database::Database;
use crate::error::IpcResult;
use crate::live;

#[tauri::command]
pub fn notes_list(db: State<'_, Database>, session_id: Uuid) -> IpcResult<Vec<Note>> {
    db.with(|store| store.notes(session_id))
}

#[tauri::command]
pub fn note_add<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Database>,
    session_id: Uuid,
    note: NoteInput,
) -> IpcResult<Note> {
    let now = Utc::now();
    let added = db.with(|store| store.add_note(session_id, &note, now, &mut Uuid::now_v7))?;
    live::notes_changed(&app, now);
    Ok(added)
}

/// Called as the facilitator types (debounced), on blur and when the window closes.
#[tauri::command]
pub fn note_update<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Database>,
    id: Uuid,
    text: String,
) -> IpcResult<Note> {
    let now = Utc::now();
    let updated = db.with(|store| store.update_note_text(id, &text, now))?;
    live::notes_changed(&app, now);
    Ok(updated)
}

#[tauri::command]
pub fn note_move<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Database>,
    id: Uuid,
    position: u32,
) -> IpcResult<Vec<Note>> {
    let moved = db.with(|store| store.move_note(id, position))?;
    live::notes_changed(&app, Utc::now());
    Ok(moved)
}

#[tauri::command]
pub fn note_delete<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Database>,
    id: Uuid,
) -> IpcResult<()> {
    db.with(|store| store.delete_note(id))?;
    live::notes_changed(&app, Utc::now());
    Ok(())
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

// An action changed: the room may be looking at it (an Appreciative Inquiry's board).

#[tauri::command]
pub fn action_add<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Database>,
    session_id: Uuid,
    action: ActionInput,
) -> IpcResult<Action> {
    let added =
        db.with(|store| store.add_action(session_id, &action, Utc::now(), &mut Uuid::now_v7))?;
    crate::guided::actions_changed(&app, Utc::now());
    Ok(added)
}

#[tauri::command]
pub fn action_update<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Database>,
    id: Uuid,
    action: ActionInput,
) -> IpcResult<Action> {
    let updated = db.with(|store| store.update_action(id, &action, Utc::now()))?;
    crate::guided::actions_changed(&app, Utc::now());
    Ok(updated)
}

#[tauri::command]
pub fn action_delete<R: Runtime>(
    app: AppHandle<R>,
    db: State<'_, Database>,
    id: Uuid,
) -> IpcResult<()> {
    db.with(|store| store.delete_action(id))?;
    crate::guided::actions_changed(&app, Utc::now());
    Ok(())
}

/// Actions across all sessions: open first, overdue (by today's local date) highlighted.
#[tauri::command]
pub fn actions_list(db: State<'_, Database>, query: ActionQuery) -> IpcResult<Vec<ActionRow>> {
    db.with(|store| store.list_actions(&query, Local::now().date_naive()))
}
