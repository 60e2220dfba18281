//! A learning set meeting on the console: linked to a new set or to the one it is a
//! meeting of, the report-in on the actions carried forward, bids made and withdrawn
//! with the order Rust sets, a refused length, rounds planned (and refused without bids),
//! a round marked confidential, the presenter's committed action, and the finished record.

use chrono::NaiveDate;
use mobilise_app::series;
use mobilise_core::live::LiveCommand;
use mobilise_core::series::SeriesInput;
use mobilise_core::techniques::TechniqueChange;
use mobilise_core::{ActionInput, ActionStatus, TechniqueId};
use serde_json::{json, Value};
use uuid::Uuid;

use super::learning_set::{meeting, ward_leaders, WardLeaders};
use crate::transcript::{save, with, Transcript};

const CARRIED: [(&str, usize, bool); 4] = [
    ("Audit the discharge letters", 0, true),
    ("Ask pharmacy about TTOs", 1, true),
    ("Share the rota template", 0, true),
    ("Already finished", 2, false),
];

fn plan() -> TechniqueChange {
    serde_json::from_value(json!({
        "kind": "own",
        "change": { "technique": "action-learning-sets", "change": { "kind": "plan-rounds" } },
    }))
    .expect("the console's change")
}

fn bid(person: Uuid, need: &str, issue: &str) -> Value {
    json!({ "person_id": person, "need": need, "issue": issue })
}

/// Linked, Ben (medium) and Asha (high) bid, the rounds planned and the meeting started,
/// then moved on `steps` steps: what the facilitator did before opening the console.
/// The round of `private` (Asha 0, Ben 1), if any, was marked confidential before.
fn planned_and_at(steps: usize, private: Option<usize>) -> WardLeaders {
    let set = ward_leaders(&[]);
    let (ben, asha) = (set.people[1], set.people[0]);
    let rounds: Vec<Value> = private
        .map(|who| json!({ "presenter": set.people[who], "step_ids": [], "confidential": true }))
        .into_iter()
        .collect();
    set.keep(meeting(json!({
        "set_id": set.set,
        "bids": [bid(ben, "medium", "Rotas for the winter"), bid(asha, "high", "Discharge before noon")],
        "rounds": rounds,
    })));
    set.run(&[]);
    set.app
        .app
        .technique_change(set.meeting.id, plan())
        .expect("planned");
    let mut commands = vec![LiveCommand::Start];
    commands.extend(std::iter::repeat_n(LiveCommand::Next, steps));
    for command in commands {
        set.app
            .app
            .live_command(set.meeting.id, command)
            .expect("runs");
    }
    set
}

fn the_set(t: &mut Transcript) {
    t.scenario("a meeting of no set");
    ward_leaders(&[]).opened(t);

    t.scenario("a new set made here");
    let set = ward_leaders(&[]);
    let (record, _) = set.opened(t);
    let technique = TechniqueId::ActionLearningSets;
    let create = |t: &mut Transcript, name: &str, members: &[Uuid]| {
        let input = SeriesInput {
            name: name.into(),
            members: members.to_vec(),
        };
        let args = json!({ "technique": technique, "series": input });
        t.write(&set.app, "series_create", args, |store, now| {
            series::create(store, technique, &input, now, &mut || set.app.next_id())
        })
    };
    let refused = create(t, "", &set.people);
    assert!(refused.is_err(), "a set needs a name");
    let created = create(t, "Theatre leads", &set.people[..3]).expect("created");
    set.saved(t, with(&record, json!({ "set_id": created.series.id })));
    set.series_read(t);

    t.scenario("linked to its set");
    let set = ward_leaders(&[]);
    let (record, _) = set.opened(t);
    set.saved(t, with(&record, json!({ "set_id": set.set })));
    set.series_read(t);
}

fn the_report_in(t: &mut Transcript) {
    t.scenario("the report-in");
    let set = ward_leaders(&CARRIED);
    set.keep(meeting(json!({ "set_id": set.set })));
    let (_, carried) = set.opened(t);
    assert_eq!(carried.len(), 3, "the open actions of the set's members");
    let first = &carried[0];
    let input = ActionInput {
        step_id: first.step_id,
        what: first.what.clone(),
        owner: first.owner.clone(),
        owner_person_id: first.owner_person_id,
        due_on: first.due_on,
        status: ActionStatus::Done,
    };
    let args = json!({ "id": first.id, "action": input });
    t.write(&set.app, "action_update", args, |store, now| {
        Ok(store.update_action(first.id, &input, now)?)
    })
    .expect("reported done");
}

