//! The Knowledge Café seating planner: who sits at which table in each round, so that
//! people meet as many new people as possible.
//!
//! The objective, in strict priority:
//! 1. pairs to be kept apart never share a table in a planned round (a plan that breaks
//!    this is refused with [`PlanError::KeepApartUnmet`]);
//! 2. fewest repeats E = Σ over pairs of max(0, times met − 1), counting earlier cafés
//!    and rounds already played;
//! 3. repeats spread out: Σ max(0, m − 1)² as small as possible, so no pair meets a
//!    third time while repeats could go to pairs that met only once;
//! 4. teams mixed: fewest same-team pairs at a table in the planned rounds.
//!
//! [`plan`] starts from a greedy seating and improves it by tabu search over swaps of
//! two guests at different tables of one round (hosts never move, table sizes never
//! change), restarting from a shaken-up best plan when it stalls. It stops at the first
//! of:
//! - the caller's [`Budget`] runs out;
//! - the plan is provably best: no keep-apart pair together, E at the [`lower_bound`],
//!   the spread at its floor (each repeat beyond those forced by history lands on a
//!   different pair that had met only once) and team clashes at their floor (each team
//!   spread as evenly as the tables allow);
//! - no guest who can move sits with anyone they should not, so what cost is left is
//!   forced by history and by hosts pinned together: nothing better exists;
//! - E is at the lower bound but the secondary floors are not reached, and ten restarts
//!   in a row found nothing better. Those floors cannot always be reached (12 people at
//!   3 tables over 3 rounds must have three pairs meet three times to keep E at 6), and
//!   the planner cannot prove when, so it settles rather than spend the whole budget.
//!   When E stays above the bound, it searches until the budget runs out.
//!
//! Core reads no clock and no global randomness: the budget comes from the caller and
//! the randomness from [`PlanRequest::seed`], so the same request, seed and [`Steps`]
//! budget always give the same plan.

mod bound;
mod budget;
mod error;
mod plan;
mod problem;
mod request;
mod score;
mod search;
mod start;
mod tables;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

pub use budget::{Budget, Steps};
pub use error::PlanError;
pub use plan::{meetings, PairCounts, Plan, PlanWarning};
pub use request::{Guest, PlanRequest, Round, MAX_EARLIER_MEETINGS, MAX_GUESTS, MAX_ROUNDS};
pub use tables::{
    default_table_count, min_together, sizes, DEFAULT_MAX_SIZE, DEFAULT_ROUNDS, DEFAULT_TARGET_SIZE,
};

use problem::{Problem, APART};
use score::{Scored, Seating};
use search::Floor;

/// Plans the rounds still to come of `request` within `budget`; the rounds played come
/// back unchanged in front of them.
pub fn plan(request: &PlanRequest, budget: &mut dyn Budget) -> Result<Plan, PlanError> {
    let problem = Problem::new(request)?;
    let bound = bound::lower_bound(&problem, &request.played);
    let mut rng = ChaCha8Rng::seed_from_u64(u64::from(request.seed));
    let seating = if problem.planned == 0 {
        start::random_seating(&problem, &mut rng)
    } else {
        let floor = Floor {
            repeats: bound,
            spread: bound::spread_floor(&problem, bound),
            clashes: bound::clash_floor(&problem),
        };
        search::search(&problem, &floor, budget, &mut rng)
    };
    if let Some((first, second)) = together_apart(&problem, &seating) {
        return Err(PlanError::KeepApartUnmet { first, second });
    }
    Ok(finish(request, &problem, bound, seating, request.seed))
}

/// A plan that seats the rounds to come uniformly at random around the hosts, ignoring
/// everything else (keep-apart pairs included): the baseline for the planner.
pub fn random_plan(request: &PlanRequest, seed: u32) -> Result<Plan, PlanError> {
    let problem = Problem::new(request)?;
    let bound = bound::lower_bound(&problem, &request.played);
    let mut rng = ChaCha8Rng::seed_from_u64(u64::from(seed));
    let seating = start::random_seating(&problem, &mut rng);
    Ok(finish(request, &problem, bound, seating, seed))
}

/// The fewest repeats any plan for `request` can have (see the `bound` module's notes
/// for the argument).
pub fn lower_bound(request: &PlanRequest) -> Result<u32, PlanError> {
    let problem = Problem::new(request)?;
    Ok(saturate(bound::lower_bound(&problem, &request.played)))
}

fn saturate(x: u64) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

fn together_apart(problem: &Problem, seating: &Seating) -> Option<(u32, u32)> {
    let n = problem.n;
    seating.tables.iter().flatten().find_map(|table| {
        table.iter().enumerate().find_map(|(k, &a)| {
            let apart = |b: &&u32| problem.flags[a as usize * n + **b as usize] & APART != 0;
            table[k + 1..]
                .iter()
                .find(apart)
                .map(|&b| (a.min(b), a.max(b)))
        })
    })
}

fn finish(
    request: &PlanRequest,
    problem: &Problem,
    bound: u64,
    seating: Seating,
    seed: u32,
) -> Plan {
    let scored = Scored::new(problem, seating);
    let mut rounds = request.played.clone();
    for round in &scored.seating.tables {
        let tables = round.iter().map(|table| {
            let mut table = table.clone();
            table.sort_by_key(|&g| (problem.host[g as usize].is_none(), g));
            table
        });
        rounds.push(tables.collect());
    }
    let repeats = scored.cost.repeats.max(0) as u64;
    let lower_bound = saturate(bound);
    Plan {
        rounds,
        repeats: saturate(repeats),
        lower_bound,
        optimal: repeats == bound,
        team_clashes: saturate(scored.cost.clashes.max(0) as u64),
        seed,
        warnings: warnings(request, problem, lower_bound),
    }
}

fn warnings(request: &PlanRequest, problem: &Problem, lower_bound: u32) -> Vec<PlanWarning> {
    let mut warnings = Vec::new();
    if problem.planned == 0 {
        return warnings;
    }
    let tables = problem.tables() as u32;
    let seats = problem.sizes.first().copied().unwrap_or(0);
    if request.rounds >= 2 && tables < seats {
        warnings.push(PlanWarning::FewerTablesThanSeats { tables, seats });
    } else if lower_bound > 0 {
        warnings.push(PlanWarning::RepeatsUnavoidable {
            at_least: lower_bound,
        });
    }
    for table in 0..tables {
        if problem.host.contains(&Some(table)) {
            continue;
        }
        let away = request.guests.iter().enumerate().position(|(guest, g)| {
            g.host_table == Some(table) && !problem.attendees.contains(&(guest as u32))
        });
        if let Some(guest) = away {
            let guest = guest as u32;
            warnings.push(PlanWarning::HostAbsent { guest, table });
        }
    }
    warnings
}
