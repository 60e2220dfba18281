//! Finds the IPC commands (every `#[tauri::command]` function under src-tauri/src) and
//! writes what must name each one: the handler list, the console's permission set and
//! the typed TypeScript client. The functions are the one list; nothing else is edited
//! by hand when a command is added.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One command as the Rust function declares it.
pub struct Command {
    /// `crate::commands::sessions`, where the function lives.
    module: String,
    pub name: String,
    /// The arguments the window sends (Tauri's injected ones left out), snake_case.
    args: Vec<(String, syn::Type)>,
    output: Option<syn::Type>,
}

/// Arguments Tauri fills in itself: the window never sends them.
const INJECTED: &[&str] = &["State", "AppHandle", "Window", "WebviewWindow", "Webview"];

/// Every command under `src`, sorted by name so the outputs do not depend on the order
/// the file system lists the folders in.
pub fn scan(src: &Path) -> Result<Vec<Command>, String> {
    let mut files = Vec::new();
    rust_files(src, &mut files)?;
    let mut commands = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|e| format!("{file:?}: {e}"))?;
        let parsed = syn::parse_file(&text).map_err(|e| format!("{file:?}: {e}"))?;
        let module = module_of(src, &file);
        for item in parsed.items {
            let syn::Item::Fn(function) = item else {
                continue;
            };
            if !function.attrs.iter().any(is_tauri_command) {
                continue;
            }
            let args = function
                .sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    syn::FnArg::Typed(arg) => Some(arg),
                    syn::FnArg::Receiver(_) => None,
                })
                .filter(|arg| !INJECTED.contains(&last_ident(&arg.ty).as_str()))
                .map(|arg| match &*arg.pat {
                    syn::Pat::Ident(ident) => Ok((ident.ident.to_string(), (*arg.ty).clone())),
                    _ => Err(format!("{}: name every argument", function.sig.ident)),
                })
                .collect::<Result<_, _>>()?;
            let output = match &function.sig.output {
                syn::ReturnType::Default => None,
                syn::ReturnType::Type(_, ty) => Some((**ty).clone()),
            };
            commands.push(Command {
                module: module.clone(),
                name: function.sig.ident.to_string(),
                args,
                output,
            });
        }
    }
    commands.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(commands)
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{dir:?}: {e}"))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            rust_files(&path, into)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
    Ok(())
}

fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap_or(file).with_extension("");
    let mut path = vec!["crate".to_owned()];
    path.extend(
        relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .filter(|part| part != "mod" && part != "lib"),
    );
    path.join("::")
}

fn is_tauri_command(attr: &syn::Attribute) -> bool {
    let segments: Vec<String> = attr
        .path()
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    segments == ["tauri", "command"]
}

fn last_ident(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default(),
        syn::Type::Reference(reference) => last_ident(&reference.elem),
        _ => String::new(),
    }
}

/// The body of `handler()`: Tauri's own macro over every command's path.
pub fn handler(commands: &[Command]) -> String {
    let paths: Vec<String> = commands
        .iter()
        .map(|c| format!("    {}::{},\n", c.module, c.name))
        .collect();
    format!("tauri::generate_handler![\n{}]\n", paths.concat())
}

/// The names, for `AppManifest::commands` and the shell's `COMMANDS`.
pub fn names(commands: &[Command]) -> Vec<String> {
    commands.iter().map(|c| c.name.clone()).collect()
}

/// The console may call every command: its set is the whole list.
pub fn console_permissions(commands: &[Command]) -> String {
    let mut toml = String::from(
        "# Generated from the #[tauri::command] functions by src-tauri/build.rs.\n\
         [[set]]\n\
         identifier = \"console-commands\"\n\
         description = \"Everything the facilitator's console does: every app command.\"\n\
         permissions = [\n",
    );
    for command in commands {
        let _ = writeln!(toml, "  \"allow-{}\",", command.name.replace('_', "-"));
    }
    toml.push_str("]\n");
    toml
}

