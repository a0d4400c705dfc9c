//! The names a posting gives itself, and the labels it states them with: its company and title from a heading, a
//! first line, a card, a thread post or a digest's record heading; `LABEL: value` lines (`公司名称：星河`, `- **薪资**:
//! 20-30K`, `| 工作地点 | 北京 |`), read by one line reader.

use super::*;

/// Labels of a role's facts. The first of them under a role's title line starts a role block.
const FACT_LABELS: [&[&str]; 4] =
    [LOCATION_LABELS, salary::PAY_LABELS, EXPERIENCE_LABELS, &["学历要求", "学历", "education"]];

/// Labels of the experience a role asks for.
pub(super) const EXPERIENCE_LABELS: &[&str] = &["工作经验", "经验要求", "工作年限", "经验", "experience"];

/// Where a line's label starts: after its list and emphasis marks, a table's bar and an emoji that marks the label
/// (`**🏢 公司:**`).
#[inline(always)]
fn label_start(line: &[u8]) -> usize {
    let mut i = 0;
    loop {
        match line.get(i..) {
            Some([b' ' | b'\t' | b'-' | b'*' | b'+' | b'#' | b'_' | b'|', ..]) => i += 1,
            Some([0xE2, 0x80, 0xA2, ..]) => i += "•".len(),
            _ => return skip_emoji(line, i).min(line.len()),
        }
    }
}

/// The label a line opens with and its value's range in the line, when a value follows: `工作地点：北京` →
/// (`工作地点`, `北京`), `- **薪资**: 20-30K`, `| 公司名称 | 星河科技 |`, a copied table row's labels and values
/// between tabs (`工作地点\t上海\t月薪\t15000-20000`). The value ends at a `|`, a tab or two spaces.
pub(super) fn label_value(line: &str) -> Option<(&str, std::ops::Range<usize>)> {
    let at = label_start(line.as_bytes());
    let t = &line[at..];
    // The separator within the first 48 bytes, by bytes: most lines that reach here have none.
    let b = t.as_bytes();
    let head = &b[..b.len().min(48)];
    let mut i = 0;
    let (sep, len) = loop {
        i += head[i..].iter().position(|&c| matches!(c, b':' | b'\t' | b'|' | 0xEF))?;
        match b[i..] {
            [0xEF, 0xBC, 0x9A, ..] => break (i, "：".len()),
            [0xEF, ..] => i += 1,
            _ => break (i, 1),
        }
    };
    let label = t[..sep].trim_matches(['*', '_', ' ']);
    let value = line[at + sep + len..].trim_start_matches(['*', '_', ' ']);
    let v = line.len() - value.len();
    let stop = value.find(['|', '｜', '\t']).or_else(|| value.find("  ")).unwrap_or(value.len());
    let stop = value[..stop].trim_end_matches(['*', '_', ' ']).len();
    (!label.is_empty() && stop > 0).then(|| (label, v..v + stop))
}

pub(super) fn is_label(t: &str, labels: &[&str]) -> bool {
    label_value(t).is_some_and(|(l, _)| labels.iter().any(|w| l.eq_ignore_ascii_case(w)))
}

/// A line that opens with a fact's label and gives its value.
pub(super) fn is_fact_label(t: &str) -> bool {
    // The first character first: nearly every line opens with one that begins no label.
    let first = t[label_start(t.as_bytes())..].chars().next().map(|c| c.to_ascii_lowercase());
    first.is_some_and(|c| FACT_LEADS.contains(&c)) && FACT_LABELS.iter().any(|labels| is_label(t, labels))
}

/// The first character of every fact label (a unit test keeps it whole).
const FACT_LEADS: &[char] = &[
    '工', '上', '办', '月', '年', '公', '地', '城', '薪', '待', '经', '学', 'b', 'l', 'o', 's', 'c', 'p', 'e', 'u', 'r',
];

/// A cell's text span, with a markdown link `[text](url)` read as its text.
pub(super) fn link_text(text: &str, sp: Span) -> Option<Span> {
    let s = sp.of(text);
    let a = sp.start as usize;
    if let (true, Some(close)) = (s.starts_with('['), s.find("](")) {
        return span_of(text, a + 1, a + close);
    }
    span_of(text, a, sp.end as usize)
}

pub(super) fn span_of(text: &str, a: usize, b: usize) -> Option<Span> {
    trim_span(text, a, b).map(|(a, b)| Span::new(a, b))
}

