//! The fishbowl as the console shows it at an instant: the set-up, who sits where, and
//! everyone's talk time with the figures that say how evenly the floor was shared.

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::equity::{
    equity, longest_in_sitting, not_yet_spoken, this_sitting, Equity, SittingTalk,
};
use super::seats::FishbowlState;
use super::setup::FishbowlSetup;
use super::talk::{talk_time, SessionClock, TalkTime};
use super::FishbowlRecord;
use crate::live::LiveStatus;
use crate::techniques::Context;

/// The fishbowl as the console shows it, worked out at `now`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FishbowlOverview {
    pub setup: FishbowlSetup,
    /// `false` while the set-up shown is only the suggested one, not yet saved.
    pub saved: bool,
    /// The session has started: the mode, the chairs and the timings are fixed.
    pub started: bool,
    pub finished: bool,
    /// The session's clock is running, so the speaker's talk time is growing.
    pub clock_running: bool,
    #[ts(type = "string")]
    pub now: DateTime<Utc>,
    /// The chairs, who holds the fish, the key points and who sat where when.
    pub state: FishbowlState,
    /// Participants not in the inner circle (not the facilitator or scribe).
    pub outer: Vec<Uuid>,
    pub talk: TalkTime,
    pub equity: Equity,
    pub not_yet_spoken: Vec<Uuid>,
    /// Talk since they last sat down, for everyone in the inner circle.
    pub this_sitting: Vec<SittingTalk>,
    /// Who to ask to leave when someone takes the last free chair: the one who has
    /// spoken longest since they sat down.
    pub suggested_leaver: Option<Uuid>,
    /// The chair set out as the spare in an open fishbowl (counting from 0).
    pub spare_chair: Option<u32>,
    /// For each chair, whether someone joining from the outer circle must name a leaver.
    pub leaver_needed_to_join: Vec<bool>,
}

impl FishbowlOverview {
    pub(super) fn new(
        record: &FishbowlRecord,
        setup: FishbowlSetup,
        ctx: &Context<'_>,
    ) -> FishbowlOverview {
        let status = ctx.live.map_or(LiveStatus::NotStarted, |s| s.status);
        let people = &ctx.session.participants;
        let clock = SessionClock::from_live_log(ctx.live_log);
        let talk = talk_time(&record.log, &clock, ctx.now);
        let state = &record.state;
        // Worked out once: the suggested leaver is read from the same figures.
        let sitting = this_sitting(&setup, &record.log, &clock, ctx.now);
        FishbowlOverview {
            outer: state.outer_circle(people, &setup),
            equity: equity(&setup, state, &talk, people),
            not_yet_spoken: not_yet_spoken(&setup, state, &talk, people),
            suggested_leaver: longest_in_sitting(&sitting),
            spare_chair: setup.spare_chair(),
            leaver_needed_to_join: state.leaver_needed_to_join(&setup),
            this_sitting: sitting,
            talk,
            saved: record.setup.is_some(),
            started: status != LiveStatus::NotStarted,
            finished: status == LiveStatus::Finished,
            clock_running: status == LiveStatus::Running,
            now: ctx.now,
            state: state.clone(),
            setup,
        }
    }
}