/// `ui/src/lib/bindings/commands.ts`: each command's arguments and result as the
/// ts-rs bindings name them, and a typed function per command.
pub fn typescript(commands: &[Command]) -> Result<String, String> {
    let mut imports = std::collections::BTreeSet::new();
    let mut map = String::new();
    let mut client = String::new();
    for command in commands {
        let mut fields = Vec::new();
        let mut params = Vec::new();
        let mut names = Vec::new();
        // Trailing optional arguments may be left out, as Tauri takes a missing one as None.
        let optional_from = command
            .args
            .iter()
            .rposition(|(_, ty)| !is_option(ty))
            .map_or(0, |i| i + 1);
        for (i, (name, ty)) in command.args.iter().enumerate() {
            let key = camel_case(name);
            let ts = ts_type(ty, &mut imports).map_err(|e| format!("{}: {e}", command.name))?;
            if i >= optional_from {
                fields.push(format!("{key}?: {ts}"));
                params.push(format!("{key}: {ts} = null"));
            } else {
                fields.push(format!("{key}: {ts}"));
                params.push(format!("{key}: {ts}"));
            }
            names.push(key);
        }
        let args = if fields.is_empty() {
            "NoArgs".to_owned()
        } else {
            format!("{{ {} }}", fields.join("; "))
        };
        let result = match &command.output {
            None => "null".to_owned(),
            Some(ty) => ts_type(unwrap_result(ty), &mut imports)
                .map_err(|e| format!("{}: {e}", command.name))?,
        };
        let _ = writeln!(map, "  {}: [{args}, {result}];", command.name);
        let _ = writeln!(
            client,
            "    {}: ({}) => call('{}', {{ {} }}),",
            camel_case(&command.name),
            params.join(", "),
            command.name,
            names.join(", ")
        );
    }
    let mut ts = String::from(
        "// Generated from the #[tauri::command] functions in src-tauri/src by src-tauri/build.rs:\n\
         // do not edit. Regenerate with `UPDATE_BINDINGS=1 cargo test --test bindings`.\n",
    );
    for name in &imports {
        let _ = writeln!(ts, "import type {{ {name} }} from './{name}';");
    }
    ts.push_str(
        "\ntype NoArgs = Record<string, never>;\n\n\
         /** Command name -> [arguments, result]. */\n\
         export interface Commands {\n",
    );
    ts.push_str(&map);
    ts.push_str(
        "}\n\n\
         export type CommandName = keyof Commands;\n\
         export type CommandArgs<K extends CommandName> = Commands[K][0];\n\
         export type CommandResult<K extends CommandName> = Commands[K][1];\n\
         export type Call = <K extends CommandName>(command: K, args: CommandArgs<K>) => Promise<CommandResult<K>>;\n\n\
         /** Every command as a function taking its arguments in the order Rust declares them. */\n\
         export function commandsOver(call: Call) {\n  return {\n",
    );
    ts.push_str(&client);
    ts.push_str("  };\n}\n");
    Ok(ts)
}

fn is_option(ty: &syn::Type) -> bool {
    last_ident(ty) == "Option"
}

fn generic_args(ty: &syn::Type) -> Vec<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return Vec::new();
    };
    let Some(last) = path.path.segments.last() else {
        return Vec::new();
    };
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return Vec::new();
    };
    args.args
        .iter()
        .filter_map(|arg| match arg {
            syn::GenericArgument::Type(ty) => Some(ty),
            _ => None,
        })
        .collect()
}

/// A command's `IpcResult<T>` or `Result<T, E>` reaches the window as `T` (the error is
/// thrown).
fn unwrap_result(ty: &syn::Type) -> &syn::Type {
    match last_ident(ty).as_str() {
        "IpcResult" | "Result" => generic_args(ty).first().copied().unwrap_or(ty),
        _ => ty,
    }
}

/// The TypeScript of a Rust type, as ts-rs writes it (chrono and uuid as strings).
fn ts_type(
    ty: &syn::Type,
    imports: &mut std::collections::BTreeSet<String>,
) -> Result<String, String> {
    if let syn::Type::Tuple(tuple) = ty {
        return if tuple.elems.is_empty() {
            Ok("null".to_owned())
        } else {
            Err("tuples do not cross IPC here".to_owned())
        };
    }
    if let syn::Type::Reference(reference) = ty {
        return ts_type(&reference.elem, imports);
    }
    let ident = last_ident(ty);
    let inner = || {
        generic_args(ty)
            .first()
            .copied()
            .ok_or_else(|| format!("{ident} without its type"))
    };
    Ok(match ident.as_str() {
        "" => return Err("a type this generator does not know".to_owned()),
        "String" | "str" | "Uuid" | "NaiveDateTime" | "NaiveDate" | "DateTime" | "PathBuf" => {
            "string".to_owned()
        }
        "bool" => "boolean".to_owned(),
        "u8" | "u16" | "u32" | "i8" | "i16" | "i32" | "usize" | "isize" | "f32" | "f64" => {
            "number".to_owned()
        }
        "u64" | "i64" => "bigint".to_owned(),
        "Vec" => {
            let item = ts_type(inner()?, imports)?;
            if item.contains(' ') {
                format!("({item})[]")
            } else {
                format!("{item}[]")
            }
        }
        "Option" => format!("{} | null", ts_type(inner()?, imports)?),
        named => {
            imports.insert(named.to_owned());
            named.to_owned()
        }
    })
}

fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for ch in snake.chars() {
        if ch == '_' {
            upper = true;
        } else if upper {
            out.extend(ch.to_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}
