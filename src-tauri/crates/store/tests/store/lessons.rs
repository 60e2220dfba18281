//! Lessons learned: stored and read back after a reopen, refused whole when invalid, kept
//! when their session is removed for good, and reported when damaged (finding them is
//! lesson_search.rs).

use chrono::NaiveDate;
use mobilise_core::{Lesson, LessonHit, LessonInput, TechniqueId};
use mobilise_store::{Store, StoreError};
use uuid::Uuid;

use crate::fixtures::{count, instant, open, raw, session, Ids};

pub(crate) fn learned(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("a valid date")
}

pub(crate) fn lesson(title: &str) -> LessonInput {
    LessonInput {
        title: title.into(),
        what_happened: String::new(),
        cause: String::new(),
        learning: "Something was learned".into(),
        recommendation: String::new(),
        tags: Vec::new(),
        session_id: None,
        step_id: None,
        learned_on: learned(20),
    }
}

pub(crate) fn add(store: &mut Store, ids: &mut Ids, input: LessonInput) -> Lesson {
    store
        .create_lesson(&input, instant(2), &mut || ids.next())
        .expect("lesson stored")
}

pub(crate) fn titles(hits: &[LessonHit]) -> Vec<&str> {
    hits.iter().map(|h| h.lesson.title.as_str()).collect()
}

pub(crate) fn found(store: &Store, query: &str) -> Vec<String> {
    store
        .search_lessons(query, 50)
        .expect("searched")
        .into_iter()
        .map(|h| h.lesson.title)
        .collect()
}

/// FTS5's own check that the index holds exactly what the triggers were given.
pub(crate) fn index_is_consistent(dir: &std::path::Path) {
    raw(dir)
        .execute(
            "INSERT INTO lessons_fts (lessons_fts) VALUES ('integrity-check')",
            [],
        )
        .expect("the search index agrees with the lessons");
}

#[test]
fn a_lesson_is_stored_and_read_back_after_reopening() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut ids = Ids::new();
    let full = LessonInput {
        title: "  Go-live  on a Friday ".into(),
        what_happened: "Ysbyty Gwynedd went live on Friday.\r\n\r\nNights had no cover.".into(),
        cause: "Training for Siân's team was booked late".into(),
        learning: "Weekend support matters more than we thought".into(),
        recommendation: "Go live mid-week, with super-users on every shift".into(),
        tags: vec!["e-obs".into(), " Ward 8 ".into(), "E-OBS".into()],
        session_id: None,
        step_id: Some(4),
        learned_on: learned(24),
    };
    let (aar, first, second) = {
        let mut store = open(tmp.path());
        let aar = session(&mut store, &mut ids, TechniqueId::AfterActionReview, "AAR");
        let first = add(
            &mut store,
            &mut ids,
            LessonInput {
                session_id: Some(aar),
                ..full.clone()
            },
        );
        let second = add(
            &mut store,
            &mut ids,
            LessonInput {
                session_id: Some(aar),
                learned_on: learned(1),
                ..lesson("Learned earlier, saved later")
            },
        );
        (aar, first, second)
    };
    assert_eq!(
        first.title, "Go-live on a Friday",
        "the title is one tidy line"
    );
    assert_eq!(
        first.what_happened,
        "Ysbyty Gwynedd went live on Friday.\n\nNights had no cover."
    );
    assert_eq!(first.tags, ["e-obs", "Ward 8"], "tags are cleaned once");
    assert_eq!(
        (first.session_id, first.step_id),
        (Some(aar), Some(4)),
        "the source session and step are kept"
    );
    assert_eq!(first.learned_on, learned(24));
    assert_eq!(
        (first.created_at, first.updated_at),
        (instant(2), instant(2))
    );

    let mut store = open(tmp.path());
    assert_eq!(store.lesson(first.id).expect("read back"), first);
    assert_eq!(
        store.session_lessons(aar).expect("listed"),
        [first.clone(), second.clone()],
        "a session's lessons in the order they were saved, not by date learned"
    );

    let edited = store
        .update_lesson(
            first.id,
            &LessonInput {
                session_id: Some(aar),
                title: "Never go live on a Friday".into(),
                tags: vec!["go-live".into()],
                ..full
            },
            instant(9),
        )
        .expect("edited");
    assert_eq!(edited.title, "Never go live on a Friday");
    assert_eq!(edited.tags, ["go-live"]);
    assert_eq!(
        (edited.created_at, edited.updated_at),
        (instant(2), instant(9))
    );
    assert_eq!(store.lesson(first.id).expect("read"), edited);
    assert_eq!(found(&store, "never friday"), ["Never go live on a Friday"]);

    store.delete_lesson(second.id).expect("deleted");
    assert!(matches!(
        store.lesson(second.id),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.delete_lesson(second.id),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.update_lesson(second.id, &lesson("Gone"), instant(10)),
        Err(StoreError::NotFound { .. })
    ));
    assert!(
        found(&store, "earlier").is_empty(),
        "a deleted lesson is not found"
    );
    assert_eq!(store.session_lessons(aar).expect("listed"), [edited]);
    index_is_consistent(tmp.path());
}

