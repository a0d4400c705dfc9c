//! The URL contract: query keys in order with defaults left out, list items percent-encoded like
//! `encodeURIComponent`, names matched case-insensitively and written canonically, bad values turned into
//! warnings and defaults; and the `#data=v1.` fragment with its failure modes.

use joblens_core::share::{
    decode_data, decode_query, encode_data, encode_fragment, encode_query, encode_query_for, fragment_data,
    fragment_read, DataError, Lang, Read,
};
use joblens_core::taxonomy::{skill_id, skill_name};
use joblens_core::{Currency, Dataset, Education, Tier};

fn names(ids: &[u16]) -> Vec<&'static str> {
    ids.iter().map(|&i| skill_name(i)).collect()
}

#[test]
fn reads_the_contract_keys() {
    let (v, w) = decode_query(
        "?tier=1000%2B,%3C100&skills=python,C%2B%2B&any=C%23,TCP%2FIP&not=Ruby%20on%20Rails&q=%E5%B9%B3%E5%8F%B0&salary=15-30&exp=3&edu=bachelor&view=year&lang=en",
    );
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(v.filters.tiers, [Tier::Large, Tier::Tiny]);
    assert_eq!(names(&v.filters.all), ["Python", "C++"]);
    assert_eq!(names(&v.filters.any), ["C#", "TCP/IP"]);
    assert_eq!(names(&v.filters.not), ["Ruby on Rails"]);
    assert_eq!(v.filters.q, "平台");
    assert_eq!(v.filters.salary, Some((Some(15.0), Some(30.0))));
    assert_eq!(v.filters.exp, Some(3.0));
    assert_eq!(v.filters.edu, Some(Education::Bachelor));
    assert_eq!(v.filters.pay.annual, Some(true));
    assert_eq!(v.lang, Some(Lang::En));
    assert_eq!(
        encode_query(&v),
        "tier=1000%2B,%3C100&skills=Python,C%2B%2B&any=C%23,TCP%2FIP&not=Ruby%20on%20Rails&q=%E5%B9%B3%E5%8F%B0&salary=15-30&exp=3&edu=bachelor&view=year&lang=en"
    );
}

#[test]
fn defaults_are_left_out_and_open_salary_ends_kept() {
    let (v, w) = decode_query("salary=20-&view=month&unknown=1");
    assert!(w.is_empty());
    assert_eq!(v.filters.salary, Some((Some(20.0), None)));
    // Month is the default view of the default corpus (CNY): the URL leaves it out.
    assert_eq!(encode_query_for(&v, &Dataset::default_corpus()), "salary=20-");
    let (v, _) = decode_query("salary=-40");
    assert_eq!(encode_query(&v), "salary=-40");
    assert_eq!(encode_query(&Default::default()), "");
}

/// Two CNY postings (per month) and three USD ones (per year): USD is the default currency, per year.
const MIXED: &str = "### 甲-Python 20-30K\n+ Python\n\n### 乙-Go 30-40K\n+ Go\n\n\
                     ### Acme-Backend $120k-$180k\n+ Go\n\n### Beta-SRE $100k-$140k\n+ Go\n\n\
                     ### Gamma-Dev $150k-$200k\n+ Rust\n";

#[test]
fn the_currency_goes_after_remote_and_before_view_and_defaults_of_the_data_are_left_out() {
    let (v, w) = decode_query("?remote=remote&cur=usd&view=year&lang=en");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!((v.filters.pay.currency, v.filters.pay.annual), (Some(Currency::Usd), Some(true)));
    assert_eq!(encode_query(&v), "remote=remote&cur=USD&view=year&lang=en", "as read, code upper case");
    let mixed = Dataset::from_text("mixed", MIXED);
    // USD per year is the mixed data's default: both left out.
    assert_eq!(encode_query_for(&v, &mixed), "remote=remote&lang=en");
    // On CNY data, USD is a choice; its default view (year, as USD postings state) stays out only where USD is
    // paid: the default corpus has none, so the choice is kept whole until data in USD is loaded.
    assert_eq!(encode_query_for(&v, &Dataset::default_corpus()), "remote=remote&cur=USD&view=year&lang=en");
    // CNY on the mixed data is a choice; its default view is month, so `view=year` is one too.
    let (v, _) = decode_query("cur=CNY&view=month");
    assert_eq!(encode_query_for(&v, &mixed), "cur=CNY");
    let (v, _) = decode_query("cur=CNY&view=year");
    assert_eq!(encode_query_for(&v, &mixed), "cur=CNY&view=year");
}

