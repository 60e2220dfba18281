//! The calls of the session pages recorded as the UI makes them: the sessions list and
//! its bin, a session's form, and the people list.

use mobilise_app::IpcResult;
use mobilise_core::{
    Person, PersonInput, Session, SessionDraft, SessionQuery, SessionSummary, TechniqueId,
};
use serde_json::json;
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

/// The sessions list's query: not the bin, no filter unless given.
pub fn listed(status: Option<mobilise_core::SessionStatus>) -> SessionQuery {
    SessionQuery {
        technique: None,
        status,
        text: String::new(),
        deleted: false,
    }
}

/// The bin's query.
pub fn binned() -> SessionQuery {
    SessionQuery {
        deleted: true,
        ..listed(None)
    }
}

impl Transcript {
    /// A new session's form as the app fills it from the technique, at the test clock's
    /// time (the shell reads the laptop's local time).
    pub fn session_new_draft(&mut self, app: &Fixture, technique: TechniqueId) -> SessionDraft {
        let args = json!({ "technique": technique });
        let now = app.now().naive_utc();
        self.call(app, "session_new_draft", args, true, || {
            Ok(SessionDraft::for_technique(
                mobilise_core::technique(technique),
                now,
            ))
        })
        .expect("a draft")
    }

    pub fn session_create(&mut self, app: &Fixture, draft: &SessionDraft) -> IpcResult<Session> {
        let args = json!({ "draft": draft });
        self.write(app, "session_create", args, |store, now| {
            Ok(store.create_session(draft, now, &mut || app.next_id())?)
        })
    }

    pub fn session_update(
        &mut self,
        app: &Fixture,
        id: Uuid,
        draft: &SessionDraft,
    ) -> IpcResult<Session> {
        let args = json!({ "id": id, "draft": draft });
        self.write(app, "session_update", args, |store, now| {
            Ok(store.update_session(id, draft, now, &mut || app.next_id())?)
        })
    }

    pub fn session_list(&mut self, app: &Fixture, query: &SessionQuery) -> Vec<SessionSummary> {
        let args = json!({ "query": query });
        self.read(app, "session_list", args, |store| {
            Ok(store.list_sessions(query)?)
        })
        .expect("the sessions")
    }

    pub fn session_delete(&mut self, app: &Fixture, id: Uuid) {
        self.write(app, "session_delete", json!({ "id": id }), |store, now| {
            Ok(store.delete_session(id, now)?)
        })
        .expect("moved to the bin");
    }

    pub fn session_restore(&mut self, app: &Fixture, id: Uuid) -> Session {
        self.write(app, "session_restore", json!({ "id": id }), |store, now| {
            Ok(store.restore_session(id, now)?)
        })
        .expect("back from the bin")
    }

    pub fn session_empty_bin(&mut self, app: &Fixture) -> usize {
        self.write(app, "session_empty_bin", json!({}), |store, _| {
            Ok(store.empty_bin()?)
        })
        .expect("the bin is emptied")
    }

    pub fn people_list(&mut self, app: &Fixture, text: &str) -> Vec<Person> {
        self.read(app, "people_list", json!({ "text": text }), |store| {
            Ok(store.list_people(text)?)
        })
        .expect("the people")
    }

    pub fn person_update(
        &mut self,
        app: &Fixture,
        id: Uuid,
        person: &PersonInput,
    ) -> IpcResult<Person> {
        let args = json!({ "id": id, "person": person });
        self.write(app, "person_update", args, |store, now| {
            Ok(store.update_person(id, person, now)?)
        })
    }

    pub fn person_delete(&mut self, app: &Fixture, id: Uuid) {
        self.write(app, "person_delete", json!({ "id": id }), |store, _| {
            Ok(store.delete_person(id)?)
        })
        .expect("the person goes");
    }
}
