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
