//! A Fishbowl as the room sees it: the chairs of the inner circle, the spare chair, who
//! holds the fish and how long their turn has run, and the key points when the scribe
//! presents them back. Names appear only when the set-up
//! allows it (off by default): the room can see who is sitting where, a projected
//! screenshot or recording need not.

use mobilise_core::fishbowl::{Fishbowl, FishbowlMode, FishbowlSetup, TalkTime};
use mobilise_core::Participant;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FishbowlDisplay {
    pub question: String,
    pub open: bool,
    pub chairs: Vec<DisplayChair>,
    /// The chair (by position) whose sitter holds the fish.
    pub holder_chair: Option<u32>,
    pub names_shown: bool,
    /// The speaker's countdown, when the set-up has a per-turn limit.
    pub turn_limit_secs: Option<u32>,
    /// How long the current turn has run (the session clock's time), at the view's `now`.
    #[ts(type = "number | null")]
    pub turn_elapsed_ms: Option<i64>,
    /// The scribe is presenting the key points back: the room sees them in place of the
    /// chairs.
    pub presenting: bool,
    pub key_points: Vec<DisplayPoint>,
}

/// A key point as the room reads it: the speaker only when names are shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DisplayPoint {
    pub text: String,
    pub speaker: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DisplayChair {
    pub spare: bool,
    pub occupied: bool,
    /// The sitter's name, when names are shown.
    pub name: Option<String>,
    pub holds_token: bool,
}

impl FishbowlDisplay {
    pub fn new(
        setup: &FishbowlSetup,
        state: &Fishbowl,
        people: &[Participant],
        talk: &TalkTime,
        presenting: bool,
    ) -> FishbowlDisplay {
        let spare = setup.spare_chair();
        let name_of = |id| {
            people
                .iter()
                .find(|p| p.person_id == id)
                .map(|p| p.name.clone())
        };
        let chairs: Vec<DisplayChair> = state
            .chairs
            .iter()
            .enumerate()
            .map(|(i, sitter)| DisplayChair {
                spare: u32::try_from(i).ok() == spare,
                occupied: sitter.is_some(),
                name: sitter.filter(|_| setup.names_on_display).and_then(name_of),
                holds_token: sitter.is_some() && *sitter == state.holder,
            })
            .collect();
        let holder_chair = state.holder.and_then(|h| state.chair_of(h));
        FishbowlDisplay {
            question: setup.question.clone(),
            open: setup.mode == FishbowlMode::Open,
            chairs,
            holder_chair,
            names_shown: setup.names_on_display,
            turn_limit_secs: setup.turn_limit_secs,
            turn_elapsed_ms: talk.current.as_ref().map(|turn| turn.elapsed_ms),
            presenting,
            key_points: state
                .points
                .iter()
                .map(|point| DisplayPoint {
                    text: point.text.clone(),
                    speaker: point
                        .speaker
                        .filter(|_| setup.names_on_display)
                        .and_then(name_of),
                })
                .collect(),
        }
    }
}
