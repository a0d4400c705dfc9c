//! A table cell's text as a reader sees it: JSON string escapes, CSV's doubled quotes and HTML (tags dropped,
//! `<br>`, `<p>`, `<li>`, `<div>` and `<tr>` read as line breaks, numeric and common named entities decoded). Each
//! decoding keeps the offset map back to the paste that width folding keeps (`text::Folded`), and two decodings
//! compose, so a skill found in a scraped JSON description still points at the bytes it was read from.

use crate::text::Folded;

/// Builds decoded text and its offset map: runs copied as they are, and pieces that replace a longer original.
#[derive(Default)]
struct Rewrite {
    text: String,
    shifts: Vec<(u32, u32)>,
    delta: u32,
}

impl Rewrite {
    fn keep(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// `with` stands for `orig_len` bytes of the original (never fewer: every decoding here only shortens).
    fn replace(&mut self, orig_len: usize, with: &str) {
        self.text.push_str(with);
        self.delta += orig_len.saturating_sub(with.len()) as u32;
        let at = self.text.len() as u32;
        match self.shifts.last_mut() {
            Some(last) if last.0 == at => last.1 = self.delta,
            _ => self.shifts.push((at, self.delta)),
        }
    }

    fn done(self) -> Folded<'static> {
        Folded::rewritten(self.text, self.shifts)
    }
}

/// The inside of a JSON string that serde_json accepted (`unescaped` is what it read), with the map back to the
/// escapes, or `None` when it has none. Escapes are `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` and
/// `\uXXXX` (surrogate pairs included).
pub(crate) fn json_string(raw: &str, unescaped: &str) -> Option<Folded<'static>> {
    let mut out = Rewrite::default();
    let mut rest = raw;
    while let Some(i) = rest.find('\\') {
        out.keep(&rest[..i]);
        let esc = &rest[i..];
        let (len, c) = match esc.as_bytes().get(1) {
            Some(b'u') => {
                let hex = |s: Option<&str>| s.and_then(|h| u32::from_str_radix(h, 16).ok());
                let hi = hex(esc.get(2..6)).unwrap_or(0xFFFD);
                match (hi, esc.get(6..8), hex(esc.get(8..12))) {
                    (0xD800..=0xDBFF, Some("\\u"), Some(lo @ 0xDC00..=0xDFFF)) => {
                        (12, char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)))
                    }
                    _ => (6, char::from_u32(hi)),
                }
            }
            Some(&b) => (
                2,
                Some(match b {
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    other => other as char,
                }),
            ),
            None => (1, Some('\\')),
        };
        let len = len.min(esc.len());
        out.replace(len, c.unwrap_or('\u{FFFD}').encode_utf8(&mut [0; 4]));
        rest = &esc[len..];
    }
    out.keep(rest);
    // serde_json read the string; this walk only adds the map, and a string it reads otherwise is read as written.
    (raw != unescaped && out.text == unescaped).then(|| out.done())
}

/// What a CSV reader made of a quoted field (`a""b` → `a"b`): the decoded text with a map that skips each byte
/// the reader dropped. `None` when the decoded text is not the raw one with whole characters left out.
pub(crate) fn dropped(raw: &str, decoded: &str) -> Option<Folded<'static>> {
    let (r, d) = (raw.as_bytes(), decoded.as_bytes());
    let mut out = Rewrite::default();
    let (mut i, mut j, mut run) = (0, 0, 0);
    while j < d.len() {
        if i >= r.len() {
            return None;
        }
        if r[i] == d[j] {
            i += 1;
            j += 1;
        } else {
            if !decoded.is_char_boundary(j) {
                return None; // they differ inside a character: not a byte the reader dropped
            }
            out.keep(&decoded[run..j]);
            out.replace(1, "");
            run = j;
            i += 1;
        }
    }
    out.keep(&decoded[run..]);
    Some(out.done())
}

/// Tags whose start or end breaks the line.
const BREAKS: &[&str] = &["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"];

/// Named entities common in scraped postings; numeric ones (`&#20320;`, `&#x4F60;`) are decoded as well.
const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("middot", "·"),
    ("bull", "•"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("yen", "¥"),
    ("euro", "€"),
    ("pound", "£"),
    ("times", "×"),
];

