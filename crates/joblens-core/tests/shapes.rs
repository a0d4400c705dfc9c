//! Pastes of every shape come apart into their postings: threads (Hacker News, GitHub, a forum), tables (TSV, CSV,
//! JSON arrays and Lines, markdown tables under city headings), job-site cards, job-board cards and recruiting
//! pages. The fixtures are written for these tests, in the shapes real pages have, with the variants the
//! development files lack (first and last comments, replies, flagged posts, dates instead of ages, reordered
//! card lines).

use joblens_core::{parse, Parser, Posting, Shape};

/// What a test checks of one posting: its line, company, title, city, and the salary's (min, max, currency, period)
/// when there is one.
struct Want<'a> {
    line: u32,
    company: Option<&'a str>,
    city: Option<&'a str>,
    salary: Option<(f64, f64, &'a str, &'a str)>,
}

fn w<'a>(line: u32, company: Option<&'a str>, city: Option<&'a str>) -> Want<'a> {
    Want { line, company, city, salary: None }
}

fn check(text: &str, shape: Shape, want: &[Want]) -> Vec<Posting> {
    let mut p = Parser::new();
    p.step(text, 1);
    assert_eq!(p.shape(), Some(shape), "shape");
    let parsed = parse(text);
    let got: Vec<(u32, Option<&str>, Option<&str>)> =
        parsed.postings.iter().map(|p| (p.line, p.company.map(|c| c.of(text)), p.city.as_deref())).collect();
    let expected: Vec<(u32, Option<&str>, Option<&str>)> = want.iter().map(|w| (w.line, w.company, w.city)).collect();
    assert_eq!(got, expected, "diagnostics: {:?}", parsed.diagnostics);
    for (p, w) in parsed.postings.iter().zip(want) {
        if let Some((lo, hi, cur, per)) = w.salary {
            let s = p.salary.unwrap_or_else(|| panic!("posting at line {} has no salary", p.line));
            assert_eq!((s.min, s.max, s.currency.code(), s.period.id()), (Some(lo), Some(hi), cur, per));
        }
    }
    parsed.postings
}

#[test]
fn hacker_news_thread_with_replies_flags_and_dates() {
    let text = "\
Ask HN: Who is hiring? (June 2024)
412 points by whoishiring on June 3, 2024 | hide | past | favorite | 320 comments

alice on June 3, 2024 | next [–]

Acme Robotics | Senior Backend Engineer | Berlin, Germany | ONSITE | €80k-€100k
We build warehouse robots in Rust and Go.
---
Apply: jobs@acme.example

reply

bob on June 3, 2024 | parent | next [–]

Are you hiring remote engineers too? I am a senior Python developer, $120k would do.

reply

carol 2 days ago | prev | next [–]

Beta Labs - https://beta.example/jobs - REMOTE (US only)
Python, Django and PostgreSQL. $150k-$180k.
## Stack
* Kubernetes

reply

dave 2 days ago [flagged] | prev | next [–]

[flagged]

erin 1 day ago | prev [–]

Gamma Inc (NYC) | Data Engineer | Hybrid | $140k–$160k + equity
Airflow and Spark.
";
    let postings = check(
        text,
        Shape::Thread(joblens_core::segment::Site::HackerNews),
        &[
            Want { salary: Some((80000.0, 100000.0, "EUR", "year")), ..w(6, Some("Acme Robotics"), Some("Berlin")) },
            Want { salary: Some((150000.0, 180000.0, "USD", "year")), ..w(21, Some("Beta Labs"), None) },
            w(34, Some("Gamma Inc"), Some("New York")),
        ],
    );
    // Chrome dates are the posts' dates; ages give none. Rules and headings inside a comment stay in it.
    assert_eq!(postings[0].posted.map(|d| d.to_string()).as_deref(), Some("2024-06-03"));
    assert_eq!(postings[1].posted, None);
    assert!(postings[1].skills.skill_names().contains(&"Kubernetes"));
    assert_eq!(postings[1].remote.map(|r| r.id()), Some("remote"));
    assert_eq!(postings[2].remote.map(|r| r.id()), Some("hybrid"));
    let parsed = parse(text);
    let count = |code: &str| parsed.diagnostics.iter().filter(|d| d.code == code).count();
    assert_eq!(count("not-a-job-post"), 1, "the flagged post is skipped and listed");
    // A reply is skipped even when it has pay and hiring words: the thread's posts are its top-level comments.
    assert_eq!(count("reply-skipped"), 1, "the reply is skipped and listed");
}

#[test]
fn github_issue_thread() {
    let text = "\
谁在招人？2024 年 6 月 #42

octocat commented on Jun 1, 2024

【上海】某某科技 招聘 Python 后端工程师 20-35K·14薪
要求：3年以上经验，熟悉 FastAPI、Redis。

hubot commented on Jun 2, 2024 • edited

[北京/远程] 星河数据 诚聘 Go 开发 薪水 25-40K

alice commented on Jun 3, 2024

简历已发，期待回复

bob commented on Jun 3, 2024

请问还招人吗？
";
    // The offer word splits company from title; the applicants' answers are no postings.
    let postings = check(
        text,
        Shape::Thread(joblens_core::segment::Site::GitHub),
        &[w(5, Some("某某科技"), Some("上海")), w(10, Some("星河数据"), Some("北京"))],
    );
    let titles: Vec<&str> = postings.iter().filter_map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, ["Python 后端工程师", "Go 开发"]);
    let skipped = parse(text).diagnostics.iter().filter(|d| d.code == "not-a-job-post").count();
    assert_eq!(skipped, 2, "the two answers are skipped and listed");
    assert_eq!(postings[0].posted.map(|d| d.to_string()).as_deref(), Some("2024-06-01"));
    assert_eq!(postings[0].experience_min_years, Some(3.0));
    assert_eq!(postings[1].remote.map(|r| r.id()), Some("remote"));
}

#[test]
fn a_github_issue_that_is_one_posting_under_its_title() {
    // One job per issue: the title names company, role and place, the body stands under `opened this issue`, and
    // the comments are a bot's and the author's own follow-up.
    let text = "\
Quokka Systems - Backend Engineer - Berlin - Full-time #88

Open
ana-r opened this issue on Mar 1, 2024 · 3 comments

## Salary
* €5000 - €6500/month

## Requirements
* 3+ years of Go or Rust

stale[bot] commented on Jun 9, 2024
This job post has been marked as stale because it has seen no activity.

ana-r commented on Jun 10, 2024
Still open, and we sponsor visas.

lee commented on Jun 11, 2024
Is it open to juniors?
";
    let postings = check(
        text,
        Shape::Thread(joblens_core::segment::Site::GitHub),
        &[Want { salary: Some((5000.0, 6500.0, "EUR", "month")), ..w(1, Some("Quokka Systems"), Some("Berlin")) }],
    );
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Backend Engineer"));
    assert_eq!(postings[0].experience_min_years, Some(3.0));
    assert_eq!(postings[0].posted.map(|d| d.to_string()).as_deref(), Some("2024-03-01"));
    // Each skipped comment is listed, with the line its text starts on.
    let diags = parse(text).diagnostics;
    let skipped: Vec<(&str, u32)> = diags
        .iter()
        .filter(|d| d.level == joblens_core::Level::Info && d.code != "no-salary")
        .map(|d| (d.code, d.line))
        .collect();
    assert_eq!(skipped, [("bot-comment", 13), ("author-follow-up", 16), ("not-a-job-post", 19)]);
    // The page's newer layout: the title, then the author's `commented` header over the issue's text.
    let text = "\
星河互娱 上海 社招/校招内推 #12
Closed
zhangsan opened this issue on Aug 3, 2019 · 2 comments

zhangsan commented on Aug 3, 2019
Java 后端开发，20-35K，要求：工作三年以上。
简历请发邮件。

zhangsan commented on Sep 25, 2019
补充：我会根据你的偏好针对性内推。
";
    let postings =
        check(text, Shape::Thread(joblens_core::segment::Site::GitHub), &[w(1, Some("星河互娱"), Some("上海"))]);
    assert_eq!(postings[0].salary.and_then(|s| s.max), Some(35_000.0));
    assert_eq!(postings[0].posted.map(|d| d.to_string()).as_deref(), Some("2019-08-03"));
    // Copied without its opening line: the issue's text stands above the first comment's header.
    let text = "\
# [Remote] Frontend Developer at Tern Labs

## Local

Remote - office in London

## Salary

USD 3000 - 4000 per month

alice commented on Aug 13, 2019
Is this still open?

bob commented on Aug 14, 2019
@alice yes
";
    let postings = check(text, Shape::Thread(joblens_core::segment::Site::GitHub), &[w(1, Some("Tern Labs"), None)]);
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Frontend Developer"));
    assert_eq!(postings[0].remote.map(|r| r.id()), Some("remote"));
    assert_eq!(postings[0].salary.map(|s| (s.min, s.max)), Some((Some(3000.0), Some(4000.0))));
    // A title alone above the first comment is no post of its own: the comment under it is the posting.
    let text = "\
Tern Labs 招聘 Rust 工程师 #7

lee commented on Aug 3, 2019
Rust 工程师，20-35K，工作三年以上。
简历请发邮件。
";
    // (Its company is the comment's to say: a thread's title is no comment's.)
    check(text, Shape::Thread(joblens_core::segment::Site::GitHub), &[w(4, None, None)]);
}

