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
    reply: Value,
}

/// The scenarios of one recording file, each a list of exchanges in the order made.
pub struct Transcript {
    file: &'static str,
    scenarios: BTreeMap<String, Vec<Exchange>>,
    current: String,
    label: Option<String>,
}

impl Transcript {
    /// A recording written to `ui/src/testing/transcripts/<file>.json`.
    pub fn new(file: &'static str) -> Transcript {
        Transcript {
            file,
            scenarios: BTreeMap::new(),
            current: String::new(),
            label: None,
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

    fn record<T: Serialize>(
        &mut self,
        command: &'static str,
        args: Value,
        read: bool,
        reply: IpcResult<T>,
    ) -> IpcResult<T> {
        let json = match &reply {
            Ok(value) => json!({ "ok": value }),
            Err(error) => json!({ "error": error }),
        };
        let exchange = Exchange {
            command,
            args,
            read,
            label: self.label.take(),
            reply: json,
        };
        self.scenarios
            .get_mut(&self.current)
            .expect("a scenario is started before anything is recorded")
            .push(exchange);
        reply
    }

    pub fn session_get(&mut self, app: &Fixture, id: Uuid) -> mobilise_core::Session {
        let reply = app.app.database().with(|store| store.session(id));
        self.record("session_get", json!({ "id": id }), true, reply)
            .expect("the session reads back")
    }

    pub fn technique_get(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
    ) -> IpcResult<mobilise_app::techniques::records::TechniqueView> {
        let reply = app.app.technique_get(session_id);
        self.record(
            "technique_get",
            json!({ "sessionId": session_id }),
            true,
            reply,
        )
    }

    pub fn technique_change(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
        change: TechniqueChange,
    ) -> IpcResult<mobilise_app::techniques::records::TechniqueView> {
        let args = json!({ "sessionId": session_id, "change": change });
        let reply = app.app.technique_change(session_id, change);
        self.record("technique_change", args, false, reply)
    }

    pub fn live_open(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
    ) -> IpcResult<mobilise_app::LiveView> {
        let reply = app.app.live_open(session_id);
        self.record(
            "live_open",
            json!({ "sessionId": session_id }),
            false,
            reply,
        )
    }

    pub fn live_command(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
        command: LiveCommand,
    ) -> IpcResult<mobilise_app::LiveView> {
        let args = json!({ "sessionId": session_id, "command": command });
        let reply = app.app.live_command(session_id, command);
        self.record("live_command", args, false, reply)
    }

    pub fn live_display(
        &mut self,
        app: &Fixture,
        session_id: Uuid,
        display: mobilise_app::DisplayState,
    ) -> IpcResult<mobilise_app::LiveView> {
        let args = json!({ "sessionId": session_id, "display": display });
        let reply = app.app.live_display(session_id, display);
        self.record("live_display", args, false, reply)
    }

    /// The running session's view, as a window opened mid-session reads it.
    pub fn live_current(&mut self, app: &Fixture) -> Option<mobilise_app::LiveView> {
        let reply: IpcResult<Option<mobilise_app::LiveView>> = Ok(app.app.live_current());
        self.record("live_current", json!({}), true, reply)
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
