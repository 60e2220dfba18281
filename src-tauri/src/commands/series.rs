//! The series a technique runs as (recurring groups, programmes over weeks) with their
//! members and meetings, which outlive any one meeting's record.

use chrono::NaiveDateTime;
use mobilise_app::series::{self, SeriesOverview};
use mobilise_app::{App, IpcResult};
use mobilise_core::series::SeriesInput;
use mobilise_core::{Action, Session, TechniqueId};
use tauri::State;
use uuid::Uuid;

#[tauri::command]
pub fn series_list(app: State<'_, App>, technique: TechniqueId) -> IpcResult<Vec<SeriesOverview>> {
    app.database()
        .with(|store| Ok(series::list(store, technique)))?
}

#[tauri::command]
pub fn series_create(
    app: State<'_, App>,
    technique: TechniqueId,
    series: SeriesInput,
) -> IpcResult<SeriesOverview> {
    app.write(|store, now| {
        Ok(series::create(
            store,
            technique,
            &series,
            now,
            &mut Uuid::now_v7,
        ))
    })?
}

#[tauri::command]
pub fn series_update(
    app: State<'_, App>,
    technique: TechniqueId,
    id: Uuid,
    series: SeriesInput,
) -> IpcResult<SeriesOverview> {
    app.write(|store, now| Ok(series::update(store, technique, id, &series, now)))?
}

#[tauri::command]
pub fn series_delete(app: State<'_, App>, technique: TechniqueId, id: Uuid) -> IpcResult<()> {
    app.write(|store, now| Ok(series::delete(store, technique, id, now)))?
}

/// Plans the series' next meeting, its members on the roster.
#[tauri::command]
pub fn series_next_meeting(
    app: State<'_, App>,
    technique: TechniqueId,
    id: Uuid,
    scheduled_at: NaiveDateTime,
) -> IpcResult<Session> {
    app.write(|store, now| {
        Ok(series::next_meeting(
            store,
            technique,
            id,
            scheduled_at,
            now,
            &mut Uuid::now_v7,
        ))
    })?
}

/// The open actions of the series' earlier meetings, for this meeting's report-in.
#[tauri::command]
pub fn series_carried(app: State<'_, App>, session_id: Uuid) -> IpcResult<Vec<Action>> {
    app.database()
        .with(|store| Ok(series::carried(store, session_id)))?
}
