//! Every technique's own record through one pair of commands: read it with the rules'
//! reading, and change it. A new technique adds no command here.

use mobilise_app::techniques::records::TechniqueView;
use mobilise_app::{App, IpcResult};
use mobilise_core::techniques::TechniqueChange;
use tauri::State;
use uuid::Uuid;

#[tauri::command]
pub fn technique_get(app: State<'_, App>, session_id: Uuid) -> IpcResult<TechniqueView> {
    app.technique_get(session_id)
}

/// Off the main thread (`async`): a change may search for a seating plan for up to a
/// second.
#[tauri::command(async)]
pub fn technique_change(
    app: State<'_, App>,
    session_id: Uuid,
    change: TechniqueChange,
) -> IpcResult<TechniqueView> {
    app.technique_change(session_id, change)
}
