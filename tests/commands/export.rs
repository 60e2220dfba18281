//! Exporting through IPC: the suggested file name, the file written whole where the
//! facilitator chose, and a clear refusal (with nothing left behind) when it cannot be.

use serde_json::{json, Value};

use crate::harness::Harness;

fn new_review(app: &Harness) -> Value {
    let mut draft = app.ok(
        "session_new_draft",
        json!({ "technique": "after-action-review" }),
    );
    draft["title"] = json!("Ward 7 go-live");
    draft["scheduled_at"] = json!("2026-11-25T14:00:00");
    draft["participants"] =
        json!([{ "name": "Siân Ŵyn Llewelyn", "organisation": "Ward 7", "role": "" }]);
    let id = app.ok("session_create", json!({ "draft": draft }))["id"].clone();
    app.ok("note_add", json!({ "sessionId": id, "note": { "kind": "note", "step_id": 1, "question": 0, "text": "All observations on the new system from 07:00" } }));
    id
}

#[test]
fn the_save_dialog_starts_at_a_file_named_by_date_technique_and_title() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_review(&app);
    let suggested = app.ok(
        "export_suggested_path",
        json!({ "sessionId": id, "format": "docx" }),
    );
    let suggested = suggested.as_str().expect("a path");
    assert!(
        suggested.ends_with("2026-11-25 After Action Review - Ward 7 go-live.docx"),
        "{suggested}"
    );
}

#[test]
fn both_formats_are_written_whole_where_the_facilitator_chose() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_review(&app);
    let out = tempfile::tempdir().expect("an export folder");
    for (format, magic) in [("docx", &b"PK"[..]), ("pdf", &b"%PDF"[..])] {
        let path = out.path().join(format!("record.{format}"));
        std::fs::write(&path, b"an older export").expect("an older file in the way");
        let done = app.ok(
            "export_session",
            json!({ "sessionId": id, "format": format, "path": path, "includeNames": true }),
        );
        let bytes = std::fs::read(&path).expect("the file is there");
        assert!(bytes.starts_with(magic), "{format} starts like one");
        assert_eq!(done["bytes"].as_u64(), Some(bytes.len() as u64));
    }
    let left: Vec<_> = std::fs::read_dir(out.path())
        .expect("listable")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(left.len(), 2, "no temporary files left behind: {left:?}");
}

#[test]
fn a_folder_that_is_not_there_gets_a_clear_message_and_no_file() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let id = new_review(&app);
    let path = tmp.path().join("gone").join("record.pdf");
    let refused = app
        .call(
            "export_session",
            json!({ "sessionId": id, "format": "pdf", "path": path, "includeNames": true }),
        )
        .expect_err("nowhere to write");
    assert_eq!(refused["kind"], "Io");
    assert!(
        refused["message"]
            .as_str()
            .unwrap_or_default()
            .contains("does not exist any more"),
        "{refused}"
    );
    assert!(!path.exists());
}
