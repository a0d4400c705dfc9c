//! Hostile and broken input, one row each (issue: hardening): the engine never panics, says what it could not read
//! with a diagnostic, and reads what can be read. The page's side of the same table is
//! `tests/browser/hardening.test.mjs`.

use joblens_core::text::Decoder;
use joblens_core::{parse, share, stats, Dataset, Filters, Parsed, Posting};

/// Parses `text` and checks what must hold for any input: spans inside the text on character boundaries,
/// diagnostics on existing lines, and statistics that compute. Returns the result for the row's own checks.
fn read(text: &str) -> Parsed {
    let parsed = parse(text);
    let lines = text.split(['\n', '\r']).count() as u32 + 1;
    for p in &parsed.postings {
        let spans = [Some(p.span), p.company, p.title].into_iter().flatten().chain(p.matches.iter().map(|m| m.span));
        for s in spans {
            assert!(text.get(s.start as usize..s.end as usize).is_some(), "span {s:?} outside the text or a char");
        }
    }
    for d in &parsed.diagnostics {
        assert!((1..=lines).contains(&d.line), "diagnostic {} on line {} of {lines}", d.code, d.line);
        assert!(!d.message.is_empty());
    }
    let ds = Dataset::new("bad", text.to_string(), parsed.clone());
    let st = stats::compute(&ds, &Filters::default());
    assert_eq!(st.postings, ds.len(), "every posting is counted, whatever it is paid in");
    parsed
}

fn codes(p: &Parsed) -> Vec<&'static str> {
    p.diagnostics.iter().map(|d| d.code).collect()
}

fn only(p: &Parsed) -> &Posting {
    assert_eq!(p.postings.len(), 1, "{:?}", codes(p));
    &p.postings[0]
}

fn field(text: &str, span: Option<joblens_core::Span>) -> &str {
    span.map_or("", |s| s.of(text))
}

#[test]
fn empty_text_is_an_error_that_says_so() {
    let p = read("");
    assert!(p.postings.is_empty());
    assert_eq!(codes(&p), ["empty-input"]);
}

#[test]
fn whitespace_only_is_empty_text() {
    let p = read("   \n\t\u{3000}\r\n");
    assert!(p.postings.is_empty());
    assert_eq!(codes(&p), ["empty-input"]);
}

#[test]
fn ten_megabytes_of_postings_are_all_read() {
    let n = 15_000;
    let text = joblens_core::synth::corpus(n, 3);
    assert!(text.len() >= 10 << 20, "{} bytes", text.len());
    assert_eq!(read(&text).postings.len(), n);
}

#[test]
fn a_line_of_100k_characters_is_one_posting_with_its_skills() {
    let text = format!("### 甲-Python 20-30K\n+ {}\n", "Redis、".repeat(20_000));
    let p = read(&text);
    assert_eq!(only(&p).skills.skill_names(), ["Python", "Redis"]);
}

#[test]
fn invalid_utf8_is_replaced_and_said_and_random_bytes_are_recognised() {
    let mut d = Decoder::default();
    d.push(b"### \xE7\x94\xB2-Python 20-30K\n+ Redis \xFF\xFE\n");
    assert!(!d.looks_binary());
    let (text, replaced) = d.finish();
    assert!(replaced);
    assert_eq!(only(&read(&text)).skills.skill_names(), ["Python", "Redis"]);

    let mut seed = 7u64;
    let noise: Vec<u8> = (0..65_536)
        .map(|_| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 56) as u8
        })
        .collect();
    let mut d = Decoder::default();
    d.push(&noise);
    assert!(d.looks_binary(), "random bytes are refused before parsing");
    read(&d.finish().0); // and would not break the parser either
}

#[test]
fn crlf_and_lone_cr_line_ends_separate_lines() {
    let p = read("### 甲-Python 20-30K\r\n+ 熟悉Redis\r\n\r\n### 乙-Go 10-20K\r+ 熟悉Go\r");
    assert_eq!(p.postings.len(), 2);
    assert_eq!(p.postings[1].skills.skill_names(), ["Go"]);
    assert_eq!(p.postings[1].salary.and_then(|s| s.max), Some(20_000.0));
}

#[test]
fn fullwidth_everything_reads_like_ascii() {
    let text = "### 甲公司－Ｐｙｔｈｏｎ工程师　２０－３０Ｋ\n＋ 熟悉Ｒｅｄｉｓ，３年以上经验\n";
    let p = read(text);
    let post = only(&p);
    assert_eq!((post.salary.and_then(|s| s.min), post.salary.and_then(|s| s.max)), (Some(20_000.0), Some(30_000.0)));
    assert_eq!(post.experience_min_years, Some(3.0));
    assert_eq!(post.skills.skill_names(), ["Python", "Redis"]);
}

