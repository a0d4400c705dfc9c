//! Stage one of parsing: what shape a paste has and where its records are. A paste has no file name, so the
//! shape is found from the text itself: a table (CSV, TSV, JSON array or JSON Lines; markdown pipe tables are found
//! line by line inside text), a thread (the lines a site puts around each post), or text (headings, breaks,
//! repeated cards and role blocks, handled by the parser's line machine). Everything here is data or a reader that
//! never fails: a table that does not hold together is read as text.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use aho_corasick::automaton::Automaton as _;
use aho_corasick::dfa::DFA;
use aho_corasick::Input;
use serde_json::value::RawValue;

use crate::markup;
use crate::model::{Date, Posting, Span};
use crate::text::{fold_lower, line_at, Folded, Line};

/// How a paste is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Markdown or prose: headings, thematic breaks, cards, role blocks.
    Text,
    /// Posts between the lines a site puts around them.
    Thread(Site),
    /// CSV (`,`), TSV (`\t`) or `;`-separated values, with a header row.
    Delimited(u8),
    /// A JSON array of objects, or JSON Lines.
    Json,
    /// One posting, whatever the text looks like: the reader's choice, never found by `sniff`.
    Whole,
}

impl Shape {
    /// How the page names the shape ("20 postings: Hacker News thread").
    pub fn describe(self) -> &'static str {
        match self {
            Shape::Text => "text",
            Shape::Thread(site) => site.name(),
            Shape::Delimited(b'\t') => "tab-separated table",
            Shape::Delimited(_) => "CSV table",
            Shape::Json => "JSON records",
            Shape::Whole => "one posting",
        }
    }
}

/// The sites whose post chrome is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    HackerNews,
    GitHub,
    Forum,
}

impl Site {
    pub fn name(self) -> &'static str {
        match self {
            Site::HackerNews => "Hacker News thread",
            Site::GitHub => "GitHub issue thread",
            Site::Forum => "forum thread",
        }
    }
}

/// One part of a chrome line, matched against its whitespace-separated words.
#[derive(Clone, Copy, Debug)]
enum Part {
    /// A user name: one word of letters, digits, `_`, `-`, `.`.
    User,
    /// An age (`3 days ago`, `3 小时前`, `yesterday`) or a date (`on Jun 1, 2024`, `2024-06-01`, `2024年6月1日`).
    When,
    /// A literal word, compared ignoring case.
    Word(&'static str),
    /// A whole number.
    Number,
    /// `#12`.
    Floor,
    /// Any navigation words to the end of the line (`| prev | next [–]`, `flag`, badges, `edited`), or none.
    Nav,
    /// The same, at least one.
    SomeNav,
}

/// What a chrome line does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Chrome {
    /// It starts a post; the post's text follows it.
    Post(Site),
    /// It opens an issue (`AUTHOR opened this issue on DATE · 3 comments`): the post that follows is the issue's
    /// own, and the issue's title stands above this line.
    Opened(Site),
    /// It starts a reply to another post (an HN header that links its `parent`): its text is no posting, since a
    /// thread's job posts are its top-level comments.
    Reply(Site),
    /// It belongs to no post (`reply`, the thread's points line).
    Skip,
}

/// The chrome lines of the known sites, as data: a new site is one row.
const CHROME: &[(Chrome, &[Part])] = &[
    (Chrome::Skip, &[Part::Number, Part::Word("points"), Part::Word("by"), Part::User, Part::When, Part::Nav]),
    (Chrome::Post(Site::HackerNews), &[Part::User, Part::When, Part::SomeNav]),
    (Chrome::Post(Site::GitHub), &[Part::User, Part::Word("commented"), Part::When, Part::Nav]),
    (Chrome::Post(Site::GitHub), &[Part::User, Part::Word("评论于"), Part::When, Part::Nav]),
    (
        Chrome::Opened(Site::GitHub),
        &[Part::User, Part::Word("opened"), Part::Word("this"), Part::Word("issue"), Part::When, Part::Nav],
    ),
    (Chrome::Opened(Site::GitHub), &[Part::User, Part::Word("opened"), Part::When, Part::Nav]),
    (Chrome::Post(Site::Forum), &[Part::Floor, Part::User, Part::When, Part::Nav]),
    (Chrome::Skip, &[Part::Word("reply")]),
    (Chrome::Skip, &[Part::Word("回复")]),
];

/// Words that may follow a post header: navigation, flags, badges, edit marks.
const NAV: &[&str] = &[
    "|",
    "prev",
    "next",
    "parent",
    "root",
    "context",
    "[–]",
    "[-]",
    "[+]",
    "flag",
    "unflag",
    "[flagged]",
    "[dead]",
    "favorite",
    "edited",
    "•",
    "·",
    "author",
    "owner",
    "member",
    "contributor",
    "collaborator",
    "via",
    "iphone",
    "android",
    "…",
    "...",
    "on",
    "hide",
    "past",
    "comment",
    "comments",
    "discuss",
    "open",
    "closed",
];

const AGE_UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
    "weeks", "month", "months", "year", "years",
];
const CJK_AGE_UNITS: &[&str] = &["秒前", "分钟前", "小时前", "天前", "周前", "个月前", "月前", "年前"];
const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// A user name; a GitHub app's ends in `[bot]`.
fn is_user(w: &str) -> bool {
    let w = w.strip_suffix("[bot]").unwrap_or(w);
    (1..=40).contains(&w.len())
        && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !w.chars().all(|c| c.is_ascii_digit())
}

