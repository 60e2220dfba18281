//! The guided techniques' own records (a Before Action Review's plan, a Retrospect's
//! marks, an Appreciative Inquiry's board, a Peer Assist's preparation and feedback, an
//! Action Learning Set meeting's bids and rounds), and the learning sets with their
//! meeting series.

use chrono::NaiveDateTime;
use mobilise_app::techniques::guided::{self, GuidedOverview, LearningSetOverview};
use mobilise_app::{App, Changed, IpcResult};
use mobilise_core::guided::{GuidedRecord, LearningSetInput};
use mobilise_core::{Action, Session};
use tauri::State;
use uuid::Uuid;

#[tauri::command]
pub fn guided_get(app: State<'_, App>, session_id: Uuid) -> IpcResult<GuidedOverview> {
    app.read(|db, _| guided::get(db, session_id))
}

#[tauri::command]
pub fn guided_save(
    app: State<'_, App>,
    session_id: Uuid,
    record: GuidedRecord,
) -> IpcResult<GuidedOverview> {
    app.change(session_id, |db, at| {
        guided::save(db, session_id, record, at.now).map(Changed::reply)
    })
}

/// Plans an Action Learning Set's rounds from its bids, after the Bidding step.
#[tauri::command]
pub fn learning_set_plan_rounds(
    app: State<'_, App>,
    session_id: Uuid,
) -> IpcResult<GuidedOverview> {
    app.change_with_live(session_id, |db, at, run| {
        guided::plan_rounds(db, session_id, at.now, run)
    })
}

#[tauri::command]
pub fn learning_sets_list(app: State<'_, App>) -> IpcResult<Vec<LearningSetOverview>> {
    app.database().with(|store| Ok(guided::sets(store)))?
}

#[tauri::command]
pub fn learning_set_create(
    app: State<'_, App>,
    set: LearningSetInput,
) -> IpcResult<LearningSetOverview> {
    app.write(|store, now| Ok(guided::create_set(store, &set, now)))?
}

#[tauri::command]
pub fn learning_set_update(
    app: State<'_, App>,
    id: Uuid,
    set: LearningSetInput,
) -> IpcResult<LearningSetOverview> {
    app.write(|store, now| Ok(guided::update_set(store, id, &set, now)))?
}

#[tauri::command]
pub fn learning_set_delete(app: State<'_, App>, id: Uuid) -> IpcResult<()> {
    app.write(|store, now| Ok(guided::delete_set(store, id, now)))?
}

/// Plans the set's next meeting, its members on the roster.
#[tauri::command]
pub fn learning_set_next_meeting(
    app: State<'_, App>,
    set_id: Uuid,
    scheduled_at: NaiveDateTime,
) -> IpcResult<Session> {
    app.write(|store, now| Ok(guided::next_meeting(store, set_id, scheduled_at, now)))?
}

/// The open actions of the set's earlier meetings, for this meeting's report-in.
#[tauri::command]
pub fn learning_set_carried(app: State<'_, App>, session_id: Uuid) -> IpcResult<Vec<Action>> {
    app.database()
        .with(|store| Ok(guided::carried(store, session_id)))?
}
