//! The seating rules of a Fishbowl's inner circle: open mode always keeps a chair free,
//! closed mode only moves people when asked, whoever leaves with the fish puts it down,
//! key points are checked, and the log replays to the same state.

use mobilise_core::techniques::fishbowl::{
    FishbowlChange, FishbowlError, FishbowlEvent, FishbowlMode, FishbowlSetup, FishbowlState,
};
use proptest::prelude::*;

use crate::fishbowl_common::{at, id, people, setup};

fn seat(person: u32, chair: u32, leaver: Option<u32>) -> FishbowlChange {
    FishbowlChange::Seat {
        person: id(person),
        chair,
        leaver: leaver.map(id),
    }
}

fn apply(
    state: &FishbowlState,
    setup: &FishbowlSetup,
    second: u32,
    change: FishbowlChange,
) -> Result<FishbowlState, FishbowlError> {
    state.apply(
        setup,
        &FishbowlEvent {
            at: at(second),
            change,
        },
    )
}

/// Applies changes that must all be accepted, one second apart.
fn run(setup: &FishbowlSetup, changes: Vec<FishbowlChange>) -> FishbowlState {
    changes
        .into_iter()
        .zip(0..)
        .fold(FishbowlState::new(setup), |state, (change, second)| {
            apply(&state, setup, second, change).expect("the change is accepted")
        })
}

#[test]
fn joining_the_last_free_chair_of_an_open_fishbowl_needs_a_leaver() {
    let setup = setup(FishbowlMode::Open, 3);
    let full = run(
        &setup,
        vec![seat(1, 0, None), seat(2, 1, None), seat(3, 2, None)],
    );
    let refused = apply(&full, &setup, 10, seat(4, 3, None));
    assert_eq!(refused, Err(FishbowlError::LeaverNeeded));
    assert_eq!(
        FishbowlError::LeaverNeeded.to_string(),
        "Someone must leave the inner circle so a chair stays free for the next person to join."
    );
    assert_eq!(full.chairs, [Some(id(1)), Some(id(2)), Some(id(3)), None]);
    let joined = apply(&full, &setup, 10, seat(4, 3, Some(1))).expect("someone left");
    assert_eq!(joined.chairs, [None, Some(id(2)), Some(id(3)), Some(id(4))]);
    assert_eq!(joined.sittings[0].to, Some(at(10)));
    // Swapping into a taken chair keeps the count, so a chair is still free.
    let swapped = apply(&joined, &setup, 11, seat(5, 1, None)).expect("a swap");
    assert_eq!(
        swapped.chairs,
        [None, Some(id(5)), Some(id(3)), Some(id(4))]
    );
    // Moving from one chair to another is allowed while a chair stays free.
    let moved = apply(&swapped, &setup, 12, seat(3, 0, None)).expect("a move");
    assert_eq!(moved.chairs, [Some(id(3)), Some(id(5)), None, Some(id(4))]);
}

#[test]
fn seat_changes_are_refused_when_they_make_no_sense() {
    let open = setup(FishbowlMode::Open, 3);
    let state = run(&open, vec![seat(1, 0, None), seat(2, 1, None)]);
    let refused = |change| apply(&state, &open, 5, change).err();
    assert_eq!(
        refused(seat(3, 4, None)),
        Some(FishbowlError::NoSuchChair(4))
    );
    assert_eq!(
        refused(seat(1, 0, None)),
        Some(FishbowlError::AlreadyInChair)
    );
    assert_eq!(
        refused(seat(3, 2, Some(3))),
        Some(FishbowlError::LeaverIsJoiner)
    );
    assert_eq!(
        refused(seat(3, 2, Some(4))),
        Some(FishbowlError::LeaverNotSeated)
    );
    assert_eq!(
        refused(FishbowlChange::Leave { person: id(3) }),
        Some(FishbowlError::NotSeated)
    );
    assert_eq!(
        refused(FishbowlChange::Pass { to: Some(id(3)) }),
        Some(FishbowlError::HolderNotSeated)
    );
    let closed = setup(FishbowlMode::Closed, 3);
    let state = run(&closed, vec![seat(1, 0, None), seat(2, 1, None)]);
    assert_eq!(
        apply(&state, &closed, 5, seat(3, 2, Some(1))).err(),
        Some(FishbowlError::LeaverInClosed)
    );
}