/// Drops a leading `【急招】` or `[深圳/远程]` tag, or unwraps a title written as `【title】`.
fn strip_brackets(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &text[a..b];
    let t = s.trim_start();
    let lead = s.len() - t.len();
    for (open, close_char) in [('【', '】'), ('[', ']')] {
        let Some(rest) = t.strip_prefix(open) else {
            continue;
        };
        if let Some(close) = rest.find(close_char) {
            let after = &rest[close + close_char.len_utf8()..];
            let inner_start = a + lead + open.len_utf8();
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
pub(super) fn names(text: &str, seg: &Segment, end: usize, salary: Option<Span>) -> (Option<Span>, Option<Span>) {
    if let Opened::Post { .. } = seg.opened {
        return post_names(text, seg, end, salary);
    }
    let (a, b, from_heading) = match seg.opened {
        Opened::Heading { heading, text_start } => {
            // `## [平凯星辰 | PingCAP](https://…)`: a linked heading names what its link says.
            let (a, b) = item_text(text, text_start, heading.end);
            (a, b, true)
        }
        _ => {
            let Some(k) = seg.first_content else {
                return (None, None);
            };
            let line = line_at(text, seg.line_starts[k]);
            if let Some(ts) = heading_text_start(text, line).filter(|_| matches!(seg.opened, Opened::Record)) {
                if let Some(names) = heading_record_names(text, seg, k, ts, end) {
                    return names;
                }
            }
            let (a, b) = item_text(text, heading_text_start(text, line).unwrap_or(line.start), line.end.min(end));
            (a, b, false)
        }
    };
    // Cut the salary out: the names stand before it (or after it when nothing stands before).
    let (mut a, mut b) = (a, b);
    if let Some(sp) = salary.filter(|sp| (sp.start as usize) >= a && (sp.end as usize) <= b) {
        let (s, e) = (sp.start as usize, sp.end as usize);
        if trim_span(text, a, s).is_some() {
            // `前端工程师（18-30k）`: the bracket the pay stood in goes with it.
            // `Senior Backend Engineer (Rust) — SGD 9,000 - 13,000`: so does the dash or colon before it.
            b = a + text[a..s].trim_end_matches([' ', '(', '（', '[', '【', '—', '–', '-', ':', '：', ',', '，']).len();
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
        // `Solidity 工程师 | Remote (GMT+8) | $15k`: a title first, then no title, is no company's name.
        let title_first = || is_job_title(&text[first.0..first.1]) && !is_job_title(second.map_or("", |s| s.of(text)));
        // `徵才｜前端工程師`: nor is an offer word; the title follows it.
        let offer = LEAD_OFFERS.contains(&text[first.0..first.1].trim());
        match second {
            Some(s) if offer => title = Some(s),
            Some(s) if !second_is_pay && !title_first() => {
                company = span_of(text, first.0, first.1);
                title = Some(s);
            }
            _ => {
                let (x, y) = strip_brackets(text, first.0, first.1);
                title = span_of(text, x, y);
            }
        }
    } else if let Some((c, t)) = bracketed_company(text, a, b) {
        (company, title) = (Some(c), Some(t));
    } else if let Some((c, t)) = colon_names(text, a, b).or_else(|| at_names(text, a, b)) {
        (company, title) = (Some(c), Some(t));
    } else {
        let (mut x, y) = if from_heading { (a, b) } else { strip_brackets(text, a, b) };
        // `[上海-可远程] 星河诚聘 Rust工程师`: a bracket of place and way of working before the names.
        x = place_tag_end(text, x, y).unwrap_or(x);
        // `北京-星河互娱-前端工程师`: a city before the company is the place, not the company.
        let dash = memchr::memchr(b'-', &text.as_bytes()[x..y]);
        if let Some(e) = dash.filter(|&e| place::is_known_city(&text[x..x + e])) {
            if company_dash(text, x + e + 1, y, false).is_some() {
                x += e + 1;
            }
        }
        // `Java架构师 - 业务方向` is a title: the split applies only when the left side is not itself a job title,
        // and under a company the context names (`**Nimbus**` over `- [Product Management - Search](…)`) it is one.
        let grouped = seg.company.is_some() && matches!(seg.opened, Opened::Record);
        let dash = company_dash(text, x, y, !from_heading).filter(|&d| !grouped && !is_job_title(&text[x..d]));
        match dash {
            Some(d) => {
                company = span_of(text, x, d);
                let after = d + text[d..].chars().next().map_or(1, char::len_utf8);
                title = span_of(text, after, y);
            }
            None => match offer_names(text, x, y) {
                Some((c, t)) => (company, title) = (Some(c), t),
                None => title = span_of(text, x, y).map(|sp| drop_pay_label(text, sp)),
            },
        }
    }
    // `这是来自星河科技员工的内推…` over `| 岗位名称 | 前端开发工程师 |`: a labelled title wins over a first line
    // that is none.
    let title = match title {
        Some(t) if from_heading || is_job_title(t.of(text)) => Some(t),
        t => labelled(text, seg, end, TITLE_LABELS).or(t),
    };
    let company = company.map(|c| drop_company_note(text, c));
    (company, title.map(|t| drop_place_fields(text, drop_tags(text, drop_headcount_note(text, t)))))
}

/// Where the names start after a bracket of places and ways of working that opens `text[a..b]` (`[上海-可远程] `,
/// `【北京/远程】`), if it opens with one.
fn place_tag_end(text: &str, a: usize, b: usize) -> Option<usize> {
    let s = &text[a..b];
    let inner = s.strip_prefix('[').or_else(|| s.strip_prefix('【'))?;
    let close = inner.find([']', '】']).filter(|&c| c > 0 && c <= 40)?;
    let tag = |p: &str| place::is_known_city(p) || place::remote_in(p).is_some();
    let placed = inner[..close].split(['-', '/', '|', '·', ' ', '，', ',']).filter(|p| !p.is_empty()).all(tag);
    let after = &inner[close + inner[close..].chars().next().map_or(1, char::len_utf8)..];
    let names = after.trim_start();
    (placed && !names.is_empty()).then(|| b - names.len())
}

/// A company without the note in brackets after its name (`星河互娱（上海游戏公司）` → `星河互娱`, `Acme (YC W20)`),
/// and without the words an issue's title puts after it: where and how it hires, the number (`星河互娱 全国
/// 校招/社招内推 #12`).
fn drop_company_note(text: &str, c: Span) -> Span {
    let s = c.of(text);
    let open = match s.chars().next_back() {
        Some('）') => s.rfind('（'),
        // `Acme (YC W20)`: an ASCII bracket is a note after a space; glued to a word it is part of the name.
        Some(')') => s.rfind(" (").map(|o| o + 1),
        _ => None,
    };
    let mut name = match open.map(|o| s[..o].trim_end()) {
        Some(name) if !name.is_empty() => name,
        _ => s,
    };
    let aside = |w: &str| {
        w == "全国"
            || place::is_known_city(w)
            || w.strip_prefix('#').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            || w.split(['/', '&', '、']).all(|t| RECRUITING_TAGS.contains(&t) || t.ends_with("内推"))
    };
    while let Some((rest, _)) = name.rsplit_once(' ').filter(|(r, l)| !r.trim().is_empty() && aside(l)) {
        name = rest.trim_end();
    }
    Span::new(c.start as usize, c.start as usize + name.len())
}

/// A title without the fields written after it (`Backend Engineer, Berlin,` → `Backend Engineer`, `Go Developer -
/// Singapore - FT` → `Go Developer`, `Go 开发，北京` → `Go 开发`): a clause or a field between spaced dashes or bars
/// that is a place, a way of working or a kind of contract, and all after it.
fn drop_place_fields(text: &str, t: Span) -> Span {
    let s = t.of(text);
    let mut cuts = field_starts(s).peekable();
    if cuts.peek().is_none() {
        return t;
    }
    // Only a place by itself: a known city, one with its district after a separator (`北京·海淀`), `Remote (US)`,
    // `Full-time`.
    let is_field = |f: &str| {
        place::is_known_city(f)
            || place::leading_city(f).is_some_and(|(x, _)| x == 0)
            || place::find_location(f).is_some_and(|(x, y)| y - x == f.len())
            || f.split_whitespace().next().is_some_and(|w| place::remote_in(w).is_some())
            || CONTRACT_WORDS.iter().any(|w| f.eq_ignore_ascii_case(w))
    };
    let (mut depth, mut from, mut start) = (0i32, 0, 0);
    let mut kept = s.len();
    for (sep, next) in cuts.chain(std::iter::once((s.len(), s.len()))) {
        let piece = &s[from..sep];
        let field = is_field(piece.trim());
        // `上海 - Java开发`, `Remote (US) - Full-time - Engineer`: fields before the title are no part of it either.
        if from == start && field && next < s.len() {
            start = next;
        } else if from > start && depth == 0 && field {
            // Not inside brackets (`Backend Engineer (C++, Golang)`).
            kept = from;
            break;
        }
        depth += piece.matches(['(', '（']).count() as i32 - piece.matches([')', '）']).count() as i32;
        from = next;
    }
    let k = s[start..kept].trim_end_matches([',', '，', ' ', '-', '–', '—', '|', '｜']);
    let lead = k.len() - k.trim_start().len();
    if k.len() == lead {
        return t;
    }
    let a = t.start as usize + start + lead;
    Span::new(a, t.start as usize + start + k.len())
}

/// Kinds of contract a title's fields may name.
const CONTRACT_WORDS: &[&str] =
    &["ft", "pt", "full-time", "full time", "fulltime", "part-time", "part time", "contract", "全职", "兼职", "实习"];

/// Where the fields of a title or a first line part: each separator's start and the next field's start. Clauses
/// part at commas; fields at spaced dashes and bars.
fn field_starts(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // Only a comma, a space or a fullwidth form's first byte may start a separator.
        while let Some(k) = memchr::memchr3(b',', b' ', 0xEF, &b[i..]) {
            let at = i + k;
            let len = match &b[at..] {
                [b',', ..] => 1,
                [0xEF, 0xBC, 0x8C, ..] | [0xEF, 0xBD, 0x9C, ..] => 3,
                [b' ', b'-' | b'|', b' ', ..] => 3,
                [b' ', 0xE2, 0x80, 0x93 | 0x94, b' ', ..] => 5,
                _ => 0,
            };
            i = at + len.max(1);
            if len > 0 {
                return Some((at, at + len));
            }
        }
        None
    })
}

/// A title without the date a list puts before it and the recruiting tags after it (`20210419  优云后台研发工程师
/// 校招社招内推` → `优云后台研发工程师`), and without an issue's number and a place in brackets after it.
fn drop_tags(text: &str, t: Span) -> Span {
    let s = t.of(text);
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let mut rest = if digits == 8 && s[digits..].starts_with(' ') { s[digits..].trim_start() } else { s };
    while let Some(r) = RECRUITING_TAGS.iter().find_map(|w| rest.strip_suffix(w)).filter(|r| !r.trim().is_empty()) {
        rest = r.trim_end();
    }
    // `Senior Software Engineer (Boulder, CO) #3007`: an issue's number, then a place in brackets.
    if let Some(h) = memchr::memrchr(b'#', rest.as_bytes()).filter(|&h| h > 0 && rest.as_bytes()[h - 1] == b' ') {
        let n = &rest[h + 1..];
        if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !rest[..h].trim().is_empty() {
            rest = rest[..h].trim_end();
        }
    }
    // `前端开发工程师[望京]`: a card's district (or a tag) in brackets, in Chinese, after the title.
    let tag = rest
        .strip_suffix(']')
        .and_then(|r| r.rsplit_once('['))
        .or_else(|| rest.strip_suffix('】').and_then(|r| r.rsplit_once('【')));
    if let Some((r, inner)) = tag {
        let chinese = inner.chars().all(|c| c >= '\u{4E00}') && (1..=6).contains(&inner.chars().count());
        if chinese && !r.trim().is_empty() {
            rest = r.trim_end();
        }
    }
    if let Some((r, place)) = rest.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        // `(Toronto, ON, CA, Remote)`, `(Remote)`, `(Glasgow, UK, Remote UK, Luxembourg - Relocation Available)`,
        // `(Remote, +/- 3 hours of CET)`: places, states, countries and ways of working, the first one a place or
        // a way of working.
        let part = |p: &str| {
            let p = p.trim();
            place::is_known_city(p) || place::is_region(p) || place::remote_in(p).is_some()
        };
        let placed = place::find_location(place).is_some_and(|(x, y)| y - x == place.len())
            || place.split([',', '/']).next().is_some_and(part);
        if placed && !r.trim().is_empty() {
            rest = r.trim_end();
        }
    }
    // `誠徵 後端工程師`, `找前端工程師`: an offer word before the title.
    if let Some(r) = LEAD_OFFERS.iter().find_map(|w| rest.strip_prefix(w)) {
        let r = r.trim_start_matches([' ', '|', '｜', ':', '：', '-']);
        if is_job_title(r) {
            rest = r;
        }
    }
    // `後端工程師（台北）`: a known city in full-width brackets after the title.
    if let Some((r, city)) = rest.strip_suffix('）').and_then(|r| r.rsplit_once('（')) {
        if place::is_known_city(city) && !r.trim().is_empty() {
            rest = r.trim_end();
        }
    }
    // `Remote 区块链工程师`: a way of working before the title (the posting's remote field keeps it).
    if let Some((w, r)) = rest.split_once(' ') {
        let mode = ["remote", "hybrid", "onsite", "远程"].iter().any(|m| w.eq_ignore_ascii_case(m));
        // Not before more fields (`Remote (US) - Full-time - Software Engineer`): `drop_place_fields` reads them.
        let fields = r.starts_with('(') || r.contains(" - ") || r.contains('|');
        if mode && !fields && is_job_title(r) {
            rest = r.trim_start();
        }
    }
    // `rest` is a slice of `s`: its offset in it is where the title starts.
    let a = t.start as usize + (rest.as_ptr() as usize - s.as_ptr() as usize);
    span_of(text, a, a + rest.len()).unwrap_or(t)
}

/// `Nimbus Labs: Senior Software Engineer`: a company, a colon and a job title (an issue's or a list's title). A
/// label (`Position: …`) or an offer (`Hiring: …`) before the colon is no company.
fn colon_names(text: &str, a: usize, b: usize) -> Option<(Span, Span)> {
    let s = &text[a..b];
    let c = memchr::memchr(b':', s.as_bytes()).filter(|&c| s.as_bytes().get(c + 1) == Some(&b' '))?;
    let left = s[..c].trim();
    let lower = crate::text::lowercase(left);
    let label = [COMPANY_LABELS, TITLE_LABELS, EXPERIENCE_LABELS, salary::PAY_LABELS]
        .iter()
        .any(|l| l.contains(&lower.as_str()));
    let named = !left.is_empty() && left.split_whitespace().count() <= 5 && !is_job_title(left);
    if label || !named || is_section_label(left) || OFFER_WORDS.iter().any(|w| lower.contains(w)) {
        return None;
    }
    let title = span_of(text, a + c + 2, b)?;
    is_job_title(title.of(text)).then(|| span_of(text, a, a + c).map(|co| (co, title))).flatten()
}

/// `Open Source Rust Engineer at Nimbus`, `Backend Developer at Tern, Berlin, DE or remote`, `Back-end Developer na
/// Vireo Dados`: a job title, then the company after `at` (Portuguese `na`), then perhaps its place.
fn at_names(text: &str, a: usize, b: usize) -> Option<(Span, Span)> {
    let s = &text[a..b];
    // The last ` at `, ` @ ` or ` na `, found in one pass over the bytes (a searcher built per word and per title
    // cost 3% of a markdown parse).
    let bytes = s.as_bytes();
    let (k, w) = (0..bytes.len()).rev().find_map(|i| match &bytes[i..] {
        [b' ', b'a', b't', b' ', ..] | [b' ', b'n', b'a', b' ', ..] => Some((i, 4)),
        [b' ', b'@', b' ', ..] => Some((i, 3)),
        // `Backend Engineers @Artemis in NYC`.
        [b' ', b'@', c, ..] if c.is_ascii_uppercase() => Some((i, 2)),
        _ => None,
    })?;
    let (left, right) = (&s[..k], &s[k + w..]);
    let mut name_len = right.find([',', '(', '|']).unwrap_or(right.len());
    // `Artemis in NYC`: the name before its place.
    if let Some(i) = crate::text::rfind_short(&right[..name_len], " in ") {
        if place::find_location(&right[i + 4..name_len]).is_some() {
            name_len = i;
        }
    }
    let name = right[..name_len].trim_end();
    let named = (1..=4).contains(&name.split_whitespace().count())
        && name.starts_with(|c: char| c.is_uppercase())
        && !place::is_known_city(name)
        && !is_job_title(name);
    if !named || !is_job_title(left) {
        return None;
    }
    let company = span_of(text, a + k + w, a + k + w + name.len())?;
    Some((company, span_of(text, a, a + k)?))
}

/// `【非凡科技】Rust 开发工程师`: a company in brackets before a job title (a city, a tag or a work arrangement
/// there is none).
fn bracketed_company(text: &str, a: usize, b: usize) -> Option<(Span, Span)> {
    let s = &text[a..b];
    let t = s.trim_start().strip_prefix('【')?;
    let close = t.find('】')?;
    let inner = t[..close].trim();
    let rest = &t[close + '】'.len_utf8()..];
    let aside = place::is_known_city(inner)
        || place::remote_in(inner).is_some()
        || RECRUITING_TAGS.contains(&inner)
        || inner.contains(['/', '|', '&', '·']);
    if inner.is_empty() || aside || !is_job_title(rest) || is_job_title(inner) {
        return None;
    }
    let ia = b - t.len() + (t[..close].len() - t[..close].trim_start().len());
    Some((span_of(text, ia, ia + inner.len())?, span_of(text, b - rest.len(), b)?))
}

/// A title without a headcount in brackets after it (`测试工程师 （1位）` → `测试工程师`).
fn drop_headcount_note(text: &str, t: Span) -> Span {
    let s = t.of(text);
    // The closing bracket first: nearly every title ends with none.
    let Some(open) = s.ends_with([')', '）']).then(|| s.rfind(['(', '（'])).flatten() else {
        return t;
    };
    let note = s[open..].trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
    if !is_headcount(note) {
        return t;
    }
    span_of(text, t.start as usize, t.start as usize + open).unwrap_or(t)
}

/// The names of a record that a heading without pay starts (a digest's or a README's, `Anchor::Heading`): under a
/// numbered heading (`## 招聘 1`, `### No. 2`) they are the next line's; a heading that is no job title names the
/// company (`## 星河科技`), and the title is labelled (`岗位：后端工程师`) or the next line. `None` for a heading
/// that is a job title: it is read as any first line.
fn heading_record_names(
    text: &str,
    seg: &Segment,
    k: usize,
    ts: usize,
    end: usize,
) -> Option<(Option<Span>, Option<Span>)> {
    let l = line_at(text, seg.line_starts[k]);
    let h = text[ts..l.end].trim();
    let next = seg.line_starts[k + 1..].iter().take_while(|&&st| st < end).map(|&st| line_at(text, st));
    let mut next = next.filter(|n| !text[n.start..n.end].trim().is_empty());
    let numbered = h.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, ' ' | '#' | '.' | '：' | ':'));
    if numbered.len() < h.len()
        && (numbered.is_empty() || is_section_label(numbered) || numbered.eq_ignore_ascii_case("no"))
    {
        let n = next.next()?;
        let sub = Segment { first_content: Some(0), line_starts: vec![n.start], ..seg.clone() };
        return Some(names(text, &sub, n.end.min(end), None));
    }
    if is_job_title(h) || ROLE_WORDS.iter().any(|w| h.contains(w)) || h.contains(['|', '｜']) {
        return None;
    }
    let (a, b) = item_text(text, ts, l.end);
    let company = trim_span(text, a, b).and_then(|(a, b)| span_of(text, a, b));
    let title = labelled(text, seg, end, TITLE_LABELS).or_else(|| {
        let n = next.next()?;
        let (a, b) = item_text(text, n.start, n.end.min(end));
        let t = &text[a..b];
        (t.chars().count() <= 40 && is_job_title(t) && !t.ends_with(['。', '.', '；']))
            .then(|| span_of(text, a, b))
            .flatten()
    });
    Some((company, title))
}

