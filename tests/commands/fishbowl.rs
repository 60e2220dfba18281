//! A Fishbowl through IPC: the set-up makes the agenda and seats the starters, the open
//! fishbowl's spare-chair rule holds, the room sees the chairs and the fish (names only
//! when the set-up allows), talk time stops while the session is paused, and everything
//! is read back the same after a restart.

use std::thread::sleep;
use std::time::Duration;

use serde_json::{json, Value};

use crate::harness::Harness;

const NAMES: [&str; 6] = [
    "Siân Ŵyn Llewelyn",
    "Ben Okafor",
    "Dariusz Wójcik",
    "Grace O’Neill",
    "Harpreet Kaur",
    "Priya Shah",
];

fn new_fishbowl(app: &Harness) -> (Value, Vec<Value>) {
    let mut draft = app.ok("session_new_draft", json!({ "technique": "fishbowl" }));
    draft["title"] = json!("Discharge lounge debate");
    draft["purpose"] = json!("Should the discharge lounge open at 07:00?");
    draft["participants"] = NAMES
        .iter()
        .map(|name| json!({ "name": name, "organisation": "", "role": "" }))
        .collect();
    let session = app.ok("session_create", json!({ "draft": draft }));
    let people = session["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .map(|p| p["person_id"].clone())
        .collect();
    (session["id"].clone(), people)
}

/// An open fishbowl of three chairs (and the spare): Priya facilitates, Grace scribes,
/// Siân and Ben start.
fn set_up(app: &Harness, id: &Value, people: &[Value], names_on_display: bool) -> Value {
    let draft = get(app, id);
    assert_eq!(
        draft["saved"], false,
        "a suggested set-up until it is saved"
    );
    let mut setup = draft["setup"].clone();
    assert_eq!(
        setup["question"],
        "Should the discharge lounge open at 07:00?"
    );
    assert_eq!(setup["mode"], "open");
    setup["facilitator"] = people[5].clone();
    setup["scribe"] = people[3].clone();
    setup["starters"] = json!([people[0], people[1]]);
    setup["names_on_display"] = json!(names_on_display);
    save(app, id, setup).expect("the set-up is saved")
}

/// The fishbowl as the console reads it: the rules' overview of the session's record.
fn get(app: &Harness, id: &Value) -> Value {
    app.ok("technique_get", json!({ "sessionId": id }))["overview"]["overview"].clone()
}

fn save(app: &Harness, id: &Value, setup: Value) -> Result<Value, Value> {
    let record = json!({ "technique": "fishbowl", "record": { "setup": setup } });
    app.call(
        "technique_change",
        json!({ "sessionId": id, "change": { "kind": "save", "record": record } }),
    )
    .map(|view| view["overview"]["overview"].clone())
}

fn change(app: &Harness, id: &Value, change: Value) -> Result<Value, Value> {
    let own = json!({ "technique": "fishbowl", "change": change });
    app.call(
        "technique_change",
        json!({ "sessionId": id, "change": { "kind": "own", "change": own } }),
    )
    .map(|view| view["overview"]["overview"].clone())
}

/// The fishbowl's part of the room's view, after checking it is the fishbowl's.
fn room_sees(view: &Value) -> Value {
    assert_eq!(view["technique"]["kind"], "Record");
    assert_eq!(view["technique"]["stage"]["technique"], "fishbowl");
    view["technique"]["stage"]["display"].clone()
}

fn live(app: &Harness, id: &Value, command: &str) -> Value {
    app.ok(
        "live_command",
        json!({ "sessionId": id, "command": { "type": command } }),
    )
}

fn talk_of(overview: &Value, person: &Value) -> i64 {
    overview["talk"]["people"]
        .as_array()
        .expect("talk")
        .iter()
        .find(|p| &p["person"] == person)
        .and_then(|p| p["total_ms"].as_i64())
        .unwrap_or(0)
}

#[test]
fn the_set_up_makes_the_agenda_and_seats_the_starters() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let (id, people) = new_fishbowl(&app);
    app.ok("live_open", json!({ "sessionId": id }));
    let overview = set_up(&app, &id, &people, false);
    assert_eq!(overview["saved"], true);
    assert_eq!(
        overview["state"]["chairs"],
        json!([people[0], people[1], null, null]),
        "three talking chairs and the spare; the starters sit down"
    );
    assert_eq!(
        overview["outer"],
        json!([people[2], people[4]]),
        "the facilitator and the scribe are not in the outer circle"
    );

    let view = app.ok("live_current", json!({}));
    let steps = view["state"]["agenda"]["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), 4);
    let total: i64 = steps
        .iter()
        .filter_map(|s| s["planned_secs"].as_i64())
        .sum();
    assert_eq!(
        total,
        90 * 60,
        "an hour and a half with the briefing and debrief"
    );
    assert_eq!(
        steps[3]["questions"],
        json!(["How effective was the fishbowl?"])
    );
    let stage = &room_sees(&view);
    assert_eq!(stage["open"], true);
    assert_eq!(stage["chairs"][3]["spare"], true);
    assert_eq!(stage["chairs"][0]["occupied"], true);
    assert_eq!(
        stage["chairs"][0]["name"],
        Value::Null,
        "names are off the display by default"
    );

    let mut wrong = overview["setup"].clone();
    wrong["scribe"] = people[5].clone();
    let refused = save(&app, &id, wrong).expect_err("the scribe cannot also facilitate");
    assert_eq!(refused["field"], "scribe");
}

#[test]
fn an_open_fishbowl_keeps_a_chair_free_and_the_room_sees_the_fish() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let (id, people) = new_fishbowl(&app);
    app.ok("live_open", json!({ "sessionId": id }));
    set_up(&app, &id, &people, true);
    live(&app, &id, "Start");

    change(
        &app,
        &id,
        json!({ "type": "Seat", "person": people[2], "chair": 2, "leaver": null }),
    )
    .expect("a third talking chair was free");
    let refused = change(
        &app,
        &id,
        json!({ "type": "Seat", "person": people[4], "chair": 3, "leaver": null }),
    )
    .expect_err("the last free chair needs someone to leave");
    assert!(
        refused["message"]
            .as_str()
            .is_some_and(|m| m.contains("Someone must leave the inner circle")),
        "{refused}"
    );
    change(&app, &id, json!({ "type": "Pass", "to": people[0] })).expect("the fish passes");
    let overview = change(
        &app,
        &id,
        json!({ "type": "Seat", "person": people[4], "chair": 3, "leaver": people[0] }),
    )
    .expect("joining with a leaver");
    assert_eq!(
        overview["state"]["chairs"],
        json!([null, people[1], people[2], people[4]])
    );
    assert_eq!(
        overview["state"]["holder"],
        Value::Null,
        "the leaver took the fish with them"
    );

    change(&app, &id, json!({ "type": "Pass", "to": people[4] })).expect("the fish passes");
    let view = app.ok("live_current", json!({}));
    let stage = &room_sees(&view);
    assert_eq!(stage["holder_chair"], 3);
    assert_eq!(stage["chairs"][3]["holds_token"], true);
    assert_eq!(
        stage["chairs"][3]["name"], "Harpreet Kaur",
        "names shown when set"
    );

    let outsider = change(&app, &id, json!({ "type": "Pass", "to": people[0] }))
        .expect_err("only someone in the inner circle can hold the fish");
    assert_eq!(outsider["kind"], "Invalid");
}

