//! Turning the café's record into a request for the seating planner, and its answer back
//! into the record: rounds that have started stay as they were played, the rest are
//! planned again for whoever is there now. Also the changes on the day that call for a
//! new plan: someone leaves, someone walks in.

use std::collections::HashMap;

use thiserror::Error;
use uuid::Uuid;

use super::record::{Cafe, CafePlan, KeepApart, TableNote};
use crate::record::MAX_NOTE_CHARS;
use crate::seating::{self, Budget, Guest, PlanError, PlanRequest};
use crate::text::{char_len, clean_block};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CafeError {
    #[error("{0}")]
    Plan(String),
    #[error("Add the people coming to the café first: there is nobody to seat.")]
    NobodyToSeat,
    #[error("That person is not at this café.")]
    UnknownGuest,
    #[error("Every round has started, so there is nothing left to plan.")]
    NothingToPlan,
    #[error("Choose two different people to keep apart.")]
    SamePerson,
    #[error("There is no such table or round at this café.")]
    NoSuchTable,
    #[error("The note is too long: keep it under {MAX_NOTE_CHARS} characters.")]
    NoteTooLong,
}

impl From<PlanError> for CafeError {
    fn from(error: PlanError) -> Self {
        CafeError::Plan(error.to_string())
    }
}

impl Cafe {
    /// Plans the rounds from `played` on (rounds before it are kept as they were),
    /// seating whoever attends each; the planner's stop condition and randomness come
    /// from the caller.
    pub fn replan(
        &mut self,
        played: u32,
        seed: u32,
        budget: &mut dyn Budget,
    ) -> Result<&CafePlan, CafeError> {
        let played = played.min(self.setup.rounds);
        let attending_later = self
            .guests
            .iter()
            .any(|g| (played..self.setup.rounds).any(|round| g.attends(round)));
        if played < self.setup.rounds && !attending_later {
            return Err(CafeError::NobodyToSeat);
        }
        let ids: Vec<Uuid> = self.guests.iter().map(|g| g.person_id).collect();
        let index: HashMap<Uuid, u32> = ids
            .iter()
            .enumerate()
            .filter_map(|(i, id)| u32::try_from(i).ok().map(|i| (*id, i)))
            .collect();
        let kept: Vec<Vec<Vec<u32>>> = self
            .plan
            .as_ref()
            .map(|plan| {
                plan.rounds
                    .iter()
                    .take(played as usize)
                    .map(|tables| {
                        tables
                            .iter()
                            .map(|t| t.iter().filter_map(|id| index.get(id).copied()).collect())
                            .collect()
                    })
                    .collect()
            })
            .unwrap_or_default();
        // A round that started before any plan existed has no record of who sat where;
        // planning it as if it were still to come is the best the record can say.
        let played = u32::try_from(kept.len()).unwrap_or(played);
        let absent: Vec<u32> = self
            .guests
            .iter()
            .enumerate()
            .filter(|(_, g)| !g.attends(played))
            .filter_map(|(i, _)| u32::try_from(i).ok())
            .collect();
        let request = PlanRequest {
            guests: self
                .guests
                .iter()
                .map(|g| Guest {
                    team: Some(g.team.clone()).filter(|t| !t.is_empty()),
                    host_table: g.host_table,
                })
                .collect(),
            tables: u32::try_from(self.setup.tables.len()).unwrap_or(u32::MAX),
            max_size: self.setup.table_max,
            rounds: self.setup.rounds,
            played: kept,
            absent,
            earlier: Vec::new(),
            keep_apart: self
                .keep_apart
                .iter()
                .filter_map(|pair| Some((*index.get(&pair.first)?, *index.get(&pair.second)?)))
                .collect(),
            seed,
        };
        let plan = seating::plan(&request, budget)?;
        let rounds = plan
            .rounds
            .iter()
            .map(|tables| {
                tables
                    .iter()
                    .map(|t| {
                        t.iter()
                            .filter_map(|i| ids.get(*i as usize).copied())
                            .collect()
                    })
                    .collect()
            })
            .collect();
        Ok(self.plan.insert(CafePlan {
            rounds,
            repeats: plan.repeats,
            lower_bound: plan.lower_bound,
            optimal: plan.optimal,
            seed,
            warnings: plan.warnings.iter().map(|w| w.message()).collect(),
            played,
        }))
    }

    /// Marks someone absent from round `from` on; they are left out of later plans.
    pub fn mark_absent(&mut self, person: Uuid, from: u32) -> Result<(), CafeError> {
        let guest = self.guest_mut(person).ok_or(CafeError::UnknownGuest)?;
        guest.absent_from = Some(from.max(guest.joined_round));
        Ok(())
    }

    /// Undoes [`Cafe::mark_absent`]: they are seated again from the next plan.
    pub fn mark_present(&mut self, person: Uuid) -> Result<(), CafeError> {
        let guest = self.guest_mut(person).ok_or(CafeError::UnknownGuest)?;
        guest.absent_from = None;
        Ok(())
    }

    /// Seats a walk-in at the least full table of the round under way, so they can join
    /// a conversation straight away; later rounds are then planned with them.
    pub fn seat_now(&mut self, person: Uuid, round: u32) -> Result<(), CafeError> {
        if self.guest(person).is_none() {
            return Err(CafeError::UnknownGuest);
        }
        let Some(tables) = self
            .plan
            .as_mut()
            .and_then(|plan| plan.rounds.get_mut(round as usize))
        else {
            return Ok(());
        };
        if tables.iter().any(|t| t.contains(&person)) {
            return Ok(());
        }
        if let Some(smallest) = tables.iter_mut().min_by_key(|t| t.len()) {
            smallest.push(person);
        }
        Ok(())
    }

    pub fn set_host(&mut self, person: Uuid, table: Option<u32>) -> Result<(), CafeError> {
        let tables = u32::try_from(self.setup.tables.len()).unwrap_or(u32::MAX);
        let guest = self.guest_mut(person).ok_or(CafeError::UnknownGuest)?;
        guest.host_table = table.filter(|t| *t < tables);
        Ok(())
    }

    /// Keeps two people apart (or, with `apart == false`, stops doing so).
    pub fn set_keep_apart(
        &mut self,
        first: Uuid,
        second: Uuid,
        apart: bool,
    ) -> Result<(), CafeError> {
        if first == second {
            return Err(CafeError::SamePerson);
        }
        if self.guest(first).is_none() || self.guest(second).is_none() {
            return Err(CafeError::UnknownGuest);
        }
        let same = |p: &KeepApart| {
            (p.first == first && p.second == second) || (p.first == second && p.second == first)
        };
        self.keep_apart.retain(|p| !same(p));
        if apart {
            self.keep_apart.push(KeepApart { first, second });
        }
        Ok(())
    }

    /// Replaces the notes of `table` in `round`; empty text removes them.
    pub fn set_table_note(&mut self, round: u32, table: u32, text: &str) -> Result<(), CafeError> {
        if round >= self.setup.rounds || table as usize >= self.setup.tables.len() {
            return Err(CafeError::NoSuchTable);
        }
        let text = clean_block(text);
        if char_len(&text) > MAX_NOTE_CHARS {
            return Err(CafeError::NoteTooLong);
        }
        self.table_notes
            .retain(|n| !(n.round == round && n.table == table));
        if !text.is_empty() {
            self.table_notes.push(TableNote { round, table, text });
            self.table_notes.sort_by_key(|n| (n.round, n.table));
        }
        Ok(())
    }
}