/// A list item's text without its marker, and a markdown link as its text: `- [【远程】星河 招聘 Go 工程师](…)` →
/// `【远程】星河 招聘 Go 工程师`.
pub(super) fn item_text(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = text[a..b].trim_start();
    if !s.starts_with(|c: char| matches!(c, '[' | '-' | '*' | '+' | '•') || c.is_ascii_digit()) {
        return (a, b);
    }
    let a = list_item_text(s).map_or(b - s.len(), |item| b - item.len());
    // A link whose address closes (`[text](url)`, pay or notes after it or not).
    let closed = |sp: Span| text[sp.end as usize..b].strip_prefix("](").is_some_and(|url| url.contains(')'));
    match link_text(text, Span::new(a, b)) {
        Some(sp) if closed(sp) => (sp.start as usize, sp.end as usize),
        _ => (a, b),
    }
}

/// Company and title of `text[a..b]` when an offer word splits it, the company before it and the title after it
/// (`某某科技诚聘 后端工程师`, `【上海】星河数据 招聘 数据开发工程师 25-40K`, `Acme is hiring Go engineers`). A tag
/// or a city that opens the line is not the company's name, nor pay or its label part of the title.
pub(super) fn offer_names(text: &str, a: usize, b: usize) -> Option<(Span, Option<Span>)> {
    let s = &text[a..b];
    if !(s.contains(['聘', '招', '徵']) || memchr::memmem::find(s.as_bytes(), b"iring").is_some()) {
        return None;
    }
    // English offers in any case (`Acme (YC W20) Is Hiring Platform Engineers`).
    let find = |w: &str| match w.is_ascii() {
        true => s.as_bytes().windows(w.len()).position(|x| x.eq_ignore_ascii_case(w.as_bytes())),
        false => s.find(w),
    };
    let offers = ["诚聘", "急招", "社会招聘", "校园招聘", "招聘", "誠徵", "急徵", "徵才", " is hiring ", " hiring "];
    let (i, w) = offers.iter().find_map(|w| Some((find(w)?, w)))?;
    let (x, y) = strip_brackets(text, a, a + i);
    let x = place::leading_city(&text[x..y]).map_or(x, |(_, e)| x + e);
    // `Acme (YC W20)`: a note in brackets after the name is no part of it.
    let y = text[x..y].trim_end().strip_suffix(')').and_then(|n| n.rfind(" (")).map_or(y, |k| x + k);
    let company = span_of(text, x, y)?;
    let name = company.of(text);
    if name.chars().count() > 30 || is_job_title(name) || name.ends_with(['，', ',', '。']) {
        return None;
    }
    let mut t = a + i + w.len();
    // `is hiring a Senior Back End Engineer (Remote) (ycombinator.com)`, `#2 Engineer in London`: the article, the
    // notes in brackets and the place are no part of the title.
    for article in ["a ", "an "] {
        if text.as_bytes()[t..b].get(..article.len()).is_some_and(|p| p.eq_ignore_ascii_case(article.as_bytes())) {
            t += article.len();
        }
    }
    let b = if w.is_ascii() {
        let tail = &text[t..b];
        let cut =
            tail.find(" (").into_iter().chain(tail.rfind(" in ").filter(|&k| place::is_known_city(&tail[k + 4..])));
        cut.min().map_or(b, |k| t + k)
    } else {
        b
    };
    let t_end = salary_in(text, t, b).map_or(b, |f| (found_span(&f).start as usize).max(t));
    // `Go 开发工程师，北京，20-30K`: the title is the first clause.
    let t_end = text[t..t_end].find(['，', '；', '。']).map_or(t_end, |i| t + i);
    // `某某科技招聘多个岗位：`: the roles follow, the first of them is the title.
    let title = span_of(text, t, t_end).map(|sp| drop_pay_label(text, sp)).filter(|sp| !is_several_roles(sp.of(text)));
    // `招聘 Python 后端工程师 上海`: the place after the title is no part of it.
    let title = title.map(|sp| spaced_names(text, sp.start as usize, sp.end as usize).1.unwrap_or(sp));
    // `这里是免费的程序员招聘服务。如果…`: a sentence about hiring names no title.
    if title.is_some_and(|sp| sp.of(text).contains(['。', '！', '!']) || sp.of(text).chars().count() > 40) {
        return None;
    }
    Some((company, title))
}

