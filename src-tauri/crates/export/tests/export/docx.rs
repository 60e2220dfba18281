//! The Word renderer, checked by opening what it writes with an independent reader:
//! python-docx, through `tests/read_docx.py` (install it with `pip install python-docx`).

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{hostile, long, review, HOSTILE};
use mobilise_export::{to_docx, Block, LessonLine, Record, Section};
use serde_json::Value;

/// A fresh folder for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mobilise-docx-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("make a scratch folder");
    dir
}

/// `record` rendered, written to a scratch folder and read back with python-docx.
fn render(name: &str, record: &Record) -> (Vec<u8>, Value) {
    let bytes = to_docx(record).expect("the record renders");
    let dir = scratch(name);
    let path = dir.join(format!("{name}.docx"));
    std::fs::write(&path, &bytes).expect("write the document");
    let doc = read(&path);
    let _ = std::fs::remove_dir_all(dir);
    (bytes, doc)
}

fn read(path: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/read_docx.py");
    let output = Command::new("python3")
        .arg(&script)
        .arg(path)
        .output()
        .expect("python3 must be installed to read the document back");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "python-docx could not open {}{}\n{stderr}",
        path.display(),
        if stderr.contains("python-docx is missing") {
            ": python-docx is not installed; run `pip install python-docx`"
        } else {
            ""
        },
    );
    serde_json::from_slice(&output.stdout).expect("the reader prints JSON")
}

fn body(doc: &Value) -> &Vec<Value> {
    doc["body"].as_array().expect("a body")
}

fn paragraphs(doc: &Value) -> Vec<&Value> {
    body(doc)
        .iter()
        .filter(|b| b["kind"] == "paragraph")
        .collect()
}

