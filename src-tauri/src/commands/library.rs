//! The technique library.

use mobilise_core::Technique;

/// All thirteen techniques, in the framework's order.
#[tauri::command]
pub fn library_techniques() -> Vec<Technique> {
    mobilise_core::catalogue().to_vec()
}
