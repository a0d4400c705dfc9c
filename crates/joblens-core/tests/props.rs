//! Properties over arbitrary input: parsing, salary reading and both URL decoders never panic; spans always point
//! inside the text on character boundaries; decoding bytes in pieces equals decoding them at once; parsing in slices or on several threads gives the same result as parsing at once; the URL
//! codecs round-trip.

#![cfg(not(target_arch = "wasm32"))]

use joblens_core::filter::PayChoice;
use joblens_core::share::{decode_data, decode_query, encode_data, encode_query, Lang, View};
use joblens_core::synth;
use joblens_core::text::Decoder;
use joblens_core::{
    parse, parse_threads, parse_threads_in_batches, salary, Currency, Education, Filters, Parser, Tier,
};
use proptest::prelude::*;

/// Text built from pieces that stress the parser: markdown structure, salary and headcount shapes, fullwidth,
/// private-use digits, zero-width and RTL marks, CR/CRLF line ends, and arbitrary characters.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("### ".to_string()),
        Just("## 企业 1000人+\n".to_string()),
        Just("---\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n".to_string()),
        Just("20-40K·14薪".to_string()),
        Just("1.5-2万/月".to_string()),
        Just("$180-220k".to_string()),
        Just("€60.000/year".to_string()),
        Just("30*16".to_string()),
        Just("面议".to_string()),
        Just("公司规模 50-150人".to_string()),
        Just("3年以上".to_string()),
        Just("本科".to_string()),
        Just("Ｐｙｔｈｏｎ".to_string()),
        Just("爬虫".to_string()),
        Just("熟悉微服务".to_string()),
        Just("\u{E031}\u{E038}".to_string()),
        Just("\u{200B}\u{202E}\u{FEFF}".to_string()),
        Just("C/C++".to_string()),
        Just("腾讯-".to_string()),
        Just("99999999999999999999K".to_string()),
        Just("40-20K".to_string()),
        Just("nrp 14 days ago | prev | next [–]\n".to_string()),
        Just("reply\n".to_string()),
        Just("octocat commented on Jun 1, 2024\n".to_string()),
        Just("#12 livid 3 小时前\n".to_string()),
        Just("\t".to_string()),
        Just(",".to_string()),
        Just("\"".to_string()),
        Just("{\"jobname\": \"Go\", \"salary\": \"1-2万\"}\n".to_string()),
        Just("| 公司 | 职位 | 薪资 |\n| --- | --- | --- |\n".to_string()),
        Just("滴滴 | [Android](./a.md) | 20-40k，13-15薪\n".to_string()),
        Just("Acme GmbH • Berlin, Germany\n".to_string()),
        Just("工作职责：\n".to_string()),
        Just("25-35K·13薪\n".to_string()),
        Just("北京·海淀区·中关村\n".to_string()),
        Just("互联网 A轮 1000-9999人\n".to_string()),
        Just("工作地点：北京\n".to_string()),
        Just("## 招聘 1\n".to_string()),
        Just("# 職務說明\n".to_string()),
        Just("- 岗位：后端工程师\n".to_string()),
        Just("pythonceleryredisdjango\n".to_string()),
        Just("#### Bei Jing\n".to_string()),
        Just("\nAcme | Backend Engineer | Louisville KY | $120k\n".to_string()),
        Just("工作经验：1年\n".to_string()),
        Just("**1. 星河（上海） — Java开发，13-26k，上海**\n".to_string()),
        Just("- [北京-星河-前端（18-30k）](/a.md)\n".to_string()),
        Just("15k-25k 经验3-5年 / 大专\n09:32发布\n".to_string()),
        "\\PC{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Text that opens as one of the shapes a paste can have (a table, JSON records, a thread, cards), then goes on
