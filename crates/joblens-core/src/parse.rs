//! Turning a paste into postings. Parsing never fails: whatever the text, the result is a list of postings and a
//! list of diagnostics with line numbers.
//!
//! The parser is incremental (`Parser::step` takes a byte budget) so the page can parse 75 MB in slices that yield
//! to the browser; `parse` runs it to the end. Posting boundaries follow ARCHITECTURE.md (§ Where one posting ends): tier headings set the company
//! size of the postings below them, posting headings start postings, thematic breaks end them, other headings are
//! sections, and a paste with neither posting headings nor breaks is one posting.

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton as _;
use aho_corasick::dfa::DFA;
use aho_corasick::Input;

use crate::facts;
use crate::model::{Diagnostic, Level, Match, Posting, Span, Tier};
use crate::salary::{self, Found};
use crate::scan::{self, Hit};
use crate::taxonomy::SkillSet;
use crate::text::{self, is_private_use, line_at, trim_span, Line};

/// The result of parsing: postings in text order and diagnostics in line order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    pub postings: Vec<Posting>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses a whole text at once.
pub fn parse(text: &str) -> Parsed {
    let mut parser = Parser::new();
    while !parser.step(text, usize::MAX) {}
    parser.finish(text)
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Opened {
    /// At the start of the text.
    Start,
    /// After a thematic break.
    Break,
    /// After a tier heading.
    TierHeading,
    /// By a posting heading: the heading line and the text of the heading after its `#`s.
    Heading { heading: Line, text_start: usize },
}

/// The segment of text being collected into a posting.
#[derive(Debug)]
struct Segment {
    opened: Opened,
    start: usize,
    /// 1-based number of the segment's first line.
    line: u32,
    tier: Option<Tier>,
    /// Start offsets of the segment's lines, for match line numbers.
    line_starts: Vec<usize>,
    /// Index in `line_starts` of the first non-blank line, if any.
    first_content: Option<usize>,
    /// Whether a non-blank line follows the heading.
    has_body: bool,
    /// The pay a posting heading states, read when the heading was classified.
    heading_pay: Option<(Found, Vec<salary::Note>)>,
}

/// An incremental parser. Call `step` with the same text until it returns `true`, then `finish`.
#[derive(Default)]
pub struct Parser {
    pos: usize,
    line_no: u32,
    tier: Option<Tier>,
    segment: Option<Segment>,
    seen_posting_heading: bool,
    /// Blocks read before any posting heading: the postings of a paste without headings, or, in one with
    /// headings, preamble unless a thematic break closed them (breaks separate postings). Only the rest of the
    /// text tells which.
    pending: Vec<Pending>,
    out: Parsed,
    hits: Vec<Hit>,
    /// The line-start buffer of the last closed segment, reused by the next (one allocation, not one per posting).
    spare_lines: Vec<usize>,
}

/// A block read before the first posting heading.
struct Pending {
    posting: Posting,
    diagnostics: Vec<Diagnostic>,
    /// A thematic break closed it.
    by_break: bool,
}

enum LineKind {
    Blank,
    Break,
    Tier(Result<Tier, facts::Headcount>),
    /// Where the heading's text starts, and the pay it states (read once, here).
    PostingHeading(usize, Option<(Found, Vec<salary::Note>)>),
    OtherHeading,
    Text,
}

/// `#`–`######` followed by a space (or nothing): the offset where the heading's text starts.
fn heading_text_start(text: &str, line: Line) -> Option<usize> {
    let s = &text[line.start..line.end];
    let indent = s.len() - s.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &s[indent..];
    let hashes = rest.len() - rest.trim_start_matches('#').len();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let after = &rest[hashes..];
    if !(after.is_empty() || after.starts_with([' ', '\t'])) {
        return None;
    }
    Some(line.start + indent + hashes)
}

/// Three or more of the same `-`, `*` or `_` alone on a line (spaces allowed between).
fn is_thematic_break(s: &str) -> bool {
    let t = s.trim();
    let Some(first) = t.chars().next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_')
        && t.chars().filter(|c| !matches!(c, ' ' | '\t')).all(|c| c == first)
        && t.chars().filter(|&c| c == first).count() >= 3
}

const DASHES: [char; 3] = ['-', '－', '–'];

/// The first dash of a `公司-职位` shape in `text[a..b]`, with text on both sides. `strict` skips hyphens inside
/// Latin words (`Back-end`), for lines that are not posting headings.
fn company_dash(text: &str, a: usize, b: usize, strict: bool) -> Option<usize> {
    let s = &text[a..b];
    for (i, c) in s.char_indices() {
        if !DASHES.contains(&c) {
            continue;
        }
        let left = &s[..i];
        let right = &s[i + c.len_utf8()..];
        if strict
            && left.chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric())
            && right.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        {
            continue;
        }
        let has_word = |p: &str| p.chars().any(|c| c.is_alphanumeric());
        if has_word(left) && has_word(right) {
            return Some(a + i);
        }
        return None;
    }
    None
}

