//! The `#data=` decoder on arbitrary text (and on arbitrary deflate streams behind a valid prefix): never panics,
//! never inflates past its limit.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use joblens_core::share::{decode_data, MAX_INFLATED};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let value = String::from_utf8_lossy(data);
    if let Ok(text) = decode_data(&value) {
        assert!(text.len() <= MAX_INFLATED);
    }
    // The same bytes as a payload: exercises the inflater rather than the base64 check.
    let payload = format!("v1.{}", URL_SAFE_NO_PAD.encode(data));
    if let Ok(text) = decode_data(&payload) {
        assert!(text.len() <= MAX_INFLATED);
    }
});
