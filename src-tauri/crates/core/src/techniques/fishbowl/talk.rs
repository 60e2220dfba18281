//! Talk time, worked out from the logs: who held the fish, for how long, counting only
//! the time the live session was running, so a pause stops every speaker's clock.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::events::{FishbowlChange, FishbowlEvent};
use crate::live::LiveCommand;
use crate::record::LiveEvent;

/// When the live session was running: from `Start` or `Resume` to `Pause` or `Finish`.
/// The last interval is open (`to` is `None`) while the session runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionClock {
    running: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)>,
}

impl SessionClock {
    /// From the session's live log. Other commands (moving between steps, adding time)
    /// leave the clock as it is; a `Start` or `Resume` while running, or a `Pause` while
    /// paused, changes nothing.
    pub fn from_live_log(log: &[LiveEvent]) -> SessionClock {
        let mut running: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)> = Vec::new();
        let mut finished = false;
        for event in log {
            let is_open = running.last().is_some_and(|(_, to)| to.is_none());
            match event.command {
                LiveCommand::Start | LiveCommand::Resume if !is_open && !finished => {
                    running.push((event.at, None));
                }
                LiveCommand::Pause | LiveCommand::Finish => {
                    if let Some((_, to @ None)) = running.last_mut() {
                        *to = Some(event.at);
                    }
                    finished |= matches!(event.command, LiveCommand::Finish);
                }
                _ => {}
            }
        }
        SessionClock { running }
    }

    /// Milliseconds the session was running between `from` and `to` (0 if `to` is not
    /// after `from`).
    pub fn running_ms_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
        self.running
            .iter()
            .map(|(start, end)| {
                let start = (*start).max(from);
                let end = end.map_or(to, |end| end.min(to));
                (end - start).num_milliseconds().max(0)
            })
            .sum()
    }
}

/// Everyone who has held the fish, in the order they first did, and the turn under way.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TalkTime {
    pub people: Vec<PersonTalk>,
    #[ts(type = "number")]
    pub total_ms: i64,
    pub current: Option<CurrentTurn>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonTalk {
    pub person: Uuid,
    #[ts(type = "number")]
    pub total_ms: i64,
    pub turns: u32,
    #[ts(type = "number")]
    pub longest_ms: i64,
}

/// Who holds the fish now, and for how long (running time) they have held it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CurrentTurn {
    pub person: Uuid,
    #[ts(type = "number")]
    pub elapsed_ms: i64,
}

impl TalkTime {
    pub fn of(&self, person: Uuid) -> Option<&PersonTalk> {
        self.people.iter().find(|p| p.person == person)
    }

    /// `person`'s total, 0 if they have not held the fish.
    pub fn total_of(&self, person: Uuid) -> i64 {
        self.of(person).map_or(0, |p| p.total_ms)
    }
}

/// One turn: `person` held the fish from `from` until `to` (`None`: still holding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Turn {
    pub person: Uuid,
    pub from: DateTime<Utc>,
    pub to: Option<DateTime<Utc>>,
}

impl Turn {
    /// Its running time, up to `now` at the latest.
    pub fn running_ms(&self, clock: &SessionClock, now: DateTime<Utc>) -> i64 {
        clock.running_ms_between(self.from, self.to.map_or(now, |to| to.min(now)))
    }
}

/// The turns in an accepted log. A turn begins when the fish is passed to someone and
/// ends when it is passed on or put down, or when its holder leaves the inner circle
/// (leaving, swapped out, or named as the leaver). The log is taken as accepted by
/// [`super::Fishbowl::apply`]; seats are followed here only to see the holder leave.
pub(crate) fn turns(events: &[FishbowlEvent]) -> Vec<Turn> {
    let mut seats: HashMap<u32, Uuid> = HashMap::new();
    let mut turns: Vec<Turn> = Vec::new();
    let mut holder: Option<Uuid> = None;
    for event in events {
        let holder_goes = match &event.change {
            FishbowlChange::Seat {
                person,
                chair,
                leaver,
            } => {
                seats.retain(|_, seated| seated != person && Some(*seated) != *leaver);
                seats.insert(*chair, *person);
                holder.is_some_and(|h| !seats.values().any(|s| *s == h))
            }
            FishbowlChange::Leave { person } => {
                seats.retain(|_, seated| seated != person);
                holder == Some(*person)
            }
            // Passing to whoever already holds it is no new turn.
            FishbowlChange::Pass { to } => *to != holder,
            _ => false,
        };
        if !holder_goes {
            continue;
        }
        let open = turns.iter_mut().rev().find(|t| t.to.is_none());
        if let Some(turn) = open {
            turn.to = Some(event.at);
        }
        holder = None;
        if let FishbowlChange::Pass { to: Some(to) } = &event.change {
            turns.push(Turn {
                person: *to,
                from: event.at,
                to: None,
            });
            holder = Some(*to);
        }
    }
    turns
}

/// Everyone's talk time at `now`. A turn counts as soon as the fish is passed, even
/// while the session is paused (it is then a turn of 0 ms until the session resumes):
/// the fish changing hands is what the room saw. Only running time is counted, so talk
/// before `Start`, during a pause, and after `Finish` adds nothing.
pub fn talk_time(events: &[FishbowlEvent], clock: &SessionClock, now: DateTime<Utc>) -> TalkTime {
    let mut talk = TalkTime::default();
    for turn in turns(events) {
        let ms = turn.running_ms(clock, now);
        match talk.people.iter_mut().find(|p| p.person == turn.person) {
            Some(person) => {
                person.total_ms += ms;
                person.turns += 1;
                person.longest_ms = person.longest_ms.max(ms);
            }
            None => talk.people.push(PersonTalk {
                person: turn.person,
                total_ms: ms,
                turns: 1,
                longest_ms: ms,
            }),
        }
        talk.total_ms += ms;
        if turn.to.is_none() {
            talk.current = Some(CurrentTurn {
                person: turn.person,
                elapsed_ms: ms,
            });
        }
    }
    talk
}
