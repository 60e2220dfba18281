//! The live timer's warning thresholds through IPC: a change recolours the running
//! session at once, is refused in plain words when it breaks a rule, and is remembered
//! by the next app started on the same data folder.

use serde_json::{json, Value};

use crate::harness::Harness;

fn started_review(app: &Harness) -> Value {
    let mut draft = app.ok(
        "session_new_draft",
        json!({ "technique": "after-action-review" }),
    );
    draft["title"] = json!("Theatre list review");
    let id = app.ok("session_create", json!({ "draft": draft }))["id"].clone();
    app.ok("live_open", json!({ "sessionId": id }));
    let view = app.ok(
        "live_command",
        json!({ "sessionId": id, "command": { "type": "Start" } }),
    );
    assert_eq!(view["warning"], "normal", "ten minutes left is no warning");
    id
}

#[test]
fn new_thresholds_recolour_the_timer_and_survive_a_restart() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let id = {
        let app = Harness::on(tmp.path());
        assert_eq!(
            app.ok("live_thresholds", json!({})),
            json!({ "amber_secs": 120, "red_secs": 30 }),
            "the defaults before anything is chosen"
        );
        let id = started_review(&app);
        let view = app.ok(
            "live_set_thresholds",
            json!({ "thresholds": { "amber_secs": 3600, "red_secs": 60 } }),
        );
        assert_eq!(
            view["warning"], "amber",
            "amber an hour before the end covers a ten-minute step"
        );
        assert_eq!(view["thresholds"]["amber_secs"], 3600);
        id
    };
    let app = Harness::on(tmp.path());
    assert_eq!(
        app.ok("live_thresholds", json!({})),
        json!({ "amber_secs": 3600, "red_secs": 60 }),
        "the choice is stored, not just held in memory"
    );
    let view = app.ok("live_open", json!({ "sessionId": id }));
    assert_eq!(view["thresholds"]["amber_secs"], 3600);
    assert_eq!(view["warning"], "amber", "a reopened session uses them");
}

#[test]
fn thresholds_that_break_a_rule_are_refused_and_change_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    started_review(&app);
    let err = app
        .call(
            "live_set_thresholds",
            json!({ "thresholds": { "amber_secs": 20, "red_secs": 30 } }),
        )
        .expect_err("amber after red is refused");
    assert_eq!(err["kind"], "Invalid");
    assert_eq!(
        err["field"], "amber_secs",
        "the UI puts the message by amber"
    );
    assert_eq!(
        app.ok("live_thresholds", json!({})),
        json!({ "amber_secs": 120, "red_secs": 30 }),
        "nothing was stored"
    );
}