/// Reads an age or a date at the start of `words`: how many words it takes, and the date when one is written.
fn when(words: &[&str]) -> Option<(usize, Option<Date>)> {
    let w0 = *words.first()?;
    let lower = |w: &str| w.to_ascii_lowercase();
    if matches!(lower(w0).as_str(), "yesterday" | "today" | "刚刚" | "昨天" | "今天") {
        return Some((1, None));
    }
    if lower(w0) == "just" && words.get(1).is_some_and(|w| lower(w) == "now") {
        return Some((2, None));
    }
    // `3 days ago`, `an hour ago`
    if (w0.parse::<u32>().is_ok() || matches!(w0, "a" | "an"))
        && words.len() >= 3
        && AGE_UNITS.contains(&lower(words[1]).as_str())
        && lower(words[2]) == "ago"
    {
        return Some((3, None));
    }
    // `3 小时前`, `3小时前`
    if w0.parse::<u32>().is_ok() && words.get(1).is_some_and(|w| CJK_AGE_UNITS.contains(w)) {
        return Some((2, None));
    }
    let digits_end = w0.find(|c: char| !c.is_ascii_digit()).unwrap_or(w0.len());
    if digits_end > 0 && CJK_AGE_UNITS.contains(&&w0[digits_end..]) {
        return Some((1, None));
    }
    if let Some(d) = date_word(w0) {
        return Some((1, Some(d)));
    }
    // `on Jun 1, 2024` / `Jun 1, 2024`
    let (skip, rest) = if lower(w0) == "on" { (1, &words[1..]) } else { (0, words) };
    if rest.len() >= 3 {
        let m = MONTHS.iter().position(|m| lower(rest[0]).starts_with(m))?;
        let d: u32 = rest[1].trim_end_matches(',').parse().ok()?;
        let y: u32 = rest[2].trim_end_matches([',', '.']).parse().ok()?;
        return Some((skip + 3, Some(Date::new(y, m as u32 + 1, d)?)));
    }
    None
}

/// A date written as one word: `2024-06-01`, `2024/6/1`, `2024.06.01`, `2024年6月1日`.
pub(crate) fn date_word(w: &str) -> Option<Date> {
    let w = w.trim_end_matches([',', '.', ')']);
    let nums: Vec<&str> = w.split(['-', '/', '.', '年', '月', '日']).filter(|s| !s.is_empty()).collect();
    if nums.len() != 3 || !w.starts_with(|c: char| c.is_ascii_digit()) || nums[0].len() != 4 {
        return None;
    }
    let rest_ok = w.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | '年' | '月' | '日'));
    if !rest_ok {
        return None;
    }
    Date::new(nums[0].parse().ok()?, nums[1].parse().ok()?, nums[2].parse().ok()?)
}

/// A navigation word, a flag or a badge (`next`, `[–]`, `Owner`, `edited`), or a word of symbols only.
fn is_nav(w: &str) -> bool {
    let l = crate::text::lowercase(w);
    NAV.contains(&l.as_str()) || l.chars().all(|c| !c.is_alphanumeric())
}

/// Navigation words to the end of a header; a count is one before `comment(s)` (`· 3 comments`).
fn all_nav(words: &[&str]) -> bool {
    words.iter().enumerate().all(|(i, w)| {
        is_nav(w)
            || w.bytes().all(|b| b.is_ascii_digit())
                && words
                    .get(i + 1)
                    .is_some_and(|n| n.eq_ignore_ascii_case("comment") || n.eq_ignore_ascii_case("comments"))
    })
}

/// A line of such words alone: the badges a site shows on their own line under a post's header (`Owner`).
pub(crate) fn is_badge_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.len() <= 60 && t.split_whitespace().all(is_nav)
}

/// A chrome line as read: what it does, the date it gives, and the user it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ChromeLine<'a> {
    pub kind: Chrome,
    pub date: Option<Date>,
    pub user: Option<&'a str>,
}

impl ChromeLine<'_> {
    /// Whether a bot wrote the post (`github-actions[bot]`).
    pub fn by_bot(&self) -> bool {
        self.user.is_some_and(|u| u.ends_with("[bot]"))
    }
}

