//! The `mobilise` binary's subcommands run as a script runs them, for the command-line
//! tests.

use std::process::{Command, Output};

use serde_json::Value;

pub fn mobilise(subcommand: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mobilise"))
        .arg(subcommand)
        .args(args)
        .output()
        .expect("the binary runs")
}

/// The JSON a successful run printed.
pub fn json_of(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "the command failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}
