//! Stage one of extraction: one Aho–Corasick pass (leftmost-longest, ASCII-case-insensitive) over a posting's folded
//! text finds every skill and concept alias and every anchor the other extractors need (years, degrees, headcounts),
//! then the boundary and context rules decide which skill matches count.

use std::sync::OnceLock;

// The DFA type itself rather than `AhoCorasick` (which picks a kind at run time and so links every automaton
// kind, its builder and its search loops into the wasm): same automaton, same matches.
use aho_corasick::automaton::Automaton as _;
use aho_corasick::dfa::DFA;
use aho_corasick::{Input, MatchKind};

use crate::model::Education;
use crate::taxonomy::{Category, CONCEPTS, ORDINARY_WORDS, SKILLS};
use crate::text::{char_at, char_before, foldable_chars, is_cjk, is_latin_alnum};

/// What a pattern stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A skill alias: skill id, the alias as written in the table, and the rule that decides if it counts.
    Skill(u16, &'static str, Rule),
    Concept(u16),
    /// `年`, `year(s)`, `yrs`: a number of years may stand before it.
    Years,
    /// `应届`, `经验不限`: no experience required.
    Fresh,
    Degree(Education),
    /// `人`, `employees`: a headcount may stand before it.
    Headcount,
    /// A character `text::fold` changes (`Ｐ`, a zero-width space): the text must be folded before it is scanned.
    Foldable,
}

/// When a skill alias counts (decided once, when the automaton is built).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Always,
    /// An ordinary English word (`go`, `react`): in a line without Chinese only as written or inside a list.
    Ordinary,
    /// `C`: before 语言 or next to another language.
    LanguageC,
    /// `ES`: exactly so, next to a search or storage name.
    Es,
    /// `js`: not after a dot (`Vue.js` is Vue).
    Js,
}

fn rule_of(alias: &str) -> Rule {
    match alias {
        "C" => Rule::LanguageC,
        "ES" => Rule::Es,
        "js" => Rule::Js,
        a if ORDINARY_WORDS.iter().any(|w| w.eq_ignore_ascii_case(a)) => Rule::Ordinary,
        _ => Rule::Always,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

struct Automaton {
    ac: DFA,
    kinds: Vec<Kind>,
}

const YEARS: &[&str] = &["年", "year", "years", "yrs"];
const FRESH: &[&str] = &[
    "应届",
    "经验不限",
    "不限经验",
    "经验:不限",
    "经验：不限",
    "经验 不限",
    "无经验要求",
    "no experience required",
    "new grad",
    "new graduates",
];
const DEGREES: &[(&str, Education)] = &[
    ("大专", Education::Associate),
    ("专科", Education::Associate),
    ("本科", Education::Bachelor),
    ("学士", Education::Bachelor),
    ("一本", Education::Bachelor),
    ("二本", Education::Bachelor),
    ("bachelor", Education::Bachelor),
    ("bachelor's", Education::Bachelor),
    ("硕士", Education::Master),
    ("研究生", Education::Master),
    ("master's", Education::Master),
    ("master's degree", Education::Master),
    ("master degree", Education::Master),
    ("博士", Education::Doctor),
    ("phd", Education::Doctor),
    ("ph.d", Education::Doctor),
    ("doctorate", Education::Doctor),
];
const HEADCOUNT: &[&str] = &["人", "employees", "staff"];

fn automaton() -> &'static Automaton {
    static AUTOMATON: OnceLock<Automaton> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        let mut patterns: Vec<String> = Vec::new();
        let mut kinds = Vec::new();
        for (id, entry) in SKILLS.iter().enumerate() {
            for alias in std::iter::once(&entry.name).chain(entry.aliases) {
                patterns.push(alias.to_string());
                kinds.push(Kind::Skill(id as u16, alias, rule_of(alias)));
            }
        }
        for (id, entry) in CONCEPTS.iter().enumerate() {
            for alias in std::iter::once(&entry.name).chain(entry.aliases) {
                patterns.push(alias.to_string());
                kinds.push(Kind::Concept(id as u16));
            }
        }
        let anchors = YEARS.iter().map(|p| (*p, Kind::Years)).chain(FRESH.iter().map(|p| (*p, Kind::Fresh)));
        let anchors = anchors.chain(DEGREES.iter().map(|(p, d)| (*p, Kind::Degree(*d))));
        for (p, k) in anchors.chain(HEADCOUNT.iter().map(|p| (*p, Kind::Headcount))) {
            patterns.push(p.to_string());
            kinds.push(k);
        }
        // No pattern contains one of these, so each is found wherever it stands: text without any (nearly all
        // text) is scanned as it is, and only the rest is folded and scanned again.
        for c in foldable_chars() {
            patterns.push(c.to_string());
            kinds.push(Kind::Foldable);
        }
        // A DFA: more memory (a few hundred KB), but the fastest scan, and the scan is most of parsing.
        let ac = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&patterns)
            .expect("the taxonomy's patterns always build an automaton");
        Automaton { ac, kinds }
    })
}