#[test]
fn a_location_given_as_a_section_or_with_the_way_of_working() {
    // A section of its own, one fact a line: the city, and how one works there.
    let place = |text: &str| {
        let p = parse(text).postings.remove(0);
        (p.city.as_deref().map(str::to_owned), p.remote.map(|r| r.id()))
    };
    let section = |lines: &str| format!("# Tern - Go Developer\n\n## Location\n{lines}\n\n## Salary\n* $2000/month\n");
    assert_eq!(place(&section("* Ha Noi, Vietnam\n* Onsite")), (Some("Hanoi".into()), Some("onsite")));
    assert_eq!(place(&section("* Louisville, KY\n* Fulltime")), (Some("Louisville".into()), None));
    // Several places, one a line, name no one city.
    assert_eq!(place(&section("* Berlin\n* London")), (None, None));
    // A labelled place with the way of working after it, or before it.
    assert_eq!(
        place("Tern | Go Developer\nLocation: Singapore, onsite\n$2000/month\n"),
        (Some("Singapore".into()), Some("onsite"))
    );
    assert_eq!(
        place("Tern | Go Developer\nLocation: On-site in Berlin\n$2000/month\n"),
        (Some("Berlin".into()), Some("onsite"))
    );
}

#[test]
fn a_job_boards_lists_of_links_under_company_names() {
    // A newsletter's jobs section: a bold company name over links, one role each, with the place in brackets.
    let text = "\
# Rust Jobs

**Tern Robotics**

* [Senior Rust Engineer (Remote)](https://jobs.tern.example/1)

**Quokka Systems**

* [Backend Developer (Paris, FR)](https://quokka.example/jobs/2)
* [Junior Rust Engineer (Toronto, ON, CA, Remote)](https://quokka.example/jobs/3)
* [Software Engineer (Glasgow, UK, Remote UK, Luxembourg - Relocation Available)](https://quokka.example/jobs/4)

* [Embedded Engineer at Vireo Labs](https://vireo.example/careers).
";
    let postings = check(
        text,
        Shape::Text,
        &[
            w(5, Some("Tern Robotics"), None),
            w(9, Some("Quokka Systems"), Some("Paris")),
            w(10, Some("Quokka Systems"), Some("Toronto")),
            w(11, Some("Quokka Systems"), None),
            w(13, Some("Vireo Labs"), None),
        ],
    );
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(
        titles,
        [
            Some("Senior Rust Engineer"),
            Some("Backend Developer"),
            Some("Junior Rust Engineer"),
            Some("Software Engineer"),
            Some("Embedded Engineer")
        ]
    );
    assert_eq!(postings[0].remote.map(|r| r.id()), Some("remote"));
    // A company's referral page: its name, without the kind of page, over its links.
    let text = "\
# Nimbus (Singapore) Referral

Send your CV to hr@nimbus.example

## Open roles

- [Software Engineer: Web Backend](https://careers.nimbus.example/job/381/)
- [Data Engineer - Data Warehouse](https://careers.nimbus.example/job/2664/)
- [Data Infrastructure - SRE](https://careers.nimbus.example/job/2484/)
- [Growth Analytics - Search](https://careers.nimbus.example/job/1322/)

Product roles:

- [Product Management (Campus Hiring)](https://careers.nimbus.example/job/1395/)
- [Product Management - Search](https://careers.nimbus.example/job/1396/)
";
    // A link under a link that was a role is one too, whatever its text; a field's name (`Product Management`)
    // starts a run; and under the page's company a dash is no company's.
    let postings = check(
        text,
        Shape::Text,
        &[
            w(7, Some("Nimbus"), None),
            w(8, Some("Nimbus"), None),
            w(9, Some("Nimbus"), None),
            w(10, Some("Nimbus"), None),
            w(14, Some("Nimbus"), None),
            w(15, Some("Nimbus"), None),
        ],
    );
    assert_eq!(postings[5].title.map(|t| t.of(text)), Some("Product Management - Search"));
    // A table of contents, and links to other lists, are no roles, whatever their words.
    let text = "## Contents\n\n- [Internships](#internships)\n- [Fellowships](#fellowships)\n- [Winternships](#winternships)\n\n\
                ## Useful Lists\n\n- [List of Undergraduate Research Internships](https://github.example/r)\n";
    assert_eq!(parse(text).postings.len(), 1);
    // A posting's own bullets that link to its stack are no list of roles.
    let text = "星河科技-后端工程师 20-30K\n- [Rust](https://rust-lang.org)\n- [Tokio](https://tokio.rs)\n";
    assert_eq!(parse(text).postings.len(), 1);
}

#[test]
fn a_job_boards_plain_list_of_roles_under_company_names() {
    // The same list copied as plain text: a company's name alone as a paragraph, then its roles, one a line, with the
    // place or the way of working in brackets.
    let text = "\
Rust Jobs

The Tor Project

Software Developer, Rust

Clear

Rust Engineer (Remote)
Senior Rust Engineer (London / Remote)

CNRS

Rust Software Engineer (Toulouse, FR)

Nimbus GmbH

Senior Software Engineer - Rust m/f/d (Munich, DE / Remote)
";
    let postings = check(
        text,
        Shape::Text,
        &[
            w(5, Some("The Tor Project"), None),
            w(9, Some("Clear"), None),
            w(10, Some("Clear"), Some("London")),
            w(14, Some("CNRS"), Some("Toulouse")),
            w(18, Some("Nimbus GmbH"), Some("Munich")),
        ],
    );
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(
        titles,
        [
            Some("Software Developer, Rust"),
            Some("Rust Engineer"),
            Some("Senior Rust Engineer"),
            Some("Rust Software Engineer"),
            Some("Senior Software Engineer - Rust m/f/d"),
        ]
    );
    let remote: Vec<Option<&str>> = postings.iter().map(|p| p.remote.map(|r| r.id())).collect();
    assert_eq!(remote, [None, Some("remote"), Some("remote"), None, Some("remote")]);
    // One posting whose name and title stand as paragraphs over its text stays one, brackets in its perks and all.
    let text = "Acme Corp\n\nRust Engineer (Remote)\n\nWe build things in Rust.\nRequirements: 3+ years of Rust.\n\n\
                Benefits\n\nHealth insurance (US)\n\nApply at jobs@acme.example\n";
    assert_eq!(parse(text).postings.len(), 1);
}

#[test]
fn github_issue_posts_with_sections_and_templates() {
    // Posts written in sections (a label heading, the company's blurb, the role with its pay further down) and to
    // the issue's template (`**公司名称**：…`).
    let text = "\
octocat commented on Jun 1, 2024

## 公司/团队介绍

星河科技，一家做开发者工具的远程团队。

## 招聘岗位

Rust 后端工程师，5000-8000（或面议） USD / 月

bob commented on Jun 2, 2024

**公司名称**：云帆数据
**职位**：Go 开发工程师
**薪资**：25-40K
";
    let postings = check(
        text,
        Shape::Thread(joblens_core::segment::Site::GitHub),
        &[
            Want { salary: Some((5000.0, 8000.0, "USD", "month")), ..w(3, Some("星河科技"), None) },
            Want { salary: Some((25000.0, 40000.0, "CNY", "month")), ..w(13, Some("云帆数据"), None) },
        ],
    );
    let titles: Vec<&str> = postings.iter().filter_map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, ["Rust 后端工程师", "Go 开发工程师"]);
}

#[test]
fn github_issue_framing_and_labelled_fields() {
    // The owner's rules and closing note under an `Owner` badge line are no postings; a post's labelled place and
    // plain figures after a pay label are read, and a headcount in brackets names nothing.
    let text = "\
ruanyf commented on Sep 30, 2025
Owner

这里是免费的程序员招聘服务，欢迎把招聘信息发在这个帖子里面。

alice commented on Oct 1, 2025

C端产品经理（2位）- 迪拜Saas技术服务中心
薪资范围：5000 — 8000美元
工作地点：上海

ruanyf commented on Oct 30, 2025
Owner

本月招聘帖关闭，欢迎访问下月招聘帖。
";
    let postings = check(
        text,
        Shape::Thread(joblens_core::segment::Site::GitHub),
        &[Want {
            salary: Some((5000.0, 8000.0, "USD", "month")), ..w(8, Some("迪拜Saas技术服务中心"), Some("上海"))
        }],
    );
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("C端产品经理"));
    let skipped = parse(text).diagnostics.iter().filter(|d| d.code == "not-a-job-post").count();
    assert_eq!(skipped, 2, "the rules and the closing note are skipped and listed");
}

#[test]
fn github_issue_first_lines_in_chinese_shapes() {
    // The 公司-职位 shape, a bracketed company or city after the title, a city in brackets after the company.
    let text = "\
alice commented on Oct 1, 2025

携程-资深Java研发
负责核心模块开发。

bob commented on Oct 2, 2025

前端开发工程师【网易】
三年以上经验。

carol commented on Oct 3, 2025

Agent后端开发工程师【北京】 18-35k
熟悉 Go。

dave commented on Oct 4, 2025

鹰角网络（上海） 多个社招岗位开放中
SRE工程师，前端开发。

erin commented on Oct 5, 2025

社招内推｜ Cloud Software Group - CITRIX
Java 开发，南京。

frank commented on Oct 6, 2025

【杭州】泽鹿视界
招聘 Go 开发。
";
    let postings = check(
        text,
        Shape::Thread(joblens_core::segment::Site::GitHub),
        &[
            w(3, Some("携程"), None),
            w(8, Some("网易"), None),
            w(13, None, Some("北京")),
            w(18, Some("鹰角网络"), Some("上海")),
            w(23, Some("Cloud Software Group"), None),
            w(28, Some("泽鹿视界"), Some("杭州")),
        ],
    );
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles[..3], [Some("资深Java研发"), Some("前端开发工程师"), Some("Agent后端开发工程师")]);
}

#[test]
fn github_issue_spaced_names_pay_before_the_title_several_roles_and_rules() {
    // A rules post opens the thread; then a first line of words with spaces, a place and pay before the title, a
    // post with no pay whose only hiring word is "needs a", and a post that lists several roles.
    let text = "\
maintainer commented on Jan 1, 2025

本帖规则（请务必阅读）：
1. 只接受招聘信息，求职请另开帖子。
2. 请按以下格式发帖：公司名称、职位、工作地点、薪资范围、联系方式。
3. 每家公司每月只发一帖，更新请编辑原帖。招聘工程师、产品、设计等岗位均可。

alice commented on Jan 2, 2025

百度 后端研发工程师 北京 25-50K
要求：3年以上 Go/Python 经验，本科及以上。

bob commented on Jan 3, 2025

UK, London £40,000 - £60,000 CTO / Lead Developer
We are a small fintech team building payment APIs in Python.

carol commented on Jan 4, 2025

Padova, Italy - Our startup needs a front-end/UX guy. We use React, TypeScript and Figma, in a real office.

dave commented on Jan 5, 2025

【深圳】某某科技招聘多个岗位：
1. Java 开发工程师 20-35K
2. 测试工程师 15-25K
";
    let postings = check(
        text,
        Shape::Thread(joblens_core::segment::Site::GitHub),
        &[
            Want { salary: Some((25000.0, 50000.0, "CNY", "month")), ..w(10, Some("百度"), Some("北京")) },
            Want { salary: Some((40000.0, 60000.0, "GBP", "year")), ..w(15, None, Some("London")) },
            w(20, None, Some("Padova")),
            Want { salary: Some((20000.0, 35000.0, "CNY", "month")), ..w(24, Some("某某科技"), Some("深圳")) },
        ],
    );
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(
        titles,
        [Some("后端研发工程师"), Some("CTO / Lead Developer"), None, Some("Java 开发工程师")],
        "the first role's title of several"
    );
    let diagnostics = parse(text).diagnostics;
    assert_eq!(diagnostics.iter().filter(|d| d.code == "not-a-job-post").count(), 1, "the rules post: {diagnostics:?}");
}

#[test]
fn hacker_news_first_lines_in_the_wild() {
    let text = "\
alice 3 days ago | prev | next [–]

Netflix -- Los Gatos, CA -- Senior Engineer

reply

bob 3 days ago | prev | next [–]

Skyscanner in Edinburgh, Scotland
Backend developers, Python.
Position: Backend Developer

reply

carol 3 days ago | prev | next [–]

Cloudera - Palo Alto, San Francisco, and others.

http://www.cloudera.com/careers

dave 3 days ago | prev | next [–]

Stellar Science | Hybrid (USA) Albuquerque NM | Full time, interns/co-ops | https://stellar.example

Company: We're a small scientific software company that builds analysis applications.

erin 3 days ago | prev | next [–]

Head of Engineering | Full-Time | Remote | $182k - $272k USD - https://fetlife.example/jobs/head

Role: Fully own our engineering teams, and keep FetLife fast and reliable for its members.

frank 3 days ago | prev | next [–]

We are hiring at SentiLink! Fraud and identity space.
Anywhere in the U.S.

grace 3 days ago | prev | next [–]

Staff / Principal Backend Engineers @Artemis in NYC
";
    let postings = check(
        text,
        Shape::Thread(joblens_core::segment::Site::HackerNews),
        &[
            w(3, Some("Netflix"), Some("Los Gatos")),
            w(9, Some("Skyscanner"), Some("Edinburgh")),
            w(17, Some("Cloudera"), None),
            w(23, Some("Stellar Science"), Some("Albuquerque")),
            w(29, Some("FetLife"), None),
            w(35, Some("SentiLink"), None),
            w(40, Some("Artemis"), Some("New York")),
        ],
    );
    assert_eq!(postings[6].title.map(|t| t.of(text)), Some("Staff / Principal Backend Engineers"));
    // A `Role:` label that is a sentence names no title, and no company: the site's name as the post writes it does.
    assert_eq!(postings[4].title.map(|t| t.of(text)), Some("Head of Engineering"));
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Senior Engineer"));
    // A `Position:` label names the title of a post without a company label.
    assert_eq!(postings[1].title.map(|t| t.of(text)), Some("Backend Developer"));
    // A `Company:` label that is a sentence about the company names none; the kinds of contract are no title.
    assert_eq!(postings[3].title, None);
}

#[test]
fn forum_thread() {
    let text = "\
#1 livid 3 小时前
深圳 某公司 招 Rust 工程师，薪资 30-50K，5年以上
#2 someone 2 小时前
+1
#3 hr_li 1 小时前
杭州 招聘前端工程师 15-25K，熟悉 Vue
";
    check(
        text,
        Shape::Thread(joblens_core::segment::Site::Forum),
        &[w(2, None, Some("深圳")), w(6, None, Some("杭州"))],
    );
}

#[test]
fn spreadsheet_copy_maps_columns_by_header() {
    let text = "城市\t公司全称\t职位名称\t薪资\t工作经验\t学历\t公司规模\t福利\n\
上海\t上海某某科技有限公司\t数据工程师\t20k-40k\t5-10年\t本科\t2000人以上\t固定16薪\n\
北京\t北京星河\t后端开发\t15k-25k\t不限\t不限\t少于15人\t\n";
    let postings = check(
        text,
        Shape::Delimited(b'\t'),
        &[
            Want {
                salary: Some((20000.0, 40000.0, "CNY", "month")),
                ..w(2, Some("上海某某科技有限公司"), Some("上海"))
            },
            w(3, Some("北京星河"), Some("北京")),
        ],
    );
    assert_eq!(postings[0].experience_min_years, Some(5.0));
    assert_eq!(postings[0].salary.and_then(|s| s.months), Some(16), "months from another cell");
    assert_eq!(postings[0].tier.map(|t| t.id()), Some("1000+"));
    assert_eq!(postings[1].experience_min_years, Some(0.0), "不限 in the experience column");
    assert_eq!(postings[1].education, None);
    assert_eq!(postings[1].tier.map(|t| t.id()), Some("<100"));
}

#[test]
fn a_table_copied_with_the_title_and_intro_above_it() {
    // A README or a web page copied from the browser: its title and a few lines of prose (with commas, and a
    // `|` that is no table) above a table that arrives tab-separated.
    let text =
        "Remote Python jobs\n\nCollected by hand, checked weekly, sorted by company.\nPay is per year | in USD.\n\n\
Company\tPosition\tLocation\tSalary\n\
Acme\tBackend Engineer\tAustin, TX\t$120k-$150k\n\
Beta Labs\tData Engineer\tRemote\t\n";
    let postings = check(
        text,
        Shape::Delimited(b'\t'),
        &[
            Want { salary: Some((120000.0, 150000.0, "USD", "year")), ..w(7, Some("Acme"), Some("Austin")) },
            w(8, Some("Beta Labs"), None),
        ],
    );
    assert_eq!(postings[1].remote.map(|r| r.id()), Some("remote"));
    let parsed = parse(text);
    assert!(parsed.diagnostics.iter().any(|d| d.code == "preamble" && d.line == 1), "{:?}", parsed.diagnostics);
    let row = joblens_core::Provenance::new(text, false).row(text, &postings[0]).expect("a table row");
    assert_eq!(row.column(postings[0].salary.expect("pay").raw.start as usize), Some("Salary"));
    // Read in slices, the same postings.
    let mut p = Parser::new();
    while !p.step(text, 7) {}
    assert_eq!(p.finish(text).postings, parsed.postings);
    // A header below intro lines needs two rows as wide as it: one row under prose is text.
    let one = "Notes\n\nCompany\tPosition\tSalary\nAcme\tGo dev\t$100k\n";
    assert_eq!(parse_shape(one), Shape::Text);
}

fn parse_shape(text: &str) -> Shape {
    let mut p = Parser::new();
    p.step(text, usize::MAX);
    p.shape().expect("a step finds the shape")
}

#[test]
fn csv_with_quotes_line_breaks_and_english_headers() {
    let text = "Company,Job Title,Salary,Location,Description\n\
\"Acme, Inc.\",Backend Engineer,$120k-$150k,\"Austin, TX\",\"Python and Django.\nWe use \"\"Postgres\"\".\"\n\
Beta,Go Developer,,Remote,Go and Kafka\n";
    let postings = check(
        text,
        Shape::Delimited(b','),
        &[
            Want { salary: Some((120000.0, 150000.0, "USD", "year")), ..w(2, Some("Acme, Inc."), Some("Austin")) },
            w(4, Some("Beta"), None),
        ],
    );
    assert_eq!(postings[0].skills.skill_names(), ["Django", "PostgreSQL", "Python"]);
    assert_eq!(postings[1].remote.map(|r| r.id()), Some("remote"));
    // A site's rating under the company's name in its cell is no part of the name.
    let rated = "Job Title,Company Name,Location\nData Scientist,\"Amazon\n4.2\",Seattle\n";
    assert_eq!(parse(rated).postings[0].company.map(|c| c.of(rated)), Some("Amazon"));
    // Saved on Windows: the same rows, lines and cells (a quoted first cell after a `\r\n` kept its quotes).
    let crlf = text.replace('\n', "\r\n");
    let parsed = parse(&crlf);
    let got: Vec<(u32, Option<&str>)> =
        parsed.postings.iter().map(|p| (p.line, p.company.map(|c| c.of(&crlf)))).collect();
    assert_eq!(got, [(2, Some("Acme, Inc.")), (4, Some("Beta"))]);
}

#[test]
fn json_lines_and_arrays() {
    let lines = "{\"jobname\": \"Python开发\", \"name\": \"某某科技有限公司\", \"salary\": \"10K-15K\", \"jobarea\": \"北京-海淀区\", \"workingExp\": \"1-3年\", \"eduLevel\": \"本科\", \"job_detail\": \"岗位职责：\\n1、熟悉Django\\n2、MySQL\"}\n\
not json at all\n\
{\"jobname\": \"Go开发\", \"name\": \"星河\", \"salary\": \"面议\", \"jobarea\": \"上海\"}\n";
    let postings =
        check(lines, Shape::Json, &[w(1, Some("某某科技有限公司"), Some("北京")), w(3, Some("星河"), Some("上海"))]);
    assert_eq!(postings[0].skills.skill_names(), ["Django", "MySQL", "Python"], "escaped line breaks are read");
    assert_eq!(postings[0].education.map(|e| e.label()), Some("本科"));
    let parsed = parse(lines);
    assert!(parsed.diagnostics.iter().any(|d| d.code == "record-unreadable" && d.line == 2));

    let array = "[\n  {\"title\": \"Data Engineer\", \"company\": \"Acme\", \"salary\": \"$130k\", \"posted\": \"2024-05-01\"},\n  {\"title\": \"SRE\", \"company\": \"Beta\"}\n]";
    let postings = check(array, Shape::Json, &[w(2, Some("Acme"), None), w(3, Some("Beta"), None)]);
    assert_eq!(postings[0].posted.map(|d| d.to_string()).as_deref(), Some("2024-05-01"));

    // A BOSS-style export: `name` is the job's beside `companyName`, and `city` an array whose first item is the
    // place.
    let boss = "[\n  {\"name\": \"Java开发工程师\", \"salary\": \"8-10K\", \"city\": [\"郑州\", \"1-3年\", \"本科\"], \"companyName\": \"某某云网\"}\n]";
    let postings = check(boss, Shape::Json, &[w(2, Some("某某云网"), Some("郑州"))]);
    assert_eq!(postings[0].title.map(|t| t.of(boss)), Some("Java开发工程师"));

    // Postings inside objects: groups with their lists, and an API's envelope.
    let groups = "[\n  {\"title\": \"IT·互联网\", \"info_list\": [\n    {\"name\": \"Java开发\", \"salary\": \"8-10K\", \"companyName\": \"某某云网\"},\n    {\"name\": \"网络工程师\", \"salary\": \"5-7K\", \"companyName\": \"新桥通信\"}\n  ]},\n  {\"title\": \"金融\", \"info_list\": [\n    {\"name\": \"律师\", \"salary\": \"15-25K\", \"companyName\": \"牛角食品\"}\n  ]}\n]";
    check(
        groups,
        Shape::Json,
        &[w(3, Some("某某云网"), None), w(4, Some("新桥通信"), None), w(7, Some("牛角食品"), None)],
    );
    let envelope = "{\"code\": 0, \"data\": {\"list\": [\n {\"jobName\": \"Go 开发\", \"salary\": \"20-30K\", \"brandName\": \"星河\", \"cityName\": \"北京\"}\n]}}\n";
    check(envelope, Shape::Json, &[w(2, Some("星河"), Some("北京"))]);
    let mut p = Parser::new();
    while !p.step(groups, 7) {}
    assert_eq!(p.finish(groups), parse(groups), "in slices as at once");
}

#[test]
fn html_in_cells_is_read_as_text_and_matches_point_at_the_paste() {
    // A scraper's JSON with HTML in the description, escaped the way JSON encoders write `<` and `&`.
    let lines = "{\"title\": \"后端开发\", \"company\": \"云杉\", \"salary\": \"20-30K\", \"description\": \"\\u003cp\\u003e熟悉\\u003cb\\u003eDjango\\u003c/b\\u003e\\u0026amp;Redis\\u003c/p\\u003e\\u003cbr\\u003e本科及以上\"}\n";
    let postings = check(lines, Shape::Json, &[w(1, Some("云杉"), None)]);
    assert_eq!(postings[0].skills.skill_names(), ["Django", "Redis"]);
    assert_eq!(postings[0].education.map(|e| e.label()), Some("本科"));
    for m in &postings[0].matches {
        let at = m.span.of(lines);
        assert!(["Django", "Redis"].contains(&at), "a match points at {at:?}, not at the name in the paste");
    }

    // A spreadsheet cell with tags and entities.
    let tsv = "职位名称\t公司\t薪资\t公司规模\t职位描述\n\
Python开发\t星河\t15-25K\t少于100人\t<ul><li>熟悉 Flask &amp; MySQL</li><li>了解&nbsp;Kafka</li></ul>\n";
    let postings = check(tsv, Shape::Delimited(b'\t'), &[w(2, Some("星河"), None)]);
    assert_eq!(postings[0].skills.skill_names(), ["Flask", "Kafka", "MySQL", "Python"]);
    assert_eq!(postings[0].tier.map(|t| t.id()), Some("<100"));
    for m in &postings[0].matches {
        assert_eq!(m.span.of(tsv).to_ascii_lowercase(), joblens_core::taxonomy::skill_name(m.id).to_ascii_lowercase());
    }
}

#[test]
fn markdown_tables_under_city_headings() {
    let text = "\
# 内推汇总

#### Bei Jing
公司 | 职位 | 一句话诱惑
:--- | :--- | :---
滴滴 | [Android 开发](./a.md) | 20-40k，13-15薪
知乎 | [后端](./b.md) | 工程师文化

#### 上海
| 公司 | 职位 | 一句话诱惑 |
| --- | --- | --- |
| 拼多多 | 移动开发 | 高薪 |

后记：欢迎补充。
";
    let postings = check(
        text,
        Shape::Text,
        &[w(6, Some("滴滴"), Some("北京")), w(7, Some("知乎"), Some("北京")), w(12, Some("拼多多"), Some("上海"))],
    );
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Android 开发"), "a link's text is the title");
    assert_eq!(postings[0].salary.and_then(|s| s.months), Some(13));
}

#[test]
fn markdown_tables_under_company_headings_and_summaries() {
    // A README that folds each company's table under a `<summary>` line, or under a heading, with no company
    // column: the line above the table names the rows' company; a board's title above a table names none.
    let text = "\
## Fresh Software Jobs 2026

<details>
<summary><h3>💻 <strong>Software Engineering</strong> (5 positions)</h3></summary>

<details>
<summary><h4>🏢 <strong>cloudflare</strong> (2 positions)</h4></summary>

| Role | Location | Posted | Apply |
|------|----------|--------|-------|
| Systems Engineer | Hybrid | 5d | [<img src=\"apply.png\" alt=\"Apply\">](https://boards.greenhouse.io/cloudflare/jobs/1) |
| Frontend Engineer, Docs Platform | In-Office | 1w | [<img src=\"apply.png\" alt=\"Apply\">](https://boards.greenhouse.io/cloudflare/jobs/2) |

</details>

#### 🏢 Stripe (1 position)

| Role | Location | Posted |
|------|----------|--------|
| Backend Engineer | Seattle, WA | 2d |

</details>

## Open roles

| Role | Location |
|------|----------|
| Data Engineer | Remote |
";
    let postings = check(
        text,
        Shape::Text,
        &[
            w(11, Some("cloudflare"), None),
            w(12, Some("cloudflare"), None),
            w(20, Some("Stripe"), Some("Seattle")),
            w(28, None, None),
        ],
    );
    let remote: Vec<Option<&str>> = postings.iter().map(|p| p.remote.map(|r| r.id())).collect();
    assert_eq!(remote, [Some("hybrid"), Some("onsite"), None, Some("remote")]);
    // `1w` in the posted column is a week, not 1万 a month.
    assert!(postings.iter().all(|p| p.salary.is_none()));
}

#[test]
fn markdown_table_cells_as_people_write_them() {
    // A bold name before its note, a dash for no place, pay by the day.
    let text = "\
| # | 公司 | 岗位 | 地点 | 薪资 |
|---|------|------|------|------|
| 1 | **华为** | AI工程师实习生（大模型/NLP方向） | 武汉东湖高新区 | 300-350元/天 |
| 2 | **Sumo Logic**（Staff SWE，08-17 再验证） | Core AI Platform | —— | $207K-243K/年 |
";
    let postings = check(text, Shape::Text, &[w(3, Some("华为"), Some("武汉")), w(4, Some("Sumo Logic"), None)]);
    let s = postings[0].salary.expect("pay by the day");
    assert_eq!((s.min, s.max, s.period.id()), (Some(300.0), Some(350.0), "day"));
    assert_eq!(postings[1].location, None, "a dash is no place");
}

#[test]
fn job_site_cards_with_optional_lines_dropped_and_reordered() {
    // The second card has no tags line; the third has its experience line after the company line.
    let text = "\
Python 工程师
12-18K
北京·海淀区·中关村
1-3年 本科
智慧星光
互联网 A轮 1000-9999人
五险一金，年终奖
后端开发（Go）
25-35K·13薪
上海·浦东新区
3-5年 本科
魔镜科技
数据服务 不需要融资 100-499人
数据工程师
300-330元/天
深圳
某某汽车
汽车生产 已上市 10000人以上
4天/周 6个月 本科
";
    let postings = check(
        text,
        Shape::Text,
        &[
            w(1, Some("智慧星光"), Some("北京")),
            w(8, Some("魔镜科技"), Some("上海")),
            w(14, Some("某某汽车"), Some("深圳")),
        ],
    );
    assert_eq!(postings[1].salary.and_then(|s| s.months), Some(13));
    assert_eq!(postings[1].stage.map(|s| s.of(text)), Some("不需要融资"));
    assert_eq!(postings[1].industry.map(|s| s.of(text)), Some("数据服务"));
    assert_eq!(postings[2].salary.map(|s| s.period.id()), Some("day"));
}

#[test]
fn job_site_cards_with_the_company_above_the_pay_and_pay_negotiable() {
    // Another site's card: the company between title and pay, `|` between the facts, ownership instead of a
    // funding stage; the second card's pay is negotiable, and it still ends the first card.
    let text = "\
web前端工程师
星河软件股份有限公司
8K-15K
南京 | 1-3年 | 大专
民营 | 20-99人
前端开发
云帆科技有限公司
薪资面议
南京-建邺区 | 3-5年 | 本科
上市公司 | 10000人以上
";
    let postings = check(
        text,
        Shape::Text,
        &[w(1, Some("星河软件股份有限公司"), Some("南京")), w(6, Some("云帆科技有限公司"), Some("南京"))],
    );
    let titles: Vec<&str> = postings.iter().filter_map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, ["web前端工程师", "前端开发"]);
    assert_eq!(postings[0].stage.map(|s| s.of(text)), Some("民营"));
    assert_eq!(postings[1].experience_min_years, Some(3.0));
    assert_eq!(postings[1].salary, None);
}

#[test]
fn job_board_cards() {
    let text = "\
42 jobs

FEATURED
Senior Backend Engineer - Python
Acme GmbH • Munich, Germany
pythondjangopostgresql
3d ago
•
€70k–90k

Data Engineer (Remote)
Beta Ltd • No office location
pythonairflow
5d ago
";
    let postings = check(text, Shape::Text, &[w(4, Some("Acme GmbH"), Some("Munich")), w(11, Some("Beta Ltd"), None)]);
    assert_eq!(postings[0].skills.skill_names(), ["Django", "PostgreSQL", "Python"]);
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Senior Backend Engineer - Python"));
    assert_eq!(postings[1].remote.map(|r| r.id()), Some("remote"));
}

#[test]
fn recruiting_page_role_blocks() {
    let text = "\
加入我们

Java架构师 - 业务方向

工作职责：
1、负责核心系统架构
任职资格：
1、五年以上Java开发经验
测试工程师

工作职责：
1、制定测试计划
任职资格：
1、大专及以上学历，3年以上测试经验
";
    let postings = check(text, Shape::Text, &[w(3, None, None), w(9, None, None)]);
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Java架构师 - 业务方向"), "a title, not a company");
    assert_eq!(postings[0].experience_min_years, Some(5.0));
    assert_eq!(postings[1].education.map(|e| e.label()), Some("大专"));
}

#[test]
fn recruiting_page_role_blocks_with_labelled_facts() {
    // No 工作职责 sections: each role lists its facts under its title; the page's own heading line is preamble,
    // and the company it names is each role's.
    let text = "\
星河科技 社会招聘

后端工程师
工作地点：北京
薪资：20-30K
经验：3-5年
学历：本科
1. 负责后端服务的设计与开发

前端工程师
工作地点：北京
薪资：15-25K
学历：大专
1. 熟悉 Vue、React

测试工程师
工作地点：上海
薪资：12-18K
经验：经验不限
";
    let co = Some("星河科技");
    let postings =
        check(text, Shape::Text, &[w(3, co, Some("北京")), w(10, co, Some("北京")), w(16, co, Some("上海"))]);
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("后端工程师"), Some("前端工程师"), Some("测试工程师")]);
    assert_eq!(postings[1].education.map(|e| e.label()), Some("大专"), "each role keeps its own facts");
    assert_eq!(postings[2].salary.and_then(|s| s.min), Some(12000.0));

    // One role with labelled facts stays one posting, whatever follows the labels.
    let one = "Python 后端工程师\n工作地点：上海\n薪资：20-30K\n经验：3-5年\n岗位职责：\n1、开发\n学历：本科\n";
    check(one, Shape::Text, &[w(1, None, Some("上海"))]);
}

#[test]
fn digests_and_readmes_that_list_postings_under_headings_without_pay() {
    // A weekly digest: numbered headings over one offer each; the digest's title is preamble.
    let text = "\
# 本周招聘汇总

## 招聘 1

星河科技 招聘 Python 后端工程师，base 上海，薪资 25-35K，3年以上经验。

## 招聘 2

蓝鲸信息 诚聘 Go 开发工程师，北京，20-30K。
";
    let postings = check(
        text,
        Shape::Text,
        &[
            Want { salary: Some((25000.0, 35000.0, "CNY", "month")), ..w(3, Some("星河科技"), None) },
            Want { salary: Some((20000.0, 30000.0, "CNY", "month")), ..w(7, Some("蓝鲸信息"), None) },
        ],
    );
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("Python 后端工程师"), Some("Go 开发工程师")], "not the numbered headings");

    // A README of companies, each heading over its role's labels or its title line.
    let text = "\
# 远程友好的公司

## 星河科技

- 岗位：后端工程师
- 地点：北京

## 云帆数据

Python 数据工程师
- 地点：上海
";
    let postings =
        check(text, Shape::Text, &[w(3, Some("星河科技"), Some("北京")), w(8, Some("云帆数据"), Some("上海"))]);
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("后端工程师"), Some("Python 数据工程师")]);

    // One posting's sections stay one posting: part headings, pay in a sentence, and a role's name repeated
    // under two parts (`# 職務說明` / `## Backend Engineer`, `# 職缺要求` / `## Backend Engineer`).
    let one = "\
# 星河科技

## 我们的团队

十个人，远程协作，薪资 30-50K。

## 你需要

- 3 年以上 Go 经验

# 職務說明
## Backend Engineer
負責後端開發。
# 職缺要求
## Backend Engineer
熟悉 Python。
";
    check(one, Shape::Text, &[w(1, None, None)]);
}

#[test]
fn job_lists_in_repositories() {
    // A scraper's cards with an emoji before each bold label; a country alone names no city.
    let text = "\
### 1. Senior Backend Engineer

**🏢 公司:** Acme
**📍 地点:** Berlin, Germany
**💰 薪资:** $120,000/year

---

### 2. iOS Developer

**🏢 公司:** Beta Labs
**📍 地点:** USA
";
    let postings = check(text, Shape::Text, &[w(1, Some("Acme"), Some("Berlin")), w(9, Some("Beta Labs"), None)]);
    assert_eq!(postings[0].salary.and_then(|s| s.min), Some(120_000.0));

    // Hacker News job headlines in a table: the company before `is hiring`, the title after it, without the
    // batch, the article, the notes in brackets and the place; a filled position's marker is no part of a title.
    let text = "\
| id | Title | Posted On |
|---|---|---|
| 1 | [Acme (YC W20) Is Hiring Platform Engineers (acme.io)](https://acme.io/jobs/1) | 4/20/2022 |
| 2 | [Beta (YC S19) is hiring a Senior Back End Engineer (Remote) (ycombinator.com)](https://example.com/b) | 4/19/2022 |
| 3 | [Gamma (YC S21) Is Hiring #2 Engineer in London](https://jobs.lever.co/g/01b7a4c5-9c88-d4cad6c01c76) | 4/18/2022 |
| 4 | [_FILLED_ SE: Internal Systems](https://delta.example/jobs/2) | 4/17/2022 |
";
    let postings = check(
        text,
        Shape::Text,
        &[w(3, Some("Acme"), None), w(4, Some("Beta"), None), w(5, Some("Gamma"), None), w(6, None, None)],
    );
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(
        titles,
        [
            Some("Platform Engineers"),
            Some("Senior Back End Engineer"),
            Some("#2 Engineer"),
            Some("SE: Internal Systems")
        ]
    );
    assert!(parse(text).diagnostics.iter().all(|d| d.code != "ambiguous-unit"), "no currency code in a link's id");

    // A referral post that gives its facts in a key/value table, under a sentence that is no title.
    let text = "\
这是来自星河科技员工的内推，也是本站第 12 则内推消息

| 信息 | 内容 |
| :-----:| :----: |
| 公司名称 | 星河科技 |
| 岗位名称 | 前端开发工程师 |
| 工作城市 | 上海 |
";
    let postings = check(text, Shape::Text, &[w(1, Some("星河科技"), Some("上海"))]);
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("前端开发工程师"));

    // A magazine's job page: a company in brackets before each title, a headcount after one.
    let text = "\
## 【非凡科技】Rust 开发工程师

岗位要求：本科及以上学历，熟悉 Rust

## **测试工程师 （1位）**

薪资待遇： 4500 —— 6000美元
";
    let postings = check(
        text,
        Shape::Text,
        &[w(1, Some("非凡科技"), None), Want { salary: Some((4500.0, 6000.0, "USD", "month")), ..w(5, None, None) }],
    );
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("Rust 开发工程师"), Some("测试工程师")]);

    // Headings of one level: once the block of one of them reads as a posting (an offer, here), each of them
    // starts a posting, those above it too; a question heading is a part of the posting above it.
    let text = "\
## 一起做一件有意思的事

职位要求：熟悉Go

## 甲公司招聘后端工程师

职位要求：熟悉Rust

## 乙公司招聘前端工程师

职位要求：熟悉React

## What's 乙公司?

乙公司 is a small team.
";
    let postings = check(
        text,
        Shape::Text,
        &[w(1, Some("一起做一件有意思的事"), None), w(5, Some("甲公司"), None), w(9, Some("乙公司"), None)],
    );
    assert!(postings[2].skills.skill_names().contains(&"React"));

    // A page's title heading over postings that breaks separate: the title is no posting's.
    let text = "\
# 本月招聘

## 【甲桌面】 Rust 工程师

### 岗位描述

- 远程桌面产品开发

---

## 【乙科技】Rust 开发工程师

### 岗位要求

1. 本科及以上学历
";
    let postings = check(text, Shape::Text, &[w(3, Some("甲桌面"), None), w(11, Some("乙科技"), None)]);
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Rust 工程师"));
}

#[test]
fn a_company_section_over_its_roles_and_label_rows_copied_from_a_table() {
    // The company's section names the company and the place of the roles under it.
    let text = "\
### **甲乙科技 迪拜技术中心**

工作地点：阿联酋迪拜

### **高级Java后端开发工程师 （2位）**

薪资待遇： 6000 — 8500美元

### **B端产品经理 （1位）**

薪资待遇： 5000 — 8000美元
";
    let co = Some("甲乙科技 迪拜技术中心");
    let postings = check(text, Shape::Text, &[w(5, co, Some("迪拜")), w(9, co, Some("迪拜"))]);
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("高级Java后端开发工程师"), Some("B端产品经理")]);

    // A recruiting page's table copied from the browser: labels and values between tabs.
    let text = "\
PHP工程师（高级）

工作地点\t上海\t工作性质\t全职\t月薪\t15000-20000

工作经验\t2年\t学历\t本科\t招聘人数\t1

安卓开发工程师

工作地点\t杭州\t工作性质\t全职\t月薪\t15000

工作经验\t1年\t学历\t大专\t招聘人数\t2
";
    let postings = check(
        text,
        Shape::Text,
        &[
            Want { salary: Some((15000.0, 20000.0, "CNY", "month")), ..w(1, None, Some("上海")) },
            Want { salary: Some((15000.0, 15000.0, "CNY", "month")), ..w(7, None, Some("杭州")) },
        ],
    );
    assert_eq!(postings[1].education.map(|e| e.label()), Some("大专"));
}

#[test]
fn one_posting_stays_one() {
    // A single posting with its own sections, a pay line and a list is not split.
    let text = "\
Python 后端工程师
20-30K·14薪
岗位职责：
1、开发
任职要求：
1、3年以上经验
";
    check(text, Shape::Text, &[w(1, None, None)]);
}

#[test]
fn any_paste_can_be_read_as_one_posting() {
    let text = "nrp 14 days ago | next [–]\n\nAcme | Remote\n\nreply\n\nbob 2 days ago | prev | next [–]\n\nBeta | Backend Engineer | Berlin\n";
    assert_eq!(parse(text).postings.len(), 2);
    let whole = joblens_core::parse_whole(text);
    assert_eq!(whole.postings.len(), 1);
    assert_eq!(whole.postings[0].line, 1);
    let mut p = Parser::whole();
    while !p.step(text, 3) {}
    assert_eq!(p.finish(text), whole, "in slices as at once");
}

#[test]
fn a_heading_block_is_one_posting() {
    let text = "### 一触即通-Web前端工程师\n\n### 正在招聘\n### 武汉/武昌区·1.6-2.5万元·3-5年\n\n职位详情\n熟悉Vue\n";
    let postings = check(
        text,
        Shape::Text,
        &[Want { salary: Some((16000.0, 25000.0, "CNY", "month")), ..w(1, Some("一触即通"), None) }],
    );
    assert_eq!(postings[0].skills.skill_names(), ["Vue"]);
    // Two headings that each name a company and a role stay two postings, text between them or not.
    let text = "### 爱奇艺-高级开发工程师 20-35K\n\n### 爱奇艺-后端研发工程师 25-35K·14薪\n\n工作职责\n+ Python\n";
    check(text, Shape::Text, &[w(1, Some("爱奇艺"), None), w(3, Some("爱奇艺"), None)]);
}

#[test]
fn linked_headings_name_what_their_links_say() {
    let text = "### [星河科技 - Python 开发](https://x.example/1) 20-30K\n熟悉 Django\n\n### [云帆 - Go 开发](https://x.example/2) 25-40K\n熟悉 Kafka\n";
    let postings = check(text, Shape::Text, &[w(1, Some("星河科技"), None), w(4, Some("云帆"), None)]);
    let titles: Vec<&str> = postings.iter().filter_map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, ["Python 开发", "Go 开发"]);
}

#[test]
fn list_items_that_are_postings() {
    let text = "\
本周内推（欢迎转发）：

- [深圳/远程] 某某科技诚聘 后端工程师 薪水 20-30K，Go 优先
- [上海] 星河数据 招聘 数据开发工程师 25-40K·14薪
- 北京 某公司急招 前端开发 15-25K
";
    // The offer word splits company from title; the city tag and the pay label are neither.
    let postings = check(
        text,
        Shape::Text,
        &[
            w(3, Some("某某科技"), Some("深圳")),
            w(4, Some("星河数据"), Some("上海")),
            w(5, Some("某公司"), Some("北京")),
        ],
    );
    let titles: Vec<&str> = postings.iter().filter_map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, ["后端工程师", "数据开发工程师", "前端开发"]);
    assert_eq!(postings[0].remote.map(|r| r.id()), Some("remote"));
    assert_eq!(postings[1].salary.and_then(|s| s.months), Some(14));
    assert!(postings[0].skills.skill_names().contains(&"Go"));
    // A README's list of links: the marker and the link's brackets are no part of the names.
    let text = "\
## 招聘列表

- [【远程】某某科技招聘 Rust 后端工程师 20-30K](https://example.com/1)
- [【上海/远程】云帆 招聘 Go 工程师](https://example.com/3)
";
    let postings = check(text, Shape::Text, &[w(3, Some("某某科技"), None), w(4, Some("云帆"), Some("上海"))]);
    let titles: Vec<&str> = postings.iter().filter_map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, ["Rust 后端工程师", "Go 工程师"]);
    assert!(postings.iter().all(|p| p.remote.map(|r| r.id()) == Some("remote")));
    // A posting's own bullet list is not a list of postings.
    let text = "Python 后端工程师 20-30K\n岗位职责：\n- 负责后端开发\n- 维护数据平台\n";
    check(text, Shape::Text, &[w(1, None, None)]);
    // A digest's list of referrals: 内推 offers too; the date before a title and the tags after it are no part of
    // it, and the list's heading names no company.
    let text = "\
### 近期内推
- [20210419  优云后台研发工程师校招社招内推](https://example.org/66)
- [20210417  东仓算法工程师实习内推](https://example.org/65)
- [20210414  径远网络科技架构师社招内推](https://example.org/60)
";
    let postings = check(text, Shape::Text, &[w(2, None, None), w(3, None, None), w(4, None, None)]);
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("优云后台研发工程师"), Some("东仓算法工程师实习"), Some("径远网络科技架构师")]);
}

#[test]
fn provenance_names_the_column_of_each_value() {
    use joblens_core::Provenance;
    let cases: [(&str, &str, &str); 4] = [
        ("职位名称\t薪资\t职位描述\nPython开发\t15-25K\t熟悉Django\n", "薪资", "职位描述"),
        ("title,pay,notes\nBackend,\"$120k-$150k\",\"We use \"\"Django\"\"\"\n", "pay", "notes"),
        ("{\"title\": \"后端\", \"salary\": \"20-30K\", \"job_detail\": \"熟悉\\nDjango\"}\n", "salary", "job_detail"),
        (
            "## 上海\n\n| 公司 | 岗位 | 薪资 | 要求 |\n| --- | --- | --- | --- |\n| 星河 | 后端 | 20-30K | Django |\n",
            "薪资",
            "要求",
        ),
    ];
    for (text, pay, skills) in cases {
        let parsed = parse(text);
        let [p] = &parsed.postings[..] else { panic!("one posting in {text:?}: {:?}", parsed.postings) };
        let row = Provenance::new(text, false).row(text, p).unwrap_or_else(|| panic!("a table row: {text:?}"));
        let salary = p.salary.unwrap_or_else(|| panic!("salary in {text:?}"));
        assert_eq!(row.column(salary.raw.start as usize), Some(pay), "{text:?}");
        let django = p.matches.iter().find(|m| m.span.of(text) == "Django").expect("Django matched");
        assert_eq!(row.column(django.span.start as usize), Some(skills), "{text:?}");
        // Read as one posting, nothing is a table.
        assert!(Provenance::new(text, true).row(text, p).is_none());
    }
    // One provenance answers for every row, in any order: a quoted cell with a line break and a ragged row between.
    let text = "title,pay,notes\nA,10-20K,\"Go\nRust\"\nB,20-30K\nC,30-40K,Django\n";
    let parsed = parse(text);
    let provenance = Provenance::new(text, false);
    let pay_column = |i: usize| {
        let p = &parsed.postings[i];
        provenance.row(text, p).and_then(|r| r.column(p.salary.expect("pay").raw.start as usize).map(String::from))
    };
    assert_eq!(parsed.postings.len(), 3);
    for i in [2, 0, 1, 2] {
        assert_eq!(pay_column(i).as_deref(), Some("pay"), "row {i}");
    }
    // Text that is not a table has no columns.
    let md = "### 星河 - Python开发 20-30K\n熟悉 Django\n";
    let parsed = parse(md);
    assert!(Provenance::new(md, false).row(md, &parsed.postings[0]).is_none());
}

#[test]
fn hiring_posts_pasted_without_their_threads_chrome() {
    // Posts copied from a "Who is hiring?" digest: each paragraph opens with its fields between bars. A line of
    // bars inside a post (its stack, its second role) starts no posting, and neither does one that follows text.
    let text = "\
Datafuse | 数据库Rust讲师 | 远程 | 20-40K
负责 Rust 数据库课程的编写和讲授。
技术栈 | Rust | 数据库内核 | 分布式

Acme | Backend Engineer | Louisville KY | $120k - $150k
We build logistics software in Rust and Go.
Acme | Frontend Engineer | Louisville KY | $110k - $140k

Zeta Labs | Senior Rust Engineer | SF Bay Area, CA, US | $180k-$220k
Distributed systems, Kubernetes, PostgreSQL.

Nimbus | Data Engineer | London, Berlin or Remote | £70k-£90k
Spark, Airflow, Python.
";
    let postings = check(
        text,
        Shape::Text,
        &[
            w(1, Some("Datafuse"), None),
            Want { salary: Some((120_000.0, 150_000.0, "USD", "year")), ..w(5, Some("Acme"), Some("Louisville")) },
            // A region and several places name no city.
            w(9, Some("Zeta Labs"), None),
            w(12, Some("Nimbus"), None),
        ],
    );
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(
        titles,
        [Some("数据库Rust讲师"), Some("Backend Engineer"), Some("Senior Rust Engineer"), Some("Data Engineer")]
    );
    assert_eq!(postings[0].remote, Some(joblens_core::Remote::Remote));
    // Several places are the location as written.
    assert_eq!(postings[3].location.map(|l| l.of(text)), Some("London, Berlin or Remote"));
}

#[test]
fn a_recruiting_readme_that_calls_the_reader_to_join() {
    // The page's title calls the reader to the company; its open roles are links with their pay.
    let text = "\
# 加入 星河

星河是一个建站平台。

## 开放职位

* [前端工程师 10k-30k](jd/frontend.md)
* [数据工程师 10k-25k](jd/data.md)
";
    let postings = check(text, Shape::Text, &[w(7, Some("星河"), None), w(8, Some("星河"), None)]);
    assert_eq!(postings[1].salary.and_then(|s| s.max), Some(25_000.0));
    // In English, with each role's place written as a clause after its title: the place is no part of the title.
    let text = "# Join Acme\n\n- Backend Engineer, Berlin, €70k\n- Data Engineer (Spark, Kafka), Remote, €65k\n";
    let postings = check(text, Shape::Text, &[w(3, Some("Acme"), Some("Berlin")), w(4, Some("Acme"), None)]);
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("Backend Engineer"), Some("Data Engineer (Spark, Kafka)")]);
}

