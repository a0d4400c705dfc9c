//! Stage two for the small facts of a posting: minimum years of experience, lowest accepted degree, and company
//! size, each resolved from the anchors `scan` found (`年`, `本科`, `人` …) by reading the words around them.

use crate::model::{Education, Tier};
use crate::scan::{Hit, Kind};
use crate::text::{char_before, has, rfind_short};

/// A company headcount as written: `lo..=hi`, `hi = None` when open (`1000人以上`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Headcount {
    pub(crate) lo: u64,
    pub(crate) hi: Option<u64>,
    pub(crate) start: usize,
    end: usize,
}

impl Headcount {
    pub(crate) fn tier(&self) -> Option<Tier> {
        Tier::of_range(self.lo, self.hi)
    }
}

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Parses a run of Chinese numerals up to 99 (`三`, `十`, `十二`, `二十`, `二十五`).
fn cn_number(s: &str) -> Option<u32> {
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [d] => cn_digit(*d).or((*d == '十').then_some(10)),
        ['十', d] => Some(10 + cn_digit(*d)?),
        [t, '十'] => Some(cn_digit(*t)? * 10),
        [t, '十', d] => Some(cn_digit(*t)? * 10 + cn_digit(*d)?),
        _ => None,
    }
}

/// The number that ends at byte `end` of `s` (ASCII digits with `,`/`.` or Chinese numerals), skipping spaces
/// before `end`. Returns the value and the byte offset where it starts.
fn number_before(s: &str, end: usize) -> Option<(f64, usize)> {
    let head = s[..end].trim_end_matches([' ', '\t']);
    // `5 or more years`, `Two or more years`.
    let head = head.strip_suffix(" or more").unwrap_or(head);
    let digits_start = head.trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.').len();
    let digits = head[digits_start..].trim_start_matches([',', '.']);
    if digits.bytes().any(|b| b.is_ascii_digit()) {
        let start = head.len() - digits.len();
        if char_before(s, start).is_some_and(|c| c.is_ascii_alphabetic()) {
            return None; // `K8S`, `Python3`: part of a name, not a number
        }
        let clean: String = digits.chars().filter(|c| *c != ',').collect();
        let clean = clean.trim_end_matches('.');
        return crate::text::parse_num(clean).map(|v| (v, start));
    }
    // `three years`: an English number word, alone as a word.
    let word_start = head.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len();
    let word = &head[word_start..];
    if !word.is_empty() && !char_before(s, word_start).is_some_and(|c| c.is_alphanumeric()) {
        let lower = word.to_ascii_lowercase();
        if let Some(n) = NUMBER_WORDS.iter().position(|w| *w == lower) {
            return Some((n as f64 + 1.0, word_start));
        }
    }
    let cn_start = head.trim_end_matches(|c: char| cn_digit(c).is_some() || c == '十').len();
    if cn_start < head.len() {
        return cn_number(&head[cn_start..]).map(|v| (f64::from(v), cn_start));
    }
    None
}

/// English numbers as words, from one.
const NUMBER_WORDS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// `1-3`, `1到2`, `1~3`: if a range separator and a number stand before `start`, the lower number and its offset.
fn range_start_before(s: &str, start: usize) -> Option<(f64, usize)> {
    let head = s[..start].trim_end_matches([' ', '\t']);
    let sep = head.chars().next_back()?;
    if !matches!(sep, '-' | '~' | '～' | '〜' | '–' | '—' | '到' | '至') {
        return None;
    }
    number_before(head, head.len() - sep.len_utf8())
}

/// The text of the same line after `end`, at most `max` characters.
fn after(s: &str, end: usize, max: usize) -> &str {
    let rest = &s[end..];
    // At most `max` characters are wanted: look for the line end only that far (4 bytes a character at most).
    let window = &rest.as_bytes()[..rest.len().min(max * 4)];
    let stop = crate::text::line_end(window).unwrap_or(window.len());
    let stop = (0..=stop).rev().find(|&i| rest.is_char_boundary(i)).unwrap_or(0);
    let rest = &rest[..stop];
    let cut = rest.char_indices().nth(max).map_or(rest.len(), |(i, _)| i);
    &rest[..cut]
}

