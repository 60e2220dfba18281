//! The command line of the `mobilise` binary.

pub mod coffee_pair;
pub mod export;
pub mod knowledge_cafe_plan;

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
    #[arg(long, env = "MOBILISE_DATA_DIR", value_name = "PATH", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Without a command, the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Plan a Knowledge Café's seating: who sits at which table in each round, so that
    /// people meet as many new people as possible.
    CafePlan(knowledge_cafe_plan::CafePlanArgs),
    /// Pair a Randomised Coffee Trial's rounds: everyone meets someone new each round,
    /// across departments, with at most one trio.
    CoffeePair(coffee_pair::CoffeePairArgs),
    /// Export a session's record to Word (.docx) or PDF.
    Export(export::ExportArgs),
}

impl Command {
    /// Runs the command; `data_dir` is the data folder the app would use.
    pub fn run(&self, data_dir: &std::path::Path) -> anyhow::Result<()> {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        match self {
            Command::CafePlan(args) => knowledge_cafe_plan::run(args, &mut out),
            Command::CoffeePair(args) => coffee_pair::run(args, &mut out),
            Command::Export(args) => export::run(args, data_dir),
        }
    }
}

/// A seed for a command given none: different each run, and printed so the run can be
/// repeated with `--seed`.
pub fn fresh_seed() -> u32 {
    (uuid::Uuid::now_v7().as_u128() & u128::from(u32::MAX)) as u32
}