/// Whether `line` is a chrome line, and what it says.
pub(crate) fn chrome(line: &str) -> Option<ChromeLine<'_>> {
    let t = line.trim();
    if t.is_empty() || t.len() > 200 {
        return None;
    }
    // Every row has an age, a date, a verb or is `reply`: lines without one of their marks are no chrome.
    // One pass for all the marks: a search per mark was most of a thread's line reading.
    static MARKS: OnceLock<DFA> = OnceLock::new();
    let marks = MARKS.get_or_init(|| {
        DFA::new([" ago", "前", "commented", "评论于", "reply", "回复", " on ", "20", "19"])
            .expect("fixed patterns build")
    });
    marks.try_find(&Input::new(t)).ok().flatten()?;
    let words: Vec<&str> = t.split_whitespace().collect();
    'rows: for (kind, parts) in CHROME {
        let mut i = 0;
        let mut date = None;
        for part in *parts {
            match part {
                Part::User if words.get(i).is_some_and(|w| is_user(w)) => i += 1,
                Part::Word(w) if words.get(i).is_some_and(|x| x.eq_ignore_ascii_case(w)) => i += 1,
                Part::Number if words.get(i).is_some_and(|w| w.parse::<u64>().is_ok()) => i += 1,
                Part::Floor
                    if words.get(i).is_some_and(|w| w.strip_prefix('#').is_some_and(|n| n.parse::<u32>().is_ok())) =>
                {
                    i += 1
                }
                Part::When => match when(&words[i.min(words.len())..]) {
                    Some((n, d)) => {
                        i += n;
                        date = d;
                    }
                    None => continue 'rows,
                },
                Part::SomeNav if i >= words.len() => continue 'rows,
                Part::Nav | Part::SomeNav => {
                    if !all_nav(&words[i.min(words.len())..]) {
                        continue 'rows;
                    }
                    i = words.len();
                }
                _ => continue 'rows,
            }
        }
        if i == words.len() {
            let reply =
                *kind == Chrome::Post(Site::HackerNews) && words.iter().any(|w| w.eq_ignore_ascii_case("parent"));
            let kind = if reply { Chrome::Reply(Site::HackerNews) } else { *kind };
            let user = matches!(parts.first(), Some(Part::User)).then(|| words[0]);
            return Some(ChromeLine { kind, date, user });
        }
    }
    None
}

/// What a table column holds, found from its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Field {
    Title,
    Company,
    /// A short name, used when the table has no full name.
    CompanyShort,
    Salary,
    Experience,
    Education,
    Size,
    City,
    Location,
    Description,
    Skills,
    Date,
    Stage,
    Industry,
    Remote,
    /// A link to the posting: read for nothing (URLs are never skills).
    Link,
}

/// Header names of each field, compared after folding case, width, spaces, punctuation and units in brackets.
const HEADERS: &[(Field, &[&str])] = &[
    (
        Field::Title,
        &[
            "职位",
            "职位名称",
            "岗位",
            "岗位名称",
            "职位名",
            "positionname",
            "jobname",
            "title",
            "jobtitle",
            "position",
            "role",
            "job",
            "招聘职位",
        ],
    ),
    (
        Field::Company,
        &[
            "公司",
            "公司名称",
            "公司全称",
            "企业",
            "企业名称",
            "companyfullname",
            "company",
            "companyname",
            "brandname",
            "name",
            "employer",
            "organization",
        ],
    ),
    (Field::CompanyShort, &["公司简称", "companyshortname"]),
    (
        Field::Salary,
        &["薪资", "薪水", "工资", "月薪", "薪酬", "待遇", "salary", "pay", "compensation", "salaryrange", "薪资范围"],
    ),
    (
        Field::Experience,
        &[
            "经验",
            "工作经验",
            "经验要求",
            "工作年限",
            "workyear",
            "workingexp",
            "experience",
            "years",
            "yearsofexperience",
        ],
    ),
    (Field::Education, &["学历", "学历要求", "education", "edulevel", "degree"]),
    (Field::Size, &["规模", "公司规模", "companysize", "size", "人数", "员工人数", "employees", "headcount"]),
    (Field::City, &["城市", "city", "工作城市", "jobarea", "cityname"]),
    (
        Field::Location,
        &["地点", "工作地点", "地址", "工作地址", "location", "jobaddress", "address", "area", "businesszones"],
    ),
    (
        Field::Description,
        &[
            "描述",
            "职位描述",
            "岗位职责",
            "任职要求",
            "jobdetail",
            "description",
            "detail",
            "jd",
            "details",
            "responsibilities",
            "requirements",
            "positionadvantage",
            "职位诱惑",
            "jobhighlights",
        ],
    ),
    (
        Field::Skills,
        &[
            "技能",
            "技能要求",
            "jobskills",
            "skills",
            "tags",
            "标签",
            "positionlables",
            "positionlabels",
            "keywords",
            "techstack",
            "stack",
        ],
    ),
    (
        Field::Date,
        &["发布时间", "发布日期", "日期", "date", "posted", "createtime", "publishtime", "postedat", "dateposted"],
    ),
    (Field::Stage, &["融资阶段", "financestage", "stage", "funding"]),
    (Field::Industry, &["行业", "industryfield", "industry", "所属行业"]),
    (Field::Remote, &["remote", "远程", "worktype"]),
    (Field::Link, &["url", "link", "joburl", "链接", "详情页链接", "href"]),
];

/// A header folded for comparison: case and width folded, units in brackets and everything but letters dropped
/// (`薪资(K)` → `薪资`, `Company Name` → `companyname`, `job_detail` → `jobdetail`).
fn header_key(h: &str) -> String {
    let lower = fold_lower(h.trim());
    let mut out = String::with_capacity(lower.len());
    let mut depth = 0u32;
    for c in lower.chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            c if depth == 0 && c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// The field a header names, if the synonym table knows it.
pub(crate) fn field_of(header: &str) -> Option<Field> {
    let key = header_key(header);
    HEADERS.iter().find(|(_, names)| names.contains(&key.as_str())).map(|&(f, _)| f)
}

/// A cell as read: the span of its text in the paste, and its decoded text when that differs (a JSON string with
/// escapes, a CSV cell with doubled quotes, HTML), with the map from decoded offsets back to the span.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Cell {
    pub span: Span,
    pub decoded: Option<Folded<'static>>,
}

