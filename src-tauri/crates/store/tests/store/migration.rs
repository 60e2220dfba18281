//! Upgrading a database written by an earlier Mobilise: schema 1 becomes the latest
//! schema, identical to a new database's, with its sessions kept.

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
    assert_eq!(latest_schema(), 8, "this test upgrades from 1 to 8");
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
                .any(|(_, name, _)| name == "guided_records_by_set"),
        "the comparison covers the new tables"
    );
}
