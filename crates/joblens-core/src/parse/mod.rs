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
use crate::model::{Currency, Date, Diagnostic, Level, Match, Period, Posting, Remote, Salary, Span, Tier, UnitRule};
use crate::place;
use crate::salary::{self, Found};
use crate::scan::{self, Hit, Words};
use crate::segment::{self, Cell, Chrome, Columns, Field, Shape};
use crate::taxonomy::SkillSet;
use crate::text::{self, is_private_use, line_at, trim_span, Line};

mod names;
use names::*;

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

/// Parses a text as [`parse`] does, with the postings' fields read on up to `threads` threads: segmentation runs
/// in one pass, as always, and hands the segments it has queued to the other threads in batches as it goes; once it
/// has reached the end it reads the batches left too. The result is the same as `parse`'s, in the same order.
/// Extraction is most of the work on text (a table's rows are read as they are met, in the one pass). For native
/// callers with whole files (the CLI); the page has no threads and parses in slices.
pub fn parse_threads(text: &str, threads: usize) -> Parsed {
    parse_threads_in_batches(text, threads, BATCH_BYTES)
}

/// [`parse_threads`] with segments handed on after about every `batch_bytes` of text: for tests, so that small
/// texts are read in many batches too.
#[doc(hidden)]
pub fn parse_threads_in_batches(text: &str, threads: usize, batch_bytes: usize) -> Parsed {
    let mut parser = Parser { deferred: Some(Deferred::default()), ..Parser::default() };
    // wasm32 has no threads (and the page never defers): its build carries no thread code. The fuzz targets check
    // the same batches and the same join, read in turn: spawning threads for each input cost them about half their
    // runs, and what threads add (scoped, nothing shared mutably) is std's.
    if threads <= 1 || cfg!(target_arch = "wasm32") || cfg!(fuzzing) {
        let mut read = Vec::new();
        loop {
            let end = parser.step(text, batch_bytes);
            if end {
                parser.end(text);
            }
            if let Some(batch) = parser.take_batch() {
                read.push(read_batch(text, batch));
            }
            if end {
                return parser.finish_deferred(text, read);
            }
        }
    }
    let (send, receive) = std::sync::mpsc::channel::<Batch>();
    let receive = std::sync::Mutex::new(receive);
    // A batch is taken while the lock is held, and read after it is let go.
    let next = || receive.lock().ok()?.recv().ok();
    let work = || std::iter::from_fn(next).map(|b| read_batch(text, b)).collect::<Vec<_>>();
    std::thread::scope(|s| {
        let others: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        while !parser.step(text, batch_bytes) {
            if let Some(batch) = parser.take_batch() {
                // The other threads end only after the last batch is sent: `send` cannot fail here.
                let _ = send.send(batch);
            }
        }
        parser.end(text);
        if let Some(batch) = parser.take_batch() {
            let _ = send.send(batch);
        }
        drop(send);
        let mut read = work();
        for h in others {
            read.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        parser.finish_deferred(text, read)
    })
}

/// About how much text segmentation reads before it hands its queued segments on: a few hundred postings.
const BATCH_BYTES: usize = 256 << 10;

/// Queued segments, with the job number of the first.
type Batch = (u32, Vec<(Segment, usize)>);

/// The postings (and their diagnostics) of a batch, with the job number of the first.
type ReadBatch = (u32, Vec<(Posting, Vec<Diagnostic>)>);

fn read_batch(text: &str, (first, segments): Batch) -> ReadBatch {
    let mut hits = Vec::new();
    (first, segments.iter().map(|(seg, end)| extract(text, seg, *end, &mut hits)).collect())
}

/// Parses a whole text as one posting.
pub fn parse_whole(text: &str) -> Parsed {
    let mut parser = Parser::whole();
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
    /// By a post's chrome line in a thread, with the date it gives. `follow_up`: a later comment by the issue's
    /// author, which is a new posting only when it states pay.
    Post { date: Option<Date>, follow_up: bool },
    /// At the title line of a repeated record (a card, a role block).
    Record,
}

/// What a line adds to its segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Content {
    Blank,
    /// A section heading: body, but no text of its own.
    Heading,
    Text,
}

impl Content {
    fn of(s: &str) -> Content {
        if s.trim().is_empty() {
            Content::Blank
        } else {
            Content::Text
        }
    }
}

/// A line that every record of a repeated list has once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Anchor {
    /// A line that is pay and nothing else (`25-35K·13薪`): a job-site card's second line.
    Pay,
    /// `Company • City, Country`: a job board's card.
    CompanyPlace,
    /// `工作职责：`, `岗位职责`, `Responsibilities`: a role block's first section.
    Section,
    /// `工作地点：北京`, `薪资：20-30K` under a role's title: a role block that lists its facts, not sections.
    Label,
    /// A heading of the given level that is no section's label (`## 招聘 1`, `## 星河科技`, `## 后端工程师`), over a
    /// block that reads as a posting: a digest or a README that lists its postings under headings without pay.
    Heading(usize),
    /// A list item that is a posting by itself: `- [深圳/远程] 某公司诚聘 后端工程师 薪水 20-30K`.
    ListItem,
    /// A paragraph's first line of fields between bars that names a role and its place or pay, as a "Who is
    /// hiring?" post opens (`Acme | Backend Engineer | Berlin | €70k`), in a paste without the thread's chrome.
    Header,
    /// A plain line that is a role and its place (`Junior Rust Software Engineer (Wrocław, PL)`), in a paragraph
    /// of such lines under a company's name alone on its line: a job board's list copied as text.
    RoleLine,
}

/// Words that make a list item an offer.
const OFFER_WORDS: &[&str] = &["诚聘", "招聘", "急招", "招", "内推", "hiring", "is hiring", "wanted"];

const SECTION_WORDS: &[&str] = &[
    "工作职责",
    "岗位职责",
    "职位职责",
    "职责描述",
    "职位描述",
    "岗位描述",
    "responsibilities",
    "what you'll do",
    "what you will do",
];

fn anchor(text: &str, line: Line) -> Option<Anchor> {
    let s = &text[line.start..line.end];
    // `[TW$40K/month up] 找前端工程師，…`, `[面議] 找後端工程師…`: a paragraph that opens with its pay in brackets,
    // then the role, one posting each, however long.
    if let Some(inner) = s.strip_prefix('[').or_else(|| s.strip_prefix('【')) {
        let close = inner.find([']', '】']).filter(|&c| c <= 40);
        if let Some(close) = close {
            let a = line.start + (s.len() - inner.len());
            let rest = &inner[close..];
            if salary_in(text, a, a + close).is_some() && rest.len() <= 600 && is_job_title(rest) {
                return Some(Anchor::ListItem);
            }
        }
    }
    // Anchors are short lines; a list item that is a posting may say more (a digest's note after it).
    if s.len() > 240 || (s.len() > 120 && list_item_text(s.trim_start()).is_none()) {
        return None;
    }
    let t = s.trim();
    let head = t.trim_end_matches([':', '：', ' ']).trim_start_matches(['#', '*', ' ', '【', '[']);
    let head = head.trim_end_matches(['】', ']', '*']);
    if head.len() <= 24 && SECTION_WORDS.iter().any(|w| head.eq_ignore_ascii_case(w)) {
        return Some(Anchor::Section);
    }
    if is_fact_label(t) {
        return Some(Anchor::Label);
    }
    if let Some(item) = list_item_text(t) {
        // The character tests first: nearly every list item is a posting's own bullet, with no offer in it.
        let may_offer = item.contains(['聘', '招', '推', 'h', 'H', 'w', 'W']);
        let offer = (may_offer && OFFER_WORDS.iter().any(|w| item.contains(w)))
            || (may_be_pay(item) && salary_in(text, line.start, line.end).is_some());
        if offer && is_job_title(item) {
            return Some(Anchor::ListItem);
        }
        // `- [Acme - Backend Engineer - Berlin](/jobs/acme.md)`: a role written as fields, with no pay.
        let linked = item.strip_prefix('[').and_then(|r| r.find("](").map(|close| &r[..close]));
        if names_a_role(text, line, linked.unwrap_or(item)) {
            return Some(Anchor::ListItem);
        }
        // `* [Senior Rust Engineer (Remote)](https://…)`: a job board's list of links, one role each, under its
        // company. A link and nothing else, whose text is a job title or a role's field (`Product Management`);
        // the parser takes the links after one as roles too (`[Data Infrastructure - SRE]`, a link's run).
        if link_only_item(t).is_some_and(|l| is_job_title(l) || has_word(l, "management")) {
            return Some(Anchor::ListItem);
        }
    }
    if let Some((left, right)) = t.contains('•').then(|| t.split_once(" • ")).flatten() {
        if !left.trim().is_empty() && (place::city_of(right).is_some() || place::remote_in(right).is_some()) {
            return Some(Anchor::CompanyPlace);
        }
    }
    if t.len() <= 80 && t.chars().count() <= 40 && may_be_pay(t) {
        let found = salary_in(text, line.start, line.end);
        // `25-35K·13薪`, and a card's `薪资面议` in the same place.
        if let Some(Found::Salary(Salary { raw, .. }) | Found::Negotiable(raw)) =
            found.as_ref().filter(|_| t.len() <= 72)
        {
            // `15k-25k 经验3-5年 / 大专` (拉勾): the pay with the experience and degree asked beside it.
            let rest = t.len() - raw.len().min(t.len());
            let beside = || rest <= 40 && ["经验", "年", "不限", "应届"].iter().any(|w| t.contains(w));
            if t.chars().count() <= 24 && (rest <= 8 || beside()) {
                return Some(Anchor::Pay);
            }
        }
        // `Remote 区块链工程师 30K-45K RMB`: a role and its pay, and nothing else, one line a posting.
        if let Some(Found::Salary(Salary { raw, .. })) = &found {
            let before = &text[line.start..raw.start as usize];
            let after = text[raw.end as usize..line.end].trim();
            let short = before.split_whitespace().count() <= 4 && !before.contains(['，', ',', '：', ':', '。']);
            if short && after.chars().count() <= 3 && is_job_title(before) {
                return Some(Anchor::ListItem);
            }
        }
    }
    None
}

/// Whether a line holds a `|` or a `｜`, by bytes: most lines hold neither.
fn has_bar(line: &[u8]) -> bool {
    let mut at = 0;
    while let Some(i) = memchr::memchr2(b'|', 0xEF, &line[at..]) {
        if line[at + i] == b'|' || line[at + i..].starts_with("｜".as_bytes()) {
            return true;
        }
        at += i + 1;
    }
    false
}

/// `Acme | Backend Engineer | Berlin | €70k`, `Acme - Backend Engineer - Berlin`: three or more fields between bars
/// or spaced dashes, the first no label, one of them a job title, and one a place or the pay.
fn is_header(text: &str, line: Line) -> bool {
    let t = text[line.start..line.end].trim();
    !t.starts_with(['|', '｜']) && names_a_role(text, line, t)
}

/// A card's line of when it was posted (`09:32发布`, `2022-11-18发布`, `3天前发布`).
fn is_posted_line(s: &str) -> bool {
    let s = s.trim();
    s.chars().count() <= 16
        && s.strip_suffix("发布").is_some_and(|t| t.contains(|c: char| c.is_ascii_digit() || "昨今前".contains(c)))
}

/// Whether a line holds a dash between spaces (` - `, ` – `, ` — `), by bytes.
fn has_spaced_dash(t: &[u8]) -> bool {
    // From the spaces: Chinese lines have few.
    memchr::memchr_iter(b' ', t).any(|i| {
        let after = &t[i + 1..];
        after.starts_with(b"- ") || after.starts_with("– ".as_bytes()) || after.starts_with("— ".as_bytes())
    })
}

/// Whether `t`, part of `line`, is written as fields that name a role and its place or pay (`is_header`).
fn names_a_role(text: &str, line: Line, t: &str) -> bool {
    if t.len() > 200 {
        return false;
    }
    let fields: Vec<&str> = if has_bar(t.as_bytes()) {
        t.split(['|', '｜']).map(str::trim).collect()
    } else if has_spaced_dash(t.as_bytes()) {
        t.split(" - ").flat_map(|f| f.split(" – ")).flat_map(|f| f.split(" — ")).map(str::trim).collect()
    } else {
        return false;
    };
    let [first, rest @ ..] = &fields[..] else {
        return false;
    };
    if first.is_empty() || first.chars().count() > 40 || first.contains([':', '：']) {
        return false;
    }
    if rest.len() < 2 || rest.iter().any(|f| f.is_empty()) {
        return false;
    }
    let placed = |f: &&str| {
        place::is_known_city(f)
            || place::find_location(f).is_some()
            || f.split_whitespace().next().is_some_and(|w| place::remote_in(w).is_some())
    };
    fields.iter().any(|f| is_job_title(f))
        && (rest.iter().any(placed) || (may_be_pay(t) && salary_in(text, line.start, line.end).is_some()))
}