/// The text of the same line before `start`, at most `max` characters.
fn before(s: &str, start: usize, max: usize) -> &str {
    let head = &s[..start];
    let from = (0..=start.saturating_sub(max * 4)).rev().find(|&i| head.is_char_boundary(i)).unwrap_or(0);
    let line_start = memchr::memrchr2(b'\n', b'\r', &head.as_bytes()[from..]).map_or(from, |i| from + i + 1);
    let head = &head[line_start..];
    let cut = head.char_indices().rev().nth(max.saturating_sub(1)).map_or(0, |(i, _)| i);
    &head[cut..]
}

/// Years of experience asked for at one `Years` anchor, if the words around it say so.
fn years_at(s: &str, hit: &Hit) -> Option<f32> {
    let (hi, hi_start) = number_before(s, hit.start)
        .or_else(|| {
            // `5+ years`: the plus stands between the number and the word.
            let head = s[..hit.start].trim_end_matches(' ');
            let head = head.strip_suffix('+')?;
            number_before(head, head.len())
        })
        .or_else(|| {
            // `Have 1 – year experience`: a dash with no second figure.
            let head = s[..hit.start].trim_end_matches(' ').strip_suffix(['-', '–'])?.trim_end_matches(' ');
            number_before(head, head.len())
        })
        .filter(|(v, _)| *v <= 40.0)?;
    let lo = range_start_before(s, hi_start);
    let value = lo.map_or(hi, |(v, _)| v);
    let from = lo.map_or(hi_start, |(_, at)| at);
    let word = &s[hit.start..hit.end];
    let next = after(s, hit.end, 16);
    let chinese = word == "年";
    let months = hit.kind == Kind::Months;
    if chinese && (next.starts_with('薪') || next.starts_with('级') || next.starts_with('度')) {
        return None;
    }
    let open = ["以上", "及以上", "或以上", "+", "以上的"].iter().any(|p| next.starts_with(p))
        || s[..hit.start].trim_end().ends_with('+');
    // Words around it are looked at only when neither a range nor `以上` says so already.
    let context = || {
        let prev = before(s, from, 8);
        if chinese {
            // Traditional characters too: `3-4年相關工作經驗`.
            ["经验", "经历", "經驗", "經歷"].iter().any(|w| has(next, w))
                || next.starts_with("左右")
                || ["经验", "經驗", "至少", "不少于", "具备", "有", "工作"].iter().any(|p| has(prev, p))
        } else {
            // `From 1 year exp`: the short form only right after the word.
            let exp = next
                .trim_start()
                .strip_prefix("exp")
                .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphabetic()));
            // Portuguese and Spanish too: `pelo menos 4 anos`, `2 anos de experiência`.
            let next40 = after(s, hit.end, 40);
            exp || ["experience", "experiência", "experiencia"].iter().any(|w| has(next40, w))
                || ["least", "minimum", "menos", "mínimo"].iter().any(|w| has(prev, w))
        }
    };
    if months {
        // `6+ months`: only as experience, never an internship's length (`实习6个月`) or a bonus (`3-6个月`).
        let prev = before(s, from, 16);
        let experience = has(after(s, hit.end, 24), "经验") || has(after(s, hit.end, 40), "experience");
        let asked = experience || has(prev, "experience") || has(prev, "经验");
        let internship = ["实习", "intern", "年终", "bonus", "奖"].iter().any(|w| has(prev, w) || has(next, w));
        return (asked && !internship).then_some(value as f32 / 12.0);
    }
    if !(open || lo.is_some() || context()) {
        return None;
    }
    // A company's or team's years (`团队平均10年经验`, `成立15年`, `深耕…5年+`, `Profitable, 15+ yrs stable`): read
    // last, for the few numbers that look asked.
    let lead = before(s, from, 24).rsplit(CLAUSE_ENDS).next().unwrap_or("");
    let tail = next.split(CLAUSE_ENDS).next().unwrap_or("");
    let not_asked = if chinese {
        // Each word is two characters: a shorter clause (`+ 3年以上`, most) holds none.
        lead.len() >= 6 && NOT_ASKED_ZH.iter().any(|w| has(lead, w))
    } else {
        NOT_ASKED_EN_BEFORE.iter().any(|w| has(lead, w)) || NOT_ASKED_EN_AFTER.iter().any(|w| has(tail, w))
    };
    if not_asked {
        return None;
    }
    // `一年半`: a year and a half.
    let half = if chinese && next.starts_with('半') { 0.5 } else { 0.0 };
    Some(value as f32 + half)
}

