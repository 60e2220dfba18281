//! Running a session live through IPC: every transition is stored before it is
//! announced, so a restarted app reopens on the same step with the same clock.

use serde_json::{json, Value};

use crate::harness::Harness;

fn new_review(app: &Harness) -> Value {
    let mut draft = app.ok(
        "session_new_draft",
        json!({ "technique": "after-action-review" }),
    );
    draft["title"] = json!("Ward 7 go-live");
    app.ok("session_create", json!({ "draft": draft }))["id"].clone()
}

fn send(app: &Harness, id: &Value, command: Value) -> Value {
    app.ok(
        "live_command",
        json!({ "sessionId": id, "command": command }),
    )
}

#[test]
fn a_session_opens_on_its_techniques_agenda_and_runs_through_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_review(&app);
    let view = app.ok("live_open", json!({ "sessionId": id }));
    let steps = view["state"]["agenda"]["steps"]
        .as_array()
        .expect("an agenda");
    assert_eq!(steps.len(), 4, "After Action Review's four questions");
    assert_eq!(view["state"]["status"], "not-started");

    let view = send(&app, &id, json!({ "type": "Start" }));
    assert_eq!(view["state"]["status"], "running");
    assert_eq!(view["warning"], "normal");
    let remaining = view["remaining_ms"].as_i64().expect("a number");
    assert!(
        remaining > 9 * 60_000 && remaining <= 10 * 60_000,
        "the first step's 10 minutes: {remaining}"
    );

    let view = send(&app, &id, json!({ "type": "AddTime", "secs": 60 }));
    assert!(
        view["remaining_ms"].as_i64().unwrap_or_default() > 10 * 60_000,
        "a minute was added"
    );
    let view = send(&app, &id, json!({ "type": "Next" }));
    assert_eq!(view["state"]["current"], 1);
    let session = app.ok("session_get", json!({ "id": id }));
    assert_eq!(
        session["status"], "running",
        "the record shows the session is under way"
    );
}

#[test]
fn a_restarted_app_reopens_on_the_same_step_and_pause() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let id = {
        let app = Harness::on(tmp.path());
        let id = new_review(&app);
        app.ok("live_open", json!({ "sessionId": id }));
        send(&app, &id, json!({ "type": "Start" }));
        send(&app, &id, json!({ "type": "Next" }));
        send(&app, &id, json!({ "type": "Next" }));
        send(&app, &id, json!({ "type": "Pause" }));
        id
    };
    let app = Harness::on(tmp.path());
    let view = app.ok("live_open", json!({ "sessionId": id }));
    assert_eq!(
        view["state"]["current"], 2,
        "the third question, where we left it"
    );
    assert_eq!(view["state"]["status"], "paused");
}

#[test]
fn impossible_commands_are_refused_in_plain_words() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_review(&app);
    let err = app
        .call(
            "live_command",
            json!({ "sessionId": id, "command": { "type": "Start" } }),
        )
        .expect_err("the session must be opened first");
    assert_eq!(err["kind"], "NotFound");
    app.ok("live_open", json!({ "sessionId": id }));
    let err = app
        .call(
            "live_command",
            json!({ "sessionId": id, "command": { "type": "Pause" } }),
        )
        .expect_err("nothing runs yet");
    assert_eq!(err["kind"], "Invalid");
    assert!(err["message"].as_str().is_some_and(|m| !m.is_empty()));
}

#[test]
fn the_audience_display_takes_a_message_or_goes_blank() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_review(&app);
    app.ok("live_open", json!({ "sessionId": id }));
    let view = app.ok(
        "live_display",
        json!({ "sessionId": id, "display": { "message": "  5 minutes left ", "blank": false } }),
    );
    assert_eq!(view["display"]["message"], "5 minutes left");
    let current = app.ok("live_current", json!({}));
    assert_eq!(
        current["display"]["message"], "5 minutes left",
        "a reopened display sees it"
    );
    let err = app
        .call(
            "live_display",
            json!({ "sessionId": id, "display": { "message": "x".repeat(500), "blank": false } }),
        )
        .expect_err("too long to read from the back of the room");
    assert_eq!(err["field"], "message");
}

#[test]
fn the_timer_turns_amber_by_itself_and_tells_the_windows() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_review(&app);
    app.ok("live_open", json!({ "sessionId": id }));
    // Amber one second into the first 10-minute step: the alarm in Rust must fire then,
    // with no window asking.
    app.ok(
        "live_set_thresholds",
        json!({ "thresholds": { "amber_secs": 599, "red_secs": 30 } }),
    );
    let cues = app.events("live-cue");
    send(&app, &id, json!({ "type": "Start" }));
    let cue = cues
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("a cue arrives about a second after the start");
    assert_eq!(cue["warning"], "amber");
    assert_eq!(cue["session_id"], id);
}
