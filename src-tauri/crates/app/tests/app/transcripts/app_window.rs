//! The whole window moving between pages: the sessions list and the people list, a
//! technique's new session saved and then listed, and a stored session opened for edit.

use mobilise_core::{SessionDraft, TechniqueId};

use super::sessions_page::stored;
use crate::transcript::Transcript;
use crate::transcript_sessions::listed;

#[test]
fn the_app_window_is_recorded() {
    let mut t = Transcript::new("app-window");

    t.scenario("moving around");
    let s = stored();
    t.session_list(&s.app, &listed(None));
    t.people_list(&s.app, "");

    t.scenario("a technique's new session saved and listed");
    let s = stored();
    let draft = t.session_new_draft(&s.app, TechniqueId::AfterActionReview);
    t.people_list(&s.app, "");
    let draft = SessionDraft {
        facilitator: "Priya Shah".into(),
        ..draft
    };
    t.session_create(&s.app, &draft).expect("made");
    t.session_list(&s.app, &listed(None));

    t.scenario("a stored session edited");
    let s = stored();
    t.session_list(&s.app, &listed(None));
    t.session_get(&s.app, s.review.id);
    t.people_list(&s.app, "");

    t.check();
}
