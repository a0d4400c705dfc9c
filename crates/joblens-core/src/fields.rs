//! The fields a posting is filtered by value (its city, how remote it is): each is declared once, in [`FIELDS`],
//! and everything else derives from that entry. The dataset keeps a dense column of value codes per field, the
//! filters compile a selection of values into a table over those codes, the URL codec writes the field's key, the
//! export writes a column of the same name, and the page shows one checkbox filter per field (`filter-<key>`) with
//! the label its key names. Adding a field is an entry here, a list in `Filters`, and its label in the page.

use crate::groups::Group;
use crate::model::{Posting, Remote};
use crate::text::fold_lower;

/// One field a posting has at most one value of.
pub struct Field {
    /// The URL key, the export column and the page's test id (`filter-<key>`); `zh` and `en` are its label on the
    /// page, as a group's are.
    pub name: Group,
    /// The posting's value, as filters and the URL write it; `None` when the posting does not say.
    pub read: fn(&Posting) -> Option<&str>,
    /// The canonical spelling of a value typed in a URL (case-insensitive), or why it is not a value.
    pub canonical: fn(&str) -> Result<Box<str>, String>,
    /// The values the field can take when they are fixed (`remote`), with their labels; `None` when the values come
    /// from the data (cities) and are shown as they are.
    pub fixed: Option<&'static [Group]>,
}

/// Index of the city in [`FIELDS`] (and of its column in the dataset).
pub const CITY: usize = 0;
/// Index of the remote / hybrid / on-site field.
pub const REMOTE: usize = 1;

/// The value fields, in URL order (after `edu`).
pub static FIELDS: [Field; 2] = [
    Field {
        name: Group { id: "city", zh: "城市", en: "City" },
        read: |p| p.city.as_deref(),
        canonical: canonical_city,
        fixed: None,
    },
    Field {
        name: Group { id: "remote", zh: "远程办公", en: "Remote work" },
        read: |p| p.remote.map(Remote::id),
        canonical: |s| {
            Remote::from_id(s)
                .map(|r| r.id().into())
                .ok_or_else(|| format!("unknown value `{s}` (remote, hybrid, onsite)"))
        },
        fixed: Some(&[
            Group { id: "remote", zh: "远程", en: "remote" },
            Group { id: "hybrid", zh: "混合", en: "hybrid" },
            Group { id: "onsite", zh: "坐班", en: "on site" },
        ]),
    },
];

/// A city as the parser writes it, whatever case a URL or a person types it in: `shanghai` and `SHANGHAI` are
/// `Shanghai`, `new york` is `New York`; names with capitals or without Latin letters (`München`, `上海`) stay as
/// written.
fn canonical_city(s: &str) -> Result<Box<str>, String> {
    let s = s.trim();
    if s.is_empty() || s.chars().count() > 80 {
        return Err(format!("`{s}` is not a city name"));
    }
    let mixed = s.chars().any(char::is_lowercase) && s.chars().any(char::is_uppercase);
    if mixed {
        return Ok(s.into());
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(crate::text::upper(c));
        } else {
            out.push(crate::text::lower(c));
        }
        start = !c.is_alphanumeric();
    }
    Ok(out.into())
}

/// Whether two values are the same value of a field: case and width folded, so a link typed by hand still finds
/// `Shanghai`.
pub fn same_value(a: &str, b: &str) -> bool {
    a == b || fold_lower(a) == fold_lower(b)
}

/// The codes of one field over a dataset's postings: each distinct value once, most frequent first (ties in byte
/// order), its count, and per posting the index of its value (`NONE` when the posting does not say).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Column {
    pub values: Vec<(Box<str>, u32)>,
    pub codes: Vec<u32>,
}

impl Field {
    pub fn key(&self) -> &'static str {
        self.name.id
    }
}

/// The field whose URL key is `key`.
pub fn field_index(key: &str) -> Option<usize> {
    FIELDS.iter().position(|f| f.key() == key)
}

impl Column {
    /// The code of a posting that does not say.
    pub const NONE: u32 = u32::MAX;

    /// Reads `field` from every posting. Spellings that differ only in case and width are one value, written as it
    /// is first written (`shanghai` after `Shanghai` is `Shanghai`).
    pub fn new(field: &Field, postings: &[Posting]) -> Column {
        use std::collections::BTreeMap;
        // Folded spelling → (first spelling, count); most values are one of a few cities, so the map stays small.
        let mut seen: BTreeMap<String, (&str, u32)> = BTreeMap::new();
        let folded: Vec<Option<String>> = postings
            .iter()
            .map(|p| {
                let v = (field.read)(p)?;
                let key = fold_lower(v);
                seen.entry(key.clone()).or_insert((v, 0)).1 += 1;
                Some(key)
            })
            .collect();
        let mut values: Vec<(&String, &str, u32)> = seen.iter().map(|(k, &(v, n))| (k, v, n)).collect();
        crate::bits::sort_by(&mut values, |a, b| b.2.cmp(&a.2).then(a.1.cmp(b.1)));
        // Inserted one by one: `collect` into a map sorts with another copy of std's sort (~4 KB of the wasm).
        let mut code: BTreeMap<&str, u32> = BTreeMap::new();
        for (i, (k, ..)) in values.iter().enumerate() {
            code.insert(k.as_str(), i as u32);
        }
        let codes = folded.iter().map(|k| k.as_deref().map_or(Column::NONE, |k| code[k])).collect();
        Column { values: values.iter().map(|&(_, v, n)| (v.into(), n)).collect(), codes }
    }

