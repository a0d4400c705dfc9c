//! Text utilities shared by the parser: width folding with an offset map back to the original text, line
//! splitting that accepts LF, CRLF and lone CR, and the character classes the boundary rules use.

use std::borrow::Cow;

/// Text folded for matching (fullwidth letters, digits and `+#./-` → ASCII, ideographic space → space, zero-width
/// and bidi controls removed), with a way back from every folded offset to the original one. Fullwidth
/// punctuation such as `，：（）` stays: it is a boundary either way, and Chinese text is full of it. Decoded
/// table cells (`markup`) keep the same kind of map.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Folded<'a> {
    pub(crate) text: Cow<'a, str>,
    /// Sparse offset map: from folded offset `at` on, original = folded + `delta`. Sorted; empty when nothing
    /// changed. (Chinese text folds often, `，` is fullwidth, so a per-byte map would cost more than the scan.)
    shifts: Vec<(u32, u32)>,
}

impl<'a> Folded<'a> {
    /// `s` as it is, for text with nothing to fold.
    pub(crate) fn unchanged(s: &'a str) -> Folded<'a> {
        Folded { text: Cow::Borrowed(s), shifts: Vec::new() }
    }

    /// Text rewritten from an original that was never shorter, with its map (`shifts` as above).
    pub(crate) fn rewritten(text: String, shifts: Vec<(u32, u32)>) -> Folded<'static> {
        Folded { text: Cow::Owned(text), shifts }
    }

    /// The original byte offset of folded byte offset `i`.
    pub(crate) fn orig(&self, i: usize) -> usize {
        let k = self.shifts.partition_point(|&(at, _)| at as usize <= i);
        if k == 0 {
            i
        } else {
            i + self.shifts[k - 1].1 as usize
        }
    }

    /// The original end offset of a folded range ending at `i` (exclusive): the end of the original character
    /// that folded byte `i - 1` came from, so removed characters after it are not included.
    pub(crate) fn orig_end(&self, original: &str, i: usize) -> usize {
        if self.shifts.is_empty() || i == 0 {
            return i;
        }
        // Folded byte `i - 1` may be the last byte of an unchanged multi-byte character (`爬虫`), or a folded
        // character's only byte (`ｎ` → `n`): either way its original character ends at the next boundary.
        let mut end = self.orig(i - 1) + 1;
        while !original.is_char_boundary(end) {
            end += 1;
        }
        end
    }
}

/// What a character folds to for matching: `Some(Some(c))` replaced, `Some(None)` removed, `None` unchanged.
fn fold_char(c: char) -> Option<Option<char>> {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '＋' | '＃' | '．' | '／' | '－' => {
            Some(char::from_u32(c as u32 - 0xFEE0))
        }
        '\u{3000}' => Some(Some(' ')),
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' => {
            Some(None)
        }
        '\u{FEFF}' => Some(None),
        _ => None,
    }
}

/// Every character `fold` changes.
pub(crate) fn foldable_chars() -> impl Iterator<Item = char> {
    // The ranges of `fold_char`, walked in full: its test below keeps the two in step.
    ['\u{200B}'..='\u{206F}', '\u{3000}'..='\u{3000}', '\u{FEFF}'..='\u{FF5A}']
        .into_iter()
        .flatten()
        .filter(|&c| fold_char(c).is_some())
}