#[test]
fn talk_time_stops_while_paused_and_the_record_survives_a_restart() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let (id, people, before) = {
        let app = Harness::on(tmp.path());
        let (id, people) = new_fishbowl(&app);
        app.ok("live_open", json!({ "sessionId": id }));
        set_up(&app, &id, &people, false);
        live(&app, &id, "Start");
        change(&app, &id, json!({ "type": "Pass", "to": people[1] })).expect("passes");
        sleep(Duration::from_millis(120));
        live(&app, &id, "Pause");
        let paused = get(&app, &id);
        assert_eq!(paused["clock_running"], false);
        let spoken = talk_of(&paused, &people[1]);
        assert!(
            spoken >= 100,
            "Ben has spoken while the clock ran: {spoken}"
        );
        sleep(Duration::from_millis(150));
        let later = get(&app, &id);
        assert_eq!(
            talk_of(&later, &people[1]),
            spoken,
            "nothing is counted while the session is paused"
        );
        change(
            &app,
            &id,
            json!({ "type": "AddPoint", "id": "0190e9a2-0000-7000-8000-000000000001",
                    "text": "Porters start at 07:30 — too late for a 07:00 lounge", "speaker": people[1] }),
        )
        .expect("a key point");
        (id, people, later)
    };

    let app = Harness::on(tmp.path());
    app.ok("live_open", json!({ "sessionId": id }));
    let after = get(&app, &id);
    assert_eq!(after["state"]["chairs"], before["state"]["chairs"]);
    assert_eq!(after["state"]["holder"], people[1]);
    assert_eq!(talk_of(&after, &people[1]), talk_of(&before, &people[1]));
    assert_eq!(
        after["state"]["points"][0]["text"],
        "Porters start at 07:30 — too late for a 07:00 lounge"
    );

    let briefing = room_sees(&app.ok("live_current", json!({})));
    assert_eq!(
        briefing["presenting"], false,
        "the briefing shows the chairs"
    );
    assert_eq!(briefing["staged"], true);
    let view = app.ok(
        "live_command",
        json!({ "sessionId": id, "command": { "type": "GoTo", "index": 2 } }),
    );
    let stage = &room_sees(&view);
    assert_eq!(
        stage["presenting"], true,
        "the scribe presents the key points back"
    );
    assert_eq!(
        stage["key_points"],
        json!([{ "text": "Porters start at 07:30 — too late for a 07:00 lounge", "speaker": null }]),
        "the speaker's name stays off the display unless names are shown"
    );

    live(&app, &id, "Finish");
    let finished = change(&app, &id, json!({ "type": "Leave", "person": people[1] }))
        .expect_err("the chairs are fixed after the finish");
    assert!(finished["message"]
        .as_str()
        .is_some_and(|m| m.contains("finished")));
    change(
        &app,
        &id,
        json!({ "type": "EditPoint", "id": "0190e9a2-0000-7000-8000-000000000001",
                "text": "Porters start at 07:30", "speaker": null }),
    )
    .expect("key points can still be tidied");
}
