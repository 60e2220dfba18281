//! A request checked and turned into the shape the bound and the search work on: only
//! once every index in it is in range and a plan can exist.

use super::error::PlanError;
use super::request::{PlanRequest, MAX_EARLIER_MEETINGS, MAX_GUESTS, MAX_ROUNDS};
use super::tables::sizes;

/// A pair of guests' flag: they must not sit together.
pub(crate) const APART: u8 = 1;
/// A pair of guests' flag: they are in the same team.
pub(crate) const SAME_TEAM: u8 = 2;

/// A checked request, in the shape the bound and the search work on. Pair tables are
/// `n × n`, indexed `i * n + j`, and symmetric.
pub(crate) struct Problem {
    pub n: usize,
    /// Rounds to plan.
    pub planned: usize,
    /// Seats at each table of a planned round.
    pub sizes: Vec<u32>,
    /// Guests seated in the planned rounds, ascending.
    pub attendees: Vec<u32>,
    /// The table each attending host is pinned to.
    pub host: Vec<Option<u32>>,
    /// [`APART`] and [`SAME_TEAM`] for each pair.
    pub flags: Vec<u8>,
    /// Meetings at earlier cafés.
    pub earlier: Vec<u32>,
    /// Meetings at earlier cafés and in the rounds played.
    pub history: Vec<u32>,
    /// Attending guests of each team (guests without a team left out).
    pub team_sizes: Vec<u32>,
}

impl Problem {
    pub fn new(request: &PlanRequest) -> Result<Problem, PlanError> {
        let n = request.guests.len();
        if n == 0 {
            return Err(PlanError::NoGuests);
        }
        if n > MAX_GUESTS {
            return Err(PlanError::TooManyGuests {
                guests: n,
                max: MAX_GUESTS,
            });
        }
        if request.rounds > MAX_ROUNDS {
            return Err(PlanError::TooManyRounds {
                rounds: request.rounds,
                max: MAX_ROUNDS,
            });
        }
        let played = request.played.len();
        if played > request.rounds as usize {
            return Err(PlanError::TooManyPlayed {
                played,
                rounds: request.rounds,
            });
        }
        let known = |guest: u32| {
            if (guest as usize) < n {
                Ok(guest as usize)
            } else {
                Err(PlanError::UnknownGuest { guest, guests: n })
            }
        };
        let pair = |a: u32, b: u32| {
            let (i, j) = (known(a)?, known(b)?);
            if i == j {
                return Err(PlanError::SamePerson { guest: a });
            }
            Ok((i, j))
        };

        let mut earlier = vec![0u32; n * n];
        for &(a, b, times) in &request.earlier {
            let (i, j) = pair(a, b)?;
            let total = u64::from(earlier[i * n + j]) + u64::from(times);
            if total > u64::from(MAX_EARLIER_MEETINGS) {
                return Err(PlanError::TooManyEarlierMeetings {
                    first: a,
                    second: b,
                    times: total,
                    max: MAX_EARLIER_MEETINGS,
                });
            }
            earlier[i * n + j] = total as u32;
            earlier[j * n + i] = total as u32;
        }
        let mut history = earlier.clone();
        for (round, tables) in request.played.iter().enumerate() {
            let mut seated = vec![false; n];
            for table in tables {
                for &guest in table {
                    let i = known(guest)?;
                    if std::mem::replace(&mut seated[i], true) {
                        return Err(PlanError::SeatedTwice { guest, round });
                    }
                }
                for (k, &a) in table.iter().enumerate() {
                    for &b in &table[k + 1..] {
                        let (i, j) = (a as usize, b as usize);
                        history[i * n + j] += 1;
                        history[j * n + i] += 1;
                    }
                }
            }
        }

        let mut attending = vec![true; n];
        for &guest in &request.absent {
            attending[known(guest)?] = false;
        }
        let mut flags = vec![0u8; n * n];
        for &(a, b) in &request.keep_apart {
            let (i, j) = pair(a, b)?;
            flags[i * n + j] |= APART;
            flags[j * n + i] |= APART;
        }
        // Team ids by first appearance, so nothing depends on hashing order.
        let mut names: Vec<&str> = Vec::new();
        let team: Vec<Option<usize>> = request
            .guests
            .iter()
            .map(|g| {
                let name = g.team.as_deref()?;
                Some(names.iter().position(|t| *t == name).unwrap_or_else(|| {
                    names.push(name);
                    names.len() - 1
                }))
            })
            .collect();
        for i in 0..n {
            for j in 0..n {
                if i != j && team[i].is_some() && team[i] == team[j] {
                    flags[i * n + j] |= SAME_TEAM;
                }
            }
        }
        let mut team_sizes = vec![0u32; names.len()];
        for (i, t) in team.iter().enumerate() {
            if let (Some(t), true) = (t, attending[i]) {
                team_sizes[*t] += 1;
            }
        }

        let planned = (request.rounds as usize) - played;
        let attendees: Vec<u32> = (0..n as u32).filter(|&g| attending[g as usize]).collect();
        let mut host = vec![None; n];
        let mut table_sizes = Vec::new();
        if planned > 0 {
            let (people, tables) = (attendees.len() as u32, request.tables);
            if tables == 0 {
                return Err(PlanError::NoTables);
            }
            if people == 0 {
                return Err(PlanError::NobodyAttending);
            }
            if tables > people {
                return Err(PlanError::TooManyTables { tables, people });
            }
            let needed = people.div_ceil(tables);
            if needed > request.max_size {
                return Err(PlanError::TablesTooSmall {
                    people,
                    tables,
                    needed,
                    max: request.max_size,
                });
            }
            table_sizes = sizes(people, tables);
            check_hosts(request, &attendees, &table_sizes, &flags, &mut host)?;
        }

        Ok(Problem {
            n,
            planned,
            sizes: table_sizes,
            attendees,
            host,
            flags,
            earlier,
            history,
            team_sizes,
        })
    }

    pub fn tables(&self) -> usize {
        self.sizes.len()
    }
}

/// Pins each attending host to their table; an absent host's table simply has none.
fn check_hosts(
    request: &PlanRequest,
    attendees: &[u32],
    table_sizes: &[u32],
    flags: &[u8],
    host: &mut [Option<u32>],
) -> Result<(), PlanError> {
    let n = request.guests.len();
    let tables = request.tables;
    let mut hosts = vec![0u32; table_sizes.len()];
    for &g in attendees {
        let Some(table) = request.guests[g as usize].host_table else {
            continue;
        };
        if table >= tables {
            return Err(PlanError::NoSuchTable {
                guest: g,
                table,
                tables,
            });
        }
        hosts[table as usize] += 1;
        host[g as usize] = Some(table);
    }
    for (t, (&count, &seats)) in hosts.iter().zip(table_sizes).enumerate() {
        if count > seats {
            return Err(PlanError::TooManyHosts {
                table: t as u32,
                hosts: count,
                seats,
            });
        }
    }
    for &(a, b) in &request.keep_apart {
        let (i, j) = (a as usize, b as usize);
        if let (Some(ta), Some(tb)) = (host[i], host[j]) {
            if ta == tb && flags[i * n + j] & APART != 0 {
                return Err(PlanError::KeepApartImpossible {
                    first: a,
                    second: b,
                    table: ta,
                });
            }
        }
    }
    Ok(())
}
