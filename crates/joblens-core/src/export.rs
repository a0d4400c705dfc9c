//! Postings out: the JSON of `joblens parse --json` (and the page's JSON export) and CSV safe to open in a
//! spreadsheet.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::model::{Diagnostic, Posting, Salary};
use crate::parse::Parsed;
use crate::segment::Provenance;
use crate::taxonomy::{concept_name, skill_name};

/// Years of experience in JSON: whole years as integers (`3`), fractions as they are (`0.5`).
struct Years(f32);

impl Serialize for Years {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 {
            s.serialize_u32(self.0 as u32)
        } else {
            s.serialize_f64(f64::from(self.0))
        }
    }
}

/// A posting together with the text its spans point into, serializable as the CLI's JSON.
struct PostingJson<'a> {
    posting: &'a Posting,
    text: &'a str,
    provenance: &'a Provenance,
}

struct SalaryJson<'a>(&'a Salary, &'a str, Option<&'a str>);

impl Serialize for SalaryJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (sal, text) = (self.0, self.1);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("min", &sal.min.map(whole))?;
        m.serialize_entry("max", &sal.max.map(whole))?;
        m.serialize_entry("currency", &sal.currency)?;
        m.serialize_entry("period", &sal.period)?;
        m.serialize_entry("months", &sal.months)?;
        m.serialize_entry("raw", sal.raw.of(text))?;
        m.serialize_entry("rule", &sal.rule)?;
        if let Some(column) = self.2 {
            m.serialize_entry("column", column)?;
        }
        m.end()
    }
}

/// Amounts print as integers when they are whole (`20000`, not `20000.0`).
#[derive(Serialize)]
#[serde(untagged)]
enum Amount {
    Int(i64),
    Float(f64),
}

fn whole(v: f64) -> Amount {
    if v.fract() == 0.0 && v.abs() < 9e15 {
        Amount::Int(v as i64)
    } else {
        Amount::Float(v)
    }
}

/// The text around a match, widened over the Latin word characters that touch it (`Django/Flask`).
fn snippet(text: &str, start: usize, end: usize) -> &str {
    let wordish = |b: u8| b.is_ascii_graphic() && !matches!(b, b',' | b';' | b'(' | b')');
    let bytes = text.as_bytes();
    let mut a = start;
    while a > 0 && start - a < 40 && wordish(bytes[a - 1]) {
        a -= 1;
    }
    let mut b = end;
    while b < bytes.len() && b - end < 40 && wordish(bytes[b]) {
        b += 1;
    }
    text.get(a..b).unwrap_or("")
}

struct MatchJson<'a> {
    name: &'static str,
    concept: bool,
    line: u32,
    snippet: &'a str,
    /// The table column it was read in, for a table row.
    column: Option<&'a str>,
}

impl Serialize for MatchJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry(if self.concept { "concept" } else { "skill" }, self.name)?;
        m.serialize_entry("line", &self.line)?;
        m.serialize_entry("snippet", self.snippet)?;
        if let Some(column) = self.column {
            m.serialize_entry("column", column)?;
        }
        m.end()
    }
}

impl Serialize for PostingJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (p, text) = (self.posting, self.text);
        let row = self.provenance.row(text, p);
        let column = |at: u32| row.as_ref().and_then(|r| r.column(at as usize));
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("line", &p.line)?;
        m.serialize_entry("tier", &p.tier)?;
        m.serialize_entry("company", &p.company.map(|c| c.of(text)))?;
        m.serialize_entry("title", &p.title.map(|t| t.of(text)))?;
        m.serialize_entry("salary", &p.salary.as_ref().map(|s| SalaryJson(s, text, column(s.raw.start))))?;
        m.serialize_entry("experience_min_years", &p.experience_min_years.map(Years))?;
        m.serialize_entry("education", &p.education)?;
        m.serialize_entry("skills", &p.skills)?;
        m.serialize_entry("concepts", &p.concepts.concept_names())?;
        let matches: Vec<MatchJson> = p
            .matches
            .iter()
            .map(|mt| MatchJson {
                name: if mt.concept { concept_name(mt.id) } else { skill_name(mt.id) },
                concept: mt.concept,
                line: mt.line,
                snippet: snippet(text, mt.span.start as usize, mt.span.end as usize),
                column: column(mt.span.start),
            })
            .collect();
        m.serialize_entry("matches", &matches)?;
        m.serialize_entry("location", &p.location.map(|l| l.of(text)))?;
        m.serialize_entry("city", &p.city)?;
        m.serialize_entry("remote", &p.remote)?;
        m.serialize_entry("posted", &p.posted)?;
        m.serialize_entry("stage", &p.stage.map(|l| l.of(text)))?;
        m.serialize_entry("industry", &p.industry.map(|l| l.of(text)))?;
        m.end()
    }
}

#[derive(Serialize)]
struct ParsedJson<'a> {
    postings: Vec<PostingJson<'a>>,
    diagnostics: &'a [Diagnostic],
}

