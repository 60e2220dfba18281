//! Recordings of what the app answers, for the UI's component tests: a scenario is the
//! calls a screen makes, in order, each with the reply the app gave. The fake backend in
//! `ui/src/testing/replay.ts` answers from them instead of re-implementing the rules, and
//! the test that records a file fails while the committed copy differs from what the app
//! answers today. Regenerate with `UPDATE_BINDINGS=1 cargo test -p mobilise-app`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use mobilise_app::IpcResult;
use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::TechniqueChange;
use serde::Serialize;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::harness::Fixture;

/// A save of a technique's whole record, written as the UI sends it:
/// `{"technique": "before-action-review", "record": {...}}`.
pub fn save(record: Value) -> TechniqueChange {
    serde_json::from_value(json!({ "kind": "save", "record": record }))
        .expect("the record is one the UI could send")
}

/// A record the console read (`{"technique": …, "record": {…}}`) with `fields` of its
/// record changed, as the console changes them before a save.
pub fn with(record: &Value, fields: Value) -> Value {
    let mut next = record.clone();
    for (key, value) in fields.as_object().expect("fields").clone() {
        next["record"][key] = value;
    }
    next
}

/// The `n`th id the UI makes for a new item (a risk, a role): the component tests count
/// `crypto.randomUUID()` from the same place (`ui/src/testing/countedIds.ts`).
pub fn ui_id(n: u128) -> Uuid {
    Uuid::from_u128(0x100 + n)
}

/// One call as the UI makes it (the command's name and its camelCase arguments) and the
/// app's reply: `{"ok": …}` or `{"error": IpcError}`.
#[derive(Serialize)]
struct Exchange {
    command: &'static str,
    args: Value,
    /// A read may be asked again and gets the same answer; a write is played once.
    read: bool,
    /// A name a test can pick this reply by ("at the marks", say).
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    /// Another window's call, not the screen's: never played, its view taken by label
    /// and told to the screen by the test, as the shell tells every window.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    elsewhere: bool,
    reply: Value,
    /// The running session's view the app told every window after a write that is not a
    /// live command (a plan that rebuilt the agenda, say): the fake sends it as the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    emitted: Option<Value>,
}

/// The scenarios of one recording file, each a list of exchanges in the order made.
pub struct Transcript {
    file: &'static str,
    scenarios: BTreeMap<String, Vec<Exchange>>,
    current: String,
    label: Option<String>,
    elsewhere: bool,
}

impl Transcript {
    /// A recording written to `ui/src/testing/transcripts/<file>.json`.
    pub fn new(file: &'static str) -> Transcript {
        Transcript {
            file,
            scenarios: BTreeMap::new(),
            current: String::new(),
            label: None,
            elsewhere: false,
        }
    }

    /// Starts a scenario: what follows is recorded under `name`.
    pub fn scenario(&mut self, name: &str) -> &mut Self {
        assert!(
            !self.scenarios.contains_key(name),
            "scenario {name:?} is recorded twice"
        );
        self.current = name.to_owned();
        self.scenarios.insert(name.to_owned(), Vec::new());
        self
    }

    /// Names the next exchange, so a test can take its reply by name.
    pub fn labelled(&mut self, label: &str) -> &mut Self {
        self.label = Some(label.to_owned());
        self
    }

    /// Records the next exchange as another window's call (the audience display's, a
    /// second console's), under `label`: the screen under test never makes it, and hears
    /// its view as every window does.
    pub fn by_another_window(&mut self, label: &str) -> &mut Self {
        self.elsewhere = true;
        self.labelled(label)
    }

    /// Makes the call `f`, recording it as `command` with the UI's `args`: a `read` may
    /// be asked again and gets the same answer.
    pub fn call<T: Serialize>(
        &mut self,
        app: &Fixture,
        command: &'static str,
        args: Value,
        read: bool,
        f: impl FnOnce() -> IpcResult<T>,
    ) -> IpcResult<T> {
        let before = app.views();
        let reply = f();
        let json = match &reply {
            Ok(value) => json!({ "ok": value }),
            Err(error) => json!({ "error": error }),
        };
        // A live command's reply is the view itself; any other write's view is news.
        let emitted = (!read && !command.starts_with("live_") && app.views() > before)
            .then(|| serde_json::to_value(app.last_view()).expect("a view is JSON"));
        let exchange = Exchange {
            command,
            args,
            read,
            label: self.label.take(),
            elsewhere: std::mem::take(&mut self.elsewhere),
            reply: json,
            emitted,
        };
        self.scenarios
            .get_mut(&self.current)
            .expect("a scenario is started before anything is recorded")
            .push(exchange);
        reply
    }

