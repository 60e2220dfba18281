//! Series (learning sets here): listed by technique and name with their members in order,
//! edited and deleted (their meetings kept, unlinked), members who must be in the people
//! list and leave with it, and the meetings of a series in date order.

use chrono::NaiveDateTime;
use mobilise_core::series::SeriesInput;
use mobilise_core::techniques::action_learning_sets::SetMeeting;
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::{SessionSummary, TechniqueId};
use mobilise_store::{Store, StoreError};
use uuid::Uuid;

use crate::fixtures::{draft, instant, local, open, participant, Ids};

/// A session of `technique` at `when`, with Aled, Siân and Cerys on its roster.
pub fn session_at(
    store: &mut Store,
    ids: &mut Ids,
    technique: TechniqueId,
    title: &str,
    when: NaiveDateTime,
) -> Uuid {
    let mut draft = draft(technique, title);
    draft.scheduled_at = when;
    draft.participants = vec![
        participant("Aled Jones", "Ward 7", ""),
        participant("Siân Ŵyn Llewelyn", "Betsi Cadwaladr UHB", ""),
        participant("Cerys Evans", "Pharmacy", ""),
    ];
    store
        .create_session(&draft, instant(1), &mut || ids.next())
        .expect("session stored")
        .id
}

/// An Action Learning Set meeting at `when`, linked to `set`.
pub fn meeting(
    store: &mut Store,
    ids: &mut Ids,
    title: &str,
    when: NaiveDateTime,
    set: Option<Uuid>,
) -> Uuid {
    let id = session_at(store, ids, TechniqueId::ActionLearningSets, title, when);
    let record = TechniqueRecord::ActionLearningSets(SetMeeting {
        set_id: set,
        ..SetMeeting::default()
    });
    store
        .save_technique_record(id, &record, instant(2))
        .expect("meeting record saved");
    id
}

/// Aled, Siân and Cerys, as the people list knows them.
pub fn people(store: &Store, session: Uuid) -> [Uuid; 3] {
    let roster = store.session(session).expect("the session").participants;
    [
        roster[0].person_id,
        roster[1].person_id,
        roster[2].person_id,
    ]
}

pub fn input(name: &str, members: &[Uuid]) -> SeriesInput {
    SeriesInput {
        name: name.into(),
        members: members.to_vec(),
    }
}

fn titles(list: &[SessionSummary]) -> Vec<&str> {
    list.iter().map(|s| s.title.as_str()).collect()
}

