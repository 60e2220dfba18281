//! Starting on a database that must not be opened: the app still starts, every command
//! says why, and the facilitator can start a new database elsewhere.

use serde_json::json;

use crate::harness::Harness;

#[test]
fn a_foreign_file_is_reported_and_a_new_database_can_be_started_elsewhere() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let bad = tmp.path().join("bad");
    std::fs::create_dir_all(&bad).expect("folder");
    let file = bad.join(mobilise_store::DB_FILE_NAME);
    std::fs::write(&file, "this is a spreadsheet export, not a database").expect("foreign file");

    let app = Harness::on(&bad);
    let status = app.ok("database_status", json!({}));
    assert_eq!(status["problem"]["kind"], "NotADatabase");
    let message = status["problem"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("not a Mobilise database"), "{message}");

    let err = app
        .call(
            "session_list",
            json!({ "query": { "technique": null, "status": null, "text": "", "deleted": false } }),
        )
        .expect_err("no database is open");
    assert_eq!(err["kind"], "NoDatabase");

    let good = tmp.path().join("good");
    // Remembering the choice writes into the OS config folder; point it at the temp dir.
    std::env::set_var("XDG_CONFIG_HOME", tmp.path().join("config"));
    let status = app.ok(
        "database_use_folder",
        json!({ "folder": good.display().to_string() }),
    );
    assert!(
        status["problem"].is_null(),
        "the new database opens: {status}"
    );
    let draft = app.ok("session_new_draft", json!({ "technique": "fishbowl" }));
    app.ok("session_create", json!({ "draft": draft }));
    assert_eq!(
        std::fs::read(&file).expect("still there"),
        b"this is a spreadsheet export, not a database",
        "the foreign file is left exactly as it was"
    );
}