/// Folds `s` for matching; borrows when there is nothing to fold. Only the lead bytes 0xE2, 0xE3 and 0xEF can
/// start a character that folds, so the text is searched for those (SIMD) and copied in runs between them.
pub(crate) fn fold(s: &str) -> Folded<'_> {
    let mut out: Option<String> = None;
    let mut shifts = Vec::new();
    let mut delta = 0u32;
    let mut copied = 0;
    let bytes = s.as_bytes();
    for i in memchr::memchr3_iter(0xE2, 0xE3, 0xEF, bytes) {
        // Most hits are CJK punctuation that stays as it is: rule those out on the bytes, without decoding.
        let (b1, b2) = (bytes.get(i + 1).copied().unwrap_or(0), bytes.get(i + 2).copied().unwrap_or(0));
        let may_fold = match bytes[i] {
            0xE2 => b1 == 0x80 || b1 == 0x81,
            0xE3 => b1 == 0x80 && b2 == 0x80,
            // U+FEFF is EF BB BF; fullwidth `#+-./`, digits and A–Z are EF BC 83–BA; a–z EF BD 81–9A.
            _ => {
                (b1 == 0xBC && (0x83..=0xBA).contains(&b2)) || (b1 == 0xBD && (0x81..=0x9A).contains(&b2)) || b1 == 0xBB
            }
        };
        if !may_fold {
            continue;
        }
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else { continue };
        let Some(folded) = fold_char(c) else { continue };
        let buf = out.get_or_insert_with(|| String::with_capacity(s.len()));
        buf.push_str(&s[copied..i]);
        if let Some(f) = folded {
            buf.push(f);
        }
        delta += (c.len_utf8() - folded.map_or(0, char::len_utf8)) as u32;
        shifts.push((buf.len() as u32, delta));
        copied = i + c.len_utf8();
    }
    match out {
        None => Folded { text: Cow::Borrowed(s), shifts },
        Some(mut buf) => {
            buf.push_str(&s[copied..]);
            Folded { text: Cow::Owned(buf), shifts }
        }
    }
}

/// The lower case of `c` in the scripts postings are written in: Latin (ASCII, Latin-1, Extended-A, the Vietnamese
/// letters of Extended Additional), Greek, Cyrillic, Armenian and the fullwidth Latin capitals. Any other letter
/// stays as it is. `char::to_lowercase` would bring core's case tables for all of Unicode into the wasm (13.8
/// KB gzipped with `to_uppercase`'s, docs/size.md); a unit test checks this table against them.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let to = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F | 0xFF21..=0xFF3A => {
            u + 32
        }
        0x130 => 0x69,
        0x178 => 0xFF,
        0x100..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF | 0x460..=0x481 | 0x48A..=0x4BF
            if u % 2 == 0 =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x400..=0x40F => u + 80,
        0x531..=0x556 => u + 48,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

/// The upper case of `c`, for the letters `lower` knows (`ß` and the other letters whose capital is two letters stay
/// as they are).
pub fn upper(c: char) -> char {
    let u = c as u32;
    let to = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F | 0xFF41..=0xFF5A => {
            u - 32
        }
        0xFF => 0x178,
        0x131 => 0x49,
        0x101..=0x137 | 0x14B..=0x177 | 0x1E01..=0x1E95 | 0x1EA1..=0x1EFF | 0x461..=0x481 | 0x48B..=0x4BF
            if u % 2 == 1 =>
        {
            u - 1
        }
        0x13A..=0x148 | 0x17A..=0x17E if u % 2 == 0 => u - 1,
        0x3C2 => 0x3A3,
        0x3AC => 0x386,
        0x3AD..=0x3AF => u - 37,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => u - 63,
        0x450..=0x45F => u - 80,
        0x561..=0x586 => u - 48,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

/// `s` in lower case, by `lower`.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().map(lower));
    out
}

/// Folds a short string for comparisons (search, names): width folding plus lowercase.
pub(crate) fn fold_lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        };
        match fold_char(c) {
            None => out.push(lower(c)),
            Some(Some(f)) => out.push(lower(f)),
            Some(None) => {}
        }
    }
    out
}

/// One line of text: `start..end` excludes the terminator, `next` is where the following line starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) next: usize,
}

/// The line starting at byte `start` of `s` (LF, CRLF and lone CR all end a line).
pub(crate) fn line_at(s: &str, start: usize) -> Line {
    let bytes = s.as_bytes();
    if bytes.get(start) == Some(&b'\n') {
        // A blank line, as every other line of a markdown paste is: no search to set up.
        return Line { start, end: start, next: start + 1 };
    }
    match line_end(&bytes[start..]) {
        None => Line { start, end: s.len(), next: s.len() },
        Some(i) => {
            let end = start + i;
            let next = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') { end + 2 } else { end + 1 };
            Line { start, end, next }
        }
    }
}

