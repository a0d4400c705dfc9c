//! The records the parser produces: postings, salaries, diagnostics, and the small closed vocabularies
//! (tier, education, currency, period) they use.

use serde::{Serialize, Serializer};
use std::fmt;

use crate::taxonomy::SkillSet;

/// A byte range into the parsed text. Postings keep spans rather than copies, so 100k postings cost little memory
/// and every extracted value can point back to where it was read (provenance).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub(crate) fn new(start: usize, end: usize) -> Span {
        Span { start: clamp_u32(start), end: clamp_u32(end) }
    }

    /// The text this span covers; empty if the span does not fit `text` (it always does for the text it came from).
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize).unwrap_or("")
    }

    pub(crate) fn len(&self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }
}

fn clamp_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Company-size tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    Large,
    Mid,
    Small,
    Tiny,
}

impl Tier {
    /// Largest first, the order the corpus and the page use.
    pub const ALL: [Tier; 4] = [Tier::Large, Tier::Mid, Tier::Small, Tier::Tiny];

    pub const fn id(self) -> &'static str {
        match self {
            Tier::Large => "1000+",
            Tier::Mid => "500-999",
            Tier::Small => "100-499",
            Tier::Tiny => "<100",
        }
    }

    pub(crate) fn from_id(id: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|t| t.id() == id.trim())
    }

    /// The tier of a company with `n` employees.
    fn of_headcount(n: u64) -> Tier {
        match n {
            0..=99 => Tier::Tiny,
            100..=499 => Tier::Small,
            500..=999 => Tier::Mid,
            _ => Tier::Large,
        }
    }

    /// The tier of a headcount range, or `None` when the range spans two tiers. `hi = None` means unbounded.
    pub(crate) fn of_range(lo: u64, hi: Option<u64>) -> Option<Tier> {
        let a = Tier::of_headcount(lo);
        let b = hi.map_or(Tier::Large, Tier::of_headcount);
        (a == b).then_some(a)
    }
}

impl Serialize for Tier {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// The lowest degree a posting accepts, ordered from lowest to highest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Education {
    Associate,
    Bachelor,
    Master,
    Doctor,
}

impl Education {
    pub const ALL: [Education; 4] = [Education::Associate, Education::Bachelor, Education::Master, Education::Doctor];

    /// The label used in the data and the CLI output.
    pub const fn label(self) -> &'static str {
        match self {
            Education::Associate => "大专",
            Education::Bachelor => "本科",
            Education::Master => "硕士",
            Education::Doctor => "博士",
        }
    }

    /// The identifier used in URLs (`edu=bachelor`).
    pub fn id(self) -> &'static str {
        match self {
            Education::Associate => "associate",
            Education::Bachelor => "bachelor",
            Education::Master => "master",
            Education::Doctor => "doctor",
        }
    }

    pub fn from_id(id: &str) -> Option<Education> {
        let id = id.trim();
        Education::ALL.into_iter().find(|e| e.id().eq_ignore_ascii_case(id) || e.label() == id)
    }
}

impl Serialize for Education {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.label())
    }
}

/// ISO 4217 currency codes the salary reader recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Currency {
    Cny,
    Usd,
    Eur,
    Gbp,
    Cad,
    Aud,
    Twd,
    Hkd,
    Jpy,
    Sgd,
    Chf,
    Inr,
    Krw,
    Vnd,
    Brl,
}

impl Currency {
    pub(crate) const ALL: [Currency; 15] = [
        Currency::Cny,
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Cad,
        Currency::Aud,
        Currency::Twd,
        Currency::Hkd,
        Currency::Jpy,
        Currency::Sgd,
        Currency::Chf,
        Currency::Inr,
        Currency::Krw,
        Currency::Vnd,
        Currency::Brl,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Currency::Cny => "CNY",
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Cad => "CAD",
            Currency::Aud => "AUD",
            Currency::Twd => "TWD",
            Currency::Hkd => "HKD",
            Currency::Jpy => "JPY",
            Currency::Sgd => "SGD",
            Currency::Chf => "CHF",
            Currency::Inr => "INR",
            Currency::Krw => "KRW",
            Currency::Vnd => "VND",
            Currency::Brl => "BRL",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code().eq_ignore_ascii_case(code))
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// The period a salary amount is paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Hour,
    Day,
    Month,
    Year,
}

/// Working days per month used to turn day rates into monthly pay (shown in the UI).
const DAYS_PER_MONTH: f64 = 21.75;
/// Working hours per month used to turn hourly rates into monthly pay (shown in the UI).
const HOURS_PER_MONTH: f64 = 174.0;

