//! What can go wrong making a document, in words a facilitator can read.

/// A document could not be made from a record.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Typst could not lay out or write the PDF; the text says why.
    #[error("The PDF could not be made: {0}")]
    Pdf(String),
    /// docx-rs or the zip re-packing failed; the text says why.
    #[error("The Word document could not be made: {0}")]
    Docx(String),
}
