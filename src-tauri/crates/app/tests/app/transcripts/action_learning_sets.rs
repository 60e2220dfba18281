//! A learning set meeting on the room's screen: the bidding order while the set bids,
//! whose round it is during a round, and nothing of the set at the report-in; and an
//! untouched meeting's record as the console first reads it.

use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::TechniqueChange;
use mobilise_core::TechniqueId;
use serde_json::json;

use crate::harness::Fixture;
use crate::transcript::{save, Transcript};

#[test]
fn the_meeting_on_the_room_s_screen_is_recorded() {
    let mut t = Transcript::new("action-learning-sets");
    t.scenario("opened");
    let app = Fixture::temporary();
    let untouched = app.session(TechniqueId::ActionLearningSets, &["Asha Patel"]);
    t.session_get(&app, untouched.id);
    t.technique_get(&app, untouched.id).expect("the record");

    t.scenario("the room through bidding and a round");
    let app = Fixture::temporary();
    let people = ["Asha Patel", "Ben Hughes", "Cerys Jones"];
    let session = app.session(TechniqueId::ActionLearningSets, &people);
    let (id, who) = (session.id, &session.participants);
    let bids = json!([
        { "person_id": who[1].person_id, "need": "medium", "issue": "Rotas for the winter" },
        { "person_id": who[0].person_id, "need": "high", "issue": "Discharge before noon" },
        { "person_id": who[2].person_id, "need": "low", "issue": "" },
    ]);
    let meeting = json!({
        "technique": "action-learning-sets",
        "record": {
            "set_id": null, "bids": bids, "gift_round": false, "rounds": [],
            "timings": { "presentation": 5, "questions": 20, "gift": 5, "learning": 5 },
        },
    });
    t.session_get(&app, id);
    t.live_open(&app, id).expect("opens");
    app.app
        .technique_change(id, save(meeting))
        .expect("the bids");
    let plan: TechniqueChange = serde_json::from_value(json!({
        "kind": "own",
        "change": { "technique": "action-learning-sets", "change": { "kind": "plan-rounds" } },
    }))
    .expect("the console's change");
    app.app.technique_change(id, plan).expect("the rounds");
    t.labelled("at the report-in")
        .live_command(&app, id, LiveCommand::Start)
        .expect("starts");
    let bidding = t
        .labelled("at the bidding")
        .live_command(&app, id, LiveCommand::Next)
        .expect("bidding");
    let shown = serde_json::to_string(&bidding.technique).expect("JSON");
    assert!(shown.contains("\"showing_order\":true"), "{shown}");
    t.live_command(&app, id, LiveCommand::Next)
        .expect("Asha presents");
    t.labelled("in the first round")
        .live_command(&app, id, LiveCommand::Next)
        .expect("questions and actions");
    t.check();
}
