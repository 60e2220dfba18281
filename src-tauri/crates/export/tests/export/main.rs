//! The export's tests in one binary: the record assembled from its sources, each
//! technique's part, and the Word and PDF files opened by independent readers.

mod assemble;
mod common;
mod conformance;
mod docx;
mod docx_content;
mod fishbowl;
mod pdf;
mod pdf_content;
mod technique_records;