/// Headings of a posting's parts (`## Requirements`, `## 技术栈`), beside the labels `is_section_label` reads: no
/// posting starts at them.
const PART_HEADINGS: &[&str] = &[
    "benefits",
    "perks",
    "requirements",
    "qualifications",
    "responsibilities",
    "tech stack",
    "stack",
    "what we offer",
    "what you'll do",
    "nice to have",
    "bonus points",
    "how to apply",
    "contact",
    "加分项",
    "我们提供",
    "技术栈",
    "工作内容",
    "任职资格",
    "工作地点",
    "薪资福利",
    "面试流程",
];

/// Words that make a heading a part of one posting wherever they stand in it (`# 薪资福利待遇`, `# 感易智能公司简介`,
/// `# 联络方式`): company names and job titles have none of them.
const PART_WORDS: &[&str] = &[
    "福利", "待遇", "薪资", "薪酬", "要求", "职责", "介绍", "简介", "方式", "联系", "联络", "流程", "地点", "地址",
    "性质", "描述", "说明", "投递", "资格", "概览", "统计", "内容", "需求", "加分",
    // Traditional characters (`## 工作內容`, `## 薪資範圍`, `## 工時/特休`).
    "薪資", "職責", "介紹", "簡介", "聯繫", "聯絡", "地點", "性質", "說明", "投遞", "資格", "概覽", "統計", "內容",
    "工時",
];

/// `What's Acme?`, `The team`, `你会做什么`, `加入我们`: a question, or words that speak to the reader or of "us",
/// which no company's name or job title says. `lower` is `s` lowercased.
fn speaks(s: &str, lower: &str) -> bool {
    s.ends_with(['?', '？'])
        || lower.split(|c: char| !c.is_ascii_alphabetic() && c != '\'').any(|w| SPEAKING_WORDS.contains(&w))
        || ["我们", "你", "您"].iter().any(|w| s.contains(w))
}

/// English words of headings that are a posting's parts, not postings (`About us`, `Job Description`).
const SPEAKING_WORDS: &[&str] = &[
    "the",
    "you",
    "your",
    "we",
    "our",
    "us",
    "what",
    "what's",
    "why",
    "how",
    "who",
    "about",
    "description",
    "overview",
    "summary",
    "benefits",
    "perks",
    "requirements",
    "responsibilities",
    "qualifications",
    "culture",
    "values",
    "mission",
];

/// A heading's level, and whether it may start a posting of a digest or a README: no section's or part's label.
fn record_heading(text: &str, line: Line) -> Option<(usize, bool)> {
    let ts = heading_text_start(text, line)?;
    let h = text[ts..line.end].trim().trim_end_matches([':', '：']);
    let lower = crate::text::lowercase(h);
    let part = speaks(h, &lower)
        || is_section_label(h)
        || PART_HEADINGS.iter().chain(SECTION_WORDS).any(|w| lower == *w)
        || (h.bytes().any(|b| b >= 0xE0) && PART_WORDS.iter().any(|w| h.contains(w)));
    Some((text[line.start..ts].bytes().filter(|&b| b == b'#').count(), !h.is_empty() && !part))
}

/// Whether a heading's block reads as a posting of its own: a heading that is a job title, a title's label, an
/// offer, or a title line right under the heading (`## 后端工程师`, `## 星河科技` over `- 岗位：后端工程师` or over
/// `Python 数据工程师`, `## 招聘 1` over `星河科技 招聘 Python 工程师`). A section of one posting (`## 我们的团队`,
/// even with its pay in a sentence) has none of them.
fn block_is_posting(text: &str, starts: &[usize]) -> bool {
    let mut lines = starts.iter().take(12).map(|&st| line_at(text, st)).filter(|l| l.end > l.start);
    let under_heading = lines.clone().nth(1);
    under_heading.is_some_and(|l| is_title_line(text, l.start) && is_job_title(&text[l.start..l.end]))
        || lines.any(|l| {
            let s = &text[l.start..l.end];
            let heading = heading_text_start(text, l).map(|ts| &text[ts..l.end]);
            heading.is_some_and(is_job_title) || is_label(s, TITLE_LABELS) || is_offer(s)
        })
}

/// An offer word followed by a job title (`甲公司招聘前端工程师`, `Acme is hiring Go engineers`): `本月招聘` and
/// `招聘 1` name no role.
fn is_offer(s: &str) -> bool {
    let may_offer = s.contains(['聘', '招']) || memchr::memmem::find(s.as_bytes(), b"iring").is_some();
    may_offer && {
        let lower = crate::text::lowercase(s);
        OFFER_WORDS.iter().any(|w| lower.find(w).is_some_and(|i| is_job_title(&lower[i + w.len()..])))
    }
}

/// A quick test before the salary reader: pay names a unit, a currency or salary months somewhere (`25-35K`,
/// `1.5万`, `300元/天`, `$120k`, `13薪`); `3-5年 本科` or `100-499人` name none.
fn may_be_pay(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, 'k' | 'K' | 'w' | 'W' | '$' | '€' | '£' | '¥' | '￥' | '₹' | '元' | '万' | '千' | '薪' | '面' | '/')
    })
}

/// The text of a list item (`- x`, `* x`, `+ x`, `• x`, `1. x`, `1、x`), or `None` for another line.
fn list_item_text(t: &str) -> Option<&str> {
    // `**1. 星河互娱 — Java后端开发工程师，13-26k**`: a digest's bold numbered item. The item ends where the line
    // does (callers take its offset from the end).
    let t = t.strip_prefix("**").unwrap_or(t);
    if let Some(rest) = t.strip_prefix(['-', '*', '+', '•']) {
        return rest.starts_with(' ').then(|| rest.trim_start());
    }
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &t[digits..];
    (digits > 0 && digits <= 3).then(|| rest.strip_prefix(['.', '、', ')'])).flatten().map(str::trim_start)
}

/// The text of a list item that is one link and nothing else (`- [Database Engineer](https://…)`), if it is short.
fn link_only_item(t: &str) -> Option<&str> {
    let item = list_item_text(t)?;
    let r = item.strip_prefix('[')?;
    let l = &r[..r.find("](")?];
    let after = &r[l.len() + 2..];
    let closed = after.find(')').is_some_and(|c| after[c + 1..].trim_matches(['.', ' ', '*']).is_empty());
    // `- [Internships](#internships)`: a table of contents links into its own page; `[List of …]`, to lists.
    let contents = after.starts_with('#') || l.get(..8).is_some_and(|h| h.eq_ignore_ascii_case("list of "));
    (closed && !contents && l.chars().count() <= 80 && !l.trim().is_empty()).then_some(l)
}

/// Whether `s` holds `word` (lowercase ASCII) between non-letters, in any ASCII case.
fn has_word(s: &str, word: &str) -> bool {
    let b = s.as_bytes();
    let n = word.len();
    (0..b.len().saturating_sub(n - 1)).any(|i| {
        b[i..i + n].eq_ignore_ascii_case(word.as_bytes())
            && !(i > 0 && b[i - 1].is_ascii_alphabetic())
            && !b.get(i + n).is_some_and(u8::is_ascii_alphabetic)
    })
}

/// A plain line that is a role, with its place or way of working in brackets after it (`Rust Engineer (Remote)`,
/// `Software Developer, Rust`, `Several positions available (San Francisco, Atlanta, and Remote)`): short, no list
/// item, no sentence, no link.
fn is_role_line(s: &str) -> bool {
    let t = s.trim();
    if !(3..=120).contains(&t.len())
        || t.ends_with(['.', ':', ';', ',', '。', '：', '；', '，', '!', '?'])
        || list_item_text(t).is_some()
        || t.contains(['|', '[', '#', '*'])
        || t.contains("://")
    {
        return false;
    }
    let place = t
        .strip_suffix(')')
        .and_then(|r| r.rfind('(').map(|open| (&r[..open], &r[open + 1..])))
        .filter(|(_, inside)| place::remote_in(inside).is_some() || place::find_location(inside).is_some());
    match place {
        Some((role, _)) => !role.trim().is_empty(),
        None => t.split_whitespace().count() <= 8 && is_job_title(t),
    }
}

/// A plain line that may be a company's name over its roles (`Anixe`, `The Mobility House GmbH`): short, one
/// line, no sentence, no role, no pay.
fn is_name_line(s: &str) -> bool {
    let t = s.trim();
    (2..=60).contains(&t.len())
        && t.split_whitespace().count() <= 6
        && !t.ends_with(['.', ':', ';', ',', '。', '：', '；', '，', '!', '?'])
        && list_item_text(t).is_none()
        && !t.contains(['|', '[', '(', '#', '*'])
        && !is_job_title(t)
        && !names_pay(t)
}

/// Whether a short line says pay: a currency sign, `薪`, `面议`, or a number with a unit after it (`20K`, `2万`).
fn names_pay(t: &str) -> bool {
    let unit = |c: char| matches!(c, 'k' | 'K' | 'w' | 'W' | '万' | '千');
    t.contains(['$', '€', '£', '¥', '￥', '₹', '元', '薪'])
        || t.contains("面议")
        || t.chars().zip(t.chars().skip(1)).any(|(a, b)| a.is_ascii_digit() && unit(b))
}

/// Whether the line at index `k` of `starts` is a company's name over the records that follow: a bold name
/// alone (`**Quokka Systems**`) over a board's links, or, over plain role lines, a name that is a paragraph of
/// its own.
fn is_group_at(text: &str, starts: &[usize], k: usize, kind: Anchor) -> bool {
    let s = line_text(text, starts[k]);
    let blank = |i: usize| starts.get(i).is_none_or(|&st| line_text(text, st).trim().is_empty());
    match kind {
        Anchor::ListItem => is_group_line(s),
        Anchor::RoleLine => is_name_line(s) && (k == 0 || blank(k - 1)) && blank(k + 1),
        _ => false,
    }
}

/// The company a group line (see [`is_group_at`]) names: a plain name line is the name as written.
fn group_company(text: &str, start: usize, kind: Anchor) -> Option<Span> {
    let l = line_at(text, start);
    match kind {
        Anchor::RoleLine => span_of(text, l.start, l.end),
        _ => preamble_company(text, start),
    }
}

/// A line of a bold name alone (`**Quokka Systems**`), as a job board writes the company over its links.
fn is_group_line(s: &str) -> bool {
    let t = s.trim();
    t.len() <= 60 && t.len() > 4 && t.starts_with("**") && t.ends_with("**") && !t[2..t.len() - 2].contains('*')
}

/// The text of the line that starts at `start`.
fn line_text(text: &str, start: usize) -> &str {
    let l = line_at(text, start);
    &text[l.start..l.end]
}

/// A registered company's name (`江苏润和软件股份有限公司`, `柯莱特集团`), as a card's company line gives it.
fn is_company_name(s: &str) -> bool {
    let t = s.trim();
    t.chars().count() <= 30 && ["公司", "集团", "工作室", "研究院", "事务所"].iter().any(|w| t.ends_with(w))
}

/// A role's title line: short, not a list item, not a sentence.
fn is_title_line(text: &str, start: usize) -> bool {
    let l = line_at(text, start);
    let s = text[l.start..l.end].trim();
    let n = s.chars().count();
    (1..=40).contains(&n)
        && !s.ends_with(['。', '；', ';', '，', ',', '：', ':'])
        && !s.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '*' | '+' | '•'))
}

/// The segment of text being collected into a posting.
#[derive(Clone, Debug)]
struct Segment {
    opened: Opened,
    start: usize,
    /// 1-based number of the segment's first line.
    line: u32,
    tier: Option<Tier>,
    /// The city a context heading above sets.
    city: Option<Box<str>>,
    /// The company the preamble above a list of records names (`### 甲乙科技 迪拜技术中心` over its roles).
    company: Option<Span>,
    /// Start offsets of the segment's lines, for match line numbers.
    line_starts: Vec<usize>,
    /// Index in `line_starts` of the first non-blank line, if any.
    first_content: Option<usize>,
    /// Whether a non-blank line follows the heading.
    has_body: bool,
    /// Whether a non-blank line that is not a heading follows it.
    has_text: bool,
    /// The pay a posting heading states, read when the heading was classified.
    heading_pay: Option<Found>,
    /// The first repeated-record anchor in the segment and the index of its title line.
    anchor: Option<(Anchor, usize)>,
    /// For a heading anchor before its first split: the indices of the later headings of its level seen so far.
    /// Once one of their blocks reads as a posting, each of them starts a record.
    heads: Vec<usize>,
}