#[test]
fn roles_written_as_fields_between_dashes() {
    // A README's list of open roles as links, without pay: each item names its company, role and place.
    let text = "\
## Open roles

- [Nimbus Labs - Backend Engineer - Berlin](/jobs/nimbus.md)
- [Quokka Systems - Site Reliability Engineer - Warsaw](/jobs/quokka.md)
- [Tern Analytics - Data Engineer - Remote](/jobs/tern.md)
";
    let postings = check(
        text,
        Shape::Text,
        &[
            w(3, Some("Nimbus Labs"), Some("Berlin")),
            w(4, Some("Quokka Systems"), Some("Warsaw")),
            w(5, Some("Tern Analytics"), None),
        ],
    );
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("Backend Engineer"), Some("Site Reliability Engineer"), Some("Data Engineer")]);
    assert_eq!(postings[2].remote, Some(joblens_core::Remote::Remote));

    // A Chinese link list that puts the city first and the pay in brackets.
    let text =
        "- [北京-星河互娱-前端工程师（18-30k）](/docs/a.md)\n- [深圳-云帆科技-后端开发工程师（20K-30K）](/docs/b.md)\n";
    let postings =
        check(text, Shape::Text, &[w(1, Some("星河互娱"), Some("北京")), w(2, Some("云帆科技"), Some("深圳"))]);
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("前端工程师"), Some("后端开发工程师")]);

    // A post's first line of fields: the place and the kind of contract are no part of the title.
    let text = "Brightfin - Go Developer - Singapore - FT\n\nSalary: $3000 - $4500/month\n3+ years of Go.\n";
    let postings = check(text, Shape::Text, &[w(1, Some("Brightfin"), Some("Singapore"))]);
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Go Developer"));
}

