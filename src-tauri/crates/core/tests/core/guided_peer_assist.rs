//! A Peer Assist's preparation checklist (the framework's four items, dated as ticked),
//! the notice the peers had, the two sides of the room and the visitors' feedback.

use mobilise_core::techniques::peer_assist::{Feedback, FeedbackKind, PeerAssistRecord, Side};
use mobilise_core::techniques::peer_assist::{PeerAssist, SideOverview};
use mobilise_core::techniques::peer_assist::{CHECKLIST, HOME_TEAM_ROLE, VISITOR_ROLE};
use mobilise_core::techniques::Technique;
use mobilise_core::{technique, ChecklistItem, TechniqueId};

use crate::guided_common::{context, day, id, refused_field, roster, session};

fn item(label: &str, done_on: Option<chrono::NaiveDate>) -> ChecklistItem {
    ChecklistItem {
        label: label.to_string(),
        done_on,
    }
}

fn feedback(n: u32, kind: FeedbackKind, text: &str, from: Option<u32>) -> Feedback {
    Feedback {
        id: id(300 + n),
        kind,
        text: text.to_string(),
        from: from.map(id),
    }
}

fn labels(record: &PeerAssistRecord) -> Vec<&str> {
    record.checklist.iter().map(|c| c.label.as_str()).collect()
}

#[test]
fn a_new_record_has_the_frameworks_four_items_in_order_none_ticked() {
    let record = PeerAssistRecord::new();
    assert_eq!(
        labels(&record),
        [
            "Facilitator appointed",
            "Date chosen",
            "Peers invited, giving plenty of notice",
            "Background information circulated, including the purpose and objectives",
        ]
    );
    assert!(record.checklist.iter().all(|c| c.done_on.is_none()));
    assert!(record.feedback.is_empty());
    assert_eq!(PeerAssistRecord::default(), record);
}

#[test]
fn validation_keeps_ticks_by_label_and_restores_the_four_items() {
    let sent = PeerAssistRecord {
        checklist: vec![
            // Out of order, one missing, one the framework does not have.
            item(CHECKLIST[2], Some(day(2, 2))),
            item("Book the biscuits", Some(day(2, 1))),
            item(CHECKLIST[0], Some(day(1, 20))),
            item(CHECKLIST[3], None),
        ],
        feedback: Vec::new(),
    };
    let stored = sent.validated(&roster(2)).expect("valid");
    assert_eq!(
        labels(&stored),
        CHECKLIST,
        "exactly the framework's items, in order"
    );
    let dates: Vec<_> = stored.checklist.iter().map(|c| c.done_on).collect();
    assert_eq!(
        dates,
        [Some(day(1, 20)), None, Some(day(2, 2)), None],
        "each tick stays with its item; the missing one is unticked"
    );
}

#[test]
fn notice_days_count_from_inviting_the_peers_to_the_meeting() {
    let mut record = PeerAssistRecord::new();
    let meeting = day(3, 16);
    assert_eq!(record.notice_days(meeting), None, "not invited yet");
    record.checklist[0].done_on = Some(day(1, 5)); // facilitator: not the invitation
    assert_eq!(record.notice_days(meeting), None);
    record.checklist[2].done_on = Some(day(2, 16));
    assert_eq!(record.notice_days(meeting), Some(28), "four weeks' notice");
    assert_eq!(
        record.notice_days(day(2, 16)),
        Some(0),
        "invited on the day"
    );
    let stored = record.validated(&[]).expect("valid");
    assert_eq!(
        stored.notice_days(meeting),
        Some(28),
        "kept through validation"
    );
}

#[test]
fn sides_are_read_from_roster_roles() {
    for role in [HOME_TEAM_ROLE, "Home team", "home", "  HOME TEAM "] {
        assert_eq!(Side::of_role(role), Some(Side::HomeTeam), "{role:?}");
    }
    for role in [VISITOR_ROLE, "Visitor", "visitors", "Visitors"] {
        assert_eq!(Side::of_role(role), Some(Side::Visitor), "{role:?}");
    }
    for role in ["Scribe", "Facilitator", "", "Team lead"] {
        assert_eq!(Side::of_role(role), None, "{role:?} is on neither side");
    }
}

