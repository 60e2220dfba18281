//! The record as a PDF, typeset by Typst embedded as a library.
//!
//! The record goes to the template as data, never as markup: it is serialised to JSON and
//! served as the file `/record.json`, which `assets/export/record.typ` reads with `json()`
//! and places as string values. A string placed as content is always literal, so user
//! text such as `#set page(fill: red)` or `= Not a heading` comes out as written.

mod world;

use std::panic::{catch_unwind, AssertUnwindSafe};

use typst::diag::{Severity, SourceDiagnostic};
use typst::ecow::EcoVec;
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

use crate::{ExportError, Record};
use world::RecordWorld;

/// Renders `record` as an A4 PDF: a title block, then participants, each step with its
/// questions and notes, actions, lessons, parking lot, timings and the technique's own
/// sections, with "Page X of Y" and the export date on every page.
///
/// Pure: the same record always gives the same bytes (no clock, no system fonts, no
/// network). Typst's caches are cleared before returning, so repeated exports in a
/// long-running app do not grow its memory.
pub fn to_pdf(record: &Record) -> Result<Vec<u8>, ExportError> {
    let json = serde_json::to_vec(record)
        .map_err(|err| ExportError::Pdf(format!("the record could not be read ({err})")))?;
    // Typst is not expected to panic, but a fault in it must not take the app down with it.
    let result = catch_unwind(AssertUnwindSafe(|| typeset(json)));
    typst::comemo::evict(0);
    match result {
        Ok(result) => result,
        Err(_) => Err(ExportError::Pdf(
            "the typesetter stopped unexpectedly; please try again, and report it if it happens again"
                .into(),
        )),
    }
}

fn typeset(json: Vec<u8>) -> Result<Vec<u8>, ExportError> {
    if !RecordWorld::fonts_loaded() {
        return Err(ExportError::Pdf(
            "the bundled fonts could not be read".into(),
        ));
    }
    let world = RecordWorld::new(json)
        .map_err(|err| ExportError::Pdf(format!("the document could not be set up ({err})")))?;
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| {
        ExportError::Pdf(describe("the record could not be laid out", &errors))
    })?;
    let options = PdfOptions {
        creator: Smart::Custom(Some("Mobilise".into())),
        // No creation date: the PDF depends on the record alone.
        timestamp: None,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options)
        .map_err(|errors| ExportError::Pdf(describe("the PDF could not be written", &errors)))
}

/// The errors among `diagnostics`, in one sentence a facilitator can pass on.
fn describe(what: &str, diagnostics: &EcoVec<SourceDiagnostic>) -> String {
    let messages: Vec<&str> = diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == Severity::Error)
        .map(|diagnostic| diagnostic.message.as_str())
        .collect();
    if messages.is_empty() {
        what.to_owned()
    } else {
        format!("{what} ({})", messages.join("; "))
    }
}
