//! Generates the Tauri context, and from the `#[tauri::command]` functions under
//! src-tauri/src everything that names each IPC command: the handler, an allow-/deny-
//! permission per command, the console's permission set (all of them) and the typed
//! TypeScript client. The audience display's narrow set stays hand-written in
//! src-tauri/permissions/audience.toml, and its test names what it may and may not call.

#[path = "build/ipc.rs"]
mod ipc;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/src");
    println!("cargo:rerun-if-changed=src-tauri/build");
    println!("cargo:rerun-if-changed=src-tauri/permissions");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let commands = ipc::scan(Path::new("src-tauri/src")).expect("the commands can be read");

    write(&out.join("ipc_handler.rs"), &ipc::handler(&commands));
    let names = ipc::names(&commands);
    write(&out.join("ipc_names.rs"), &format!("&{names:?}\n"));
    write(
        &out.join("commands.ts"),
        &ipc::typescript(&commands).expect("every command's types have a TypeScript twin"),
    );

    // tauri-build reads the permission sets from one glob: the generated console set and
    // the hand-written ones are gathered in one folder under OUT_DIR.
    let permissions = out.join("permissions");
    std::fs::create_dir_all(&permissions).expect("OUT_DIR is writable");
    write(
        &permissions.join("console.toml"),
        &ipc::console_permissions(&commands),
    );
    for entry in std::fs::read_dir("src-tauri/permissions").expect("src-tauri/permissions") {
        let path = entry.expect("a permissions file").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        if let Some(name) = path.file_name() {
            std::fs::copy(&path, permissions.join(name)).expect("a permission set is copied");
        }
    }
    // tauri-build keeps these for the rest of the build script: leaking them is the
    // 'static it asks for, in a process that ends in a moment.
    let names: &'static [&'static str] =
        Vec::leak(names.into_iter().map(|name| &*String::leak(name)).collect());
    let pattern = String::leak(format!("{}/*.toml", permissions.display()));

    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(
                tauri_build::AppManifest::new()
                    .commands(names)
                    .permissions_path_pattern(pattern),
            ),
    )
    .expect("failed to run tauri-build");
}

/// Writes only what changed, so an unchanged list does not rebuild the shell.
fn write(path: &Path, text: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    std::fs::write(path, text).expect("OUT_DIR is writable");
}
