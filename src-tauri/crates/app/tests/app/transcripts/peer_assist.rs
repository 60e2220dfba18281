//! A Peer Assist on the console: the preparation ticked and dated with the peers' notice
//! worked out, several ticks in quick succession, the two sides read from the roster's
//! roles, the actions agreed with each side, the visitors' feedback in its two columns,
//! and a finished record read back.

use chrono::{NaiveDate, NaiveDateTime};
use mobilise_core::{ActionInput, ActionStatus, TechniqueId};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::{save, ui_id, Transcript};

const ROSTER: [(&str, &str, &str); 4] = [
    ("Priya Shah", "Ward 7", "Home team"),
    ("Tom Okafor", "Pharmacy", "visitors"),
    ("Zoë Brennan", "Library and Knowledge Services", "Peer"),
    ("Ade Bello", "", "scribe"),
];

const LABELS: [&str; 4] = [
    "Facilitator appointed",
    "Date chosen",
    "Peers invited, giving plenty of notice",
    "Background information circulated, including the purpose and objectives",
];

/// Ten days after the test clock's today (25 Nov 2026), at half past nine.
fn meeting_day() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 5)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .expect("a valid time")
}

fn record(done: [Option<&str>; 4], feedback: Value) -> Value {
    let checklist: Vec<Value> = LABELS
        .iter()
        .zip(done)
        .map(|(label, on)| json!({ "label": label, "done_on": on }))
        .collect();
    json!({
        "technique": "peer-assist",
        "record": { "checklist": checklist, "feedback": feedback },
    })
}

fn point(id: Uuid, kind: &str, text: &str, from: Option<Uuid>) -> Value {
    json!({ "id": id, "kind": kind, "text": text, "from": from })
}

/// A Peer Assist with `roster`, read as the console opens it (after `seed` is saved).
fn opened(
    t: &mut Transcript,
    roster: &[(&str, &str, &str)],
    seed: Option<Value>,
) -> (Fixture, Uuid, Vec<Uuid>) {
    let app = Fixture::temporary();
    let session = app.session_with(TechniqueId::PeerAssist, roster, meeting_day());
    let people = session.participants.iter().map(|p| p.person_id).collect();
    if let Some(seed) = seed {
        app.app
            .technique_change(session.id, save(seed))
            .expect("the record to start from");
    }
    t.session_get(&app, session.id);
    t.technique_get(&app, session.id).expect("the record");
    (app, session.id, people)
}

fn saved(t: &mut Transcript, app: &Fixture, id: Uuid, record: Value) -> Value {
    let view = t.technique_change(app, id, save(record)).expect("saved");
    serde_json::to_value(view.overview).expect("JSON")
}

const TODAY: &str = "2026-11-25";

#[test]
fn the_peer_assist_console_is_recorded() {
    let mut t = Transcript::new("peer-assist");

    t.scenario("opened");
    let (_app, _, _) = opened(&mut t, &ROSTER, None);

    t.scenario("actions agreed with both sides");
    let (app, id, people) = opened(&mut t, &ROSTER, None);
    let agreed = [("Share the tracker template", 0), ("Send the rota", 1)];
    for (what, who) in agreed {
        let input = ActionInput {
            step_id: Some(4),
            what: what.into(),
            owner: ROSTER[who].0.into(),
            owner_person_id: Some(people[who]),
            due_on: NaiveDate::from_ymd_opt(2026, 12, 18),
            status: ActionStatus::Open,
        };
        app.app
            .write(|store, now| store.add_action(id, &input, now, &mut || app.next_id()))
            .expect("the action is kept");
    }
    t.actions_of_session(&app, id);

    t.scenario("nobody has a role");
    let nameless: Vec<(&str, &str, &str)> = ROSTER.iter().map(|(n, o, _)| (*n, *o, "")).collect();
    opened(&mut t, &nameless, None);

    t.scenario("the invitation ticked and dated");
    let (app, id, _) = opened(&mut t, &ROSTER, None);
    let notice = saved(
        &mut t,
        &app,
        id,
        record([None, None, Some(TODAY), None], json!([])),
    );
    assert_eq!(notice["overview"]["notice_days"], json!(10), "{notice}");
    assert_eq!(notice["overview"]["short_notice"], json!(true), "{notice}");
    saved(
        &mut t,
        &app,
        id,
        record([None, None, None, None], json!([])),
    );
    let earlier = Some("2026-11-14");
    let notice = saved(
        &mut t,
        &app,
        id,
        record([None, None, earlier, None], json!([])),
    );
    assert_eq!(notice["overview"]["notice_days"], json!(21), "{notice}");
    saved(
        &mut t,
        &app,
        id,
        record([None, None, None, None], json!([])),
    );

    t.scenario("three ticks in quick succession");
    let (app, id, _) = opened(&mut t, &ROSTER, None);
    let day = Some(TODAY);
    for done in [
        [day, None, None, None],
        [day, day, None, None],
        [day, day, day, None],
    ] {
        saved(&mut t, &app, id, record(done, json!([])));
    }

    t.scenario("the visitors' feedback");
    let (app, id, people) = opened(&mut t, &ROSTER, None);
    let tom = Some(people[1]);
    let better = point(
        ui_id(1),
        "could-be-better",
        "Involve community nurses from the start",
        tom,
    );
    let well = point(ui_id(2), "worked-well", "A single shared tracker", tom);
    let none = [None; 4];
    saved(&mut t, &app, id, record(none, json!([better])));
    saved(&mut t, &app, id, record(none, json!([better, well])));

    t.scenario("a point moved to the other column");
    let moved = |kind| {
        point(
            Uuid::from_u128(0xf1),
            kind,
            "Start engagement earlier",
            None,
        )
    };
    let start = record(none, json!([moved("worked-well")]));
    let (app, id, _) = opened(&mut t, &ROSTER, Some(start));
    saved(
        &mut t,
        &app,
        id,
        record(none, json!([moved("could-be-better")])),
    );

    t.scenario("finished");
    let app = Fixture::temporary();
    let session = app.session_with(TechniqueId::PeerAssist, &ROSTER, meeting_day());
    let tom = Some(session.participants[1].person_id);
    let huddles = point(Uuid::from_u128(0xf1), "worked-well", "Weekly huddles", tom);
    let done = record([Some("2026-11-02"), None, None, None], json!([huddles]));
    app.app
        .technique_change(session.id, save(done))
        .expect("the record");
    app.finish(session.id);
    t.session_get(&app, session.id);
    assert!(t.technique_get(&app, session.id).expect("read").finished);

    t.check();
}