/// Cuts the lines above `first`, the first record's line, off a segment as preamble: the company and the place
/// it names are the records' own when they name none.
pub(super) fn drop_preamble(text: &str, seg: &mut Segment, first: usize) {
    let preamble = &seg.line_starts[seg.first_content.unwrap_or(0)..first];
    // The bold name just above the first record (`**Nimbus**` under `# Rust Jobs`) is its company; else the
    // preamble's first line may name one.
    let last = preamble.iter().rposition(|&st| !line_text(text, st).trim().is_empty());
    let kind = seg.anchor.map(|(k, _)| k);
    let group = kind.zip(last).filter(|&(kind, k)| is_group_at(text, preamble, k, kind));
    let group = group.and_then(|(kind, k)| group_company(text, preamble[k], kind));
    seg.company = group.or_else(|| preamble_company(text, preamble[0]));
    if seg.city.is_none() {
        let labelled_place = Segment { line_starts: preamble.to_vec(), ..seg.clone() };
        let end = line_at(text, seg.line_starts[first]).start;
        seg.city = labelled(text, &labelled_place, end, LOCATION_LABELS)
            .and_then(|sp| place::city_of(sp.of(text)))
            .or_else(|| preamble.iter().find_map(|&st| base_city(line_text(text, st))));
    }
    seg.start = seg.line_starts[first];
    seg.line += first as u32;
    seg.line_starts.drain(..first);
    seg.first_content = Some(0);
}

/// `Base Singapore, hiring …`, `Based in Berlin.`: the known city a preamble's line says the roles are based in.
pub(super) fn base_city(line: &str) -> Option<Box<str>> {
    let t = line.trim_start_matches(['#', '*', ' ']);
    let lead = ["based in ", "base "].iter().find(|w| t.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)))?;
    let rest = &t[lead.len()..];
    let end = rest.find([',', '，', '.', '。', ';', '(', '|']).unwrap_or(rest.len());
    place::city_of(&rest[..end]).filter(|c| place::is_known_city(c))
}

/// The company a preamble's first line names: `### **甲乙科技 迪拜技术中心**`, `星河科技 社会招聘` (before an offer
/// word). A page's title (`# 本月招聘`, `招聘岗位`), a job title or a sentence names none.
pub(super) fn preamble_company(text: &str, start: usize) -> Option<Span> {
    let l = line_at(text, start);
    let a = heading_text_start(text, l).unwrap_or(l.start);
    let (a, b) = item_text(text, a, l.end);
    let (a, b) = trim_span(text, a, b)?;
    page_name(text, a, b)
}

/// The company a heading or a `<summary>` line over a table without a company column names
/// (`#### Stripe`, `<summary><h4>🏢 <strong>cloudflare</strong> (55 positions)</h4></summary>`): its text, or the
/// first run of text between its tags, without the marks before it and the count of positions after it.
pub(super) fn table_heading_company(text: &str, start: usize) -> Option<Span> {
    let l = line_at(text, start);
    let (mut a, mut b) = match heading_text_start(text, l) {
        Some(ts) => (ts, l.end),
        None if text[l.start..l.end].trim_start().starts_with("<summary") => {
            let mut runs = text[l.start..l.end].split('<').filter_map(|r| Some(r.split_once('>')?.1));
            let run = runs.find(|r| r.chars().any(char::is_alphanumeric))?;
            let x = run.as_ptr() as usize - text.as_ptr() as usize;
            (x, x + run.len())
        }
        None => return None,
    };
    a += text[a..b].len() - text[a..b].trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    if let Some((r, count)) = text[a..b].trim_end().strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        if count.starts_with(|c: char| c.is_ascii_digit()) {
            b = a + r.len();
        }
    }
    let (a, b) = trim_span(text, a, b)?;
    page_name(text, a, b)
}

