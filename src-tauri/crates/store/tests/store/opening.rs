//! Opening a data folder: new, empty and up-to-date databases open; files that are not
//! ours, damaged, or newer are refused and left byte-for-byte untouched.

use mobilise_store::{latest_schema, Store, StoreError, DB_FILE_NAME};
use rusqlite::Connection;

use crate::fixtures::{draft, instant, open, Ids};
use mobilise_core::TechniqueId;

fn bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).expect("the file is readable")
}

#[test]
fn a_missing_folder_gets_a_new_database_at_the_latest_schema() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("nested").join("data");
    let store = open(&dir);
    assert_eq!(store.schema_version().ok(), Some(latest_schema()));
    assert!(
        dir.join(DB_FILE_NAME).is_file(),
        "the database file is created"
    );
}

#[test]
fn an_empty_file_is_migrated_from_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(tmp.path().join(DB_FILE_NAME), b"").expect("empty file");
    let store = open(tmp.path());
    assert_eq!(store.schema_version().ok(), Some(latest_schema()));
}

#[test]
fn an_empty_sqlite_database_is_migrated() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join(DB_FILE_NAME);
    let conn = Connection::open(&path).expect("sqlite file");
    conn.execute_batch("PRAGMA user_version = 0; VACUUM;")
        .expect("an empty but real SQLite file");
    drop(conn);
    let store = open(tmp.path());
    assert_eq!(store.schema_version().ok(), Some(latest_schema()));
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let tmp = tempfile::tempdir().expect("temp dir");
    drop(open(tmp.path()));
    let path = tmp.path().join(DB_FILE_NAME);
    let conn = Connection::open(&path).expect("reopen");
    conn.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;")
        .expect("pretend a future Mobilise wrote it");
    drop(conn);
    let before = bytes(&path);

    let err = Store::open_dir(tmp.path(), instant(1)).err();
    assert!(
        matches!(err, Some(StoreError::NewerSchema { found: 99, .. })),
        "a newer database is refused, got {err:?}"
    );
    assert_eq!(bytes(&path), before, "the newer database is not modified");
    let message = err.map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("newer version of Mobilise"), "{message}");
}

#[test]
fn a_text_file_is_refused_and_left_untouched() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join(DB_FILE_NAME);
    std::fs::write(&path, "minutes of the ward meeting\n".repeat(100)).expect("text");
    let before = bytes(&path);
    let err = Store::open_dir(tmp.path(), instant(1)).err();
    assert!(
        matches!(err, Some(StoreError::NotADatabase { .. })),
        "{err:?}"
    );
    assert_eq!(bytes(&path), before, "a foreign file is never overwritten");
}

#[test]
fn another_programs_sqlite_database_is_refused_and_left_untouched() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join(DB_FILE_NAME);
    let conn = Connection::open(&path).expect("sqlite file");
    conn.execute_batch("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);")
        .expect("someone else's schema");
    drop(conn);
    let before = bytes(&path);
    let err = Store::open_dir(tmp.path(), instant(1)).err();
    assert!(
        matches!(err, Some(StoreError::NotADatabase { .. })),
        "{err:?}"
    );
    assert_eq!(
        bytes(&path),
        before,
        "another program's database is not touched"
    );
}

#[test]
fn a_damaged_database_is_refused_and_left_untouched() {
    let tmp = tempfile::tempdir().expect("temp dir");
    {
        let mut store = open(tmp.path());
        let mut ids = Ids::new();
        for n in 0..50 {
            store
                .create_session(
                    &draft(TechniqueId::Retrospect, &format!("Project {n}")),
                    instant(2),
                    &mut || ids.next(),
                )
                .expect("session stored");
        }
    }
    let path = tmp.path().join(DB_FILE_NAME);
    let conn = Connection::open(&path).expect("reopen");
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
        .expect("fold the WAL into the file");
    // Aim at the sessions table's root page: a fixed offset may land in the unused part
    // of some page, which is harmless, and where pages fall changes with the schema.
    let (root, page_size): (i64, i64) = conn
        .query_row(
            "SELECT rootpage, (SELECT page_size FROM pragma_page_size())
               FROM sqlite_schema WHERE name = 'sessions'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("the sessions table has a root page");
    drop(conn);
    // Scribble over that page: the table's pages become garbage.
    let mut damaged = bytes(&path);
    let page_size = usize::try_from(page_size).expect("a page size");
    let start = usize::try_from(root - 1).expect("a page number") * page_size;
    for byte in &mut damaged[start..start + page_size] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &damaged).expect("damage written");

    let err = Store::open_dir(tmp.path(), instant(3)).err();
    assert!(
        matches!(err, Some(StoreError::NotADatabase { .. })),
        "{err:?}"
    );
    assert_eq!(
        bytes(&path),
        damaged,
        "a damaged database is not modified further"
    );
}

#[test]
fn a_folder_in_place_of_the_file_is_refused() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(tmp.path().join(DB_FILE_NAME)).expect("a folder with the file's name");
    let err = Store::open_dir(tmp.path(), instant(1)).err();
    assert!(
        matches!(err, Some(StoreError::NotADatabase { .. })),
        "{err:?}"
    );
}

#[test]
fn each_opening_of_an_existing_database_keeps_a_backup_and_only_the_newest_seven() {
    let tmp = tempfile::tempdir().expect("temp dir");
    drop(open(tmp.path()));
    for minute in 1..=9 {
        drop(Store::open_dir(tmp.path(), instant(minute)).expect("reopens"));
    }
    let mut backups: Vec<String> = std::fs::read_dir(tmp.path().join("backups"))
        .expect("a backups folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    backups.sort();
    assert_eq!(
        backups.len(),
        7,
        "older backups are rotated out: {backups:?}"
    );
    assert!(
        backups
            .last()
            .is_some_and(|b| b.contains("20261125-090900")),
        "the newest backup is kept: {backups:?}"
    );
    let copy = tmp.path().join("backups").join(&backups[0]);
    let conn = Connection::open(copy).expect("a backup is a database");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("readable");
    assert_eq!(version, latest_schema(), "a backup is a complete database");
}