#[test]
fn an_unknown_currency_warns_and_falls_back_to_the_default() {
    let (v, w) = decode_query("cur=XYZ&salary=10-20");
    assert_eq!(v.filters.pay.currency, None);
    assert_eq!(v.filters.salary, Some((Some(10.0), Some(20.0))), "the other keys are read");
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].key, "cur");
    assert!(w[0].message.contains("XYZ") && w[0].message.contains("USD"), "{}", w[0].message);
}

#[test]
fn bad_values_warn_and_fall_back_per_key() {
    let cases = [
        ("tier=huge", "tier"),
        ("skills=Python,Cobolx", "skills"),
        ("salary=abc", "salary"),
        ("salary=40-20", "salary"),
        ("exp=-1", "exp"),
        ("exp=999", "exp"),
        ("exp=NaN", "exp"),
        ("exp=inf", "exp"),
        ("edu=kindergarten", "edu"),
        ("view=weekly", "view"),
        ("lang=fr", "lang"),
        ("remote=sometimes", "remote"),
        ("remote=remote,nope", "remote"),
        ("city=%20,Shanghai", "city"),
        ("tier=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "tier"),
        ("skills=%22%3E%3Csvg%20onload%3Dalert(1)%3E", "skills"),
    ];
    for (q, key) in cases {
        let (v, w) = decode_query(&format!("{q}&exp=2"));
        assert_eq!(w.len(), 1, "{q}: {w:?}");
        assert_eq!(w[0].key, key);
        assert!(!w[0].message.is_empty());
        assert_eq!(v.filters.exp, if key == "exp" { None } else { Some(2.0) }, "{q}: other keys still apply");
    }
    // A broken percent escape is read as text, never a crash.
    let (v, _) = decode_query("q=%E5%B9&tier=%ZZ");
    assert_eq!(v.filters.tiers, []);
}

#[test]
fn skill_names_match_case_insensitively_and_by_alias() {
    assert_eq!(skill_id("mysql"), skill_id("MySQL"));
    assert_eq!(skill_id("golang"), skill_id("Go"));
    assert_eq!(skill_id("ＲＥＤＩＳ"), skill_id("Redis"));
    assert_eq!(skill_id("nope"), None);
}

#[test]
fn data_fragment_round_trip() {
    let text = "### 腾讯-Python 20-40K\n+ 熟悉Django\n";
    let value = encode_data(text);
    assert!(value.starts_with("v1."));
    assert!(value[3..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "base64url, no padding");
    assert_eq!(decode_data(&value).as_deref(), Ok(text));
    assert_eq!(fragment_data(&format!("#data={value}")), Some(value.as_str()));
    assert_eq!(fragment_data("#other=1"), None);
}

#[test]
fn broken_fragments_are_typed_errors() {
    let good = encode_data(&"熟悉Python和Redis。".repeat(50));
    // Truncated: half the payload.
    let cut = &good[..good.len() / 2];
    assert!(matches!(decode_data(cut), Err(DataError::Corrupt | DataError::Encoding)), "{:?}", decode_data(cut));
    assert!(matches!(decode_data(&good.replacen("v1.", "v2.", 1)), Err(DataError::Version(v)) if v == "v2"));
    assert!(matches!(decode_data("no-version-here"), Err(DataError::Version(_))));
    assert_eq!(decode_data("v1.!!!***"), Err(DataError::Encoding));
    // Not UTF-8.
    let bytes = miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe, 0x00], 6);
    use base64::Engine as _;
    let v = format!("v1.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes));
    assert_eq!(decode_data(&v), Err(DataError::NotText));
    // 2 MB of base64 noise: an error, quickly.
    let noise: String = (0..2_000_000).map(|i| ["A", "z", "0", "_"][i % 4]).collect();
    assert!(decode_data(&format!("v1.{noise}")).is_err());
}

#[test]
fn decompression_bomb_is_refused() {
    // 80 MB of zeros deflate to about 80 KB: the decoder must stop at 64 MB.
    let zeros = vec![b'0'; 80 << 20];
    let bytes = miniz_oxide::deflate::compress_to_vec(&zeros, 1);
    assert!(bytes.len() < 1 << 20);
    use base64::Engine as _;
    let v = format!("v1.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes));
    assert_eq!(decode_data(&v), Err(DataError::TooLarge));
}

#[test]
fn fuzz_query_with_trailing_carriage_return_round_trips() {
    // fuzz/artifacts/query/crash-71239b55…: `q` ending in an encoded CR decoded with it, encoded without it.
    let (view, _) = decode_query("q=xB,%3any=Ga%%%%%%%%%%0D&not=R");
    assert_eq!(view.filters.q, "xB,:ny=Ga%%%%%%%%%");
    let (again, warnings) = decode_query(&encode_query(&view));
    assert!(warnings.is_empty());
    assert_eq!(again, view);
}

#[test]
fn city_and_remote_come_after_edu_read_in_any_case_and_written_canonically() {
    let (v, w) =
        decode_query("lang=zh&remote=HYBRID,remote&city=san%20francisco,%E4%B8%8A%E6%B5%B7,SAN%20FRANCISCO&edu=master");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(v.filters.city, [Box::from("San Francisco"), "上海".into()]);
    assert_eq!(v.filters.remote, [Box::from("hybrid"), "remote".into()]);
    let q = encode_query(&v);
    assert_eq!(q, "edu=master&city=San%20Francisco,%E4%B8%8A%E6%B5%B7&remote=hybrid,remote&lang=zh");
    let (again, w) = decode_query(&q);
    assert!(w.is_empty());
    assert_eq!(again, v);
    // A city with a comma in its name survives as one item (the comma is encoded).
    let mut v = v;
    v.filters.city = vec!["Washington, DC".into()];
    assert_eq!(decode_query(&encode_query(&v)).0, v);
}

#[test]
fn the_reading_travels_in_the_fragment_and_old_links_keep_theirs() {
    let value = encode_data("one\ntwo\n");
    let shared = encode_fragment(&value, Read::Whole);
    assert_eq!(shared, format!("data={value}&read=text"));
    assert_eq!(fragment_data(&format!("#{shared}")), Some(value.as_str()));
    assert_eq!(fragment_read(&format!("#{shared}")), (Read::Whole, vec![]));
    // Links made before the choice existed, and the default reading, carry no `read=`.
    assert_eq!(encode_fragment(&value, Read::Found), format!("data={value}"));
    assert_eq!(fragment_read(&format!("#data={value}")), (Read::Found, vec![]));
    // An unknown reading or part: a warning, and the default.
    for bad in ["read=table", "read=", "mode=x"] {
        let (read, w) = fragment_read(&format!("#data={value}&{bad}"));
        assert_eq!(read, Read::Found, "{bad}");
        assert_eq!(w.len(), 1, "{bad}: {w:?}");
    }
}

#[test]
fn exp_accepts_fractional_years_and_writes_whole_years_without_a_point() {
    // Issue 14: `6+ months` is 0.5 years, and the experience filter reads and writes it.
    let (v, w) = decode_query("exp=0.5");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(v.filters.exp, Some(0.5));
    assert_eq!(encode_query(&v), "exp=0.5");
    let (v, _) = decode_query("exp=3");
    assert_eq!(encode_query(&v), "exp=3");
}