    /// A read of the store, recorded as `command`.
    pub fn read<T: Serialize>(
        &mut self,
        app: &Fixture,
        command: &'static str,
        args: Value,
        f: impl FnOnce(&mobilise_store::Store) -> IpcResult<T>,
    ) -> IpcResult<T> {
        self.call(app, command, args, true, || {
            app.app.database().with(|store| Ok(f(store)))?
        })
    }

    /// A write to the store, recorded as `command`, with the running view brought up
    /// to date as the shell's command does.
    pub fn write<T: Serialize>(
        &mut self,
        app: &Fixture,
        command: &'static str,
        args: Value,
        f: impl FnOnce(&mut mobilise_store::Store, chrono::DateTime<chrono::Utc>) -> IpcResult<T>,
    ) -> IpcResult<T> {
        self.call(app, command, args, false, || {
            app.app.write(|store, now| Ok(f(store, now)))?
        })
    }

    pub fn session_get(&mut self, app: &Fixture, id: Uuid) -> mobilise_core::Session {
        self.session_lookup(app, id)
            .expect("the session reads back")
    }

    /// A session the UI asks for that may be gone.
    pub fn session_lookup(&mut self, app: &Fixture, id: Uuid) -> IpcResult<mobilise_core::Session> {
        self.read(app, "session_get", json!({ "id": id }), |store| {
            Ok(store.session(id)?)
        })
    }

    pub fn technique_get(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
    ) -> IpcResult<mobilise_app::techniques::records::TechniqueView> {
        self.call(
            app,
            "technique_get",
            json!({ "sessionId": session_id }),
            true,
            || app.app.technique_get(session_id),
        )
    }

    pub fn technique_change(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
        change: TechniqueChange,
    ) -> IpcResult<mobilise_app::techniques::records::TechniqueView> {
        let args = json!({ "sessionId": session_id, "change": change });
        self.call(app, "technique_change", args, false, || {
            app.app.technique_change(session_id, change)
        })
    }

    pub fn live_open(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
    ) -> IpcResult<mobilise_app::LiveView> {
        self.call(
            app,
            "live_open",
            json!({ "sessionId": session_id }),
            false,
            || app.app.live_open(session_id),
        )
    }

    pub fn live_command(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
        command: LiveCommand,
    ) -> IpcResult<mobilise_app::LiveView> {
        let args = json!({ "sessionId": session_id, "command": command });
        self.call(app, "live_command", args, false, || {
            app.app.live_command(session_id, command)
        })
    }

    pub fn live_display(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
        display: mobilise_app::DisplayState,
    ) -> IpcResult<mobilise_app::LiveView> {
        let args = json!({ "sessionId": session_id, "display": display });
        self.call(app, "live_display", args, false, || {
            app.app.live_display(session_id, display)
        })
    }

    /// The running session's view, as a window opened mid-session reads it.
    pub fn live_current(&mut self, app: &Fixture) -> Option<mobilise_app::LiveView> {
        self.call(app, "live_current", json!({}), true, || {
            Ok(app.app.live_current())
        })
        .expect("reading the running session cannot fail")
    }

    /// Writes the recording when regenerating, and otherwise fails while the committed
    /// file differs from what was recorded now.
    pub fn check(&self) {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../ui/src/testing/transcripts")
            .join(format!("{}.json", self.file));
        let fresh =
            serde_json::to_string_pretty(&self.scenarios).expect("a recording is JSON") + "\n";
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(path.parent().expect("a folder"))
                .expect("the folder can be made");
            std::fs::write(&path, &fresh).expect("the recording is written");
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/testing/transcripts/{}.json is out of date; run UPDATE_BINDINGS=1 cargo test -p mobilise-app",
            self.file
        );
    }
}
