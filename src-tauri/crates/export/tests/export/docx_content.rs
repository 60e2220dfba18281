//! The Word file's content as python-docx reads it: hostile text literally, control
//! characters stripped, names left out, lessons numbered, a bare record, a long one, and
//! LibreOffice's own rendering when it is installed.

use std::path::Path;
use std::process::Command;

use crate::common::{hostile, long, review, HOSTILE};
use crate::docx::{all_text, body, find, paragraphs, position, render, scratch, style, tables};
use mobilise_export::{to_docx, Block, LessonLine, Record, Section};

#[test]
fn hostile_text_comes_out_literally() {
    let record = hostile();
    let (_, doc) = render("hostile", &record);
    let text = all_text(&doc);
    for hostile in HOSTILE {
        for line in hostile.split('\n') {
            assert!(text.contains(line), "missing {line:?}");
        }
    }
    // A note keeps its lines together in one bullet, as written.
    for hostile in HOSTILE {
        let bullets = paragraphs(&doc)
            .into_iter()
            .filter(|p| p["text"] == hostile && p["num_id"].is_string())
            .count();
        assert_eq!(bullets, 2, "{hostile:?} as a note and in the parking lot");
    }
    assert!(text.contains(" END-OF-LONG-NOTE"));
    assert!(text.contains(&"ŵ long note ".repeat(834)));
    assert_eq!(style(&doc, &record.title), "Title");
    assert_eq!(
        doc["margins"]["header"]["text"],
        format!("{}\tAfter Action Review", record.title)
    );
    let actions = &tables(&doc)[2];
    assert_eq!(actions[1][0], HOSTILE[2]);
    assert_eq!(actions[1][1], HOSTILE[3]);
    // Right-to-left text is laid out right to left.
    assert_eq!(find(&doc, HOSTILE[3])["bidi"], true);
    assert_eq!(find(&doc, HOSTILE[4])["bidi"], true);
    assert_eq!(find(&doc, HOSTILE[5])["bidi"], false);
}

#[test]
fn control_characters_are_stripped() {
    let mut record = review();
    record.title = "Bell\u{7} nul\u{0} escape\u{1B} form\u{C} end".into();
    record.steps[0].questions[0].notes = vec!["a\u{1}b\u{B}c\u{1F}d\r\ne".into()];
    record.sections = vec![Section {
        heading: "Odd\u{8}".into(),
        blocks: vec![Block::Table {
            header: vec!["H\u{2}".into()],
            rows: vec![vec!["cell\u{3}".into(), "extra".into()], vec![]],
        }],
    }];
    let (_, doc) = render("controls", &record);
    find(&doc, "Bell nul escape form end");
    find(&doc, "abcd\ne");
    find(&doc, "Odd");
    let tables = tables(&doc);
    assert_eq!(
        tables.last().expect("the section's table"),
        &[["H", ""], ["cell", "extra"], ["", ""]]
    );
}

#[test]
fn names_left_out_says_how_many_and_names_none() {
    let mut record = review();
    record.participants = None;
    record.participant_count = 3;
    let (_, doc) = render("no-names", &record);
    let start = position(&doc, "Participants");
    let end = position(&doc, "What was supposed to happen?");
    let section: Vec<&str> = body(&doc)[start + 1..end]
        .iter()
        .map(|b| b["text"].as_str().expect("a paragraph"))
        .collect();
    assert_eq!(section, ["3 participants (names left out)"]);
    let text = all_text(&doc);
    assert!(!text.contains("Organisation"));
    assert!(!text.contains("Betsi Cadwaladr UHB"));
    assert!(!text.contains("(Scribe)"));
}

/// The review with two lessons, one with every part and one with only some.
fn with_lessons() -> Record {
    let mut record = review();
    record.lessons = vec![
        LessonLine {
            title: "Walk the ward's network before go-live".into(),
            what_happened: "Two handhelds failed to sync until 09:30".into(),
            why: "The ward's Wi-Fi access point was not on the new network".into(),
            learning: "Check the network on every ward before go-live".into(),
            recommendation: "Add a network walk-round to the go-live checklist".into(),
            tags: vec!["IT".into(), "go-live".into()],
        },
        LessonLine {
            title: String::new(),
            what_happened: "Super-users on every shift".into(),
            why: String::new(),
            learning: "Peers answer questions faster than the help desk".into(),
            recommendation: String::new(),
            tags: vec![],
        },
    ];
    record
}

