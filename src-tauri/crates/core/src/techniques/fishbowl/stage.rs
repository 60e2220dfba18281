//! A Fishbowl as the room sees it: the chairs of the inner circle, the spare chair, who
//! holds the fish and how long their turn has run, and the key points when the scribe
//! presents them back. Names appear only when the set-up allows it (off by default): the
//! room can see who is sitting where, a projected screenshot or recording need not.

use serde::Serialize;
use ts_rs::TS;

use super::setup::{FishbowlMode, FishbowlSetup};
use super::talk::{talk_time, SessionClock};
use super::FishbowlRecord;
use crate::live::LiveState;
use crate::techniques::Context;

/// The steps in which the room sees the chairs: the briefing and the discussion.
const CHAIR_STEPS: [&str; 2] = ["briefing", "discussion"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FishbowlDisplay {
    /// The room sees the chairs (or the key points) in place of the question list: in
    /// the briefing and the discussion, whenever someone holds the fish, and while the
    /// scribe presents the points back.
    pub staged: bool,
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

/// The room's view while `live` is at its current step; nothing is staged before the
/// set-up is saved.
pub(super) fn display(
    record: &FishbowlRecord,
    live: &LiveState,
    ctx: &Context<'_>,
) -> FishbowlDisplay {
    let standard;
    let setup = match &record.setup {
        Some(setup) => setup,
        None => {
            standard = FishbowlSetup::standard(&ctx.session.purpose);
            &standard
        }
    };
    let state = &record.state;
    let talk = talk_time(
        &record.log,
        &SessionClock::from_live_log(ctx.live_log),
        ctx.now,
    );
    let names = ctx.names();
    let name_of = |id| names.get(&id).cloned();
    let spare = setup.spare_chair();
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
    let under_way = record.setup.is_some() && live.status.is_under_way();
    let key = live.current_key();
    let presenting =
        under_way && key == Some(FishbowlSetup::KEY_POINTS_STEP) && !state.points.is_empty();
    let chairs_up =
        under_way && (key.is_some_and(|k| CHAIR_STEPS.contains(&k)) || holder_chair.is_some());
    FishbowlDisplay {
        staged: presenting || chairs_up,
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
