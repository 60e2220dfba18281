//! Each window may call only what its capability names: the audience display on the
//! projector can follow and steer the running session but never read notes, actions,
//! people or other sessions' records.

use serde_json::json;

use crate::harness::Harness;

#[test]
fn the_audience_display_follows_the_session_but_cannot_read_the_record() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let session_id = {
        let console = Harness::on(tmp.path());
        let draft = console.ok("session_new_draft", json!({ "technique": "fishbowl" }));
        console.ok("session_create", json!({ "draft": draft }))["id"].clone()
    };
    let audience = Harness::in_window(tmp.path(), "audience");
    assert!(
        audience.call("live_current", json!({})).is_ok(),
        "the display asks for the live view"
    );
    assert!(audience.call("library_techniques", json!({})).is_ok());
    for (cmd, args) in [
        ("notes_list", json!({ "sessionId": session_id })),
        (
            "actions_list",
            json!({ "query": { "status": null, "owner": "", "text": "" } }),
        ),
        ("people_list", json!({ "text": "" })),
        (
            "session_list",
            json!({ "query": { "technique": null, "status": null, "text": "", "deleted": false } }),
        ),
        ("session_delete", json!({ "id": session_id })),
        ("database_use_folder", json!({ "folder": "/tmp" })),
    ] {
        let err = audience
            .call(cmd, args)
            .expect_err("refused to the audience window");
        assert!(
            err.as_str().is_some_and(|m| m.contains("not allowed")),
            "{cmd} is refused by the ACL, not by the command: {err}"
        );
    }
}

#[test]
fn a_window_with_no_capability_can_call_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let stranger = Harness::in_window(tmp.path(), "some-other-window");
    let err = stranger
        .call("library_techniques", json!({}))
        .expect_err("an unknown window has no access");
    assert!(
        err.as_str().is_some_and(|m| m.contains("not allowed")),
        "{err}"
    );
}
