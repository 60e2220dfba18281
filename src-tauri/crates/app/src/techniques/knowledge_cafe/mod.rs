//! The Knowledge Café on the console: its record read with the session's participants,
//! changed by the facilitator (set-up, hosts, pairs kept apart, absences, walk-ins),
//! planned again where the change calls for it, stored, and shown to the room.

mod deadline;
mod display;

use mobilise_core::live::{LiveState, LiveStatus};
use mobilise_core::seating::default_table_count;
use mobilise_core::techniques::knowledge_cafe::{
    Cafe, CafeError, CafeSetup, PersonCard, TableSeating,
};
use mobilise_core::techniques::AgendaChange;
use mobilise_core::{ParticipantInput, Session, TechniqueId};
use mobilise_store::Store;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::database::Database;
use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::outcome::{At, Changed};
pub use deadline::{Deadline, PLAN_BUDGET};
pub use display::CafeDisplay;

/// The café as the console shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CafeOverview {
    pub cafe: Cafe,
    /// `false` while the set-up shown is only the suggested one, not yet saved.
    pub saved: bool,
    /// Rounds that have begun; their seating is kept as played.
    pub rounds_started: u32,
    /// The round under way (counting from 0), if any.
    pub current_round: Option<u32>,
    /// The session has started, so the rounds and their lengths are fixed.
    pub agenda_locked: bool,
    /// Tables the planner suggests for the people attending, at the set-up's table size.
    pub suggested_tables: u32,
    /// Per round, each table with the names of those attending.
    pub seating: Vec<Vec<TableSeating>>,
    /// Each guest's table in every round.
    pub cards: Vec<PersonCard>,
}

/// What a change may do before the café's set-up is first saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Before {
    /// Saving the set-up: stores the café for the first time.
    Setup,
    /// Adding people: they join the session, and the suggested set-up follows them.
    Draft,
    /// Needs a saved café (a plan to change).
    Refuse,
}

/// What a change asks of the plan afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Then {
    Keep,
    Replan,
    Reshuffle,
}

struct Progress {
    started: u32,
    current: Option<u32>,
    locked: bool,
}

