//! `mobilise export`: a session's record written as Word or PDF from the command line,
//! e.g. for an archive script: `mobilise export --session ID --format pdf --out FILE`.

use std::path::PathBuf;

use anyhow::Context;
use chrono::Utc;
use mobilise_export::ExportOptions;
use mobilise_store::Store;
use uuid::Uuid;

use mobilise_app::export::{export_to, ExportFormat};

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The session's id (as shown by the app's session page).
    #[arg(long)]
    pub session: Uuid,
    #[arg(long, value_enum)]
    pub format: FormatArg,
    /// The file to write (replaced if it exists).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Leave participants' names out (only how many took part).
    #[arg(long)]
    pub no_names: bool,
    /// Include the notes of the steps a technique keeps confidential.
    #[arg(long)]
    pub include_confidential: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    Docx,
    Pdf,
}

/// Exports from the database in `data_dir`.
pub fn run(args: &ExportArgs, data_dir: &std::path::Path) -> anyhow::Result<()> {
    let store = Store::open_dir(data_dir, Utc::now())
        .with_context(|| format!("Could not open the database in {}", data_dir.display()))?;
    let format = match args.format {
        FormatArg::Docx => ExportFormat::Docx,
        FormatArg::Pdf => ExportFormat::Pdf,
    };
    let options = ExportOptions {
        include_names: !args.no_names,
        include_confidential: args.include_confidential,
    };
    let done = export_to(&store, args.session, format, &args.out, options, Utc::now())?;
    println!("Wrote {} ({} bytes)", done.path, done.bytes);
    Ok(())
}
