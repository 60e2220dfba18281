//! An Action Learning Set's meeting through the generic technique commands: its bids plan
//! the rounds, and a confidential round's notes stay out of the export.

use serde_json::json;

use crate::harness::Harness;
use crate::technique_records::{command, save, session};

#[test]
fn a_learning_set_meeting_plans_rounds_from_bids_and_keeps_confidential_notes_out_of_exports() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let (first, people) = session(
        &app,
        "action-learning-sets",
        &[("Aled Jones", ""), ("Bea Nowak", ""), ("Cai Ørsted", "")],
    );
    let set = app.ok(
        "series_create",
        json!({ "technique": "action-learning-sets", "series": { "name": "Ward managers' set", "members": people } }),
    );
    let set_id = set["series"]["id"].clone();
    let mut meeting =
        app.ok("technique_get", json!({ "sessionId": first }))["record"]["record"].clone();
    meeting["set_id"] = set_id.clone();
    meeting["bids"] = json!([
        { "person_id": people[0], "need": "low", "issue": "Rota gaps" },
        { "person_id": people[1], "need": "high", "issue": "A complaint to answer" },
    ]);
    save(&app, &first, "action-learning-sets", meeting).expect("saved");

    app.ok("live_open", json!({ "sessionId": first }));
    command(&app, &first, json!({ "type": "Start" }));
    command(&app, &first, json!({ "type": "Next" }));
    let planned = app.ok(
        "technique_change",
        json!({ "sessionId": first, "change": { "kind": "own", "change": { "technique": "action-learning-sets", "change": { "kind": "plan-rounds" } } } }),
    );
    let rounds = planned["record"]["record"]["rounds"].clone();
    assert_eq!(rounds[0]["presenter"], people[1], "greatest need first");
    let view = app.ok("live_current", json!({}));
    let titles: Vec<String> = view["state"]["agenda"]["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| s["title"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        titles,
        [
            "Report In",
            "Bidding",
            "Bea Nowak: presentation",
            "Bea Nowak: questions and actions",
            "Bea Nowak: learning and review",
            "Aled Jones: presentation",
            "Aled Jones: questions and actions",
            "Aled Jones: learning and review",
            "Review of the set's process",
        ]
    );
    assert_eq!(view["technique"]["stage"]["display"]["showing_order"], true);
    assert_eq!(view["technique"]["shows"], true);

    // Bea's round is confidential; her committed action is carried to the next meeting.
    let mut meeting = planned["record"]["record"].clone();
    meeting["rounds"][0]["confidential"] = json!(true);
    save(&app, &first, "action-learning-sets", meeting).expect("saved");
    let bea_questions = rounds[0]["step_ids"][1].clone();
    let aled_questions = rounds[1]["step_ids"][1].clone();
    app.ok(
        "note_add",
        json!({ "sessionId": first, "note": { "kind": "note", "step_id": bea_questions, "question": 0, "text": "The complainant's daughter is a colleague" } }),
    );
    app.ok(
        "note_add",
        json!({ "sessionId": first, "note": { "kind": "note", "step_id": aled_questions, "question": 0, "text": "Swap the long days" } }),
    );
    app.ok(
        "action_add",
        json!({ "sessionId": first, "action": { "step_id": bea_questions, "what": "Meet the family with PALS", "owner": "Bea Nowak", "owner_person_id": people[1], "due_on": null, "status": "open" } }),
    );
    let view = command(&app, &first, json!({ "type": "GoTo", "index": 3 }));
    assert_eq!(
        view["technique"]["stage"]["display"]["presenter"],
        "Bea Nowak"
    );
    assert_eq!(view["technique"]["stage"]["display"]["round"], 1);
    command(&app, &first, json!({ "type": "Finish" }));

    let out = tmp.path().join("meeting.pdf");
    app.ok(
        "export_session",
        json!({ "sessionId": first, "format": "pdf", "path": out.to_string_lossy(), "includeNames": true }),
    );
    let text = pdf_text(&out);
    assert!(text.contains("Swap the long days"));
    assert!(
        !text.contains("colleague"),
        "a confidential round's notes stay out"
    );
    assert!(text.contains("1 round is confidential"));
    app.ok(
        "export_session",
        json!({ "sessionId": first, "format": "pdf", "path": out.to_string_lossy(), "includeNames": true, "includeConfidential": true }),
    );
    assert!(
        pdf_text(&out).contains("colleague"),
        "unless the facilitator includes them"
    );

    let next = app.ok(
        "series_next_meeting",
        json!({ "technique": "action-learning-sets", "id": set_id, "scheduledAt": "2026-12-28T14:00:00" }),
    );
    assert_eq!(next["title"], "Ward managers' set: meeting 2");
    assert_eq!(next["participants"].as_array().map(Vec::len), Some(3));
    let carried = app.ok("series_carried", json!({ "sessionId": next["id"] }));
    assert_eq!(carried.as_array().map(Vec::len), Some(1));
    assert_eq!(carried[0]["what"], "Meet the family with PALS");
    // Reported in on at the second meeting: marked done, it stays on that meeting's list.
    app.ok("live_open", json!({ "sessionId": next["id"] }));
    command(&app, &next["id"], json!({ "type": "Start" }));
    let mut done = carried[0].clone();
    done["status"] = json!("done");
    app.ok(
        "action_update",
        json!({ "id": done["id"], "action": { "step_id": done["step_id"], "what": done["what"], "owner": done["owner"], "owner_person_id": done["owner_person_id"], "due_on": null, "status": "done" } }),
    );
    let reported = app.ok("series_carried", json!({ "sessionId": next["id"] }));
    assert_eq!(reported.as_array().map(Vec::len), Some(1));
    assert_eq!(reported[0]["status"], "done");
    let sets = app.ok(
        "series_list",
        json!({ "technique": "action-learning-sets" }),
    );
    assert_eq!(sets[0]["meetings"].as_array().map(Vec::len), Some(2));
    // A series is its technique's own: another's list does not hold it, nor can plan from it.
    let elsewhere = app
        .call(
            "series_next_meeting",
            json!({ "technique": "fishbowl", "id": set_id, "scheduledAt": "2026-12-28T14:00:00" }),
        )
        .expect_err("a fishbowl runs no series");
    assert!(
        elsewhere["message"]
            .as_str()
            .is_some_and(|m| m.contains("does not run as a series")),
        "{elsewhere}"
    );
}

/// The text of a PDF, as poppler's pdftotext reads it (the test command installs it).
fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", &path.to_string_lossy(), "-"])
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
