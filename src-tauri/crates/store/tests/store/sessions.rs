//! Session records: stored and read back across a reopen, edited, listed with filters
//! and search, duplicated, and moved through the bin.

use mobilise_core::{SessionQuery, SessionStatus, TechniqueId};
use mobilise_store::StoreError;

use crate::fixtures::{draft, instant, local, open, participant, Ids};

#[test]
fn a_session_and_its_participants_survive_closing_the_database() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut ids = Ids::new();
    let created = {
        let mut store = open(tmp.path());
        store
            .create_session(
                &draft(TechniqueId::AfterActionReview, "Ward 7 go-live"),
                instant(1),
                &mut || ids.next(),
            )
            .expect("stored")
    };
    let store = open(tmp.path());
    let read = store.session(created.id).expect("found after reopening");
    assert_eq!(read, created, "what was stored is what comes back");
    let names: Vec<&str> = read.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Aled Jones", "Siân Ŵyn Llewelyn"],
        "in the order given"
    );
    assert_eq!(read.participants[0].role, "scribe");
}

#[test]
fn an_invalid_draft_writes_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut bad = draft(TechniqueId::Fishbowl, "   ");
    bad.participants.push(participant("New Person", "", ""));
    let err = store
        .create_session(&bad, instant(1), &mut || uuid::Uuid::from_u128(7))
        .expect_err("a blank title is refused");
    assert!(
        matches!(err, StoreError::Invalid(ref v) if v.field == "title"),
        "{err:?}"
    );
    assert!(
        store.list_people("").expect("listable").is_empty(),
        "no person was added"
    );
    assert!(store
        .list_sessions(&SessionQuery::default())
        .expect("listable")
        .is_empty());
}

#[test]
fn editing_replaces_details_and_participants() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let session = store
        .create_session(
            &draft(TechniqueId::PeerAssist, "Theatre scheduling"),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");
    let mut edit = session.as_template();
    edit.title = "Theatre scheduling peer assist".into();
    edit.status = SessionStatus::Finished;
    edit.participants = vec![participant("Grace O'Neill", "Theatres", "home team")];
    let updated = store
        .update_session(session.id, &edit, instant(5), &mut || ids.next())
        .expect("updated");
    assert_eq!(updated.title, "Theatre scheduling peer assist");
    assert_eq!(updated.status, SessionStatus::Finished);
    assert_eq!(
        updated.participants.len(),
        1,
        "the old participant list is replaced"
    );
    assert_eq!(
        updated.created_at, session.created_at,
        "creation time is kept"
    );
    assert_eq!(updated.updated_at, instant(5));
}

#[test]
fn the_list_is_newest_meeting_first_and_filters_by_technique_status_and_words() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let mut make = |technique, title: &str, day, status| {
        let mut d = draft(technique, title);
        d.scheduled_at = local(day, 10);
        d.status = status;
        store
            .create_session(&d, instant(1), &mut || ids.next())
            .expect("stored")
            .id
    };
    let cafe = make(
        TechniqueId::KnowledgeCafe,
        "Café on discharge planning",
        20,
        SessionStatus::Finished,
    );
    let aar = make(
        TechniqueId::AfterActionReview,
        "Ward 7 go-live",
        24,
        SessionStatus::Planned,
    );
    let retro = make(
        TechniqueId::Retrospect,
        "EPR rollout retrospect",
        22,
        SessionStatus::Finished,
    );

    let all = store
        .list_sessions(&SessionQuery::default())
        .expect("listed");
    let order: Vec<_> = all.iter().map(|s| s.id).collect();
    assert_eq!(order, [aar, retro, cafe], "newest meeting first");
    assert_eq!(all[0].participant_count, 2);

    let finished = store
        .list_sessions(&SessionQuery {
            status: Some(SessionStatus::Finished),
            ..Default::default()
        })
        .expect("listed");
    assert_eq!(
        finished.iter().map(|s| s.id).collect::<Vec<_>>(),
        [retro, cafe]
    );

    let cafes = store
        .list_sessions(&SessionQuery {
            technique: Some(TechniqueId::KnowledgeCafe),
            ..Default::default()
        })
        .expect("listed");
    assert_eq!(cafes.iter().map(|s| s.id).collect::<Vec<_>>(), [cafe]);

    let found = |text: &str| -> Vec<uuid::Uuid> {
        store
            .list_sessions(&SessionQuery {
                text: text.into(),
                ..Default::default()
            })
            .expect("searched")
            .iter()
            .map(|s| s.id)
            .collect()
    };
    assert_eq!(found("cafe"), [cafe], "accents are ignored");
    assert_eq!(found("disch"), [cafe], "words match as prefixes");
    assert_eq!(
        found("go-live ward"),
        [aar],
        "all words must match, in any order"
    );
    assert_eq!(
        found("learn"),
        [aar, retro, cafe],
        "the purpose is searched too"
    );
    assert!(
        found("\"NOT* (").is_empty(),
        "query syntax typed by a person is harmless"
    );
}