#[test]
fn titles_of_issues_and_headings_written_as_fields() {
    // A job board's issue, pasted from its page: `Company: Title (Place) #number`, above the line that opened it.
    let text = "\
Nimbus Labs: Senior Software Engineer (Boulder, CO) #3007
Closed
jobbot opened this issue on Nov 12, 2020 · 0 comments

Location: Remote (US). Salary: $140,000 - $170,000 per year. We are looking for an engineer to lead our API.
";
    let postings =
        check(text, Shape::Thread(joblens_core::segment::Site::GitHub), &[w(1, Some("Nimbus Labs"), Some("Boulder"))]);
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Senior Software Engineer"));
    assert_eq!(postings[0].posted.map(|d| d.to_string()).as_deref(), Some("2020-11-12"));
    // A label or an offer before the colon names no company.
    let text = "Hiring: Senior Software Engineer\nRemote, $150k-$180k\n";
    assert_eq!(parse(text).postings[0].company, None);

    // A heading of fields: the place among them is the city, and no part of the title.
    let text = "# 星河互娱 - 上海 - Java开发\n\n## 工作职责\n负责后端开发，15-25K\n";
    let postings = check(text, Shape::Text, &[w(1, Some("星河互娱"), Some("上海"))]);
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Java开发"));
    let text = "# Brightfin - Junior Golang Developer - Singapore - FT\n\n## Salary\n* Up to $1500/month\n";
    let postings = check(text, Shape::Text, &[w(1, Some("Brightfin"), Some("Singapore"))]);
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Junior Golang Developer"));
    // Every field before the title goes, however many.
    let text = "Acme | Remote (US) - Full-time - Software Engineer\nWe build payment rails in Go.\n";
    assert_eq!(parse(text).postings[0].title.map(|t| t.of(text)), Some("Software Engineer"));
}

