//! The agenda-length chooser before the start: an Appreciative Inquiry offered its
//! standard length and the one-day variant, the one-day agenda chosen and the standard
//! one again, the session started, and a step retimed by hand from another window.

use mobilise_core::live::LiveCommand;
use mobilise_core::TechniqueId;
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

fn opened(t: &mut Transcript, name: &str) -> (Fixture, Uuid) {
    t.scenario(name);
    let app = Fixture::temporary();
    let at = crate::harness::start().naive_utc();
    let people = [("Priya Shah", "Ward 7", "")];
    let id = app
        .session_called(
            "What makes our discharges work",
            TechniqueId::AppreciativeInquiry,
            &people,
            at,
        )
        .id;
    t.console_opened(&app, id);
    (app, id)
}

fn length(variant: Option<&str>) -> LiveCommand {
    LiveCommand::UseLength {
        variant: variant.map(str::to_owned),
    }
}

#[test]
fn the_agenda_length_chooser_is_recorded() {
    let mut t = Transcript::new("agenda-length");
    opened(&mut t, "opened");

    let (app, id) = opened(&mut t, "the one-day length, then the standard one");
    t.labelled("one day")
        .live_command(&app, id, length(Some("one-day")))
        .expect("a day");
    t.labelled("standard")
        .live_command(&app, id, length(None))
        .expect("standard");

    let (app, id) = opened(&mut t, "started");
    t.live_command(&app, id, LiveCommand::Start)
        .expect("starts");

    let (app, id) = opened(&mut t, "retimed by another window");
    t.by_another_window("retimed")
        .live_command(&app, id, LiveCommand::RetimeStep { id: 1, secs: 600 })
        .expect("retimed");
    t.check();
}
