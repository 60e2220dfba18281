//! The console's warning times: a running review with the defaults, a red warning too
//! close to the end refused, and new times saved that turn the running timer amber.

use mobilise_core::live::{LiveCommand, Thresholds};
use mobilise_core::TechniqueId;
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::Transcript;

fn started(t: &mut Transcript, name: &str) -> (Fixture, Uuid) {
    t.scenario(name);
    let app = Fixture::temporary();
    let id = app
        .session(TechniqueId::AfterActionReview, &["Priya Shah"])
        .id;
    t.live_open(&app, id).expect("opens");
    t.live_command(&app, id, LiveCommand::Start)
        .expect("starts");
    (app, id)
}

#[test]
fn the_warning_settings_are_recorded() {
    let mut t = Transcript::new("warning-settings");
    started(&mut t, "started");

    let (app, _) = started(&mut t, "red too close to the end");
    let refused = t.live_set_thresholds(
        &app,
        Thresholds {
            amber_secs: 120,
            red_secs: 3,
        },
    );
    assert!(refused.is_err(), "red needs at least 5 seconds");

    let (app, _) = started(&mut t, "new times saved");
    let saved = t
        .live_set_thresholds(
            &app,
            Thresholds {
                amber_secs: 900,
                red_secs: 45,
            },
        )
        .expect("saved");
    assert_eq!(
        saved.warning,
        mobilise_core::live::Warning::Amber,
        "10 minutes left is inside 15"
    );
    t.check();
}
