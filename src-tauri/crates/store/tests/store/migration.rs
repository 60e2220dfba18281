//! Upgrading a database written by an earlier Mobilise: schema 1 becomes the latest
//! schema, identical to a new database's, with its sessions kept; and every schema that
//! kept technique records in tables of their own (a café's from 4, a Fishbowl's from 5,
//! the guided records' from 8) upgrades to the one table and log and reads back the same
//! records.

use mobilise_core::{NoteInput, NoteKind};
use mobilise_store::{latest_schema, DB_FILE_NAME};
use rusqlite::Connection;
use uuid::Uuid;

use crate::fixtures::{instant, open, Ids};

const V1: &str = include_str!("../../migrations/001_initial.sql");

/// Every table, index and trigger with its SQL, in a stable order.
fn schema(conn: &Connection) -> Vec<(String, String, Option<String>)> {
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")
        .expect("schema readable");
    stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .expect("schema read")
        .collect::<rusqlite::Result<_>>()
        .expect("schema rows")
}

#[test]
fn a_schema_1_database_is_upgraded_and_keeps_its_sessions() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let old = tmp.path().join("old");
    std::fs::create_dir(&old).expect("folder");
    let session = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0abc);
    {
        let conn = Connection::open(old.join(DB_FILE_NAME)).expect("a new file");
        conn.execute_batch(V1).expect("schema 1 built");
        conn.pragma_update(None, "user_version", 1)
            .expect("marked as schema 1");
        conn.execute(
            "INSERT INTO sessions (id, technique, title, scheduled_at, status, created_at,
                                   updated_at)
             VALUES (?1, 'retrospect', 'EPR rollout retrospect', '2026-11-20T10:00:00',
                     'finished', '2026-11-20T12:00:00.000Z', '2026-11-20T12:00:00.000Z')",
            [session.to_string()],
        )
        .expect("a session written by Mobilise 1");
    }

    let mut store = open(&old);
    assert_eq!(store.schema_version().ok(), Some(latest_schema()));
    assert_eq!(latest_schema(), 11, "this test upgrades from 1 to 11");
    let read = store.session(session).expect("the old session survives");
    assert_eq!(read.title, "EPR rollout retrospect");
    let mut ids = Ids::new();
    let note = NoteInput {
        kind: NoteKind::Parking,
        step_id: None,
        question: None,
        text: "Added after the upgrade".into(),
    };
    store
        .add_note(session, &note, instant(1), &mut || ids.next())
        .expect("the new tables work for an old session");
    drop(store);

    let fresh = tmp.path().join("fresh");
    drop(open(&fresh));
    let upgraded = schema(&Connection::open(old.join(DB_FILE_NAME)).expect("reopen"));
    let new = schema(&Connection::open(fresh.join(DB_FILE_NAME)).expect("reopen"));
    assert_eq!(
        upgraded, new,
        "an upgraded database has exactly a new one's schema"
    );
    assert!(
        upgraded.iter().any(|(_, name, _)| name == "notes_fts")
            && upgraded.iter().any(|(_, name, _)| name == "lessons_fts")
            && upgraded
                .iter()
                .any(|(_, name, _)| name == "technique_records_by_series")
            && !upgraded.iter().any(|(_, name, _)| name == "guided_records"),
        "the comparison covers the new tables"
    );
}

/// Every migration before the one that moves the last technique's own table (the café's)
/// into technique_records.
const BEFORE_ONE_TABLE: [&str; 9] = [
    V1,
    include_str!("../../migrations/002_live_records.sql"),
    include_str!("../../migrations/003_settings_and_follow_ups.sql"),
    include_str!("../../migrations/004_knowledge_cafe.sql"),
    include_str!("../../migrations/005_fishbowl.sql"),
    include_str!("../../migrations/006_lessons.sql"),
    include_str!("../../migrations/007_lesson_pins.sql"),
    include_str!("../../migrations/008_guided_records.sql"),
    include_str!("../../migrations/009_technique_records.sql"),
];

fn sid(n: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 + n)
}

/// A session row as every schema from 1 writes it.
fn insert_session(conn: &Connection, id: Uuid, technique: &str, title: &str) {
    conn.execute(
        "INSERT INTO sessions (id, technique, title, scheduled_at, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, '2026-11-20T10:00:00', 'planned',
                 '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z')",
        rusqlite::params![id.to_string(), technique, title],
    )
    .expect("a session written by an earlier Mobilise");
}

