//! A fishbowl's set-up: the stimulating question, open or closed, the talking chairs, who
//! facilitates, scribes and starts, the optional time limits, the length of each of the
//! framework's four steps, the preparation checklist, and the agenda they make. The
//! rules a set-up must keep are in `validate.rs`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::live::{Agenda, AgendaStep};
use crate::record::ChecklistItem;
use crate::technique::{Technique, TechniqueId};
use crate::text::clean_line;

/// The framework arranges "three or four chairs in the inner circle".
pub const MIN_INNER_CHAIRS: u32 = 3;
pub const MAX_INNER_CHAIRS: u32 = 4;
pub const MIN_TURN_LIMIT_SECS: u32 = 30;
pub const MAX_TURN_LIMIT_SECS: u32 = 30 * 60;
pub const MIN_PERSON_LIMIT_SECS: u32 = 60;
pub const MAX_PERSON_LIMIT_SECS: u32 = 2 * 60 * 60;
pub const MIN_ROTATION_SECS: u32 = 60;
pub const MAX_ROTATION_SECS: u32 = 60 * 60;
/// The longest any one of the four steps can be planned for.
pub const MAX_STEP_MINUTES: u32 = 240;
/// The debrief's question: the framework asks for "a short debrief about the
/// effectiveness of the technique".
pub const DEBRIEF_QUESTION: &str = "How effective was the fishbowl?";

/// A closed fishbowl's discussion, in the framework's words for the closed form.
const CLOSED_DISCUSSION_TITLE: &str = "The experts debate the question";
const CLOSED_DISCUSSION_PROMPTS: [&str; 2] = [
    "In a closed fishbowl a group of experts debate the question, observed by an outer circle of observers.",
    "Observers may also take notes.",
];

/// Open: anyone in the outer circle may take the spare chair, and someone else leaves.
/// Closed: a chosen group debates, watched by the outer circle; the facilitator rotates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum FishbowlMode {
    Open,
    Closed,
}

/// How the fishbowl will run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FishbowlSetup {
    /// The stimulating question the inner circle debates.
    pub question: String,
    pub mode: FishbowlMode,
    /// Talking chairs (3 or 4). An open fishbowl has one spare chair besides them.
    pub inner_chairs: u32,
    pub facilitator: Option<Uuid>,
    pub scribe: Option<Uuid>,
    /// The inner-circle participants briefed to start the discussion, in chair order.
    pub starters: Vec<Uuid>,
    /// A countdown for the speaker holding the fish; `null` for none.
    pub turn_limit_secs: Option<u32>,
    /// The most talk any one person should have in total; `null` for none.
    pub person_limit_secs: Option<u32>,
    /// Closed mode only: the length of a round after which the console prompts the
    /// facilitator to rotate people in. It only prompts: nobody is ever moved by the
    /// clock, every change of seats is a `Seat` or `Leave` the facilitator makes.
    pub rotation_secs: Option<u32>,
    /// Names on the audience display. Off by default: some people join a fishbowl more
    /// readily when their name is not up on the wall.
    pub names_on_display: bool,
    pub briefing_minutes: u32,
    pub discussion_minutes: u32,
    pub key_points_minutes: u32,
    pub debrief_minutes: u32,
    /// The framework's preparation list, in its order.
    pub checklist: Vec<ChecklistItem>,
}

impl FishbowlSetup {
    /// The framework's 1.5-hour open fishbowl with three talking chairs and a spare.
    pub fn standard(question: &str) -> FishbowlSetup {
        FishbowlSetup {
            question: clean_line(question),
            mode: FishbowlMode::Open,
            inner_chairs: MIN_INNER_CHAIRS,
            facilitator: None,
            scribe: None,
            starters: Vec::new(),
            turn_limit_secs: None,
            person_limit_secs: None,
            rotation_secs: None,
            names_on_display: false,
            briefing_minutes: 10,
            discussion_minutes: 55,
            key_points_minutes: 10,
            debrief_minutes: 15,
            checklist: framework_checklist(&[]),
        }
    }

    /// Every chair in the inner circle, the spare one included.
    pub fn chair_count(&self) -> u32 {
        match self.mode {
            FishbowlMode::Open => self.inner_chairs + 1,
            FishbowlMode::Closed => self.inner_chairs,
        }
    }

    /// The chair (counting from 0) set out as the spare in an open fishbowl: the last.
    /// Anyone may sit in any free chair; this only says where the room puts the spare.
    pub fn spare_chair(&self) -> Option<u32> {
        match self.mode {
            FishbowlMode::Open => Some(self.inner_chairs),
            FishbowlMode::Closed => None,
        }
    }

    pub fn total_minutes(&self) -> u32 {
        self.briefing_minutes
            + self.discussion_minutes
            + self.key_points_minutes
            + self.debrief_minutes
    }

    /// The step in which the scribe presents the key points back: the room's display
    /// lists them then.
    pub const KEY_POINTS_STEP: &'static str = "key-points";

    /// The fishbowl's agenda: the framework's four steps with their titles and guidance,
    /// planned from the set-up's minutes. The question is put in the briefing and the
    /// discussion; the debrief asks how well the technique worked.
    pub fn agenda(&self, technique: &Technique) -> Agenda {
        let question = vec![self.question.clone()];
        let parts = [
            (question.clone(), self.briefing_minutes),
            (question, self.discussion_minutes),
            (Vec::new(), self.key_points_minutes),
            (vec![DEBRIEF_QUESTION.to_string()], self.debrief_minutes),
        ];
        let steps = parts
            .into_iter()
            .enumerate()
            .map(|(index, (questions, minutes))| {
                let step = technique.steps.get(index);
                let (title, prompts) = match (self.mode, index) {
                    // The framework's step 2 is about joining through the spare chair,
                    // which a closed fishbowl does not have.
                    (FishbowlMode::Closed, 1) => (
                        CLOSED_DISCUSSION_TITLE.to_owned(),
                        CLOSED_DISCUSSION_PROMPTS.map(str::to_owned).to_vec(),
                    ),
                    _ => (
                        step.map(|s| s.title.clone()).unwrap_or_default(),
                        step.map(|s| s.prompts.clone()).unwrap_or_default(),
                    ),
                };
                AgendaStep {
                    id: u32::try_from(index + 1).unwrap_or(u32::MAX),
                    key: step.map(|s| s.key.clone()),
                    title,
                    questions,
                    prompts,
                    planned_secs: minutes.saturating_mul(60),
                    optional: false,
                }
            })
            .collect();
        Agenda { steps }
    }
}

/// The framework's preparation list, keeping the done date of any item of `previous`
/// with the same label.
pub(super) fn framework_checklist(previous: &[ChecklistItem]) -> Vec<ChecklistItem> {
    ChecklistItem::kept(
        crate::technique(TechniqueId::Fishbowl)
            .preparation
            .iter()
            .map(String::as_str),
        previous,
    )
}