/// Where a clause ends, for the words that qualify a number of years.
const CLAUSE_ENDS: &[char] = &['，', ',', '。', '；', ';', '、', '.', '\n', '!', '！'];

/// Words before `年`, in its clause, that make the years the company's or a team's, not a requirement.
const NOT_ASKED_ZH: &[&str] = &["平均", "团队", "成立", "创立", "深耕", "历史"];

/// The same in English, before (`founded … years ago`, `the founders have 15 years`) and after (`15+ yrs stable`, `10 years in business`).
const NOT_ASKED_EN_BEFORE: &[&str] = &[
    "founded",
    "profitable",
    "company",
    "founder",
    "our team",
    "team has",
    "team have",
    "combined",
    "hired people",
    "spent",
];
const NOT_ASKED_EN_AFTER: &[&str] = &["stable", "in business", "old", "of history", "track record"];

/// Words between two requirements on a line that make them alternatives (`专科5年；或者本科4年`, `3年/本科2年`).
const ALTERNATIVE: &[&str] = &["或", "or ", "/"];

/// The years of experience a posting asks for at least: several requirements give the largest (`3年以上后端，2年以上
/// 前端` → 3), alternatives on one line the smallest (`专科5年/本科4年/硕士2年` → 2). Years a clause only prefers
/// (`5年以上者优先`) count only when nothing is required.
pub(crate) fn experience(s: &str, hits: &[Hit]) -> Option<f32> {
    // (value, hit) per requirement, in text order.
    let asked: Vec<(f32, &Hit)> = hits
        .iter()
        .filter_map(|h| match h.kind {
            Kind::Years | Kind::Months => Some((years_at(s, h)?, h)),
            Kind::Fresh => Some((0.0, h)),
            _ => None,
        })
        .collect();
    // One requirement (most postings): nothing to weigh.
    if let [(v, _)] = asked[..] {
        return Some(v);
    }
    // `（优秀应届毕业生亦可）`, `欢迎应届生`: new graduates are welcome, whatever else is asked.
    let fresh_welcome = asked.iter().any(|(_, h)| {
        h.kind == Kind::Fresh
            && (["亦可", "也可", "均可", "可投"].iter().any(|w| has(after(s, h.end, 8), w))
                || ["欢迎", "接受"].iter().any(|w| has(before(s, h.start, 6), w)))
    });
    if fresh_welcome {
        return Some(0.0);
    }
    let (mut required, mut preferred) = (None::<f32>, None::<f32>);
    let mut group: Option<(f32, usize, bool)> = None; // the alternatives read so far: smallest, end, preferred
    let mut close = |g: (f32, usize, bool)| {
        let slot = if g.2 { &mut preferred } else { &mut required };
        *slot = Some(slot.map_or(g.0, |v| v.max(g.0)));
    };
    for &(v, h) in &asked {
        let pref = is_preference(s, h.end) || under_preferred_label(s, h.start);
        group = match group {
            Some((m, e, p))
                if s.get(e..h.start)
                    .is_some_and(|between| !between.contains('\n') && ALTERNATIVE.iter().any(|w| has(between, w))) =>
            {
                Some((m.min(v), h.end, p && pref))
            }
            Some(g) => {
                close(g);
                Some((v, h.end, pref))
            }
            None => Some((v, h.end, pref)),
        };
    }
    if let Some(g) = group {
        close(g);
    }
    required.or(preferred)
}

/// Whether a requirement stands in a sentence that a preference label opens (`Preferred Qualifications: 5+ years`,
/// `Nice to have: …`), on its line.
fn under_preferred_label(s: &str, start: usize) -> bool {
    let lead = before(s, start, 48);
    let sentence = lead.rsplit(['.', '。', ';', '；']).next().unwrap_or("");
    let lower = crate::text::lowercase(sentence);
    ["preferred", "nice to have", "bonus", "加分"].iter().any(|w| lower.contains(w))
}

/// Whether the clause after a degree word makes it a preference (`硕士优先`), not a requirement.
fn is_preference(s: &str, end: usize) -> bool {
    let next = after(s, end, 14);
    let clause = next.split(['，', ',', '。', '；', ';', '、']).next().unwrap_or("");
    ["优先", "加分", "更佳", "为佳", "preferred", "a plus", "nice to have"].iter().any(|p| has(clause, p))
}