fn salary_in(text: &str, a: usize, b: usize) -> Option<Found> {
    salary::find(text, a, b, &mut Vec::new())
}

fn found_span(f: &Found) -> Span {
    match f {
        Found::Salary(s) => s.raw,
        Found::Negotiable(s) | Found::Hidden(s) => *s,
        Found::Unreadable { span, .. } => *span,
    }
}

fn classify(text: &str, line: Line) -> LineKind {
    let s = &text[line.start..line.end];
    let first = s.bytes().find(|b| !matches!(b, b' ' | b'\t'));
    match first {
        None => LineKind::Blank,
        Some(b'-' | b'*' | b'_') if is_thematic_break(s) => LineKind::Break,
        Some(b'#') => match heading_text_start(text, line) {
            None => LineKind::Text,
            Some(ts) => {
                let heading = &text[ts..line.end];
                if let Some(t) = facts::tier_heading(heading) {
                    return LineKind::Tier(t);
                }
                let mut notes = Vec::new();
                let pay = salary::find(text, ts, line.end, &mut notes);
                if pay.is_some() || company_dash(text, ts, line.end, true).is_some() {
                    LineKind::PostingHeading(ts, pay.map(|f| (f, notes)))
                } else {
                    LineKind::OtherHeading
                }
            }
        },
        Some(_) if s.trim().is_empty() => LineKind::Blank,
        Some(_) => LineKind::Text,
    }
}

impl Parser {
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Bytes of the text consumed so far.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Postings found so far (pending preamble candidates excluded).
    pub fn postings_so_far(&self) -> usize {
        self.out.postings.len()
    }

    /// Reads lines of `text` until about `budget` bytes are consumed. Returns `true` when the text is exhausted.
    /// Every call must pass the same text.
    pub fn step(&mut self, text: &str, budget: usize) -> bool {
        let stop = self.pos.saturating_add(budget.max(1));
        while self.pos < text.len() && self.pos < stop {
            let line = line_at(text, self.pos);
            self.line_no += 1;
            self.pos = line.next;
            self.line(text, line);
        }
        self.pos >= text.len()
    }

    fn line(&mut self, text: &str, line: Line) {
        match classify(text, line) {
            LineKind::Break => {
                self.close(text, line.start, true);
                self.open(Opened::Break, line.next);
            }
            LineKind::Tier(t) => {
                self.close(text, line.start, false);
                self.tier = match t {
                    Ok(t) => Some(t),
                    Err(hc) => {
                        self.out.diagnostics.push(tier_ambiguous(self.line_no, &hc));
                        None
                    }
                };
                self.open(Opened::TierHeading, line.next);
            }
            LineKind::PostingHeading(ts, pay) => {
                self.close(text, line.start, false);
                if !self.seen_posting_heading {
                    self.seen_posting_heading = true;
                    // Before the first posting heading: blocks a break closed are postings, the rest preamble.
                    for p in std::mem::take(&mut self.pending) {
                        if p.by_break {
                            self.commit((p.posting, p.diagnostics));
                        }
                    }
                }
                self.open(Opened::Heading { heading: line, text_start: ts }, line.start);
                let seg = self.segment.as_mut().expect("just opened");
                seg.heading_pay = pay;
                seg.line_starts.push(line.start);
                seg.first_content = Some(0);
            }
            kind => {
                let blank = matches!(kind, LineKind::Blank);
                let line_no = self.line_no;
                let seg = self.segment.get_or_insert_with(|| Segment {
                    opened: Opened::Start,
                    start: line.start,
                    line: line_no,
                    tier: None,
                    line_starts: std::mem::take(&mut self.spare_lines),
                    first_content: None,
                    has_body: false,
                    heading_pay: None,
                });
                if seg.line_starts.is_empty() {
                    seg.line = line_no;
                }
                seg.line_starts.push(line.start);
                if !blank {
                    seg.has_body = true;
                    if seg.first_content.is_none() {
                        seg.first_content = Some(seg.line_starts.len() - 1);
                    }
                }
            }
        }
    }

