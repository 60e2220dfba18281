//! A Fishbowl's part of the record: talk time to the second and how evenly it was
//! shared, the key points at their local times with their speakers, and who sat where
//! when; with names left out, speakers are numbered and the seating is not printed.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::fishbowl::{
    starting_events, FishbowlChange, FishbowlEvent, FishbowlRecord, FishbowlSetup, FishbowlState,
};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::{LiveEvent, Participant, Session, SessionStatus, TechniqueId};
use mobilise_export::{assemble, Block, ExportOptions, Section, Sources};
use uuid::Uuid;

fn at(secs: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 14, 0, 0)
        .single()
        .expect("valid")
        + Duration::seconds(secs)
}

fn person(n: u128, name: &str) -> Participant {
    Participant {
        person_id: Uuid::from_u128(n),
        name: name.into(),
        organisation: String::new(),
        role: String::new(),
    }
}

fn session() -> Session {
    Session {
        id: Uuid::from_u128(1),
        technique: TechniqueId::Fishbowl,
        title: "Discharge lounge debate".into(),
        scheduled_at: NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(14, 0, 0))
            .expect("valid"),
        facilitator: "Priya Shah".into(),
        location: String::new(),
        purpose: "Lounge".into(),
        status: SessionStatus::Finished,
        participants: vec![
            person(10, "Priya Shah"),
            person(11, "Grace O’Neill"),
            person(12, "Siân Ŵyn Llewelyn"),
            person(13, "Ben Okafor"),
            person(14, "Harpreet Kaur"),
        ],
        follows: None,
        created_at: at(0),
        updated_at: at(0),
    }
}

fn texts(section: &Section) -> String {
    format!("{:?}", section.blocks)
}

#[test]
fn talk_time_key_points_and_seating_are_printed_with_names_or_without() {
    let session = session();
    let ids: Vec<Uuid> = session.participants.iter().map(|p| p.person_id).collect();
    let mut setup = FishbowlSetup::standard("Should the lounge open at 07:00?");
    setup.facilitator = Some(ids[0]);
    setup.scribe = Some(ids[1]);
    setup.starters = vec![ids[2], ids[3]];
    let setup = setup.validated(&session.participants).expect("valid");

    let mut events = starting_events(&setup, at(0));
    let mut push = |secs, change| {
        events.push(FishbowlEvent {
            at: at(secs),
            change,
        })
    };
    push(60, FishbowlChange::Pass { to: Some(ids[2]) });
    push(185, FishbowlChange::Pass { to: Some(ids[3]) });
    push(
        200,
        FishbowlChange::AddPoint {
            id: Uuid::from_u128(99),
            text: "Porters start at 07:30 #late *really*".into(),
            speaker: Some(ids[3]),
        },
    );
    push(230, FishbowlChange::Leave { person: ids[3] });
    let fishbowl = TechniqueRecord::Fishbowl(FishbowlRecord {
        state: FishbowlState::replay(&setup, &events).expect("replays"),
        setup: Some(setup.clone()),
        log: events,
    });
    // The session's clock ran from the start: talk time counts throughout.
    let live_log = [LiveEvent {
        at: at(0),
        command: LiveCommand::Start,
    }];
    let now = at(300);
    // The record's times are local: a fixed hour ahead here, as in summer time.
    let local = |t: DateTime<Utc>| -> NaiveDateTime { t.naive_utc() + Duration::hours(1) };
    let technique = mobilise_core::technique(TechniqueId::Fishbowl);
    let record = |include_names| {
        assemble(&Sources {
            session: &session,
            technique,
            notes: &[],
            actions: &[],
            lessons: &[],
            pinned: &[],
            live: None,
            live_log: &live_log,
            record: Some(&fishbowl),
            series: None,
            today: NaiveDate::from_ymd_opt(2026, 11, 30).expect("valid"),
            now,
            local_time: &local,
            options: ExportOptions {
                include_names,
                ..ExportOptions::default()
            },
        })
    };

    let named = record(true);
    assert_eq!(
        named
            .purpose
            .as_ref()
            .map(|p| (p.label.as_str(), p.value.as_str())),
        Some(("Question", "Should the lounge open at 07:00?"))
    );
    let section = named.sections.last().expect("the fishbowl's section");
    assert_eq!(section.heading, "Fishbowl");
    let text = texts(section);
    assert!(
        text.contains("Facilitator: Priya Shah. Scribe: Grace O’Neill."),
        "{text}"
    );
    let talk_table = section
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table { header, rows } if header[0] == "Speaker" => Some(rows),
            _ => None,
        })
        .expect("a talk-time table");
    assert_eq!(
        talk_table,
        &[
            [
                "Siân Ŵyn Llewelyn",
                "2 min 5 sec",
                "1",
                "2 min 5 sec",
                "74%"
            ]
            .map(String::from),
            ["Ben Okafor", "45 sec", "1", "45 sec", "26%"].map(String::from),
        ]
    );
    assert!(text.contains("Voices heard: 2 of 3."), "{text}");
    assert!(text.contains("Did not speak: Harpreet Kaur."), "{text}");
    assert!(
        text.contains("15:03 Porters start at 07:30 #late *really* (Ben Okafor)"),
        "key points at local time, text literal: {text}"
    );
    let seating = section
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table { header, rows } if header[0] == "Name" => Some(rows),
            _ => None,
        })
        .expect("who sat where");
    assert_eq!(
        seating[1],
        ["Ben Okafor", "2", "15:00", "15:03"].map(String::from),
        "Ben sat in chair 2 until he left"
    );
    assert_eq!(seating[0][3], "the end");

    let anonymous = record(false);
    let text = texts(anonymous.sections.last().expect("the fishbowl's section"));
    for name in ["Priya", "Grace", "Siân", "Ben", "Harpreet"] {
        assert!(!text.contains(name), "{name} is left out: {text}");
    }
    assert!(text.contains("Speaker 1"), "{text}");
    assert!(!text.contains("Who sat where"), "{text}");
}
