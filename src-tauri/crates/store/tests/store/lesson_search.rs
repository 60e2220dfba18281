//! Finding lessons: by the words of any part with title matches first, as typed
//! (apostrophes, hyphens, Welsh and Polish letters included), and related to a session by
//! any telling word.

use mobilise_core::{LessonInput, TechniqueId};

use crate::fixtures::{instant, open, session, Ids};
use crate::lessons::{add, found, index_is_consistent, learned, lesson, titles};

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
