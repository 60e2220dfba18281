//! From a session's stored parts (the session, its agenda as run, notes, actions, and a
//! technique's own record) to the [`Record`] both documents print. Formatting for print
//! happens here, once: "25 Nov 2026, 14:00", "1 hr 5 min", "+2 min".

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use mobilise_core::live::{Agenda, LiveState, TimingSummary};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::{
    Action, ActionStatus, Lesson, LessonHit, LiveEvent, Note, NoteKind, Session, SessionStatus,
    Technique,
};

mod printed;

// One file per technique with a record of its own, each implementing [`Printed`].
mod action_learning_sets;
mod after_action_review;
mod appreciative_inquiry;
mod before_action_review;
mod fishbowl;
mod knowledge_cafe;
mod peer_assist;
mod retrospect;

pub use printed::Series;
use printed::{Names, Printing};

use crate::record::{
    ActionLine, Block, Fact, LessonLine, PersonLine, QuestionRecord, Record, Section, StepRecord,
    TimingRow, Timings,
};

/// What the facilitator chose to include.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    /// Participants' names (off: only how many took part, and no names in seating plans).
    pub include_names: bool,
    /// The notes of steps the technique keeps confidential (off: left out).
    pub include_confidential: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            include_names: true,
            include_confidential: false,
        }
    }
}

/// Everything a record is made from, read from the store by the caller.
pub struct Sources<'a> {
    pub session: &'a Session,
    pub technique: &'a Technique,
    pub notes: &'a [Note],
    pub actions: &'a [Action],
    /// The live state, if the session was ever opened to run, and its timings (taken at
    /// the export's instant for a session still running).
    pub live: Option<(&'a LiveState, TimingSummary)>,
    /// The live session's own log: when its clock ran.
    pub live_log: &'a [LiveEvent],
    /// The lessons saved in the session, in the order they were saved.
    pub lessons: &'a [Lesson],
    /// Lessons from earlier work pinned to the session.
    pub pinned: &'a [LessonHit],
    /// The technique's own record, if it keeps one.
    pub record: Option<&'a TechniqueRecord>,
    /// The series of meetings the session is one of, if its record names one.
    pub series: Option<Series<'a>>,
    /// The day of the export, in the facilitator's time zone.
    pub today: NaiveDate,
    /// The export's instant, and how an instant reads in the facilitator's time zone.
    pub now: DateTime<Utc>,
    pub local_time: &'a dyn Fn(DateTime<Utc>) -> NaiveDateTime,
    pub options: ExportOptions,
}

/// The session's record, ready to print.
pub fn assemble(sources: &Sources<'_>) -> Record {
    let session = sources.session;
    let agenda = match &sources.live {
        Some((state, _)) => state.agenda.clone(),
        None => Agenda::from_technique(sources.technique, None),
    };
    let question = sources
        .record
        .and_then(|r| r.question())
        .map(str::to_owned)
        .filter(|q| !q.is_empty());
    let purpose = match question {
        Some(question) => Some(fact("Question", &question)),
        None => Some(fact("Purpose", &session.purpose)).filter(|f| !f.value.is_empty()),
    };
    let participants = sources.options.include_names.then(|| {
        session
            .participants
            .iter()
            .map(|p| PersonLine {
                name: p.name.clone(),
                organisation: p.organisation.clone(),
                role: p.role.clone(),
            })
            .collect()
    });
    let mut sections = Vec::new();
    if !sources.pinned.is_empty() {
        sections.push(pinned_section(sources.pinned));
    }
    if let Some(record) = sources.record {
        let printing = Printing {
            session,
            notes: sources.notes,
            actions: sources.actions,
            live: sources.live.as_ref().map(|(state, _)| *state),
            live_log: sources.live_log,
            series: sources.series.as_ref(),
            names: Names::new(session, sources.options.include_names),
            options: sources.options,
            now: sources.now,
            local_time: sources.local_time,
        };
        sections.extend(printed::section(record, &printing));
    }
    // Confidential steps keep their notes out unless included.
    let withheld: Vec<u32> = match sources.record {
        Some(record) if !sources.options.include_confidential => record.confidential_steps(),
        _ => Vec::new(),
    };
    let notes: Vec<Note> = sources
        .notes
        .iter()
        .filter(|n| n.step_id.is_none_or(|id| !withheld.contains(&id)))
        .cloned()
        .collect();
    Record {
        title: session.title.clone(),
        technique: sources.technique.name.clone(),
        facts: facts(session),
        purpose,
        participants,
        participant_count: session.participants.len(),
        steps: steps(&agenda, &notes),
        actions: sources.actions.iter().map(action_line).collect(),
        lessons: sources.lessons.iter().map(lesson_line).collect(),
        parking_lot: sources
            .notes
            .iter()
            .filter(|n| n.kind == NoteKind::Parking)
            .map(|n| n.text.clone())
            .collect(),
        timings: sources
            .live
            .as_ref()
            .and_then(|(state, summary)| (state.started_at.is_some()).then(|| timings(summary))),
        sections,
        exported_on: day(sources.today),
    }
}

