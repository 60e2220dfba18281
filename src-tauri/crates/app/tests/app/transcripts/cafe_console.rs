//! A Knowledge Café on the console: opened untouched, a pasted list added and the set-up saved with its
//! plan, a set-up refused without a question, a walk-in seated and someone marked
//! absent, the plan put on the display (by button and by key), and the finished café.
//! Priya Shah is the one person on the café's list to begin with.

use mobilise_app::DisplayState;
use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::TechniqueChange;
use mobilise_core::{ParticipantInput, Session, SessionDraft, SessionStatus, TechniqueId};
use serde_json::{json, Value};

use crate::harness::Fixture;
use crate::transcript::Transcript;

/// The café the console tests open: one guest, the question its purpose.
pub fn discharge_cafe(app: &Fixture) -> Session {
    let draft = SessionDraft {
        technique: TechniqueId::KnowledgeCafe,
        title: "Discharge planning café".into(),
        scheduled_at: crate::harness::start().naive_utc(),
        facilitator: "Tom Okafor".into(),
        location: "Education centre".into(),
        purpose: "How can we get people home sooner and safely?".into(),
        status: SessionStatus::Planned,
        participants: vec![ParticipantInput {
            name: "Priya Shah".into(),
            organisation: "Ward 7".into(),
            role: String::new(),
        }],
    };
    app.session_from(&draft)
}

/// The run screen opening on the café: the session, its live state and its record.
/// Gives the set-up the form starts from (the suggested one).
fn opened(t: &mut Transcript) -> (Fixture, Session, Value) {
    let app = Fixture::temporary();
    let session = discharge_cafe(&app);
    t.session_get(&app, session.id);
    t.live_open(&app, session.id).expect("opens");
    let view = t.technique_get(&app, session.id).expect("the café");
    let overview = serde_json::to_value(view.overview).expect("JSON");
    let setup = overview["overview"]["cafe"]["setup"].clone();
    (app, session, setup)
}

fn cafe(change: Value) -> TechniqueChange {
    serde_json::from_value(json!({
        "kind": "own",
        "change": { "technique": "knowledge-cafe", "change": change },
    }))
    .expect("a change the console sends")
}

fn people(names: &[(&str, &str)]) -> Value {
    let people: Vec<Value> = names
        .iter()
        .map(|(name, team)| json!({ "name": name, "organisation": team, "role": "" }))
        .collect();
    json!(people)
}

/// The set-up saved as the form sends it, and the seating planned.
fn planned(t: &mut Transcript, app: &Fixture, session: &Session, setup: Value) {
    let saved = json!({ "kind": "setup", "setup": setup });
    t.technique_change(app, session.id, cafe(saved))
        .expect("planned");
}

fn shown(t: &mut Transcript, app: &Fixture, session: &Session, show_plan: bool) {
    let display = DisplayState {
        show_plan,
        ..DisplayState::default()
    };
    t.live_display(app, session.id, display)
        .expect("the display changes");
}

#[test]
fn the_cafe_console_is_recorded() {
    let mut t = Transcript::new("cafe-console");
    t.scenario("opened");
    opened(&mut t);

    t.scenario("a pasted list planned");
    let (app, session, setup) = opened(&mut t);
    let pasted = people(&[
        ("Amira Hassan", "Ward 7"),
        ("Ben Okafor", "Pharmacy"),
        ("Cerys Pritchard", "Ward 7"),
        ("Dariusz Wójcik", "Digital"),
    ]);
    let added = json!({ "kind": "add-guests", "people": pasted });
    t.technique_change(&app, session.id, cafe(added))
        .expect("added");
    planned(&mut t, &app, &session, setup);

    t.scenario("a set-up without a question");
    let (app, session, mut setup) = opened(&mut t);
    setup["question"] = json!("");
    let refused = t.technique_change(
        &app,
        session.id,
        cafe(json!({ "kind": "setup", "setup": setup })),
    );
    assert!(refused.is_err(), "a café has its question");

    t.scenario("absent, a walk-in and the plan shown");
    let (app, session, setup) = opened(&mut t);
    planned(&mut t, &app, &session, setup);
    let walk_in = json!({ "kind": "add-guests", "people": people(&[("Siân Ŵyn Llewelyn", "")]) });
    t.technique_change(&app, session.id, cafe(walk_in))
        .expect("seated");
    let priya = session.participants[0].person_id;
    let absent = json!({ "kind": "set-absent", "person": priya, "absent": true });
    t.technique_change(&app, session.id, cafe(absent))
        .expect("absent");
    shown(&mut t, &app, &session, true);

    t.scenario("the plan toggled by key");
    let (app, session, _) = opened(&mut t);
    shown(&mut t, &app, &session, true);
    shown(&mut t, &app, &session, false);

    t.scenario("finished");
    let (app, session, setup) = opened(&mut t);
    planned(&mut t, &app, &session, setup);
    for command in [LiveCommand::Start, LiveCommand::Finish] {
        t.live_command(&app, session.id, command).expect("runs");
    }
    // Finished, the console reads the record again: now read-only.
    let view = t.technique_get(&app, session.id).expect("the café");
    assert!(view.finished);
    t.check();
}
