//! Table tests for the rules ARCHITECTURE.md states (§ The rules the engine follows), one by one: salary forms,
//! skill aliases and boundaries, years of experience, education, company-size tiers, and the shape of the taxonomy
//! itself.
//!
//! Each row is its own `#[test]` made by a tiny macro, so a new rule is a new row and one failing row never hides
//! another. Expected values come from those rules (§ What is read from a posting), not from what the engine happens
//! to return.

use joblens_core::salary::{self, Found};
use joblens_core::taxonomy::{self, Entry, CONCEPTS, SKILLS};
use joblens_core::{parse, Parsed, Posting};

// ---------------------------------------------------------------------------------------------------------------
// Salary: `salary::read` on one string.
// ---------------------------------------------------------------------------------------------------------------

/// What `salary::read` made of a string, in a form that compares and prints well.
#[derive(Debug, PartialEq)]
enum Pay {
    Salary {
        min: Option<f64>,
        max: Option<f64>,
        currency: String,
        period: String,
        months: Option<u8>,
        rule: String,
        /// Only compared when the row names it.
        raw: Option<String>,
    },
    Negotiable {
        raw: Option<String>,
    },
    Hidden,
    Unreadable(&'static str),
    Nothing,
}

/// Rounds to cents so that `1.2万` compares equal to 12000 whatever the float rounding.
fn cents(v: Option<f64>) -> Option<f64> {
    v.map(|v| (v * 100.0).round() / 100.0)
}

fn read_pay(input: &str, keep_raw: bool) -> Pay {
    let raw = |s: joblens_core::Span| keep_raw.then(|| s.of(input).to_string());
    match salary::read(input) {
        None => Pay::Nothing,
        Some(Found::Salary(s)) => Pay::Salary {
            min: cents(s.min),
            max: cents(s.max),
            currency: s.currency.code().to_string(),
            period: s.period.id().to_string(),
            months: s.months,
            rule: s.rule.to_string(),
            raw: raw(s.raw),
        },
        Some(Found::Negotiable(sp)) => Pay::Negotiable { raw: raw(sp) },
        Some(Found::Hidden(_)) => Pay::Hidden,
        Some(Found::Unreadable { code, .. }) => Pay::Unreadable(code),
    }
}

fn check_pay(input: &str, want: Pay) {
    let keep_raw = matches!(want, Pay::Salary { raw: Some(_), .. } | Pay::Negotiable { raw: Some(_) });
    let got = read_pay(input, keep_raw);
    assert_eq!(got, want, "salary::read({input:?})");
}

/// `_` is null; anything else is the number.
macro_rules! opt {
    (_) => {
        None
    };
    ($v:expr) => {
        Some(($v) as f64)
    };
}

macro_rules! months {
    (_) => {
        None
    };
    ($v:expr) => {
        Some($v)
    };
}

/// `sal!(name, "input" => min, max, CUR / period, months N, "rule" [, raw "span"])`, `_` for null.
macro_rules! sal {
    ($name:ident, $input:expr => $min:tt, $max:tt, $cur:ident / $period:ident, months $months:tt,
     $rule:literal $(, raw $raw:literal)?) => {
        #[test]
        fn $name() {
            check_pay(
                $input,
                Pay::Salary {
                    min: opt!($min),
                    max: opt!($max),
                    currency: stringify!($cur).to_string(),
                    period: stringify!($period).to_string(),
                    months: months!($months),
                    rule: $rule.to_string(),
                    raw: None::<&str>$(.or(Some($raw)))?.map(str::to_string),
                },
            );
        }
    };
}

/// `negotiable!(name, "input" [, raw "span"])`: pay negotiable on purpose, no figure.
macro_rules! negotiable {
    ($name:ident, $input:expr $(, raw $raw:literal)?) => {
        #[test]
        fn $name() {
            check_pay(
                $input,
                Pay::Negotiable {
                    raw: None::<&str>$(.or(Some($raw)))?.map(str::to_string),
                },
            );
        }
    };
}

/// `unreadable!(name, "input", "code")`: shaped like pay, reported with that code, never a figure.
macro_rules! unreadable {
    ($name:ident, $input:expr, $code:literal) => {
        #[test]
        fn $name() {
            check_pay($input, Pay::Unreadable($code));
        }
    };
}

/// `not_pay!(name, "input")`: numbers that are not a salary.
macro_rules! not_pay {
    ($name:ident, $input:expr) => {
        #[test]
        fn $name() {
            check_pay($input, Pay::Nothing);
        }
    };
}

#[rustfmt::skip]
mod salary_forms {
    use super::*;

    // Headings of the default corpus.
    sal!(k_range, "20-40K" => 20_000, 40_000, CNY / month, months _, "k-range", raw "20-40K");
    sal!(k_range_months, "25-35K·14薪" => 25_000, 35_000, CNY / month, months 14, "k-range-months",
         raw "25-35K·14薪");
    sal!(k_both_ends_lowercase, "25k-30k·16薪" => 25_000, 30_000, CNY / month, months 16, "k-range-months",
         raw "25k-30k·16薪");
    sal!(k_both_ends_upper, "9K-16K" => 9_000, 16_000, CNY / month, months _, "k-range", raw "9K-16K");
    sal!(markdown_bold_is_not_in_raw, "**15-20K·13薪**" => 15_000, 20_000, CNY / month, months 13,
         "k-range-months", raw "15-20K·13薪");
    sal!(heading_with_company_and_title, "腾讯上海 -Python后台开发工程师 20-40K" => 20_000, 40_000,
         CNY / month, months _, "k-range", raw "20-40K");

    // Chinese units and periods.
    sal!(yuan_amounts, "7000-14000元" => 7_000, 14_000, CNY / month, months _, "amount-range",
         raw "7000-14000元");
    sal!(wan_per_month_decimal_point, "1.5-2万/月" => 15_000, 20_000, CNY / month, months _, "wan-range");
    sal!(qian_to_wan_mixed, "8千-1.2万" => 8_000, 12_000, CNY / month, months _, "mixed-range",
         raw "8千-1.2万");
    sal!(wan_per_year, "15-25万/年" => 150_000, 250_000, CNY / year, months _, "wan-range");
    sal!(nianxin_prefix_sets_year, "年薪20-30万" => 200_000, 300_000, CNY / year, months _, "wan-range");
    sal!(yuan_per_day, "200-300元/天" => 200, 300, CNY / day, months _, "amount-range");
    sal!(yuan_per_hour_shi, "80-120元/时" => 80, 120, CNY / hour, months _, "amount-range");
    sal!(yuan_per_hour_xiaoshi, "80-120元/小时" => 80, 120, CNY / hour, months _, "amount-range");
    sal!(k_open_top, "4K以上" => 4_000, _, CNY / month, months _, "k-at-least", raw "4K以上");
    sal!(k_open_bottom, "8K以下" => _, 8_000, CNY / month, months _, "k-at-most", raw "8K以下");
    sal!(thousands_times_months, "30*16" => 30_000, 30_000, CNY / month, months 16, "k-times-months",
         raw "30*16");
    sal!(yen_sign_is_cny, "¥8000-12000" => 8_000, 12_000, CNY / month, months _, "amount-range");
    sal!(months_without_dot, "20-30K 14薪" => 20_000, 30_000, CNY / month, months 14, "k-range-months",
         raw "20-30K 14薪");
    sal!(yuexin_prefix_wan, "月薪1.5-2万" => 15_000, 20_000, CNY / month, months _, "wan-range");
    sal!(wan_single_decimal, "1.5万/月" => 15_000, 15_000, CNY / month, months _, "wan-single");
    sal!(rmb_is_cny, "RMB 20k-30k" => 20_000, 30_000, CNY / month, months _, "k-range");

