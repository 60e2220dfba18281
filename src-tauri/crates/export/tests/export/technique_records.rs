//! The parts of the record the techniques keep themselves: a Before Action Review's plan with its
//! risks worst first, a Retrospect's marks with the median, an Appreciative Inquiry's
//! chain, a Peer Assist's dated preparation and feedback, and a learning set meeting's
//! bidding order; with names left out nobody is named, and a confidential round's notes
//! are printed only when the facilitator includes them.

use chrono::{NaiveDate, TimeZone, Utc};
use mobilise_core::techniques::action_learning_sets::{Bid, Need, Round, SetMeeting};
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
use mobilise_core::{
    Action, ActionStatus, Note, NoteKind, Participant, Session, SessionStatus, TechniqueId,
};
use mobilise_export::{assemble, ExportOptions, Record, Series, Sources};
use uuid::Uuid;

fn person(n: u128, name: &str, role: &str) -> Participant {
    Participant {
        person_id: Uuid::from_u128(n),
        name: name.into(),
        organisation: String::new(),
        role: role.into(),
    }
}

fn session(technique: TechniqueId) -> Session {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 25, 14, 0, 0)
        .single()
        .expect("valid");
    Session {
        id: Uuid::from_u128(1),
        technique,
        title: "Discharge before noon".into(),
        scheduled_at: NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(14, 0, 0))
            .expect("valid"),
        facilitator: "Priya Shah".into(),
        location: String::new(),
        purpose: String::new(),
        status: SessionStatus::Finished,
        participants: vec![
            person(10, "Grace O’Neill", "Home team"),
            person(11, "Siân Llewelyn", "Visitor"),
            person(12, "Ben Okafor", ""),
        ],
        follows: None,
        created_at: at,
        updated_at: at,
    }
}

fn action(id: u128, what: &str, owner: u128, name: &str) -> Action {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 25, 15, 0, 0)
        .single()
        .expect("valid");
    Action {
        id: Uuid::from_u128(id),
        session_id: Uuid::from_u128(1),
        step_id: None,
        what: what.into(),
        owner: name.into(),
        owner_person_id: Some(Uuid::from_u128(owner)),
        due_on: NaiveDate::from_ymd_opt(2026, 12, 18),
        status: ActionStatus::Open,
        created_at: at,
        updated_at: at,
    }
}

fn note(step: u32, text: &str) -> Note {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 25, 15, 0, 0)
        .single()
        .expect("valid");
    Note {
        id: Uuid::now_v7(),
        session_id: Uuid::from_u128(1),
        kind: NoteKind::Note,
        step_id: Some(step),
        question: None,
        position: 0,
        text: text.into(),
        created_at: at,
        updated_at: at,
    }
}

fn record(
    session: &Session,
    guided: &TechniqueRecord,
    notes: &[Note],
    actions: &[Action],
    options: ExportOptions,
) -> Record {
    assemble(&Sources {
        session,
        technique: mobilise_core::technique(session.technique),
        notes,
        actions,
        lessons: &[],
        pinned: &[],
        live: None,
        live_log: &[],
        record: Some(guided),
        series: Some(Series {
            name: "Ward managers",
            carried: &[],
        }),
        today: NaiveDate::from_ymd_opt(2026, 11, 30).expect("valid"),
        now: crate::common::export_instant(),
        local_time: &crate::common::local_utc,
        options,
    })
}

/// Everything the record prints, as one string to search.
fn printed(record: &Record) -> String {
    format!("{:?} {:?}", record.sections, record.steps)
}

fn without_names() -> ExportOptions {
    ExportOptions {
        include_names: false,
        ..ExportOptions::default()
    }
}