#[test]
fn lessons_are_numbered_with_their_parts_by_label() {
    let (_, doc) = render("lessons", &with_lessons());
    let lesson = position(&doc, "Lesson 1: Walk the ward's network before go-live");
    assert!(position(&doc, "Lessons") < lesson);
    assert!(lesson < position(&doc, "Lesson 2"));
    assert!(position(&doc, "Lesson 2") < position(&doc, "Parking lot"));
    let tables = tables(&doc);
    let first = tables
        .iter()
        .find(|t| t[0][0] == "What happened")
        .expect("lesson 1");
    assert_eq!(
        first,
        &[
            ["What happened", "Two handhelds failed to sync until 09:30"],
            [
                "Why",
                "The ward's Wi-Fi access point was not on the new network"
            ],
            ["Learning", "Check the network on every ward before go-live"],
            [
                "Recommendation",
                "Add a network walk-round to the go-live checklist"
            ],
            ["Tags", "IT, go-live"],
        ]
    );
    let second = tables
        .iter()
        .find(|t| t[0][1] == "Super-users on every shift")
        .expect("lesson 2");
    assert_eq!(
        second,
        &[
            ["What happened", "Super-users on every shift"],
            [
                "Learning",
                "Peers answer questions faster than the help desk"
            ],
        ]
    );
}

#[test]
fn a_bare_record_still_opens_and_says_what_is_missing() {
    let mut record = review();
    record.facts.clear();
    record.purpose = None;
    record.participants = Some(vec![]);
    record.participant_count = 0;
    record.steps.clear();
    record.actions.clear();
    record.parking_lot.clear();
    record.timings = None;
    record.sections = vec![Section {
        heading: "Own part".into(),
        blocks: vec![
            Block::Table {
                header: vec![],
                rows: vec![],
            },
            Block::Bullets { items: vec![] },
            Block::Table {
                header: vec![],
                rows: vec![vec!["a".into(), "b".into()]],
            },
        ],
    }];
    let (_, doc) = render("bare", &record);
    find(&doc, "No participants were recorded.");
    find(&doc, "No actions were agreed.");
    // An empty table is left out, and one without a header has no header row.
    assert_eq!(tables(&doc), [[["a", "b"]]]);
    for absent in ["Lessons", "Parking lot", "Timings"] {
        assert!(
            !paragraphs(&doc).iter().any(|p| p["text"] == absent),
            "{absent}"
        );
    }
}

#[test]
fn long_record_is_compact_and_repeats_table_headers() {
    let record = long();
    let (bytes, doc) = render("long", &record);
    eprintln!("long(): {} bytes", bytes.len());
    assert!(bytes.len() < 60_000, "long() is {} bytes", bytes.len());
    let guests = tables(&doc).into_iter().last().expect("the person cards");
    assert_eq!(guests.len(), 401);
    assert_eq!(guests[400], ["Guest 400", "Table 1", "Table 2", "Table 3"]);
    find(&doc, "Step 60: what did we learn?");
    // Each data table's header row repeats on every page it runs onto.
    for block in body(&doc).iter().filter(|b| b["kind"] == "table").skip(1) {
        assert_eq!(block["repeating_header_rows"], 1, "{:?}", block["rows"][0]);
    }
}

/// Not a check but a look: where LibreOffice is installed, the review (and the long, hostile
/// and lessons records) are converted to PDF and their first two pages drawn to PNG in
/// tests/e2e/artifacts/export/review-docx.
#[test]
fn review_renders_in_libreoffice_when_installed() {
    let Some(office) = ["soffice", "libreoffice"].into_iter().find(|bin| {
        Command::new(bin)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        eprintln!("LibreOffice is not installed: no picture of the Word document this time");
        return;
    };
    let dir = scratch("office");
    let records = [
        ("review", review()),
        ("long", long()),
        ("hostile", hostile()),
        ("lessons", with_lessons()),
    ];
    for (name, record) in &records {
        let path = dir.join(format!("{name}.docx"));
        std::fs::write(&path, to_docx(record).expect("renders")).expect("write");
        let mut convert = Command::new(office)
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&path)
            .env("HOME", &dir)
            .spawn()
            .expect("LibreOffice runs");
        // LibreOffice can hang on a broken profile or a stuck instance: give up after 2 min.
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = convert.try_wait().expect("LibreOffice runs") {
                break status;
            }
            if started.elapsed() > std::time::Duration::from_secs(120) {
                let _ = convert.kill();
                panic!("LibreOffice took over 2 minutes to convert {name}.docx");
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        };
        assert!(
            status.success(),
            "LibreOffice could not convert {name}.docx"
        );
        assert!(
            dir.join(format!("{name}.pdf")).exists(),
            "no PDF for {name}.docx"
        );
    }
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../tests/e2e/artifacts/export/review-docx");
    std::fs::create_dir_all(&artifacts).expect("make the artifacts folder");
    for (name, _) in &records {
        let drawn = Command::new("pdftoppm")
            .args(["-r", "70", "-png", "-f", "1", "-l", "2"])
            .arg(dir.join(format!("{name}.pdf")))
            .arg(artifacts.join(name))
            .status();
        if !drawn.is_ok_and(|s| s.success()) {
            eprintln!(
                "pdftoppm (poppler-utils) could not draw {name}.pdf: the PDFs are in {}",
                dir.display()
            );
            return;
        }
    }
}
