//! Exporting a session's record to Word or PDF: its parts read from the store, the record
//! assembled and rendered (pure, in the export crate), and the file written to a temporary
//! name beside the target and renamed into place, so a failure never leaves half a file.

mod write;

use chrono::{DateTime, Local, NaiveDate, Utc};
use mobilise_export::{assemble, ExportOptions, Record, Series, Sources};
use mobilise_store::Store;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{ErrorKind, IpcError, IpcResult};
pub use write::write_atomically;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    Docx,
    Pdf,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Docx => "docx",
            ExportFormat::Pdf => "pdf",
        }
    }
}

/// A finished export, for the "Open folder" offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ExportDone {
    pub path: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// Reads everything the session's record is made of and assembles it.
pub fn record(
    store: &Store,
    session_id: Uuid,
    options: ExportOptions,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> IpcResult<Record> {
    let session = store.session(session_id)?;
    let technique = mobilise_core::technique(session.technique);
    let notes = store.notes(session_id)?;
    let actions = store.session_actions(session_id)?;
    let lessons = store.session_lessons(session_id)?;
    let pinned = store.pinned_lessons(session_id)?;
    let state = store.live_state(session_id)?;
    let live_log = store.live_events(session_id)?;
    let own = store.technique_record(session_id)?;
    let series = match own.as_ref().and_then(|r| r.series()) {
        Some(id) => crate::series::of_meeting(store, id, session_id)?,
        None => None,
    };
    let local_time = |at: DateTime<Utc>| at.with_timezone(&Local).naive_local();
    let live = state.as_ref().map(|s| (s, s.summary(now)));
    Ok(assemble(&Sources {
        session: &session,
        technique,
        notes: &notes,
        actions: &actions,
        lessons: &lessons,
        pinned: &pinned,
        live,
        live_log: &live_log,
        record: own.as_ref(),
        series: series.as_ref().map(|s| Series {
            name: &s.name,
            carried: &s.carried,
        }),
        today,
        now,
        local_time: &local_time,
        options,
    }))
}

/// The record rendered in `format`.
pub fn render(record: &Record, format: ExportFormat) -> IpcResult<Vec<u8>> {
    let rendered = match format {
        ExportFormat::Docx => mobilise_export::to_docx(record),
        ExportFormat::Pdf => mobilise_export::to_pdf(record),
    };
    rendered.map_err(|e| IpcError::new(ErrorKind::Internal, e.to_string()))
}

/// Exports the session to `path`: assembled, rendered, written atomically.
pub fn export_to(
    store: &Store,
    session_id: Uuid,
    format: ExportFormat,
    path: &std::path::Path,
    options: ExportOptions,
    now: DateTime<Utc>,
) -> IpcResult<ExportDone> {
    let today = now.with_timezone(&Local).date_naive();
    let record = record(store, session_id, options, now, today)?;
    let bytes = render(&record, format)?;
    write_atomically(path, &bytes)?;
    Ok(ExportDone {
        path: path.display().to_string(),
        bytes: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
    })
}

/// Where the Save dialog starts: the Documents folder (or home), with a file name such as
/// "2026-11-25 {technique} - Ward 7 go-live.docx".
pub fn suggested_path(store: &Store, session_id: Uuid, format: ExportFormat) -> IpcResult<String> {
    let session = store.session(session_id)?;
    let technique = mobilise_core::technique(session.technique);
    let name = mobilise_export::file_name(&session, technique, format.extension());
    let folder = dirs::document_dir().or_else(dirs::home_dir);
    Ok(match folder {
        Some(folder) => folder.join(name).display().to_string(),
        None => name,
    })
}
