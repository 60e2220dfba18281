//! The Word renderer, checked by opening what it writes with an independent reader:
//! python-docx, through `tests/read_docx.py` (install it with `pip install python-docx`):
//! every part in order with its styles, the page furniture and the package itself. What
//! odd and missing content comes out as is docx_content.rs.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{hostile, review};
use mobilise_export::{to_docx, Record};
use serde_json::Value;

/// A fresh folder for one test's files.
pub(crate) fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mobilise-docx-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("make a scratch folder");
    dir
}

/// `record` rendered, written to a scratch folder and read back with python-docx.
pub(crate) fn render(name: &str, record: &Record) -> (Vec<u8>, Value) {
    let bytes = to_docx(record).expect("the record renders");
    let dir = scratch(name);
    let path = dir.join(format!("{name}.docx"));
    std::fs::write(&path, &bytes).expect("write the document");
    let doc = read(&path);
    let _ = std::fs::remove_dir_all(dir);
    (bytes, doc)
}

pub(crate) fn read(path: &Path) -> Value {
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

pub(crate) fn body(doc: &Value) -> &Vec<Value> {
    doc["body"].as_array().expect("a body")
}

pub(crate) fn paragraphs(doc: &Value) -> Vec<&Value> {
    body(doc)
        .iter()
        .filter(|b| b["kind"] == "paragraph")
        .collect()
}

pub(crate) fn tables(doc: &Value) -> Vec<Vec<Vec<String>>> {
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
pub(crate) fn all_text(doc: &Value) -> String {
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

pub(crate) fn find<'a>(doc: &'a Value, text: &str) -> &'a Value {
    paragraphs(doc)
        .into_iter()
        .find(|p| p["text"] == text)
        .unwrap_or_else(|| panic!("no paragraph reads {text:?}"))
}

/// The index in the body of the first paragraph that reads `text`.
pub(crate) fn position(doc: &Value, text: &str) -> usize {
    body(doc)
        .iter()
        .position(|b| b["text"] == text)
        .unwrap_or_else(|| panic!("no paragraph reads {text:?}"))
}

pub(crate) fn style(doc: &Value, text: &str) -> String {
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
