//! Lessons learned: stored and read back after a reopen, refused whole when invalid, found
//! by the words of any part (apostrophes, hyphens, Welsh and Polish letters included) with
//! title matches first, related to a session by any telling word, kept when their session
//! is removed for good, and reported when damaged.

use chrono::NaiveDate;
use mobilise_core::{Lesson, LessonHit, LessonInput, TechniqueId};
use mobilise_store::{Store, StoreError};
use uuid::Uuid;

use crate::fixtures::{count, instant, open, raw, session, Ids};

fn learned(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("a valid date")
}

fn lesson(title: &str) -> LessonInput {
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

fn add(store: &mut Store, ids: &mut Ids, input: LessonInput) -> Lesson {
    store
        .create_lesson(&input, instant(2), &mut || ids.next())
        .expect("lesson stored")
}

fn titles(hits: &[LessonHit]) -> Vec<&str> {
    hits.iter().map(|h| h.lesson.title.as_str()).collect()
}

fn found(store: &Store, query: &str) -> Vec<String> {
    store
        .search_lessons(query, 50)
        .expect("searched")
        .into_iter()
        .map(|h| h.lesson.title)
        .collect()
}

/// FTS5's own check that the index holds exactly what the triggers were given.
fn index_is_consistent(dir: &std::path::Path) {
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
fn search_finds_a_lesson_by_a_word_of_its_cause_or_its_recommendation() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let binned = session(
        &mut store,
        &mut ids,
        TechniqueId::AfterActionReview,
        "Ward 8 AAR",
    );
    add(
        &mut store,
        &mut ids,
        LessonInput {
            cause: "The pharmacy rota was not shared".into(),
            learned_on: learned(10),
            ..lesson("Discharges waited")
        },
    );
    add(
        &mut store,
        &mut ids,
        LessonInput {
            recommendation: "Ask the porters before moving wards".into(),
            learned_on: learned(12),
            session_id: Some(binned),
            ..lesson("Moves went slowly")
        },
    );
    add(
        &mut store,
        &mut ids,
        LessonInput {
            tags: vec!["handover".into()],
            learned_on: learned(11),
            ..lesson("Night shift")
        },
    );
    store.delete_session(binned, instant(3)).expect("binned");

    assert_eq!(
        found(&store, "pharmacy"),
        ["Discharges waited"],
        "by its cause"
    );
    assert_eq!(
        found(&store, "porters"),
        ["Moves went slowly"],
        "by its recommendation, though its session is in the bin"
    );
    assert_eq!(found(&store, "handover"), ["Night shift"], "by a tag");
    assert_eq!(
        found(&store, "ROTA pharm"),
        ["Discharges waited"],
        "every word, any case, as prefixes"
    );
    assert!(
        found(&store, "pharmacy porters").is_empty(),
        "every word is needed"
    );
    assert_eq!(
        found(&store, "\"NOT* ( rota"),
        ["Discharges waited"],
        "query syntax typed by a person is searched for as words, never run"
    );
    assert!(
        found(&store, "pharmacy OR porters").is_empty(),
        "OR typed by a person is a word to find, not an operator"
    );

    let recent = store.search_lessons(" ", 2).expect("listed");
    assert_eq!(
        titles(&recent),
        ["Moves went slowly", "Night shift"],
        "no words: the most recently learned first, up to the limit"
    );
    assert!(recent.iter().all(|h| h.rank == 0.0), "unranked: {recent:?}");
    let searched = store.search_lessons("porters", 5).expect("searched");
    assert!(searched[0].rank > 0.0, "a match has a positive rank");
    assert_eq!(
        searched[0].session_title.as_deref(),
        Some("Ward 8 AAR"),
        "the source session is named while it exists, even in the bin"
    );
    assert_eq!(searched[0].technique, Some(TechniqueId::AfterActionReview));
    index_is_consistent(tmp.path());
}

#[test]
fn a_title_match_ranks_above_a_body_match() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    // The body match is newer and learned later, so any order but relevance puts it first.
    add(
        &mut store,
        &mut ids,
        LessonInput {
            learned_on: learned(9),
            ..lesson("Bring the agenda early")
        },
    );
    add(
        &mut store,
        &mut ids,
        LessonInput {
            learning: "Telemetry alarms were silenced on nights".into(),
            learned_on: learned(20),
            ..lesson("Nights were short-staffed")
        },
    );
    add(
        &mut store,
        &mut ids,
        LessonInput {
            learned_on: learned(10),
            learning: "Test each bay's monitors first".into(),
            ..lesson("Telemetry go-live")
        },
    );
    add(
        &mut store,
        &mut ids,
        LessonInput {
            learned_on: learned(21),
            tags: vec!["telemetry".into()],
            ..lesson("Ward 3 alarms")
        },
    );

    let hits = store.search_lessons("telemetry", 10).expect("searched");
    assert_eq!(
        titles(&hits),
        [
            "Telemetry go-live",
            "Ward 3 alarms",
            "Nights were short-staffed"
        ],
        "title, then tag, then body"
    );
    assert!(
        hits[0].rank > hits[1].rank && hits[1].rank > hits[2].rank,
        "ranks fall: {:?}",
        hits.iter().map(|h| h.rank).collect::<Vec<_>>()
    );
    assert_eq!(
        titles(&store.search_lessons("telemetry", 1).expect("searched")),
        ["Telemetry go-live"],
        "the limit keeps the best"
    );
}

