//! The groups postings are counted in: company-size tiers, experience bands and education groups, each with the id
//! the statistics JSON and the CLI write and the labels the page shows. Every list ends with the postings that do
//! not say. The dataset indexes these groups and the statistics, charts and filters read them from here, so no
//! other file spells a group's id or label.

use crate::model::{Education, Tier};

/// One group: its id (a key of the statistics JSON) and its labels on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Group {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

/// The last group of every list: postings that do not say.
const UNKNOWN: Group = Group { id: "unknown", zh: "未知", en: "unknown" };

/// Company-size tiers in `Tier` order (largest first), then unknown. The ids are the tiers' own (`Tier::id`), and
/// English shows them as they are.
pub const TIER_GROUPS: [Group; 5] = [
    tier(Tier::Large, "1000人+"),
    tier(Tier::Mid, "500-999人"),
    tier(Tier::Small, "100-499人"),
    tier(Tier::Tiny, "<100人"),
    UNKNOWN,
];

const fn tier(t: Tier, zh: &'static str) -> Group {
    Group { id: t.id(), zh, en: t.id() }
}

/// The index in `TIER_GROUPS` of a posting's tier.
pub fn tier_group(t: Option<Tier>) -> usize {
    t.map_or(TIER_GROUPS.len() - 1, |t| t as usize)
}

/// Experience bands by minimum years asked: `0` (fewer than 1: 应届/不限, `6+ months`), `1-3` (1 ≤ y < 3), `3-5`,
/// `5-10`, `10+`, then unknown.
pub const EXPERIENCE_BANDS: [Group; 6] = [
    Group { id: "0", zh: "应届/不限", en: "none" },
    Group { id: "1-3", zh: "1-3年", en: "1-3 years" },
    Group { id: "3-5", zh: "3-5年", en: "3-5 years" },
    Group { id: "5-10", zh: "5-10年", en: "5-10 years" },
    Group { id: "10+", zh: "10年以上", en: "10+ years" },
    UNKNOWN,
];

/// The index in `EXPERIENCE_BANDS` of a posting's minimum years.
pub fn experience_band(years: Option<f32>) -> usize {
    match years {
        Some(y) if y < 1.0 => 0,
        Some(y) if y < 3.0 => 1,
        Some(y) if y < 5.0 => 2,
        Some(y) if y < 10.0 => 3,
        Some(_) => 4,
        None => 5,
    }
}

/// Degrees in `Education` order (lowest first), then unknown. The ids are the degrees' labels in the data
/// (`Education::label`), which Chinese shows as they are.
pub const EDUCATION_GROUPS: [Group; 5] = [
    degree(Education::Associate, "associate (大专)"),
    degree(Education::Bachelor, "bachelor (本科)"),
    degree(Education::Master, "master (硕士)"),
    degree(Education::Doctor, "doctorate (博士)"),
    UNKNOWN,
];

const fn degree(e: Education, en: &'static str) -> Group {
    Group { id: e.label(), zh: e.label(), en }
}

/// The index in `EDUCATION_GROUPS` of a posting's degree.
pub fn education_group(e: Option<Education>) -> usize {
    e.map_or(EDUCATION_GROUPS.len() - 1, |e| e as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_has_its_group_and_unknown_comes_last() {
        for t in Tier::ALL {
            assert_eq!(TIER_GROUPS[tier_group(Some(t))].id, t.id());
        }
        for e in Education::ALL {
            assert_eq!(EDUCATION_GROUPS[education_group(Some(e))].id, e.label());
        }
        let bands: Vec<&str> = [0.0, 0.5, 1.0, 2.5, 3.0, 4.0, 5.0, 9.5, 10.0, 30.0]
            .map(|y| EXPERIENCE_BANDS[experience_band(Some(y))].id)
            .into();
        assert_eq!(bands, ["0", "0", "1-3", "1-3", "3-5", "3-5", "5-10", "5-10", "10+", "10+"]);
        assert_eq!(TIER_GROUPS[tier_group(None)], UNKNOWN);
        assert_eq!(EXPERIENCE_BANDS[experience_band(None)], UNKNOWN);
        assert_eq!(EDUCATION_GROUPS[education_group(None)], UNKNOWN);
    }
}
