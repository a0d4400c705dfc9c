//! Stage one of extraction: one Aho–Corasick pass (leftmost-longest, ASCII-case-insensitive) over a posting's folded
//! text finds every skill and concept alias and every anchor the other extractors need (years, degrees, headcounts),
//! then the boundary and context rules decide which skill matches count.

use std::sync::OnceLock;

// The automaton type itself rather than `AhoCorasick` (which picks a kind at run time and so links every automaton
// kind, its builder and its search loops into the wasm): same matches.
use aho_corasick::automaton::{Automaton as _, StateID};
use aho_corasick::{Anchored, MatchKind};

/// In the page, a contiguous NFA. A DFA takes a step with one table read, but for these patterns its table is
/// 1.6 MB and it takes 32 M instructions to build against the NFA's 9 M (141 KB), a cost each page load pays.
#[cfg(target_arch = "wasm32")]
type Ac = aho_corasick::nfa::contiguous::NFA;
/// Natively, the DFA: a parse about 5% faster (the markdown corpus, `examples/parse_file`, 11 alternated runs),
/// for 3 ms more at start-up (the CLI on a small file: 6.4 against 2.8 ms).
#[cfg(not(target_arch = "wasm32"))]
type Ac = aho_corasick::dfa::DFA;

use crate::model::{Currency, Education};
use crate::taxonomy::{Category, CONCEPTS, ORDINARY_WORDS, SKILLS};
use crate::text::{char_at, char_before, foldable_chars, is_cjk, is_latin_alnum};

