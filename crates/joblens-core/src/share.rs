//! The only place view state is serialized: filters and view options ↔ URL query string, and dataset text ↔ the
//! `#data=v1.<payload>` fragment (raw deflate, base64url without padding). Decoding never fails: bad query values
//! become warnings and that key's default; a broken fragment is a typed error the page turns into a message.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::dataset::Dataset;
use crate::fields::{field_index, FIELDS};
use crate::filter::Filters;
use crate::model::{Currency, Education, Tier};
use crate::taxonomy::{skill_id, skill_name};

/// Languages of the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub fn id(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

/// Everything the URL query carries. The pay view (`cur=`, `view=`) is `filters.pay`: the salary range is read in it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub filters: Filters,
    /// Set when the user chose a language; otherwise the browser's language applies.
    pub lang: Option<Lang>,
}

/// A query value that could not be used; the key fell back to its default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub key: String,
    pub message: String,
}

/// What `encodeURIComponent` leaves alone.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

fn enc(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

fn dec(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

fn num(v: f64) -> String {
    crate::text::fmt_num(v, 3)
}

/// The query string (without `?`) for `view` over `ds`: the pay view's values that equal the data's defaults left
/// out (`PayChoice::normalized`), then `encode_query`.
pub fn encode_query_for(view: &View, ds: &Dataset) -> String {
    let mut view = view.clone();
    view.filters.pay = view.filters.pay.normalized(ds);
    encode_query(&view)
}

/// The query string (without `?`) for `view`: keys in contract order, values left out when unset.
pub fn encode_query(view: &View) -> String {
    let f = &view.filters;
    let mut parts: Vec<String> = Vec::new();
    let list = |items: Vec<&str>| items.iter().map(|s| enc(s)).collect::<Vec<_>>().join(",");
    if !f.tiers.is_empty() {
        parts.push(format!("tier={}", list(f.tiers.iter().map(|t| t.id()).collect())));
    }
    for (key, ids) in [("skills", &f.all), ("any", &f.any), ("not", &f.not)] {
        if !ids.is_empty() {
            parts.push(format!("{key}={}", list(ids.iter().map(|&id| skill_name(id)).collect())));
        }
    }
    if !f.q.trim().is_empty() {
        parts.push(format!("q={}", enc(f.q.trim())));
    }
    if let Some((lo, hi)) = f.salary {
        parts.push(format!("salary={}-{}", lo.map(num).unwrap_or_default(), hi.map(num).unwrap_or_default()));
    }
    if let Some(e) = f.exp {
        // Six decimals, not `f32`'s Display (~10 KB of the page's wasm): the same text for any years typed.
        parts.push(format!("exp={}", crate::text::fmt_num(f64::from(e), 6)));
    }
    if let Some(e) = f.edu {
        parts.push(format!("edu={}", e.id()));
    }
    for (i, field) in FIELDS.iter().enumerate() {
        if !f.values(i).is_empty() {
            parts.push(format!("{}={}", field.key(), list(f.values(i).iter().map(|v| &**v).collect())));
        }
    }
    if let Some(c) = f.pay.currency {
        parts.push(format!("cur={}", c.code()));
    }
    if let Some(annual) = f.pay.annual {
        parts.push(format!("view={}", if annual { "year" } else { "month" }));
    }
    if let Some(l) = view.lang {
        parts.push(format!("lang={}", l.id()));
    }
    parts.join("&")
}

/// Reads a query string (with or without `?`). Unknown keys are ignored; a bad value gives a warning and the key's
/// default.
pub fn decode_query(query: &str) -> (View, Vec<Warning>) {
    let mut view = View::default();
    let mut warnings = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        if seen.contains(&key) {
            continue; // the first occurrence wins
        }
        seen.push(key);
        let mut warn = |message: String| warnings.push(Warning { key: dec(key), message });
        let f = &mut view.filters;
        if let Some(i) = field_index(key) {
            match items(raw, FIELDS[i].canonical) {
                Ok(v) => *f.values_mut(i) = v,
                Err(e) => warn(e),
            }
            continue;
        }
        match key {
            "tier" => match items(raw, |s| Tier::from_id(s).ok_or_else(|| format!("unknown company size `{s}`"))) {
                Ok(v) => f.tiers = v,
                Err(e) => warn(e),
            },
            "skills" | "any" | "not" => match items(raw, |s| skill_id(s).ok_or_else(|| format!("unknown skill `{s}`")))
            {
                Ok(v) => match key {
                    "skills" => f.all = v,
                    "any" => f.any = v,
                    _ => f.not = v,
                },
                Err(e) => warn(e),
            },
            // Trimmed as it is written back, so a query reads the same after a round trip (found by fuzzing).
            "q" => f.q = dec(raw).chars().take(200).collect::<String>().trim().to_string(),
            "salary" => match salary_range(&dec(raw)) {
                Ok(r) => f.salary = Some(r),
                Err(e) => warn(e),
            },
            "exp" => match dec(raw).trim().parse::<f32>() {
                Ok(y) if (0.0..=50.0).contains(&y) => f.exp = Some(y),
                _ => warn(format!("`{}` is not a number of years (0–50)", dec(raw))),
            },
            "edu" => match Education::from_id(&dec(raw)) {
                Some(e) => f.edu = Some(e),
                None => warn(format!("unknown education `{}` (associate, bachelor, master, doctor)", dec(raw))),
            },
            "cur" => match Currency::from_code(dec(raw).trim()) {
                Some(c) => f.pay.currency = Some(c),
                None => {
                    let codes: Vec<&str> = Currency::ALL.iter().map(|c| c.code()).collect();
                    warn(format!("unknown currency `{}` ({})", dec(raw), codes.join(", ")))
                }
            },
            "view" => match dec(raw).as_str() {
                "month" => f.pay.annual = Some(false),
                "year" => f.pay.annual = Some(true),
                other => warn(format!("unknown view `{other}` (month, year)")),
            },
            "lang" => match dec(raw).as_str() {
                "zh" => view.lang = Some(Lang::Zh),
                "en" => view.lang = Some(Lang::En),
                other => warn(format!("unknown language `{other}` (zh, en)")),
            },
            _ => {}
        }
    }
    (view, warnings)
}

/// Splits a list value on literal commas, decodes each item and reads it; the first bad item fails the list.
fn items<T: PartialEq>(raw: &str, read: impl Fn(&str) -> Result<T, String>) -> Result<Vec<T>, String> {
    let mut out = Vec::new();
    for item in raw.split(',').filter(|s| !s.is_empty()).take(256) {
        let v = read(dec(item).trim())?;
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

/// `LO-HI`, `LO-`, `-HI` in thousands of the pay view's currency, per its period.
fn salary_range(s: &str) -> Result<(Option<f64>, Option<f64>), String> {
    let bad = || format!("`{s}` is not a salary range like 15-30 (thousands, in the currency and period shown)");
    let (lo, hi) = s.trim().split_once('-').ok_or_else(bad)?;
    let read = |v: &str| -> Result<Option<f64>, String> {
        let v = v.trim();
        if v.is_empty() {
            return Ok(None);
        }
        match crate::text::parse_num(v) {
            // Yuan precision, so that a range reads back exactly as it is written.
            Some(x) if x <= 10_000_000.0 => Ok(Some((x * 1000.0).round() / 1000.0)),
            _ => Err(bad()),
        }
    };
    let (lo, hi) = (read(lo)?, read(hi)?);
    match (lo, hi) {
        (None, None) => Err(bad()),
        (Some(a), Some(b)) if a > b => Err(format!("salary range `{s}` is reversed")),
        r => Ok(r),
    }
}

/// Version prefix of shared data.
const DATA_VERSION: &str = "v1.";
/// A shared dataset may not inflate past this (a decompression bomb gets an error, not a frozen tab).
pub const MAX_INFLATED: usize = 64 * 1024 * 1024;

/// Why a `#data=` fragment could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// Not `v1.`: a link from a newer (or unknown) version.
    Version(String),
    /// The payload is not base64url.
    Encoding,
    /// The payload is not complete deflate data (a truncated link).
    Corrupt,
    /// The payload would inflate past `MAX_INFLATED`.
    TooLarge,
    /// The data is not UTF-8 text.
    NotText,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Version(v) => {
                write!(f, "the link's data has version `{v}`, this page reads v1")
            }
            DataError::Encoding => f.write_str("the link's data is not valid base64url (was it cut or edited?)"),
            DataError::Corrupt => f.write_str("the link's data is incomplete or damaged (was the link cut?)"),
            DataError::TooLarge => write!(f, "the link's data would inflate past {} MB; refused", MAX_INFLATED >> 20),
            DataError::NotText => f.write_str("the link's data is not UTF-8 text"),
        }
    }
}