/// with messy pieces, so that every reader meets broken and mixed input.
fn shaped_text() -> impl Strategy<Value = String> {
    let head = prop_oneof![
        Just("职位\t薪资\t城市\t经验\n".to_string()),
        Just("title,company,salary,city\n".to_string()),
        Just("[{\"title\": \"Go\\n开发\", \"salary\": \"20-30K\"},\n".to_string()),
        Just("{\"jobname\": \"Py\", \"name\": \"Acme\"}\n".to_string()),
        Just(
            "[{\"title\": \"IT\", \"info_list\": [{\"name\": \"Go\", \"salary\": \"8-10K\", \"companyName\": \"A\"},\n"
                .to_string()
        ),
        Just("Ask HN: Who is hiring?\nnrp 14 days ago | next [–]\n\n".to_string()),
        Just("Python 工程师\n12-18K\n北京·海淀区\n1-3年 本科\n智慧星光\n互联网 A轮 1000-9999人\n".to_string()),
        Just("招聘岗位\n\n.Net 开发工程师\n\n工作职责：\n1、开发\n".to_string()),
        Just("星河科技 社会招聘\n\n后端工程师\n工作地点：北京\n薪资：20-30K\n".to_string()),
        Just("# 本周招聘汇总\n\n## 招聘 1\n\n星河科技 招聘 Python 后端工程师，25-35K\n\n## 星河科技\n".to_string()),
        Just("Datafuse | 数据库讲师 | 远程 | 20-40K\n负责课程\n\nAcme | Go Engineer | Berlin | €70k\n".to_string()),
    ];
    (head, messy_text(), messy_text()).prop_map(|(h, a, b)| format!("{h}{a}\n{b}"))
}

fn check_spans(text: &str) {
    let parsed = parse(text);
    let ok = |s: joblens_core::Span| {
        (s.start as usize) <= (s.end as usize)
            && (s.end as usize) <= text.len()
            && text.is_char_boundary(s.start as usize)
            && text.is_char_boundary(s.end as usize)
    };
    let lines = text.split(['\n']).count().max(1) as u32 + text.matches('\r').count() as u32;
    for p in &parsed.postings {
        assert!(ok(p.span), "posting span");
        assert!(p.line >= 1 && p.line <= lines, "posting line {} of {lines}", p.line);
        for s in [p.company, p.title].into_iter().flatten() {
            assert!(ok(s), "name span");
            assert!(!s.of(text).trim().is_empty(), "names are never blank");
        }
        if let Some(sal) = p.salary {
            assert!(ok(sal.raw));
            if let (Some(a), Some(b)) = (sal.min, sal.max) {
                assert!(a <= b && a.is_finite() && b.is_finite());
            }
        }
        for m in &p.matches {
            assert!(ok(m.span), "match span");
            assert!(m.line >= p.line);
        }
    }
    for d in &parsed.diagnostics {
        assert!(d.line >= 1 && !d.message.is_empty());
    }
}

