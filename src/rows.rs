//! The posting table's contents as plain functions, tested natively: the cells of a row, the salary cell (also
//! the detail's salary rule), and the order of the rows for a sort.

use joblens_core::model::{Currency, Posting};
use joblens_core::{Dataset, Span};

use crate::charts::tier_label;
use crate::i18n::{edu_label, fmt_k, Lang, T};

/// The column the table is sorted by (`Line`: the order of the text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    Line,
    Company,
    Title,
    Tier,
    Salary,
    Months,
    Experience,
    Education,
}

/// What the table shows and how.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TableState {
    pub sort: Sort,
    pub descending: bool,
    pub page: usize,
}

impl Default for TableState {
    fn default() -> Self {
        TableState { sort: Sort::Line, descending: false, page: 0 }
    }
}

/// The texts of one table row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cells {
    pub company: String,
    pub title: String,
    pub tier: String,
    pub salary: String,
    /// The posting states no pay (its salary cell is marked).
    pub no_salary: bool,
    pub months: String,
    pub experience: String,
    pub education: String,
    pub skills: String,
}

fn text(ds: &Dataset, span: Option<Span>) -> String {
    span.map_or(String::new(), |s| s.of(&ds.text).to_string())
}

/// The row of posting `i`, with pay per month or per year (`annual`).
pub fn cells(ds: &Dataset, i: u32, annual: bool, lang: Lang) -> Cells {
    let Some(p) = ds.postings().get(i as usize) else {
        return Cells::default();
    };
    Cells {
        company: text(ds, p.company),
        title: text(ds, p.title),
        tier: p.tier.map_or(String::new(), |t| tier_label(t as usize, lang)),
        salary: salary_cell(p, annual, lang),
        no_salary: p.salary.is_none(),
        months: p.salary.and_then(|s| s.months).map_or(String::new(), |m| m.to_string()),
        experience: p.experience_min_years.map_or(String::new(), |y| crate::active::fmt_years(y) + "+"),
        education: p.education.map_or("", |e| edu_label(e, lang)).to_string(),
        skills: p.skills.skill_names().join(", "),
    }
}

/// The salary cell: thousands per month (or per year in the annual view), in the posting's own currency (its code
/// before any but CNY; never converted).
pub fn salary_cell(p: &Posting, annual: bool, lang: Lang) -> String {
    let Some(s) = p.salary else {
        return T::NoSalary.get(lang).to_string();
    };
    let factor = if annual { s.months_or_default() } else { 1.0 };
    let (lo, hi) = s.monthly_range();
    let f = |v: Option<f64>| v.map(|v| fmt_k(v * factor));
    let range = match (f(lo), f(hi)) {
        (Some(a), Some(b)) if a == b => a,
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) => format!("≥{a}"),
        (None, Some(b)) => format!("≤{b}"),
        (None, None) => String::new(),
    };
    match s.currency {
        Currency::Cny => range,
        c => format!("{} {range}", c.code()),
    }
}

/// Posting `i`'s key for `sort`: whether the value is missing (missing sorts last), then a number, then a text.
pub fn sort_key(ds: &Dataset, i: u32, sort: Sort) -> (u8, f64, String) {
    let p = &ds.postings()[i as usize];
    let num = |v: Option<f64>| v.map_or((1, 0.0, String::new()), |v| (0, v, String::new()));
    match sort {
        Sort::Line => (0, f64::from(p.line), String::new()),
        Sort::Company => (p.company.is_none() as u8, 0.0, text(ds, p.company)),
        Sort::Title => (p.title.is_none() as u8, 0.0, text(ds, p.title)),
        Sort::Tier => (p.tier.is_none() as u8, p.tier.map_or(0.0, |t| -(t as u8 as f64)), String::new()),
        Sort::Salary => num(Some(ds.monthly[i as usize]).filter(|v| !v.is_nan())),
        Sort::Months => num(p.salary.and_then(|s| s.months).map(f64::from)),
        Sort::Experience => num(p.experience_min_years.map(f64::from)),
        Sort::Education => (p.education.is_none() as u8, p.education.map_or(0.0, |e| e as u8 as f64), String::new()),
    }
}

/// The postings `keep` lets through, in the table's order; postings missing the sorted value stay last either
/// way.
pub fn order(ds: &Dataset, keep: &[bool], sort: Sort, descending: bool) -> Vec<u32> {
    let mut ix: Vec<u32> = keep.iter().enumerate().filter(|(_, &b)| b).map(|(i, _)| i as u32).collect();
    if sort != Sort::Line {
        joblens_core::bits::sort_by(&mut ix, |&a, &b| {
            let (ka, kb) = (sort_key(ds, a, sort), sort_key(ds, b, sort));
            ka.0.cmp(&kb.0).then(ka.1.total_cmp(&kb.1)).then(ka.2.cmp(&kb.2))
        });
    }
    if descending {
        let split = ix.iter().position(|&i| sort_key(ds, i, sort).0 == 1).unwrap_or(ix.len());
        ix[..split].reverse();
    }
    ix
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "### 甲-Python 20-40K·14薪\n+ 3年以上 Python Redis 本科\n\n\
                        ### 乙-Go 面议\n+ Go\n\n### 丙-SRE $120k-$180k\n+ Linux\n\n### 丁-Java 15K\n+ Java\n";

    #[test]
    fn a_row_reads_the_posting_as_the_table_shows_it() {
        let ds = Dataset::from_text("t", TEXT);
        let row = cells(&ds, 0, false, Lang::En);
        assert_eq!(
            row,
            Cells {
                company: "甲".into(),
                title: "Python".into(),
                tier: String::new(),
                salary: "20K–40K".into(),
                no_salary: false,
                months: "14".into(),
                experience: "3+".into(),
                education: "Bachelor".into(),
                skills: "Python, Redis".into(),
            }
        );
        assert_eq!(cells(&ds, 0, true, Lang::En).salary, "280K–560K", "the annual view counts 14 months");
        assert_eq!(cells(&ds, 0, false, Lang::Zh).education, "本科", "the data's own word in Chinese");
        assert_eq!(
            (cells(&ds, 1, false, Lang::Zh).salary, cells(&ds, 1, false, Lang::Zh).no_salary),
            ("无薪资".into(), true)
        );
        // Other currencies in the same view, with their code: $120k-$180k a year is 10K-15K a month.
        assert_eq!(cells(&ds, 2, false, Lang::En).salary, "USD 10K–15K");
        assert_eq!(cells(&ds, 2, true, Lang::En).salary, "USD 120K–180K");
        assert_eq!(cells(&ds, 3, false, Lang::En).salary, "15K");
        assert_eq!(cells(&ds, 99, false, Lang::En), Cells::default(), "a row past the data is empty");
    }

    #[test]
    fn sorting_by_pay_keeps_postings_without_pay_last_either_way() {
        let ds = Dataset::from_text("t", TEXT);
        let keep = vec![true; ds.len()];
        assert_eq!(order(&ds, &keep, Sort::Line, false), [0, 1, 2, 3]);
        // By monthly midpoint, whatever the currency (USD 12,500 a month first); no pay last.
        assert_eq!(order(&ds, &keep, Sort::Salary, false), [2, 3, 0, 1]);
        assert_eq!(order(&ds, &keep, Sort::Salary, true), [0, 3, 2, 1]);
        assert_eq!(order(&ds, &keep, Sort::Company, false), [3, 2, 1, 0], "丁 丙 乙 甲 in byte order");
        assert_eq!(order(&ds, &[true, false, true, true], Sort::Months, true), [0, 2, 3]);
    }
}
