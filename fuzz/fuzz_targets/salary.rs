//! The salary reader on arbitrary text: never panics; what it reads is ordered and finite.
#![no_main]

use joblens_core::salary::{read, Found};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(Found::Salary(s)) = read(&text) {
        if let (Some(a), Some(b)) = (s.min, s.max) {
            assert!(a.is_finite() && b.is_finite() && a <= b);
        }
        assert!((s.raw.end as usize) <= text.len());
    }
});
