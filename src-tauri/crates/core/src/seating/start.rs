//! Where the search starts: a greedy seating, round by round, and the uniformly random
//! seating the planner is measured against.

use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::problem::{Problem, APART, SAME_TEAM};
use super::score::{Cost, Seating, NO_TABLE};

fn empty(problem: &Problem) -> Seating {
    Seating {
        seat: vec![vec![NO_TABLE; problem.n]; problem.planned],
        tables: vec![vec![Vec::new(); problem.tables()]; problem.planned],
    }
}

pub(crate) fn movable(problem: &Problem) -> Vec<u32> {
    let hosted = |g: &u32| problem.host[*g as usize].is_some();
    problem
        .attendees
        .iter()
        .copied()
        .filter(|g| !hosted(g))
        .collect()
}

fn seat_hosts(problem: &Problem, seating: &mut Seating, r: usize) {
    for &g in &problem.attendees {
        if let Some(t) = problem.host[g as usize] {
            seating.tables[r][t as usize].push(g);
            seating.seat[r][g as usize] = t;
        }
    }
}

/// Every planned round seated uniformly at random around the hosts, with no regard for
/// anything else: the baseline the planner is measured against.
pub(crate) fn random_seating(problem: &Problem, rng: &mut ChaCha8Rng) -> Seating {
    let mut seating = empty(problem);
    let mut guests = movable(problem);
    for r in 0..problem.planned {
        seat_hosts(problem, &mut seating, r);
        guests.shuffle(rng);
        let mut next = guests.iter();
        for (t, &size) in problem.sizes.iter().enumerate() {
            while seating.tables[r][t].len() < size as usize {
                let Some(&g) = next.next() else { break };
                seating.tables[r][t].push(g);
                seating.seat[r][g as usize] = t as u32;
            }
        }
    }
    seating
}

/// Seats the planned rounds one after another, each guest at the open table where they
/// add the least cost given everyone seated so far. Guests with keep-apart partners go
/// first, while there is still a choice of tables.
pub(crate) fn greedy(problem: &Problem, rng: &mut ChaCha8Rng) -> Seating {
    let mut seating = empty(problem);
    let mut met = problem.history.clone();
    for r in 0..problem.planned {
        seat_round(problem, &mut seating, r, &met, rng);
        add_round(problem.n, &seating.tables[r], &mut met);
    }
    seating
}

fn add_round(n: usize, tables: &[Vec<u32>], met: &mut [u32]) {
    for table in tables {
        for (k, &a) in table.iter().enumerate() {
            for &b in &table[k + 1..] {
                met[a as usize * n + b as usize] += 1;
                met[b as usize * n + a as usize] += 1;
            }
        }
    }
}

/// Seats planned round `r` (empty on entry) greedily against the meetings `met`.
fn seat_round(
    problem: &Problem,
    seating: &mut Seating,
    r: usize,
    met: &[u32],
    rng: &mut ChaCha8Rng,
) {
    let n = problem.n;
    let apart = |g: &u32| {
        let row = &problem.flags[*g as usize * n..(*g as usize + 1) * n];
        row.iter().any(|f| f & APART != 0)
    };
    let (mut first, mut rest): (Vec<u32>, Vec<u32>) = movable(problem).into_iter().partition(apart);
    seat_hosts(problem, seating, r);
    first.shuffle(rng);
    rest.shuffle(rng);
    for &g in first.iter().chain(&rest) {
        let mut choice: Option<(Cost, usize)> = None;
        let mut ties = 0u32;
        for (t, &size) in problem.sizes.iter().enumerate() {
            let table = &seating.tables[r][t];
            if table.len() >= size as usize {
                continue;
            }
            let mut cost = Cost::default();
            for &x in table {
                let k = g as usize * n + x as usize;
                let m = i64::from(met[k]);
                if m >= 1 {
                    cost.repeats += 1;
                    cost.spread += 2 * m - 1;
                }
                cost.violations += i64::from(problem.flags[k] & APART);
                cost.clashes += i64::from((problem.flags[k] & SAME_TEAM) >> 1);
            }
            if pick(&mut choice, &mut ties, cost, rng) {
                choice = Some((cost, t));
            }
        }
        if let Some((_, t)) = choice {
            seating.tables[r][t].push(g);
            seating.seat[r][g as usize] = t as u32;
        }
    }
}

/// Whether a candidate of cost `cost` should replace the current choice: when it is
/// cheaper, or, among equally cheap candidates, with equal chance for each.
pub(crate) fn pick<T>(
    choice: &mut Option<(Cost, T)>,
    ties: &mut u32,
    cost: Cost,
    rng: &mut ChaCha8Rng,
) -> bool {
    match choice {
        Some((best, _)) if cost > *best => false,
        Some((best, _)) if cost == *best => {
            *ties += 1;
            rng.random_range(0..*ties) == 0
        }
        _ => {
            *ties = 1;
            true
        }
    }
}
