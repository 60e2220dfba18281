//! The least-cost matching on whole rooms where everyone may meet everyone (every pair an
//! edge): 50, 200 and 1,000 people, the pair's cost 0 across groups, 10 within one and
//! 1,000 for a pair that met before, as a programme of pairings weighs them.
//!
//! Run with `cargo bench -p mobilise-core --bench matching`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use mobilise_core::matching::{least_cost, Edge};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const PEOPLE: [usize; 3] = [50, 200, 1000];

/// Every pair of `n` people in ten groups, one pair in fifty having met before.
fn room(n: usize) -> Vec<Edge> {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    (0..n)
        .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
        .map(|(a, b)| {
            let met = rng.random_range(0..50) == 0;
            let cost = if met {
                1000
            } else if a % 10 == b % 10 {
                10
            } else {
                0
            };
            (a, b, cost)
        })
        .collect()
}

fn matching(c: &mut Criterion) {
    let mut group = c.benchmark_group("least_cost");
    group.sample_size(10);
    for n in PEOPLE {
        let edges = room(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &edges, |b, edges| {
            b.iter(|| black_box(least_cost(n, edges)))
        });
    }
    group.finish();
}

criterion_group!(benches, matching);
criterion_main!(benches);
