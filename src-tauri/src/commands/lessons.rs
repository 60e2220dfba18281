//! Lessons learned: saved from a session's notes (or written afresh), listed with their
//! session, and searched across every session, so a Before Action Review can find what
//! an earlier After Action Review learned.

use chrono::Utc;
use mobilise_core::{Lesson, LessonHit, LessonInput};
use tauri::State;
use uuid::Uuid;

use crate::database::Database;
use crate::error::IpcResult;

/// The most results a search returns: a screenful, ranked.
const MAX_HITS: usize = 50;

#[tauri::command]
pub fn lesson_create(db: State<'_, Database>, lesson: LessonInput) -> IpcResult<Lesson> {
    db.with(|store| store.create_lesson(&lesson, Utc::now(), &mut Uuid::now_v7))
}

#[tauri::command]
pub fn lesson_update(db: State<'_, Database>, id: Uuid, lesson: LessonInput) -> IpcResult<Lesson> {
    db.with(|store| store.update_lesson(id, &lesson, Utc::now()))
}

#[tauri::command]
pub fn lesson_delete(db: State<'_, Database>, id: Uuid) -> IpcResult<()> {
    db.with(|store| store.delete_lesson(id))
}

/// A session's lessons, in the order they were saved.
#[tauri::command]
pub fn lessons_of_session(db: State<'_, Database>, session_id: Uuid) -> IpcResult<Vec<Lesson>> {
    db.with(|store| store.session_lessons(session_id))
}

/// Lessons holding every word of `query` (as word beginnings), best first; all lessons,
/// newest first, for an empty query.
#[tauri::command]
pub fn lessons_search(
    db: State<'_, Database>,
    query: String,
    limit: Option<usize>,
) -> IpcResult<Vec<LessonHit>> {
    let limit = limit.unwrap_or(MAX_HITS).min(MAX_HITS);
    db.with(|store| store.search_lessons(&query, limit))
}

/// Lessons that share a telling word with `text` (a session's title, purpose and tags),
/// best first, leaving out the lessons of `exclude_session`.
#[tauri::command]
pub fn lessons_related(
    db: State<'_, Database>,
    text: String,
    exclude_session: Option<Uuid>,
    limit: Option<usize>,
) -> IpcResult<Vec<LessonHit>> {
    let limit = limit.unwrap_or(10).min(MAX_HITS);
    db.with(|store| store.related_lessons(&text, exclude_session, limit))
}

/// The lessons pinned to a session (a Before Action Review's lessons from earlier work).
#[tauri::command]
pub fn lessons_pinned(db: State<'_, Database>, session_id: Uuid) -> IpcResult<Vec<LessonHit>> {
    db.with(|store| store.pinned_lessons(session_id))
}

/// Pins a lesson to a session, or unpins it; answers with the session's pinned lessons.
#[tauri::command]
pub fn lesson_pin(
    db: State<'_, Database>,
    session_id: Uuid,
    lesson_id: Uuid,
    pinned: bool,
) -> IpcResult<Vec<LessonHit>> {
    db.with(|store| {
        store.pin_lesson(session_id, lesson_id, pinned, Utc::now())?;
        store.pinned_lessons(session_id)
    })
}