/// The lowest degree a posting accepts; preferences alone do not count.
pub(crate) fn education(s: &str, hits: &[Hit]) -> Option<Education> {
    hits.iter()
        .filter_map(|h| match h.kind {
            Kind::Degree(d) if !preferred_degree(s, h) && is_degree(s, h) => Some(d),
            _ => None,
        })
        .min()
}

/// Whether the clause after a degree makes it a preference; an English clause is read further (`MS in Computer
/// Science preferred`).
fn preferred_degree(s: &str, h: &Hit) -> bool {
    if !s[h.start..h.end].is_ascii() {
        return is_preference(s, h.end);
    }
    let next = after(s, h.end, 48);
    let clause = next.split(['，', ',', '。', '；', ';', '.']).next().unwrap_or("");
    // `made up of PhD students`: who is there already, not who is asked for.
    let people = ["students", "student", "dropouts"].iter().any(|w| next.trim_start().starts_with(w));
    people || ["preferred", "a plus", "nice to have", "bonus", "优先"].iter().any(|p| has(clause, p))
}

/// Whether a degree word stands as one: a Latin word alone (not `jobs`), and an abbreviation (`BS`, `MS`) only as
/// written and next to a degree's words (`BS in …`, `BS/MS`, `MS degree`), never `MS Office`.
fn is_degree(s: &str, h: &Hit) -> bool {
    let word = &s[h.start..h.end];
    if !word.is_ascii() {
        return true;
    }
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if latin(char_before(s, h.start)) || latin(s[h.end..].chars().next()) {
        return false;
    }
    let abbreviation = word.len() <= 4 && word.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    if !abbreviation || word.starts_with("Ph") {
        return true;
    }
    let upper = word.chars().filter(char::is_ascii_alphabetic).all(|c| c.is_ascii_uppercase() || c == 'c');
    let next = after(s, h.end, 12).trim_start();
    let prev = before(s, h.start, 4);
    upper
        && (["in ", "degree", "/", "or "].iter().any(|w| next.starts_with(w))
            || prev.ends_with('/')
            || prev.trim_end().ends_with("or"))
}

/// A company headcount at one `Headcount` anchor, if the words around it make it one (not `招2人`, `团队10人`).
fn headcount_at(s: &str, hit: &Hit) -> Option<Headcount> {
    let mut end_num = hit.start;
    let mut open_hi = false;
    let head = s[..hit.start].trim_end_matches(' ');
    if let Some(h) = head.strip_suffix('+') {
        end_num = h.len();
        open_hi = true;
    }
    let (n2, n2_start) = number_before(s, end_num)?;
    let lo = range_start_before(s, n2_start);
    let from = lo.map_or(n2_start, |(_, at)| at);
    let next = after(s, hit.end, 4);
    let prev_word = before(s, from, 3);
    let below = next.starts_with("以下")
        || next.starts_with("以内")
        || ["少于", "不足", "小于", "fewer than", "less than"].iter().any(|w| prev_word.ends_with(w));
    open_hi |= next.starts_with("以上") || next.starts_with('+');
    let prev = before(s, from, 8).to_ascii_lowercase();
    const NEGATIVE: &[&str] = &["团队", "招", "部门", "小组", "组", "带领", "管理", "team", "hire", "招聘"];
    const POSITIVE: &[&str] = &["规模", "员工", "公司", "人数", "企业", "company", "size"];
    // The keyword nearest the number decides: `团队介绍：公司约300人` is a company size, `公司团队10人` is not.
    let nearest = |words: &[&str]| words.iter().filter_map(|w| rfind_short(&prev, w).map(|i| i + w.len())).max();
    let (neg, pos) = (nearest(NEGATIVE), nearest(POSITIVE));
    if neg > pos {
        return None;
    }
    let word = &s[hit.start..hit.end];
    let english = !word.starts_with('人');
    if matches!(word.to_ascii_lowercase().as_str(), "people" | "person") && !company_people(before(s, from, 48)) {
        return None;
    }
    let shaped = lo.is_some() || open_hi || below;
    if !(shaped || english || pos.is_some()) {
        return None;
    }
    let n2 = n2.max(0.0) as u64;
    let (lo, hi) = match (lo, below, open_hi) {
        (Some((n1, _)), _, _) => (n1.max(0.0) as u64, Some(n2)),
        (None, true, _) => (0, Some(n2.saturating_sub(1))),
        (None, false, true) => (n2, None),
        (None, false, false) => (n2, Some(n2)),
    };
    let end = if below || next.starts_with("以上") {
        hit.end + "以上".len()
    } else if next.starts_with('+') {
        hit.end + 1
    } else {
        hit.end
    };
    Some(Headcount { lo, hi, start: from, end })
}