fn tables(doc: &Value) -> Vec<Vec<Vec<String>>> {
    body(doc)
        .iter()
        .filter(|b| b["kind"] == "table")
        .map(|t| {
            t["rows"]
                .as_array()
                .expect("rows")
                .iter()
                .map(|row| {
                    row.as_array()
                        .expect("cells")
                        .iter()
                        .map(|c| c.as_str().expect("cell text").to_owned())
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// Everything a reader sees in the body, in order: one line per paragraph, one per cell.
fn all_text(doc: &Value) -> String {
    let mut lines = Vec::new();
    for block in body(doc) {
        if block["kind"] == "paragraph" {
            lines.push(block["text"].as_str().expect("text").to_owned());
        } else {
            for row in block["rows"].as_array().expect("rows") {
                for cell in row.as_array().expect("cells") {
                    lines.push(cell.as_str().expect("cell").to_owned());
                }
            }
        }
    }
    lines.join("\n")
}

fn find<'a>(doc: &'a Value, text: &str) -> &'a Value {
    paragraphs(doc)
        .into_iter()
        .find(|p| p["text"] == text)
        .unwrap_or_else(|| panic!("no paragraph reads {text:?}"))
}

/// The index in the body of the first paragraph that reads `text`.
fn position(doc: &Value, text: &str) -> usize {
    body(doc)
        .iter()
        .position(|b| b["text"] == text)
        .unwrap_or_else(|| panic!("no paragraph reads {text:?}"))
}

fn style(doc: &Value, text: &str) -> String {
    find(doc, text)["style"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn review_has_every_part_in_order_with_its_styles() {
    let record = review();
    let (_, doc) = render("review", &record);

    // The title block.
    assert_eq!(style(&doc, "Ward 7 go-live review"), "Title");
    assert!(find(&doc, "After Action Review")["bold"]
        .as_bool()
        .unwrap_or(false));
    // The facts, then the purpose under its label, in one box.
    let tables = tables(&doc);
    assert_eq!(
        tables[0][..3],
        [
            ["Date", "25 Nov 2026, 14:00"],
            ["Facilitator", "Priya Shah"],
            ["Location", "Seminar room 2"],
        ]
    );
    assert_eq!(
        tables[0][3][0],
        "Purpose\nLearn from the go-live of the new electronic observations system."
    );

    // Participants as a table, as in the PDF.
    assert_eq!(
        tables[1],
        [
            ["Name", "Team or organisation", "Role"],
            ["Priya Shah", "Ward 7", "Facilitator"],
            ["Siân Ŵyn Llewelyn", "Betsi Cadwaladr UHB", ""],
            ["Dariusz Wójcik", "Pharmacy", "Scribe"],
        ]
    );

    // The steps: Heading 2, prompts in italics, questions in bold, notes as bullets.
    for step in &record.steps {
        assert_eq!(
            body(&doc)
                .iter()
                .filter(|b| b["text"] == step.title.as_str() && b["style"] == "Heading 2")
                .count(),
            1,
            "{} is a Heading 2",
            step.title
        );
        for question in &step.questions {
            let bold = paragraphs(&doc)
                .into_iter()
                .any(|p| p["text"] == question.text.as_str() && p["bold"] == true);
            assert!(bold, "{} is in bold", question.text);
            for note in &question.notes {
                assert!(find(&doc, note)["num_id"].is_string(), "{note} is a bullet");
            }
        }
        for note in &step.notes {
            assert!(find(&doc, note)["num_id"].is_string(), "{note} is a bullet");
        }
    }
    assert!(
        find(
            &doc,
            "Run it immediately after the event, with everyone who took part."
        )["italic"]
            == true
    );
    assert_eq!(
        paragraphs(&doc)
            .iter()
            .filter(|p| p["text"] == "No notes.")
            .count(),
        1
    );

    // Actions, parking lot and timings.
    assert_eq!(
        tables[2],
        [
            ["What", "Owner", "Due", "Status"],
            [
                "Train the night team on the handhelds",
                "Dariusz Wójcik",
                "2 Dec 2026",
                "Open"
            ],
            [
                "Report the sync fault to the supplier",
                "Priya Shah",
                "—",
                "Done"
            ],
        ]
    );
    assert!(find(&doc, "Should theatres go live next?")["num_id"].is_string());
    assert_eq!(tables[3][0], ["Step", "Planned", "Actual", "Difference"]);
    assert_eq!(
        tables[3][2],
        ["What actually happened?", "15 min", "14 min", "−1 min"]
    );
    assert_eq!(
        tables[3].last().expect("a total row"),
        &["Total", "1 h", "1 h 6 min", "+6 min"]
    );
    let xml = doc["document_xml"]
        .as_str()
        .expect("xml")
        .replace(" />", "/>");
    let total = xml
        .rfind(r#"<w:t xml:space="preserve">Total</w:t>"#)
        .expect("a total");
    assert!(
        xml[..total].ends_with("<w:rPr><w:b/><w:bCs/></w:rPr>"),
        "Total is bold"
    );

    // The technique's own section.
    assert_eq!(style(&doc, "Seating plan"), "Heading 1");
    assert_eq!(style(&doc, "Round 1"), "Heading 3");
    assert_eq!(tables[4][1], ["Table 1", "Priya Shah, Siân Ŵyn Llewelyn"]);
    find(&doc, "2 repeat encounters: the fewest possible.");
    assert!(find(&doc, "Keep Table 1 by the window")["num_id"].is_string());

    // The order of the parts.
    let order: Vec<usize> = [
        "Ward 7 go-live review",
        "Participants",
        "What was supposed to happen?",
        "Why were there differences?",
        "Actions",
        "Parking lot",
        "Timings",
        "Seating plan",
    ]
    .iter()
    .map(|t| position(&doc, t))
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "parts out of order: {order:?}"
    );
    assert_eq!(doc["page_width_mm"], 210);
    assert_eq!(doc["page_height_mm"], 297);
}

#[test]
fn header_has_the_title_and_footer_has_page_fields_and_the_date() {
    let (_, doc) = render("margins", &review());
    let margins = &doc["margins"];
    // As in the PDF: the title on the left, the technique on the right.
    assert_eq!(
        margins["header"]["text"],
        "Ward 7 go-live review\tAfter Action Review"
    );
    // The first page carries the title itself, so its header is empty.
    assert_eq!(doc["different_first_page"], true);
    assert_eq!(margins["first_page_header"]["text"], "");
    for footer in ["footer", "first_page_footer"] {
        let xml = margins[footer]["xml"].as_str().expect("footer xml");
        assert!(
            xml.contains(">NUMPAGES<"),
            "{footer} has a NUMPAGES field: {xml}"
        );
        assert!(xml.contains(">PAGE<"), "{footer} has a PAGE field: {xml}");
        let text = margins[footer]["text"].as_str().expect("footer text");
        assert_eq!(text, "Exported on 25 Nov 2026\tPage 1 of 1", "{footer}");
    }
}

#[test]
fn package_is_deflated_small_and_the_same_each_time() {
    let (bytes, doc) = render("package", &review());
    eprintln!("review(): {} bytes", bytes.len());
    assert!(bytes.len() < 30_000, "review() is {} bytes", bytes.len());
    for entry in doc["entries"].as_array().expect("entries") {
        assert_eq!(entry["compress_type"], 8, "{} is deflated", entry["name"]);
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes)).expect("a zip");
    assert_eq!(
        archive.by_index(0).expect("an entry").name(),
        "[Content_Types].xml"
    );
    for i in 0..archive.len() {
        let entry = archive.by_index(i).expect("an entry");
        assert_eq!(
            entry.compression(),
            zip::CompressionMethod::Deflated,
            "{}",
            entry.name()
        );
    }

    // Deterministic: again, and from another thread (docx-rs counts paragraph ids per thread).
    assert_eq!(to_docx(&review()).expect("renders"), bytes);
    let other = std::thread::spawn(|| to_docx(&review()).expect("renders"))
        .join()
        .expect("the thread ends");
    assert_eq!(other, bytes);
    let mut core = String::new();
    archive
        .by_name("docProps/core.xml")
        .expect("core properties")
        .read_to_string(&mut core)
        .expect("utf-8");
    assert!(
        core.contains("1970-01-01T00:00:00Z"),
        "a fixed date, not the clock: {core}"
    );
}

#[test]
fn property_elements_are_in_the_order_the_schema_gives() {
    for (name, record) in [("order-review", review()), ("order-hostile", hostile())] {
        let (_, doc) = render(name, &record);
        let violations = doc["order_violations"].as_array().expect("a list");
        assert!(violations.is_empty(), "{name}: {violations:#?}");
    }
}

#[test]
fn bullets_use_their_own_numbering_not_id_1() {
    let (_, doc) = render("bullets", &review());
    let ids: Vec<&str> = paragraphs(&doc)
        .iter()
        .filter_map(|p| p["num_id"].as_str())
        .collect();
    assert!(
        ids.len() >= 6,
        "notes, parking lot and section bullets: {ids:?}"
    );
    assert!(ids.iter().all(|&id| id == "2"), "{ids:?}");
    let numbering = doc["numbering_xml"]
        .as_str()
        .expect("numbering.xml")
        .replace(" />", "/>");
    assert!(
        numbering.contains(r#"<w:abstractNum w:abstractNumId="2""#),
        "{numbering}"
    );
    assert!(
        numbering.contains(r#"<w:num w:numId="2"><w:abstractNumId w:val="2"/>"#),
        "{numbering}"
    );
    assert!(
        numbering.contains(r#"<w:numFmt w:val="bullet"/>"#),
        "{numbering}"
    );
}

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
