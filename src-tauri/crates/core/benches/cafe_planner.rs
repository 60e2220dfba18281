//! The seating planner against random seating, on cafés of 12, 24 and 40 people over 3,
//! 4 and 6 rounds. First prints a table of the repeats each reaches (the figures to
//! quote), then lets criterion time both.
//!
//! Run with `cargo bench -p mobilise-core --bench cafe_planner`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use mobilise_core::seating::{
    default_table_count, plan, random_plan, Budget, PlanRequest, DEFAULT_MAX_SIZE,
    DEFAULT_TARGET_SIZE,
};

const PEOPLE: [u32; 3] = [12, 24, 40];
const ROUNDS: [u32; 3] = [3, 4, 6];
const SEED: u32 = 2024;
/// The budget the app gives the planner.
const BUDGET: Duration = Duration::from_secs(1);
const RANDOM_SEEDS: u32 = 20;
/// Printed in the table too, not timed: 16 people over 6 rounds, whose minimum (24)
/// needs every pair to meet.
const EXTRA: [(u32, u32); 1] = [(16, 6)];

/// The app's budget: stop once the deadline has passed. Only the caller reads the
/// clock; the planner just asks.
struct Deadline(Instant);

impl Deadline {
    fn after(budget: Duration) -> Deadline {
        Deadline(Instant::now() + budget)
    }
}

impl Budget for Deadline {
    fn exhausted(&mut self) -> bool {
        Instant::now() >= self.0
    }
}

fn request(people: u32, rounds: u32) -> PlanRequest {
    let tables = default_table_count(people, DEFAULT_TARGET_SIZE, DEFAULT_MAX_SIZE);
    let mut request = PlanRequest::anonymous(people, tables);
    request.rounds = rounds;
    request.seed = SEED;
    request
}

fn print_table() {
    println!();
    println!("| N | rounds | tables | bound | planner E | planner time | random E (mean of {RANDOM_SEEDS} seeds) |");
    println!("|---|---|---|---|---|---|---|");
    let cases = PEOPLE
        .iter()
        .flat_map(|&people| ROUNDS.iter().map(move |&rounds| (people, rounds)));
    for (people, rounds) in cases.chain(EXTRA) {
        let request = request(people, rounds);
        let start = Instant::now();
        let Ok(best) = plan(&request, &mut Deadline::after(BUDGET)) else {
            println!("| {people} | {rounds} | – | – | refused | – | – |");
            continue;
        };
        let took = start.elapsed();
        let random: u32 = (0..RANDOM_SEEDS)
            .filter_map(|seed| random_plan(&request, seed).ok())
            .map(|p| p.repeats)
            .sum();
        println!(
            "| {people} | {rounds} | {} | {} | {}{} | {:.1} ms | {:.1} |",
            request.tables,
            best.lower_bound,
            best.repeats,
            if best.optimal { " (optimal)" } else { "" },
            took.as_secs_f64() * 1000.0,
            f64::from(random) / f64::from(RANDOM_SEEDS),
        );
    }
    println!();
}

fn bench(c: &mut Criterion) {
    print_table();
    let mut planner = c.benchmark_group("planner_1s_budget");
    planner
        .sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_secs(2));
    for people in PEOPLE {
        for rounds in ROUNDS {
            let request = request(people, rounds);
            let id = BenchmarkId::from_parameter(format!("{people}p_{rounds}r"));
            planner.bench_with_input(id, &request, |b, request| {
                b.iter(|| plan(black_box(request), &mut Deadline::after(BUDGET)))
            });
        }
    }
    planner.finish();

    let mut baseline = c.benchmark_group("random_plan");
    baseline
        .sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_millis(500));
    for people in PEOPLE {
        for rounds in ROUNDS {
            let request = request(people, rounds);
            let id = BenchmarkId::from_parameter(format!("{people}p_{rounds}r"));
            baseline.bench_with_input(id, &request, |b, request| {
                b.iter(|| random_plan(black_box(request), SEED))
            });
        }
    }
    baseline.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