fn bidding(t: &mut Transcript) {
    t.scenario("bids made and withdrawn");
    let set = ward_leaders(&[]);
    let (asha, ben, cerys) = (set.people[0], set.people[1], set.people[2]);
    let (mut record, _) = set.opened(t);
    let issue = "Discharge before noon";
    for bids in [
        json!([bid(ben, "medium", "")]),
        json!([bid(ben, "medium", ""), bid(asha, "medium", "")]),
        json!([
            bid(ben, "medium", ""),
            bid(asha, "medium", ""),
            bid(cerys, "low", "")
        ]),
        json!([
            bid(ben, "medium", ""),
            bid(asha, "high", ""),
            bid(cerys, "low", "")
        ]),
        json!([
            bid(ben, "medium", ""),
            bid(asha, "high", issue),
            bid(cerys, "low", "")
        ]),
        json!([bid(asha, "high", issue), bid(cerys, "low", "")]),
    ] {
        record = set.saved(t, with(&record, json!({ "bids": bids })));
    }

    t.scenario("started by the facilitator");
    let set = ward_leaders(&[]);
    set.keep(meeting(
        json!({ "bids": [bid(set.people[1], "medium", "")] }),
    ));
    let (record, _) = set.opened(t);
    t.live_command(&set.app, set.meeting.id, LiveCommand::Start)
        .expect("starts");
    // The arrow key moves Ben's need on within its group, and the session stays put.
    let raised = json!([bid(set.people[1], "high", "")]);
    set.saved(t, with(&record, json!({ "bids": raised })));

    t.scenario("a refused length");
    let set = ward_leaders(&[]);
    let (record, _) = set.opened(t);
    let timings = json!({ "presentation": 0, "questions": 20, "gift": 5, "learning": 5 });
    let refused = t.technique_change(
        &set.app,
        set.meeting.id,
        save(with(&record, json!({ "timings": timings }))),
    );
    assert!(refused.is_err(), "a round's part lasts a minute at least");
    set.saved(t, with(&record, json!({ "gift_round": true })));
}

fn planning(t: &mut Transcript) {
    t.scenario("rounds planned");
    let set = ward_leaders(&[]);
    let (asha, ben) = (set.people[0], set.people[1]);
    let (mut record, _) = set.opened(t);
    let refused = t.technique_change(&set.app, set.meeting.id, plan());
    assert!(refused.is_err(), "no bids, no rounds");
    for fields in [
        json!({ "bids": [bid(ben, "medium", "")] }),
        json!({ "bids": [bid(ben, "medium", ""), bid(asha, "high", "")] }),
        json!({ "gift_round": true }),
    ] {
        record = set.saved(t, with(&record, fields));
    }
    let planned = t
        .technique_change(&set.app, set.meeting.id, plan())
        .expect("planned");
    assert_eq!(
        serde_json::to_value(&planned.record).expect("JSON")["record"]["rounds"][0]["presenter"],
        json!(asha),
        "greatest need first"
    );

    t.scenario("a round marked confidential");
    let set = planned_and_at(0, None);
    let (record, _) = set.opened(t);
    let mut private = record.clone();
    private["record"]["rounds"][1]["confidential"] = json!(true);
    set.saved(t, private);

    t.scenario("the bids changed since planning");
    let set = planned_and_at(0, None);
    let (record, _) = set.opened(t);
    let mut bids = record["record"]["bids"].clone();
    bids.as_array_mut()
        .expect("bids")
        .push(bid(set.people[2], "medium", ""));
    set.saved(t, with(&record, json!({ "bids": bids })));
}

fn the_rounds(t: &mut Transcript) {
    t.scenario("in Asha's round");
    // Report In, Bidding, then Asha's presentation and her questions and actions.
    let set = planned_and_at(3, Some(0));
    let asha = set.people[0];
    set.opened(t);
    let live = set.app.app.live_current().expect("running");
    let step = live.state.agenda.steps[live.state.current].id;
    let input = ActionInput {
        step_id: Some(step),
        what: "Pilot a noon discharge huddle".into(),
        owner: "Asha Patel".into(),
        owner_person_id: Some(asha),
        due_on: NaiveDate::from_ymd_opt(2026, 12, 1),
        status: ActionStatus::Open,
    };
    let id = set.meeting.id;
    let args = json!({ "sessionId": id, "action": input });
    t.write(&set.app, "action_add", args, |store, now| {
        Ok(store.add_action(id, &input, now, &mut || set.app.next_id())?)
    })
    .expect("the committed action");

    t.scenario("at the bidding");
    planned_and_at(1, None).opened(t);

    t.scenario("finished");
    let set = planned_and_at(0, Some(1));
    set.app
        .app
        .live_command(set.meeting.id, LiveCommand::Finish)
        .expect("finished");
    set.opened(t);

    // The export menu reads the record to offer a confidential round's notes.
    for (name, private) in [
        ("exported with a round confidential", Some(1)),
        ("exported with nothing confidential", None),
    ] {
        t.scenario(name);
        let set = planned_and_at(0, private);
        t.session_get(&set.app, set.meeting.id);
        let view = t
            .technique_get(&set.app, set.meeting.id)
            .expect("the record");
        assert_eq!(view.confidential, private.is_some());
    }
}

#[test]
fn the_learning_set_console_is_recorded() {
    let mut t = Transcript::new("learning-set-console");
    the_set(&mut t);
    the_report_in(&mut t);
    bidding(&mut t);
    planning(&mut t);
    the_rounds(&mut t);
    t.check();
}