fn fact(label: &str, value: &str) -> Fact {
    Fact {
        label: label.into(),
        value: value.into(),
    }
}

fn facts(session: &Session) -> Vec<Fact> {
    let status = match session.status {
        SessionStatus::Planned => "Planned",
        SessionStatus::Running => "Under way",
        SessionStatus::Finished => "Finished",
    };
    [
        ("Date", when(session.scheduled_at)),
        ("Facilitator", session.facilitator.clone()),
        ("Location", session.location.clone()),
        ("Status", status.to_string()),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(label, value)| fact(label, &value))
    .collect()
}

/// "25 Nov 2026": the house style for dates.
pub fn day(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// "25 Nov 2026, 14:00".
pub fn when(at: NaiveDateTime) -> String {
    at.format("%-d %b %Y, %H:%M").to_string()
}

fn steps(agenda: &Agenda, notes: &[Note]) -> Vec<StepRecord> {
    let texts = |step: Option<u32>, question: Option<u32>| -> Vec<String> {
        let mut found: Vec<&Note> = notes
            .iter()
            .filter(|n| n.kind == NoteKind::Note && n.step_id == step && n.question == question)
            .collect();
        found.sort_by_key(|n| n.position);
        found.into_iter().map(|n| n.text.clone()).collect()
    };
    let mut steps: Vec<StepRecord> = agenda
        .steps
        .iter()
        .map(|step| {
            let asked = step.questions.len();
            let questions = step
                .questions
                .iter()
                .enumerate()
                .map(|(i, text)| QuestionRecord {
                    text: text.clone(),
                    notes: texts(Some(step.id), u32::try_from(i).ok()),
                })
                .collect();
            // Notes under a question the step no longer has still belong to the step.
            let mut general = texts(Some(step.id), None);
            general.extend(
                notes
                    .iter()
                    .filter(|n| n.kind == NoteKind::Note && n.step_id == Some(step.id))
                    .filter(|n| n.question.is_some_and(|q| q as usize >= asked))
                    .map(|n| n.text.clone()),
            );
            StepRecord {
                title: step.title.clone(),
                prompts: step.prompts.clone(),
                questions,
                notes: general,
            }
        })
        .collect();
    let orphans: Vec<String> = notes
        .iter()
        .filter(|n| n.kind == NoteKind::Note)
        .filter(|n| n.step_id.is_none_or(|id| agenda.step(id).is_none()))
        .map(|n| n.text.clone())
        .collect();
    if !orphans.is_empty() {
        steps.push(StepRecord {
            title: "Other notes".into(),
            prompts: Vec::new(),
            questions: Vec::new(),
            notes: orphans,
        });
    }
    steps
}

fn action_line(action: &Action) -> ActionLine {
    ActionLine {
        what: action.what.clone(),
        owner: action.owner.clone(),
        due: action.due_on.map(day).unwrap_or_default(),
        status: match action.status {
            ActionStatus::Open => "Open",
            ActionStatus::Done => "Done",
            ActionStatus::Dropped => "Dropped",
        }
        .into(),
    }
}

/// Lessons brought in from earlier work: each with what to take from it and its source.
fn pinned_section(pinned: &[LessonHit]) -> Section {
    let items = pinned
        .iter()
        .map(|hit| {
            let lesson = &hit.lesson;
            let take = [&lesson.learning, &lesson.recommendation]
                .into_iter()
                .map(|part| part.trim())
                .filter(|part| !part.is_empty())
                .map(|part| {
                    // Two parts read as two sentences.
                    if part.ends_with(['.', '!', '?']) {
                        part.to_owned()
                    } else {
                        format!("{part}.")
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            let from = match &hit.session_title {
                Some(title) => format!("{title}, {}", day(lesson.learned_on)),
                None => day(lesson.learned_on),
            };
            if take.is_empty() {
                format!("{} ({from})", lesson.title)
            } else {
                format!("{}: {take} ({from})", lesson.title)
            }
        })
        .collect();
    Section {
        heading: "Lessons from earlier work".into(),
        blocks: vec![Block::Bullets { items }],
    }
}

fn lesson_line(lesson: &Lesson) -> LessonLine {
    LessonLine {
        title: lesson.title.clone(),
        what_happened: lesson.what_happened.clone(),
        why: lesson.cause.clone(),
        learning: lesson.learning.clone(),
        recommendation: lesson.recommendation.clone(),
        tags: lesson.tags.clone(),
    }
}

/// "10 min", "1 hr 5 min", "45 sec", as the console shows lengths.
pub fn length(secs: u64) -> String {
    if secs < 60 {
        return format!("{secs} sec");
    }
    let minutes = (secs + 30) / 60;
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} hr"),
        (h, m) => format!("{h} hr {m} min"),
    }
}

/// "+2 min", "–2 min" (an en dash: the bundled font has no minus sign, and both
/// documents must say the same), "on time" within half a minute (core's
/// [`mobilise_core::live::ON_TIME_SECS`]).
pub fn difference(planned: u64, actual: u64) -> String {
    worded(mobilise_core::live::off_plan_secs(planned, actual))
}

/// Seconds off plan (0 on time) in the record's words.
fn worded(off_plan: i64) -> String {
    if off_plan == 0 {
        return "on time".into();
    }
    let sign = if off_plan > 0 { "+" } else { "\u{2013}" };
    format!("{sign}{}", length(off_plan.unsigned_abs()))
}

fn timings(summary: &TimingSummary) -> Timings {
    let rows = summary
        .steps
        .iter()
        .map(|step| TimingRow {
            step: if step.on_agenda {
                step.title.clone()
            } else {
                format!("{} (removed)", step.title)
            },
            planned: length(u64::from(step.planned_secs)),
            actual: length(step.actual_secs),
            difference: worded(step.off_plan_secs),
        })
        .collect();
    Timings {
        rows,
        total: TimingRow {
            step: "Total".into(),
            planned: length(summary.total_planned_secs),
            actual: length(summary.total_actual_secs),
            difference: worded(summary.total_off_plan_secs),
        },
    }
}

/// The file name a Save dialog suggests: the day, the technique's name and the title
/// ("2026-11-25 {technique} - Ward 7 go-live.docx"), with characters Windows forbids in
/// file names replaced.
pub fn file_name(session: &Session, technique: &Technique, extension: &str) -> String {
    let title: String = session
        .title
        .chars()
        .map(|c| match c {
            '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let title: String = title
        .trim()
        .trim_end_matches('.')
        .chars()
        .take(120)
        .collect();
    let name = if title == technique.name || title.is_empty() {
        technique.name.clone()
    } else {
        format!("{} - {}", technique.name, title)
    };
    format!(
        "{} {name}.{extension}",
        session.scheduled_at.format("%Y-%m-%d")
    )
}