impl Segment {
    /// Whether repeated records may be found in it: not under a posting heading, not in a thread post.
    fn anchorable(&self) -> bool {
        matches!(self.opened, Opened::Start | Opened::Break | Opened::TierHeading | Opened::Record)
    }
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
    /// The shape of the text, found at the first step.
    shape: Option<Shape>,
    /// In a thread: whether the lines read belong to a post (after its chrome line, before a `reply` line).
    in_post: bool,
    /// In a thread, before its first chrome line: the start and number of the last line that may be its title.
    thread_title: Option<(usize, u32)>,
    /// In a thread, before its first chrome line: the start and number of its first line of text, and how many
    /// lines of text it has; an issue body pasted without its opening line stands there.
    page_text: Option<(usize, u32, u32)>,
    /// A chrome line has been read.
    chrome_seen: bool,
    /// The user who opened the issue a thread is.
    issue_author: Option<Box<str>>,
    /// The open post is an issue's and holds its title only so far.
    title_only: bool,
    /// The line of the last list item that was a link and a record (`- [Data Engineer](…)`).
    link_record: Option<u32>,
    /// The line of the last role line that was a record (`Tech Lead (London / Remote)`).
    role_record: Option<u32>,
    /// The city a context heading (`#### Bei Jing`, `## 上海`) sets for what follows.
    city: Option<Box<str>>,
    /// The columns of the table being read (delimited, JSON, or a pipe table inside text).
    columns: Option<Columns>,
    /// The company a heading over a pipe table without a company column names (`#### Stripe`).
    table_company: Option<Span>,
    cells: Vec<Cell>,
    /// The delimited-text reader, kept between steps.
    delimited: Option<segment::DelimitedReader>,
    /// Extraction put off until `finish` ([`parse_threads`]).
    deferred: Option<Deferred>,
    /// Where the next `|` at or after the line being read stands (`usize::MAX`: none), found by one search that
    /// runs on only once the lines have passed it: a search on every line, for the rare table, cost 3% of a parse.
    next_pipe: Option<usize>,
    /// The level of the last heading of a posting's part (`# 職務說明`): the headings below it are that part's
    /// (`## Backend Engineer`), and start no posting.
    part_heading: Option<usize>,
    /// The company a page's title heading names for the posting headings below it (`# Orbit Labs` over
    /// `## Data Engineer`).
    page_company: Option<Span>,
}

/// A block read before the first posting heading.
struct Pending {
    read: Read,
    /// A thematic break closed it.
    by_break: bool,
}

/// A posting read, or (extraction deferred) the number of the queued segment that will read it.
#[allow(clippy::large_enum_variant)] // moved once, from extraction to its commit: a box would cost an allocation each
enum Read {
    Done(Posting, Vec<Diagnostic>),
    Queued(u32),
}

/// Segments queued for extraction (those not yet handed on: `sent` were), and the postings committed, in text
/// order: read ones (`done`, a table's rows) and queued ones, with where their diagnostics go among the parser's own.
#[derive(Default)]
struct Deferred {
    sent: u32,
    queue: Vec<(Segment, usize)>,
    done: Vec<Posting>,
    committed: Vec<Committed>,
}

enum Committed {
    /// The next of `done`.
    Done,
    Queued {
        job: u32,
        diagnostics_at: usize,
    },
}

enum LineKind {
    Blank,
    Break,
    Tier(Result<Tier, facts::Headcount>),
    /// A heading that names a city only: the city of the postings below.
    City(Box<str>),
    /// Where the heading's text starts, and the pay it states (read once, here).
    PostingHeading(usize, Option<Found>),
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

const DASHES: [char; 4] = ['-', '－', '–', '—'];

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
    salary::find(text, a, b)
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
                let pay = salary::find(text, ts, line.end);
                if pay.is_some() || company_dash(text, ts, line.end, true).is_some() {
                    LineKind::PostingHeading(ts, pay)
                } else if let Some(city) = city_heading(heading) {
                    LineKind::City(city)
                } else {
                    LineKind::OtherHeading
                }
            }
        },
        // Most lines begin with a character that is no white space (ASCII, or CJK: lead bytes E4–E9), and need no trim.
        Some(b) if b.is_ascii_graphic() || (0xE4..=0xE9).contains(&b) => LineKind::Text,
        Some(_) if s.trim().is_empty() => LineKind::Blank,
        Some(_) => LineKind::Text,
    }
}

impl Parser {
    pub fn new() -> Parser {
        Parser::default()
    }

    /// A parser that reads the whole text as one posting, whatever shape it has (the page's "read as one
    /// posting", `&read=text` in a share link).
    pub fn whole() -> Parser {
        Parser { shape: Some(Shape::Whole), ..Parser::default() }
    }

    /// Bytes of the text consumed so far.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Postings found so far (pending preamble candidates excluded).
    pub fn postings_so_far(&self) -> usize {
        self.out.postings.len() + self.deferred.as_ref().map_or(0, |d| d.committed.len())
    }

    /// The postings found so far, in text order; `finish` returns them and any that only the end of the text
    /// decides (a paste without headings). For writing postings out as they are parsed.
    pub fn postings(&self) -> &[Posting] {
        &self.out.postings
    }

    /// Reads lines of `text` until about `budget` bytes are consumed. Returns `true` when the text is exhausted.
    /// Every call must pass the same text.
    pub fn step(&mut self, text: &str, budget: usize) -> bool {
        let stop = self.pos.saturating_add(budget.max(1));
        if self.pos == 0 && cfg!(not(target_arch = "wasm32")) {
            // Room for a posting every 512 bytes, so that the list is not copied as it grows (5% of a markdown
            // parse). Natively only: pages not written to cost nothing there, while the page's memory never shrinks.
            self.out.postings.reserve(text.len() / 512);
        }
        let shape = match self.shape {
            Some(shape) => shape,
            None => {
                let (shape, records) = segment::sniff(text);
                if records > 0 {
                    self.out.diagnostics.push(Diagnostic::new(
                        1,
                        Level::Info,
                        "preamble",
                        "the lines above the table's header were read as its title and intro, not as postings",
                    ));
                    self.advance(text, records);
                }
                *self.shape.insert(shape)
            }
        };
        match shape {
            Shape::Delimited(delim) => self.step_delimited(text, delim, stop),
            Shape::Json => self.step_json(text, stop),
            Shape::Whole => {
                while self.pos < text.len() && self.pos < stop {
                    let line = line_at(text, self.pos);
                    self.line_no += 1;
                    self.pos = line.next;
                    self.push_line(line, Content::of(&text[line.start..line.end]));
                }
            }
            Shape::Text | Shape::Thread(_) => {
                let thread = matches!(shape, Shape::Thread(_));
                while self.pos < text.len() && self.pos < stop {
                    let line = line_at(text, self.pos);
                    self.line_no += 1;
                    self.pos = line.next;
                    if thread {
                        self.thread_line(text, line);
                    } else if self.columns.is_some() {
                        self.pipe_row(text, line);
                    } else {
                        self.line(text, line);
                    }
                }
            }
        }
        self.pos >= text.len()
    }

    /// How the text is read, once the first step has looked at it.
    pub fn shape(&self) -> Option<Shape> {
        self.shape
    }

    /// Moves the position to `next`, counting the lines passed.
    fn advance(&mut self, text: &str, next: usize) {
        let next = next.min(text.len());
        self.line_no += memchr::memchr_iter(b'\n', &text.as_bytes()[self.pos..next]).count() as u32;
        self.pos = next;
    }

    fn step_delimited(&mut self, text: &str, delim: u8, stop: usize) {
        let mut cells = std::mem::take(&mut self.cells);
        let mut reader = self.delimited.take().unwrap_or_else(|| segment::DelimitedReader::new(delim));
        while self.pos < text.len() && self.pos < stop {
            let start = self.pos;
            let Some(next) = reader.read(text, start, &mut cells) else {
                self.pos = text.len();
                break;
            };
            let line = self.line_no + 1;
            self.advance(text, next);
            if next == text.len() && !text.ends_with('\n') {
                self.line_no += 1;
            }
            if cells.iter().all(|c| c.text(text).trim().is_empty()) {
                continue;
            }
            match &self.columns {
                None => {
                    self.columns = Some(Columns::from_headers(cells.iter().map(|c| c.text(text))));
                    self.out.diagnostics.push(Diagnostic::new(
                        line,
                        Level::Info,
                        "header-row",
                        format!("read as the header of a {}", Shape::Delimited(delim).describe()),
                    ));
                }
                Some(cols) => {
                    let row = extract_row(text, &cells, cols, line, &mut self.hits);
                    self.records_start();
                    self.commit(Read::Done(row.0, row.1));
                }
            }
        }
        self.cells = cells;
        self.delimited = Some(reader);
    }

    fn step_json(&mut self, text: &str, stop: usize) {
        let mut entries = Vec::new();
        while self.pos < text.len() && self.pos < stop {
            let first = text[self.pos..].find(|c: char| !(c.is_whitespace() || matches!(c, '[' | ',' | ']')));
            let line =
                self.line_no + 1 + first.map_or(0, |f| text[self.pos..self.pos + f].matches('\n').count() as u32);
            match segment::read_json(text, self.pos, &mut entries) {
                None => {
                    self.advance(text, text.len());
                    break;
                }
                Some(Err((message, next))) => {
                    self.out.diagnostics.push(Diagnostic::new(line, Level::Warning, "record-unreadable", message));
                    self.advance(text, next.max(self.pos + 1));
                }
                Some(Ok(end)) => {
                    let outer = self.pos + first.unwrap_or(0);
                    self.advance(text, end);
                    let cols = Columns::from_headers(entries.iter().map(|(k, _)| k.as_str()));
                    if cols.known() < 2 {
                        if let Some(list) = segment::nested_records(text, &entries, 2) {
                            self.json_list(text, list, outer, line);
                            continue;
                        }
                    }
                    self.cells.clear();
                    self.cells.extend(entries.drain(..).map(|(_, c)| c));
                    if cols.known() == 0 {
                        self.out.diagnostics.push(Diagnostic::new(
                            line,
                            Level::Warning,
                            "record-skipped",
                            "a JSON record with no known posting field (title, company, salary …) was skipped",
                        ));
                        continue;
                    }
                    let row = extract_row(text, &self.cells, &cols, line, &mut self.hits);
                    self.records_start();
                    self.commit(Read::Done(row.0, row.1));
                }
            }
        }
        if self.pos >= text.len() {
            self.advance(text, text.len());
        }
    }

    /// The records of a list inside a JSON object (`segment::nested_records`), each read as a row; `outer` is
    /// where the object starts, on line `line`.
    fn json_list(&mut self, text: &str, list: Span, outer: usize, line: u32) {
        let mut entries = Vec::new();
        let mut p = list.start as usize;
        while p < list.end as usize {
            let Some(Ok(end)) = segment::read_json(text, p, &mut entries) else {
                break;
            };
            if end > list.end as usize {
                break;
            }
            let start = text[p..].find('{').map_or(p, |k| p + k);
            let row_line = line + text[outer..start].matches('\n').count() as u32;
            let cols = Columns::from_headers(entries.iter().map(|(k, _)| k.as_str()));
            self.cells.clear();
            self.cells.extend(entries.drain(..).map(|(_, c)| c));
            if cols.known() > 0 {
                let row = extract_row(text, &self.cells, &cols, row_line, &mut self.hits);
                self.records_start();
                self.commit(Read::Done(row.0, row.1));
            }
            p = end;
        }
    }

    /// A line of a thread: chrome lines start and end posts; inside a post every other line is its text, whatever
    /// it looks like (a `---` or a heading in a comment belongs to the comment).
    fn thread_line(&mut self, text: &str, line: Line) {
        let s = &text[line.start..line.end];
        let Some(c) = segment::chrome(s) else {
            if !self.in_post {
                // Lines outside posts are the page's; the last one above an issue's opening line is its title.
                if !s.trim().is_empty() && !segment::is_badge_line(s) {
                    self.thread_title = Some((line.start, self.line_no));
                    if !self.chrome_seen {
                        self.page_text.get_or_insert((line.start, self.line_no, 0)).2 += 1;
                    }
                }
                return;
            }
            // A badge line under the header (`Owner`) is chrome too, before the post's text begins.
            let fresh = self.title_only || self.segment.as_ref().is_none_or(|s| s.first_content.is_none());
            if fresh && segment::is_badge_line(s) {
                if self.title_only {
                    self.push_line(line, Content::Blank); // the issue's segment counts its lines from its title
                }
            } else {
                let content = Content::of(s);
                self.title_only &= content == Content::Blank;
                self.push_line(line, content);
            }
            return;
        };
        let by_author = c.user.is_some() && c.user == self.issue_author.as_deref();
        if std::mem::take(&mut self.title_only) && by_author && matches!(c.kind, Chrome::Post(_)) {
            // An issue whose own text stands under a `commented` header of its author's: one post.
            self.push_line(line, Content::Blank);
            return;
        }
        let page_text = self.page_text.take().filter(|_| !std::mem::replace(&mut self.chrome_seen, true));
        if let Some((start, no, lines)) = page_text.filter(|_| !matches!(c.kind, Chrome::Opened(_))) {
            // Comments under a body with no opening line (`alice commented on …` below the issue's text): the
            // body is a post when it is more than a title and states pay; a title over the first comment is not.
            if lines >= 3 && salary::find(text, start, line.start).is_some() {
                self.segment =
                    Some(self.segment_over(text, Opened::Post { date: None, follow_up: false }, start, no, line.start));
                self.records_start();
            }
        }
        self.close(text, line.start, false);
        let title = self.thread_title.take();
        self.in_post = false;
        match c.kind {
            Chrome::Post(_) if c.by_bot() => self.out.diagnostics.push(Diagnostic::new(
                self.line_no + 1,
                Level::Info,
                "bot-comment",
                "a comment by a bot was skipped",
            )),
            Chrome::Post(_) => {
                self.in_post = true;
                self.records_start();
                self.open(Opened::Post { date: c.date, follow_up: by_author }, line.next);
            }
            Chrome::Opened(_) => {
                self.in_post = true;
                self.records_start();
                self.issue_author = c.user.map(Box::from);
                let opened = Opened::Post { date: c.date, follow_up: false };
                match title {
                    // The issue's title is its post's first line: the segment starts there, and the lines down to
                    // this one count as blank ones.
                    Some((start, no)) => {
                        self.segment = Some(self.segment_over(text, opened, start, no, line.next));
                        self.title_only = true;
                    }
                    None => self.open(opened, line.next),
                }
            }
            Chrome::Reply(_) => self.out.diagnostics.push(Diagnostic::new(
                self.line_no,
                Level::Info,
                "reply-skipped",
                "a reply to another comment was skipped: a thread's job posts are its top-level comments",
            )),
            Chrome::Skip => {}
        }
    }

