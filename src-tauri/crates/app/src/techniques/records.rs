//! Every technique that keeps a record behind core's contract, through one pair of
//! operations: read the record with the rules' reading of it, and change it (saved whole
//! or by one of the technique's own changes). What is generic lives here once: reading
//! the record or the technique's empty one, refusing changes once the session has
//! finished, storing the result and telling the live session what it must do.

use chrono::{DateTime, Utc};
use mobilise_core::live::{LiveState, LiveStatus};
use mobilise_core::techniques::{
    Context, NoRecord, RuleError, Staged, TechniqueChange, TechniqueOverview, TechniqueRecord,
    TimeUp,
};
use mobilise_core::{Action, LiveEvent, Note, Session, SessionStatus};
use mobilise_store::{NewId, Store};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::database::Database;
use crate::deadline::{Deadline, PLAN_BUDGET};
use crate::error::{ErrorKind, IpcError, IpcResult};
use crate::outcome::{At, Changed};

/// A session's record as the console shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TechniqueView {
    pub record: TechniqueRecord,
    /// The rules' reading of the record (a risk's score, the median mark...).
    pub overview: TechniqueOverview,
    /// Once finished, the record is read-only.
    pub finished: bool,
    /// Some steps' notes stay out of an exported record unless the facilitator includes
    /// them (rounds a group agreed to keep confidential).
    pub confidential: bool,
}

/// A record as the running session keeps it, with what the room's view of it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordLive {
    record: TechniqueRecord,
    session: Session,
    notes: Vec<Note>,
    actions: Vec<Action>,
    live_log: Vec<LiveEvent>,
}

impl RecordLive {
    pub fn display(&self, state: &LiveState, now: DateTime<Utc>) -> Staged {
        let ctx = Context {
            session: &self.session,
            notes: &self.notes,
            actions: &self.actions,
            live: Some(state),
            live_log: &self.live_log,
            now,
            seed: 0,
            time_up: TimeUp::never(),
        };
        self.record.stage(state, &ctx)
    }

    /// Keeps the live session's command, so what the room sees can follow when the
    /// session's clock ran (talk time that stops while the session is paused).
    pub fn record_live(&mut self, event: LiveEvent) {
        self.live_log.push(event);
    }
}

impl From<RuleError> for IpcError {
    fn from(err: RuleError) -> Self {
        match err {
            RuleError::Invalid(invalid) => IpcError::from(invalid),
            RuleError::Refused(message) => IpcError::new(ErrorKind::Invalid, message),
            RuleError::Live(live) => IpcError::new(ErrorKind::Invalid, live.to_string()),
        }
    }
}

fn no_record() -> IpcError {
    NoRecord::refused().into()
}

/// The session's record, or an empty one for its technique.
fn read(store: &Store, session: &Session) -> IpcResult<TechniqueRecord> {
    let empty = TechniqueRecord::empty_for(session.technique).ok_or_else(no_record)?;
    let stored = store.technique_record(session.id)?;
    Ok(stored
        .filter(|r| r.technique() == session.technique)
        .unwrap_or(empty))
}

/// What the running session keeps of a technique with a record, if this is one.
pub fn stored(store: &Store, session: &Session) -> Option<RecordLive> {
    let record = read(store, session).ok()?;
    let notes = store.notes(session.id).unwrap_or_default();
    let actions = store.session_actions(session.id).unwrap_or_default();
    let live_log = store.live_events(session.id).unwrap_or_default();
    Some(RecordLive {
        record,
        session: session.clone(),
        notes,
        actions,
        live_log,
    })
}

fn is_finished(session: &Session, live: Option<&LiveState>) -> bool {
    session.status == SessionStatus::Finished
        || live.is_some_and(|s| s.status == LiveStatus::Finished)
}

/// What a rule needs to know of the session, read once.
struct Facts {
    session: Session,
    notes: Vec<Note>,
    actions: Vec<Action>,
    live: Option<LiveState>,
    live_log: Vec<LiveEvent>,
}

impl Facts {
    fn read(store: &Store, session_id: Uuid) -> IpcResult<Facts> {
        Ok(Facts {
            session: store.session(session_id)?,
            notes: store.notes(session_id)?,
            actions: store.session_actions(session_id)?,
            live: store.live_state(session_id)?,
            live_log: store.live_events(session_id)?,
        })
    }

    fn context<'a>(&'a self, now: DateTime<Utc>, seed: u32, time_up: TimeUp<'a>) -> Context<'a> {
        Context {
            session: &self.session,
            notes: &self.notes,
            actions: &self.actions,
            live: self.live.as_ref(),
            live_log: &self.live_log,
            now,
            seed,
            time_up,
        }
    }

    fn view(&self, record: TechniqueRecord, now: DateTime<Utc>) -> TechniqueView {
        TechniqueView {
            overview: record.overview(&self.context(now, 0, TimeUp::never())),
            finished: is_finished(&self.session, self.live.as_ref()),
            confidential: !record.confidential_steps().is_empty(),
            record,
        }
    }
}

/// The session's record for the console.
pub fn get(db: &Database, session_id: Uuid, now: DateTime<Utc>) -> IpcResult<TechniqueView> {
    db.with(|store| {
        Ok((|| {
            let facts = Facts::read(store, session_id)?;
            let record = read(store, &facts.session)?;
            Ok(facts.view(record, now))
        })())
    })?
}

/// Applies the console's change and stores the record it leads to. People the change
/// brings (walk-ins) join the session first, so the rule finds them on the roster. A
/// finished session's record can no longer change, but for what its technique allows.
pub fn change(
    db: &Database,
    session_id: Uuid,
    change: TechniqueChange,
    at: At,
    new_id: NewId<'_>,
) -> IpcResult<Changed<TechniqueView>> {
    db.with(|store| {
        Ok((|| {
            let mut facts = Facts::read(store, session_id)?;
            let current = read(store, &facts.session)?;
            if is_finished(&facts.session, facts.live.as_ref()) && !change.after_finish() {
                return Err(IpcError::new(
                    ErrorKind::Invalid,
                    "This session has finished, so its record can no longer change.",
                ));
            }
            if change.technique() != facts.session.technique {
                return Err(RuleError::refused("That change belongs to another technique.").into());
            }
            let joining = change.joining();
            if !joining.is_empty() {
                for person in &joining {
                    store.add_participant(session_id, person, at.now, new_id)?;
                }
                facts = Facts::read(store, session_id)?;
            }
            let deadline = Deadline::after(PLAN_BUDGET);
            let out_of_time = || deadline.passed();
            let ctx = facts.context(at.now, at.seed, TimeUp(&out_of_time));
            let outcome = match change {
                TechniqueChange::Save { record } => current.save(record, &ctx)?,
                TechniqueChange::Own { change } => current.apply(change, &ctx)?,
            };
            store.save_technique_record(session_id, &outcome.record, at.now)?;
            Ok(Changed {
                reply: facts.view(outcome.record, at.now),
                agenda: outcome.agenda,
            })
        })())
    })?
}
