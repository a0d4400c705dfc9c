//! Engine benchmarks on generated corpora of 1k / 10k / 100k postings: parse throughput (MB/s), on one thread and
//! with the fields read on two as the CLI reads a file, next to a bare
//! Aho–Corasick scan of the same text (the floor), the dataset's index build, and filter + aggregate time with and
//! without filters.
//! Run: `cargo bench -p joblens-core --bench engine`. Native only (criterion measures with the OS clock).

#![cfg_attr(target_arch = "wasm32", allow(unused))]
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {

    use criterion::{black_box, criterion_group, BatchSize, BenchmarkId, Criterion, Throughput};
    use joblens_core::{parse, parse_threads, scan, stats, synth, Dataset, Filters};

    fn parse_throughput(c: &mut Criterion) {
        let mut g = c.benchmark_group("parse");
        for n in [1_000, 10_000, 100_000] {
            let text = synth::corpus(n, 42);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.sample_size(if n >= 100_000 { 10 } else { 30 });
            g.bench_with_input(BenchmarkId::new("parse", n), &text, |b, t| b.iter(|| parse(black_box(t))));
            // What the CLI runs on a whole file: the fields read on two threads (this machine has two cores).
            g.bench_with_input(BenchmarkId::new("parse_threads-2", n), &text, |b, t| {
                b.iter(|| parse_threads(black_box(t), 2))
            });
            g.bench_with_input(BenchmarkId::new("bare-aho-corasick", n), &text, |b, t| {
                b.iter(|| scan::bare_count(black_box(t)))
            });
        }
        g.finish();
        // The bulk shapes: each record read by its own reader (csv-core, serde_json, the thread and card rules).
        let mut g = c.benchmark_group("parse-shapes");
        for shape in synth::Paste::ALL {
            let text = synth::paste(shape, 10_000, 42);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.sample_size(20);
            g.bench_with_input(BenchmarkId::new(shape.name(), 10_000), &text, |b, t| b.iter(|| parse(black_box(t))));
        }
        g.finish();
    }

    /// Building the dataset's columns and indexes from parsed postings: the step between the parse and the first
    /// statistics, which the page runs as one task.
    fn index(c: &mut Criterion) {
        let mut g = c.benchmark_group("index");
        for n in [10_000, 100_000] {
            let text = synth::corpus(n, 42);
            let parsed = parse(&text);
            g.sample_size(if n >= 100_000 { 20 } else { 50 });
            g.bench_with_input(BenchmarkId::new("Dataset::new", n), &(text, parsed), |b, (t, p)| {
                b.iter_batched(|| (t.clone(), p.clone()), |(t, p)| Dataset::new("bench", t, p), BatchSize::LargeInput)
            });
        }
        g.finish();
    }

    fn aggregate(c: &mut Criterion) {
        let mut g = c.benchmark_group("filter+aggregate");
        for n in [10_000, 100_000] {
            let ds = Dataset::from_text("bench", synth::corpus(n, 42));
            g.sample_size(if n >= 100_000 { 20 } else { 50 });
            g.bench_with_input(BenchmarkId::new("no-filter", n), &ds, |b, ds| {
                b.iter(|| stats::compute(black_box(ds), &Filters::default()))
            });
            let f = synth::benchmark_filters();
            g.bench_with_input(BenchmarkId::new("typical-filter", n), &ds, |b, ds| {
                b.iter(|| stats::compute(black_box(ds), black_box(&f)))
            });
        }
        g.finish();
    }

    criterion_group!(benches, parse_throughput, index, aggregate);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::benches();
    criterion::Criterion::default().configure_from_args().final_summary();
}
