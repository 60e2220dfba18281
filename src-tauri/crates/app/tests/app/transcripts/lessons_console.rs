//! Lessons on the console: "Save as lesson" on a note of a step that yields lessons (an
//! After Action Review's step 4, a Retrospect's successes, a Peer Assist's reflection),
//! a lesson refused for want of a title, the lessons captured panel (listed, added at
//! the step being run, edited, deleted), and the lessons reviewed before the finish.

use chrono::NaiveDate;
use mobilise_core::live::LiveCommand;
use mobilise_core::{Lesson, LessonInput, NoteInput, NoteKind, TechniqueId};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

/// The day the component tests' clock reads, so a new lesson is learned on it.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date")
}

/// A lesson of `session` at `step` as the dialog sends it: only the title and what is
/// given in `parts` filled in.
fn lesson(session: Uuid, step: Option<u32>, title: &str) -> LessonInput {
    LessonInput {
        title: title.into(),
        what_happened: String::new(),
        cause: String::new(),
        learning: String::new(),
        recommendation: String::new(),
        tags: vec![],
        session_id: Some(session),
        step_id: step,
        learned_on: today(),
    }
}

fn note(step: u32, text: &str) -> NoteInput {
    NoteInput {
        kind: NoteKind::Note,
        step_id: Some(step),
        question: Some(0),
        text: text.into(),
    }
}

/// A session of `technique` called `title`, prepared by `before` (notes and lessons
/// kept earlier), opened on the console, started and moved by another window to the
/// step at `index` (the view labelled "at the step").
fn at_step(
    t: &mut Transcript,
    name: &str,
    technique: TechniqueId,
    title: &str,
    index: usize,
    before: impl FnOnce(&Fixture, Uuid) -> Vec<Lesson>,
) -> (Fixture, Uuid, Vec<Lesson>) {
    t.scenario(name);
    let app = Fixture::temporary();
    let roster = [
        ("Priya Shah", "Ward 7", "facilitator"),
        ("Tom Okafor", "Pharmacy", ""),
    ];
    let at = crate::harness::start().naive_utc();
    let id = app.session_called(title, technique, &roster, at).id;
    let kept = before(&app, id);
    t.console_opened(&app, id);
    t.live_command(&app, id, LiveCommand::Start)
        .expect("starts");
    t.by_another_window("at the step")
        .live_command(&app, id, LiveCommand::GoTo { index })
        .expect("moves");
    (app, id, kept)
}

fn review_at(
    t: &mut Transcript,
    name: &str,
    index: usize,
    lessons: &[&str],
) -> (Fixture, Uuid, Vec<Lesson>) {
    let titles: Vec<String> = lessons.iter().map(|title| (*title).to_owned()).collect();
    at_step(
        t,
        name,
        TechniqueId::AfterActionReview,
        "Ward 7 go-live review",
        index,
        move |app, id| {
            titles
                .iter()
                .enumerate()
                .map(|(n, title)| {
                    let input = LessonInput {
                        learning: format!("{title}: what we learn"),
                        step_id: (n == 0).then_some(4),
                        ..lesson(id, Some(4), title)
                    };
                    app.app
                        .write(|store, now| store.create_lesson(&input, now, &mut || app.next_id()))
                        .expect("the lesson is kept")
                })
                .collect()
        },
    )
}

fn nothing(_: &Fixture, _: Uuid) -> Vec<Lesson> {
    vec![]
}

#[test]
fn lessons_on_the_console_are_recorded() {
    let mut t = Transcript::new("lessons-console");

    let (app, id, _) = review_at(&mut t, "a lesson from a step 4 note", 3, &[]);
    let text = "Night staff need the same training as days";
    t.note_add(&app, id, note(4, text));
    let drafted = LessonInput {
        learning: text.into(),
        recommendation: "Book nights first".into(),
        ..lesson(id, Some(4), text)
    };
    t.lesson_create(&app, drafted).expect("saved");
    t.lessons_of_session(&app, id);

    let (app, id, _) = review_at(&mut t, "a lesson without a title", 3, &[]);
    t.note_add(&app, id, note(4, "Nights need cover"));
    let untitled = LessonInput {
        learning: "Nights need cover".into(),
        ..lesson(id, Some(4), "")
    };
    assert!(
        t.lesson_create(&app, untitled).is_err(),
        "a lesson needs a title"
    );

    let (app, id, _) = review_at(&mut t, "a note at the first step", 0, &[]);
    t.note_add(&app, id, note(1, "Go-live on 3 November"));

    let success = "The discharge lounge opened on time\nBecause estates started early";
    let (app, id, _) = at_step(
        &mut t,
        "a Retrospect success",
        TechniqueId::Retrospect,
        "Discharge lounge project retrospect",
        1,
        |app, id| {
            app.app
                .write(|store, now| {
                    store.add_note(id, &note(2, success), now, &mut || app.next_id())
                })
                .expect("the note is kept");
            vec![]
        },
    );
    let happened = LessonInput {
        what_happened: success.into(),
        ..lesson(id, Some(2), "The discharge lounge opened on time")
    };
    t.lesson_create(&app, happened).expect("saved");

    let (app, id, _) = at_step(
        &mut t,
        "a Peer Assist reflection",
        TechniqueId::PeerAssist,
        "Virtual ward peer assist",
        2,
        nothing,
    );
    t.note_add(
        &app,
        id,
        NoteInput {
            question: None,
            ..note(3, "Daily huddles kept the virtual ward safe")
        },
    );

    let earlier = ["Book night-shift training", "Pharmacy cover helped"];
    let (app, id, _) = review_at(&mut t, "two lessons, one added at the step", 1, &earlier);
    let added = LessonInput {
        what_happened: "The sheet had no night checks.".into(),
        ..lesson(id, Some(2), "Handover sheet missed checks")
    };
    t.lesson_create(&app, added).expect("saved");

    let (app, _, kept) = review_at(&mut t, "a lesson edited", 1, &earlier);
    let edited = LessonInput {
        title: "Book night-shift training a month ahead".into(),
        ..lesson_input(&kept[0])
    };
    t.lesson_update(&app, kept[0].id, edited);

    let (app, _, kept) = review_at(&mut t, "a lesson deleted", 1, &earlier);
    t.lesson_delete(&app, kept[0].id);

    let (app, id, _) = review_at(&mut t, "reviewed at the finish", 3, &earlier[..1]);
    let another = LessonInput {
        learning: "A pharmacist on the ward caught problems early.".into(),
        ..lesson(id, Some(4), "Pharmacy cover helped")
    };
    t.lesson_create(&app, another).expect("saved");
    t.live_command(&app, id, LiveCommand::Finish)
        .expect("finishes");
    t.lessons_of_session(&app, id);

    at_step(
        &mut t,
        "a Retrospect with no lessons yet",
        TechniqueId::Retrospect,
        "Discharge lounge project retrospect",
        1,
        nothing,
    );
    at_step(
        &mut t,
        "a café",
        TechniqueId::KnowledgeCafe,
        "Ward 7 café",
        1,
        nothing,
    );
    t.check();
}

/// A kept lesson as the dialog sends it back when edited.
fn lesson_input(kept: &Lesson) -> LessonInput {
    LessonInput {
        title: kept.title.clone(),
        what_happened: kept.what_happened.clone(),
        cause: kept.cause.clone(),
        learning: kept.learning.clone(),
        recommendation: kept.recommendation.clone(),
        tags: kept.tags.clone(),
        session_id: kept.session_id,
        step_id: kept.step_id,
        learned_on: kept.learned_on,
    }
}
