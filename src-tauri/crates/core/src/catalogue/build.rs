//! Small constructors that keep the technique modules readable as data.

use crate::lesson::LessonPart;
use crate::technique::{DurationRange, Model, ModelPart, Step, Variant};

pub fn range(label: &str, min_minutes: u32, max_minutes: u32) -> DurationRange {
    DurationRange {
        label: label.to_string(),
        min_minutes,
        max_minutes,
    }
}

pub fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Paragraphs of a description, separated by a blank line.
pub fn paragraphs(items: &[&str]) -> String {
    items.join("\n\n")
}

pub fn step(
    key: &str,
    title: &str,
    questions: &[&str],
    prompts: &[&str],
    default_minutes: u32,
) -> Step {
    Step {
        key: key.to_string(),
        title: title.to_string(),
        questions: strings(questions),
        prompts: strings(prompts),
        default_minutes,
        optional: false,
        lesson_part: None,
        looks_back: false,
    }
}

/// A step the framework itself marks as optional.
pub fn optional_step(
    key: &str,
    title: &str,
    questions: &[&str],
    prompts: &[&str],
    default_minutes: u32,
) -> Step {
    Step {
        optional: true,
        ..step(key, title, questions, prompts, default_minutes)
    }
}

impl Step {
    /// The step draws on the lessons of earlier sessions.
    pub fn looks_back(self) -> Step {
        Step {
            looks_back: true,
            ..self
        }
    }

    /// The step's notes can be saved as lessons, filling `part`.
    pub fn yields(self, part: LessonPart) -> Step {
        Step {
            lesson_part: Some(part),
            ..self
        }
    }
}

/// A named model, its parts given as (name, description) pairs in order.
pub fn model(name: &str, parts: &[(&str, &str)]) -> Model {
    Model {
        name: name.to_string(),
        parts: parts
            .iter()
            .map(|(part, description)| ModelPart {
                name: part.to_string(),
                description: description.to_string(),
            })
            .collect(),
    }
}

/// Another way to run a technique: `step_minutes` has one entry per step, in step order.
pub fn variant(
    key: &str,
    name: &str,
    description: &str,
    duration: DurationRange,
    step_minutes: &[u32],
) -> Variant {
    Variant {
        key: key.to_string(),
        name: name.to_string(),
        description: description.to_string(),
        duration,
        step_minutes: step_minutes.to_vec(),
        minutes: step_minutes.iter().sum(),
    }
}
