//! An Appreciative Inquiry on the console: a story with its teller (and one refused as
//! too long), a group with its dream and a design serving it, a design linked later, a
//! dream removed with its links, a member moved between groups, delivery ideas made into
//! actions (and one removed with its action), the board with its delivery, and the
//! finished board.

use mobilise_core::live::LiveCommand;
use mobilise_core::{ActionInput, ActionStatus, Session, TechniqueId};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::{save, ui_id, with, Transcript};

pub const ROSTER: [(&str, &str, &str); 3] = [
    ("Priya Shah", "Ward 7", ""),
    ("Tom Okafor", "Pharmacy", ""),
    ("Zoë Brennan", "Library and Knowledge Services", ""),
];

const DREAM: Uuid = Uuid::from_u128(0xd1);
const OTHER_DREAM: Uuid = Uuid::from_u128(0xd2);
const DESIGN: Uuid = Uuid::from_u128(0xe1);
const OTHER_DESIGN: Uuid = Uuid::from_u128(0xe2);

fn board(fields: Value) -> Value {
    let mut record = json!({ "stories": [], "groups": [], "designs": [], "deliveries": [] });
    for (key, value) in fields.as_object().expect("fields").clone() {
        record[key] = value;
    }
    json!({ "technique": "appreciative-inquiry", "record": record })
}

/// One group (Priya in it) with two dreams, a design serving the first and one serving none.
fn seeded(priya: Uuid) -> Value {
    board(json!({
        "groups": [{
            "id": Uuid::from_u128(0xc1), "name": "Flow", "members": [priya],
            "dreams": [
                { "id": DREAM, "text": "Every patient home by lunchtime" },
                { "id": OTHER_DREAM, "text": "Nobody waits for medicines" },
            ],
        }],
        "designs": [
            { "id": DESIGN, "statement": "Start the discharge checklist on admission", "dream_ids": [DREAM] },
            { "id": OTHER_DESIGN, "statement": "A daily huddle at 09:00", "dream_ids": [] },
        ],
    }))
}

/// The inquiry, with the seeded board when `seed`.
fn inquiry(seed: bool) -> (Fixture, Session) {
    let app = Fixture::temporary();
    let at = crate::harness::start().naive_utc();
    let session = app.session_with(TechniqueId::AppreciativeInquiry, &ROSTER, at);
    if seed {
        let priya = session.participants[0].person_id;
        app.app
            .technique_change(session.id, save(seeded(priya)))
            .expect("the board so far");
    }
    (app, session)
}

/// The inquiry read as the console opens its record: the session, its record and its
/// actions. Gives the record Rust sent.
fn opened(t: &mut Transcript, seed: bool) -> (Fixture, Session, Value) {
    let (app, session) = inquiry(seed);
    let record = read(t, &app, &session);
    (app, session, record)
}

fn read(t: &mut Transcript, app: &Fixture, session: &Session) -> Value {
    t.session_get(app, session.id);
    let view = t.technique_get(app, session.id).expect("the board");
    let id = session.id;
    t.read(
        app,
        "actions_of_session",
        json!({ "sessionId": id }),
        |store| Ok(store.session_actions(id)?),
    )
    .expect("the actions");
    serde_json::to_value(view.record).expect("JSON")
}

/// Saves the board as the console sends it; gives the board Rust kept.
fn saved(t: &mut Transcript, app: &Fixture, session: &Session, record: Value) -> Value {
    let view = t
        .technique_change(app, session.id, save(record))
        .expect("saved");
    serde_json::to_value(view.record).expect("JSON")
}

/// A delivery idea as the action the console adds at Delivery (step 5): `what`, owned by
/// the `owner`th person on the list, due on `due`.
pub fn delivery_idea(
    session: &Session,
    (what, owner, due): (&str, usize, Option<&str>),
) -> ActionInput {
    let person = &session.participants[owner];
    ActionInput {
        step_id: Some(5),
        what: what.into(),
        owner: person.name.clone(),
        owner_person_id: Some(person.person_id),
        due_on: due.map(|d| d.parse().expect("a date")),
        status: ActionStatus::Open,
    }
}

/// A delivery idea made an action at Delivery, recorded: the action's id.
fn action_added(
    t: &mut Transcript,
    app: &Fixture,
    session: &Session,
    idea: (&str, usize, Option<&str>),
) -> Uuid {
    let input = delivery_idea(session, idea);
    let id = session.id;
    let args = json!({ "sessionId": id, "action": input });
    t.write(app, "action_add", args, |store, now| {
        Ok(store.add_action(id, &input, now, &mut || app.next_id())?)
    })
    .expect("the action")
    .id
}

