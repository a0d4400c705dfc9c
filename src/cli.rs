//! `joblens parse FILE|- [--json|--csv]` and `joblens stats FILE|- [--json]`: the engine for survey writers and
//! scripts. Diagnostics go into the JSON and, readable, to stderr.

use std::io::{Read, Write};

use joblens_core::{export, parse, stats, Dataset, Filters};

const USAGE: &str = "usage:
  joblens parse FILE|- [--json|--csv]   postings and diagnostics
  joblens stats FILE|- [--json]         the statistics the page shows, for the whole file";

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
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ())
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

/// Runs the CLI with `args` (without the program name) and returns the exit code.
pub fn run(args: Vec<String>) -> i32 {
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
    for a in rest {
        match a.as_str() {
            "--json" => format = Format::Json,
            "--csv" => format = Format::Csv,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            s if file.is_none() && (s == "-" || !s.starts_with('-')) => file = Some(s.to_string()),
            s => return Err(format!("unexpected argument `{s}`")),
        }
    }
    let text = read_input(file.as_deref().ok_or("missing FILE (or - for standard input)")?)?;
    let out = match cmd.as_str() {
        "parse" => {
            let parsed = parse(&text);
            for d in &parsed.diagnostics {
                eprintln!("{d}");
            }
            match format {
                Format::Csv => export::to_csv(&parsed, &text, None),
                Format::Json => export::to_json(&parsed, &text, None) + "\n",
                Format::Text => summary(&parsed, &text),
            }
        }
        "stats" => {
            let ds = Dataset::from_text("input", text);
            for d in &ds.parsed.diagnostics {
                eprintln!("{d}");
            }
            let st = stats::compute(&ds, &Filters::default());
            match format {
                Format::Json => serde_json::to_string_pretty(&st).map_err(|e| e.to_string())? + "\n",
                Format::Csv => return Err("stats has no CSV form; use --json".into()),
                Format::Text => stats_summary(&st),
            }
        }
        other => return Err(format!("unknown command `{other}`")),
    };
    std::io::stdout()
        .write_all(out.as_bytes())
        .map_err(|e| format!("cannot write output: {e}"))
}

fn summary(parsed: &joblens_core::Parsed, text: &str) -> String {
    let mut s = String::new();
    for p in &parsed.postings {
        let name = |sp: Option<joblens_core::Span>| sp.map_or("-", |x| x.of(text));
        let pay = p.salary.map_or("no salary".to_string(), |sal| {
            let n = |v: Option<f64>| v.map_or("…".to_string(), |v| format!("{v}"));
            format!(
                "{}-{} {}/{}",
                n(sal.min),
                n(sal.max),
                sal.currency.code(),
                sal.period.id()
            )
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
    s += &format!(
        "{} postings, {} diagnostics\n",
        parsed.postings.len(),
        parsed.diagnostics.len()
    );
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
