//! A Knowledge Café's record kept with its session like any technique's: saved whole and
//! read back the same, gone with its session, refused when damaged; and walk-ins added to
//! the participants.

use mobilise_core::seating::Steps;
use mobilise_core::techniques::knowledge_cafe::{Cafe, CafeSetup};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::TechniqueId;
use mobilise_store::StoreError;
use uuid::Uuid;

use crate::fixtures::{instant, open, participant, raw, session, Ids};

fn stored(cafe: &Cafe) -> TechniqueRecord {
    TechniqueRecord::KnowledgeCafe(Some(cafe.clone()))
}

fn planned_cafe(store: &mut mobilise_store::Store, id: Uuid) -> Cafe {
    let found = store.session(id).expect("the session");
    let setup = CafeSetup::standard("What would help more patients home before noon?", 1);
    let technique = mobilise_core::technique(TechniqueId::KnowledgeCafe);
    let (_, rounds) = setup.agenda(technique);
    let mut cafe = Cafe::new(setup, &found.participants, rounds);
    cafe.replan(0, 7, &mut Steps(10_000))
        .expect("two people fit one table");
    cafe
}

#[test]
fn a_cafe_is_stored_whole_and_read_back_the_same() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(
        &mut store,
        &mut ids,
        TechniqueId::KnowledgeCafe,
        "Noon café",
    );
    assert_eq!(
        store.technique_record(id).expect("readable"),
        None,
        "no café before its set-up is saved"
    );

    let cafe = planned_cafe(&mut store, id);
    store
        .save_technique_record(id, &stored(&cafe), instant(2))
        .expect("saved");
    drop(store);
    let store = open(tmp.path());
    assert_eq!(
        store.technique_record(id).expect("readable"),
        Some(stored(&cafe)),
        "the plan survives a restart"
    );
}

#[test]
fn a_damaged_cafe_record_is_reported_and_the_session_still_opens() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(
        &mut store,
        &mut ids,
        TechniqueId::KnowledgeCafe,
        "Noon café",
    );
    let cafe = planned_cafe(&mut store, id);
    store
        .save_technique_record(id, &stored(&cafe), instant(2))
        .expect("saved");
    raw(tmp.path())
        .execute("UPDATE technique_records SET record = '{\"setup\": 3}'", [])
        .expect("damaged");
    let err = store
        .technique_record(id)
        .expect_err("a damaged record is not read as empty");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    assert!(err.to_string().contains("record"), "{err}");
    assert!(
        store.session(id).is_ok(),
        "the session itself is unaffected"
    );
}

#[test]
fn a_walk_in_joins_the_participants_once_and_empty_names_are_refused() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(
        &mut store,
        &mut ids,
        TechniqueId::KnowledgeCafe,
        "Noon café",
    );
    let walk_in = participant("  Dariusz   Wójcik ", "Pharmacy", "Walk-in");
    let added = store
        .add_participant(id, &walk_in, instant(3), &mut || ids.next())
        .expect("added");
    assert_eq!(added.name, "Dariusz Wójcik", "the name is cleaned");
    assert_eq!(added.role, "Walk-in");
    let again = store
        .add_participant(id, &walk_in, instant(4), &mut || ids.next())
        .expect("the same person again is not an error");
    assert_eq!(again.person_id, added.person_id);
    let listed = store.session(id).expect("the session").participants;
    assert_eq!(listed.len(), 3, "two from the form and the walk-in, once");
    assert_eq!(
        listed.last().map(|p| p.name.as_str()),
        Some("Dariusz Wójcik")
    );

    let blank = store.add_participant(id, &participant("   ", "", ""), instant(5), &mut || {
        ids.next()
    });
    assert!(matches!(blank, Err(StoreError::Invalid(_))), "{blank:?}");
    assert_eq!(
        store.session(id).expect("the session").participants.len(),
        3,
        "nothing added"
    );
}

#[test]
fn deleting_the_session_for_good_takes_its_cafe_with_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(
        &mut store,
        &mut ids,
        TechniqueId::KnowledgeCafe,
        "Noon café",
    );
    let cafe = planned_cafe(&mut store, id);
    store
        .save_technique_record(id, &stored(&cafe), instant(2))
        .expect("saved");
    store.delete_session(id, instant(3)).expect("to the bin");
    assert!(
        matches!(store.technique_record(id), Err(StoreError::NotFound { .. })),
        "a binned session's café is not read"
    );
    store.empty_bin().expect("emptied");
    let left: i64 = raw(tmp.path())
        .query_row("SELECT count(*) FROM technique_records", [], |row| {
            row.get(0)
        })
        .expect("counted");
    assert_eq!(left, 0, "the café record went with its session");
}
