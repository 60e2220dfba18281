//! The one error shape that crosses into the UI: a stable `kind` to branch on and a
//! `message` written for people.

use mobilise_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub enum ErrorKind {
    NotFound,
    NewerSchema,
    NotADatabase,
    Invalid,
    DiskFull,
    ReadOnly,
    Io,
    /// No database is open (the last one was refused); the UI offers to choose another.
    NoDatabase,
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IpcError {
    pub kind: ErrorKind,
    pub message: String,
    /// The form field a validation error concerns, e.g. `title` or `participants.2`.
    pub field: Option<String>,
}

impl IpcError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        IpcError {
            kind,
            message: message.into(),
            field: None,
        }
    }
}

impl std::fmt::Display for IpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for IpcError {}

impl From<StoreError> for IpcError {
    fn from(err: StoreError) -> Self {
        let kind = match &err {
            StoreError::NotFound { .. } => ErrorKind::NotFound,
            StoreError::NewerSchema { .. } => ErrorKind::NewerSchema,
            StoreError::NotADatabase { .. } => ErrorKind::NotADatabase,
            StoreError::Invalid(_) => ErrorKind::Invalid,
            StoreError::DiskFull => ErrorKind::DiskFull,
            StoreError::ReadOnly(_) => ErrorKind::ReadOnly,
            StoreError::Io { .. } => ErrorKind::Io,
            StoreError::Sqlite(_) | StoreError::Migration(_) | StoreError::Damaged { .. } => {
                ErrorKind::Internal
            }
        };
        let field = match &err {
            StoreError::Invalid(v) => Some(v.field.clone()),
            _ => None,
        };
        IpcError {
            kind,
            message: err.to_string(),
            field,
        }
    }
}

impl From<mobilise_core::ValidationError> for IpcError {
    fn from(err: mobilise_core::ValidationError) -> Self {
        IpcError::from(StoreError::Invalid(err))
    }
}

pub type IpcResult<T> = Result<T, IpcError>;