impl Cell {
    /// A cell whose text is `span` of `text`, with any HTML in it read as text.
    fn at(text: &str, span: Span) -> Cell {
        Cell { span, decoded: markup::html(span.of(text)) }
    }

    /// A cell whose text was decoded from `span` (`decoded` maps back into it), with any HTML in that read as text.
    fn decoded(span: Span, decoded: Folded<'static>) -> Cell {
        let decoded = match markup::html(&decoded.text) {
            Some(h) => markup::then(&decoded, h),
            None => decoded,
        };
        Cell { span, decoded: Some(decoded) }
    }

    /// The paste offset of offset `i` of the cell's text.
    pub fn orig(&self, i: usize) -> usize {
        self.span.start as usize + self.decoded.as_ref().map_or(i, |d| d.orig(i)).min(self.span.len())
    }

    pub fn text<'t>(&'t self, text: &'t str) -> &'t str {
        self.decoded.as_ref().map_or_else(|| self.span.of(text), |d| &d.text)
    }
}

/// The columns of a table: for each cell index, the field it holds (if known) and its header.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Columns {
    pub fields: Vec<Option<Field>>,
    pub names: Vec<String>,
}

impl Columns {
    pub fn from_headers<'a>(headers: impl IntoIterator<Item = &'a str>) -> Columns {
        let names: Vec<String> = headers.into_iter().map(|h| h.trim().to_string()).collect();
        let mut fields: Vec<Option<Field>> = names.iter().map(|n| field_of(n)).collect();
        // `name` beside `companyName` (a BOSS-style export): the job's name, the company's only when no other
        // column names the company.
        if let Some(n) = names.iter().position(|h| h.eq_ignore_ascii_case("name")) {
            let company_elsewhere = fields.iter().enumerate().any(|(i, f)| i != n && *f == Some(Field::Company));
            if company_elsewhere && fields[n] == Some(Field::Company) {
                fields[n] = (!fields.contains(&Some(Field::Title))).then_some(Field::Title);
            }
        }
        Columns { fields, names }
    }

    /// How many columns the synonym table knows.
    pub fn known(&self) -> usize {
        self.fields.iter().filter(|f| f.is_some()).count()
    }

    pub fn index(&self, f: Field) -> Option<usize> {
        self.fields.iter().position(|&x| x == Some(f))
    }
}

/// A reader of delimited records that keeps csv-core's automaton and its buffers from one record to the next
/// (building them per record was most of the time a CSV paste took).
pub(crate) struct DelimitedReader {
    rdr: csv_core::Reader,
    buf: Vec<u8>,
    field: Vec<u8>,
}

impl DelimitedReader {
    pub(crate) fn new(delim: u8) -> DelimitedReader {
        let rdr = csv_core::ReaderBuilder::new().delimiter(delim).build();
        DelimitedReader { rdr, buf: vec![0; 256], field: Vec::new() }
    }

    /// Reads the record starting at `pos` into `cells`: where the next record starts, or `None` at the end.
    /// Quoting, embedded line breaks and doubled quotes are csv-core's.
    pub(crate) fn read(&mut self, text: &str, pos: usize, cells: &mut Vec<Cell>) -> Option<usize> {
        cells.clear();
        if pos >= text.len() {
            return None;
        }
        self.rdr.reset();
        let bytes = text.as_bytes();
        let mut at = pos;
        self.field.clear();
        let mut field_start = at;
        loop {
            let (res, nin, nout) = self.rdr.read_field(&bytes[at..], &mut self.buf);
            self.field.extend_from_slice(&self.buf[..nout]);
            at += nin;
            match res {
                csv_core::ReadFieldResult::OutputFull => {
                    let n = self.buf.len() * 2;
                    self.buf.resize(n, 0);
                }
                csv_core::ReadFieldResult::InputEmpty => {
                    if at >= bytes.len() {
                        // The text ends inside a field: finish it.
                        let (_, _, nout) = self.rdr.read_field(&[], &mut self.buf);
                        self.field.extend_from_slice(&self.buf[..nout]);
                        push_cell(text, field_start, at, &self.field, cells);
                        return Some(at);
                    }
                }
                csv_core::ReadFieldResult::Field { record_end } => {
                    let end = if record_end { line_content_end(bytes, field_start, at) } else { at - 1 };
                    push_cell(text, field_start, end.max(field_start), &self.field, cells);
                    self.field.clear();
                    field_start = at;
                    if record_end {
                        // csv-core stops after the `\r` of a `\r\n`; the `\n` belongs to this record's end too (left
                        // to the next read, it began a field and kept that field's quotes as text).
                        if bytes[at - 1] == b'\r' && bytes.get(at) == Some(&b'\n') {
                            at += 1;
                        }
                        return Some(at);
                    }
                }
                csv_core::ReadFieldResult::End => {
                    return if cells.is_empty() { None } else { Some(at) };
                }
            }
        }
    }
}

/// Where a field that ended a record stops, before its line break.
fn line_content_end(bytes: &[u8], start: usize, at: usize) -> usize {
    let mut end = at;
    while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    end
}

