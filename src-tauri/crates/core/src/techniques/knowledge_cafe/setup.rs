//! A Knowledge Café's set-up: the one open question, the tables, the rounds and the
//! lengths of each part, with the standard and Espresso presets, and the agenda they make.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::live::{Agenda, AgendaStep};
use crate::technique::Technique;
use crate::text::{char_len, clean_line};
use crate::validation::{ValidationError, MAX_LINE_CHARS};

/// The framework limits an invited speaker to 15 minutes.
pub const MAX_SPEAKER_MINUTES: u32 = 15;
pub const MAX_ROUNDS: u32 = 12;
pub const MAX_TABLES: u32 = 60;
pub const MIN_TABLE_SIZE: u32 = 2;
pub const MAX_TABLE_SIZE: u32 = 12;
/// The longest any one part of the café can be planned for.
pub const MAX_PART_MINUTES: u32 = 180;
/// The longest the audience display shows the table plan at the start of a round.
pub const MAX_SETTLE_SECS: u32 = 300;

/// How the café will run. Tables are named (by default "Table 1", "Table 2", ...); the
/// number of names is the number of tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CafeSetup {
    /// The single open-ended question every table talks about.
    pub question: String,
    pub tables: Vec<String>,
    /// People per table the planner aims for, and the most a table may seat.
    pub table_size: u32,
    pub table_max: u32,
    pub rounds: u32,
    pub round_minutes: u32,
    pub intro_minutes: u32,
    /// An invited speaker introducing the theme; `null` for none.
    pub speaker_minutes: Option<u32>,
    pub plenary_minutes: u32,
    pub capture_minutes: u32,
    /// How long the audience display shows the table plan when a round starts, so people
    /// can find their table before the question comes back.
    pub settle_secs: u32,
    /// Notes per table. Off by default: capture must not inhibit the conversation.
    pub table_notes: bool,
    /// Made from the Espresso preset (a 30-minute café).
    pub espresso: bool,
}

impl CafeSetup {
    /// The framework's café: 15-minute rounds, three of them, then the plenary.
    pub fn standard(question: &str, tables: u32) -> CafeSetup {
        CafeSetup {
            question: clean_line(question),
            tables: table_names(tables),
            table_size: 4,
            table_max: 5,
            rounds: 3,
            round_minutes: 15,
            intro_minutes: 10,
            speaker_minutes: None,
            plenary_minutes: 25,
            capture_minutes: 5,
            settle_secs: 60,
            table_notes: false,
            espresso: false,
        }
    }

    /// The 30-minute Espresso Café: a short welcome, three 6-minute rounds, a 7-minute
    /// plenary and 2 minutes to agree what is shared.
    pub fn espresso(question: &str, tables: u32) -> CafeSetup {
        CafeSetup {
            round_minutes: 6,
            intro_minutes: 3,
            plenary_minutes: 7,
            capture_minutes: 2,
            settle_secs: 30,
            espresso: true,
            ..CafeSetup::standard(question, tables)
        }
    }

    pub fn total_minutes(&self) -> u32 {
        self.intro_minutes
            + self.speaker_minutes.unwrap_or(0)
            + self.rounds * self.round_minutes
            + self.plenary_minutes
            + self.capture_minutes
    }

