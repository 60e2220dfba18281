//! Lessons through IPC: an After Action Review saves a lesson from its step 4, the
//! session lists it, a search finds it by a word of its cause, and a Before Action Review
//! on the same topic is offered it; bad input is refused with the field named.

use serde_json::{json, Value};

use crate::harness::Harness;

fn new_session(app: &Harness, technique: &str, title: &str, purpose: &str) -> Value {
    let mut draft = app.ok("session_new_draft", json!({ "technique": technique }));
    draft["title"] = json!(title);
    draft["purpose"] = json!(purpose);
    app.ok("session_create", json!({ "draft": draft }))["id"].clone()
}

fn lesson(session: &Value, title: &str, cause: &str) -> Value {
    json!({
        "title": title,
        "what_happened": "Two handhelds failed to sync until 09:30",
        "cause": cause,
        "learning": "Test every device on the ward's own wi-fi before the day",
        "recommendation": "Book a dry run with the supplier a week before go-live",
        "tags": ["e-obs", "go-live"],
        "session_id": session,
        "step_id": 4,
        "learned_on": "2026-11-25",
    })
}

#[test]
fn a_lesson_saved_in_a_review_is_found_by_search_and_offered_to_the_next_plan() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let review = new_session(
        &app,
        "after-action-review",
        "Ward 7 e-obs go-live review",
        "Learn from the go-live of electronic observations on Ward 7.",
    );
    let saved = app.ok(
        "lesson_create",
        json!({ "lesson": lesson(&review, "Handhelds need the ward's wi-fi tested", "The access points on Ward 7 were never surveyed") }),
    );
    assert_eq!(saved["session_id"], review);
    let listed = app.ok("lessons_of_session", json!({ "sessionId": review }));
    assert_eq!(listed.as_array().map(Vec::len), Some(1));

    let found = app.ok("lessons_search", json!({ "query": "surveyed" }));
    assert_eq!(
        found[0]["lesson"]["id"], saved["id"],
        "found by a word of its cause"
    );
    assert_eq!(found[0]["session_title"], "Ward 7 e-obs go-live review");
    assert_eq!(found[0]["technique"], "after-action-review");
    assert_eq!(
        app.ok(
            "lessons_search",
            json!({ "query": "surveyed nothing-like-this" })
        ),
        json!([]),
        "every word must be there"
    );

    let plan = new_session(
        &app,
        "before-action-review",
        "Ward 8 e-obs go-live",
        "Plan the go-live of electronic observations on Ward 8.",
    );
    let offered = app.ok(
        "lessons_related",
        json!({ "text": "Ward 8 e-obs go-live. Plan the go-live of electronic observations on Ward 8.", "excludeSession": plan }),
    );
    assert_eq!(
        offered[0]["lesson"]["id"], saved["id"],
        "the plan is offered the review's lesson"
    );
    let own = app.ok(
        "lessons_related",
        json!({ "text": "Ward 7 e-obs go-live", "excludeSession": review }),
    );
    assert_eq!(own, json!([]), "a session is not offered its own lessons");

    let pinned = app.ok(
        "lesson_pin",
        json!({ "sessionId": plan, "lessonId": saved["id"], "pinned": true }),
    );
    assert_eq!(pinned[0]["lesson"]["id"], saved["id"]);
    assert_eq!(
        app.ok("lessons_pinned", json!({ "sessionId": plan }))[0]["session_title"],
        "Ward 7 e-obs go-live review",
        "the plan keeps the lesson it brought in, with where it came from"
    );

    let mut edited = lesson(
        &review,
        "Survey the wi-fi before go-live",
        "Access points never surveyed",
    );
    edited["tags"] = json!(["e-obs"]);
    let updated = app.ok(
        "lesson_update",
        json!({ "id": saved["id"], "lesson": edited }),
    );
    assert_eq!(updated["title"], "Survey the wi-fi before go-live");
    app.ok("lesson_delete", json!({ "id": saved["id"] }));
    assert_eq!(
        app.ok("lessons_of_session", json!({ "sessionId": review })),
        json!([])
    );
}

#[test]
fn a_lesson_without_a_title_is_refused_and_nothing_is_stored() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let review = new_session(&app, "after-action-review", "Theatre list review", "");
    let refused = app
        .call(
            "lesson_create",
            json!({ "lesson": lesson(&review, "   ", "") }),
        )
        .expect_err("a lesson needs a title");
    assert_eq!(refused["kind"], "Invalid");
    assert_eq!(refused["field"], "title");
    assert_eq!(app.ok("lessons_search", json!({ "query": "" })), json!([]));
}
