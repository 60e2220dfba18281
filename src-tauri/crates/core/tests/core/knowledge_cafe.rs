//! A Knowledge Café's record: the set-up and the agenda it makes, where the café is in
//! the live session, the roster kept in line with the participants, and re-planning that
//! keeps what was played.

use chrono::{DateTime, TimeZone, Utc};
use mobilise_core::live::{LiveCommand, LiveState};
use mobilise_core::seating::Steps;
use mobilise_core::techniques::knowledge_cafe::{Cafe, CafeSetup};
use mobilise_core::{Participant, TechniqueId};
use uuid::Uuid;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, minute, 0)
        .single()
        .expect("a valid instant")
}

fn people(count: u32) -> Vec<Participant> {
    (1..=count)
        .map(|n| Participant {
            person_id: Uuid::from_u128(u128::from(n)),
            name: format!("Guest {n}"),
            organisation: ["Ward 7", "Pharmacy", "Digital"][(n % 3) as usize].into(),
            role: String::new(),
        })
        .collect()
}

fn cafe_of(count: u32, tables: u32) -> Cafe {
    let setup = CafeSetup::standard("What would help more patients home before noon?", tables);
    let (_, rounds) = setup.agenda(mobilise_core::technique(TechniqueId::KnowledgeCafe));
    Cafe::new(setup, &people(count), rounds)
}

fn live_state(cafe: &Cafe) -> LiveState {
    let (agenda, _) = cafe
        .setup
        .agenda(mobilise_core::technique(TechniqueId::KnowledgeCafe));
    LiveState::new(agenda)
}

fn apply(state: LiveState, command: LiveCommand, minute: u32) -> LiveState {
    state
        .apply(command, at(minute))
        .expect("the command applies")
}

#[test]
fn the_set_up_makes_an_agenda_of_welcome_rounds_plenary_and_capture() {
    let setup = CafeSetup::standard("What matters most?", 4);
    let cafe = mobilise_core::technique(TechniqueId::KnowledgeCafe);
    let (agenda, rounds) = setup.agenda(cafe);
    let titles: Vec<&str> = agenda.steps.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles.len(), 6, "{titles:?}");
    assert_eq!(
        &titles[1..4],
        ["Round 1 of 3", "Round 2 of 3", "Round 3 of 3"]
    );
    assert_eq!(rounds, [2, 3, 4], "the rounds' step ids");
    assert_eq!(
        agenda.steps[2].questions,
        ["What matters most?"],
        "each round poses the question"
    );
    assert_eq!(
        agenda.total_planned_secs(),
        85 * 60,
        "10 + 3 × 15 + 25 + 5 minutes"
    );
    assert!(agenda.checked().is_ok(), "the engine accepts it");

    let with_speaker = CafeSetup {
        speaker_minutes: Some(15),
        ..setup.clone()
    };
    let (agenda, rounds) = with_speaker.agenda(cafe);
    assert_eq!(
        agenda.steps[1].title,
        "Invited speaker introduces the theme"
    );
    assert_eq!(rounds, [3, 4, 5]);

    let espresso = CafeSetup::espresso("What matters most?", 4);
    assert_eq!(
        espresso.total_minutes(),
        30,
        "the Espresso Café lasts 30 minutes"
    );
    let (agenda, _) = espresso.agenda(cafe);
    assert_eq!(agenda.total_planned_secs(), 30 * 60);
}

#[test]
fn a_set_up_is_cleaned_and_checked_field_by_field() {
    let setup = CafeSetup::standard("  What   matters most? ", 3);
    let mut named = setup.clone();
    named.tables = vec!["  The Lighthouse ".into(), String::new(), "Table 3".into()];
    let clean = named.validated().expect("valid");
    assert_eq!(clean.question, "What matters most?");
    assert_eq!(
        clean.tables,
        ["The Lighthouse", "Table 2", "Table 3"],
        "a blank name gets its number"
    );

    let field_of = |setup: CafeSetup| setup.validated().expect_err("refused").field;
    assert_eq!(
        field_of(CafeSetup {
            question: " \n ".into(),
            ..setup.clone()
        }),
        "question"
    );
    assert_eq!(
        field_of(CafeSetup {
            speaker_minutes: Some(16),
            ..setup.clone()
        }),
        "speakerMinutes",
        "the framework limits the speaker to 15 minutes"
    );
    assert_eq!(
        field_of(CafeSetup {
            tables: vec!["A".into(), "a".into(), "A".into()],
            ..setup.clone()
        }),
        "tables.2"
    );
    assert_eq!(
        field_of(CafeSetup {
            table_max: 3,
            ..setup.clone()
        }),
        "tableMax"
    );
    assert_eq!(
        field_of(CafeSetup {
            rounds: 0,
            ..setup.clone()
        }),
        "rounds"
    );
    assert_eq!(
        field_of(CafeSetup {
            round_minutes: 0,
            ..setup.clone()
        }),
        "roundMinutes"
    );
    assert_eq!(
        field_of(CafeSetup {
            tables: Vec::new(),
            ..setup
        }),
        "tables"
    );
}

