//! The seating planner (a Knowledge Café's tables, and any technique that seats people to
//! meet new people): its lower bound on the cases whose minimum is known, the planner
//! reaching those minima, re-planning on the day, and plain refusals. Its properties over
//! random cafés are seating_properties.rs.

use mobilise_core::seating::{
    default_table_count, lower_bound, min_together, plan, sizes, Guest, Plan, PlanError,
    PlanRequest, PlanWarning, Round, Steps,
};

/// Enough steps for every known case; the search stops far sooner when it proves a
/// plan optimal.
const GENEROUS: u64 = 50_000;

/// `(people, tables, rounds, minimum repeats)`: cafés whose fewest possible repeats are
/// known.
const KNOWN: [(u32, u32, u32, u32); 5] = [
    (24, 6, 3, 0),
    (12, 3, 3, 6),
    (17, 4, 3, 2),
    (11, 3, 3, 4),
    (16, 4, 6, 24),
];

pub(crate) fn cafe(people: u32, tables: u32, rounds: u32) -> PlanRequest {
    let mut request = PlanRequest::anonymous(people, tables);
    request.rounds = rounds;
    request
}

fn planned(request: &PlanRequest, steps: u64) -> Plan {
    plan(request, &mut Steps(steps)).expect("a plan")
}

pub(crate) fn together(round: &Round, a: u32, b: u32) -> bool {
    round.iter().any(|t| t.contains(&a) && t.contains(&b))
}

#[test]
fn table_counts_and_sizes() {
    assert_eq!(default_table_count(17, 4, 5), 4);
    assert_eq!(default_table_count(11, 4, 5), 3);
    assert_eq!(default_table_count(24, 4, 5), 6);
    assert_eq!(default_table_count(12, 4, 5), 3);
    assert_eq!(default_table_count(16, 4, 5), 4);
    assert_eq!(default_table_count(40, 4, 5), 10);
    assert_eq!(default_table_count(3, 4, 5), 1);
    assert_eq!(default_table_count(0, 4, 5), 1);
    assert_eq!(sizes(17, 4), vec![5, 4, 4, 4]);
    assert_eq!(sizes(11, 3), vec![4, 4, 3]);
    assert_eq!(sizes(24, 6), vec![4; 6]);
    assert_eq!(sizes(7, 3), vec![3, 2, 2]);
}

#[test]
fn min_together_by_hand() {
    // 4 people over 3 tables: 2 + 1 + 1, one pair together.
    assert_eq!(min_together(4, 3), 1);
    // 6 over 4: 2 + 2 + 1 + 1.
    assert_eq!(min_together(6, 4), 2);
    // 9 over 2: 5 + 4, so 10 + 6.
    assert_eq!(min_together(9, 2), 16);
    assert_eq!(min_together(3, 5), 0);
}

#[test]
fn lower_bound_on_known_cases() {
    for (people, tables, rounds, minimum) in KNOWN {
        let bound = lower_bound(&cafe(people, tables, rounds)).expect("a valid café");
        assert_eq!(
            bound, minimum,
            "{people} people, {tables} tables, {rounds} rounds"
        );
    }
}

#[test]
fn planner_reaches_known_minima() {
    for (people, tables, rounds, minimum) in KNOWN {
        for seed in 0..3 {
            let mut request = cafe(people, tables, rounds);
            request.seed = seed;
            let plan = planned(&request, GENEROUS);
            let case = format!("{people} people, {rounds} rounds, seed {seed}");
            assert_eq!(plan.repeats, minimum, "{case}");
            assert_eq!(plan.lower_bound, minimum, "{case}");
            assert!(plan.optimal, "{case}");
        }
    }
}

#[test]
fn sixteen_people_over_six_rounds_meet_everyone_and_nobody_three_times() {
    let plan = planned(&cafe(16, 4, 6), GENEROUS);
    let met = plan.meetings();
    assert_eq!(plan.repeats, 24);
    assert_eq!(
        plan.max_meetings(),
        2,
        "the spread keeps every pair to two meetings"
    );
    assert_eq!(met.pairs_meeting(0), 0, "every pair meets");
    assert_eq!(met.pairs_meeting(2), 24);
}

#[test]
fn fewer_repeats_come_before_spreading_them() {
    // 12 people at 3 tables over 3 rounds: 6 repeats is the minimum, and it forces the
    // one pair repeating at each table of round 3 to be the pair that also repeated in
    // round 2. Spreading them out would cost more repeats, which come first.
    let plan = planned(&cafe(12, 3, 3), GENEROUS);
    assert_eq!(plan.repeats, 6);
    let met = plan.meetings();
    assert_eq!(met.pairs_meeting(3), 3);
    assert_eq!(met.pairs_meeting(2), 0);
}

