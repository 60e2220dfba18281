//! Running a Fishbowl: its set-up and agenda, and on the day the inner circle's chairs,
//! the talking token ("the fish"), the scribe's key points and everyone's talk time.
//!
//! Every change the facilitator or scribe makes is a [`FishbowlEvent`] appended to the
//! fishbowl's log; the state ([`Fishbowl`]) is a fold over that log and talk time is
//! read from it against the live session's own log, so both survive a crash and can be
//! worked out again at any instant. Nothing changes because time passes: a closed
//! fishbowl's timed rounds only prompt the facilitator, who rotates people by hand.

mod equity;
mod events;
mod seats;
mod setup;
mod talk;
mod validate;

pub use equity::{
    equity, gini, longest_in_sitting, not_yet_spoken, suggested_leaver, this_sitting, top_share,
    Equity, SittingTalk,
};
pub use events::{FishbowlChange, FishbowlError, FishbowlEvent, MAX_POINT_CHARS};
pub use seats::{starting_events, Fishbowl, KeyPoint, Sitting};
pub use setup::{
    FishbowlMode, FishbowlSetup, DEBRIEF_QUESTION, MAX_INNER_CHAIRS, MAX_PERSON_LIMIT_SECS,
    MAX_ROTATION_SECS, MAX_STEP_MINUTES, MAX_TURN_LIMIT_SECS, MIN_INNER_CHAIRS,
    MIN_PERSON_LIMIT_SECS, MIN_ROTATION_SECS, MIN_TURN_LIMIT_SECS,
};
pub use talk::{talk_time, CurrentTurn, PersonTalk, SessionClock, TalkTime};
