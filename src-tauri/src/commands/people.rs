//! The people list.

use mobilise_app::{App, IpcResult};
use mobilise_core::{Person, PersonInput};
use tauri::State;
use uuid::Uuid;

#[tauri::command]
pub fn people_list(app: State<'_, App>, text: String) -> IpcResult<Vec<Person>> {
    app.database().with(|store| store.list_people(&text))
}

#[tauri::command]
pub fn person_update(app: State<'_, App>, id: Uuid, person: PersonInput) -> IpcResult<Person> {
    app.write(|store, now| store.update_person(id, &person, now))
}

#[tauri::command]
pub fn person_delete(app: State<'_, App>, id: Uuid) -> IpcResult<()> {
    app.write(|store, _| store.delete_person(id))
}