#[test]
fn teams_are_mixed() {
    let guests: Vec<Guest> = (0..12)
        .map(|i| Guest {
            team: Some(["Wards", "Pharmacy", "Estates"][i % 3].to_string()),
            host_table: None,
        })
        .collect();
    let mut request = PlanRequest::new(guests.clone(), 3);
    request.rounds = 1;
    let plan = planned(&request, GENEROUS);
    // Each team of 4 over 3 tables leaves at least one pair together: 3 in all.
    assert_eq!(plan.team_clashes, 3);
    for table in &plan.rounds[0] {
        let count = |team: &str| {
            let of_team = |g: &&u32| guests[**g as usize].team.as_deref() == Some(team);
            table.iter().filter(of_team).count()
        };
        for team in ["Wards", "Pharmacy", "Estates"] {
            assert!((1..=2).contains(&count(team)), "{table:?}");
        }
    }
}

#[test]
fn replanning_keeps_round_one_seats_the_walk_in_and_leaves_out_who_left() {
    let first = planned(&cafe(17, 4, 3), GENEROUS);
    let mut request = cafe(18, 4, 3);
    request.played = vec![first.rounds[0].clone()];
    request.absent = vec![5];
    let walk_in = 17;
    let again = planned(&request, GENEROUS);
    assert_eq!(again.rounds.len(), 3);
    assert_eq!(again.rounds[0], first.rounds[0]);
    for round in &again.rounds[1..] {
        let seated: Vec<u32> = round.iter().flatten().copied().collect();
        assert_eq!(seated.len(), 17);
        assert!(seated.contains(&walk_in));
        assert!(!seated.contains(&5));
        let table_sizes: Vec<usize> = round.iter().map(Vec::len).collect();
        assert_eq!(table_sizes, vec![5, 4, 4, 4]);
    }
    assert_eq!(again.lower_bound, lower_bound(&request).expect("valid"));
    assert_eq!(again.repeats, again.lower_bound);
    assert!(again.optimal);
}

#[test]
fn nothing_left_to_plan_returns_what_was_played() {
    let played = planned(&cafe(12, 3, 2), GENEROUS);
    let mut request = cafe(12, 3, 2);
    request.played = played.rounds.clone();
    let plan = planned(&request, 0);
    assert_eq!(plan.rounds, played.rounds);
    assert_eq!(plan.repeats, played.repeats);
    assert_eq!(plan.repeats, 3);
    assert!(plan.warnings.is_empty());
}

#[test]
fn hosts_stay_and_an_absent_hosts_table_has_none() {
    let mut request = cafe(16, 4, 3);
    request.guests[3].host_table = Some(0);
    request.guests[7].host_table = Some(2);
    request.guests[9].host_table = Some(3);
    request.absent = vec![9];
    let plan = planned(&request, GENEROUS);
    for round in &plan.rounds {
        assert_eq!(round[0][0], 3, "the host comes first at their table");
        assert_eq!(round[2][0], 7);
        assert!(!round.iter().flatten().any(|&g| g == 9));
    }
    assert!(plan
        .warnings
        .contains(&PlanWarning::HostAbsent { guest: 9, table: 3 }));
}

#[test]
fn keep_apart_pairs_never_share_a_table() {
    let mut request = cafe(12, 3, 4);
    request.keep_apart = vec![(0, 1), (2, 3), (0, 4), (5, 6)];
    let plan = planned(&request, 2_000);
    for round in &plan.rounds {
        for &(a, b) in &request.keep_apart {
            assert!(!together(round, a, b));
        }
    }
}

#[test]
fn earlier_meetings_count_as_repeats() {
    let mut request = cafe(24, 6, 3);
    request.earlier = vec![(0, 1, 3), (2, 3, 1)];
    let plan = planned(&request, GENEROUS);
    // Guests 0 and 1 have already repeated twice; nobody need repeat again.
    assert_eq!(plan.lower_bound, 2);
    assert_eq!(plan.repeats, 2);
    assert!(plan
        .rounds
        .iter()
        .all(|r| !together(r, 0, 1) && !together(r, 2, 3)));
}

#[test]
fn history_counts_in_the_bound() {
    // Guests 0 and 1 met twice at earlier cafés and sat together again in round 1 (a
    // third meeting): 2 repeats already. Round 2 splits two tables of 4 over 2 tables,
    // so at least 2 pairs per table sit together again: 4 more.
    let mut request = cafe(8, 2, 2);
    request.earlier = vec![(0, 1, 2)];
    request.played = vec![vec![vec![0, 1, 2, 3], vec![4, 5, 6, 7]]];
    let plan = planned(&request, GENEROUS);
    assert_eq!(plan.lower_bound, 6);
    assert_eq!(plan.repeats, 6);
    assert!(!together(&plan.rounds[1], 0, 1));
}

