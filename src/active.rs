//! The active filters as the page shows and edits them outside the filter panel's own controls: the state of a
//! chosen skill (must / any / not, what a skill chip cycles through), the chips above the charts (one per active
//! filter item, each removable), and what touching a chart sets. Pure functions over `Filters`, tested natively.

use joblens_core::fields::{same_value, CITY, FIELDS};
use joblens_core::taxonomy::skill_name;
use joblens_core::text::{fmt_num, lowercase};
use joblens_core::{Education, Filters, Tier};

use crate::charts::tier_label;
use crate::i18n::{edu_label, group_label, Lang, T};

/// What a chosen skill asks of a posting; the URL key of each is its list (`skills`, `any`, `not`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkillState {
    Must,
    Any,
    Not,
}

impl SkillState {
    /// The state a click on the chip gives: must → any → not → must.
    pub fn next(self) -> SkillState {
        match self {
            SkillState::Must => SkillState::Any,
            SkillState::Any => SkillState::Not,
            SkillState::Not => SkillState::Must,
        }
    }

    /// `data-state` of the chip.
    pub fn id(self) -> &'static str {
        match self {
            SkillState::Must => "must",
            SkillState::Any => "any",
            SkillState::Not => "not",
        }
    }

    /// Its URL key.
    pub fn key(self) -> &'static str {
        match self {
            SkillState::Must => "skills",
            SkillState::Any => "any",
            SkillState::Not => "not",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SkillState::Must => T::StateMust,
            SkillState::Any => T::StateAny,
            SkillState::Not => T::StateNot,
        }
        .get(lang)
    }

    const ALL: [SkillState; 3] = [SkillState::Must, SkillState::Any, SkillState::Not];

    fn list(self, f: &mut Filters) -> &mut Vec<u16> {
        match self {
            SkillState::Must => &mut f.all,
            SkillState::Any => &mut f.any,
            SkillState::Not => &mut f.not,
        }
    }
}

/// Which state skill `id` is chosen in, if any.
pub fn skill_state(f: &Filters, id: u16) -> Option<SkillState> {
    [(&f.all, SkillState::Must), (&f.any, SkillState::Any), (&f.not, SkillState::Not)]
        .into_iter()
        .find(|(ids, _)| ids.contains(&id))
        .map(|(_, s)| s)
}

/// Puts skill `id` in `state` (`None`: not chosen), out of the other lists.
pub fn set_skill(f: &mut Filters, id: u16, state: Option<SkillState>) {
    for s in SkillState::ALL {
        let list = s.list(f);
        let had = list.contains(&id);
        if Some(s) != state {
            list.retain(|x| *x != id);
        } else if !had {
            list.push(id);
        }
    }
}

/// The chosen skills with their states, in name order (a chip keeps its place when its state cycles).
pub fn chosen_skills(f: &Filters) -> Vec<(u16, SkillState)> {
    let mut chosen: Vec<(u16, SkillState)> =
        f.all.iter().chain(&f.any).chain(&f.not).filter_map(|&id| Some((id, skill_state(f, id)?))).collect();
    joblens_core::bits::sort_by(&mut chosen, |a, b| skill_name(a.0).cmp(skill_name(b.0)));
    chosen.dedup_by_key(|(id, _)| *id);
    chosen
}

/// Most suggestions the skill picker lists at once; typing narrows them.
pub const SUGGESTIONS: usize = 40;

/// The skills the picker suggests for `query` among `counts` (each skill the data names, with how many postings
/// name it), leaving out those already chosen: the skill the query names exactly (aliases too: `k8s`), then names
/// that start with it, then names that contain it, each group most frequent first.
pub fn suggest(counts: &[(u16, usize)], query: &str, f: &Filters) -> Vec<(u16, usize)> {
    let q = lowercase(query.trim());
    let exact = joblens_core::taxonomy::skill_id(query.trim());
    let rank = |id: u16| {
        let name = lowercase(skill_name(id));
        if Some(id) == exact {
            Some(0)
        } else if name.starts_with(&q) {
            Some(1)
        } else {
            name.contains(&q).then_some(2)
        }
    };
    let mut found: Vec<(u8, u16, usize)> = counts
        .iter()
        .filter(|(id, n)| *n > 0 && skill_state(f, *id).is_none())
        .filter_map(|&(id, n)| Some((rank(id)?, id, n)))
        .collect();
    joblens_core::bits::sort_by(&mut found, |a, b| {
        a.0.cmp(&b.0).then(b.2.cmp(&a.2)).then(skill_name(a.1).cmp(skill_name(b.1)))
    });
    found.into_iter().take(SUGGESTIONS).map(|(_, id, n)| (id, n)).collect()
}

