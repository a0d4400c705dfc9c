//! The parser on arbitrary bytes (as text, lossily): never panics, spans stay inside the text on char
//! boundaries, slicing gives the same result, and the statistics over the result compute.
#![no_main]

#[path = "check.rs"]
mod check;

use joblens_core::{stats, Dataset, Filters};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = check::spans_fit_and_slices_agree(&text, 7);
    let ds = Dataset::new("fuzz", text.into_owned(), parsed);
    let _ = stats::compute(&ds, &Filters::default());
});
