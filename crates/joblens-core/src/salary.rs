//! Reading pay as written: `20-40K·14薪`, `1.5-2万/月`, `8千-1.2万`, `年薪20-30万`, `200-300元/天`, `4K以上`,
//! `30*16`, `$180-220k`, `€60.000/year`, `面议` … into amounts, currency, period and salary months, keeping the span
//! and the rule used. Nothing is converted here: currency and period stay as found.

use std::cell::Cell;
use std::sync::OnceLock;

use crate::model::{Currency, Period, Salary, SalaryRule, ShapeRule, Span, UnitRule};
use crate::text::{is_latin_alnum, is_private_use, Decimal};

/// What a line says about pay.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    Salary(Salary),
    /// `面议`, `面議`, `薪资面议`, `negotiable`: no figure, on purpose.
    Negotiable(Span),
    /// Digits replaced by private-use characters (site fonts): the span that hides them.
    Hidden(Span),
    /// Something shaped like pay that cannot be read honestly.
    Unreadable {
        span: Span,
        code: &'static str,
        message: String,
    },
}

/// One character of the line: its byte range in the original text and its folded form.
#[derive(Clone, Copy)]
struct Ch {
    start: u32,
    end: u32,
    c: char,
}

fn fold_salary_char(c: char) -> char {
    // Most characters stay as they are: printable ASCII but `~`, and the CJK ideographs but `萬`.
    if matches!(c, ' '..='}' | '\u{4E00}'..='\u{842B}' | '\u{842D}'..='\u{9FFF}') {
        return c;
    }
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{301C}' | '~' | '～' => '-',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        // Spaces a copy leaves between digits and units: no-break, thin, zero-width.
        '\u{3000}' | '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{200B}'..='\u{200D}' | '\u{FEFF}' => ' ',
        '萬' => '万',
        '\u{30FB}' | '\u{2022}' | '\u{2219}' => '·',
        _ => c,
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    K,
    Qian,
    Wan,
    /// `lakh`, `lakhs`, `lac`, `LPA`: 100,000 (rupees, a year unless said otherwise).
    Lakh,
}

impl Unit {
    fn factor(self) -> f64 {
        match self {
            Unit::K | Unit::Qian => 1_000.0,
            Unit::Wan => 10_000.0,
            Unit::Lakh => 100_000.0,
        }
    }
}

/// Plausible pay per month in each currency, `(lowest, highest)`: amounts outside (scaled for other periods) are
/// typos, counts or noise, and are reported instead of read. Loose on purpose: only the absurd is refused.
const PLAUSIBLE_MONTH: &[(Currency, f64, f64)] = &[
    (Currency::Cny, 1_000.0, 1_000_000.0),
    (Currency::Usd, 800.0, 200_000.0),
    (Currency::Eur, 500.0, 200_000.0),
    (Currency::Gbp, 500.0, 200_000.0),
    (Currency::Cad, 800.0, 250_000.0),
    (Currency::Aud, 800.0, 250_000.0),
    (Currency::Chf, 1_000.0, 250_000.0),
    (Currency::Sgd, 500.0, 250_000.0),
    (Currency::Hkd, 3_000.0, 1_500_000.0),
    (Currency::Twd, 10_000.0, 5_000_000.0),
    (Currency::Jpy, 50_000.0, 20_000_000.0),
    (Currency::Inr, 5_000.0, 10_000_000.0),
    (Currency::Krw, 500_000.0, 200_000_000.0),
    (Currency::Vnd, 2_000_000.0, 2_000_000_000.0),
    (Currency::Brl, 1_000.0, 300_000.0),
];

/// The plausible range of pay in `currency` per `period`.
fn plausible(currency: Currency, period: Period) -> (f64, f64) {
    let (lo, hi) =
        PLAUSIBLE_MONTH.iter().find(|(c, ..)| *c == currency).map_or((0.0, f64::MAX), |&(_, lo, hi)| (lo, hi));
    match period {
        Period::Year => (lo * 12.0, hi * 12.0),
        Period::Month => (lo, hi),
        Period::Day => (lo / 30.0, hi / 15.0),
        Period::Hour => (lo / 250.0, hi / 100.0),
    }
}

#[derive(Clone, Copy, Debug)]
struct Amount {
    value: f64,
    unit: Option<Unit>,
    cur: Option<Currency>,
    /// The currency is a bare `$`: a code elsewhere in the range (`$150k CAD`) says which dollar.
    dollar: bool,
    end: usize,
}

/// The signs that begin a currency (`$`, `US$` aside, which begins with a letter).
const CURRENCY_SIGNS: [char; 8] = ['$', '€', '£', '¥', '￥', '₹', '₩', '₫'];