#[test]
fn a_before_action_review_prints_its_intent_roles_risks_worst_first_and_measures() {
    let session = session(TechniqueId::BeforeActionReview);
    let plan = TechniqueRecord::BeforeActionReview(ActionPlan {
        intent: Intent {
            task: "Open the lounge at 07:00".into(),
            purpose: "Free beds before the take".into(),
            end_state: String::new(),
        },
        roles: vec![PlanRole {
            id: Uuid::from_u128(20),
            who: "Grace O’Neill".into(),
            person_id: Some(Uuid::from_u128(10)),
            does: "Writes the rota".into(),
        }],
        risks: vec![
            Risk {
                id: Uuid::from_u128(21),
                risk: "Porters not on shift".into(),
                likelihood: Likelihood::Possible,
                impact: Severity::Minor,
                response: String::new(),
            },
            Risk {
                id: Uuid::from_u128(22),
                risk: "TTOs late".into(),
                likelihood: Likelihood::Likely,
                impact: Severity::Major,
                response: "Order the night before".into(),
            },
        ],
        measures: vec!["Ten patients a day use the lounge".into()],
    });
    let named = printed(&record(&session, &plan, &[], &[], ExportOptions::default()));
    assert!(named.contains("Task: Open the lounge at 07:00"));
    assert!(!named.contains("End state:"), "an empty part is left out");
    let worst = named.find("TTOs late").expect("the worst risk");
    let mild = named.find("Porters not on shift").expect("the milder risk");
    assert!(worst < mild, "worst first");
    assert!(named.contains("16 (Extreme)"));
    assert!(named.contains("Ten patients a day use the lounge"));
    assert!(named.contains("Grace O’Neill"));
    let anonymous = printed(&record(&session, &plan, &[], &[], without_names()));
    assert!(!anonymous.contains("Grace"), "{anonymous}");
    assert!(anonymous.contains("Writes the rota"));
}

#[test]
fn a_retrospect_prints_the_median_the_spread_and_what_would_have_made_it_a_ten() {
    let session = session(TechniqueId::Retrospect);
    let marks = TechniqueRecord::Retrospect(RetrospectMarks {
        marks: vec![
            Mark {
                person_id: Uuid::from_u128(10),
                mark: Some(6),
                make_it_ten: "Earlier sign-off".into(),
            },
            Mark {
                person_id: Uuid::from_u128(11),
                mark: Some(9),
                make_it_ten: String::new(),
            },
        ],
    });
    let named = printed(&record(
        &session,
        &marks,
        &[],
        &[],
        ExportOptions::default(),
    ));
    assert!(
        named.contains("2 people gave a mark. Median 7.5; lowest 6, highest 9."),
        "{named}"
    );
    assert!(named.contains("Grace O’Neill"));
    assert!(named.contains("Earlier sign-off"));
    let anonymous = printed(&record(&session, &marks, &[], &[], without_names()));
    assert!(anonymous.contains("Participant 1"));
    assert!(!anonymous.contains("Grace"));
    let none = TechniqueRecord::Retrospect(RetrospectMarks::default());
    assert!(
        printed(&record(&session, &none, &[], &[], ExportOptions::default()))
            .contains("Nobody gave a mark.")
    );
}

#[test]
fn an_inquiry_prints_stories_dreams_designs_and_who_delivers_them() {
    let session = session(TechniqueId::AppreciativeInquiry);
    let dream = Uuid::from_u128(31);
    let design = Uuid::from_u128(32);
    let board = TechniqueRecord::AppreciativeInquiry(InquiryBoard {
        stories: vec![Story {
            id: Uuid::from_u128(30),
            text: "Night staff praised the huddle.".into(),
            teller: Some(Uuid::from_u128(12)),
        }],
        groups: vec![DreamGroup {
            id: Uuid::from_u128(33),
            name: "Blue group".into(),
            members: vec![Uuid::from_u128(10)],
            dreams: vec![Dream {
                id: dream,
                text: "Every shift starts with a huddle".into(),
            }],
        }],
        designs: vec![
            Design {
                id: design,
                statement: "A ten-minute huddle at handover".into(),
                dream_ids: vec![dream],
            },
            Design {
                id: Uuid::from_u128(34),
                statement: "A huddle board".into(),
                dream_ids: vec![],
            },
        ],
        deliveries: vec![Delivery {
            action_id: Uuid::from_u128(40),
            design_ids: vec![design],
        }],
    });
    let actions = [action(40, "Pilot the huddle", 11, "Siân Llewelyn")];
    let named = printed(&record(
        &session,
        &board,
        &[],
        &actions,
        ExportOptions::default(),
    ));
    for text in [
        "Night staff praised the huddle. (Ben Okafor)",
        "Blue group (Grace O’Neill)",
        "Every shift starts with a huddle",
        "Not yet linked to a dream",
        "Pilot the huddle",
        "Siân Llewelyn",
        "18 Dec 2026",
    ] {
        assert!(named.contains(text), "{text} in {named}");
    }
    let anonymous = printed(&record(&session, &board, &[], &actions, without_names()));
    for name in ["Ben", "Grace", "Siân"] {
        assert!(!anonymous.contains(name), "{name} in {anonymous}");
    }
}

