//! The record as a Word document, built with docx-rs.
//!
//! Same content in the same order as the PDF: the title block, participants, each step with
//! its questions and notes, actions, lessons, parking lot, timings, then the technique's
//! own sections. User text only ever goes in as run text, which docx-rs escapes; what XML
//! cannot carry at all is dropped first (see [`text`]).

mod body;
mod order;
mod package;
mod styles;
mod tables;
mod text;

use std::io::Cursor;

use docx_rs::Paragraph;

use crate::{ExportError, Record};

/// Renders `record` as an A4 Word document (.docx): Arial 11 pt, NHS blue headings, the
/// session title and technique in the page header, and "Exported on …" and "Page X of Y"
/// (Word fields) in the footer.
///
/// Pure: the same record always gives the same bytes (no clock, fixed zip timestamps,
/// paragraph ids counted from the start of each document).
pub fn to_docx(record: &Record) -> Result<Vec<u8>, ExportError> {
    let mut ids = Ids(0);
    let docx = body::write(styles::document(), &mut ids, record);
    let docx = styles::header_and_footer(docx, &mut ids, record);

    let mut stored = Cursor::new(Vec::new());
    docx.pack(&mut stored)
        .map_err(|err| ExportError::Docx(format!("docx-rs could not write it ({err})")))?;
    package::deflate(&stored.into_inner())
}

/// Paragraph ids (`w14:paraId`) counted per document. docx-rs counts them per thread, which
/// would make a second export of the same record differ from the first.
pub(super) struct Ids(u32);

impl Ids {
    /// A new, empty paragraph with the next id.
    pub(super) fn paragraph(&mut self) -> Paragraph {
        self.0 += 1;
        Paragraph::new().id(format!("{:08X}", self.0))
    }
}
