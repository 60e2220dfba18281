//! A Fishbowl's set-up and the changes on the day: seats, the fish and key points.

use chrono::Utc;
use mobilise_core::fishbowl::{FishbowlChange, FishbowlSetup};
use tauri::{AppHandle, Runtime};
use uuid::Uuid;

use crate::error::IpcResult;
use crate::fishbowl::{self, FishbowlOverview};

#[tauri::command]
pub fn fishbowl_get<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
) -> IpcResult<FishbowlOverview> {
    fishbowl::get(&app, session_id, Utc::now())
}

#[tauri::command]
pub fn fishbowl_setup<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    setup: FishbowlSetup,
) -> IpcResult<FishbowlOverview> {
    fishbowl::setup(&app, session_id, setup, Utc::now())
}

/// One change on the day, stamped with the shell's clock.
#[tauri::command]
pub fn fishbowl_change<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    change: FishbowlChange,
) -> IpcResult<FishbowlOverview> {
    fishbowl::change(&app, session_id, change, Utc::now())
}
