//! A Fishbowl on the console: the set-up refused beside its fields and then saved with
//! its starters seated, the fish passed by chair, someone taking the last free chair
//! (by the outer circle or the picker) with the leaver Rust suggests, the talk time and
//! its equity, the scribe's key points, and the finished record.

use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::TechniqueChange;
use mobilise_core::{ParticipantInput, Session, SessionDraft, SessionStatus, TechniqueId};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::{save, ui_id, Transcript};

const PEOPLE: [(&str, &str); 8] = [
    ("Amira Hassan", "Ward 7"),
    ("Ben Okafor", "Pharmacy"),
    ("Cerys Pritchard", "Ward 7"),
    ("Dariusz Wójcik", "Digital"),
    ("Eilidh MacLeod", "Library and Knowledge Services"),
    ("Farah Iqbal", "Physiotherapy"),
    ("Gareth Jones", "Estates"),
    ("Hannah Boateng", "Nursing"),
];
// Where each is on the list.
const AMIRA: usize = 0;
const BEN: usize = 1;
const CERYS: usize = 2;
const DARIUSZ: usize = 3;
const EILIDH: usize = 4;
const FARAH: usize = 5;
const HANNAH: usize = 7;
/// The console's today on the app's test clock.
const TODAY: &str = "2026-11-25";

struct Bowl {
    app: Fixture,
    session: Session,
}

impl Bowl {
    fn new() -> Bowl {
        let app = Fixture::temporary();
        let draft = SessionDraft {
            technique: TechniqueId::Fishbowl,
            title: "Virtual wards fishbowl".into(),
            scheduled_at: crate::harness::start().naive_utc(),
            facilitator: "Amira Hassan".into(),
            location: "Lecture theatre".into(),
            purpose: "Should virtual wards replace some hospital beds this winter?".into(),
            status: SessionStatus::Planned,
            participants: PEOPLE
                .iter()
                .map(|(name, team)| ParticipantInput {
                    name: (*name).into(),
                    organisation: (*team).into(),
                    role: String::new(),
                })
                .collect(),
        };
        let session = app.session_from(&draft);
        Bowl { app, session }
    }

    fn person(&self, index: usize) -> Uuid {
        self.session.participants[index].person_id
    }

    /// The set-up Rust suggests, as the form starts from it.
    fn suggested(&self) -> Value {
        let view = self
            .app
            .app
            .technique_get(self.session.id)
            .expect("the fishbowl");
        serde_json::to_value(view.overview).expect("JSON")["overview"]["setup"].clone()
    }

    fn change(change: Value) -> TechniqueChange {
        serde_json::from_value(json!({
            "kind": "own",
            "change": { "technique": "fishbowl", "change": change },
        }))
        .expect("a change the console sends")
    }

    /// A change made before the console was opened, a few seconds after the last.
    fn before(&self, after_secs: i64, change: Value) {
        self.app.wait(after_secs);
        self.app
            .app
            .technique_change(self.session.id, Bowl::change(change))
            .expect("the fishbowl changes");
    }

    fn live(&self, after_secs: i64, command: LiveCommand) {
        self.app.wait(after_secs);
        self.app
            .app
            .live_command(self.session.id, command)
            .expect("runs");
    }

    /// The run screen opening on the fishbowl: the session, its live state, its record.
    fn opened(&self, t: &mut Transcript) {
        t.session_get(&self.app, self.session.id);
        t.live_open(&self.app, self.session.id).expect("opens");
        t.technique_get(&self.app, self.session.id)
            .expect("the fishbowl");
    }

    fn recorded(&self, t: &mut Transcript, change: Value) {
        let change = Bowl::change(change);
        t.technique_change(&self.app, self.session.id, change)
            .expect("the fishbowl changes");
    }
}

/// Saved a minute before the start (Amira facilitates, Hannah scribes, Ben, Cerys and
/// Dariusz in chairs 1 to 3, the spare free), opened and started.
fn started(shape: impl FnOnce(&mut Value)) -> Bowl {
    let bowl = Bowl::new();
    let mut setup = bowl.suggested();
    setup["facilitator"] = json!(bowl.person(AMIRA));
    setup["scribe"] = json!(bowl.person(HANNAH));
    setup["starters"] = json!([bowl.person(BEN), bowl.person(CERYS), bowl.person(DARIUSZ)]);
    shape(&mut setup);
    let record = json!({ "technique": "fishbowl", "record": { "setup": setup } });
    bowl.app
        .app
        .technique_change(bowl.session.id, save(record))
        .expect("the set-up");
    bowl.app.app.live_open(bowl.session.id).expect("opens");
    bowl.live(60, LiveCommand::Start);
    bowl
}

