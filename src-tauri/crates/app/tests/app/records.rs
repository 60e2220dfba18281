//! Techniques with a record through the app's two generic operations: a change is
//! refused or stored by the technique's own rules, the room's view follows it, a change
//! that moves the agenda is applied by the engine, and a finished session's record stays
//! as it was.

use mobilise_app::techniques::records;
use mobilise_app::techniques::TechniqueDisplay;
use mobilise_core::live::LiveCommand;
use mobilise_core::techniques::action_learning_sets::{Bid, MeetingChange, Need, SetMeeting};
use mobilise_core::techniques::retrospect::{Mark, RetrospectMarks};
use mobilise_core::techniques::{OwnChange, TechniqueChange, TechniqueOverview, TechniqueRecord};
use mobilise_core::TechniqueId;
use uuid::Uuid;

use crate::harness::Fixture;

fn save(
    app: &Fixture,
    session: Uuid,
    record: TechniqueRecord,
) -> mobilise_app::IpcResult<records::TechniqueView> {
    app.app
        .technique_change(session, TechniqueChange::Save { record })
}

fn marks(people: &[Uuid], given: &[u8]) -> TechniqueRecord {
    TechniqueRecord::Retrospect(RetrospectMarks {
        marks: people
            .iter()
            .zip(given)
            .map(|(person, mark)| Mark {
                person_id: *person,
                mark: Some(*mark),
                make_it_ten: String::new(),
            })
            .collect(),
    })
}

#[test]
fn saved_marks_reach_the_room_at_once_and_a_refused_save_changes_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Fixture::on(tmp.path());
    let session = app.session(TechniqueId::Retrospect, &["Ana", "Ben"]);
    let people: Vec<Uuid> = session.participants.iter().map(|p| p.person_id).collect();
    app.app.live_open(session.id).expect("opens");
    app.app
        .live_command(session.id, LiveCommand::Start)
        .expect("starts");

    let before = app.views();
    let view = save(&app, session.id, marks(&people, &[6, 9])).expect("saved");
    assert!(
        !view.confidential,
        "a Retrospect keeps nothing confidential"
    );
    let TechniqueOverview::Retrospect(overview) = view.overview else {
        panic!("a Retrospect's overview");
    };
    assert_eq!(overview.summary.median, Some(7.5));
    assert_eq!(app.views(), before + 1, "the room was told once");
    let Some(TechniqueDisplay::Record(staged)) = app.last_view().technique else {
        panic!("the record's part of the room's view");
    };
    let shown = serde_json::to_string(&staged).expect("JSON");
    assert!(shown.contains("\"median\":7.5"), "{shown}");

    let refused = save(&app, session.id, marks(&people, &[11])).expect_err("out of 10");
    assert!(refused.message.contains("out of 10"), "{}", refused.message);
    assert_eq!(
        app.views(),
        before + 1,
        "nothing changed, so nothing was said"
    );
    let read = app.app.technique_get(session.id).expect("read");
    assert_eq!(read.record, marks(&people, &[6, 9]));
}

#[test]
fn a_learning_set_plans_its_rounds_on_the_running_agenda() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Fixture::on(tmp.path());
    let session = app.session(TechniqueId::ActionLearningSets, &["Ana", "Ben"]);
    let people: Vec<Uuid> = session.participants.iter().map(|p| p.person_id).collect();
    let meeting = SetMeeting {
        bids: vec![
            Bid {
                person_id: people[0],
                need: Need::Low,
                issue: String::new(),
            },
            Bid {
                person_id: people[1],
                need: Need::High,
                issue: String::new(),
            },
        ],
        ..SetMeeting::default()
    };
    save(
        &app,
        session.id,
        TechniqueRecord::ActionLearningSets(meeting),
    )
    .expect("bids saved");
    app.app.live_open(session.id).expect("opens");
    app.app
        .live_command(session.id, LiveCommand::Start)
        .expect("starts");
    app.app
        .live_command(session.id, LiveCommand::Next)
        .expect("to bidding");

    let change = TechniqueChange::Own {
        change: OwnChange::ActionLearningSets(MeetingChange::PlanRounds),
    };
    let view = app
        .app
        .technique_change(session.id, change)
        .expect("planned");
    let TechniqueRecord::ActionLearningSets(planned) = view.record else {
        panic!("a meeting");
    };
    let live = app.last_view();
    let titles: Vec<&str> = live
        .state
        .agenda
        .steps
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles[2], "Ben: presentation", "greatest need first");
    let first_round = &planned.rounds[0];
    assert_eq!(first_round.presenter, people[1]);
    assert_eq!(
        first_round.step_ids[0], live.state.agenda.steps[2].id,
        "the meeting knows the ids the engine gave"
    );
    let Some(TechniqueDisplay::Record(staged)) = live.technique else {
        panic!("the meeting's part of the room's view");
    };
    assert!(staged.shows, "the bidding order is up while the set bids");

    assert!(!view.confidential, "no round is confidential yet");
    let mut private = planned.clone();
    private.rounds[0].confidential = true;
    let view = save(
        &app,
        session.id,
        TechniqueRecord::ActionLearningSets(private),
    )
    .expect("marked confidential");
    assert!(
        view.confidential,
        "the export offers to include the confidential round's notes"
    );
}

#[test]
fn a_finished_sessions_record_can_no_longer_change() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Fixture::on(tmp.path());
    let session = app.session(TechniqueId::Retrospect, &["Ana"]);
    let people: Vec<Uuid> = session.participants.iter().map(|p| p.person_id).collect();
    app.app.live_open(session.id).expect("opens");
    app.app
        .live_command(session.id, LiveCommand::Start)
        .expect("starts");
    app.app
        .live_command(session.id, LiveCommand::Finish)
        .expect("finishes");
    let refused = save(&app, session.id, marks(&people, &[8])).expect_err("finished");
    assert!(refused.message.contains("finished"), "{}", refused.message);
    let read = app.app.technique_get(session.id).expect("read");
    assert!(read.finished);
    assert_eq!(
        read.record,
        TechniqueRecord::Retrospect(RetrospectMarks::default())
    );
}
