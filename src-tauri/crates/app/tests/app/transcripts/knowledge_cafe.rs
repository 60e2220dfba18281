//! A Knowledge Café on the room's screen: the table plan while the room settles into a
//! round and the question once it has, the plan put up on demand before the rounds, and
//! a plan of ten tables, more than one screen holds; and an untouched café as the console
//! first reads it.

use mobilise_app::DisplayState;
use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::knowledge_cafe::{CafeChange, CafeSetup};
use mobilise_core::techniques::{OwnChange, TechniqueChange};
use mobilise_core::TechniqueId;
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

const QUESTION: &str = "What would help more patients home before noon?";

/// A café of `guests` at `tables` tables, set up and started.
fn started(t: &mut Transcript, guests: usize, tables: u32) -> (Fixture, Uuid) {
    let app = Fixture::temporary();
    let names: Vec<String> = (1..=guests).map(|n| format!("Guest {n}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let id = app.session(TechniqueId::KnowledgeCafe, &names).id;
    t.session_get(&app, id);
    t.live_open(&app, id).expect("opens");
    let setup = TechniqueChange::Own {
        change: OwnChange::KnowledgeCafe(CafeChange::Setup {
            setup: CafeSetup::standard(QUESTION, tables),
        }),
    };
    app.app
        .technique_change(id, setup)
        .expect("the café is planned");
    t.live_command(&app, id, LiveCommand::Start)
        .expect("starts");
    (app, id)
}

#[test]
fn the_cafe_on_the_room_s_screen_is_recorded() {
    let mut t = Transcript::new("knowledge-cafe");

    t.scenario("opened");
    let app = Fixture::temporary();
    let untouched = super::cafe_console::discharge_cafe(&app);
    t.session_get(&app, untouched.id);
    t.technique_get(&app, untouched.id)
        .expect("the suggested café");

    t.scenario("four tables");
    let (app, id) = started(&mut t, 16, 4);
    app.wait(300);
    t.labelled("the plan on demand before the rounds")
        .live_display(
            &app,
            id,
            DisplayState {
                show_plan: true,
                ..DisplayState::default()
            },
        )
        .expect("the plan goes up");
    t.live_display(&app, id, DisplayState::default())
        .expect("and down");
    let round = t
        .live_command(&app, id, LiveCommand::GoTo { index: 2 })
        .expect("the second round");
    let step = &round.state.agenda.steps[round.state.current];
    assert_eq!(step.title, "Round 2 of 3", "{step:?}");
    app.wait(15);
    t.labelled("settling 15 s into round 2").live_current(&app);
    app.wait(46);
    t.labelled("61 s into round 2").live_current(&app);

    t.scenario("ten tables");
    let (app, id) = started(&mut t, 40, 10);
    t.live_command(&app, id, LiveCommand::Next)
        .expect("the first round");
    app.wait(1);
    t.labelled("settling into round 1").live_current(&app);

    t.check();
}
