//! The `joblens` binary as a user runs it: `parse FILE --json|--csv`, `stats FILE --json`, `synth N`, `-` for stdin,
//! and clear failures.

// Native only: wasm32 has no processes to spawn.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const CORPUS: &str = "../joblens-core/data/python-jobs-shanghai.md";

fn joblens(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_joblens"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("joblens runs");
    if let Some(input) = stdin {
        child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("joblens finishes")
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn parse_json_on_the_corpus() {
    let out = joblens(&["parse", CORPUS, "--json"], None);
    assert!(out.status.success());
    let doc = json(&out);
    assert_eq!(doc["postings"].as_array().map(Vec::len), Some(32));
    assert_eq!(doc["postings"][0]["salary"]["raw"], "20-40K");
    // Diagnostics are in the JSON and, readable, on stderr.
    assert_eq!(doc["diagnostics"][0]["code"], "empty-posting");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 38: info [empty-posting]"), "{err}");
}

#[test]
fn stats_json_on_the_corpus() {
    let out = joblens(&["stats", CORPUS, "--json"], None);
    assert!(out.status.success());
    let doc = json(&out);
    assert_eq!(doc["postings"], 32);
    assert_eq!(doc["monthly_midpoint"]["median"], 20000.0);
    assert_eq!(doc["tiers"]["<100"]["n"], 6);
    assert_eq!(doc["top20"][0], "Python");
}

/// The default corpus is all CNY: the JSON is the reference file's figures, key for key (the reference's `about`
/// aside), with `currency`, `bin_width` and `view` added.
#[test]
fn stats_json_on_the_corpus_has_the_reference_keys_and_says_its_currency() {
    let doc = json(&joblens(&["stats", CORPUS, "--json"], None));
    let want: serde_json::Value =
        serde_json::from_str(include_str!("../../joblens-core/data/python-jobs-shanghai.stats.json")).expect("JSON");
    for (key, value) in want.as_object().expect("object") {
        if key == "about" {
            continue;
        }
        for (k, v) in value.as_object().into_iter().flatten() {
            assert_eq!(&doc[key][k], v, "{key}.{k}");
        }
        if !value.is_object() {
            assert_eq!(&doc[key], value, "{key}");
        }
    }
    assert_eq!((&doc["currency"], &doc["bin_width"], &doc["view"]), (&"CNY".into(), &5000.0.into(), &"month".into()));
}

/// A thread paid mostly in USD: its pay figures are in USD per year by default, every posting is counted, the
/// CNY pay is under its own key; `--currency CNY` turns it round.
#[test]
fn stats_pay_figures_are_in_the_default_currency_or_the_one_asked_for() {
    let paste = "### 甲-Python 20-30K\n+ Python\n\n### Acme-Backend $120k-$180k\n+ Go Python\n\n\
                 ### Beta-SRE $100k-$140k\n+ Go\n";
    let doc = json(&joblens(&["stats", "-", "--json"], Some(paste.as_bytes())));
    assert_eq!((&doc["currency"], &doc["postings"], &doc["view"]), (&"USD".into(), &3.into(), &"year".into()));
    assert_eq!(doc["skills"]["Python"]["count"], 2, "counts cover the CNY posting too");
    assert_eq!(doc["annual"]["median"], 135_000.0);
    assert_eq!(doc["CNY"]["monthly_midpoint"]["median"], 25_000.0);
    let doc = json(&joblens(&["stats", "-", "--json", "--currency", "cny"], Some(paste.as_bytes())));
    assert_eq!(
        (&doc["currency"], &doc["view"], &doc["monthly_midpoint"]["n"]),
        (&"CNY".into(), &"month".into(), &1.into())
    );
    assert_eq!(doc["USD"]["annual"]["median"], 135_000.0);
    // A currency no posting is paid in: said on stderr, the default used.
    let out = joblens(&["stats", "-", "--json", "--currency", "JPY"], Some(paste.as_bytes()));
    assert!(out.status.success());
    assert_eq!(json(&out)["currency"], "USD");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no posting is paid in JPY; pay figures are in USD"));
}

#[test]
fn reads_stdin_and_writes_safe_csv() {
    let paste = "### =HYPERLINK(\"x\")-@SUM(A1) 20-30K\n+ 熟悉Python\n\n---\n\n-Foo | +Bar | 10-20K\n熟悉Go语言\n";
    let out = joblens(&["parse", "-", "--csv"], Some(paste.as_bytes()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "line,tier,company,title,salary_min,salary_max,currency,period,months,experience_min_years,education,\
             skills,location,city,remote,posted,stage,industry"
        )
    );
    let first = lines.next().expect("row 1");
    assert!(first.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{first}");
    assert!(first.contains("'@SUM(A1)"), "{first}");
    // Skills, then the six newer columns, empty for a markdown posting that names no place.
    assert!(first.ends_with(",Python,,,,,,"), "{first}");
    let second = lines.next().expect("row 2");
    assert!(second.contains("'-Foo") && second.contains("'+Bar"), "{second}");
}

#[test]
fn invalid_utf8_is_replaced_not_fatal() {
    let mut bytes = b"### A-B 20-30K\n+ Python ".to_vec();
    bytes.extend([0xff, 0xfe, 0x80]);
    let out = joblens(&["parse", "-", "--json"], Some(&bytes));
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"));
    assert_eq!(json(&out)["postings"][0]["skills"][0], "Python");
}

#[test]
fn synth_writes_postings_that_parse() {
    let out = joblens(&["synth", "5", "--seed", "7"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let parsed = joblens(&["parse", "-", "--json"], Some(&out.stdout));
    assert_eq!(json(&parsed)["postings"].as_array().map(Vec::len), Some(5));
}

/// Each subcommand checks its own flags and their values before reading anything: a usage error prints nothing on
/// stdout, says on stderr what is wrong and shows the usage or where to find it (`--help`), and exits with 2.
#[test]
fn usage_errors_say_what_is_wrong() {
    for (args, needle) in [
        (vec![], "Commands:"),
        (vec!["frobnicate", CORPUS], "unrecognized subcommand 'frobnicate'"),
        (vec!["parse"], "required arguments were not provided"),
        (vec!["parse", "no/such/file.md"], "cannot read no/such/file.md"),
        (vec!["parse", CORPUS, "--yaml"], "unexpected argument '--yaml'"),
        (vec!["parse", CORPUS, "--query", "tier=bogus"], "`tier`: unknown company size `bogus`"),
        (vec!["stats", CORPUS, "--csv"], "unexpected argument '--csv'"),
        (vec!["stats", CORPUS, "--currency", "XYZ"], "unknown currency `XYZ`"),
        (vec!["stats", CORPUS, "--query", "cur=dollars"], "`cur`: unknown currency `dollars`"),
        // synth takes no query: it used to ignore this one and exit 0.
        (vec!["synth", "3", "--query", "tier=bogus"], "unexpected argument '--query'"),
        (vec!["synth", "many"], "invalid value 'many'"),
    ] {
        let out = joblens(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle) && err.contains("--help"), "{args:?}: {err}");
    }
}

#[test]
fn ndjson_is_one_posting_a_line_with_the_keys_of_json() {
    let paste = "nrp 3 days ago | next [–]\n\nAcme | Backend Engineer | Berlin, Germany | €80k\n\nreply\n\n\
                 bob 2 days ago | prev | next [–]\n\nBeta Labs - Remote - hiring Go developers\n";
    let whole = json(&joblens(&["parse", "-", "--json"], Some(paste.as_bytes())));
    let out = joblens(&["parse", "-", "--ndjson"], Some(paste.as_bytes()));
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(serde_json::Value::Array(lines), whole["postings"]);
    // With a query the kept postings are written the same way.
    let out = joblens(&["parse", "-", "--ndjson", "--query", "q=acme"], Some(paste.as_bytes()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let kept: Vec<&str> = std::str::from_utf8(&out.stdout).expect("utf-8").lines().collect();
    assert_eq!(kept.len(), 1);
    assert!(kept[0].contains("\"company\":\"Acme\""), "{}", kept[0]);
}

#[test]
fn json_names_the_table_column_of_each_value() {
    let tsv = "职位名称\t薪资\t职位描述\nPython开发\t15-25K\t熟悉Django\n";
    let doc = json(&joblens(&["parse", "-", "--json"], Some(tsv.as_bytes())));
    let posting = &doc["postings"][0];
    assert_eq!(posting["salary"]["column"], "薪资");
    let django = posting["matches"].as_array().and_then(|m| m.iter().find(|m| m["skill"] == "Django")).cloned();
    assert_eq!(django.map(|m| m["column"].clone()), Some("职位描述".into()));
    // Text has no columns, and says nothing of them.
    let doc = json(&joblens(&["parse", CORPUS, "--json"], None));
    assert!(doc["postings"][0]["matches"][0].get("column").is_none());
}
