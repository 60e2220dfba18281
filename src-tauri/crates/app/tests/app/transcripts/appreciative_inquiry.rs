//! An Appreciative Inquiry on the room's screen: the stories at Discovery, the dreams
//! under their groups at Dream, the board read dream → design → delivery at Delivery, and
//! nothing of the board at Dream while no group has a dream; and an untouched board as
//! the console first reads it.

use mobilise_core::live::LiveCommand;
use mobilise_core::TechniqueId;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::{save, ui_id, Transcript};

fn board(stories: Value, groups: Value, designs: Value, deliveries: Value) -> Value {
    json!({
        "technique": "appreciative-inquiry",
        "record": { "stories": stories, "groups": groups, "designs": designs, "deliveries": deliveries },
    })
}

/// Steps through the inquiry, naming the room's view at Discovery, Dream and Delivery.
fn through_the_stages(t: &mut Transcript, app: &Fixture, id: Uuid) {
    t.live_command(app, id, LiveCommand::Start).expect("starts");
    for label in ["at discovery", "at dream", "at design", "at delivery"] {
        t.labelled(label)
            .live_command(app, id, LiveCommand::Next)
            .expect("the next stage");
    }
}

#[test]
fn the_inquiry_on_the_room_s_screen_is_recorded() {
    let mut t = Transcript::new("appreciative-inquiry");

    t.scenario("opened");
    let app = Fixture::temporary();
    let at = crate::harness::start().naive_utc();
    let untouched = app.session_with(
        TechniqueId::AppreciativeInquiry,
        &super::inquiry_console::ROSTER,
        at,
    );
    t.session_get(&app, untouched.id);
    t.technique_get(&app, untouched.id).expect("the board");

    t.scenario("the board filled");
    let app = Fixture::temporary();
    let session = app.session(
        TechniqueId::AppreciativeInquiry,
        &["Priya Shah", "Tom Okafor"],
    );
    let id = session.id;
    let pilot =
        super::inquiry_console::delivery_idea(&session, ("Pilot the checklist on Ward 7", 1, None));
    let pilot = app
        .app
        .write(|store, now| store.add_action(id, &pilot, now, &mut || app.next_id()))
        .expect("the delivery's action");
    let (lunch, transport, plan) = (ui_id(4), ui_id(5), ui_id(7));
    let record = board(
        json!([
            { "id": ui_id(1), "text": "Pharmacy starting at 07:30 had medicines ready early", "teller": null },
            { "id": ui_id(2), "text": "The discharge lounge freed beds by 11:00", "teller": null },
        ]),
        json!([
            { "id": ui_id(3), "name": "Flow", "members": [], "dreams": [
                { "id": lunch, "text": "Every patient home by lunchtime" },
                { "id": transport, "text": "No one waits for transport" },
            ] },
            { "id": ui_id(6), "name": "Group 2", "members": [], "dreams": [
                { "id": plan, "text": "Families know the plan on day one" },
            ] },
            { "id": ui_id(8), "name": "Group 3", "members": [], "dreams": [] },
        ]),
        json!([{ "id": ui_id(9), "statement": "Start the discharge checklist on admission", "dream_ids": [lunch] }]),
        json!([{ "action_id": pilot.id, "design_ids": [ui_id(9)] }]),
    );
    t.session_get(&app, id);
    t.live_open(&app, id).expect("opens");
    app.app
        .technique_change(id, save(record))
        .expect("the board");
    through_the_stages(&mut t, &app, id);

    t.scenario("no dreams yet");
    let app = Fixture::temporary();
    let session = app.session(TechniqueId::AppreciativeInquiry, &["Priya Shah"]);
    t.session_get(&app, session.id);
    t.live_open(&app, session.id).expect("opens");
    through_the_stages(&mut t, &app, session.id);
    let view = serde_json::to_value(t.live_current(&app)).expect("JSON");
    assert_eq!(
        view["technique"]["shows"],
        json!(false),
        "an empty board puts nothing up"
    );

    t.check();
}
