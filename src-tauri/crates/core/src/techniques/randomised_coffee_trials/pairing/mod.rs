//! One round of a coffee trial paired: everyone in the round meets one other person (or,
//! with an odd number, exactly one trio is formed), by a least-cost matching over every
//! allowed pair whose costs hold the trial's priorities in strict order:
//!
//! 1. people kept apart never meet (their pair is no edge at all);
//! 2. nobody meets someone they have met before in the trial or its history, or, when
//!    that cannot be helped, as few do as possible, the longest-ago meetings first;
//! 3. pairs cross departments or professional groups (and organisations, when the trial
//!    runs across them);
//! 4. a senior leader meets someone who is not one;
//! 5. if asked, people meet someone on their own site.
//!
//! Deterministic: the same request and seed give the same round; the seed decides between
//! pairings that are equally good.

mod programme;
mod report;
mod trio;
mod weights;

use std::collections::{HashMap, HashSet};

use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::matching::{least_cost, Edge};
pub use programme::plan_programme;
pub use report::RoundReport;
use weights::Weigher;

/// Someone in the round, as the pairing weighs them. Blank text is "not known", never a
/// group of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Member {
    pub id: Uuid,
    /// Department or professional group.
    pub group: String,
    pub organisation: String,
    pub site: String,
    pub senior: bool,
}

/// An earlier round of the trial or of the trials it follows on from: who met whom.
/// `round` orders them: a greater number is more recent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EarlierRound {
    pub round: u32,
    pub groups: Vec<Vec<Uuid>>,
}

/// What happens to the odd one out of an odd number of people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum OddOneOut {
    /// They join a pair, making the round's one trio.
    Trio,
    /// The co-ordinator meets them.
    WithCoordinator,
}

/// A round to pair, with everything that weighs on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundRequest<'a> {
    /// Everyone taking part in this round, in any order.
    pub members: &'a [Member],
    /// Earlier rounds, of this trial and its history.
    pub earlier: &'a [EarlierRound],
    /// Pairs who must never be put together.
    pub keep_apart: &'a [(Uuid, Uuid)],
    /// The trial runs across organisations: meeting someone from another one matters too.
    pub across_organisations: bool,
    pub prefer_same_site: bool,
    /// Pairs (or a trio) the co-ordinator has fixed by hand: kept as they are, with the
    /// rest of the round paired around them.
    pub locked: &'a [Vec<Uuid>],
    pub odd: OddOneOut,
    pub seed: u64,
}

/// A round paired.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RoundPairing {
    /// The pairs, and at most one trio (more only when people kept apart leave no other
    /// way), each in the members' order.
    pub groups: Vec<Vec<Uuid>>,
    /// Who meets the co-ordinator (`OddOneOut::WithCoordinator`), or the one nobody can
    /// meet: everyone else they could meet is kept apart from them.
    pub unpaired: Vec<Uuid>,
    pub report: RoundReport,
}

/// Pairs one round.
pub fn pair_round(request: &RoundRequest<'_>) -> RoundPairing {
    let members = shuffled(request);
    let weigher = Weigher::new(&members, request);
    let (locked, free) = split_locked(&members, request.locked);
    let (paired, unpaired) = pair_free(&free, &weigher, request.odd, |a, b| weigher.cost(a, b));
    let mut groups = locked.clone();
    groups.extend(paired);
    let report = report(&weigher, &locked, &free, &groups, request.odd);
    outcome(request.members, &members, &groups, &unpaired, report)
}

/// The round's members once each, in the order the seed gives: the matching settles ties
/// between equally good pairings by order, so the seed decides them.
fn shuffled<'a>(request: &RoundRequest<'a>) -> Vec<&'a Member> {
    let mut members = dedup(request.members);
    members.shuffle(&mut ChaCha8Rng::seed_from_u64(request.seed));
    members
}

/// The figures of `groups`, with the least the round could have of each found by pairing
/// `free` again with it as the only concern (nothing to look for when the round has none).
fn report(
    weigher: &Weigher,
    locked: &[Vec<usize>],
    free: &[usize],
    groups: &[Vec<usize>],
    odd: OddOneOut,
) -> RoundReport {
    let mut report = RoundReport::of(groups, weigher);
    if report.repeats > 0 {
        let (least, _) = pair_free(free, weigher, odd, |a, b| weigher.repeat_level(a, b));
        report.fewest_repeats = weigher.repeats(locked) + weigher.repeats(&least);
    }
    if report.same_group > 0 {
        let (least, _) = pair_free(free, weigher, odd, |a, b| weigher.same_group(a, b));
        report.fewest_same_group = weigher.same_groups(locked) + weigher.same_groups(&least);
    }
    report
}

fn outcome(
    given: &[Member],
    members: &[&Member],
    groups: &[Vec<usize>],
    unpaired: &[usize],
    report: RoundReport,
) -> RoundPairing {
    RoundPairing {
        groups: in_given_order(given, members, groups),
        unpaired: unpaired.iter().map(|&i| members[i].id).collect(),
        report,
    }
}

