//! Session records rendered as Word (.docx) and PDF from one [`Record`]: the same content
//! in the same order, each renderer a pure function from the record to bytes.

mod assemble;
mod docx;
mod error;
mod pdf;
mod record;

pub use assemble::{
    assemble, day, difference, file_name, length, when, ExportOptions, Series, Sources,
};
pub use docx::to_docx;
pub use error::ExportError;
pub use pdf::to_pdf;
pub use record::{
    ActionLine, Block, Fact, LessonLine, PersonLine, QuestionRecord, Record, Section, StepRecord,
    TimingRow, Timings,
};
