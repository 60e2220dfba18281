//! Actions: kept per session in the order agreed, and unassigned when their owner is
//! deleted (the list across sessions is action_list.rs).

use chrono::NaiveDate;
use mobilise_core::{
    Action, ActionInput, ActionQuery, ActionRow, ActionStatus, PersonInput, TechniqueId,
};
use mobilise_store::{Store, StoreError};
use uuid::Uuid;

use crate::fixtures::{day, instant, open, session, Ids};

pub(crate) fn input(
    what: &str,
    owner: &str,
    due_on: Option<NaiveDate>,
    status: ActionStatus,
) -> ActionInput {
    ActionInput {
        step_id: None,
        what: what.into(),
        owner: owner.into(),
        owner_person_id: None,
        due_on,
        status,
    }
}

pub(crate) fn add(
    store: &mut Store,
    ids: &mut Ids,
    session: Uuid,
    minute: u32,
    input: ActionInput,
) -> Action {
    store
        .add_action(session, &input, instant(minute), &mut || ids.next())
        .expect("action added")
}

pub(crate) fn whats(rows: &[ActionRow]) -> Vec<&str> {
    rows.iter().map(|r| r.action.what.as_str()).collect()
}

#[test]
fn a_sessions_actions_are_kept_in_the_order_agreed_and_can_be_edited() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(
        &mut store,
        &mut ids,
        TechniqueId::ActionLearningSets,
        "Set 3",
    );
    let other = session(
        &mut store,
        &mut ids,
        TechniqueId::ActionLearningSets,
        "Set 4",
    );
    use ActionStatus::{Done, Open};
    let first = add(
        &mut store,
        &mut ids,
        id,
        2,
        input("First", "Aled", Some(day(3)), Open),
    );
    let second = add(&mut store, &mut ids, id, 2, input("Second", "", None, Open));
    let third = add(
        &mut store,
        &mut ids,
        id,
        3,
        input("Third", "Grace", None, Done),
    );
    add(
        &mut store,
        &mut ids,
        other,
        1,
        input("Elsewhere", "", None, Open),
    );

    let all: Vec<Uuid> = store
        .session_actions(id)
        .expect("listed")
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(
        all,
        [first.id, second.id, third.id],
        "in the order they were added"
    );
    let open_ones: Vec<Uuid> = store
        .open_actions_of(id)
        .expect("listed")
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(
        open_ones,
        [first.id, second.id],
        "a follow-up reviews only what is still open"
    );

    let mut edit = input("  First,\r\nreworded ", "Aled Jones", None, Done);
    edit.step_id = Some(4);
    let edited = store
        .update_action(first.id, &edit, instant(20))
        .expect("edited");
    assert_eq!(edited.what, "First,\nreworded");
    assert_eq!(edited.due_on, None, "a due date can be removed");
    assert_eq!(edited.step_id, Some(4));
    assert_eq!(edited.status, Done);
    assert_eq!(edited.created_at, first.created_at, "creation time is kept");
    assert_eq!(edited.updated_at, instant(20));
    assert_eq!(
        store.session_actions(id).expect("listed")[0],
        edited,
        "what is returned is stored"
    );
    assert_eq!(
        store.open_actions_of(id).expect("listed").len(),
        1,
        "an action marked done leaves the open list"
    );

    let blank = store.update_action(second.id, &input(" ", "", None, Open), instant(21));
    assert!(
        matches!(blank, Err(StoreError::Invalid(ref v)) if v.field == "what"),
        "{blank:?}"
    );
    store.delete_action(second.id).expect("deleted");
    assert!(matches!(
        store.delete_action(second.id),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.update_action(second.id, &edit, instant(22)),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(store.session_actions(id).expect("listed").len(), 2);
}

#[test]
fn an_owner_from_the_people_list_is_renamed_with_them_and_cleared_when_they_are_deleted() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = store
        .create_session(
            &crate::fixtures::draft(TechniqueId::PeerAssist, "Peer assist"),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");
    let aled = id.participants[0].person_id;
    let mut owned = input(
        "Send the theatre list",
        "",
        Some(day(4)),
        ActionStatus::Open,
    );
    owned.owner_person_id = Some(aled);
    let action = add(&mut store, &mut ids, id.id, 2, owned);
    assert_eq!(
        action.owner, "Aled Jones",
        "a blank owner takes the person's name"
    );
    let free = add(
        &mut store,
        &mut ids,
        id.id,
        3,
        input("Book a room", "Aled from estates", None, ActionStatus::Open),
    );

    store
        .update_person(
            aled,
            &PersonInput {
                name: "Aled Rhys Jones".into(),
                organisation: "Ward 7".into(),
            },
            instant(4),
        )
        .expect("renamed");
    let actions = store.session_actions(id.id).expect("listed");
    assert_eq!(
        actions[0].owner, "Aled Rhys Jones",
        "a corrected name shows on their actions"
    );

    store.delete_person(aled).expect("deleted");
    let actions = store.session_actions(id.id).expect("listed");
    assert_eq!(
        actions[0].what, "Send the theatre list",
        "the action itself is kept"
    );
    assert_eq!(
        actions[0].owner, "",
        "a deleted person's name is removed from their actions"
    );
    assert_eq!(actions[0].owner_person_id, None);
    assert_eq!(
        actions[1], free,
        "a free-text owner is not a person and is left alone"
    );
    let by_name = store
        .list_actions(
            &ActionQuery {
                text: "rhys".into(),
                ..Default::default()
            },
            day(1),
        )
        .expect("searched");
    assert!(
        by_name.is_empty(),
        "the deleted name is not found by search either: {by_name:?}"
    );

    let mut gone = input("Follow up", "", None, ActionStatus::Open);
    gone.owner_person_id = Some(aled);
    let refused = store.add_action(id.id, &gone, instant(5), &mut || ids.next());
    assert!(
        matches!(refused, Err(StoreError::Invalid(ref v)) if v.field == "owner_person_id"),
        "an action cannot be given to someone no longer in the people list: {refused:?}"
    );
}
