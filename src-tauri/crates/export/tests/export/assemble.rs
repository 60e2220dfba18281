//! From a session's stored parts to the record both documents print: notes under their
//! questions, names left out on request, timings and dates in house style, a café's
//! seating, and the file name the Save dialog suggests.

use chrono::{NaiveDate, TimeZone, Utc};
use mobilise_core::live::{Agenda, LiveCommand, LiveState};
use mobilise_core::seating::Steps;
use mobilise_core::techniques::knowledge_cafe::{Cafe, CafeSetup};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::{
    Action, ActionStatus, Lesson, LessonHit, Note, NoteKind, Participant, Session, SessionStatus,
    TechniqueId,
};
use mobilise_export::{assemble, difference, file_name, length, Block, ExportOptions, Sources};
use uuid::Uuid;

fn session(technique: TechniqueId, title: &str) -> Session {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 25, 15, 0, 0)
        .single()
        .expect("valid");
    Session {
        id: Uuid::from_u128(1),
        technique,
        title: title.into(),
        scheduled_at: NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(14, 0, 0))
            .expect("valid"),
        facilitator: "Priya Shah".into(),
        location: String::new(),
        purpose: "Learn from the go-live".into(),
        status: SessionStatus::Finished,
        participants: (1..=3)
            .map(|n| Participant {
                person_id: Uuid::from_u128(100 + n),
                name: format!("Guest {n}"),
                organisation: "Ward 7".into(),
                role: String::new(),
            })
            .collect(),
        follows: None,
        created_at: at,
        updated_at: at,
    }
}

fn note(
    kind: NoteKind,
    step: Option<u32>,
    question: Option<u32>,
    position: u32,
    text: &str,
) -> Note {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 25, 15, 0, 0)
        .single()
        .expect("valid");
    Note {
        id: Uuid::from_u128(u128::from(position) + 1000),
        session_id: Uuid::from_u128(1),
        kind,
        step_id: step,
        question,
        position,
        text: text.into(),
        created_at: at,
        updated_at: at,
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).expect("valid")
}

#[test]
fn notes_sit_under_their_questions_in_order_and_the_rest_is_kept() {
    let review = session(TechniqueId::AfterActionReview, "Ward 7 go-live");
    let technique = mobilise_core::technique(TechniqueId::AfterActionReview);
    let notes = vec![
        note(NoteKind::Note, Some(1), Some(0), 1, "second"),
        note(NoteKind::Note, Some(1), Some(0), 0, "first"),
        note(NoteKind::Note, Some(2), None, 0, "about the step"),
        note(NoteKind::Note, Some(99), Some(0), 0, "from a removed step"),
        note(NoteKind::Parking, None, None, 0, "Theatres next?"),
    ];
    let at = Utc
        .with_ymd_and_hms(2026, 11, 25, 15, 0, 0)
        .single()
        .expect("valid");
    let action = Action {
        id: Uuid::from_u128(7),
        session_id: review.id,
        step_id: None,
        what: "Train the night team".into(),
        owner: "Guest 1".into(),
        owner_person_id: None,
        due_on: NaiveDate::from_ymd_opt(2026, 12, 2),
        status: ActionStatus::Open,
        created_at: at,
        updated_at: at,
    };
    let lesson = Lesson {
        id: Uuid::from_u128(77),
        title: "Walk the ward's network first".into(),
        what_happened: "Handhelds lost sync".into(),
        cause: "No access point by bay 4".into(),
        learning: "Survey before go-live".into(),
        recommendation: "Add a survey to the checklist".into(),
        tags: vec!["e-obs".into()],
        session_id: Some(review.id),
        step_id: Some(4),
        learned_on: today(),
        created_at: at,
        updated_at: at,
    };
    let record = assemble(&Sources {
        session: &review,
        technique,
        notes: &notes,
        actions: std::slice::from_ref(&action),
        lessons: std::slice::from_ref(&lesson),
        pinned: &[LessonHit {
            lesson: lesson.clone(),
            session_title: Some("Ward 6 go-live review".into()),
            technique: Some(TechniqueId::AfterActionReview),
            rank: 0.0,
        }],
        live: None,
        live_log: &[],
        record: None,
        series: None,
        today: today(),
        now: crate::common::export_instant(),
        local_time: &crate::common::local_utc,
        options: ExportOptions::default(),
    });
    assert_eq!(record.title, "Ward 7 go-live");
    assert_eq!(record.technique, "After Action Review");
    assert_eq!(record.lessons.len(), 1);
    assert_eq!(record.lessons[0].title, "Walk the ward's network first");
    assert_eq!(
        record.lessons[0].why, "No access point by bay 4",
        "the cause is the why"
    );
    assert_eq!(record.sections[0].heading, "Lessons from earlier work");
    assert_eq!(
        record.sections[0].blocks,
        [Block::Bullets {
            items: vec![
                "Walk the ward's network first: Survey before go-live. Add a survey to the checklist. (Ward 6 go-live review, 30 Nov 2026)".into()
            ]
        }]
    );
    assert_eq!(record.facts[0].value, "25 Nov 2026, 14:00");
    assert!(
        record.facts.iter().all(|f| f.label != "Location"),
        "empty facts are left out"
    );
    assert_eq!(
        record.steps.len(),
        5,
        "the technique's four steps when it never ran, and the notes of a removed step"
    );
    assert_eq!(record.steps[0].questions[0].notes, ["first", "second"]);
    assert_eq!(record.steps[1].notes, ["about the step"]);
    assert_eq!(
        record.steps.last().map(|s| s.title.as_str()),
        Some("Other notes")
    );
    assert_eq!(record.parking_lot, ["Theatres next?"]);
    assert_eq!(record.actions[0].due, "2 Dec 2026");
    assert_eq!(record.actions[0].status, "Open");
    assert_eq!(record.exported_on, "30 Nov 2026");
    assert!(record.timings.is_none(), "never run, so no timings");
    assert_eq!(record.participants.as_ref().map(Vec::len), Some(3));

    let anonymous = assemble(&Sources {
        session: &review,
        technique,
        notes: &notes,
        actions: &[],
        lessons: &[],
        pinned: &[],
        live: None,
        live_log: &[],
        record: None,
        series: None,
        today: today(),
        now: crate::common::export_instant(),
        local_time: &crate::common::local_utc,
        options: ExportOptions {
            include_names: false,
            ..ExportOptions::default()
        },
    });
    assert_eq!(anonymous.participants, None);
    assert_eq!(anonymous.participant_count, 3);
}

