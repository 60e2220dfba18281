//! The shape of a technique in the library: what it is for, how long it takes, how to
//! prepare, its ordered steps with the framework's own questions, and its tips.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lesson::LessonPart;

pub use crate::technique_id::TechniqueId;

/// When in the life of a piece of work a technique helps people learn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Before,
    During,
    After,
}

/// How long a technique takes: the framework's own words, and the range in minutes that
/// the library's "I have N minutes" filter and the default agenda are checked against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DurationRange {
    /// As the framework prints it, e.g. "15 mins to 1/2 day".
    pub label: String,
    pub min_minutes: u32,
    pub max_minutes: u32,
}

impl DurationRange {
    pub fn contains(&self, minutes: u32) -> bool {
        (self.min_minutes..=self.max_minutes).contains(&minutes)
    }
}

/// One step of a technique, in the order it is run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Step {
    /// What the step is for, stable across versions and unique within its technique
    /// (e.g. `marks`, `bidding`, `key-points`): the rules that show or collect something
    /// at a step name it by this, never by its number.
    pub key: String,
    pub title: String,
    /// The framework's questions for this step, word for word, in order.
    pub questions: Vec<String>,
    /// Guidance for the facilitator (not a question put to the room).
    pub prompts: Vec<String>,
    /// The planned length of this step in the default agenda.
    pub default_minutes: u32,
    /// A step the framework marks as optional (e.g. a "gift" round).
    pub optional: bool,
    /// The step yields lessons: its notes can be saved as lessons, filling this part.
    pub lesson_part: Option<LessonPart>,
    /// The step draws on what earlier sessions learned: the lessons related to this one
    /// are offered while it is under way.
    pub looks_back: bool,
}

/// A named model the technique is built on, such as GROW (Goal, Reality, Options, Will).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Model {
    pub name: String,
    pub parts: Vec<ModelPart>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ModelPart {
    pub name: String,
    pub description: String,
}

/// Another way to run the same technique with its own length, such as a 30-minute form
/// or a one-day one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Variant {
    pub key: String,
    pub name: String,
    pub description: String,
    pub duration: DurationRange,
    /// Minutes for each step of the technique, in step order (same length as `steps`).
    pub step_minutes: Vec<u32>,
    /// The whole agenda in this form: the sum of `step_minutes`.
    pub minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Technique {
    pub id: TechniqueId,
    /// The technique keeps a record of its own besides notes and actions (a plan, marks,
    /// a board...), read and changed through the technique registry.
    pub keeps_record: bool,
    /// The technique ticks its preparation in its own record, with dates (in its set-up
    /// or its own checklist), so the console does not remind of it again.
    pub own_checklist: bool,
    /// The roster roles the technique's rules read (which side of the room someone is
    /// on, say), offered on the session's participant rows so the spelling is one click
    /// away.
    pub suggested_roles: Vec<String>,
    /// The technique's set-up makes its own agenda (its rounds, its timings), so the
    /// console does not offer the standard lengths.
    pub own_agenda: bool,
    /// What the session's actions are called on the console ("Actions and actionable
    /// insights" where the framework asks for insights too).
    pub actions_heading: String,
    pub name: String,
    /// One line, shown on the library card.
    pub purpose: String,
    /// The framework's fuller description, shown on the detail page.
    pub description: String,
    pub phases: Vec<Phase>,
    pub duration: DurationRange,
    pub preparation: Vec<String>,
    pub steps: Vec<Step>,
    pub models: Vec<Model>,
    pub variants: Vec<Variant>,
    pub tips: Vec<String>,
    /// The default agenda's length, its steps' minutes summed. The catalogue works this
    /// and `shortest_minutes` out from the steps and variants (see [`Technique::timed`]).
    pub agenda_minutes: u32,
    /// The fewest minutes any form of the technique (itself or a variant) can be run in:
    /// the library's "I have N minutes" keeps it when this fits.
    pub shortest_minutes: u32,
}

impl Technique {
    /// Whether any step yields lessons: the framework closes these with "capture the
    /// lessons learned", so finishing reviews the lessons captured.
    pub fn yields_lessons(&self) -> bool {
        self.steps.iter().any(|s| s.lesson_part.is_some())
    }

    /// Total length of the default agenda.
    pub fn default_minutes(&self) -> u32 {
        self.steps.iter().map(|s| s.default_minutes).sum()
    }

    /// Whether the technique can be run in a slot of `minutes`: its shortest form (the
    /// technique itself or one of its variants) fits.
    pub fn fits_in(&self, minutes: u32) -> bool {
        self.shortest_minutes <= minutes
    }

    /// The technique with its lengths worked out from its steps and variants.
    pub fn timed(mut self) -> Technique {
        self.agenda_minutes = self.default_minutes();
        self.shortest_minutes = self
            .variants
            .iter()
            .map(|v| v.duration.min_minutes)
            .fold(self.duration.min_minutes, u32::min);
        self
    }
}
