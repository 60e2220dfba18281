//! A Before Action Review's look at what earlier sessions learned: the lessons of the
//! Ward 7 review (and one added on its own) related to the Ward 8 go-live, at its second
//! step, searched by words typed, one pinned and unpinned, one pinned earlier, and a
//! register with nothing to find.

use chrono::NaiveDate;
use mobilise_core::live::LiveCommand;
use mobilise_core::{
    Lesson, LessonInput, ParticipantInput, SessionDraft, SessionStatus, TechniqueId,
};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

const TITLE: &str = "Ward 8 e-obs go-live";
const PURPOSE: &str = "Plan the go-live of electronic observations on Ward 8.";

fn day(month: u32, date: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, date).expect("a date")
}

/// What the Ward 7 review learned (two lessons from its step 4) and one typed in on its
/// own: a title match, a body match and an older one.
fn earlier_lessons(review: Uuid) -> [LessonInput; 3] {
    let lesson = |title: &str, learned_on| LessonInput {
        title: title.into(),
        what_happened: String::new(),
        cause: String::new(),
        learning: String::new(),
        recommendation: String::new(),
        tags: vec![],
        session_id: Some(review),
        step_id: Some(4),
        learned_on,
    };
    [
        LessonInput {
            what_happened: "Night staff had no e-obs training on the first night.".into(),
            cause: "Training was only booked for day shifts.".into(),
            learning: "Night staff need the same training as days.".into(),
            recommendation: "Book super-user cover for every shift a month ahead.".into(),
            tags: vec!["e-obs".into(), "training".into()],
            ..lesson("Book night-shift training before a go-live", day(11, 25))
        },
        LessonInput {
            learning: "Having a pharmacist on the ward during the go-live caught problems early."
                .into(),
            tags: vec!["pharmacy".into()],
            ..lesson("Pharmacy cover helped the first week", day(11, 26))
        },
        LessonInput {
            learning: "The e-obs handover sheet missed the night team’s checks.".into(),
            session_id: None,
            step_id: None,
            ..lesson("Check the handover sheet with the night team", day(10, 2))
        },
    ]
}

/// The Before Action Review opened on the console, after the Ward 7 review saved its
/// lessons (when `lessons`), with the lesson at `pinned` pinned to it beforehand.
fn opened(
    t: &mut Transcript,
    name: &str,
    lessons: bool,
    pinned: Option<usize>,
) -> (Fixture, Uuid, Vec<Lesson>) {
    t.scenario(name);
    let app = Fixture::temporary();
    let at = crate::harness::start().naive_utc();
    let review = app.session_called(
        "Ward 7 go-live review",
        TechniqueId::AfterActionReview,
        &[],
        at,
    );
    let saved: Vec<Lesson> = if lessons {
        earlier_lessons(review.id)
            .iter()
            .map(|input| {
                app.app
                    .write(|store, now| store.create_lesson(input, now, &mut || app.next_id()))
                    .expect("the lesson is kept")
            })
            .collect()
    } else {
        vec![]
    };
    let draft = SessionDraft {
        technique: TechniqueId::BeforeActionReview,
        title: TITLE.into(),
        scheduled_at: NaiveDate::from_ymd_opt(2027, 1, 12)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("a time"),
        facilitator: "Priya Shah".into(),
        location: "Seminar room 2".into(),
        purpose: PURPOSE.into(),
        status: SessionStatus::Planned,
        participants: vec![ParticipantInput {
            name: "Priya Shah".into(),
            organisation: "Ward 7".into(),
            role: "facilitator".into(),
        }],
    };
    let bar = app.session_from(&draft).id;
    if let Some(index) = pinned {
        app.app
            .write(|store, now| store.pin_lesson(bar, saved[index].id, true, now))
            .expect("pinned");
    }
    t.console_opened(&app, bar);
    t.lessons_pinned(&app, bar);
    t.lessons_related(&app, &format!("{TITLE}\n{PURPOSE}"), bar);
    (app, bar, saved)
}

/// Opened, started and moved on to the step that draws on earlier lessons.
fn at_lessons_step(t: &mut Transcript, name: &str, lessons: bool) -> (Fixture, Uuid, Vec<Lesson>) {
    let (app, bar, saved) = opened(t, name, lessons, None);
    for command in [LiveCommand::Start, LiveCommand::Next] {
        t.live_command(&app, bar, command).expect("runs");
    }
    (app, bar, saved)
}

#[test]
fn the_related_lessons_are_recorded() {
    let mut t = Transcript::new("related-lessons");

    let (app, bar, _) = opened(&mut t, "moved on by another window", true, None);
    t.live_command(&app, bar, LiveCommand::Start)
        .expect("starts");
    t.by_another_window("at the lessons step")
        .live_command(&app, bar, LiveCommand::Next)
        .expect("moves on");

    at_lessons_step(&mut t, "at the lessons step", true);

    let (app, _, _) = at_lessons_step(&mut t, "searched", true);
    let found = t.lessons_search(&app, "night training");
    assert_eq!(found.len(), 1, "every word is required");
    assert!(t.lessons_search(&app, "defibrillator").is_empty());

    let (app, bar, saved) = at_lessons_step(&mut t, "pinned and unpinned", true);
    t.lesson_pin(&app, bar, saved[1].id, true);
    t.lesson_pin(&app, bar, saved[1].id, false);

    opened(&mut t, "pinned earlier", true, Some(2));
    at_lessons_step(&mut t, "nothing to find", false);
    t.check();
}
