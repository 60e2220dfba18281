//! A programme of rounds planned together, so that a long one never paints itself into a
//! corner: pairing round by round (each the best given the ones before) can leave a late
//! round with no repeat-free pairing although one exists. When the rounds asked for come
//! near everyone meeting everyone, a round-robin schedule (the circle method: every pair
//! meets exactly once in N - 1 rounds) is the start, with people placed in it to mix
//! departments, organisations and leaders as well as it allows; the better of the two
//! plans is kept.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::weights::Weigher;
use super::{
    outcome, pair_round, report, shuffled, trio, EarlierRound, Member, OddOneOut, RoundPairing,
    RoundRequest,
};

/// Swap attempts per person when placing people in the round-robin schedule.
const SWAPS_PER_PERSON: usize = 40;

/// `rounds` rounds from `request` on, numbered from `first_round`: the first round with
/// any pairs fixed by hand, the later ones as planned now (re-plan them when people join
/// or leave).
pub fn plan_programme(
    request: &RoundRequest<'_>,
    rounds: u32,
    first_round: u32,
) -> Vec<RoundPairing> {
    let one_by_one = round_by_round(request, rounds, first_round);
    let people = request.members.len();
    let long = rounds >= 3 && 2 * rounds as usize + 1 >= people && request.locked.is_empty();
    if !long {
        return one_by_one;
    }
    let robin = round_robin(request, rounds, first_round);
    if score(&robin) < score(&one_by_one) {
        robin
    } else {
        one_by_one
    }
}

/// What a plan costs, in the trial's order of priority.
fn score(plan: &[RoundPairing]) -> (u32, usize, u32, u32) {
    plan.iter().fold((0, 0, 0, 0), |(r, u, s, l), round| {
        (
            r + round.report.repeats,
            u + round.unpaired.len(),
            s + round.report.same_group,
            l + round.report.leaders_together,
        )
    })
}

/// Each round the best pairing given the ones before it.
fn round_by_round(request: &RoundRequest<'_>, rounds: u32, first_round: u32) -> Vec<RoundPairing> {
    let mut earlier = request.earlier.to_vec();
    let mut plan = Vec::new();
    for k in 0..rounds {
        let paired = pair_round(&RoundRequest {
            earlier: &earlier,
            locked: if k == 0 { request.locked } else { &[] },
            seed: request.seed.wrapping_add(u64::from(k)),
            ..request.clone()
        });
        earlier.push(EarlierRound {
            round: first_round + k,
            groups: paired.groups.clone(),
        });
        plan.push(paired);
    }
    plan
}

/// The circle method on `slots` places (even): in round `r` the last place meets place `r`,
/// and place `r + k` meets place `r - k` (counting round the other places).
fn circle(slots: usize, round: usize) -> Vec<(usize, usize)> {
    let ring = slots - 1;
    let mut pairs = vec![(round % ring, ring)];
    for k in 1..slots / 2 {
        pairs.push(((round + k) % ring, (round + ring - k) % ring));
    }
    pairs
}

/// The round-robin schedule with people placed to cost least over all its rounds.
fn round_robin(request: &RoundRequest<'_>, rounds: u32, first_round: u32) -> Vec<RoundPairing> {
    let members = shuffled(request);
    let n = members.len();
    // An odd number plays with an empty place: whoever meets it joins a pair as the trio.
    let slots = n + n % 2;
    let ring_rounds = (slots - 1).min(rounds as usize);
    let weigher = Weigher::new(&members, request);
    let schedule: Vec<Vec<(usize, usize)>> = (0..ring_rounds).map(|r| circle(slots, r)).collect();
    let placed = place(&members, &weigher, &schedule, slots, request.seed);

    let mut earlier = request.earlier.to_vec();
    let mut plan = Vec::new();
    for (k, pairs) in schedule.iter().enumerate() {
        let round_request = RoundRequest {
            earlier: &earlier,
            locked: &[],
            ..request.clone()
        };
        let weigher = Weigher::new(&members, &round_request);
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut odd_one = None;
        for &(a, b) in pairs {
            match (
                placed.get(a).copied().flatten(),
                placed.get(b).copied().flatten(),
            ) {
                (Some(a), Some(b)) => groups.push(vec![a, b]),
                (Some(one), None) | (None, Some(one)) => odd_one = Some(one),
                (None, None) => {}
            }
        }
        let mut unpaired = Vec::new();
        if let Some(one) = odd_one {
            let cost = |a: usize, b: usize| weigher.cost(a, b);
            if request.odd == OddOneOut::WithCoordinator
                || !trio::join(one, &mut groups, &weigher, &cost)
            {
                unpaired.push(one);
            }
        }
        let free: Vec<usize> = (0..n).collect();
        let report = report(&weigher, &[], &free, &groups, request.odd);
        let paired = outcome(request.members, &members, &groups, &unpaired, report);
        earlier.push(EarlierRound {
            round: first_round + k as u32,
            groups: paired.groups.clone(),
        });
        plan.push(paired);
    }
    // Past the schedule's end (more rounds than N - 1), round by round again.
    let done = schedule.len() as u32;
    let after = RoundRequest {
        earlier: &earlier,
        ..request.clone()
    };
    plan.extend(round_by_round(&after, rounds - done, first_round + done));
    plan
}

/// Who sits in each place of the schedule (an index into `members`, or none for the empty
/// place): a random start, then swaps of two people kept while they lower the cost of
/// everyone's meetings over the schedule.
fn place(
    members: &[&Member],
    weigher: &Weigher,
    schedule: &[Vec<(usize, usize)>],
    slots: usize,
    seed: u64,
) -> Vec<Option<usize>> {
    let n = members.len();
    let mut at: Vec<Option<usize>> = (0..slots).map(|s| (s < n).then_some(s)).collect();
    // Each place's partner place in every round.
    let mut partner = vec![vec![0; schedule.len()]; slots];
    for (r, pairs) in schedule.iter().enumerate() {
        for &(a, b) in pairs {
            partner[a][r] = b;
            partner[b][r] = a;
        }
    }
    let meeting = |at: &[Option<usize>], a: usize, b: usize| -> i64 {
        match (at[a], at[b]) {
            (Some(x), Some(y)) if weigher.allowed(x, y) => weigher.cost(x, y),
            (Some(_), Some(_)) => crate::matching::MAX_COST,
            _ => 0,
        }
    };
    // The cost of place `p`'s meetings, leaving out the one with place `skip`.
    let of_place = |at: &[Option<usize>], p: usize, skip: usize| -> i64 {
        partner[p]
            .iter()
            .filter(|&&q| q != skip)
            .fold(0i64, |sum, &q| sum.saturating_add(meeting(at, p, q)))
    };
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    for _ in 0..SWAPS_PER_PERSON * slots {
        let (p, q) = (rng.random_range(0..slots), rng.random_range(0..slots));
        if p == q {
            continue;
        }
        // Their meeting with each other (if any) is the same either way round.
        let before = of_place(&at, p, q).saturating_add(of_place(&at, q, p));
        at.swap(p, q);
        let after = of_place(&at, p, q).saturating_add(of_place(&at, q, p));
        if after >= before {
            at.swap(p, q);
        }
    }
    at
}