#[test]
fn every_schema_with_records_of_its_own_upgrades_and_reads_back_the_same_records() {
    use mobilise_core::seating::Steps;
    use mobilise_core::techniques::action_learning_sets::SetMeeting;
    use mobilise_core::techniques::fishbowl::{
        starting_events, FishbowlChange, FishbowlEvent, FishbowlRecord, FishbowlSetup,
        FishbowlState,
    };
    use mobilise_core::techniques::knowledge_cafe::{Cafe, CafeSetup};
    use mobilise_core::techniques::TechniqueRecord;
    use mobilise_core::TechniqueId;

    let bowl = sid(1);
    let plan = sid(2);
    let meeting = sid(3);
    let set = sid(4);
    let mut setup = FishbowlSetup::standard("Should the discharge lounge open at 07:00?");
    setup.starters = vec![sid(11), sid(12), sid(13)];
    let mut log = starting_events(&setup, instant(1));
    log.push(FishbowlEvent {
        at: instant(2),
        change: FishbowlChange::Pass { to: Some(sid(12)) },
    });
    let fishbowl = TechniqueRecord::Fishbowl(FishbowlRecord {
        state: FishbowlState::replay(&setup, &log).expect("a log the rules accept"),
        setup: Some(setup.clone()),
        log: log.clone(),
    });
    let mut review = TechniqueRecord::empty_for(TechniqueId::BeforeActionReview).expect("one");
    if let TechniqueRecord::BeforeActionReview(plan) = &mut review {
        plan.intent.task = "Open the discharge lounge at 07:00 — “early”".into();
    }
    let linked = TechniqueRecord::ActionLearningSets(SetMeeting {
        set_id: Some(set),
        ..SetMeeting::default()
    });
    let cafe_session = sid(5);
    let cafe = {
        let setup = CafeSetup::standard("What would help more patients home before noon?", 1);
        let (_, rounds) = setup.agenda(mobilise_core::technique(TechniqueId::KnowledgeCafe));
        let mut cafe = Cafe::new(setup, &[], rounds);
        cafe.replan(0, 7, &mut Steps(10_000)).ok();
        cafe
    };
    let fishbowl_tables = 5..=8;

    for version in 4..=9 {
        let tmp = tempfile::tempdir().expect("temp dir");
        {
            let conn = Connection::open(tmp.path().join(DB_FILE_NAME)).expect("a new file");
            for sql in &BEFORE_ONE_TABLE[..version] {
                conn.execute_batch(sql).expect("an earlier schema built");
            }
            conn.pragma_update(None, "user_version", i64::try_from(version).expect("small"))
                .expect("marked with its version");
            // As schemas 4 to 9 kept a café: whole, in its own table.
            insert_session(&conn, cafe_session, "knowledge-cafe", "Noon café");
            conn.execute(
                "INSERT INTO cafes (session_id, cafe, updated_at)
                 VALUES (?1, ?2, '2026-11-20T09:04:00.000Z')",
                rusqlite::params![
                    cafe_session.to_string(),
                    serde_json::to_string(&cafe).expect("JSON")
                ],
            )
            .expect("a café");
            insert_session(&conn, bowl, "fishbowl", "Lounge debate");
        }
        if !fishbowl_tables.contains(&version) {
            // Schema 9 already keeps a fishbowl in technique_records; schema 4 has none.
            check_cafe(tmp.path(), cafe_session, &cafe, version);
            continue;
        }
        {
            let conn = Connection::open(tmp.path().join(DB_FILE_NAME)).expect("reopen");
            // As schemas 5 to 8 kept a Fishbowl: its set-up, and its log in order.
            conn.execute(
                "INSERT INTO fishbowls (session_id, setup, updated_at)
                 VALUES (?1, ?2, '2026-11-20T09:05:00.000Z')",
                rusqlite::params![
                    bowl.to_string(),
                    serde_json::to_string(&setup).expect("JSON")
                ],
            )
            .expect("a fishbowl set-up");
            for event in &log {
                conn.execute(
                    "INSERT INTO fishbowl_events (session_id, at, event)
                     VALUES (?1, '2026-11-20T09:06:00.000Z', ?2)",
                    rusqlite::params![
                        bowl.to_string(),
                        serde_json::to_string(event).expect("JSON")
                    ],
                )
                .expect("a fishbowl event");
            }
            if version >= 8 {
                // As schema 8 kept the guided records: tagged JSON, the set inside it.
                insert_session(&conn, plan, "before-action-review", "Lounge plan");
                insert_session(&conn, meeting, "action-learning-sets", "Set: meeting 1");
                conn.execute(
                    "INSERT INTO learning_sets (id, name, created_at, updated_at)
                     VALUES (?1, 'Ward managers', '2026-11-01T09:00:00.000Z',
                             '2026-11-01T09:00:00.000Z')",
                    [set.to_string()],
                )
                .expect("a learning set");
                conn.execute(
                    "INSERT INTO people (id, name, organisation, person_key, created_at, updated_at)
                     VALUES ('00000000-0000-0000-0000-00000000a1ed', 'Aled Jones', '', 'aled jones',
                             '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')",
                    [],
                )
                .expect("a person");
                conn.execute(
                    "INSERT INTO learning_set_members (set_id, person_id, position)
                     VALUES (?1, '00000000-0000-0000-0000-00000000a1ed', 0)",
                    [set.to_string()],
                )
                .expect("a member");
                for (session, record) in [(plan, &review), (meeting, &linked)] {
                    conn.execute(
                        "INSERT INTO guided_records (session_id, record, updated_at)
                         VALUES (?1, ?2, '2026-11-20T09:07:00.000Z')",
                        rusqlite::params![
                            session.to_string(),
                            serde_json::to_string(record).expect("JSON")
                        ],
                    )
                    .expect("a guided record");
                }
            }
        }

        check_cafe(tmp.path(), cafe_session, &cafe, version);
        let mut store = open(tmp.path());
        assert_eq!(store.schema_version().ok(), Some(latest_schema()));
        assert_eq!(
            store.technique_record(bowl).expect("readable").as_ref(),
            Some(&fishbowl),
            "schema {version}: the fishbowl, its log and its chairs"
        );
        if version >= 8 {
            assert_eq!(
                store.technique_record(plan).expect("readable").as_ref(),
                Some(&review),
                "schema {version}: the plan"
            );
            assert_eq!(
                store.technique_record(meeting).expect("readable").as_ref(),
                Some(&linked),
                "schema {version}: the meeting, still in its set"
            );
            let meetings = store.series_meetings(set).expect("the set's meetings");
            assert_eq!(
                meetings.iter().map(|m| m.id).collect::<Vec<_>>(),
                vec![meeting],
                "schema {version}: the set finds its meeting by the new column"
            );
            let sets = store
                .series_of(mobilise_core::TechniqueId::ActionLearningSets)
                .expect("the learning sets");
            assert_eq!(
                sets.iter()
                    .map(|s| (s.name.as_str(), s.members.clone()))
                    .collect::<Vec<_>>(),
                vec![("Ward managers", vec![Uuid::from_u128(0xa1ed)])],
                "schema {version}: the set is a series of its technique, its members kept"
            );
            store
                .delete_series(set, instant(5))
                .expect("the set can go");
            let Some(TechniqueRecord::ActionLearningSets(left)) =
                store.technique_record(meeting).expect("readable")
            else {
                panic!("schema {version}: the meeting stays");
            };
            assert_eq!(
                left.set_id, None,
                "schema {version}: and no longer names the set"
            );
        }
        // The log goes on from where the old one stopped.
        let mut more = log.clone();
        more.push(FishbowlEvent {
            at: instant(3),
            change: FishbowlChange::Pass { to: None },
        });
        let next = TechniqueRecord::Fishbowl(FishbowlRecord {
            state: FishbowlState::replay(&setup, &more).expect("accepted"),
            setup: Some(setup.clone()),
            log: more,
        });
        store
            .save_technique_record(bowl, &next, instant(3))
            .expect("saved after the upgrade");
        assert_eq!(
            store.technique_record(bowl).expect("readable"),
            Some(next),
            "schema {version}: appended after the migrated log"
        );
    }
}

/// The café of an upgraded database reads back as it was stored.
fn check_cafe(
    dir: &std::path::Path,
    session: Uuid,
    cafe: &mobilise_core::techniques::knowledge_cafe::Cafe,
    version: usize,
) {
    let store = open(dir);
    assert_eq!(store.schema_version().ok(), Some(latest_schema()));
    assert_eq!(
        store.technique_record(session).expect("readable"),
        Some(mobilise_core::techniques::TechniqueRecord::KnowledgeCafe(
            Some(cafe.clone())
        )),
        "schema {version}: the café, its guests and its plan"
    );
}
