//! The URL query decoder on arbitrary text: never panics, and what it reads encodes to a query that reads back
//! the same view without warnings.
#![no_main]

use joblens_core::share::{decode_query, encode_query};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let (view, _) = decode_query(&query);
    let (again, warnings) = decode_query(&encode_query(&view));
    assert!(warnings.is_empty());
    assert_eq!(again, view);
});
