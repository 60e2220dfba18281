//! A coffee trial's pairing against a plain random shuffle: 50, 200 and 1,000 people in
//! ten departments, over 1 and 8 rounds. First prints the repeats and same-department
//! meetings each leaves (the figures to quote), then lets criterion time both.
//!
//! Run with `cargo bench -p mobilise-core --bench coffee_pairing`.

use std::collections::HashSet;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use mobilise_core::techniques::randomised_coffee_trials::pairing::{
    plan_programme, EarlierRound, Member, OddOneOut, RoundRequest,
};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

const PEOPLE: [usize; 3] = [50, 200, 1000];
const ROUNDS: [u32; 2] = [1, 8];
const DEPARTMENTS: usize = 10;

fn staff(n: usize) -> Vec<Member> {
    (0..n)
        .map(|i| Member {
            id: Uuid::from_u128(i as u128 + 1),
            group: format!("Department {}", i % DEPARTMENTS),
            organisation: String::new(),
            site: String::new(),
            senior: i % 25 == 0,
        })
        .collect()
}

/// Every round of a programme paired by the trial's rules, planned together.
fn planned(members: &[Member], rounds: u32) -> Vec<EarlierRound> {
    let request = RoundRequest {
        members,
        earlier: &[],
        keep_apart: &[],
        across_organisations: false,
        prefer_same_site: false,
        locked: &[],
        odd: OddOneOut::Trio,
        seed: 1,
    };
    plan_programme(&request, rounds, 1)
        .into_iter()
        .zip(1..)
        .map(|(paired, round)| EarlierRound {
            round,
            groups: paired.groups,
        })
        .collect()
}

/// Every round shuffled and paired in order, the last three together when odd.
fn shuffled(members: &[Member], rounds: u32) -> Vec<EarlierRound> {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    (1..=rounds)
        .map(|round| {
            let mut ids: Vec<Uuid> = members.iter().map(|m| m.id).collect();
            ids.shuffle(&mut rng);
            let mut groups: Vec<Vec<Uuid>> = ids.chunks(2).map(<[Uuid]>::to_vec).collect();
            if ids.len() % 2 == 1 && groups.len() > 1 {
                let last = groups.pop().unwrap_or_default();
                if let Some(pair) = groups.last_mut() {
                    pair.extend(last);
                }
            }
            EarlierRound { round, groups }
        })
        .collect()
}

/// Meetings with someone met before, and within one department, over the programme.
fn figures(members: &[Member], rounds: &[EarlierRound]) -> (usize, usize) {
    let department = |id: &Uuid| {
        members
            .iter()
            .position(|m| m.id == *id)
            .map(|i| i % DEPARTMENTS)
    };
    let mut met = HashSet::new();
    let (mut repeats, mut same) = (0, 0);
    for round in rounds {
        for group in &round.groups {
            for (x, a) in group.iter().enumerate() {
                for b in &group[x + 1..] {
                    if !met.insert((a.min(b), a.max(b))) {
                        repeats += 1;
                    }
                    if department(a) == department(b) {
                        same += 1;
                    }
                }
            }
        }
    }
    (repeats, same)
}

fn table() {
    println!(
        "\npeople  rounds  repeats (planned / shuffled)  same department (planned / shuffled)"
    );
    for n in PEOPLE {
        let members = staff(n);
        for rounds in ROUNDS {
            let (pr, ps) = figures(&members, &planned(&members, rounds));
            let (rr, rs) = figures(&members, &shuffled(&members, rounds));
            println!("{n:>6}  {rounds:>6}  {pr:>9} / {rr:<17}  {ps:>9} / {rs}");
        }
    }
    println!();
}

fn pairing(c: &mut Criterion) {
    table();
    let mut group = c.benchmark_group("coffee_pairing");
    group.sample_size(10);
    for n in PEOPLE {
        let members = staff(n);
        for rounds in ROUNDS {
            let id = format!("{n} people, {rounds} rounds");
            group.bench_with_input(BenchmarkId::new("planned", &id), &members, |b, m| {
                b.iter(|| black_box(planned(m, rounds)))
            });
            group.bench_with_input(BenchmarkId::new("shuffled", &id), &members, |b, m| {
                b.iter(|| black_box(shuffled(m, rounds)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, pairing);
criterion_main!(benches);
