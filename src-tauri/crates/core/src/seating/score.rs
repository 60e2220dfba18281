//! The objective and its pair-meeting matrix. A swap of two guests changes only the pairs
//! at their two tables, so its effect is weighed in O(table size), never O(n²).

use std::ops::{Add, Sub};

use super::problem::{Problem, APART, SAME_TEAM};

/// Marks a guest with no seat in a round.
pub(crate) const NO_TABLE: u32 = u32::MAX;

/// How bad a seating is, compared field by field in this order (the derived `Ord` is
/// lexicographic): keep-apart pairs together, repeats E, the spread Σ max(0, m − 1)²
/// (convex, so one pair meeting three times costs more than two pairs meeting twice),
/// then same-team pairs at a table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Cost {
    pub violations: i64,
    pub repeats: i64,
    pub spread: i64,
    pub clashes: i64,
}

impl Add for Cost {
    type Output = Cost;
    fn add(self, d: Cost) -> Cost {
        Cost {
            violations: self.violations + d.violations,
            repeats: self.repeats + d.repeats,
            spread: self.spread + d.spread,
            clashes: self.clashes + d.clashes,
        }
    }
}

impl Sub for Cost {
    type Output = Cost;
    fn sub(self, d: Cost) -> Cost {
        Cost {
            violations: self.violations - d.violations,
            repeats: self.repeats - d.repeats,
            spread: self.spread - d.spread,
            clashes: self.clashes - d.clashes,
        }
    }
}

/// For one planned round: what each guest's table-mates cost them now (as the change
/// if they left), and what each table's would cost them if they joined it. Worked out
/// once per search step, it makes weighing any swap of the round O(1).
#[derive(Default)]
pub(crate) struct SwapCosts {
    tables: usize,
    leave: Vec<Cost>,
    join: Vec<Cost>,
    hot: Vec<bool>,
}

/// The planned rounds only: `seat[r][guest]` is the guest's table in planned round r
/// ([`NO_TABLE`] if absent), and `tables[r][t]` lists who sits at table t.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Seating {
    pub seat: Vec<Vec<u32>>,
    pub tables: Vec<Vec<Vec<u32>>>,
}

/// A seating with its pair-meeting counts (history included) and its cost, kept in step
/// by [`Scored::swap`].
pub(crate) struct Scored<'a> {
    problem: &'a Problem,
    pub seating: Seating,
    met: Vec<u32>,
    pub cost: Cost,
}

