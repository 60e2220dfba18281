//! Session commands end to end through IPC: draft, create, read, edit, list, bin, people.

use serde_json::{json, Value};

use crate::harness::Harness;

fn new_session(app: &Harness, title: &str) -> Value {
    let mut draft = app.ok(
        "session_new_draft",
        json!({ "technique": "knowledge-cafe" }),
    );
    draft["title"] = json!(title);
    draft["participants"] = json!([
        { "name": "Aled Jones", "organisation": "Ward 7", "role": "table host" },
        { "name": "Siân Ŵyn", "organisation": "", "role": "" }
    ]);
    app.ok("session_create", json!({ "draft": draft }))
}

#[test]
fn a_draft_is_prefilled_from_the_technique() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let draft = app.ok("session_new_draft", json!({ "technique": "retrospect" }));
    assert_eq!(draft["title"], "Retrospect");
    assert_eq!(draft["status"], "planned");
    let when = draft["scheduled_at"].as_str().expect("a time");
    assert!(when.ends_with(":00:00"), "the next whole hour: {when}");
}

#[test]
fn a_created_session_is_read_back_listed_and_found_after_a_restart() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let id = {
        let app = Harness::on(tmp.path());
        let session = new_session(&app, "Café on discharge");
        assert_eq!(session["participants"].as_array().map(Vec::len), Some(2));
        session["id"].as_str().expect("an id").to_string()
    };
    let app = Harness::on(tmp.path());
    let read = app.ok("session_get", json!({ "id": id }));
    assert_eq!(read["title"], "Café on discharge");
    assert_eq!(read["participants"][1]["name"], "Siân Ŵyn");
    let listed = app.ok(
        "session_list",
        json!({ "query": { "technique": null, "status": null, "text": "discharge", "deleted": false } }),
    );
    assert_eq!(listed.as_array().map(Vec::len), Some(1));
    assert_eq!(listed[0]["participant_count"], 2);
}

#[test]
fn an_invalid_draft_is_refused_with_the_field_to_fix() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let mut draft = app.ok("session_new_draft", json!({ "technique": "fishbowl" }));
    draft["title"] = json!("   ");
    let err = app
        .call("session_create", json!({ "draft": draft }))
        .expect_err("a blank title is refused");
    assert_eq!(err["kind"], "Invalid");
    assert_eq!(err["field"], "title");
    assert_eq!(err["message"], "Give the session a title.");
}

#[test]
fn a_malformed_request_is_an_error_not_a_crash() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let err = app
        .call("session_get", json!({ "id": "not-a-uuid" }))
        .expect_err("a bad id is refused");
    assert!(
        err.is_string(),
        "Tauri reports argument errors as text: {err}"
    );
    let missing = app
        .call(
            "session_get",
            json!({ "id": "0190f0e2-0000-7000-8000-000000000000" }),
        )
        .expect_err("an unknown id");
    assert_eq!(missing["kind"], "NotFound");
}

#[test]
fn deleting_is_undoable_and_the_bin_can_be_emptied() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_session(&app, "To delete")["id"].clone();
    app.ok("session_delete", json!({ "id": id }));
    let live =
        json!({ "query": { "technique": null, "status": null, "text": "", "deleted": false } });
    let bin =
        json!({ "query": { "technique": null, "status": null, "text": "", "deleted": true } });
    assert_eq!(
        app.ok("session_list", live.clone())
            .as_array()
            .map(Vec::len),
        Some(0)
    );
    assert_eq!(
        app.ok("session_list", bin.clone()).as_array().map(Vec::len),
        Some(1)
    );
    app.ok("session_restore", json!({ "id": id }));
    assert_eq!(
        app.ok("session_list", live).as_array().map(Vec::len),
        Some(1)
    );
    app.ok("session_delete", json!({ "id": id }));
    assert_eq!(app.ok("session_empty_bin", json!({})), json!(1));
    assert_eq!(
        app.ok("session_list", bin).as_array().map(Vec::len),
        Some(0)
    );
}

#[test]
fn people_are_shared_between_sessions_and_editable() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    new_session(&app, "One");
    let second = new_session(&app, "Two");
    let people = app.ok("people_list", json!({ "text": "" }));
    assert_eq!(
        people.as_array().map(Vec::len),
        Some(2),
        "no duplicates: {people}"
    );
    let aled = second["participants"][0]["person_id"].clone();
    app.ok(
        "person_update",
        json!({ "id": aled, "person": { "name": "Aled Rhys Jones", "organisation": "Ward 7" } }),
    );
    let read = app.ok("session_get", json!({ "id": second["id"] }));
    assert_eq!(read["participants"][0]["name"], "Aled Rhys Jones");
    app.ok("person_delete", json!({ "id": aled }));
    let read = app.ok("session_get", json!({ "id": second["id"] }));
    assert_eq!(read["participants"].as_array().map(Vec::len), Some(1));
}

#[test]
fn duplicating_opens_a_planned_copy() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let original = new_session(&app, "Template café");
    let copy = app.ok("session_duplicate", json!({ "id": original["id"] }));
    assert_eq!(copy["title"], "Template café (copy)");
    assert_ne!(copy["id"], original["id"]);
}
