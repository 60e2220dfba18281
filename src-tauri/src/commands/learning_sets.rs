//! The learning sets with their members and meeting series, which outlive any one
//! meeting's record.

use chrono::NaiveDateTime;
use mobilise_app::techniques::action_learning_sets::{self as sets, LearningSetOverview};
use mobilise_app::{App, IpcResult};
use mobilise_core::techniques::action_learning_sets::LearningSetInput;
use mobilise_core::{Action, Session};
use tauri::State;
use uuid::Uuid;

#[tauri::command]
pub fn learning_sets_list(app: State<'_, App>) -> IpcResult<Vec<LearningSetOverview>> {
    app.database().with(|store| Ok(sets::sets(store)))?
}

#[tauri::command]
pub fn learning_set_create(
    app: State<'_, App>,
    set: LearningSetInput,
) -> IpcResult<LearningSetOverview> {
    app.write(|store, now| Ok(sets::create_set(store, &set, now)))?
}

#[tauri::command]
pub fn learning_set_update(
    app: State<'_, App>,
    id: Uuid,
    set: LearningSetInput,
) -> IpcResult<LearningSetOverview> {
    app.write(|store, now| Ok(sets::update_set(store, id, &set, now)))?
}

#[tauri::command]
pub fn learning_set_delete(app: State<'_, App>, id: Uuid) -> IpcResult<()> {
    app.write(|store, now| Ok(sets::delete_set(store, id, now)))?
}

/// Plans the set's next meeting, its members on the roster.
#[tauri::command]
pub fn learning_set_next_meeting(
    app: State<'_, App>,
    set_id: Uuid,
    scheduled_at: NaiveDateTime,
) -> IpcResult<Session> {
    app.write(|store, now| Ok(sets::next_meeting(store, set_id, scheduled_at, now)))?
}

/// The open actions of the set's earlier meetings, for this meeting's report-in.
#[tauri::command]
pub fn learning_set_carried(app: State<'_, App>, session_id: Uuid) -> IpcResult<Vec<Action>> {
    app.database()
        .with(|store| Ok(sets::carried(store, session_id)))?
}
