//! The page's words in Chinese and English: the fixed texts (`T`), the messages that carry values (`Msg`), and the
//! few texts built from data. One row per text, so a missing translation is a compile error.

use joblens_core::dataset::PayIn;
use joblens_core::groups::Group;
use joblens_core::segment::Site;
use joblens_core::stats::PayStats;
use joblens_core::{Currency, Education, Shape};

use crate::reading::Reading;
use crate::state::{ShareLink, LONG_LINK, MAX_LINK};

pub use joblens_core::share::Lang;

macro_rules! texts {
    ($($key:ident => $zh:expr, $en:expr;)*) => {
        /// A text of the page.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T { $($key),* }

        impl T {
            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((T::$key, Lang::Zh) => $zh, (T::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

texts! {
    AppName => "joblens 招聘分析", "joblens";
    DefaultName => "上海 Python 后端招聘", "Shanghai Python back-end postings";
    PastedName => "粘贴的招聘", "Pasted postings";
    Shown => "条显示", "shown";
    Of => "共", "of";
    Postings => "条招聘", "postings";
    Filters => "筛选", "Filters";
    CompanySize => "公司规模", "Company size";
    SkillsPicker => "技能", "Skills";
    SkillSearch => "搜索技能……", "Search skills…";
    SkillPickerHint => "点技能切换：必须 → 任一 → 排除", "Click a skill to cycle: must → any → not";
    NoSkillFound => "数据中没有这个技能", "No such skill in the data";
    StateMust => "必须", "must";
    StateAny => "任一", "any";
    StateNot => "排除", "not";
    Remove => "移除", "Remove";
    ActiveFilters => "当前筛选", "Active filters";
    SearchShort => "搜索", "Search";
    Search => "搜索公司、职位、正文", "Search company, title, text";
    Min => "最低", "min";
    Max => "最高", "max";
    MaxExperience => "经验要求不超过（年）", "Experience required at most (years)";
    Education => "学历", "Education";
    Any => "不限", "any";
    Reset => "重置筛选", "Reset filters";
    Monthly => "月薪", "Monthly";
    Annual => "年薪", "Annual";
    ChartSkills => "技能频次", "Skill frequency";
    ChartSalaryTier => "各公司规模薪资", "Salary by company size";
    ChartHistogram => "薪资分布", "Salary histogram";
    ChartExperience => "经验与薪资", "Experience × salary";
    ChartCooccurrence => "技能共现", "Skill co-occurrence";
    ChartSalaryCity => "各城市薪资", "Pay by city";
    NoCity => "这些招聘都没有写城市", "No posting names a city";
    Count => "数量", "count";
    Years => "经验（年）", "experience (years)";
    Unknown => "未知", "unknown";
    Company => "公司", "Company";
    Title => "职位", "Title";
    Tier => "规模", "Size";
    Salary => "薪资", "Salary";
    Months => "薪数", "Months";
    Experience => "经验", "Experience";
    Skills => "技能", "Skills";
    NoSalary => "无薪资", "no salary";
    Negotiable => "面议", "negotiable";
    Page => "页", "page";
    Prev => "上一页", "Previous";
    Next => "下一页", "Next";
    Close => "关闭", "Close";
    SalaryRule => "薪资读法", "Salary read as";
    Line => "行", "line";
    Column => "列", "column";
    PasteTitle => "粘贴或载入招聘文本", "Paste or load postings";
    PasteHint => "粘贴招聘文本（Markdown、招聘网站卡片、英文招聘……），或拖入文件", "Paste posting text (markdown, job-site cards, English postings…), or drop a file";
    Replace => "替换数据", "Replace data";
    Append => "追加数据", "Append data";
    ChooseFile => "选择文件", "Choose file";
    Parsing => "解析中", "Parsing";
    Cancel => "取消", "Cancel";
    Diagnostics => "诊断", "Diagnostics";
    Share => "复制分享链接", "Copy share link";
    ExportCsv => "导出 CSV", "Export CSV";
    ExportJson => "导出 JSON", "Export JSON";
    ExportPng => "PNG", "PNG";
    Profile => "我的画像", "My profile";
    ProfileHint => "勾选你掌握的技能和工作年限：看看哪些招聘适合你、薪资区间、最常缺的技能", "Tick your skills and years: see which postings fit, their pay band, and the skills you most often lack";
    MyYears => "我的工作年限", "My years of experience";
    Fitting => "条适合你", "postings fit you";
    PayBand => "薪资区间（p25–p75）", "Pay band (p25–p75)";
    Missing => "最常缺的技能", "Skills you most often lack";
    LoadDefault => "恢复默认数据", "Back to the default data";
    Dismiss => "知道了", "Dismiss";
    CrashTitle => "出错了——你的数据已保留", "Something went wrong — your data is kept";
    CrashBody => "页面遇到了内部错误。你粘贴的数据保存在浏览器中，重新载入即可继续。", "The page hit an internal error. Your pasted data is saved in this browser; reload to continue.";
    Reload => "重新载入", "Reload";
    DayRateNote => "日薪按每月 21.75 天、时薪按每月 174 小时折算为月薪", "Day rates count 21.75 days a month, hourly rates 174 hours a month";
    OtherCurrencies => "其他币种的薪资（未换算；用币种切换查看）", "Pay in other currencies (not converted; pick one with the currency switch)";
    Currency => "币种", "Currency";
    SharedName => "分享的招聘", "Shared postings";
    ReadAsText => "整段作为一条职位读取", "Read as one posting";
    ChartsUnavailable => "图表组件未能载入：重新载入页面可再试。", "The chart library did not load: reload the page to try again.";
    DataFile => "下载数据文件", "Download the data file";
    LongLink => "有些聊天软件会截断超过 8,000 个字符的链接：可以同时发送数据文件，对方用“选择文件”载入。",
        "Some chat apps cut links longer than 8,000 characters: send the data file as well; it loads with “Choose file”.";
}

macro_rules! messages {
    ($($key:ident { $($arg:ident: $ty:ty),* } => $zh:literal, $en:literal;)*) => {
        /// A banner message, with the values it names. Its text is made in the page's language when it is shown.
        #[derive(Clone, Debug, PartialEq)]
        pub enum Msg { $($key { $($arg: $ty),* }),* }

        impl Msg {
            pub fn text(&self, lang: Lang) -> String {
                match self {
                    $(Msg::$key { $($arg),* } => match lang {
                        Lang::Zh => format!($zh),
                        Lang::En => format!($en),
                    },)*
                }
            }
        }
    };
}

messages! {
    NothingToParse {} => "没有可解析的文本：数据未改变。", "Nothing to parse: the text is empty. Your data is unchanged.";
    ParseCancelled {} => "已取消解析：数据未改变。", "Parsing cancelled: your data is unchanged.";
    NoPosting { why: String } => "没有找到招聘（{why}）：数据未改变。", "No posting found ({why}): your data is unchanged.";
    SaveFailed { error: String } => "无法保存到浏览器（{error}）：数据只在本页打开期间保留。",
        "Could not save in this browser ({error}): the data stays only while this page is open.";
    SavedCorrupt {} => "浏览器中保存的数据无法读取，显示默认数据；保存的副本在你粘贴新数据前不会被改动。",
        "The data saved in this browser could not be read; showing the default data. The saved copy is left untouched until you paste new data.";
    StorageUnavailable { error: String } => "无法读取浏览器存储（{error}）：显示默认数据。",
        "Browser storage is unavailable ({error}): showing the default data.";
    LinkDataUnreadable { error: String } => "分享链接中的数据无法读取：{error}。显示默认数据。",
        "The link's data could not be read: {error}. Showing the default data.";
    LinkParameter { key: String, message: String } => "链接参数 `{key}` 无法使用（{message}），已改用默认值。",
        "Link parameter `{key}` ignored ({message}); its default is used.";
    ShareLength { n: String } => "分享链接已放入地址栏并复制：{n} 个字符。", "Share link in the address bar and copied: {n} characters.";
    TooLongForLink { n: String, max: String } => "数据太大，无法放进链接（约 {n} 个字符，浏览器最多打开 {max}）：请发送数据文件，对方用“选择文件”载入。",
        "The data is too large for a link (about {n} characters; browsers open at most {max}): send the data file instead; it loads with “Choose file”.";
    Loaded { name: String, n: usize, shape: String } => "已载入“{name}”：现共 {n} 条招聘（{shape}）。",
        "Loaded “{name}”: {n} postings in all now ({shape}).";
    FileUnreadable { name: String } => "无法读取文件 {name}。", "Could not read the file {name}.";
    NotText { name: String } => "{name} 看起来不是文本文件（二进制？），未载入；数据未改变。",
        "{name} does not look like text (binary?); not loaded. Your data is unchanged.";
    NotUtf8 { name: String } => "{name} 含有非 UTF-8 字节，已替换为 �。", "{name} has bytes that are not UTF-8; they were replaced with �.";
}

/// `n` with a comma between groups of three digits (`2,097,152`).
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The filter sheet's line: how many postings pass the filters.
pub fn passing(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, n) => format!("{n} 条招聘符合筛选"),
        (Lang::En, 1) => "1 posting passes".into(),
        (Lang::En, n) => format!("{n} postings pass"),
    }
}

/// What the share box says about a link: its length, and the warning for a long one; or why no link was made.
pub fn share_lines(link: &ShareLink, lang: Lang) -> Vec<String> {
    match link {
        ShareLink::Ready { url, .. } => {
            let mut lines = vec![Msg::ShareLength { n: thousands(url.len()) }.text(lang)];
            if url.len() > LONG_LINK {
                lines.push(T::LongLink.get(lang).to_string());
            }
            lines
        }
        ShareLink::TooLong(n) => vec![Msg::TooLongForLink { n: thousands(*n), max: thousands(MAX_LINK) }.text(lang)],
    }
}

/// A degree in the page's language (the data keeps 本科; the English page says Bachelor).
pub fn edu_label(e: Education, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => e.label(),
        Lang::En => match e {
            Education::Associate => "Associate",
            Education::Bachelor => "Bachelor",
            Education::Master => "Master",
            Education::Doctor => "Doctorate",
        },
    }
}

/// The unit of a pay axis: `月薪（千元）`, `annual pay (K USD)`.
pub fn pay_unit(pay: PayIn, lang: Lang) -> String {
    let code = pay.currency.code();
    match (lang, pay.annual) {
        (Lang::Zh, annual) => format!("{}（千{}）", if annual { "年薪" } else { "月薪" }, zh_unit(pay.currency)),
        (Lang::En, true) => format!("annual pay (K {code})"),
        (Lang::En, false) => format!("monthly pay (K {code})"),
    }
}

/// The salary filter's heading: `薪资（千元/月）`, `Salary (K USD / year)`.
pub fn salary_range_label(pay: PayIn, lang: Lang) -> String {
    let code = pay.currency.code();
    match (lang, pay.annual) {
        (Lang::Zh, annual) => format!("薪资（千{}/{}）", zh_unit(pay.currency), if annual { "年" } else { "月" }),
        (Lang::En, annual) => format!("Salary (K {code} / {})", if annual { "year" } else { "month" }),
    }
}

/// 元 for CNY, else the code (`千元`, `千 USD`).
fn zh_unit(c: Currency) -> String {
    if c == Currency::Cny {
        "元".into()
    } else {
        format!(" {}", c.code())
    }
}

/// A group's (or a field's) label, as the engine's lists give it in both languages.
pub fn group_label(g: &Group, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => g.zh,
        Lang::En => g.en,
    }
}

/// How a paste's shape is named in the paste panel.
pub fn shape_name(shape: Shape, lang: Lang) -> &'static str {
    match lang {
        Lang::En => shape.describe(),
        Lang::Zh => match shape {
            Shape::Text => "文本",
            Shape::Thread(Site::HackerNews) => "Hacker News 讨论串",
            Shape::Thread(Site::GitHub) => "GitHub issue 讨论串",
            Shape::Thread(Site::Forum) => "论坛讨论串",
            Shape::Delimited(b'\t') => "制表符分隔的表格",
            Shape::Delimited(_) => "CSV 表格",
            Shape::Json => "JSON 记录",
            Shape::Whole => "整段一条",
        },
    }
}

