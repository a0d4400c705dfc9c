//! The charts: one registry ([`CHARTS`]) of what each chart is (id, title, builder, the ECharts modules it needs),
//! and the builders, pure functions from statistics to ECharts options (charming `Chart`s), tested natively as
//! JSON. Each chart says how many postings it shows, in its title and in `ChartSpec::n`.

use charming::component::{Axis, Grid, Legend, Title, VisualMap};
use charming::datatype::DataPoint;
use charming::element::{
    AxisLabel, AxisType, ItemStyle, Label, LabelPosition, NameLocation, Orient, SplitLine, Symbol, Tooltip, Trigger,
};
use charming::series::{Bar, Boxplot, Heatmap, Scatter};
use charming::Chart;

use joblens_core::dataset::PayIn;
use joblens_core::fields::CITY;
use joblens_core::groups::TIER_GROUPS;
use joblens_core::stats::{self, Stats};
use joblens_core::taxonomy::skill_name;
use joblens_core::text::fmt_num;
use joblens_core::views::{self, BoxStats, Point, ValueBox};
use joblens_core::{Dataset, Tier};

use crate::active::Touched;
use crate::i18n::{self, Lang, T};

/// What a chart is: one entry per chart, read by everything that loops over the charts (the page's memos and
/// cards, the tests). A new chart is a builder and an entry here.
pub struct ChartDef {
    /// The element's id and test id (`data-testid`), and the name of its PNG.
    pub id: &'static str,
    pub title: T,
    pub build: Build,
    /// The ECharts modules it needs besides [`SHARED_MODULES`], as `scripts/echarts-entry.js` names them: series
    /// types and components (a test checks that the chart's option uses no other, and that the ECharts build
    /// includes them all).
    pub modules: &'static [&'static str],
    /// Drawn in a taller card (the heatmap's rotated labels and its colour scale).
    pub tall: bool,
}

/// What a chart is built from, which also says what it is redrawn for.
#[derive(Clone, Copy)]
pub enum Build {
    /// The statistics: redrawn when the filters, the data or the language change.
    Stats(fn(&Stats, Head) -> ChartSpec),
    /// The salaried postings' pay in one currency (boxes, dots, bins): also redrawn when the pay view (currency,
    /// month / year) changes.
    Pay(fn(&PayData, Head) -> ChartSpec),
}

/// What every builder is given besides its data: the language and the chart's title in it.
#[derive(Clone, Copy, Debug)]
pub struct Head {
    pub lang: Lang,
    pub title: &'static str,
}

impl ChartDef {
    pub fn head(&self, lang: Lang) -> Head {
        Head { lang, title: self.title.get(lang) }
    }
}

/// The page's first view drawn before the wasm arrives: the options of the default page (the embedded corpus, no
/// filter, no query) in both languages, as JSON `{"en": {id: option, ...}, "zh": {...}}` whose options are the
/// strings the page itself would give `setOption`. `public/first-charts.json` holds it (a test keeps it current);
/// `public/first.js` draws the charts on the first screen from it as soon as ECharts has loaded, and each chart
/// card adopts its pre-drawn chart when its own option is the same string (`components::chart`).
pub fn first_charts() -> String {
    let ds = Dataset::default_corpus();
    let filters = joblens_core::share::View::default().filters;
    let keep = joblens_core::filter::keep_mask(&ds, &filters);
    let pay = filters.pay.resolve(&ds);
    let (stats, pay) = (stats::compute_masked(&ds, &keep, pay), PayData::new(&ds, &keep, pay));
    let by_lang = [Lang::En, Lang::Zh].map(|lang| {
        let options = CHARTS.iter().map(|def| {
            let spec = match def.build {
                Build::Stats(f) => f(&stats, def.head(lang)),
                Build::Pay(f) => f(&pay, def.head(lang)),
            };
            (def.id.to_string(), serde_json::Value::String(spec.json()))
        });
        (lang.id().to_string(), serde_json::Value::Object(options.collect()))
    });
    serde_json::Value::Object(by_lang.into_iter().collect()).to_string() + "\n"
}

/// The ECharts modules every chart needs: its title, its tooltip, the grid its axes sit in, the canvas.
pub const SHARED_MODULES: [&str; 4] = ["TitleComponent", "TooltipComponent", "GridComponent", "CanvasRenderer"];

/// The charts, in the order the page shows them.
pub static CHARTS: [ChartDef; 6] = [
    ChartDef {
        id: "chart-skills",
        title: T::ChartSkills,
        build: Build::Stats(skills),
        modules: &["BarChart"],
        tall: false,
    },
    ChartDef {
        id: "chart-salary-tier",
        title: T::ChartSalaryTier,
        build: Build::Pay(salary_by_tier),
        modules: &["BoxplotChart", "ScatterChart"],
        tall: false,
    },
    ChartDef {
        id: "chart-salary-hist",
        title: T::ChartHistogram,
        build: Build::Pay(histogram),
        modules: &["BarChart"],
        tall: false,
    },
    ChartDef {
        id: "chart-exp-salary",
        title: T::ChartExperience,
        build: Build::Pay(experience_salary),
        modules: &["ScatterChart", "LegendPlainComponent"],
        tall: false,
    },
    ChartDef {
        id: "chart-cooccurrence",
        title: T::ChartCooccurrence,
        build: Build::Stats(cooccurrence),
        modules: &["HeatmapChart", "VisualMapContinuousComponent"],
        tall: true,
    },
    ChartDef {
        id: "chart-salary-city",
        title: T::ChartSalaryCity,
        build: Build::Pay(salary_by_city),
        modules: &["BoxplotChart"],
        tall: false,
    },
];

