//! A follow-up session's console before it starts: the open actions of the review it
//! follows, one marked done there and another carried into the follow-up (added here,
//! dropped there), one dropped, and the follow-up started.

use chrono::NaiveDate;
use mobilise_core::live::LiveCommand;
use mobilise_core::{Action, ActionInput, ActionStatus, TechniqueId};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

/// The review with two open actions and one done, its follow-up opened on the console.
fn opened(t: &mut Transcript, name: &str) -> (Fixture, Uuid, Vec<Action>) {
    t.scenario(name);
    let app = Fixture::temporary();
    let roster = [
        ("Priya Shah", "Ward 7", "facilitator"),
        ("Tom Okafor", "Pharmacy", ""),
    ];
    let at = crate::harness::start().naive_utc();
    let review = app.session_called(
        "Ward 7 go-live review",
        TechniqueId::AfterActionReview,
        &roster,
        at,
    );
    let priya = review.participants[0].person_id;
    let due = NaiveDate::from_ymd_opt(2026, 12, 1);
    let action = |what: &str, status| ActionInput {
        step_id: Some(4),
        what: what.into(),
        owner: "Priya Shah".into(),
        owner_person_id: Some(priya),
        due_on: due,
        status,
    };
    let agreed = [
        action("Book the debrief room", ActionStatus::Open),
        action("Share the rota", ActionStatus::Open),
        action("Order pens", ActionStatus::Done),
    ];
    for input in &agreed {
        app.app
            .write(|store, now| store.add_action(review.id, input, now, &mut || app.next_id()))
            .expect("the action is kept");
    }
    let follow_up = app
        .app
        .write(|store, now| store.duplicate_session(review.id, now, &mut || app.next_id()))
        .expect("the follow-up");
    t.console_opened(&app, follow_up.id);
    t.session_get(&app, review.id);
    let open = t.actions_open_of(&app, review.id);
    (app, follow_up.id, open)
}

fn with_status(action: &Action, status: ActionStatus) -> ActionInput {
    ActionInput {
        step_id: action.step_id,
        what: action.what.clone(),
        owner: action.owner.clone(),
        owner_person_id: action.owner_person_id,
        due_on: action.due_on,
        status,
    }
}

#[test]
fn the_follow_up_review_is_recorded() {
    let mut t = Transcript::new("follow-up-review");
    opened(&mut t, "opened");

    let (app, follow_up, open) = opened(&mut t, "one done, another carried");
    t.action_update(&app, open[0].id, with_status(&open[0], ActionStatus::Done));
    let carried = ActionInput {
        step_id: None,
        ..with_status(&open[1], ActionStatus::Open)
    };
    t.action_add(&app, follow_up, carried);
    t.action_update(
        &app,
        open[1].id,
        with_status(&open[1], ActionStatus::Dropped),
    );

    let (app, _, open) = opened(&mut t, "one dropped");
    t.action_update(
        &app,
        open[0].id,
        with_status(&open[0], ActionStatus::Dropped),
    );

    let (app, follow_up, _) = opened(&mut t, "started");
    t.live_command(&app, follow_up, LiveCommand::Start)
        .expect("starts");
    t.check();
}