const CURRENCY_PREFIXES: &[(&str, Currency)] = &[
    ("US$", Currency::Usd),
    ("NT$", Currency::Twd),
    ("TW$", Currency::Twd),
    ("HK$", Currency::Hkd),
    ("CA$", Currency::Cad),
    ("AU$", Currency::Aud),
    ("C$", Currency::Cad),
    ("A$", Currency::Aud),
    ("S$", Currency::Sgd),
    ("R$", Currency::Brl),
    ("$", Currency::Usd),
    ("€", Currency::Eur),
    ("£", Currency::Gbp),
    ("¥", Currency::Cny),
    ("￥", Currency::Cny),
    ("₹", Currency::Inr),
    ("₩", Currency::Krw),
    ("₫", Currency::Vnd),
    ("RMB", Currency::Cny),
];

struct Line<'a> {
    cs: &'a [Ch],
}

impl Line<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.cs.get(i).map(|c| c.c)
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        let mut k = i;
        for w in word.chars() {
            match self.at(k) {
                Some(c) if c.eq_ignore_ascii_case(&w) => k += 1,
                _ => return false,
            }
        }
        true
    }

    /// Matches `word` at `i` when it is not followed by a Latin letter; returns the index after it.
    fn word(&self, i: usize, word: &str) -> Option<usize> {
        let end = i + word.chars().count();
        (self.starts_with(i, word) && !self.at(end).is_some_and(|c| c.is_ascii_alphabetic())).then_some(end)
    }

    fn skip_spaces(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(|c| c == ' ' || c == '\t') {
            i += 1;
        }
        i
    }

    /// Inlined: it is asked at every character of a line, and most characters cannot start a currency.
    #[inline]
    fn currency_prefix(&self, i: usize) -> Option<(Currency, usize)> {
        // Only symbols can start one, and letters that start a word.
        let c = self.at(i)?;
        let symbol = CURRENCY_SIGNS.contains(&c);
        // Not after a digit either: `…d4cad6c…` in a link's id is no Canadian dollar.
        let word_start =
            c.is_ascii_alphabetic() && !(i > 0 && self.at(i - 1).is_some_and(|p| p.is_ascii_alphanumeric()));
        if !symbol && !word_start {
            return None;
        }
        self.currency_at(i, symbol)
    }

    fn currency_at(&self, i: usize, symbol: bool) -> Option<(Currency, usize)> {
        if symbol {
            return CURRENCY_PREFIXES
                .iter()
                .find(|(p, _)| self.starts_with(i, p))
                .map(|(p, cur)| (*cur, i + p.chars().count()));
        }
        // A word start: up to three letters, then `$` (`US$`, `HK$`) or the end of the word (`USD`, `RMB`).
        let mut letters = [0u8; 3];
        let mut n = 0;
        while n < 3 && self.at(i + n).is_some_and(|c| c.is_ascii_alphabetic()) {
            letters[n] = self.at(i + n).map_or(0, |c| c.to_ascii_uppercase() as u8);
            n += 1;
        }
        if n == 3 && self.at(i + 3).is_some_and(|c| c.is_ascii_alphabetic()) {
            return None; // a longer word (`Python`): no code, and no `US$`
        }
        let word = std::str::from_utf8(&letters[..n]).unwrap_or("");
        match self.at(i + n) {
            // `US$`, `NT$`, and a code fused with the sign: `CAD$150k`.
            Some('$') => CURRENCY_PREFIXES
                .iter()
                .find(|(p, _)| p.strip_suffix('$') == Some(word))
                .map(|(p, cur)| (*cur, i + p.chars().count()))
                .or_else(|| self.code(i).map(|(cur, e)| (cur, e + 1))),
            _ => self.code(i),
        }
    }

    fn currency_suffix(&self, i: usize) -> Option<(Currency, usize)> {
        let j = self.skip_spaces(i);
        let named = self.at(j).is_some_and(|c| matches!(c, '美' | '欧' | '英' | '日' | '港' | '新' | '人'));
        if let Some((w, c)) = CURRENCY_WORDS.iter().find(|(w, _)| named && self.starts_with(j, w)) {
            return Some((*c, j + w.chars().count()));
        }
        match self.at(j) {
            Some('元') => Some((Currency::Cny, j + 1)),
            Some('円') => Some((Currency::Jpy, j + 1)),
            // `1500$`, `500 ~ 1000$/month`: a sign after the figures, where no figure follows it.
            Some(c @ ('$' | '€' | '£')) if !self.at(j + 1).is_some_and(|c| c.is_ascii_digit()) => {
                let cur = match c {
                    '$' => Currency::Usd,
                    '€' => Currency::Eur,
                    _ => Currency::Gbp,
                };
                Some((cur, j + 1))
            }
            // `6Jpy56U` in a link's id: a code with a digit after it is no currency.
            Some(c) if c.is_ascii_alphabetic() => {
                self.code(j).filter(|&(_, e)| !self.at(e).is_some_and(|c| c.is_ascii_digit()))
            }
            _ => None,
        }
    }

    /// A short note in brackets at `i`, spaces before it skipped (`（或面议）`, `(negotiable)`): where it ends.
    fn note(&self, i: usize) -> Option<usize> {
        let j = self.skip_spaces(i);
        if !matches!(self.at(j), Some('(' | '（')) {
            return None;
        }
        let close = (j + 1..j + 14).find(|&k| matches!(self.at(k), Some(')' | '）') | None))?;
        let plain = (j + 1..close).all(|k| self.at(k).is_some_and(|c| !c.is_ascii_digit() && c != '('));
        (plain && close > j + 1 && self.at(close).is_some()).then_some(close + 1)
    }

    /// A three-letter currency code (or `RMB`) standing alone at `i`.
    fn code(&self, i: usize) -> Option<(Currency, usize)> {
        let mut word = [0u8; 3];
        for (k, w) in word.iter_mut().enumerate() {
            *w = self.at(i + k).filter(char::is_ascii_alphabetic)? as u8;
        }
        let word = word.map(|b| b.to_ascii_uppercase());
        let mut end = i + 3;
        // `USDT`, `USDC`: dollar stablecoins, paid as dollars.
        if &word == b"USD" && self.at(end).is_some_and(|c| matches!(c, 'T' | 't' | 'C' | 'c')) {
            end += 1;
        }
        if self.at(end).is_some_and(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        let cur = match std::str::from_utf8(&word).ok()? {
            "RMB" => Some(Currency::Cny),
            "NTD" => Some(Currency::Twd),
            w => Currency::from_code(w),
        };
        cur.map(|c| (c, end))
    }

    fn digits(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        i
    }

    /// Parses `[currency] number [unit] [currency]` at `i`.
    fn amount(&self, i: usize) -> Option<Amount> {
        let (mut cur, mut j) = match self.currency_prefix(i) {
            Some((c, j)) => (Some(c), self.skip_spaces(j)),
            None => (None, i),
        };
        let mut dollar = self.at(i) == Some('$');
        if cur.is_some() && self.at(i).is_some_and(|c| c.is_ascii_alphabetic()) {
            // `AUD $150,000`: a code, then the sign it qualifies.
            if let Some((_, k)) =
                self.currency_prefix(j).filter(|_| !self.at(j).is_some_and(|c| c.is_ascii_alphabetic()))
            {
                j = self.skip_spaces(k);
            }
        }
        let int_end = self.digits(j);
        if int_end == j {
            return None;
        }
        let mut num = Decimal::default();
        let push = |num: &mut Decimal, cs: &[Ch]| cs.iter().for_each(|c| num.push(c.c as u8 - b'0'));
        push(&mut num, &self.cs[j..int_end]);
        // Thousands groups: `110,000`, and `60.000` when no unit follows (a decimal point takes one or two digits);
        // `$48 000` after a currency's mark, from a first group of at most three digits.
        let spaced = cur.is_some() && int_end - j <= 3;
        j = int_end;
        let mut dot_grouped = false;
        loop {
            let sep = self.at(j);
            let group_end = self.digits(j + 1);
            let is_group = (matches!(sep, Some(',' | '.')) || (spaced && sep == Some(' '))) && group_end == j + 4;
            let unit_follows = matches!(self.at(group_end), Some('万' | '千' | 'k' | 'K' | 'w' | 'W'));
            if !is_group || (sep == Some('.') && unit_follows) {
                break;
            }
            push(&mut num, &self.cs[j + 1..group_end]);
            dot_grouped |= sep == Some('.');
            j = group_end;
        }
        // A decimal comma: `R$ 9.000,00` after groups of dots, and `5000,00`, cents written as zeros.
        let cents = self.at(j) == Some(',')
            && self.digits(j + 1) == j + 3
            && (dot_grouped || self.cs[j + 1..j + 3].iter().all(|c| c.c == '0'));
        if (self.at(j) == Some('.') || cents) && self.at(j + 1).is_some_and(|c| c.is_ascii_digit()) {
            let frac_end = self.digits(j + 1);
            push(&mut num, &self.cs[j + 1..frac_end]);
            num.decimals = frac_end - (j + 1);
            j = frac_end;
        }
        // More digits than a float holds exactly, or an exponent (`9e99`): still an amount, so that the plausible
        // range reports it instead of the salary being silently missed.
        let mut value = num.value().unwrap_or(f64::INFINITY);
        let exp_digits = if matches!(self.at(j + 1), Some('+' | '-')) { j + 2 } else { j + 1 };
        if matches!(self.at(j), Some('e' | 'E')) && self.at(exp_digits).is_some_and(|c| c.is_ascii_digit()) {
            value = f64::INFINITY;
            j = self.digits(exp_digits);
        }
        let u = self.skip_spaces(j);
        let unit = match self.at(u) {
            // `40K`, and `40KRMB` with the code run on.
            Some('k' | 'K')
                if !self.at(u + 1).is_some_and(|c| c.is_ascii_alphabetic()) || self.code(u + 1).is_some() =>
            {
                Some(Unit::K)
            }
            Some('w' | 'W') if u == j && !self.at(u + 1).is_some_and(|c| c.is_ascii_alphabetic()) => Some(Unit::Wan),
            Some('千') => Some(Unit::Qian),
            Some('万') => Some(Unit::Wan),
            _ => None,
        };
        if unit.is_some() {
            j = u + 1;
        } else if let Some(e) = self
            .at(u)
            .filter(|c| c.eq_ignore_ascii_case(&'l'))
            .and_then(|_| ["lakhs", "lakh", "lacs", "lac", "lpa"].iter().find_map(|w| self.word(u, w)))
        {
            return Some(Amount {
                value,
                unit: Some(Unit::Lakh),
                cur: cur.or(Some(Currency::Inr)),
                dollar: false,
                end: e,
            });
        }
        if let Some((c, end)) = self.currency_suffix(j) {
            // `$150k CAD`: the code says which dollar.
            cur = if dollar { Some(c) } else { cur.or(Some(c)) };
            dollar = false;
            j = end;
        }
        Some(Amount { value, unit, cur, dollar, end: j })
    }

    /// A range separator at `i` (`-` and the dashes and tildes folded into it, `至`, `到`, `to`, and Portuguese and
    /// Spanish `a`, `até`): the index after it.
    fn dash(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `4500 —— 6000`: a doubled dash is one.
            Some('-') => Some(if self.at(i + 1) == Some('-') { i + 2 } else { i + 1 }),
            Some('至' | '到') => Some(i + 1),
            _ => ["to", "a", "até"].iter().find_map(|w| self.word(i, w)),
        }
    }

    /// Whether `word` ends right before `i`, spaces and colons skipped (`Up to $2000`, `最高2万`).
    fn preceded_by(&self, i: usize, word: &str) -> bool {
        let mut j = i;
        let skip_separators = |mut j: usize| {
            while j > 0 && matches!(self.at(j - 1), Some(' ' | '\t' | ':' | '：')) {
                j -= 1;
            }
            j
        };
        j = skip_separators(j);
        // `月薪（3-5年）13000 -- 25000`: a short note in brackets may stand between the label and the figures.
        if let Some(open) = match j.checked_sub(1).and_then(|k| self.at(k)) {
            Some('）') => Some('（'),
            Some(')') => Some('('),
            _ => None,
        } {
            if let Some(k) = (j.saturating_sub(16)..j - 1).rev().find(|&k| self.at(k) == Some(open)) {
                j = skip_separators(k);
            }
        }
        let n = word.chars().count();
        j >= n
            && self.starts_with(j - n, word)
            && !(j > n && word.is_ascii() && self.at(j - n - 1).is_some_and(|c| c.is_ascii_alphabetic()))
    }

    /// `/月`, `/ year`, `per month`, `每月`: a period at `i`, with the index after it.
    fn period(&self, i: usize) -> Option<(Period, usize)> {
        const WORDS: &[(&str, Period)] = &[
            ("小时", Period::Hour),
            ("时", Period::Hour),
            ("hour", Period::Hour),
            ("hr", Period::Hour),
            ("h", Period::Hour),
            ("天", Period::Day),
            ("日", Period::Day),
            ("day", Period::Day),
            ("d", Period::Day),
            ("月", Period::Month),
            ("month", Period::Month),
            // Portuguese and Spanish (`por mês`, `al mes`), before the `m` they start with.
            ("mês", Period::Month),
            ("mes", Period::Month),
            ("mo", Period::Month),
            ("m", Period::Month),
            ("年", Period::Year),
            ("year", Period::Year),
            ("yr", Period::Year),
            ("annum", Period::Year),
            ("ano", Period::Year),
            ("año", Period::Year),
        ];
        let j = self.skip_spaces(i);
        let k = if self.at(j) == Some('/') {
            self.skip_spaces(j + 1)
        } else if let Some(k) = self
            .at(j)
            .filter(|c| matches!(c, 'p' | 'P' | 'a' | 'A'))
            .and_then(|_| ["per", "a", "an", "por", "al"].iter().find_map(|w| self.word(j, w)))
        {
            self.skip_spaces(k)
        } else if self.at(j) == Some('每') {
            j + 1
        } else {
            return None;
        };
        WORDS.iter().find_map(|(w, p)| {
            let end = if w.is_ascii() {
                // `hour` or `hours`, but not `hourly`.
                let n = w.len();
                let plural = self.starts_with(k, w) && self.at(k + n) == Some('s');
                self.word(k, w).or_else(|| {
                    (plural && !self.at(k + n + 1).is_some_and(|c| c.is_ascii_alphabetic())).then_some(k + n + 1)
                })
            } else {
                self.starts_with(k, w).then(|| k + w.chars().count())
            };
            end.map(|e| (*p, e))
        })
    }

    /// `·14薪`, ` 14薪`, `*16`, `x13`: salary months at `i`, with the index after them.
    fn months(&self, i: usize) -> Option<(u8, usize, bool)> {
        let j = self.skip_spaces(i);
        let (star, k) = match self.at(j) {
            Some('*' | '×' | 'x' | 'X') => (true, self.skip_spaces(j + 1)),
            Some('·') => (false, self.skip_spaces(j + 1)),
            _ => (false, j),
        };
        let end = self.digits(k);
        if end == k || end - k > 2 {
            return None;
        }
        let n = self.cs[k..end].iter().fold(0u8, |n, c| n * 10 + (c.c as u8 - b'0'));
        let mut e = end;
        if self.at(e) == Some('-') && self.digits(e + 1) > e + 1 {
            e = self.digits(e + 1); // `13-16薪`: the lower figure
        }
        if self.at(self.skip_spaces(e)) == Some('薪') {
            e = self.skip_spaces(e); // `15 薪`
        }
        if self.at(e) == Some('薪') {
            e += 1;
        } else if !star {
            return None;
        }
        (10..=24).contains(&n).then_some((n, e, star))
    }

    /// The period a prefix such as `年薪` sets for a salary starting at `i`.
    fn prefix_period(&self, i: usize) -> Option<Period> {
        let mut j = i;
        while j > 0 && matches!(self.at(j - 1), Some(' ' | '\t' | ':' | '：')) {
            j -= 1;
        }
        let two = self.cs.get(j.checked_sub(2)?..j)?;
        match (two[0].c, two[1].c) {
            ('年', '薪' | '包') => Some(Period::Year),
            ('年', '收') | ('年', '収') => Some(Period::Year),
            ('月', '薪' | '給' | '给') => Some(Period::Month),
            ('日', '薪' | '給' | '给') => Some(Period::Day),
            ('时' | '時', '薪' | '給' | '给') => Some(Period::Hour),
            _ => None,
        }
    }
}