    /// The set-up as it will be stored: text cleaned and every limit checked.
    pub fn validated(&self) -> Result<CafeSetup, ValidationError> {
        let question = clean_line(&self.question);
        if question.is_empty() {
            return Err(ValidationError::new(
                "question",
                "Write the open question the tables will talk about.",
            ));
        }
        if char_len(&question) > MAX_LINE_CHARS {
            return Err(ValidationError::new(
                "question",
                format!(
                    "Keep the question under {MAX_LINE_CHARS} characters, so the room can read it."
                ),
            ));
        }
        if self.tables.is_empty() || self.tables.len() > MAX_TABLES as usize {
            return Err(ValidationError::new(
                "tables",
                format!("A café needs between 1 and {MAX_TABLES} tables."),
            ));
        }
        let mut tables = Vec::with_capacity(self.tables.len());
        for (index, name) in self.tables.iter().enumerate() {
            let name = clean_line(name);
            let name = if name.is_empty() {
                format!("Table {}", index + 1)
            } else {
                name
            };
            if char_len(&name) > MAX_LINE_CHARS {
                return Err(ValidationError::new(
                    format!("tables.{index}"),
                    "This table's name is too long.",
                ));
            }
            if tables.contains(&name) {
                return Err(ValidationError::new(
                    format!("tables.{index}"),
                    format!("Two tables are called {name}: give each its own name."),
                ));
            }
            tables.push(name);
        }
        if !(MIN_TABLE_SIZE..=MAX_TABLE_SIZE).contains(&self.table_size) {
            return Err(ValidationError::new(
                "tableSize",
                format!("Aim for between {MIN_TABLE_SIZE} and {MAX_TABLE_SIZE} people a table."),
            ));
        }
        if self.table_max < self.table_size || self.table_max > MAX_TABLE_SIZE {
            return Err(ValidationError::new(
                "tableMax",
                format!(
                    "The most a table seats must be at least {} and at most {MAX_TABLE_SIZE}.",
                    self.table_size
                ),
            ));
        }
        if !(1..=MAX_ROUNDS).contains(&self.rounds) {
            return Err(ValidationError::new(
                "rounds",
                format!("A café has between 1 and {MAX_ROUNDS} rounds."),
            ));
        }
        for (field, what, minutes) in [
            ("roundMinutes", "Each round", self.round_minutes),
            ("introMinutes", "The welcome", self.intro_minutes),
            ("plenaryMinutes", "The plenary", self.plenary_minutes),
            ("captureMinutes", "Capturing ideas", self.capture_minutes),
        ] {
            if !(1..=MAX_PART_MINUTES).contains(&minutes) {
                return Err(ValidationError::new(
                    field,
                    format!("{what} must last between 1 and {MAX_PART_MINUTES} minutes."),
                ));
            }
        }
        if let Some(minutes) = self.speaker_minutes {
            if !(1..=MAX_SPEAKER_MINUTES).contains(&minutes) {
                return Err(ValidationError::new(
                    "speakerMinutes",
                    format!(
                        "Keep the invited speaker to {MAX_SPEAKER_MINUTES} minutes at most, to leave time for the conversation."
                    ),
                ));
            }
        }
        if self.settle_secs > MAX_SETTLE_SECS {
            return Err(ValidationError::new(
                "settleSecs",
                format!(
                    "Show the table plan for at most {} minutes at the start of a round.",
                    MAX_SETTLE_SECS / 60
                ),
            ));
        }
        Ok(CafeSetup {
            question,
            tables,
            ..self.clone()
        })
    }

    /// The café's agenda, built on the framework's steps for Knowledge Café: the welcome,
    /// the speaker if invited, one step per round, the plenary and the capture of ideas.
    /// Returns the agenda and the step ids of the rounds, in order.
    pub fn agenda(&self, technique: &Technique) -> (Agenda, Vec<u32>) {
        let prompts = |index: usize| -> Vec<String> {
            technique
                .steps
                .get(index)
                .map(|s| s.prompts.clone())
                .unwrap_or_default()
        };
        let question = vec![self.question.clone()];
        let mut steps = Vec::new();
        let mut push =
            |key: &str, title: String, questions: Vec<String>, prompts: Vec<String>, minutes| {
                let id = u32::try_from(steps.len() + 1).unwrap_or(u32::MAX);
                steps.push(AgendaStep {
                    id,
                    key: Some(key.to_owned()),
                    title,
                    questions,
                    prompts,
                    planned_secs: minutes * 60,
                    optional: false,
                });
                id
            };
        push(
            "welcome",
            "Welcome, how the café runs, and the question".into(),
            question.clone(),
            prompts(0),
            self.intro_minutes,
        );
        if let Some(minutes) = self.speaker_minutes {
            push(
                "speaker",
                "Invited speaker introduces the theme".into(),
                Vec::new(),
                technique.tips.first().cloned().into_iter().collect(),
                minutes,
            );
        }
        let rounds = (1..=self.rounds)
            .map(|round| {
                let guidance = if round == 1 { prompts(1) } else { prompts(2) };
                push(
                    "conversation",
                    format!("Round {round} of {}", self.rounds),
                    question.clone(),
                    guidance,
                    self.round_minutes,
                )
            })
            .collect();
        push(
            "plenary",
            "Come back together: ideas and learning".into(),
            question.clone(),
            prompts(3),
            self.plenary_minutes,
        );
        push(
            "capture",
            "Capture and share ideas".into(),
            Vec::new(),
            prompts(4),
            self.capture_minutes,
        );
        (Agenda { steps }, rounds)
    }
}

pub fn table_names(count: u32) -> Vec<String> {
    (1..=count.max(1)).map(|n| format!("Table {n}")).collect()
}
