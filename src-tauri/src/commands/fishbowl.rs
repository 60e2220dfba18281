//! A Fishbowl's set-up and the changes on the day: seats, the fish and key points.

use mobilise_app::techniques::fishbowl::{self, FishbowlOverview};
use mobilise_app::{App, Changed, IpcResult};
use mobilise_core::fishbowl::{FishbowlChange, FishbowlSetup};
use tauri::State;
use uuid::Uuid;

#[tauri::command]
pub fn fishbowl_get(app: State<'_, App>, session_id: Uuid) -> IpcResult<FishbowlOverview> {
    app.read(|db, now| fishbowl::get(db, session_id, now))
}

#[tauri::command]
pub fn fishbowl_setup(
    app: State<'_, App>,
    session_id: Uuid,
    setup: FishbowlSetup,
) -> IpcResult<FishbowlOverview> {
    app.change(session_id, |db, at| {
        fishbowl::setup(db, session_id, setup, at.now)
    })
}

/// One change on the day, stamped with the host's clock.
#[tauri::command]
pub fn fishbowl_change(
    app: State<'_, App>,
    session_id: Uuid,
    change: FishbowlChange,
) -> IpcResult<FishbowlOverview> {
    app.change(session_id, |db, at| {
        fishbowl::change(db, session_id, change, at.now).map(Changed::reply)
    })
}