impl std::error::Error for DataError {}

/// `v1.<payload>` for `text`.
pub fn encode_data(text: &str) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!("{DATA_VERSION}{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// Reads `v1.<payload>` back into text.
pub fn decode_data(value: &str) -> Result<String, DataError> {
    let payload = value.strip_prefix(DATA_VERSION).ok_or_else(|| {
        let v = value.split('.').next().unwrap_or("").chars().take(12).collect::<String>();
        DataError::Version(if value.contains('.') { v } else { String::new() })
    })?;
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=').trim()).map_err(|_| DataError::Encoding)?;
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_INFLATED).map_err(|e| {
        if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
            DataError::TooLarge
        } else {
            DataError::Corrupt
        }
    })?;
    String::from_utf8(raw).map_err(|_| DataError::NotText)
}

/// The `data=` value of a URL fragment (`#data=v1.…`), if the fragment has one.
pub fn fragment_data(fragment: &str) -> Option<&str> {
    fragment.trim_start_matches('#').split('&').find_map(|kv| kv.strip_prefix("data="))
}

/// How a dataset's text is read: split into the postings the parser finds, or as one posting (the user's choice in
/// the paste panel). It travels with the data: `&read=text` after a link's `data=`, and beside the saved text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Read {
    #[default]
    Found,
    /// `read=text`: the whole text is one posting.
    Whole,
}

