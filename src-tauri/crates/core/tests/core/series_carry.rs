//! A series (an Action Learning Set, say): the actions carried to the next meeting's
//! report-in, those still open, owned by someone still a member, oldest meeting first.

use mobilise_core::series::{carried_forward, EarlierMeeting};
use mobilise_core::{Action, ActionStatus};

use crate::guided_common::{at, id, meeting_time};

fn action(n: u32, owner: Option<u32>, status: ActionStatus) -> Action {
    Action {
        id: id(600 + n),
        session_id: id(700),
        step_id: None,
        what: format!("Action {n}"),
        owner: owner.map_or_else(|| "Someone from Estates".into(), |p| format!("Person {p}")),
        owner_person_id: owner.map(id),
        due_on: None,
        status,
        created_at: at(0),
        updated_at: at(0),
    }
}

fn whats(actions: &[Action]) -> Vec<&str> {
    actions.iter().map(|a| a.what.as_str()).collect()
}

#[test]
fn open_actions_of_members_come_forward_oldest_meeting_first() {
    let earlier = [
        EarlierMeeting {
            scheduled_at: meeting_time(3, 10),
            actions: vec![
                action(5, Some(1), ActionStatus::Open),
                action(6, Some(2), ActionStatus::Open),
            ],
        },
        EarlierMeeting {
            scheduled_at: meeting_time(1, 13),
            actions: vec![
                action(1, Some(2), ActionStatus::Open),
                action(2, Some(1), ActionStatus::Open),
            ],
        },
        EarlierMeeting {
            scheduled_at: meeting_time(2, 10),
            actions: vec![action(3, Some(3), ActionStatus::Open)],
        },
    ];
    let carried = carried_forward(&earlier, &[id(1), id(2), id(3)], None);
    assert_eq!(
        whats(&carried),
        ["Action 1", "Action 2", "Action 3", "Action 5", "Action 6"],
        "January's, then February's, then March's, each in its own order"
    );
}

#[test]
fn done_and_dropped_actions_stay_behind() {
    let earlier = [EarlierMeeting {
        scheduled_at: meeting_time(1, 13),
        actions: vec![
            action(1, Some(1), ActionStatus::Done),
            action(2, Some(1), ActionStatus::Open),
            action(3, Some(1), ActionStatus::Dropped),
        ],
    }];
    assert_eq!(
        whats(&carried_forward(&earlier, &[id(1)], None)),
        ["Action 2"]
    );
}

#[test]
fn actions_of_people_no_longer_in_the_set_or_named_only_stay_behind() {
    let earlier = [EarlierMeeting {
        scheduled_at: meeting_time(1, 13),
        actions: vec![
            action(1, Some(1), ActionStatus::Open),
            action(2, Some(4), ActionStatus::Open), // left the set
            action(3, None, ActionStatus::Open),    // owner typed, not on the people list
        ],
    }];
    let carried = carried_forward(&earlier, &[id(1), id(2)], None);
    assert_eq!(whats(&carried), ["Action 1"]);
    assert!(
        carried_forward(&earlier, &[], None).is_empty(),
        "a set with no members"
    );
    assert!(
        carried_forward(&[], &[id(1)], None).is_empty(),
        "a first meeting"
    );
}

#[test]
fn actions_closed_since_the_meeting_started_stay_on_its_report_in() {
    let mut done_today = action(1, Some(1), ActionStatus::Done);
    done_today.updated_at = at(3_600);
    let mut done_before = action(2, Some(1), ActionStatus::Dropped);
    done_before.updated_at = at(60);
    let earlier = [EarlierMeeting {
        scheduled_at: meeting_time(1, 10),
        actions: vec![
            done_today,
            done_before,
            action(3, Some(1), ActionStatus::Open),
        ],
    }];
    assert_eq!(
        whats(&carried_forward(&earlier, &[id(1)], Some(at(1_800)))),
        ["Action 1", "Action 3"],
        "closed at this meeting's report-in: still on its record"
    );
    assert_eq!(
        whats(&carried_forward(&earlier, &[id(1)], None)),
        ["Action 3"],
        "before the meeting starts only the open ones"
    );
}
