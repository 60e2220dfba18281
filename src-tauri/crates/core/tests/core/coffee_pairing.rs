//! A coffee trial's rounds paired: everyone once a round, at most one trio, people kept
//! apart never together, the same seed giving the same round; and the known schedules: 30
//! people in five departments of six meet someone new from another department every round
//! for five rounds, 30 people over 29 rounds meet everyone exactly once, and an odd number
//! passes the trio round.

use std::collections::HashSet;

use mobilise_core::techniques::randomised_coffee_trials::pairing::{
    pair_round, plan_programme, EarlierRound, Member, OddOneOut, RoundPairing, RoundRequest,
};
use proptest::prelude::*;
use uuid::Uuid;

fn person(n: usize, group: &str, senior: bool) -> Member {
    Member {
        id: Uuid::from_u128(n as u128 + 1),
        group: group.into(),
        organisation: String::new(),
        site: String::new(),
        senior,
    }
}

/// `n` people in `groups` departments, every `senior`th of them a senior leader.
fn staff(n: usize, groups: usize, senior: usize) -> Vec<Member> {
    (0..n)
        .map(|i| {
            person(
                i,
                &format!("Department {}", i % groups.max(1)),
                senior > 0 && i % senior == 0,
            )
        })
        .collect()
}

fn request<'a>(members: &'a [Member], earlier: &'a [EarlierRound], seed: u64) -> RoundRequest<'a> {
    RoundRequest {
        members,
        earlier,
        keep_apart: &[],
        across_organisations: false,
        prefer_same_site: false,
        locked: &[],
        odd: OddOneOut::Trio,
        seed,
    }
}

/// Runs `rounds` rounds one after another, each knowing the ones before.
fn programme(members: &[Member], rounds: u32, seed: u64) -> Vec<RoundPairing> {
    let mut earlier: Vec<EarlierRound> = Vec::new();
    let mut out = Vec::new();
    for round in 1..=rounds {
        let paired = pair_round(&request(members, &earlier, seed + u64::from(round)));
        earlier.push(EarlierRound {
            round,
            groups: paired.groups.clone(),
        });
        out.push(paired);
    }
    out
}

/// Everyone in exactly one group or unpaired.
fn assert_everyone_once(members: &[Member], paired: &RoundPairing) {
    let mut seen = HashSet::new();
    for id in paired.groups.iter().flatten().chain(&paired.unpaired) {
        assert!(seen.insert(*id), "{id} is placed twice: {paired:?}");
    }
    let all: HashSet<Uuid> = members.iter().map(|m| m.id).collect();
    assert_eq!(seen, all, "everyone is placed");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn everyone_is_placed_once_with_at_most_one_trio_and_the_seed_decides(
        n in 1usize..40,
        groups in 1usize..6,
        rounds in 1u32..5,
        seed in any::<u64>(),
    ) {
        let members = staff(n, groups, 7);
        let played = programme(&members, rounds, seed);
        for paired in &played {
            assert_everyone_once(&members, paired);
            prop_assert!(paired.groups.iter().all(|g| g.len() == 2 || g.len() == 3));
            prop_assert!(paired.groups.iter().filter(|g| g.len() == 3).count() <= 1);
            // Nobody unpaired unless they are alone in the round.
            prop_assert_eq!(paired.unpaired.len(), usize::from(n == 1));
        }
        prop_assert_eq!(programme(&members, rounds, seed), played);
    }

    #[test]
    fn people_kept_apart_never_meet(
        n in 2usize..30,
        apart in proptest::collection::vec((0usize..30, 0usize..30), 1..8),
        seed in any::<u64>(),
    ) {
        let members = staff(n, 3, 0);
        let keep_apart: Vec<(Uuid, Uuid)> = apart
            .iter()
            .filter(|(a, b)| a < &n && b < &n && a != b)
            .map(|&(a, b)| (members[a].id, members[b].id))
            .collect();
        let paired = pair_round(&RoundRequest { keep_apart: &keep_apart, ..request(&members, &[], seed) });
        assert_everyone_once(&members, &paired);
        for group in &paired.groups {
            for &(a, b) in &keep_apart {
                prop_assert!(!(group.contains(&a) && group.contains(&b)), "{a} and {b} in {group:?}");
            }
        }
    }
}

#[test]
fn thirty_people_in_five_departments_meet_someone_new_from_elsewhere_for_five_rounds() {
    let members = staff(30, 5, 0);
    for paired in programme(&members, 5, 11) {
        assert_eq!(paired.groups.len(), 15);
        assert_eq!(paired.report.repeats, 0, "{:?}", paired.report);
        assert_eq!(paired.report.same_group, 0, "{:?}", paired.report);
    }
}

