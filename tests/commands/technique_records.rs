//! The techniques with a record of their own, through the two generic commands
//! (`technique_get`, `technique_change`): each record is saved whole against the roster and
//! shows the room its part at the right moment (a Retrospect's marks without names, a
//! Before Action Review's risks worst first, a Peer Assist's feedback columns, an
//! Appreciative Inquiry's chain with its delivery owners). An Action Learning Set's
//! meeting is learning_set_meeting.rs.

use serde_json::{json, Value};

use crate::harness::Harness;

/// A session of `technique` with these people on its roster (role per person).
pub(crate) fn session(
    app: &Harness,
    technique: &str,
    people: &[(&str, &str)],
) -> (Value, Vec<Value>) {
    let mut draft = app.ok("session_new_draft", json!({ "technique": technique }));
    draft["title"] = json!(format!("{technique} on the discharge pathway"));
    draft["participants"] = people
        .iter()
        .map(|(name, role)| json!({ "name": name, "organisation": "", "role": role }))
        .collect();
    let session = app.ok("session_create", json!({ "draft": draft }));
    let ids = session["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .map(|p| p["person_id"].clone())
        .collect();
    (session["id"].clone(), ids)
}

pub(crate) fn command(app: &Harness, id: &Value, command: Value) -> Value {
    app.ok(
        "live_command",
        json!({ "sessionId": id, "command": command }),
    )
}

pub(crate) fn save(
    app: &Harness,
    id: &Value,
    technique: &str,
    record: Value,
) -> Result<Value, Value> {
    app.call(
        "technique_change",
        json!({ "sessionId": id, "change": { "kind": "save", "record": { "technique": technique, "record": record } } }),
    )
}

#[test]
fn a_retrospect_shows_the_room_its_marks_without_names() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let (id, people) = session(
        &app,
        "retrospect",
        &[
            ("Aled Jones", ""),
            ("Bea Nowak", ""),
            ("Cai Ørsted", ""),
            ("Dee Patel", ""),
        ],
    );
    let empty = app.ok("technique_get", json!({ "sessionId": id }));
    assert_eq!(empty["record"]["technique"], "retrospect");
    assert_eq!(empty["overview"]["overview"]["summary"]["count"], 0);
    assert_eq!(
        empty["overview"]["overview"]["summary"]["median"],
        Value::Null
    );

    let marks = json!({ "marks": [
        { "person_id": people[0], "mark": 6, "make_it_ten": "Earlier sign-off" },
        { "person_id": people[1], "mark": 7, "make_it_ten": "" },
        { "person_id": people[2], "mark": 9, "make_it_ten": "More pharmacy time" },
        { "person_id": people[3], "mark": 8, "make_it_ten": "" },
    ]});
    let saved = save(&app, &id, "retrospect", marks).expect("saved");
    assert_eq!(
        saved["overview"]["overview"]["summary"]["median"], 7.5,
        "the mean of the middle two"
    );
    assert_eq!(saved["overview"]["overview"]["summary"]["histogram"][8], 1);

    let refused = save(
        &app,
        &id,
        "retrospect",
        json!({ "marks": [{ "person_id": people[0], "mark": 11, "make_it_ten": "" }] }),
    )
    .expect_err("a mark out of 10");
    assert_eq!(refused["kind"], "Invalid");
    assert_eq!(
        app.ok("technique_get", json!({ "sessionId": id }))["overview"]["overview"]["summary"]
            ["count"],
        4,
        "the refused save changed nothing"
    );

    app.ok("live_open", json!({ "sessionId": id }));
    command(&app, &id, json!({ "type": "Start" }));
    let view = command(&app, &id, json!({ "type": "GoTo", "index": 3 }));
    let stage = &view["technique"];
    assert_eq!(stage["kind"], "Record");
    assert_eq!(
        stage["shows"], true,
        "the marks go up instead of the question list"
    );
    assert_eq!(stage["stage"]["technique"], "retrospect");
    assert_eq!(stage["stage"]["display"]["showing_marks"], true);
    assert_eq!(stage["stage"]["display"]["summary"]["median"], 7.5);
    let shown = stage.to_string();
    for name in ["Aled", "Bea", "Cai", "Dee"] {
        assert!(!shown.contains(name), "{name} is not on the projector");
    }
    let view = command(&app, &id, json!({ "type": "NextQuestion" }));
    assert_eq!(
        view["technique"]["stage"]["display"]["showing_answers"],
        true
    );
    assert_eq!(
        view["technique"]["stage"]["display"]["answers"],
        json!(["Earlier sign-off", "More pharmacy time"])
    );
}

#[test]
fn a_before_action_review_puts_its_worst_risks_first_at_the_risk_question() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let (id, people) = session(&app, "before-action-review", &[("Aled Jones", "")]);
    let plan = json!({
        "intent": { "task": "Open the discharge lounge at 07:00", "purpose": "Free beds before the morning take", "end_state": "" },
        "roles": [{ "id": "0190a2b4-0000-7000-8000-000000000001", "who": "Aled Jones", "person_id": people[0], "does": "Rota" }],
        "risks": [
            { "id": "0190a2b4-0000-7000-8000-000000000002", "risk": "Porters not on shift", "likelihood": "possible", "impact": "minor", "response": "" },
            { "id": "0190a2b4-0000-7000-8000-000000000003", "risk": "Pharmacy TTOs late", "likelihood": "likely", "impact": "major", "response": "Order the night before" },
        ],
        "measures": ["Lounge used by 10 patients a day"],
    });
    let saved = save(&app, &id, "before-action-review", plan).expect("saved");
    assert_eq!(saved["overview"]["overview"]["risks"][0]["score"], 16);
    assert_eq!(
        saved["overview"]["overview"]["risks"][0]["rating"],
        "extreme"
    );
    assert_eq!(saved["overview"]["overview"]["risks"][1]["score"], 6);

    app.ok("live_open", json!({ "sessionId": id }));
    let view = command(&app, &id, json!({ "type": "Start" }));
    assert_eq!(view["technique"]["stage"]["display"]["part"], "intent");
    command(&app, &id, json!({ "type": "SetQuestion", "index": 3 }));
    let view = app.ok("live_current", json!({}));
    let display = &view["technique"]["stage"]["display"];
    assert_eq!(display["part"], "risks");
    assert_eq!(display["risks"][0]["risk"], "Pharmacy TTOs late");
    let view = command(&app, &id, json!({ "type": "Next" }));
    assert_eq!(
        view["technique"]["stage"]["display"]["part"],
        Value::Null,
        "step 2 is the lessons of others, on the console"
    );
    let view = command(&app, &id, json!({ "type": "Next" }));
    assert_eq!(view["technique"]["stage"]["display"]["part"], "measures");
}