#[test]
fn sets_are_listed_by_name_with_members_in_order_and_can_be_edited_and_deleted() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let s = session_at(
        &mut store,
        &mut ids,
        TechniqueId::Retrospect,
        "Any",
        local(1, 9),
    );
    let [aled, sian, cerys] = people(&store, s);

    let wards = store
        .create_series(
            Uuid::from_u128(1),
            TechniqueId::ActionLearningSets,
            &input("ward leaders", &[cerys, aled]),
            instant(4),
        )
        .expect("stored");
    assert_eq!(wards.name, "ward leaders");
    assert_eq!(wards.technique, TechniqueId::ActionLearningSets);
    assert_eq!(wards.members, [cerys, aled], "in the order given");
    for (id, name) in [(2, "Band 7 managers"), (3, "allied health")] {
        store
            .create_series(
                Uuid::from_u128(id),
                TechniqueId::ActionLearningSets,
                &input(name, &[sian]),
                instant(4),
            )
            .expect("stored");
    }
    drop(store);

    let mut store = open(tmp.path());
    let names = |store: &Store| -> Vec<String> {
        store
            .series_of(TechniqueId::ActionLearningSets)
            .expect("listed")
            .into_iter()
            .map(|s| s.name)
            .collect()
    };
    assert_eq!(
        names(&store),
        ["allied health", "Band 7 managers", "ward leaders"],
        "by name, whatever the case"
    );
    assert_eq!(store.series(wards.id).expect("read"), wards);
    assert!(
        store
            .series_of(TechniqueId::Fishbowl)
            .expect("listed")
            .is_empty(),
        "another technique's list holds none of them"
    );

    let edited = store
        .update_series(wards.id, &input("Ward leaders", &[sian, aled]), instant(9))
        .expect("updated");
    assert_eq!(edited.members, [sian, aled], "the members are replaced");
    assert_eq!(edited.created_at, instant(4));
    assert_eq!(edited.updated_at, instant(9));
    assert_eq!(store.series(wards.id).expect("read"), edited);

    store
        .delete_series(Uuid::from_u128(2), instant(10))
        .expect("deleted");
    assert_eq!(names(&store), ["allied health", "Ward leaders"]);
    let missing = Uuid::from_u128(2);
    assert!(matches!(
        store.series(missing),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.update_series(missing, &input("Back", &[]), instant(11)),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.delete_series(missing, instant(11)),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn a_series_has_members_from_the_people_list_who_leave_with_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let s = session_at(
        &mut store,
        &mut ids,
        TechniqueId::Retrospect,
        "Any",
        local(1, 9),
    );
    let [aled, sian, _] = people(&store, s);

    let stranger = store.create_series(
        Uuid::from_u128(1),
        TechniqueId::ActionLearningSets,
        &input("Ward leaders", &[aled, Uuid::from_u128(404)]),
        instant(4),
    );
    match stranger {
        Err(StoreError::Invalid(e)) => assert_eq!(e.field, "members"),
        other => panic!("a member not in the people list is refused: {other:?}"),
    }
    assert!(
        store
            .series_of(TechniqueId::ActionLearningSets)
            .expect("listed")
            .is_empty(),
        "nothing was stored"
    );

    let set = store
        .create_series(
            Uuid::from_u128(1),
            TechniqueId::ActionLearningSets,
            &input("Ward leaders", &[aled, sian]),
            instant(4),
        )
        .expect("stored");
    let refused = store.update_series(
        set.id,
        &input("Renamed", &[Uuid::from_u128(404)]),
        instant(5),
    );
    assert!(
        matches!(refused, Err(StoreError::Invalid(_))),
        "{refused:?}"
    );
    assert_eq!(
        store.series(set.id).expect("read"),
        set,
        "a refused edit changes nothing"
    );

    store.delete_person(aled).expect("removed");
    assert_eq!(
        store.series(set.id).expect("read").members,
        [sian],
        "removed from the people list, removed from the set"
    );
}

#[test]
fn a_sets_meetings_are_listed_in_date_order_leaving_out_the_bin() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let set = Uuid::from_u128(1);
    let other = Uuid::from_u128(2);
    store
        .create_series(
            set,
            TechniqueId::ActionLearningSets,
            &input("Ward leaders", &[]),
            instant(1),
        )
        .expect("stored");
    store
        .create_series(
            other,
            TechniqueId::ActionLearningSets,
            &input("Theatres", &[]),
            instant(1),
        )
        .expect("stored");
    meeting(&mut store, &mut ids, "March", local(20, 9), Some(set));
    meeting(&mut store, &mut ids, "January", local(2, 9), Some(set));
    meeting(&mut store, &mut ids, "February", local(10, 9), Some(set));
    meeting(
        &mut store,
        &mut ids,
        "February, later",
        local(10, 9),
        Some(set),
    );
    let binned = meeting(&mut store, &mut ids, "Binned", local(5, 9), Some(set));
    store
        .delete_session(binned, instant(5))
        .expect("to the bin");
    meeting(&mut store, &mut ids, "Theatres", local(3, 9), Some(other));
    meeting(&mut store, &mut ids, "No set", local(3, 9), None);
    session_at(
        &mut store,
        &mut ids,
        TechniqueId::Retrospect,
        "Retro",
        local(4, 9),
    );

    let meetings = store.series_meetings(set).expect("listed");
    assert_eq!(
        titles(&meetings),
        ["January", "February", "February, later", "March"]
    );
    assert_eq!(meetings[0].participant_count, 3);
    assert_eq!(
        titles(&store.series_meetings(other).expect("listed")),
        ["Theatres"]
    );
    assert!(matches!(
        store.series_meetings(Uuid::from_u128(404)),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn deleting_a_set_keeps_its_meetings_unlinked() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let set = Uuid::from_u128(1);
    let kept = Uuid::from_u128(2);
    store
        .create_series(
            set,
            TechniqueId::ActionLearningSets,
            &input("Ward leaders", &[]),
            instant(1),
        )
        .expect("stored");
    store
        .create_series(
            kept,
            TechniqueId::ActionLearningSets,
            &input("Theatres", &[]),
            instant(1),
        )
        .expect("stored");
    let first = meeting(&mut store, &mut ids, "January", local(2, 9), Some(set));
    let binned = meeting(&mut store, &mut ids, "Binned", local(3, 9), Some(set));
    store
        .delete_session(binned, instant(4))
        .expect("to the bin");
    let theatres = meeting(&mut store, &mut ids, "Theatres", local(2, 9), Some(kept));

    store.delete_series(set, instant(5)).expect("deleted");
    store.restore_session(binned, instant(6)).expect("restored");
    for id in [first, binned] {
        assert_eq!(
            store.technique_record(id).expect("readable"),
            Some(TechniqueRecord::ActionLearningSets(SetMeeting::default())),
            "the meeting stays, linked to no set"
        );
    }
    assert_eq!(
        titles(&store.series_meetings(kept).expect("listed")),
        ["Theatres"],
        "another set's meetings are untouched"
    );
    assert!(matches!(
        store.technique_record(theatres).expect("readable"),
        Some(TechniqueRecord::ActionLearningSets(SetMeeting { set_id: Some(s), .. })) if s == kept
    ));
}
