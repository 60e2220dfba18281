//! A Knowledge Café through IPC: the set-up makes the agenda and the plan, the room's view
//! carries the table plan, and absences and walk-ins re-plan only the rounds to come.

use serde_json::{json, Value};

use crate::harness::Harness;

const NAMES: [&str; 17] = [
    "Amira Hassan",
    "Ben Okafor",
    "Cerys Pritchard",
    "Dariusz Wójcik",
    "Efa Llewelyn",
    "Femi Adeyemi",
    "Grace O’Neill",
    "Harpreet Kaur",
    "Ifan Rhys",
    "Joanna Nowak",
    "Kwame Mensah",
    "Lowri Ŵyn",
    "Mohammed Ali",
    "Niamh Byrne",
    "Olu Bankole",
    "Priya Shah",
    "Rhodri ap Siôn",
];

fn new_cafe(app: &Harness) -> Value {
    let mut draft = app.ok(
        "session_new_draft",
        json!({ "technique": "knowledge-cafe" }),
    );
    draft["title"] = json!("Discharge before noon café");
    draft["purpose"] = json!("What would help more patients go home before noon?");
    draft["participants"] = NAMES
        .iter()
        .map(|name| json!({ "name": name, "organisation": "", "role": "" }))
        .collect();
    app.ok("session_create", json!({ "draft": draft }))["id"].clone()
}

fn send(app: &Harness, id: &Value, command: Value) -> Value {
    app.ok(
        "live_command",
        json!({ "sessionId": id, "command": command }),
    )
}

/// The names at each table of `round` in a café overview.
fn seating(overview: &Value, round: usize) -> Vec<Vec<String>> {
    overview["seating"][round]
        .as_array()
        .expect("the round's tables")
        .iter()
        .map(|table| {
            table["people"]
                .as_array()
                .expect("names")
                .iter()
                .map(|n| n.as_str().expect("a name").to_string())
                .collect()
        })
        .collect()
}

fn person_id(overview: &Value, name: &str) -> Value {
    overview["cafe"]["guests"]
        .as_array()
        .expect("guests")
        .iter()
        .find(|g| g["name"] == name)
        .map(|g| g["person_id"].clone())
        .expect("the guest is listed")
}

/// The café as the console reads it: the rules' overview of the session's record.
fn get(app: &Harness, id: &Value) -> Value {
    app.ok("technique_get", json!({ "sessionId": id }))["overview"]["overview"].clone()
}

/// One of the café's changes, answered with the café's overview or refused.
fn change(app: &Harness, id: &Value, change: Value) -> Result<Value, Value> {
    let own = json!({ "technique": "knowledge-cafe", "change": change });
    app.call(
        "technique_change",
        json!({ "sessionId": id, "change": { "kind": "own", "change": own } }),
    )
    .map(|view| view["overview"]["overview"].clone())
}

fn save_setup(app: &Harness, id: &Value, setup: Value) -> Result<Value, Value> {
    change(app, id, json!({ "kind": "setup", "setup": setup }))
}

/// The café's part of the room's view, after checking it is the café's.
fn room_sees(view: &Value) -> Value {
    assert_eq!(view["technique"]["kind"], "Record");
    assert_eq!(view["technique"]["stage"]["technique"], "knowledge-cafe");
    view["technique"]["stage"]["display"].clone()
}

fn set_up(app: &Harness, id: &Value) -> Value {
    let draft = get(app, id);
    assert_eq!(
        draft["saved"], false,
        "a suggested set-up until it is saved"
    );
    assert_eq!(
        draft["suggested_tables"], 4,
        "17 people at tables of 4-5: 5,4,4,4"
    );
    let mut setup = draft["cafe"]["setup"].clone();
    assert_eq!(
        setup["question"],
        "What would help more patients go home before noon?"
    );
    assert_eq!(setup["tables"].as_array().map(Vec::len), Some(4));
    setup["settle_secs"] = json!(45);
    save_setup(app, id, setup).expect("the set-up is saved")
}

