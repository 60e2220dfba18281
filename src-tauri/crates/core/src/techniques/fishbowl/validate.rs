//! The rules a fishbowl's set-up keeps before it is stored: the question, the chairs,
//! the people named in it (all participants, each in one role), the time limits and the
//! length of each step.

use uuid::Uuid;

use super::setup::{
    framework_checklist, FishbowlMode, FishbowlSetup, MAX_INNER_CHAIRS, MAX_PERSON_LIMIT_SECS,
    MAX_ROTATION_SECS, MAX_STEP_MINUTES, MAX_TURN_LIMIT_SECS, MIN_INNER_CHAIRS,
    MIN_PERSON_LIMIT_SECS, MIN_ROTATION_SECS, MIN_TURN_LIMIT_SECS,
};
use crate::person::Participant;
use crate::text::{char_len, clean_line};
use crate::validation::{ValidationError, MAX_LINE_CHARS};

impl FishbowlSetup {
    /// The set-up as it will be stored: the question cleaned, every limit checked, and
    /// the people named checked against the session's participants. The checklist's
    /// labels are always the framework's (a done date is kept by label), so an edited or
    /// stale list cannot creep in.
    pub fn validated(self, participants: &[Participant]) -> Result<FishbowlSetup, ValidationError> {
        let question = clean_line(&self.question);
        if question.is_empty() {
            return Err(ValidationError::new(
                "question",
                "Write the stimulating question the inner circle will debate.",
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
        if !(MIN_INNER_CHAIRS..=MAX_INNER_CHAIRS).contains(&self.inner_chairs) {
            return Err(ValidationError::new(
                "innerChairs",
                format!(
                    "The inner circle has {MIN_INNER_CHAIRS} or {MAX_INNER_CHAIRS} talking chairs."
                ),
            ));
        }
        let listed = |id: &Uuid| participants.iter().any(|p| p.person_id == *id);
        if self.facilitator.is_some_and(|id| !listed(&id)) {
            return Err(ValidationError::new(
                "facilitator",
                "Choose the facilitator from the session's participants.",
            ));
        }
        if self.scribe.is_some_and(|id| !listed(&id)) {
            return Err(ValidationError::new(
                "scribe",
                "Choose the scribe from the session's participants.",
            ));
        }
        if self.scribe.is_some() && self.scribe == self.facilitator {
            return Err(ValidationError::new(
                "scribe",
                "The facilitator cannot also be the scribe: appoint someone else to capture the key points.",
            ));
        }
        self.check_starters(&listed)?;
        self.check_limits()?;
        let checklist = framework_checklist(&self.checklist);
        Ok(FishbowlSetup {
            question,
            checklist,
            ..self
        })
    }

    fn check_starters(&self, listed: &dyn Fn(&Uuid) -> bool) -> Result<(), ValidationError> {
        if self.starters.len() > self.inner_chairs as usize {
            return Err(ValidationError::new(
                "starters",
                format!(
                    "Choose at most {} people to start: one for each talking chair.",
                    self.inner_chairs
                ),
            ));
        }
        for (index, starter) in self.starters.iter().enumerate() {
            let field = format!("starters.{index}");
            if !listed(starter) {
                return Err(ValidationError::new(
                    field,
                    "Choose the people who start from the session's participants.",
                ));
            }
            if self.starters[..index].contains(starter) {
                return Err(ValidationError::new(
                    field,
                    "This person is already starting.",
                ));
            }
            if Some(*starter) == self.facilitator || Some(*starter) == self.scribe {
                return Err(ValidationError::new(
                    field,
                    "The facilitator and the scribe stay outside the inner circle: choose someone else to start.",
                ));
            }
        }
        Ok(())
    }

    fn check_limits(&self) -> Result<(), ValidationError> {
        let within =
            |value: Option<u32>, min: u32, max: u32| value.is_none_or(|v| (min..=max).contains(&v));
        if !within(
            self.turn_limit_secs,
            MIN_TURN_LIMIT_SECS,
            MAX_TURN_LIMIT_SECS,
        ) {
            return Err(ValidationError::new(
                "turnLimitSecs",
                format!(
                    "A turn can be limited to between {MIN_TURN_LIMIT_SECS} seconds and {} minutes.",
                    MAX_TURN_LIMIT_SECS / 60
                ),
            ));
        }
        if !within(
            self.person_limit_secs,
            MIN_PERSON_LIMIT_SECS,
            MAX_PERSON_LIMIT_SECS,
        ) {
            return Err(ValidationError::new(
                "personLimitSecs",
                format!(
                    "Each person's time can be limited to between 1 minute and {} hours.",
                    MAX_PERSON_LIMIT_SECS / 3600
                ),
            ));
        }
        if let (Some(turn), Some(person)) = (self.turn_limit_secs, self.person_limit_secs) {
            if person < turn {
                return Err(ValidationError::new(
                    "personLimitSecs",
                    "Each person's total time cannot be shorter than one turn.",
                ));
            }
        }
        if self.rotation_secs.is_some() && self.mode == FishbowlMode::Open {
            return Err(ValidationError::new(
                "rotationSecs",
                "Timed rounds are for a closed fishbowl: in an open one, people join when they choose.",
            ));
        }
        if !within(self.rotation_secs, MIN_ROTATION_SECS, MAX_ROTATION_SECS) {
            return Err(ValidationError::new(
                "rotationSecs",
                format!(
                    "A round before rotating can last between 1 and {} minutes.",
                    MAX_ROTATION_SECS / 60
                ),
            ));
        }
        for (field, what, minutes) in [
            (
                "briefingMinutes",
                "Explaining the fishbowl",
                self.briefing_minutes,
            ),
            (
                "discussionMinutes",
                "The discussion",
                self.discussion_minutes,
            ),
            (
                "keyPointsMinutes",
                "Presenting the key points",
                self.key_points_minutes,
            ),
            ("debriefMinutes", "The debrief", self.debrief_minutes),
        ] {
            if !(1..=MAX_STEP_MINUTES).contains(&minutes) {
                return Err(ValidationError::new(
                    field,
                    format!("{what} must last between 1 and {MAX_STEP_MINUTES} minutes."),
                ));
            }
        }
        Ok(())
    }
}
