//! The people list: one record per person whatever the spelling, reused across sessions,
//! corrected or removed everywhere at once.

use mobilise_core::{PersonInput, TechniqueId};
use mobilise_store::StoreError;

use crate::fixtures::{draft, instant, open, participant, Ids};

#[test]
fn the_same_person_in_two_sessions_is_one_person() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    store
        .create_session(
            &draft(TechniqueId::Fishbowl, "One"),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");
    let mut second = draft(TechniqueId::Retrospect, "Two");
    second.participants = vec![participant("  aled   JONES ", "ward 7", "")];
    let two = store
        .create_session(&second, instant(2), &mut || ids.next())
        .expect("stored");

    let people = store.list_people("").expect("listed");
    assert_eq!(people.len(), 2, "Aled is not duplicated: {people:?}");
    let aled = people
        .iter()
        .find(|p| p.name == "Aled Jones")
        .expect("Aled listed");
    assert_eq!(aled.session_count, 2);
    assert_eq!(two.participants[0].person_id, aled.id);
    assert_eq!(
        two.participants[0].name, "Aled Jones",
        "the first spelling is kept"
    );
}

#[test]
fn the_people_list_can_be_searched_by_name_or_organisation_with_or_without_accents() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    store
        .create_session(
            &draft(TechniqueId::Fishbowl, "One"),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");
    let names = |text: &str| -> Vec<String> {
        store
            .list_people(text)
            .expect("listed")
            .into_iter()
            .map(|p| p.name)
            .collect()
    };
    assert_eq!(names("betsi"), ["Siân Ŵyn Llewelyn"]);
    assert_eq!(names("aled ward"), ["Aled Jones"]);
    // Typed without the accents, as most keyboards make it easiest.
    assert_eq!(names("SIAN wyn"), ["Siân Ŵyn Llewelyn"]);
    assert!(names("nobody").is_empty());
}

#[test]
fn correcting_a_name_shows_in_every_session_and_clashes_are_refused() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let session = store
        .create_session(
            &draft(TechniqueId::Fishbowl, "One"),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");
    let aled = session.participants[0].person_id;
    store
        .update_person(
            aled,
            &PersonInput {
                name: "Aled Rhys Jones".into(),
                organisation: "Ward 7".into(),
            },
            instant(2),
        )
        .expect("renamed");
    let read = store.session(session.id).expect("read");
    assert_eq!(read.participants[0].name, "Aled Rhys Jones");

    let clash = store.update_person(
        aled,
        &PersonInput {
            name: "siân ŵyn llewelyn".into(),
            organisation: "Betsi Cadwaladr UHB".into(),
        },
        instant(3),
    );
    assert!(matches!(clash, Err(StoreError::Invalid(_))), "{clash:?}");
}

#[test]
fn deleting_a_person_removes_them_from_every_session() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let session = store
        .create_session(
            &draft(TechniqueId::Fishbowl, "One"),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");
    store
        .delete_person(session.participants[0].person_id)
        .expect("deleted");
    let read = store.session(session.id).expect("read");
    assert_eq!(read.participants.len(), 1, "only Siân remains");
    assert!(matches!(
        store.delete_person(session.participants[0].person_id),
        Err(StoreError::NotFound { .. })
    ));
}