    fn open(&mut self, opened: Opened, start: usize) {
        let line = match opened {
            Opened::Heading { .. } => self.line_no,
            _ => self.line_no + 1,
        };
        self.segment = Some(Segment {
            opened,
            start,
            line,
            tier: self.tier,
            line_starts: std::mem::take(&mut self.spare_lines),
            first_content: None,
            has_body: false,
            heading_pay: None,
        });
    }

    /// Ends the open segment at byte `end`, turning it into a posting when it is one. `by_break`: a thematic
    /// break ends it.
    fn close(&mut self, text: &str, end: usize, by_break: bool) {
        let Some(mut seg) = self.segment.take() else {
            return;
        };
        self.read_segment(text, &seg, end, by_break);
        seg.line_starts.clear();
        self.spare_lines = seg.line_starts;
    }

    fn read_segment(&mut self, text: &str, seg: &Segment, end: usize, by_break: bool) {
        let heading = matches!(seg.opened, Opened::Heading { .. });
        if !heading && !text[seg.start..end].chars().any(char::is_alphanumeric) {
            return; // blank lines or lines of symbols only (`#####…`): nothing to read
        }
        let keep = match seg.opened {
            Opened::Heading { .. } => true,
            _ if !self.seen_posting_heading => true, // pending: decided at the end
            Opened::Break => true,
            Opened::Start | Opened::TierHeading => false,
        };
        if !keep {
            return;
        }
        let (posting, diagnostics) = extract(text, seg, end, &mut self.hits);
        if heading || self.seen_posting_heading {
            self.commit((posting, diagnostics));
        } else {
            self.pending.push(Pending { posting, diagnostics, by_break });
        }
    }

    fn commit(&mut self, (posting, diagnostics): (Posting, Vec<Diagnostic>)) {
        self.out.postings.push(posting);
        self.out.diagnostics.extend(diagnostics);
    }

    /// Closes the last posting and returns everything read. Call after `step` returned `true`.
    pub fn finish(mut self, text: &str) -> Parsed {
        self.close(text, text.len(), false);
        for p in std::mem::take(&mut self.pending) {
            self.commit((p.posting, p.diagnostics));
        }
        if self.out.postings.is_empty() {
            let (code, message) = if text.trim().is_empty() {
                ("empty-input", "the text is empty: nothing to read")
            } else {
                ("no-postings", "no posting found in the text")
            };
            self.out.diagnostics.push(Diagnostic::new(1, Level::Error, code, message));
        }
        self.out.diagnostics.sort_by_key(|d| d.line);
        self.out
    }
}

fn tier_ambiguous(line: u32, hc: &facts::Headcount) -> Diagnostic {
    let hi = hc.hi.map_or_else(|| "+".to_string(), |h| format!("-{h}"));
    Diagnostic::new(
        line,
        Level::Warning,
        "tier-ambiguous",
        format!("company size {}{hi} spans two size tiers; tier left unknown", hc.lo),
    )
}

/// Words that put pay on a line (`薪` covers 薪资, 月薪, 年薪, 14薪 …).
fn pay_words() -> &'static DFA {
    static PAY: OnceLock<DFA> = OnceLock::new();
    PAY.get_or_init(|| {
        DFA::builder()
            .ascii_case_insensitive(true)
            .build(["薪", "工资", "待遇", "salary", "compensation"])
            .expect("fixed patterns build")
    })
}