    /// A row of a pipe table inside text; a line that is not a row ends the table.
    fn pipe_row(&mut self, text: &str, line: Line) {
        let s = &text[line.start..line.end];
        if !s.contains('|') || s.trim().is_empty() {
            self.columns = None;
            self.line(text, line);
            return;
        }
        let mut cells = std::mem::take(&mut self.cells);
        segment::pipe_cells(text, line.start, line.end, &mut cells);
        if let Some(cols) = &self.columns {
            let (mut posting, diagnostics) = extract_row(text, &cells, cols, self.line_no, &mut self.hits);
            if posting.city.is_none() {
                posting.city.clone_from(&self.city);
            }
            if posting.tier.is_none() {
                posting.tier = self.tier;
            }
            posting.company = posting.company.or(self.table_company);
            self.records_start();
            self.commit(Read::Done(posting, diagnostics));
        }
        self.cells = cells;
    }

    fn line(&mut self, text: &str, line: Line) {
        if self.table_starts(text, line) {
            return;
        }
        match classify(text, line) {
            LineKind::City(city) => {
                self.close(text, line.start, false);
                self.city = Some(city);
                self.open(Opened::TierHeading, line.next);
            }
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
                // A heading block (headings with no text between) starts one posting: a job site's title heading
                // followed by its pay heading (`### 武汉/武昌区·1.6-2.5万元·3-5年`) is one posting. A heading of its own
                // (`公司-职位`, or after a heading that stated pay) still starts the next.
                if let Some(seg) = self.segment.as_mut() {
                    if matches!(seg.opened, Opened::Heading { .. })
                        && !seg.has_text
                        && seg.heading_pay.is_none()
                        && pay.is_some()
                        && company_dash(text, ts, line.end, true).is_none()
                    {
                        seg.heading_pay = pay;
                        seg.line_starts.push(line.start);
                        return;
                    }
                }
                if !self.seen_posting_heading {
                    self.page_context(text, line, ts);
                }
                self.close(text, line.start, false);
                self.records_start();
                self.open(Opened::Heading { heading: line, text_start: ts }, line.start);
                let seg = self.segment.as_mut().expect("just opened");
                seg.company = self.page_company;
                seg.heading_pay = pay;
                seg.line_starts.push(line.start);
                seg.first_content = Some(0);
            }
            // Records repeat only outside markdown postings: a posting heading's segment has no anchors to look for.
            LineKind::Text if !self.segment.as_ref().is_none_or(|seg| seg.anchorable()) => {
                self.push_line(line, Content::Text)
            }
            LineKind::Text => match anchor(text, line) {
                // A list item that is a posting starts its record itself; so does a link right under a link that
                // was one, whatever its text (`- [Data Infrastructure - SRE](…)` in a list of roles).
                Some(Anchor::ListItem) => {
                    self.push_line(line, Content::Text);
                    self.anchor(text, Anchor::ListItem);
                    let t = text[line.start..line.end].trim_start();
                    self.link_record = link_only_item(t).is_some().then_some(self.line_no);
                }
                None if self.link_record.is_some_and(|n| n + 1 == self.line_no)
                    && link_only_item(text[line.start..line.end].trim_start()).is_some() =>
                {
                    self.push_line(line, Content::Text);
                    self.anchor(text, Anchor::ListItem);
                    self.link_record = Some(self.line_no);
                }
                Some(kind) => {
                    self.anchor(text, kind);
                    self.push_line(line, Content::Text);
                }
                // So does a header, at a paragraph's start (the bars first: few lines have them).
                None if self.opens_paragraph(text, line.start)
                    && has_bar(&text.as_bytes()[line.start..line.end])
                    && is_header(text, line) =>
                {
                    self.push_line(line, Content::Text);
                    self.anchor(text, Anchor::Header);
                }
                // So does a role line, in a paragraph of them under a company's name.
                None if self.role_line_at(text, line) => {
                    self.push_line(line, Content::Text);
                    self.anchor(text, Anchor::RoleLine);
                    self.role_record = Some(self.line_no);
                }
                None => self.push_line(line, Content::Text),
            },
            // A section heading is no text of its own: the heading block above goes on.
            LineKind::OtherHeading => {
                self.push_line(line, Content::Heading);
                let Some((level, record)) = record_heading(text, line) else {
                    return;
                };
                if self.part_heading.is_some_and(|p| level <= p) {
                    self.part_heading = None;
                }
                match (record, self.part_heading) {
                    (true, None) => self.anchor(text, Anchor::Heading(level)),
                    (true, Some(_)) => {}
                    (false, _) => self.part_heading = Some(level),
                }
            }
            kind => self.push_line(line, if matches!(kind, LineKind::Blank) { Content::Blank } else { Content::Text }),
        }
    }

    /// Whether `line` is a role line of a job board copied as text: it and the line after it (if any) are role
    /// lines, and it follows a role line or a company's name that is a paragraph of its own.
    fn role_line_at(&self, text: &str, line: Line) -> bool {
        // The cheap tests first: most lines follow a line of text that is no role line.
        let after_role = self.role_record.is_some_and(|n| n + 1 == self.line_no);
        let seg = self.segment.as_ref().filter(|seg| seg.anchorable());
        let after_blank = seg.is_some() && self.opens_paragraph(text, line.start);
        if !(after_role || after_blank) || !is_role_line(&text[line.start..line.end]) {
            return false;
        }
        let next = line_at(text, line.next);
        let next = &text[next.start..next.end];
        if line.next < text.len() && !next.trim().is_empty() && !is_role_line(next) {
            return false;
        }
        after_role
            || seg.is_some_and(|seg| {
                let n = seg.line_starts.len();
                n >= 2 && is_group_at(text, &seg.line_starts, n - 2, Anchor::RoleLine)
            })
    }

    /// Before the first posting heading `line`: a heading of a higher level that opens the page (`# Orbit Labs`)
    /// names the company of the postings under it, and a line under it that says where they are based
    /// (`Base Singapore, hybrid.`) their city.
    fn page_context(&mut self, text: &str, line: Line, ts: usize) {
        let Some(seg) = self.segment.as_ref().filter(|s| matches!(s.opened, Opened::Start)) else {
            return;
        };
        let lines = || seg.line_starts.iter().map(|&st| line_at(text, st));
        let Some(top) = lines().find(|l| !text[l.start..l.end].trim().is_empty()) else {
            return;
        };
        let level = |l: Line, ts: usize| text[l.start..ts].trim_start().len();
        match heading_text_start(text, top) {
            Some(top_ts) if level(top, top_ts) < level(line, ts) => {
                self.page_company = names::preamble_company(text, top.start);
                if self.city.is_none() {
                    self.city = lines().find_map(|l| names::base_city(&text[l.start..l.end]));
                }
            }
            _ => {}
        }
    }

    /// The first posting heading or repeated record is seen: blocks a break closed before it are postings, the
    /// rest preamble.
    fn records_start(&mut self) {
        if !self.seen_posting_heading {
            self.seen_posting_heading = true;
            for p in std::mem::take(&mut self.pending) {
                if p.by_break {
                    self.commit(p.read);
                }
            }
        }
    }

    /// A line that repeats in every record of a card list or recruiting page (a pay line, `Company • City`, a
    /// 工作职责 section). The record starts at the title line above it. The first anchor of a kind only marks
    /// where its record starts; the second of the same kind in one segment splits it, and the text above the
    /// first record is preamble.
    fn anchor(&mut self, text: &str, kind: Anchor) {
        let Some(seg) = self.segment.as_mut() else {
            return;
        };
        if !seg.anchorable() {
            return;
        }
        // The title line: the last non-blank line above, which for a section anchor must be short, and for a
        // label a job title that is no label itself (the second label of a block is no anchor).
        let title = seg.line_starts.iter().rposition(|&st| {
            let l = line_at(text, st);
            !text[l.start..l.end].trim().is_empty()
        });
        let titled = |t: usize| match kind {
            Anchor::Section => is_title_line(text, seg.line_starts[t]),
            Anchor::Label => {
                let s = line_text(text, seg.line_starts[t]);
                is_title_line(text, seg.line_starts[t]) && !is_fact_label(s) && is_job_title(s)
            }
            _ => true,
        };
        let Some(mut title) = title.filter(|&t| titled(t)) else {
            return;
        };
        // `09:32发布`, `2022-11-18发布` between a card's title and its pay: the title is above it.
        if kind == Anchor::Pay && title > 0 && is_posted_line(line_text(text, seg.line_starts[title])) {
            title -= 1;
        }
        // `web前端开发` / `星河科技有限公司` / `15K-20K`: a card that names its company between title and pay.
        if kind == Anchor::Pay && is_company_name(line_text(text, seg.line_starts[title])) {
            let above = seg.line_starts[..title].iter().rposition(|&st| !line_text(text, st).trim().is_empty());
            title = above.unwrap_or(title);
        }
        match seg.anchor {
            None => seg.anchor = Some((kind, title)),
            Some((k, first)) if k == kind && title > first => {
                if !matches!(kind, Anchor::Heading(_)) || matches!(seg.opened, Opened::Record) {
                    return self.cut(text, kind, title);
                }
                // Headings split once the block of one of them reads as a posting: before that they may be one
                // posting's sections (`## 我们的团队` even with its pay in a sentence). Then each heading of the
                // level seen so far starts a record (`## [TensorBase]…` and `## Datafuse | …` above the first
                // offer of a magazine's page are postings too).
                let last = seg.heads.last().copied().unwrap_or(first);
                seg.heads.push(title);
                if !block_is_posting(text, &seg.line_starts[last..title]) {
                    return;
                }
                let heads = std::mem::take(&mut seg.heads);
                let mut base = 0;
                for h in heads.into_iter().filter(|&h| h > first) {
                    self.cut(text, kind, h - base);
                    base = h;
                }
            }
            // `# 公司列表` over `## 星河科技`: the deeper headings are the records, the title heading is preamble;
            // `## 招聘列表` over offer list items: the items are. A heading gives way until it has split.
            // A role line gives way until it has split: `.Net 开发工程师` over `工作职责：` is a role block's title.
            Some((Anchor::RoleLine, _)) if !matches!(seg.opened, Opened::Record) => seg.anchor = Some((kind, title)),
            Some((Anchor::Heading(above), _))
                if !matches!(seg.opened, Opened::Record)
                    && !matches!(kind, Anchor::Heading(level) if level < above) =>
            {
                seg.anchor = Some((kind, title));
                seg.heads.clear();
            }
            Some(_) => {}
        }
    }

    /// Splits the open segment at its line `title`: the lines above are a record (the first record's preamble,
    /// above its anchor, cut off), the rest goes on as the next record.
    fn cut(&mut self, text: &str, kind: Anchor, title: usize) {
        let Some(mut seg) = self.segment.take() else {
            return;
        };
        let first = seg.anchor.map_or(0, |(_, f)| f);
        let cut = seg.line_starts[title];
        let mut next = self.new_segment(Opened::Record, cut, 0);
        next.line_starts.extend_from_slice(&seg.line_starts[title..]);
        seg.line_starts.truncate(title);
        if first > seg.first_content.unwrap_or(0) && !matches!(seg.opened, Opened::Record) {
            drop_preamble(text, &mut seg, first);
        }
        seg.opened = Opened::Record;
        // `**Quokka Systems**` between two lists of a board's links: the company of the items below it, no part of
        // the item above.
        let (mut end, mut group) = (cut, None);
        let last = seg.line_starts.iter().rposition(|&st| !line_text(text, st).trim().is_empty());
        if let Some(k) = last.filter(|&k| k > 0 && is_group_at(text, &seg.line_starts, k, kind)) {
            group = group_company(text, seg.line_starts[k], kind);
            end = seg.line_starts[k];
        }
        self.records_start();
        self.read_segment(text, &seg, end, false);
        next.line = seg.line + seg.line_starts.len() as u32;
        (next.company, next.city) = (group.or(seg.company), next.city.or_else(|| seg.city.clone()));
        (next.first_content, next.has_body, next.has_text) = (Some(0), true, true);
        next.anchor = Some((kind, 0));
        self.segment = Some(next);
    }

    /// A markdown table's header row (a line with `|` followed by a separator row) ends the open segment; its
    /// rows are then read one posting each.
    fn table_starts(&mut self, text: &str, line: Line) -> bool {
        let pipe = match self.next_pipe {
            Some(p) if p >= line.start => p,
            _ => {
                let p = memchr::memchr(b'|', &text.as_bytes()[line.start..]).map_or(usize::MAX, |i| line.start + i);
                *self.next_pipe.insert(p)
            }
        };
        if line.next >= text.len() || pipe >= line.end {
            return false;
        }
        let sep = line_at(text, line.next);
        if !segment::is_pipe_separator(&text[sep.start..sep.end]) {
            return false;
        }
        let mut cells = std::mem::take(&mut self.cells);
        segment::pipe_cells(text, line.start, line.end, &mut cells);
        let cols = Columns::from_headers(cells.iter().map(|c| c.span.of(text)));
        self.cells = cells;
        if cols.known() == 0 {
            return false;
        }
        // `#### Stripe` or a `<summary>` line over a table without a company column names the rows' company.
        self.table_company = None;
        if cols.index(Field::Company).is_none() && cols.index(Field::CompanyShort).is_none() {
            let above = self.segment.as_ref().and_then(|seg| {
                seg.line_starts.iter().rev().take(4).copied().find(|&st| {
                    let t = line_text(text, st).trim();
                    // Past blank lines and lines of tags only (`<details>`), not past a `<summary>` line.
                    let tags_only = t.starts_with('<') && t.ends_with('>') && !t.starts_with("<summary");
                    !t.is_empty() && !tags_only
                })
            });
            self.table_company = above.and_then(|st| names::table_heading_company(text, st));
        }
        self.close(text, line.start, false);
        self.columns = Some(cols);
        // The separator row is read here, not as a posting.
        self.line_no += 1;
        self.pos = sep.next;
        true
    }

    /// A line of the open segment (one is opened at the first line after a boundary).
    /// Whether the line at `start` opens a paragraph: the segment's last line is blank, or there is none.
    fn opens_paragraph(&self, text: &str, start: usize) -> bool {
        let last = self.segment.as_ref().and_then(|seg| seg.line_starts.last());
        last.is_none_or(|&st| text.as_bytes()[st..start].iter().all(u8::is_ascii_whitespace))
    }

    fn push_line(&mut self, line: Line, content: Content) {
        if self.segment.is_none() {
            self.segment = Some(self.new_segment(Opened::Start, line.start, self.line_no));
        }
        let line_no = self.line_no;
        let seg = self.segment.as_mut().expect("just made");
        if seg.line_starts.is_empty() {
            seg.line = line_no;
        }
        seg.line_starts.push(line.start);
        if content != Content::Blank {
            seg.has_body = true;
            seg.has_text |= content == Content::Text;
            if seg.first_content.is_none() {
                seg.first_content = Some(seg.line_starts.len() - 1);
            }
        }
    }

    fn open(&mut self, opened: Opened, start: usize) {
        self.part_heading = None;
        let line = match opened {
            Opened::Heading { .. } => self.line_no,
            _ => self.line_no + 1,
        };
        self.segment = Some(self.new_segment(opened, start, line));
    }

    /// A segment over the lines from `start`, line `no`, a line of text, to `end`.
    fn segment_over(&mut self, text: &str, opened: Opened, start: usize, no: u32, end: usize) -> Segment {
        let mut seg = self.new_segment(opened, start, no);
        let mut at = start;
        while at < end {
            seg.line_starts.push(at);
            at = line_at(text, at).next;
        }
        (seg.first_content, seg.has_body, seg.has_text) = (Some(0), true, true);
        seg
    }

    /// An empty segment under the current context (tier, city), reusing the last segment's line buffer.
    fn new_segment(&mut self, opened: Opened, start: usize, line: u32) -> Segment {
        Segment {
            opened,
            start,
            line,
            tier: self.tier,
            city: self.city.clone(),
            company: None,
            line_starts: std::mem::take(&mut self.spare_lines),
            first_content: None,
            has_body: false,
            has_text: false,
            heading_pay: None,
            anchor: None,
            heads: Vec::new(),
        }
    }

    /// Ends the open segment at byte `end`, turning it into a posting when it is one. `by_break`: a thematic
    /// break ends it.
    fn close(&mut self, text: &str, end: usize, by_break: bool) {
        let Some(mut seg) = self.segment.take() else {
            return;
        };
        // `# 本月招聘` over `## 【甲桌面】 Rust 工程师`, the one record of its segment: headings alone above the
        // record a heading anchors are the page's title, not the posting's.
        if let Some((Anchor::Heading(_), t)) = seg.anchor.filter(|_| !matches!(seg.opened, Opened::Record)) {
            let above = &seg.line_starts[seg.first_content.unwrap_or(0)..t];
            let titles_only = above.iter().all(|&st| {
                let l = line_at(text, st);
                let heading = heading_text_start(text, l).map(|ts| &text[ts..l.end]);
                heading.is_some_and(|h| !is_job_title(h)) || text[l.start..l.end].trim().is_empty()
            });
            if !above.is_empty() && titles_only && block_is_posting(text, &seg.line_starts[t..]) {
                drop_preamble(text, &mut seg, t);
            }
        }
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
            Opened::Post { follow_up, .. } => {
                let post = &text[seg.start..end];
                if follow_up && salary::find(post, 0, post.len()).is_none() {
                    self.out.diagnostics.push(Diagnostic::new(
                        seg.line,
                        Level::Info,
                        "author-follow-up",
                        "a later comment by the issue's author that states no pay was read as a follow-up, not a posting",
                    ));
                    return;
                }
                if !is_job_post(post) {
                    self.out.diagnostics.push(Diagnostic::new(
                        seg.line,
                        Level::Info,
                        "not-a-job-post",
                        "a post that offers no job (a question, an answer, the thread's rules) was skipped",
                    ));
                    return;
                }
                true
            }
            _ if !self.seen_posting_heading => true, // pending: decided at the end
            Opened::Break => true,
            Opened::Record => true,
            Opened::Start | Opened::TierHeading => false,
        };
        if !keep {
            return;
        }
        let read = match &mut self.deferred {
            Some(d) => {
                d.queue.push((seg.clone(), end));
                Read::Queued(d.sent + d.queue.len() as u32 - 1)
            }
            None => {
                let (posting, diagnostics) = extract(text, seg, end, &mut self.hits);
                Read::Done(posting, diagnostics)
            }
        };
        if heading || self.seen_posting_heading {
            self.commit(read);
        } else {
            self.pending.push(Pending { read, by_break });
        }
    }

    fn commit(&mut self, read: Read) {
        match (read, &mut self.deferred) {
            (Read::Done(posting, diagnostics), d) => {
                match d {
                    Some(d) => {
                        d.done.push(posting);
                        d.committed.push(Committed::Done);
                    }
                    None => self.out.postings.push(posting),
                }
                self.out.diagnostics.extend(diagnostics);
            }
            (Read::Queued(job), Some(d)) => {
                d.committed.push(Committed::Queued { job, diagnostics_at: self.out.diagnostics.len() })
            }
            (Read::Queued(_), None) => unreachable!("only a deferring parser queues segments"),
        }
    }

    /// The segments queued since the last call, if any ([`parse_threads`]).
    fn take_batch(&mut self) -> Option<Batch> {
        let d = self.deferred.as_mut()?;
        if d.queue.is_empty() {
            return None;
        }
        let first = d.sent;
        d.sent += d.queue.len() as u32;
        Some((first, std::mem::take(&mut d.queue)))
    }

    /// Puts the postings and diagnostics of the batches read (in any order) where reading them in turn would have,
    /// and returns everything, as `finish` does. Call after `end`, with every batch taken.
    fn finish_deferred(mut self, text: &str, batches: Vec<ReadBatch>) -> Parsed {
        let Some(d) = self.deferred.take() else { return self.done(text) };
        let mut read: Vec<Option<(Posting, Vec<Diagnostic>)>> = Vec::with_capacity(d.sent as usize);
        read.resize_with(d.sent as usize, || None);
        for (first, postings) in batches {
            for (slot, p) in read[first as usize..].iter_mut().zip(postings) {
                *slot = Some(p);
            }
        }
        let mut own = std::mem::take(&mut self.out.diagnostics).into_iter();
        let mut taken = 0;
        let mut done = d.done.into_iter();
        for c in d.committed {
            match c {
                Committed::Done => self.out.postings.extend(done.next()),
                Committed::Queued { job, diagnostics_at } => {
                    self.out.diagnostics.extend(own.by_ref().take(diagnostics_at - taken));
                    taken = diagnostics_at;
                    let (posting, diagnostics) = read[job as usize].take().expect("a segment is committed once");
                    self.out.postings.push(posting);
                    self.out.diagnostics.extend(diagnostics);
                }
            }
        }
        self.out.diagnostics.extend(own);
        self.done(text)
    }

    /// Closes the last posting and returns everything read. Call after `step` returned `true`.
    pub fn finish(mut self, text: &str) -> Parsed {
        self.end(text);
        self.done(text)
    }

    /// Closes the last posting and commits what only the end decides.
    fn end(&mut self, text: &str) {
        self.close(text, text.len(), false);
        for p in std::mem::take(&mut self.pending) {
            self.commit(p.read);
        }
    }

    /// The diagnostics of an empty result, and all of them in line order.
    fn done(mut self, text: &str) -> Parsed {
        if self.out.postings.is_empty() {
            let (code, message) = if text.trim().is_empty() {
                ("empty-input", "the text is empty: nothing to read")
            } else {
                ("no-postings", "no posting found in the text")
            };
            self.out.diagnostics.push(Diagnostic::new(1, Level::Error, code, message));
        }
        crate::bits::sort_by(&mut self.out.diagnostics, |a, b| a.line.cmp(&b.line));
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
            .build(["薪", "工资", "待遇", "salary", "compensation", "pay", "$", "£", "€", "₹", "¥"])
            .expect("fixed patterns build")
    })
}

