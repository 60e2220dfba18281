//! The people list: one record per person (matched by name and organisation), reused by
//! every session they take part in, and editable or removable everywhere at once.

use chrono::{DateTime, Utc};
use mobilise_core::text::person_key;
use mobilise_core::{ParticipantInput, Person, PersonInput};
use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::sql::{parse_id, stamp, Words};
use crate::{NewId, Store};

/// The id of the person a participant row names, adding them to the people list if they
/// are new. The participant's text is already validated.
pub(crate) fn resolve(
    tx: &Transaction<'_>,
    input: &ParticipantInput,
    now: DateTime<Utc>,
    new_id: NewId<'_>,
) -> Result<Uuid> {
    let key = person_key(&input.name, &input.organisation);
    let existing: Option<String> = tx
        .query_row(
            "SELECT id FROM people WHERE person_key = ?1",
            [&key],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(id) = existing {
        return parse_id(&id);
    }
    let id = new_id();
    tx.execute(
        "INSERT INTO people (id, name, organisation, person_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            id.to_string(),
            input.name,
            input.organisation,
            key,
            stamp(now)
        ],
    )?;
    Ok(id)
}

impl Store {
    /// Everyone in the people list, by name; `text` narrows it to names or organisations
    /// containing those words.
    pub fn list_people(&self, text: &str) -> Result<Vec<Person>> {
        let filter = Words::parse(text);
        let mut stmt = self.conn.prepare(
            "SELECT p.id, p.name, p.organisation,
                    (SELECT count(*) FROM session_participants sp
                       JOIN sessions s ON s.id = sp.session_id
                      WHERE sp.person_id = p.id AND s.deleted_at IS NULL)
               FROM people p
              ORDER BY p.name COLLATE NOCASE, p.organisation COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, u32>(3)?,
            ))
        })?;
        let mut people = Vec::new();
        for row in rows {
            let (id, name, organisation, session_count) = row?;
            if !filter.all_in(&[&name, &organisation]) {
                continue;
            }
            people.push(Person {
                id: parse_id(&id)?,
                name,
                organisation,
                session_count,
            });
        }
        Ok(people)
    }

    /// Corrects a person's name or organisation everywhere they appear.
    pub fn update_person(
        &mut self,
        id: Uuid,
        input: &PersonInput,
        now: DateTime<Utc>,
    ) -> Result<Person> {
        let clean = input.validated()?;
        let key = person_key(&clean.name, &clean.organisation);
        let tx = self.conn.transaction()?;
        let clash: Option<String> = tx
            .query_row(
                "SELECT id FROM people WHERE person_key = ?1 AND id <> ?2",
                params![key, id.to_string()],
                |row| row.get(0),
            )
            .optional()?;
        if clash.is_some() {
            return Err(mobilise_core::ValidationError {
                field: "name".into(),
                message: format!(
                    "{} is already in the people list{}.",
                    clean.name,
                    if clean.organisation.is_empty() {
                        String::new()
                    } else {
                        format!(" at {}", clean.organisation)
                    }
                ),
            }
            .into());
        }
        let changed = tx.execute(
            "UPDATE people SET name = ?2, organisation = ?3, person_key = ?4, updated_at = ?5
              WHERE id = ?1",
            params![
                id.to_string(),
                clean.name,
                clean.organisation,
                key,
                stamp(now)
            ],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound {
                what: "That person",
            });
        }
        // Actions they own carry their name as the owner: correct it there too.
        tx.execute(
            "UPDATE actions SET owner = ?2, updated_at = ?3
              WHERE owner_person_id = ?1 AND owner <> ?2",
            params![id.to_string(), clean.name, stamp(now)],
        )?;
        tx.commit()?;
        self.list_people("")?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or(StoreError::NotFound {
                what: "That person",
            })
    }

    /// Removes a person from the people list and from every session (personal data),
    /// and blanks the owner of the actions they owned: the actions stay, unassigned.
    pub fn delete_person(&mut self, id: Uuid) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE actions SET owner = '', owner_person_id = NULL WHERE owner_person_id = ?1",
            [id.to_string()],
        )?;
        let changed = tx.execute("DELETE FROM people WHERE id = ?1", [id.to_string()])?;
        if changed == 0 {
            return Err(StoreError::NotFound {
                what: "That person",
            });
        }
        tx.commit()?;
        Ok(())
    }
}
