//! The guided techniques' records kept with their session: each of the five read back
//! whole after a restart, replaced when saved again, refused when damaged, linked only to
//! a learning set that exists, and gone with their session.

use chrono::NaiveDate;
use mobilise_core::series::SeriesInput;
use mobilise_core::techniques::action_learning_sets::{Bid, Need, Round, RoundTimings, SetMeeting};
use mobilise_core::techniques::appreciative_inquiry::{
    Delivery, Design, Dream, DreamGroup, InquiryBoard, Story,
};
use mobilise_core::techniques::before_action_review::{
    ActionPlan, Intent, Likelihood, PlanRole, Risk, Severity,
};
use mobilise_core::techniques::peer_assist::{Feedback, FeedbackKind, PeerAssistRecord};
use mobilise_core::techniques::retrospect::{Mark, RetrospectMarks};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::ChecklistItem;
use mobilise_core::TechniqueId;
use mobilise_store::{Store, StoreError};
use uuid::Uuid;

use crate::fixtures::{count, instant, open, raw, session, Ids};

/// The people on a session's roster.
fn roster(store: &Store, id: Uuid) -> Vec<Uuid> {
    store
        .session(id)
        .expect("the session")
        .participants
        .iter()
        .map(|p| p.person_id)
        .collect()
}

fn plan(people: &[Uuid]) -> TechniqueRecord {
    TechniqueRecord::BeforeActionReview(ActionPlan {
        intent: Intent {
            task: "Move Ward 8 onto e-obs".into(),
            purpose: "Spot deterioration sooner".into(),
            end_state: "Every set of observations on the tablet by 1 March".into(),
        },
        roles: vec![PlanRole {
            id: Uuid::from_u128(11),
            who: "Aled Jones".into(),
            person_id: Some(people[0]),
            does: "Trains the night staff".into(),
        }],
        risks: vec![Risk {
            id: Uuid::from_u128(12),
            risk: "Wi-fi drops in the side rooms".into(),
            likelihood: Likelihood::Likely,
            impact: Severity::Major,
            response: "Survey the wi-fi first".into(),
        }],
        measures: vec!["NEWS2 escalations within 30 minutes".into()],
    })
}

fn marks(people: &[Uuid]) -> TechniqueRecord {
    TechniqueRecord::Retrospect(RetrospectMarks {
        marks: vec![
            Mark {
                person_id: people[0],
                mark: Some(7),
                make_it_ten: "Porters on the project board".into(),
            },
            Mark {
                person_id: people[1],
                mark: None,
                make_it_ten: "Siân’s team told sooner".into(),
            },
        ],
    })
}

fn board(people: &[Uuid]) -> TechniqueRecord {
    TechniqueRecord::AppreciativeInquiry(InquiryBoard {
        stories: vec![Story {
            id: Uuid::from_u128(21),
            text: "The huddle at 08:15 caught every late discharge".into(),
            teller: Some(people[1]),
        }],
        groups: vec![DreamGroup {
            id: Uuid::from_u128(22),
            name: "Ffordd newydd".into(),
            members: people.to_vec(),
            dreams: vec![Dream {
                id: Uuid::from_u128(23),
                text: "Nobody waits past noon to go home".into(),
            }],
        }],
        designs: vec![Design {
            id: Uuid::from_u128(24),
            statement: "Pharmacy joins the huddle".into(),
            dream_ids: vec![Uuid::from_u128(23)],
        }],
        deliveries: vec![Delivery {
            action_id: Uuid::from_u128(25),
            design_ids: vec![Uuid::from_u128(24)],
        }],
    })
}

fn peer_assist(people: &[Uuid]) -> TechniqueRecord {
    let mut record = PeerAssistRecord::new();
    record.checklist[0] = ChecklistItem {
        label: record.checklist[0].label.clone(),
        done_on: NaiveDate::from_ymd_opt(2026, 10, 1),
    };
    record.feedback.push(Feedback {
        id: Uuid::from_u128(31),
        kind: FeedbackKind::CouldBeBetter,
        text: "Bring the pharmacists in from the start".into(),
        from: Some(people[1]),
    });
    TechniqueRecord::PeerAssist(record)
}

fn meeting(people: &[Uuid], set: Option<Uuid>) -> TechniqueRecord {
    TechniqueRecord::ActionLearningSets(SetMeeting {
        set_id: set,
        bids: vec![Bid {
            person_id: people[1],
            need: Need::High,
            issue: "My team will not use the new rota".into(),
        }],
        gift_round: true,
        timings: RoundTimings {
            presentation: 3,
            ..RoundTimings::default()
        },
        rounds: vec![Round {
            presenter: people[1],
            step_ids: vec![4, 5, 6],
            confidential: true,
        }],
    })
}