/// One item of an active filter, as a chip above the charts shows it. List filters (tier, the skill lists, city,
/// remote) give a chip per chosen value, so that one can go without the others; the others (q, salary, exp,
/// edu) a chip each. The currency and the pay period are views, not filters: they have no chip.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Tier(Tier),
    Skill(u16, SkillState),
    Text(String),
    Salary(Option<f64>, Option<f64>),
    Exp(f32),
    Edu(Education),
    /// Field `FIELDS[field]` accepts this value.
    Value(usize, Box<str>),
}

impl Item {
    /// The URL key it is written under (`data-key`).
    pub fn key(&self) -> &'static str {
        match self {
            Item::Tier(_) => "tier",
            Item::Skill(_, s) => s.key(),
            Item::Text(_) => "q",
            Item::Salary(..) => "salary",
            Item::Exp(_) => "exp",
            Item::Edu(_) => "edu",
            Item::Value(field, _) => FIELDS[*field].key(),
        }
    }

    /// The value among several of its key (`data-value`): a tier id, a skill, a city; empty for single values.
    pub fn value(&self) -> String {
        match self {
            Item::Tier(t) => t.id().to_string(),
            Item::Skill(id, _) => skill_name(*id).to_string(),
            Item::Value(_, v) => v.to_string(),
            _ => String::new(),
        }
    }

    /// What tells two items apart (the chips' key): the URL key and value, and the numbers of the single values,
    /// in one string (the key type the page's other lists use too, `components::keyed`).
    pub fn id(&self) -> String {
        let bits = |v: Option<f64>| v.map_or(u64::MAX, f64::to_bits);
        let n = match self {
            Item::Salary(lo, hi) => [bits(*lo), bits(*hi)],
            Item::Exp(y) => [u64::from(y.to_bits()), 0],
            Item::Edu(e) => [*e as u64, 0],
            _ => [0; 2],
        };
        let value = match self {
            Item::Text(q) => q.clone(),
            _ => self.value(),
        };
        format!("{}\u{0}{value}\u{0}{}\u{0}{}", self.key(), n[0], n[1])
    }

    /// What the chip says: the filter's name and its value.
    pub fn label(&self, lang: Lang) -> String {
        let k = |v: Option<f64>| v.map(|v| fmt_num(v, 3)).unwrap_or_default();
        match self {
            Item::Tier(t) => format!("{}: {}", T::CompanySize.get(lang), tier_label(*t as usize, lang)),
            Item::Skill(id, s) => format!("{}: {}", s.label(lang), skill_name(*id)),
            Item::Text(q) => format!("{}: {q}", T::SearchShort.get(lang)),
            Item::Salary(lo, hi) => match (lo, hi) {
                (Some(_), None) => format!("{} ≥ {}K", T::Salary.get(lang), k(*lo)),
                (None, Some(_)) => format!("{} ≤ {}K", T::Salary.get(lang), k(*hi)),
                _ => format!("{}: {}–{}K", T::Salary.get(lang), k(*lo), k(*hi)),
            },
            Item::Exp(y) => format!("{} ≤ {}", T::Experience.get(lang), fmt_years(*y)),
            Item::Edu(e) => format!("{}: {}", T::Education.get(lang), edu_label(*e, lang)),
            Item::Value(field, v) => {
                let def = &FIELDS[*field];
                let shown = def.fixed.and_then(|g| g.iter().find(|g| g.id == &**v)).map(|g| group_label(g, lang));
                format!("{}: {}", group_label(&def.name, lang), shown.unwrap_or(v))
            }
        }
    }
}

/// Years of experience as the page writes them (`3`, `1.5`): six decimals cover an `f32` up to 50 years, and
/// `fmt_num` keeps core's float formatting (~5 KB of wasm) out of the page.
pub fn fmt_years(y: f32) -> String {
    fmt_num(f64::from(y), 6)
}