#[test]
fn refused_lessons_store_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let binned = session(&mut store, &mut ids, TechniqueId::Retrospect, "Binned");
    store.delete_session(binned, instant(3)).expect("binned");

    let refusals: Vec<(LessonInput, &str)> = vec![
        (lesson(" \n "), "title"),
        (
            LessonInput {
                learning: " ".into(),
                cause: "A cause alone is not a lesson".into(),
                ..lesson("Cause only")
            },
            "what_happened",
        ),
        (
            LessonInput {
                step_id: Some(2),
                ..lesson("A step with no session")
            },
            "step_id",
        ),
        (
            LessonInput {
                tags: (0..21).map(|n| format!("tag {n}")).collect(),
                ..lesson("Too many tags")
            },
            "tags",
        ),
        (
            LessonInput {
                recommendation: "x".repeat(5_001),
                ..lesson("Too long")
            },
            "recommendation",
        ),
    ];
    for (input, field) in refusals {
        let refused = store.create_lesson(&input, instant(4), &mut || ids.next());
        assert!(
            matches!(refused, Err(StoreError::Invalid(ref v)) if v.field == field),
            "{field}: {refused:?}"
        );
    }
    for session_id in [binned, Uuid::from_u128(42)] {
        let refused = store.create_lesson(
            &LessonInput {
                session_id: Some(session_id),
                ..lesson("From a session not there")
            },
            instant(4),
            &mut || ids.next(),
        );
        assert!(
            matches!(refused, Err(StoreError::NotFound { .. })),
            "a lesson cannot cite a session in the bin or one that never was: {refused:?}"
        );
    }
    assert_eq!(count(tmp.path(), "lessons"), 0, "nothing was stored");
    assert!(found(&store, "").is_empty(), "nothing is listed");

    let kept = add(&mut store, &mut ids, lesson("Kept as it was"));
    let refused = store.update_lesson(kept.id, &lesson(""), instant(5));
    assert!(
        matches!(refused, Err(StoreError::Invalid(ref v)) if v.field == "title"),
        "{refused:?}"
    );
    let refused = store.update_lesson(
        kept.id,
        &LessonInput {
            session_id: Some(binned),
            ..lesson("Moved to a binned session")
        },
        instant(5),
    );
    assert!(
        matches!(refused, Err(StoreError::NotFound { .. })),
        "{refused:?}"
    );
    assert_eq!(
        store.lesson(kept.id).expect("read"),
        kept,
        "a refused edit changes nothing"
    );
    assert_eq!(found(&store, "kept"), ["Kept as it was"]);
    assert!(found(&store, "moved").is_empty());
}

#[test]
fn emptying_the_bin_keeps_the_lesson_without_its_session() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let aar = session(
        &mut store,
        &mut ids,
        TechniqueId::AfterActionReview,
        "Old AAR",
    );
    let kept = add(
        &mut store,
        &mut ids,
        LessonInput {
            session_id: Some(aar),
            step_id: Some(4),
            recommendation: "Book the room for the whole morning".into(),
            ..lesson("Room bookings")
        },
    );

    store.delete_session(aar, instant(5)).expect("binned");
    assert_eq!(
        store.lesson(kept.id).expect("read while in the bin"),
        kept,
        "binning a session leaves its lessons untouched"
    );
    let edited = store
        .update_lesson(
            kept.id,
            &LessonInput {
                session_id: Some(aar),
                step_id: Some(4),
                ..lesson("Room bookings, edited")
            },
            instant(6),
        )
        .expect("a lesson can be edited while its session is in the bin");
    assert_eq!(edited.session_id, Some(aar));

    assert_eq!(store.empty_bin().expect("emptied"), 1);
    let orphan = store
        .lesson(kept.id)
        .expect("the lesson outlives its session");
    assert_eq!(
        (orphan.session_id, orphan.step_id),
        (None, None),
        "the session and its step are cleared"
    );
    assert_eq!(orphan.title, "Room bookings, edited");
    let hits = store.search_lessons("room", 10).expect("searched");
    assert_eq!(titles(&hits), ["Room bookings, edited"]);
    assert_eq!(
        (hits[0].session_title.as_deref(), hits[0].technique),
        (None, None)
    );
    let mut resaved = lesson("Room bookings, edited again");
    resaved.learning = orphan.learning.clone();
    store
        .update_lesson(kept.id, &resaved, instant(7))
        .expect("the orphan, sent back as read, is still valid");
    index_is_consistent(tmp.path());
}

#[test]
fn a_damaged_lesson_is_reported_not_skipped() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let damaged = add(&mut store, &mut ids, lesson("Damaged tags"));
    add(&mut store, &mut ids, lesson("Sound lesson"));
    raw(tmp.path())
        .execute(
            "UPDATE lessons SET tags = '[\"unfinished' WHERE id = ?1",
            [damaged.id.to_string()],
        )
        .expect("damaged");

    let err = store
        .lesson(damaged.id)
        .expect_err("a damaged lesson is not read as untagged");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    assert!(err.to_string().contains("A lesson"), "{err}");
    let err = store
        .search_lessons("damaged", 10)
        .expect_err("a search does not skip the damaged lesson silently");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    assert_eq!(
        found(&store, "sound"),
        ["Sound lesson"],
        "the rest of the lessons are not affected"
    );
    index_is_consistent(tmp.path());
}