#[test]
fn the_set_up_makes_the_agenda_and_a_plan_at_the_proven_minimum() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_cafe(&app);
    app.ok("live_open", json!({ "sessionId": id }));
    let overview = set_up(&app, &id);
    let plan = &overview["cafe"]["plan"];
    assert_eq!(plan["repeats"], 2, "17 people over 5,4,4,4 for 3 rounds");
    assert_eq!(plan["lower_bound"], 2);
    assert_eq!(plan["optimal"], true);
    for round in 0..3 {
        let tables = seating(&overview, round);
        let mut sizes: Vec<usize> = tables.iter().map(Vec::len).collect();
        sizes.sort_unstable();
        assert_eq!(
            sizes,
            [4, 4, 4, 5],
            "round {round}: tables as equal as possible"
        );
    }

    let view = app.ok("live_current", json!({})).clone();
    let titles: Vec<&str> = view["state"]["agenda"]["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .filter_map(|s| s["title"].as_str())
        .collect();
    assert_eq!(
        titles.len(),
        6,
        "welcome, three rounds, plenary, capture: {titles:?}"
    );
    assert_eq!(titles[1], "Round 1 of 3");
    let shown = room_sees(&view);
    assert_eq!(
        shown["shown_round"], 0,
        "before the start, the first round's plan"
    );
    assert_eq!(shown["settle_secs"], 45);
    assert_eq!(shown["tables"].as_array().map(Vec::len), Some(4));

    // Restarted, the app finds the same café and plan.
    drop(app);
    let app = Harness::on(tmp.path());
    let again = get(&app, &id);
    assert_eq!(again["saved"], true);
    assert_eq!(
        again["cafe"], overview["cafe"],
        "the stored café is read back whole"
    );
}

#[test]
fn a_leaver_and_a_walk_in_in_round_two_re_plan_only_round_three() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_cafe(&app);
    app.ok("live_open", json!({ "sessionId": id }));
    let before = set_up(&app, &id);
    send(&app, &id, json!({ "type": "Start" }));
    send(&app, &id, json!({ "type": "Next" }));
    let view = send(&app, &id, json!({ "type": "Next" }));
    assert_eq!(room_sees(&view)["current_round"], 1, "round 2 is under way");

    let leaver = person_id(&before, "Femi Adeyemi");
    let views = app.events("live-view");
    let after_leaving = change(
        &app,
        &id,
        json!({ "kind": "set-absent", "person": leaver, "absent": true }),
    )
    .expect("marked absent");
    assert_eq!(after_leaving["rounds_started"], 2);
    assert_eq!(
        after_leaving["attendance_round"], 1,
        "the console marks who is here in the round under way"
    );
    let here = after_leaving["here"].as_array().expect("who is here");
    assert_eq!(here.len(), 16, "everyone but the leaver");
    assert!(!here.contains(&leaver), "the leaver is not here");
    let rounds = &after_leaving["cafe"]["plan"]["rounds"];
    let planned = &before["cafe"]["plan"]["rounds"];
    assert_eq!(rounds[0], planned[0], "round 1 was played as planned");
    assert_eq!(
        rounds[1], planned[1],
        "round 2 is under way: its tables stay"
    );
    let third = seating(&after_leaving, 2);
    assert!(
        !third.concat().iter().any(|n| n == "Femi Adeyemi"),
        "not seated in round 3"
    );
    assert_eq!(third.concat().len(), 16);
    let announced: Value = views
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("the room is told");
    let shown: Vec<String> = room_sees(&announced)["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .flat_map(|t| t["people"].as_array().cloned().unwrap_or_default())
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    assert!(
        !shown.iter().any(|n| n == "Femi Adeyemi"),
        "the projector stops listing them"
    );

    let with_walk_in = change(
        &app,
        &id,
        json!({ "kind": "add-guests", "people": [{ "name": "Siân Ŵyn Llewelyn", "organisation": "Ward 7", "role": "Walk-in" }] }),
    )
    .expect("the walk-in is seated");
    let second = seating(&with_walk_in, 1);
    assert!(
        second
            .iter()
            .any(|t| t.iter().any(|n| n == "Siân Ŵyn Llewelyn")),
        "the walk-in joins a table in the round under way"
    );
    let third = seating(&with_walk_in, 2);
    assert!(third.concat().iter().any(|n| n == "Siân Ŵyn Llewelyn"));
    let mut sizes: Vec<usize> = third.iter().map(Vec::len).collect();
    sizes.sort_unstable();
    assert_eq!(sizes, [4, 4, 4, 5], "17 people again in round 3");
    // How close the re-plan gets within the shell's one-second budget depends on the
    // machine and the fresh seed; the planner's reach is proven with step budgets in the
    // core's tests. Here the plan must be honest about it.
    let plan = &with_walk_in["cafe"]["plan"];
    let (repeats, bound) = (plan["repeats"].as_u64(), plan["lower_bound"].as_u64());
    assert!(repeats >= bound, "never below the proven minimum: {plan}");
    assert_eq!(
        plan["optimal"].as_bool(),
        Some(repeats == bound),
        "reported optimal exactly when at the bound: {plan}"
    );
    let session = app.ok("session_get", json!({ "id": id }));
    assert_eq!(
        session["participants"].as_array().map(Vec::len),
        Some(18),
        "the walk-in is a participant"
    );
}