#[test]
fn lagou_cards_with_the_list_chrome_posted_times_and_slashed_lines() {
    // 拉勾's result cards: the sort controls above, a district after the title, when it was posted, the pay with
    // the experience and degree asked, the company, then industry / stage / size parted by spaced slashes.
    let text = "\
排序方式：
默认
最新
前端开发工程师[望京]
09:32发布
15k-25k 经验3-5年 / 大专
星河互娱
营销服务｜咨询 / 不需要融资 / 2000人以上
HTML5
后端开发工程师[西二旗]
2022-11-18发布
20k-35k 经验5-10年 / 本科
云帆科技
企业服务 / 上市公司 / 500-2000人
Go
";
    let postings = check(text, Shape::Text, &[w(4, Some("星河互娱"), None), w(10, Some("云帆科技"), None)]);
    let read: Vec<_> = postings
        .iter()
        .map(|p| (p.title.map(|t| t.of(text)), p.industry.map(|i| i.of(text)), p.experience_min_years))
        .collect();
    assert_eq!(
        read,
        [
            (Some("前端开发工程师"), Some("营销服务｜咨询"), Some(3.0)),
            (Some("后端开发工程师"), Some("企业服务"), Some(5.0))
        ]
    );
}

#[test]
fn a_digest_of_bold_numbered_items() {
    // Notes that quote postings as bold numbered items under a numbered section: the section names no company, a
    // company's note in brackets is no part of its name, and the em dash parts company and title. An item may be
    // longer than other anchor lines (a note after it).
    let text = "\
## 三、岗位摘录

**1. 星河互娱（上海游戏公司） — Java后端开发工程师，13-26k，上海，2年以上本科**（价值最高的一条，附技能标签）
> 「熟悉Spring Boot、MySQL、Redis」

**2. 云帆科技 — AI应用开发工程师，18-25k，深圳，2-5年本科**
> 「设计和开发基于LLM的智能体系统」
";
    let postings =
        check(text, Shape::Text, &[w(3, Some("星河互娱"), Some("上海")), w(6, Some("云帆科技"), Some("深圳"))]);
    let titles: Vec<Option<&str>> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("Java后端开发工程师"), Some("AI应用开发工程师")]);
    assert_eq!(postings[0].experience_min_years, Some(2.0));
}