#[test]
fn an_odd_number_passes_the_trio_round_so_nobody_sits_in_one_twice_before_everyone_has() {
    let members = staff(7, 2, 0);
    let mut trios = vec![0u32; 7];
    for paired in programme(&members, 7, 3) {
        let trio = paired.groups.iter().find(|g| g.len() == 3).expect("a trio");
        for id in trio {
            let at = members.iter().position(|m| m.id == *id).expect("a member");
            trios[at] += 1;
        }
        let (least, most) = (trios.iter().min(), trios.iter().max());
        assert!(
            most.zip(least).is_some_and(|(m, l)| m - l <= 1),
            "trio counts {trios:?}"
        );
    }
}

#[test]
fn a_senior_leader_meets_someone_who_is_not_one() {
    // Ten people, four of them senior: every leader can meet a non-leader.
    let members = staff(10, 1, 3);
    let paired = pair_round(&request(&members, &[], 5));
    assert_eq!(paired.report.leaders_together, 0, "{:?}", paired.groups);
}

#[test]
fn a_pair_fixed_by_hand_stays_and_the_rest_is_paired_around_it() {
    // Four departments of two; the two of the first are fixed together by hand.
    let members = staff(8, 4, 0);
    let fixed = vec![members[0].id, members[4].id];
    let paired = pair_round(&RoundRequest {
        locked: std::slice::from_ref(&fixed),
        ..request(&members, &[], 1)
    });
    assert!(paired.groups.contains(&fixed));
    assert_everyone_once(&members, &paired);
    assert_eq!(
        paired.report.same_group, 1,
        "only the fixed pair shares a department"
    );
}

#[test]
fn with_the_coordinator_taking_the_odd_one_there_is_no_trio() {
    let members = staff(5, 5, 0);
    let paired = pair_round(&RoundRequest {
        odd: OddOneOut::WithCoordinator,
        ..request(&members, &[], 9)
    });
    assert_eq!(paired.groups.len(), 2);
    assert_eq!(paired.unpaired.len(), 1);
}

#[test]
fn when_a_repeat_cannot_be_helped_the_report_says_it_was_the_fewest() {
    // Four people over four rounds: after three, everyone has met everyone.
    let members = staff(4, 4, 0);
    let played = programme(&members, 4, 2);
    for paired in &played[..3] {
        assert_eq!(paired.report.repeats, 0);
    }
    assert_eq!(played[3].report.repeats, 2);
    assert_eq!(played[3].report.fewest_repeats, 2);
}

#[test]
fn the_same_department_is_counted_against_what_the_sizes_allow() {
    // Six from one department, two from another: at least two pairs stay within the first.
    let members: Vec<Member> = (0..8)
        .map(|i| person(i, if i < 6 { "Ward 7" } else { "Pharmacy" }, false))
        .collect();
    let paired = pair_round(&request(&members, &[], 4));
    assert_eq!(paired.report.same_group, 2);
    assert_eq!(paired.report.fewest_same_group, 2);
}

#[test]
fn thirty_people_over_twenty_nine_rounds_meet_everyone_exactly_once() {
    let members = staff(30, 5, 0);
    let plan = plan_programme(&request(&members, &[], 8), 29, 1);
    assert_eq!(plan.len(), 29);
    let mut met = HashSet::new();
    for paired in &plan {
        assert_everyone_once(&members, paired);
        assert_eq!(paired.report.repeats, 0, "{:?}", paired.report);
        for group in &paired.groups {
            assert!(met.insert((group[0].min(group[1]), group[0].max(group[1]))));
        }
    }
    assert_eq!(met.len(), 30 * 29 / 2, "every pair met");
}

#[test]
fn a_short_programme_planned_together_mixes_as_well_as_round_by_round() {
    let members = staff(30, 5, 0);
    for paired in plan_programme(&request(&members, &[], 11), 5, 1) {
        assert_eq!((paired.report.repeats, paired.report.same_group), (0, 0));
    }
}

#[test]
fn round_by_round_alone_can_paint_a_long_programme_into_a_corner() {
    // The reason the programme is planned together: pairing one round at a time runs out
    // of new partners before the schedule would (the figure the plan is measured against).
    let members = staff(16, 3, 0);
    let one_by_one: u32 = programme(&members, 15, 5)
        .iter()
        .map(|p| p.report.repeats)
        .sum();
    let planned: u32 = plan_programme(&request(&members, &[], 5), 15, 1)
        .iter()
        .map(|p| p.report.repeats)
        .sum();
    assert_eq!(planned, 0);
    assert!(one_by_one > 0, "round by round repeats {one_by_one} times");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(30))]

    #[test]
    fn a_planned_programme_places_everyone_once_a_round(n in 2usize..24, rounds in 1u32..24, seed in any::<u64>()) {
        let members = staff(n, 4, 5);
        let plan = plan_programme(&request(&members, &[], seed), rounds, 1);
        prop_assert_eq!(plan.len(), rounds as usize);
        for paired in &plan {
            assert_everyone_once(&members, paired);
            prop_assert!(paired.groups.iter().filter(|g| g.len() == 3).count() <= 1);
        }
    }
}