/// The offset of the first `\n` or `\r` in `bytes`, eight bytes at a time. In wasm (no SIMD) memchr reads four
/// bytes at a time and takes one call with set-up per line: this made line splitting a third as costly in the
/// page's parse. Natively memchr's vector search is the faster (a markdown parse +2%, medians of 21 alternated runs).
pub(crate) fn line_end(bytes: &[u8]) -> Option<usize> {
    if cfg!(target_arch = "wasm32") {
        line_end_by_words(bytes)
    } else {
        memchr::memchr2(b'\n', b'\r', bytes)
    }
}

fn line_end_by_words(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let v = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        // The high bit of each byte below 0x0E (tab to CR), and possibly of bytes after the first: the lowest
        // is exact. One test for both breaks; the rare tab or form feed is stepped over.
        let low = v.wrapping_sub(ONES * 0x0E) & !v & HIGH;
        if low == 0 {
            i += 8;
            continue;
        }
        let at = i + (low.trailing_zeros() / 8) as usize;
        if matches!(bytes[at], b'\n' | b'\r') {
            return Some(at);
        }
        i = at + 1;
    }
    bytes[i..].iter().position(|&b| b == b'\n' || b == b'\r').map(|p| i + p)
}

/// Whether `needle` occurs in `hay`, ignoring ASCII case, for the short texts around a match: `str::contains`
/// sets up a two-way searcher on every call, which cost more than the search (4% of the page's parse), and a
/// lowercased copy to search in costs an allocation.
/// Natively the first byte is found by memchr's vector search (the context words of every years and degree match:
/// −0.7% of a markdown parse's instructions); wasm, without SIMD, keeps the byte loop.
pub(crate) fn has(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    if cfg!(target_arch = "wasm32") {
        return has_by_windows(hay, needle);
    }
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let Some(last) = hay.len().checked_sub(needle.len()) else {
        return false;
    };
    memchr::memchr2_iter(lower, upper, &hay[..=last]).any(|i| hay[i + 1..i + needle.len()].eq_ignore_ascii_case(rest))
}

fn has_by_windows(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    hay.windows(needle.len()).any(|w| (w[0] == lower || w[0] == upper) && w[1..].eq_ignore_ascii_case(rest))
}

/// Whether `needle` occurs in `hay`, as `str::contains` says, for short texts: without the two-way searcher that
/// `str::contains` sets up on every call, which costs more than searching a few words.
pub(crate) fn contains_short(hay: &str, needle: &str) -> bool {
    rfind_short(hay, needle).is_some()
}

/// Where `needle` last occurs in `hay`, as `str::rfind` says, for short texts (see `contains_short`). A match of
/// whole UTF-8 characters can only start at a character boundary, so comparing bytes finds what `rfind` finds.
pub(crate) fn rfind_short(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return Some(hay.len());
    };
    let last = hay.len().checked_sub(needle.len())?;
    (0..=last).rev().find(|&i| hay[i] == first && hay[i..].starts_with(needle))
}

/// Iterates the lines of `s`.
pub fn lines(s: &str) -> impl Iterator<Item = Line> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= s.len() {
            return None;
        }
        let line = line_at(s, pos);
        pos = line.next;
        Some(line)
    })
}

/// Latin letters and digits: what a Latin skill name must not touch on either side.
pub(crate) fn is_latin_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric() || (('\u{00C0}'..='\u{024F}').contains(&c) && c.is_alphabetic())
}

/// CJK ideographs (the unified blocks and their extensions in the BMP).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Private-use characters: site fonts map digits to these to stop scraping.
pub(crate) fn is_private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}')
}

/// The character before byte offset `i`, if any.
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|h| h.chars().next_back())
}

/// The character at byte offset `i`, if any.
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}

/// Trims whitespace (including the ideographic space), zero-width and bidi controls, and markdown emphasis markers
/// from both ends of a span of `s`, returning the trimmed byte range, or `None` when nothing is left.
pub(crate) fn trim_span(s: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let piece = s.get(start..end)?;
    let junk = |c: char| {
        c.is_whitespace() || matches!(c, '*' | '_' | '|' | '｜' | '·' | ':' | '：') || fold_char(c) == Some(None)
    };
    let left = piece.len() - piece.trim_start_matches(junk).len();
    let right = piece.trim_end_matches(junk).len();
    (left < right).then_some((start + left, start + right))
}