fn progress(cafe: &Cafe, state: Option<&LiveState>) -> Progress {
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

fn invalid(error: CafeError) -> IpcError {
    IpcError::new(ErrorKind::Invalid, error.to_string())
}

fn require_cafe(session: &Session) -> IpcResult<()> {
    if session.technique == TechniqueId::KnowledgeCafe {
        Ok(())
    } else {
        Err(IpcError::new(
            ErrorKind::Invalid,
            "This session is not a Knowledge Café.",
        ))
    }
}

/// The stored café, brought up to date with the session's participants, or a suggested
/// set-up (not yet saved) when there is none.
fn read(store: &Store, session: &Session) -> IpcResult<(Cafe, bool, Option<LiveState>)> {
    let state = store.live_state(session.id)?;
    let (mut cafe, saved) = match store.cafe(session.id)? {
        Some(cafe) => (cafe, true),
        None => {
            let people = u32::try_from(session.participants.len()).unwrap_or(u32::MAX);
            let tables = default_table_count(people.max(1), 4, 5);
            let setup = CafeSetup::standard(&session.purpose, tables);
            let technique = mobilise_core::technique(TechniqueId::KnowledgeCafe);
            let (_, rounds) = setup.agenda(technique);
            (Cafe::new(setup, &session.participants, rounds), false)
        }
    };
    let started = progress(&cafe, state.as_ref()).started;
    cafe.reconcile(&session.participants, started);
    Ok((cafe, saved, state))
}

fn overview(cafe: Cafe, saved: bool, state: Option<&LiveState>) -> CafeOverview {
    let at = progress(&cafe, state);
    let attending = cafe
        .guests
        .iter()
        .filter(|g| g.attends(at.started.min(cafe.setup.rounds.saturating_sub(1))))
        .count();
    let suggested_tables = default_table_count(
        u32::try_from(attending.max(1)).unwrap_or(u32::MAX),
        cafe.setup.table_size,
        cafe.setup.table_max,
    );
    let seating = (0..cafe.setup.rounds).map(|r| cafe.seating(r)).collect();
    let cards = cafe.cards();
    CafeOverview {
        seating,
        cards,
        cafe,
        saved,
        rounds_started: at.started,
        current_round: at.current,
        agenda_locked: at.locked,
        suggested_tables,
    }
}

/// The session's café for the console.
pub fn get(db: &Database, session_id: Uuid) -> IpcResult<CafeOverview> {
    let (cafe, saved, state) = db.with(|store| {
        let session = store.session(session_id)?;
        Ok(require_cafe(&session).and_then(|()| read(store, &session)))
    })??;
    Ok(overview(cafe, saved, state.as_ref()))
}

/// Reads the café, applies `change`, plans again if it asks and stores the result.
/// Nothing is stored if the change or the plan fails.
fn change(
    db: &Database,
    session_id: Uuid,
    at: At,
    before: Before,
    change: impl FnOnce(&mut Store, &Session, &mut Cafe, &Progress) -> IpcResult<Then>,
) -> IpcResult<CafeOverview> {
    let (cafe, saved, state) =
        db.with(|store| Ok(change_in(store, session_id, at, before, change)))??;
    Ok(overview(cafe, saved, state.as_ref()))
}

fn change_in(
    store: &mut Store,
    session_id: Uuid,
    At { now, seed: fresh }: At,
    before: Before,
    change: impl FnOnce(&mut Store, &Session, &mut Cafe, &Progress) -> IpcResult<Then>,
) -> IpcResult<(Cafe, bool, Option<LiveState>)> {
    let session = store.session(session_id)?;
    require_cafe(&session)?;
    let (mut cafe, saved, state) = read(store, &session)?;
    if !saved && before == Before::Refuse {
        return Err(IpcError::new(
            ErrorKind::Invalid,
            "Save the café's set-up first: then there is a seating plan to change.",
        ));
    }
    let at = progress(&cafe, state.as_ref());
    let mut then = change(store, &session, &mut cafe, &at)?;
    if !saved && before == Before::Draft {
        // Still a suggestion: read it again so the tables follow the new head count.
        let session = store.session(session_id)?;
        let (draft, _, state) = read(store, &session)?;
        return Ok((draft, false, state));
    }
    // The session may have gained participants inside `change` (walk-ins).
    let session = store.session(session_id)?;
    if cafe.reconcile(&session.participants, at.started) || !saved || cafe.plan.is_none() {
        then = then.max_with(Then::Replan);
    }
    if then != Then::Keep && at.started < cafe.setup.rounds {
        let seed = match (then, &cafe.plan) {
            (Then::Replan, Some(plan)) => plan.seed,
            _ => fresh,
        };
        cafe.replan(at.started, seed, &mut Deadline::after(PLAN_BUDGET))
            .map_err(invalid)?;
    }
    store.save_cafe(session_id, &cafe, now)?;
    let state = store.live_state(session_id)?;
    Ok((cafe, true, state))
}

impl Then {
    fn max_with(self, other: Then) -> Then {
        match (self, other) {
            (Then::Reshuffle, _) | (_, Then::Reshuffle) => Then::Reshuffle,
            (Then::Replan, _) | (_, Then::Replan) => Then::Replan,
            _ => Then::Keep,
        }
    }
}

/// Saves the set-up. Before the session starts the agenda is rebuilt from it (welcome,
/// speaker, rounds, plenary, capture); afterwards only what does not move the agenda
/// (table names, the settle time, table notes) can change.
pub fn setup(
    db: &Database,
    session_id: Uuid,
    setup: CafeSetup,
    at: At,
) -> IpcResult<Changed<CafeOverview>> {
    let setup = setup.validated()?;
    let mut new_agenda = None;
    let overview = change(db, session_id, at, Before::Setup, |_, _, cafe, at| {
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
                )
            };
            if fixed(&before) != fixed(&setup)
                || before.table_size != setup.table_size
                || before.table_max != setup.table_max
            {
                return Err(IpcError::new(
                    ErrorKind::Invalid,
                    "The café has started, so its question, tables and rounds are fixed. You can still rename tables, change how long the table plan shows, and turn table notes on or off.",
                ));
            }
            cafe.setup = setup;
            return Ok(Then::Keep);
        }
        let technique = mobilise_core::technique(TechniqueId::KnowledgeCafe);
        let (agenda, rounds) = setup.agenda(technique);
        let seating_changed = before.tables.len() != setup.tables.len()
            || before.rounds != setup.rounds
            || before.table_size != setup.table_size
            || before.table_max != setup.table_max;
        cafe.setup = setup;
        cafe.round_steps = rounds;
        for guest in &mut cafe.guests {
            if guest
                .host_table
                .is_some_and(|t| t as usize >= cafe.setup.tables.len())
            {
                guest.host_table = None;
            }
        }
        new_agenda = Some(agenda);
        Ok(if seating_changed {
            Then::Replan
        } else {
            Then::Keep
        })
    })?;
    Ok(Changed {
        reply: overview,
        agenda: new_agenda.map(AgendaChange::Replace),
    })
}

