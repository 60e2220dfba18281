//! Each window may call only what its capability names: the audience display on the
//! projector can follow and steer the running session but never read notes, actions,
//! people or other sessions' records.

use serde_json::{json, Value};

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

/// What the projector may call, named here on purpose: a new command reaches the console by
/// existing, and the audience display only by being added to its set and to this list.
const AUDIENCE_MAY_CALL: &[&str] = &[
    "app_painted",
    "library_techniques",
    "live_command",
    "live_current",
    "live_display",
    "live_thresholds",
    "session_get",
];

fn refused_by_the_acl(reply: &Result<Value, Value>) -> bool {
    reply
        .as_ref()
        .err()
        .and_then(Value::as_str)
        .is_some_and(|m| m.contains("not allowed"))
}

#[test]
fn the_audience_display_may_call_exactly_its_own_set() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let audience = Harness::in_window(tmp.path(), "audience");
    let allowed: Vec<&str> = mobilise_lib::COMMANDS
        .iter()
        .copied()
        .filter(|cmd| !refused_by_the_acl(&audience.call(cmd, json!({}))))
        .collect();
    assert_eq!(allowed, AUDIENCE_MAY_CALL);
}

#[test]
fn the_console_may_call_every_command() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let console = Harness::on(tmp.path());
    assert!(
        mobilise_lib::COMMANDS.len() > 40 && mobilise_lib::COMMANDS.contains(&"technique_change"),
        "the build found the commands: {:?}",
        mobilise_lib::COMMANDS
    );
    // The display window commands open and close a real window; their permission is all
    // this test is about, and the E2E run uses them.
    for cmd in mobilise_lib::COMMANDS
        .iter()
        .filter(|cmd| !cmd.starts_with("display_"))
    {
        let reply = console.call(cmd, json!({}));
        assert!(
            !refused_by_the_acl(&reply),
            "{cmd} is refused to the console: {reply:?}"
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
