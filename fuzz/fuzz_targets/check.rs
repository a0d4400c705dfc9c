//! What every parser fuzz target checks: no panic, every span of every posting inside the text on char
//! boundaries, and parsing in slices or on several threads equal to parsing at once.

use joblens_core::{parse, parse_threads_in_batches, Parsed, Parser};

pub fn spans_fit_and_slices_agree(text: &str, slice: usize) -> Parsed {
    let parsed = parse(text);
    for p in &parsed.postings {
        let named = [Some(p.span), p.company, p.title, p.salary.map(|s| s.raw), p.location, p.stage, p.industry];
        for s in named.into_iter().flatten().chain(p.matches.iter().map(|m| m.span)) {
            assert!(s.start <= s.end && (s.end as usize) <= text.len(), "span {s:?} outside the text");
            assert!(text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize));
        }
        assert!(p.line >= 1, "line numbers start at 1");
    }
    let mut sliced = Parser::new();
    while !sliced.step(text, slice.max(1)) {}
    assert_eq!(sliced.finish(text), parsed, "parsing in slices of {slice} differs");
    // Batches of the slice's size, so that a fuzz input is handed on in several.
    assert_eq!(parse_threads_in_batches(text, 3, slice.max(1)), parsed, "parsing on three threads differs");
    parsed
}
