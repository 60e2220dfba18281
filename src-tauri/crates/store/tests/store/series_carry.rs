//! What an Action Learning Set meeting reports in on: the open actions of the set's
//! earlier meetings owned by its members, oldest meeting first.

use mobilise_core::techniques::action_learning_sets::SetMeeting;
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::{ActionInput, ActionStatus, TechniqueId};
use mobilise_store::Store;
use uuid::Uuid;

use crate::fixtures::{instant, local, open, Ids};
use crate::series::{input, meeting, people, session_at};

fn act(
    store: &mut Store,
    ids: &mut Ids,
    session: Uuid,
    what: &str,
    owner: Uuid,
    status: ActionStatus,
) {
    let input = ActionInput {
        step_id: None,
        what: what.into(),
        owner: String::new(),
        owner_person_id: Some(owner),
        due_on: None,
        status,
    };
    store
        .add_action(session, &input, instant(3), &mut || ids.next())
        .expect("action added");
}

#[test]
fn a_meeting_reports_in_on_members_open_actions_from_earlier_meetings_oldest_first() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let set = Uuid::from_u128(1);
    let january = meeting(&mut store, &mut ids, "January", local(2, 9), None);
    let [aled, sian, cerys] = people(&store, january);
    store
        .create_series(
            set,
            TechniqueId::ActionLearningSets,
            &input("Ward leaders", &[aled, sian]),
            instant(1),
        )
        .expect("stored");
    let linked = TechniqueRecord::ActionLearningSets(SetMeeting {
        set_id: Some(set),
        ..SetMeeting::default()
    });
    store
        .save_technique_record(january, &linked, instant(2))
        .expect("linked");
    let february = meeting(&mut store, &mut ids, "February", local(9, 9), Some(set));
    let binned = meeting(&mut store, &mut ids, "Binned", local(5, 9), Some(set));
    let march = meeting(&mut store, &mut ids, "March", local(16, 9), Some(set));
    let april = meeting(&mut store, &mut ids, "April", local(23, 9), Some(set));
    let unlinked = meeting(&mut store, &mut ids, "Unlinked", local(30, 9), None);
    let retro = session_at(
        &mut store,
        &mut ids,
        TechniqueId::Retrospect,
        "Retro",
        local(30, 9),
    );

    // February's action is added first: meetings, not actions, set the order.
    act(
        &mut store,
        &mut ids,
        february,
        "Siân: ask HR",
        sian,
        ActionStatus::Open,
    );
    act(
        &mut store,
        &mut ids,
        january,
        "Aled: rota",
        aled,
        ActionStatus::Open,
    );
    act(
        &mut store,
        &mut ids,
        january,
        "Aled: done",
        aled,
        ActionStatus::Done,
    );
    act(
        &mut store,
        &mut ids,
        january,
        "Aled: dropped",
        aled,
        ActionStatus::Dropped,
    );
    act(
        &mut store,
        &mut ids,
        january,
        "Cerys: not a member",
        cerys,
        ActionStatus::Open,
    );
    act(
        &mut store,
        &mut ids,
        binned,
        "In the bin",
        aled,
        ActionStatus::Open,
    );
    act(
        &mut store,
        &mut ids,
        april,
        "Later meeting",
        aled,
        ActionStatus::Open,
    );
    act(
        &mut store,
        &mut ids,
        unlinked,
        "Unlinked",
        aled,
        ActionStatus::Open,
    );
    store
        .delete_session(binned, instant(4))
        .expect("to the bin");

    let whats = |store: &Store, session: Uuid| -> Vec<String> {
        store
            .carried_actions(session, None)
            .expect("read")
            .into_iter()
            .map(|a| a.what)
            .collect()
    };
    assert_eq!(whats(&store, march), ["Aled: rota", "Siân: ask HR"]);
    assert_eq!(whats(&store, february), ["Aled: rota"]);
    assert!(
        whats(&store, january).is_empty(),
        "the first meeting has none"
    );
    assert!(
        whats(&store, unlinked).is_empty(),
        "no set, nothing carried"
    );
    assert!(whats(&store, retro).is_empty(), "not a set meeting");

    store
        .update_series(set, &input("Ward leaders", &[sian]), instant(5))
        .expect("Aled leaves the set");
    assert_eq!(whats(&store, march), ["Siân: ask HR"]);
}
