//! An After Action Review on the room's screen: what was supposed to happen beside what
//! actually happened while the room compares, one side still empty, and the question
//! alone before the comparison starts; and an untouched plan as the console first reads it.

use mobilise_core::live::LiveCommand;
use mobilise_core::{NoteInput, NoteKind, TechniqueId};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

fn note(app: &Fixture, session: Uuid, step: u32, text: &str) {
    let input = NoteInput {
        kind: NoteKind::Note,
        step_id: Some(step),
        question: Some(0),
        text: text.into(),
    };
    app.app
        .write(|store, now| store.add_note(session, &input, now, &mut || app.next_id()))
        .expect("the note is kept");
}

#[test]
fn the_review_on_the_room_s_screen_is_recorded() {
    let mut t = Transcript::new("after-action-review");
    t.scenario("opened");
    let app = Fixture::temporary();
    let untouched = app.session(TechniqueId::AfterActionReview, &["Ana", "Ben"]);
    t.session_get(&app, untouched.id);
    t.technique_get(&app, untouched.id).expect("the plan");

    for (scenario, happened) in [
        (
            "the room compares",
            Some("Two handhelds failed to sync until 09:30"),
        ),
        ("nothing noted of what happened", None),
    ] {
        t.scenario(scenario);
        let app = Fixture::temporary();
        let session = app.session(TechniqueId::AfterActionReview, &["Ana", "Ben"]);
        let id = session.id;
        t.session_get(&app, id);
        t.live_open(&app, id).expect("opens");
        t.live_command(&app, id, LiveCommand::Start)
            .expect("starts");
        note(&app, id, 1, "All observations on handhelds from 07:00");
        note(&app, id, 1, "Paper charts withdrawn by noon");
        let before = t.labelled("before the comparison").live_current(&app);
        let before = serde_json::to_string(&before).expect("JSON");
        assert!(before.contains("\"comparing\":false"), "{before}");
        t.live_command(&app, id, LiveCommand::Next)
            .expect("on to what actually happened");
        if let Some(text) = happened {
            note(&app, id, 2, text);
        }
        let view = t.labelled("comparing").live_current(&app);
        let view = serde_json::to_string(&view).expect("JSON");
        assert!(view.contains("\"comparing\":true"), "{view}");
    }
    t.check();
}