/// Bytes to text, a piece at a time (a large file is read in chunks so that no step holds the page): invalid
/// UTF-8 becomes U+FFFD exactly as `String::from_utf8_lossy` does, a character cut between two pieces is joined,
/// and characters that are not text are counted so that a binary file can be refused.
#[derive(Default)]
pub struct Decoder {
    text: String,
    /// The start of a character cut by the end of the last piece (at most 3 bytes).
    carry: Vec<u8>,
    replaced: bool,
    chars: usize,
    junk: usize,
}

impl Decoder {
    pub fn with_capacity(bytes: usize) -> Decoder {
        Decoder { text: String::with_capacity(bytes), ..Decoder::default() }
    }

    pub fn push(&mut self, mut bytes: &[u8]) {
        while !self.carry.is_empty() {
            let Some((&b, rest)) = bytes.split_first() else { return };
            bytes = rest;
            self.carry.push(b);
            // Still the start of a character: wait for more. Else it is whole or cannot become one.
            if !matches!(std::str::from_utf8(&self.carry), Err(e) if e.error_len().is_none()) {
                let carry = std::mem::take(&mut self.carry);
                self.take_lossy(&carry);
            }
        }
        self.take_lossy(bytes);
    }

    /// Takes `bytes`, replacing invalid sequences; an incomplete character at the end is carried.
    fn take_lossy(&mut self, mut bytes: &[u8]) {
        loop {
            match std::str::from_utf8(bytes) {
                Ok(s) => return self.take(s),
                Err(e) => {
                    let (good, rest) = bytes.split_at(e.valid_up_to());
                    self.take(std::str::from_utf8(good).unwrap_or_default());
                    let Some(bad) = e.error_len() else {
                        self.carry.extend_from_slice(rest);
                        return;
                    };
                    self.take("\u{FFFD}");
                    self.replaced = true;
                    bytes = &rest[bad..];
                }
            }
        }
    }

    fn take(&mut self, s: &str) {
        for c in s.chars() {
            self.chars += 1;
            self.junk += usize::from(c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')));
        }
        self.text.push_str(s);
    }

    /// Whether most of what was read is not text (a binary file): replaced bytes and control characters make
    /// up more than a quarter of it.
    pub fn looks_binary(&self) -> bool {
        self.junk * 4 > self.chars.max(1)
    }

    /// The text, and whether any bytes were replaced.
    pub fn finish(mut self) -> (String, bool) {
        if !self.carry.is_empty() {
            self.take("\u{FFFD}");
            self.replaced = true;
        }
        (self.text, self.replaced)
    }
}

/// A decimal read digit by digit (no string to collect it in): exact for up to 15 significant digits (one
/// division of exact integers), and small: `str::parse::<f64>` brings the general algorithm and its tables into
/// the wasm.
#[derive(Default)]
pub(crate) struct Decimal {
    mantissa: u64,
    digits: usize,
    /// How many of the digits come after the point.
    pub(crate) decimals: usize,
}

impl Decimal {
    /// Appends a digit (0–9).
    pub(crate) fn push(&mut self, digit: u8) {
        self.digits += 1;
        if self.digits <= 15 {
            self.mantissa = self.mantissa * 10 + u64::from(digit);
        }
    }

