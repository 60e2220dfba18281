//! The odd one out of an odd number: who it may be, and who joins them, so that nobody is
//! put in a trio again while others in the round have been in fewer.

use super::weights::Weigher;

/// Positions in `free` of those who may be left over: the fewest trios so far.
pub fn candidates(free: &[usize], weigher: &Weigher) -> Vec<usize> {
    let fewest = free.iter().map(|&i| weigher.trios[i]).min().unwrap_or(0);
    (0..free.len())
        .filter(|&x| weigher.trios[free[x]] == fewest)
        .collect()
}

/// The two who make a trio with `one`: those with the fewest trios so far (together),
/// then the least cost of the three meetings; none when `one` is kept apart from all.
pub fn partners(
    one: usize,
    free: &[usize],
    weigher: &Weigher,
    cost: &impl Fn(usize, usize) -> i64,
) -> Option<(usize, usize)> {
    let others: Vec<usize> = free
        .iter()
        .copied()
        .filter(|&i| i != one && weigher.allowed(one, i))
        .collect();
    let mut best: Option<((u64, i64), (usize, usize))> = None;
    for (x, &y) in others.iter().enumerate() {
        for &z in &others[x + 1..] {
            if !weigher.allowed(y, z) {
                continue;
            }
            let trios = u64::from(weigher.trios[y]) + u64::from(weigher.trios[z]);
            let added = cost(one, y)
                .saturating_add(cost(one, z))
                .saturating_add(cost(y, z));
            let key = (trios, added);
            if best.is_none_or(|(b, _)| key < b) {
                best = Some((key, (y, z)));
            }
        }
    }
    best.map(|(_, pair)| pair)
}

/// Puts `one` with the pair it adds least to: first a pair who have been in the fewest
/// trios, then the least cost of the two new meetings. False when every pair holds
/// someone `one` is kept apart from.
pub fn join(
    one: usize,
    groups: &mut [Vec<usize>],
    weigher: &Weigher,
    cost: &impl Fn(usize, usize) -> i64,
) -> bool {
    let best = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.len() == 2 && g.iter().all(|&m| weigher.allowed(one, m)))
        .min_by_key(|(_, g)| {
            let trios: u64 = g.iter().map(|&m| u64::from(weigher.trios[m])).sum();
            let added = g
                .iter()
                .fold(0i64, |sum, &m| sum.saturating_add(cost(one, m)));
            (trios, added)
        })
        .map(|(at, _)| at);
    match best {
        Some(at) => {
            groups[at].push(one);
            true
        }
        None => false,
    }
}