/// The first pay the posting states, with its line: the heading's (read when
/// it was classified), else the first lines of a headingless posting, else any line that names pay.
fn find_salary(text: &str, seg: &Segment, end: usize, line_of: impl Fn(usize) -> u32) -> Option<(Found, u32)> {
    if let Some(found) = &seg.heading_pay {
        return Some((found.clone(), seg.line));
    }
    let first = seg.first_content.unwrap_or(0);
    let line = |start: usize| {
        let l = line_at(text, start);
        Line { end: l.end.min(end), ..l }
    };
    let read = |l: Line| {
        // An amount that is not pay (`raised $450k`) is passed over, and the rest of its line read on.
        let mut from = l.start;
        loop {
            let found = salary::find(text, from, l.end)?;
            match &found {
                Found::Salary(s) if not_pay(text, l, s.raw) => from = (s.raw.end as usize).max(from + 1),
                _ => return Some((found, line_of(l.start))),
            }
        }
    };
    // An unreadable pay (`$3k` with no period) is kept only when no readable one follows.
    let mut unreadable = None;
    let mut take = |found: (Found, u32)| match found.0 {
        Found::Unreadable { .. } => {
            unreadable.get_or_insert(found);
            None
        }
        _ => Some(found),
    };
    if !matches!(seg.opened, Opened::Heading { .. }) {
        let top_lines = if matches!(seg.opened, Opened::Record) { 12 } else { 6 };
        // Counted without blank lines: a post's sections stand apart (`## 招聘岗位`, a blank, the role and its pay).
        let top = seg.line_starts.iter().skip(first).take_while(|&&s| s < end).map(|&s| line(s));
        for l in top.filter(|l| !text[l.start..l.end].trim().is_empty()).take(top_lines) {
            if let Some(found) = read(l).and_then(&mut take) {
                return Some(found);
            }
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
        let l = line(seg.line_starts[k]);
        if let Some(found) = read(l).and_then(&mut take) {
            return Some(found);
        }
        // `# 職缺與薪資範圍` with no figure: a heading over the pay, on the next line that holds something.
        if !text[l.start..l.end].bytes().any(|b| b.is_ascii_digit()) {
            let next = seg.line_starts.get(k + 1..).unwrap_or(&[]).iter().take(2).take_while(|&&s| s < end);
            for &s in next.filter(|&&s| !text[line(s).start..line(s).end].trim().is_empty()).take(1) {
                if let Some(found) = read(line(s)).and_then(&mut take) {
                    return Some(found);
                }
            }
        }
    }
    unreadable
}

/// Words around an amount that make it something other than pay: funding, revenue, fund sizes, bonuses for others.
const NOT_PAY: &[&str] = &[
    "raised",
    "raise",
    "funding",
    "funded",
    "revenue",
    "run rate",
    "arr",
    "mrr",
    "gmv",
    "generate",
    "generates",
    "generating",
    "users",
    "profit",
    "sales",
    "valuation",
    "seed",
    "series a",
    "series b",
    "investment",
    "invested",
    "fund",
    "split the",
    "referral",
    "融资",
    "估值",
    "营收",
    "营业额",
    "管理规模",
    "资产",
    "市值",
    "投资",
];

/// Whether the words just before or after a pay span in its line say it is not pay (`raised $450k`, `$2m annual
/// revenue run rate`, `管理规模230亿元`).
fn not_pay(text: &str, line: Line, raw: Span) -> bool {
    static WORDS: OnceLock<DFA> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        DFA::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .prefilter(false)
            .build(NOT_PAY)
            .expect("fixed patterns build")
    });
    let (a, b) = (raw.start as usize, raw.end as usize);
    let mut from = a.saturating_sub(40).max(line.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (b + 32).min(line.end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    // Only the amount's own sentence: `We raised $450k. Salary: $88k-$110k` has pay after the full stop.
    let ends = ['.', '。', ';', '；', '!', '！', '?', '？'];
    let from = text[from..a].rfind(|c: char| ends.contains(&c)).map_or(from, |i| from + i + 1);
    let to = text[b..to.max(b)].find(|c: char| ends.contains(&c)).map_or(to.max(b), |i| b + i);
    let bytes = text.as_bytes();
    let latin = |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_some_and(|c| c.is_ascii_alphabetic());
    [(from, a), (b, to)].into_iter().any(|(x, y)| {
        let found = words.try_find_iter(Input::new(text).range(x..y)).into_iter().flatten();
        found.into_iter().any(|m| !latin(m.start().checked_sub(1)) && !latin(Some(m.end())))
    })
}

/// Turns one segment into a posting and its diagnostics.
fn extract(text: &str, seg: &Segment, end: usize, hits: &mut Vec<Hit>) -> (Posting, Vec<Diagnostic>) {
    let end = seg.start + text[seg.start..end].trim_end().len();
    let body = &text[seg.start..end];
    // The line of an offset. Asked mostly in text order (the matches, then the pay), so a cursor that walks on
    // from the last answer saves a binary search for each; an offset behind it is searched for.
    let starts = &seg.line_starts;
    let cursor = std::cell::Cell::new(0);
    let line_of = |abs: usize| -> u32 {
        let mut k = cursor.get();
        if starts.get(k).is_none_or(|&s| s > abs) {
            k = starts.partition_point(|&s| s <= abs).saturating_sub(1);
        }
        while starts.get(k + 1).is_some_and(|&s| s <= abs) {
            k += 1;
        }
        cursor.set(k);
        seg.line + k as u32
    };
    let tags = !matches!(seg.opened, Opened::Heading { .. });
    let terms = Terms::read(body, hits, tags, |i| seg.start + i, line_of);
    let (folded, skills, concepts, matches) = (terms.folded, terms.skills, terms.concepts, terms.matches);
    let orig = |i: usize| seg.start + folded.orig(i);

    let mut diagnostics = Vec::new();
    let first_line = seg.first_content.map_or(seg.line, |k| seg.line + k as u32);

    // Salary: the first line that states pay wins.
    let mut salary = None;
    let salary_found: Option<(Found, u32)> = find_salary(text, seg, end, line_of);
    match &salary_found {
        Some((Found::Salary(s), ln)) => {
            let mut s = *s;
            if !s.rule.currency_written && s.rule.unit == UnitRule::K && !body.chars().any(text::is_cjk) {
                // `Salary: 88k-110k` in English text: dollars a year, said as a guess.
                s.currency = Currency::Usd;
                if !s.rule.period_written {
                    s.period = Period::Year;
                }
                diagnostics.push(Diagnostic::new(
                    *ln,
                    Level::Warning,
                    "ambiguous-unit",
                    format!("`{}` names no currency: read as USD a year, as in English text", s.raw.of(text)),
                ));
            }
            if s.months.is_none() {
                // `20-40k，13-15薪`: salary months stated apart from the range, later in its line or on the next
                // (`* 12 月 + 績效` under `* Backend Engineer (50~130K/Month)`).
                let l = line_at(text, s.raw.end as usize);
                s.months = months_in(&text[s.raw.end as usize..l.end.min(end)]).or_else(|| {
                    let next = line_at(text, l.next.min(end));
                    (l.next < end).then(|| months_in(&text[next.start..next.end.min(end)])).flatten()
                });
            }
            salary = Some(s)
        }
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

    // A job-site card's own experience field (`18k-25k·13薪 湖北·武汉 本科及以上 3-5年`) wins over the description.
    // A card line is short: the pay's line when it is, not a sentence that states pay among other things.
    let card = salary_found
        .as_ref()
        .map(|(f, _)| line_at(text, found_span(f).start as usize))
        .filter(|l| text[l.start..l.end].chars().count() <= 60);
    // So does a labelled one (`工作经验：1年`) over the `2年以上` of the requirements: where the text asks more than
    // once, the first ask in a line labelled as experience.
    let asked = hits.iter().filter(|h| matches!(h.kind, scan::Kind::Years | scan::Kind::Months | scan::Kind::Fresh));
    let labelled_years = || {
        asked.clone().nth(1)?;
        asked.clone().find_map(|h| {
            let at = orig(h.start);
            let l = line_at(text, memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1));
            let (label, v) = label_value(&text[l.start..l.end])?;
            EXPERIENCE_LABELS
                .iter()
                .any(|w| label.eq_ignore_ascii_case(w))
                .then(|| (l.start + v.start, l.start + v.end))
        })
    };
    let within = |a: usize, b: usize| {
        let on: Vec<Hit> = hits.iter().filter(|h| (a..b).contains(&orig(h.start))).copied().collect();
        facts::experience(&folded.text, &on)
    };
    let experience = card
        .and_then(|l| within(l.start, l.end))
        .or_else(|| labelled_years().and_then(|(a, b)| within(a, b)))
        .or_else(|| facts::experience(&folded.text, hits));
    let place = place_of(text, seg, end);
    if let Some(s) = salary.as_mut().filter(|s| !s.rule.currency_written) {
        // No currency mark: the country the posting is in says which (a Taiwan address → TWD).
        let mut at = place.location.map(|sp| sp.of(text)).into_iter().chain(place.city.as_deref());
        let local = |s: &str| LOCAL_CURRENCY.iter().find(|(w, _)| text::contains_short(s, w)).map(|(_, c)| *c);
        let address = || {
            hits.iter().find_map(|h| match h.kind {
                scan::Kind::Local(c) => Some(c),
                _ => None,
            })
        };
        if let Some(c) = at.find_map(local).or_else(address) {
            s.currency = c;
        }
    }
    // A card's company line wins; a `公司：` label or a card line's first word is the last resort.
    let company = place.company.or(company).or_else(|| match seg.opened {
        Opened::Heading { .. } => seg.company,
        Opened::Post { .. } => None,
        _ => company_fallback(text, seg, end).or(seg.company),
    });
    // `龎帝數位資訊有限公司 / Backend / Python` under `# 公司名稱`: the company's name before the title is no part of it.
    let title = match (company, title) {
        (Some(c), Some(t)) if t.start != c.start => {
            let rest =
                t.of(text).strip_prefix(c.of(text)).map(|r| r.trim_start_matches([' ', '/', '-', '|', '｜', '·']));
            match rest.filter(|r| !r.is_empty() && r.len() < t.len() - c.len()) {
                Some(r) => Some(Span::new(t.end as usize - r.len(), t.end as usize)),
                None => Some(t),
            }
        }
        (_, t) => t,
    };
    let posting = Posting {
        line: first_line,
        span: Span::new(seg.start, end),
        tier,
        company,
        title,
        salary,
        experience_min_years: experience,
        education: facts::education(&folded.text, hits),
        skills,
        concepts,
        matches,
        location: place.location,
        city: place.city.or_else(|| seg.city.clone()),
        remote: place.remote,
        posted: match seg.opened {
            Opened::Post { date, .. } => date,
            _ => None,
        },
        stage: place.stage,
        industry: place.industry,
    };
    (posting, diagnostics)
}

/// The skills and concepts of a text, read once: the text scanned (folded first when it holds characters that
/// fold), and the matches with their spans in the paste. `orig` maps an offset of `body` to one of the paste.
struct Terms<'a> {
    folded: text::Folded<'a>,
    skills: SkillSet,
    concepts: SkillSet,
    matches: Vec<Match>,
}