/// A page's or a section's title as a company's name (`preamble_company`), unless it is a board's, a numbered
/// section's or a time's, a role's or a sentence.
fn page_name(text: &str, a: usize, b: usize) -> Option<Span> {
    let s = text[a..b].trim_matches('*');
    // `加入 Nimbus`, `Join Acme`, `Careers at Acme`: the company after the call.
    let s = JOIN_WORDS
        .iter()
        .find_map(|w| s.get(..w.len()).filter(|h| h.eq_ignore_ascii_case(w)).map(|_| s[w.len()..].trim_start()))
        .unwrap_or(s);
    let a = a + text[a..b].find(s).unwrap_or(0);
    let b = a + s.len();
    // `三、岗位摘录`, `2. Open roles`: a numbered section of a document names no company.
    let numbered = s.split_once(['、', '.']).is_some_and(|(n, _)| {
        !n.is_empty()
            && n.chars().count() <= 3
            && n.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    });
    // `Rust Jobs`, `Open roles`: a job board's title names no company.
    let lower = crate::text::lowercase(s);
    let board = BOARD_WORDS.iter().any(|w| lower.split([' ', '-', '|']).any(|x| x == *w));
    if numbered || board || TIME_WORDS.iter().any(|w| s.starts_with(w)) {
        return None;
    }
    // `Nimbus (Singapore) Referral`: the company, without the kind of page and its note.
    let kind = REFERRAL_WORDS.iter().find_map(|w| lower.strip_suffix(w).map(|r| r.len()));
    let (s, b) = match kind.filter(|&n| n > 0 && s.is_char_boundary(n)) {
        Some(n) => {
            let name = drop_company_note(text, Span::new(a, a + s[..n].trim_end().len()));
            (name.of(text), name.end as usize)
        }
        None => (s, b),
    };
    if let Some((company, _)) = offer_names(text, a, b) {
        return Some(company);
    }
    let n = s.chars().count();
    let plain = !s.contains([':', '：', '。', '，', ',', '!', '！', '?', '？'])
        && !RECRUITING_TAGS.iter().any(|w| s.contains(w));
    let named = !is_job_title(s) && !is_section_label(s) && !speaks(s, &crate::text::lowercase(s));
    ((2..=30).contains(&n) && plain && named && !place::is_known_city(s)).then(|| span_of(text, a, b)).flatten()
}

/// Words of a job board's title: a page that lists other people's jobs.
const BOARD_WORDS: &[&str] = &["jobs", "careers", "openings", "vacancies", "positions", "roles", "board"];

/// Words after a company's name on its referral page's title.
const REFERRAL_WORDS: &[&str] = &[" referrals", " referral", " 内推", "内推"];

/// Words that call a reader to a company before its name, on a page's title.
const JOIN_WORDS: &[&str] = &["加入", "join ", "work at ", "work with ", "careers at ", "jobs at "];

/// Words of time that open a page's title (`本月招聘`, `本周内推`): no company.
const TIME_WORDS: &[&str] = &["本月", "本周", "今日", "今天", "每周", "每月", "近期", "最新"];

/// A title without the marker of a filled position (`_FILLED_ SE: Internal Systems` → `SE: Internal Systems`), or
/// `None` when the marker is all it says.
pub(super) fn drop_filled(text: &str, sp: Span) -> Option<Span> {
    let s = sp.of(text);
    let marks = |c: char| matches!(c, '_' | '*' | '~' | '[' | ']' | '(' | ')' | ' ');
    let t = s.trim_start_matches(marks);
    let Some(rest) = t.get(..6).filter(|p| p.eq_ignore_ascii_case("filled")).map(|_| &t[6..]) else {
        return Some(sp);
    };
    let rest = rest.trim_start_matches(marks).trim_start_matches([':', '-']).trim_start();
    let a = sp.end as usize - rest.len();
    span_of(text, a, sp.end as usize)
}

/// `多个岗位`, `several roles`: a post that lists its roles below.
fn is_several_roles(s: &str) -> bool {
    let t = crate::text::lowercase(s.trim().trim_end_matches([':', '：', '!', '！', ' ']));
    ["多个岗位", "多个职位", "若干岗位", "多岗位", "several roles", "multiple roles", "multiple positions"]
        .contains(&t.as_str())
}

/// A title without the pay label that stood before the salary cut out of it (`后端工程师 薪水` → `后端工程师`).
fn drop_pay_label(text: &str, sp: Span) -> Span {
    let s = sp.of(text);
    let t = salary::PAY_LABELS
        .iter()
        .find_map(|w| s.trim_end_matches([':', '：', ' ']).strip_suffix(w))
        .map_or(s, str::trim_end);
    if t.is_empty() {
        return sp;
    }
    Span::new(sp.start as usize, sp.start as usize + t.len())
}

/// Offer words that may open a title line (`誠徵 後端工程師`, `徵才｜前端工程師`, `找前端工程師`): no part of the
/// title, and no company.
const LEAD_OFFERS: &[&str] = &["誠徵", "急徵", "徵才", "徵", "诚聘", "急招", "招聘", "找"];

/// Words that make a name a job title (`Java架构师`, `Senior Backend Engineer`), not a company.
const TITLE_WORDS: &[&str] = &[
    "工程师",
    "架构师",
    "开发",
    "研发",
    "经理",
    "专家",
    "总监",
    "主管",
    "设计师",
    "测试",
    "运维",
    "实习",
    "研究员",
    "分析师",
    "专员",
    "助理",
    "顾问",
    "讲师",
    "客服",
    // Traditional characters, as Taiwan and Hong Kong write them.
    "工程師",
    "後端",
    "前端",
    "架構師",
    "開發",
    "經理",
    "專家",
    "總監",
    "設計師",
    "測試",
    "運維",
    "實習",
    "研究員",
    "分析師",
    "專員",
    "顧問",
    "講師",
    "engineer",
    "developer",
    "architect",
    "manager",
    "lead",
    "leader",
    "scientist",
    "designer",
    "analyst",
    "intern",
    "programmer",
    "director",
    "cto",
    "head of",
    "devops",
    "sre",
    "consultant",
    "administrator",
    // Portuguese and Spanish.
    "desenvolvedor",
    "desenvolvedora",
    "engenheiro",
    "engenheira",
    "desarrollador",
    "desarrolladora",
    "ingeniero",
    "ingeniera",
    "analista",
];

fn title_words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words::new(TITLE_WORDS))
}

pub(super) fn is_job_title(s: &str) -> bool {
    let b = s.as_bytes();
    title_words().matches(s).any(|(_, start, end)| {
        // Chinese words stand anywhere; Latin ones between non-letters (`Engineers` too, not `Leadership`).
        let cjk = b[start] >= 0x80;
        let before = start.checked_sub(1).map(|i| b[i]);
        let after = b.get(end).copied();
        cjk || (!before.is_some_and(|c| c.is_ascii_alphabetic())
            && !after.is_some_and(|c| c.is_ascii_alphabetic() && c != b's'))
    })
}

