//! A session's draft as the console sends it: cleaned, refused with the field to fix, and
//! a new one set for the next whole hour.

use chrono::{NaiveDate, NaiveDateTime};
use mobilise_core::{ParticipantInput, SessionDraft, SessionStatus, TechniqueId, MAX_TITLE_CHARS};

fn at(h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .and_then(|d| d.and_hms_opt(h, m, 0))
        .expect("valid test time")
}

fn draft() -> SessionDraft {
    SessionDraft {
        technique: TechniqueId::AfterActionReview,
        title: "  Ward 7   go-live ".into(),
        scheduled_at: at(14, 0),
        facilitator: "Priya Shah".into(),
        location: "Seminar room 2".into(),
        purpose: "Learn from the go-live\r\n".into(),
        status: SessionStatus::Planned,
        participants: vec![
            ParticipantInput {
                name: "Aled Jones".into(),
                organisation: "Ward 7".into(),
                role: String::new(),
            },
            ParticipantInput {
                name: "  ".into(),
                organisation: String::new(),
                role: String::new(),
            },
        ],
    }
}

#[test]
fn validated_cleans_text_and_drops_blank_rows() {
    let clean = draft().validated().expect("a valid draft");
    assert_eq!(clean.title, "Ward 7 go-live");
    assert_eq!(clean.purpose, "Learn from the go-live");
    assert_eq!(
        clean.participants.len(),
        1,
        "the blank row is not a participant"
    );
}

#[test]
fn an_empty_title_is_refused_on_the_title_field() {
    let mut d = draft();
    d.title = " \t ".into();
    let err = d.validated().expect_err("a blank title is refused");
    assert_eq!(err.field, "title");
}

#[test]
fn a_huge_title_is_refused_with_the_limit() {
    let mut d = draft();
    d.title = "é".repeat(MAX_TITLE_CHARS + 1);
    let err = d.validated().expect_err("an over-long title is refused");
    assert!(
        err.message.contains("200"),
        "the message says the limit: {err}"
    );
}

#[test]
fn the_same_person_twice_is_refused() {
    let mut d = draft();
    d.participants.push(ParticipantInput {
        name: "aled  JONES".into(),
        organisation: "ward 7".into(),
        role: "scribe".into(),
    });
    let err = d
        .validated()
        .expect_err("a duplicate participant is refused");
    assert_eq!(err.field, "participants.2");
}

#[test]
fn a_role_without_a_name_is_refused() {
    let mut d = draft();
    d.participants[1].role = "scribe".into();
    let err = d
        .validated()
        .expect_err("a nameless participant is refused");
    assert_eq!(err.field, "participants.1");
}

#[test]
fn a_new_draft_is_set_for_the_next_whole_hour() {
    let technique = mobilise_core::technique(TechniqueId::Retrospect);
    let d = SessionDraft::for_technique(technique, at(9, 41));
    assert_eq!(d.scheduled_at, at(10, 0));
    assert_eq!(d.title, "Retrospect");
    assert_eq!(d.status, SessionStatus::Planned);
}