#[test]
fn private_use_digits_are_reported_not_guessed() {
    let text =
        "### 极光－Ｐｙｔｈｏｎ后端工程师　\u{E031}\u{E038}-\u{E032}\u{E035}K·\u{E031}\u{E033}薪\n＋ 熟悉Ｆｌａｓｋ\n";
    let p = read(text);
    assert_eq!(only(&p).salary, None);
    assert_eq!(codes(&p), ["hidden-digits"]);
}

#[test]
fn zero_width_and_bidi_controls_neither_split_words_nor_stick_to_names() {
    let text = "### 甲\u{200B}-Py\u{200D}thon\u{202E}工程师 20-30K\n+ 熟悉\u{200B}Redis\u{2066}和Go\u{2069}\n";
    let p = read(text);
    let post = only(&p);
    assert_eq!(post.skills.skill_names(), ["Go", "Python", "Redis"]);
    assert_eq!(field(text, post.company), "甲");
}

#[test]
fn deeply_repeated_markers_do_not_hide_the_posting() {
    let text = format!(
        "{}\n{}\n### A-B {} 20-30K{}\n+ Python\n",
        "#".repeat(5000),
        "-".repeat(5000),
        "K".repeat(3000),
        "薪".repeat(3000)
    );
    let p = read(&text);
    let post = only(&p);
    assert_eq!(post.salary.and_then(|s| s.max), Some(30_000.0));
    assert_eq!(post.skills.skill_names(), ["Python"]);
}

#[test]
fn numbers_too_big_for_any_pay_are_reported_unreadable() {
    let text = "### 甲-Python 99999999999999999999999-999999999999999999999999K\n+ Python\n";
    let p = read(text);
    let post = only(&p);
    assert_eq!(post.salary, None);
    assert_eq!(codes(&p), ["salary-unparsed"]);
    assert_eq!(field(text, post.title), "Python", "the unreadable pay is not part of the title");
}

#[test]
fn fuzz_parse_implausibly_large_salary_is_reported_not_binned() {
    // From `cargo fuzz run parse`: 99,999,999,999K a month overflowed the statistics' histogram bins.
    let text = "#9\u{FFFD}\n99999999999-99k\u{FFFD}";
    let p = read(text);
    assert_eq!(only(&p).salary, None);
    assert_eq!(codes(&p), ["salary-unparsed"]);
}

#[test]
fn a_reversed_range_is_reported_not_read() {
    // Issue 14: a range written high to low is not guessed at (it was read in order before).
    let p = read("### 甲-Python 40-20K\n+ Python\n");
    assert_eq!(only(&p).salary, None);
    assert_eq!(codes(&p), ["salary-unparsed"]);
}

#[test]
fn markup_in_company_title_and_bullets_stays_text() {
    let text = "### <script>alert(1)</script>-<img src=x onerror=alert(1)> 20-30K\n+ javascript:alert(1) \"><svg onload=alert(1)> Python\n";
    let p = read(text);
    let post = only(&p);
    assert_eq!(field(text, post.company), "<script>alert(1)</script>");
    assert_eq!(field(text, post.title), "<img src=x onerror=alert(1)>");
    assert!(post.skills.skill_names().contains(&"Python"));
}

#[test]
fn markup_in_url_values_is_a_search_string_or_a_warning() {
    let (view, warnings) = share::decode_query(
        "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&tier=%22%3E%3Csvg%20onload%3Dalert(1)%3E&skills=javascript%3Aalert(1)",
    );
    assert_eq!(view.filters.q, "<script>alert(1)</script>", "searched for, as text");
    let keys: Vec<&str> = warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, ["tier", "skills"]);
    assert!(view.filters.tiers.is_empty() && view.filters.all.is_empty());
}

/// Found by the `tables` fuzz target: a cell whose text the CSV reader gives back with a different byte inside a
/// character (a BOM, then U+FFFD) made the cell's map slice the text inside a character.
#[test]
fn a_cell_that_differs_from_its_text_inside_a_character_is_read_as_written() {
    let text =
        "title\tsalary\tcompany\tlocation\texperience\teducation\tdescription\n\u{FEFF}\u{FFFD}\u{2}cg\u{FFFD}go0,";
    let parsed = read(text);
    assert_eq!(parsed.postings.len(), 1, "the row is read, as written");
}

#[test]
fn an_emoji_or_a_tag_at_the_end_of_a_posting_is_read_safely() {
    // Found by the property test and the tables fuzzer: an emoji before a label with spaces after it at the end
    // of a posting, and recruiting tags cut from a title of multi-byte characters.
    for text in ["公司名称：星河\n🏢 ", "🏢  ", "Go 开发\n**💰 ", "- [20210419  优云内推社招内推](u)\n", "推内推"]
    {
        let _ = joblens_core::parse(text);
    }
}
