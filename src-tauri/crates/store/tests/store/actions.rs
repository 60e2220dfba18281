//! Actions: kept per session in the order agreed, listed across sessions with open and
//! overdue ones first, filtered, and unassigned when their owner is deleted.

use chrono::NaiveDate;
use mobilise_core::{
    Action, ActionInput, ActionQuery, ActionRow, ActionStatus, PersonInput, TechniqueId,
};
use mobilise_store::{Store, StoreError};
use uuid::Uuid;

use crate::fixtures::{day, instant, open, session, Ids};

fn input(what: &str, owner: &str, due_on: Option<NaiveDate>, status: ActionStatus) -> ActionInput {
    ActionInput {
        step_id: None,
        what: what.into(),
        owner: owner.into(),
        owner_person_id: None,
        due_on,
        status,
    }
}

fn add(store: &mut Store, ids: &mut Ids, session: Uuid, minute: u32, input: ActionInput) -> Action {
    store
        .add_action(session, &input, instant(minute), &mut || ids.next())
        .expect("action added")
}

fn whats(rows: &[ActionRow]) -> Vec<&str> {
    rows.iter().map(|r| r.action.what.as_str()).collect()
}

#[test]
fn the_list_puts_open_then_overdue_then_soonest_due_then_oldest_first() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let aar = session(
        &mut store,
        &mut ids,
        TechniqueId::AfterActionReview,
        "Ward 7 AAR",
    );
    let cafe = session(
        &mut store,
        &mut ids,
        TechniqueId::KnowledgeCafe,
        "Discharge café",
    );
    let today = day(10);
    use ActionStatus::{Done, Dropped, Open};
    // Added in an order unlike the expected one, across two sessions.
    add(
        &mut store,
        &mut ids,
        aar,
        2,
        input("done late", "", Some(day(1)), Done),
    );
    add(
        &mut store,
        &mut ids,
        cafe,
        3,
        input("open undated, older", "", None, Open),
    );
    add(
        &mut store,
        &mut ids,
        aar,
        4,
        input("open due in a week", "", Some(day(17)), Open),
    );
    add(
        &mut store,
        &mut ids,
        aar,
        5,
        input("overdue by 2 days", "", Some(day(8)), Open),
    );
    add(
        &mut store,
        &mut ids,
        cafe,
        6,
        input("dropped, undated", "", None, Dropped),
    );
    add(
        &mut store,
        &mut ids,
        cafe,
        7,
        input("open due today", "", Some(today), Open),
    );
    add(
        &mut store,
        &mut ids,
        aar,
        8,
        input("overdue by 5 days", "", Some(day(5)), Open),
    );
    add(
        &mut store,
        &mut ids,
        cafe,
        9,
        input("open undated, newer", "", None, Open),
    );
    add(
        &mut store,
        &mut ids,
        cafe,
        10,
        input("done early", "", Some(day(20)), Done),
    );

    let rows = store
        .list_actions(&ActionQuery::default(), today)
        .expect("listed");
    assert_eq!(
        whats(&rows),
        [
            "overdue by 5 days",
            "overdue by 2 days",
            "open due today",
            "open due in a week",
            "open undated, older",
            "open undated, newer",
            "done late",
            "done early",
            "dropped, undated",
        ],
        "open first, overdue first among them, then by due date with undated last, \
         then the oldest first"
    );
    let overdue: Vec<&str> = rows
        .iter()
        .filter(|r| r.overdue)
        .map(|r| r.action.what.as_str())
        .collect();
    assert_eq!(
        overdue,
        ["overdue by 5 days", "overdue by 2 days"],
        "only open actions due before today are overdue; one due today is not, nor a \
         finished one due long ago"
    );
    assert_eq!(
        rows[0].session_title, "Ward 7 AAR",
        "each row names its session"
    );
    assert_eq!(rows[0].technique, TechniqueId::AfterActionReview);
    assert_eq!(rows[2].technique, TechniqueId::KnowledgeCafe);

    let later = store
        .list_actions(&ActionQuery::default(), day(18))
        .expect("listed");
    assert_eq!(
        whats(&later)[..3],
        ["overdue by 5 days", "overdue by 2 days", "open due today"],
        "overdue depends on the day given, not on the clock"
    );
    assert!(
        later[2].overdue,
        "what was due on the 10th is late on the 18th"
    );
}

#[test]
fn the_list_filters_by_status_owner_and_words() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Retrospect, "Retro");
    use ActionStatus::{Done, Open};
    add(
        &mut store,
        &mut ids,
        id,
        2,
        input(
            "Share the discharge checklist",
            "Siân Ŵyn Llewelyn",
            None,
            Open,
        ),
    );
    add(
        &mut store,
        &mut ids,
        id,
        3,
        input("Book the café room", "Aled Jones", None, Open),
    );
    add(
        &mut store,
        &mut ids,
        id,
        4,
        input("Circulate the discharge summary", "Aled Jones", None, Done),
    );
    add(
        &mut store,
        &mut ids,
        id,
        5,
        input("Ask Siân about rotas", "Grace", None, Open),
    );

    let list = |store: &Store, query: ActionQuery| -> Vec<String> {
        store
            .list_actions(&query, day(1))
            .expect("listed")
            .into_iter()
            .map(|r| r.action.what)
            .collect()
    };
    assert_eq!(
        list(
            &store,
            ActionQuery {
                status: Some(Done),
                ..Default::default()
            }
        ),
        ["Circulate the discharge summary"]
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                owner: "  aled ".into(),
                ..Default::default()
            }
        ),
        ["Book the café room", "Circulate the discharge summary"],
        "the owner matches in any case, spaces trimmed"
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                owner: "SIÂN ŴYN".into(),
                ..Default::default()
            }
        ),
        ["Share the discharge checklist"],
        "case folding works beyond ASCII, and only the owner is matched"
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                text: "disch".into(),
                ..Default::default()
            }
        ),
        [
            "Share the discharge checklist",
            "Circulate the discharge summary"
        ],
        "words match as prefixes"
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                text: "cafe".into(),
                ..Default::default()
            }
        ),
        ["Book the café room"],
        "accents are ignored"
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                text: "sian".into(),
                ..Default::default()
            }
        ),
        ["Share the discharge checklist", "Ask Siân about rotas"],
        "the owner is searched as well as the action"
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                status: Some(Open),
                owner: "aled".into(),
                text: "discharge".into(),
            }
        ),
        Vec::<String>::new(),
        "all filters apply together"
    );
    assert!(
        list(
            &store,
            ActionQuery {
                text: "\"NOT* (".into(),
                ..Default::default()
            }
        )
        .is_empty(),
        "query syntax typed by a person is harmless"
    );
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