fn push_cell(text: &str, start: usize, end: usize, decoded: &[u8], cells: &mut Vec<Cell>) {
    let (mut a, mut b) = (start, end.min(text.len()));
    while a < b && !text.is_char_boundary(a) {
        a += 1;
    }
    while b > a && !text.is_char_boundary(b) {
        b -= 1;
    }
    let raw = &text[a..b];
    if raw.as_bytes() == decoded {
        cells.push(Cell::at(text, Span::new(a, b)));
        return;
    }
    // A quoted field with no quote doubled inside (a description cell): the text between the quotes, as below, but
    // without decoding a copy and mapping it back.
    let quoted = raw.len() >= 2 && raw.starts_with('"') && raw.ends_with('"');
    if quoted && &raw.as_bytes()[1..raw.len() - 1] == decoded {
        cells.push(Cell::at(text, Span::new(a + 1, b - 1)));
        return;
    }
    let dec = String::from_utf8_lossy(decoded);
    let (a, b) = if raw.starts_with('"') && raw.len() >= 2 && raw.ends_with('"') { (a + 1, b - 1) } else { (a, b) };
    let cell = match markup::dropped(&text[a..b], &dec) {
        Some(map) if text[a..b] != dec => Cell::decoded(Span::new(a, b), map),
        // The same text, or not the field with bytes left out (a quote in mid-field, `"ab"cd`): read as written.
        _ => Cell::at(text, Span::new(a, b)),
    };
    cells.push(cell);
}

/// Reads one JSON object starting at or after `pos` (skipping whitespace, `[`, `,` and `]` between the objects of
/// an array): its keys and cells, and where it ends. `Err` with a message and the start of the next line when the
/// text there is not an object, so that one broken record does not end the reading.
pub(crate) fn read_json(
    text: &str,
    pos: usize,
    out: &mut Vec<(String, Cell)>,
) -> Option<Result<usize, (String, usize)>> {
    out.clear();
    let rest = &text[pos..];
    let skip = rest.find(|c: char| !(c.is_whitespace() || matches!(c, '[' | ',' | ']'))).unwrap_or(rest.len());
    let start = pos + skip;
    if start >= text.len() {
        return None;
    }
    let mut stream = serde_json::Deserializer::from_str(&text[start..]).into_iter::<BTreeMap<String, &RawValue>>();
    match stream.next()? {
        Ok(map) => {
            let end = start + stream.byte_offset();
            let base = text.as_ptr() as usize;
            for (key, raw) in map {
                // `"company": {"name": "星河"}`, `"city": {"display": "南京"}`: an object's name is the cell.
                let object = raw.get().starts_with('{');
                let named =
                    object.then(|| serde_json::from_str::<BTreeMap<String, &RawValue>>(raw.get()).ok()).flatten();
                let named = named.and_then(|m| {
                    let key = ["name", "display", "displayname", "value", "title", "label", "text"];
                    m.into_iter()
                        .find(|(k, v)| key.contains(&k.to_ascii_lowercase().as_str()) && v.get().starts_with('"'))
                });
                let cell = json_cell(text, base, named.map_or(raw, |(_, v)| v));
                out.push((key, cell));
            }
            crate::bits::sort_by(out, |(_, a), (_, b)| a.span.start.cmp(&b.span.start));
            Some(Ok(end))
        }
        Err(e) => Some(Err((format!("not a JSON object: {e}"), line_at(text, start).next))),
    }
}

/// The postings an object holds one or two levels down when it is no posting itself: a group's list
/// (`{"title": "IT·互联网", "info_list": [{…}, …]}`) or an API's envelope (`{"data": {"list": [{…}]}}`). The span
/// of the first array whose first object names at least two posting fields.
pub(crate) fn nested_records(text: &str, entries: &[(String, Cell)], depth: u8) -> Option<Span> {
    let mut inner = Vec::new();
    for (_, cell) in entries {
        let s = cell.span.of(text);
        let object = s.starts_with('{');
        if !(s.starts_with('[') || object && depth > 0) {
            continue;
        }
        if let Some(Ok(_)) = read_json(text, cell.span.start as usize, &mut inner) {
            if !object && inner.iter().filter(|(k, _)| field_of(k).is_some()).count() >= 2 {
                return Some(cell.span);
            }
            if let Some(sp) = object.then(|| nested_records(text, &inner, depth - 1)).flatten() {
                return Some(sp);
            }
        }
    }
    None
}

/// The cell of one JSON value of `text` (whose address is `base`): a string's text, its escapes decoded; any
/// other value as written.
fn json_cell(text: &str, base: usize, raw: &RawValue) -> Cell {
    let r = raw.get();
    let at = r.as_ptr() as usize - base;
    match serde_json::from_str::<String>(r) {
        Ok(s) => {
            let span = Span::new(at + 1, at + r.len() - 1);
            match markup::json_string(span.of(text), &s) {
                Some(map) => Cell::decoded(span, map),
                None => Cell::at(text, span),
            }
        }
        Err(_) if r == "null" => Cell { span: Span::new(at, at), decoded: None },
        Err(_) => Cell { span: Span::new(at, at + r.len()), decoded: None },
    }
}

