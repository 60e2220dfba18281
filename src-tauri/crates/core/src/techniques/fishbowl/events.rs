//! The fishbowl's log: every change the facilitator or the scribe makes, stamped with its
//! instant, and the errors that refuse one. The state is a fold over this log, so it
//! survives a crash and can always be worked out again.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;
use uuid::Uuid;

use super::setup::FishbowlSetup;
use crate::person::Participant;

/// The longest key point the scribe can capture, in characters.
pub const MAX_POINT_CHARS: usize = 2_000;

/// One accepted change and when it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FishbowlEvent {
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub change: FishbowlChange,
}

/// A change to the fishbowl, sent from the UI as JSON tagged by `type`, e.g.
/// `{ "type": "Pass", "to": null }`. Chairs count from 0.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type")]
pub enum FishbowlChange {
    /// `person` sits in `chair`. If the chair is taken, its occupant goes back to the
    /// outer circle (a swap); if `person` was in another chair, that chair empties.
    /// `leaver` leaves the inner circle at the same moment: open mode's rule that someone
    /// else leaves when a new person joins.
    Seat {
        person: Uuid,
        chair: u32,
        leaver: Option<Uuid>,
    },
    /// Leaves the inner circle for the outer circle.
    Leave {
        person: Uuid,
    },
    /// The talking token ("the fish") passes to `to`, who must be in the inner circle, or
    /// is put down (`null`).
    Pass {
        to: Option<Uuid>,
    },
    /// A key point the scribe captured, optionally tied to who raised it.
    AddPoint {
        id: Uuid,
        text: String,
        speaker: Option<Uuid>,
    },
    EditPoint {
        id: Uuid,
        text: String,
        speaker: Option<Uuid>,
    },
    RemovePoint {
        id: Uuid,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FishbowlError {
    #[error("There is no chair {} in this fishbowl.", .0 + 1)]
    NoSuchChair(u32),
    #[error("They are already sitting in that chair.")]
    AlreadyInChair,
    #[error(
        "Someone must leave the inner circle so a chair stays free for the next person to join."
    )]
    LeaverNeeded,
    #[error("The person asked to leave is not in the inner circle.")]
    LeaverNotSeated,
    #[error("The person joining cannot also be the one who leaves.")]
    LeaverIsJoiner,
    #[error("In a closed fishbowl nobody leaves for someone to join: choose whose chair they take instead.")]
    LeaverInClosed,
    #[error("That person is not in the inner circle.")]
    NotSeated,
    #[error("Only someone in the inner circle can hold the fish: invite them to sit in first.")]
    HolderNotSeated,
    #[error("Write the key point first.")]
    EmptyPoint,
    #[error("The key point is too long: keep it under {MAX_POINT_CHARS} characters.")]
    PointTooLong,
    #[error("That key point is already recorded.")]
    DuplicatePoint,
    #[error("That key point is no longer there: it may have been removed.")]
    UnknownPoint,
    #[error("That person is not a participant of this session.")]
    NotAParticipant,
    #[error("The facilitator and the scribe stay outside the inner circle.")]
    FacilitatorOrScribe,
}

impl FishbowlChange {
    /// Checks the people this change brings in against the session: whoever joins the
    /// inner circle, and the speaker of a key point, are participants, and neither the
    /// facilitator nor the scribe takes a chair. The shell calls this before it accepts a
    /// change; [`super::Fishbowl::apply`] does not, so a log stays replayable after
    /// someone is later removed from the participants or the set-up's roles change.
    /// Leaving, a leaver and passing the fish only need the person seated, which `apply`
    /// checks, so someone removed from the list mid-session can still be moved out.
    pub fn check_people(
        &self,
        setup: &FishbowlSetup,
        participants: &[Participant],
    ) -> Result<(), FishbowlError> {
        let named = match self {
            FishbowlChange::Seat { person, .. } => {
                if Some(*person) == setup.facilitator || Some(*person) == setup.scribe {
                    return Err(FishbowlError::FacilitatorOrScribe);
                }
                Some(*person)
            }
            FishbowlChange::AddPoint { speaker, .. }
            | FishbowlChange::EditPoint { speaker, .. } => *speaker,
            FishbowlChange::Leave { .. }
            | FishbowlChange::Pass { .. }
            | FishbowlChange::RemovePoint { .. } => None,
        };
        if named.is_none_or(|id| participants.iter().any(|p| p.person_id == id)) {
            Ok(())
        } else {
            Err(FishbowlError::NotAParticipant)
        }
    }
}
