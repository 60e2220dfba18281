//! Writing an exported file so that it is either all there or not there at all: into a
//! temporary file in the target folder, flushed to disk, then renamed over the target.

use std::io::Write;
use std::path::Path;

use crate::error::{ErrorKind, IpcError, IpcResult};

fn failed(path: &Path, error: &std::io::Error) -> IpcError {
    let folder = path
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let message = match error.kind() {
        std::io::ErrorKind::StorageFull => {
            "The disk is full, so the file was not saved. Free some space, or save it somewhere else.".to_string()
        }
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            format!("Mobilise may not save files in {folder}. Choose another folder, such as Documents.")
        }
        std::io::ErrorKind::NotFound => {
            format!("The folder {folder} does not exist any more. Choose another folder.")
        }
        _ => format!("The file could not be saved in {folder}: {error}."),
    };
    let kind = match error.kind() {
        std::io::ErrorKind::StorageFull => ErrorKind::DiskFull,
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            ErrorKind::ReadOnly
        }
        _ => ErrorKind::Io,
    };
    IpcError::new(kind, message)
}

/// Writes `bytes` to `path`, replacing any file there only once the new one is complete.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> IpcResult<()> {
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".mobilise-export-")
        .suffix(".part")
        .tempfile_in(folder)
        .map_err(|e| failed(path, &e))?;
    file.write_all(bytes).map_err(|e| failed(path, &e))?;
    file.as_file().sync_all().map_err(|e| failed(path, &e))?;
    // Dropped without persisting (on any error above), the temporary file is deleted.
    file.persist(path).map_err(|e| failed(path, &e.error))?;
    Ok(())
}