/// Most dots a chart draws; above this, postings are sampled evenly (the title says so).
pub const MAX_DOTS: usize = 2000;
/// How many skills the skill frequency chart shows.
const TOP_SKILLS: usize = 20;
/// How many cities the pay-by-city chart shows (the most frequent among the kept postings).
const TOP_CITIES: usize = 10;

/// The data behind the pay charts, for one pay view.
#[derive(Clone, Debug, PartialEq)]
pub struct PayData {
    /// The currency and period of every figure below.
    pub pay: PayIn,
    pub boxes: Vec<BoxStats>,
    /// Sampled dots of the salaried postings, and how many there are.
    pub points: Vec<Point>,
    pub total: usize,
    /// The same among postings that state experience (the experience × salary chart).
    pub exp_points: Vec<Point>,
    pub exp_total: usize,
    pub bins: Vec<(f64, usize)>,
    pub bin_width: f64,
    /// The top cities of the kept postings, with counts and pay.
    pub cities: Vec<ValueBox>,
}

impl PayData {
    /// The pay of the postings `keep` lets through, in `pay`'s currency and period.
    pub fn new(ds: &Dataset, keep: &[bool], pay: PayIn) -> PayData {
        let (points, total) = views::points(ds, keep, pay, MAX_DOTS, |_| true);
        let (exp_points, exp_total) = views::points(ds, keep, pay, MAX_DOTS, |f| f.experience.is_some());
        let sorted = views::sorted_values(ds, keep, pay);
        let bin_width = stats::bin_width(pay.currency, pay.annual, &sorted);
        PayData {
            pay,
            boxes: views::tier_boxes(ds, keep, pay),
            points,
            total,
            exp_points,
            exp_total,
            bins: stats::histogram(&sorted, bin_width),
            bin_width,
            cities: views::value_boxes(ds, keep, pay, CITY, TOP_CITIES),
        }
    }
}

/// A chart option and the number of postings it shows (`data-n`).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    pub chart: Chart,
    pub n: usize,
    /// Whether its dots are drawn in ECharts' large mode (see [`LARGE_FROM`]).
    pub large: bool,
    /// What touching its items filters.
    pub touch: Touch,
}

/// What touching a chart filters, item by item: the chart card reads it in its ECharts `click` handler and for
/// a range dragged along the histogram (`js::drag_range`). A click on no item (an empty area) fires no ECharts event, so it does nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Touch {
    #[default]
    Nothing,
    /// Per item of the first series (`dataIndex`), what it selects (`None`: the unknown tier, which no filter
    /// names); a dot of another series selects the category it sits over (its x, rounded).
    Items(Vec<Option<Touched>>),
    /// A heatmap over these skills: the cell at `[x, y]` requires both.
    Cells(Vec<u16>),
    /// Histogram bins starting at these monthly amounts (thousands), `width` wide: a range dragged across bins
    /// sets the salary filter from the first bin's start to the last one's end.
    Bins { starts: Vec<f64>, width: f64 },
}

impl Touch {
    /// What a click on item `index` of series `series`, whose value is `value`, selects.
    pub fn click(&self, series: usize, index: usize, value: &[f64]) -> Option<Touched> {
        match self {
            Touch::Items(items) => {
                let at = if series == 0 { index } else { value.first()?.round().max(0.0) as usize };
                items.get(at)?.clone()
            }
            Touch::Cells(skills) => {
                let at = |i: usize| Some(*skills.get(*value.get(i)? as usize)?);
                Some(Touched::Both(at(0)?, at(1)?))
            }
            Touch::Nothing | Touch::Bins { .. } => None,
        }
    }

    /// What a range dragged from bin `from` to bin `to` selects; an end dragged past the first or the last bin
    /// counts as that bin (ECharts says -1 left of the axis).
    pub fn brush(&self, from: isize, to: isize) -> Option<Touched> {
        let Touch::Bins { starts, width } = self else { return None };
        let last = starts.len().checked_sub(1)? as isize;
        let bin = |i: isize| starts[i.clamp(0, last) as usize];
        Some(Touched::Salary(bin(from.min(to)), bin(from.max(to)) + width))
    }
}

/// A chart with more dots than this draws them all as one path of squares (ECharts' large mode), not one element
/// per dot. Squares are cheaper than circles, whose arcs are built in JS and rastered one by one: the five redraws
/// of a filter change at 10k measured 32–34 ms against 37–39 ms with circles (the same options, alternated). Fewer
/// dots stay circles, one element each, that highlight on hover.
pub const LARGE_FROM: usize = 500;

impl ChartSpec {
    fn new(chart: Chart, n: usize) -> Self {
        ChartSpec { chart, n, large: false, touch: Touch::Nothing }
    }

    fn touch(self, touch: Touch) -> Self {
        ChartSpec { touch, ..self }
    }

