//! The calls of a session's record around the live console, recorded as the UI makes
//! them: its notes, actions and lessons, the lessons of earlier sessions, the warning
//! thresholds, and what the console reads as it opens.

use mobilise_app::{IpcResult, LiveView};
use mobilise_core::live::Thresholds;
use mobilise_core::{
    Action, ActionInput, ActionQuery, ActionRow, Lesson, LessonHit, LessonInput, Note, NoteInput,
    Session,
};
use serde_json::json;
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

impl Transcript {
    /// What the console reads as it opens `session_id` for running: the session, the
    /// live view, its notes, actions and lessons, and its technique's record.
    pub fn console_opened(&mut self, app: &Fixture, session_id: Uuid) -> Session {
        let session = self.session_get(app, session_id);
        self.live_open(app, session_id).expect("opens");
        self.notes_list(app, session_id);
        self.actions_of_session(app, session_id);
        self.lessons_of_session(app, session_id);
        let _ = self.technique_get(app, session_id);
        session
    }

    pub fn lessons_of_session(&mut self, app: &Fixture, session_id: Uuid) -> Vec<Lesson> {
        let args = json!({ "sessionId": session_id });
        self.read(app, "lessons_of_session", args, |store| {
            Ok(store.session_lessons(session_id)?)
        })
        .expect("the session's lessons")
    }

    pub fn notes_list(&mut self, app: &Fixture, session_id: Uuid) -> Vec<Note> {
        let args = json!({ "sessionId": session_id });
        self.read(
            app,
            "notes_list",
            args,
            |store| Ok(store.notes(session_id)?),
        )
        .expect("the session's notes")
    }

    /// A note's text as typed so far (the console saves as the facilitator pauses).
    pub fn note_update(&mut self, app: &Fixture, id: Uuid, text: &str) -> Note {
        let args = json!({ "id": id, "text": text });
        self.write(app, "note_update", args, |store, now| {
            Ok(store.update_note_text(id, text, now)?)
        })
        .expect("the note changes")
    }

    pub fn note_delete(&mut self, app: &Fixture, id: Uuid) {
        self.write(app, "note_delete", json!({ "id": id }), |store, _| {
            Ok(store.delete_note(id)?)
        })
        .expect("the note goes");
    }

    pub fn actions_of_session(&mut self, app: &Fixture, session_id: Uuid) -> Vec<Action> {
        let args = json!({ "sessionId": session_id });
        self.read(app, "actions_of_session", args, |store| {
            Ok(store.session_actions(session_id)?)
        })
        .expect("the session's actions")
    }

    /// The actions page's list for `query`, overdue by the test clock's today.
    pub fn actions_list(&mut self, app: &Fixture, query: ActionQuery) -> Vec<ActionRow> {
        let today = crate::harness::start().date_naive();
        let args = json!({ "query": query });
        self.read(app, "actions_list", args, |store| {
            Ok(store.list_actions(&query, today)?)
        })
        .expect("the actions")
    }

    pub fn note_add(&mut self, app: &Fixture, session_id: Uuid, note: NoteInput) -> Note {
        let args = json!({ "sessionId": session_id, "note": note });
        self.write(app, "note_add", args, |store, now| {
            Ok(store.add_note(session_id, &note, now, &mut || app.next_id())?)
        })
        .expect("the note is kept")
    }

    pub fn actions_open_of(&mut self, app: &Fixture, session_id: Uuid) -> Vec<Action> {
        let args = json!({ "sessionId": session_id });
        self.read(app, "actions_open_of", args, |store| {
            Ok(store.open_actions_of(session_id)?)
        })
        .expect("the open actions")
    }

    pub fn action_add(&mut self, app: &Fixture, session_id: Uuid, action: ActionInput) -> Action {
        let args = json!({ "sessionId": session_id, "action": action });
        self.write(app, "action_add", args, |store, now| {
            Ok(store.add_action(session_id, &action, now, &mut || app.next_id())?)
        })
        .expect("the action is kept")
    }

    pub fn action_update(&mut self, app: &Fixture, id: Uuid, action: ActionInput) -> Action {
        let args = json!({ "id": id, "action": action });
        self.write(app, "action_update", args, |store, now| {
            Ok(store.update_action(id, &action, now)?)
        })
        .expect("the action changes")
    }

    pub fn lesson_create(&mut self, app: &Fixture, lesson: LessonInput) -> IpcResult<Lesson> {
        let args = json!({ "lesson": lesson });
        self.write(app, "lesson_create", args, |store, now| {
            Ok(store.create_lesson(&lesson, now, &mut || app.next_id())?)
        })
    }

    pub fn lesson_update(&mut self, app: &Fixture, id: Uuid, lesson: LessonInput) -> Lesson {
        let args = json!({ "id": id, "lesson": lesson });
        self.write(app, "lesson_update", args, |store, now| {
            Ok(store.update_lesson(id, &lesson, now)?)
        })
        .expect("the lesson changes")
    }

    pub fn lesson_delete(&mut self, app: &Fixture, id: Uuid) {
        self.write(app, "lesson_delete", json!({ "id": id }), |store, _| {
            Ok(store.delete_lesson(id)?)
        })
        .expect("the lesson goes");
    }

    pub fn lessons_pinned(&mut self, app: &Fixture, session_id: Uuid) -> Vec<LessonHit> {
        let args = json!({ "sessionId": session_id });
        self.read(app, "lessons_pinned", args, |store| {
            Ok(store.pinned_lessons(session_id)?)
        })
        .expect("the pinned lessons")
    }

    /// The lessons related to `text`, as the console asks for them (ten, this session's
    /// own left out).
    pub fn lessons_related(&mut self, app: &Fixture, text: &str, exclude: Uuid) -> Vec<LessonHit> {
        let args = json!({ "text": text, "excludeSession": exclude, "limit": 10 });
        self.read(app, "lessons_related", args, |store| {
            Ok(store.related_lessons(text, Some(exclude), 10)?)
        })
        .expect("the related lessons")
    }

    /// The lessons holding every word of `query`, as the console searches (twenty).
    pub fn lessons_search(&mut self, app: &Fixture, query: &str) -> Vec<LessonHit> {
        let args = json!({ "query": query, "limit": 20 });
        self.read(app, "lessons_search", args, |store| {
            Ok(store.search_lessons(query, 20)?)
        })
        .expect("the lessons found")
    }

    pub fn lesson_pin(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
        lesson: Uuid,
        pinned: bool,
    ) -> Vec<LessonHit> {
        let args = json!({ "sessionId": session_id, "lessonId": lesson, "pinned": pinned });
        self.write(app, "lesson_pin", args, |store, now| {
            store.pin_lesson(session_id, lesson, pinned, now)?;
            Ok(store.pinned_lessons(session_id)?)
        })
        .expect("the pin changes")
    }

    pub fn live_set_thresholds(
        &mut self,
        app: &Fixture,
        thresholds: Thresholds,
    ) -> IpcResult<LiveView> {
        let args = json!({ "thresholds": thresholds });
        self.call(app, "live_set_thresholds", args, false, || {
            app.app.live_set_thresholds(thresholds)
        })
    }
}