#[test]
fn a_peer_assist_keeps_its_dated_checklist_and_shows_the_feedback_in_two_columns() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let (id, people) = session(
        &app,
        "peer-assist",
        &[("Aled Jones", "Home team"), ("Bea Nowak", "Visitor")],
    );
    let mut record =
        app.ok("technique_get", json!({ "sessionId": id }))["record"]["record"].clone();
    assert_eq!(record["checklist"].as_array().map(Vec::len), Some(4));
    record["checklist"][2]["done_on"] = json!("2026-11-04");
    record["feedback"] = json!([
        { "id": "0190a2b4-0000-7000-8000-000000000011", "kind": "worked-well", "text": "A single discharge co-ordinator", "from": people[1] },
        { "id": "0190a2b4-0000-7000-8000-000000000012", "kind": "could-be-better", "text": "Start transport bookings earlier", "from": null },
    ]);
    let saved = save(&app, &id, "peer-assist", record).expect("saved");
    assert_eq!(
        saved["record"]["record"]["checklist"][2]["done_on"],
        "2026-11-04"
    );
    assert!(
        saved["overview"]["overview"]["notice_days"].is_i64(),
        "days of notice once invited"
    );

    app.ok("live_open", json!({ "sessionId": id }));
    let view = command(&app, &id, json!({ "type": "Start" }));
    assert_eq!(view["technique"]["stage"]["display"]["showing"], false);
    assert_eq!(
        view["technique"]["shows"], false,
        "no feedback before the visitors"
    );
    let view = command(&app, &id, json!({ "type": "Next" }));
    let display = &view["technique"]["stage"]["display"];
    assert_eq!(display["showing"], true);
    assert_eq!(
        display["worked_well"],
        json!(["A single discharge co-ordinator"])
    );
    assert_eq!(
        display["could_be_better"],
        json!(["Start transport bookings earlier"])
    );
}

#[test]
fn an_inquiry_board_links_dreams_designs_and_the_actions_that_deliver_them() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let (id, people) = session(
        &app,
        "appreciative-inquiry",
        &[("Aled Jones", ""), ("Bea Nowak", "")],
    );
    let action = app.ok(
        "action_add",
        json!({ "sessionId": id, "action": { "step_id": 5, "what": "Pilot the huddle board", "owner": "Bea Nowak", "owner_person_id": people[1], "due_on": null, "status": "open" } }),
    );
    let dream = "0190a2b4-0000-7000-8000-000000000021";
    let design = "0190a2b4-0000-7000-8000-000000000022";
    let board = json!({
        "stories": [{ "id": "0190a2b4-0000-7000-8000-000000000020", "text": "Night staff praised the handover huddle.", "teller": people[0] }],
        "groups": [{ "id": "0190a2b4-0000-7000-8000-000000000023", "name": "", "members": [people[0]], "dreams": [{ "id": dream, "text": "Every shift starts with a huddle" }] }],
        "designs": [{ "id": design, "statement": "A ten-minute huddle at each handover", "dream_ids": [dream] }],
        "deliveries": [{ "action_id": action["id"], "design_ids": [design] }],
    });
    let saved = save(&app, &id, "appreciative-inquiry", board.clone()).expect("saved");
    assert_eq!(saved["record"]["record"]["groups"][0]["name"], "Group 1");

    let mut broken = board;
    broken["designs"][0]["dream_ids"] = json!(["0190a2b4-0000-7000-8000-0000000000ff"]);
    let refused =
        save(&app, &id, "appreciative-inquiry", broken).expect_err("a dream not on the board");
    assert_eq!(refused["field"], "designs.dream_ids");

    app.ok("live_open", json!({ "sessionId": id }));
    command(&app, &id, json!({ "type": "Start" }));
    let view = command(&app, &id, json!({ "type": "GoTo", "index": 3 }));
    let display = &view["technique"]["stage"]["display"];
    assert_eq!(display["stage"], "board");
    assert_eq!(
        display["chains"][0]["dream"],
        "Every shift starts with a huddle"
    );
    assert_eq!(
        display["chains"][0]["designs"][0]["deliveries"][0],
        json!({ "what": "Pilot the huddle board", "owner": "Bea Nowak" })
    );

    app.ok(
        "action_update",
        json!({ "id": action["id"], "action": { "step_id": 5, "what": "Pilot the huddle board on Ward 7", "owner": "Bea Nowak", "owner_person_id": people[1], "due_on": null, "status": "open" } }),
    );
    let view = app.ok("live_current", json!({}));
    assert_eq!(
        view["technique"]["stage"]["display"]["chains"][0]["designs"][0]["deliveries"][0]["what"],
        "Pilot the huddle board on Ward 7",
        "the room sees an action's edit at once"
    );
}