impl Period {
    pub fn id(self) -> &'static str {
        match self {
            Period::Hour => "hour",
            Period::Day => "day",
            Period::Month => "month",
            Period::Year => "year",
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// How a salary was read: the unit its numbers were written in, the shape of the span, and whether salary months
/// were given. Displays as the `rule` string of the CLI output, e.g. `k-range-months`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SalaryRule {
    pub(crate) unit: UnitRule,
    pub(crate) shape: ShapeRule,
    pub(crate) months: bool,
    /// Whether the currency and the period were written, or are defaults (the posting's language can change them).
    pub(crate) currency_written: bool,
    pub(crate) period_written: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitRule {
    /// `20-40K`, `$150k`
    K,
    /// `8千`
    Qian,
    /// `1.5-2万`
    Wan,
    /// Different units on the two ends: `8千-1.2万`.
    Mixed,
    /// Plain amounts: `7000-14000元`, `$110,000`, `€60.000`.
    Amount,
    /// `₹12-18 lakhs`, `15 LPA`: hundreds of thousands of rupees a year.
    Lakh,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ShapeRule {
    Range,
    Single,
    /// Lower bound only: `8K以上`, `$150k+`.
    AtLeast,
    /// Upper bound only: `8K以下`.
    AtMost,
    /// `30*16`: monthly thousands times salary months.
    Times,
}

impl fmt::Display for SalaryRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.unit {
            UnitRule::K => "k",
            UnitRule::Qian => "qian",
            UnitRule::Wan => "wan",
            UnitRule::Mixed => "mixed",
            UnitRule::Amount => "amount",
            UnitRule::Lakh => "lakh",
        };
        let shape = match self.shape {
            ShapeRule::Range => "range",
            ShapeRule::Single => "single",
            ShapeRule::AtLeast => "at-least",
            ShapeRule::AtMost => "at-most",
            ShapeRule::Times => "times",
        };
        write!(f, "{unit}-{shape}")?;
        if self.months {
            f.write_str("-months")?;
        }
        Ok(())
    }
}

impl Serialize for SalaryRule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A salary as written: absolute amounts of `currency` per `period`. An open end is `None`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Salary {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub currency: Currency,
    pub period: Period,
    pub months: Option<u8>,
    /// Where the salary was read, in the original text.
    pub raw: Span,
    pub rule: SalaryRule,
}

impl Salary {
    /// The midpoint of the range, or the known end when one end is open, in `currency` per `period`.
    fn midpoint(&self) -> Option<f64> {
        match (self.min, self.max) {
            (Some(a), Some(b)) => Some((a + b) / 2.0),
            (Some(a), None) | (None, Some(a)) => Some(a),
            (None, None) => None,
        }
    }

    /// Converts an amount in this salary's period to a monthly amount (day and hour rates with
    /// [`DAYS_PER_MONTH`] and [`HOURS_PER_MONTH`]; yearly amounts over the salary months, 12 when unknown).
    fn to_monthly(self, amount: f64) -> f64 {
        match self.period {
            Period::Month => amount,
            Period::Year => amount / f64::from(self.months.unwrap_or(12)),
            Period::Day => amount * DAYS_PER_MONTH,
            Period::Hour => amount * HOURS_PER_MONTH,
        }
    }

    /// The monthly midpoint: what the statistics and charts use.
    pub(crate) fn monthly_midpoint(&self) -> Option<f64> {
        self.midpoint().map(|m| self.to_monthly(m))
    }

    /// The monthly range, open ends `None`.
    pub fn monthly_range(&self) -> (Option<f64>, Option<f64>) {
        (self.min.map(|v| self.to_monthly(v)), self.max.map(|v| self.to_monthly(v)))
    }

    /// Salary months per year, 12 when the posting does not say.
    pub fn months_or_default(&self) -> f64 {
        f64::from(self.months.unwrap_or(12))
    }
}

/// One match of a skill or concept in a posting: which one, on what line, where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub id: u16,
    pub concept: bool,
    pub line: u32,
    pub span: Span,
}

/// One job posting as extracted. Text values are spans into the parsed text.
#[derive(Clone, Debug, PartialEq)]
pub struct Posting {
    /// 1-based line of the posting's first line.
    pub line: u32,
    /// The whole posting: its heading (if any) and body.
    pub span: Span,
    pub tier: Option<Tier>,
    pub company: Option<Span>,
    pub title: Option<Span>,
    pub salary: Option<Salary>,
    pub experience_min_years: Option<f32>,
    pub education: Option<Education>,
    pub skills: SkillSet,
    pub(crate) concepts: SkillSet,
    pub matches: Vec<Match>,
    /// Where the job is, as written (`上海·浦东新区·张江`, `Berlin, Germany`).
    pub location: Option<Span>,
    /// The city of `location` (or of a city heading or column): the place part as written, case normalised, or
    /// the name an alias stands for (`NYC` → `New York`, `Bei Jing` → `北京`).
    pub city: Option<Box<str>>,
    pub remote: Option<Remote>,
    pub posted: Option<Date>,
    /// The company's funding stage (`C轮`, `已上市`) and industry, from a job-site card or a table.
    pub stage: Option<Span>,
    pub industry: Option<Span>,
}

/// Whether the job can be done away from an office.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Remote {
    Remote,
    Hybrid,
    Onsite,
}

impl Remote {
    pub const ALL: [Remote; 3] = [Remote::Remote, Remote::Hybrid, Remote::Onsite];

    pub fn id(self) -> &'static str {
        match self {
            Remote::Remote => "remote",
            Remote::Hybrid => "hybrid",
            Remote::Onsite => "onsite",
        }
    }

    pub fn from_id(id: &str) -> Option<Remote> {
        Remote::ALL.into_iter().find(|r| r.id().eq_ignore_ascii_case(id.trim()))
    }
}

impl Serialize for Remote {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// A calendar date, as a posting's date is given (no time, no zone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date that exists in the Gregorian calendar between 1990 and 2100, or `None`.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1990..=2100).contains(&year) && (1..=days).contains(&day)).then_some(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    /// `error`, `warning`, `info`: the CLI's and the page's word for the level (its JSON form too).
    pub fn id(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
        }
    }
}

/// Something the parser did not understand, or chose to point out, at a line of the input.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    pub line: u32,
    pub level: Level,
    pub code: &'static str,
    pub message: String,
}

impl Diagnostic {
    pub(crate) fn new(line: u32, level: Level, code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic { line, level, code, message: message.into() }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
        };
        write!(f, "line {}: {level} [{}] {}", self.line, self.code, self.message)
    }
}
