//! A Retrospect's marks as the console and the room see them: marks saved one by one,
//! an answer kept and a mark cleared, a finished record read back, and the room's view
//! at the marks and at the answers.

use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::retrospect::{Mark, RetrospectMarks};
use mobilise_core::techniques::{TechniqueChange, TechniqueRecord};
use mobilise_core::TechniqueId;
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

const CONSOLE: [&str; 3] = ["Priya Shah", "Tom Okafor", "Zoë Brennan"];
const ROOM: [&str; 4] = ["Priya Shah", "Tom Okafor", "Zoë Brennan", "Ben Okafor"];

/// Saves the whole list of marks, as the console does after each one.
fn save(given: &[(Uuid, Option<u8>, &str)]) -> TechniqueChange {
    TechniqueChange::Save {
        record: TechniqueRecord::Retrospect(RetrospectMarks {
            marks: given
                .iter()
                .map(|(person, mark, ten)| Mark {
                    person_id: *person,
                    mark: *mark,
                    make_it_ten: (*ten).into(),
                })
                .collect(),
        }),
    }
}

/// A Retrospect with `people` on its roster, read as the console opens it.
fn opened(t: &mut Transcript, people: &[&str]) -> (Fixture, Vec<Uuid>, Uuid) {
    let app = Fixture::temporary();
    let session = app.session(TechniqueId::Retrospect, people);
    let ids = session.participants.iter().map(|p| p.person_id).collect();
    t.session_get(&app, session.id);
    t.technique_get(&app, session.id).expect("an empty record");
    (app, ids, session.id)
}

#[test]
fn the_marks_console_and_the_room_are_recorded() {
    let mut t = Transcript::new("retrospect");

    t.scenario("opened");
    opened(&mut t, &CONSOLE);

    t.scenario("marks saved one by one");
    let (app, p, id) = opened(&mut t, &CONSOLE);
    t.technique_change(&app, id, save(&[(p[0], Some(8), "")]))
        .expect("one mark");
    let view = t
        .technique_change(&app, id, save(&[(p[0], Some(8), ""), (p[1], Some(7), "")]))
        .expect("two marks");
    let json = serde_json::to_string(&view.overview).expect("JSON");
    assert!(json.contains("\"median\":7.5"), "{json}");

    t.scenario("a ten saved");
    let (app, p, id) = opened(&mut t, &CONSOLE);
    t.technique_change(&app, id, save(&[(p[0], Some(10), "")]))
        .expect("a ten");

    t.scenario("an answer kept and a mark cleared");
    let (app, p, id) = opened(&mut t, &CONSOLE);
    let answer = "Earlier sign-off from estates";
    t.technique_change(&app, id, save(&[(p[1], Some(6), "")]))
        .expect("a six");
    t.technique_change(&app, id, save(&[(p[1], Some(6), answer)]))
        .expect("the answer");
    t.technique_change(&app, id, save(&[(p[1], None, answer)]))
        .expect("the mark cleared, the answer kept");

    t.scenario("finished");
    let app = Fixture::temporary();
    let session = app.session(TechniqueId::Retrospect, &CONSOLE);
    let (id, p): (Uuid, Vec<Uuid>) = (
        session.id,
        session.participants.iter().map(|p| p.person_id).collect(),
    );
    app.app
        .technique_change(
            id,
            save(&[(p[0], Some(9), ""), (p[2], Some(6), "A named sponsor")]),
        )
        .expect("marks");
    app.finish(id);
    t.session_get(&app, id);
    let view = t.technique_get(&app, id).expect("the finished record");
    assert!(view.finished);

    for (scenario, marked) in [("the room", true), ("the room before any mark", false)] {
        t.scenario(scenario);
        let app = Fixture::temporary();
        let session = app.session(TechniqueId::Retrospect, &ROOM);
        let p: Vec<Uuid> = session.participants.iter().map(|p| p.person_id).collect();
        if marked {
            app.app
                .technique_change(
                    session.id,
                    save(&[
                        (p[0], Some(8), "A named sponsor from the start"),
                        (p[1], Some(7), ""),
                        (p[2], Some(8), "Earlier sign-off from estates"),
                        (p[3], Some(5), "Fewer meetings"),
                    ]),
                )
                .expect("marks");
        }
        t.session_get(&app, session.id);
        t.live_open(&app, session.id).expect("opens");
        t.live_command(&app, session.id, LiveCommand::Start)
            .expect("starts");
        for _ in 0..2 {
            t.live_command(&app, session.id, LiveCommand::Next)
                .expect("moves on");
        }
        let view = t
            .labelled("at the marks")
            .live_command(&app, session.id, LiveCommand::Next)
            .expect("at the marks");
        let step = &view.state.agenda.steps[view.state.current];
        assert_eq!(step.key.as_deref(), Some("marks"));
        t.labelled("at the answers")
            .live_command(&app, session.id, LiveCommand::NextQuestion)
            .expect("the second question");
    }

    t.check();
}
