//! The PDF renderer, checked with independent readers: qpdf for the file's structure,
//! poppler's pdftotext / pdfinfo / pdftoppm for what a reader sees: all the text, the
//! pages as pictures, hostile text and a long record. What missing and generic content
//! comes out as, and the renderer's repeatability, are pdf_content.rs.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{hostile, long, review, HOSTILE};
use mobilise_export::{to_pdf, Record};

/// Runs a reader tool; a missing one fails the test saying which package to install.
pub(crate) fn run(tool: &str, args: &[&str]) -> String {
    let package = match tool {
        "qpdf" => "qpdf",
        _ => "poppler-utils",
    };
    let output = match Command::new(tool).args(args).output() {
        Ok(output) => output,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => panic!(
            "`{tool}` is missing: install it with `apt-get install -y {package}` to run the PDF tests"
        ),
        Err(err) => panic!("`{tool}` could not be run: {err}"),
    };
    assert!(
        output.status.success(),
        "`{tool} {}` failed ({}):\n{}\n{}",
        args.join(" "),
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A PDF written to its own temporary folder, removed when dropped.
pub(crate) struct Pdf {
    dir: PathBuf,
    path: PathBuf,
}

impl Pdf {
    pub(crate) fn render(record: &Record, name: &str) -> Pdf {
        let bytes = to_pdf(record).expect("the record renders");
        assert!(
            bytes.starts_with(b"%PDF-"),
            "not a PDF: {:?}",
            &bytes[..bytes.len().min(16)]
        );
        let dir = std::env::temp_dir().join(format!("mobilise-pdf-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(format!("{name}.pdf"));
        std::fs::write(&path, &bytes).expect("write PDF");
        // To look at every test's PDF: MOBILISE_PDF_KEEP=/some/folder cargo test ...
        if let Some(keep) = std::env::var_os("MOBILISE_PDF_KEEP") {
            std::fs::create_dir_all(&keep).expect("MOBILISE_PDF_KEEP folder");
            std::fs::write(Path::new(&keep).join(format!("{name}.pdf")), &bytes).expect("keep PDF");
        }
        Pdf { dir, path }
    }

    pub(crate) fn path(&self) -> &str {
        self.path.to_str().expect("UTF-8 temp path")
    }

    pub(crate) fn check_structure(&self) {
        let report = run("qpdf", &["--check", self.path()]);
        assert!(
            report.contains("No syntax or stream encoding errors"),
            "qpdf --check: {report}"
        );
    }

    /// All the text in content-stream order, whitespace runs collapsed to one space
    /// (pdftotext wraps lines). `-raw`, because poppler's other modes guess word gaps
    /// from geometry and run a line of one-letter words together ("Ŵ ŷ ŵ" → "Ŵŷŵ").
    pub(crate) fn text(&self) -> String {
        normalise(&run(
            "pdftotext",
            &["-enc", "UTF-8", "-raw", self.path(), "-"],
        ))
    }

    pub(crate) fn page_text(&self, page: usize) -> String {
        let page = page.to_string();
        normalise(&run(
            "pdftotext",
            &[
                "-enc",
                "UTF-8",
                "-layout",
                "-f",
                &page,
                "-l",
                &page,
                self.path(),
                "-",
            ],
        ))
    }

    pub(crate) fn pages(&self) -> usize {
        let info = run("pdfinfo", &[self.path()]);
        info.lines()
            .find_map(|line| line.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("pdfinfo gave no page count:\n{info}"))
    }

    /// Page 1 as an RGB raster at `dpi`: (width, height, pixels).
    pub(crate) fn raster_page_1(&self, dpi: u32) -> (usize, usize, Vec<u8>) {
        let stem = self.dir.join("page");
        let dpi = dpi.to_string();
        run(
            "pdftoppm",
            &[
                "-r",
                &dpi,
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                self.path(),
                stem.to_str().expect("UTF-8"),
            ],
        );
        parse_ppm(&std::fs::read(self.dir.join("page.ppm")).expect("pdftoppm wrote page.ppm"))
    }
}

impl Drop for Pdf {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub(crate) fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A binary PPM (P6, 8 bits) as pdftoppm writes it.
pub(crate) fn parse_ppm(data: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while data[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !data[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(
            std::str::from_utf8(&data[start..at])
                .expect("PPM header")
                .to_owned(),
        );
    }
    assert_eq!(fields[0], "P6", "pdftoppm should write a binary PPM");
    assert_eq!(fields[3], "255");
    let width: usize = fields[1].parse().expect("width");
    let height: usize = fields[2].parse().expect("height");
    let pixels = data[at + 1..].to_vec();
    assert_eq!(pixels.len(), width * height * 3);
    (width, height, pixels)
}

pub(crate) fn assert_contains(text: &str, wanted: &str) {
    let wanted = normalise(wanted);
    assert!(
        text.contains(&wanted),
        "missing from the PDF's text: {wanted:?}\n--- text ---\n{text}"
    );
}

#[test]
fn review_is_a_valid_pdf_with_all_its_text() {
    let record = review();
    let pdf = Pdf::render(&record, "review");
    pdf.check_structure();
    let text = pdf.text();
    let pages = pdf.pages();

    assert_contains(&text, &record.title);
    assert_contains(&text, &record.technique);
    for fact in &record.facts {
        assert_contains(&text, &fact.label);
        assert_contains(&text, &fact.value);
    }
    assert_contains(&text, &record.purpose.as_ref().expect("purpose").value);
    for step in &record.steps {
        assert_contains(&text, &step.title);
        for prompt in &step.prompts {
            assert_contains(&text, prompt);
        }
        for question in &step.questions {
            assert_contains(&text, &question.text);
            for note in &question.notes {
                assert_contains(&text, note);
            }
        }
        for note in &step.notes {
            assert_contains(&text, note);
        }
    }
    // The question without notes says so.
    assert_contains(&text, "Why were there differences? No notes.");
    for action in &record.actions {
        assert_contains(&text, &action.what);
        assert_contains(&text, &action.owner);
        assert_contains(&text, &action.status);
    }
    assert_contains(&text, "2 Dec 2026");
    for item in &record.parking_lot {
        assert_contains(&text, item);
    }
    for row in &record.timings.as_ref().expect("timings").rows {
        assert_contains(&text, &row.step);
    }
    assert_contains(&text, "Total 1 h 1 h 6 min +6 min");
    // Noto Sans has no minus sign (U+2212): the template prints an en dash instead.
    assert_contains(&text, "What actually happened? 15 min 14 min \u{2013}1 min");
    assert_contains(&text, "Seating plan");
    assert_contains(&text, "Keep Table 1 by the window");
    assert_contains(&text, "2 repeat encounters: the fewest possible.");

    for name in [
        "Priya Shah",
        "Siân Ŵyn Llewelyn",
        "Dariusz Wójcik",
        "Betsi Cadwaladr UHB",
    ] {
        assert_contains(&text, name);
    }
    assert_contains(&text, "Exported on 25 Nov 2026");
    for page in 1..=pages {
        let page_text = pdf.page_text(page);
        assert_contains(&page_text, &format!("Page {page} of {pages}"));
        assert_contains(&page_text, "Exported on 25 Nov 2026");
    }

    // Sections in the order the record gives them.
    let order = [
        "Participants",
        "What was supposed to happen?",
        "Actions",
        "Parking lot",
        "Timings",
        "Seating plan",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|heading| {
            text.find(heading)
                .unwrap_or_else(|| panic!("no {heading:?}"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "sections out of order: {positions:?}"
    );
    // No lessons: no empty section for them.
    assert!(
        !text.contains("Lessons"),
        "an empty Lessons section was printed"
    );
}

#[test]
fn review_pages_are_saved_as_pictures() {
    let pdf = Pdf::render(&review(), "review-png");
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/e2e/artifacts/export");
    std::fs::create_dir_all(&out).expect("artifacts folder");
    let stem = out.join("review-pdf");
    run(
        "pdftoppm",
        &[
            "-r",
            "70",
            "-png",
            "-f",
            "1",
            "-l",
            "2",
            pdf.path(),
            stem.to_str().expect("UTF-8"),
        ],
    );
    let written = std::fs::read_dir(&out)
        .expect("artifacts folder")
        .filter_map(Result::ok)
        .filter(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with("review-pdf")
        })
        .count();
    assert!(
        written >= 2,
        "pdftoppm should have written two pages, wrote {written}"
    );
    // The PDFs themselves beside the pictures, for a person to open.
    std::fs::copy(&pdf.path, out.join("review.pdf")).expect("copy the PDF beside its pictures");
    for (name, record) in [("hostile", hostile()), ("long", long())] {
        let bytes = to_pdf(&record).expect("the record renders");
        std::fs::write(out.join(format!("{name}.pdf")), bytes).expect("write the PDF");
    }
}

#[test]
fn hostile_text_comes_out_literally() {
    let record = hostile();
    let pdf = Pdf::render(&record, "hostile");
    pdf.check_structure();
    let text = pdf.text();

    // Everything but the emoji and right-to-left lines, exactly as written.
    for (i, wanted) in HOSTILE.iter().enumerate() {
        if matches!(i, 2..=4) {
            continue;
        }
        assert_contains(&text, wanted);
    }
    // Emoji have no glyph in Noto Sans: the text around them still comes out.
    assert_contains(&text, "Emoji");
    assert_contains(&text, "and a flag");
    // Right-to-left text: its letters are there, in whatever order the reader gives them.
    for rtl in [HOSTILE[3], HOSTILE[4]] {
        let letters: Vec<char> = rtl.chars().filter(|c| c.is_alphabetic()).collect();
        let found = letters.iter().filter(|c| text.contains(**c)).count();
        assert_eq!(
            found,
            letters.len(),
            "letters of {rtl:?} missing from the text"
        );
    }
    // The title is hostile too, and sits in the header of later pages.
    assert_contains(&text, &record.title);
    // The 10,000-character note was not cut short.
    assert_contains(&text, "END-OF-LONG-NOTE");
    // Every word of it, though page breaks (with their header and footer) fall inside it.
    let longs = text.split(' ').filter(|word| *word == "long").count();
    assert_eq!(longs, 834, "the long note lost or gained words");
    // Nothing was read as markup: no heading, list or page fill was made from the text.
    assert_contains(&text, "= Not a heading - not a list + nor this");
}

#[test]
fn hostile_text_does_not_restyle_the_page() {
    let pdf = Pdf::render(&hostile(), "hostile-raster");
    let (width, height, pixels) = pdf.raster_page_1(20);
    for (x, y) in [
        (0, 0),
        (width - 1, 0),
        (0, height - 1),
        (width - 1, height - 1),
    ] {
        let at = (y * width + x) * 3;
        assert_eq!(
            &pixels[at..at + 3],
            &[255, 255, 255],
            "page corner ({x}, {y}) is not white"
        );
    }
}

#[test]
fn long_record_breaks_over_pages_and_repeats_table_headers() {
    let record = long();
    let pdf = Pdf::render(&record, "long");
    pdf.check_structure();
    let pages = pdf.pages();
    assert!((10..=40).contains(&pages), "{pages} pages");

    let texts: Vec<String> = (1..=pages).map(|page| pdf.page_text(page)).collect();
    let with_header = texts
        .iter()
        .filter(|t| t.contains("Name Round 1 Round 2 Round 3"))
        .count();
    assert!(
        with_header >= 2,
        "the table header is on {with_header} page(s)"
    );
    for (i, page_text) in texts.iter().enumerate() {
        assert_contains(page_text, &format!("Page {} of {pages}", i + 1));
        if i > 0 {
            // The running header: the session's title on every page after the first.
            assert_contains(page_text, &record.title);
        }
    }
    let all = pdf.text();
    for n in [1, 60] {
        assert_contains(&all, &format!("Step {n}: what did we learn?"));
    }
    assert_contains(&all, "Guest 1 Table 1 Table 2 Table 3");
    assert_contains(&all, "Guest 400 Table 1 Table 2 Table 3");
}
