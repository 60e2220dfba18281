//! The agenda of a live session: its ordered steps with their planned lengths, built from
//! a technique (or one of its variants) and edited by the facilitator while it runs.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::LiveError;
use crate::technique::Technique;
use crate::text::{char_len, clean_line};

/// The shortest a step can be planned or retimed to.
pub const MIN_STEP_SECS: u32 = 30;
/// The longest a step can be planned or retimed to.
pub const MAX_STEP_SECS: u32 = 8 * 60 * 60;
/// The longest a step title can be, in characters.
pub const MAX_STEP_TITLE_CHARS: usize = 200;
/// The most steps an agenda holds.
pub const MAX_STEPS: usize = 100;

/// One step of the agenda, as it will be run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaStep {
    /// Stable within a session: kept when steps are moved, renamed or retimed, and never
    /// reused; a new step gets one more than the largest id on the agenda.
    pub id: u32,
    /// The catalogue step's key (`marks`, `bidding`, ...) when the step is one of the
    /// technique's own; `None` for a step the facilitator added. Agendas saved before
    /// steps had keys read as `None` until [`Agenda::fill_keys`] gives them theirs.
    #[serde(default)]
    pub key: Option<String>,
    pub title: String,
    /// The framework's questions for this step, in order.
    pub questions: Vec<String>,
    /// Guidance for the facilitator.
    pub prompts: Vec<String>,
    pub planned_secs: u32,
    pub optional: bool,
}

/// A step a technique plans to add, before the agenda gives it an id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlannedStep {
    /// What the step is for (e.g. `presentation` in a presenter's round).
    #[serde(default)]
    pub key: Option<String>,
    pub title: String,
    pub questions: Vec<String>,
    pub prompts: Vec<String>,
    pub planned_secs: u32,
    pub optional: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Agenda {
    pub steps: Vec<AgendaStep>,
}

impl Agenda {
    /// The technique's steps in order, ids 1, 2, 3, ... Each step is planned for its
    /// default minutes, or for the variant's minutes when `variant_key` names a variant of
    /// this technique (a step the variant gives no minutes for keeps its default).
    pub fn from_technique(technique: &Technique, variant_key: Option<&str>) -> Agenda {
        let variant = variant_key.and_then(|key| technique.variants.iter().find(|v| v.key == key));
        let steps = technique
            .steps
            .iter()
            .enumerate()
            .map(|(index, step)| {
                let minutes = variant
                    .and_then(|v| v.step_minutes.get(index).copied())
                    .unwrap_or(step.default_minutes);
                AgendaStep {
                    id: u32::try_from(index + 1).unwrap_or(u32::MAX),
                    key: Some(step.key.clone()),
                    title: step.title.clone(),
                    questions: step.questions.clone(),
                    prompts: step.prompts.clone(),
                    planned_secs: minutes.saturating_mul(60),
                    optional: step.optional,
                }
            })
            .collect();
        Agenda { steps }
    }

    /// Gives the steps of an agenda saved before steps had keys the keys of the
    /// technique's steps they are: a step keeps its catalogue id (its place in the
    /// framework, counting from 1), and still has that step's title or questions. A step
    /// added, or planned by a technique, has neither, so it stays without a key.
    pub fn fill_keys(&mut self, technique: &Technique) {
        for step in self.steps.iter_mut().filter(|s| s.key.is_none()) {
            let Some(own) = usize::try_from(step.id)
                .ok()
                .and_then(|id| id.checked_sub(1))
                .and_then(|index| technique.steps.get(index))
            else {
                continue;
            };
            if own.title == step.title || own.questions == step.questions {
                step.key = Some(own.key.clone());
            }
        }
    }