impl<'a> Scored<'a> {
    pub fn new(problem: &'a Problem, seating: Seating) -> Scored<'a> {
        let n = problem.n;
        let mut met = problem.history.clone();
        let mut cost = Cost::default();
        for table in seating.tables.iter().flatten() {
            for (k, &a) in table.iter().enumerate() {
                for &b in &table[k + 1..] {
                    let (i, j) = (a as usize, b as usize);
                    met[i * n + j] += 1;
                    met[j * n + i] += 1;
                    let flags = problem.flags[i * n + j];
                    cost.violations += i64::from(flags & APART != 0);
                    cost.clashes += i64::from(flags & SAME_TEAM != 0);
                }
            }
        }
        for i in 0..n {
            for &m in &met[i * n + i + 1..(i + 1) * n] {
                let excess = i64::from(m.saturating_sub(1));
                cost.repeats += excess;
                cost.spread += excess * excess;
            }
        }
        Scored {
            problem,
            seating,
            met,
            cost,
        }
    }

    /// How the cost would change if `a` and `b` (at different tables of planned round
    /// `r`) swapped seats. No pair is touched twice: `a`'s pairs with its old and new
    /// table-mates, then `b`'s, and `a`–`b` stay apart either way.
    #[inline]
    pub fn delta(&self, r: usize, a: u32, b: u32) -> Cost {
        let seat = &self.seating.seat[r];
        let tables = &self.seating.tables[r];
        let (ta, tb) = (seat[a as usize], seat[b as usize]);
        let mut d = Cost::default();
        for &x in &tables[ta as usize] {
            if x != a {
                self.leave(a, x, &mut d);
                self.join(b, x, &mut d);
            }
        }
        for &y in &tables[tb as usize] {
            if y != b {
                self.leave(b, y, &mut d);
                self.join(a, y, &mut d);
            }
        }
        d
    }

    // Branch-free on purpose: whether a pair met before is a coin toss to the branch
    // predictor, and these two run a dozen times per candidate swap.
    #[inline]
    fn join(&self, i: u32, j: u32, d: &mut Cost) {
        let k = i as usize * self.problem.n + j as usize;
        let m = i64::from(self.met[k]);
        let met = i64::from(m >= 1);
        d.repeats += met;
        d.spread += met * (2 * m - 1);
        let flags = self.problem.flags[k];
        d.violations += i64::from(flags & APART);
        d.clashes += i64::from((flags & SAME_TEAM) >> 1);
    }

    #[inline]
    fn leave(&self, i: u32, j: u32, d: &mut Cost) {
        let k = i as usize * self.problem.n + j as usize;
        let m = i64::from(self.met[k]);
        let again = i64::from(m >= 2);
        d.repeats -= again;
        d.spread -= again * (2 * m - 3);
        let flags = self.problem.flags[k];
        d.violations -= i64::from(flags & APART);
        d.clashes -= i64::from((flags & SAME_TEAM) >> 1);
    }

    /// Fills `costs` for planned round `r`, for swaps whose first guest is `troubled`:
    /// every guest's cost of leaving, the troubled guests' cost of joining any table,
    /// and anyone's cost of joining a table where a troubled guest sits.
    pub fn swap_costs(&self, r: usize, troubled: &[bool], costs: &mut SwapCosts) {
        let n = self.problem.n;
        let tables = &self.seating.tables[r];
        let seat = &self.seating.seat[r];
        let g = tables.len();
        costs.tables = g;
        costs.leave.clear();
        costs.leave.resize(n, Cost::default());
        costs.join.clear();
        costs.join.resize(n * g, Cost::default());
        costs.hot.clear();
        costs.hot.extend(
            tables
                .iter()
                .map(|t| t.iter().any(|&x| troubled[x as usize])),
        );
        for &guest in &self.problem.attendees {
            let own = seat[guest as usize] as usize;
            let mut d = Cost::default();
            for &x in &tables[own] {
                if x != guest {
                    self.leave(guest, x, &mut d);
                }
            }
            costs.leave[guest as usize] = d;
            let all = troubled[guest as usize];
            for (t, table) in tables.iter().enumerate() {
                if t == own || !(all || costs.hot[t]) {
                    continue;
                }
                let mut d = Cost::default();
                for &x in table {
                    self.join(guest, x, &mut d);
                }
                costs.join[guest as usize * g + t] = d;
            }
        }
    }

    /// [`Scored::delta`] from costs filled by [`Scored::swap_costs`] for round `r`:
    /// each guest leaves their table and joins the other's, except that neither joins
    /// the other.
    #[inline]
    pub fn delta_from(&self, costs: &SwapCosts, r: usize, a: u32, b: u32) -> Cost {
        let seat = &self.seating.seat[r];
        let (ta, tb) = (seat[a as usize] as usize, seat[b as usize] as usize);
        let (a, b) = (a as usize, b as usize);
        let mut each_other = Cost::default();
        self.join(a as u32, b as u32, &mut each_other);
        costs.leave[a]
            + costs.leave[b]
            + costs.join[a * costs.tables + tb]
            + costs.join[b * costs.tables + ta]
            - each_other
            - each_other
    }

    /// Swaps `a` and `b` (at different tables of planned round `r`).
    pub fn swap(&mut self, r: usize, a: u32, b: u32) {
        self.cost = self.cost + self.delta(r, a, b);
        let n = self.problem.n;
        let (ta, tb) = {
            let seat = &self.seating.seat[r];
            (seat[a as usize] as usize, seat[b as usize] as usize)
        };
        let tables = &mut self.seating.tables[r];
        for &x in &tables[ta] {
            if x != a {
                bump(&mut self.met, n, a, x, false);
                bump(&mut self.met, n, b, x, true);
            }
        }
        for &y in &tables[tb] {
            if y != b {
                bump(&mut self.met, n, b, y, false);
                bump(&mut self.met, n, a, y, true);
            }
        }
        for guest in tables[ta].iter_mut().filter(|g| **g == a) {
            *guest = b;
        }
        for guest in tables[tb].iter_mut().filter(|g| **g == b) {
            *guest = a;
        }
        let seat = &mut self.seating.seat[r];
        seat[a as usize] = tb as u32;
        seat[b as usize] = ta as u32;
    }

    /// Whether two table-mates in a planned round add to the cost: they met before, are
    /// to be kept apart, or share a team.
    #[inline]
    pub fn troubled(&self, a: u32, b: u32) -> bool {
        let k = a as usize * self.problem.n + b as usize;
        self.met[k] >= 2 || self.problem.flags[k] != 0
    }
}

fn bump(met: &mut [u32], n: usize, a: u32, b: u32, up: bool) {
    let (i, j) = (a as usize, b as usize);
    for k in [i * n + j, j * n + i] {
        if up {
            met[k] += 1;
        } else {
            met[k] -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    use super::*;
    use crate::seating::request::{Guest, PlanRequest};
    use crate::seating::start::random_seating;

    /// 14 guests of two teams, with history and keep-apart pairs, so every term of the
    /// cost moves.
    fn problem() -> Problem {
        let guests = (0..14)
            .map(|i| Guest {
                team: (i % 3 != 0).then(|| ["A", "B"][i % 2].to_string()),
                host_table: (i == 0).then_some(1),
            })
            .collect();
        let mut request = PlanRequest::new(guests, 4);
        request.rounds = 4;
        request.played = vec![vec![vec![0, 1, 2, 3], vec![4, 5, 6, 7], vec![8, 9, 10]]];
        request.earlier = vec![(1, 2, 2), (11, 12, 1)];
        request.keep_apart = vec![(3, 4), (5, 9)];
        Problem::new(&request).expect("a valid request")
    }

    #[test]
    fn swaps_keep_counts_and_cost_in_step_with_a_full_recount() {
        let problem = problem();
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut scored = Scored::new(&problem, random_seating(&problem, &mut rng));
        let mut costs = SwapCosts::default();
        let everyone = vec![true; problem.n];
        for _ in 0..500 {
            let r = rng.random_range(0..problem.planned);
            let a = rng.random_range(1..problem.n as u32);
            let b = rng.random_range(1..problem.n as u32);
            if scored.seating.seat[r][a as usize] == scored.seating.seat[r][b as usize] {
                continue;
            }
            let delta = scored.delta(r, a, b);
            scored.swap_costs(r, &everyone, &mut costs);
            assert_eq!(scored.delta_from(&costs, r, a, b), delta);
            let before = scored.cost;
            scored.swap(r, a, b);
            let recount = Scored::new(&problem, scored.seating.clone());
            assert_eq!(scored.cost, before + delta);
            assert_eq!(scored.cost, recount.cost);
            assert_eq!(scored.met, recount.met);
        }
    }
}
