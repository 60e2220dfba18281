//! The PDF's content as its readers see it: names left out, empty parts said or left out,
//! lessons and generic blocks printed, the same bytes each time, and how long it takes.

use std::time::Instant;

use crate::common::{hostile, long, review};
use crate::pdf::{assert_contains, Pdf};
use mobilise_export::{to_pdf, Block, LessonLine, Section};

#[test]
fn names_left_out_says_how_many_and_names_nobody() {
    let mut record = review();
    record.participants = None;
    record.participant_count = 3;
    // As the assembler does when names are left out: nobody named anywhere else either.
    record.facts.retain(|fact| fact.label != "Facilitator");
    for action in &mut record.actions {
        action.owner = String::new();
    }
    record.sections.clear();
    let pdf = Pdf::render(&record, "anonymous");
    let text = pdf.text();
    assert_contains(&text, "3 participants (names left out)");
    for name in [
        "Priya Shah",
        "Siân Ŵyn Llewelyn",
        "Dariusz Wójcik",
        "Betsi Cadwaladr",
    ] {
        assert!(!text.contains(name), "{name} is in the PDF");
    }
}

#[test]
fn empty_parts_say_so_or_are_left_out() {
    let mut record = review();
    record.purpose = None;
    record.facts.clear();
    record.actions.clear();
    record.parking_lot.clear();
    record.timings = None;
    record.sections.clear();
    record.participants = Some(Vec::new());
    record.participant_count = 0;
    record.steps.truncate(1);
    record.steps[0].prompts.clear();
    record.steps[0].questions[0].notes.clear();
    let pdf = Pdf::render(&record, "empty");
    pdf.check_structure();
    let text = pdf.text();
    assert_contains(&text, "No actions were agreed.");
    assert_contains(&text, "No notes.");
    assert_contains(&text, "Page 1 of 1");
    for absent in [
        "Parking lot",
        "Timings",
        "Lessons",
        "Purpose",
        "What Owner Due Status",
    ] {
        assert!(
            !text.contains(absent),
            "{absent:?} printed for an empty part"
        );
    }
}

#[test]
fn lessons_and_generic_blocks_are_printed() {
    let mut record = review();
    record.lessons = vec![LessonLine {
        title: "Survey the wi-fi #first *before* go-live".into(),
        what_happened: "Handhelds lost sync".into(),
        why: "Wi-Fi dead spot by bay 4".into(),
        learning: "Survey coverage before go-live".into(),
        recommendation: "Add a site survey to the checklist".into(),
        tags: vec!["digital".into(), "go-live".into()],
    }];
    record.sections.push(Section {
        heading: "Ragged table".into(),
        blocks: vec![
            Block::Subheading {
                text: "Uneven rows".into(),
            },
            Block::Paragraph {
                text: "First paragraph.\n\nSecond paragraph.".into(),
            },
            Block::Table {
                header: vec!["A".into(), "B".into()],
                rows: vec![
                    vec!["only one".into()],
                    vec!["one".into(), "two".into(), "three".into()],
                ],
            },
            Block::Bullets { items: vec![] },
            Block::Table {
                header: vec![],
                rows: vec![vec!["headless".into(), "row".into()]],
            },
        ],
    });
    let pdf = Pdf::render(&record, "lessons");
    pdf.check_structure();
    let text = pdf.text();
    for wanted in [
        "Lessons",
        "Lesson 1: Survey the wi-fi #first *before* go-live",
        "Handhelds lost sync",
        "Wi-Fi dead spot by bay 4",
        "Survey coverage before go-live",
        "Add a site survey to the checklist",
        "digital, go-live",
        "Uneven rows",
        "First paragraph.",
        "Second paragraph.",
        "only one",
        "three",
        "headless row",
    ] {
        assert_contains(&text, wanted);
    }
    let lessons = text.find("Lessons").expect("lessons");
    assert!(text.find("Actions").expect("actions") < lessons);
    assert!(lessons < text.find("Parking lot").expect("parking lot"));
}

#[test]
fn the_same_record_gives_the_same_bytes() {
    let first = to_pdf(&review()).expect("renders");
    let second = to_pdf(&review()).expect("renders again");
    assert!(first == second, "two exports of the same record differ");
    let other = to_pdf(&hostile()).expect("renders");
    assert!(first != other);
}

/// Not an assertion: how long exports take in this build, for the record
/// (`cargo test -p mobilise-export --test pdf -- --nocapture render_times`).
#[test]
fn render_times() {
    for (name, record) in [("review", review()), ("long", long())] {
        let start = Instant::now();
        let bytes = to_pdf(&record).expect("renders");
        eprintln!(
            "to_pdf({name}): {:?}, {} bytes",
            start.elapsed(),
            bytes.len()
        );
    }
}
