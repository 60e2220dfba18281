//! A technique's own part of the record: the [`Printed`] contract each technique with a
//! record implements in its own file beside this one, what it is given to print with,
//! and the dispatch generated from the core's one list of techniques, so a technique
//! without its printed part fails to compile.

use chrono::{DateTime, NaiveDateTime, Utc};
use mobilise_core::live::LiveState;
use mobilise_core::techniques::{Context, Technique, TechniqueRecord, TimeUp};
use mobilise_core::{Action, LiveEvent, Note, Session};
use uuid::Uuid;

use super::ExportOptions;
use crate::record::{Block, Section};

/// How a technique's record is printed.
pub trait Printed: Technique {
    /// The heading of the technique's section, e.g. "The plan".
    const HEADING: &'static str;

    /// The heading for this record, when it depends on the record.
    fn heading(_record: &Self::Record) -> &'static str {
        Self::HEADING
    }

    /// The section's paragraphs, lists and tables; none leaves the section out.
    fn blocks(record: &Self::Record, printing: &Printing<'_>) -> Vec<Block>;
}

/// The series of meetings a session is one of, as the caller read it.
pub struct Series<'a> {
    pub name: &'a str,
    /// The open actions of the series' earlier meetings, reported in on.
    pub carried: &'a [Action],
}

/// What a technique's section is printed with besides its record.
pub struct Printing<'a> {
    pub session: &'a Session,
    pub notes: &'a [Note],
    pub actions: &'a [Action],
    pub live: Option<&'a LiveState>,
    pub live_log: &'a [LiveEvent],
    pub series: Option<&'a Series<'a>>,
    pub names: Names<'a>,
    pub options: ExportOptions,
    /// The export's instant, for what is worked out as of now (talk time so far).
    pub now: DateTime<Utc>,
    /// An instant in the facilitator's time zone: the domain never reads the zone.
    pub local_time: &'a dyn Fn(DateTime<Utc>) -> NaiveDateTime,
}

impl Printing<'_> {
    /// What the technique's rules see, for a reading of the record as of the export.
    pub fn context(&self) -> Context<'_> {
        Context {
            session: self.session,
            notes: self.notes,
            actions: self.actions,
            live: self.live,
            live_log: self.live_log,
            now: self.now,
            seed: 0,
            time_up: TimeUp::never(),
        }
    }
}

/// Names as the record prints them: the roster's, or "Participant N" with names left out.
pub struct Names<'a> {
    session: &'a Session,
    pub include: bool,
}

impl<'a> Names<'a> {
    pub fn new(session: &'a Session, include: bool) -> Names<'a> {
        Names { session, include }
    }

    pub fn of(&self, id: Uuid) -> String {
        let position = self
            .session
            .participants
            .iter()
            .position(|p| p.person_id == id);
        match (self.include, position) {
            (true, Some(i)) => self.session.participants[i].name.clone(),
            (false, Some(i)) => format!("Participant {}", i + 1),
            _ => "Someone no longer listed".into(),
        }
    }
}

macro_rules! printing {
    ($($variant:ident : $module:ident => $unit:ty),+ $(,)?) => {
        /// The record's own section, if it has anything to print.
        pub(super) fn section(record: &TechniqueRecord, printing: &Printing<'_>) -> Option<Section> {
            let (heading, blocks) = match record {
                $(TechniqueRecord::$variant(record) => (
                    <$unit as Printed>::heading(record),
                    <$unit as Printed>::blocks(record, printing),
                ),)+
            };
            (!blocks.is_empty()).then(|| Section {
                heading: heading.into(),
                blocks,
            })
        }
    };
}

mobilise_core::each_technique!(printing);

pub(super) fn sub(text: &str) -> Block {
    Block::Subheading { text: text.into() }
}

pub(super) fn para(text: impl Into<String>) -> Block {
    Block::Paragraph { text: text.into() }
}

pub(super) fn table(header: &[&str], rows: Vec<Vec<String>>) -> Block {
    Block::Table {
        header: header.iter().map(|h| (*h).to_string()).collect(),
        rows,
    }
}