/// Every active filter item, in URL key order.
pub fn items(f: &Filters) -> Vec<Item> {
    let mut out: Vec<Item> = f.tiers.iter().map(|t| Item::Tier(*t)).collect();
    for state in SkillState::ALL {
        let ids = match state {
            SkillState::Must => &f.all,
            SkillState::Any => &f.any,
            SkillState::Not => &f.not,
        };
        out.extend(ids.iter().map(|id| Item::Skill(*id, state)));
    }
    if !f.q.trim().is_empty() {
        out.push(Item::Text(f.q.trim().to_string()));
    }
    if let Some((lo, hi)) = f.salary {
        out.push(Item::Salary(lo, hi));
    }
    out.extend(f.exp.map(Item::Exp));
    out.extend(f.edu.map(Item::Edu));
    for field in 0..FIELDS.len() {
        out.extend(f.values(field).iter().map(|v| Item::Value(field, v.clone())));
    }
    out
}

/// Takes `item` out of the filters (its × on the chip).
pub fn remove(f: &mut Filters, item: &Item) {
    match item {
        Item::Tier(t) => f.tiers.retain(|x| x != t),
        Item::Skill(id, _) => set_skill(f, *id, None),
        Item::Text(_) => f.q.clear(),
        Item::Salary(..) => f.salary = None,
        Item::Exp(_) => f.exp = None,
        Item::Edu(_) => f.edu = None,
        Item::Value(field, v) => f.values_mut(*field).retain(|x| !same_value(x, v)),
    }
}

/// What touching a chart asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Touched {
    /// A skill's bar: that skill as must, or back out when it already is.
    Skill(u16),
    /// A tier's box: that tier selected, or unselected when it already is.
    Tier(Tier),
    /// A city's bar: that city selected, or unselected when it already is.
    City(Box<str>),
    /// A co-occurrence cell: both skills required (one, on the diagonal).
    Both(u16, u16),
    /// A range dragged on the histogram: the salary range, in thousands.
    Salary(f64, f64),
}