#[test]
fn apostrophes_hyphens_and_welsh_and_polish_letters_are_found_as_typed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    for (title, learning) in [
        ("Ask Dr O’Neill first", "Curly apostrophe in the name"),
        ("Siân O'Brien's checklist", "Straight apostrophes"),
        ("The patient's own drugs", "Bring them on admission"),
        ("Plan the follow-up call", "Within a week of discharge"),
        ("Ysbyty Gwynedd lambing season", "Ŵyn and the farmers' rota"),
        ("Łódź exchange visit", "Żółć tests were sent to Kraków"),
        ("e-obs on Ward 8", "Observations went live"),
    ] {
        add(
            &mut store,
            &mut ids,
            LessonInput {
                learning: learning.into(),
                ..lesson(title)
            },
        );
    }

    let cases: &[(&str, &str)] = &[
        ("O'Neill", "Ask Dr O’Neill first"),
        ("O’Neill", "Ask Dr O’Neill first"),
        ("oneill", "Ask Dr O’Neill first"),
        ("Neill", "Ask Dr O’Neill first"),
        ("O’Brien’s", "Siân O'Brien's checklist"),
        ("o'brien", "Siân O'Brien's checklist"),
        ("sian", "Siân O'Brien's checklist"),
        ("patient's", "The patient's own drugs"),
        ("patient’s", "The patient's own drugs"),
        ("patients", "The patient's own drugs"),
        ("follow-up", "Plan the follow-up call"),
        ("follow", "Plan the follow-up call"),
        ("followup", "Plan the follow-up call"),
        ("Follow‑up", "Plan the follow-up call"),
        ("e-obs", "e-obs on Ward 8"),
        ("eobs", "e-obs on Ward 8"),
        ("Gwynedd", "Ysbyty Gwynedd lambing season"),
        ("ŵyn", "Ysbyty Gwynedd lambing season"),
        ("wyn", "Ysbyty Gwynedd lambing season"),
        ("ŴYN", "Ysbyty Gwynedd lambing season"),
        ("Łódź", "Łódź exchange visit"),
        ("lodz", "Łódź exchange visit"),
        ("LODZ", "Łódź exchange visit"),
        ("żółć", "Łódź exchange visit"),
        ("zolc", "Łódź exchange visit"),
        ("krakow", "Łódź exchange visit"),
    ];
    for (query, title) in cases {
        assert_eq!(found(&store, query), [*title], "searching for {query:?}");
    }
    assert!(
        found(&store, "o'brian").is_empty(),
        "a different name is not found"
    );
    assert!(
        found(&store, "follow-down").is_empty(),
        "a hyphenated word needs both parts"
    );
    index_is_consistent(tmp.path());
}

#[test]
fn related_lessons_match_any_telling_word_and_leave_out_the_session_itself() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let aar = session(
        &mut store,
        &mut ids,
        TechniqueId::AfterActionReview,
        "Ward 8 AAR",
    );
    let bar = session(&mut store, &mut ids, TechniqueId::BeforeActionReview, "BAR");
    add(
        &mut store,
        &mut ids,
        LessonInput {
            session_id: Some(aar),
            recommendation: "Never go-live on a Friday".into(),
            ..lesson("Timing of the go-live")
        },
    );
    add(
        &mut store,
        &mut ids,
        LessonInput {
            tags: vec!["e-obs".into()],
            ..lesson("Charge the handheld devices")
        },
    );
    add(
        &mut store,
        &mut ids,
        LessonInput {
            learning: "The and of a to for on in with we our".into(),
            ..lesson("Stop words only")
        },
    );
    add(
        &mut store,
        &mut ids,
        LessonInput {
            session_id: Some(bar),
            learning: "Saved during the BAR itself about the go-live".into(),
            ..lesson("The session's own lesson")
        },
    );

    let related = store
        .related_lessons(
            "Before Action Review: Ward 8 e-obs go-live for the team",
            Some(bar),
            10,
        )
        .expect("related");
    let mut got = titles(&related);
    got.sort_unstable();
    assert_eq!(
        got,
        ["Charge the handheld devices", "Timing of the go-live"],
        "any one telling word is enough; stop words and the session's own lessons are not"
    );
    let ranks: Vec<f64> = related.iter().map(|h| h.rank).collect();
    assert!(
        ranks.windows(2).all(|w| w[0] >= w[1]) && ranks.iter().all(|r| *r > 0.0),
        "best match first: {ranks:?}"
    );
    let from_aar = related
        .iter()
        .find(|h| h.lesson.title == "Timing of the go-live")
        .expect("found");
    assert_eq!(from_aar.session_title.as_deref(), Some("Ward 8 AAR"));
    assert_eq!(from_aar.technique, Some(TechniqueId::AfterActionReview));

    let all = store.related_lessons("go-live", None, 10).expect("related");
    assert_eq!(all.len(), 2, "with no session left out, its lessons count");
    assert!(
        store
            .related_lessons("The and of a to for on in with we our 8", None, 10)
            .expect("related")
            .is_empty(),
        "no telling words, no lessons (not the most recent)"
    );
    assert_eq!(
        store
            .related_lessons("go-live e-obs", Some(bar), 1)
            .expect("related")
            .len(),
        1,
        "the limit holds"
    );
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
