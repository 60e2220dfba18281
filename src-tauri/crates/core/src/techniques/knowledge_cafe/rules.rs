//! The Knowledge Café behind the technique contract: its record is the café once its
//! set-up is saved (until then the console offers one suggested for the session), and
//! every change on the day is applied, planned again where it calls for it, and stored.
//! Rounds that have begun keep their seating as played.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::overview::CafeOverview;
use super::planning::CafeError;
use super::progress::{draft, progress, Progress};
use super::record::Cafe;
use super::setup::CafeSetup;
use super::stage::CafeDisplay;
use crate::live::LiveState;
use crate::person::ParticipantInput;
use crate::technique::TechniqueId;
use crate::techniques::{AgendaChange, Context, NoEvent, Outcome, RuleError, Technique};

pub struct KnowledgeCafe;

/// A change to the café, besides saving it: tagged by `kind`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CafeChange {
    /// The set-up saved. Before the session starts the agenda is rebuilt from it
    /// (welcome, speaker, rounds, plenary, capture); afterwards only what does not move
    /// the agenda (table names, the settle time, table notes) can change.
    Setup { setup: CafeSetup },
    /// A new plan for the rounds still to come, from a fresh seed.
    Reshuffle,
    /// Someone is absent from the round under way (or the next to start) on, or present
    /// again; the rounds still to come are planned again.
    SetAbsent { person: Uuid, absent: bool },
    /// People join the session and the café: walk-ins on the day, or a list pasted or
    /// imported before it. A walk-in during a round joins the least full table at once.
    AddGuests { people: Vec<ParticipantInput> },
    /// Someone hosts a table (they stay there every round), or no table.
    SetHost { person: Uuid, table: Option<u32> },
    /// Two people are kept at different tables in every round still to come (or not).
    KeepApart {
        first: Uuid,
        second: Uuid,
        apart: bool,
    },
    /// What a table said in a round; the plan is left as it is.
    TableNote {
        round: u32,
        table: u32,
        text: String,
    },
}

/// What a change asks of the plan afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Then {
    Keep,
    Replan,
    Reshuffle,
}

fn invalid(error: CafeError) -> RuleError {
    RuleError::refused(error.to_string())
}

/// The set-up saved over `cafe`, with the agenda it makes if the session has not begun.
fn save_setup(
    cafe: &mut Cafe,
    setup: CafeSetup,
    at: &Progress,
) -> Result<(Then, Option<AgendaChange>), RuleError> {
    let setup = setup.validated()?;
    let before = cafe.setup.clone();
    if at.locked {
        let fixed = |s: &CafeSetup| {
            (
                s.question.clone(),
                s.tables.len(),
                s.rounds,
                s.round_minutes,
                s.intro_minutes,
                s.speaker_minutes,
                s.plenary_minutes,
                s.capture_minutes,
                s.table_size,
                s.table_max,
            )
        };
        if fixed(&before) != fixed(&setup) {
            return Err(RuleError::refused(
                "The café has started, so its question, tables and rounds are fixed. You can still rename tables, change how long the table plan shows, and turn table notes on or off.",
            ));
        }
        cafe.setup = setup;
        return Ok((Then::Keep, None));
    }
    let (agenda, rounds) = setup.agenda(crate::technique(TechniqueId::KnowledgeCafe));
    let seating_changed = before.tables.len() != setup.tables.len()
        || before.rounds != setup.rounds
        || before.table_size != setup.table_size
        || before.table_max != setup.table_max;
    cafe.setup = setup;
    cafe.round_steps = rounds;
    let tables = cafe.setup.tables.len();
    for guest in &mut cafe.guests {
        if guest.host_table.is_some_and(|t| t as usize >= tables) {
            guest.host_table = None;
        }
    }
    let then = if seating_changed {
        Then::Replan
    } else {
        Then::Keep
    };
    Ok((then, Some(AgendaChange::Replace(agenda))))
}

impl Technique for KnowledgeCafe {
    const ID: TechniqueId = TechniqueId::KnowledgeCafe;
    type Record = Option<Cafe>;
    type Change = CafeChange;
    type Event = NoEvent;
    type Overview = CafeOverview;
    type Stage = CafeDisplay;

    fn empty() -> Option<Cafe> {
        None
    }