impl Read {
    /// The parser for this reading.
    pub fn parser(self) -> crate::parse::Parser {
        match self {
            Read::Found => crate::parse::Parser::new(),
            Read::Whole => crate::parse::Parser::whole(),
        }
    }

    /// The fragment (or saved) value: `None` for the default, which links leave out.
    pub fn id(self) -> Option<&'static str> {
        match self {
            Read::Found => None,
            Read::Whole => Some("text"),
        }
    }
}

/// The fragment (without `#`) that shares `payload` (a `v1.` value) read as `read`: `data=v1.…[&read=text]`.
pub fn encode_fragment(payload: &str, read: Read) -> String {
    match read.id() {
        Some(r) => format!("data={payload}&read={r}"),
        None => format!("data={payload}"),
    }
}

/// The reading a fragment asks for. A missing `read=` (every link made before it existed) is the default; an
/// unknown value or an unknown part gives a warning and the default.
pub fn fragment_read(fragment: &str) -> (Read, Vec<Warning>) {
    let mut read = Read::Found;
    let mut warnings = Vec::new();
    for part in fragment.trim_start_matches('#').split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        match (key, value) {
            ("data", _) => {}
            ("read", "text") => read = Read::Whole,
            ("read", other) => warnings.push(Warning {
                key: "read".into(),
                message: format!("unknown reading `{}` (text)", dec(other).chars().take(40).collect::<String>()),
            }),
            (other, _) => warnings.push(Warning {
                key: dec(other).chars().take(40).collect(),
                message: "not a part of shared data (data, read)".into(),
            }),
        }
    }
    (read, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn component_encoding_matches_encode_uri_component() {
        assert_eq!(enc("1000+"), "1000%2B");
        assert_eq!(enc("<100"), "%3C100");
        assert_eq!(enc("C++"), "C%2B%2B");
        assert_eq!(enc("C#"), "C%23");
        assert_eq!(enc("TCP/IP"), "TCP%2FIP");
        assert_eq!(enc("Ruby on Rails"), "Ruby%20on%20Rails");
        assert_eq!(enc("Node.js"), "Node.js");
    }
}
