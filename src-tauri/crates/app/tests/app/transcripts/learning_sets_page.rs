//! The learning sets page: each set with its members and meetings, a new set (refused
//! without a name), an edit, a deletion that keeps the meetings, and the next meeting
//! planned from a set.

use chrono::NaiveDate;
use mobilise_app::series;
use mobilise_core::series::SeriesInput;
use mobilise_core::TechniqueId;
use serde_json::json;
use uuid::Uuid;

use super::learning_set::{ward_leaders, WardLeaders};
use crate::transcript::Transcript;

const TECHNIQUE: TechniqueId = TechniqueId::ActionLearningSets;

/// The page opening: the sets and the people who can be members.
fn opened(t: &mut Transcript) -> WardLeaders {
    let set = ward_leaders(&[]);
    t.read(
        &set.app,
        "series_list",
        json!({ "technique": TECHNIQUE }),
        |store| series::list(store, TECHNIQUE),
    )
    .expect("the sets");
    t.read(&set.app, "people_list", json!({ "text": "" }), |store| {
        Ok(store.list_people("")?)
    })
    .expect("the people");
    set
}

fn input(name: &str, members: &[Uuid]) -> SeriesInput {
    SeriesInput {
        name: name.into(),
        members: members.to_vec(),
    }
}

#[test]
fn the_learning_sets_page_is_recorded() {
    let mut t = Transcript::new("learning-sets-page");

    t.scenario("the sets");
    opened(&mut t);

    t.scenario("a new set");
    let set = opened(&mut t);
    let dev = set.people[3];
    for name in ["", "Outpatient leads"] {
        let input = input(name, &[dev]);
        let args = json!({ "technique": TECHNIQUE, "series": input });
        let made = t.write(&set.app, "series_create", args, |store, now| {
            series::create(store, TECHNIQUE, &input, now, &mut || set.app.next_id())
        });
        assert_eq!(made.is_ok(), !name.is_empty(), "a set needs a name");
    }

    t.scenario("a set edited");
    let set = opened(&mut t);
    let input = input("Ward and theatre leaders", &[set.people[0], set.people[2]]);
    let args = json!({ "technique": TECHNIQUE, "id": set.set, "series": input });
    t.write(&set.app, "series_update", args, |store, now| {
        series::update(store, TECHNIQUE, set.set, &input, now)
    })
    .expect("edited");

    t.scenario("a set deleted");
    let set = opened(&mut t);
    let args = json!({ "technique": TECHNIQUE, "id": set.set });
    t.write(&set.app, "series_delete", args, |store, now| {
        series::delete(store, TECHNIQUE, set.set, now)
    })
    .expect("deleted");

    t.scenario("the next meeting planned");
    let set = opened(&mut t);
    let when = NaiveDate::from_ymd_opt(2026, 12, 2)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .expect("a valid time");
    let args = json!({ "technique": TECHNIQUE, "id": set.set, "scheduledAt": when });
    let next = t
        .labelled("the next meeting")
        .write(&set.app, "series_next_meeting", args, |store, now| {
            series::next_meeting(store, TECHNIQUE, set.set, when, now, &mut || {
                set.app.next_id()
            })
        })
        .expect("planned");
    assert_eq!(next.title, "Ward leaders: meeting 2");
    t.check();
}
