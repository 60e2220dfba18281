//! The guided techniques' own records on the console and the projector: read and saved
//! whole (validated against the session's roster), kept by the running session so the
//! room sees its part, and for an Action Learning Set, the rounds its bids plan and the
//! sets and meeting series it belongs to.

mod display;
mod learning_sets;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use mobilise_core::guided::{GuidedRecord, MarkSummary, RiskRating};
use mobilise_core::live::{LiveCommand, LiveState, LiveStatus};
use mobilise_core::{Action, Session, SessionStatus};
use mobilise_store::Store;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::database::Database;
use crate::error::{ErrorKind, IpcError, IpcResult};
pub use display::GuidedDisplay;
pub use learning_sets::{
    carried, create_set, delete_set, next_meeting, sets, update_set, LearningSetOverview,
};

/// A guided record as the running session keeps it, with what its display needs.
#[derive(Debug, Clone, PartialEq)]
pub struct GuidedLive {
    record: GuidedRecord,
    names: HashMap<Uuid, String>,
    actions: Vec<Action>,
}

impl GuidedLive {
    fn new(record: GuidedRecord, session: &Session, actions: Vec<Action>) -> GuidedLive {
        GuidedLive {
            record,
            names: names(session),
            actions,
        }
    }

    pub fn display(&self, state: &mobilise_core::live::LiveState) -> GuidedDisplay {
        display::display(&self.record, state, &self.names, &self.actions)
    }
}

/// A risk's place on the 5×5 matrix, worked out once here for the console.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RiskScore {
    pub id: Uuid,
    pub score: u32,
    pub rating: RiskRating,
}

/// The console's view of a guided record: the record, and what the rules make of it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct GuidedOverview {
    pub record: GuidedRecord,
    /// A Retrospect's marks, summed up as the room sees them.
    pub marks: Option<MarkSummary>,
    /// A Before Action Review's risks, worst first.
    pub risks: Vec<RiskScore>,
    /// A learning set meeting's presenters, in the order the bids set.
    pub order: Vec<Uuid>,
    /// A Peer Assist's days of notice the peers had, once invited.
    #[ts(type = "number | null")]
    pub notice_days: Option<i64>,
    /// Once finished, the record is read-only.
    pub finished: bool,
}

fn names(session: &Session) -> HashMap<Uuid, String> {
    session
        .participants
        .iter()
        .map(|p| (p.person_id, p.name.clone()))
        .collect()
}

fn roster(session: &Session) -> Vec<Uuid> {
    session.participants.iter().map(|p| p.person_id).collect()
}

fn no_record() -> IpcError {
    IpcError::new(
        ErrorKind::Invalid,
        "This technique keeps no record of its own besides its notes and actions.",
    )
}

/// The session's record, or an empty one for its technique.
fn read(store: &Store, session: &Session) -> IpcResult<GuidedRecord> {
    let empty = GuidedRecord::empty_for(session.technique).ok_or_else(no_record)?;
    let stored = store.guided_record(session.id)?;
    Ok(stored
        .filter(|r| r.technique() == session.technique)
        .unwrap_or(empty))
}

/// What the running session keeps for a guided technique, if this is one.
pub fn stored(store: &Store, session: &Session) -> Option<GuidedLive> {
    let record = read(store, session).ok()?;
    let actions = store.session_actions(session.id).unwrap_or_default();
    Some(GuidedLive::new(record, session, actions))
}

fn overview(record: GuidedRecord, session: &Session, finished: bool) -> GuidedOverview {
    let mut out = GuidedOverview {
        marks: None,
        risks: Vec::new(),
        order: Vec::new(),
        notice_days: None,
        finished,
        record: record.clone(),
    };
    match &record {
        GuidedRecord::Retrospect(marks) => out.marks = Some(marks.summary()),
        GuidedRecord::BeforeActionReview(plan) => {
            out.risks = plan
                .ranked_risks()
                .into_iter()
                .map(|r| RiskScore {
                    id: r.id,
                    score: r.score(),
                    rating: r.rating(),
                })
                .collect();
        }
        GuidedRecord::ActionLearningSets(meeting) => {
            out.order = meeting
                .bidding_order()
                .into_iter()
                .map(|b| b.person_id)
                .collect();
        }
        GuidedRecord::PeerAssist(record) => {
            out.notice_days = record.notice_days(session.scheduled_at.date());
        }
        GuidedRecord::AppreciativeInquiry(_) => {}
    }
    out
}