/// One posting as one line of JSON, with the keys of `to_json`'s postings: `joblens parse --ndjson`, for DuckDB,
/// Spark or pandas to read. `provenance` is the text's, built once (`Provenance::new`).
pub fn posting_line(posting: &Posting, text: &str, provenance: &Provenance) -> String {
    serde_json::to_string(&PostingJson { posting, text, provenance })
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The JSON document of `joblens parse --json`: the postings at `indices` (all when `None`) and the diagnostics.
/// `whole`: the text was read as one posting.
pub fn to_json(parsed: &Parsed, text: &str, indices: Option<&[u32]>, whole: bool) -> String {
    let provenance = &Provenance::new(text, whole);
    let postings = match indices {
        None => parsed.postings.iter().map(|posting| PostingJson { posting, text, provenance }).collect(),
        Some(ix) => ix
            .iter()
            .filter_map(|&i| parsed.postings.get(i as usize))
            .map(|posting| PostingJson { posting, text, provenance })
            .collect(),
    };
    let doc = ParsedJson { postings, diagnostics: &parsed.diagnostics };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Makes a cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@` (or a tab or carriage return)
/// gets a leading `'` so it is never run as a formula.
fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// New columns are only ever appended, so scripts that read the older ones keep working.
const CSV_COLUMNS: [&str; 18] = [
    "line",
    "tier",
    "company",
    "title",
    "salary_min",
    "salary_max",
    "currency",
    "period",
    "months",
    "experience_min_years",
    "education",
    "skills",
    "location",
    "city",
    "remote",
    "posted",
    "stage",
    "industry",
];

/// One CSV record through `csv-core`'s writer (the reader's crate): fields quoted when they hold a comma, a quote,
/// CR or LF, quotes doubled, `\n` after each record.
fn push_csv_record<'a>(out: &mut Vec<u8>, cells: impl IntoIterator<Item = &'a str>) {
    let mut w = csv_core::Writer::new();
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            put(out, 2, |o| w.delimiter(o).1);
        }
        put(out, 2 + 2 * cell.len(), |o| w.field(cell.as_bytes(), o).2);
    }
    put(out, 3, |o| w.terminator(o).1);
}

/// Appends what `step` writes into `room` bytes of fresh space. Each caller gives its worst case (`2 + 2 × len` for
/// a field of quotes), so the writer never runs out of output.
fn put(out: &mut Vec<u8>, room: usize, step: impl FnOnce(&mut [u8]) -> usize) {
    let at = out.len();
    out.resize(at + room, 0);
    let n = step(&mut out[at..]);
    out.truncate(at + n);
}

/// One CSV row per posting at `indices` (all when `None`), with a header.
pub fn to_csv(parsed: &Parsed, text: &str, indices: Option<&[u32]>) -> String {
    let mut out = Vec::new();
    push_csv_record(&mut out, CSV_COLUMNS);
    let all: Vec<u32>;
    let ix = match indices {
        Some(ix) => ix,
        None => {
            all = (0..parsed.postings.len() as u32).collect();
            &all
        }
    };
    for &i in ix {
        let Some(p) = parsed.postings.get(i as usize) else {
            continue;
        };
        let num = |v: Option<f64>| v.map(|v| crate::text::fmt_num(v, 3));
        let sal = p.salary.as_ref();
        let row = [
            p.line.to_string(),
            p.tier.map(|t| t.id().to_string()).unwrap_or_default(),
            p.company.map(|c| c.of(text).to_string()).unwrap_or_default(),
            p.title.map(|t| t.of(text).to_string()).unwrap_or_default(),
            num(sal.and_then(|s| s.min)).unwrap_or_default(),
            num(sal.and_then(|s| s.max)).unwrap_or_default(),
            sal.map(|s| s.currency.code().to_string()).unwrap_or_default(),
            sal.map(|s| s.period.id().to_string()).unwrap_or_default(),
            sal.and_then(|s| s.months).map(|m| m.to_string()).unwrap_or_default(),
            // Not `f32`'s Display: its float formatting is ~10 KB of the page's wasm; six decimals cover years.
            p.experience_min_years.map(|y| crate::text::fmt_num(f64::from(y), 6)).unwrap_or_default(),
            p.education.map(|e| e.label().to_string()).unwrap_or_default(),
            p.skills.skill_names().join(";"),
            p.location.map(|l| l.of(text).to_string()).unwrap_or_default(),
            p.city.as_deref().unwrap_or_default().to_string(),
            p.remote.map(|r| r.id().to_string()).unwrap_or_default(),
            p.posted.map(|d| d.to_string()).unwrap_or_default(),
            p.stage.map(|l| l.of(text).to_string()).unwrap_or_default(),
            p.industry.map(|l| l.of(text).to_string()).unwrap_or_default(),
        ];
        let row = row.map(|c| defuse(&c));
        push_csv_record(&mut out, row.iter().map(String::as_str));
    }
    // Every field came from a `&str` and the writer adds only ASCII, so this never takes the lossy path.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_like_the_csv_crate() {
        let mut out = Vec::new();
        push_csv_record(&mut out, ["a", "b,c", "say \"hi\"", "x\ny", "cr\r", ""]);
        assert_eq!(String::from_utf8(out).unwrap(), "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\"cr\r\",\n");
    }
}