    // Other currencies: thousands or full yearly figures are per year unless a period says otherwise.
    sal!(usd_k_en_dash, "$120k–$160k" => 120_000, 160_000, USD / year, months _, "k-range",
         raw "$120k–$160k");
    sal!(usd_full_figures, "$110,000 - $164,000" => 110_000, 164_000, USD / year, months _, "amount-range",
         raw "$110,000 - $164,000");
    sal!(usd_unit_once, "$180-220k" => 180_000, 220_000, USD / year, months _, "k-range");
    sal!(usd_per_hour, "$50/hr" => 50, 50, USD / hour, months _, "amount-single");
    sal!(usd_k_per_month, "$8k/mo" => 8_000, 8_000, USD / month, months _, "k-single");
    sal!(eur_dot_thousands, "€60.000/year" => 60_000, 60_000, EUR / year, months _, "amount-single");
    sal!(eur_dot_thousands_no_period, "€60.000" => 60_000, 60_000, EUR / year, months _, "amount-single");
    sal!(usd_per_hour_word, "$45/hour" => 45, 45, USD / hour, months _, "amount-single");
    sal!(usd_full_per_month, "$8,000/month" => 8_000, 8_000, USD / month, months _, "amount-single");
    // The sign after the figures, and pay a month below the usual range when both currency and period are written.
    sal!(usd_sign_after_range, "500 ~ 1000$/month" => 500, 1_000, USD / month, months _, "amount-range",
         raw "500 ~ 1000$/month");
    sal!(usd_sign_after_single, "Salary: 1500$" => 1_500, 1_500, USD / month, months _, "amount-single",
         raw "1500$");
    sal!(eur_sign_after, "2500€/month" => 2_500, 2_500, EUR / month, months _, "amount-single");
    sal!(gbp_full_figures, "£50,000 - £60,000" => 50_000, 60_000, GBP / year, months _, "amount-range");
    sal!(usd_open_top, "$150k+" => 150_000, _, USD / year, months _, "k-at-least", raw "$150k+");
    sal!(english_pipe_line, "Acme | Backend Engineer | Remote | $140k–$180k" => 140_000, 180_000,
         USD / year, months _, "k-range", raw "$140k–$180k");

    // Width and dash variants: each reads the same as `20-40K`.
    sal!(fullwidth_digits, "２０-４０K" => 20_000, 40_000, CNY / month, months _, "k-range", raw "２０-４０K");
    sal!(fullwidth_digits_and_k, "２０－４０Ｋ" => 20_000, 40_000, CNY / month, months _, "k-range");
    sal!(dash_en, "20–40K" => 20_000, 40_000, CNY / month, months _, "k-range", raw "20–40K");
    sal!(dash_em, "20—40K" => 20_000, 40_000, CNY / month, months _, "k-range", raw "20—40K");
    sal!(dash_tilde, "20~40K" => 20_000, 40_000, CNY / month, months _, "k-range", raw "20~40K");
    sal!(dash_fullwidth_tilde, "20～40K" => 20_000, 40_000, CNY / month, months _, "k-range", raw "20～40K");
    sal!(dash_wave, "20〜40K" => 20_000, 40_000, CNY / month, months _, "k-range", raw "20〜40K");
    sal!(dash_zhi, "20至40K" => 20_000, 40_000, CNY / month, months _, "k-range", raw "20至40K");
    sal!(dash_dao, "20到40K" => 20_000, 40_000, CNY / month, months _, "k-range", raw "20到40K");
    sal!(dash_with_spaces, "20 - 40K" => 20_000, 40_000, CNY / month, months _, "k-range", raw "20 - 40K");

    // Numbers before the pay on the same line are skipped, not read as pay.
    sal!(card_line, "Python开发工程师 15-25K·14薪 上海·浦东新区 3-5年 本科" => 15_000, 25_000, CNY / month,
         months 14, "k-range-months", raw "15-25K·14薪");
    sal!(years_before_pay, "3-5年 本科 15-25K·14薪" => 15_000, 25_000, CNY / month, months 14,
         "k-range-months", raw "15-25K·14薪");
    sal!(headcount_before_pay, "招2人 20-30K" => 20_000, 30_000, CNY / month, months _, "k-range",
         raw "20-30K");
    sal!(k8s_before_pay, "熟悉K8S，薪资15-20K" => 15_000, 20_000, CNY / month, months _, "k-range",
         raw "15-20K");