#[test]
fn a_deleted_session_goes_to_the_bin_and_can_be_restored_until_the_bin_is_emptied() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let keep = store
        .create_session(
            &draft(TechniqueId::Fishbowl, "Keep me"),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");
    let bin = store
        .create_session(
            &draft(TechniqueId::Fishbowl, "Bin me"),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");

    store.delete_session(keep.id, instant(2)).expect("deleted");
    assert!(matches!(
        store.session(keep.id),
        Err(StoreError::NotFound { .. })
    ));
    let in_bin = store
        .list_sessions(&SessionQuery {
            deleted: true,
            ..Default::default()
        })
        .expect("bin listed");
    assert_eq!(in_bin.len(), 1);
    assert_eq!(in_bin[0].deleted_at, Some(instant(2)));

    let restored = store
        .restore_session(keep.id, instant(3))
        .expect("restored");
    assert_eq!(
        restored.participants.len(),
        2,
        "participants come back with it"
    );

    store.delete_session(bin.id, instant(4)).expect("deleted");
    assert_eq!(store.empty_bin().expect("emptied"), 1);
    assert!(matches!(
        store.restore_session(bin.id, instant(5)),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(
        store
            .list_sessions(&SessionQuery::default())
            .expect("listed")
            .len(),
        1
    );
}

#[test]
fn duplicating_makes_a_planned_copy_with_the_same_people() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let mut d = draft(TechniqueId::ActionLearningSets, "Set 3");
    d.status = SessionStatus::Finished;
    let original = store
        .create_session(&d, instant(1), &mut || ids.next())
        .expect("stored");
    let copy = store
        .duplicate_session(original.id, instant(2), &mut || ids.next())
        .expect("copied");
    assert_ne!(copy.id, original.id);
    assert_eq!(copy.title, "Set 3 (copy)");
    assert_eq!(
        copy.status,
        SessionStatus::Planned,
        "a template starts planned"
    );
    assert_eq!(
        copy.participants
            .iter()
            .map(|p| p.person_id)
            .collect::<Vec<_>>(),
        original
            .participants
            .iter()
            .map(|p| p.person_id)
            .collect::<Vec<_>>(),
        "the same people, not new copies of them"
    );
}

#[test]
fn huge_and_odd_text_is_stored_exactly() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let mut d = draft(
        TechniqueId::AppreciativeInquiry,
        "Ŵyn's 🚑 inquiry — «réunion» 日本",
    );
    d.purpose = "Line one\nLine two with emoji 👩🏽‍⚕️ and RTL مرحبا\n".repeat(60);
    let stored = store
        .create_session(&d, instant(1), &mut || ids.next())
        .expect("stored");
    let read = store.session(stored.id).expect("read");
    assert_eq!(read.title, "Ŵyn's 🚑 inquiry — «réunion» 日本");
    assert_eq!(
        read.purpose,
        d.purpose.trim_end(),
        "multi-line text keeps its lines"
    );
}