fn stories(t: &mut Transcript) {
    t.scenario("started");
    let (app, session, _) = opened(t, false);
    t.live_open(&app, session.id).expect("opens");
    t.live_command(&app, session.id, LiveCommand::Start)
        .expect("starts");

    t.scenario("a story told");
    let (app, session, record) = opened(t, false);
    let tom = session.participants[1].person_id;
    let text = "Pharmacy starting at 07:30 had medicines ready before the ward round ended";
    let story = json!({ "id": ui_id(1), "text": text, "teller": tom });
    saved(
        t,
        &app,
        &session,
        with(&record, json!({ "stories": [story] })),
    );

    t.scenario("a story too long");
    let (app, session, record) = opened(t, false);
    let story = json!({ "id": ui_id(1), "text": "A long story. ".repeat(80), "teller": null });
    let refused = t.technique_change(
        &app,
        session.id,
        save(with(&record, json!({ "stories": [story] }))),
    );
    assert!(refused.is_err(), "a story is a sentence or two");
}

fn dreams_and_designs(t: &mut Transcript) {
    t.scenario("a group, its dream and a design");
    let (app, session, mut record) = opened(t, false);
    let group = json!({ "id": ui_id(1), "name": "Flow", "members": [], "dreams": [] });
    record = saved(
        t,
        &app,
        &session,
        with(&record, json!({ "groups": [group] })),
    );
    let mut groups = record["record"]["groups"].clone();
    groups[0]["dreams"] = json!([{ "id": ui_id(2), "text": "Every patient home by lunchtime" }]);
    record = saved(
        t,
        &app,
        &session,
        with(&record, json!({ "groups": groups })),
    );
    let design = json!({
        "id": ui_id(3), "statement": "Start the discharge checklist on admission", "dream_ids": [ui_id(2)],
    });
    saved(
        t,
        &app,
        &session,
        with(&record, json!({ "designs": [design] })),
    );

    t.scenario("a design linked later");
    let (app, session, record) = opened(t, true);
    let mut designs = record["record"]["designs"].clone();
    designs[1]["dream_ids"] = json!([OTHER_DREAM]);
    saved(
        t,
        &app,
        &session,
        with(&record, json!({ "designs": designs })),
    );

    t.scenario("a dream removed");
    let (app, session, record) = opened(t, true);
    let mut groups = record["record"]["groups"].clone();
    groups[0]["dreams"] = json!([groups[0]["dreams"][1]]);
    let mut designs = record["record"]["designs"].clone();
    designs[0]["dream_ids"] = json!([]);
    saved(
        t,
        &app,
        &session,
        with(&record, json!({ "groups": groups, "designs": designs })),
    );

    t.scenario("a member moved");
    let (app, session, record) = opened(t, true);
    let mut groups = record["record"]["groups"].clone();
    let medicines = json!({ "id": ui_id(1), "name": "Medicines", "members": [], "dreams": [] });
    groups.as_array_mut().expect("groups").push(medicines);
    let record = saved(
        t,
        &app,
        &session,
        with(&record, json!({ "groups": groups })),
    );
    let mut groups = record["record"]["groups"].clone();
    groups[0]["members"] = json!([]);
    groups[1]["members"] = json!([session.participants[0].person_id]);
    saved(
        t,
        &app,
        &session,
        with(&record, json!({ "groups": groups })),
    );
}

fn deliveries(t: &mut Transcript) {
    t.scenario("a delivery idea owned");
    let (app, session, record) = opened(t, true);
    let idea = ("Pilot the checklist on Ward 7", 1, Some("2026-12-18"));
    let action = action_added(t, &app, &session, idea);
    let delivery = json!({ "action_id": action, "design_ids": [DESIGN] });
    saved(
        t,
        &app,
        &session,
        with(&record, json!({ "deliveries": [delivery] })),
    );

    t.scenario("a delivery idea and its action removed");
    let (app, session, record) = opened(t, true);
    let action = action_added(t, &app, &session, ("Daily huddle rota", 0, None));
    let delivery = json!({ "action_id": action, "design_ids": [] });
    let record = saved(
        t,
        &app,
        &session,
        with(&record, json!({ "deliveries": [delivery] })),
    );
    saved(
        t,
        &app,
        &session,
        with(&record, json!({ "deliveries": [] })),
    );
    t.write(
        &app,
        "action_delete",
        json!({ "id": action }),
        |store, _| Ok(store.delete_action(action)?),
    )
    .expect("the action deleted");

    t.scenario("the board with a delivery");
    let (app, session) = inquiry(true);
    let input = delivery_idea(&session, ("Pilot the checklist on Ward 7", 1, None));
    let pilot = app
        .app
        .write(|store, now| store.add_action(session.id, &input, now, &mut || app.next_id()))
        .expect("the action")
        .id;
    let mut filled = seeded(session.participants[0].person_id);
    filled["record"]["deliveries"] = json!([{ "action_id": pilot, "design_ids": [DESIGN] }]);
    app.app
        .technique_change(session.id, save(filled))
        .expect("the board");
    read(t, &app, &session);

    t.scenario("finished");
    let (app, session) = inquiry(true);
    app.finish(session.id);
    read(t, &app, &session);
}

#[test]
fn the_inquiry_console_is_recorded() {
    let mut t = Transcript::new("inquiry-console");
    stories(&mut t);
    dreams_and_designs(&mut t);
    deliveries(&mut t);
    t.check();
}
