//! A Knowledge Café's set-up, seating plan and changes on the day. The commands that
//! plan run off the main thread (`async`): the planner may search for up to a second.

use chrono::Utc;
use mobilise_core::knowledge_cafe::CafeSetup;
use mobilise_core::ParticipantInput;
use tauri::{AppHandle, Runtime};
use uuid::Uuid;

use crate::cafe::{self, CafeOverview};
use crate::error::IpcResult;

#[tauri::command(async)]
pub fn cafe_get<R: Runtime>(app: AppHandle<R>, session_id: Uuid) -> IpcResult<CafeOverview> {
    cafe::get(&app, session_id)
}

#[tauri::command(async)]
pub fn cafe_setup<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    setup: CafeSetup,
) -> IpcResult<CafeOverview> {
    cafe::setup(&app, session_id, setup, Utc::now())
}

/// A fresh plan for the rounds still to come.
#[tauri::command(async)]
pub fn cafe_reshuffle<R: Runtime>(app: AppHandle<R>, session_id: Uuid) -> IpcResult<CafeOverview> {
    cafe::reshuffle(&app, session_id, Utc::now())
}

#[tauri::command(async)]
pub fn cafe_set_absent<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    person_id: Uuid,
    absent: bool,
) -> IpcResult<CafeOverview> {
    cafe::set_absent(&app, session_id, person_id, absent, Utc::now())
}

/// Adds walk-ins, or a pasted or imported list of people.
#[tauri::command(async)]
pub fn cafe_add_guests<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    people: Vec<ParticipantInput>,
) -> IpcResult<CafeOverview> {
    cafe::add_guests(&app, session_id, people, Utc::now())
}

#[tauri::command(async)]
pub fn cafe_set_host<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    person_id: Uuid,
    table: Option<u32>,
) -> IpcResult<CafeOverview> {
    cafe::set_host(&app, session_id, person_id, table, Utc::now())
}

#[tauri::command(async)]
pub fn cafe_keep_apart<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    first: Uuid,
    second: Uuid,
    apart: bool,
) -> IpcResult<CafeOverview> {
    cafe::keep_apart(&app, session_id, first, second, apart, Utc::now())
}

/// Replaces what a table said in a round (when table notes are on).
#[tauri::command(async)]
pub fn cafe_table_note<R: Runtime>(
    app: AppHandle<R>,
    session_id: Uuid,
    round: u32,
    table: u32,
    text: String,
) -> IpcResult<CafeOverview> {
    cafe::table_note(&app, session_id, round, table, &text, Utc::now())
}