/// The cells of a markdown or pipe table row (`| a | b |` or `a | b`), as spans of `line`'s text.
pub(crate) fn pipe_cells(text: &str, start: usize, end: usize, cells: &mut Vec<Cell>) {
    cells.clear();
    let s = &text[start..end];
    let t = s.trim();
    let lead = s.len() - s.trim_start().len();
    let inner_start = start + lead + usize::from(t.starts_with('|'));
    let inner_end = start + lead + t.len() - usize::from(t.len() > 1 && t.ends_with('|'));
    let mut a = inner_start;
    let bytes = text.as_bytes();
    let mut i = inner_start;
    while i <= inner_end {
        if i == inner_end || (bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\')) {
            let (x, y) = crate::text::trim_span(text, a, i).unwrap_or((a, a));
            cells.push(Cell::at(text, Span::new(x, y)));
            a = i + 1;
        }
        i += 1;
    }
}

/// Where in a table a posting's value was read: the row's line and the column's header (a JSON record's key). Built
/// once per text (`new` reads the header row of a delimited paste), then asked per offset: the posting detail and
/// the CLI's JSON name the column of each match and of the salary.
pub struct Provenance {
    shape: Shape,
    headers: Vec<String>,
    /// Reads each row asked for: one csv-core automaton for the text, not one per row (building it took longer
    /// than parsing the table).
    reader: Option<std::cell::RefCell<DelimitedReader>>,
}

impl Provenance {
    /// `whole`: the paste was read as one posting, so nothing in it is a table.
    pub fn new(text: &str, whole: bool) -> Provenance {
        let (shape, records) = if whole { (Shape::Whole, 0) } else { sniff(text) };
        let mut headers = Vec::new();
        let mut delimited = None;
        if let Shape::Delimited(d) = shape {
            let mut cells = Vec::new();
            let reader = delimited.insert(DelimitedReader::new(d));
            let mut pos = records;
            // The header is the first record that is not empty, as the parser reads it.
            while let Some(next) = reader.read(text, pos, &mut cells) {
                if cells.iter().any(|c| !c.text(text).trim().is_empty()) {
                    headers = cells.iter().map(|c| c.text(text).trim().to_string()).collect();
                    break;
                }
                pos = next;
            }
        }
        Provenance { shape, headers, reader: delimited.map(std::cell::RefCell::new) }
    }

    /// The cells of the row that `posting` was read from, each with its column's header, when it is a table row
    /// (`None` for text, threads and cards).
    pub fn row(&self, text: &str, posting: &Posting) -> Option<Row> {
        let at = (posting.span.start as usize).min(text.len());
        let mut cells = Vec::new();
        let named: Vec<(Span, String)> = match self.shape {
            Shape::Delimited(_) => {
                // A record starts a line, and its first cell is on that line.
                self.reader.as_ref()?.borrow_mut().read(text, line_at(text, at).start, &mut cells)?;
                cells.iter().zip(&self.headers).map(|(c, h)| (c.span, h.clone())).collect()
            }
            Shape::Json => {
                // The record's `{` is the last one before its first value (only a key stands between them).
                let mut entries = Vec::new();
                read_json(text, text[..at].rfind('{')?, &mut entries)?.ok()?;
                entries.into_iter().map(|(k, c)| (c.span, k)).collect()
            }
            Shape::Text | Shape::Thread(_) => {
                let row = line_at(text, at);
                let head = pipe_header(text, row.start)?;
                pipe_cells(text, head.start, head.end, &mut cells);
                let headers: Vec<String> = cells.iter().map(|c| c.span.of(text).to_string()).collect();
                pipe_cells(text, row.start, row.end, &mut cells);
                cells.iter().zip(headers).map(|(c, h)| (c.span, h)).collect()
            }
            Shape::Whole => return None,
        };
        Some(Row { cells: named })
    }
}

/// One table row's cells with their headers (`Provenance::row`).
pub struct Row {
    cells: Vec<(Span, String)>,
}

impl Row {
    /// The header of the column whose cell holds byte `offset` of the paste.
    pub fn column(&self, offset: usize) -> Option<&str> {
        let (_, h) = self.cells.iter().find(|(s, _)| (s.start as usize..=s.end as usize).contains(&offset))?;
        Some(h.as_str())
    }
}

/// The header line of the pipe table that the row at `row_start` belongs to: the line above the separator row
/// that the table's rows hang from. `None` when the line is not such a row.
fn pipe_header(text: &str, row_start: usize) -> Option<Line> {
    let prev = |start: usize| (start > 0).then(|| line_at(text, text[..start - 1].rfind('\n').map_or(0, |i| i + 1)));
    let mut line = line_at(text, row_start);
    loop {
        if !text[line.start..line.end].contains('|') {
            return None;
        }
        let above = prev(line.start)?;
        if is_pipe_separator(&text[above.start..above.end]) {
            return prev(above.start);
        }
        line = above;
    }
}

/// A markdown table's separator row: `| :--- | ---: |`, `:----- | :-----`.
pub(crate) fn is_pipe_separator(s: &str) -> bool {
    let t = s.trim();
    t.contains('-')
        && t.contains(['|', ':'])
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
        && t.split('|').filter(|p| !p.trim().is_empty()).all(|p| p.trim().trim_matches(':').chars().all(|c| c == '-'))
}