#[test]
fn a_peer_assist_prints_its_dated_preparation_the_two_sides_and_the_feedback() {
    let session = session(TechniqueId::PeerAssist);
    let mut record_ = PeerAssistRecord::new();
    record_.checklist[2] = ChecklistItem {
        label: record_.checklist[2].label.clone(),
        done_on: NaiveDate::from_ymd_opt(2026, 11, 4),
    };
    record_.feedback = vec![
        Feedback {
            id: Uuid::from_u128(50),
            kind: FeedbackKind::WorkedWell,
            text: "One discharge co-ordinator".into(),
            from: Some(Uuid::from_u128(11)),
        },
        Feedback {
            id: Uuid::from_u128(51),
            kind: FeedbackKind::CouldBeBetter,
            text: "Book transport earlier".into(),
            from: None,
        },
    ];
    let guided = TechniqueRecord::PeerAssist(record_);
    let named = printed(&record(
        &session,
        &guided,
        &[],
        &[],
        ExportOptions::default(),
    ));
    for text in [
        "4 Nov 2026",
        "Not done",
        "The peers were invited 21 days before the meeting.",
        "Home team: Grace O’Neill",
        "Visitors: Siân Llewelyn",
        "What worked well",
        "One discharge co-ordinator (Siân Llewelyn)",
        "What could have been done better",
        "Book transport earlier",
    ] {
        assert!(named.contains(text), "{text} in {named}");
    }
    let anonymous = printed(&record(&session, &guided, &[], &[], without_names()));
    assert!(!anonymous.contains("Siân"));
    assert!(anonymous.contains("One discharge co-ordinator"));
}

#[test]
fn a_learning_set_prints_its_bidding_order_and_keeps_confidential_notes_out_unless_included() {
    let session = session(TechniqueId::ActionLearningSets);
    let meeting = TechniqueRecord::ActionLearningSets(SetMeeting {
        set_id: Some(Uuid::from_u128(60)),
        bids: vec![
            Bid {
                person_id: Uuid::from_u128(10),
                need: Need::Low,
                issue: "Rota gaps".into(),
            },
            Bid {
                person_id: Uuid::from_u128(11),
                need: Need::High,
                issue: "A complaint".into(),
            },
        ],
        gift_round: false,
        timings: Default::default(),
        rounds: vec![
            Round {
                presenter: Uuid::from_u128(11),
                step_ids: vec![3, 4, 5],
                confidential: true,
            },
            Round {
                presenter: Uuid::from_u128(10),
                step_ids: vec![6, 7, 8],
                confidential: false,
            },
        ],
    });
    let notes = [
        note(4, "The daughter is a colleague"),
        note(7, "Swap the long days"),
    ];
    let kept_out = record(&session, &meeting, &notes, &[], ExportOptions::default());
    let text = printed(&kept_out);
    assert!(text.contains("Ward managers"));
    let first = text.find("Siân Llewelyn").expect("the high need first");
    let second = text.find("Grace O’Neill").expect("then the low");
    assert!(first < second);
    assert!(text.contains("Swap the long days"));
    assert!(!text.contains("colleague"), "{text}");
    assert!(text.contains("1 round is confidential: their notes are not in this record."));
    let included = printed(&record(
        &session,
        &meeting,
        &notes,
        &[],
        ExportOptions {
            include_confidential: true,
            ..ExportOptions::default()
        },
    ));
    assert!(included.contains("colleague"));
    assert!(included.contains("the facilitator chose to include their notes"));
}