    fn save(
        _previous: Option<Cafe>,
        _edited: Option<Cafe>,
        _ctx: &Context<'_>,
    ) -> Result<Outcome<Option<Cafe>>, RuleError> {
        Err(RuleError::refused(
            "A café changes through its set-up and the changes on the day, not saved whole.",
        ))
    }

    /// Reads the café (as the roster now stands), applies `change`, plans again if it
    /// asks, and returns the café to store; nothing is kept if the change or the plan
    /// fails.
    fn apply(
        record: Option<Cafe>,
        change: CafeChange,
        ctx: &Context<'_>,
    ) -> Result<Outcome<Option<Cafe>>, RuleError> {
        let saved = record.is_some();
        match (&change, saved) {
            (CafeChange::Setup { .. }, _) | (_, true) => {}
            (CafeChange::AddGuests { people }, false) => {
                if people.is_empty() {
                    return Err(RuleError::refused("There is nobody to add."));
                }
                // Still a suggestion: it follows the roster the new people joined.
                return Ok(Outcome::record(None));
            }
            (_, false) => {
                return Err(RuleError::refused(
                    "Save the café's set-up first: then there is a seating plan to change.",
                ))
            }
        }
        let participants = &ctx.session.participants;
        let mut cafe = record.unwrap_or_else(|| draft(ctx));
        let known: HashSet<Uuid> = cafe.guests.iter().map(|g| g.person_id).collect();
        let at = progress(&cafe, ctx.live);
        cafe.reconcile(participants, at.started);
        let (mut then, agenda) = match change {
            CafeChange::Setup { setup } => save_setup(&mut cafe, setup, &at)?,
            CafeChange::Reshuffle => (Then::Reshuffle, None),
            CafeChange::SetAbsent { person, absent } => {
                if absent {
                    let from = at.current.unwrap_or(at.started);
                    cafe.mark_absent(person, from).map_err(invalid)?;
                } else {
                    cafe.mark_present(person).map_err(invalid)?;
                }
                (Then::Replan, None)
            }
            CafeChange::AddGuests { people } => {
                if people.is_empty() {
                    return Err(RuleError::refused("There is nobody to add."));
                }
                if let Some(round) = at.current {
                    let arrived: Vec<Uuid> = cafe
                        .guests
                        .iter()
                        .map(|g| g.person_id)
                        .filter(|id| !known.contains(id))
                        .collect();
                    for person in arrived {
                        cafe.seat_now(person, round).map_err(invalid)?;
                    }
                }
                (Then::Replan, None)
            }
            CafeChange::SetHost { person, table } => {
                cafe.set_host(person, table).map_err(invalid)?;
                (Then::Replan, None)
            }
            CafeChange::KeepApart {
                first,
                second,
                apart,
            } => {
                cafe.set_keep_apart(first, second, apart).map_err(invalid)?;
                (Then::Replan, None)
            }
            CafeChange::TableNote { round, table, text } => {
                cafe.set_table_note(round, table, &text).map_err(invalid)?;
                (Then::Keep, None)
            }
        };
        if !saved || cafe.plan.is_none() {
            then = then.max(Then::Replan);
        }
        if then != Then::Keep && at.started < cafe.setup.rounds {
            let seed = match (then, &cafe.plan) {
                (Then::Replan, Some(plan)) => plan.seed,
                _ => ctx.seed,
            };
            let mut budget = ctx.time_up;
            cafe.replan(at.started, seed, &mut budget)
                .map_err(invalid)?;
        }
        Ok(Outcome {
            record: Some(cafe),
            agenda,
        })
    }

    fn overview(record: &Option<Cafe>, ctx: &Context<'_>) -> CafeOverview {
        CafeOverview::new(record.as_ref(), ctx)
    }

    fn stage(record: &Option<Cafe>, live: &LiveState, _ctx: &Context<'_>) -> CafeDisplay {
        CafeDisplay::new(record.as_ref(), live)
    }

    /// There is a table plan to put up; the room's window decides when (as a round
    /// starts, or when the facilitator asks).
    fn shows(stage: &CafeDisplay) -> bool {
        stage.shown_round.is_some()
    }

    fn question(record: &Option<Cafe>) -> Option<&str> {
        record.as_ref().map(|cafe| cafe.setup.question.as_str())
    }

    fn joining(change: &CafeChange) -> Vec<ParticipantInput> {
        match change {
            CafeChange::AddGuests { people } => people.clone(),
            _ => Vec::new(),
        }
    }
}