    /// The step with this key, if it is on the agenda.
    pub fn keyed(&self, key: &str) -> Option<&AgendaStep> {
        self.steps.iter().find(|s| s.key.as_deref() == Some(key))
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    pub fn total_planned_secs(&self) -> u64 {
        self.steps.iter().map(|s| u64::from(s.planned_secs)).sum()
    }

    /// Where the step with this id sits, if it is on the agenda.
    pub fn position(&self, id: u32) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    pub fn step(&self, id: u32) -> Option<&AgendaStep> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The id the next added step will get.
    pub fn next_id(&self) -> u32 {
        self.steps
            .iter()
            .map(|s| s.id)
            .max()
            .unwrap_or(0)
            .saturating_add(1)
    }

    /// Inserts a new step before position `at` (`at == len` appends) and returns its id.
    pub fn add_step(&mut self, at: usize, title: &str, minutes: u32) -> Result<u32, LiveError> {
        if at > self.steps.len() {
            return Err(LiveError::IndexOutOfRange {
                index: at,
                len: self.steps.len(),
            });
        }
        if self.steps.len() >= MAX_STEPS {
            return Err(LiveError::TooManySteps { max: MAX_STEPS });
        }
        let title = checked_title(title)?;
        let planned_secs = checked_secs(u64::from(minutes) * 60)?;
        let id = self.next_id();
        self.steps.insert(
            at,
            AgendaStep {
                id,
                key: None,
                title,
                questions: Vec::new(),
                prompts: Vec::new(),
                planned_secs,
                optional: false,
            },
        );
        Ok(id)
    }

    /// Keeps the steps up to and including position `keep_through` and replaces the rest
    /// with `steps`, which get fresh ids in order; returns those ids. A technique plans
    /// the rounds that follow one of its steps this way.
    pub fn set_upcoming(
        &mut self,
        keep_through: usize,
        steps: &[PlannedStep],
    ) -> Result<Vec<u32>, LiveError> {
        if keep_through >= self.steps.len() {
            return Err(LiveError::IndexOutOfRange {
                index: keep_through,
                len: self.steps.len(),
            });
        }
        if keep_through + 1 + steps.len() > MAX_STEPS {
            return Err(LiveError::TooManySteps { max: MAX_STEPS });
        }
        let mut next_id = self.next_id();
        let mut added = Vec::with_capacity(steps.len());
        for step in steps {
            let title = checked_title(&step.title)?;
            let planned_secs = checked_secs(u64::from(step.planned_secs))?;
            added.push(AgendaStep {
                id: next_id,
                key: step.key.clone(),
                title,
                questions: step.questions.clone(),
                prompts: step.prompts.clone(),
                planned_secs,
                optional: step.optional,
            });
            next_id = next_id.saturating_add(1);
        }
        let ids = added.iter().map(|s| s.id).collect();
        self.steps.truncate(keep_through + 1);
        self.steps.extend(added);
        Ok(ids)
    }

    /// Removes a step and returns it. The last remaining step cannot be removed.
    pub fn remove_step(&mut self, id: u32) -> Result<AgendaStep, LiveError> {
        let index = self.index_of(id)?;
        if self.steps.len() == 1 {
            return Err(LiveError::RemoveOnlyStep);
        }
        Ok(self.steps.remove(index))
    }

    /// Moves the step at position `from` so that it ends up at position `to`.
    pub fn move_step(&mut self, from: usize, to: usize) -> Result<(), LiveError> {
        let len = self.steps.len();
        for index in [from, to] {
            if index >= len {
                return Err(LiveError::IndexOutOfRange { index, len });
            }
        }
        let step = self.steps.remove(from);
        self.steps.insert(to, step);
        Ok(())
    }

    /// Sets a step's planned length, between [`MIN_STEP_SECS`] and [`MAX_STEP_SECS`].
    pub fn retime_step(&mut self, id: u32, secs: u32) -> Result<(), LiveError> {
        let index = self.index_of(id)?;
        let secs = checked_secs(u64::from(secs))?;
        self.steps[index].planned_secs = secs;
        Ok(())
    }

    pub fn rename_step(&mut self, id: u32, title: &str) -> Result<(), LiveError> {
        let index = self.index_of(id)?;
        self.steps[index].title = checked_title(title)?;
        Ok(())
    }

    /// Checks an agenda made elsewhere (see `SetAgenda`) against the rules that step
    /// edits keep: at most [`MAX_STEPS`] steps with distinct ids, each titled and timed
    /// within limits.
    pub fn checked(&self) -> Result<(), LiveError> {
        if self.steps.len() > MAX_STEPS {
            return Err(LiveError::TooManySteps { max: MAX_STEPS });
        }
        for (index, step) in self.steps.iter().enumerate() {
            if self.steps[..index].iter().any(|s| s.id == step.id) {
                return Err(LiveError::DuplicateStepId { id: step.id });
            }
            checked_title(&step.title)?;
            checked_secs(u64::from(step.planned_secs))?;
        }
        Ok(())
    }

    fn index_of(&self, id: u32) -> Result<usize, LiveError> {
        self.position(id).ok_or(LiveError::StepNotFound { id })
    }
}

/// Where a step at position `index` ends up after `move_step(from, to)`.
pub(crate) fn moved_index(index: usize, from: usize, to: usize) -> usize {
    if index == from {
        to
    } else if from < index && index <= to {
        index - 1
    } else if to <= index && index < from {
        index + 1
    } else {
        index
    }
}

fn checked_title(raw: &str) -> Result<String, LiveError> {
    let title = clean_line(raw);
    if title.is_empty() {
        return Err(LiveError::EmptyTitle);
    }
    if char_len(&title) > MAX_STEP_TITLE_CHARS {
        return Err(LiveError::TitleTooLong {
            max: MAX_STEP_TITLE_CHARS,
        });
    }
    Ok(title)
}

fn checked_secs(secs: u64) -> Result<u32, LiveError> {
    if secs < u64::from(MIN_STEP_SECS) {
        return Err(LiveError::StepTooShort {
            min_secs: MIN_STEP_SECS,
        });
    }
    u32::try_from(secs)
        .ok()
        .filter(|s| *s <= MAX_STEP_SECS)
        .ok_or(LiveError::StepTooLong {
            max_secs: MAX_STEP_SECS,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn three() -> Agenda {
        let mut agenda = Agenda::default();
        for (at, title) in ["Open", "Discuss", "Close"].into_iter().enumerate() {
            agenda
                .add_step(at, title, 10)
                .expect("a valid step is added");
        }
        agenda
    }

    fn ids(agenda: &Agenda) -> Vec<u32> {
        agenda.steps.iter().map(|s| s.id).collect()
    }

    #[test]
    fn new_steps_get_the_next_id_and_ids_are_never_reused() {
        let mut agenda = three();
        assert_eq!(ids(&agenda), [1, 2, 3]);
        agenda
            .remove_step(3)
            .expect("a step that is there can be removed");
        let id = agenda.add_step(0, "Welcome", 5).expect("valid step");
        assert_eq!(id, 3, "ids continue from the largest on the agenda");
        assert_eq!(
            ids(&agenda),
            [3, 1, 2],
            "the new step goes where it was asked"
        );
        assert_eq!(agenda.steps[0].planned_secs, 300, "minutes become seconds");
    }

    #[test]
    fn moving_a_step_keeps_the_others_in_order() {
        let mut agenda = three();
        agenda.move_step(0, 2).expect("both positions exist");
        assert_eq!(ids(&agenda), [2, 3, 1]);
        agenda.move_step(2, 0).expect("both positions exist");
        assert_eq!(ids(&agenda), [1, 2, 3], "moving back restores the order");
        let err = agenda
            .move_step(0, 3)
            .expect_err("position 3 is past the end");
        assert_eq!(err, LiveError::IndexOutOfRange { index: 3, len: 3 });
        for from in 0..3 {
            for to in 0..3 {
                let mut moved = three();
                moved.move_step(from, to).expect("in range");
                for index in 0..3 {
                    let reason = "moved_index follows a step through a move";
                    let id = three().steps[index].id;
                    let now_at = moved.position(id).expect("still there");
                    assert_eq!(moved_index(index, from, to), now_at, "{reason}");
                }
            }
        }
    }
}
