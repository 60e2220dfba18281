//! The committed TypeScript bindings in ui/src/lib/bindings must be exactly what ts-rs
//! generates from the Rust types today; otherwise the UI is compiled against stale types.
//! Regenerate with `UPDATE_BINDINGS=1 cargo test --test bindings`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn read_dir_ts(dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return files;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ts") {
            let name = entry.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).expect("a readable bindings file");
            files.insert(name, text);
        }
    }
    files
}

#[test]
fn committed_bindings_match_the_rust_types() {
    let committed_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings");
    let fresh = tempfile::tempdir().expect("a temporary folder");
    mobilise_lib::bindings::export_all(fresh.path()).expect("ts-rs exports every IPC type");
    let generated = read_dir_ts(fresh.path());
    assert!(
        generated.contains_key("Technique.ts") && generated.contains_key("IpcError.ts"),
        "the export covers the library and the error types: {:?}",
        generated.keys()
    );

    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(&committed_dir).expect("the bindings folder can be made");
        for stale in read_dir_ts(&committed_dir).keys() {
            std::fs::remove_file(committed_dir.join(stale)).expect("stale binding removed");
        }
        for (name, text) in &generated {
            std::fs::write(committed_dir.join(name), text).expect("binding written");
        }
        return;
    }

    let committed = read_dir_ts(&committed_dir);
    assert_eq!(
        committed.keys().collect::<Vec<_>>(),
        generated.keys().collect::<Vec<_>>(),
        "the set of binding files differs; run UPDATE_BINDINGS=1 cargo test --test bindings"
    );
    for (name, text) in &generated {
        assert_eq!(
            committed.get(name),
            Some(text),
            "ui/src/lib/bindings/{name} is out of date; run UPDATE_BINDINGS=1 cargo test --test bindings"
        );
    }
}

/// Writes `fresh` over the recording under ui/src/testing/recorded/ when regenerating, and
/// otherwise fails while the committed one differs.
fn check_recorded(name: &str, fresh: &(impl serde::Serialize + ?Sized)) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("ui/src/testing/recorded")
        .join(name);
    let fresh = serde_json::to_string_pretty(fresh).expect("a recording is JSON") + "\n";
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder can be made");
        std::fs::write(&path, &fresh).expect("the recording is written");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/testing/recorded/{name} is out of date; run UPDATE_BINDINGS=1 cargo test --test bindings"
    );
}

/// The technique library as Rust serves it, for the UI's test fixtures: they take their
/// step keys and lesson parts from here instead of copying the rules by hand.
#[test]
fn committed_catalogue_matches_the_rust_catalogue() {
    check_recorded("catalogue.json", mobilise_core::catalogue());
}