    /// The values a filter offers: the `top` most frequent, then any of `selected` the data lacks (a link can
    /// name a city that is not in the data; it stays visible so it can be unticked).
    pub fn offered(&self, top: usize, selected: &[Box<str>]) -> Vec<Box<str>> {
        let mut out: Vec<Box<str>> = self.values.iter().take(top).map(|(v, _)| v.clone()).collect();
        for s in selected {
            if !out.iter().any(|v| same_value(v, s)) {
                out.push(s.clone());
            }
        }
        out
    }

    /// Which codes a selection of values accepts (`accepted[code]`); values the data lacks accept nothing.
    pub fn accepts(&self, selected: &[Box<str>]) -> Vec<bool> {
        self.values.iter().map(|(v, _)| selected.iter().any(|s| same_value(s, v))).collect()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn cities_read_in_any_case_come_out_as_the_parser_writes_them() {
        let c = |s: &str| (FIELDS[CITY].canonical)(s);
        assert_eq!(c("shanghai").as_deref(), Ok("Shanghai"));
        assert_eq!(c("NEW YORK").as_deref(), Ok("New York"));
        assert_eq!(c(" München ").as_deref(), Ok("München"));
        assert_eq!(c("上海").as_deref(), Ok("上海"));
        assert_eq!(c("McAllen").as_deref(), Ok("McAllen"));
        assert!(c("").is_err());
        let r = |s: &str| (FIELDS[REMOTE].canonical)(s);
        assert_eq!(r("Hybrid").as_deref(), Ok("hybrid"));
        assert!(r("sometimes").is_err());
        let fixed: Vec<&str> = FIELDS[REMOTE].fixed.unwrap_or_default().iter().map(|g| g.id).collect();
        assert_eq!(fixed, Remote::ALL.map(Remote::id));
    }

    /// Three postings in Shanghai (one remote, one hybrid, one written in lower case), one in Beijing on site, one
    /// that says neither.
    pub(crate) const SAMPLE: &str = "### 甲 | Python工程师 | Shanghai | Remote | 20-30K\n+ 熟悉 Python\n\n\
        ### 乙 | Go工程师 | Beijing | Onsite | 25-35K\n+ 熟悉 Go\n\n\
        ### 丙 | Java工程师 | shanghai | Hybrid | 20-30K\n+ 熟悉 Java\n\n\
        ### 丁 | PHP工程师 | Shanghai | 15-20K\n+ 熟悉 PHP\n\n### 戊 | Rust工程师 | 30-40K\n+ 熟悉 Rust\n";

    #[test]
    fn a_column_counts_values_most_frequent_first_and_codes_each_posting() {
        let parsed = crate::parse::parse(SAMPLE);
        let col = Column::new(&FIELDS[CITY], &parsed.postings);
        let cities: Vec<(&str, u32)> = col.values.iter().map(|(v, n)| (&**v, *n)).collect();
        assert_eq!(cities, [("Shanghai", 3), ("Beijing", 1)], "one value whatever its case");
        assert_eq!(col.codes, [0, 1, 0, 0, Column::NONE]);
        assert_eq!(col.accepts(&["beijing".into(), "Paris".into()]), [false, true]);
        let offered = col.offered(1, &["Paris".into(), "SHANGHAI".into()]);
        assert_eq!(offered, [Box::from("Shanghai"), "Paris".into()]);
        let remote = Column::new(&FIELDS[REMOTE], &parsed.postings);
        assert_eq!(remote.codes.iter().filter(|&&c| c == Column::NONE).count(), 2);
    }

    #[test]
    fn every_field_is_an_export_column_holding_its_value() {
        let parsed = crate::parse::parse(SAMPLE);
        let csv = crate::export::to_csv(&parsed, SAMPLE, None);
        let mut rows = csv.lines().map(|l| l.split(',').collect::<Vec<_>>());
        let header = rows.next().unwrap_or_default();
        for field in &FIELDS {
            let col = header.iter().position(|h| *h == field.key());
            assert!(col.is_some(), "{} is an export column", field.key());
        }
        for (row, p) in rows.zip(&parsed.postings) {
            for field in &FIELDS {
                let col = header.iter().position(|h| *h == field.key()).unwrap_or_default();
                assert_eq!(row[col], (field.read)(p).unwrap_or(""), "{}", field.key());
            }
        }
    }

    #[test]
    fn a_field_filter_keeps_the_values_chosen_in_any_case_and_drops_the_unknown() {
        let ds = crate::dataset::Dataset::from_text("sample", SAMPLE);
        let kept = |f: crate::filter::Filters| f.apply(&ds);
        let city =
            |c: &[&str]| crate::filter::Filters { city: c.iter().map(|&s| s.into()).collect(), ..Default::default() };
        assert_eq!(kept(city(&["SHANGHAI"])), [0, 2, 3]);
        assert_eq!(kept(city(&["Shanghai", "Beijing"])), [0, 1, 2, 3]);
        assert_eq!(kept(city(&["Paris"])), Vec::<u32>::new());
        let remote =
            |r: &[&str]| crate::filter::Filters { remote: r.iter().map(|&s| s.into()).collect(), ..Default::default() };
        assert_eq!(kept(remote(&["remote"])), [0]);
        assert_eq!(kept(remote(&["hybrid", "onsite"])), [1, 2]);
        assert_eq!(
            kept(crate::filter::Filters { remote: vec!["remote".into()], ..city(&["Beijing"]) }),
            Vec::<u32>::new()
        );
    }
}
