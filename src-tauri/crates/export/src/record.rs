//! The one record model both documents are rendered from: plain text, already formatted
//! for print (dates as "25 Nov 2026", times 24-hour), in reading order. A technique's own
//! parts (a seating plan, marks, a board) are generic sections of
//! paragraphs, lists and tables, so the renderers never need to know the techniques.

use serde::Serialize;

/// A session's record, ready to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    /// The session's title: the document's title and page header.
    pub title: String,
    /// The technique's name, as the library gives it.
    pub technique: String,
    /// The title block's facts in order, e.g. ("Date", "25 Nov 2026, 14:00"),
    /// ("Facilitator", "Priya Shah"). Empty values are left out by the assembler.
    pub facts: Vec<Fact>,
    /// "Purpose" or "Question", with the text (may be several paragraphs); `None` if empty.
    pub purpose: Option<Fact>,
    /// Who took part; `None` when names are left out (then `participant_count` says how many).
    pub participants: Option<Vec<PersonLine>>,
    pub participant_count: usize,
    /// The agenda's steps in order, each with its questions and the notes under them.
    pub steps: Vec<StepRecord>,
    pub actions: Vec<ActionLine>,
    pub lessons: Vec<LessonLine>,
    pub parking_lot: Vec<String>,
    /// Planned against actual, step by step, with a total row; `None` if never run.
    pub timings: Option<Timings>,
    /// The technique's own parts, after the steps.
    pub sections: Vec<Section>,
    /// "Exported on 25 Nov 2026", for the footer.
    pub exported_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonLine {
    pub name: String,
    /// Team or organisation; empty when not given.
    pub organisation: String,
    /// Their part in the session; empty when not given.
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepRecord {
    pub title: String,
    /// Guidance from the framework for this step (may be empty).
    pub prompts: Vec<String>,
    pub questions: Vec<QuestionRecord>,
    /// Notes on the step as a whole, not under one question.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionRecord {
    pub text: String,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionLine {
    pub what: String,
    pub owner: String,
    /// "25 Nov 2026", or empty.
    pub due: String,
    /// "Open", "Done" or "Dropped".
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonLine {
    /// The lesson in a line; printed after "Lesson N".
    pub title: String,
    pub what_happened: String,
    pub why: String,
    pub learning: String,
    pub recommendation: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timings {
    pub rows: Vec<TimingRow>,
    pub total: TimingRow,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimingRow {
    pub step: String,
    /// "15 min", "1 h 5 min", "45 s".
    pub planned: String,
    pub actual: String,
    /// "+3 min", "−2 min" (a true minus sign), "on time".
    pub difference: String,
}

/// A technique's own part of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Subheading {
        text: String,
    },
    Paragraph {
        text: String,
    },
    Bullets {
        items: Vec<String>,
    },
    /// A table whose header row repeats on each page (in the PDF).
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}