fn is_finished(store: &Store, session: &Session) -> IpcResult<bool> {
    Ok(session.status == SessionStatus::Finished
        || store
            .live_state(session.id)?
            .is_some_and(|s| s.status == LiveStatus::Finished))
}

/// The session's guided record for the console.
pub fn get(db: &Database, session_id: Uuid) -> IpcResult<GuidedOverview> {
    db.with(|store| {
        Ok((|| {
            let session = store.session(session_id)?;
            let record = read(store, &session)?;
            let finished = is_finished(store, &session)?;
            Ok(overview(record, &session, finished))
        })())
    })?
}

/// Saves the record whole, once valid. A finished session's record can no longer
/// change.
pub fn save(
    db: &Database,
    session_id: Uuid,
    record: GuidedRecord,
    now: DateTime<Utc>,
) -> IpcResult<GuidedOverview> {
    db.with(|store| {
        Ok((|| {
            let session = store.session(session_id)?;
            if GuidedRecord::empty_for(session.technique).is_none() {
                return Err(no_record());
            }
            if record.technique() != session.technique {
                return Err(IpcError::new(
                    ErrorKind::Invalid,
                    "That record belongs to another technique.",
                ));
            }
            if is_finished(store, &session)? {
                return Err(IpcError::new(
                    ErrorKind::Invalid,
                    "This session has finished, so its record can no longer change.",
                ));
            }
            let record = record.validated(&roster(&session))?;
            store.save_guided_record(session_id, &record, now)?;
            Ok(overview(record, &session, false))
        })())
    })?
}

/// An Action Learning Set's bids plan the rounds: each presenter's steps, in bidding
/// order, replace the agenda after the Bidding step (through `run`, the live session),
/// and the record learns which steps are whose round.
pub fn plan_rounds(
    db: &Database,
    session_id: Uuid,
    now: DateTime<Utc>,
    run: impl FnOnce(LiveCommand) -> IpcResult<LiveState>,
) -> IpcResult<GuidedOverview> {
    let (session, meeting) = db.with(|store| {
        Ok((|| {
            let session = store.session(session_id)?;
            match read(store, &session)? {
                GuidedRecord::ActionLearningSets(meeting) => Ok((session, meeting)),
                _ => Err(IpcError::new(
                    ErrorKind::Invalid,
                    "Only an Action Learning Set plans rounds from bids.",
                )),
            }
        })())
    })??;
    if meeting.bids.is_empty() {
        return Err(IpcError::new(
            ErrorKind::Invalid,
            "Nobody has bid for time yet: take the bids first.",
        ));
    }
    let names = names(&session);
    let plan =
        meeting.round_plan(|id| names.get(&id).cloned().unwrap_or_else(|| "A member".into()));
    let bidding = state_of(db, session_id)?
        .and_then(|state| state.agenda.keyed(BIDDING).map(|s| s.id))
        .ok_or_else(|| {
            IpcError::new(
                ErrorKind::Invalid,
                "This meeting's agenda has no Bidding step to plan the rounds after.",
            )
        })?;
    let state = run(LiveCommand::SetUpcoming {
        after: bidding,
        steps: plan.steps.clone(),
    })?;
    let agenda = &state.agenda;
    let after = agenda.position(bidding).unwrap_or(0);
    let ids: Vec<u32> = agenda.steps.iter().skip(after + 1).map(|s| s.id).collect();
    let planned = meeting.with_rounds(&plan, &ids);
    save(
        db,
        session_id,
        GuidedRecord::ActionLearningSets(planned),
        now,
    )
}

/// The framework's Bidding step: the rounds are planned to follow it.
const BIDDING: &str = "bidding";

fn state_of(db: &Database, session_id: Uuid) -> IpcResult<Option<LiveState>> {
    db.with(|store| store.live_state(session_id))
}
