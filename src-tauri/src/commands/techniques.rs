//! Every technique's own record through one pair of commands: read it with the rules'
//! reading, and change it. A new technique adds no command here.

use mobilise_app::techniques::records::{self, TechniqueView};
use mobilise_app::{App, IpcResult};
use mobilise_core::techniques::TechniqueChange;
use tauri::State;
use uuid::Uuid;

#[tauri::command]
pub fn technique_get(app: State<'_, App>, session_id: Uuid) -> IpcResult<TechniqueView> {
    app.read(|db, now| records::get(db, session_id, now))
}

/// Off the main thread (`async`): a change may search for a seating plan for up to a
/// second.
#[tauri::command(async)]
pub fn technique_change(
    app: State<'_, App>,
    session_id: Uuid,
    change: TechniqueChange,
) -> IpcResult<TechniqueView> {
    app.change(session_id, |db, at| {
        records::change(db, session_id, change, at)
    })
}
