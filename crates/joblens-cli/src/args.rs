//! The command line, one argument struct per subcommand: each subcommand accepts only its own flags, and clap checks
//! them, values included (a `--query` the page would not accept), before any input is read.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use joblens_core::{share, Currency, Filters};

#[derive(Debug, Parser)]
#[command(
    name = "joblens",
    about = "The joblens engine for survey writers and scripts: read job postings, print records or statistics.",
    disable_help_subcommand = true,
    // A flag given twice counts once, as it always did (`--json --json`).
    args_override_self = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Parse(ParseArgs),
    Stats(StatsArgs),
    Synth(SynthArgs),
    Bench(BenchArgs),
}

/// Postings and diagnostics (diagnostics also go to stderr, one per line).
#[derive(Debug, Args)]
#[command(override_usage = "joblens parse FILE|- [--json|--csv|--ndjson] [--query Q]")]
pub struct ParseArgs {
    #[command(flatten)]
    pub input: Input,
    /// Postings and diagnostics as one JSON document.
    #[arg(long, overrides_with_all = ["csv", "ndjson"])]
    pub json: bool,
    /// One row per posting; cells that a spreadsheet would run as a formula start with '.
    #[arg(long, overrides_with_all = ["json", "ndjson"])]
    pub csv: bool,
    /// One posting per line of JSON (the keys of --json), written as it is parsed; diagnostics go to stderr only.
    #[arg(long, overrides_with_all = ["json", "csv"])]
    pub ndjson: bool,
    #[command(flatten)]
    pub query: Query,
}

/// How `parse` writes the postings: the last of `--json`, `--csv` and `--ndjson` wins, a summary without any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseFormat {
    Text,
    Json,
    Csv,
    Ndjson,
}

impl ParseArgs {
    pub fn format(&self) -> ParseFormat {
        match (self.json, self.csv, self.ndjson) {
            (true, ..) => ParseFormat::Json,
            (_, true, _) => ParseFormat::Csv,
            (.., true) => ParseFormat::Ndjson,
            _ => ParseFormat::Text,
        }
    }
}

/// The statistics the page shows.
#[derive(Debug, Args)]
#[command(override_usage = "joblens stats FILE|- [--json] [--currency XXX] [--query Q]")]
pub struct StatsArgs {
    #[command(flatten)]
    pub input: Input,
    /// The statistics as JSON (the shape of python-jobs-shanghai.stats.json); a summary without it.
    #[arg(long)]
    pub json: bool,
    /// The currency of the pay figures (ISO code, e.g. USD); by default the one most salaried postings are paid in.
    /// Counts cover every posting whatever it is paid in; nothing is converted.
    #[arg(long, value_name = "XXX", value_parser = currency)]
    pub currency: Option<Currency>,
    #[command(flatten)]
    pub query: Query,
}

/// N generated postings (benchmarks, scale tests).
#[derive(Debug, Args)]
#[command(override_usage = "joblens synth N [--seed S]")]
pub struct SynthArgs {
    /// How many postings to generate.
    #[arg(value_name = "N")]
    pub postings: usize,
    /// The same seed gives the same text.
    #[arg(long, value_name = "S", default_value_t = 42)]
    pub seed: u64,
}

/// Engine timings (JSON), as the browser benchmark takes them.
#[derive(Debug, Args)]
#[command(override_usage = "joblens bench FILE|- [--repeats R]")]
pub struct BenchArgs {
    #[command(flatten)]
    pub input: Input,
    /// How many times each step runs (the report gives medians).
    #[arg(long, value_name = "R", default_value_t = 20)]
    pub repeats: u32,
}

/// The text to read, shared by the subcommands that read postings.
#[derive(Debug, Args)]
pub struct Input {
    /// A text file of postings, or - for standard input.
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,
}

/// `--query Q`, shared by `parse` and `stats`.
#[derive(Debug, Args)]
pub struct Query {
    /// The page's URL query (e.g. 'tier=%3C100&skills=Django'): only the postings that view keeps are used.
    #[arg(long = "query", value_name = "Q", value_parser = filters)]
    pub filters: Option<Filters>,
}

/// A query is accepted only if the page would read every key of it without a warning.
fn filters(query: &str) -> Result<Filters, String> {
    let (view, warnings) = share::decode_query(query);
    match warnings.first() {
        Some(w) => Err(format!("`{}`: {}", w.key, w.message)),
        None => Ok(view.filters),
    }
}

/// A currency code as the page's `cur=` reads it.
fn currency(code: &str) -> Result<Currency, String> {
    if !code.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(format!("`{code}` is not a currency code"));
    }
    let (view, warnings) = share::decode_query(&format!("cur={code}"));
    match (view.filters.pay.currency, warnings.first()) {
        (Some(c), None) => Ok(c),
        (_, w) => Err(w.map_or_else(|| format!("unknown currency `{code}`"), |w| w.message.clone())),
    }
}