/// The first pay the posting states, with the notes taken reading it and its line: the heading's (read when
/// it was classified), else the first lines of a headingless posting, else any line that names pay.
fn find_salary(
    text: &str,
    seg: &Segment,
    end: usize,
    line_of: impl Fn(usize) -> u32,
) -> Option<(Found, Vec<salary::Note>, u32)> {
    if let Some((found, notes)) = &seg.heading_pay {
        return Some((found.clone(), notes.clone(), seg.line));
    }
    let first = seg.first_content.unwrap_or(0);
    let line = |start: usize| {
        let l = line_at(text, start);
        Line { end: l.end.min(end), ..l }
    };
    let read = |l: Line| {
        let mut notes = Vec::new();
        salary::find(text, l.start, l.end, &mut notes).map(|f| (f, notes, line_of(l.start)))
    };
    if !matches!(seg.opened, Opened::Heading { .. }) {
        let top = seg.line_starts.iter().skip(first).take(6).take_while(|&&s| s < end);
        if let Some(found) = top.map(|&s| line(s)).find_map(read) {
            return Some(found);
        }
    }
    // Further down, only lines that name pay are read; the scan for those words runs only when needed.
    let mut last_line = usize::MAX;
    for m in pay_words().try_find_iter(Input::new(&text[seg.start..end])).into_iter().flatten() {
        let at = seg.start + m.start();
        let k = seg.line_starts.partition_point(|&s| s <= at).saturating_sub(1);
        if k == last_line {
            continue;
        }
        last_line = k;
        if let Some(found) = read(line(seg.line_starts[k])) {
            return Some(found);
        }
    }
    None
}

/// Turns one segment into a posting and its diagnostics.
fn extract(text: &str, seg: &Segment, end: usize, hits: &mut Vec<Hit>) -> (Posting, Vec<Diagnostic>) {
    let end = seg.start + text[seg.start..end].trim_end().len();
    let body = &text[seg.start..end];
    // Folding copies the text: only the rare posting with fullwidth letters or zero-width characters needs it.
    let mut folded = text::Folded::unchanged(body);
    hits.clear();
    if !scan::scan(body, hits) {
        folded = text::fold(body);
        hits.clear();
        scan::scan(&folded.text, hits);
    }
    let line_of = |abs: usize| -> u32 {
        let k = seg.line_starts.partition_point(|&s| s <= abs).saturating_sub(1);
        seg.line + k as u32
    };
    let orig = |i: usize| seg.start + folded.orig(i);

    let mut skills = SkillSet::default();
    let mut concepts = SkillSet::default();
    let accepted = scan::accepted_terms(&folded.text, hits);
    let mut matches = Vec::with_capacity(accepted.len());
    for i in accepted {
        let h = hits[i];
        let (id, concept) = match h.kind {
            scan::Kind::Skill(id, ..) => (id, false),
            scan::Kind::Concept(id) => (id, true),
            _ => continue,
        };
        if concept {
            concepts.insert(id);
        } else {
            skills.insert(id);
        }
        let span = Span::new(orig(h.start), seg.start + folded.orig_end(body, h.end));
        matches.push(Match { id, concept, line: line_of(span.start as usize), span });
    }

    let mut diagnostics = Vec::new();
    let first_line = seg.first_content.map_or(seg.line, |k| seg.line + k as u32);

    // Salary: the first line that states pay wins.
    let mut salary = None;
    let salary_found: Option<(Found, u32)> = find_salary(text, seg, end, line_of).map(|(found, notes, ln)| {
        for n in notes {
            diagnostics.push(Diagnostic::new(ln, n.level, n.code, n.message));
        }
        (found, ln)
    });
    match &salary_found {
        Some((Found::Salary(s), _)) => salary = Some(*s),
        Some((Found::Negotiable(_), _)) => {}
        Some((Found::Hidden(sp), ln)) => diagnostics.push(Diagnostic::new(
            *ln,
            Level::Warning,
            "hidden-digits",
            format!(
                "the salary `{}` has digits hidden by a site font (private-use characters); not guessed",
                sp.of(text).chars().map(|c| if is_private_use(c) { '?' } else { c }).collect::<String>()
            ),
        )),
        Some((Found::Unreadable { code, message, .. }, ln)) => {
            diagnostics.push(Diagnostic::new(*ln, Level::Warning, code, message.clone()))
        }
        None => diagnostics.push(Diagnostic::new(first_line, Level::Info, "no-salary", "no salary found")),
    }
    let salary_span = salary_found.as_ref().map(|(f, _)| found_span(f));

    // Company size: the tier heading above wins over a headcount in the text.
    let mut tier = seg.tier;
    if tier.is_none() {
        if let Some(hc) = facts::headcount(&folded.text, hits) {
            tier = hc.tier();
            if tier.is_none() {
                diagnostics.push(tier_ambiguous(line_of(orig(hc.start)), &hc));
            }
        }
    }

    let (company, title) = names(text, seg, end, salary_span);
    if let Opened::Heading { .. } = seg.opened {
        if !seg.has_body {
            diagnostics.push(Diagnostic::new(
                seg.line,
                Level::Info,
                "empty-posting",
                "posting has a heading but no body",
            ));
        }
    }

    let posting = Posting {
        line: first_line,
        span: Span::new(seg.start, end),
        tier,
        company,
        title,
        salary,
        experience_min_years: facts::experience(&folded.text, hits),
        education: facts::education(&folded.text, hits),
        skills,
        concepts,
        matches,
    };
    (posting, diagnostics)
}

