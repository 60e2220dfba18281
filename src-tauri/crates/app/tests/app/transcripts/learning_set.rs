//! A learning set that has met once, for the console and the learning sets page: the
//! set "Ward leaders" (Asha, Ben and Cerys), its first meeting finished on 7 Oct with
//! actions left open, and the second on 4 Nov with Dev on its list too. What the UI asks
//! of them is recorded by the scenarios that use it.

use chrono::{NaiveDate, NaiveDateTime};
use mobilise_app::series;
use mobilise_core::live::LiveCommand;
use mobilise_core::series::SeriesInput;
use mobilise_core::{Action, ActionInput, ActionStatus, Session, TechniqueId};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::harness::Fixture;
use crate::transcript::{save, Transcript};

pub const PEOPLE: [(&str, &str, &str); 4] = [
    ("Asha Patel", "Ward 4", ""),
    ("Ben Hughes", "Pharmacy", ""),
    ("Cerys Jones", "Theatres", ""),
    ("Dev Rao", "Outpatients", ""),
];

pub struct WardLeaders {
    pub app: Fixture,
    pub meeting: Session,
    pub set: Uuid,
    /// Asha, Ben, Cerys and Dev.
    pub people: Vec<Uuid>,
}

fn at(month: u32, day: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, month, day)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .expect("a valid time")
}

/// The set's record of a meeting: `fields` over an empty one.
pub fn meeting(fields: Value) -> Value {
    let mut record = json!({
        "set_id": null, "bids": [], "gift_round": false, "rounds": [],
        "timings": { "presentation": 5, "questions": 20, "gift": 5, "learning": 5 },
    });
    for (key, value) in fields.as_object().expect("fields").clone() {
        record[key] = value;
    }
    json!({ "technique": "action-learning-sets", "record": record })
}

/// The set with its first meeting finished and `carried` (what, owner, open) left from
/// it, and the second meeting, its record untouched.
pub fn ward_leaders(carried: &[(&str, usize, bool)]) -> WardLeaders {
    let app = Fixture::temporary();
    let first = app.session_called(
        "Ward leaders: meeting 1",
        TechniqueId::ActionLearningSets,
        &PEOPLE[..3],
        at(10, 7),
    );
    let members: Vec<Uuid> = first.participants.iter().map(|p| p.person_id).collect();
    let input = SeriesInput {
        name: "Ward leaders".into(),
        members: members.clone(),
    };
    let set = app
        .app
        .write(|store, now| {
            Ok(series::create(
                store,
                TechniqueId::ActionLearningSets,
                &input,
                now,
                &mut || app.next_id(),
            ))
        })
        .and_then(|created| created)
        .expect("the set")
        .series
        .id;
    app.app
        .technique_change(first.id, save(meeting(json!({ "set_id": set }))))
        .expect("the first meeting is the set's");
    for (what, owner, open) in carried {
        let input = ActionInput {
            step_id: Some(4),
            what: (*what).into(),
            owner: PEOPLE[*owner].0.into(),
            owner_person_id: Some(members[*owner]),
            due_on: NaiveDate::from_ymd_opt(2026, 10, 31),
            status: if *open {
                ActionStatus::Open
            } else {
                ActionStatus::Done
            },
        };
        app.app
            .write(|store, now| store.add_action(first.id, &input, now, &mut || app.next_id()))
            .expect("an action of the first meeting");
    }
    app.finish(first.id);
    let meeting_two = app.session_called(
        "Ward leaders: meeting 2",
        TechniqueId::ActionLearningSets,
        &PEOPLE,
        at(11, 4),
    );
    let people = meeting_two
        .participants
        .iter()
        .map(|p| p.person_id)
        .collect();
    WardLeaders {
        app,
        meeting: meeting_two,
        set,
        people,
    }
}

impl WardLeaders {
    /// Saves the second meeting's record as it was before the console was opened.
    pub fn keep(&self, record: Value) {
        self.app
            .app
            .technique_change(self.meeting.id, save(record))
            .expect("the second meeting's record");
    }

    /// Runs the live session on as the facilitator did before the console was opened.
    pub fn run(&self, commands: &[LiveCommand]) {
        self.app.app.live_open(self.meeting.id).expect("opens");
        for command in commands {
            self.app
                .app
                .live_command(self.meeting.id, command.clone())
                .expect("runs");
        }
    }

    /// The set's series and this meeting's report-in, as the console (re)reads them.
    pub fn series_read(&self, t: &mut Transcript) -> Vec<Action> {
        let app = &self.app;
        let technique = TechniqueId::ActionLearningSets;
        t.read(
            app,
            "series_list",
            json!({ "technique": technique }),
            |store| series::list(store, technique),
        )
        .expect("the sets");
        let id = self.meeting.id;
        t.read(app, "series_carried", json!({ "sessionId": id }), |store| {
            series::carried(store, id)
        })
        .expect("the actions carried forward")
    }

    /// The run screen opening on the second meeting: the session, its live state, its
    /// record and the set's (with the actions carried forward).
    pub fn opened(&self, t: &mut Transcript) -> (Value, Vec<Action>) {
        let id = self.meeting.id;
        t.session_get(&self.app, id);
        t.live_open(&self.app, id).expect("opens");
        let view = t.technique_get(&self.app, id).expect("the record");
        let carried = self.series_read(t);
        (serde_json::to_value(view.record).expect("JSON"), carried)
    }

    /// Saves the meeting as the console sends it, returning the record Rust kept.
    pub fn saved(&self, t: &mut Transcript, record: Value) -> Value {
        let view = t
            .technique_change(&self.app, self.meeting.id, save(record))
            .expect("saved");
        serde_json::to_value(view.record).expect("JSON")
    }
}