#[test]
fn the_live_agenda_says_which_round_is_under_way_and_which_plan_the_room_needs() {
    let cafe = cafe_of(12, 3);
    let state = live_state(&cafe);
    assert_eq!(
        cafe.round_to_show(&state),
        Some(0),
        "before the start: round 1's plan"
    );
    let state = apply(state, LiveCommand::Start, 0);
    assert_eq!(
        (cafe.current_round(&state), cafe.rounds_started(&state)),
        (None, 0),
        "the welcome"
    );
    let state = apply(state, LiveCommand::Next, 10);
    assert_eq!(
        (cafe.current_round(&state), cafe.rounds_started(&state)),
        (Some(0), 1)
    );
    let state = apply(state, LiveCommand::Next, 25);
    assert_eq!(
        (cafe.current_round(&state), cafe.rounds_started(&state)),
        (Some(1), 2)
    );
    let state = apply(state, LiveCommand::GoTo { index: 4 }, 40);
    assert_eq!(
        cafe.current_round(&state),
        None,
        "the plenary is not a round"
    );
    assert_eq!(
        cafe.rounds_started(&state),
        2,
        "round 3 was skipped, not started"
    );
    assert_eq!(
        cafe.round_to_show(&state),
        Some(2),
        "its plan is still the next to show"
    );
    let state = apply(state, LiveCommand::Finish, 59);
    assert_eq!(
        cafe.round_to_show(&state),
        None,
        "nothing to show once finished"
    );
}

#[test]
fn the_roster_follows_the_participants_and_keeps_who_sat_where() {
    let mut cafe = cafe_of(12, 3);
    cafe.replan(0, 1, &mut Steps(20_000)).expect("planned");
    let mut listed = people(12);
    let gone = listed.remove(0);
    let never = listed.remove(0);
    listed.push(Participant {
        person_id: Uuid::from_u128(99),
        name: "Siân Ŵyn Llewelyn".into(),
        organisation: "Ward 7".into(),
        role: "Walk-in".into(),
    });
    // Round 1 was played with everyone: Guest 1 and Guest 2 sat at tables then.
    assert!(cafe.reconcile(&listed, 2), "the roster changed");
    let first = cafe
        .guest(gone.person_id)
        .expect("kept: they sat at a table");
    assert_eq!(first.absent_from, Some(2), "absent from the next round on");
    assert!(
        cafe.guest(never.person_id).is_some(),
        "also seated in round 1, so also kept"
    );
    let walk_in = cafe.guest(Uuid::from_u128(99)).expect("added");
    assert_eq!(
        walk_in.joined_round, 1,
        "joins the round under way (round 2)"
    );
    assert!(
        !cafe.reconcile(&listed, 2),
        "reading it again changes nothing"
    );

    let mut fresh = cafe_of(6, 2);
    let shorter = people(5);
    assert!(
        fresh.reconcile(&shorter, 0),
        "before any plan, someone taken off"
    );
    assert_eq!(fresh.guests.len(), 5, "…is simply dropped");
}

#[test]
fn re_planning_keeps_the_played_rounds_and_seats_only_who_is_here() {
    let mut cafe = cafe_of(17, 4);
    let first = cafe
        .replan(0, 5, &mut Steps(50_000))
        .expect("planned")
        .clone();
    assert_eq!(
        (first.repeats, first.lower_bound, first.optimal),
        (2, 2, true)
    );
    assert_eq!(
        cafe.seating(0)
            .iter()
            .map(|t| t.people.len())
            .sum::<usize>(),
        17
    );

    let leaver = Uuid::from_u128(6);
    cafe.mark_absent(leaver, 1).expect("listed");
    cafe.guests
        .push(mobilise_core::techniques::knowledge_cafe::CafeGuest {
            person_id: Uuid::from_u128(99),
            name: "Siân Ŵyn Llewelyn".into(),
            team: "Ward 7".into(),
            host_table: None,
            joined_round: 1,
            absent_from: None,
        });
    cafe.seat_now(Uuid::from_u128(99), 1).expect("seated");
    let smallest = first.rounds[1]
        .iter()
        .map(Vec::len)
        .min()
        .unwrap_or_default();
    let table = cafe
        .table_of(Uuid::from_u128(99), 1)
        .expect("at a table in round 2") as usize;
    assert_eq!(
        first.rounds[1][table].len(),
        smallest,
        "the least full table"
    );

    let again = cafe
        .replan(2, 5, &mut Steps(50_000))
        .expect("re-planned")
        .clone();
    assert_eq!(again.rounds[0], first.rounds[0], "round 1 as played");
    assert_eq!(again.played, 2);
    assert!(again.rounds[1].concat().contains(&Uuid::from_u128(99)));
    assert!(
        !again.rounds[2].concat().contains(&leaver),
        "the leaver is not seated again"
    );
    assert!(again.rounds[2].concat().contains(&Uuid::from_u128(99)));
    assert!(
        !cafe
            .seating(1)
            .iter()
            .any(|t| t.people.contains(&"Guest 6".to_string())),
        "the room no longer sees the leaver in round 2"
    );
    let card = cafe
        .cards()
        .into_iter()
        .find(|c| c.name == "Siân Ŵyn Llewelyn")
        .expect("a card");
    assert_eq!(card.tables[0], None, "not there for round 1");
    assert!(card.tables[1].is_some() && card.tables[2].is_some());
}

#[test]
fn table_notes_are_kept_per_round_and_table() {
    let mut cafe = cafe_of(12, 3);
    cafe.set_table_note(1, 2, "Discharge lounge  \nopens at 08:00 \n\n")
        .expect("saved");
    assert_eq!(cafe.table_note(1, 2), "Discharge lounge\nopens at 08:00");
    cafe.set_table_note(1, 2, "   ").expect("cleared");
    assert_eq!(cafe.table_note(1, 2), "");
    assert!(cafe.table_notes.is_empty());
    assert!(
        cafe.set_table_note(3, 0, "x").is_err(),
        "there is no round 4"
    );
    assert!(
        cafe.set_table_note(0, 3, "x").is_err(),
        "there is no table 4"
    );
    assert!(
        cafe.set_table_note(0, 0, &"ŵ".repeat(10_001)).is_err(),
        "too long"
    );
}