fn span_of(text: &str, a: usize, b: usize) -> Option<Span> {
    trim_span(text, a, b).map(|(a, b)| Span::new(a, b))
}

/// Drops a leading `【急招】` tag, or unwraps a title written as `【title】`.
fn strip_brackets(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &text[a..b];
    let t = s.trim_start();
    let lead = s.len() - t.len();
    if let Some(rest) = t.strip_prefix('【') {
        if let Some(close) = rest.find('】') {
            let after = &rest[close + '】'.len_utf8()..];
            let inner_start = a + lead + '【'.len_utf8();
            if after.trim().is_empty() {
                return (inner_start, inner_start + close);
            }
            return (b - after.len(), b);
        }
    }
    (a, b)
}

/// Company and title: from the posting heading (`公司-职位 薪资`), or from the first line of a headingless
/// posting (job-site card, `A | B | …` line), with a `公司：` label or a card's company line as fallback.
fn names(text: &str, seg: &Segment, end: usize, salary: Option<Span>) -> (Option<Span>, Option<Span>) {
    let (a, b, from_heading) = match seg.opened {
        Opened::Heading { heading, text_start } => (text_start, heading.end, true),
        _ => {
            let Some(k) = seg.first_content else {
                return (None, None);
            };
            let line = line_at(text, seg.line_starts[k]);
            let a = heading_text_start(text, line).unwrap_or(line.start);
            (a, line.end.min(end), false)
        }
    };
    // Cut the salary out: the names stand before it (or after it when nothing stands before).
    let (mut a, mut b) = (a, b);
    if let Some(sp) = salary.filter(|sp| (sp.start as usize) >= a && (sp.end as usize) <= b) {
        let (s, e) = (sp.start as usize, sp.end as usize);
        if trim_span(text, a, s).is_some() {
            b = s;
        } else {
            a = e;
        }
    }
    let line = &text[a..b];
    let mut company = None;
    let title;
    if let Some(p) = line.find(['|', '｜']) {
        let first = (a, a + p);
        let rest_start = a + p + line[p..].chars().next().map_or(1, char::len_utf8);
        let second_end = text[rest_start..b].find(['|', '｜']).map_or(b, |q| rest_start + q);
        let second = span_of(text, rest_start, second_end);
        let second_is_pay = second.is_some_and(|s| salary_in(text, s.start as usize, s.end as usize).is_some());
        match second {
            Some(s) if !second_is_pay => {
                company = span_of(text, first.0, first.1);
                title = Some(s);
            }
            _ => {
                let (x, y) = strip_brackets(text, first.0, first.1);
                title = span_of(text, x, y);
            }
        }
    } else {
        let (x, y) = if from_heading { (a, b) } else { strip_brackets(text, a, b) };
        match company_dash(text, x, y, !from_heading) {
            Some(d) => {
                company = span_of(text, x, d);
                let after = d + text[d..].chars().next().map_or(1, char::len_utf8);
                title = span_of(text, after, y);
            }
            None => title = span_of(text, x, y),
        }
    }
    if company.is_none() && !from_heading {
        company = company_fallback(text, seg, end);
    }
    (company, title)
}

