//! The app with no window: a fixed clock that tests move by hand, and a host that records
//! what every window would have been told. One test binary, a module per concern.

mod harness;
mod live;
mod records;
mod techniques;
mod transcript;
mod transcript_records;
mod transcript_sessions;
mod transcripts;