    /// The option as JSON, what ECharts' `setOption` receives, with two settings charming 0.6 has no setter for:
    /// large mode for every dot series of a large chart (whatever each series' own size), and tooltips drawn on
    /// the canvas (an HTML tooltip measures the page on every update: ~2 ms per chart).
    pub fn json(&self) -> String {
        let json = crate::json::to_json(&self.chart);
        let json = if self.large {
            json.replace(r#""type":"scatter""#, r#""type":"scatter","large":true,"largeThreshold":0"#)
        } else {
            json
        };
        json.replace(r#""tooltip":{"#, r#""tooltip":{"renderMode":"richText","#)
    }
}

/// A dot series: squares in a large chart, circles otherwise.
fn dot_series(large: bool) -> Scatter {
    let s = Scatter::new();
    if large {
        s.symbol(Symbol::Rect)
    } else {
        s
    }
}

const TIER_COLORS: [&str; 5] = ["#5470c6", "#91cc75", "#fac858", "#ee6666", "#9a9a9a"];
const ACCENT: &str = "#5470c6";

/// Above this many postings charts do not animate: redrawing thousands of points frame by frame costs more
/// than it shows. A chart's first draw never animates (`components::chart`).
const ANIMATE_UP_TO: usize = 1000;

/// A chart with the settings every chart shares.
fn base(n: usize) -> Chart {
    Chart::new().animation(n <= ANIMATE_UP_TO)
}

/// Under the title of a dot chart that draws a sample: how many of how many postings are drawn.
fn sample_note(shown: usize, total: usize, lang: Lang) -> Option<String> {
    (shown < total).then(|| i18n::sample_note(shown, total, lang))
}

fn title(text: &str, n: usize, sub: Option<String>) -> Title {
    let t = Title::new().text(format!("{text} (n={n})")).left("center").top(4);
    match sub {
        Some(s) => t.subtext(s),
        None => t,
    }
}

/// A tier group's label, as `groups::TIER_GROUPS` gives it: `1000人+`, `<100人` in Chinese; the id (`1000+`) in
/// English. A group past the list is the last, unknown.
pub fn tier_label(group: usize, lang: Lang) -> String {
    let g = TIER_GROUPS.get(group).unwrap_or(&TIER_GROUPS[TIER_GROUPS.len() - 1]);
    i18n::group_label(g, lang).to_string()
}

/// A value axis with its name centred along it (names at the ends get clipped by the titles and edges).
fn value_axis(name: &str, gap: f64) -> Axis {
    Axis::new().type_(AxisType::Value).name(name).name_location(NameLocation::Middle).name_gap(gap)
}

fn k(v: f64) -> f64 {
    (v / 10.0).round() / 100.0
}

/// Skill frequency: the top skills by number of postings naming them.
pub fn skills(stats: &Stats, head: Head) -> ChartSpec {
    let lang = head.lang;
    let shown: Vec<_> = stats.skills.iter().take(TOP_SKILLS).collect();
    // Largest at the top of a horizontal bar chart: ECharts draws the first category at the bottom.
    let names: Vec<String> = shown.iter().rev().map(|s| skill_name(s.id).to_string()).collect();
    let touch = Touch::Items(shown.iter().rev().map(|s| Some(Touched::Skill(s.id))).collect());
    let counts: Vec<i64> = shown.iter().rev().map(|s| s.count as i64).collect();
    let chart = base(stats.postings)
        .title(title(head.title, stats.postings, None))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(Grid::new().left(8).right(24).top(40).bottom(28).contain_label(true))
        .x_axis(value_axis(T::Count.get(lang), 24.0).min_interval(1))
        .y_axis(Axis::new().type_(AxisType::Category).data(names).axis_label(AxisLabel::new().interval(0)))
        .series(
            Bar::new()
                .name(T::Count.get(lang))
                .data(counts)
                .item_style(ItemStyle::new().color(ACCENT))
                .label(Label::new().show(true).position(LabelPosition::Right)),
        );
    ChartSpec::new(chart, stats.postings).touch(touch)
}

/// The pay boxes of a box plot (min, p25, median, p75, max in thousands), one per summary.
fn pay_boxes(boxes: impl Iterator<Item = BoxStats>, lang: Lang) -> Boxplot {
    let data: Vec<DataPoint> =
        boxes.map(|b| DataPoint::from(vec![k(b.min), k(b.q1), k(b.median), k(b.q3), k(b.max)])).collect();
    Boxplot::new()
        .name(T::Salary.get(lang))
        .data(data)
        .item_style(ItemStyle::new().color("rgba(84,112,198,0.08)").border_color(ACCENT))
}

/// Salary by company size: a box per tier (min, p25, median, p75, max) with each posting as a jittered dot.
pub fn salary_by_tier(pay: &PayData, head: Head) -> ChartSpec {
    let (boxes, points, total, lang) = (&pay.boxes, &pay.points, pay.total, head.lang);
    // Tiers with salaried postings, in tier order; unknown last, only when present.
    let groups: Vec<usize> = (0..boxes.len()).filter(|&g| boxes[g].n > 0).collect();
    let large = points.len() > LARGE_FROM;
    // The n under the name: four one-line labels overlap at a phone's width.
    let labels: Vec<String> = groups.iter().map(|&g| format!("{}\n(n={})", tier_label(g, lang), boxes[g].n)).collect();
    let box_data = pay_boxes(groups.iter().map(|&g| boxes[g]), lang);
    // Dots on a hidden value axis aligned with the category axis (category i is centred at i).
    let dots: Vec<DataPoint> = points
        .iter()
        .filter_map(|p| {
            let g = joblens_core::groups::tier_group(p.tier);
            let slot = groups.iter().position(|&x| x == g)?;
            let jitter = ((p.index.wrapping_mul(2_654_435_761) % 1000) as f64 / 1000.0 - 0.5) * 0.5;
            Some(DataPoint::from(vec![slot as f64 + jitter, k(p.value)]))
        })
        .collect();
    let chart = base(total)
        .title(title(head.title, total, sample_note(points.len(), total, lang)))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .grid(Grid::new().left(28).right(16).top(56).bottom(8).contain_label(true))
        .x_axis(Axis::new().type_(AxisType::Category).data(labels).axis_label(AxisLabel::new().interval(0)))
        .x_axis(Axis::new().type_(AxisType::Value).min(-0.5).max(groups.len().max(1) as f64 - 0.5).show(false))
        .y_axis(value_axis(&i18n::pay_unit(pay.pay, lang), 36.0).scale(true))
        .series(box_data)
        .series(
            dot_series(large)
                .name(T::Postings.get(lang))
                .x_axis_index(1)
                .symbol_size(5)
                .item_style(ItemStyle::new().color("rgba(238,102,102,0.55)"))
                .data(dots),
        );
    let touch = Touch::Items(groups.iter().map(|&g| Tier::ALL.get(g).map(|t| Touched::Tier(*t))).collect());
    ChartSpec { chart, n: total, large, touch }
}

/// Pay by city: a box (min, p25, median, p75, max) per top city that has pay in the shown currency, labelled with
/// the postings its box is drawn from, as the tiers' boxes are; n is their sum. (A city's postings without pay in
/// that currency are in its rank, not in its n: a box of 2 salaries labelled n=3 would overstate it.)
pub fn salary_by_city(pay: &PayData, head: Head) -> ChartSpec {
    let lang = head.lang;
    let cities: Vec<&ValueBox> = pay.cities.iter().filter(|c| c.pay.n > 0).collect();
    let n: usize = cities.iter().map(|c| c.pay.n).sum();
    let labels: Vec<String> = cities.iter().map(|c| format!("{}\n(n={})", c.value, c.pay.n)).collect();
    let empty = cities.is_empty().then(|| T::NoCity.get(lang).to_string());
    let rotate = if cities.len() > 5 { 30.0 } else { 0.0 };
    let chart = base(n)
        .title(title(head.title, n, empty))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .grid(Grid::new().left(28).right(16).top(56).bottom(8).contain_label(true))
        .x_axis(
            Axis::new().type_(AxisType::Category).data(labels).axis_label(AxisLabel::new().interval(0).rotate(rotate)),
        )
        .y_axis(value_axis(&i18n::pay_unit(pay.pay, lang), 36.0).scale(true))
        .series(pay_boxes(cities.iter().map(|c| c.pay), lang));
    let touch = Touch::Items(cities.iter().map(|c| Some(Touched::City(c.value.clone()))).collect());
    ChartSpec::new(chart, n).touch(touch)
}

/// Salary histogram: postings per pay bin (`stats::bin_width`: 5K for CNY per month, else 1-2-5 steps).
pub fn histogram(pay: &PayData, head: Head) -> ChartSpec {
    let (bins, width, lang) = (&pay.bins, pay.bin_width, head.lang);
    let n: usize = bins.iter().map(|b| b.1).sum();
    let labels: Vec<String> =
        bins.iter().map(|(from, _)| format!("{}-{}", fmt_num(k(*from), 2), fmt_num(k(from + width), 2))).collect();
    let counts: Vec<i64> = bins.iter().map(|b| b.1 as i64).collect();
    // The axis name sits left of the tick labels, which grow with the largest count (`1,800` is five characters).
    let widest = counts.iter().max().map_or(1, |m| m.to_string().len() * 4 / 3);
    let chart = base(n)
        .title(title(head.title, n, None))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(Grid::new().left(28).right(16).top(40).bottom(28).contain_label(true))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(labels)
                .name(i18n::pay_unit(pay.pay, lang))
                .name_location(NameLocation::Middle)
                .name_gap(28),
        )
        .y_axis(value_axis(T::Count.get(lang), 14.0 + 7.0 * widest as f64).min_interval(1))
        .series(
            Bar::new()
                .name(T::Count.get(lang))
                .data(counts)
                .bar_width("90%")
                .item_style(ItemStyle::new().color(ACCENT)),
        );
    // `salary=` is in thousands of the shown currency per the shown period, as the bins are.
    let touch = Touch::Bins { starts: bins.iter().map(|b| b.0 / 1000.0).collect(), width: width / 1000.0 };
    ChartSpec::new(chart, n).touch(touch)
}

/// Experience × salary: one dot per posting with both known, coloured by tier.
pub fn experience_salary(pay: &PayData, head: Head) -> ChartSpec {
    let (points, total, lang) = (&pay.exp_points, pay.exp_total, head.lang);
    let large = points.len() > LARGE_FROM;
    let mut chart = base(total)
        .title(title(head.title, total, sample_note(points.len(), total, lang)))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .legend(Legend::new().bottom(0))
        .grid(Grid::new().left(28).right(16).top(40).bottom(52).contain_label(true))
        .x_axis(value_axis(T::Years.get(lang), 24.0).min(0).split_line(SplitLine::new().show(false)))
        .y_axis(value_axis(&i18n::pay_unit(pay.pay, lang), 36.0).scale(true));
    for (g, color) in TIER_COLORS.iter().enumerate() {
        let data: Vec<DataPoint> = points
            .iter()
            .filter(|p| joblens_core::groups::tier_group(p.tier) == g)
            .map(|p| {
                let jitter = ((p.index.wrapping_mul(40_503) % 1000) as f64 / 1000.0 - 0.5) * 0.3;
                DataPoint::from(vec![f64::from(p.years.unwrap_or(0.0)) + jitter, k(p.value)])
            })
            .collect();
        if !data.is_empty() {
            chart = chart.series(
                dot_series(large)
                    .name(tier_label(g, lang))
                    .symbol_size(7)
                    .item_style(ItemStyle::new().color(*color))
                    .data(data),
            );
        }
    }
    ChartSpec { chart, n: total, large, touch: Touch::Nothing }
}

/// Skill co-occurrence: how many postings name both skills, among the top skills (the diagonal is each skill's
/// own count).
pub fn cooccurrence(stats: &Stats, head: Head) -> ChartSpec {
    let top: Vec<&str> = stats.top20.iter().map(|&id| skill_name(id)).collect();
    let count_of = |name: &str| stats.skills.iter().find(|s| skill_name(s.id) == name).map_or(0, |s| s.count);
    let mut cells: Vec<Vec<DataPoint>> = Vec::new();
    let mut max = 1;
    for (x, a) in top.iter().enumerate() {
        cells.push(vec![DataPoint::from(x as i64), DataPoint::from(x as i64), DataPoint::from(count_of(a) as i64)]);
        max = max.max(count_of(a));
    }
    for pair in &stats.cooccurrence_top20 {
        let (Some(x), Some(y)) = (top.iter().position(|t| *t == pair.a), top.iter().position(|t| *t == pair.b)) else {
            continue;
        };
        for (i, j) in [(x, y), (y, x)] {
            cells.push(vec![DataPoint::from(i as i64), DataPoint::from(j as i64), DataPoint::from(pair.count as i64)]);
        }
    }
    let names: Vec<String> = top.iter().map(|s| s.to_string()).collect();
    let chart = base(stats.postings)
        .title(title(head.title, stats.postings, None))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .grid(Grid::new().left(8).right(16).top(40).bottom(56).contain_label(true))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(names.clone())
                // ECharts leaves out the labels that would overlap (every other one at a phone's width): the y
                // axis names the same skills, each row.
                .axis_label(AxisLabel::new().rotate(45)),
        )
        .y_axis(Axis::new().type_(AxisType::Category).data(names).axis_label(AxisLabel::new().interval(0)))
        .visual_map(
            VisualMap::new()
                .min(0)
                .max(max as f64)
                .calculable(true)
                .orient(Orient::Horizontal)
                .left("center")
                .bottom(0)
                .item_height(120),
        )
        .series(Heatmap::new().name(head.title).data(cells).label(Label::new().show(names_fit(top.len()))));
    ChartSpec::new(chart, stats.postings).touch(Touch::Cells(stats.top20.clone()))
}

