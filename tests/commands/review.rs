//! An After Action Review through IPC: while the room asks what actually happened and why
//! there was a difference, the projector's view carries what was supposed to happen beside
//! what actually happened, following the notes as they are taken; before and after, no
//! notes reach it.

use serde_json::{json, Value};

use crate::harness::Harness;

fn note(app: &Harness, id: &Value, step: u32, question: Option<u32>, text: &str) -> Value {
    app.ok(
        "note_add",
        json!({ "sessionId": id, "note": { "kind": "note", "step_id": step, "question": question, "text": text } }),
    )
}

fn step(app: &Harness, id: &Value, command: &str) -> Value {
    app.ok(
        "live_command",
        json!({ "sessionId": id, "command": { "type": command } }),
    )
}

#[test]
fn the_room_compares_plan_and_outcome_from_the_notes_while_it_asks_why() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let mut draft = app.ok(
        "session_new_draft",
        json!({ "technique": "after-action-review" }),
    );
    draft["title"] = json!("Ward 7 e-obs go-live review");
    let id = app.ok("session_create", json!({ "draft": draft }))["id"].clone();
    app.ok("live_open", json!({ "sessionId": id }));
    let view = step(&app, &id, "Start");
    assert_eq!(view["technique"]["kind"], "Record");
    assert_eq!(
        view["technique"]["stage"]["technique"],
        "after-action-review"
    );
    assert_eq!(
        view["technique"]["stage"]["display"]["comparing"], false,
        "step 1 shows only its question"
    );

    note(
        &app,
        &id,
        1,
        Some(0),
        "All observations on handhelds from 07:00",
    );
    note(&app, &id, 1, None, "Paper charts withdrawn by noon");
    let view = step(&app, &id, "Next");
    let stage = &view["technique"]["stage"]["display"];
    assert_eq!(stage["comparing"], true);
    assert_eq!(
        stage["supposed"],
        json!([
            "All observations on handhelds from 07:00",
            "Paper charts withdrawn by noon"
        ])
    );
    assert_eq!(stage["actual"], json!([]));

    note(
        &app,
        &id,
        2,
        Some(0),
        "Two handhelds failed to sync until 09:30",
    );
    note(&app, &id, 2, Some(1), "Super-users on every shift helped");
    let stage = app.ok("live_current", json!({}))["technique"]["stage"]["display"].clone();
    assert_eq!(
        stage["actual"],
        json!(["Two handhelds failed to sync until 09:30"]),
        "the note just taken is up at once; the second question's notes stay on the console"
    );

    let view = step(&app, &id, "NextQuestion");
    assert_eq!(
        view["technique"]["stage"]["display"]["comparing"], false,
        "what went well is a conversation of its own"
    );
    let view = step(&app, &id, "Next");
    assert_eq!(
        view["technique"]["stage"]["display"]["comparing"], true,
        "up again while asking why"
    );
    let view = step(&app, &id, "Next");
    assert_eq!(
        view["technique"]["stage"]["display"]["comparing"], false,
        "down for the learning"
    );
}
