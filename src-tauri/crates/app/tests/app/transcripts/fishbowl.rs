//! A Fishbowl on the room's screen: the chairs with and without names, the speaker's
//! turn counting and paused and run out, a closed fishbowl with no turn limit, the key
//! points presented back, and the debrief; before the start it is not on the wall. And an
//! untouched fishbowl as the console first reads it.

use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::fishbowl::{
    FishbowlChange, FishbowlMode, FishbowlRecord, FishbowlSetup,
};
use mobilise_core::techniques::{OwnChange, TechniqueChange, TechniqueRecord};
use mobilise_core::TechniqueId;
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::{ui_id, Transcript};

const QUESTION: &str = "Should virtual wards replace some hospital beds this winter?";
const PEOPLE: [&str; 4] = ["Ben Okafor", "Cerys Pritchard", "Dai Rees", "Eve Moss"];

fn own(app: &Fixture, id: Uuid, change: FishbowlChange) {
    let change = TechniqueChange::Own {
        change: OwnChange::Fishbowl(change),
    };
    app.app
        .technique_change(id, change)
        .expect("the fishbowl changes");
}

/// A fishbowl set up by `shape`, started and on to the discussion with Ben and Cerys in
/// the first two chairs and the fish with Cerys.
fn discussing(
    t: &mut Transcript,
    shape: impl FnOnce(&mut FishbowlSetup),
) -> (Fixture, Uuid, Vec<Uuid>) {
    let app = Fixture::temporary();
    let session = app.session(TechniqueId::Fishbowl, &PEOPLE);
    let (id, people): (Uuid, Vec<Uuid>) = (
        session.id,
        session.participants.iter().map(|p| p.person_id).collect(),
    );
    let mut setup = FishbowlSetup::standard(QUESTION);
    shape(&mut setup);
    t.session_get(&app, id);
    t.labelled("before the start")
        .live_open(&app, id)
        .expect("opens");
    let record = TechniqueRecord::Fishbowl(FishbowlRecord {
        setup: Some(setup),
        ..FishbowlRecord::default()
    });
    app.app
        .technique_change(id, TechniqueChange::Save { record })
        .expect("the set-up");
    t.live_command(&app, id, LiveCommand::Start)
        .expect("starts");
    t.live_command(&app, id, LiveCommand::Next)
        .expect("the discussion");
    for (chair, person) in [people[0], people[1]].into_iter().enumerate() {
        own(
            &app,
            id,
            FishbowlChange::Seat {
                person,
                chair: chair as u32,
                leaver: None,
            },
        );
    }
    own(
        &app,
        id,
        FishbowlChange::Pass {
            to: Some(people[1]),
        },
    );
    (app, id, people)
}

#[test]
fn the_fishbowl_on_the_room_s_screen_is_recorded() {
    let mut t = Transcript::new("fishbowl");

    t.scenario("opened");
    let app = Fixture::temporary();
    let untouched = app.session(TechniqueId::Fishbowl, &PEOPLE);
    t.session_get(&app, untouched.id);
    t.technique_get(&app, untouched.id)
        .expect("the suggested fishbowl");

    t.scenario("an open fishbowl, names hidden");
    let (app, id, people) = discussing(&mut t, |setup| setup.turn_limit_secs = Some(120));
    app.wait(30);
    t.labelled("speaking 30 s").live_current(&app);
    t.labelled("paused")
        .live_command(&app, id, LiveCommand::Pause)
        .expect("pauses");
    app.wait(60);
    t.live_command(&app, id, LiveCommand::Resume)
        .expect("resumes");
    app.wait(95);
    t.labelled("the turn run out").live_current(&app);
    own(
        &app,
        id,
        FishbowlChange::AddPoint {
            id: ui_id(1),
            text: "Porters start at 07:30, too late for a 07:00 lounge".into(),
            speaker: Some(people[0]),
        },
    );
    own(
        &app,
        id,
        FishbowlChange::AddPoint {
            id: ui_id(2),
            text: "Pharmacy could batch TTOs the evening before".into(),
            speaker: None,
        },
    );
    t.labelled("the key points presented")
        .live_command(&app, id, LiveCommand::Next)
        .expect("the key points");
    t.labelled("the debrief")
        .live_command(&app, id, LiveCommand::Next)
        .expect("the debrief");

    t.scenario("an open fishbowl, names shown");
    let (app, _, _) = discussing(&mut t, |setup| {
        setup.turn_limit_secs = Some(120);
        setup.names_on_display = true;
    });
    app.wait(30);
    t.labelled("speaking 30 s").live_current(&app);

    t.scenario("a closed fishbowl with no turn limit");
    let (app, _, _) = discussing(&mut t, |setup| {
        setup.mode = FishbowlMode::Closed;
        setup.turn_limit_secs = None;
    });
    t.labelled("discussing").live_current(&app);

    t.check();
}