/// Whether a pattern match at `start..end` of `hay` stands alone: a Latin term must not touch Latin letters or
/// digits on a side where it starts or ends with one. CJK characters and punctuation are boundaries.
fn stands_alone(hay: &str, start: usize, end: usize) -> bool {
    let m = &hay[start..end];
    let left_ok =
        !m.starts_with(|c: char| c.is_ascii_alphanumeric()) || !char_before(hay, start).is_some_and(is_latin_alnum);
    let right_ok = !m.ends_with(|c: char| c.is_ascii_alphanumeric()) || !char_at(hay, end).is_some_and(is_latin_alnum);
    left_ok && right_ok
}

/// Finds every pattern in `hay`, appending to `out`. A match that fails the boundary rule is dropped and the
/// search resumes one character later, so `PythonWeb` hides nothing that stands alone inside it.
///
/// Returns `false`, with `out` incomplete, when `hay` holds a character that `text::fold` changes: fold it and
/// scan again (folded text always scans to the end).
pub fn scan(hay: &str, out: &mut Vec<Hit>) -> bool {
    let auto = automaton();
    let mut pos = 0;
    while pos < hay.len() {
        let Ok(Some(m)) = auto.ac.try_find(&Input::new(hay).span(pos..hay.len())) else {
            break;
        };
        let (start, end) = (m.start(), m.end());
        let kind = auto.kinds[m.pattern().as_usize()];
        if kind == Kind::Foldable {
            return false;
        }
        if stands_alone(hay, start, end) {
            out.push(Hit { kind, start, end });
            pos = end;
        } else {
            pos = start + char_at(hay, start).map_or(1, char::len_utf8);
        }
    }
    true
}

/// Builds the automaton now (it is otherwise built by the first scan), so timings can leave it out.
pub fn warm_up() {
    let _ = automaton();
}

/// Counts the raw pattern matches in `hay` with no boundary or context rule: the floor a full parse is compared
/// with in the benchmarks.
pub fn bare_count(hay: &str) -> usize {
    automaton().ac.try_find_iter(Input::new(hay)).map_or(0, Iterator::count)
}

/// Whether the text between two matches makes them items of one list (`Python, Go`, `C/C++`, `Lisp或Go`).
fn is_list_gap(gap: &str) -> bool {
    let rest = gap.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, ',' | '，' | '、' | '/' | '|' | ';' | '；' | '&' | '+' | '(' | ')' | '（' | '）')
    });
    matches!(rest, "" | "and" | "or" | "或" | "和" | "及" | "与" | "以及" | "或者" | "&")
}

fn category(id: u16) -> Category {
    SKILLS[id as usize].category
}

fn line_has_cjk(hay: &str, at: usize) -> bool {
    let start = hay[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let end = hay[at..].find(['\n', '\r']).map_or(hay.len(), |i| at + i);
    hay[start..end].chars().any(is_cjk)
}

/// Decides which skill hits count, applying the context rules; keeps concepts; drops other anchors. `hits` are in
/// text order. Returns indices into `hits`.
pub fn accepted_terms(hay: &str, hits: &[Hit]) -> Vec<usize> {
    let terms: Vec<usize> =
        (0..hits.len()).filter(|&i| matches!(hits[i].kind, Kind::Skill(..) | Kind::Concept(_))).collect();
    let skill_of = |i: usize| match hits[i].kind {
        Kind::Skill(id, ..) => Some(id),
        _ => None,
    };
    // The skills listed right before and after term `k`, when only a list separator stands between.
    let neighbours = |k: usize| {
        let h = hits[terms[k]];
        let prev = k.checked_sub(1).map(|p| terms[p]).filter(|&p| is_list_gap(&hay[hits[p].end..h.start]));
        let next = terms.get(k + 1).copied().filter(|&n| is_list_gap(&hay[h.end..hits[n].start]));
        prev.into_iter().chain(next).filter_map(skill_of)
    };
    let mut out = Vec::with_capacity(terms.len());
    for (k, &i) in terms.iter().enumerate() {
        let h = hits[i];
        let written = &hay[h.start..h.end];
        let ok = match h.kind {
            Kind::Skill(_, alias, rule) => match rule {
                Rule::Always => true,
                Rule::LanguageC => {
                    hay[h.end..].trim_start().starts_with("语言")
                        || neighbours(k).any(|n| category(n) == Category::Language)
                }
                Rule::Es => written == "ES" && neighbours(k).any(|n| matches!(category(n), Category::Database)),
                Rule::Js => !hay[..h.start].ends_with('.'),
                Rule::Ordinary => written == alias || line_has_cjk(hay, h.start) || neighbours(k).next().is_some(),
            },
            _ => true,
        };
        if ok {
            out.push(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_gaps() {
        for gap in ["/", "、", ", ", " or ", "或", " 和 ", ""] {
            assert!(is_list_gap(gap), "{gap:?}");
        }
        for gap in [" deep and ", "语言", " is "] {
            assert!(!is_list_gap(gap), "{gap:?}");
        }
    }
}
