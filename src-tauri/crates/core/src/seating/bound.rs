//! The lower bound on repeats that no seating can beat, and the floors of the secondary
//! objectives, so the search knows when it can stop and the plan can say "optimal".
//!
//! Repeats are E = Σ over pairs of max(0, m − 1), m counting every meeting: earlier
//! cafés, rounds played and rounds planned. Three arguments each give a bound:
//!
//! 1. **Too many meetings.** The rounds hold M pair-meetings in all (each table of s
//!    seats holds C(s, 2)); a pair meeting m ≥ 1 times repeats m − 1 times, so
//!    E ≥ M − D, where D counts the pairs that can meet at all.
//! 2. **Round by round.** E splits exactly into the repeats from earlier cafés alone
//!    plus, for each round r, the pairs at a table in r who had met before it (a pair
//!    meeting c times in this café after e earlier meetings repeats
//!    max(0, e − 1) + c times if e ≥ 1, and c − 1 otherwise). In a played round that
//!    count is known. In a planned round with g tables, the people of any earlier
//!    round's table T are spread over the g tables and, by convexity, at least
//!    min_together(|T ∩ present|, g) of their pairs still share a table; those pairs
//!    all met at T, so the best earlier round gives a bound for round r.
//! 3. **Too many seat-mates.** A person sits with (table size − 1) others each round
//!    (the smallest table, unless they host or it was played) plus their earlier
//!    meetings, but there are only so many others they can meet; each excess seat-mate
//!    is a repeat seen from both ends, so E ≥ ⌈Σ excess / 2⌉.
//!
//! The bound is the largest of the three.

use super::problem::{Problem, APART};
use super::request::Round;
use super::tables::{choose2, min_together};

/// Whether `i` and `j` can ever have met by the end of the café: they already have, or
/// both sit in the planned rounds, may share a table, and are not hosts of different
/// tables.
fn can_meet(problem: &Problem, attending: &[bool], i: usize, j: usize) -> bool {
    let n = problem.n;
    if problem.history[i * n + j] > 0 {
        return true;
    }
    if problem.planned == 0 || !attending[i] || !attending[j] {
        return false;
    }
    if problem.flags[i * n + j] & APART != 0 {
        return false;
    }
    !matches!((problem.host[i], problem.host[j]), (Some(a), Some(b)) if a != b)
}

pub(crate) fn lower_bound(problem: &Problem, played: &[Round]) -> u64 {
    let n = problem.n;
    let mut attending = vec![false; n];
    for &g in &problem.attendees {
        attending[g as usize] = true;
    }
    let mut partners = vec![0u64; n];
    let mut pairs = 0u64;
    for i in 0..n {
        for j in i + 1..n {
            if can_meet(problem, &attending, i, j) {
                pairs += 1;
                partners[i] += 1;
                partners[j] += 1;
            }
        }
    }
    let planned = problem.planned as u64;
    let table_pairs: u64 = problem.sizes.iter().map(|&s| choose2(s.into())).sum();
    let earlier_meetings: u64 = problem.earlier.iter().map(|&m| u64::from(m)).sum::<u64>() / 2;
    let played_pairs: u64 = played
        .iter()
        .flatten()
        .map(|t| choose2(t.len() as u64))
        .sum();
    let by_meetings =
        (earlier_meetings + played_pairs + planned * table_pairs).saturating_sub(pairs);

    by_meetings
        .max(by_round(problem, played, &attending))
        .max(by_seat_mates(problem, played, &partners))
}

fn by_round(problem: &Problem, played: &[Round], attending: &[bool]) -> u64 {
    let n = problem.n;
    let earlier_repeats: u64 = pairs_of(n)
        .map(|(i, j)| u64::from(problem.earlier[i * n + j].saturating_sub(1)))
        .sum();
    let mut met = problem.earlier.clone();
    let mut played_repeats = 0u64;
    for round in played {
        for table in round {
            for (k, &a) in table.iter().enumerate() {
                for &b in &table[k + 1..] {
                    if met[a as usize * n + b as usize] > 0 {
                        played_repeats += 1;
                    }
                }
            }
        }
        for table in round {
            for (k, &a) in table.iter().enumerate() {
                for &b in &table[k + 1..] {
                    met[a as usize * n + b as usize] += 1;
                    met[b as usize * n + a as usize] += 1;
                }
            }
        }
    }
    let g = problem.tables() as u32;
    let spread = |present: &mut dyn Iterator<Item = u32>| -> u64 {
        present.map(|s| min_together(s, g)).sum()
    };
    let best_played = played
        .iter()
        .map(|round| {
            spread(
                &mut round
                    .iter()
                    .map(|table| table.iter().filter(|&&p| attending[p as usize]).count() as u32),
            )
        })
        .max()
        .unwrap_or(0);
    let planned_round = spread(&mut problem.sizes.iter().copied());
    let planned_repeats: u64 = (0..problem.planned)
        .map(|r| match (r, played.is_empty()) {
            (0, true) => 0,
            (0, false) => best_played,
            _ => best_played.max(planned_round),
        })
        .sum();
    earlier_repeats + played_repeats + planned_repeats
}

fn by_seat_mates(problem: &Problem, played: &[Round], partners: &[u64]) -> u64 {
    let n = problem.n;
    let mut seat_mates = vec![0u64; n];
    for (i, mates) in seat_mates.iter_mut().enumerate() {
        *mates = problem.earlier[i * n..(i + 1) * n]
            .iter()
            .map(|&m| u64::from(m))
            .sum();
    }
    for table in played.iter().flatten() {
        for &p in table {
            seat_mates[p as usize] += table.len() as u64 - 1;
        }
    }
    let smallest = problem.sizes.iter().copied().min().unwrap_or(0);
    for &p in &problem.attendees {
        let p = p as usize;
        let size = problem.host[p].map_or(smallest, |t| problem.sizes[t as usize]);
        seat_mates[p] += problem.planned as u64 * u64::from(size.saturating_sub(1));
    }
    let excess: u64 = seat_mates
        .iter()
        .zip(partners)
        .map(|(&mates, &others)| mates.saturating_sub(others))
        .sum();
    excess.div_ceil(2)
}

/// The least possible spread term Σ max(0, m − 1)² for a plan with `repeats` repeats:
/// each pair starts from what history forces on it, and each further repeat adds at
/// least 1 to the sum (exactly 1 when it lands on a pair with no repeat yet).
pub(crate) fn spread_floor(problem: &Problem, repeats: u64) -> u64 {
    let n = problem.n;
    let (forced, squares) = pairs_of(n).fold((0u64, 0u64), |(sum, sq), (i, j)| {
        let f = u64::from(problem.history[i * n + j].saturating_sub(1));
        (sum + f, sq + f * f)
    });
    squares + repeats.saturating_sub(forced)
}

/// The least possible number of same-team pairs at a table over the planned rounds:
/// each team's members spread over the tables as evenly as seats allow.
pub(crate) fn clash_floor(problem: &Problem) -> u64 {
    let g = problem.tables() as u32;
    let per_round: u64 = problem.team_sizes.iter().map(|&k| min_together(k, g)).sum();
    per_round * problem.planned as u64
}

fn pairs_of(n: usize) -> impl Iterator<Item = (usize, usize)> {
    (0..n).flat_map(move |i| (i + 1..n).map(move |j| (i, j)))
}
