//! The sessions list and its bin: the rows newest meeting first, a filter by status, an
//! empty list, a session moved to the bin and brought back, and the bin emptied. The
//! two stored sessions here are the ones the other session pages open too.

use chrono::{NaiveDate, NaiveDateTime};
use mobilise_core::{ParticipantInput, Session, SessionDraft, SessionStatus, TechniqueId};

use crate::harness::Fixture;
use crate::transcript::Transcript;
use crate::transcript_sessions::{binned, listed};

/// A finished After Action Review, a planned Knowledge Café, and Zoë, who is in the
/// people list but in no session now (the one she was in was deleted for good).
pub struct Stored {
    pub app: Fixture,
    pub review: Session,
    pub cafe: Session,
}

fn at(year: i32, month: u32, day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(year, month, day)
        .and_then(|d| d.and_hms_opt(hour, 0, 0))
        .expect("a real time")
}

pub fn person(name: &str, organisation: &str, role: &str) -> ParticipantInput {
    ParticipantInput {
        name: name.into(),
        organisation: organisation.into(),
        role: role.into(),
    }
}

pub fn stored() -> Stored {
    let app = Fixture::temporary();
    let review = app.session_from(&SessionDraft {
        technique: TechniqueId::AfterActionReview,
        title: "Ward 7 go-live review".into(),
        scheduled_at: at(2026, 11, 25, 14),
        facilitator: "Priya Shah".into(),
        location: "Seminar room 2".into(),
        purpose: "Learn from the go-live of the new electronic observations system.".into(),
        status: SessionStatus::Finished,
        participants: vec![
            person("Priya Shah", "Ward 7", "facilitator"),
            person("Tom Okafor", "Pharmacy", ""),
        ],
    });
    let cafe = app.session_from(&SessionDraft {
        technique: TechniqueId::KnowledgeCafe,
        title: "Discharge planning café".into(),
        scheduled_at: at(2026, 9, 3, 10),
        facilitator: "Tom Okafor".into(),
        location: "Education centre".into(),
        purpose: "How can we get people home sooner and safely?".into(),
        status: SessionStatus::Planned,
        participants: vec![person("Priya Shah", "Ward 7", "")],
    });
    let gone = app.session_from(&SessionDraft {
        technique: TechniqueId::PeerAssist,
        title: "Library induction".into(),
        scheduled_at: at(2026, 6, 1, 9),
        facilitator: String::new(),
        location: String::new(),
        purpose: String::new(),
        status: SessionStatus::Planned,
        participants: vec![person("Zoë Brennan", "Library and Knowledge Services", "")],
    });
    app.app
        .write(|store, now| {
            store.delete_session(gone.id, now)?;
            store.empty_bin()
        })
        .expect("deleted for good");
    Stored { app, review, cafe }
}

#[test]
fn the_sessions_page_is_recorded() {
    let mut t = Transcript::new("sessions-page");

    t.scenario("listed");
    let s = stored();
    let rows = t.session_list(&s.app, &listed(None));
    assert_eq!(rows[0].id, s.review.id, "the latest meeting first");

    t.scenario("filtered by status");
    let s = stored();
    t.session_list(&s.app, &listed(None));
    let planned = t.session_list(&s.app, &listed(Some(SessionStatus::Planned)));
    assert_eq!(planned.len(), 1);

    t.scenario("no sessions yet");
    t.session_list(&Fixture::temporary(), &listed(None));

    t.scenario("moved to the bin and back");
    let s = stored();
    t.session_list(&s.app, &listed(None));
    t.session_delete(&s.app, s.review.id);
    t.session_list(&s.app, &listed(None));
    t.session_restore(&s.app, s.review.id);
    assert_eq!(t.session_list(&s.app, &listed(None)).len(), 2);

    t.scenario("the bin emptied");
    let s = stored();
    t.session_list(&s.app, &listed(None));
    t.session_delete(&s.app, s.cafe.id);
    t.session_list(&s.app, &listed(None));
    t.session_list(&s.app, &binned());
    assert_eq!(t.session_empty_bin(&s.app), 1);
    assert!(t.session_list(&s.app, &binned()).is_empty());

    t.check();
}