#[test]
fn once_started_the_rounds_are_fixed_but_tables_can_be_renamed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_cafe(&app);
    app.ok("live_open", json!({ "sessionId": id }));
    let overview = set_up(&app, &id);
    send(&app, &id, json!({ "type": "Start" }));
    let mut setup = overview["cafe"]["setup"].clone();
    setup["rounds"] = json!(4);
    let refused = save_setup(&app, &id, setup).expect_err("the agenda is under way");
    assert_eq!(refused["kind"], "Invalid");
    assert!(refused["message"]
        .as_str()
        .unwrap_or_default()
        .contains("has started"));

    let mut setup = overview["cafe"]["setup"].clone();
    setup["tables"][0] = json!("The Lighthouse");
    let renamed = save_setup(&app, &id, setup).expect("renamed");
    assert_eq!(renamed["seating"][0][0]["table"], "The Lighthouse");
    assert_eq!(
        renamed["cafe"]["plan"], overview["cafe"]["plan"],
        "renaming does not re-plan"
    );
}

#[test]
fn bad_set_ups_and_other_techniques_are_refused_with_a_reason() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_cafe(&app);
    let draft = get(&app, &id);
    let mut setup = draft["cafe"]["setup"].clone();
    setup["question"] = json!("   ");
    let refused = save_setup(&app, &id, setup.clone()).expect_err("a café needs its question");
    assert_eq!(refused["field"], "question");
    setup["question"] = json!("What matters?");
    setup["speaker_minutes"] = json!(20);
    let refused =
        save_setup(&app, &id, setup.clone()).expect_err("the speaker is limited to 15 minutes");
    assert_eq!(refused["field"], "speakerMinutes");
    setup["speaker_minutes"] = Value::Null;
    setup["tables"] = json!(["Table 1"]);
    setup["table_max"] = json!(5);
    let refused = save_setup(&app, &id, setup).expect_err("17 people do not fit one table of 5");
    assert_eq!(refused["kind"], "Invalid");
    assert_eq!(get(&app, &id)["saved"], json!(false), "nothing was stored");

    let mut other = app.ok("session_new_draft", json!({ "technique": "retrospect" }));
    other["title"] = json!("Not a café");
    let other = app.ok("session_create", json!({ "draft": other }))["id"].clone();
    let refused = change(&app, &other, json!({ "kind": "reshuffle" }))
        .expect_err("only a café has a seating plan");
    assert_eq!(refused["kind"], "Invalid");
}