#[test]
fn a_closed_fishbowl_fills_every_chair_and_rotates_by_swapping() {
    let closed = setup(FishbowlMode::Closed, 3);
    let state = run(
        &closed,
        vec![seat(1, 0, None), seat(2, 1, None), seat(3, 2, None)],
    );
    assert_eq!(state.free_chairs(), 0);
    let rotated = apply(&state, &closed, 10, seat(4, 1, None)).expect("rotation");
    assert_eq!(rotated.chairs, [Some(id(1)), Some(id(4)), Some(id(3))]);
    assert!(!rotated.is_seated(id(2)));
}

#[test]
fn whoever_leaves_with_the_fish_puts_it_down() {
    for mode in [FishbowlMode::Open, FishbowlMode::Closed] {
        let setup = setup(mode, 3);
        let holding = run(
            &setup,
            vec![
                seat(1, 0, None),
                seat(2, 1, None),
                FishbowlChange::Pass { to: Some(id(1)) },
            ],
        );
        let left =
            apply(&holding, &setup, 9, FishbowlChange::Leave { person: id(1) }).expect("left");
        assert_eq!(left.holder, None);
        let swapped = apply(&holding, &setup, 9, seat(3, 0, None)).expect("swapped out");
        assert_eq!(swapped.holder, None);
        let moved = apply(&holding, &setup, 9, seat(1, 2, None)).expect("moved");
        assert_eq!(moved.holder, Some(id(1)), "moving chairs keeps the fish");
        let other_left = apply(&holding, &setup, 9, FishbowlChange::Leave { person: id(2) });
        assert_eq!(other_left.expect("left").holder, Some(id(1)));
    }
    let open = setup(FishbowlMode::Open, 3);
    let holding = run(
        &open,
        vec![
            seat(1, 0, None),
            seat(2, 1, None),
            seat(3, 2, None),
            FishbowlChange::Pass { to: Some(id(2)) },
        ],
    );
    let replaced = apply(&holding, &open, 9, seat(4, 3, Some(2))).expect("joined");
    assert_eq!(replaced.holder, None, "the leaver put the fish down");
}

#[test]
fn key_points_are_cleaned_checked_and_kept_in_order() {
    let setup = setup(FishbowlMode::Open, 3);
    let (p, q) = (id(100), id(101));
    let add = |id, text: &str| FishbowlChange::AddPoint {
        id,
        text: text.into(),
        speaker: None,
    };
    let state = run(
        &setup,
        vec![add(p, "  Weekend   pharmacy\tcover "), add(q, "Transport")],
    );
    assert_eq!(state.points[0].text, "Weekend pharmacy cover");
    let refused = |change| apply(&state, &setup, 9, change).err();
    assert_eq!(
        refused(add(p, "again")),
        Some(FishbowlError::DuplicatePoint)
    );
    assert_eq!(
        refused(add(id(102), " \n ")),
        Some(FishbowlError::EmptyPoint)
    );
    assert_eq!(
        refused(add(id(102), &"x".repeat(2001))),
        Some(FishbowlError::PointTooLong)
    );
    assert!(apply(&state, &setup, 9, add(id(102), &"x".repeat(2000))).is_ok());
    let edit = |id| FishbowlChange::EditPoint {
        id,
        text: "Pharmacy at weekends".into(),
        speaker: Some(self::id(3)),
    };
    assert_eq!(refused(edit(id(102))), Some(FishbowlError::UnknownPoint));
    assert_eq!(
        refused(FishbowlChange::RemovePoint { id: id(102) }),
        Some(FishbowlError::UnknownPoint)
    );
    let edited = apply(&state, &setup, 9, edit(p)).expect("edited");
    assert_eq!(
        (edited.points[0].text.as_str(), edited.points[0].speaker),
        ("Pharmacy at weekends", Some(id(3)))
    );
    assert_eq!(
        edited.points[0].at,
        at(0),
        "an edit keeps when it was raised"
    );
    let removed =
        apply(&edited, &setup, 10, FishbowlChange::RemovePoint { id: p }).expect("removed");
    assert_eq!(removed.points.len(), 1);
}

#[test]
fn the_shell_checks_the_people_a_change_brings_in() {
    let roster = people(5);
    let setup = FishbowlSetup {
        facilitator: Some(id(1)),
        scribe: Some(id(2)),
        ..setup(FishbowlMode::Open, 3)
    };
    let check = |change: FishbowlChange| change.check_people(&setup, &roster);
    assert_eq!(
        check(seat(1, 0, None)),
        Err(FishbowlError::FacilitatorOrScribe)
    );
    assert_eq!(
        check(seat(2, 0, None)),
        Err(FishbowlError::FacilitatorOrScribe)
    );
    assert_eq!(check(seat(9, 0, None)), Err(FishbowlError::NotAParticipant));
    assert_eq!(check(seat(3, 0, None)), Ok(()));
    let point = |speaker| FishbowlChange::AddPoint {
        id: id(100),
        text: "x".into(),
        speaker,
    };
    assert_eq!(
        check(point(Some(id(9)))),
        Err(FishbowlError::NotAParticipant)
    );
    assert_eq!(check(point(None)), Ok(()));
    assert_eq!(check(FishbowlChange::Leave { person: id(9) }), Ok(()));
}

