//! A Knowledge Café's record: its set-up, its guests (with hosts, absences and walk-ins),
//! the pairs to keep apart, and the seating plan of every round: what was played and
//! what is planned. Kept whole in the session's record so the export can print the
//! per-table lists and each person's cards.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::setup::CafeSetup;
use crate::person::Participant;

/// Someone at the café. Name and team are copied from the session's participants each
/// time the roster is read, so a plan stays readable if the people list changes later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CafeGuest {
    pub person_id: Uuid,
    pub name: String,
    /// Team or organisation, which the planner mixes at each table; empty when not given.
    pub team: String,
    /// The table (by position) this guest hosts: they stay there every round.
    pub host_table: Option<u32>,
    /// The first round (counting from 0) this guest takes part in: 0, or the round in
    /// which they walked in.
    pub joined_round: u32,
    /// The first round (counting from 0) this guest misses: they left, or never came.
    pub absent_from: Option<u32>,
}

impl CafeGuest {
    /// Takes part in `round` (counting from 0).
    pub fn attends(&self, round: u32) -> bool {
        round >= self.joined_round && !matches!(self.absent_from, Some(from) if round >= from)
    }
}

/// Two people the planner never seats together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KeepApart {
    pub first: Uuid,
    pub second: Uuid,
}

/// Who sits where: per round, per table (in the set-up's table order), the guests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CafePlan {
    pub rounds: Vec<Vec<Vec<Uuid>>>,
    /// Repeat encounters: over every pair, the meetings beyond their first.
    pub repeats: u32,
    /// The fewest repeat encounters any plan could have.
    pub lower_bound: u32,
    /// `repeats == lower_bound`: no plan could do better.
    pub optimal: bool,
    pub seed: u32,
    /// Why repeats cannot be avoided, for the facilitator.
    pub warnings: Vec<String>,
    /// Rounds that had started when this plan was made; the planner kept them as played.
    pub played: u32,
}

/// The whole café as stored with its session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Cafe {
    pub setup: CafeSetup,
    pub guests: Vec<CafeGuest>,
    pub keep_apart: Vec<KeepApart>,
    /// The agenda step ids of the rounds, in order.
    pub round_steps: Vec<u32>,
    pub plan: Option<CafePlan>,
    /// What a table said in a round, when the set-up turns table notes on.
    #[serde(default)]
    pub table_notes: Vec<TableNote>,
}

/// The notes of one table in one round (both counting from 0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TableNote {
    pub round: u32,
    pub table: u32,
    pub text: String,
}

/// A table as one round seats it, with names, for the displays and the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TableSeating {
    pub table: String,
    pub people: Vec<String>,
}

/// One person's card: their table in each round (`null` for a round they miss).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonCard {
    pub name: String,
    pub tables: Vec<Option<String>>,
}

impl Cafe {
    pub fn new(setup: CafeSetup, participants: &[Participant], round_steps: Vec<u32>) -> Cafe {
        let mut cafe = Cafe {
            setup,
            guests: Vec::new(),
            keep_apart: Vec::new(),
            round_steps,
            plan: None,
            table_notes: Vec::new(),
        };
        cafe.reconcile(participants, 0);
        cafe
    }

    pub fn guest(&self, person: Uuid) -> Option<&CafeGuest> {
        self.guests.iter().find(|g| g.person_id == person)
    }

    pub(crate) fn guest_mut(&mut self, person: Uuid) -> Option<&mut CafeGuest> {
        self.guests.iter_mut().find(|g| g.person_id == person)
    }