#[test]
fn paragraphs_that_open_with_their_pay_in_brackets() {
    // A recruiter's list, one role a paragraph, each opening with its pay (or `面議`), in traditional characters
    // and Taiwan dollars.
    let text = "\
有幾個可遠端工作的機會，有興趣可私訊：

[TW$40K/month up] 找前端工程師，可遠端工作，星河零售科技初創，找2年相關工作經驗

[面議] 找後端工程師，台北工作，云帆支付初創，3-4年相關工作經驗

[TW$60K/month up] 找資料工程師，台北工作，青禾數據，5年以上經驗
";
    let postings = check(text, Shape::Text, &[w(3, None, None), w(5, None, None), w(7, None, None)]);
    let pay: Vec<_> = postings.iter().map(|p| p.salary.map(|s| (s.min, s.max, s.currency.code()))).collect();
    assert_eq!(pay, [Some((Some(40_000.0), None, "TWD")), None, Some((Some(60_000.0), None, "TWD"))]);
    let years: Vec<_> = postings.iter().map(|p| p.experience_min_years).collect();
    assert_eq!(years, [Some(2.0), Some(3.0), Some(5.0)]);
    assert_eq!(postings[0].remote.map(|r| r.id()), Some("remote"));
    // A bracketed tag that is no pay starts no posting of its own.
    let text = "[急] 找前端工程師，可遠端工作\n[補充] 找後端工程師也可以\n";
    assert_eq!(parse(text).postings.len(), 1);
}

