//! The actions page: the actions of every session, open and overdue first (by the test
//! clock's today, 25 Nov 2026), filtered by owner and by status, and one overdue action
//! marked done from the list.

use chrono::NaiveDate;
use mobilise_core::{Action, ActionInput, ActionQuery, ActionStatus, TechniqueId};

use crate::harness::Fixture;
use crate::transcript::Transcript;

fn every_action() -> ActionQuery {
    ActionQuery::default()
}

/// A review with one action due far ahead and one long overdue, and a café whose one
/// action is done; the page's first list read.
fn listed(t: &mut Transcript, name: &str) -> (Fixture, Vec<Action>) {
    t.scenario(name);
    let app = Fixture::temporary();
    let at = crate::harness::start().naive_utc();
    let roster = [("Priya Shah", "Ward 7", ""), ("Tom Okafor", "Pharmacy", "")];
    let review = app.session_called(
        "Ward 7 go-live review",
        TechniqueId::AfterActionReview,
        &roster,
        at,
    );
    let cafe = app.session_called(
        "Discharge planning café",
        TechniqueId::KnowledgeCafe,
        &roster,
        at,
    );
    let agreed = [
        (
            review.id,
            "Share the checklist",
            "Tom Okafor",
            NaiveDate::from_ymd_opt(2099, 1, 10),
            ActionStatus::Open,
        ),
        (
            review.id,
            "Book the follow-up review",
            "Priya Shah",
            NaiveDate::from_ymd_opt(2020, 3, 1),
            ActionStatus::Open,
        ),
        (
            cafe.id,
            "Write up the café",
            "Priya Shah",
            None,
            ActionStatus::Done,
        ),
    ];
    let actions = agreed
        .into_iter()
        .map(|(session, what, owner, due_on, status)| {
            let input = ActionInput {
                step_id: None,
                what: what.into(),
                owner: owner.into(),
                owner_person_id: None,
                due_on,
                status,
            };
            app.app
                .write(|store, now| store.add_action(session, &input, now, &mut || app.next_id()))
                .expect("the action is kept")
        })
        .collect();
    t.actions_list(&app, every_action());
    (app, actions)
}

#[test]
fn the_actions_page_is_recorded() {
    let mut t = Transcript::new("actions-page");
    listed(&mut t, "listed");

    let (app, _) = listed(&mut t, "filtered by owner and status");
    let priya = ActionQuery {
        owner: "priya".into(),
        ..every_action()
    };
    t.actions_list(&app, priya.clone());
    t.actions_list(
        &app,
        ActionQuery {
            status: Some(ActionStatus::Done),
            ..priya
        },
    );

    let (app, actions) = listed(&mut t, "the overdue one marked done");
    let overdue = &actions[1];
    let done = ActionInput {
        step_id: overdue.step_id,
        what: overdue.what.clone(),
        owner: overdue.owner.clone(),
        owner_person_id: overdue.owner_person_id,
        due_on: overdue.due_on,
        status: ActionStatus::Done,
    };
    t.action_update(&app, overdue.id, done);
    t.actions_list(&app, every_action());
    t.check();
}
