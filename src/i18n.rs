//! The page's words in Chinese and English. One row per text, so a missing translation is a compile error.

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
    SkillsAll => "技能：全部需要", "Skills: all of";
    SkillsAny => "技能：任一", "Skills: any of";
    SkillsNot => "技能：排除", "Skills: none of";
    Search => "搜索公司、职位、正文", "Search company, title, text";
    SalaryRange => "薪资（千元/月）", "Salary (K CNY / month)";
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
    Count => "数量", "count";
    Years => "经验（年）", "experience (years)";
    MonthlyK => "月薪（千元）", "monthly pay (K CNY)";
    AnnualK => "年薪（千元）", "annual pay (K CNY)";
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
    OtherCurrencies => "其他币种（未换算，单独统计）", "Other currencies (not converted, counted apart)";
}
