//! `mobilise coffee-pair`: a Randomised Coffee Trial's rounds paired from the command
//! line, for a co-ordinator or a script. Reads a CSV of names (with the header row naming
//! its columns) and prints every round's pairs and trio with its repeats and
//! same-department meetings (as text, or JSON with `--json`).

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context};
use mobilise_core::techniques::randomised_coffee_trials::pairing::{
    plan_programme, Member, OddOneOut, RoundRequest,
};
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, clap::Args)]
pub struct CoffeePairArgs {
    /// A CSV file whose header row names its columns: `name`, and optionally `group`
    /// (department or professional group), `organisation`, `site` and `senior` (yes/no).
    #[arg(long, value_name = "FILE")]
    pub names: PathBuf,
    #[arg(long, default_value_t = 1)]
    pub rounds: u32,
    /// Same seed, same rounds. A random seed is chosen and printed when none is given.
    #[arg(long)]
    pub seed: Option<u64>,
    /// The trial runs across organisations: pair people from different ones too.
    #[arg(long)]
    pub across_organisations: bool,
    /// Prefer pairs on the same site, so they can meet face to face.
    #[arg(long)]
    pub same_site: bool,
    /// With an odd number, the co-ordinator meets the odd one out instead of a trio.
    #[arg(long)]
    pub coordinator_pairs_odd_one: bool,
    /// Print JSON: `rounds` (per round, its groups of two or three names), `repeats`,
    /// `same_group`, `seed`.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Serialize)]
struct Printed {
    rounds: Vec<Vec<Vec<String>>>,
    repeats: u32,
    same_group: u32,
    seed: u64,
    /// Per round: the fewest repeats and same-department meetings it could have had,
    /// its senior leaders paired together, and who had nobody to meet.
    figures: Vec<RoundFigures>,
}

#[derive(Debug, Serialize)]
struct RoundFigures {
    repeats: u32,
    fewest_repeats: u32,
    same_group: u32,
    fewest_same_group: u32,
    leaders_together: u32,
    unpaired: Vec<String>,
}

/// One person of the names file and the name printed for them.
struct Listed {
    name: String,
    member: Member,
}

/// The column of the header row called `name`, in any case (the reader has trimmed the
/// headers and taken off any byte-order mark).
fn column(headers: &csv::StringRecord, name: &str) -> Option<usize> {
    headers.iter().position(|h| h.eq_ignore_ascii_case(name))
}

fn senior(text: &str, line: u64) -> anyhow::Result<bool> {
    match text.trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" => Ok(false),
        "yes" | "y" | "true" | "1" => Ok(true),
        other => bail!("Line {line}: the senior column says {other:?}; write yes or no."),
    }
}

fn read_names(path: &PathBuf) -> anyhow::Result<Vec<Listed>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("Could not read the names file {}", path.display()))?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .context("The names file has no header row")?
        .clone();
    let Some(name_at) = column(&headers, "name") else {
        bail!(
            "The names file needs a header row naming its columns: name, and optionally group, organisation, site and senior."
        );
    };
    let [group_at, organisation_at, site_at, senior_at] =
        ["group", "organisation", "site", "senior"].map(|c| column(&headers, c));
    let mut listed = Vec::new();
    for (row, record) in reader.records().enumerate() {
        let line = row as u64 + 2;
        let record =
            record.with_context(|| format!("Line {line} of the names file could not be read"))?;
        let field = |at: Option<usize>| at.and_then(|i| record.get(i)).unwrap_or("").to_string();
        let name = field(Some(name_at));
        if name.is_empty() {
            // A blank row, or a row with no name: nobody to pair.
            continue;
        }
        listed.push(Listed {
            member: Member {
                id: Uuid::from_u128(listed.len() as u128 + 1),
                group: field(group_at),
                organisation: field(organisation_at),
                site: field(site_at),
                senior: senior(&field(senior_at), line)?,
            },
            name,
        });
    }
    if listed.is_empty() {
        bail!("The names file lists nobody: put one person per row under the name column.");
    }
    Ok(listed)
}

/// Pairs the rounds the arguments describe and writes them to `out`.
pub fn run(args: &CoffeePairArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let listed = read_names(&args.names)?;
    if args.rounds == 0 {
        bail!("Ask for at least one round (--rounds N).");
    }
    let seed = args.seed.unwrap_or_else(|| u64::from(super::fresh_seed()));
    let members: Vec<Member> = listed.iter().map(|l| l.member.clone()).collect();
    let request = RoundRequest {
        members: &members,
        earlier: &[],
        keep_apart: &[],
        across_organisations: args.across_organisations,
        prefer_same_site: args.same_site,
        locked: &[],
        odd: if args.coordinator_pairs_odd_one {
            OddOneOut::WithCoordinator
        } else {
            OddOneOut::Trio
        },
        seed,
    };
    let plan = plan_programme(&request, args.rounds, 1);
    let name = |id: &Uuid| {
        listed
            .iter()
            .find(|l| l.member.id == *id)
            .map_or_else(String::new, |l| l.name.clone())
    };
    let printed = Printed {
        rounds: plan
            .iter()
            .map(|round| {
                round
                    .groups
                    .iter()
                    .map(|g| g.iter().map(name).collect())
                    .collect()
            })
            .collect(),
        repeats: plan.iter().map(|r| r.report.repeats).sum(),
        same_group: plan.iter().map(|r| r.report.same_group).sum(),
        seed,
        figures: plan
            .iter()
            .map(|r| RoundFigures {
                repeats: r.report.repeats,
                fewest_repeats: r.report.fewest_repeats,
                same_group: r.report.same_group,
                fewest_same_group: r.report.fewest_same_group,
                leaders_together: r.report.leaders_together,
                unpaired: r.unpaired.iter().map(name).collect(),
            })
            .collect(),
    };
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &printed)?;
        writeln!(out)?;
    } else {
        write_text(&printed, listed.len(), out)?;
    }
    Ok(())
}

fn write_text(printed: &Printed, people: usize, out: &mut dyn Write) -> anyhow::Result<()> {
    let rounds = printed.rounds.len();
    writeln!(
        out,
        "Randomised Coffee Trial: {people} people, {rounds} {}, seed {}",
        if rounds == 1 { "round" } else { "rounds" },
        printed.seed
    )?;
    for (round, (groups, figures)) in printed.rounds.iter().zip(&printed.figures).enumerate() {
        writeln!(out, "\nRound {}", round + 1)?;
        for group in groups {
            let kind = if group.len() == 3 { "Trio" } else { "Pair" };
            writeln!(out, "  {kind}: {}", in_words(group))?;
        }
        for one in &figures.unpaired {
            writeln!(out, "  Nobody to meet: {one}")?;
        }
        writeln!(
            out,
            "  {} repeat meetings (fewest possible {}), {} within one department (fewest possible {}), {} of two senior leaders",
            figures.repeats,
            figures.fewest_repeats,
            figures.same_group,
            figures.fewest_same_group,
            figures.leaders_together
        )?;
    }
    writeln!(
        out,
        "\nIn all: {} repeat meetings, {} within one department.",
        printed.repeats, printed.same_group
    )?;
    Ok(())
}

/// "Ann and Bob", "Ann, Bob and Cy".
fn in_words(names: &[String]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.join(""),
    }
}
