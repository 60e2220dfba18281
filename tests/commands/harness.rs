//! A mock Tauri app with Mobilise's real command handler and database, and a helper that
//! invokes a command with JSON arguments and returns its JSON reply or error.

use std::path::Path;

use mobilise_app::Database;
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

pub struct Harness {
    app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

impl Harness {
    pub fn on(dir: &Path) -> Harness {
        Harness::in_window(dir, "console")
    }

    /// The app with one window of this label, holding that window's capabilities.
    pub fn in_window(dir: &Path, label: &str) -> Harness {
        let database = Database::open(dir.to_path_buf(), chrono::Utc::now());
        let app = mobilise_lib::build(mock_builder(), database).expect("the mock app builds");
        let window = WebviewWindowBuilder::new(&app, label, Default::default())
            .build()
            .expect("a mock window");
        Harness { app, window }
    }

    /// Calls `cmd` with `args`; `Ok` is the command's reply, `Err` its `{ kind, message }`.
    pub fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("a valid URL"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        tauri::test::get_ipc_response(&self.window, request)
            .map(|body| body.deserialize::<Value>().expect("a JSON reply"))
    }

    /// Every payload of `event` emitted from now on, as JSON.
    pub fn events(&self, event: &str) -> std::sync::mpsc::Receiver<Value> {
        use tauri::Listener;
        let (send, receive) = std::sync::mpsc::channel();
        self.app.listen_any(event.to_string(), move |e| {
            if let Ok(payload) = serde_json::from_str(e.payload()) {
                let _ = send.send(payload);
            }
        });
        receive
    }

    pub fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|err| panic!("{cmd} failed: {err}"))
    }
}
