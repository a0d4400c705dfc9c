//! The parser on arbitrary bytes (as text, lossily): never panics, spans stay inside the text on char
//! boundaries, slicing gives the same result, and the statistics over the result compute.
#![no_main]

use joblens_core::{parse, stats, Dataset, Filters, Parser};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = parse(&text);
    for p in &parsed.postings {
        let names = [Some(p.span), p.company, p.title, p.salary.map(|s| s.raw)].into_iter().flatten();
        for s in names.chain(p.matches.iter().map(|m| m.span)) {
            assert!(s.start <= s.end && (s.end as usize) <= text.len());
            assert!(text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize));
        }
    }
    let mut sliced = Parser::new();
    while !sliced.step(&text, 7) {}
    assert_eq!(sliced.finish(&text), parsed);
    let ds = Dataset::new("fuzz", text.into_owned(), parsed);
    let _ = stats::compute(&ds, &Filters::default());
});
