//! "My profile": which postings fit a person's skills and years of experience, what those postings pay, and the
//! skills the person most often lacks in them.
//!
//! A posting fits when the person has the experience it asks (or either side says nothing) and at least half of
//! the skills it names (a posting that names none fits on years alone).

use crate::dataset::Dataset;
use crate::model::Currency;
use crate::stats::Quartiles;
use crate::taxonomy::{skill_name, SkillSet, SET_CAPACITY};

/// How many of the most often lacking skills `fit` lists.
pub const MISSING_SHOWN: usize = 5;

/// A person's profile: the skills they have and their years of experience.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    pub skills: Vec<u16>,
    pub years: Option<u8>,
}

impl Profile {
    /// Whether nothing is ticked yet (then there is nothing to fit).
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty() && self.years.is_none()
    }
}

/// What a profile finds among the postings shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fit {
    /// How many postings fit.
    pub fitting: usize,
    /// Monthly pay quartiles of the fitting postings paid in the currency asked for.
    pub band: Quartiles,
    /// The skills the fitting postings name that the profile lacks, most often first (then by name), at most
    /// [`MISSING_SHOWN`], each with the number of fitting postings naming it.
    pub missing: Vec<(u16, usize)>,
}

/// What `profile` finds among the postings of `ds` that `keep` lets through, their pay in `currency`.
///
/// `#[inline]` has it compiled in the crate that calls it: the page's, which is built for size (`opt-level = "z"`),
/// where it was before it moved here. Built at the engine's `"s"` it made the gzipped wasm 1.5 KB larger; it runs
/// once per profile change, so its speed does not matter.
#[inline]
pub fn fit(ds: &Dataset, keep: &[bool], profile: &Profile, currency: Currency) -> Fit {
    let mine: SkillSet = profile.skills.iter().copied().collect();
    let mut pay = Vec::new();
    let mut missing = [0usize; SET_CAPACITY];
    let mut fitting = 0;
    for (i, post) in ds.postings().iter().enumerate() {
        if !keep[i] {
            continue;
        }
        let years_ok = match (profile.years, post.experience_min_years) {
            (Some(mine), Some(asked)) => asked <= f32::from(mine),
            _ => true,
        };
        let lacking = SkillSet(std::array::from_fn(|w| post.skills.0[w] & !mine.0[w]));
        let (named, lack) = (post.skills.len(), lacking.len());
        if !years_ok || (named - lack) * 2 < named {
            continue;
        }
        fitting += 1;
        if ds.currency[i] == currency && !ds.monthly[i].is_nan() {
            pay.push(ds.monthly[i]);
        }
        for s in lacking.iter() {
            missing[s as usize] += 1;
        }
    }
    crate::bits::sort_by(&mut pay, f64::total_cmp);
    let mut missing: Vec<(u16, usize)> =
        (0..SET_CAPACITY as u16).filter(|&s| missing[s as usize] > 0).map(|s| (s, missing[s as usize])).collect();
    crate::bits::sort_by(&mut missing, |a, b| b.1.cmp(&a.1).then(skill_name(a.0).cmp(skill_name(b.0))));
    missing.truncate(MISSING_SHOWN);
    Fit { fitting, band: Quartiles::of_sorted(&pay), missing }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::skill_id;

    const TEXT: &str = "### 甲-Python 20-30K\n+ 3年以上 Python Redis\n\n\
                        ### 乙-Python 10-20K\n+ 1年以上 Python Django MySQL\n\n\
                        ### 丙-Go 30-40K\n+ 5年以上 Go Kubernetes\n\n\
                        ### 丁-SRE $120k-$180k\n+ Python\n\n\
                        ### 戊-实习 面议\n+ 在校生\n";

    fn ids(names: &[&str]) -> Vec<u16> {
        names.iter().map(|n| skill_id(n).expect("a known skill")).collect()
    }

    fn names(missing: &[(u16, usize)]) -> Vec<(&'static str, usize)> {
        missing.iter().map(|&(s, n)| (skill_name(s), n)).collect()
    }

    #[test]
    fn a_posting_fits_with_half_its_skills_and_the_years_it_asks() {
        let ds = Dataset::from_text("t", TEXT);
        let keep = vec![true; ds.len()];
        let p = Profile { skills: ids(&["Python"]), years: Some(3) };
        let f = fit(&ds, &keep, &p, Currency::Cny);
        // 甲 (Python of Python, Redis: half), 丁 (Python), 戊 (names no skill); not 乙 (1 of 3), not 丙 (5 years).
        assert_eq!(f.fitting, 3);
        // Only 甲 is paid in CNY: 25K a month; 丁 in USD: 150K a year, 12.5K a month.
        assert_eq!((f.band.n, f.band.median), (1, 25_000.0));
        let usd = fit(&ds, &keep, &p, Currency::Usd);
        assert_eq!((usd.fitting, usd.band.n, usd.band.median), (3, 1, 12_500.0), "the same postings, pay in USD");
        assert_eq!(names(&f.missing), [("Redis", 1)]);
    }

    #[test]
    fn years_alone_fit_on_experience_and_missing_skills_are_counted_most_often_first() {
        let ds = Dataset::from_text("t", TEXT);
        let keep = vec![true; ds.len()];
        let f = fit(&ds, &keep, &Profile { skills: vec![], years: Some(1) }, Currency::Cny);
        // Only postings that name no skill fit without skills: 戊.
        assert_eq!((f.fitting, f.band.n), (1, 0));
        let f = fit(&ds, &keep, &Profile { skills: ids(&["Python", "Go", "Django"]), years: Some(10) }, Currency::Cny);
        assert_eq!(f.fitting, 5);
        assert_eq!(names(&f.missing), [("Kubernetes", 1), ("MySQL", 1), ("Redis", 1)]);
        assert_eq!((f.band.n, f.band.p25, f.band.p75), (3, 20_000.0, 30_000.0));
        // Only the kept postings count.
        let f = fit(
            &ds,
            &[false, true, false, false, false],
            &Profile { skills: ids(&["Python", "Django"]), years: None },
            Currency::Cny,
        );
        assert_eq!((f.fitting, names(&f.missing)), (1, vec![("MySQL", 1)]));
    }

    #[test]
    fn an_empty_profile_is_empty() {
        assert!(Profile::default().is_empty());
        assert!(!Profile { skills: vec![], years: Some(0) }.is_empty());
    }
}
