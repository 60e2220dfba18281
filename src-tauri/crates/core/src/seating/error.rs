//! Why the planner cannot seat a café, in words a facilitator can act on.

/// A request the planner cannot answer. Guests and tables are numbered from one in the
/// messages, as people count; the fields keep the planner's zero-based indices so the
/// caller can name the people involved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("There is nobody to seat: add the people coming to the café first.")]
    NoGuests,
    #[error("The planner can seat at most {max} people, and this café has {guests}.")]
    TooManyGuests { guests: usize, max: usize },
    #[error("A café can have at most {max} rounds, and this one has {rounds}.")]
    TooManyRounds { rounds: u32, max: u32 },
    #[error("{played} rounds have been played, but the café has only {rounds}.")]
    TooManyPlayed { played: usize, rounds: u32 },
    #[error("There must be at least one table.")]
    NoTables,
    #[error("Everyone is marked as away, so there is nobody to seat in the rounds ahead.")]
    NobodyAttending,
    #[error("There are {tables} tables but only {people} people to seat, so a table would be empty: use fewer tables.")]
    TooManyTables { tables: u32, people: u32 },
    #[error("Seating {people} people at {tables} tables needs tables of {needed}, but a table seats at most {max}: add a table.")]
    TablesTooSmall {
        people: u32,
        tables: u32,
        needed: u32,
        max: u32,
    },
    #[error("The seating refers to guest {}, but there are only {guests} guests.", .guest + 1)]
    UnknownGuest { guest: u32, guests: usize },
    #[error("A pair needs two different people, but guest {} is paired with themselves.", .guest + 1)]
    SamePerson { guest: u32 },
    #[error("Guest {} is seated twice in round {}.", .guest + 1, .round + 1)]
    SeatedTwice { guest: u32, round: usize },
    #[error("Guests {} and {} are recorded as meeting {times} times before; the planner counts at most {max}.", .first + 1, .second + 1)]
    TooManyEarlierMeetings {
        first: u32,
        second: u32,
        times: u64,
        max: u32,
    },
    #[error("A host is given table {}, but there are only {tables} tables.", .table + 1)]
    NoSuchTable { guest: u32, table: u32, tables: u32 },
    #[error("Table {} has {hosts} hosts but seats only {seats}.", .table + 1)]
    TooManyHosts { table: u32, hosts: u32, seats: u32 },
    #[error("Two people who must be kept apart are both hosts of table {}: give one of them another table.", .table + 1)]
    KeepApartImpossible { first: u32, second: u32, table: u32 },
    #[error("No seating was found that keeps guests {} and {} apart: add a table, or stop keeping some people apart.", .first + 1, .second + 1)]
    KeepApartUnmet { first: u32, second: u32 },
}
