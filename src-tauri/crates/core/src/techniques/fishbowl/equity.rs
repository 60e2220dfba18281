//! How evenly the talk is shared, who has not yet spoken, and who might leave the inner
//! circle next: the prompts that help the facilitator keep the fishbowl inclusive.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::events::FishbowlEvent;
use super::seats::FishbowlState;
use super::setup::{FishbowlMode, FishbowlSetup};
use super::talk::{turns, SessionClock, TalkTime};
use crate::person::Participant;

/// How the talk is shared so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Equity {
    /// The top speaker's share of all talk (0 to 1); `null` while nobody has spoken.
    pub top_share: Option<f64>,
    /// The Gini coefficient of talk time over everyone who has sat in the inner circle
    /// (0: all equal; towards 1: one voice); `null` while nobody has spoken.
    pub gini: Option<f64>,
    /// Of the voices possible, how many have spoken.
    pub voices_heard: u32,
    /// Open: every participant but the facilitator and the scribe, since anyone may join.
    /// Closed: everyone who has sat in the inner circle, since observers are not expected
    /// to speak.
    pub voices_possible: u32,
}

/// The top speaker's share of all talk; `None` while nobody has spoken.
pub fn top_share(talk: &TalkTime) -> Option<f64> {
    let top = talk.people.iter().map(|p| p.total_ms).max()?;
    (talk.total_ms > 0).then(|| top as f64 / talk.total_ms as f64)
}

/// The Gini coefficient: the mean absolute difference between every two values (each
/// pair both ways, and each value with itself) over twice the mean. `None` for no values
/// or when all are 0. A negative value (which talk time never is) counts as 0.
pub fn gini(values: &[i64]) -> Option<f64> {
    let mut sorted: Vec<i128> = values.iter().map(|v| i128::from((*v).max(0))).collect();
    sorted.sort_unstable();
    let sum: i128 = sorted.iter().sum();
    if sum == 0 {
        return None;
    }
    let n = sorted.len() as i128;
    // Σ over pairs i < j of |x_j − x_i|, from the sorted values in one pass: the value
    // at position i is larger than the i before it and smaller than the n − 1 − i after.
    let pairs: i128 = sorted
        .iter()
        .zip(0i128..)
        .map(|(x, i)| x * (2 * i - n + 1))
        .sum();
    // Mean absolute difference 2·pairs/n², mean sum/n: their ratio over 2 is pairs/(n·sum).
    Some(pairs as f64 / (n * sum) as f64)
}

/// Who could speak: participants other than the facilitator and the scribe, in order.
fn voices(participants: &[Participant], setup: &FishbowlSetup) -> Vec<Uuid> {
    participants
        .iter()
        .map(|p| p.person_id)
        .filter(|id| Some(*id) != setup.facilitator && Some(*id) != setup.scribe)
        .collect()
}

/// Everyone who has sat in the inner circle, in the order they first sat down.
fn ever_seated(fishbowl: &FishbowlState) -> Vec<Uuid> {
    let mut people: Vec<Uuid> = Vec::new();
    for sitting in &fishbowl.sittings {
        if !people.contains(&sitting.person) {
            people.push(sitting.person);
        }
    }
    people
}

/// The equity figures. The Gini coefficient counts everyone who has had a chair, with
/// 0 for those who sat without speaking: they had a voice and did not use it.
pub fn equity(
    setup: &FishbowlSetup,
    fishbowl: &FishbowlState,
    talk: &TalkTime,
    participants: &[Participant],
) -> Equity {
    let seated = ever_seated(fishbowl);
    let mut had_a_voice: Vec<i64> = seated.iter().map(|id| talk.total_of(*id)).collect();
    // Someone may hold the fish without a sitting on record only in a hand-made log;
    // their talk still counts.
    for person in &talk.people {
        if !seated.contains(&person.person) {
            had_a_voice.push(person.total_ms);
        }
    }
    let possible = match setup.mode {
        FishbowlMode::Open => voices(participants, setup),
        FishbowlMode::Closed => seated,
    };
    let heard = possible.iter().filter(|id| talk.total_of(**id) > 0).count();
    Equity {
        top_share: top_share(talk),
        gini: gini(&had_a_voice),
        voices_heard: u32::try_from(heard).unwrap_or(u32::MAX),
        voices_possible: u32::try_from(possible.len()).unwrap_or(u32::MAX),
    }
}

/// The possible voices (as [`Equity::voices_possible`] counts them) who have not spoken
/// yet: in an open fishbowl any participant but the facilitator and the scribe, in a
/// closed one those who have had a chair (observers are not expected to speak). Those in
/// the inner circle now come first, then the rest, each in the roster's order.
pub fn not_yet_spoken(
    setup: &FishbowlSetup,
    fishbowl: &FishbowlState,
    talk: &TalkTime,
    participants: &[Participant],
) -> Vec<Uuid> {
    let seated = ever_seated(fishbowl);
    let silent: Vec<Uuid> = voices(participants, setup)
        .into_iter()
        .filter(|id| setup.mode == FishbowlMode::Open || seated.contains(id))
        .filter(|id| talk.total_of(*id) == 0)
        .collect();
    let (inner, outer): (Vec<Uuid>, Vec<Uuid>) =
        silent.into_iter().partition(|id| fishbowl.is_seated(*id));
    inner.into_iter().chain(outer).collect()
}

/// How long someone in the inner circle has spoken since they last joined it (moving
/// chairs is not leaving; someone who left and came back starts again from zero).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SittingTalk {
    pub person: Uuid,
    #[ts(type = "number")]
    pub talk_ms: i64,
    #[ts(type = "string")]
    pub joined_at: DateTime<Utc>,
}

/// Talk in this sitting for everyone in the inner circle, in chair order; empty when
/// the log does not replay.
pub fn this_sitting(
    setup: &FishbowlSetup,
    events: &[FishbowlEvent],
    clock: &SessionClock,
    now: DateTime<Utc>,
) -> Vec<SittingTalk> {
    let Ok(fishbowl) = FishbowlState::replay(setup, events) else {
        return Vec::new();
    };
    let turns = turns(events);
    fishbowl
        .seated()
        .into_iter()
        .filter_map(|person| {
            let joined_at = fishbowl.joined_at(person)?;
            let talk_ms = turns
                .iter()
                .filter(|t| t.person == person && t.from >= joined_at)
                .map(|t| t.running_ms(clock, now))
                .sum();
            Some(SittingTalk {
                person,
                talk_ms,
                joined_at,
            })
        })
        .collect()
}

/// Who might make way for the next person: of those in the inner circle, whoever has
/// spoken longest in this sitting ([`this_sitting`]). Ties go to whoever joined
/// earliest, then to the lower chair. `None` when nobody is seated or the log does not
/// replay.
pub fn suggested_leaver(
    setup: &FishbowlSetup,
    events: &[FishbowlEvent],
    clock: &SessionClock,
    now: DateTime<Utc>,
) -> Option<Uuid> {
    longest_in_sitting(&this_sitting(setup, events, clock, now))
}

/// [`suggested_leaver`] from talk in this sitting already worked out (in chair order).
pub fn longest_in_sitting(sitting: &[SittingTalk]) -> Option<Uuid> {
    sitting
        .iter()
        // Chair order, and `min_by` keeps the first of equals.
        .min_by(|a, b| {
            b.talk_ms
                .cmp(&a.talk_ms)
                .then(a.joined_at.cmp(&b.joined_at))
        })
        .map(|s| s.person)
}
