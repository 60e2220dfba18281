//! The guided techniques' own records (a Before Action Review's plan, a Retrospect's
//! marks, an Appreciative Inquiry's board, a Peer Assist's preparation and feedback, an
//! Action Learning Set meeting's bids and rounds), and the learning sets with their
//! meeting series.

use chrono::{NaiveDateTime, Utc};
use mobilise_core::guided::{GuidedRecord, LearningSetInput};
use mobilise_core::{Action, Session};
use tauri::{AppHandle, Runtime, State};
use uuid::Uuid;

use crate::database::Database;
use crate::error::IpcResult;
use crate::guided::{self, GuidedOverview, LearningSetOverview};

#[tauri::command]
pub fn guided_get<R: Runtime>(app: AppHandle<R>, session_id: Uuid) -> IpcResult<GuidedOverview> {
    guided::get(&app, session_id)
}

#[tauri::command]
pub fn guided_save<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    record: GuidedRecord,
) -> IpcResult<GuidedOverview> {
    guided::save(&app, session_id, record, Utc::now())
}

/// Plans an Action Learning Set's rounds from its bids, after the Bidding step.
#[tauri::command]
pub fn learning_set_plan_rounds<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
) -> IpcResult<GuidedOverview> {
    guided::plan_rounds(&app, session_id, Utc::now())
}

#[tauri::command]
pub fn learning_sets_list(db: State<'_, Database>) -> IpcResult<Vec<LearningSetOverview>> {
    db.with(|store| Ok(guided::sets(store)))?
}

#[tauri::command]
pub fn learning_set_create(
    db: State<'_, Database>,
    set: LearningSetInput,
) -> IpcResult<LearningSetOverview> {
    db.with(|store| Ok(guided::create_set(store, &set, Utc::now())))?
}

#[tauri::command]
pub fn learning_set_update(
    db: State<'_, Database>,
    id: Uuid,
    set: LearningSetInput,
) -> IpcResult<LearningSetOverview> {
    db.with(|store| Ok(guided::update_set(store, id, &set, Utc::now())))?
}

#[tauri::command]
pub fn learning_set_delete(db: State<'_, Database>, id: Uuid) -> IpcResult<()> {
    db.with(|store| Ok(guided::delete_set(store, id, Utc::now())))?
}

/// Plans the set's next meeting, its members on the roster.
#[tauri::command]
pub fn learning_set_next_meeting(
    db: State<'_, Database>,
    set_id: Uuid,
    scheduled_at: NaiveDateTime,
) -> IpcResult<Session> {
    db.with(|store| {
        Ok(guided::next_meeting(
            store,
            set_id,
            scheduled_at,
            Utc::now(),
        ))
    })?
}

/// The open actions of the set's earlier meetings, for this meeting's report-in.
#[tauri::command]
pub fn learning_set_carried(db: State<'_, Database>, session_id: Uuid) -> IpcResult<Vec<Action>> {
    db.with(|store| Ok(guided::carried(store, session_id)))?
}
