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

/// Reads and parses the input, on every core the machine has; its diagnostics go to stderr whatever the output
/// format.
fn dataset(path: &Path) -> Result<Dataset, String> {
    let text = read_input(path)?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let parsed = joblens_core::parse_threads(&text, threads);
    let ds = Dataset::new("input", text, parsed);
    for d in &ds.parsed.diagnostics {
        eprintln!("{d}");
    }
    Ok(ds)
}

fn read_input(path: &Path) -> Result<String, String> {
    let shown = path.display();
    let failed = |e: std::io::Error| format!("cannot read {shown}: {e}");
    let (mut input, size): (Box<dyn Read>, usize) = if path == Path::new("-") {
        (Box::new(std::io::stdin().lock()), 0)
    } else {
        let file = std::fs::File::open(path).map_err(failed)?;
        let size = file.metadata().map_or(0, |m| m.len() as usize);
        (Box::new(file), size)
    };
    // Read in blocks, each checked with SIMD (std's check was a tenth of `stats` on Chinese text) and appended: the
    // text is copied once, and no second buffer the size of the file is filled, faulted in and freed.
    let mut text = String::with_capacity(size);
    let mut block = vec![0u8; 1 << 20];
    let mut filled = 0;
    loop {
        let n = match input.read(&mut block[filled..]) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(failed(e)),
        };
        filled += n;
        // A character cut by the end of the block waits for the next read.
        let cut = if n == 0 { filled } else { complete_prefix(&block[..filled]) };
        match simdutf8::basic::from_utf8(&block[..cut]) {
            Ok(s) => text.push_str(s),
            Err(_) => {
                // Bad bytes are replaced, never fatal: the rest of the text is still worth reading.
                let mut rest = block[..filled].to_vec();
                input.read_to_end(&mut rest).map_err(failed)?;
                eprintln!("warning: {shown} is not valid UTF-8; invalid bytes were replaced with U+FFFD");
                text.push_str(&String::from_utf8_lossy(&rest));
                return Ok(text);
            }
        }
        if n == 0 {
            return Ok(text);
        }
        block.copy_within(cut..filled, 0);
        filled -= cut;
    }
}

/// The length of `bytes` without a last character that it cuts short (UTF-8's lead byte gives the length).
fn complete_prefix(bytes: &[u8]) -> usize {
    let last_lead = (bytes.len().saturating_sub(4)..bytes.len()).rev().find(|&i| bytes[i] & 0xC0 != 0x80);
    match last_lead {
        Some(i) if i + bytes[i].leading_ones().max(1) as usize > bytes.len() => i,
        _ => bytes.len(),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn read_back(name: &str, bytes: &[u8]) -> String {
        let path = std::env::temp_dir().join(format!("joblens-read-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).expect("a temporary file");
        let text = read_input(&path).expect("readable");
        std::fs::remove_file(&path).expect("removed");
        text
    }

    #[test]
    fn a_file_read_in_blocks_is_the_file_whatever_character_a_block_ends_in() {
        // Characters of 1, 3, 4 and 2 bytes after 0–3 bytes of padding: the ends of the first two 1 MiB blocks fall
        // inside each kind.
        for pad in 0..4 {
            let text = "x".repeat(pad) + &"a汉😀é".repeat(240_000);
            assert_eq!(read_back(&format!("pad{pad}"), text.as_bytes()), text);
        }
    }

    #[test]
    fn bad_bytes_after_the_first_block_are_replaced_and_the_rest_kept() {
        let mut bytes = "汉".repeat(400_000).into_bytes();
        bytes.extend([0xff, b'P', 0xe6, 0xb1]); // a bad byte, then a character the file cuts short
        assert_eq!(read_back("bad", &bytes), String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn complete_prefix_leaves_out_only_a_character_cut_short() {
        assert_eq!(complete_prefix(b""), 0);
        assert_eq!(complete_prefix("ab汉".as_bytes()), 5);
        assert_eq!(complete_prefix(&"ab汉".as_bytes()[..4]), 2);
        assert_eq!(complete_prefix(&"a😀".as_bytes()[..4]), 1);
        assert_eq!(complete_prefix(&"aé".as_bytes()[..2]), 1);
    }
}
