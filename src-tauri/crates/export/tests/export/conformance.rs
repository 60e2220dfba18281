//! Every technique through the exporter by the registry alone: a session of each, with
//! its record as it starts, assembles under its own name and prints to Word and PDF, so
//! a technique added to the list cannot reach the record without an export.

use chrono::{NaiveDate, TimeZone, Utc};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::{catalogue, Session, SessionStatus};
use mobilise_export::{assemble, to_docx, to_pdf, ExportOptions, Sources};
use uuid::Uuid;

#[test]
fn every_technique_with_a_record_prints_it_to_word_and_pdf() {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 25, 14, 0, 0)
        .single()
        .expect("valid");
    let mut printed = 0;
    for technique in catalogue() {
        let Some(own) = TechniqueRecord::empty_for(technique.id) else {
            continue;
        };
        let session = Session {
            id: Uuid::from_u128(1),
            technique: technique.id,
            title: format!("A {} on discharge", technique.name),
            scheduled_at: at.naive_utc(),
            facilitator: "Priya Shah".into(),
            location: String::new(),
            purpose: "Discharge before noon".into(),
            status: SessionStatus::Finished,
            participants: Vec::new(),
            follows: None,
            created_at: at,
            updated_at: at,
        };
        let record = assemble(&Sources {
            session: &session,
            technique,
            notes: &[],
            actions: &[],
            lessons: &[],
            pinned: &[],
            live: None,
            live_log: &[],
            record: Some(&own),
            series: None,
            today: NaiveDate::from_ymd_opt(2026, 11, 30).expect("valid"),
            now: crate::common::export_instant(),
            local_time: &crate::common::local_utc,
            options: ExportOptions::default(),
        });
        assert_eq!(record.technique, technique.name);
        assert!(
            record.sections.iter().all(|s| !s.heading.trim().is_empty()),
            "{}: every part it prints has a heading",
            technique.name
        );
        let docx = to_docx(&record).unwrap_or_else(|e| panic!("{}: {e}", technique.name));
        assert!(docx.starts_with(b"PK"), "{}: a Word file", technique.name);
        let pdf = to_pdf(&record).unwrap_or_else(|e| panic!("{}: {e}", technique.name));
        assert!(pdf.starts_with(b"%PDF"), "{}: a PDF", technique.name);
        printed += 1;
    }
    assert!(
        printed >= 8,
        "every technique with a record was printed: {printed}"
    );
}