/// Where the salary-looking characters around the private-use ones at `i` start and end (`-K·薪`).
fn hidden_span(line: &Line<'_>, i: usize) -> (usize, usize) {
    let salaryish = |c: char| {
        is_private_use(c)
            || c.is_ascii_digit()
            || matches!(
                c,
                '-' | '.' | '·' | '*' | '+' | '/' | 'K' | 'k' | '千' | '万' | '元' | '薪' | '月' | '年' | '天'
            )
    };
    let mut a = i;
    while a > 0 && line.at(a - 1).is_some_and(salaryish) {
        a -= 1;
    }
    let mut b = i;
    while line.at(b).is_some_and(salaryish) {
        b += 1;
    }
    (a, b)
}

fn raw_text(cs: &[Ch], a: usize, b: usize) -> String {
    cs[a..b.min(cs.len())].iter().map(|c| c.c).collect()
}

fn span(cs: &[Ch], a: usize, b: usize) -> Span {
    Span::new(cs[a].start as usize, cs[b - 1].end as usize)
}

/// Counting words after an amount (`80万家企业`, `10万+用户`): a count, not pay.
const COUNTED: &[char] = &['家', '人', '名', '个', '位', '次', '条', '台', '份', '件', '户', '款', '套', '所', '用'];

/// Reads the first salary in `text[start..end]` (one line).
pub(crate) fn find(text: &str, start: usize, end: usize) -> Option<Found> {
    let piece = text.get(start..end)?;
    if !may_state_pay(piece) {
        return None;
    }
    thread_local! {
        /// The characters of the line being read: one buffer for every line, not an allocation per line.
        static CHARS: Cell<Vec<Ch>> = const { Cell::new(Vec::new()) };
    }
    let mut cs = CHARS.take();
    cs.clear();
    let mut hidden = false;
    cs.extend(piece.char_indices().map(|(i, c)| {
        let at = (start + i) as u32; // spans are u32: texts are far below 4 GB
        hidden |= is_private_use(c);
        Ch { start: at, end: at + c.len_utf8() as u32, c: fold_salary_char(c) }
    }));
    let found = read_line(&Line { cs: &cs }, hidden);
    CHARS.set(cs);
    found
}

