//! Action Learning Sets as recurring groups, beyond one meeting's record: the sets with
//! their members and their series of meetings, the next meeting planned from a set (its
//! members on the roster, linked to the set), and the actions a meeting's report-in
//! goes through.

use chrono::{DateTime, NaiveDateTime, Utc};
use mobilise_core::techniques::action_learning_sets::{LearningSet, LearningSetInput, SetMeeting};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::{
    Action, ParticipantInput, Person, Session, SessionDraft, SessionStatus, SessionSummary,
    TechniqueId,
};
use mobilise_store::Store;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::IpcResult;

/// A set as the console lists it: its members (from the people list) and its meetings,
/// oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LearningSetOverview {
    pub set: LearningSet,
    pub members: Vec<Person>,
    pub meetings: Vec<SessionSummary>,
}

fn overview(store: &Store, set: LearningSet, people: &[Person]) -> IpcResult<LearningSetOverview> {
    let members = set
        .members
        .iter()
        .filter_map(|id| people.iter().find(|p| p.id == *id).cloned())
        .collect();
    let meetings = store.learning_set_meetings(set.id)?;
    Ok(LearningSetOverview {
        set,
        members,
        meetings,
    })
}

/// Every set, by name.
pub fn sets(store: &Store) -> IpcResult<Vec<LearningSetOverview>> {
    let people = store.list_people("")?;
    store
        .learning_sets()?
        .into_iter()
        .map(|set| overview(store, set, &people))
        .collect()
}

pub fn create_set(
    store: &mut Store,
    input: &LearningSetInput,
    now: DateTime<Utc>,
) -> IpcResult<LearningSetOverview> {
    let input = input.validated()?;
    let set = store.create_learning_set(Uuid::now_v7(), &input, now)?;
    let people = store.list_people("")?;
    overview(store, set, &people)
}

pub fn update_set(
    store: &mut Store,
    id: Uuid,
    input: &LearningSetInput,
    now: DateTime<Utc>,
) -> IpcResult<LearningSetOverview> {
    let input = input.validated()?;
    let set = store.update_learning_set(id, &input, now)?;
    let people = store.list_people("")?;
    overview(store, set, &people)
}

/// Removes the set; its meetings stay, no longer linked to it.
pub fn delete_set(store: &mut Store, id: Uuid, now: DateTime<Utc>) -> IpcResult<()> {
    Ok(store.delete_learning_set(id, now)?)
}

/// Plans the set's next meeting at `scheduled_at`: "<set>: meeting N", its members on
/// the roster, linked to the set so its report-in carries the open actions forward.
pub fn next_meeting(
    store: &mut Store,
    set_id: Uuid,
    scheduled_at: NaiveDateTime,
    now: DateTime<Utc>,
) -> IpcResult<Session> {
    let set = store.learning_set(set_id)?;
    let people = store.list_people("")?;
    let count = store.learning_set_meetings(set_id)?.len();
    let participants = set
        .members
        .iter()
        .filter_map(|id| people.iter().find(|p| p.id == *id))
        .map(|p| ParticipantInput {
            name: p.name.clone(),
            organisation: p.organisation.clone(),
            role: String::new(),
        })
        .collect();
    let draft = SessionDraft {
        technique: TechniqueId::ActionLearningSets,
        title: format!("{}: meeting {}", set.name, count + 1),
        scheduled_at,
        facilitator: String::new(),
        location: String::new(),
        purpose: String::new(),
        status: SessionStatus::Planned,
        participants,
    };
    let session = store.create_session(&draft, now, &mut Uuid::now_v7)?;
    let meeting = SetMeeting {
        set_id: Some(set_id),
        ..SetMeeting::default()
    };
    store.save_technique_record(
        session.id,
        &TechniqueRecord::ActionLearningSets(meeting),
        now,
    )?;
    Ok(session)
}

/// A series of meetings as a record prints it: its name and the actions reported in on.
pub struct SeriesRecord {
    pub name: String,
    pub carried: Vec<Action>,
}

/// The learning set a meeting is one of (the only kind of series so far), or `None` if
/// the set has been removed since.
pub fn series(store: &Store, set_id: Uuid, session_id: Uuid) -> IpcResult<Option<SeriesRecord>> {
    let Ok(set) = store.learning_set(set_id) else {
        return Ok(None);
    };
    Ok(Some(SeriesRecord {
        name: set.name,
        carried: carried(store, session_id)?,
    }))
}

/// The open actions of the set's earlier meetings, for this meeting's report-in, and
/// those closed since it started (they were reported in on here).
pub fn carried(store: &Store, session_id: Uuid) -> IpcResult<Vec<Action>> {
    let started = store.live_state(session_id)?.and_then(|s| s.started_at);
    Ok(store.carried_actions(session_id, started)?)
}
