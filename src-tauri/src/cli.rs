//! The command line of the `mobilise` binary.

use std::path::PathBuf;

use clap::Parser;

#[derive(Debug, Parser)]
#[command(
    name = "mobilise",
    version,
    about = "Run the NHS Knowledge Mobilisation Framework techniques, and keep their record."
)]
pub struct Cli {
    /// The folder that holds the database (made if missing). Overrides the OS app-data
    /// folder; useful for tests and for running from a USB stick.
    #[arg(long, env = "MOBILISE_DATA_DIR", value_name = "PATH")]
    pub data_dir: Option<PathBuf>,
}
