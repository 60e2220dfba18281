//! A host with a clock that only moves when a test says so, and a record of every view,
//! cue and alarm the app asked for; and an app on a real database file in a temporary
//! folder.

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use mobilise_app::{App, Database, Host, LiveCue, LiveView};
use mobilise_core::live::LiveCommand;
use mobilise_core::{ParticipantInput, Session, SessionDraft, SessionStatus, TechniqueId};
use uuid::Uuid;

#[derive(Default)]
pub struct Recorded {
    pub now: Mutex<Option<DateTime<Utc>>>,
    pub views: Mutex<Vec<LiveView>>,
    pub cues: Mutex<Vec<LiveCue>>,
    pub alarm: Mutex<Option<(Uuid, DateTime<Utc>)>>,
    /// The last id given out, by the fixture or by the app through its host.
    pub ids: Mutex<u128>,
}

pub struct TestHost(pub Arc<Recorded>);

pub fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0)
        .single()
        .expect("a valid instant")
}

impl Host for TestHost {
    fn now(&self) -> DateTime<Utc> {
        self.0.now.lock().expect("clock").unwrap_or_else(start)
    }
    fn seed(&self) -> u32 {
        7
    }
    fn new_id(&self) -> Uuid {
        let mut last = self.0.ids.lock().expect("ids");
        *last += 1;
        Uuid::from_u128(*last)
    }
    fn emit_view(&self, view: &LiveView) {
        self.0.views.lock().expect("views").push(view.clone());
    }
    fn emit_cue(&self, cue: &LiveCue) {
        self.0.cues.lock().expect("cues").push(cue.clone());
    }
    fn wake_at(&self, next: Option<(Uuid, DateTime<Utc>)>) {
        *self.0.alarm.lock().expect("alarm") = next;
    }
}

/// An app on the database in `dir`, and what its host saw. Its sessions and people get
/// ids counted from 1 (the app's own new ids too), so a recording of its replies is the
/// same on every run.
pub struct Fixture {
    pub app: App,
    pub seen: Arc<Recorded>,
    /// The folder of a [`Fixture::temporary`] app, removed after the app (so last).
    _dir: Option<tempfile::TempDir>,
}

impl Fixture {
    pub fn on(dir: &Path) -> Fixture {
        let seen = Arc::new(Recorded::default());
        let db = Database::open(dir.to_path_buf(), start());
        Fixture {
            app: App::new(db, Box::new(TestHost(Arc::clone(&seen)))),
            seen,
            _dir: None,
        }
    }

    /// An app on a new database in a temporary folder of its own.
    pub fn temporary() -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut fixture = Fixture::on(dir.path());
        fixture._dir = Some(dir);
        fixture
    }

    /// The next id: 00000000-0000-0000-0000-000000000001, then …02, and so on.
    pub fn next_id(&self) -> Uuid {
        TestHost(Arc::clone(&self.seen)).new_id()
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.app.now()
    }

    /// Moves the host's clock on by `ms` milliseconds.
    pub fn wait_ms(&self, ms: i64) {
        let next = self.now() + Duration::milliseconds(ms);
        *self.seen.now.lock().expect("clock") = Some(next);
    }

    /// Moves the host's clock on.
    pub fn wait(&self, secs: i64) {
        self.wait_ms(secs * 1000);
    }

    pub fn views(&self) -> usize {
        self.seen.views.lock().expect("views").len()
    }

    pub fn last_view(&self) -> LiveView {
        self.seen
            .views
            .lock()
            .expect("views")
            .last()
            .cloned()
            .expect("a view was announced")
    }

    pub fn alarm(&self) -> Option<(Uuid, DateTime<Utc>)> {
        *self.seen.alarm.lock().expect("alarm")
    }

    pub fn cues(&self) -> Vec<LiveCue> {
        self.seen.cues.lock().expect("cues").clone()
    }

    /// Runs the session from its start to its finish at once, so its record is final.
    pub fn finish(&self, session: Uuid) {
        self.app.live_open(session).expect("opens");
        for command in [LiveCommand::Start, LiveCommand::Finish] {
            self.app.live_command(session, command).expect("runs");
        }
    }

    /// A new session of `technique` with these people on its roster.
    pub fn session(&self, technique: TechniqueId, people: &[&str]) -> Session {
        let people: Vec<(&str, &str, &str)> = people.iter().map(|name| (*name, "", "")).collect();
        self.session_with(technique, &people, start().naive_utc())
    }

    /// A new session of `technique` at `scheduled_at`, its roster as `(name,
    /// organisation, role)`.
    pub fn session_with(
        &self,
        technique: TechniqueId,
        people: &[(&str, &str, &str)],
        scheduled_at: NaiveDateTime,
    ) -> Session {
        self.session_called("Ward 7 go-live", technique, people, scheduled_at)
    }

    /// A new session called `title`, otherwise as [`Fixture::session_with`].
    pub fn session_called(
        &self,
        title: &str,
        technique: TechniqueId,
        people: &[(&str, &str, &str)],
        scheduled_at: NaiveDateTime,
    ) -> Session {
        let draft = SessionDraft {
            technique,
            title: title.into(),
            scheduled_at,
            facilitator: "Sam".into(),
            location: "Room 2".into(),
            purpose: "What did we learn?".into(),
            status: SessionStatus::Planned,
            participants: people
                .iter()
                .map(|(name, organisation, role)| ParticipantInput {
                    name: (*name).into(),
                    organisation: (*organisation).into(),
                    role: (*role).into(),
                })
                .collect(),
        };
        self.session_from(&draft)
    }

    /// A new session as `draft` describes it.
    pub fn session_from(&self, draft: &SessionDraft) -> Session {
        self.app
            .write(|store, now| store.create_session(draft, now, &mut || self.next_id()))
            .expect("the session is stored")
    }
}