    // Issue 14: the forms real pastes use, from job sites, forums and job threads in several languages.
    sal!(period_on_each_end, "30K/月-50K/月·16薪" => 30_000, 50_000, CNY / month, months 16, "k-range-months");
    sal!(code_fused_with_sign, "~CAD$150k - CAD$180k" => 150_000, 180_000, CAD / year, months _, "k-range",
         raw "CAD$150k - CAD$180k");
    sal!(code_before_sign_spaced_to, "AUD $150,000 to $250,000 + Stock Options" => 150_000, 250_000, AUD / year,
         months _, "amount-range", raw "AUD $150,000 to $250,000");
    sal!(code_after_bare_dollar, "$150,000 to $190,000 CAD" => 150_000, 190_000, CAD / year, months _,
         "amount-range");
    sal!(us_dollar, "US$90k-120k" => 90_000, 120_000, USD / year, months _, "k-range");
    sal!(nt_dollar_per_month, "NT$60,000 - 90,000/月" => 60_000, 90_000, TWD / month, months _, "amount-range");
    sal!(ntd_code_month_word, "50~130K/Month NTD" => 50_000, 130_000, TWD / month, months _, "k-range");
    sal!(hk_dollar_month, "HK$30,000-45,000 per month" => 30_000, 45_000, HKD / month, months _, "amount-range");
    sal!(sg_dollar_month, "S$6,000 - S$9,000 / month" => 6_000, 9_000, SGD / month, months _, "amount-range");
    sal!(a_dollar_year, "A$140k–A$170k" => 140_000, 170_000, AUD / year, months _, "k-range");
    sal!(sgd_code_year, "SGD 96k - 120k" => 96_000, 120_000, SGD / year, months _, "k-range");
    sal!(gbp_per_day, "£450 - £550 per day" => 450, 550, GBP / day, months _, "amount-range");
    sal!(gbp_per_hour, "£25/hour" => 25, 25, GBP / hour, months _, "amount-single");
    sal!(usd_hourly_range_to, "$60 to $80 an hour" => 60, 80, USD / hour, months _, "amount-range");
    sal!(range_to_no_spaces_em_dash, "$120k—$150k" => 120_000, 150_000, USD / year, months _, "k-range");
    sal!(range_zhi_spaced, "15K 至 25K" => 15_000, 25_000, CNY / month, months _, "k-range");
    sal!(up_to_full_figure_is_a_month, "Up to $2000" => _, 2_000, USD / month, months _, "amount-at-most",
         raw "$2000");
    sal!(from_k_is_open_top, "from $80k" => 80_000, _, USD / year, months _, "k-at-least");
    sal!(zuigao_is_open_bottom, "月薪最高3万" => _, 30_000, CNY / month, months _, "wan-at-most");
    sal!(k_plus_open_top, "$125k+" => 125_000, _, USD / year, months _, "k-at-least");
    sal!(k_on_low_end_only, "$75k – $120/yr" => 75_000, 120_000, USD / year, months _, "k-range");
    sal!(full_figure_high_end_keeps_its_value, "$75k - $120,000" => 75_000, 120_000, USD / year, months _,
         "mixed-range");
    sal!(w_for_wan_times_months, "1w-2w*13薪" => 10_000, 20_000, CNY / month, months 13, "wan-range-months");
    sal!(wan_low_end_ten_or_more_is_yearly, "20-30万" => 200_000, 300_000, CNY / year, months _, "wan-range");
    sal!(wan_below_ten_is_monthly, "1.5-2万" => 15_000, 20_000, CNY / month, months _, "wan-range");
    sal!(traditional_wan, "年薪 80萬~120萬" => 800_000, 1_200_000, CNY / year, months _, "wan-range");
    sal!(rupee_lakhs, "₹12-18 lakhs" => 1_200_000, 1_800_000, INR / year, months _, "lakh-range");
    sal!(lpa_is_rupees_a_year, "15-25 LPA" => 1_500_000, 2_500_000, INR / year, months _, "lakh-range");
    sal!(rupee_full_month, "₹80,000 per month" => 80_000, 80_000, INR / month, months _, "amount-single");
    sal!(yen_man_en_yearly, "年収600万円〜900万円" => 6_000_000, 9_000_000, JPY / year, months _, "wan-range");
    sal!(yen_code_monthly, "JPY 350,000/month" => 350_000, 350_000, JPY / month, months _, "amount-single");
    sal!(won_sign, "₩50,000,000 - ₩70,000,000" => 50_000_000, 70_000_000, KRW / year, months _,
         "amount-range");
    sal!(krw_code_month, "KRW 4,000,000/month" => 4_000_000, 4_000_000, KRW / month, months _, "amount-single");
    sal!(vnd_code_month, "VND 25,000,000 - 40,000,000/month" => 25_000_000, 40_000_000, VND / month, months _,
         "amount-range");
    sal!(hourly_prefix, "时薪 50-80元" => 50, 80, CNY / hour, months _, "amount-range");
    sal!(hourly_prefix_traditional, "時薪 200元" => 200, 200, CNY / hour, months _, "amount-single");
    sal!(daily_prefix, "日薪 300-500" => 300, 500, CNY / day, months _, "amount-range");
    sal!(months_star_spaced, "20~40k * 15" => 20_000, 40_000, CNY / month, months 15, "k-range-months");
    sal!(months_x_spaced, "20-40K x 15" => 20_000, 40_000, CNY / month, months 15, "k-range-months");
    sal!(months_spaced_xin, "20-35K 15 薪" => 20_000, 35_000, CNY / month, months 15, "k-range-months");
    sal!(months_range_counts_low, "20-30K·13-15薪" => 20_000, 30_000, CNY / month, months 13, "k-range-months");
    sal!(stray_no_break_space, "20-30\u{A0}K" => 20_000, 30_000, CNY / month, months _, "k-range");
    sal!(stray_zero_width, "15\u{200B}-\u{200B}25K" => 15_000, 25_000, CNY / month, months _, "k-range");
    sal!(pay_in_a_sentence, "薪资范围 20k-35k，另有年终奖" => 20_000, 35_000, CNY / month, months _, "k-range",
         raw "20k-35k");
    sal!(pay_next_to_equity, "$120k – $180k • 0.25% – 0.75%" => 120_000, 180_000, USD / year, months _,
         "k-range", raw "$120k – $180k");
    not_pay!(counted_wan_is_not_pay, "为超过80万家企业客户提供服务");
    not_pay!(counted_wan_plus_is_not_pay, "服务10万+用户");

    // Bad input: never a figure.
    unreadable!(exponent, "$9e99k", "salary-unparsed");
    unreadable!(absurd_k, "99999999K", "salary-unparsed");
    unreadable!(reversed_range, "40-20K", "salary-unparsed");
    unreadable!(no_such_period, "20-40K/fortnight", "salary-unparsed");
    unreadable!(implausibly_small_year, "$3k/year", "salary-unparsed");
    unreadable!(implausibly_small_month_written, "$100/month", "salary-unparsed");
    unreadable!(implausibly_large_month, "CNY 5,000,000/month", "salary-unparsed");

    // Negotiable: null salary on purpose.
    negotiable!(mianyi, "面议", raw "面议");
    negotiable!(xinzi_mianyi, "薪资面议", raw "薪资面议");
    negotiable!(heading_mianyi, "某科技-Python开发工程师 面议");