/// Company and title of a thread post, from the parts of its first line (`Oculus VR - http://… - Irvine, CA`,
/// `Buffer (http://bufferapp.com) - REMOTE`): the first part that is no URL, place, work arrangement or job title
/// is the company, the first job title the title. A first line that is only a place leaves the company to the next
/// line (`Upverter: Python …`, `NGP VAN (http://…) is …`, a bare URL's domain); a sentence gives the words before
/// its verb (`Dropmysite is an internet company …`).
fn post_names(text: &str, seg: &Segment, end: usize, salary: Option<Span>) -> (Option<Span>, Option<Span>) {
    // A post written to a template (`**公司名称**：星河`, `职位：Go 开发`) says both.
    let label_title = labelled(text, seg, end, TITLE_LABELS).filter(|&sp| names_one(text, sp));
    if let Some(company) = labelled_company(text, seg, end) {
        return (Some(company), label_title);
    }
    let first = seg.first_content.unwrap_or(0);
    let lines: Vec<Line> = seg
        .line_starts
        .iter()
        .skip(first)
        .take_while(|&&s| s < end)
        .map(|&s| {
            let l = line_at(text, s);
            // A heading's marks are no part of its text.
            let start = heading_text_start(text, l).unwrap_or(l.start);
            Line { start, end: l.end.min(end), ..l }
        })
        .filter(|l| !text[l.start..l.end].trim().is_empty() && !is_section_label(&text[l.start..l.end]))
        .take(2)
        .collect();
    let Some(&head) = lines.first() else {
        return (None, label_title);
    };
    // An issue's title: `Nimbus Labs: Senior Software Engineer (Boulder, CO) #3007`.
    if let Some((c, t)) = colon_names(text, head.start, head.end) {
        let t = drop_place_fields(text, drop_tags(text, t));
        return (Some(drop_company_note(text, c)), label_title.or(Some(t)));
    }
    let mut company = None;
    let mut title = label_title;
    for (a, b) in pay_cut_parts(text, head, salary) {
        // `- 迪拜Saas技术服务中心` after a bracket, `【校招&社招】拼多多…`, `[集换社] TCG …`: a leading dash or tag is
        // no part of a name.
        let lead = text[a..b].len() - text[a..b].trim_start_matches(['-', ':', '：', ' ']).len();
        let (a, b) = strip_brackets(text, a + lead, b);
        let Some((a, b)) = trim_span(text, a, b) else {
            continue;
        };
        let part = &text[a..b];
        if is_headcount(part) || RECRUITING_TAGS.contains(&part) {
            continue;
        }
        let lower = crate::text::lowercase(part);
        if part.contains("://") || lower.starts_with("www.") {
            continue;
        }
        if let Some(subject) = sentence_subject(text, a, b).filter(|_| company.is_none()) {
            company = Some(subject);
            continue;
        }
        // `[北京/远程] 星河数据 诚聘 Go 开发`: an offer names both, whatever tags stand around them.
        if let Some((c, t)) = offer_names(text, a, b).filter(|_| company.is_none()) {
            (company, title) = (Some(c), title.or(t));
            continue;
        }
        // `Full time, interns/co-ops`: the kinds of contract, whatever roles they name.
        if place::remote_in(part).is_some()
            || ["full-time", "full time", "fulltime", "part-time", "part time"].iter().any(|w| lower.starts_with(w))
        {
            continue;
        }
        if place::find_location(part).is_some_and(|(x, y)| y - x + 2 >= part.trim().len()) {
            continue;
        }
        if let Some((c, t)) = company.is_none().then(|| post_company_title(text, a, b)).flatten() {
            (company, title) = (c, title.or(t));
            continue;
        }
        if let Some((c, t)) = company.is_none().then(|| at_names(text, a, b)).flatten() {
            (company, title) = (Some(c), title.or(Some(t)));
            continue;
        }
        if is_job_title(part) {
            let (c, t) = spaced_names(text, a, b);
            company = company.or(c);
            title = title.or(t);
            continue;
        }
        if ["full-time", "full time", "fulltime", "part-time", "contract", "intern", "h1b", "visa"]
            .iter()
            .any(|w| lower.contains(w))
        {
            continue;
        }
        if company.is_none()
            && part.split_whitespace().count() <= 6
            && part.chars().count() <= 40
            && !part.contains('。')
        {
            // `Skyscanner in Edinburgh, Scotland`: the name before its place.
            let name_end = place::find_location(part).and_then(|(x, _)| part[..x].strip_suffix(" in ").map(str::len));
            company = span_of(text, a, a + name_end.unwrap_or(part.len()));
        }
    }
    if let Some(&next) = lines.get(1) {
        if company.is_none() {
            company = next_line_company(text, next.start, next.end);
        }
        // `Head of Engineering | Remote | https://fetlife.com/jobs/…` over `… keep FetLife fast …`: the site's name,
        // as the post writes it.
        if company.is_none() {
            let url = text[head.start..head.end].split_whitespace().find(|w| w.contains("://"));
            company = url.and_then(|u| written_name(text, next.start, end, site_name(u)?));
        }
        // `星河科技，一家…` above `Rust 后端工程师，5000-8000 USD / 月`: the role on the line below.
        if title.is_none() {
            let role = |p: &str| {
                !p.trim_end().ends_with(['.', '!', '。', '！'])
                    && p.chars().count() <= 40
                    && p.split_whitespace().count() <= 6
                    && !p.starts_with(|c: char| c.is_ascii_lowercase())
                    && is_job_title(p)
            };
            // `1. Java 开发工程师 20-35K` under `某某科技招聘多个岗位：`: the first role, without its marker.
            let parts = pay_cut_parts(text, next, salary).into_iter().map(|(a, b)| item_text(text, a, b));
            title = parts.filter(|&(a, b)| role(&text[a..b])).find_map(|(a, b)| {
                span_of(text, a, a + text[a..b].trim_end_matches(['，', ',', '：', ':', ' ']).len())
            });
        }
    }
    // `UK, London £40,000 - £60,000 CTO / Lead Developer`: the title after the pay.
    if let Some(sp) = salary.filter(|sp| title.is_none() && (head.start..head.end).contains(&(sp.start as usize))) {
        let (a, b) = (sp.end as usize, head.end);
        let after = text[a..b].trim_start_matches([' ', ',', '|', '-']);
        if after.chars().count() <= 60 && is_job_title(after) {
            title = span_of(text, b - after.len(), b);
        }
    }
    (company.map(|c| drop_company_note(text, c)), title)
}

/// A Chinese first line's words (`百度 后端研发工程师 北京`): a name before the title that has no title word and
/// names no kind of work is the company; places, tags and headcounts around the title are no part of it.
fn spaced_names(text: &str, a: usize, b: usize) -> (Option<Span>, Option<Span>) {
    let s = &text[a..b];
    if !s.contains(' ') || !s.bytes().any(|c| c >= 0xE0) {
        return (None, span_of(text, a, b));
    }
    let words: Vec<(usize, usize)> = s
        .split(' ')
        .scan(0, |at, w| {
            let x = *at;
            *at += w.len() + 1;
            Some((x, x + w.len()))
        })
        .filter(|&(x, y)| y > x)
        .collect();
    let word = |k: usize| &s[words[k].0..words[k].1];
    let aside = |w: &str| {
        place::is_known_city(w) || place::remote_in(w).is_some() || is_headcount(w) || RECRUITING_TAGS.contains(&w)
    };
    let (mut x, mut y) = (0, words.len());
    while y > x && aside(word(y - 1)) {
        y -= 1;
    }
    while x < y && aside(word(x)) {
        x += 1;
    }
    if x == y {
        return (None, span_of(text, a, b));
    }
    let first = word(x);
    let company = (y - x >= 2
        && (2..=12).contains(&first.chars().count())
        && !first.bytes().any(|c| c.is_ascii_alphanumeric())
        && !is_job_title(first)
        && !KINDS_OF_WORK.iter().any(|w| first.starts_with(w))
        && is_job_title(&s[words[x + 1].0..words[y - 1].1]))
    .then(|| span_of(text, a + words[x].0, a + words[x].1))
    .flatten();
    let x = x + usize::from(company.is_some());
    (company, span_of(text, a + words[x].0, a + words[y - 1].1))
}

/// Kinds of work that make a heading a title (`## Python后端`), not a company (`## 云帆数据`).
const ROLE_WORDS: &[&str] =
    &["后端", "前端", "全栈", "算法", "运维", "客户端", "移动端", "嵌入式", "产品经理", "backend", "frontend"];

/// Words that begin a Chinese title by naming its kind of work or its level (`算法 工程师`, `高级 后端工程师`),
/// not a company.
const KINDS_OF_WORK: &[&str] = &[
    "高级",
    "资深",
    "初级",
    "中级",
    "首席",
    "全职",
    "兼职",
    "算法",
    "数据",
    "大数据",
    "前端",
    "后端",
    "全栈",
    "移动",
    "客户端",
    "服务端",
    "嵌入式",
    "平台",
    "产品",
    "运营",
    "游戏",
    "安全",
    "网络",
    "系统",
    "软件",
    "硬件",
    "机器学习",
    "人工智能",
    "图像",
    "视觉",
    "语音",
    "推荐",
    "搜索",
    "业务",
    "技术",
];

/// Company and title of a post's first part in the shapes Chinese posts write them: `携程-资深Java研发`,
/// `蚂蚁集团-高级前端开发工程师-国际事业群` (the `公司-职位` shape, a title on the right), `前端开发工程师【网易】` (the
/// company in brackets after the title; a city there is no company).
fn post_company_title(text: &str, a: usize, b: usize) -> Option<(Option<Span>, Option<Span>)> {
    let part = &text[a..b];
    if let Some(d) = company_dash(text, a, b, true) {
        let after = d + text[d..].chars().next().map_or(1, char::len_utf8);
        if !is_job_title(&text[a..d]) && is_job_title(&text[after..b]) {
            return Some((span_of(text, a, d), span_of(text, after, b)));
        }
    }
    let open = part.find('【').filter(|_| part.ends_with('】'))?;
    let inner = &part[open + '【'.len_utf8()..part.len() - '】'.len_utf8()];
    if !is_job_title(&part[..open]) || inner.trim().is_empty() {
        return None;
    }
    let company =
        (!place::is_known_city(inner)).then(|| span_of(text, a + open + '【'.len_utf8(), b - '】'.len_utf8()));
    Some((company.flatten(), span_of(text, a, a + open)))
}

/// The parts of a line (`line_parts`), each cut where the pay starts and none after it: the pay and its notes
/// (`5000-8000（或面议）`) name nothing.
fn pay_cut_parts(text: &str, line: Line, salary: Option<Span>) -> Vec<(usize, usize)> {
    let pay = salary.map(|sp| sp.start as usize).filter(|&p| (line.start..line.end).contains(&p));
    let b = pay.unwrap_or(line.end);
    line_parts(text, line.start, b)
}