/// The length of the tag or entity at the start of `s` and what it reads as, or `None` when `<` or `&` is just
/// a character there (`<100人`, `R&D`).
fn markup_at(s: &str) -> Option<(usize, String)> {
    if s.starts_with('<') {
        let close = memchr::memchr(b'>', &s.as_bytes()[..s.len().min(400)])?;
        let inner = &s[1..close];
        let name_part = inner.trim_start_matches('/');
        let first = name_part.chars().next()?;
        if !(first.is_ascii_alphabetic() || inner.starts_with('!')) {
            return None;
        }
        let name = name_part.split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("").to_ascii_lowercase();
        let breaks = BREAKS.contains(&name.as_str());
        return Some((close + 1, if breaks { "\n".into() } else { String::new() }));
    }
    let end = memchr::memchr(b';', &s.as_bytes()[..s.len().min(12)])?;
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code)?.to_string()
    } else {
        ENTITIES.iter().find(|(n, _)| *n == name)?.1.to_string()
    };
    Some((end + 1, c))
}

/// `s` with HTML read as text, or `None` when it has no tag or entity.
pub(crate) fn html(s: &str) -> Option<Folded<'static>> {
    let mut out = Rewrite::default();
    let mut copied = 0;
    let mut changed = false;
    for i in memchr::memchr2_iter(b'<', b'&', s.as_bytes()) {
        if i < copied {
            continue;
        }
        let Some((len, with)) = markup_at(&s[i..]) else { continue };
        out.keep(&s[copied..i]);
        out.replace(len, &with);
        copied = i + len;
        changed = true;
    }
    if !changed {
        return None;
    }
    out.keep(&s[copied..]);
    Some(out.done())
}

/// `second` read over the text of `first`: one map from the final text back to the original of `first`.
pub(crate) fn then(first: &Folded<'static>, second: Folded<'static>) -> Folded<'static> {
    let mut shifts = Vec::new();
    let mut last = 0u32;
    let ends = second.text.char_indices().map(|(i, _)| i).chain(std::iter::once(second.text.len()));
    for i in ends {
        let delta = (first.orig(second.orig(i)) - i) as u32;
        if delta != last {
            shifts.push((i as u32, delta));
            last = delta;
        }
    }
    Folded::rewritten(second.text.into_owned(), shifts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every decoded character maps back to where it was read: the original at the mapped offset starts with
    /// the character, or with the markup that decoded to it.
    fn points_back(original: &str, f: &Folded<'_>, expect: &[(&str, &str)]) {
        for &(decoded, orig) in expect {
            let i = f.text.find(decoded).unwrap_or_else(|| panic!("{decoded:?} not in {:?}", f.text));
            assert!(original[f.orig(i)..].starts_with(orig), "{decoded:?} maps to {:?}", &original[f.orig(i)..]);
        }
    }

    #[test]
    fn html_tags_drop_and_break_lines() {
        let s = "<p>熟悉<b>Django</b>&amp;Flask</p><br/>薪资 15-25K&nbsp;&middot; 13薪";
        let f = html(s).unwrap();
        assert_eq!(f.text, "\n熟悉Django&Flask\n\n薪资 15-25K · 13薪");
        points_back(s, &f, &[("Django", "Django"), ("Flask", "Flask"), ("15-25K", "15-25K"), ("&", "&amp;")]);
    }

    #[test]
    fn html_leaves_text_that_only_looks_like_markup() {
        for s in ["<100人", "R&D 团队", "a < b", "&unknown; & co", "3<5 & 6>4"] {
            assert!(html(s).is_none(), "{s}");
        }
        assert_eq!(html("&#20320;&#x597D;").unwrap().text, "你好");
    }

    #[test]
    fn json_escapes_map_back() {
        let raw = r#"Python\n\u719f\u6089 Django \"DRF\" \ud83d\ude00 Redis"#;
        let unescaped: String = serde_json::from_str(&format!("\"{raw}\"")).unwrap();
        let f = json_string(raw, &unescaped).unwrap();
        assert_eq!(f.text, unescaped);
        points_back(raw, &f, &[("Django", "Django"), ("Redis", "Redis"), ("DRF", "DRF"), ("熟", "\\u719f")]);
    }

    #[test]
    fn csv_dropped_quotes_map_back() {
        let f = dropped(r#"say ""hi"" to Django"#, r#"say "hi" to Django"#).unwrap();
        points_back(r#"say ""hi"" to Django"#, &f, &[("Django", "Django"), ("hi", "hi")]);
        assert!(dropped("abc", "abd").is_none());
    }

    #[test]
    fn decodings_compose() {
        let raw = r#"\u003cp\u003e熟悉 Kafka\u0026amp;Redis\u003c/p\u003e"#;
        let unescaped: String = serde_json::from_str(&format!("\"{raw}\"")).unwrap();
        let json = json_string(raw, &unescaped).unwrap();
        let both = then(&json, html(&json.text).unwrap());
        assert_eq!(both.text, "\n熟悉 Kafka&Redis\n");
        points_back(raw, &both, &[("Kafka", "Kafka"), ("Redis", "Redis")]);
    }
}
