//! Lessons learned: saved from a session's notes (or written afresh), listed with their
//! session, and searched across every session, so a session being planned can find
//! what earlier ones learned.

use mobilise_app::{App, IpcResult};
use mobilise_core::{Lesson, LessonHit, LessonInput};
use tauri::State;
use uuid::Uuid;

/// The most results a search returns: a screenful, ranked.
const MAX_HITS: usize = 50;

#[tauri::command]
pub fn lesson_create(app: State<'_, App>, lesson: LessonInput) -> IpcResult<Lesson> {
    app.write(|store, now| store.create_lesson(&lesson, now, &mut Uuid::now_v7))
}

#[tauri::command]
pub fn lesson_update(app: State<'_, App>, id: Uuid, lesson: LessonInput) -> IpcResult<Lesson> {
    app.write(|store, now| store.update_lesson(id, &lesson, now))
}

#[tauri::command]
pub fn lesson_delete(app: State<'_, App>, id: Uuid) -> IpcResult<()> {
    app.write(|store, _| store.delete_lesson(id))
}

/// A session's lessons, in the order they were saved.
#[tauri::command]
pub fn lessons_of_session(app: State<'_, App>, session_id: Uuid) -> IpcResult<Vec<Lesson>> {
    app.database()
        .with(|store| store.session_lessons(session_id))
}

/// Lessons holding every word of `query` (as word beginnings), best first; all lessons,
/// newest first, for an empty query.
#[tauri::command]
pub fn lessons_search(
    app: State<'_, App>,
    query: String,
    limit: Option<usize>,
) -> IpcResult<Vec<LessonHit>> {
    let limit = limit.unwrap_or(MAX_HITS).min(MAX_HITS);
    app.database()
        .with(|store| store.search_lessons(&query, limit))
}

/// Lessons that share a telling word with `text` (a session's title, purpose and tags),
/// best first, leaving out the lessons of `exclude_session`.
#[tauri::command]
pub fn lessons_related(
    app: State<'_, App>,
    text: String,
    exclude_session: Option<Uuid>,
    limit: Option<usize>,
) -> IpcResult<Vec<LessonHit>> {
    let limit = limit.unwrap_or(10).min(MAX_HITS);
    app.database()
        .with(|store| store.related_lessons(&text, exclude_session, limit))
}

/// The lessons from earlier work pinned to a session, to use in it.
#[tauri::command]
pub fn lessons_pinned(app: State<'_, App>, session_id: Uuid) -> IpcResult<Vec<LessonHit>> {
    app.database()
        .with(|store| store.pinned_lessons(session_id))
}

/// Pins a lesson to a session, or unpins it; answers with the session's pinned lessons.
#[tauri::command]
pub fn lesson_pin(
    app: State<'_, App>,
    session_id: Uuid,
    lesson_id: Uuid,
    pinned: bool,
) -> IpcResult<Vec<LessonHit>> {
    app.write(|store, now| {
        store.pin_lesson(session_id, lesson_id, pinned, now)?;
        store.pinned_lessons(session_id)
    })
}