/// The shape of a paste, from its first 64 KB, and where its records start: past the title and intro lines above a
/// table's header (a README or a web page copied with its table), else 0.
pub(crate) fn sniff(text: &str) -> (Shape, usize) {
    let mut cut = text.len().min(64 << 10);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = &text[..cut];
    let start = sample.find(|c: char| !c.is_whitespace()).unwrap_or(sample.len());
    let body = &sample[start..];
    if body.starts_with('{') || body.starts_with('[') {
        let mut keys = Vec::new();
        if let Some(Ok(_)) = read_json(text, start, &mut keys) {
            let known = keys.iter().filter(|(k, _)| field_of(k).is_some()).count();
            if known >= 2 || nested_records(text, &keys, 2).is_some() {
                return (Shape::Json, 0);
            }
        }
    }
    if let Some(delim) = sniff_delimited(text, start, false) {
        return (Shape::Delimited(delim), 0);
    }
    // A header under a few lines of intro needs more to go on than one at the top: two known columns, and rows
    // as wide as it.
    let mut at = start;
    for _ in 0..INTRO_LINES {
        let next = line_at(text, at).next;
        let Some(i) = sample.get(next..).and_then(|rest| rest.find(|c: char| !c.is_whitespace())) else {
            break;
        };
        at = next + i;
        if let Some(delim) = sniff_delimited(text, at, true) {
            return (Shape::Delimited(delim), at);
        }
    }
    let mut posts = 0;
    let mut site = None;
    // A thread shows its first post chrome within its first lines (title, points, intro text).
    for line in sample.lines().take(400) {
        if let Some(ChromeLine { kind: Chrome::Post(s) | Chrome::Reply(s) | Chrome::Opened(s), .. }) = chrome(line) {
            posts += 1;
            site.get_or_insert(s);
        }
    }
    match site {
        Some(s) if posts >= 1 => (Shape::Thread(s), 0),
        _ => (Shape::Text, 0),
    }
}

/// How many non-blank lines may stand above a table's header.
const INTRO_LINES: usize = 12;