    // Not pay.
    not_pay!(years_range, "3-5年");
    not_pay!(headcount_range, "100-499人");
    not_pay!(k8s, "K8S");
    not_pay!(k8s_in_text, "熟悉K8S集群管理");
    not_pay!(python3, "Python3");
    not_pay!(python3_in_text, "熟练使用Python3");
    not_pay!(hiring_two, "招2人");
    not_pay!(card_without_pay, "上海·浦东新区 3-5年 本科 100-499人");
    // Forms from real GitHub and forum posts: a note in brackets before the currency and period, USDT as `U`.
    sal!(note_before_currency, "薪资：5000-8000（或面议） USD / 月" => 5_000, 8_000, USD / month, months _, "amount-range",
        raw "5000-8000（或面议） USD / 月");
    sal!(note_at_the_end_is_no_part, "20-30K（税前）" => 20_000, 30_000, CNY / month, months _, "k-range", raw "20-30K");
    sal!(usdt_as_u_after_a_range, "5,000 - 9,500U" => 5_000, 9_500, USD / month, months _, "amount-range");
    sal!(usdt_as_u_before_a_period, "5000U/月" => 5_000, 5_000, USD / month, months _, "amount-single");
    sal!(usdt_code, "月薪 5,000 - 9,500 USDT" => 5_000, 9_500, USD / month, months _, "amount-range");
    not_pay!(u_alone_is_no_currency, "2U server racks");
    // Plain figures after a pay label are pay; a currency named in Chinese after them.
    sal!(plain_figures_after_a_label, "薪资范围：18000-20000" => 18_000, 20_000, CNY / month, months _, "amount-range",
        raw "18000-20000");
    sal!(currency_word_after_figures, "薪资待遇：5000 — 8000美元" => 5_000, 8_000, USD / month, months _,
        "amount-range", raw "5000 — 8000美元");
    // A short note in brackets between the label and the figures (the years it pays for, before tax); the months
    // after them are the posting's, read by the parse.
    sal!(label_then_a_note_in_brackets, "月薪（3-5年）13000 -- 25000 （14薪）" => 13_000, 25_000, CNY / month, months _,
        "amount-range", raw "13000 -- 25000");
    not_pay!(plain_figures_without_a_label, "团队 18000-20000");
    not_pay!(plain_figures_after_a_note_alone, "（3-5年）13000-25000");
    // US retirement plans look like an amount in thousands; the pay after them is still read.
    not_pay!(retirement_plan, "Health, dental and 401k match");
    not_pay!(retirement_plan_upper, "401K, 403(b)");
    sal!(pay_after_retirement_plan, "401k match, $140k-$160k" => 140_000, 160_000, USD / year, months _, "k-range",
        raw "$140k-$160k");
    // A doubled dash between the figures, and thousands grouped by spaces after a currency's mark.
    sal!(doubled_dash, "薪资待遇： 4500 —— 6000美元" => 4_500, 6_000, USD / month, months _, "amount-range",
        raw "4500 —— 6000美元");
    sal!(space_grouped_thousands, "Starting salary: **$48 000 per year**" => 48_000, 48_000, USD / year, months _,
        "amount-single", raw "$48 000 per year");
    sal!(space_grouped_range, "$60 000 - $64 800 per year" => 60_000, 64_800, USD / year, months _, "amount-range");
    not_pay!(spaced_figures_without_a_mark, "2 000 员工");
    // Only a first group of at most three digits is spaced: `$120000 500` is no $120,000,500.
    sal!(no_space_group_after_a_long_figure, "$120000 500 engineers" => 120_000, 120_000, USD / year, months _,
        "amount-single", raw "$120000");
    // Brazil's real, with its decimal comma and Portuguese words (`a` between the ends, `por mês`), and Taiwan's
    // `TW$`.
    sal!(real_with_decimal_comma, "Salário: R$ 9.000,00 a R$ 12.000,00 por mês" => 9_000, 12_000, BRL / month,
        months _, "amount-range", raw "R$ 9.000,00 a R$ 12.000,00 por mês");
    sal!(real_fused_sign, "Remuneração: R$5000 a R$8000 por mês" => 5_000, 8_000, BRL / month, months _,
        "amount-range");
    sal!(real_code, "Salary: BRL 10,000 - 14,000 per month" => 10_000, 14_000, BRL / month, months _, "amount-range");
    sal!(zero_cents, "R$ 5000,00 por mês" => 5_000, 5_000, BRL / month, months _, "amount-single");
    sal!(tw_dollar_and_up, "[TW$40K/month up]" => 40_000, _, TWD / month, months _, "k-at-least",
        raw "TW$40K/month up");
    sal!(and_up, "$90k and up" => 90_000, _, USD / year, months _, "k-at-least", raw "$90k and up");
    // `up` that starts a word after pay is no open end.
    sal!(up_as_a_word, "$90k upfront bonus" => 90_000, 90_000, USD / year, months _, "k-single", raw "$90k");
    // A range in thousands too low for a year is pay a month; a lone figure may be a bonus, and is refused.
    sal!(k_range_below_any_year, "薪水 3k - 7k USD" => 3_000, 7_000, USD / month, months _, "k-range");
    #[test]
    fn lone_k_figure_below_any_year() {
        check_pay("we can split the $3k", Pay::Unreadable("salary-unparsed"));
    }
    // `a` is a period before a period word, and no range: `$5000 a month`.
    sal!(a_month, "$5000 a month" => 5_000, 5_000, USD / month, months _, "amount-single");
    // A currency's code inside a link's id is none.
    not_pay!(code_after_a_digit, "https://jobs.lever.co/acme/01b7a4c5-28ce-4a4c-9c88-d4cad6c01c76");
    not_pay!(code_before_a_digit, "https://www.ycombinator.com/companies/beta/jobs/6Jpy56U-principal");
}

// ---------------------------------------------------------------------------------------------------------------
// Skills: the canonical names `parse` finds in a one-line posting.
// ---------------------------------------------------------------------------------------------------------------

fn only_posting(input: &str) -> (usize, Option<Posting>, Parsed) {
    let parsed = parse(input);
    let n = parsed.postings.len();
    (n, parsed.postings.first().cloned(), parsed)
}

fn check_skills(input: &str, want: &[&str]) {
    let (n, p, _) = only_posting(input);
    let got = p.map(|p| p.skills.skill_names()).unwrap_or_default();
    let mut want = want.to_vec();
    want.sort_unstable();
    assert_eq!((n, got), (1, want), "skills of {input:?} (postings, names)");
}

/// `t!(name, "input", &["Canonical", …])`: exactly these skills, no others.
macro_rules! t {
    ($name:ident, $input:expr, $want:expr) => {
        #[test]
        fn $name() {
            check_skills($input, $want);
        }
    };
}

#[rustfmt::skip]
mod skills {
    use super::*;

    // Case- and width-insensitive.
    t!(redis_fullwidth, "熟悉Ｒｅｄｉｓ", &["Redis"]);
    t!(redis_upper, "熟悉REDIS", &["Redis"]);
    t!(redis_lower, "熟悉redis", &["Redis"]);

