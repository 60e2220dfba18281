//! The least-cost matching: against an exhaustive search on graphs of up to 14 people (the
//! greatest number of pairs, then the least cost), and on whole rooms where everyone can meet
//! everyone.

use std::collections::HashMap;

use mobilise_core::matching::{least_cost, Edge, Matching};
use proptest::prelude::*;

/// The best (pairs, cost) over every matching, by dynamic programming over every subset
/// of the people: the lowest-numbered person of a subset is either left single or paired
/// with one of the rest.
fn exhaustive(n: usize, edges: &[Edge]) -> (usize, i64) {
    let mut cost = vec![vec![None; n]; n];
    for &(a, b, c) in edges {
        if a != b {
            let slot: &mut Option<i64> = &mut cost[a][b];
            *slot = Some(slot.map_or(c, |old| old.min(c)));
            cost[b][a] = cost[a][b];
        }
    }
    let better = |x: (usize, i64), y: (usize, i64)| x.0 > y.0 || (x.0 == y.0 && x.1 < y.1);
    let mut best = vec![(0usize, 0i64); 1 << n];
    for mask in 1usize..1 << n {
        let v = mask.trailing_zeros() as usize;
        let rest = mask & !(1 << v);
        let mut here = best[rest];
        for u in (v + 1..n).filter(|u| rest & (1 << u) != 0) {
            if let Some(c) = cost[v][u] {
                let (pairs, total) = best[rest & !(1 << u)];
                let candidate = (pairs + 1, total + c);
                if better(candidate, here) {
                    here = candidate;
                }
            }
        }
        best[mask] = here;
    }
    best[(1 << n) - 1]
}

/// The matching's pairs and cost, checked to be a matching over the given edges.
fn measured(n: usize, edges: &[Edge], matching: &Matching) -> (usize, i64) {
    let mut cost = HashMap::new();
    for &(a, b, c) in edges {
        let slot = cost.entry((a.min(b), a.max(b))).or_insert(c);
        *slot = (*slot).min(c);
    }
    let pairs = matching.pairs();
    let mut seen = vec![false; n];
    let mut total = 0;
    for &(a, b) in &pairs {
        assert!(
            !seen[a] && !seen[b],
            "{a} or {b} is in two pairs: {pairs:?}"
        );
        seen[a] = true;
        seen[b] = true;
        assert_eq!(matching.partner(a), Some(b));
        total += cost
            .get(&(a, b))
            .unwrap_or_else(|| panic!("({a}, {b}) is not an edge"));
    }
    assert_eq!(matching.single().len(), n - 2 * pairs.len());
    (pairs.len(), total)
}

fn graph(max_n: usize, max_cost: i64) -> impl Strategy<Value = (usize, Vec<Edge>)> {
    (1..=max_n).prop_flat_map(move |n| {
        let all: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
        let count = all.len();
        (
            Just(n),
            proptest::collection::vec((any::<bool>(), 0..=max_cost), count).prop_map(
                move |picks| {
                    all.iter()
                        .zip(picks)
                        .filter(|(_, (keep, _))| *keep)
                        .map(|(&(a, b), (_, c))| (a, b, c))
                        .collect::<Vec<Edge>>()
                },
            ),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn it_pairs_as_many_as_can_be_paired_at_the_least_cost((n, edges) in graph(14, 1000)) {
        let matching = least_cost(n, &edges);
        prop_assert_eq!(measured(n, &edges, &matching), exhaustive(n, &edges));
    }

    #[test]
    fn ties_between_few_costs_are_settled_exactly_too((n, edges) in graph(14, 3)) {
        let matching = least_cost(n, &edges);
        prop_assert_eq!(measured(n, &edges, &matching), exhaustive(n, &edges));
    }

    #[test]
    fn every_pair_allowed_pairs_everyone_but_one_of_an_odd_number(
        n in 1usize..40,
        costs in proptest::collection::vec(0i64..4, 780),
    ) {
        let edges: Vec<Edge> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .zip(costs)
            .map(|((a, b), c)| (a, b, c))
            .collect();
        let matching = least_cost(n, &edges);
        prop_assert_eq!(matching.pairs().len(), n / 2);
        prop_assert_eq!(matching.single().len(), n % 2);
    }
}

#[test]
fn nothing_to_match_is_no_pairs() {
    assert!(least_cost(0, &[]).pairs().is_empty());
    assert_eq!(least_cost(3, &[]).single(), [0, 1, 2]);
}

#[test]
fn edges_to_oneself_or_outside_the_room_are_ignored() {
    let matching = least_cost(2, &[(0, 0, 0), (1, 5, 0), (0, 1, 7)]);
    assert_eq!(matching.pairs(), [(0, 1)]);
}

#[test]
fn a_dear_pair_is_taken_only_when_it_lets_more_people_meet() {
    // 0-1 is cheap, but only 0-2 and 1-3 pair all four.
    let edges = [(0, 1, 0), (0, 2, 50), (1, 3, 50)];
    assert_eq!(least_cost(4, &edges).pairs(), [(0, 2), (1, 3)]);
}

#[test]
fn a_room_of_three_hundred_where_one_pair_in_three_is_dear_meets_all_cheaply() {
    // Everyone in one of three groups; a pair within a group costs 10, across costs 0.
    let n = 300;
    let edges: Vec<Edge> = (0..n)
        .flat_map(|a| (a + 1..n).map(move |b| (a, b, if a % 3 == b % 3 { 10 } else { 0 })))
        .collect();
    let matching = least_cost(n, &edges);
    assert_eq!(matching.pairs().len(), 150);
    assert!(matching.pairs().iter().all(|&(a, b)| a % 3 != b % 3));
}
