//! `joblens parse FILE|- [--json|--csv|--ndjson]`, `joblens stats FILE|- [--json] [--currency XXX]` and `joblens synth N`: the engine for
//! survey writers and scripts. Diagnostics go into the JSON and, readable, to stderr.

mod args;

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use args::{BenchArgs, Cli, Command, ParseArgs, ParseFormat, StatsArgs, SynthArgs};
use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};
use joblens_core::{export, stats, synth, Dataset, Parser, Provenance};

fn main() -> ExitCode {
    let mut cli = Cli::command();
    // Usage errors and --help end here, the way clap reports them (exit code 2, or 0 for help).
    let matches = cli.get_matches_mut();
    let command = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut cli).exit()).command;
    let result = match command {
        Command::Parse(a) => parse(&a),
        Command::Stats(a) => stats(&a),
        Command::Synth(a) => synth(&a),
        Command::Bench(a) => bench(&a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A file that cannot be read is reported like a usage error, with the subcommand's usage and exit code 2,
        // as the CLI always did.
        Err(msg) => {
            let sub = matches.subcommand_name().and_then(|name| cli.find_subcommand(name)).cloned();
            sub.unwrap_or(cli).error(ErrorKind::Io, msg).exit()
        }
    }
}

fn parse(a: &ParseArgs) -> Result<(), String> {
    if a.format() == ParseFormat::Ndjson && a.query.filters.is_none() {
        return parse_streaming(&a.input.file);
    }
    let ds = dataset(&a.input.file)?;
    let kept = a.query.filters.as_ref().map(|f| f.apply(&ds));
    let out = match a.format() {
        ParseFormat::Csv => export::to_csv(&ds.parsed, &ds.text, kept.as_deref()),
        ParseFormat::Json => export::to_json(&ds.parsed, &ds.text, kept.as_deref(), false) + "\n",
        ParseFormat::Text => summary(&ds, kept.as_deref()),
        ParseFormat::Ndjson => {
            let all: Vec<u32> = (0..ds.parsed.postings.len() as u32).collect();
            let lines = kept.as_deref().unwrap_or(&all).iter().map(|&i| &ds.parsed.postings[i as usize]);
            let provenance = Provenance::new(&ds.text, false);
            lines.map(|p| export::posting_line(p, &ds.text, &provenance) + "\n").collect()
        }
    };
    write_out(&out)
}

/// `parse --ndjson`: each posting is written as soon as the parser has it, so a collection larger than memory
/// wants only the text and the line being written; diagnostics go to stderr.
fn parse_streaming(path: &Path) -> Result<(), String> {
    let text = read_input(path)?;
    let mut parser = Parser::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut written = 0;
    let provenance = Provenance::new(&text, false);
    let write = |postings: &[joblens_core::Posting], out: &mut std::io::BufWriter<_>| {
        for p in postings {
            writeln!(out, "{}", export::posting_line(p, &text, &provenance))
                .map_err(|e| format!("cannot write output: {e}"))?;
        }
        Ok::<_, String>(())
    };
    while !parser.step(&text, 1 << 20) {
        write(&parser.postings()[written..], &mut out)?;
        written = parser.postings().len();
    }
    write(&parser.postings()[written..], &mut out)?;
    written = parser.postings().len();
    let parsed = parser.finish(&text);
    write(&parsed.postings[written.min(parsed.postings.len())..], &mut out)?;
    for d in &parsed.diagnostics {
        eprintln!("{d}");
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))
}

fn stats(a: &StatsArgs) -> Result<(), String> {
    let ds = dataset(&a.input.file)?;
    let mut filters = a.query.filters.clone().unwrap_or_default();
    if let Some(c) = a.currency {
        filters.pay.currency = Some(c);
    }
    if let Some(c) = filters.pay.currency.filter(|&c| !ds.pays_in(c)) {
        let shown = filters.pay.resolve(&ds).currency;
        eprintln!("warning: no posting is paid in {}; pay figures are in {}", c.code(), shown.code());
    }
    let st = stats::compute(&ds, &filters);
    let out = match a.json {
        true => serde_json::to_string_pretty(&st).map_err(|e| e.to_string())? + "\n",
        false => stats_summary(&st),
    };
    write_out(&out)
}