/// The members once each (the first of any id given twice).
fn dedup(members: &[Member]) -> Vec<&Member> {
    let mut seen = HashSet::new();
    members.iter().filter(|m| seen.insert(m.id)).collect()
}

/// The groups fixed by hand (each person in one at most, everyone in the round), and
/// everyone else.
fn split_locked(members: &[&Member], locked: &[Vec<Uuid>]) -> (Vec<Vec<usize>>, Vec<usize>) {
    let index: HashMap<Uuid, usize> = members.iter().enumerate().map(|(i, m)| (m.id, i)).collect();
    let mut placed = vec![false; members.len()];
    let mut groups = Vec::new();
    for lock in locked {
        let group: Vec<usize> = lock
            .iter()
            .filter_map(|id| index.get(id).copied())
            .collect();
        let distinct: HashSet<usize> = group.iter().copied().collect();
        if group.len() >= 2 && distinct.len() == group.len() && group.iter().all(|&i| !placed[i]) {
            for &i in &group {
                placed[i] = true;
            }
            groups.push(group);
        }
    }
    let free = (0..members.len()).filter(|&i| !placed[i]).collect();
    (groups, free)
}

/// Pairs `free` (indices into the members) at the least `cost`: the pairs and any trio,
/// and who is left unpaired.
fn pair_free(
    free: &[usize],
    weigher: &Weigher,
    odd: OddOneOut,
    cost: impl Fn(usize, usize) -> i64,
) -> (Vec<Vec<usize>>, Vec<usize>) {
    if free.len().is_multiple_of(2) {
        return pair_even(free, weigher, &cost);
    }
    // The one left over is whoever a matching with a stand-in partner leaves there; for a
    // trio, only someone who has been in one no more often than anyone else.
    let candidates: Vec<usize> = match odd {
        OddOneOut::Trio => trio::candidates(free, weigher),
        OddOneOut::WithCoordinator => (0..free.len()).collect(),
    };
    let mut edges = edges_among(free, weigher, &cost);
    let phantom = free.len();
    edges.extend(candidates.iter().map(|&x| (x, phantom, 0)));
    let matching = least_cost(free.len() + 1, &edges);
    let Some(one) = matching.partner(phantom).map(|x| free[x]) else {
        return pair_even(free, weigher, &cost);
    };
    let trio = match odd {
        OddOneOut::Trio => trio::partners(one, free, weigher, &cost),
        OddOneOut::WithCoordinator => None,
    };
    let taken: Vec<usize> = match trio {
        Some((y, z)) => vec![one, y, z],
        None => vec![one],
    };
    let rest: Vec<usize> = free
        .iter()
        .copied()
        .filter(|i| !taken.contains(i))
        .collect();
    let (mut groups, mut unpaired) = pair_even(&rest, weigher, &cost);
    if taken.len() == 3 {
        groups.push(taken);
    } else {
        unpaired.insert(0, one);
    }
    (groups, unpaired)
}

/// Every allowed pair of `free` at its cost, by position in `free`.
fn edges_among(
    free: &[usize],
    weigher: &Weigher,
    cost: &impl Fn(usize, usize) -> i64,
) -> Vec<Edge> {
    let mut edges: Vec<Edge> = Vec::with_capacity(free.len() * free.len().saturating_sub(1) / 2);
    for (x, &a) in free.iter().enumerate() {
        for (y, &b) in free.iter().enumerate().skip(x + 1) {
            if weigher.allowed(a, b) {
                edges.push((x, y, cost(a, b)));
            }
        }
    }
    edges
}

/// Pairs everyone in `free`; anyone the people kept apart leave without a partner joins
/// a pair where they may, or is left unpaired.
fn pair_even(
    free: &[usize],
    weigher: &Weigher,
    cost: &impl Fn(usize, usize) -> i64,
) -> (Vec<Vec<usize>>, Vec<usize>) {
    let matching = least_cost(free.len(), &edges_among(free, weigher, cost));
    let mut groups: Vec<Vec<usize>> = matching
        .pairs()
        .into_iter()
        .map(|(x, y)| vec![free[x], free[y]])
        .collect();
    let mut unpaired = Vec::new();
    for x in matching.single() {
        if !trio::join(free[x], &mut groups, weigher, cost) {
            unpaired.push(free[x]);
        }
    }
    (groups, unpaired)
}

/// The groups as ids, each group and the list in the order the members were given.
fn in_given_order(given: &[Member], members: &[&Member], groups: &[Vec<usize>]) -> Vec<Vec<Uuid>> {
    let position: HashMap<Uuid, usize> = given
        .iter()
        .enumerate()
        .rev()
        .map(|(i, m)| (m.id, i))
        .collect();
    let place = |id: &Uuid| position.get(id).copied().unwrap_or(usize::MAX);
    let mut out: Vec<Vec<Uuid>> = groups
        .iter()
        .map(|group| {
            let mut ids: Vec<Uuid> = group.iter().map(|&i| members[i].id).collect();
            ids.sort_by_key(place);
            ids
        })
        .collect();
    out.sort_by_key(|group| group.first().map_or(usize::MAX, place));
    out
}
