//! `joblens parse FILE|- [--json|--csv]` and `joblens stats FILE|- [--json]`: the engine for survey writers and
//! scripts. Diagnostics go into the JSON and, readable, to stderr.

use std::io::{Read, Write};

use joblens_core::{export, share, stats, synth, Dataset, Filters};

const USAGE: &str = "usage:
  joblens parse FILE|- [--json|--csv] [--query Q]   postings and diagnostics
  joblens stats FILE|- [--json] [--query Q]         the statistics the page shows
  joblens synth N [--seed S]                        N generated postings (benchmarks, scale tests)
  joblens bench FILE|- [--repeats R]                engine timings (JSON), as the browser benchmark takes them
Q is the page's URL query (e.g. 'tier=%3C100&skills=Django'): only the postings that view keeps are used.";

enum Format {
    Text,
    Json,
    Csv,
}

fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let result = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    result.map_err(|e| format!("cannot read {path}: {e}"))?;
    // Bad bytes are replaced, never fatal: the rest of the text is still worth reading.
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("warning: {path} is not valid UTF-8; invalid bytes were replaced with U+FFFD");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    })
}

fn main() {
    std::process::exit(run(std::env::args().skip(1).collect()));
}

/// Runs the CLI with `args` (without the program name) and returns the exit code.
fn run(args: Vec<String>) -> i32 {
    match run_inner(&args) {
        Ok(()) => 0,
        Err(msg) => {
            eprintln!("joblens: {msg}\n{USAGE}");
            2
        }
    }
}

fn run_inner(args: &[String]) -> Result<(), String> {
    let (cmd, rest) = args.split_first().ok_or("missing command")?;
    let mut file = None;
    let mut format = Format::Text;
    let mut query = None;
    let mut seed = 42;
    let mut repeats = 20;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => format = Format::Json,
            "--csv" => format = Format::Csv,
            "--query" => query = Some(it.next().ok_or("--query needs a value")?.clone()),
            "--seed" => seed = it.next().and_then(|s| s.parse().ok()).ok_or("--seed needs a number")?,
            "--repeats" => repeats = it.next().and_then(|s| s.parse().ok()).ok_or("--repeats needs a number")?,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            s if file.is_none() && (s == "-" || !s.starts_with('-')) => file = Some(s.to_string()),
            s => return Err(format!("unexpected argument `{s}`")),
        }
    }
    if cmd == "synth" {
        let n: usize = file.as_deref().and_then(|n| n.parse().ok()).ok_or("synth needs a number of postings")?;
        let text = synth::corpus(n, seed);
        return std::io::stdout().write_all(text.as_bytes()).map_err(|e| format!("cannot write output: {e}"));
    }
    if cmd == "bench" {
        let text = read_input(file.as_deref().ok_or("missing FILE (or - for standard input)")?)?;
        let start = std::time::Instant::now();
        let now = || start.elapsed().as_secs_f64() * 1e3;
        let t = synth::time_engine(&text, repeats, &now);
        let out = serde_json::to_string_pretty(&t).map_err(|e| e.to_string())? + "\n";
        return std::io::stdout().write_all(out.as_bytes()).map_err(|e| format!("cannot write output: {e}"));
    }
    let filters = match &query {
        None => Filters::default(),
        Some(q) => {
            let (view, warnings) = share::decode_query(q);
            if let Some(w) = warnings.first() {
                return Err(format!("--query: `{}`: {}", w.key, w.message));
            }
            view.filters
        }
    };
    let text = read_input(file.as_deref().ok_or("missing FILE (or - for standard input)")?)?;
    let ds = Dataset::from_text("input", text);
    for d in &ds.parsed.diagnostics {
        eprintln!("{d}");
    }
    let kept = query.is_some().then(|| filters.apply(&ds));
    let out = match cmd.as_str() {
        "parse" => match format {
            Format::Csv => export::to_csv(&ds.parsed, &ds.text, kept.as_deref()),
            Format::Json => export::to_json(&ds.parsed, &ds.text, kept.as_deref()) + "\n",
            Format::Text => summary(&ds, kept.as_deref()),
        },
        "stats" => {
            let st = stats::compute(&ds, &filters);
            match format {
                Format::Json => serde_json::to_string_pretty(&st).map_err(|e| e.to_string())? + "\n",
                Format::Csv => return Err("stats has no CSV form; use --json".into()),
                Format::Text => stats_summary(&st),
            }
        }
        other => return Err(format!("unknown command `{other}`")),
    };
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
    let q = &st.monthly_midpoint;
    let mut s = format!(
        "{} postings ({} without salary); monthly midpoint p25/median/p75 = {:.0}/{:.0}/{:.0} CNY (n={})\n",
        st.postings, st.without_salary, q.p25, q.median, q.p75, q.n
    );
    for sk in st.skills.iter().take(20) {
        s += &format!(
            "{:<14} {:>5} ({:>5.1}%)  median with {:.0} (n={})\n",
            joblens_core::taxonomy::skill_name(sk.id),
            sk.count,
            sk.share * 100.0,
            sk.with.median,
            sk.with.n
        );
    }
    s
}