    // Aliases.
    t!(unix_is_linux, "熟悉Unix环境", &["Linux"]);
    // A GitHub or GitLab profile, link or portfolio is no Git requirement (issue 14: this row said Git before);
    // the tool and its workflow are.
    t!(github_projects_are_not_git, "有GitHub开源项目者优先", &[]);
    t!(github_home_is_not_git, "附上GitHub主页", &[]);
    t!(github_link_is_not_git, "作品：https://github.com/acme/tool", &[]);
    t!(github_profile_is_not_git, "Send us your Github profile", &[]);
    t!(github_workflow_is_git, "熟悉 GitHub/GitLab 工作流", &["Git"]);
    t!(github_flow_is_git, "熟悉 Git，GitHub 开发流程", &["Git"]);
    t!(gitlab_ci_is_git, "熟练使用 GitLab (CI/CD)", &["Git"]);
    t!(gitlab_is_git, "熟悉GitLab代码管理", &["Git"]);
    t!(k8s_lower_is_kubernetes, "熟悉k8s", &["Kubernetes"]);
    t!(k8s_upper_is_kubernetes, "熟悉K8S", &["Kubernetes"]);
    t!(postgres_is_postgresql, "熟悉Postgres", &["PostgreSQL"]);
    t!(postgressql_is_postgresql, "熟悉PostgresSql", &["PostgreSQL"]);
    t!(mongo_is_mongodb, "熟悉mongo", &["MongoDB"]);
    t!(mongodb_mixed_case, "熟悉Mongodb", &["MongoDB"]);
    t!(golang_is_go, "熟悉Golang", &["Go"]);
    t!(node_is_nodejs, "熟悉Node", &["Node.js"]);
    t!(nodejs_is_nodejs, "熟悉NodeJS", &["Node.js"]);
    t!(js_is_javascript, "熟悉js", &["JavaScript"]);
    t!(html5_is_html, "熟悉HTML5", &["HTML"]);
    t!(css3_is_css, "熟悉CSS3", &["CSS"]);
    t!(html5_css3_list, "熟悉HTML5/CSS3", &["CSS", "HTML"]);
    t!(elastic_search_is_elasticsearch, "熟悉Elastic Search", &["Elasticsearch"]);
    t!(es_next_to_storage, "熟悉MySQL、Redis、ES等存储", &["Elasticsearch", "MySQL", "Redis"]);
    t!(es_in_slash_list, "熟悉MongoDB/ES", &["Elasticsearch", "MongoDB"]);
    t!(es_alone, "熟悉ES", &[]);
    t!(elasticsearch_name, "熟悉Elasticsearch", &["Elasticsearch"]);
    t!(js_in_list, "熟悉js/css", &["CSS", "JavaScript"]);
    t!(my_sql_is_mysql, "熟悉My SQL", &["MySQL"]);
    t!(jinja_2_is_jinja2, "熟悉Jinja 2模板", &["Jinja2"]);
    t!(https_is_http, "熟悉HTTPS协议", &["HTTP"]);
    t!(vue_js_is_vue, "熟悉Vue.js", &["Vue"]);
    t!(vuejs_is_vue, "熟悉VueJS", &["Vue"]);
    t!(reactjs_is_react, "熟悉ReactJS", &["React"]);
    t!(ruby_on_rails_capital_on, "熟悉Ruby On Rails", &["Ruby on Rails"]);
    t!(ror_is_ruby_on_rails, "熟悉RoR", &["Ruby on Rails"]);
    t!(phyton_is_python, "精通Phyton", &["Python"]);
    t!(djangok_is_django, "熟悉Djangok框架", &["Django"]);

    // Boundaries.
    t!(java_not_in_javascript, "熟悉JavaScript", &["JavaScript"]);
    t!(java_and_javascript, "熟悉Java和JavaScript", &["Java", "JavaScript"]);
    t!(go_not_in_google, "熟悉Google云服务", &[]);
    t!(go_not_in_django, "熟悉Django", &["Django"]);
    t!(go_not_in_mongodb, "熟悉MongoDB", &["MongoDB"]);
    t!(go_not_in_algorithm, "Strong algorithm skills", &[]);
    t!(js_not_in_json, "熟悉JSON格式", &[]);
    t!(js_not_in_vue_js, "熟悉Vue.js框架", &["Vue"]);
    t!(es_not_in_esg, "ESG投资数据平台", &[]);
    // product.md: `ES5` / `ES6` are JavaScript (this row expected nothing before issue 14; never Elasticsearch).
    t!(es6_is_javascript_not_elasticsearch, "熟悉ES6语法", &["JavaScript"]);
    t!(es5_slash_6_is_javascript, "如熟悉前端技术(ES5/6, CSS, HTML, ReactJS+Redux) 优先考虑", &["CSS", "HTML", "JavaScript", "React", "Redux"]);
    t!(misspelled_kafka, "消息队列（如Kafaka、Zookeeper、Nacos", &["Kafka", "Nacos", "ZooKeeper"]);
    t!(misspelled_tornado, "熟悉Django/Flask/Tornato 或其他 Python 框架者加分", &["Django", "Flask", "Python", "Tornado"]);
    t!(misspelled_django_python_mongo, "熟悉Pyhton、Djanjo和Mongdb", &["Django", "MongoDB", "Python"]);
    t!(misspelled_es_k8s, "熟悉Elasticsearh与Kubernets", &["Elasticsearch", "Kubernetes"]);
    t!(react_agent_pattern_is_not_react, "具备LLM Agent开发经验，熟悉ReAct等主流工作流程", &[]);
    t!(mobile_and_frontend, "熟悉Android、iOS开发，了解Angular、jQuery", &["Android", "Angular", "iOS", "jQuery"]);
    t!(r_and_d_is_not_r, "负责R&D团队的日常管理", &[]);
    t!(lowercase_r_is_a_letter, "python r studio", &["Python"]);
    // R, the language: one letter, a skill only where a list or a verb says so.
    t!(r_slash_python, "熟悉Python/R数据分析", &["Python", "R"]);
    t!(r_yuyan, "熟练掌握R语言", &["R"]);
    t!(r_comma_sql, "R, SQL and Tableau", &["R", "SQL"]);
    t!(r_after_verb, "熟悉R，有统计建模经验", &["R"]);
    t!(r_or_python, "Experience with R or Python", &["Python", "R"]);
    t!(r_in_brackets, "a statistical language (R, Python)", &["Python", "R"]);
    t!(r_in_dunhao_list, "掌握SQL、R、Python中的一种", &["Python", "R", "SQL"]);
    t!(hr_is_not_r, "HR会联系你，熟悉Python", &["Python"]);
    t!(r2_is_not_r, "Python, R2 storage", &["Python"]);
    t!(r_colon_is_not_r, "Python开发 R: 负责数据", &["Python"]);
    t!(initial_is_not_r, "Contact: Python team, R. Smith", &["Python"]);
    t!(q_and_r_is_not_r, "Python Q&R session", &["Python"]);
    t!(r_and_d_beside_a_skill_is_not_r, "Python R&D team", &["Python"]);
    t!(r_after_a_space_only_is_not_r, "Python R Smith", &["Python"]);
    t!(r_rating_is_not_r, "评级R级，熟悉Java", &["Java"]);
    t!(dotnet, "3 years of C#/.NET development", &["C#", ".NET"]);
    t!(github_open_source_is_not_git, "在GitHub上有开源项目者优先", &[]);
    t!(sql_alone, "SQL调优", &["SQL"]);
    t!(sql_not_in_mysql, "熟悉MySQL", &["MySQL"]);
    t!(sql_not_in_nosql, "熟悉NoSQL数据库", &[]);
    t!(sql_not_in_sql_server, "熟悉SQL Server", &["SQL Server"]);
    t!(sql_not_in_postgresql, "熟悉PostgreSQL", &["PostgreSQL"]);
    t!(c_slash_cpp, "熟悉C/C++", &["C", "C++"]);
    t!(c_or_cpp, "熟悉C或C++", &["C", "C++"]);
    t!(c_yuyan, "熟悉C语言", &["C"]);
    t!(c_dunhao_cpp, "熟悉C、C++", &["C", "C++"]);
    t!(c_not_in_cpp, "掌握C++", &["C++"]);
    t!(tcp_ip, "熟悉TCP/IP协议", &["TCP/IP"]);
    t!(sql_in_english, "Strong SQL skills", &["SQL"]);
    t!(c_duan_is_not_c, "面向C端用户的产品", &[]);
    t!(c_lun_is_not_c, "C轮融资", &[]);
    t!(c_s_is_not_c, "熟悉C/S架构", &[]);
    t!(ci_cd_is_not_c, "熟悉CI/CD流程", &[]);
    t!(csharp_is_not_c, "熟悉C#", &["C#"]);
    t!(cjk_is_a_boundary, "熟悉Go语言", &["Go"]);