/// A new plan for the rounds still to come, from a fresh seed.
pub fn reshuffle(db: &Database, session_id: Uuid, at: At) -> IpcResult<CafeOverview> {
    change(db, session_id, at, Before::Refuse, |_, _, _, _| {
        Ok(Then::Reshuffle)
    })
}

/// Marks someone absent from the round under way (or the next to start) on, or present
/// again; the rounds still to come are planned again.
pub fn set_absent(
    db: &Database,
    session_id: Uuid,
    person: Uuid,
    absent: bool,
    at: At,
) -> IpcResult<CafeOverview> {
    change(db, session_id, at, Before::Refuse, |_, _, cafe, at| {
        if absent {
            let from = at.current.unwrap_or(at.started);
            cafe.mark_absent(person, from).map_err(invalid)?;
        } else {
            cafe.mark_present(person).map_err(invalid)?;
        }
        Ok(Then::Replan)
    })
}

/// Adds people to the session and the café: walk-ins on the day, or a list pasted or
/// imported before it. A walk-in during a round joins the least full table at once.
pub fn add_guests(
    db: &Database,
    session_id: Uuid,
    people: Vec<ParticipantInput>,
    at: At,
) -> IpcResult<CafeOverview> {
    if people.is_empty() {
        return Err(IpcError::new(ErrorKind::Invalid, "There is nobody to add."));
    }
    change(
        db,
        session_id,
        at,
        Before::Draft,
        |store, _, cafe, progress| {
            let mut added = Vec::new();
            for person in &people {
                let participant =
                    store.add_participant(session_id, person, at.now, &mut Uuid::now_v7)?;
                added.push(participant);
            }
            let session = store.session(session_id)?;
            cafe.reconcile(&session.participants, progress.started);
            if let Some(round) = progress.current {
                for participant in &added {
                    cafe.seat_now(participant.person_id, round)
                        .map_err(invalid)?;
                }
            }
            Ok(Then::Replan)
        },
    )
}

/// Makes someone the host of a table (they stay there every round), or no host.
pub fn set_host(
    db: &Database,
    session_id: Uuid,
    person: Uuid,
    table: Option<u32>,
    at: At,
) -> IpcResult<CafeOverview> {
    change(db, session_id, at, Before::Refuse, |_, _, cafe, _| {
        cafe.set_host(person, table).map_err(invalid)?;
        Ok(Then::Replan)
    })
}

/// Keeps two people at different tables in every round still to come (or stops).
pub fn keep_apart(
    db: &Database,
    session_id: Uuid,
    first: Uuid,
    second: Uuid,
    apart: bool,
    at: At,
) -> IpcResult<CafeOverview> {
    change(db, session_id, at, Before::Refuse, |_, _, cafe, _| {
        cafe.set_keep_apart(first, second, apart).map_err(invalid)?;
        Ok(Then::Replan)
    })
}

/// The café record of a session, if it is a café that has one (for the live view).
pub fn stored(store: &Store, session: &Session) -> Option<Cafe> {
    if session.technique != TechniqueId::KnowledgeCafe {
        return None;
    }
    store.cafe(session.id).ok().flatten()
}

/// Replaces what a table said in a round; the plan is left as it is.
pub fn table_note(
    db: &Database,
    session_id: Uuid,
    round: u32,
    table: u32,
    text: &str,
    at: At,
) -> IpcResult<CafeOverview> {
    change(db, session_id, at, Before::Refuse, |_, _, cafe, _| {
        cafe.set_table_note(round, table, text).map_err(invalid)?;
        Ok(Then::Keep)
    })
}