#[test]
fn the_roles_offered_on_the_roster_are_the_ones_the_sides_are_read_from() {
    let offered = &technique(TechniqueId::PeerAssist).suggested_roles;
    assert_eq!(offered, &[HOME_TEAM_ROLE, VISITOR_ROLE]);
    assert_eq!(
        offered.iter().map(|r| Side::of_role(r)).collect::<Vec<_>>(),
        [Some(Side::HomeTeam), Some(Side::Visitor)]
    );
}

#[test]
fn the_console_is_told_the_sides_and_whether_the_notice_was_short() {
    let mut session = session(TechniqueId::PeerAssist, 4);
    for (person, role) in
        session
            .participants
            .iter_mut()
            .zip(["Home team", "visitors", "Scribe", "home"])
    {
        person.role = role.into();
    }
    let mut record = PeerAssistRecord::new();
    let overview = PeerAssist::overview(&record, &context(&session, None));
    assert_eq!(
        overview.sides,
        [
            SideOverview {
                side: Side::HomeTeam,
                role: HOME_TEAM_ROLE.into(),
                people: vec![id(1), id(4)],
            },
            SideOverview {
                side: Side::Visitor,
                role: VISITOR_ROLE.into(),
                people: vec![id(2)],
            },
        ]
    );
    assert!(
        !overview.short_notice,
        "not invited yet, so no word on notice"
    );
    let meeting = session.scheduled_at.date();
    for (days, short) in [(13, true), (14, false), (-1, true)] {
        record.checklist[2].done_on = Some(meeting - chrono::Duration::days(days));
        let overview = PeerAssist::overview(&record, &context(&session, None));
        assert_eq!(overview.notice_days, Some(days));
        assert_eq!(overview.short_notice, short, "{days} days' notice");
    }
}

#[test]
fn feedback_is_split_into_what_worked_and_what_could_be_better() {
    let record = PeerAssistRecord {
        feedback: vec![
            feedback(1, FeedbackKind::WorkedWell, "Daily huddles", Some(1)),
            feedback(
                2,
                FeedbackKind::CouldBeBetter,
                "Start the pilot smaller",
                None,
            ),
            feedback(
                3,
                FeedbackKind::WorkedWell,
                "A named lead per ward",
                Some(2),
            ),
        ],
        ..PeerAssistRecord::new()
    };
    let well: Vec<&str> = record
        .feedback_of(FeedbackKind::WorkedWell)
        .iter()
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(
        well,
        ["Daily huddles", "A named lead per ward"],
        "in order given"
    );
    let better = record.feedback_of(FeedbackKind::CouldBeBetter);
    assert_eq!(better.len(), 1);
    assert_eq!(better[0].text, "Start the pilot smaller");
}

#[test]
fn feedback_is_cleaned_and_must_say_something_from_someone_present() {
    let record = PeerAssistRecord {
        feedback: vec![feedback(
            1,
            FeedbackKind::WorkedWell,
            "  Daily   huddles ",
            Some(1),
        )],
        ..PeerAssistRecord::new()
    };
    let stored = record.validated(&roster(2)).expect("valid");
    assert_eq!(stored.feedback[0].text, "Daily huddles");

    let blank = PeerAssistRecord {
        feedback: vec![feedback(1, FeedbackKind::CouldBeBetter, " ", None)],
        ..PeerAssistRecord::new()
    };
    assert_eq!(
        refused_field(blank.validated(&roster(2)), "blank"),
        "feedback.text"
    );

    let stranger = PeerAssistRecord {
        feedback: vec![feedback(1, FeedbackKind::WorkedWell, "Huddles", Some(9))],
        ..PeerAssistRecord::new()
    };
    let field = refused_field(stranger.validated(&roster(2)), "person 9 was not there");
    assert_eq!(field, "feedback.from");
}