    // Ordinary English words.
    t!(go_react_in_prose, "We go deep and react fast.", &[]);
    t!(go_react_in_list, "Nice to have: Go, React.", &["Go", "React"]);
    t!(go_spring_in_chinese_lowercase, "熟悉go和spring", &["Go", "Spring"]);
    t!(lowercase_words_in_english_list, "Experience with Python, go, rust", &["Go", "Python", "Rust"]);
    t!(shell_in_chinese_lowercase, "熟悉shell脚本", &["Shell"]);
    t!(hive_in_chinese_lowercase, "熟悉hive数据仓库", &["Hive"]);
    t!(capitalized_go_in_prose, "You will write Go every day.", &["Go"]);
    t!(spring_in_prose, "We hire every spring and summer.", &[]);
}

// ---------------------------------------------------------------------------------------------------------------
// Experience, education and company size: one field of the posting `parse` finds.
// ---------------------------------------------------------------------------------------------------------------

fn check_field<T: PartialEq + std::fmt::Debug>(
    input: &str,
    field: &str,
    want: Option<T>,
    get: impl Fn(&Posting) -> Option<T>,
) {
    let (n, p, _) = only_posting(input);
    let got = p.as_ref().and_then(get);
    assert_eq!((n, got), (1, want), "{field} of {input:?} (postings, value)");
}

/// `exp!(name, "input", years)`, `_` for null.
macro_rules! exp {
    ($name:ident, $input:expr, _) => {
        #[test]
        fn $name() {
            check_field($input, "experience_min_years", None, |p| p.experience_min_years);
        }
    };
    ($name:ident, $input:expr, $years:expr) => {
        #[test]
        #[allow(trivial_numeric_casts)] // rows write whole years as integers
        fn $name() {
            check_field($input, "experience_min_years", Some(($years) as f32), |p| p.experience_min_years);
        }
    };
}

/// `edu!(name, "input", "本科")`, `_` for null.
macro_rules! edu {
    ($name:ident, $input:expr, _) => {
        #[test]
        fn $name() {
            check_field($input, "education", None, |p| p.education.map(|e| e.label()));
        }
    };
    ($name:ident, $input:expr, $label:literal) => {
        #[test]
        fn $name() {
            check_field($input, "education", Some($label), |p| p.education.map(|e| e.label()));
        }
    };
}

#[rustfmt::skip]
mod experience {
    use super::*;

    exp!(years_or_more, "3年以上Python开发经验", 3);
    exp!(range_dash, "1-3年工作经验", 1);
    exp!(range_dao, "1到2年后端开发经验", 1);
    exp!(range_tilde, "1~3年工作经验", 1);
    exp!(range_fullwidth_tilde, "1～3年工作经验", 1);
    exp!(card_range, "Python开发工程师 15-25K·14薪 上海·浦东新区 3-5年 本科", 3);
    exp!(chinese_three, "三年Python开发经验", 3);
    exp!(chinese_three_or_more, "三年以上Python开发经验", 3);
    exp!(chinese_two_liang, "两年后端开发经验", 2);
    exp!(at_least_one, "至少一年工作经验", 1);
    exp!(fullwidth_digit, "２年以上开发经验", 2);
    exp!(fresh_graduate, "应届生也可", 0);
    exp!(yiben_is_not_a_year, "一本以上学历", _);
    exp!(english_plus_years, "5+ years of experience with Python", 5);
    exp!(english_at_least, "At least 2 years of backend development", 2);
    // Issue 14: several requirements give the largest (was the smallest: 2 of Go years within 3 years in all still
    // asks for 3).
    exp!(largest_of_two, "3年以上工作经验，其中2年以上Go开发经验", 3);
    exp!(largest_of_backend_and_frontend, "本科及以上学历，3年以上后端开发经验，2年以上前端相关经验", 3);
    exp!(alternatives_give_smallest, "大学专科 5 年（含）以上相关工作经验；或者大学本科 4 年（含）以上相关工作经验；或者硕士研究生 2 年（含）以上相关工作经验；或者博士生毕业", 2);
    exp!(alternatives_slash, "专科5年/本科4年/硕士2年以上经验", 2);
    exp!(team_average_is_not_asked, "团队平均10年经验，负责后端开发", _);
    exp!(company_average_is_not_asked, "在数据智能领域的研发经验平均超过10 年。", _);
    exp!(founded_years_is_not_asked, "公司成立15年，专注金融科技", _);
    exp!(company_focus_years_is_not_asked, "深耕AIGC领域商业化运营5年+，盈利良好", _);
    exp!(company_stable_years_is_not_asked, "Profitable, 15+ yrs stable, 100% employee-owned.", _);
    exp!(founders_years_are_not_asked, "The founders have more than 15 years of experience.", _);
    exp!(founders_years_beside_a_requirement, "3+ years of Python. The founders have 15 years of experience.", 3);
    exp!(preferred_counts_when_nothing_is_required, "有5年以上经验者优先", 5);
    exp!(preferred_does_not_raise_required, "3年以上Python经验；有5年以上大型项目经验者优先", 3);
    exp!(range_en_dash_spaced, "1–3 年 Python 开发经验", 1);
    exp!(fresh_welcome_is_zero, "1–3 年 Python 开发经验，本科及以上学历（优秀应届毕业生亦可）", 0);
    exp!(about_two_years, "AI相关专业研究方向2年左右经历", 2);
    exp!(english_several_gives_largest, "5+ years of backend experience and 2+ years with Kubernetes", 5);
    exp!(card_field_wins, "后端开发工程师 18k-25k·13薪 湖北·武汉 本科及以上 3-5年\n5年以上 Java 开发经验", 3);
    exp!(labelled_field_wins, "星河科技-后端工程师 20-30K\n工作经验：1年\n岗位要求\n+ 2年以上Python开发经验", 1);
    exp!(labelled_field_in_english, "Acme | Backend Engineer | Berlin\n- **Experience**: 5+ years\nYou have 8+ years of backend development", 5);
    exp!(dash_without_a_second_figure, "Have 1 – year experience with Golang", 1);
    exp!(short_form_exp, "From 1 year exp", 1);
    // Portuguese and Spanish.
    exp!(portuguese_at_least, "- Experiência de pelo menos 4 anos em Python", 4);
    exp!(portuguese_years_of_experience, "2 anos de experiência com Django", 2);
    exp!(spanish_at_least, "al menos 3 años de experiencia", 3);
    exp!(years_inside_a_word, "somos 30 humanos felizes", _);
    // Numbers as words, and `or more` between the number and the word.
    exp!(number_word_or_more, "Requirements: Two or more years of experience working with data.", 2);
    exp!(digits_or_more, "5 or more years of experience in Go", 5);
    exp!(number_word, "at least three years of experience", 3);
    exp!(number_word_inside_a_word, "someone years of experience", _);
    // The company's own years are none asked; a preferred list does not raise what is required.
    exp!(company_spent_years, "4+ years of experience in data science. Quokka spent 6+ years gathering the science.", 4);
    exp!(preferred_list_after_minimum,
        "Minimum Qualifications: BS with 0-1 years of experience. Preferred Qualifications: 5+ years of research experience.", 0);
    exp!(exp_is_no_prefix_of_other_words, "3 years expertise in Go", _);
    exp!(title_alone_sets_nothing, "Python实习生", _);
    exp!(months_are_a_fraction, "Experience 6+ month in Python developer", 0.5);
    exp!(chinese_months, "6个月以上Python开发经验", 0.5);
    exp!(internship_months_set_nothing, "每周至少实习4天，实习6个月以上", _);
    exp!(bonus_months_set_nothing, "年终奖3-6个月", _);
    exp!(year_and_a_half, "一年半以上后端开发经验", 1.5);
    exp!(chinese_range_zhi, "三至五年工作经验", 3);
    exp!(internship_days_set_nothing, "每周至少实习4天", _);
    exp!(student_sets_nothing, "在校生，每周到岗3天", _);
    exp!(annual_pay_is_not_experience, "年薪20-30万", _);
    exp!(founding_year_is_not_experience, "公司成立于2015年", _);
    exp!(chinese_label_range, "经验3-5年", 3);
    exp!(english_range, "3-5 years experience in backend development", 3);
    exp!(ten_or_more, "10年以上软件开发经验", 10);
    exp!(unlimited_is_zero, "工作经验不限", 0);
    exp!(no_years, "负责后端服务开发", _);
}

#[rustfmt::skip]
mod education {
    use super::*;