impl<'a> Terms<'a> {
    /// `tags`: whether tag lines a copy ran together may stand in the text (cards, rows, thread posts; not a
    /// markdown posting, whose lines are prose and bullets).
    fn read(
        body: &'a str,
        hits: &mut Vec<Hit>,
        tags: bool,
        orig: impl Fn(usize) -> usize,
        line_of: impl Fn(usize) -> u32,
    ) -> Terms<'a> {
        // Folding copies the text: only the rare posting with fullwidth letters or zero-width characters needs it.
        let mut folded = text::Folded::unchanged(body);
        hits.clear();
        if !scan::scan(body, hits) {
            folded = text::fold(body);
            hits.clear();
            scan::scan(&folded.text, hits);
        }
        let mut skills = SkillSet::default();
        let mut concepts = SkillSet::default();
        let mut accepted = scan::accepted_terms(&folded.text, hits);
        // One look for URL marks in the whole text first: most postings have none, and their matches need no check.
        let t = folded.text.as_bytes();
        static MARKS: OnceLock<[memchr::memmem::Finder<'static>; 2]> = OnceLock::new();
        let marks = MARKS.get_or_init(|| [memchr::memmem::Finder::new("www."), memchr::memmem::Finder::new(".com/")]);
        let urls = memchr::memchr2_iter(b':', b'@', t).any(|i| t[i] == b'@' || t[i..].starts_with(b"://"))
            || marks.iter().any(|f| f.find(t).is_some());
        for r in scan::letter_r(&folded.text, hits, &accepted) {
            accepted.push(hits.len());
            hits.push(r);
        }
        if urls {
            accepted.retain(|&i| !in_url(&folded.text, hits[i].start));
        }
        if tags {
            accepted.extend(run_together(&folded.text, hits));
        }
        // In order already (the terms, then the hits `letter_r` and `run_together` push after them): a guard only.
        if !accepted.is_sorted() {
            crate::bits::sort_by(&mut accepted, Ord::cmp);
        }
        accepted.dedup();
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
            // An end maps through its last byte: where a cell's decoding dropped markup right after a match
            // (`Django</b>`), the match still ends at its last letter.
            let end = folded.orig_end(body, h.end);
            let span = Span::new(orig(folded.orig(h.start)), orig(end.saturating_sub(1)) + usize::from(end > 0));
            matches.push(Match { id, concept, line: line_of(span.start as usize), span });
        }
        Terms { folded, skills, concepts, matches }
    }
}

/// The word around byte `at`: the run of characters that are not white space or CJK.
fn word_at(s: &str, at: usize) -> (usize, usize) {
    let stop = |c: char| {
        c.is_whitespace() || text::is_cjk(c) || matches!(c, '(' | ')' | '<' | '>' | '"' | '（' | '）' | '，' | '、')
    };
    let a = s[..at].char_indices().rev().find(|&(_, c)| stop(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let b = s[at..].char_indices().find(|&(_, c)| stop(c)).map_or(s.len(), |(i, _)| at + i);
    (a, b)
}

/// Whether byte `at` is inside a URL or an address (`https://github.com/…`, `www.golang.org`, `a@b.io`): words
/// there are never skills.
fn in_url(s: &str, at: usize) -> bool {
    // A word inside a URL touches one of its punctuation marks: most matches touch none and need no look.
    let b0 = s.as_bytes();
    let touches = |i: Option<usize>| i.and_then(|i| b0.get(i)).is_some_and(|c| b"/.:@-_=?#&".contains(c));
    let end = s[at..].find(|c: char| !c.is_ascii_alphanumeric()).map_or(s.len(), |i| at + i);
    if !touches(at.checked_sub(1)) && !touches(Some(end)) {
        return false;
    }
    let (a, b) = word_at(s, at);
    let w = &s[a..b];
    w.contains("://") || w.starts_with("www.") || w.contains('@') || {
        (w.contains('.') && w.contains('/')) && {
            let lower = w.to_ascii_lowercase();
            [".com", ".io", ".org", ".net", ".cn", ".co/"].iter().any(|d| lower.contains(d))
        }
    }
}

/// Skills in a tag line that a copy ran together (`pythonceleryelasticsearchredisdjango`): a line that is one
/// lowercase word holding two or more known names. A name of 6 or more letters counts wherever it stands; a shorter
/// one when a known name or the word's edge touches it (both sides, under 4 letters), so unknown words between
/// (`automation`, `google-cloud-platform`) are skipped. The hits are added to `hits`; returns their indices.
fn run_together(s: &str, hits: &mut Vec<Hit>) -> Vec<usize> {
    let mut out = Vec::new();
    for line in text::lines(s) {
        let word = &s[line.start..line.end];
        let b = word.as_bytes();
        if !(6..=200).contains(&b.len())
            || !b[0].is_ascii_lowercase()
            || !b
                .iter()
                .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'+' | b'#' | b'.' | b'-'))
        {
            continue;
        }
        let found: Vec<Hit> = scan::raw_skills(word).collect();
        if found.len() < 2 {
            continue;
        }
        for (n, x) in found.iter().enumerate() {
            let left = x.start == 0 || (n > 0 && found[n - 1].end == x.start);
            let right = x.end == word.len() || found.get(n + 1).is_some_and(|y| y.start == x.end);
            let len = x.end - x.start;
            if len >= 6 || (left && right) || (len >= 4 && (left || right)) {
                out.push(hits.len());
                hits.push(Hit { start: line.start + x.start, end: line.start + x.end, ..*x });
            }
        }
    }
    out
}

