//! A session's form: a new one made on the first save and updated on the next, Rust's
//! refusals of a blank title and of a participant row with no name, a stored session
//! opened and moved to the bin, and one that no longer exists.

use mobilise_core::{SessionDraft, TechniqueId};
use uuid::Uuid;

use super::sessions_page::{person, stored, Stored};
use crate::transcript::Transcript;

/// A session id the store never gave out.
const GONE: Uuid = Uuid::from_u128(0xdead);

/// The form of a new After Action Review as it opens: the app's draft and the people
/// it suggests from.
fn new_form(t: &mut Transcript) -> (Stored, SessionDraft) {
    let s = stored();
    let draft = t
        .labelled("the new draft")
        .session_new_draft(&s.app, TechniqueId::AfterActionReview);
    t.people_list(&s.app, "");
    (s, draft)
}

#[test]
fn the_session_form_is_recorded() {
    let mut t = Transcript::new("session-form");

    t.scenario("opened new");
    new_form(&mut t);

    t.scenario("saved, then saved again");
    let (s, draft) = new_form(&mut t);
    let first = SessionDraft {
        title: "Ward 7 go-live review".into(),
        facilitator: "Priya Shah".into(),
        participants: vec![person("Sam Jones", "Estates", "")],
        ..draft
    };
    let made = t.session_create(&s.app, &first).expect("made");
    t.people_list(&s.app, "");
    let second = SessionDraft {
        location: "Seminar room 2".into(),
        ..first
    };
    t.session_update(&s.app, made.id, &second).expect("updated");

    t.scenario("a blank title refused");
    let (s, draft) = new_form(&mut t);
    let blank = SessionDraft {
        title: String::new(),
        ..draft
    };
    assert!(t.session_create(&s.app, &blank).is_err());

    t.scenario("a row with no name refused");
    let (s, draft) = new_form(&mut t);
    let unnamed = SessionDraft {
        participants: vec![person("", "", ""), person("", "Estates", "")],
        ..draft
    };
    assert!(t.session_create(&s.app, &unnamed).is_err());

    t.scenario("a stored session moved to the bin");
    let s = stored();
    t.session_get(&s.app, s.review.id);
    t.people_list(&s.app, "");
    t.session_delete(&s.app, s.review.id);

    t.scenario("a session that no longer exists");
    let s = stored();
    assert!(t.session_lookup(&s.app, GONE).is_err());
    t.people_list(&s.app, "");

    t.check();
}