    edu!(dazhuan, "大专及以上学历", "大专");
    edu!(benke, "本科及以上学历", "本科");
    edu!(shuoshi, "硕士及以上学历", "硕士");
    edu!(boshi, "博士学历", "博士");
    edu!(lowest_accepted, "大专或本科学历", "大专");
    edu!(yiben_is_benke, "一本以上学历", "本科");
    edu!(tongzhao_benke, "统招本科及以上学历", "本科");
    edu!(quanrizhi_benke, "全日制本科学历", "本科");
    edu!(school_preference_alone, "985优先", _);
    edu!(degree_preference_alone, "985/211本科优先", _);
    edu!(preference_does_not_raise, "本科及以上学历，硕士优先", "本科");
    edu!(english_bachelor, "Bachelor's degree in Computer Science or related field", "本科");
    edu!(english_preference_alone, "PhD preferred", _);
    edu!(english_bachelors_plain, "We require a Bachelors degree in CS", "本科");
    edu!(english_bachelor_curly_apostrophe, "Bachelor’s degree required", "本科");
    edu!(english_masters, "Masters degree in statistics required", "硕士");
    edu!(english_masters_in, "Masters in CS or equivalent", "硕士");
    edu!(scrum_masters_are_people, "We are hiring Scrum Masters", _);
    edu!(students_are_people, "Our team is made up of PhD students and engineers", _);
    edu!(card_benke, "Python开发工程师 15-25K·14薪 上海·浦东新区 3-5年 本科", "本科");
    edu!(yanjiusheng_is_shuoshi, "研究生学历", "硕士");
    edu!(buxian_is_null, "学历不限", _);
    edu!(none_stated, "负责后端服务开发", _);
    // Issue 14: the lowest degree accepted; English abbreviations when required, not when preferred.
    edu!(dazhuan_with_benke_preferred, "大专以上，本科优先", "大专");
    edu!(english_bs_required, "BS in Computer Science or equivalent experience", "本科");
    edu!(english_bs_ms, "BS/MS in Computer Science", "本科");
    edu!(english_ms_preferred, "MS in Computer Science preferred", _);
    edu!(english_phd_preferred_bs_required, "BS in CS required; PhD preferred", "本科");
    edu!(ms_office_is_not_a_degree, "Proficient with MS Office", _);
    edu!(jobs_is_not_bs, "Many jobs in Python and Go", _);
    edu!(traditional_benke, "大學本科以上學歷", "本科");
}

/// What the tier rows compare: postings, tier id, and whether a `tier-ambiguous` diagnostic was given.
fn check_tier(input: &str, want: Option<&str>, want_ambiguous: bool) {
    let (n, p, parsed) = only_posting(input);
    let got = p.and_then(|p| p.tier).map(|t| t.id());
    let ambiguous = parsed.diagnostics.iter().any(|d| d.code == "tier-ambiguous");
    assert_eq!(
        (n, got, ambiguous),
        (1, want, want_ambiguous),
        "tier of {input:?} (postings, tier, tier-ambiguous diagnostic)"
    );
}

/// `tier!(name, "input", "<100")`, `tier!(name, "input", _)`, `tier!(name, "input", _, ambiguous)`.
macro_rules! tier {
    ($name:ident, $input:expr, _, ambiguous) => {
        #[test]
        fn $name() {
            check_tier($input, None, true);
        }
    };
    ($name:ident, $input:expr, _) => {
        #[test]
        fn $name() {
            check_tier($input, None, false);
        }
    };
    ($name:ident, $input:expr, $id:literal) => {
        #[test]
        fn $name() {
            check_tier($input, Some($id), false);
        }
    };
}

#[rustfmt::skip]
mod tiers {
    use super::*;

    // Tier headings.
    tier!(heading_below_100, "## 企业 100人以下\n### 星河-Python开发 15-20K\n负责后端开发", "<100");
    tier!(heading_100_499, "## 企业 100-499人\n### 星河-Python开发 15-20K\n负责后端开发", "100-499");
    tier!(heading_500_999, "## 企业 500-999人\n### 星河-Python开发 15-20K\n负责后端开发", "500-999");
    tier!(heading_1000_plus, "## 企业 1000人+\n### 腾讯上海 -Python后台开发工程师 20-40K\n负责后台开发", "1000+");
    tier!(heading_bare_below_100, "## 100人以下\n### 星河-Python开发 15-20K\n负责后端开发", "<100");
    tier!(heading_company_size, "## 公司规模 20-99人\n### 星河-Python开发 15-20K\n负责后端开发", "<100");
    tier!(heading_spanning_two_tiers, "## 企业 50-150人\n### 星河-Python开发 15-20K\n负责后端开发", _, ambiguous);
    tier!(heading_wins_over_text, "## 企业 1000人+\n### 星河-Python开发 20-30K\n公司规模 20-99人", "1000+");

