//! `mobilise cafe-plan`: the seating planner from the command line, for planning a café
//! ahead or from a script. Prints the plan, its repeat encounters and the proven minimum
//! (as text, or JSON with `--json`).

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context};
use mobilise_core::seating::{self, default_table_count, sizes, Guest, PlanRequest};
use serde::Serialize;

use mobilise_app::Deadline;

#[derive(Debug, clap::Args)]
pub struct CafePlanArgs {
    /// How many people come. With --names, defaults to the number of names.
    #[arg(long)]
    pub people: Option<u32>,
    /// People per table to aim for.
    #[arg(long, default_value_t = 4)]
    pub table_size: u32,
    /// The most people a table seats.
    #[arg(long, default_value_t = 5)]
    pub table_max: u32,
    /// How many tables; by default the fewest that keep tables within --table-max.
    #[arg(long)]
    pub tables: Option<u32>,
    #[arg(long, default_value_t = 3)]
    pub rounds: u32,
    /// A text file with one person per line, optionally followed by a tab or a comma and
    /// their team (the planner mixes teams at each table).
    #[arg(long, value_name = "FILE")]
    pub names: Option<PathBuf>,
    /// Same seed, same plan (when the search ends at the proven minimum, as it usually
    /// does). A random seed is chosen and printed when none is given.
    #[arg(long)]
    pub seed: Option<u32>,
    /// Longest time to search for a better plan, in milliseconds.
    #[arg(long, default_value_t = 1000)]
    pub budget_ms: u64,
    /// Print JSON: `rounds` (per round, per table, the names), `repeats`, `lower_bound`,
    /// `optimal`, `seed`.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Serialize)]
struct PrintedPlan {
    rounds: Vec<Vec<Vec<String>>>,
    repeats: u32,
    lower_bound: u32,
    optimal: bool,
    seed: u32,
    table_sizes: Vec<u32>,
    warnings: Vec<String>,
}

fn read_names(path: &PathBuf) -> anyhow::Result<Vec<(String, Option<String>)>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("Could not read the names file {}", path.display()))?;
    Ok(text
        .lines()
        .map(|line| line.trim_start_matches('\u{feff}'))
        .filter(|line| !line.trim().is_empty())
        .map(|line| match line.split_once(['\t', ',']) {
            Some((name, team)) => (
                name.trim().to_string(),
                Some(team.trim().to_string()).filter(|t| !t.is_empty()),
            ),
            None => (line.trim().to_string(), None),
        })
        .collect())
}

/// Plans the café the arguments describe and writes it to `out`.
pub fn run(args: &CafePlanArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut people = match &args.names {
        Some(path) => read_names(path)?,
        None => Vec::new(),
    };
    let count = match (args.people, people.len()) {
        (Some(n), 0) => n,
        (None, 0) => bail!("Say how many people come (--people N) or list them (--names FILE)."),
        (None, listed) => u32::try_from(listed).context("Too many names")?,
        (Some(n), listed) if n as usize == listed => n,
        (Some(n), listed) => {
            bail!("--people says {n} but the names file lists {listed} people.")
        }
    };
    if count == 0 {
        bail!("There is nobody to seat: --people must be at least 1.");
    }
    if people.is_empty() {
        people = (1..=count).map(|n| (format!("Person {n}"), None)).collect();
    }
    let tables = args
        .tables
        .unwrap_or_else(|| default_table_count(count, args.table_size.max(1), args.table_max));
    let seed = args.seed.unwrap_or_else(super::fresh_seed);
    let request = PlanRequest {
        guests: people
            .iter()
            .map(|(_, team)| Guest {
                team: team.clone(),
                host_table: None,
            })
            .collect(),
        tables,
        max_size: args.table_max,
        rounds: args.rounds,
        played: Vec::new(),
        absent: Vec::new(),
        earlier: Vec::new(),
        keep_apart: Vec::new(),
        seed,
    };
    let budget = std::time::Duration::from_millis(args.budget_ms);
    let plan = seating::plan(&request, &mut Deadline::after(budget))?;
    let printed = PrintedPlan {
        rounds: plan
            .rounds
            .iter()
            .map(|round| {
                round
                    .iter()
                    .map(|table| {
                        table
                            .iter()
                            .filter_map(|i| people.get(*i as usize).map(|(name, _)| name.clone()))
                            .collect()
                    })
                    .collect()
            })
            .collect(),
        repeats: plan.repeats,
        lower_bound: plan.lower_bound,
        optimal: plan.optimal,
        seed,
        table_sizes: sizes(count, tables),
        warnings: plan.warnings.iter().map(|w| w.message()).collect(),
    };
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &printed)?;
        writeln!(out)?;
    } else {
        write_text(&printed, count, out)?;
    }
    Ok(())
}

fn write_text(plan: &PrintedPlan, people: u32, out: &mut dyn Write) -> anyhow::Result<()> {
    let sizes: Vec<String> = plan.table_sizes.iter().map(u32::to_string).collect();
    writeln!(
        out,
        "Knowledge Café seating: {people} people, {} tables ({}), {} rounds, seed {}",
        plan.table_sizes.len(),
        sizes.join(", "),
        plan.rounds.len(),
        plan.seed
    )?;
    for (round, tables) in plan.rounds.iter().enumerate() {
        writeln!(out, "\nRound {}", round + 1)?;
        for (table, names) in tables.iter().enumerate() {
            writeln!(out, "  Table {}: {}", table + 1, names.join(", "))?;
        }
    }
    writeln!(out)?;
    for warning in &plan.warnings {
        writeln!(out, "Note: {warning}")?;
    }
    let verdict = if plan.optimal {
        "optimal"
    } else {
        "the best found in the time allowed"
    };
    writeln!(
        out,
        "{} repeat encounters (minimum possible {}): {verdict}.",
        plan.repeats, plan.lower_bound
    )?;
    Ok(())
}
