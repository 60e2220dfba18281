//! `mobilise export`, run as the real binary on a real database, with the files opened by
//! independent readers (pdftotext, python-docx).

use std::process::Command;

use chrono::{TimeZone, Utc};
use mobilise_core::{
    NoteInput, NoteKind, ParticipantInput, SessionDraft, SessionStatus, TechniqueId,
};
use mobilise_store::Store;

fn database_with_a_review(dir: &std::path::Path) -> uuid::Uuid {
    let now = Utc
        .with_ymd_and_hms(2026, 11, 25, 15, 0, 0)
        .single()
        .expect("a valid instant");
    let mut store = Store::open_dir(dir, now).expect("a new database");
    let draft = SessionDraft {
        technique: TechniqueId::AfterActionReview,
        title: "Ward 7 go-live".into(),
        scheduled_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(14, 0, 0))
            .expect("a valid time"),
        facilitator: "Priya Shah".into(),
        location: "Seminar room 2".into(),
        purpose: "Learn from the go-live #1 *fast* $quick$".into(),
        status: SessionStatus::Planned,
        participants: vec![ParticipantInput {
            name: "Siân Ŵyn Llewelyn".into(),
            organisation: "Ward 7".into(),
            role: String::new(),
        }],
    };
    let session = store
        .create_session(&draft, now, &mut uuid::Uuid::now_v7)
        .expect("stored");
    let note = NoteInput {
        kind: NoteKind::Note,
        step_id: Some(2),
        question: Some(0),
        text: "Two handhelds failed to sync until 09:30".into(),
    };
    store
        .add_note(session.id, &note, now, &mut uuid::Uuid::now_v7)
        .expect("a note");
    session.id
}

fn export(
    data: &std::path::Path,
    id: uuid::Uuid,
    format: &str,
    out: &std::path::Path,
    extra: &[&str],
) {
    let output = Command::new(env!("CARGO_BIN_EXE_mobilise"))
        .args(["export", "--data-dir"])
        .arg(data)
        .args(["--session", &id.to_string(), "--format", format, "--out"])
        .arg(out)
        .args(extra)
        .output()
        .expect("the binary runs");
    assert!(
        output.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_pdf_export_reads_back_with_its_title_questions_notes_and_literal_text() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let id = database_with_a_review(tmp.path());
    let out = tmp.path().join("review.pdf");
    export(tmp.path(), id, "pdf", &out, &[]);
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Ward 7 go-live",
        "What was supposed to happen?",
        "What actually happened?",
        "Two handhelds failed to sync until 09:30",
        "Learn from the go-live #1 *fast* $quick$",
        "Siân Ŵyn Llewelyn",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} is in the PDF: {text}"
        );
    }
}

#[test]
fn a_word_export_without_names_reads_back_in_python_docx_without_them() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let id = database_with_a_review(tmp.path());
    let out = tmp.path().join("review.docx");
    export(tmp.path(), id, "docx", &out, &["--no-names"]);
    let script = "import sys, docx\nd = docx.Document(sys.argv[1])\nprint('\\n'.join(p.text for p in d.paragraphs))\nfor t in d.tables:\n    for r in t.rows:\n        print(' | '.join(c.text for c in r.cells))";
    let read = Command::new("python3")
        .args(["-c", script])
        .arg(&out)
        .output()
        .expect("python3 runs");
    assert!(
        read.status.success(),
        "python-docx opens it: {}",
        String::from_utf8_lossy(&read.stderr)
    );
    let text = String::from_utf8_lossy(&read.stdout);
    assert!(text.contains("Ward 7 go-live"), "{text}");
    assert!(
        text.contains("Two handhelds failed to sync until 09:30"),
        "{text}"
    );
    assert!(
        text.contains("1 participant"),
        "the count stands in for the names: {text}"
    );
    assert!(!text.contains("Siân"), "names left out: {text}");
}