/// What a pattern stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A skill alias: skill id, the alias as written in the table, and the rule that decides if it counts.
    Skill(u16, &'static str, Rule),
    Concept(u16),
    /// `年`, `year(s)`, `yrs`: a number of years may stand before it.
    Years,
    Months,
    /// A Taiwanese address word (`新北市`, `臺北`): pay with no currency mark is TWD.
    Local(Currency),
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
pub(crate) enum Rule {
    Always,
    /// An ordinary English word (`go`, `react`): in a line without Chinese only as written or inside a list.
    Ordinary,
    /// `C`: before 语言 or next to another language.
    LanguageC,
    /// `ES`: exactly so, next to a search or storage name.
    Es,
    /// `js`: not after a dot (`Vue.js` is Vue).
    Js,
    /// `GitHub`, `GitLab`: Git when they name the tool or its workflow (`GitHub/GitLab 工作流`, next to other
    /// tools), not a profile, a link or a portfolio (`GitHub主页`, `your Github`, `在GitHub上有开源项目`).
    Hosting,
}

/// Words after `GitHub` / `GitLab` that name its workflow.
const HOSTING_WORKFLOW: &[&str] =
    &["flow", "工作流", "流程", "actions", "ci/", "ci ", "pull request", "协作", "代码管理", "版本", "merge request"];

fn rule_of(alias: &str) -> Rule {
    match alias {
        "C" => Rule::LanguageC,
        "ES" => Rule::Es,
        "js" => Rule::Js,
        "GitHub" | "GitLab" => Rule::Hosting,
        a if ORDINARY_WORDS.iter().any(|w| w.eq_ignore_ascii_case(a)) => Rule::Ordinary,
        _ => Rule::Always,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

struct Automaton {
    ac: Ac,
    /// The unanchored start state: no match under way.
    start: StateID,
    /// The bytes below 0xC0 that leave the start state as it is: ASCII that begins no pattern (in either case) and
    /// the continuation bytes, where a failed partial match can leave the walk.
    inert: [bool; 0xC0],
    /// The characters above U+007F that begin a pattern, as a bit set over the BMP (8 KB).
    starters: Box<[u64; 1024]>,
    kinds: Vec<Kind>,
}

impl Automaton {
    #[inline(always)]
    fn begins_a_pattern(&self, c: u32) -> bool {
        self.starters.get(c as usize >> 6).is_some_and(|w| w >> (c & 63) & 1 == 1)
    }

    /// The next match in `hay[pos..]` as `(pattern, start, end)`: the same match as the library's `try_find` (leftmost-
    /// longest), found faster. In the start state, what begins no pattern leaves the automaton where it was, so
    /// it is stepped over by `skip` without the automaton: most of Chinese text, which is most of the bytes, and
    /// the spaces, digits and punctuation between words.
    #[inline(always)]
    fn find_at(&self, hay: &[u8], pos: usize) -> Option<(usize, usize, usize)> {
        let ac = &self.ac;
        let mut sid = self.start;
        let mut found = None;
        let mut at = self.skip(hay, pos);
        while let Some(&b) = hay.get(at) {
            sid = ac.next_state(Anchored::No, sid, b);
            at += 1;
            if ac.is_special(sid) {
                // Built without a prefilter, a special state is dead or a match.
                if ac.is_dead(sid) {
                    break;
                }
                let pattern = ac.match_pattern(sid, 0);
                found = Some((pattern.as_usize(), at - ac.pattern_len(pattern), at));
            } else if sid == self.start && found.is_none() {
                at = self.skip(hay, at);
            }
        }
        found
    }

    /// The first offset from `at` on where the start state can leave itself: a byte or character that begins a
    /// pattern, or the end.
    #[inline(always)]
    fn skip(&self, hay: &[u8], mut at: usize) -> usize {
        loop {
            match hay.get(at..) {
                Some(&[b, ..]) if b < 0xC0 && self.inert[usize::from(b)] => at += 1,
                // A three-byte character (CJK), decoded with the one length check of the pattern.
                Some(&[b0 @ 0xE0..=0xEF, b1, b2, ..]) => {
                    let c = u32::from(b0 & 0x0F) << 12 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F);
                    if self.begins_a_pattern(c) {
                        return at;
                    }
                    at += 3;
                }
                Some(&[0xC0..=0xFF, ..]) => {
                    let (c, len) = decode_at(hay, at);
                    if self.begins_a_pattern(c) {
                        return at;
                    }
                    at += len;
                }
                _ => return at,
            }
        }
    }
}

/// The code point starting at lead byte `hay[at]` (of valid UTF-8) and its length in bytes.
#[inline(always)]
fn decode_at(hay: &[u8], at: usize) -> (u32, usize) {
    let cont = |k: usize| u32::from(hay.get(at + k).copied().unwrap_or(0x80) & 0x3F);
    let b = u32::from(hay[at]);
    match b {
        0xC0..=0xDF => ((b & 0x1F) << 6 | cont(1), 2),
        0xE0..=0xEF => ((b & 0x0F) << 12 | cont(1) << 6 | cont(2), 3),
        _ => ((b & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4),
    }
}

const YEARS: &[&str] = &["年", "year", "years", "yrs", "anos", "años"];
/// Months of experience (`6+ months`, `6个月以上经验`): a year's fraction, read only next to the word experience.
const MONTHS: &[&str] = &["个月", "個月", "month", "months"];
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
    ("bachelor’s", Education::Bachelor),
    ("bachelors", Education::Bachelor),
    ("硕士", Education::Master),
    ("研究生", Education::Master),
    ("master's", Education::Master),
    ("master’s", Education::Master),
    // Not `masters` alone: `Scrum Masters` are people.
    ("masters degree", Education::Master),
    ("masters in", Education::Master),
    ("master's degree", Education::Master),
    ("master degree", Education::Master),
    ("博士", Education::Doctor),
    ("phd", Education::Doctor),
    ("ph.d", Education::Doctor),
    ("doctorate", Education::Doctor),
    // Abbreviations: counted only as written and as a degree (`BS in Computer Science`, `BS/MS`), see `facts`.
    ("BS", Education::Bachelor),
    ("B.S.", Education::Bachelor),
    ("BSc", Education::Bachelor),
    ("MS", Education::Master),
    ("M.S.", Education::Master),
    ("MSc", Education::Master),
];
/// Address words that put a posting in Taiwan (traditional characters: not a mere mention in simplified text).
const LOCAL: &[(&str, Currency)] = &[
    ("臺灣", Currency::Twd),
    ("台灣", Currency::Twd),
    ("臺北", Currency::Twd),
    ("台北市", Currency::Twd),
    ("新北市", Currency::Twd),
    ("桃園", Currency::Twd),
    ("新竹市", Currency::Twd),
    ("臺中", Currency::Twd),
    ("臺南", Currency::Twd),
    ("高雄市", Currency::Twd),
];
const HEADCOUNT: &[&str] = &["人", "employees", "staff", "people", "person"];

fn automaton() -> &'static Automaton {
    static AUTOMATON: OnceLock<Automaton> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        let mut patterns: Vec<String> = Vec::new();
        let mut kinds = Vec::new();
        for (id, entry) in SKILLS.iter().enumerate() {
            for alias in std::iter::once(&entry.name).chain(entry.aliases) {
                if *alias == LETTER_R {
                    continue; // a pattern that every `r` matches: found by `letter_r` instead
                }
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
        let anchors = anchors.chain(MONTHS.iter().map(|p| (*p, Kind::Months)));
        let anchors = anchors.chain(LOCAL.iter().map(|(p, c)| (*p, Kind::Local(*c))));
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
        // No prefilter: `find_at` walks the automaton itself, and no prefilter can help with this many patterns.
        let ac = Ac::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .prefilter(false)
            .build(&patterns)
            .expect("the taxonomy's patterns always build an automaton");
        let start = ac.start_state(Anchored::No).expect("an unanchored automaton has an unanchored start");
        let mut starters = Box::new([0u64; 1024]);
        for p in &patterns {
            let c = p.chars().next().expect("no pattern is empty") as u32;
            assert!(c < 0x10000, "the skip in find_at needs patterns to begin in the BMP");
            starters[c as usize >> 6] |= 1 << (c & 63);
        }
        let inert = std::array::from_fn(|b| ac.next_state(Anchored::No, start, b as u8) == start);
        Automaton { ac, start, inert, starters, kinds }
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
pub(crate) fn scan(hay: &str, out: &mut Vec<Hit>) -> bool {
    let auto = automaton();
    let mut pos = 0;
    while pos < hay.len() {
        let Some((pattern, start, end)) = auto.find_at(hay.as_bytes(), pos) else {
            break;
        };
        let kind = auto.kinds[pattern];
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

/// A small set of words looked for in short texts (remote words, job titles): a leftmost-longest, ASCII-case-
/// insensitive automaton walked directly, with the bytes that leave its start state as it is stepped over. The
/// library's generic search cost more than this walk on a heading.
pub(crate) struct Words {
    ac: aho_corasick::dfa::DFA,
    start: StateID,
    inert: [bool; 256],
}

impl Words {
    pub(crate) fn new(patterns: &[&str]) -> Words {
        let ac = aho_corasick::dfa::DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .prefilter(false)
            .build(patterns)
            .expect("fixed patterns build");
        let start = ac.start_state(Anchored::No).expect("an unanchored automaton has an unanchored start");
        let inert = std::array::from_fn(|b| ac.next_state(Anchored::No, start, b as u8) == start);
        Words { ac, start, inert }
    }

    /// The matches in `hay`, in text order, as `(pattern, start, end)`: what the library's `try_find_iter` gives.
    pub(crate) fn matches<'a>(&'a self, hay: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let (ac, hay) = (&self.ac, hay.as_bytes());
        let skip = move |mut at: usize| {
            while hay.get(at).is_some_and(|&b| self.inert[usize::from(b)]) {
                at += 1;
            }
            at
        };
        let mut pos = 0;
        std::iter::from_fn(move || {
            let mut sid = self.start;
            let mut found = None;
            let mut at = skip(pos);
            while let Some(&b) = hay.get(at) {
                sid = ac.next_state(Anchored::No, sid, b);
                at += 1;
                if ac.is_special(sid) {
                    // Built without a prefilter, a special state is dead or a match.
                    if ac.is_dead(sid) {
                        break;
                    }
                    let pattern = ac.match_pattern(sid, 0);
                    found = Some((pattern.as_usize(), at - ac.pattern_len(pattern), at));
                } else if sid == self.start && found.is_none() {
                    at = skip(at);
                }
            }
            let m = found?;
            pos = m.2;
            Some(m)
        })
    }
}

/// Builds the automaton now (it is otherwise built by the first scan), so timings can leave it out.
pub(crate) fn warm_up() {
    let _ = automaton();
}

/// Counts the raw pattern matches in `hay` with no boundary or context rule: the floor a full parse is compared
/// with in the benchmarks.
pub fn bare_count(hay: &str) -> usize {
    raw_matches(hay).count()
}

/// The skill aliases in `hay` with no boundary or context rule, leftmost-longest: for a word that a copy ran
/// together from tags (`pythonceleryredis`).
pub(crate) fn raw_skills(hay: &str) -> impl Iterator<Item = Hit> + '_ {
    let auto = automaton();
    raw_matches(hay).filter_map(|(pattern, start, end)| {
        let kind = auto.kinds[pattern];
        matches!(kind, Kind::Skill(..)).then_some(Hit { kind, start, end })
    })
}

/// Every pattern match in `hay` as `(pattern, start, end)`, in order, with no boundary or context rule.
fn raw_matches(hay: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let auto = automaton();
    let mut pos = 0;
    std::iter::from_fn(move || {
        let m = auto.find_at(hay.as_bytes(), pos)?;
        pos = m.2;
        Some(m)
    })
}

/// The language R: one letter, which as a pattern would match every `r` (that cost 9% of the parse).
pub const LETTER_R: &str = "R";

/// Words of skill that a language follows: `熟悉R`, `掌握 R`.
const SKILL_VERBS: &[&str] = &["熟悉", "掌握", "精通", "使用", "了解", "擅长", "熟练"];

/// R, the language, where the text means it: a capital `R` standing alone, then `语言` (`R语言`), after a verb of
/// skill (`熟悉R`), or in a list with an accepted skill and a separator between (`Python/R`, `R, SQL`,
/// `(R, Python)`, `R or Python`). Not `R&D`, `HR`, `R2`, `R:`, an initial (`R.`), `Q&R` or `Python R`. A byte search
/// for the capital, so the automaton does not stop at every `r`. Returns the hits, in text order.
pub(crate) fn letter_r(hay: &str, hits: &[Hit], accepted: &[usize]) -> Vec<Hit> {
    let mut out = Vec::new();
    for at in memchr::memchr_iter(b'R', hay.as_bytes()) {
        let before = char_before(hay, at);
        let after = char_at(hay, at + 1);
        let joined = |c: char| is_latin_alnum(c) || matches!(c, '&' | '.' | '-' | '_' | '\'' | '@' | '#' | '$' | '+');
        if before.is_some_and(|c| joined(c) || c == ':') || after.is_some_and(|c| joined(c) || matches!(c, ':' | '：'))
        {
            continue;
        }
        let rest = &hay[at + 1..];
        let head = hay[..at].trim_end_matches(' ');
        let listed = |gap: &str| is_list_gap(gap) && !gap.trim().is_empty();
        let beside = accepted
            .iter()
            .map(|&i| hits[i])
            .filter(|h| matches!(h.kind, Kind::Skill(..)))
            .any(|h| (h.end <= at && listed(&hay[h.end..at])) || (h.start > at && listed(&hay[at + 1..h.start])));
        if rest.starts_with("语言") || SKILL_VERBS.iter().any(|v| head.ends_with(v)) || beside {
            let id = SKILLS.iter().position(|e| e.name == LETTER_R).expect("R is in the taxonomy") as u16;
            out.push(Hit { kind: Kind::Skill(id, LETTER_R, Rule::Always), start: at, end: at + 1 });
        }
    }
    out
}

/// Whether the text between two matches makes them items of one list (`Python, Go`, `C/C++`, `Lisp或Go`).
fn is_list_gap(gap: &str) -> bool {
    let rest = gap.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, ',' | '，' | '、' | '/' | '|' | ';' | '；' | '&' | '+' | '(' | ')' | '（' | '）')
    });
    matches!(rest, "" | "and" | "or" | "或" | "和" | "及" | "与" | "以及" | "或者" | "&")
}

/// Spellings of an ordinary-word skill that name something else: `ReAct`, the agent pattern, is not React.
const OTHER_MEANING: &[&str] = &["ReAct"];

fn category(id: u16) -> Category {
    SKILLS[id as usize].category
}

fn line_has_cjk(hay: &str, at: usize) -> bool {
    // Line breaks are ASCII: a byte search finds them (`str::rfind` with a set of chars decodes every char).
    let b = hay.as_bytes();
    let start = memchr::memrchr2(b'\n', b'\r', &b[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr2(b'\n', b'\r', &b[at..]).map_or(hay.len(), |i| at + i);
    hay[start..end].chars().any(is_cjk)
}

/// Decides which skill hits count, applying the context rules; keeps concepts; drops other anchors. `hits` are in
/// text order. Returns indices into `hits`.
pub(crate) fn accepted_terms(hay: &str, hits: &[Hit]) -> Vec<usize> {
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
                Rule::Ordinary => {
                    !OTHER_MEANING.contains(&written)
                        && (written == alias || line_has_cjk(hay, h.start) || neighbours(k).next().is_some())
                }
                Rule::Hosting => {
                    let after = hay[h.end..].trim_start_matches([' ', '/', '、', '-', '(', '（']);
                    let near: String = after.chars().take(8).collect::<String>().to_ascii_lowercase();
                    let workflow = HOSTING_WORKFLOW.iter().any(|w| near.contains(w));
                    workflow || (neighbours(k).next().is_some() && !near.starts_with(['主', '上', '.']))
                }
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
    use aho_corasick::Input;

    use super::*;

    fn library_matches_of(hay: &str) -> Vec<(usize, usize, usize)> {
        let it = automaton().ac.try_find_iter(Input::new(hay)).expect("unanchored search");
        it.map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect()
    }

    #[test]
    fn find_at_finds_what_the_library_finds() {
        let mut texts = vec![crate::DEFAULT_CORPUS.to_string(), crate::synth::corpus(300, 7)];
        // Pieces that start, end and overlap patterns, in every mix: Chinese around Latin, partial aliases, two-
        // byte characters, 4-byte characters, fullwidth letters and what folding removes.
        let pieces = [
            "Python",
            "Pyth",
            "py",
            "微服务",
            "微",
            "服务",
            "爬虫",
            "年",
            "3年以上",
            "人",
            "本科",
            "本",
            "硕士",
            "Go",
            "golang",
            "C++",
            "C#",
            "·",
            "é",
            "😀",
            "Ｒｅｄｉｓ",
            "\u{200B}",
            "经验不限",
            "经验",
            " ",
            "\n",
            "，",
            "、",
            "机器学习",
            "机器",
            "k8s",
            "K8S",
            "Node.js",
            ".js",
            "数据",
            "no experience required",
            "no experience",
        ];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..2000 {
            let mut t = String::new();
            for _ in 0..12 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                t.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            texts.push(t);
        }
        for t in &texts {
            assert_eq!(raw_matches(t).collect::<Vec<_>>(), library_matches_of(t), "{t:?}");
        }
        // The walk of the small automata, on the same texts: patterns that are prefixes of others, overlap, repeat
        // across the case and mix scripts.
        let small = Words::new(&[
            "py",
            "python",
            "thon",
            "on",
            "年",
            "年以上",
            "以上",
            "经验",
            "k8",
            "K8S",
            ".js",
            "no experience",
        ]);
        for t in &texts {
            let library = small.ac.try_find_iter(Input::new(t)).expect("unanchored search");
            let library: Vec<_> = library.map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
            assert_eq!(small.matches(t).collect::<Vec<_>>(), library, "{t:?}");
        }
    }

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