#[test]
fn one_line_a_role_and_its_pay() {
    // A chat post's list: each line a role and its pay, with the way of working before it, the code run on.
    let text = "\
急招远程 星河科技 (不接受外包)
Remote 区块链工程师 30K-45K RMB
Remote Android开发 25K-40KRMB
Remote 测试专员 15K-25KRMB

联系HR: @xinghe_hr
";
    let postings = check(
        text,
        Shape::Text,
        &[
            Want { salary: Some((30_000.0, 45_000.0, "CNY", "month")), ..w(2, None, None) },
            Want { salary: Some((25_000.0, 40_000.0, "CNY", "month")), ..w(3, None, None) },
            Want { salary: Some((15_000.0, 25_000.0, "CNY", "month")), ..w(4, None, None) },
        ],
    );
    let titles: Vec<_> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("区块链工程师"), Some("Android开发"), Some("测试专员")]);
    assert!(postings.iter().all(|p| p.remote.map(|r| r.id()) == Some("remote")));
    // A posting's own lines of a role and pay, under its title and among its sections, stay one posting.
    let text = "\
# 台北 Web/Ethereum DApp Developer

## 團隊簡介/地點
甲乙股份有限公司
## 工作內容
網頁/Ethereum 區塊鏈開發工程師
## 能力需求
PHP+Node.js
## 薪資範圍
月薪 NT$60,000 - 90,000
## 工時/特休
";
    assert_eq!(parse(text).postings.len(), 1);
}

