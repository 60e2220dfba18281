//! Someone who joins a session's participants after it was planned: a walk-in on the
//! day, or a list pasted or imported before it.

use chrono::{DateTime, Utc};
use mobilise_core::text::{char_len, clean_line};
use mobilise_core::validation::MAX_PARTICIPANTS;
use mobilise_core::{Participant, ParticipantInput, PersonInput, ValidationError};
use rusqlite::params;
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::sql::stamp;
use crate::{people, require_live_session, NewId, Store};

impl Store {
    /// Adds someone to a session's participants after it was planned (a walk-in), at the
    /// end of the list, and returns them as listed. Someone already listed is returned
    /// as they are.
    pub fn add_participant(
        &mut self,
        session: Uuid,
        input: &ParticipantInput,
        now: DateTime<Utc>,
        new_id: NewId<'_>,
    ) -> Result<Participant> {
        let person = PersonInput {
            name: input.name.clone(),
            organisation: input.organisation.clone(),
        }
        .validated()?;
        let role = clean_line(&input.role);
        if char_len(&role) > mobilise_core::validation::MAX_LINE_CHARS {
            return Err(ValidationError::new("role", "This role is too long.").into());
        }
        let input = ParticipantInput {
            name: person.name,
            organisation: person.organisation,
            role,
        };
        let tx = self.conn.transaction()?;
        require_live_session(&tx, session)?;
        let person = people::resolve(&tx, &input, now, new_id)?;
        let (count, listed): (i64, bool) = tx.query_row(
            "SELECT count(*), coalesce(sum(person_id = ?2), 0) > 0
               FROM session_participants WHERE session_id = ?1",
            params![session.to_string(), person.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        if !listed {
            if usize::try_from(count).unwrap_or(usize::MAX) >= MAX_PARTICIPANTS {
                return Err(StoreError::Invalid(ValidationError::new(
                    "name",
                    format!("A session can list at most {MAX_PARTICIPANTS} participants."),
                )));
            }
            tx.execute(
                "INSERT INTO session_participants (session_id, person_id, role, position)
                 VALUES (?1, ?2, ?3, ?4)",
                params![session.to_string(), person.to_string(), input.role, count],
            )?;
            tx.execute(
                "UPDATE sessions SET updated_at = ?2 WHERE id = ?1",
                params![session.to_string(), stamp(now)],
            )?;
        }
        tx.commit()?;
        self.session(session)?
            .participants
            .into_iter()
            .find(|p| p.person_id == person)
            .ok_or(StoreError::NotFound {
                what: "That participant",
            })
    }
}
