//! A Before Action Review's plan on the console: the intent saved field by field, risks
//! ranked worst first as they are added and re-rated, who's doing what linked to the
//! roster, success measures, and a finished plan read back.

use mobilise_core::TechniqueId;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::{save, ui_id, Transcript};

const PEOPLE: [&str; 2] = ["Priya Shah", "Tom Okafor"];

fn plan(intent: (&str, &str, &str), roles: Value, risks: Value, measures: &[&str]) -> Value {
    json!({
        "technique": "before-action-review",
        "record": {
            "intent": { "task": intent.0, "purpose": intent.1, "end_state": intent.2 },
            "roles": roles,
            "risks": risks,
            "measures": measures,
        }
    })
}

fn risk(n: u128, words: &str, likelihood: &str, impact: &str, response: &str) -> Value {
    json!({ "id": ui_id(n), "risk": words, "likelihood": likelihood, "impact": impact, "response": response })
}

fn role(n: u128, who: &str, person: Option<Uuid>, does: &str) -> Value {
    json!({ "id": ui_id(n), "who": who, "person_id": person, "does": does })
}

const NONE: (&str, &str, &str) = ("", "", "");

/// A Before Action Review of Priya and Tom, read as the console opens it.
fn opened(t: &mut Transcript) -> (Fixture, Uuid, Vec<Uuid>) {
    let app = Fixture::temporary();
    let session = app.session(TechniqueId::BeforeActionReview, &PEOPLE);
    let people = session.participants.iter().map(|p| p.person_id).collect();
    t.session_get(&app, session.id);
    t.technique_get(&app, session.id).expect("an empty plan");
    (app, session.id, people)
}

fn saved(t: &mut Transcript, app: &Fixture, id: Uuid, record: Value) -> Value {
    let view = t
        .technique_change(app, id, save(record))
        .expect("the plan is saved");
    serde_json::to_value(view.overview).expect("JSON")
}

#[test]
fn the_plan_console_is_recorded() {
    let mut t = Transcript::new("before-action-review");

    t.scenario("opened");
    opened(&mut t);

    t.scenario("the intent saved field by field");
    let (app, id, _) = opened(&mut t);
    let task = "Go live with e-obs on Ward 8";
    saved(
        &mut t,
        &app,
        id,
        plan((task, "", ""), json!([]), json!([]), &[]),
    );
    let purpose = (task, "Safer observations", "");
    saved(&mut t, &app, id, plan(purpose, json!([]), json!([]), &[]));

    t.scenario("risks added and ranked");
    let (app, id, _) = opened(&mut t);
    let charge = risk(1, "Handhelds run out of charge", "rare", "minor", "");
    let nights = risk(
        2,
        "Night staff not trained",
        "likely",
        "major",
        "Book super-users for nights",
    );
    let wifi = risk(3, "Wi-Fi drops in side rooms", "possible", "moderate", "");
    saved(
        &mut t,
        &app,
        id,
        plan(NONE, json!([]), json!([charge]), &[]),
    );
    saved(
        &mut t,
        &app,
        id,
        plan(NONE, json!([]), json!([charge, nights]), &[]),
    );
    let ranked = saved(
        &mut t,
        &app,
        id,
        plan(NONE, json!([]), json!([charge, nights, wifi]), &[]),
    );
    let scores: Vec<&Value> = ranked["overview"]["risks"]
        .as_array()
        .expect("risks")
        .iter()
        .map(|r| &r["score"])
        .collect();
    assert_eq!(scores, [&json!(16), &json!(9), &json!(2)], "worst first");

    t.scenario("a risk re-rated and one removed");
    let (app, id, _) = opened(&mut t);
    let charge =
        |likelihood, impact| risk(1, "Handhelds run out of charge", likelihood, impact, "");
    let wifi = risk(2, "Wi-Fi drops in side rooms", "possible", "moderate", "");
    for risks in [
        json!([charge("rare", "minor")]),
        json!([charge("rare", "minor"), wifi]),
        json!([charge("almost-certain", "minor"), wifi]),
        json!([charge("almost-certain", "major"), wifi]),
        json!([charge("almost-certain", "major")]),
    ] {
        saved(&mut t, &app, id, plan(NONE, json!([]), risks, &[]));
    }

    t.scenario("who's doing what");
    let (app, id, people) = opened(&mut t);
    let tom = role(
        1,
        "Tom Okafor",
        Some(people[1]),
        "Pharmacy cover on the day",
    );
    let nights = role(2, "Ward 8 super-user", None, "Nights");
    saved(&mut t, &app, id, plan(NONE, json!([tom]), json!([]), &[]));
    saved(
        &mut t,
        &app,
        id,
        plan(NONE, json!([tom, nights]), json!([]), &[]),
    );
    saved(
        &mut t,
        &app,
        id,
        plan(NONE, json!([nights]), json!([]), &[]),
    );

    t.scenario("a measure added and removed");
    let (app, id, _) = opened(&mut t);
    let measure = "No missed observations in week one";
    saved(
        &mut t,
        &app,
        id,
        plan(NONE, json!([]), json!([]), &[measure]),
    );
    saved(&mut t, &app, id, plan(NONE, json!([]), json!([]), &[]));

    t.scenario("finished");
    let app = Fixture::temporary();
    let session = app.session(TechniqueId::BeforeActionReview, &PEOPLE);
    let (id, tom) = (session.id, session.participants[1].person_id);
    let record = plan(
        ("Go live with e-obs", "", "Every bed on handhelds"),
        json!([role(1, "Tom Okafor", Some(tom), "Pharmacy cover")]),
        json!([
            risk(2, "Charge runs out", "rare", "minor", ""),
            risk(
                3,
                "Night staff not trained",
                "likely",
                "major",
                "Book super-users"
            ),
        ]),
        &["No missed observations"],
    );
    app.app
        .technique_change(id, save(record))
        .expect("the plan");
    app.finish(id);
    t.session_get(&app, id);
    assert!(
        t.technique_get(&app, id)
            .expect("the finished plan")
            .finished
    );

    t.check();
}