/// Every shape at a size where each thread gets many segments: the generated corpus and pastes, the default corpus.
#[test]
fn parsing_on_threads_equals_parsing_at_once_on_every_shape() {
    let mut texts = vec![joblens_core::DEFAULT_CORPUS.to_string(), synth::corpus(400, 3)];
    texts.extend(synth::Paste::ALL.map(|shape| synth::paste(shape, 300, 5)));
    for text in &texts {
        let once = parse(text);
        for threads in [1, 2, 3, 8] {
            assert_eq!(
                parse_threads(text, threads),
                once,
                "{threads} threads, text starting {:?}",
                text.chars().take(30).collect::<String>()
            );
            // Many batches: each thread takes some while segmentation goes on.
            for batch in [1, 4096] {
                assert_eq!(
                    parse_threads_in_batches(text, threads, batch),
                    once,
                    "{threads} threads, batches of {batch} bytes, text starting {:?}",
                    text.chars().take(30).collect::<String>()
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_and_spans_are_sound(text in messy_text()) {
        check_spans(&text);
    }

    #[test]
    fn parse_never_panics_on_any_string(text in any::<String>()) {
        check_spans(&text);
    }

    #[test]
    fn shaped_pastes_never_panic_and_spans_are_sound(text in shaped_text()) {
        check_spans(&text);
    }

    #[test]
    fn shaped_pastes_in_slices_equal_parsing_at_once(text in shaped_text(), budget in 1usize..64) {
        let mut p = Parser::new();
        while !p.step(&text, budget) {}
        prop_assert_eq!(p.finish(&text), parse(&text));
    }

    #[test]
    fn parsing_on_threads_equals_parsing_at_once(
        text in shaped_text(),
        more in messy_text(),
        threads in 1usize..5,
        batch in 1usize..256,
    ) {
        let text = format!("{more}\n{text}");
        prop_assert_eq!(parse_threads(&text, threads), parse(&text));
        prop_assert_eq!(parse_threads_in_batches(&text, threads, batch), parse(&text));
    }

    #[test]
    fn parsing_in_slices_equals_parsing_at_once(text in messy_text(), budget in 1usize..64) {
        let mut p = Parser::new();
        while !p.step(&text, budget) {}
        prop_assert_eq!(p.finish(&text), parse(&text));
    }

    #[test]
    fn decoding_in_pieces_equals_lossy_decoding_at_once(
        bytes in prop::collection::vec(prop_oneof![any::<u8>(), 0x80u8..0xC0, 0xE0u8..0xF5], 0..200),
        cuts in prop::collection::vec(0usize..200, 0..8),
    ) {
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(bytes.len())).collect();
        cuts.sort_unstable();
        let mut decoder = Decoder::default();
        let mut from = 0;
        for cut in cuts.into_iter().chain([bytes.len()]) {
            decoder.push(&bytes[from..cut]);
            from = cut;
        }
        let (text, replaced) = decoder.finish();
        prop_assert_eq!(&text, &String::from_utf8_lossy(&bytes));
        prop_assert_eq!(replaced, std::str::from_utf8(&bytes).is_err());
    }

    #[test]
    fn salary_reader_never_panics(s in "\\PC{0,40}") {
        let _ = salary::read(&s);
    }

    #[test]
    fn query_decoder_never_panics(q in "[a-z=&%,+0-9A-F<#.-]{0,60}|\\PC{0,60}") {
        let (view, _warnings) = decode_query(&q);
        // Whatever was read encodes to a query that reads back the same.
        let (again, warnings) = decode_query(&encode_query(&view));
        prop_assert!(warnings.is_empty());
        prop_assert_eq!(again, view);
    }

    #[test]
    fn data_decoder_never_panics(s in "v1\\.[A-Za-z0-9_-]{0,80}|\\PC{0,40}") {
        let _ = decode_data(&s);
    }

    #[test]
    fn data_round_trips(text in any::<String>()) {
        prop_assert_eq!(decode_data(&encode_data(&text)), Ok(text));
    }

    #[test]
    fn views_round_trip(
        tiers in prop::sample::subsequence(Tier::ALL.to_vec(), 0..=4),
        all in prop::collection::vec(0u16..90, 0..4),
        q in "\\PC{0,20}",
        salary in prop::option::of((prop::option::of(0u32..200), prop::option::of(200u32..400))),
        exp in prop::option::of((0u8..=100).prop_map(|h| f32::from(h) / 2.0)),
        edu in prop::option::of(prop::sample::select(Education::ALL.to_vec())),
        annual in prop::option::of(any::<bool>()),
        currency in prop::option::of(prop::sample::select(vec![Currency::Cny, Currency::Usd, Currency::Eur, Currency::Jpy])),
        lang in prop::option::of(prop::sample::select(vec![Lang::Zh, Lang::En])),
        cities in prop::collection::btree_set(prop::sample::select(vec!["Shanghai", "北京", "New York", "München", "Washington, DC", "São Paulo"]), 0..4),
        remote in prop::sample::subsequence(vec!["remote", "hybrid", "onsite"], 0..=3),
    ) {
        let mut all_dedup: Vec<u16> = Vec::new();
        for id in all {
            if !all_dedup.contains(&id) { all_dedup.push(id); }
        }
        let salary = salary
            .filter(|(lo, hi)| lo.is_some() || hi.is_some())
            .map(|(lo, hi)| (lo.map(f64::from), hi.map(f64::from)));
        let view = View {
            filters: Filters {
                tiers,
                all: all_dedup,
                q: q.trim().to_string(),
                salary,
                exp,
                edu,
                city: cities.into_iter().map(Into::into).collect(),
                remote: remote.into_iter().map(Into::into).collect(),
                pay: PayChoice { currency, annual },
                ..Filters::default()
            },
            lang,
        };
        let (back, warnings) = decode_query(&encode_query(&view));
        prop_assert!(warnings.is_empty(), "{:?}", warnings);
        prop_assert_eq!(back, view);
    }
}