const COMPANY_LABELS: &[&str] =
    &["公司名称：", "公司名称:", "公司：", "公司:", "企业：", "企业:", "Company:", "company:"];
/// Funding stages on a job-site card; each contains 轮, 市 or 资 (the quick test before the search).
const FUNDING: &[&str] =
    &["天使轮", "A轮", "B轮", "C轮", "D轮", "E轮", "上市公司", "已上市", "不需要融资", "未融资", "战略投资"];

/// A `公司：X` label, or the company line of a job-site card (`星河数据科技 互联网 C轮 100-499人`).
fn company_fallback(text: &str, seg: &Segment, end: usize) -> Option<Span> {
    for &start in seg.line_starts.iter().take(10).take_while(|&&s| s < end) {
        let line = line_at(text, start);
        let l_end = line.end.min(end);
        let s = &text[start..l_end];
        // Every label ends in a colon: most lines are ruled out by one pass instead of one search per label.
        if !s.contains([':', '：']) {
            continue;
        }
        for label in COMPANY_LABELS {
            if let Some(p) = s.find(label) {
                let v = start + p + label.len();
                let rest = &text[v..l_end];
                let stop = rest.find(['|', '｜', '\t']).or_else(|| rest.find("  ")).unwrap_or(rest.len());
                if let Some(sp) = span_of(text, v, v + stop) {
                    return Some(sp);
                }
            }
        }
    }
    for &start in seg.line_starts.iter().skip(1).take(8).take_while(|&&s| s < end) {
        let line = line_at(text, start);
        let s = &text[start..line.end.min(end)];
        let funding = s.contains(['轮', '市', '资']) && FUNDING.iter().any(|f| s.contains(f));
        let card = funding || (s.contains('人') && s.split_whitespace().count() >= 3);
        let Some(first) = s.split_whitespace().next() else {
            continue;
        };
        if card && !first.starts_with("公司") && !first.contains(['：', ':']) && first.chars().count() <= 30 {
            let a = start + (s.len() - s.trim_start().len());
            return Some(Span::new(a, a + first.len()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preamble_and_break_closed_blocks() {
        // Text before the first posting heading is preamble...
        assert_eq!(parse("# 招聘汇总\n说明文字\n### 腾讯-Python 20-40K\n+ Go\n").postings.len(), 1);
        // ...unless a thematic break closed it: breaks separate postings (so appending to a card paste keeps it).
        let text = "Python开发 15-25K\n熟悉Redis\n\n---\n\n## 企业 20-99人\n### 小步-Go工程师 20-30K\n+ Go\n";
        let parsed = parse(text);
        assert_eq!(parsed.postings.len(), 2);
        assert_eq!(parsed.postings[0].line, 1);
        assert_eq!(parsed.postings[1].tier, Some(Tier::Tiny));
    }

    #[test]
    fn thematic_breaks() {
        for s in ["---", "***", "___", " - - -", "-----", "* * *"] {
            assert!(is_thematic_break(s), "{s:?}");
        }
        for s in ["--", "-*-", "--- a", "+ a", ""] {
            assert!(!is_thematic_break(s), "{s:?}");
        }
    }

    #[test]
    fn dash_shapes() {
        let t = "哈啰出行-代招-后端开发工程师";
        assert_eq!(company_dash(t, 0, t.len(), false), Some("哈啰出行".len()));
        let t = "Senior Back-end Engineer";
        assert_eq!(company_dash(t, 0, t.len(), true), None);
        let t = "Hypers-Python后端";
        assert_eq!(company_dash(t, 0, t.len(), false), Some(6));
        let t = "-Python";
        assert_eq!(company_dash(t, 0, t.len(), false), None);
    }

    #[test]
    fn brackets() {
        let t = "【后端开发工程师（Python）】";
        let (a, b) = strip_brackets(t, 0, t.len());
        assert_eq!(&t[a..b], "后端开发工程师（Python）");
        let t = "【急招】Python后端 ";
        let (a, b) = strip_brackets(t, 0, t.len());
        assert_eq!(&t[a..b], "Python后端 ");
    }
}
