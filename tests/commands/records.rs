//! Notes, the parking lot and actions through IPC, as the console writes them while a
//! session runs.

use serde_json::{json, Value};

use crate::harness::Harness;

fn session(app: &Harness) -> Value {
    let draft = app.ok(
        "session_new_draft",
        json!({ "technique": "after-action-review" }),
    );
    app.ok("session_create", json!({ "draft": draft }))["id"].clone()
}

#[test]
fn notes_are_filed_under_a_step_and_question_and_edited_as_typed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = session(&app);
    let first = app.ok(
        "note_add",
        json!({ "sessionId": id, "note": { "kind": "note", "step_id": 1, "question": 0, "text": "Rota was late" } }),
    );
    app.ok(
        "note_add",
        json!({ "sessionId": id, "note": { "kind": "parking", "step_id": null, "question": null, "text": "Car parking costs" } }),
    );
    app.ok(
        "note_update",
        json!({ "id": first["id"], "text": "Rota was two days late" }),
    );
    let notes = app.ok("notes_list", json!({ "sessionId": id }));
    let texts: Vec<&str> = notes
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|n| n["text"].as_str())
        .collect();
    assert!(
        texts.contains(&"Rota was two days late"),
        "the edit is stored: {texts:?}"
    );
    assert!(
        texts.contains(&"Car parking costs"),
        "the parking lot item is kept: {texts:?}"
    );
}

#[test]
fn actions_are_listed_across_sessions_open_first() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = session(&app);
    let action = |what: &str, status: &str| {
        json!({ "sessionId": id, "action": {
            "step_id": 4, "what": what, "owner": "Priya Shah", "owner_person_id": null,
            "due_on": "2026-12-01", "status": status } })
    };
    app.ok("action_add", action("Share the rota template", "done"));
    app.ok("action_add", action("Book the debrief room", "open"));
    let rows = app.ok(
        "actions_list",
        json!({ "query": { "status": null, "owner": "", "text": "" } }),
    );
    assert_eq!(rows.as_array().map(Vec::len), Some(2));
    assert_eq!(
        rows[0]["action"]["what"], "Book the debrief room",
        "open actions come first"
    );
    let open = app.ok("actions_open_of", json!({ "sessionId": id }));
    assert_eq!(open.as_array().map(Vec::len), Some(1));
}