#[test]
fn each_technique_s_record_reads_back_whole_after_a_restart() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let first = session(&mut store, &mut ids, TechniqueId::Retrospect, "Any");
    let people = roster(&store, first);
    let set = store
        .create_series(
            Uuid::from_u128(7),
            TechniqueId::ActionLearningSets,
            &SeriesInput {
                name: "Ward managers".into(),
                members: people.clone(),
            },
            instant(1),
        )
        .expect("set stored");
    let records = [
        (TechniqueId::BeforeActionReview, plan(&people)),
        (TechniqueId::Retrospect, marks(&people)),
        (TechniqueId::AppreciativeInquiry, board(&people)),
        (TechniqueId::PeerAssist, peer_assist(&people)),
        (
            TechniqueId::ActionLearningSets,
            meeting(&people, Some(set.id)),
        ),
    ];
    let mut saved = Vec::new();
    for (technique, record) in records {
        let id = session(&mut store, &mut ids, technique, "Guided");
        assert_eq!(store.technique_record(id).expect("readable"), None);
        store
            .save_technique_record(id, &record, instant(2))
            .expect("saved");
        saved.push((id, record));
    }
    drop(store);

    let store = open(tmp.path());
    for (id, record) in &saved {
        assert_eq!(
            store.technique_record(*id).expect("readable").as_ref(),
            Some(record),
            "{:?} reads back whole",
            record.technique()
        );
        assert_eq!(
            store.session(*id).expect("the session").updated_at,
            instant(2),
            "saving the record counts as a change to the session"
        );
    }
    assert_eq!(
        store.technique_record(first).expect("readable"),
        None,
        "records belong to one session"
    );
}

/// By the registry alone: every technique's record as it starts (its log included, for one
/// that keeps one) reads back the same from the real file, so a technique added to the list
/// needs nothing in the store.
#[test]
fn every_technique_s_starting_record_reads_back_from_the_file() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let mut saved = Vec::new();
    for entry in mobilise_core::catalogue() {
        let Some(record) = TechniqueRecord::empty_for(entry.id) else {
            continue;
        };
        let id = session(&mut store, &mut ids, entry.id, &entry.name);
        store
            .save_technique_record(id, &record, instant(2))
            .unwrap_or_else(|e| panic!("{}: {e}", entry.name));
        saved.push((id, record));
    }
    assert!(
        saved.len() >= 8,
        "every technique with a record: {}",
        saved.len()
    );
    drop(store);
    let store = open(tmp.path());
    for (id, record) in &saved {
        assert_eq!(
            store.technique_record(*id).expect("readable").as_ref(),
            Some(record),
            "{:?} reads back whole",
            record.technique()
        );
    }
}

#[test]
fn saving_again_replaces_the_record() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Retrospect, "Retro");
    let people = roster(&store, id);
    store
        .save_technique_record(id, &marks(&people), instant(2))
        .expect("saved");
    let fewer = TechniqueRecord::Retrospect(RetrospectMarks {
        marks: vec![Mark {
            person_id: people[0],
            mark: Some(9),
            make_it_ten: String::new(),
        }],
    });
    store
        .save_technique_record(id, &fewer, instant(3))
        .expect("saved again");
    assert_eq!(store.technique_record(id).expect("readable"), Some(fewer));
    assert_eq!(count(tmp.path(), "technique_records"), 1);
}

#[test]
fn a_damaged_record_is_reported_not_read_as_missing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Retrospect, "Retro");
    let people = roster(&store, id);
    store
        .save_technique_record(id, &marks(&people), instant(2))
        .expect("saved");
    raw(tmp.path())
        .execute(
            r#"UPDATE technique_records SET record = '{"marks": 7}'"#,
            [],
        )
        .expect("damaged");
    let err = store
        .technique_record(id)
        .expect_err("a damaged record is not read as none");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    assert!(
        store.session(id).is_ok(),
        "the session itself is unaffected"
    );
}

#[test]
fn a_meeting_can_only_name_a_set_that_exists() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::ActionLearningSets, "Set");
    let people = roster(&store, id);
    let err = store
        .save_technique_record(
            id,
            &meeting(&people, Some(Uuid::from_u128(404))),
            instant(2),
        )
        .expect_err("no such set");
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
    assert_eq!(store.technique_record(id).expect("readable"), None);
    store
        .save_technique_record(id, &meeting(&people, None), instant(2))
        .expect("a meeting of no set is fine");
}

#[test]
fn the_record_goes_to_the_bin_and_away_with_its_session() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::PeerAssist, "Assist");
    let kept = session(&mut store, &mut ids, TechniqueId::PeerAssist, "Other");
    let people = roster(&store, id);
    for session in [id, kept] {
        store
            .save_technique_record(session, &peer_assist(&people), instant(2))
            .expect("saved");
    }

    store.delete_session(id, instant(3)).expect("to the bin");
    assert!(matches!(
        store.technique_record(id),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.save_technique_record(id, &peer_assist(&people), instant(4)),
        Err(StoreError::NotFound { .. })
    ));
    store.restore_session(id, instant(5)).expect("restored");
    assert_eq!(
        store.technique_record(id).expect("readable"),
        Some(peer_assist(&people)),
        "the bin keeps the record"
    );

    store.delete_session(id, instant(6)).expect("to the bin");
    store.empty_bin().expect("emptied");
    assert_eq!(
        count(tmp.path(), "technique_records"),
        1,
        "only the other session's record is left"
    );
    assert!(store.technique_record(kept).expect("readable").is_some());
}