#[test]
fn the_log_replays_to_the_state_built_step_by_step_and_survives_json() {
    let setup = setup(FishbowlMode::Open, 4);
    let changes = vec![
        seat(1, 0, None),
        seat(2, 1, None),
        FishbowlChange::Pass { to: Some(id(1)) },
        seat(3, 4, None),
        FishbowlChange::AddPoint {
            id: id(100),
            text: "Cover".into(),
            speaker: Some(id(1)),
        },
        seat(4, 2, Some(1)),
        FishbowlChange::Pass { to: Some(id(4)) },
        FishbowlChange::Leave { person: id(2) },
        seat(1, 1, None),
        FishbowlChange::EditPoint {
            id: id(100),
            text: "Cover at weekends".into(),
            speaker: None,
        },
    ];
    let events: Vec<FishbowlEvent> = changes
        .into_iter()
        .zip(0..)
        .map(|(change, second)| FishbowlEvent {
            at: at(second * 7),
            change,
        })
        .collect();
    let mut stepwise = FishbowlState::new(&setup);
    for event in &events {
        stepwise = stepwise.apply(&setup, event).expect("accepted");
    }
    assert_eq!(FishbowlState::replay(&setup, &events), Ok(stepwise.clone()));
    let json = serde_json::to_string(&events).expect("serialised");
    assert!(json.contains(r#""type":"Seat""#), "{json}");
    let back: Vec<FishbowlEvent> = serde_json::from_str(&json).expect("read back");
    assert_eq!(FishbowlState::replay(&setup, &back), Ok(stepwise));
}

fn any_change() -> impl Strategy<Value = FishbowlChange> {
    let person = 1u32..=7;
    prop_oneof![
        4 => (person.clone(), 0u32..6, proptest::option::of(person.clone()))
            .prop_map(|(p, chair, leaver)| seat(p, chair, leaver)),
        2 => person.clone().prop_map(|p| FishbowlChange::Leave { person: id(p) }),
        2 => proptest::option::of(person).prop_map(|p| FishbowlChange::Pass { to: p.map(id) }),
        1 => (100u32..104).prop_map(|p| FishbowlChange::AddPoint { id: id(p), text: "A point".into(), speaker: None }),
        1 => (100u32..104).prop_map(|p| FishbowlChange::RemovePoint { id: id(p) }),
    ]
}

proptest! {
    #[test]
    fn seats_keep_their_rules_whatever_is_asked(
        closed in any::<bool>(),
        inner in 3u32..=4,
        changes in proptest::collection::vec(any_change(), 0..60),
    ) {
        let mode = if closed { FishbowlMode::Closed } else { FishbowlMode::Open };
        let setup = setup(mode, inner);
        let mut state = FishbowlState::new(&setup);
        for (change, second) in changes.into_iter().zip(0..) {
            let moves_seats = matches!(change, FishbowlChange::Seat { .. } | FishbowlChange::Leave { .. });
            let Ok(next) = apply(&state, &setup, second, change) else {
                continue;
            };
            prop_assert_eq!(next.chairs.len(), setup.chair_count() as usize);
            let seated = next.seated();
            let mut distinct = seated.clone();
            distinct.sort();
            distinct.dedup();
            prop_assert_eq!(distinct.len(), seated.len(), "nobody in two chairs");
            if mode == FishbowlMode::Open {
                prop_assert!(next.free_chairs() >= 1, "a chair stays free");
            }
            if !moves_seats {
                prop_assert_eq!(&next.chairs, &state.chairs, "only Seat and Leave move anyone");
            }
            prop_assert!(next.holder.is_none_or(|h| next.is_seated(h)));
            let open_sittings = next.sittings.iter().filter(|s| s.to.is_none()).count();
            prop_assert_eq!(open_sittings, seated.len());
            state = next;
            // What the console is told before someone joins is what the join meets.
            for (chair, needed) in state.leaver_needed_to_join(&setup).into_iter().enumerate() {
                let joined = apply(&state, &setup, second, seat(50, chair as u32, None));
                prop_assert_eq!(needed, joined == Err(FishbowlError::LeaverNeeded));
            }
        }
    }
}