/// A heading that names one city and nothing else (`#### Bei Jing`, `## 上海`): the city it sets.
fn city_heading(heading: &str) -> Option<Box<str>> {
    let t = heading.trim().trim_end_matches(['#', ' ']);
    if t.is_empty() || t.chars().count() > 24 || t.contains(['|', '-', '：', ':']) {
        return None;
    }
    if !place::is_known_city(t) {
        return None;
    }
    place::city_of(t)
}

/// Words that say a post offers a job. A post in a thread without any of them, and without pay, is not a job post.
const HIRING_WORDS: &[&str] = &[
    "hiring",
    "hire",
    "engineer",
    "developer",
    "position",
    "role",
    "job",
    "remote",
    "onsite",
    "full-time",
    "full time",
    "fulltime",
    "part-time",
    "intern",
    "salary",
    "apply",
    "career",
    "looking for",
    "seeking",
    "need a",
    "needs a",
    "join",
    "招聘",
    "诚聘",
    "招",
    "岗位",
    "职位",
    "工程师",
    "开发",
    "薪",
    "简历",
    "内推",
    "实习",
];

/// One pass for all the words, in any ASCII case: a lowercased copy of every post searched once per word was a
/// fifth of a thread's parse.
fn is_job_post(s: &str) -> bool {
    static WORDS: OnceLock<DFA> = OnceLock::new();
    let words = WORDS
        .get_or_init(|| DFA::builder().ascii_case_insensitive(true).build(HIRING_WORDS).expect("fixed patterns build"));
    let word = words.try_find(&Input::new(s)).ok().flatten().is_some();
    // Read once, and only when asked: most posts have a hiring word.
    let mut found = None;
    let mut pay = || *found.get_or_insert_with(|| salary::find(s, 0, s.len()).is_some());
    if !(word || pay()) {
        return false;
    }
    // A short post is an answer unless it has a word that only offers say, or pay: `简历已发`, `已投递，求内推`,
    // `还招吗？` are not job posts, `Acme | Remote` is.
    let t = s.trim();
    let cut = (0..=t.len().min(90)).rev().find(|&i| t.is_char_boundary(i)).unwrap_or(0);
    static RULES: OnceLock<Words> = OnceLock::new();
    if RULES.get_or_init(|| Words::new(RULE_WORDS)).matches(&t[..cut]).next().is_some() && !pay() {
        return false;
    }
    if t.len() < 240 && t.chars().count() < 80 {
        let lower = crate::text::lowercase(t);
        let offer = HIRING_WORDS.iter().any(|w| !ANSWER_WORDS.contains(w) && lower.contains(w));
        let about_thread = THREAD_WORDS.iter().any(|w| lower.contains(w));
        return !t.ends_with(['?', '？']) && !about_thread && (offer || pay());
    }
    true
}

/// Hiring words that answers to a post say as often as offers do (`简历已发`, `求内推`, `还招人吗`, `applied`).
const ANSWER_WORDS: &[&str] = &["简历", "内推", "招", "apply", "join", "need a", "needs a"];

/// Words that open a post about how to post (`本帖规则：…`, `Rules: …`), which is no offer however long it is.
const RULE_WORDS: &[&str] = &["规则", "版规", "发帖格式", "格式要求", "rules", "guidelines", "posting format"];

/// Words of a short post about the thread itself (`本月招聘帖关闭`), which no offer says.
const THREAD_WORDS: &[&str] = &[
    "招聘帖",
    "帖子",
    "本帖",
    "已过期",
    "this thread",
    "next month's thread",
    "this issue",
    "closing this",
    "expired",
];

/// What a text posting says of its place, and what a card's lines give: the location as written, its city,
/// remote work, and a card's company, stage and industry.
#[derive(Default)]
struct Place {
    location: Option<Span>,
    city: Option<Box<str>>,
    remote: Option<Remote>,
    company: Option<Span>,
    stage: Option<Span>,
    industry: Option<Span>,
}

/// Reads the place of a text posting from its first lines: a card's `上海·浦东新区` or `Company • City, Country`
/// line, or a location among the parts of the first line (`Acme - Irvine, CA`).
fn place_of(text: &str, seg: &Segment, end: usize) -> Place {
    let mut p = place_shown(text, seg, end);
    // `工作地点：北京`, `Location: Berlin`, `Base：上海`: a labelled place, where the first lines gave none.
    if p.city.is_none() {
        // `## Location` over `* Singapore` and `* Onsite`: a section of its own, one line a fact.
        let found = labelled(text, seg, end, LOCATION_LABELS).map(|sp| vec![sp]);
        let mut cities = Vec::new();
        for (k, sp) in
            found.or_else(|| section_lines(text, seg, end, LOCATION_LABELS)).unwrap_or_default().into_iter().enumerate()
        {
            let v = sp.of(text);
            p.remote = p.remote.or_else(|| place::remote_in(v));
            // A name the tables do not know is a place on the section's first line only (`* Fulltime` below it is
            // none).
            let city = place::city_of(v).filter(|c| k == 0 || place::is_known_city(c));
            cities.extend(city.map(|c| (c, sp)));
        }
        // One place a line: a section of several names no one city.
        if let [(city, sp)] = &cities[..] {
            p.city = Some(city.clone());
            p.location = p.location.or(Some(*sp));
        }
    }
    p
}

/// The lines of a section whose heading is one of `labels` (`## Location`, `**工作地点**`), up to three, without
/// their list marks.
fn section_lines(text: &str, seg: &Segment, end: usize, labels: &[&str]) -> Option<Vec<Span>> {
    let bytes = text.as_bytes();
    let starts = &seg.line_starts[..seg.line_starts.partition_point(|&s| s < end)];
    // A label's line is short: the distance to the next line's start rejects most lines with no search (a
    // segment's lines are consecutive, but for chrome left out above its first).
    let label_at = (0..starts.len()).find(|&k| {
        let next = starts.get(k + 1).map_or(end, |&n| n.min(end));
        next - starts[k] <= 42 && {
            // Bytes only: a label's marks are ASCII but for a closing `：` (decoding the characters of every
            // short line to trim them cost 1% of a parse).
            let mark = |b: &u8| matches!(b, b'#' | b'*' | b'_' | b':' | b' ' | b'\t' | b'\r');
            let line = &bytes[starts[k]..next];
            let t = &line[line.iter().position(|b| !mark(b)).unwrap_or(line.len())..];
            let t = &t[..t.iter().position(|&b| b == b'\n').unwrap_or(t.len())];
            let t = t.strip_suffix("：".as_bytes()).unwrap_or(t);
            let t = &t[..t.iter().rposition(|b| !mark(b)).map_or(0, |i| i + 1)];
            let t = t.strip_suffix("：".as_bytes()).unwrap_or(t);
            t.len() <= 24 && labels.iter().any(|w| t.eq_ignore_ascii_case(w.as_bytes()))
        }
    })?;
    let mut out = Vec::new();
    for &st in &starts[label_at + 1..] {
        let l = line_at(text, st);
        let s = &text[l.start..l.end.min(end)];
        if s.trim().is_empty() {
            if out.is_empty() {
                continue;
            }
            break;
        }
        if heading_text_start(text, l).is_some() || out.len() == 3 {
            break;
        }
        let (a, b) = item_text(text, l.start, l.end.min(end));
        out.extend(span_of(text, a, b));
    }
    Some(out)
}

/// Labels of a posting's place, before a colon.
const LOCATION_LABELS: &[&str] = &[
    "工作地点",
    "工作城市",
    "办公地点",
    "工作地址",
    "公司地址",
    "地点",
    "城市",
    "地址",
    "工作地點",
    "上班地點",
    "地點",
    "base",
    "location",
    "office",
    "localização",
    "ubicación",
];

/// The place a posting shows in its heading or first lines.
fn place_shown(text: &str, seg: &Segment, end: usize) -> Place {
    let mut p = Place::default();
    if let Opened::Heading { heading, text_start } = seg.opened {
        // A markdown posting names its place in its heading, if anywhere, and only between separators
        // (`### Acme | Berlin, Germany | …`); the card shapes below are for headingless records.
        let s = &text[text_start..heading.end];
        p.remote = place::remote_in(s);
        if s.contains([',', '|', '•', '，']) || has_spaced_dash(s.as_bytes()) {
            if let Some((a, b)) = place::find_location(s) {
                p.location = span_of(text, text_start + a, text_start + b);
                p.city = place::city_of(&s[a..b]);
            }
        }
        // `# [上海-可远程] 星河诚聘 Rust工程师`: a bracketed city that opens the heading.
        if p.city.is_none() && s.trim_start().starts_with(['[', '【']) {
            if let Some((a, b)) = place::leading_city(s) {
                p.location = span_of(text, text_start + a, text_start + b);
                p.city = place::city_of(&s[a..b]);
            }
        }
        return p;
    }
    let first = seg.first_content.unwrap_or(0);
    let lines: Vec<Line> = seg
        .line_starts
        .iter()
        .skip(first)
        .take(8)
        .take_while(|&&s| s < end)
        .map(|&s| {
            let l = line_at(text, s);
            Line { end: l.end.min(end), ..l }
        })
        .filter(|l| !text[l.start..l.end].trim().is_empty())
        .collect();
    for (k, l) in lines.iter().enumerate() {
        let s = &text[l.start..l.end];
        // `Delivery Hero SE • Berlin, Germany`
        if k <= 2 {
            if let Some((left, right)) = s.contains('•').then(|| s.split_once(" • ")).flatten() {
                let a = l.start + left.len() + " • ".len();
                if k == 1 {
                    p.company = span_of(text, l.start, l.start + left.len());
                }
                p.location = span_of(text, a, l.end);
                p.city = place::city_of(right);
                p.remote = place::remote_in(right);
                break;
            }
        }
        // `北京·海淀区·中关村`
        let place_line = (s.contains('·') && !s.contains(' ')) || (k >= 1 && place::is_known_city(s));
        if k <= 4 && place_line && !(may_be_pay(s) && salary_in(text, l.start, l.end).is_some()) {
            if let Some(city) = place::city_of(s) {
                p.location = span_of(text, l.start, l.end);
                p.city = Some(city);
                break;
            }
        }
        // `南京 | 1-3年 | 大专`: a card line that opens with its city.
        if (1..=4).contains(&k) && s.contains(['|', '｜']) && s.chars().count() <= 30 {
            if let Some((a, b)) = place::leading_city(s) {
                p.location = span_of(text, l.start + a, l.start + b);
                p.city = place::city_of(&s[a..b]);
                break;
            }
        }
        if k == 0 {
            // `- [Acme - Backend Engineer - Berlin](/jobs/acme.md)`: a linked item's place is in its link's text.
            let (x, y) = item_text(text, l.start, l.end);
            let s = &text[x..y];
            // `UK, London £40,000 - £60,000 CTO`: a place ends where a currency's mark starts.
            let s = &s[..s.find(['$', '£', '€', '¥', '￥']).unwrap_or(s.len())];
            let found = place::find_location(s).or_else(|| place::leading_city(s)).or_else(|| place::word_city(s));
            if let Some((a, b)) = found {
                p.location = span_of(text, x + a, x + b);
                p.city = place::city_of(&s[a..b]);
            }
        }
    }
    if p.remote.is_none() {
        // The first line, and the short lines of a card (`Remote`, `远程办公`); prose says too much by the way.
        let mut head = lines.iter().enumerate().filter(|(k, l)| *k == 0 || l.end - l.start <= 40);
        p.remote = head.find_map(|(_, l)| place::remote_in(&text[l.start..l.end]));
    }
    // A card's `行业 融资阶段 规模` line (`公司 行业 融资阶段 规模` when the company shares it).
    for (k, l) in lines.iter().enumerate().skip(1) {
        let s = &text[l.start..l.end];
        let Some(card) = card_line(s) else {
            continue;
        };
        let at = |w: &str| {
            let a = l.start + s.find(w).unwrap_or(0);
            Span::new(a, a + w.len())
        };
        p.industry = card.industry.map(at);
        p.stage = card.stage.map(at);
        match card.company {
            Some(c) => p.company = Some(at(c)),
            // The company stands above, after or before the pay, place and experience lines.
            None if k >= 2 => {
                let company = lines[1..k].iter().rev().find(|l| {
                    let t = &text[l.start..l.end];
                    t.chars().count() <= 30
                        && salary_in(text, l.start, l.end).is_none()
                        && !t.contains(['·', '|', '｜'])
                        && !place::is_known_city(t)
                });
                p.company = company.and_then(|l| span_of(text, l.start, l.end));
            }
            None => {}
        }
        break;
    }
    p
}