/// Whether `N people` / `an N person team` describes the company (`Oculus is up to around 40 people`, `we are a
/// 10 person team`, `a small distributed team of 13 people`) and not a team in it (`lead the 20 people of our data
/// team`, `we are hiring 3 people`).
fn company_people(prev: &str) -> bool {
    let p = prev.to_ascii_lowercase();
    let p = p.rsplit(['.', '!', '?', ';']).next().unwrap_or("");
    const SELF: &[&str] =
        &["we are", "we're", " is ", " are ", "company of", "team of", "startup of", "about", "around"];
    const OTHER: &[&str] = &["lead", "manage", "hire", "hiring", "looking for", "join", "of our", "on our", "more"];
    SELF.iter().any(|w| p.contains(w)) && !OTHER.iter().any(|w| p.contains(w))
}

/// The first company headcount in a posting.
pub(crate) fn headcount(s: &str, hits: &[Hit]) -> Option<Headcount> {
    hits.iter().filter(|h| h.kind == Kind::Headcount).find_map(|h| headcount_at(s, h))
}

/// Reads a tier heading (`企业 1000人+`, `100人以下`, `公司规模 20-99人`): the tier, or `Err` when the heading is
/// a company size spanning two tiers. `None` when the text is not a company size.
pub(crate) fn tier_heading(text: &str) -> Option<Result<Tier, Headcount>> {
    if !text.contains('人') && !has(text, "employees") && !has(text, "staff") {
        return None;
    }
    let folded = crate::text::fold(text);
    let t = folded.text.trim();
    let mut rest = t;
    for prefix in ["企业规模", "公司规模", "企业", "公司", "规模", "人数", ":", "：", " "] {
        rest = rest.trim_start_matches(prefix).trim_start();
    }
    let mut hits = Vec::new();
    crate::scan::scan(rest, &mut hits); // folded: scans to the end
    let hit = hits.iter().find(|h| h.kind == Kind::Headcount)?;
    let hc = headcount_at(rest, hit)?;
    let whole = rest[..hc.start].trim().is_empty() && rest[hc.end..].trim().is_empty();
    whole.then(|| hc.tier().ok_or(hc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numbers() {
        assert_eq!(cn_number("三"), Some(3));
        assert_eq!(cn_number("两"), Some(2));
        assert_eq!(cn_number("十"), Some(10));
        assert_eq!(cn_number("十二"), Some(12));
        assert_eq!(cn_number("二十五"), Some(25));
        assert_eq!(cn_number("三三"), None);
    }

    #[test]
    fn numbers_before() {
        assert_eq!(number_before("至少三", "至少三".len()), Some((3.0, "至少".len())));
        assert_eq!(number_before("约1,000 ", 9), Some((1000.0, 3)));
        assert_eq!(number_before("K8", 2), None);
        assert_eq!(number_before("abc ", 4), None);
    }

    #[test]
    fn tier_headings() {
        assert_eq!(tier_heading("企业 1000人+"), Some(Ok(Tier::Large)));
        assert_eq!(tier_heading("企业 500-999人"), Some(Ok(Tier::Mid)));
        assert_eq!(tier_heading("100人以下"), Some(Ok(Tier::Tiny)));
        assert_eq!(tier_heading("公司规模 20-99人"), Some(Ok(Tier::Tiny)));
        assert!(matches!(tier_heading("公司规模 50-150人"), Some(Err(_))));
        // English sizes in any case: the scan that reads them ignores ASCII case, and so does the quick test.
        assert_eq!(tier_heading("500-999 Employees"), Some(Ok(Tier::Mid)));
        assert_eq!(tier_heading("20-99 STAFF"), Some(Ok(Tier::Tiny)));
        assert_eq!(tier_heading("腾讯-Python 20-40K"), None);
        assert_eq!(tier_heading("工作职责"), None);
    }
}
