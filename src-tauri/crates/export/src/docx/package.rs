//! The last step: docx-rs stores its zip entries uncompressed, so the package is re-packed
//! with deflate (a record of twenty pages shrinks from hundreds of KB to tens), with fixed
//! timestamps so the bytes depend on the record alone. On the way through, table header
//! rows are marked to repeat on each page, which docx-rs cannot say itself, and property
//! elements are put in the order the schema gives them (see [`super::order`]).

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use crate::ExportError;

/// What docx-rs writes for a row that must not split across pages. The renderer asks that
/// of table header rows only, so it marks exactly the rows that should repeat. User text
/// can never contain it: docx-rs writes text's `<` as `&lt;`.
const HEADER_ROW_MARK: &str = "<w:cantSplit />";
const HEADER_ROW: &str = "<w:cantSplit /><w:tblHeader />";

/// `stored`, docx-rs's package, re-packed with every part deflated.
pub(super) fn deflate(stored: &[u8]) -> Result<Vec<u8>, ExportError> {
    let fail =
        |what: &str, err: &dyn std::fmt::Display| ExportError::Docx(format!("{what} ({err})"));
    let mut archive = ZipArchive::new(Cursor::new(stored))
        .map_err(|err| fail("the package docx-rs wrote could not be read", &err))?;
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    let mut out = ZipWriter::new(Cursor::new(Vec::with_capacity(stored.len() / 4)));
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|err| fail("a part of the package could not be read", &err))?;
        // Folder entries mean nothing to a Word package.
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().to_owned();
        let mut data = Vec::with_capacity(usize::try_from(entry.size()).unwrap_or(0));
        entry
            .read_to_end(&mut data)
            .map_err(|err| fail("a part of the package could not be read", &err))?;
        if name == "word/document.xml" {
            data = mark_header_rows(data);
        }
        if is_wordprocessing_xml(&name) {
            data = in_schema_order(data);
        }
        out.start_file(name, options)
            .map_err(|err| fail("the package could not be written", &err))?;
        out.write_all(&data)
            .map_err(|err| fail("the package could not be written", &err))?;
    }
    let out = out
        .finish()
        .map_err(|err| fail("the package could not be finished", &err))?;
    Ok(out.into_inner())
}

/// The parts whose property elements are put in schema order.
fn is_wordprocessing_xml(name: &str) -> bool {
    let Some(part) = name.strip_prefix("word/") else {
        return false;
    };
    part.ends_with(".xml")
        && (matches!(part, "document.xml" | "styles.xml" | "numbering.xml")
            || part.starts_with("header")
            || part.starts_with("footer"))
}

/// `xml` with its property elements in schema order, or as it was if it cannot be read.
fn in_schema_order(xml: Vec<u8>) -> Vec<u8> {
    match std::str::from_utf8(&xml)
        .ok()
        .and_then(super::order::canonical)
    {
        Some(sorted) => sorted,
        None => xml,
    }
}

/// `document` with each header row (the only rows that cannot split) also marked to repeat
/// at the top of each page the table runs onto.
fn mark_header_rows(document: Vec<u8>) -> Vec<u8> {
    match String::from_utf8(document) {
        Ok(xml) => xml.replace(HEADER_ROW_MARK, HEADER_ROW).into_bytes(),
        Err(err) => err.into_bytes(),
    }
}