/// Words that say how a post recruits, standing as a part of its first line (`社招内推｜ Cloud Software Group`).
const RECRUITING_TAGS: &[&str] = &["社招", "校招", "内推", "社招内推", "校招内推", "急招", "热招", "直招", "招聘"];

/// How many are hired (`2位`, `3人`, `若干`): no name.
fn is_headcount(part: &str) -> bool {
    let t = part.trim();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    t == "若干" || (digits > 0 && matches!(&t[digits..], "位" | "人" | "名" | "个" | "人以上" | "名以上"))
}

/// Words of a section's label (`## 公司/团队介绍`, `About us`, `招聘岗位：`): a line of nothing else names no company.
const SECTION_LABEL_WORDS: &[&str] = &[
    "公司",
    "团队",
    "介绍",
    "简介",
    "关于我们",
    "关于",
    "招聘",
    "岗位",
    "职位",
    "描述",
    "要求",
    "职责",
    "待遇",
    "福利",
    "联系方式",
    "联系",
    "地点",
    "about",
    "us",
    "the",
    "company",
    "team",
    "role",
    "who",
    "we",
    "are",
    "overview",
];

pub(super) fn is_section_label(line: &str) -> bool {
    let t = line.trim().trim_matches(|c: char| matches!(c, '#' | '*' | '_' | ':' | '：' | ' '));
    if t.is_empty() || t.len() > 40 {
        return false;
    }
    // Word by word from the start (a longer word before its prefix in the table), separators between them.
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let sep = ["/", "、", "&", "与", "和", "-", " "].iter().find(|w| b[i..].starts_with(w.as_bytes()));
        let word = sep.or_else(|| {
            SECTION_LABEL_WORDS
                .iter()
                .find(|w| b.get(i..i + w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w.as_bytes())))
        });
        match word {
            Some(w) => i += w.len(),
            None => return false,
        }
    }
    true
}

/// The parts of a line between ` - `, ` -- `, ` — `, ` – `, `|` and brackets.
fn line_parts(text: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    let s = &text[a..b];
    let mut parts = Vec::new();
    let mut start = 0;
    let push = |x: usize, y: usize, parts: &mut Vec<(usize, usize)>| {
        if let Some((x, y)) = trim_span(text, a + x, a + y) {
            parts.push((x, y));
        }
    };
    for (i, c) in s.char_indices() {
        let sep = match c {
            '(' | '（' | ')' | '）' | '|' | '｜' | '—' | '–' | ';' => true,
            '-' => s[..i].ends_with(' ') && (s[i..].starts_with("- ") || s[i..].starts_with("-- ")),
            _ => false,
        };
        if sep {
            push(start, i, &mut parts);
            start = i + c.len_utf8();
            if s[start..].starts_with('-') {
                start += 1;
            }
        }
    }
    push(start, s.len(), &mut parts);
    parts
}

/// `Dropmysite is an internet company …` → `Dropmysite`: the words before a sentence's verb, when there are few.
fn sentence_subject(text: &str, a: usize, b: usize) -> Option<Span> {
    let s = &text[a..b];
    // `We are hiring at SentiLink! Fraud and identity space.`: the name after the hiring words.
    if let Some(i) =
        ["hiring at ", "hiring for "].iter().find_map(|h| crate::text::rfind_short(s, h).map(|i| i + h.len()))
    {
        let rest = &s[i..];
        let n = rest.find(['!', '.', ',', ';', ':', '(', '|']).unwrap_or(rest.len());
        let n = rest[..n].find(" - ").unwrap_or(n);
        let name = rest[..n].trim_end();
        let named = name.starts_with(|c: char| c.is_uppercase()) && name.split_whitespace().count() <= 4;
        return (named && !is_job_title(name)).then(|| span_of(text, a + i, a + i + name.len())).flatten();
    }
    let verb = [" is ", " are ", " has ", " builds ", " makes "].iter().filter_map(|v| s.find(v)).min();
    if let Some(verb) = verb {
        let subject = s[..verb].trim();
        // `We are a small fintech team`: a pronoun names no one.
        let pronoun = ["we", "i", "it", "this", "they", "our team", "this role", "this position"]
            .iter()
            .any(|p| subject.eq_ignore_ascii_case(p));
        return (!subject.is_empty() && !pronoun && subject.split_whitespace().count() <= 4)
            .then(|| span_of(text, a, a + verb))
            .flatten();
    }
    // `星河科技，一家做开发者工具的团队`, `云帆是一家…`, `某某科技成立于2015年`: each verb has 一 or 于.
    if !s.contains(['一', '于']) {
        return None;
    }
    let verb =
        ["，一家", ",一家", "是一家", "是一个", "成立于", "致力于", "专注于"].iter().filter_map(|v| s.find(v)).min()?;
    let subject = s[..verb].trim();
    let n = subject.chars().count();
    ((1..=20).contains(&n) && !subject.contains(['，', ',', '。', ' '])).then(|| span_of(text, a, a + verb)).flatten()
}

/// The company a post names on its second line when its first line is only a place: `Upverter: Python …`,
/// `NGP VAN (http://…) is …`, or a bare URL's domain (`http://kili.io`).
fn next_line_company(text: &str, a: usize, b: usize) -> Option<Span> {
    let s = &text[a..b];
    let t = s.trim();
    if let Some(rest) = t.strip_prefix("https://").or_else(|| t.strip_prefix("http://")) {
        if !rest.contains(' ') {
            let host = rest.split('/').next().unwrap_or(rest);
            let host = host.strip_prefix("www.").unwrap_or(host);
            let at = a + s.find(host)?;
            return Some(Span::new(at, at + host.len()));
        }
        return None;
    }
    let cut = s.find(" (").into_iter().chain(s.find(':')).min();
    if let Some(c) = cut {
        let name = s[..c].trim();
        // `Role: Fully own …`, `How to Apply: …`: a label names no company.
        let label =
            is_section_label(name) || TITLE_LABELS.iter().chain(COMPANY_LABELS).any(|l| name.eq_ignore_ascii_case(l));
        if !name.is_empty() && name.split_whitespace().count() <= 4 && !is_job_title(name) && !label {
            return span_of(text, a, a + c);
        }
    }
    sentence_subject(text, a, b)
}

/// The name of a URL's site: its host's first label after `www.`, `jobs.` or `careers.` (`https://fetlife.com/jobs/x`
/// → `fetlife`); none for job boards, forms and code hosts, whose site is not the company.
fn site_name(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let mut labels = host.split('.').skip_while(|l| ["www", "jobs", "careers", "apply"].contains(l));
    let name = labels.next().filter(|_| labels.next().is_some())?;
    const SITES: &[&str] = &[
        "ashbyhq",
        "greenhouse",
        "boards",
        "lever",
        "workable",
        "bamboohr",
        "smartrecruiters",
        "docs",
        "forms",
        "github",
        "linkedin",
        "ycombinator",
        "wellfound",
        "notion",
        "google",
        "bit",
        "calendly",
        "angel",
        "breezy",
        "recruitee",
    ];
    (name.len() >= 3 && !SITES.iter().any(|s| name.eq_ignore_ascii_case(s))).then_some(name)
}

/// Where `text[a..b]` writes `name` as a word of its own, outside URLs and e-mail addresses (`FetLife` for
/// `fetlife`).
fn written_name(text: &str, a: usize, b: usize, name: &str) -> Option<Span> {
    let s = &text[a..b];
    let lower = s.to_ascii_lowercase();
    let word = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || b"@./+_-".contains(&c));
    lower.match_indices(&name.to_ascii_lowercase()).map(|(i, m)| (i, i + m.len())).find_map(|(i, j)| {
        let (before, after) = (i.checked_sub(1).map(|k| s.as_bytes()[k]), s.as_bytes().get(j).copied());
        let after = after.filter(|&c| c != b'.' || !s.as_bytes().get(j + 1).is_some_and(u8::is_ascii_alphanumeric));
        (!word(before) && !word(after)).then(|| Span::new(a + i, a + j))
    })
}

/// A `公司名称：星河` or `Company: Acme` label's value, unless it is a sentence about the company (`Company: We're a
/// small scientific software company that …`), which names none.
fn labelled_company(text: &str, seg: &Segment, end: usize) -> Option<Span> {
    labelled(text, seg, end, COMPANY_LABELS).filter(|&sp| names_one(text, sp))
}

/// A label's value that is a name, not a sentence (`Role: Fully own our engineering teams, …`).
fn names_one(text: &str, sp: Span) -> bool {
    let v = sp.of(text);
    v.split_whitespace().count() <= 8 && !v.ends_with('.') && !super::speaks(v, &v.to_ascii_lowercase())
}

