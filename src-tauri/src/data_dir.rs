//! Where the database lives: `--data-dir`, else `MOBILISE_DATA_DIR`, else the folder the
//! facilitator last chose in the app, else the OS app-data folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub const IDENTIFIER: &str = "uk.nhs.mobilise";
const SETTINGS_FILE: &str = "location.json";

#[derive(Debug, Default, Serialize, Deserialize)]
struct Location {
    data_dir: Option<PathBuf>,
}

/// The OS app-data folder for Mobilise (e.g. `%APPDATA%\uk.nhs.mobilise` on Windows).
pub fn default_dir() -> anyhow::Result<PathBuf> {
    dirs::data_dir().map(|d| d.join(IDENTIFIER)).ok_or_else(|| {
        anyhow::anyhow!("this system has no application-data folder; use --data-dir")
    })
}

fn settings_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join(IDENTIFIER).join(SETTINGS_FILE))
}

/// The data folder to open: an explicit choice (flag or environment, already merged by
/// the command line parser) wins; otherwise the remembered choice; otherwise the default.
pub fn resolve(explicit: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    if let Some(dir) = explicit {
        return Ok(dir);
    }
    if let Some(dir) = remembered() {
        return Ok(dir);
    }
    default_dir()
}

fn remembered() -> Option<PathBuf> {
    let text = std::fs::read_to_string(settings_path()?).ok()?;
    serde_json::from_str::<Location>(&text).ok()?.data_dir
}

/// Remembers a folder the facilitator chose in the app, for the next start. Written to a
/// temporary file and renamed, so a crash never leaves half a settings file.
pub fn remember(dir: &Path) -> std::io::Result<()> {
    let Some(path) = settings_path() else {
        return Ok(());
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let text = serde_json::to_string_pretty(&Location {
        data_dir: Some(dir.to_path_buf()),
    })
    .map_err(std::io::Error::other)?;
    let temp = path.with_extension("json.tmp");
    std::fs::write(&temp, text)?;
    std::fs::rename(temp, path)
}