#[test]
fn warnings_say_why_repeats_cannot_be_avoided() {
    let plan = planned(&cafe(12, 3, 3), 100);
    assert_eq!(
        plan.warnings,
        vec![PlanWarning::FewerTablesThanSeats {
            tables: 3,
            seats: 4
        }]
    );
    assert!(plan.warnings[0].message().contains("fewer tables (3)"));
    let plan = planned(&cafe(16, 4, 6), 100);
    assert_eq!(
        plan.warnings,
        vec![PlanWarning::RepeatsUnavoidable { at_least: 24 }]
    );
    assert!(planned(&cafe(24, 6, 3), 100).warnings.is_empty());
}

#[test]
fn requests_that_cannot_be_seated_are_refused_in_plain_words() {
    let refused = |request: &PlanRequest| plan(request, &mut Steps(10)).expect_err("refused");
    let mut request = cafe(10, 3, 3);
    request.guests.clear();
    assert_eq!(refused(&request), PlanError::NoGuests);

    let request = cafe(3, 4, 3);
    let error = refused(&request);
    assert_eq!(
        error,
        PlanError::TooManyTables {
            tables: 4,
            people: 3
        }
    );
    assert_eq!(
        error.to_string(),
        "There are 4 tables but only 3 people to seat, so a table would be empty: use fewer tables."
    );

    let request = cafe(13, 2, 3);
    assert!(matches!(
        refused(&request),
        PlanError::TablesTooSmall { needed: 7, .. }
    ));

    let mut request = cafe(12, 3, 3);
    request.guests[0].host_table = Some(3);
    assert_eq!(
        refused(&request).to_string(),
        "A host is given table 4, but there are only 3 tables."
    );

    let mut request = cafe(12, 3, 3);
    request.guests[0].host_table = Some(1);
    request.guests[1].host_table = Some(1);
    request.keep_apart = vec![(1, 0)];
    assert!(matches!(
        refused(&request),
        PlanError::KeepApartImpossible { table: 1, .. }
    ));

    let mut request = cafe(12, 3, 3);
    request.absent = vec![12];
    assert!(matches!(
        refused(&request),
        PlanError::UnknownGuest { guest: 12, .. }
    ));

    let mut request = cafe(12, 3, 1);
    request.played = vec![vec![vec![0, 1]], vec![vec![2, 3]]];
    assert!(matches!(refused(&request), PlanError::TooManyPlayed { .. }));

    let mut request = cafe(12, 3, 2);
    request.played = vec![vec![vec![0, 1], vec![2, 1]]];
    assert!(matches!(
        refused(&request),
        PlanError::SeatedTwice { guest: 1, round: 0 }
    ));

    let mut request = cafe(12, 3, 2);
    request.keep_apart = vec![(4, 4)];
    assert!(matches!(
        refused(&request),
        PlanError::SamePerson { guest: 4 }
    ));

    let mut request = cafe(12, 3, 2);
    request.absent = (0..12).collect();
    assert_eq!(refused(&request), PlanError::NobodyAttending);

    // Everyone on one table: a keep-apart pair cannot be honoured.
    let mut request = cafe(4, 1, 1);
    request.keep_apart = vec![(0, 3)];
    assert_eq!(
        refused(&request),
        PlanError::KeepApartUnmet {
            first: 0,
            second: 3
        }
    );
}

#[test]
fn requests_and_plans_travel_as_json() {
    let json = r#"{"guests":[{"team":null,"host_table":null},{"team":"A","host_table":0},
        {"team":"A","host_table":null},{"team":null,"host_table":null}],
        "tables":2,"max_size":5,"rounds":2,"seed":7}"#;
    let request: PlanRequest = serde_json::from_str(json).expect("a request");
    assert!(request.played.is_empty() && request.keep_apart.is_empty());
    let plan = planned(&request, 100);
    let value = serde_json::to_value(&plan).expect("json");
    for field in [
        "rounds",
        "repeats",
        "lower_bound",
        "optimal",
        "team_clashes",
        "seed",
        "warnings",
    ] {
        assert!(value.get(field).is_some(), "{field}");
    }
    let warning = serde_json::to_value(PlanWarning::FewerTablesThanSeats {
        tables: 2,
        seats: 3,
    })
    .expect("json");
    assert_eq!(warning["type"], "FewerTablesThanSeats");
}