    /// The value, or `None` with no digit or more than 15.
    pub(crate) fn value(&self) -> Option<f64> {
        (1..=15).contains(&self.digits).then(|| self.mantissa as f64 / 10f64.powi(self.decimals as i32))
    }
}

/// Parses a plain decimal (`15`, `1.5`, `.5`): digits with at most one point, no sign or exponent; see `Decimal`.
pub fn parse_num(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut num = Decimal { decimals: frac.len(), ..Decimal::default() };
    int.bytes().chain(frac.bytes()).for_each(|b| num.push(b - b'0'));
    num.value()
}

/// Formats a number with at most `decimals` decimals and no trailing zeros (`20000`, `1.5`, `-3`), without the
/// float formatting machinery of `std::fmt` (which adds tens of KB to the wasm).
pub fn fmt_num(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return "?".into();
    }
    let scale = 10u64.pow(decimals.min(6));
    let scaled = (v.abs() * scale as f64).round();
    if scaled >= 9e15 {
        return if v < 0.0 { "-∞".into() } else { "∞".into() };
    }
    let scaled = scaled as u64;
    let sign = if v < 0.0 && scaled > 0 { "-" } else { "" };
    let (int, frac) = (scaled / scale, scaled % scale);
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let width = decimals.min(6) as usize;
    let frac = format!("{frac:0width$}");
    format!("{sign}{int}.{}", frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_tables_agree_with_core_where_they_map_and_cover_the_posting_scripts() {
        let one = |v: Vec<char>| (v.len() == 1).then(|| v[0]);
        let scripts = [
            0x20..=0x17F,
            0x386..=0x3CE,
            0x400..=0x481,
            0x48A..=0x4BF,
            0x531..=0x586,
            0x1E00..=0x1E95,
            0x1EA0..=0x1EFF,
            0xFF21..=0xFF5A,
        ];
        for s in ["NEW York", "São PAULO", "ΑΘΗΝΑ", "МОСКВА", "ＰＹＴＨＯＮ", "上海 SHANGHAI", ""] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let core = (one(c.to_lowercase().collect()), one(c.to_uppercase().collect()));
            // Where this maps, core maps the same (`İ`, whose lower case in core is `i` and a combining dot, to `i`).
            if lower(c) != c && c != 'İ' {
                assert_eq!(core.0, Some(lower(c)), "lower({c:?})");
            }
            if upper(c) != c {
                assert_eq!(core.1, Some(upper(c)), "upper({c:?})");
            }
            // In the posting scripts, every one-letter mapping core has, this has too (`µ` and `ſ` excepted: their
            // capitals are `Μ` and `S`; and `İ`, above).
            if scripts.iter().any(|r| r.contains(&(c as u32))) && !matches!(c, 'µ' | 'ſ' | 'İ') {
                assert_eq!(core.0.unwrap_or(c), lower(c), "lower({c:?})");
                assert_eq!(core.1.unwrap_or(c), upper(c), "upper({c:?})");
            }
        }
    }

    #[test]
    fn has_agrees_with_contains_on_lowercase() {
        for hay in ["", "a", "经验3年", "at least 3 years", "At LEAST", "EMPLOYEES", "aaab"] {
            for needle in ["", "a", "ab", "aab", "经验", "年", "least", "employees", "s", "x"] {
                let expected = hay.to_ascii_lowercase().contains(needle);
                assert_eq!(has(hay, needle), expected, "{hay:?} {needle:?}");
                assert_eq!(has_by_windows(hay.as_bytes(), needle.as_bytes()), expected, "{hay:?} {needle:?}");
            }
        }
    }

    #[test]
    fn line_end_finds_the_first_line_break() {
        // Every position of a break in every length around the 8-byte chunks, with other breaks after it and
        // bytes that differ from the breaks by one bit (a carry trap for the zero-byte trick).
        for len in 0..40 {
            for at in 0..=len {
                for (brk, after) in [(b'\n', b'\r'), (b'\r', b'\n')] {
                    let mut b: Vec<u8> = (0..len).map(|i| [b'a', 0x0B, b'\t', 0x8A, 0x00, 0x0E][i % 6]).collect();
                    if at < len {
                        b[at] = brk;
                        for j in (at + 1..len).step_by(3) {
                            b[j] = after;
                        }
                    }
                    let want = b.iter().position(|&c| c == b'\n' || c == b'\r');
                    assert_eq!(line_end(&b), want, "{b:?}");
                    assert_eq!(line_end_by_words(&b), want, "{b:?}");
                }
            }
        }
    }