/// Applies a touch to the filters.
pub fn touch(f: &mut Filters, t: &Touched) {
    match t {
        Touched::Skill(id) => {
            let must = skill_state(f, *id) == Some(SkillState::Must);
            set_skill(f, *id, (!must).then_some(SkillState::Must));
        }
        Touched::Tier(tier) => {
            if f.tiers.contains(tier) {
                f.tiers.retain(|x| x != tier);
            } else {
                f.tiers.push(*tier);
                joblens_core::bits::sort_by(&mut f.tiers, Ord::cmp);
            }
        }
        Touched::City(city) => {
            let cities = f.values_mut(CITY);
            if cities.iter().any(|c| same_value(c, city)) {
                cities.retain(|c| !same_value(c, city));
            } else {
                cities.push(city.clone());
            }
        }
        Touched::Both(a, b) => {
            set_skill(f, *a, Some(SkillState::Must));
            set_skill(f, *b, Some(SkillState::Must));
        }
        Touched::Salary(lo, hi) => f.salary = Some((Some(*lo), Some(*hi))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use joblens_core::share::{decode_query, encode_query, View};
    use joblens_core::taxonomy::skill_id;

    fn filters(q: &str) -> Filters {
        let (view, warnings) = decode_query(q);
        assert!(warnings.is_empty(), "{warnings:?}");
        view.filters
    }

    fn query(f: &Filters) -> String {
        encode_query(&View { filters: f.clone(), ..View::default() })
    }

    #[test]
    fn a_chip_cycles_must_any_not_and_back_and_the_url_follows() {
        let go = skill_id("Go").unwrap();
        let mut f = filters("skills=Django,Go");
        let mut seen = Vec::new();
        for _ in 0..3 {
            let next = skill_state(&f, go).unwrap().next();
            set_skill(&mut f, go, Some(next));
            seen.push(query(&f));
        }
        assert_eq!(seen, ["skills=Django&any=Go", "skills=Django&not=Go", "skills=Django,Go"]);
        set_skill(&mut f, go, None);
        assert_eq!(query(&f), "skills=Django");
    }

    #[test]
    fn chosen_skills_are_listed_once_in_name_order() {
        let f = filters("skills=Redis&any=Go,Django&not=MySQL");
        let names: Vec<_> = chosen_skills(&f).iter().map(|(id, s)| (skill_name(*id), s.id())).collect();
        assert_eq!(names, [("Django", "any"), ("Go", "any"), ("MySQL", "not"), ("Redis", "must")]);
    }

    #[test]
    fn every_active_filter_is_an_item_and_removing_each_leaves_no_filter() {
        let q = "tier=1000%2B,%3C100&skills=Django&any=Go&not=Redis&q=python&salary=15-30&exp=3&edu=bachelor\
                 &city=%E4%B8%8A%E6%B5%B7&remote=remote";
        let mut f = filters(q);
        let all = items(&f);
        let keys: Vec<_> = all.iter().map(|i| (i.key(), i.value())).collect();
        assert_eq!(
            keys,
            [
                ("tier", "1000+".to_string()),
                ("tier", "<100".into()),
                ("skills", "Django".into()),
                ("any", "Go".into()),
                ("not", "Redis".into()),
                ("q", String::new()),
                ("salary", String::new()),
                ("exp", String::new()),
                ("edu", String::new()),
                ("city", "上海".into()),
                ("remote", "remote".into()),
            ]
        );
        assert_eq!(all[0].label(Lang::Zh), "公司规模: 1000人+");
        assert_eq!(all[6].label(Lang::En), "Salary: 15–30K");
        assert_eq!(Item::Salary(Some(10.0), None).label(Lang::Zh), "薪资 ≥ 10K", "an open end is not shown as empty");
        // One tier goes, the other stays.
        remove(&mut f, &all[0]);
        assert_eq!(query(&f).split('&').next(), Some("tier=%3C100"));
        for item in &all[1..] {
            remove(&mut f, item);
        }
        assert_eq!(f, Filters::default());
    }

    #[test]
    fn touches_toggle_what_they_touch() {
        let (go, redis) = (skill_id("Go").unwrap(), skill_id("Redis").unwrap());
        let mut f = filters("not=Go");
        touch(&mut f, &Touched::Skill(go));
        assert_eq!(query(&f), "skills=Go", "a skill excluded becomes required");
        touch(&mut f, &Touched::Skill(go));
        assert_eq!(query(&f), "");
        touch(&mut f, &Touched::Both(go, redis));
        touch(&mut f, &Touched::Tier(Tier::Tiny));
        touch(&mut f, &Touched::Tier(Tier::Large));
        touch(&mut f, &Touched::City("上海".into()));
        touch(&mut f, &Touched::Salary(15.0, 25.0));
        assert_eq!(query(&f), "tier=1000%2B,%3C100&skills=Go,Redis&salary=15-25&city=%E4%B8%8A%E6%B5%B7");
        touch(&mut f, &Touched::Tier(Tier::Tiny));
        touch(&mut f, &Touched::City("上海".into()));
        assert_eq!(query(&f), "tier=1000%2B&skills=Go,Redis&salary=15-25");
    }

    #[test]
    fn suggestions_put_the_named_skill_first_then_prefixes_then_the_rest() {
        let id = |n: &str| skill_id(n).unwrap();
        let counts = [(id("MySQL"), 20), (id("SQL"), 3), (id("PostgreSQL"), 5), (id("Kubernetes"), 2), (id("Go"), 0)];
        let names = |q: &str, f: &Filters| -> Vec<&str> {
            suggest(&counts, q, f).iter().map(|(i, _)| skill_name(*i)).collect()
        };
        assert_eq!(names("sql", &Filters::default()), ["SQL", "MySQL", "PostgreSQL"]);
        assert_eq!(names("K8S", &Filters::default()), ["Kubernetes"], "an alias names its skill");
        assert_eq!(
            names("", &Filters::default()),
            ["MySQL", "PostgreSQL", "SQL", "Kubernetes"],
            "all, most named first"
        );
        assert_eq!(names("sql", &filters("not=MySQL")), ["SQL", "PostgreSQL"], "chosen skills are not offered");
        assert!(names("go", &Filters::default()).is_empty(), "a skill no posting names is not offered");
    }
}
