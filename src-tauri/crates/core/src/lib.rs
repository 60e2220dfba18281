//! Mobilise's domain: the technique library and session records, with their rules.
//!
//! Nothing here touches files, SQLite, windows or the clock: instants and identifiers are
//! passed in by the caller, so every rule is testable with fixed inputs.

pub mod catalogue;
pub mod lesson;
pub mod live;
pub mod matching;
pub mod person;
pub mod record;
pub mod seating;
pub mod series;
pub mod session;
pub mod technique;
pub mod technique_id;
pub mod techniques;
pub mod text;
pub mod validation;

pub use catalogue::{catalogue, technique};
pub use lesson::*;
pub use person::*;
pub use record::*;
pub use session::*;
pub use technique::*;
pub use validation::*;
