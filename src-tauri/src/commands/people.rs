//! The people list.

use chrono::Utc;
use mobilise_core::{Person, PersonInput};
use tauri::State;
use uuid::Uuid;

use crate::database::Database;
use crate::error::IpcResult;

#[tauri::command]
pub fn people_list(db: State<'_, Database>, text: String) -> IpcResult<Vec<Person>> {
    db.with(|store| store.list_people(&text))
}

#[tauri::command]
pub fn person_update(db: State<'_, Database>, id: Uuid, person: PersonInput) -> IpcResult<Person> {
    db.with(|store| store.update_person(id, &person, Utc::now()))
}

#[tauri::command]
pub fn person_delete(db: State<'_, Database>, id: Uuid) -> IpcResult<()> {
    db.with(|store| store.delete_person(id))
}