fn names_fit(n: usize) -> bool {
    n <= 12
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use joblens_core::Dataset;
    use serde_json::Value;

    fn json(spec: &ChartSpec) -> Value {
        serde_json::from_str(&spec.json()).expect("chart JSON")
    }

    /// `public/first-charts.json` is what `first_charts` makes now: a chart changed without it would be drawn
    /// twice on load (the pre-drawn option, then the page's own). `JOBLENS_BLESS=1 cargo test -p joblens
    /// first_charts` writes it.
    #[test]
    fn first_charts_file_is_current() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let path = root.join("public/first-charts.json");
        let made = first_charts();
        if std::env::var_os("JOBLENS_BLESS").is_some() {
            std::fs::write(&path, &made).expect("public/first-charts.json written");
        }
        let file = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            file == made,
            "public/first-charts.json is not the default page's options: run JOBLENS_BLESS=1 cargo test -p joblens first_charts"
        );
        // The static shell has a box for each chart, in the page's order, for public/first.js to draw into.
        let html = std::fs::read_to_string(root.join("index.html")).expect("index.html");
        let boxes: Vec<&str> = html.split("data-first=\"").skip(1).filter_map(|s| s.split('"').next()).collect();
        assert_eq!(boxes, CHARTS.iter().map(|d| d.id).collect::<Vec<_>>());
        let parsed: Value = serde_json::from_str(&made).expect("first-charts JSON");
        for lang in ["en", "zh"] {
            for def in &CHARTS {
                let option = parsed[lang][def.id].as_str().expect("an option string per chart and language");
                serde_json::from_str::<Value>(option).expect("each option is JSON");
            }
        }
    }

    fn def(id: &str) -> &'static ChartDef {
        CHARTS.iter().find(|c| c.id == id).expect("a chart of the registry")
    }

    /// The chart `id` drawn from `ds` with every posting kept, pay in the data's default currency and period.
    fn draw(id: &str, ds: &Dataset, lang: Lang) -> ChartSpec {
        let keep = vec![true; ds.len()];
        let def = def(id);
        let pay = ds.default_pay();
        match def.build {
            Build::Stats(f) => f(&stats::compute_masked(ds, &keep, pay), def.head(lang)),
            Build::Pay(f) => f(&PayData::new(ds, &keep, pay), def.head(lang)),
        }
    }

    /// The ECharts modules an option uses: a `XChart` per series type, a `XComponent` per component key.
    fn modules_used(option: &Value) -> BTreeSet<String> {
        let capital = |s: &str| s[..1].to_uppercase() + &s[1..];
        let mut used: BTreeSet<String> = SHARED_MODULES.iter().map(|m| m.to_string()).collect();
        for series in option["series"].as_array().into_iter().flatten() {
            used.insert(format!("{}Chart", capital(series["type"].as_str().unwrap())));
        }
        for (key, value) in option.as_object().unwrap() {
            // Axes belong to the grid; the rest are settings, not modules.
            if ["series", "xAxis", "yAxis", "animation"].contains(&key.as_str()) {
                continue;
            }
            // A component with sub-types is a module per sub-type: the option's `type`, else ECharts' default.
            let first = if value.is_array() { &value[0] } else { value };
            let sub = match key.as_str() {
                "legend" => first["type"].as_str().unwrap_or("plain"),
                "visualMap" if first.get("pieces").is_some() => first["type"].as_str().unwrap_or("piecewise"),
                "visualMap" => first["type"].as_str().unwrap_or("continuous"),
                _ => "",
            };
            let sub = if sub.is_empty() { String::new() } else { capital(sub) };
            used.insert(format!("{}{sub}Component", capital(key)));
        }
        used
    }

    #[test]
    fn each_chart_declares_the_echarts_modules_its_option_uses() {
        let ds = Dataset::default_corpus();
        for def in &CHARTS {
            let declared: BTreeSet<String> = SHARED_MODULES.iter().chain(def.modules).map(|m| m.to_string()).collect();
            assert_eq!(modules_used(&json(&draw(def.id, &ds, Lang::En))), declared, "{}", def.id);
        }
    }

    #[test]
    fn the_page_writes_each_option_as_serde_json_does() {
        let ds = Dataset::default_corpus();
        for def in &CHARTS {
            for lang in [Lang::Zh, Lang::En] {
                let chart = draw(def.id, &ds, lang).chart;
                assert_eq!(crate::json::to_json(&chart), serde_json::to_string(&chart).unwrap(), "{}", def.id);
            }
        }
    }

    /// The names `scripts/echarts-entry.js` passes to `echarts.use([...])`, each also imported.
    fn modules_in_the_echarts_build() -> BTreeSet<String> {
        let js = include_str!("../scripts/echarts-entry.js");
        let names = |list: &str| -> Vec<String> {
            list.split(',').map(|n| n.trim().to_string()).filter(|n| !n.is_empty()).collect()
        };
        let (_, used) = js.split_once("echarts.use([").expect("an echarts.use([...]) call");
        let used = names(used.split_once("])").expect("the end of echarts.use([...])").0);
        let imported: BTreeSet<String> = js
            .split("import {")
            .skip(1)
            .flat_map(|block| names(block.split_once('}').expect("the end of an import").0))
            .collect();
        for name in &used {
            assert!(imported.contains(name), "{name} is used but not imported in scripts/echarts-entry.js");
        }
        used.into_iter().collect()
    }

    #[test]
    fn the_echarts_build_includes_every_module_the_charts_need() {
        let built = modules_in_the_echarts_build();
        assert!(built.contains("BarChart") && built.contains("CanvasRenderer"), "{built:?}");
        for def in &CHARTS {
            for m in SHARED_MODULES.iter().chain(def.modules) {
                assert!(built.contains(*m), "{} needs {m}: add it to scripts/echarts-entry.js", def.id);
            }
        }
    }

    #[test]
    fn pay_by_city_has_a_box_per_top_city_with_its_count() {
        let text = "### 甲 | 后端 | 北京 | 25-35K\n\n### 乙 | 前端 | 上海 | 20-30K\n\n### 丙 | 测试 | 上海 | 面议\n\n\
                    ### 丁 | 运维 | 上海 | 20-30K\n\n### 戊 | 数据 | 30-40K\n";
        let ds = Dataset::from_text("cities", text);
        let spec = draw("chart-salary-city", &ds, Lang::En);
        assert_eq!(spec.n, 3, "the salaried postings of the cities drawn");
        let v = json(&spec);
        // 上海 ranks first by its three postings; its box, and so its n, has the two with pay.
        assert_eq!(v["xAxis"]["data"], serde_json::json!(["上海\n(n=2)", "北京\n(n=1)"]));
        assert_eq!(v["series"][0]["type"], "boxplot");
        assert_eq!(v["series"][0]["data"][0], serde_json::json!([25.0, 25.0, 25.0, 25.0, 25.0]));
        assert_eq!(v["series"][0]["data"][1], serde_json::json!([30.0, 30.0, 30.0, 30.0, 30.0]));
        // The default corpus names no city: an empty chart that says so.
        let v = json(&draw("chart-salary-city", &Dataset::default_corpus(), Lang::En));
        assert_eq!(v["title"][0]["subtext"], "No posting names a city");
    }

    #[test]
    fn chart_ids_are_unique_test_ids() {
        let ids: BTreeSet<&str> = CHARTS.iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), CHARTS.len());
        assert!(ids.iter().all(|id| id.starts_with("chart-")), "the page's hooks are chart-*: {ids:?}");
    }

    #[test]
    fn skill_bar_lists_the_most_frequent_skills_largest_on_top() {
        let spec = draw("chart-skills", &Dataset::default_corpus(), Lang::En);
        let v = json(&spec);
        assert_eq!(spec.n, 32);
        assert_eq!(v["title"][0]["text"], "Skill frequency (n=32)");
        let names = v["yAxis"]["data"].as_array().unwrap();
        assert_eq!(names.len(), 20);
        assert_eq!(names.last().unwrap(), "Python");
        assert_eq!(v["series"][0]["type"], "bar");
        assert_eq!(v["series"][0]["data"].as_array().unwrap().last().unwrap(), 32);
    }

    #[test]
    fn salary_by_tier_has_a_box_per_tier_and_a_dot_per_posting() {
        let v = json(&draw("chart-salary-tier", &Dataset::default_corpus(), Lang::Zh));
        assert_eq!(v["xAxis"][0]["data"][3], "<100人\n(n=6)");
        assert_eq!(v["series"][0]["type"], "boxplot");
        // <100: min 12.5, p25 13, median 15, p75 17, max 22.5 (thousands per month).
        assert_eq!(v["series"][0]["data"][3], serde_json::json!([12.5, 13.0, 15.0, 17.0, 22.5]));
        assert_eq!(v["series"][1]["type"], "scatter");
        assert_eq!(v["series"][1]["xAxisIndex"], 1.0);
        assert_eq!(v["series"][1]["data"].as_array().unwrap().len(), 32);
        assert!(v["title"][0]["subtext"].is_null(), "no sampling note under 2,000 dots");
    }

    #[test]
    fn many_dots_draw_as_squares_in_large_mode_few_as_circles_and_tooltips_on_the_canvas() {
        let v = json(&draw("chart-exp-salary", &Dataset::default_corpus(), Lang::En));
        for series in v["series"].as_array().unwrap() {
            assert_eq!(series["type"], "scatter");
            assert!(series["large"].is_null() && series["symbol"].is_null(), "32 dots: circles, one element each");
        }
        assert_eq!(v["tooltip"]["renderMode"], "richText", "tooltips on the canvas");

        let ds = Dataset::from_text("big", joblens_core::synth::corpus(1500, 3));
        let keep = vec![true; ds.len()];
        assert!(PayData::new(&ds, &keep, PayIn::default()).exp_points.len() > LARGE_FROM);
        let v = json(&draw("chart-exp-salary", &ds, Lang::En));
        let series = v["series"].as_array().unwrap();
        assert!(series.len() > 1);
        // Large mode for every tier's series, however few of the dots it has.
        assert!(series.iter().any(|s| s["data"].as_array().unwrap().len() < LARGE_FROM));
        for s in series {
            assert_eq!((&s["large"], &s["largeThreshold"], &s["symbol"]), (&true.into(), &0.into(), &"rect".into()));
        }
        let v = json(&draw("chart-salary-tier", &ds, Lang::En));
        assert_eq!((&v["series"][1]["large"], &v["series"][1]["symbol"]), (&true.into(), &"rect".into()));
    }

    #[test]
    fn dots_are_sampled_above_the_limit_and_the_title_says_so() {
        let ds = Dataset::from_text("big", joblens_core::synth::corpus(3000, 1));
        let keep = vec![true; ds.len()];
        let pay = PayData::new(&ds, &keep, PayIn::default());
        let (points, total) = (&pay.points, pay.total);
        assert!(points.len() <= MAX_DOTS && total > MAX_DOTS);
        let v = json(&draw("chart-salary-tier", &ds, Lang::En));
        assert_eq!(v["title"][0]["subtext"], format!("{} of {total} postings drawn (even sample)", points.len()));
        // The experience chart samples among postings that state experience, and counts all of them.
        let (points, total) = (&pay.exp_points, pay.exp_total);
        assert!(points.len() <= MAX_DOTS && total > MAX_DOTS && points.iter().all(|p| p.years.is_some()));
        let spec = draw("chart-exp-salary", &ds, Lang::Zh);
        assert_eq!(spec.n, total);
        assert_eq!(json(&spec)["title"][0]["subtext"], format!("均匀抽样：绘出 {total} 条中的 {} 条", points.len()));
    }

    #[test]
    fn histogram_and_experience_charts_count_their_postings() {
        let ds = Dataset::default_corpus();
        let h = draw("chart-salary-hist", &ds, Lang::En);
        assert_eq!(h.n, 32);
        assert_eq!(json(&h)["xAxis"]["data"][0], "10-15");
        let e = draw("chart-exp-salary", &ds, Lang::En);
        assert_eq!(e.n, 22, "22 postings state both experience and pay");
        assert_eq!(json(&e)["series"].as_array().unwrap().len(), 4, "one series per tier present");
    }

    #[test]
    fn a_thread_paid_in_usd_draws_every_chart_in_usd_per_year() {
        let text = "### 甲-Python 20-30K\n+ Python\n\n### Acme | Backend | New York | $120k-$180k\n+ Go Python\n\n\
                    ### Beta | SRE | New York | $100k-$140k\n+ Go\n\n### Gamma | Dev | Austin | $150k-$200k\n+ Rust\n";
        let ds = Dataset::from_text("usd", text);
        let n = |id: &str| draw(id, &ds, Lang::En).n;
        // Counts cover every posting; pay charts the three paid in USD.
        assert_eq!((n("chart-skills"), n("chart-cooccurrence")), (4, 4));
        assert_eq!((n("chart-salary-tier"), n("chart-salary-hist"), n("chart-salary-city")), (3, 3, 3));
        let h = json(&draw("chart-salary-hist", &ds, Lang::En));
        assert_eq!(h["xAxis"]["name"], "annual pay (K USD)");
        // Midpoints 120K, 150K, 175K a year: 2K bins, 28 bars, the first from 120K.
        assert_eq!((h["xAxis"]["data"].as_array().unwrap().len(), &h["xAxis"]["data"][0]), (28, &"120-122".into()));
        let v = json(&draw("chart-salary-city", &ds, Lang::En));
        assert_eq!(v["xAxis"]["data"], serde_json::json!(["New York\n(n=2)", "Austin\n(n=1)"]));
        assert_eq!(v["series"][0]["data"][1], serde_json::json!([175.0, 175.0, 175.0, 175.0, 175.0]));
        // The CNY posting's pay, when CNY is chosen: per month, 5K bins.
        let keep = vec![true; ds.len()];
        let cny = PayData::new(&ds, &keep, PayIn::default());
        let h = json(&histogram(&cny, def("chart-salary-hist").head(Lang::Zh)));
        assert_eq!((&h["xAxis"]["name"], &h["xAxis"]["data"]), (&"月薪（千元）".into(), &serde_json::json!(["25-30"])));
    }

    #[test]
    fn cooccurrence_is_a_symmetric_heatmap_of_the_top_skills() {
        let v = json(&draw("chart-cooccurrence", &Dataset::default_corpus(), Lang::En));
        let cells = v["series"][0]["data"].as_array().unwrap();
        let at = |x: i64, y: i64| cells.iter().find(|c| c[0] == x && c[1] == y).map(|c| c[2].clone());
        assert_eq!(at(0, 0), Some(Value::from(32)), "Python with itself: its own count");
        assert_eq!(at(0, 1), Some(Value::from(20)), "Python and MySQL");
        assert_eq!(at(1, 0), at(0, 1));
        assert_eq!(v["visualMap"][0]["max"], 32.0);
        assert_eq!(v["xAxis"]["data"].as_array().unwrap().len(), 20);
    }

    #[test]
    fn touching_an_item_filters_on_what_it_shows() {
        let id = |n: &str| joblens_core::taxonomy::skill_id(n).unwrap();
        let ds = Dataset::default_corpus();
        let spec = draw("chart-skills", &ds, Lang::En);
        let names = json(&spec)["yAxis"]["data"].clone();
        let django = names.as_array().unwrap().iter().position(|n| n == "Django").unwrap();
        assert_eq!(spec.touch.click(0, django, &[]), Some(Touched::Skill(id("Django"))));
        assert_eq!(spec.touch.click(0, 99, &[]), None, "past the bars: nothing");

        let tier = draw("chart-salary-tier", &ds, Lang::Zh);
        assert_eq!(tier.touch.click(0, 3, &[12.5, 13.0, 15.0, 17.0, 22.5]), Some(Touched::Tier(Tier::Tiny)));
        assert_eq!(tier.touch.click(1, 17, &[1.2, 30.0]), Some(Touched::Tier(Tier::Mid)), "a dot: its box's tier");

        let heat = draw("chart-cooccurrence", &ds, Lang::En);
        assert_eq!(heat.touch.click(0, 40, &[0.0, 1.0, 20.0]), Some(Touched::Both(id("Python"), id("MySQL"))));

        let hist = draw("chart-salary-hist", &ds, Lang::En);
        assert_eq!(json(&hist)["xAxis"]["data"][1], "15-20");
        assert_eq!(hist.touch.brush(2, 1), Some(Touched::Salary(15.0, 25.0)), "either way across bins 15-20 and 20-25");
        assert_eq!(hist.touch.click(0, 1, &[]), None, "a bar is no range");
        assert_eq!(hist.touch.brush(-1, 0), Some(Touched::Salary(10.0, 15.0)), "from left of the axis: the first bin");
        assert_eq!(hist.touch.brush(4, 99), Some(Touched::Salary(30.0, 40.0)), "past the last bin: the last");
        assert_eq!(Touch::Bins { starts: vec![], width: 5.0 }.brush(0, 1), None, "no bins, no range");
        // Per year, a range dragged is in thousands a year, as `salary=` is in the annual view.
        let pay = PayIn { annual: true, ..ds.default_pay() };
        let data = PayData::new(&ds, &vec![true; ds.len()], pay);
        let annual = histogram(&data, def("chart-salary-hist").head(Lang::En));
        let Touch::Bins { width, .. } = annual.touch else { panic!("{:?}", annual.touch) };
        assert_eq!(width, data.bin_width / 1000.0, "bins of {} a year", data.bin_width);
        assert!(width > 5.0, "a yearly bin is wider than a 5K monthly one: {width}");

        assert_eq!(draw("chart-exp-salary", &ds, Lang::En).touch, Touch::Nothing);
        let text = "### 甲 | 后端 | 北京 | 25-35K\n\n### 乙 | 前端 | 上海 | 20-30K\n\n### 丁 | 运维 | 上海 | 20-30K\n";
        let city = draw("chart-salary-city", &Dataset::from_text("cities", text), Lang::En);
        assert_eq!(city.touch.click(0, 0, &[]), Some(Touched::City("上海".into())));
    }
}