/// How a text is read, in the paste panel: "20 postings: Hacker News thread", or only the shape for a large text
/// that is counted as it loads.
pub fn reading_line(r: Reading, lang: Lang) -> String {
    let shape = shape_name(r.shape, lang);
    if r.shape == Shape::Whole {
        return match lang {
            Lang::Zh => "1 条职位：整段文本".into(),
            Lang::En => "1 posting: the whole text".into(),
        };
    }
    match (lang, r.postings) {
        (Lang::Zh, Some(n)) => format!("{n} 条职位：{shape}"),
        (Lang::Zh, None) => format!("{shape}（文本较大，载入时计数）"),
        (Lang::En, Some(1)) => format!("1 posting: {shape}"),
        (Lang::En, Some(n)) => format!("{n} postings: {shape}"),
        (Lang::En, None) => format!("{shape} (large text: counted as it loads)"),
    }
}

/// Under the title of a dot chart that draws a sample: how many of how many postings are drawn.
pub fn sample_note(shown: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("均匀抽样：绘出 {total} 条中的 {shown} 条"),
        Lang::En => format!("{shown} of {total} postings drawn (even sample)"),
    }
}

/// Formats a CNY amount in thousands for labels (`20K`).
pub fn fmt_k(v: f64) -> String {
    format!("{}K", joblens_core::text::fmt_num(v / 1000.0, 1))
}

