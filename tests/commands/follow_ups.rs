//! Follow-up sessions through IPC: duplicating a session makes one that follows it, and
//! the follow-up can read the open actions it is to review.

use serde_json::json;

use crate::harness::Harness;

#[test]
fn a_follow_up_knows_its_original_and_sees_its_open_actions() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let mut draft = app.ok("session_new_draft", json!({ "technique": "retrospect" }));
    draft["title"] = json!("Discharge pilot");
    let original = app.ok("session_create", json!({ "draft": draft }));
    assert_eq!(original["follows"], json!(null));
    let id = original["id"].clone();
    for (what, status) in [
        ("Book the debrief room", "open"),
        ("Share the rota", "done"),
    ] {
        app.ok(
            "action_add",
            json!({ "sessionId": id, "action": {
                "step_id": null, "what": what, "owner": "Priya Shah",
                "owner_person_id": null, "due_on": null, "status": status } }),
        );
    }
    let copy = app.ok("session_duplicate", json!({ "id": id }));
    assert_eq!(
        copy["follows"], id,
        "a duplicate follows the session it copies"
    );
    let open = app.ok("actions_open_of", json!({ "sessionId": copy["follows"] }));
    let whats: Vec<&str> = open
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|a| a["what"].as_str())
        .collect();
    assert_eq!(
        whats,
        ["Book the debrief room"],
        "only the open action to review"
    );
}
