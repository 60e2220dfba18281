//! Who sits where, who holds the fish, the key points and the history of sittings: the
//! fold of the log, one event at a time, with the seating rules of an open and a closed
//! fishbowl.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::events::{FishbowlChange, FishbowlError, FishbowlEvent, MAX_POINT_CHARS};
use super::setup::{FishbowlMode, FishbowlSetup};
use crate::person::Participant;
use crate::text::{char_len, clean_line};

/// A key point the scribe captured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KeyPoint {
    pub id: Uuid,
    /// When it was first captured; an edit keeps it, so the points stay in the order
    /// they were raised.
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub text: String,
    pub speaker: Option<Uuid>,
}

/// One stay of one person in one chair. Moving to another chair ends one sitting and
/// starts the next at the same instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Sitting {
    pub person: Uuid,
    pub chair: u32,
    #[ts(type = "string")]
    pub from: DateTime<Utc>,
    /// `null` while they are still sitting there.
    #[ts(type = "string | null")]
    pub to: Option<DateTime<Utc>>,
}

/// The fishbowl as the log leaves it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FishbowlState {
    /// Every chair of the inner circle (the spare one included), and who sits in it.
    pub chairs: Vec<Option<Uuid>>,
    /// Who holds the fish, and so has the floor.
    pub holder: Option<Uuid>,
    pub points: Vec<KeyPoint>,
    /// Every sitting so far, in the order they began.
    pub sittings: Vec<Sitting>,
}

impl FishbowlState {
    /// For each chair, whether someone from the outer circle taking it would leave no
    /// chair free: in an open fishbowl someone must then leave at the same moment
    /// ([`FishbowlChange::Seat`]'s `leaver`). Someone moving chairs frees their own.
    pub fn leaver_needed_to_join(&self, setup: &FishbowlSetup) -> Vec<bool> {
        let free = self.chairs.iter().filter(|c| c.is_none()).count();
        self.chairs
            .iter()
            .map(|sitter| {
                let after = free - usize::from(sitter.is_none());
                setup.mode == FishbowlMode::Open && after == 0
            })
            .collect()
    }

    /// Every chair empty. The starters are seated by `Seat` events like anyone else
    /// (see [`starting_events`]), so the log says when they sat down.
    pub fn new(setup: &FishbowlSetup) -> FishbowlState {
        FishbowlState {
            chairs: vec![None; setup.chair_count() as usize],
            holder: None,
            points: Vec::new(),
            sittings: Vec::new(),
        }
    }

    /// The log from the start: the first refused event's error, if any.
    pub fn replay(
        setup: &FishbowlSetup,
        events: &[FishbowlEvent],
    ) -> Result<FishbowlState, FishbowlError> {
        events
            .iter()
            .try_fold(FishbowlState::new(setup), |state, event| {
                state.apply(setup, event)
            })
    }

    pub fn chair_of(&self, person: Uuid) -> Option<u32> {
        self.chairs
            .iter()
            .position(|c| *c == Some(person))
            .and_then(|i| u32::try_from(i).ok())
    }

    pub fn is_seated(&self, person: Uuid) -> bool {
        self.chair_of(person).is_some()
    }

    /// Who is in the inner circle now, in chair order.
    pub fn seated(&self) -> Vec<Uuid> {
        self.chairs.iter().flatten().copied().collect()
    }

    pub fn free_chairs(&self) -> usize {
        self.chairs.iter().filter(|c| c.is_none()).count()
    }

    /// Since when `person` has been in the inner circle without a break: a move from one
    /// chair to another does not count as leaving. `None` when they are not seated.
    pub fn joined_at(&self, person: Uuid) -> Option<DateTime<Utc>> {
        let mut theirs = self.sittings.iter().rev().filter(|s| s.person == person);
        let mut joined = theirs.next().filter(|s| s.to.is_none())?.from;
        for earlier in theirs {
            if earlier.to != Some(joined) {
                break;
            }
            joined = earlier.from;
        }
        Some(joined)
    }

    /// Participants in the outer circle, in the roster's order: not seated, and neither
    /// the facilitator nor the scribe.
    pub fn outer_circle(&self, participants: &[Participant], setup: &FishbowlSetup) -> Vec<Uuid> {
        participants
            .iter()
            .map(|p| p.person_id)
            .filter(|id| Some(*id) != setup.facilitator && Some(*id) != setup.scribe)
            .filter(|id| !self.is_seated(*id))
            .collect()
    }