/// Labels of a company's name, and of a title, before a colon (`公司名称：星河`, `**职位**: Go 开发`).
const COMPANY_LABELS: &[&str] =
    &["公司名称", "公司全称", "公司", "企业名称", "企业", "公司名稱", "公司全稱", "企業名稱", "company"];
pub(super) const TITLE_LABELS: &[&str] = &[
    "职位名称",
    "招聘职位",
    "招聘岗位",
    "岗位名称",
    "职位",
    "岗位",
    "職位名稱",
    "職缺",
    "職位",
    "position",
    "role",
    "title",
];
/// Funding stages on a job-site card; each contains 轮, 市 or 资 (the quick test before the search).
pub(super) const FUNDING: &[&str] =
    &["天使轮", "A轮", "B轮", "C轮", "D轮", "E轮", "上市公司", "已上市", "不需要融资", "未融资", "战略投资"];

/// The value of a label that opens one of a segment's first ten lines: `公司名称：X`, `**公司**: X`,
/// `- Company: X` (`label_value`).
pub(super) fn labelled(text: &str, seg: &Segment, end: usize, labels: &[&str]) -> Option<Span> {
    let bytes = text.as_bytes();
    for &start in seg.line_starts.iter().take(10).take_while(|&&s| s < end) {
        // One table read, before the line's end is found, rejects a line that opens with no label's first byte
        // (most lines).
        let at = start + label_start(&bytes[start..end]);
        if !bytes.get(at).is_some_and(|&b| LABEL_LEADS[usize::from(b)]) {
            continue;
        }
        // Two bytes first (every label is lowercase): a line that opens with no label's first character fails there.
        let head = &bytes[at..end];
        let (b0, b1) = (head[0].to_ascii_lowercase(), head.get(1).map(u8::to_ascii_lowercase));
        let opens = |l: &&str| {
            let l = l.as_bytes();
            b0 == l[0] && b1 == Some(l[1]) && head.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l))
        };
        if !labels.iter().any(opens) {
            continue;
        }
        let l_end = line_at(text, start).end.min(end);
        let Some((label, value)) = label_value(&text[start..l_end]) else {
            continue;
        };
        if labels.iter().any(|w| label.eq_ignore_ascii_case(w)) {
            if let Some(sp) = span_of(text, start + value.start, start + value.end) {
                return Some(sp);
            }
        }
    }
    None
}

/// After an emoji that marks a label (`**🏢 公司:**`, `📍 地点:`) and the spaces after it: the offset where the label
/// starts, or `at` when no emoji stands there. An emoji is a character of the planes above the BMP (lead byte F0)
/// or of the symbol blocks U+2600–U+27BF, with its variation selector.
fn skip_emoji(bytes: &[u8], at: usize) -> usize {
    let len = match bytes.get(at..) {
        Some([0xF0, ..]) => 4,
        Some([0xE2, 0x98..=0x9F, ..]) => 3,
        _ => return at,
    };
    let mut i = at + len;
    if bytes.get(i..).is_some_and(|b| b.starts_with("\u{FE0F}".as_bytes())) {
        i += 3;
    }
    while bytes.get(i) == Some(&b' ') {
        i += 1;
    }
    i.min(bytes.len())
}

/// The first bytes of every label `labelled` reads (`COMPANY_LABELS`, `TITLE_LABELS`, `LOCATION_LABELS`), in both
/// ASCII cases.
const LABEL_LEADS: [bool; 256] = {
    let mut t = [false; 256];
    let lists: [&[&str]; 3] = [COMPANY_LABELS, TITLE_LABELS, LOCATION_LABELS];
    let mut k = 0;
    while k < lists.len() {
        let mut i = 0;
        while i < lists[k].len() {
            let b = lists[k][i].as_bytes()[0];
            t[b as usize] = true;
            t[b.to_ascii_uppercase() as usize] = true;
            i += 1;
        }
        k += 1;
    }
    t
};

/// A `公司：X` label, or the company line of a job-site card (`星河数据科技 互联网 C轮 100-499人`).
pub(super) fn company_fallback(text: &str, seg: &Segment, end: usize) -> Option<Span> {
    if let Some(sp) = labelled_company(text, seg, end) {
        return Some(sp);
    }
    // `# 公司名稱` over `龎帝數位資訊有限公司`: a section of its own, whose first line is a name.
    let section = super::section_lines(text, seg, end, COMPANY_LABELS).and_then(|v| v.first().copied());
    if let Some(sp) = section.filter(|sp| sp.of(text).chars().count() <= 30) {
        return Some(sp);
    }
    for &start in seg.line_starts.iter().skip(1).take(8).take_while(|&&s| s < end) {
        let line = line_at(text, start);
        let s = &text[start..line.end.min(end)];
        let funding = s.contains(['轮', '市', '资']) && FUNDING.iter().any(|f| s.contains(f));
        let card = funding || (s.contains('人') && s.split_whitespace().count() >= 3);
        let Some(first) = s.split_whitespace().next() else {
            continue;
        };
        let label = || first.contains(['：', ':']) || is_fact_label(s);
        if card && !first.starts_with("公司") && !label() && first.chars().count() <= 30 {
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
    fn fact_leads_cover_every_fact_label() {
        for label in FACT_LABELS.iter().flat_map(|l| l.iter()) {
            let c = label.chars().next().expect("no label is empty").to_ascii_lowercase();
            assert!(FACT_LEADS.contains(&c), "{label}");
        }
        assert!(
            is_fact_label("- **薪资**: 20-30K") && is_fact_label("Location: Berlin") && !is_fact_label("负责：开发")
        );
    }

    #[test]
    fn a_line_reads_as_its_label_and_value() {
        let read = |t: &'static str| label_value(t).map(|(l, v)| (l, &t[v]));
        assert_eq!(read("工作地点：北京"), Some(("工作地点", "北京")));
        assert_eq!(read("- **薪资**: 20-30K"), Some(("薪资", "20-30K")));
        assert_eq!(read("**🏢 公司:** Acme  Remote"), Some(("公司", "Acme")));
        assert_eq!(read("| 公司名称 | 星河科技 |"), Some(("公司名称", "星河科技")));
        assert_eq!(read("工作地点\t上海\t月薪\t15000-20000"), Some(("工作地点", "上海")));
        assert_eq!(read("• Location: Berlin | Remote"), Some(("Location", "Berlin")));
        assert_eq!(read("公司名称："), None);
        assert_eq!(read("负责公司业务系统的设计及开发工作，编码实现功能需求"), None);
        // `labelled` compares a line's first two bytes with each label's as they are: every label is lowercase.
        for label in [COMPANY_LABELS, TITLE_LABELS, LOCATION_LABELS].concat() {
            assert_eq!(label, label.to_ascii_lowercase());
        }
        let text = "星河科技\n**职位**: Go 开发 | 上海\n";
        let parsed = parse(text);
        assert_eq!(parsed.postings[0].title.map(|t| t.of(text)), Some("Go 开发"));
    }

    #[test]
    fn a_sites_name_as_the_post_writes_it() {
        assert_eq!(site_name("https://www.fetlife.com/jobs/x"), Some("fetlife"));
        assert_eq!(site_name("https://careers.acme.io"), Some("acme"));
        assert_eq!(site_name("https://jobs.ashbyhq.com/sentilink"), None, "a job board's site");
        assert_eq!(site_name("http://localhost:8080/"), None);
        let t = "Keep FetLife fast. Mail jobs@fetlife.com, see fetlife.com or FetLife's page.";
        assert_eq!(written_name(t, 0, t.len(), "fetlife").map(|sp| sp.of(t)), Some("FetLife"));
        let t = "Mail jobs@fetlife.com or see https://fetlife.com/jobs";
        assert_eq!(written_name(t, 0, t.len(), "fetlife"), None, "only in addresses");
    }

    #[test]
    fn brackets() {
        let t = "【后端开发工程师（Python）】";
        let (a, b) = strip_brackets(t, 0, t.len());
        assert_eq!(&t[a..b], "后端开发工程师（Python）");
        let t = "【急招】Python后端 ";
        let (a, b) = strip_brackets(t, 0, t.len());
        assert_eq!(&t[a..b], "Python后端 ");
        let t = "[深圳/远程] 某某科技";
        let (a, b) = strip_brackets(t, 0, t.len());
        assert_eq!(&t[a..b], " 某某科技");
    }
}
