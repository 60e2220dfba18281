//! Lessons pinned to a session: listed in the order pinned with where they came from,
//! pinned once however often asked, unpinned, and gone with their lesson or session.

use chrono::NaiveDate;
use mobilise_core::{LessonInput, TechniqueId};
use mobilise_store::StoreError;
use uuid::Uuid;

use crate::fixtures::{count, instant, open, session, Ids};

fn lesson(title: &str, from: Option<Uuid>) -> LessonInput {
    LessonInput {
        title: title.into(),
        what_happened: String::new(),
        cause: String::new(),
        learning: "Survey the wi-fi before go-live".into(),
        recommendation: String::new(),
        tags: Vec::new(),
        session_id: from,
        step_id: None,
        learned_on: NaiveDate::from_ymd_opt(2026, 11, 20).expect("a valid date"),
    }
}

#[test]
fn pinned_lessons_are_listed_in_order_with_their_source_and_unpinned() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let review = session(
        &mut store,
        &mut ids,
        TechniqueId::AfterActionReview,
        "Ward 7 review",
    );
    let plan = session(
        &mut store,
        &mut ids,
        TechniqueId::BeforeActionReview,
        "Ward 8 plan",
    );
    let first = store
        .create_lesson(
            &lesson("Survey the wi-fi", Some(review)),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");
    let second = store
        .create_lesson(
            &lesson("Train night staff first", None),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");

    store
        .pin_lesson(plan, second.id, true, instant(2))
        .expect("pinned");
    store
        .pin_lesson(plan, first.id, true, instant(3))
        .expect("pinned");
    store
        .pin_lesson(plan, first.id, true, instant(4))
        .expect("pinned again: no change");
    let pinned = store.pinned_lessons(plan).expect("listed");
    let titles: Vec<&str> = pinned.iter().map(|h| h.lesson.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Train night staff first", "Survey the wi-fi"],
        "in the order pinned"
    );
    assert_eq!(pinned[1].session_title.as_deref(), Some("Ward 7 review"));
    assert_eq!(pinned[1].technique, Some(TechniqueId::AfterActionReview));
    assert!(
        store.pinned_lessons(review).expect("listed").is_empty(),
        "pins belong to one session"
    );

    store
        .pin_lesson(plan, second.id, false, instant(5))
        .expect("unpinned");
    let titles: Vec<String> = store
        .pinned_lessons(plan)
        .expect("listed")
        .into_iter()
        .map(|h| h.lesson.title)
        .collect();
    assert_eq!(titles, ["Survey the wi-fi"]);

    let missing = store.pin_lesson(plan, Uuid::from_u128(404), true, instant(6));
    assert!(
        matches!(missing, Err(StoreError::NotFound { .. })),
        "{missing:?}"
    );
}

#[test]
fn a_pin_goes_with_its_lesson_or_its_session() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let plan = session(
        &mut store,
        &mut ids,
        TechniqueId::BeforeActionReview,
        "Ward 8 plan",
    );
    let other = session(
        &mut store,
        &mut ids,
        TechniqueId::BeforeActionReview,
        "Theatres plan",
    );
    let kept = store
        .create_lesson(&lesson("Survey the wi-fi", None), instant(1), &mut || {
            ids.next()
        })
        .expect("stored");
    let dropped = store
        .create_lesson(
            &lesson("Train night staff first", None),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");
    store
        .pin_lesson(plan, kept.id, true, instant(2))
        .expect("pinned");
    store
        .pin_lesson(other, kept.id, true, instant(2))
        .expect("pinned");
    store
        .pin_lesson(plan, dropped.id, true, instant(2))
        .expect("pinned");

    store.delete_lesson(dropped.id).expect("deleted");
    assert_eq!(store.pinned_lessons(plan).expect("listed").len(), 1);

    store.delete_session(plan, instant(3)).expect("to the bin");
    store.empty_bin().expect("emptied");
    assert_eq!(
        count(tmp.path(), "lesson_pins"),
        1,
        "only the other session's pin is left"
    );
    assert_eq!(store.pinned_lessons(other).expect("listed").len(), 1);
}