#[test]
fn lengths_and_differences_read_as_the_console_shows_them() {
    assert_eq!(length(45), "45 sec");
    assert_eq!(length(600), "10 min");
    assert_eq!(length(3600), "1 hr");
    assert_eq!(length(3900), "1 hr 5 min");
    assert_eq!(difference(600, 720), "+2 min");
    assert_eq!(difference(900, 840), "\u{2013}1 min");
    assert_eq!(difference(600, 620), "on time");
}

#[test]
fn a_run_session_has_planned_against_actual_timings() {
    let review = session(TechniqueId::AfterActionReview, "Ward 7 go-live");
    let technique = mobilise_core::technique(TechniqueId::AfterActionReview);
    let at = |m: u32| {
        Utc.with_ymd_and_hms(2026, 11, 25, 14, m, 0)
            .single()
            .expect("valid")
    };
    let state = LiveState::new(Agenda::from_technique(technique, None));
    let state = state.apply(LiveCommand::Start, at(0)).expect("started");
    let state = state.apply(LiveCommand::Next, at(12)).expect("moved on");
    let state = state.apply(LiveCommand::Finish, at(20)).expect("finished");
    let summary = state.summary(at(20));
    let record = assemble(&Sources {
        session: &review,
        technique,
        notes: &[],
        actions: &[],
        lessons: &[],
        pinned: &[],
        live: Some((&state, summary)),
        live_log: &[],
        record: None,
        series: None,
        today: today(),
        now: crate::common::export_instant(),
        local_time: &crate::common::local_utc,
        options: ExportOptions::default(),
    });
    let timings = record.timings.expect("it ran");
    assert_eq!(timings.rows[0].planned, "10 min");
    assert_eq!(timings.rows[0].actual, "12 min");
    assert_eq!(timings.rows[0].difference, "+2 min");
    assert_eq!(timings.total.actual, "20 min");
}

#[test]
fn a_cafe_prints_its_seating_by_round_and_by_person_unless_names_are_left_out() {
    let review = session(TechniqueId::KnowledgeCafe, "Discharge café");
    let technique = mobilise_core::technique(TechniqueId::KnowledgeCafe);
    let setup = CafeSetup::standard("What would help?", 1);
    let (_, rounds) = setup.agenda(technique);
    let mut cafe = Cafe::new(setup, &review.participants, rounds);
    cafe.replan(0, 3, &mut Steps(1000)).expect("planned");
    let cafe = TechniqueRecord::KnowledgeCafe(Some(cafe));
    let sources = |include_names| Sources {
        session: &review,
        technique,
        notes: &[],
        actions: &[],
        lessons: &[],
        pinned: &[],
        live: None,
        live_log: &[],
        record: Some(&cafe),
        series: None,
        today: today(),
        now: crate::common::export_instant(),
        local_time: &crate::common::local_utc,
        options: ExportOptions {
            include_names,
            ..ExportOptions::default()
        },
    };
    let record = assemble(&sources(true));
    assert_eq!(
        record.purpose.as_ref().map(|p| p.label.as_str()),
        Some("Question")
    );
    assert_eq!(
        record.purpose.as_ref().map(|p| p.value.as_str()),
        Some("What would help?")
    );
    let section = &record.sections[0];
    assert_eq!(section.heading, "Knowledge Café seating");
    let tables: Vec<&Block> = section
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Table { .. }))
        .collect();
    assert_eq!(tables.len(), 4, "three rounds and the person cards");
    let Block::Table { header, rows } = tables[3] else {
        panic!("a table")
    };
    assert_eq!(header, &["Name", "Round 1", "Round 2", "Round 3"]);
    assert_eq!(rows[0][1], "Table 1");

    let anonymous = assemble(&sources(false));
    let text = format!("{:?}", anonymous.sections);
    assert!(!text.contains("Guest 1"), "no names in the seating: {text}");
}

#[test]
fn the_suggested_file_name_has_the_date_technique_and_a_safe_title() {
    let technique = mobilise_core::technique(TechniqueId::AfterActionReview);
    let named = session(TechniqueId::AfterActionReview, "Ward 7 go-live");
    assert_eq!(
        file_name(&named, technique, "docx"),
        "2026-11-25 After Action Review - Ward 7 go-live.docx"
    );
    let awkward = session(TechniqueId::AfterActionReview, "A/B: test? <draft>*");
    assert_eq!(
        file_name(&awkward, technique, "pdf"),
        "2026-11-25 After Action Review - A-B- test- -draft--.pdf"
    );
    let plain = session(TechniqueId::AfterActionReview, "After Action Review");
    assert_eq!(
        file_name(&plain, technique, "pdf"),
        "2026-11-25 After Action Review.pdf"
    );
}
