//! The live timer as the app reports it at chosen moments of one running step and of a
//! paused one: the console and the projector count down locally between views, and
//! their arithmetic (time left, the warning level, the planned end, how far behind) is
//! checked against these figures.

use mobilise_core::live::LiveCommand;
use mobilise_core::TechniqueId;

use crate::harness::Fixture;
use crate::transcript::Transcript;

/// Moments after the start, in milliseconds, around each threshold of the default
/// warnings (amber at 2 minutes left, red at 30 seconds) of a 10-minute first step.
const MOMENTS: [i64; 11] = [
    1_500, 300_000, 479_999, 480_000, 569_999, 570_000, 599_999, 600_000, 660_000, 700_000, 780_000,
];

#[test]
fn the_live_clock_is_recorded() {
    let mut t = Transcript::new("live-clock");

    t.scenario("one step running");
    let app = Fixture::temporary();
    let id = app.session(TechniqueId::AfterActionReview, &["Ana"]).id;
    t.labelled("not started")
        .live_open(&app, id)
        .expect("opens");
    let started = t
        .labelled("started")
        .live_command(&app, id, LiveCommand::Start)
        .expect("starts");
    assert_eq!(started.remaining_ms, 600_000, "a 10-minute first step");
    let mut at = 0;
    for moment in MOMENTS {
        app.wait_ms(moment - at);
        at = moment;
        t.labelled(&format!("after {moment} ms")).live_current(&app);
    }

    t.scenario("paused a minute in");
    let app = Fixture::temporary();
    let id = app.session(TechniqueId::AfterActionReview, &["Ana"]).id;
    t.live_open(&app, id).expect("opens");
    t.live_command(&app, id, LiveCommand::Start)
        .expect("starts");
    app.wait_ms(60_000);
    t.labelled("paused")
        .live_command(&app, id, LiveCommand::Pause)
        .expect("pauses");
    app.wait_ms(120_000);
    t.labelled("after 120000 ms").live_current(&app);

    t.check();
}