/// The words of a job-site card's company line.
struct CardLine<'a> {
    company: Option<&'a str>,
    industry: Option<&'a str>,
    stage: Option<&'a str>,
}

/// How a company is owned, as a card says it where others give the funding stage (`民营 | 20-99人`).
const OWNERSHIP: &[&str] = &["民营", "国企", "央企", "外企", "合资", "事业单位", "股份制企业", "上市公司"];

/// `互联网 A轮 1000-9999人`, `数据服务 100-499人`, `星河数据科技 互联网 C轮 100-499人`, `民营 | 20-99人`: a size
/// last, a funding stage before it when there are three words or more, and no list marker or number elsewhere.
fn card_line(s: &str) -> Option<CardLine<'_>> {
    // `营销服务｜咨询 / 不需要融资 / 2000人以上` (拉勾): spaced slashes part the words when they are there.
    let b = s.as_bytes();
    let slashed = memchr::memchr_iter(b'/', b).any(|i| i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' '));
    let words: Vec<&str> = if slashed {
        s.split(" / ").map(str::trim).filter(|w| !w.is_empty()).collect()
    } else {
        s.split([' ', '\t', '|', '｜']).filter(|w| !w.is_empty()).collect()
    };
    let (&size, rest) = words.split_last()?;
    if !(size.contains('人') && size.contains(|c: char| c.is_ascii_digit())) || rest.is_empty() || rest.len() > 3 {
        return None;
    }
    let plain =
        |w: &str| w.chars().count() <= 16 && !w.contains(|c: char| c.is_ascii_digit() || "+*-•：:，,".contains(c));
    let funding = |w: &str| FUNDING.contains(&w) || w.ends_with('轮') || OWNERSHIP.contains(&w);
    match rest {
        [stage] if funding(stage) => Some(CardLine { company: None, industry: None, stage: Some(stage) }),
        [industry] if plain(industry) => Some(CardLine { company: None, industry: Some(industry), stage: None }),
        [industry, stage] if plain(industry) && funding(stage) => {
            Some(CardLine { company: None, industry: Some(industry), stage: Some(stage) })
        }
        [company, industry, stage] if plain(industry) && funding(stage) => {
            Some(CardLine { company: Some(company), industry: Some(industry), stage: Some(stage) })
        }
        _ => None,
    }
}

/// A table row as a posting: mapped cells go through the same readers as free text and win over what the
/// description says; the skills come from every cell but links.
fn extract_row(
    text: &str,
    cells: &[Cell],
    cols: &Columns,
    line: u32,
    hits: &mut Vec<Hit>,
) -> (Posting, Vec<Diagnostic>) {
    let field = |f: Field| cols.index(f).and_then(|i| cells.get(i)).filter(|c| !c.text(text).trim().is_empty());
    // A name or a place that is `—`, `-`, `N/A` or `暂无` says nothing (the readers of pay, years and degree find
    // nothing there by themselves).
    let named = |f: Field| {
        field(f).filter(|c| {
            let t = c.text(text).trim();
            !t.trim_matches(['-', '—', '–', '/', '／']).is_empty()
                && !["n/a", "na", "无", "暂无", "none"].iter().any(|w| t.eq_ignore_ascii_case(w))
        })
    };
    let start = cells.iter().map(|c| c.span.start).min().unwrap_or(0) as usize;
    let end = cells.iter().map(|c| c.span.end).max().unwrap_or(0) as usize;
    let mut diagnostics = Vec::new();

    // The row's text for the skill scan: every cell but links, decoded, one per line.
    let mut view = String::new();
    let mut runs: Vec<(usize, &Cell)> = Vec::new(); // (view offset, the cell whose text starts there)
    for (i, c) in cells.iter().enumerate() {
        let t = c.text(text);
        if matches!(cols.fields.get(i), Some(Some(Field::Link))) || t.trim_start().starts_with("http") {
            continue;
        }
        runs.push((view.len(), c));
        view.push_str(t);
        view.push('\n');
    }
    let orig = |i: usize| {
        let k = runs.partition_point(|r| r.0 <= i).saturating_sub(1);
        runs.get(k).map_or(start, |&(v, c)| c.orig(i - v))
    };
    // `hits` keeps the row's anchors from here on: the description's facts below are read from them, not from a
    // second scan; each mapped cell is scanned into `cell_hits`.
    let terms = Terms::read(&view, hits, true, orig, |_| line);
    let folded_view = terms.folded.text.clone();
    let mut cell_hits = Vec::new();

    let cell_facts = |c: &Cell, hits: &mut Vec<Hit>| {
        let t = c.text(text);
        hits.clear();
        let folded = text::fold(t);
        scan::scan(&folded.text, hits);
        folded.text.into_owned()
    };

    // Pay: the salary column, else the first cell that states pay, never one that holds a date, a place, a size or
    // a link (`1w` posted a week ago is no 1万).
    let mut salary = None;
    let mut found = None;
    let no_pay = [Field::Date, Field::Link, Field::City, Field::Location, Field::Size, Field::Remote];
    let may_pay =
        |&(i, _): &(usize, &Cell)| !cols.fields.get(i).copied().flatten().is_some_and(|f| no_pay.contains(&f));
    let candidates = field(Field::Salary).into_iter().chain(cells.iter().enumerate().filter(may_pay).map(|(_, c)| c));
    for c in candidates {
        if let Some(f) = salary::find(text, c.span.start as usize, c.span.end as usize) {
            found = Some(f);
            break;
        }
    }
    match &found {
        Some(Found::Salary(s)) => {
            let mut s = *s;
            if s.months.is_none() {
                // `固定16薪` in another cell of the row.
                s.months = months_in(&view);
            }
            salary = Some(s)
        }
        Some(Found::Negotiable(_)) => {}
        Some(Found::Hidden(_)) => {
            diagnostics.push(Diagnostic::new(line, Level::Warning, "hidden-digits", "the salary has hidden digits"))
        }
        Some(Found::Unreadable { code, message, .. }) => {
            diagnostics.push(Diagnostic::new(line, Level::Warning, code, message.clone()))
        }
        None => diagnostics.push(Diagnostic::new(line, Level::Info, "no-salary", "no salary found")),
    }

    let mut experience = None;
    if let Some(c) = field(Field::Experience) {
        let t = cell_facts(c, &mut cell_hits);
        experience = facts::experience(&t, &cell_hits).or_else(|| no_experience_needed(&t).then_some(0.0));
    }
    let mut education = None;
    if let Some(c) = field(Field::Education) {
        let t = cell_facts(c, &mut cell_hits);
        education = facts::education(&t, &cell_hits);
    }
    let mut tier = None;
    if let Some(c) = field(Field::Size) {
        let t = cell_facts(c, &mut cell_hits);
        if let Some(hc) = facts::headcount(&t, &cell_hits) {
            tier = hc.tier();
            if tier.is_none() {
                diagnostics.push(tier_ambiguous(line, &hc));
            }
        }
    }
    // The description (the whole row) for what the columns do not say.
    let need_more = experience.is_none() || education.is_none() || (tier.is_none() && field(Field::Size).is_none());
    if need_more {
        if field(Field::Experience).is_none() {
            experience = facts::experience(&folded_view, hits);
        }
        if field(Field::Education).is_none() {
            education = facts::education(&folded_view, hits);
        }
        if tier.is_none() && field(Field::Size).is_none() {
            tier = facts::headcount(&folded_view, hits).and_then(|hc| hc.tier());
        }
    }

    let span = |c: Option<&Cell>| c.and_then(|c| link_text(text, c.span));
    // `Amazon\n4.2` (a site's rating under the name): a company is the cell's first line.
    let first_line = |sp: Span| match sp.of(text).find(['\r', '\n']) {
        Some(i) => span_of(text, sp.start as usize, sp.start as usize + i).unwrap_or(sp),
        None => sp,
    };
    // `**Sumo Logic**（Staff SWE）`: a bold name before a note is the name.
    let bold_lead = |sp: Span| {
        let a = sp.start as usize;
        let close = text[..a].ends_with("**").then(|| sp.of(text).find("**")).flatten();
        close.and_then(|c| span_of(text, a, a + c)).unwrap_or(sp)
    };
    let company =
        span(named(Field::Company)).or_else(|| span(named(Field::CompanyShort))).map(first_line).map(bold_lead);
    let title = span(named(Field::Title)).and_then(|sp| drop_filled(text, sp));
    // `Acme (YC W20) Is Hiring Platform Engineers (acme.io)`: a title cell that makes an offer names the company.
    let (company, title) = match (company, title) {
        (None, Some(t)) => {
            offer_names(text, t.start as usize, t.end as usize).map_or((None, Some(t)), |(c, tt)| (Some(c), tt))
        }
        names => names,
    };
    let location = span(named(Field::Location)).or_else(|| span(named(Field::City)));
    let city = named(Field::City)
        .and_then(|c| place::city_of(c.text(text)))
        .or_else(|| named(Field::Location).and_then(|c| place::city_of(c.text(text))));
    let remote = field(Field::Remote).and_then(|c| place::remote_in(c.text(text))).or_else(|| place::remote_in(&view));
    let posted = field(Field::Date).and_then(|c| c.text(text).split_whitespace().next().and_then(segment::date_word));

    let posting = Posting {
        line,
        span: Span::new(start, end.max(start)),
        tier,
        company,
        title,
        salary,
        experience_min_years: experience,
        education,
        skills: terms.skills,
        concepts: terms.concepts,
        matches: terms.matches,
        location,
        city,
        remote,
        posted,
        stage: span(field(Field::Stage)),
        industry: span(field(Field::Industry)),
    };
    (posting, diagnostics)
}

/// Places that name the currency their pay is in, for pay written with no currency mark: a posting's location
/// (its body counts only for a Taiwanese address, an anchor `scan` finds).
const LOCAL_CURRENCY: &[(&str, Currency)] = &[
    ("臺灣", Currency::Twd),
    ("台灣", Currency::Twd),
    ("Taiwan", Currency::Twd),
    ("Taipei", Currency::Twd),
    ("香港", Currency::Hkd),
    ("Hong Kong", Currency::Hkd),
    ("新加坡", Currency::Sgd),
    ("Singapore", Currency::Sgd),
    ("Tokyo", Currency::Jpy),
    ("東京", Currency::Jpy),
    ("Japan", Currency::Jpy),
    ("Bangalore", Currency::Inr),
    ("Bengaluru", Currency::Inr),
    ("India", Currency::Inr),
    ("Seoul", Currency::Krw),
    ("Vietnam", Currency::Vnd),
    ("Brazil", Currency::Brl),
    ("Brasil", Currency::Brl),
    ("London", Currency::Gbp),
];

/// Salary months written apart from the pay (`，16薪`, `13-15薪` → 13): the first `N薪` with N from 12 to 24.
fn months_in(s: &str) -> Option<u8> {
    s.match_indices('薪')
        .find_map(|(i, _)| {
            let head = s[..i].trim_end();
            let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            let mut n: u8 = head[head.len() - digits..].parse().ok()?;
            // `13-15薪`: a range counts its low end.
            let rest = head[..head.len() - digits].trim_end();
            if let Some(r) = rest.strip_suffix(['-', '~', '–']) {
                let d = r.len() - r.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                if let Ok(lo) = r[r.len() - d..].parse::<u8>() {
                    n = lo;
                }
            }
            (12..=24).contains(&n).then_some(n)
        })
        .or_else(|| {
            // `12 月 + 績效`: twelve months' pay plus a bonus.
            s.match_indices('月').find_map(|(i, _)| {
                let head = s[..i].trim_end();
                let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                let n: u8 = head[head.len() - digits..].parse().ok()?;
                (s[i + '月'.len_utf8()..].trim_start().starts_with('+') && (12..=24).contains(&n)).then_some(n)
            })
        })
}

/// `不限`, `无经验`, `经验不限`, `应届`: an experience cell that asks for none.
fn no_experience_needed(cell: &str) -> bool {
    ["不限", "无经验", "无需经验", "应届", "none", "no experience", "entry"].iter().any(|w| cell.contains(w))
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
    fn amounts_that_are_not_pay() {
        let pay = |t: &str| parse(t).postings[0].salary.map(|s| (s.min, s.max));
        assert_eq!(
            pay("Acme | Remote\nWe raised $450k last year. Salary: $88k-$110k\n"),
            Some((Some(88000.0), Some(110000.0)))
        );
        assert_eq!(pay("Acme | Remote\nWe are on a $2m annual revenue run rate.\n"), None);
        assert_eq!(pay("Acme | Remote\nWe have 1 million users and generate $175k/mo.\n"), None);
        assert_eq!(pay("某基金\n管理规模230亿元，招聘量化工程师\n"), None);
        assert_eq!(pay("Acme\nTell them I sent you and we split the $3k referral bonus.\n"), None);
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
}
