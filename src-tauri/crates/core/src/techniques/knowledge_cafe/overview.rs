//! The café as the console shows it: the record (or the suggested set-up before one is
//! saved), where the rounds stand, the tables the planner suggests, and every round's
//! seating with names.

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::progress::{draft, progress};
use super::record::{Cafe, PersonCard, TableSeating};
use super::setup::CafeSetup;
use crate::seating::default_table_count;
use crate::techniques::Context;

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
    /// The round whose attendance the console marks: the one under way, or the next.
    pub attendance_round: u32,
    /// The guests taking part in that round.
    pub here: Vec<Uuid>,
    /// Per round, each table with the names of those attending.
    pub seating: Vec<Vec<TableSeating>>,
    /// Each guest's table in every round.
    pub cards: Vec<PersonCard>,
    /// What the console's preset buttons put in the set-up form.
    pub presets: CafePresets,
}

/// The set-up's question and tables with the timings of the standard café and of the
/// 30-minute Espresso Café.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CafePresets {
    pub standard: CafeSetup,
    pub espresso: CafeSetup,
}

impl CafePresets {
    fn of(setup: &CafeSetup) -> CafePresets {
        let keep = |preset: CafeSetup| CafeSetup {
            tables: setup.tables.clone(),
            table_size: setup.table_size,
            table_max: setup.table_max,
            table_notes: setup.table_notes,
            ..preset
        };
        let tables = u32::try_from(setup.tables.len()).unwrap_or(u32::MAX);
        CafePresets {
            standard: keep(CafeSetup::standard(&setup.question, tables)),
            espresso: keep(CafeSetup::espresso(&setup.question, tables)),
        }
    }
}

impl CafeOverview {
    pub(super) fn new(record: Option<&Cafe>, ctx: &Context<'_>) -> CafeOverview {
        let saved = record.is_some();
        let mut cafe = record.cloned().unwrap_or_else(|| draft(ctx));
        let at = progress(&cafe, ctx.live);
        cafe.reconcile(&ctx.session.participants, at.started);
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
        let last = cafe.setup.rounds.saturating_sub(1);
        let attendance_round = at.current.unwrap_or(at.started.min(last));
        let here = cafe
            .guests
            .iter()
            .filter(|g| g.attends(attendance_round))
            .map(|g| g.person_id)
            .collect();
        CafeOverview {
            presets: CafePresets::of(&cafe.setup),
            attendance_round,
            here,
            seating: (0..cafe.setup.rounds).map(|r| cafe.seating(r)).collect(),
            cards: cafe.cards(),
            cafe,
            saved,
            rounds_started: at.started,
            current_round: at.current,
            agenda_locked: at.locked,
            suggested_tables,
        }
    }
}
