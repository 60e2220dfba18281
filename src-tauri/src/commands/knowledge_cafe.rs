//! A Knowledge Café's set-up, seating plan and changes on the day. The commands that
//! plan run off the main thread (`async`): the planner may search for up to a second.

use mobilise_app::techniques::knowledge_cafe::{self as cafe, CafeOverview};
use mobilise_app::{App, Changed, IpcResult};
use mobilise_core::techniques::knowledge_cafe::CafeSetup;
use mobilise_core::ParticipantInput;
use tauri::State;
use uuid::Uuid;

#[tauri::command(async)]
pub fn cafe_get(app: State<'_, App>, session_id: Uuid) -> IpcResult<CafeOverview> {
    app.read(|db, _| cafe::get(db, session_id))
}

#[tauri::command(async)]
pub fn cafe_setup(
    app: State<'_, App>,
    session_id: Uuid,
    setup: CafeSetup,
) -> IpcResult<CafeOverview> {
    app.change(session_id, |db, at| cafe::setup(db, session_id, setup, at))
}

/// A fresh plan for the rounds still to come.
#[tauri::command(async)]
pub fn cafe_reshuffle(app: State<'_, App>, session_id: Uuid) -> IpcResult<CafeOverview> {
    app.change(session_id, |db, at| {
        cafe::reshuffle(db, session_id, at).map(Changed::reply)
    })
}

#[tauri::command(async)]
pub fn cafe_set_absent(
    app: State<'_, App>,
    session_id: Uuid,
    person_id: Uuid,
    absent: bool,
) -> IpcResult<CafeOverview> {
    app.change(session_id, |db, at| {
        cafe::set_absent(db, session_id, person_id, absent, at).map(Changed::reply)
    })
}

/// Adds walk-ins, or a pasted or imported list of people.
#[tauri::command(async)]
pub fn cafe_add_guests(
    app: State<'_, App>,
    session_id: Uuid,
    people: Vec<ParticipantInput>,
) -> IpcResult<CafeOverview> {
    app.change(session_id, |db, at| {
        cafe::add_guests(db, session_id, people, at).map(Changed::reply)
    })
}

#[tauri::command(async)]
pub fn cafe_set_host(
    app: State<'_, App>,
    session_id: Uuid,
    person_id: Uuid,
    table: Option<u32>,
) -> IpcResult<CafeOverview> {
    app.change(session_id, |db, at| {
        cafe::set_host(db, session_id, person_id, table, at).map(Changed::reply)
    })
}

#[tauri::command(async)]
pub fn cafe_keep_apart(
    app: State<'_, App>,
    session_id: Uuid,
    first: Uuid,
    second: Uuid,
    apart: bool,
) -> IpcResult<CafeOverview> {
    app.change(session_id, |db, at| {
        cafe::keep_apart(db, session_id, first, second, apart, at).map(Changed::reply)
    })
}

/// Replaces what a table said in a round (when table notes are on).
#[tauri::command(async)]
pub fn cafe_table_note(
    app: State<'_, App>,
    session_id: Uuid,
    round: u32,
    table: u32,
    text: String,
) -> IpcResult<CafeOverview> {
    app.change(session_id, |db, at| {
        cafe::table_note(db, session_id, round, table, &text, at).map(Changed::reply)
    })
}