    /// Brings the guests in line with the session's participants when `started` rounds
    /// have begun: names and teams refreshed, newcomers added from the round under way,
    /// and people no longer listed dropped (or, if they already sat at a table, kept as
    /// absent from now on, so the record of where they sat stays whole). Returns whether
    /// who is seated changed, which calls for a new plan.
    pub fn reconcile(&mut self, participants: &[Participant], started: u32) -> bool {
        let mut changed = false;
        let seated_before = |cafe: &Cafe, person: Uuid| {
            cafe.plan.as_ref().is_some_and(|plan| {
                plan.rounds
                    .iter()
                    .take(started as usize)
                    .flatten()
                    .any(|table| table.contains(&person))
            })
        };
        let listed: Vec<Uuid> = participants.iter().map(|p| p.person_id).collect();
        let mut kept = Vec::with_capacity(self.guests.len());
        for mut guest in std::mem::take(&mut self.guests) {
            if listed.contains(&guest.person_id) {
                kept.push(guest);
            } else if seated_before(self, guest.person_id) {
                if guest.absent_from.is_none() {
                    guest.absent_from = Some(started);
                    changed = true;
                }
                kept.push(guest);
            } else {
                changed = true;
            }
        }
        self.guests = kept;
        // A walk-in during round r joins round r: the round under way is `started - 1`.
        let joins = started.saturating_sub(1);
        for participant in participants {
            match self.guest_mut(participant.person_id) {
                Some(guest) => {
                    guest.name.clone_from(&participant.name);
                    guest.team.clone_from(&participant.organisation);
                }
                None => {
                    self.guests.push(CafeGuest {
                        person_id: participant.person_id,
                        name: participant.name.clone(),
                        team: participant.organisation.clone(),
                        host_table: None,
                        joined_round: joins,
                        absent_from: None,
                    });
                    changed = true;
                }
            }
        }
        let guests = &self.guests;
        self.keep_apart.retain(|pair| {
            [pair.first, pair.second]
                .iter()
                .all(|p| guests.iter().any(|g| g.person_id == *p))
        });
        let tables = self.setup.tables.len() as u32;
        for guest in &mut self.guests {
            if guest.host_table.is_some_and(|t| t >= tables) {
                guest.host_table = None;
                changed = true;
            }
        }
        changed
    }

    /// The names at each table in `round`, leaving out anyone absent from it.
    pub fn seating(&self, round: u32) -> Vec<TableSeating> {
        let tables = self
            .plan
            .as_ref()
            .and_then(|plan| plan.rounds.get(round as usize));
        self.setup
            .tables
            .iter()
            .enumerate()
            .map(|(index, name)| TableSeating {
                table: name.clone(),
                people: tables
                    .and_then(|t| t.get(index))
                    .map(|seated| {
                        seated
                            .iter()
                            .filter_map(|id| self.guest(*id))
                            .filter(|g| g.attends(round))
                            .map(|g| g.name.clone())
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect()
    }

    /// Each guest's table in every round, in the roster's order: the per-person cards.
    pub fn cards(&self) -> Vec<PersonCard> {
        let Some(plan) = &self.plan else {
            return Vec::new();
        };
        self.guests
            .iter()
            .map(|guest| PersonCard {
                name: guest.name.clone(),
                tables: plan
                    .rounds
                    .iter()
                    .enumerate()
                    .map(|(round, tables)| {
                        tables
                            .iter()
                            .position(|t| t.contains(&guest.person_id))
                            .filter(|_| guest.attends(round as u32))
                            .and_then(|t| self.setup.tables.get(t).cloned())
                    })
                    .collect(),
            })
            .collect()
    }

    /// The notes of `table` in `round`; empty when there are none.
    pub fn table_note(&self, round: u32, table: u32) -> &str {
        self.table_notes
            .iter()
            .find(|n| n.round == round && n.table == table)
            .map_or("", |n| n.text.as_str())
    }

    /// The table (by position) that seats `person` in `round`.
    pub fn table_of(&self, person: Uuid, round: u32) -> Option<u32> {
        let plan = self.plan.as_ref()?;
        let tables = plan.rounds.get(round as usize)?;
        tables
            .iter()
            .position(|t| t.contains(&person))
            .and_then(|t| u32::try_from(t).ok())
    }
}
