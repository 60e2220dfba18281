//! The series a technique runs as (recurring groups and programmes over weeks), beyond
//! any one meeting's record: each with its members and its meetings, the next meeting
//! planned from it (its members on the roster, its record linked to the series), and
//! the actions a meeting's report-in goes through. What differs by technique (how big a
//! series may be, what its meeting's record starts as) comes from the technique's rules.

use chrono::{DateTime, NaiveDateTime, Utc};
use mobilise_core::series::{Series, SeriesInput, SeriesRules};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::{
    Action, ParticipantInput, Person, Session, SessionDraft, SessionStatus, SessionSummary,
    TechniqueId,
};
use mobilise_store::{NewId, Store, StoreError};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{ErrorKind, IpcError, IpcResult};

/// A series as the console lists it: its members (from the people list) and its
/// meetings, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SeriesOverview {
    pub series: Series,
    pub members: Vec<Person>,
    pub meetings: Vec<SessionSummary>,
}

/// A series as a record prints it: its name and the actions reported in on.
pub struct SeriesRecord {
    pub name: String,
    pub carried: Vec<Action>,
}

fn stands_alone() -> IpcError {
    IpcError::new(
        ErrorKind::Invalid,
        "This technique's sessions stand alone: it does not run as a series of meetings.",
    )
}

fn rules(technique: TechniqueId) -> IpcResult<SeriesRules> {
    TechniqueRecord::series_rules(technique).ok_or_else(stands_alone)
}

/// The series of `technique` with this id, or the technique's own words for one that
/// is no longer there.
fn find(store: &Store, technique: TechniqueId, id: Uuid) -> IpcResult<Series> {
    let rules = rules(technique)?;
    match store.series(id) {
        Ok(series) if series.technique == technique => Ok(series),
        Ok(_) | Err(StoreError::NotFound { .. }) => Err(gone(&rules)),
        Err(other) => Err(other.into()),
    }
}

fn gone(rules: &SeriesRules) -> IpcError {
    IpcError::new(
        ErrorKind::NotFound,
        format!("That {} no longer exists.", rules.noun),
    )
}

/// The store's refusal in the technique's words when it is that the series has gone.
fn worded(err: StoreError, rules: &SeriesRules) -> IpcError {
    match err {
        StoreError::NotFound { .. } => gone(rules),
        other => other.into(),
    }
}

fn overview(store: &Store, series: Series, people: &[Person]) -> IpcResult<SeriesOverview> {
    let members = series
        .members
        .iter()
        .filter_map(|id| people.iter().find(|p| p.id == *id).cloned())
        .collect();
    let meetings = store.series_meetings(series.id)?;
    Ok(SeriesOverview {
        series,
        members,
        meetings,
    })
}

/// Every series of `technique`, by name.
pub fn list(store: &Store, technique: TechniqueId) -> IpcResult<Vec<SeriesOverview>> {
    rules(technique)?;
    let people = store.list_people("")?;
    store
        .series_of(technique)?
        .into_iter()
        .map(|series| overview(store, series, &people))
        .collect()
}

pub fn create(
    store: &mut Store,
    technique: TechniqueId,
    input: &SeriesInput,
    now: DateTime<Utc>,
    new_id: NewId<'_>,
) -> IpcResult<SeriesOverview> {
    let input = input.validated(&rules(technique)?)?;
    let series = store.create_series(new_id(), technique, &input, now)?;
    let people = store.list_people("")?;
    overview(store, series, &people)
}

pub fn update(
    store: &mut Store,
    technique: TechniqueId,
    id: Uuid,
    input: &SeriesInput,
    now: DateTime<Utc>,
) -> IpcResult<SeriesOverview> {
    let rules = rules(technique)?;
    let input = input.validated(&rules)?;
    find(store, technique, id)?;
    let series = store
        .update_series(id, &input, now)
        .map_err(|e| worded(e, &rules))?;
    let people = store.list_people("")?;
    overview(store, series, &people)
}

/// Removes the series; its meetings stay, no longer linked to it.
pub fn delete(
    store: &mut Store,
    technique: TechniqueId,
    id: Uuid,
    now: DateTime<Utc>,
) -> IpcResult<()> {
    let rules = rules(technique)?;
    find(store, technique, id)?;
    store.delete_series(id, now).map_err(|e| worded(e, &rules))
}

/// Plans the series' next meeting at `scheduled_at`: "<series>: meeting N", its members
/// on the roster, its record linked to the series so its report-in carries the open
/// actions forward.
pub fn next_meeting(
    store: &mut Store,
    technique: TechniqueId,
    id: Uuid,
    scheduled_at: NaiveDateTime,
    now: DateTime<Utc>,
    new_id: NewId<'_>,
) -> IpcResult<Session> {
    let series = find(store, technique, id)?;
    let record = TechniqueRecord::in_series(technique, id).ok_or_else(stands_alone)?;
    let people = store.list_people("")?;
    let count = store.series_meetings(id)?.len();
    let participants = series
        .members
        .iter()
        .filter_map(|member| people.iter().find(|p| p.id == *member))
        .map(|p| ParticipantInput {
            name: p.name.clone(),
            organisation: p.organisation.clone(),
            role: String::new(),
        })
        .collect();
    let draft = SessionDraft {
        technique,
        title: format!("{}: meeting {}", series.name, count + 1),
        scheduled_at,
        facilitator: String::new(),
        location: String::new(),
        purpose: String::new(),
        status: SessionStatus::Planned,
        participants,
    };
    let session = store.create_session(&draft, now, new_id)?;
    store.save_technique_record(session.id, &record, now)?;
    Ok(session)
}

/// The series a meeting is one of, or `None` if it has been removed since.
pub fn of_meeting(
    store: &Store,
    series_id: Uuid,
    session_id: Uuid,
) -> IpcResult<Option<SeriesRecord>> {
    let Ok(series) = store.series(series_id) else {
        return Ok(None);
    };
    Ok(Some(SeriesRecord {
        name: series.name,
        carried: carried(store, session_id)?,
    }))
}

/// The open actions of the series' earlier meetings, for this meeting's report-in, and
/// those closed since it started (they were reported in on here).
pub fn carried(store: &Store, session_id: Uuid) -> IpcResult<Vec<Action>> {
    let started = store.live_state(session_id)?.and_then(|s| s.started_at);
    Ok(store.carried_actions(session_id, started)?)
}