    // Headcounts in the posting.
    tier!(body_company_size, "### 星河-Python开发 15-20K\n公司规模 20-99人\n负责后端服务开发", "<100");
    tier!(body_about_300_staff, "### 星河-Python开发 15-20K\n公司介绍：员工约300人，位于张江", "100-499");
    tier!(card_1000_9999, "Python开发工程师 15-25K·14薪\n星河集团 互联网 已上市 1000-9999人\n3-5年 本科", "1000+");
    tier!(body_1000_or_more, "### 星河-Python开发 15-20K\n公司规模 1000人以上", "1000+");
    tier!(body_below_100, "### 星河-Python开发 15-20K\n公司规模 100人以下", "<100");
    tier!(body_500_or_more_spans_two, "### 星河-Python开发 15-20K\n公司规模 500人以上", _, ambiguous);
    tier!(body_spanning_two_tiers, "### 星河-Python开发 15-20K\n公司规模 50-150人", _, ambiguous);
    tier!(team_size_is_not_company_size, "### 星河-Python开发 15-20K\n后端团队10人，扁平管理", _);
    tier!(hiring_count_is_not_company_size, "### 星河-Python开发 15-20K\n本岗位招2人", _);
    tier!(no_size, "### 星河-Python开发 15-20K\n负责后端开发", _);
}

// ---------------------------------------------------------------------------------------------------------------
// The taxonomy as a table: sorted, unique, every alias resolves to its own entry.
// ---------------------------------------------------------------------------------------------------------------

fn unsorted(table: &[Entry]) -> Vec<String> {
    table
        .windows(2)
        .filter(|w| w[0].name.as_bytes() >= w[1].name.as_bytes())
        .map(|w| format!("{:?} before {:?}", w[0].name, w[1].name))
        .collect()
}

/// Every spelling (name or alias, ASCII case folded) claimed by more than one entry of `table`.
fn claimed_twice(table: &[Entry]) -> Vec<String> {
    let mut seen: Vec<(String, &str)> = Vec::new();
    let mut out = Vec::new();
    for e in table {
        for s in std::iter::once(&e.name).chain(e.aliases) {
            let key = s.to_ascii_lowercase();
            if let Some((_, owner)) = seen.iter().find(|(k, _)| *k == key) {
                out.push(format!("{s:?} claimed by {owner:?} and {:?}", e.name));
            } else {
                seen.push((key, e.name));
            }
        }
    }
    out
}

fn unresolved(table: &[Entry], lookup: fn(&str) -> Option<u16>) -> Vec<String> {
    let mut out = Vec::new();
    for (i, e) in table.iter().enumerate() {
        for s in std::iter::once(&e.name).chain(e.aliases) {
            let got = lookup(s);
            if got != Some(i as u16) {
                let got = got.and_then(|g| table.get(g as usize)).map(|g| g.name);
                out.push(format!("{s:?} resolves to {got:?}, want {:?}", e.name));
            }
        }
    }
    out
}

#[test]
fn skills_sorted_by_name() {
    assert_eq!(unsorted(SKILLS), Vec::<String>::new());
}

#[test]
fn concepts_sorted_by_name() {
    assert_eq!(unsorted(CONCEPTS), Vec::<String>::new());
}

#[test]
fn no_spelling_claimed_twice() {
    let mut all = claimed_twice(SKILLS);
    all.extend(claimed_twice(CONCEPTS));
    assert_eq!(all, Vec::<String>::new());
}

#[test]
fn every_skill_alias_resolves_to_its_entry() {
    assert_eq!(unresolved(SKILLS, taxonomy::skill_id), Vec::<String>::new());
}

#[test]
fn every_concept_alias_resolves_to_its_entry() {
    assert_eq!(unresolved(CONCEPTS, taxonomy::concept_id), Vec::<String>::new());
}

#[test]
fn lookup_ignores_case_and_width() {
    let got: Vec<(&str, Option<&str>)> = ["Ｒｅｄｉｓ", "REDIS", "redis", " K8S ", "ｋ８ｓ"]
        .iter()
        .map(|s| (*s, taxonomy::skill_id(s).map(taxonomy::skill_name)))
        .collect();
    let want = vec![
        ("Ｒｅｄｉｓ", Some("Redis")),
        ("REDIS", Some("Redis")),
        ("redis", Some("Redis")),
        (" K8S ", Some("Kubernetes")),
        ("ｋ８ｓ", Some("Kubernetes")),
    ];
    assert_eq!(got, want);
}

/// The canonical skill names the tests use: each is an entry of its own.
const PRODUCT_SKILLS: &[&str] = &[
    "Python",
    "Go",
    "Java",
    "JavaScript",
    "TypeScript",
    "C",
    "C++",
    "C#",
    "Lua",
    "PHP",
    "Erlang",
    "Lisp",
    "Rust",
    "Node.js",
    "Shell",
    "SQL",
    "HTML",
    "CSS",
    "Django",
    "Flask",
    "Tornado",
    "FastAPI",
    "Sanic",
    "Web.py",
    "Web2py",
    "Spring",
    "Ruby on Rails",
    "Scrapy",
    "SQLAlchemy",
    "Celery",
    "nameko",
    "OpenResty",
    "Jinja2",
    "Mako",
    "Vue",
    "React",
    "GraphQL",
    "gRPC",
    "MySQL",
    "PostgreSQL",
    "Redis",
    "MongoDB",
    "SQL Server",
    "Oracle",
    "SQLite",
    "Cassandra",
    "DynamoDB",
    "HBase",
    "Elasticsearch",
    "ClickHouse",
    "Hive",
    "Impala",
    "Spark",
    "Flink",
    "Hadoop",
    "Airflow",
    "Ceph",
    "RabbitMQ",
    "Kafka",
    "Nginx",
    "Tomcat",
    "ZooKeeper",
    "ELK",
    "Sentry",
    "Metabase",
    "Prometheus",
    "Grafana",
    "Docker",
    "Kubernetes",
    "Ansible",
    "Jenkins",
    "AWS",
    "Linux",
    "Git",
    "SVN",
    "HTTP",
    "TCP/IP",
    "RPC",
    "Pandas",
    "NumPy",
    "PyTorch",
    "TensorFlow",
];

#[test]
fn product_skill_names_are_canonical_entries() {
    let missing: Vec<&str> =
        PRODUCT_SKILLS.iter().copied().filter(|name| !SKILLS.iter().any(|e| e.name == *name)).collect();
    assert_eq!(missing, Vec::<&str>::new());
}