#[test]
fn a_heading_that_opens_with_its_place_in_brackets() {
    // The place and the way of working in a bracket, then an offer; a range in thousands too low for a year.
    let text = "\
# [上海-可远程] 星河诚聘 Rust工程师 薪水 25-45K RMB

## 岗位要求：
本科以上学历，3年以上开发经验

# [成都] 云帆科技诚聘 Golang 开发工程师 薪水 3k - 7k USD

## 薪资福利待遇
3k - 7k USD
";
    let postings = check(
        text,
        Shape::Text,
        &[
            Want { salary: Some((25_000.0, 45_000.0, "CNY", "month")), ..w(1, Some("星河"), Some("上海")) },
            Want { salary: Some((3_000.0, 7_000.0, "USD", "month")), ..w(6, Some("云帆科技"), Some("成都")) },
        ],
    );
    let titles: Vec<_> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("Rust工程师"), Some("Golang 开发工程师")]);
    assert_eq!(postings[0].remote.map(|r| r.id()), Some("remote"));
    assert_eq!(postings[0].location.map(|l| l.of(text)), Some("上海"));
    // Fields between bars that start with the title: the way of working after it is no title, the title no company.
    let text = "# Solidity 工程师 | Remote (GMT+8) | $15k–$18k USD / 月 + Token

我们正在寻找一位 Solidity Engineer。
";
    let postings =
        check(text, Shape::Text, &[Want { salary: Some((15_000.0, 18_000.0, "USD", "month")), ..w(1, None, None) }]);
    assert_eq!(postings[0].title.map(|t| t.of(text)), Some("Solidity 工程师"));
    assert_eq!(postings[0].remote.map(|r| r.id()), Some("remote"));
}

#[test]
fn traditional_chinese_offers_and_labels() {
    // An offer word before the title (誠徵, 徵才｜, 找) is neither title nor company; a city in full-width
    // brackets after the title is the posting's city; the labels in traditional characters are read.
    let text = "\
# 誠徵 後端工程師（台北）

公司名稱：甲乙數位股份有限公司
月薪 NT$60,000 - 90,000，三年以上經驗

# 徵才｜前端工程師

上班地點：新北市板橋區
薪資：月薪 50,000 - 70,000 TWD

# 找前端工程師 HK$30,000 - 40,000

地點：香港
";
    let postings = check(
        text,
        Shape::Text,
        &[
            Want {
                salary: Some((60_000.0, 90_000.0, "TWD", "month")),
                ..w(1, Some("甲乙數位股份有限公司"), Some("台北"))
            },
            Want { salary: Some((50_000.0, 70_000.0, "TWD", "month")), ..w(6, None, Some("新北")) },
            Want { salary: Some((30_000.0, 40_000.0, "HKD", "month")), ..w(11, None, Some("香港")) },
        ],
    );
    let titles: Vec<_> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("後端工程師"), Some("前端工程師"), Some("前端工程師")]);
    assert_eq!(postings[0].experience_min_years, Some(3.0));
    // A `# 公司名稱` section names the company, and the title line loses the company's name before it.
    let text = "\
[徵才] 丙丁雲端有限公司 / Backend / Go

# 公司名稱
丙丁雲端有限公司

# 公司地址
臺北市中正區忠孝西路一段 1 號

# 職缺與薪資範圍
* Backend Engineer (60~120K/Month)
";
    let p = &parse(text).postings;
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].company.map(|c| c.of(text)), Some("丙丁雲端有限公司"));
    assert_eq!(p[0].title.map(|t| t.of(text)), Some("Backend / Go"));
    assert_eq!(p[0].city.as_deref(), Some("台北"));
}

#[test]
fn a_page_title_heading_names_the_company_of_its_roles() {
    // `# Orbit Labs` over `## role — pay`: the page's company and its `Base Singapore` city go to every role; the
    // dash before the pay is no part of the title.
    let text = "\
# Orbit Labs

Base Singapore, hybrid. We are hiring:

## Senior Backend Engineer (Rust) — SGD 9,000 - 13,000 / month
Own the matching engine. 5+ years of experience.

## Data Engineer — SGD 7,000 - 10,000 / month
Build the pipelines in Python.
";
    let postings = check(
        text,
        Shape::Text,
        &[
            Want { salary: Some((9_000.0, 13_000.0, "SGD", "month")), ..w(5, Some("Orbit Labs"), Some("Singapore")) },
            Want { salary: Some((7_000.0, 10_000.0, "SGD", "month")), ..w(8, Some("Orbit Labs"), Some("Singapore")) },
        ],
    );
    let titles: Vec<_> = postings.iter().map(|p| p.title.map(|t| t.of(text))).collect();
    assert_eq!(titles, [Some("Senior Backend Engineer (Rust)"), Some("Data Engineer")]);
    // A board's title, or a heading of the same level as the postings, names none.
    for top in ["# Rust Jobs", "## Orbit Labs"] {
        let text = format!("{top}\n\n## Data Engineer — SGD 7,000 - 10,000 / month\nBuild it.\n\n## QA Engineer — SGD 5,000 / month\nTest it.\n");
        let companies: Vec<_> =
            parse(&text).postings.iter().filter_map(|p| p.company.map(|c| c.of(&text).to_owned())).collect();
        assert!(companies.iter().all(|c| c != "Rust Jobs" && c != "Orbit Labs"), "{top}: {companies:?}");
    }
}