/// `hidden`: whether the line holds private-use characters (digits a site font hides).
fn read_line(line: &Line<'_>, hidden: bool) -> Option<Found> {
    let cs = line.cs;
    if let Some(p) = hidden.then(|| cs.iter().position(|c| is_private_use(c.c))).flatten() {
        let (a, b) = hidden_span(line, p);
        let shaped = cs[a..b].iter().any(|c| matches!(c.c, '-' | 'K' | 'k' | '万' | '千' | '元' | '薪'));
        if shaped {
            return Some(Found::Hidden(span(cs, a, b)));
        }
    }
    for i in 0..cs.len() {
        let c = cs[i].c;
        // Not inside a number: `1,500` and `1.5` go on past their mark, `，5000` (a fullwidth comma) starts one.
        let in_number = |k: usize| k > 0 && cs[k - 1].c.is_ascii_digit();
        let starts_number = c.is_ascii_digit()
            && !(i > 0 && is_latin_alnum(cs[i - 1].c))
            && !(i > 0 && matches!(cs[i - 1].c, '.' | ',') && in_number(i - 1));
        // The character tests of `currency_prefix` first: most characters are Chinese, and the call is not inlined.
        let starts_currency = (c.is_ascii_alphabetic() || CURRENCY_SIGNS.contains(&c))
            && !(i > 0 && cs[i - 1].c.is_ascii_alphabetic())
            && line.currency_prefix(i).is_some();
        if !(starts_number || starts_currency) {
            continue;
        }
        if let Some(found) = salary_at(line, i) {
            return Some(found);
        }
    }
    negotiable(line)
}

