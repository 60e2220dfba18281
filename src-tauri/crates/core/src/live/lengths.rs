//! How long a session of a technique can run: its standard agenda and each of its
//! variants (a one-day form, say), which of them the agenda is now planned for, and the
//! command that puts one of them on the agenda before the start.

use serde::Serialize;
use ts_rs::TS;

use super::agenda::Agenda;
use super::command::LiveCommand;
use super::error::LiveError;
use crate::technique::Technique;

/// One length the console offers before the start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AgendaLength {
    /// `None` for the standard agenda, or the variant's key.
    pub variant: Option<String>,
    /// "Standard", or the variant's name.
    pub name: String,
    /// The length in words when the framework gives one ("One day"); else the console
    /// says the minutes.
    pub duration: Option<String>,
    /// Every step's minutes added up, optional steps too.
    pub minutes: u32,
    /// Whether the agenda's steps are planned for exactly this length (false for every
    /// length once the agenda has been changed by hand).
    pub current: bool,
}

/// The lengths a session of `technique` can be given, standard first; none for a
/// technique with no variants, whose only length is its own, or one whose set-up makes
/// its own agenda (and offers its lengths there).
pub fn lengths(technique: &Technique, agenda: &Agenda) -> Vec<AgendaLength> {
    if technique.variants.is_empty() || technique.own_agenda {
        return Vec::new();
    }
    let standard = Agenda::from_technique(technique, None);
    let mut all = vec![length(None, "Standard".into(), None, &standard, agenda)];
    for variant in &technique.variants {
        let planned = Agenda::from_technique(technique, Some(&variant.key));
        all.push(length(
            Some(variant.key.clone()),
            variant.name.clone(),
            Some(variant.duration.label.clone()),
            &planned,
            agenda,
        ));
    }
    all
}

fn length(
    variant: Option<String>,
    name: String,
    duration: Option<String>,
    planned: &Agenda,
    agenda: &Agenda,
) -> AgendaLength {
    let secs: u32 = planned.steps.iter().map(|s| s.planned_secs).sum();
    let current = planned.steps.len() == agenda.steps.len()
        && planned
            .steps
            .iter()
            .zip(&agenda.steps)
            .all(|(p, a)| p.planned_secs == a.planned_secs);
    AgendaLength {
        variant,
        name,
        duration,
        minutes: secs / 60,
        current,
    }
}

impl LiveCommand {
    /// The command as the engine applies it: a chosen length becomes the technique's
    /// agenda timed for it. Other commands are already what they say.
    pub fn resolved(self, technique: &Technique) -> Result<LiveCommand, LiveError> {
        match self {
            LiveCommand::UseLength { variant } => {
                if let Some(key) = &variant {
                    if !technique.variants.iter().any(|v| &v.key == key) {
                        return Err(LiveError::UnknownLength);
                    }
                }
                Ok(LiveCommand::SetAgenda {
                    agenda: Agenda::from_technique(technique, variant.as_deref()),
                })
            }
            other => Ok(other),
        }
    }
}