/// A delimiter that makes the lines at `start` a table: a header with at least two known columns (or three or more
/// columns and rows that all have the header's width), and a second record as wide as the header. `strict` (a
/// header below intro lines): two known columns, and at least two rows, all as wide as the header.
fn sniff_delimited(text: &str, start: usize, strict: bool) -> Option<u8> {
    let first = line_at(text, start);
    let head = &text[first.start..first.end];
    let mut cells = Vec::new();
    for delim in [b'\t', b',', b';'] {
        let count = head.bytes().filter(|&b| b == delim).count();
        if count < 2 {
            continue;
        }
        // One reader for the sample's records: building csv-core's automaton is most of what reading a few
        // short records costs.
        let mut reader = DelimitedReader::new(delim);
        let Some(next) = reader.read(text, start, &mut cells) else {
            continue;
        };
        let columns = Columns::from_headers(cells.iter().map(|c| c.text(text)));
        let width = cells.len();
        if cells.iter().any(|c| c.span.len() > 80) {
            continue;
        }
        let mut rows = 0;
        let mut same = 0;
        let mut at = next;
        while rows < 5 {
            let Some(n) = reader.read(text, at, &mut cells) else {
                break;
            };
            rows += 1;
            if cells.len() == width {
                same += 1;
            }
            at = n;
        }
        let tabbed = delim == b'\t' && width >= 3;
        let found = if strict {
            rows >= 2 && same == rows && columns.known() >= 2
        } else {
            rows >= 1 && same * 2 >= rows && (columns.known() >= 2 || (tabbed && same == rows))
        };
        if found {
            return Some(delim);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_lines_of_known_sites() {
        let kind = |l: &str| chrome(l).map(|c| c.kind);
        let post = |l: &str| matches!(kind(l), Some(Chrome::Post(_)));
        assert!(post("nrp 14 days ago | next [–]"));
        assert!(post("makmanalp 14 days ago | prev | next [–]"));
        assert_eq!(
            chrome("pg 3 hours ago | parent | context | flag"),
            Some(ChromeLine { kind: Chrome::Reply(Site::HackerNews), date: None, user: Some("pg") })
        );
        assert_eq!(kind("pg 3 hours ago | root | parent | next [–]"), Some(Chrome::Reply(Site::HackerNews)));
        assert!(post("dang 1 minute ago [flagged]"));
        assert!(post("someone on Jun 1, 2024 | prev | next [-]"));
        assert!(post("octocat commented on Jun 1, 2024"));
        assert!(post("octocat commented on Jun 1, 2024 • edited"));
        assert!(post("octocat commented 3 days ago Author"));
        assert!(post("octocat 评论于 2024年6月1日"));
        assert!(post("#12 livid 3 小时前"));
        assert_eq!(chrome("reply"), Some(ChromeLine { kind: Chrome::Skip, date: None, user: None }));
        // An issue's opening line, with its comment count; a GitHub app's comment.
        let opened = chrome("tanlee opened this issue on Mar 1, 2021 · 1 comment").unwrap();
        assert_eq!(
            (opened.kind, opened.date, opened.user),
            (Chrome::Opened(Site::GitHub), Date::new(2021, 3, 1), Some("tanlee"))
        );
        assert_eq!(kind("octocat opened 3 days ago · 12 comments"), Some(Chrome::Opened(Site::GitHub)));
        assert!(chrome("github-actions[bot] commented on Jun 9, 2021").unwrap().by_bot());
        assert!(!chrome("octocat commented on Jun 9, 2021").unwrap().by_bot());
        assert!(chrome("octocat commented on Jun 9, 2021 · 12").is_none());
        assert!(is_badge_line("Owner") && is_badge_line("  Member · edited"));
        assert!(!is_badge_line("Owner wanted") && !is_badge_line(""));
        assert_eq!(kind("357 points by whoishiring 14 days ago | flag | comments"), Some(Chrome::Skip));
        assert_eq!(chrome("octocat commented on Jun 1, 2024").and_then(|c| c.date), Date::new(2024, 6, 1));
        for prose in ["We shipped 3 days ago", "Python 3 years ago", "Senior Engineer", "", "reply to me"] {
            assert!(chrome(prose).is_none(), "{prose:?}");
        }
    }

    #[test]
    fn headers_fold_case_width_spaces_and_units() {
        assert_eq!(field_of("薪资(K)"), Some(Field::Salary));
        assert_eq!(field_of("Company Name"), Some(Field::Company));
        assert_eq!(field_of("job_detail"), Some(Field::Description));
        assert_eq!(field_of("ＣＩＴＹ"), Some(Field::City));
        assert_eq!(field_of("workYear"), Some(Field::Experience));
        assert_eq!(field_of("颜色"), None);
    }

    #[test]
    fn delimited_records_keep_spans_and_decode_quotes() {
        let text = "a,b\n\"x, \"\"y\"\"\",\"two\nlines\"\nlast,row";
        let mut cells = Vec::new();
        let mut reader = DelimitedReader::new(b',');
        let n = reader.read(text, 0, &mut cells).unwrap();
        assert_eq!(cells.iter().map(|c| c.text(text)).collect::<Vec<_>>(), ["a", "b"]);
        let n = reader.read(text, n, &mut cells).unwrap();
        assert_eq!(cells[0].text(text), "x, \"y\"");
        assert_eq!(cells[1].text(text), "two\nlines");
        assert_eq!(cells[1].span.of(text), "two\nlines");
        let n = reader.read(text, n, &mut cells).unwrap();
        assert_eq!(cells[1].span.of(text), "row");
        assert_eq!(reader.read(text, n, &mut cells), None);
        // Windows line ends: a record ends after its `\r\n`, so a quoted first cell of the next one is decoded.
        let text = "a,b\r\n\"x, y\",z\r\n";
        let n = reader.read(text, 0, &mut cells).unwrap();
        assert_eq!(n, 5);
        reader.read(text, n, &mut cells).unwrap();
        assert_eq!(cells[0].text(text), "x, y");
    }

    #[test]
    fn json_objects_in_arrays_and_lines() {
        let text = "[{\"title\": \"Go\\n开发\", \"salary\": \"20-30K\"},\n {\"title\": \"x\"}]";
        let mut out = Vec::new();
        let end = read_json(text, 0, &mut out).unwrap().unwrap();
        assert_eq!(out[0].0, "title");
        assert_eq!(out[0].1.text(text), "Go\n开发");
        assert_eq!(out[1].1.span.of(text), "20-30K");
        let end = read_json(text, end, &mut out).unwrap().unwrap();
        assert_eq!(out.len(), 1);
        assert!(read_json(text, end, &mut out).is_none());
        assert!(matches!(read_json("{oops", 0, &mut out), Some(Err(_))));
        // A job site's nested objects: their names are the cells.
        let text = r#"{"company": {"id": 7, "name": "星河"}, "city": {"display": "南京"}, "tags": {"n": 1}}"#;
        read_json(text, 0, &mut out).unwrap().unwrap();
        let cells: Vec<&str> = out.iter().map(|(_, c)| c.text(text)).collect();
        assert_eq!(cells, ["星河", "南京", r#"{"n": 1}"#]);
    }

    #[test]
    fn shapes_are_found_from_the_text() {
        assert_eq!(sniff("# 标题\n### 腾讯-Python 20-40K\n").0, Shape::Text);
        assert_eq!(sniff("职位\t薪资\t城市\nPython\t20-30K\t上海\n").0, Shape::Delimited(b'\t'));
        assert_eq!(sniff("title,company,salary\nGo dev,Acme,$100k\n").0, Shape::Delimited(b','));
        assert_eq!(sniff("Hello, world, again\nThis is prose, with commas, many.\n").0, Shape::Text);
        assert_eq!(sniff("{\"jobname\": \"Go\", \"salary\": \"1-2万\"}\n").0, Shape::Json);
        assert_eq!(sniff("{\"a\": 1}").0, Shape::Text);
        assert_eq!(sniff("pg 3 hours ago | next [–]\n\nAcme | Remote\n").0, Shape::Thread(Site::HackerNews));
    }

    #[test]
    fn pipe_rows() {
        let text = "| 公司 | 职位 |\n:--- | :---\n滴滴 | [Android](./a.md) |";
        let mut cells = Vec::new();
        let head = line_at(text, 0);
        pipe_cells(text, head.start, head.end, &mut cells);
        let got: Vec<&str> = cells.iter().map(|c| c.span.of(text)).collect();
        assert_eq!(got, ["公司", "职位"]);
        assert!(is_pipe_separator(":--- | :---"));
        assert!(is_pipe_separator("|---|---|"));
        assert!(!is_pipe_separator("---"));
        assert!(!is_pipe_separator("a | b"));
    }
}