fn negotiable(line: &Line<'_>) -> Option<Found> {
    for i in 0..line.cs.len() {
        // Simplified and traditional: `面议`, `面議`.
        if line.starts_with(i, "面议") || line.starts_with(i, "面議") {
            let mut a = i;
            if a >= 2 {
                let two: String = line.cs[a - 2..a].iter().map(|c| c.c).collect();
                if matches!(two.as_str(), "薪资" | "薪酬" | "工资" | "待遇") {
                    a -= 2;
                }
            }
            return Some(Found::Negotiable(span(line.cs, a, i + 2)));
        }
        if let Some(end) = line.word(i, "negotiable") {
            if i == 0 || !line.cs[i - 1].c.is_ascii_alphabetic() {
                return Some(Found::Negotiable(span(line.cs, i, end)));
            }
        }
    }
    None
}

/// Currencies named in Chinese after the amount (`5000 — 8000美元`).
const CURRENCY_WORDS: &[(&str, Currency)] = &[
    ("美元", Currency::Usd),
    ("美金", Currency::Usd),
    ("欧元", Currency::Eur),
    ("英镑", Currency::Gbp),
    ("日元", Currency::Jpy),
    ("港币", Currency::Hkd),
    ("港元", Currency::Hkd),
    ("新台币", Currency::Twd),
    ("人民币", Currency::Cny),
];