    #[test]
    fn foldable_chars_are_every_char_fold_changes() {
        let all: Vec<char> = (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| fold_char(c).is_some()).collect();
        assert_eq!(foldable_chars().collect::<Vec<_>>(), all);
        assert_eq!(all.len(), 88);
    }

    #[test]
    fn fold_maps_offsets_back() {
        let s = "熟悉Ｒｅｄｉｓ\u{200B}和Go";
        let f = fold(s);
        assert_eq!(f.text, "熟悉Redis和Go");
        let r = f.text.find("Redis").unwrap();
        assert_eq!(&s[f.orig(r)..f.orig_end(s, r + 5)], "Ｒｅｄｉｓ");
        let g = f.text.find("Go").unwrap();
        assert_eq!(&s[f.orig(g)..f.orig_end(s, g + 2)], "Go");
        assert_eq!(f.orig(f.text.len()), s.len());
        // A match that ends in a multi-byte character after a folded one (the synthetic 10 MB corpus found it).
        let s = "２年ｗｅｂ爬虫经验";
        let f = fold(s);
        let c = f.text.find("爬虫").unwrap();
        assert_eq!(&s[f.orig(c)..f.orig_end(s, c + "爬虫".len())], "爬虫");
    }

    #[test]
    fn fold_borrows_plain_text() {
        let f = fold("熟悉“Python”—和Django…");
        assert!(matches!(f.text, Cow::Borrowed(_)));
    }

    #[test]
    fn numbers_without_std_float_machinery() {
        for (s, v) in [("15", 15.0), ("1.5", 1.5), ("1.2", 1.2), (".5", 0.5), ("007", 7.0), ("110000", 110000.0)] {
            assert_eq!(parse_num(s), Some(v), "{s}");
            assert_eq!(parse_num(s), s.parse::<f64>().ok(), "{s} as std reads it");
        }
        for s in ["", ".", "1.2.3", "-1", "1e3", "abc", "1234567890123456"] {
            assert_eq!(parse_num(s), None, "{s}");
        }
        assert_eq!(fmt_num(20000.0, 2), "20000");
        assert_eq!(fmt_num(1.25, 1), "1.3");
        assert_eq!(fmt_num(12.5, 2), "12.5");
        assert_eq!(fmt_num(-3.0, 1), "-3");
        assert_eq!(fmt_num(0.001, 2), "0");
        assert_eq!(fmt_num(f64::NAN, 2), "?");
    }

    #[test]
    fn lines_accept_every_terminator() {
        let s = "a\r\nb\rc\nd";
        let got: Vec<&str> = lines(s).map(|l| &s[l.start..l.end]).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
        assert_eq!(lines("").count(), 0);
        assert_eq!(lines("x\n").count(), 1);
    }

    #[test]
    fn decoder_joins_characters_cut_between_pieces_and_replaces_bad_bytes() {
        let bytes = "薪资 20-40K".as_bytes();
        let mut d = Decoder::default();
        for b in bytes {
            d.push(std::slice::from_ref(b));
        }
        assert!(!d.looks_binary());
        assert_eq!(d.finish(), ("薪资 20-40K".to_string(), false));

        let mut d = Decoder::default();
        d.push(b"ok \xE8\x96");
        d.push(b"\xFF end \xE8");
        assert_eq!(d.finish(), ("ok \u{FFFD}\u{FFFD} end \u{FFFD}".to_string(), true));
    }

    #[test]
    fn decoder_tells_binary_from_text_with_a_few_bad_bytes() {
        let mut d = Decoder::default();
        d.push(&(0u8..=255).cycle().take(4096).collect::<Vec<u8>>());
        assert!(d.looks_binary());
        let mut d = Decoder::default();
        d.push("Python 后端 25-35K\n".repeat(50).as_bytes());
        d.push(b"\xFF\xFE");
        assert!(!d.looks_binary());
        assert!(d.finish().1);
    }

    #[test]
    fn trim_span_drops_markdown_and_spaces() {
        let s = "　**15-20K** ";
        let (a, b) = trim_span(s, 0, s.len()).unwrap();
        assert_eq!(&s[a..b], "15-20K");
        assert_eq!(trim_span(" ** ", 0, 4), None);
    }
}
