//! The joblens engine: job-posting text in, records and statistics out.
//!
//! Everything here is pure Rust with no browser dependency, so it compiles natively (the `joblens` CLI, tests,
//! benchmarks) and to wasm32 (the page) from the same source. The pipeline is
//! `text → parse::Parser → Parsed { postings, diagnostics } → Dataset → filter::Filters → stats::Stats`, and the
//! view state travels through `share` (URL query and `#data=` fragment).
//!
//! Invariants: parsing never fails and never panics (bad input becomes diagnostics); nothing here reads a clock,
//! the network or storage; output order never depends on hash order.

pub mod bits;
pub mod dataset;
pub mod export;
pub(crate) mod facts;
pub mod fields;
pub mod filter;
pub mod groups;
pub(crate) mod markup;
pub mod model;
pub mod parse;
pub(crate) mod place;
pub mod profile;
pub mod salary;
pub mod scan;
pub mod segment;
pub mod share;
pub mod stats;
pub mod synth;
pub mod taxonomy;
pub mod text;
pub mod views;

pub use dataset::Dataset;
pub use filter::Filters;
pub use model::{Currency, Date, Diagnostic, Education, Level, Period, Posting, Remote, Salary, Span, Tier};
pub use parse::{parse, parse_threads, parse_threads_in_batches, parse_whole, Parsed, Parser};
pub use segment::{Provenance, Shape};
pub use stats::Stats;

/// The default corpus the page opens on: 32 Python back-end postings in Shanghai, grouped by company size.
pub const DEFAULT_CORPUS: &str = include_str!("../data/python-jobs-shanghai.md");