fn synth(a: &SynthArgs) -> Result<(), String> {
    write_out(&synth::corpus(a.postings, a.seed))
}

fn bench(a: &BenchArgs) -> Result<(), String> {
    let text = read_input(&a.input.file)?;
    let start = std::time::Instant::now();
    let now = || start.elapsed().as_secs_f64() * 1e3;
    let t = synth::time_engine(&text, a.repeats, &now);
    write_out(&(serde_json::to_string_pretty(&t).map_err(|e| e.to_string())? + "\n"))
}

/// Reads and parses the input; its diagnostics go to stderr whatever the output format.
fn dataset(path: &Path) -> Result<Dataset, String> {
    let ds = Dataset::from_text("input", read_input(path)?);
    for d in &ds.parsed.diagnostics {
        eprintln!("{d}");
    }
    Ok(ds)
}

fn read_input(path: &Path) -> Result<String, String> {
    let mut bytes = Vec::new();
    let result = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    let path = path.display();
    result.map_err(|e| format!("cannot read {path}: {e}"))?;
    // A valid file (nearly every one) is checked with SIMD and copied once: std's check, a tenth of `stats` on
    // Chinese text, then runs only on a file that has bad bytes.
    if let Ok(s) = simdutf8::basic::from_utf8(&bytes) {
        return Ok(s.to_owned());
    }
    // Bad bytes are replaced, never fatal: the rest of the text is still worth reading.
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("warning: {path} is not valid UTF-8; invalid bytes were replaced with U+FFFD");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    })
}

fn write_out(out: &str) -> Result<(), String> {
    std::io::stdout().write_all(out.as_bytes()).map_err(|e| format!("cannot write output: {e}"))
}

fn summary(ds: &Dataset, kept: Option<&[u32]>) -> String {
    let (parsed, text) = (&ds.parsed, ds.text.as_str());
    let all: Vec<u32> = (0..parsed.postings.len() as u32).collect();
    let mut s = String::new();
    for p in kept.unwrap_or(&all).iter().map(|&i| &parsed.postings[i as usize]) {
        let name = |sp: Option<joblens_core::Span>| sp.map_or("-", |x| x.of(text));
        let pay = p.salary.map_or("no salary".to_string(), |sal| {
            let n = |v: Option<f64>| v.map_or("…".to_string(), |v| format!("{v}"));
            format!("{}-{} {}/{}", n(sal.min), n(sal.max), sal.currency.code(), sal.period.id())
        });
        s += &format!(
            "{:>6}  {:<8} {} — {}  [{pay}]  {}\n",
            p.line,
            p.tier.map_or("?", |t| t.id()),
            name(p.company),
            name(p.title),
            p.skills.skill_names().join(", ")
        );
    }
    let shown = kept.map_or(parsed.postings.len(), <[u32]>::len);
    s += &format!("{shown} of {} postings, {} diagnostics\n", parsed.postings.len(), parsed.diagnostics.len());
    s
}

fn stats_summary(st: &joblens_core::Stats) -> String {
    let q = &st.pay.monthly_midpoint;
    let mut s = format!(
        "{} postings ({} without salary); monthly midpoint p25/median/p75 = {:.0}/{:.0}/{:.0} {} (n={})\n",
        st.postings,
        st.without_salary,
        q.p25,
        q.median,
        q.p75,
        st.pay.pay.currency.code(),
        q.n
    );
    for sk in st.skills.iter().take(20) {
        s += &format!(
            "{:<14} {:>5} ({:>5.1}%)  median with {:.0} (n={})\n",
            joblens_core::taxonomy::skill_name(sk.id),
            sk.count,
            sk.share * 100.0,
            sk.pay.with.median,
            sk.pay.with.n
        );
    }
    s
}