/// Ben speaks 1:00, Cerys 0:20, then Ben again, now 0:30 into his turn (1:30 in all).
fn talked(bowl: &Bowl) {
    let (ben, cerys) = (bowl.person(BEN), bowl.person(CERYS));
    bowl.before(1, json!({ "type": "Pass", "to": ben }));
    bowl.before(60, json!({ "type": "Pass", "to": cerys }));
    bowl.before(20, json!({ "type": "Pass", "to": ben }));
    bowl.app.wait(30);
}

fn the_setup(t: &mut Transcript) {
    t.scenario("set up after two refusals");
    let bowl = Bowl::new();
    bowl.opened(t);
    let suggested = bowl.suggested();
    let mut attempt = |fields: Value| {
        let mut setup = suggested.clone();
        for (key, value) in fields.as_object().expect("fields").clone() {
            setup[key] = value;
        }
        let record = json!({ "technique": "fishbowl", "record": { "setup": setup } });
        t.technique_change(&bowl.app, bowl.session.id, save(record))
    };
    assert!(
        attempt(json!({ "question": "" })).is_err(),
        "a question to debate"
    );
    let question = "Should virtual wards replace beds?";
    let (amira, hannah) = (bowl.person(AMIRA), bowl.person(HANNAH));
    let same = json!({ "question": question, "facilitator": amira, "scribe": amira });
    assert!(attempt(same).is_err(), "the facilitator is not the scribe");
    let mut checklist = suggested["checklist"].clone();
    checklist[0]["done_on"] = json!(TODAY);
    let starters = [bowl.person(BEN), bowl.person(CERYS), bowl.person(DARIUSZ)];
    attempt(json!({
        "question": question, "facilitator": amira, "scribe": hannah,
        "starters": starters, "turn_limit_secs": 90, "checklist": checklist,
    }))
    .expect("saved");
}

fn the_chairs(t: &mut Transcript) {
    t.scenario("the fish passed by chair");
    let bowl = started(|_| ());
    bowl.opened(t);
    bowl.recorded(t, json!({ "type": "Pass", "to": bowl.person(DARIUSZ) }));
    bowl.recorded(t, json!({ "type": "Pass", "to": null }));

    t.scenario("the last free chair taken from the outer circle");
    let bowl = started(|_| ());
    talked(&bowl);
    // Cerys then speaks longest: 0:20 earlier and 3:09 now.
    bowl.before(0, json!({ "type": "Pass", "to": bowl.person(CERYS) }));
    // Paused, so the figures shown stand still while the test reads them.
    bowl.live(189, LiveCommand::Pause);
    bowl.opened(t);
    let seat = json!({
        "type": "Seat", "person": bowl.person(EILIDH), "chair": 3, "leaver": bowl.person(CERYS),
    });
    bowl.recorded(t, seat);

    t.scenario("the last free chair taken through the picker");
    let bowl = started(|_| ());
    bowl.opened(t);
    let seat = json!({
        "type": "Seat", "person": bowl.person(FARAH), "chair": 3, "leaver": bowl.person(CERYS),
    });
    bowl.recorded(t, seat);
}

fn talk_and_points(t: &mut Transcript) {
    t.scenario("talk time with a limit of 1:15 each");
    let bowl = started(|setup| setup["person_limit_secs"] = json!(75));
    talked(&bowl);
    bowl.live(0, LiveCommand::Pause);
    bowl.opened(t);

    t.scenario("a key point added, edited and removed");
    let bowl = started(|_| ());
    talked(&bowl);
    bowl.opened(t);
    let (id, ben) = (ui_id(1), bowl.person(BEN));
    let first = "Step-down beds free up the front door";
    let second = "Step-down beds free up the emergency department";
    t.labelled("the point added");
    bowl.recorded(
        t,
        json!({ "type": "AddPoint", "id": id, "text": first, "speaker": ben }),
    );
    bowl.recorded(
        t,
        json!({ "type": "EditPoint", "id": id, "text": second, "speaker": ben }),
    );
    bowl.recorded(t, json!({ "type": "RemovePoint", "id": id }));

    t.scenario("finished");
    let bowl = started(|_| ());
    talked(&bowl);
    let point = "Virtual wards need named clinicians";
    let cerys = bowl.person(CERYS);
    let noted =
        json!({ "type": "AddPoint", "id": Uuid::from_u128(0xa1), "text": point, "speaker": cerys });
    bowl.before(0, noted);
    let seat = json!({ "type": "Seat", "person": bowl.person(EILIDH), "chair": 3, "leaver": bowl.person(BEN) });
    bowl.before(9, seat);
    bowl.live(180, LiveCommand::Finish);
    bowl.opened(t);
}

#[test]
fn the_fishbowl_console_is_recorded() {
    let mut t = Transcript::new("fishbowl-console");
    the_setup(&mut t);
    the_chairs(&mut t);
    talk_and_points(&mut t);
    t.check();
}