/// Labels that say the figures after them are pay, so that plain numbers are read (`薪资范围：18000-20000`).
pub(crate) const PAY_LABELS: &[&str] = &[
    "薪资范围",
    "薪资待遇",
    "薪资",
    "薪酬",
    "薪水",
    "工资",
    "待遇",
    "月薪",
    "年薪",
    "salary",
    "compensation",
    "pay",
    "salário",
    "salario",
    "remuneração",
    "sueldo",
];

/// US retirement plans, written like an amount in thousands (`401k match`): benefits, not pay.
const RETIREMENT_PLANS: &[&str] = &["401k", "401(k)", "403b", "403(b)"];

/// Reads a salary starting at `i`, or `None` if what stands there is not pay.
fn salary_at(line: &Line<'_>, i: usize) -> Option<Found> {
    let plan = |w: &&str| line.word(i, w).is_some_and(|e| !line.at(e).is_some_and(|c| c.is_ascii_digit()));
    if line.at(i) == Some('4') && RETIREMENT_PLANS.iter().any(plan) {
        return None;
    }
    let a = line.amount(i)?;
    let mut end = a.end;
    let mut b = None;
    let mut period = line.prefix_period(i);
    // `30K/月-50K/月`: a period on each end.
    let a_period = line.period(end);
    let d = line.skip_spaces(a_period.map_or(end, |(_, e)| e));
    if let Some(second) = line.dash(d).and_then(|k| line.amount(line.skip_spaces(k))) {
        end = second.end;
        b = Some(second);
        period = period.or(a_period.map(|(p, _)| p));
    }
    let after = line.at(end);
    let counted = |c: Option<char>| c.is_some_and(|c| COUNTED.contains(&c));
    if [Some(a), b].iter().flatten().any(|x| x.unit == Some(Unit::Wan) && x.cur.is_none())
        && (counted(after) || (after == Some('+') && counted(line.at(end + 1))))
    {
        return None; // `80万家企业`, `10万+用户`: a count
    }
    // What may follow: an open end, a period, salary months, in any order.
    let mut shape = if b.is_some() { ShapeRule::Range } else { ShapeRule::Single };
    if b.is_none() {
        if ["up to", "upto", "最高", "最多", "不超过"].iter().any(|w| line.preceded_by(i, w)) {
            shape = ShapeRule::AtMost;
        } else if ["from", "starting at", "starts at", "at least", "不低于"].iter().any(|w| line.preceded_by(i, w)) {
            shape = ShapeRule::AtLeast;
        }
    }
    let mut explicit_period = period.is_some();
    let mut months = None;
    let mut star = false;
    let mut suffix_cur = None;
    let mut period_read = false;
    // `5000-8000（或面议） USD / 月`: a short note in brackets between the figures and what follows them.
    let mut note = None;
    for _ in 0..5 {
        if b.is_none() && shape == ShapeRule::Single {
            if line.at(end) == Some('+') {
                shape = ShapeRule::AtLeast;
                end += 1;
                continue;
            }
            let j = line.skip_spaces(end);
            if line.starts_with(j, "以上") || line.starts_with(j, "起") {
                shape = ShapeRule::AtLeast;
                end = j + if line.at(j) == Some('起') { 1 } else { 2 };
                continue;
            }
            // `TW$40K/month up`, `$90k and up`.
            if let Some(e) = ["up", "and up", "or more"].iter().find_map(|w| line.word(j, w)) {
                shape = ShapeRule::AtLeast;
                end = e;
                continue;
            }
            if line.starts_with(j, "以下") {
                shape = ShapeRule::AtMost;
                end = j + 2;
                continue;
            }
        }
        if !period_read {
            // A prefix (`月薪`) or the low end's period (`30K/月-50K/月`) keeps its say; the span takes this one in.
            if let Some((p, e)) = line.period(end) {
                period = period.or(Some(p));
                explicit_period = true;
                period_read = true;
                end = e;
                continue;
            }
        }
        if suffix_cur.is_none() && a.cur.is_none() && b.is_none_or(|b| b.cur.is_none()) {
            // `50~130K/Month NTD`: the code after the period.
            // `5,000 - 9,500U`, `5000U/月`: U for USDT, paid as dollars, after a range or before a period (`2U
            // server` is no pay). `USDT` itself is a code.
            let j = line.skip_spaces(end);
            let usdt = (line.at(j) == Some('U') && !line.at(j + 1).is_some_and(|c| c.is_ascii_alphabetic()))
                .then_some((Currency::Usd, j + 1))
                .filter(|&(_, e)| b.is_some() || line.period(e).is_some());
            if let Some((c, e)) = line.currency_suffix(end).or(usdt) {
                suffix_cur = Some(c);
                end = e;
                continue;
            }
        }
        if months.is_none() {
            if let Some((n, e, s)) = line.months(end) {
                months = Some(n);
                star = s;
                end = e;
                continue;
            }
        }
        if note.is_none() {
            if let Some(e) = line.note(end) {
                note = Some((end, e));
                end = e;
                continue;
            }
        }
        break;
    }
    // A note read through is part of the pay only when something follows it.
    if let Some((before, _)) = note.filter(|&(_, after)| after == end) {
        end = before;
    }
    // A unit written once covers both ends (`1.5-2万`, `$75k – $120/yr`), but not a full figure that reads in
    // order without it (`$75k - $120,000`, `8000-1.2万`).
    let scaled = |x: &Amount| x.value * x.unit.map_or(1.0, Unit::factor);
    let full = |x: &Amount| (1_000.0..f64::MAX).contains(&x.value);
    let unit_a = match b {
        Some(b) if a.unit.is_none() && !(full(&a) && a.value <= scaled(&b)) => b.unit,
        _ => a.unit,
    };
    let unit_b = b.map(|b| match b.unit {
        None if !(full(&b) && b.value >= scaled(&a)) => a.unit,
        u => u,
    });
    // A code on either end says which dollar a bare `$` is (`$150,000 to $250,000 CAD`).
    let ends = [Some(a), b];
    let currency = ends.iter().flatten().find(|x| !x.dollar).and_then(|x| x.cur).or(a.cur).or(b.and_then(|b| b.cur));
    let currency = currency.or(suffix_cur);
    let times = star && b.is_none() && unit_a.is_none() && currency.is_none() && (1.0..=300.0).contains(&a.value);
    let labelled = || PAY_LABELS.iter().any(|w| line.preceded_by(i, w));
    if unit_a.is_none() && currency.is_none() && !explicit_period && !times && !labelled() {
        return None; // `3-5年`, `100-499人`: numbers, not pay
    }
    let raw = span(line.cs, i, end);
    let (unit_a, unit_b) = if times { (Some(Unit::K), None) } else { (unit_a, unit_b.flatten()) };
    let lo = a.value * unit_a.map_or(1.0, Unit::factor);
    let hi = b.map(|b| b.value * unit_b.map_or(1.0, Unit::factor));
    let unparsed = |message: String| Some(Found::Unreadable { span: raw, code: "salary-unparsed", message });
    if !lo.is_finite() || !hi.unwrap_or(0.0).is_finite() {
        return unparsed("the salary is larger than any pay could be; not read".into());
    }
    if hi.is_some_and(|hi| hi < lo) {
        return unparsed(format!(
            "salary range written high to low ({}-{}); not read",
            crate::text::fmt_num(lo, 2),
            crate::text::fmt_num(hi.unwrap_or(lo), 2)
        ));
    }
    if line.at(end) == Some('/') && !explicit_period && line.at(end + 1).is_some_and(|c| !c.is_ascii_digit()) {
        // `20-40K/fortnight`: a per-something that is no period.
        return unparsed(format!("`{}` names no period this reader knows", raw_text(line.cs, i, end + 1)));
    }
    let currency_written = currency.is_some();
    let currency = currency.unwrap_or(Currency::Cny);
    let lakhs = unit_a == Some(Unit::Lakh);
    let (year_lo, _) = plausible(currency, Period::Year);
    let (month_lo, _) = plausible(currency, Period::Month);
    let period = match period {
        Some(p) => p,
        None if lakhs => Period::Year,
        // `20-30万`: a low end of 10万 or more is pay a year.
        None if currency == Currency::Cny => {
            if unit_a == Some(Unit::Wan) && lo >= 100_000.0 {
                Period::Year
            } else {
                Period::Month
            }
        }
        None if lo >= year_lo => Period::Year,
        // `Up to $2000`, `3k - 7k USD`: a figure below any yearly pay is pay a month; a lone `$3k` may be a bonus.
        None if lo >= month_lo && (unit_a.is_none() || hi.is_some()) => Period::Month,
        None if unit_a == Some(Unit::K) => Period::Year, // refused below, as no plausible pay
        None => {
            return Some(Found::Unreadable {
                span: raw,
                code: "ambiguous-unit",
                message: format!("{} amount without a period: per hour, month or year?", currency.code()),
            })
        }
    };
    let (min, max) = match shape {
        ShapeRule::AtLeast => (Some(lo), None),
        ShapeRule::AtMost => (None, Some(lo)),
        _ => (Some(lo), Some(hi.unwrap_or(lo))),
    };
    if min.is_some_and(|v| v <= 0.0) && max.is_none_or(|v| v <= 0.0) {
        return unparsed("the salary is zero".into());
    }
    let (p_lo, p_hi) = plausible(currency, period);
    // A written currency and period say it is pay: only what is far below the range is refused (`500 ~ 1000$/month`
    // is paid where pay is lower).
    let p_lo = if currency_written && explicit_period { p_lo / 2.5 } else { p_lo };
    if [min, max].into_iter().flatten().any(|v| v > p_hi || (v < p_lo && v > 0.0)) {
        return unparsed(format!(
            "{} {} a {} is not a plausible pay; not read",
            currency.code(),
            raw_text(line.cs, i, end),
            period.id()
        ));
    }
    let unit = if times {
        UnitRule::K
    } else {
        match (unit_a, unit_b) {
            (x, y) if b.is_some() && x != y => UnitRule::Mixed,
            (Some(Unit::K), _) => UnitRule::K,
            (Some(Unit::Qian), _) => UnitRule::Qian,
            (Some(Unit::Wan), _) => UnitRule::Wan,
            (Some(Unit::Lakh), _) => UnitRule::Lakh,
            (None, _) => UnitRule::Amount,
        }
    };
    if times {
        shape = ShapeRule::Times;
    }
    let rule = SalaryRule { unit, shape, months: months.is_some(), currency_written, period_written: explicit_period };
    Some(Found::Salary(Salary { min, max, currency, period, months, raw, rule }))
}

