//! Where a running café is, read from the live engine's state: which round is under way,
//! how many rounds have started (and so are fixed history for the planner), and which
//! round's table plan the room needs to see; and the café suggested before any is set up.

use crate::live::{LiveState, LiveStatus};
use crate::seating::default_table_count;
use crate::technique::TechniqueId;
use crate::techniques::Context;

use super::record::Cafe;
use super::setup::CafeSetup;

impl Cafe {
    /// The round (counting from 0) whose step is open now, if any.
    pub fn current_round(&self, state: &LiveState) -> Option<u32> {
        if !state.status.is_under_way() {
            return None;
        }
        let step = state.current_step()?;
        self.round_index(step.id)
    }

    /// How many rounds have begun: every round up to the last one entered, even one the
    /// facilitator skipped past, because people may already have moved for it.
    pub fn rounds_started(&self, state: &LiveState) -> u32 {
        let entered = |id: u32| {
            state.completed.iter().any(|run| run.step_id == id)
                || (state.status.is_under_way() && state.current_step().map(|s| s.id) == Some(id))
        };
        self.round_steps
            .iter()
            .rposition(|id| entered(*id))
            .map_or(0, |last| u32::try_from(last + 1).unwrap_or(u32::MAX))
    }

    /// The round whose tables the room should see: the one under way, or else the next
    /// one to start (`None` once every round has started and none is open).
    pub fn round_to_show(&self, state: &LiveState) -> Option<u32> {
        if state.status == LiveStatus::Finished {
            return None;
        }
        self.current_round(state).or_else(|| {
            let next = self.rounds_started(state);
            (next < self.setup.rounds).then_some(next)
        })
    }

    fn round_index(&self, step_id: u32) -> Option<u32> {
        self.round_steps
            .iter()
            .position(|id| *id == step_id)
            .and_then(|i| u32::try_from(i).ok())
    }
}

/// Where the rounds stand.
pub(super) struct Progress {
    pub started: u32,
    pub current: Option<u32>,
    pub locked: bool,
}

pub(super) fn progress(cafe: &Cafe, state: Option<&LiveState>) -> Progress {
    match state {
        Some(state) => Progress {
            started: cafe.rounds_started(state),
            current: cafe.current_round(state),
            locked: state.status != LiveStatus::NotStarted,
        },
        None => Progress {
            started: 0,
            current: None,
            locked: false,
        },
    }
}

/// The café suggested for the session before a set-up is saved: the standard café for
/// its question, with tables for the people on its roster.
pub(super) fn draft(ctx: &Context<'_>) -> Cafe {
    let people = u32::try_from(ctx.session.participants.len()).unwrap_or(u32::MAX);
    let tables = default_table_count(people.max(1), 4, 5);
    let setup = CafeSetup::standard(&ctx.session.purpose, tables);
    let (_, rounds) = setup.agenda(crate::technique(TechniqueId::KnowledgeCafe));
    Cafe::new(setup, &ctx.session.participants, rounds)
}
