//! Rendering a long record (about 50 pages: 120 steps of notes and a 400-row table) to
//! Word and to PDF. Run: `cargo bench -p mobilise-export --bench export`.

use criterion::{criterion_group, criterion_main, Criterion};

#[path = "../tests/export/common.rs"]
mod common;

fn fifty_pages() -> mobilise_export::Record {
    let mut record = common::long();
    let more = record.steps.clone();
    record.steps.extend(more);
    record
}

fn export(c: &mut Criterion) {
    let record = fifty_pages();
    if let Ok(pdf) = mobilise_export::to_pdf(&record) {
        let docx = mobilise_export::to_docx(&record)
            .map(|d| d.len())
            .unwrap_or(0);
        eprintln!(
            "50-page record: PDF {} KB, Word {} KB",
            pdf.len() / 1024,
            docx / 1024
        );
    }
    let mut group = c.benchmark_group("export a 50-page record");
    group.sample_size(10);
    group.bench_function("docx", |b| b.iter(|| mobilise_export::to_docx(&record)));
    group.bench_function("pdf", |b| b.iter(|| mobilise_export::to_pdf(&record)));
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