/// A quick test on the bytes: pay needs a digit (ASCII or fullwidth), a currency sign, a private-use character
/// (hidden digits), `面议` or `negotiable`. Most lines have none, and skip the character-by-character reading.
fn may_state_pay(s: &str) -> bool {
    let b = s.as_bytes();
    let marked = b.iter().enumerate().filter(|&(_, &c)| PAY_LEADS[usize::from(c)]).any(|(i, &c)| match c {
        // U+E000–U+EFFF (private use); U+F000–U+F8FF; fullwidth digits and ＄ (EF BC 90–99, 84); ￥ (EF BF A5)
        0xEF => {
            let (b1, b2) = (b.get(i + 1).copied().unwrap_or(0), b.get(i + 2).copied().unwrap_or(0));
            b1 < 0xA4 || (b1 == 0xBC && ((0x90..=0x99).contains(&b2) || b2 == 0x84)) || (b1 == 0xBF && b2 == 0xA5)
        }
        // € (E2 82 AC), ₹ (E2 82 B9)
        0xE2 => b.get(i + 1) == Some(&0x82),
        // £ (C2 A3), ¥ (C2 A5)
        0xC2 => matches!(b.get(i + 1), Some(0xA3 | 0xA5)),
        // digits, `$`, U+E000–U+EFFF (private use)
        _ => true,
    });
    // `面议`, `面議`: one search for the character they share, with a searcher built once.
    static FACE: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let face = FACE.get_or_init(|| memchr::memmem::Finder::new("面".as_bytes()));
    let negotiable = |i: usize| b[i + 3..].starts_with("议".as_bytes()) || b[i + 3..].starts_with("議".as_bytes());
    marked || face.find_iter(b).any(negotiable) || memchr::memmem::find(b, b"egotiable").is_some()
}

/// The bytes `may_state_pay` looks at: ASCII digits, `$`, and the lead bytes of the signs, of fullwidth digits and
/// of the private-use characters. One table read a byte: most bytes of a line are Chinese, and none of these.
const PAY_LEADS: [bool; 256] = {
    let mut t = [false; 256];
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = true;
        d += 1;
    }
    t[b'$' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t[0xEE] = true;
    t[0xEF] = true;
    t
};

/// Reads the salary of a single string (tests, tools): `read("25-35K·14薪")`.
pub fn read(s: &str) -> Option<Found> {
    find(s, 0, s.len())
}