/// One line about the pay in a currency the pay charts do not show (never converted): how many kept postings
/// are paid in it, and their median pay per month and per year.
pub fn other_currency_line(pay: &PayStats, lang: Lang) -> String {
    let code = pay.pay.currency.code();
    let (m, y) = (&pay.monthly_midpoint, &pay.annual);
    let (n, month, year) = (m.n, fmt_k(m.median), fmt_k(y.median));
    match (lang, n) {
        (Lang::Zh, 0) => format!("{code}：筛选后没有"),
        (Lang::Zh, _) => format!("{code}：{n} 条，中位数 {month}/月、{year}/年"),
        (Lang::En, 0) => format!("{code}: none among the postings shown"),
        (Lang::En, 1) => format!("{code}: 1 posting, {month} a month, {year} a year"),
        (Lang::En, _) => format!("{code}: {n} postings, median {month} a month, {year} a year"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use joblens_core::filter::PayChoice;
    use joblens_core::{stats, Dataset, Filters};

    #[test]
    fn messages_name_their_values_in_both_languages() {
        let m = Msg::LinkParameter { key: "salary".into(), message: "not a range".into() };
        assert_eq!(m.text(Lang::En), "Link parameter `salary` ignored (not a range); its default is used.");
        assert_eq!(m.text(Lang::Zh), "链接参数 `salary` 无法使用（not a range），已改用默认值。");
    }

    #[test]
    fn share_lines_give_the_length_and_warn_above_8000_characters() {
        let link = |n: usize| ShareLink::Ready { url: "x".repeat(n), fragment: None };
        assert_eq!(share_lines(&link(8000), Lang::En), ["Share link in the address bar and copied: 8,000 characters."]);
        let long = share_lines(&link(8001), Lang::En);
        assert_eq!(long.len(), 2);
        assert!(long[1].starts_with("Some chat apps cut links longer than 8,000 characters"), "{long:?}");
        assert!(!link(8000).offers_file() && link(8001).offers_file());
        let refused = ShareLink::TooLong(2_500_000);
        assert!(refused.offers_file());
        assert_eq!(
            share_lines(&refused, Lang::En)[0].split(':').next(),
            Some("The data is too large for a link (about 2,500,000 characters; browsers open at most 2,097,152)")
        );
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(2_097_152), "2,097,152");
    }

    #[test]
    fn readings_name_the_count_and_the_shape_in_both_languages() {
        let hn = Shape::Thread(Site::HackerNews);
        let r = Reading { shape: hn, postings: Some(20) };
        assert_eq!(reading_line(r, Lang::En), "20 postings: Hacker News thread");
        assert_eq!(reading_line(r, Lang::Zh), "20 条职位：Hacker News 讨论串");
        let one = Reading { shape: Shape::Whole, postings: Some(1) };
        assert_eq!(reading_line(one, Lang::En), "1 posting: the whole text");
        let big = Reading { shape: Shape::Delimited(b'\t'), postings: None };
        assert_eq!(reading_line(big, Lang::En), "tab-separated table (large text: counted as it loads)");
    }

    #[test]
    fn pay_in_the_currencies_the_charts_do_not_show_is_summed_up_apart() {
        let text = "### 甲-Python 20-30K\n+ Python\n\n### Acme-Backend Engineer $120k-$180k\n+ Go\n\n\
                    ### Beta-SRE $100k-$140k\n+ Go\n\n### Gamma-Dev €60.000/year\n+ Java\n";
        let ds = Dataset::from_text("mixed", text);
        let cny = Filters { pay: PayChoice { currency: Some(Currency::Cny), annual: None }, ..Filters::default() };
        let st = stats::compute(&ds, &cny);
        assert_eq!((st.postings, st.pay.monthly_midpoint.n), (4, 1), "counts cover all; pay is CNY's");
        let lines: Vec<String> = st.others.iter().map(|o| other_currency_line(o, Lang::En)).collect();
        assert_eq!(
            lines,
            [
                // Midpoints 150K and 120K a year: median 135K a year, 11.25K a month.
                "USD: 2 postings, median 11.3K a month, 135K a year",
                "EUR: 1 posting, 5K a month, 60K a year",
            ]
        );
        // USD is the default (most salaried postings); the others are CNY and EUR.
        let st = stats::compute(&ds, &Filters::default());
        let codes: Vec<&str> = st.others.iter().map(|o| o.pay.currency.code()).collect();
        assert_eq!((st.pay.pay.currency, codes), (Currency::Usd, vec!["CNY", "EUR"]));
    }

    #[test]
    fn units_name_the_currency_and_the_period_and_degrees_are_english_in_english() {
        let usd_year = PayIn { currency: Currency::Usd, annual: true };
        assert_eq!(pay_unit(usd_year, Lang::En), "annual pay (K USD)");
        assert_eq!(pay_unit(PayIn::default(), Lang::Zh), "月薪（千元）");
        assert_eq!(salary_range_label(usd_year, Lang::Zh), "薪资（千 USD/年）");
        assert_eq!(salary_range_label(PayIn::default(), Lang::En), "Salary (K CNY / month)");
        for e in Education::ALL {
            assert!(edu_label(e, Lang::En).is_ascii(), "{}", edu_label(e, Lang::En));
        }
    }
}
