//! The least-cost way to pair people up: a matching of the greatest size (everyone paired,
//! when their number is even and the allowed pairs permit it) whose pairs cost least in
//! all, found exactly by Edmonds' blossom algorithm ([`blossom`]). A pair that must never
//! be made is simply not given as an edge. Deterministic: the same edges in the same order
//! give the same pairs, so a caller that wants a random choice among equally good
//! pairings shuffles the people first.

mod blossom;

/// A pair the matching may make and what it costs: `(a, b, cost)` for people `a` and `b`
/// (indices from 0), a cost of 0 or more.
pub type Edge = (usize, usize, i64);

/// The greatest cost an edge may carry: far more than any weighting needs, and small
/// enough that the algorithm's sums cannot overflow.
pub const MAX_COST: i64 = 1 << 40;

/// Pairs chosen from `n` people: each person's partner, or none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matching {
    mate: Vec<Option<usize>>,
}

impl Matching {
    /// Each pair once, the lower index first, in order of it.
    pub fn pairs(&self) -> Vec<(usize, usize)> {
        self.mate
            .iter()
            .enumerate()
            .filter_map(|(a, m)| m.filter(|&b| a < b).map(|b| (a, b)))
            .collect()
    }

    /// Who has no partner, in order.
    pub fn single(&self) -> Vec<usize> {
        (0..self.mate.len())
            .filter(|&a| self.mate[a].is_none())
            .collect()
    }

    pub fn partner(&self, person: usize) -> Option<usize> {
        self.mate.get(person).copied().flatten()
    }
}

/// Among the matchings of `n` people over `edges` that pair as many as possible, one of
/// the least total cost. Edges to oneself or to someone outside `0..n` are ignored, a
/// pair given twice counts at its lower cost, and costs are held to `0..=MAX_COST`.
pub fn least_cost(n: usize, edges: &[Edge]) -> Matching {
    let mut cheapest = std::collections::BTreeMap::new();
    for &(a, b, cost) in edges {
        if a == b || a >= n || b >= n {
            continue;
        }
        let cost = cost.clamp(0, MAX_COST);
        let slot = cheapest.entry((a.min(b), a.max(b))).or_insert(cost);
        *slot = (*slot).min(cost);
    }
    // Kept in the caller's order, which decides between equally good pairings.
    let mut seen = std::collections::HashSet::new();
    let ordered: Vec<Edge> = edges
        .iter()
        .filter_map(|&(a, b, _)| {
            let key = (a.min(b), a.max(b));
            let cost = *cheapest.get(&key)?;
            seen.insert(key).then_some((a, b, cost))
        })
        .collect();
    let Some(top) = ordered.iter().map(|e| e.2).max() else {
        return Matching {
            mate: vec![None; n],
        };
    };
    let least = ordered.iter().map(|e| e.2).min().unwrap_or(0);
    // Weights to maximise: every edge worth at least 1, so the greatest cardinality and
    // then the least cost is the greatest weight.
    let weighted: Vec<Edge> = ordered
        .iter()
        .map(|&(a, b, c)| (a, b, top + 1 - c))
        .collect();
    // The cheapest pairs taken greedily first: they are tight under the first duals, so
    // the algorithm only works on the people they leave single.
    let mut taken = vec![false; n];
    let mut start = Vec::new();
    for &(a, b, c) in &ordered {
        if c == least && !taken[a] && !taken[b] {
            taken[a] = true;
            taken[b] = true;
            start.push((a, b));
        }
    }
    Matching {
        mate: blossom::max_weight_matching(n, &weighted, &start),
    }
}