    /// The state after `event`, or why it is refused (nothing changes then).
    pub fn apply(
        &self,
        setup: &FishbowlSetup,
        event: &FishbowlEvent,
    ) -> Result<FishbowlState, FishbowlError> {
        let mut next = self.clone();
        match &event.change {
            FishbowlChange::Seat {
                person,
                chair,
                leaver,
            } => {
                next.seat(setup, event.at, *person, *chair, *leaver)?;
            }
            FishbowlChange::Leave { person } => {
                let chair = next.chair_of(*person).ok_or(FishbowlError::NotSeated)?;
                next.vacate(chair, event.at);
            }
            FishbowlChange::Pass { to } => {
                if let Some(to) = to {
                    if !next.is_seated(*to) {
                        return Err(FishbowlError::HolderNotSeated);
                    }
                }
                // Passing to whoever already holds it changes nothing: no new turn.
                next.holder = *to;
            }
            FishbowlChange::AddPoint { id, text, speaker } => {
                if next.points.iter().any(|p| p.id == *id) {
                    return Err(FishbowlError::DuplicatePoint);
                }
                next.points.push(KeyPoint {
                    id: *id,
                    at: event.at,
                    text: point_text(text)?,
                    speaker: *speaker,
                });
            }
            FishbowlChange::EditPoint { id, text, speaker } => {
                let text = point_text(text)?;
                let point = next
                    .points
                    .iter_mut()
                    .find(|p| p.id == *id)
                    .ok_or(FishbowlError::UnknownPoint)?;
                point.text = text;
                point.speaker = *speaker;
            }
            FishbowlChange::RemovePoint { id } => {
                let before = next.points.len();
                next.points.retain(|p| p.id != *id);
                if next.points.len() == before {
                    return Err(FishbowlError::UnknownPoint);
                }
            }
        }
        Ok(next)
    }

    fn seat(
        &mut self,
        setup: &FishbowlSetup,
        at: DateTime<Utc>,
        person: Uuid,
        chair: u32,
        leaver: Option<Uuid>,
    ) -> Result<(), FishbowlError> {
        let target = self
            .chairs
            .get(chair as usize)
            .ok_or(FishbowlError::NoSuchChair(chair))?;
        if *target == Some(person) {
            return Err(FishbowlError::AlreadyInChair);
        }
        let leaver_chair = match leaver {
            None => None,
            Some(_) if setup.mode == FishbowlMode::Closed => {
                return Err(FishbowlError::LeaverInClosed)
            }
            Some(leaver) if leaver == person => return Err(FishbowlError::LeaverIsJoiner),
            Some(leaver) => Some(
                self.chair_of(leaver)
                    .ok_or(FishbowlError::LeaverNotSeated)?,
            ),
        };
        // The seats as they would be, checked before anything is recorded.
        let mut chairs = self.chairs.clone();
        if let Some(from) = self.chair_of(person) {
            chairs[from as usize] = None;
        }
        if let Some(out) = leaver_chair {
            chairs[out as usize] = None;
        }
        chairs[chair as usize] = Some(person);
        if setup.mode == FishbowlMode::Open && chairs.iter().all(Option::is_some) {
            return Err(FishbowlError::LeaverNeeded);
        }
        let holder = self.holder;
        if let Some(from) = self.chair_of(person) {
            self.vacate(from, at);
        }
        if let Some(out) = leaver_chair {
            self.vacate(out, at);
        }
        self.vacate(chair, at);
        self.chairs[chair as usize] = Some(person);
        self.sittings.push(Sitting {
            person,
            chair,
            from: at,
            to: None,
        });
        // Someone moving chairs keeps the fish; whoever left the circle has put it down.
        self.holder = holder.filter(|h| self.is_seated(*h));
        Ok(())
    }

    /// Empties `chair`, closing its sitting; whoever leaves the inner circle with the
    /// fish puts it down. (`seat` gives it back to someone who only moved chairs.)
    fn vacate(&mut self, chair: u32, at: DateTime<Utc>) {
        let Some(slot) = self.chairs.get_mut(chair as usize) else {
            return;
        };
        let Some(person) = slot.take() else {
            return;
        };
        if let Some(sitting) = self
            .sittings
            .iter_mut()
            .rev()
            .find(|s| s.person == person && s.to.is_none())
        {
            sitting.to = Some(at);
        }
        if self.holder == Some(person) && !self.is_seated(person) {
            self.holder = None;
        }
    }
}

/// The starters sitting down in chairs 0, 1, ... in the set-up's order, at `at`.
pub fn starting_events(setup: &FishbowlSetup, at: DateTime<Utc>) -> Vec<FishbowlEvent> {
    setup
        .starters
        .iter()
        .zip(0u32..)
        .map(|(person, chair)| FishbowlEvent {
            at,
            change: FishbowlChange::Seat {
                person: *person,
                chair,
                leaver: None,
            },
        })
        .collect()
}

fn point_text(raw: &str) -> Result<String, FishbowlError> {
    let text = clean_line(raw);
    if text.is_empty() {
        return Err(FishbowlError::EmptyPoint);
    }
    if char_len(&text) > MAX_POINT_CHARS {
        return Err(FishbowlError::PointTooLong);
    }
    Ok(text)
}
