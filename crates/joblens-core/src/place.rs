//! Where a job is: finding a location in a line, the city of a location as written, and whether the job is
//! remote. The tables are data: a new city, state or alias is one entry.

use std::sync::OnceLock;

use crate::model::Remote;
use crate::scan::Words;
use crate::text;

/// Names that are not written as the city they stand for (compared after folding case).
const ALIASES: &[(&str, &str)] = &[
    ("bei jing", "北京"),
    ("beijing shi", "北京"),
    ("guang zhou", "广州"),
    ("ha noi", "Hanoi"),
    ("hang zhou", "杭州"),
    ("hcmc", "Ho Chi Minh City"),
    ("hà nội", "Hanoi"),
    ("hồ chí minh", "Ho Chi Minh City"),
    ("la", "Los Angeles"),
    ("new york city", "New York"),
    ("nyc", "New York"),
    ("saigon", "Ho Chi Minh City"),
    ("sf", "San Francisco"),
    ("shang hai", "上海"),
    ("shen zhen", "深圳"),
    ("đà nẵng", "Da Nang"),
    ("沪", "上海"),
    ("京", "北京"),
    ("深", "深圳"),
];

/// Cities recognised when they stand alone in a line (a location with a state or country after a comma needs no
/// entry). Lower case, in byte order (`is_known_city` searches it by halves).
const CITIES: &[&str] = &[
    "adelaide",
    "amsterdam",
    "ann arbor",
    "antwerp",
    "athens",
    "atlanta",
    "auckland",
    "austin",
    "baltimore",
    "bangalore",
    "bangkok",
    "barcelona",
    "basel",
    "beijing",
    "belfast",
    "belgrade",
    "bellevue",
    "bengaluru",
    "berlin",
    "bogota",
    "bogotá",
    "bordeaux",
    "boston",
    "boulder",
    "brisbane",
    "bristol",
    "brooklyn",
    "brussels",
    "bucharest",
    "budapest",
    "buenos aires",
    "busan",
    "cairo",
    "calgary",
    "cambridge",
    "canberra",
    "cape town",
    "chennai",
    "chicago",
    "cincinnati",
    "cleveland",
    "cologne",
    "columbus",
    "copenhagen",
    "cork",
    "cupertino",
    "da nang",
    "dallas",
    "delhi",
    "denver",
    "detroit",
    "dresden",
    "dubai",
    "dublin",
    "düsseldorf",
    "edinburgh",
    "edmonton",
    "eindhoven",
    "frankfurt",
    "fukuoka",
    "galway",
    "gdansk",
    "gdańsk",
    "geneva",
    "ghent",
    "glasgow",
    "grand rapids",
    "guadalajara",
    "gurgaon",
    "gurugram",
    "hamburg",
    "hanoi",
    "helsinki",
    "ho chi minh city",
    "hoboken",
    "hong kong",
    "houston",
    "hyderabad",
    "indianapolis",
    "irvine",
    "istanbul",
    "jakarta",
    "jersey city",
    "johannesburg",
    "kansas city",
    "karachi",
    "kiev",
    "kirkland",
    "kolkata",
    "krakow",
    "kraków",
    "kuala lumpur",
    "kyiv",
    "kyoto",
    "köln",
    "lagos",
    "lahore",
    "las vegas",
    "lausanne",
    "leeds",
    "leipzig",
    "lisboa",
    "lisbon",
    "london",
    "los angeles",
    "louisville",
    "lviv",
    "lyon",
    "madrid",
    "manchester",
    "manila",
    "medellin",
    "medellín",
    "melbourne",
    "menlo park",
    "mexico city",
    "miami",
    "milan",
    "minneapolis",
    "monterrey",
    "montevideo",
    "montreal",
    "moscow",
    "mountain view",
    "mumbai",
    "munich",
    "münchen",
    "nagoya",
    "nairobi",
    "nantes",
    "nashville",
    "new delhi",
    "new haven",
    "new orleans",
    "new york",
    "noida",
    "nuremberg",
    "oakland",
    "osaka",
    "oslo",
    "ottawa",
    "oxford",
    "palo alto",
    "paris",
    "penang",
    "perth",
    "philadelphia",
    "pittsburgh",
    "portland",
    "porto",
    "poznań",
    "prague",
    "praha",
    "pune",
    "raleigh",
    "redmond",
    "redwood city",
    "riga",
    "rio de janeiro",
    "rome",
    "rotterdam",
    "sacramento",
    "saint petersburg",
    "salt lake city",
    "san antonio",
    "san diego",
    "san francisco",
    "san jose",
    "santa clara",
    "santa monica",
    "sao paulo",
    "seattle",
    "seoul",
    "shanghai",
    "shenzhen",
    "singapore",
    "somerville",
    "st. louis",
    "stamford",
    "stockholm",
    "stuttgart",
    "sunnyvale",
    "sydney",
    "são paulo",
    "taipei",
    "tallinn",
    "tampa",
    "tel aviv",
    "the hague",
    "tokyo",
    "toronto",
    "toulouse",
    "turin",
    "utrecht",
    "vancouver",
    "vienna",
    "vilnius",
    "warsaw",
    "warszawa",
    "washington",
    "waterloo",
    "wellington",
    "wien",
    "winnipeg",
    "wroclaw",
    "wrocław",
    "yokohama",
    "zagreb",
    "zurich",
    "zürich",
];

/// Chinese cities, recognised as the first part of a location (`北京·海淀区`, `上海市浦东新区`), in byte order.
const CN_CITIES: &[&str] = &[
    "三亚",
    "上海",
    "东莞",
    "中山",
    "临沂",
    "义乌",
    "乌鲁木齐",
    "九江",
    "佛山",
    "保定",
    "兰州",
    "包头",
    "北京",
    "南京",
    "南充",
    "南宁",
    "南昌",
    "南通",
    "厦门",
    "台中",
    "台北",
    "台南",
    "台州",
    "合肥",
    "呼和浩特",
    "哈尔滨",
    "唐山",
    "嘉兴",
    "大庆",
    "大连",
    "天津",
    "太原",
    "威海",
    "宁波",
    "宜宾",
    "宜昌",
    "岳阳",
    "常州",
    "广州",
    "廊坊",
    "徐州",
    "德阳",
    "惠州",
    "成都",
    "扬州",
    "拉萨",
    "新北",
    "新竹",
    "无锡",
    "日照",
    "昆山",
    "昆明",
    "杭州",
    "柳州",
    "株洲",
    "桂林",
    "桃園",
    "武汉",
    "汕头",
    "江门",
    "沈阳",
    "泉州",
    "泰州",
    "洛阳",
    "济南",
    "济宁",
    "海口",
    "淄博",
    "淮安",
    "深圳",
    "温州",
    "湖州",
    "湘潭",
    "湛江",
    "漳州",
    "潍坊",
    "澳门",
    "烟台",
    "珠海",
    "盐城",
    "石家庄",
    "福州",
    "秦皇岛",
    "绍兴",
    "绵阳",
    "舟山",
    "芜湖",
    "苏州",
    "莆田",
    "蚌埠",
    "衡阳",
    "襄阳",
    "西宁",
    "西安",
    "贵阳",
    "赣州",
    "连云港",
    "遵义",
    "邯郸",
    "郑州",
    "重庆",
    "金华",
    "银川",
    "镇江",
    "长春",
    "长沙",
    "青岛",
    "鞍山",
    "香港",
    "高雄",
];

/// What may stand after a city and a comma: US states and Canadian provinces (codes and names) and countries.
const REGIONS: &[&str] = &[
    "al",
    "ak",
    "az",
    "ar",
    "ca",
    "co",
    "ct",
    "de",
    "dc",
    "fl",
    "ga",
    "hi",
    "id",
    "il",
    "in",
    "ia",
    "ks",
    "ky",
    "la",
    "me",
    "md",
    "ma",
    "mi",
    "mn",
    "ms",
    "mo",
    "mt",
    "ne",
    "nv",
    "nh",
    "nj",
    "nm",
    "ny",
    "nc",
    "nd",
    "oh",
    "ok",
    "or",
    "pa",
    "ri",
    "sc",
    "sd",
    "tn",
    "tx",
    "ut",
    "vt",
    "va",
    "wa",
    "wv",
    "wi",
    "wy",
    "bc",
    "on",
    "qc",
    "ab",
    "alabama",
    "alaska",
    "arizona",
    "california",
    "colorado",
    "connecticut",
    "florida",
    "georgia",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "missouri",
    "nevada",
    "new jersey",
    "new york",
    "north carolina",
    "ohio",
    "oregon",
    "pennsylvania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "wisconsin",
    "ontario",
    "quebec",
    "british columbia",
    "alberta",
    "usa",
    "us",
    "u.s.",
    "united states",
    "canada",
    "uk",
    "u.k.",
    "united kingdom",
    "england",
    "scotland",
    "ireland",
    "germany",
    "deutschland",
    "france",
    "spain",
    "italy",
    "netherlands",
    "the netherlands",
    "belgium",
    "switzerland",
    "austria",
    "sweden",
    "norway",
    "denmark",
    "finland",
    "poland",
    "czech republic",
    "czechia",
    "portugal",
    "greece",
    "israel",
    "india",
    "china",
    "japan",
    "south korea",
    "korea",
    "taiwan",
    "singapore",
    "australia",
    "new zealand",
    "brazil",
    "mexico",
    "argentina",
    "kenya",
    "nigeria",
    "south africa",
    "egypt",
    "uae",
    "vietnam",
    "thailand",
    "indonesia",
    "malaysia",
    "philippines",
    "estonia",
    "latvia",
    "lithuania",
    "ukraine",
    "romania",
    "hungary",
    "turkey",
    "russia",
    // Countries by their two-letter codes (`Paris, FR`), those that are no state's.
    "fr",
    "nl",
    "es",
    "pl",
    "se",
    "ch",
    "ie",
    "pt",
    "jp",
    "sg",
    "dk",
    "fi",
    "gb",
    "au",
    "nz",
    "br",
    "mx",
    "cz",
    "kr",
    "tw",
    "cn",
    "hk",
    "vn",
];

/// Words that make a location a region, not a city (`SF Bay Area`, `Eastern Timezone`).
const REGION_WORDS: &[&str] = &["area", "region", "timezone", "time zone", "anywhere", "worldwide", "europe", "emea"];

/// Words that say how the job is done, and what each says. Latin words match in any case, between non-letters.
const ARRANGEMENTS: &[(&str, Remote)] = &[
    ("remote", Remote::Remote),
    ("telecommute", Remote::Remote),
    ("work from home", Remote::Remote),
    ("wfh", Remote::Remote),
    ("home based", Remote::Remote),
    ("home-based", Remote::Remote),
    ("no office location", Remote::Remote),
    ("远程", Remote::Remote),
    // Portuguese and Spanish.
    ("remoto", Remote::Remote),
    ("presencial", Remote::Onsite),
    ("híbrido", Remote::Hybrid),
    ("hibrido", Remote::Hybrid),
    ("全远端", Remote::Remote),
    // Traditional characters: `遠端工作`, `可遠端`.
    ("遠端", Remote::Remote),
    ("遠程", Remote::Remote),
    ("hybrid", Remote::Hybrid),
    ("part remote", Remote::Hybrid),
    ("partly remote", Remote::Hybrid),
    ("partially remote", Remote::Hybrid),
    ("混合办公", Remote::Hybrid),
    ("onsite", Remote::Onsite),
    ("on-site", Remote::Onsite),
    ("on site", Remote::Onsite),
    ("in office", Remote::Onsite),
    ("in-office", Remote::Onsite),
    ("no remote", Remote::Onsite),
    ("坐班", Remote::Onsite),
];

fn arrangements() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words::new(&ARRANGEMENTS.iter().map(|(w, _)| *w).collect::<Vec<_>>()))
}

fn has_word(lower: &str, word: &str) -> bool {
    lower.match_indices(word).any(|(i, _)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + word.len()..].chars().next();
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        !latin(before) && !latin(after)
    })
}

/// Whether a piece of text says the job is remote, hybrid or on site (`Remote`, `REMOTE`, `远程办公`). Hybrid wins
/// over both, and on site over remote only when remote is not said too (`no remote` is on site).
pub(crate) fn remote_in(s: &str) -> Option<Remote> {
    let b = s.as_bytes();
    let mut seen = [false; 3];
    for (pattern, start, end) in arrangements().matches(s) {
        let latin = |i: Option<&u8>| i.is_some_and(|c| c.is_ascii_alphanumeric());
        if latin(start.checked_sub(1).and_then(|i| b.get(i))) || latin(b.get(end)) {
            continue;
        }
        let kind = ARRANGEMENTS[pattern].1;
        if ARRANGEMENTS[pattern].0.starts_with("on") && is_perk(&s[end..]) {
            continue;
        }
        seen[kind as usize] = true;
    }
    match seen {
        [_, true, _] => Some(Remote::Hybrid),
        [false, _, true] => Some(Remote::Onsite),
        [true, ..] => Some(Remote::Remote),
        _ => None,
    }
}

/// Whether what follows an on-site word makes it a perk or a step held there (`onsite flu shots`, `on-site
/// painting classes`, `onsite interview`), not where the work is done: a lowercase word that is no role's.
fn is_perk(after: &str) -> bool {
    let Some(next) = after.strip_prefix(' ') else {
        return false;
    };
    let word: &str = next.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    const WORK: &[&str] = &[
        "role",
        "roles",
        "position",
        "positions",
        "job",
        "jobs",
        "work",
        "working",
        "only",
        "in",
        "at",
        "from",
        "with",
        "and",
        "or",
        "office",
        "team",
        "presence",
        "days",
        "day",
        "basis",
        "required",
        "preferred",
        "employee",
        "employees",
        "staff",
        "engineer",
        "developer",
        "opportunity",
        "option",
        "is",
        "the",
    ];
    word.len() > 1 && word.starts_with(|c: char| c.is_ascii_lowercase()) && !WORK.contains(&word)
}

/// `Title Case` for a name written in capitals (`SAN FRANCISCO` → `San Francisco`); other names as written.
fn normalise_case(s: &str) -> String {
    if s.chars().any(|c| c.is_lowercase()) || !s.chars().any(|c| c.is_uppercase()) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.push(text::lower(c));
        }
        start = !c.is_alphanumeric();
    }
    out
}

fn alias(lower: &str) -> Option<&'static str> {
    ALIASES.iter().find(|(a, _)| *a == lower).map(|&(_, city)| city)
}

/// The Chinese city a location starts with (`北京·海淀区` → 北京, `上海市` → 上海), or an alias of one.
fn cn_city(s: &str) -> Option<&'static str> {
    let s = s.trim_start_matches(['[', '【', '(', '（']);
    // Every name starts with a three-byte character: comparing those first spares a call per name.
    let head = s.as_bytes().first_chunk::<3>().filter(|h| h[0] >= 0xE0)?;
    // `臺北市`: the traditional 臺 is the 台 the table writes.
    if let Some(rest) = s.strip_prefix('臺') {
        return ["台中", "台北", "台南"].into_iter().find(|c| rest.starts_with(&c[3..]));
    }
    // The table is in byte order: the names that share the first character stand together.
    let from = CN_CITIES.partition_point(|c| c.as_bytes()[..3] < head[..]);
    let mut same_start = CN_CITIES[from..].iter().copied().take_while(|c| c.as_bytes()[..3] == head[..]);
    same_start.find(|c| s.starts_with(c)).or_else(|| {
        let first = s.split(['·', '-', '/', ' ', '，', ',', '|']).next()?;
        alias(first.trim_end_matches('市'))
    })
}

/// What a location field says when it names no place.
const NO_PLACE: &[&str] =
    &["unknown", "n/a", "na", "none", "tbd", "various", "multiple locations", "not specified", "待定", "不限"];

/// Countries written before a city without a separator, in Chinese.
const COUNTRY_PREFIXES: &[&str] = &[
    "中国",
    "阿联酋",
    "美国",
    "英国",
    "日本",
    "德国",
    "法国",
    "加拿大",
    "澳大利亚",
    "韩国",
    "泰国",
    "越南",
    "马来西亚",
];

/// The city of a location as written: the place part, districts and countries dropped, case normalised; an
/// alias table adds only names that are not written (`NYC` → `New York`). `None` for a region (`SF Bay Area`),
/// for several cities (`SF Bay Area, Los Angeles, and Shanghai`) and for no place (`No office location`).
pub(crate) fn city_of(location: &str) -> Option<Box<str>> {
    // A JSON array's quotes too: `["郑州", "1-3年", "本科"]` gives its first place.
    let loc = location
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '（' | '）' | '[' | ']' | '.' | '"'));
    // `SF</br>Sunnyvale, CA` in a cell, one place a line: several places.
    if loc.is_empty() || NO_PLACE.iter().any(|w| loc.eq_ignore_ascii_case(w)) || loc.contains('\n') {
        return None;
    }
    // `阿联酋迪拜`, `中国上海`: the country before the city.
    let loc =
        COUNTRY_PREFIXES.iter().find_map(|p| loc.strip_prefix(p).filter(|r| r.chars().count() >= 2)).unwrap_or(loc);
    if is_place_list(loc) {
        return None;
    }
    if let Some(place) = city_beside_arrangement(loc) {
        return city_of(place);
    }
    if let Some(c) = cn_city(loc) {
        return Some(c.into());
    }
    let lower = text::lowercase(loc);
    if let Some(c) = alias(&lower) {
        return Some(c.into());
    }
    if lower.contains(" and ") || lower.contains(" or ") || REGION_WORDS.iter().any(|w| has_word(&lower, w)) {
        return None;
    }
    if remote_in(loc).is_some() && !loc.contains(',') {
        // `On-site in Berlin`: the place after the way of working.
        return loc.to_ascii_lowercase().rfind(" in ").and_then(|i| city_of(&loc[i + 4..]));
    }
    let mut parts = loc.split([',', '，']).map(str::trim).peekable();
    let mut first = parts.next()?;
    // `Remote, Canada`: a way of working and a country name no city.
    if remote_in(first).is_some() {
        return None;
    }
    // `Tumblr, New York, NY`: a name before the city.
    if !is_known_city(first) && parts.peek().is_some_and(|p| is_known_city(p)) {
        first = parts.next()?;
    }
    // Everything after the first comma must be a state, a country or the way of working (`Singapore, onsite`), else
    // the location names several places.
    let aside = |p: &str| {
        let lower = text::lowercase(p);
        REGIONS.contains(&lower.as_str()) || ARRANGEMENTS.iter().any(|(w, _)| *w == lower)
    };
    if !parts.all(aside) {
        return None;
    }
    let first = known_city_before_state(first).unwrap_or(first);
    let first_lower = text::lowercase(first);
    // `USA`, `Germany`: a country or a state alone names no city.
    if REGIONS.contains(&first_lower.as_str()) && !is_known_city(first) {
        return None;
    }
    if let Some(c) = alias(&first_lower) {
        return Some(c.into());
    }
    if first.is_empty() || first.chars().any(|c| c.is_ascii_digit()) || first.split_whitespace().count() > 4 {
        return None;
    }
    Some(normalise_case(first).into())
}

/// The place beside a way of working written as one word: after a slash (`London / Remote`, `Munich, DE /
/// Remote`), or a known city after a space (`NYC Hybrid`, `Remote Berlin`).
fn city_beside_arrangement(p: &str) -> Option<&str> {
    let is_arrangement = |w: &str| ARRANGEMENTS.iter().any(|(a, _)| a.eq_ignore_ascii_case(w.trim()));
    if let Some((a, b)) = p.split_once('/').filter(|(_, b)| !b.contains('/')) {
        let (a, b) = (a.trim(), b.trim());
        return match (is_arrangement(a), is_arrangement(b)) {
            (false, true) => Some(a),
            (true, false) => Some(b),
            _ => None,
        };
    }
    let (head, tail) = (p.split_once(' ')?, p.rsplit_once(' ')?);
    [(head.0, head.1), (tail.1, tail.0)]
        .into_iter()
        .find(|(w, city)| is_arrangement(w) && is_known_city(city))
        .map(|(_, c)| c)
}

/// Whether a name is in the city tables (`Shanghai`, `北京`) or is an alias of one (`Bei Jing`).
pub(crate) fn is_known_city(name: &str) -> bool {
    let name = name.trim();
    // Without allocating: most lines asked about are no city, and fail on their length or first byte.
    let cjk = name.as_bytes().first().is_some_and(|&b| b >= 0xE0);
    name.len() <= 24
        && ((cjk && CN_CITIES.binary_search(&name).is_ok())
            || (!cjk && is_city_name(name))
            || ALIASES.iter().any(|(a, _)| a.eq_ignore_ascii_case(name)))
}

/// Whether a name, in any ASCII case, is in `CITIES` (searched by halves: the table is in byte order).
fn is_city_name(name: &str) -> bool {
    CITIES.binary_search_by(|c| c.bytes().cmp(name.bytes().map(|b| b.to_ascii_lowercase()))).is_ok()
}

/// A city that opens a line, bracketed or followed by a space (`【上海】某某科技 招聘…`, `[北京/远程] …`,
/// `深圳 某公司 招…`), as byte offsets into `line`.
pub(crate) fn leading_city(line: &str) -> Option<(usize, usize)> {
    let t = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '+' | '•'));
    let lead = line.len() - t.len();
    let inner = t.trim_start_matches(['[', '【', '(', '（']);
    let open = t.len() - inner.len();
    let end = inner.find([']', '】', ')', '）', '/', ' ', '·', '|', '-']).unwrap_or(inner.len());
    let word = &inner[..end];
    (!word.is_empty() && (CN_CITIES.binary_search(&word).is_ok() || is_city_name(word))).then(|| {
        let a = lead + open;
        (a, a + word.len())
    })
}

/// A Chinese city standing as a word or a clause of a line (`百度 后端研发工程师 北京 25-50K`, `Go 开发，北京，20-30K`),
/// or a known city as a clause between commas (`Backend Engineer, Berlin, €70k`), as byte offsets into `line`.
pub(crate) fn word_city(line: &str) -> Option<(usize, usize)> {
    let mut at = 0;
    for piece in line.split_inclusive([' ', '，', '、', '；']) {
        let w = piece.trim_end_matches([' ', '，', '、', '；']);
        if w.len() >= 6 && CN_CITIES.binary_search(&w).is_ok() {
            return Some((at, at + w.len()));
        }
        at += piece.len();
    }
    // `Backend Engineer, Berlin, €70k`: a known city as a clause of its own, in a short line of clauses (a
    // sentence lists cities by the way: `hiring in the SF Bay Area, Los Angeles, and Shanghai`).
    // A list of places names no one city (`Palo Alto, San Francisco, and others`).
    let short = |c: &str| c.split_whitespace().count() <= 5;
    let listed = text::contains_short(line, " and ") || text::contains_short(line, " or ");
    if line.len() > 80 || !line.contains(',') || line.contains(['(', '（']) || listed || !line.split(',').all(short) {
        return None;
    }
    let mut found = None;
    let mut at = 0;
    for clause in line.split_inclusive(',') {
        let c = clause.trim_end_matches(',');
        let w = c.trim();
        if !w.is_empty() && is_city_name(w) {
            if found.is_some() {
                return None;
            }
            let a = at + c.find(w).unwrap_or(0);
            found = Some((a, a + w.len()));
        }
        at += clause.len();
    }
    found
}

/// A city followed by a state's code without a comma (`Austin TX`, `New York NY`, `Louisville KY`): the city. A
/// name outside the city table counts when it is one to three capitalised words (`Engineer II CA` is none).
fn known_city_before_state(s: &str) -> Option<&str> {
    let (place, state) = s.trim().rsplit_once(' ')?;
    let code = state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase());
    let capitalised = |w: &str| {
        let mut b = w.bytes();
        b.next().is_some_and(|c| c.is_ascii_uppercase()) && b.len() >= 2 && b.all(|c| c.is_ascii_lowercase())
    };
    let named = || is_known_city(place) || (place.split(' ').count() <= 3 && place.split(' ').all(capitalised));
    (code && REGIONS.contains(&text::lowercase(state).as_str()) && named()).then_some(place)
}

/// Whether a piece of a line is a location: a known city alone or before a state's code, or a place followed by a
/// state or country (`Irvine, CA`, `Austin TX`, `Nairobi, Kenya`, `München, Germany`).
fn is_location(piece: &str) -> bool {
    let p = piece.trim().trim_end_matches('.');
    if p.is_empty() || p.len() > 60 || text::contains_short(p, "://") {
        return false;
    }
    if is_known_city(p)
        || cn_city(p).is_some()
        || known_city_before_state(p).is_some()
        || city_beside_arrangement(p).is_some_and(is_location)
    {
        return true;
    }
    // `Irvine, CA`: a place, then only states and countries. Compared without allocating: most pieces of a first
    // line are no place and fail at the comma.
    let Some((first, rest)) = p.split_once(',') else {
        return is_place_list(p);
    };
    if is_place_list(p) {
        return true;
    }
    let first = first.trim();
    // `UK, London`: a country, then its city.
    if REGIONS.iter().any(|g| g.eq_ignore_ascii_case(first)) && is_known_city(rest) {
        return true;
    }
    !first.is_empty()
        && first.split_whitespace().count() <= 4
        && first.chars().next().is_some_and(char::is_alphabetic)
        && rest
            .split(',')
            .map(str::trim)
            .all(|r| is_region(r) || ARRANGEMENTS.iter().any(|(w, _)| w.eq_ignore_ascii_case(r)))
}

/// A state or a country, by its name or its code (`CA`, `Germany`, `FR`).
pub(crate) fn is_region(s: &str) -> bool {
    let s = s.trim();
    REGIONS.iter().any(|g| g.eq_ignore_ascii_case(s))
}

/// Several cities, with countries or a way of working beside them: `London, Berlin or Remote`, `NYC / SF`,
/// `北京、上海`. A location as written that names no one city.
fn is_place_list(p: &str) -> bool {
    // Most pieces asked about hold no separator: one pass over the bytes tells.
    let b = p.as_bytes();
    let separated = (0..b.len()).any(|i| {
        matches!(
            b[i..],
            [b',' | b'/' | b'&', ..]
                | [0xE3, 0x80, 0x81, ..]
                | [0xEF, 0xBC, 0x8C, ..]
                | [b' ', b'o', b'r', b' ', ..]
                | [b' ', b'a', b'n', b'd', b' ', ..]
        )
    });
    if !separated {
        return false;
    }
    let parts = p.split([',', '/', '、', '，', '&']).flat_map(|q| q.split(" or ")).flat_map(|q| q.split(" and "));
    let (mut n, mut cities) = (0, 0);
    for q in parts.map(str::trim) {
        let city = is_known_city(q) || cn_city(q).is_some();
        if !city && remote_in(q).is_none() && !REGIONS.iter().any(|g| g.eq_ignore_ascii_case(q)) {
            return false;
        }
        (n, cities) = (n + 1, cities + usize::from(city));
    }
    n >= 2 && cities >= 2
}

/// The first location in a line whose parts are separated by ` - `, `|`, `;`, `(`…`)` (an HN post's first
/// line: `Oculus VR - http://www.oculusvr.com/careers - Irvine, CA`), as byte offsets into `line`.
pub(crate) fn find_location(line: &str) -> Option<(usize, usize)> {
    let check = |a: usize, b: usize| -> Option<(usize, usize)> {
        let piece = &line[a..b];
        let t = piece.trim();
        // `FULLTIME in SAN FRANCISCO, CA`: the place after a last ` in `.
        let t = text::rfind_short(t, " in ").map_or(t, |i| &t[i + " in ".len()..]).trim_end_matches('.');
        let t = t.strip_prefix("in ").unwrap_or(t);
        is_location(t).then(|| {
            let off = a + piece.find(t).unwrap_or(0);
            (off, off + t.len())
        })
    };
    let mut start = 0;
    for (i, c) in line.char_indices() {
        let sep_len = match c {
            '|' | ';' | '(' | ')' | '（' | '）' | '【' | '】' | '—' | '•' | '｜' => c.len_utf8(),
            '-' if line[i..].starts_with("- ") && line[..i].ends_with(' ') => 1,
            '-' if line[i..].starts_with("-- ") && line[..i].ends_with(' ') => 2,
            _ => continue,
        };
        if i >= start {
            if let Some(found) = check(start, i) {
                return Some(found);
            }
        }
        start = i + sep_len;
    }
    check(start.min(line.len()), line.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! city {
        ($($loc:expr => $city:expr),* $(,)?) => {$(
            assert_eq!(city_of($loc).as_deref(), $city, "{}", $loc);
        )*};
    }

    #[test]
    fn cities_as_written_with_aliases_for_what_is_not() {
        city! {
            "上海·浦东新区·张江" => Some("上海"),
            "北京-海淀区" => Some("北京"),
            "上海市" => Some("上海"),
            "Irvine, CA" => Some("Irvine"),
            "Tumblr, New York, NY" => Some("New York"),
            "Austin TX" => Some("Austin"),
            "New York NY" => Some("New York"),
            "Louisville KY" => Some("Louisville"),
            "Grand Rapids MI" => Some("Grand Rapids"),
            "SAN FRANCISCO, CA" => Some("San Francisco"),
            "Washington, DC" => Some("Washington"),
            "New York City" => Some("New York"),
            "NYC" => Some("New York"),
            "Bei Jing" => Some("北京"),
            "München, Germany" => Some("München"),
            "Vancouver, BC, Canada" => Some("Vancouver"),
            "Garching bei München, Deutschland" => Some("Garching bei München"),
            "UK, London" => Some("London"),
            "阿联酋迪拜" => Some("迪拜"),
            "中国上海" => Some("上海"),
            "USA" => None,
            "Remote, Canada" => None,
            "Unknown" => None,
            "[\"郑州\", \"1-3年\", \"本科\"]" => Some("郑州"),
            "Germany" => None,
            "SF Bay Area" => None,
            "SF Bay Area, Los Angeles, and Shanghai" => None,
            "No office location" => None,
            "Remote" => None,
            "SF\nSunnyvale, CA" => None,
            "" => None,
        }
    }

    #[test]
    fn locations_found_in_a_first_line() {
        fn at(l: &str) -> Option<&str> {
            find_location(l).map(|(a, b)| &l[a..b])
        }
        assert_eq!(at("Oculus VR - http://www.oculusvr.com/careers - Irvine, CA"), Some("Irvine, CA"));
        assert_eq!(at("Prometheus Research (Telecommute; New Haven, CT)"), Some("New Haven, CT"));
        assert_eq!(at("VERBA - San Francisco"), Some("San Francisco"));
        assert_eq!(at("Acme | Backend Engineer | Berlin, Germany | €70k"), Some("Berlin, Germany"));
        assert_eq!(at("FULLTIME in SAN FRANCISCO, CA"), Some("SAN FRANCISCO, CA"));
        assert_eq!(at("Acme | Backend Engineer | Austin TX | ONSITE"), Some("Austin TX"));
        assert_eq!(at("Senior Engineer - Python"), None);
        assert_eq!(at("Netflix -- Los Gatos, CA"), Some("Los Gatos, CA"));
        assert_eq!(at("Acme - in Edinburgh, Scotland - Engineer"), Some("Edinburgh, Scotland"));
        assert_eq!(at("Acme | Engineer II CA"), None, "a state code after no known city");
        assert_eq!(at("UK, London £40,000 - £60,000"), None, "the pay is no part of the place");
        assert_eq!(at("UK, London"), Some("UK, London"), "the country before its city");
        assert_eq!(at("Acme, London"), None, "a name before a city is not a place");
        assert_eq!(at("Acme | Data Engineer | London, Berlin or Remote | £70k"), Some("London, Berlin or Remote"));
        assert_eq!(at("Acme | Go Engineer | NYC / SF"), Some("NYC / SF"));
        assert_eq!(city_of("London, Berlin or Remote"), None, "several places name no one city");
        assert_eq!(city_of("NYC / SF"), None);
        assert_eq!(city_of("北京、上海"), None);
        assert_eq!(city_of("NYC Hybrid").as_deref(), Some("New York"), "a known city beside the way of working");
        assert_eq!(city_of("Remote Berlin").as_deref(), Some("Berlin"));
        assert_eq!(city_of("On-site in Berlin").as_deref(), Some("Berlin"));
        assert_eq!(city_of("Remote Friendly"), None, "no known city beside it");
        assert_eq!(city_of("London / Remote").as_deref(), Some("London"));
        assert_eq!(city_of("Munich, DE / Remote").as_deref(), Some("Munich"));
        assert_eq!(city_of("Remote / Germany"), None, "a country names no city");
        assert_eq!(city_of("Remote US/Europe"), None);
        assert_eq!(at("Acme | Engineer | NYC Hybrid | Full-Time"), Some("NYC Hybrid"));
        assert_eq!(at("Acme | Python, Django or Go"), None);
        let line = "百度 后端研发工程师 北京 25-50K";
        assert_eq!(word_city(line).map(|(a, b)| &line[a..b]), Some("北京"));
        assert_eq!(word_city("北京大学 招聘"), None, "a word that only begins with a city");
        let line = "蓝鲸信息 诚聘 Go 开发工程师，北京，20-30K";
        assert_eq!(word_city(line).map(|(a, b)| &line[a..b]), Some("北京"));
        let line = "- Backend Engineer, Berlin, €70k";
        assert_eq!(word_city(line).map(|(a, b)| &line[a..b]), Some("Berlin"));
        assert_eq!(word_city("We are hiring engineers in the SF Bay Area, Los Angeles, and Shanghai."), None);
    }

    #[test]
    fn city_tables_are_in_byte_order() {
        assert!(CITIES.windows(2).all(|w| w[0] < w[1]), "sorted, no duplicates");
        assert!(CN_CITIES.windows(2).all(|w| w[0] < w[1]), "sorted, no duplicates");
        assert!(CN_CITIES.iter().all(|c| c.len() >= 6 && c.as_bytes()[0] >= 0xE0));
        assert!(CITIES.iter().all(|c| c.to_lowercase() == *c));
        assert!(is_known_city("HANOI") && is_known_city("Kuala Lumpur") && is_known_city("münchen"));
        assert!(!is_known_city("Hanoi Labs"));
        city! {
            "Ho Chi Minh City" => Some("Ho Chi Minh City"),
            "Saigon" => Some("Ho Chi Minh City"),
            "徐州  铜山区" => Some("徐州"),
            "洛阳 西工区" => Some("洛阳"),
        }
    }

    #[test]
    fn remote_words() {
        assert_eq!(remote_in("Buffer - REMOTE"), Some(Remote::Remote));
        assert_eq!(remote_in("弹性工作\n远程办公"), Some(Remote::Remote));
        assert_eq!(remote_in("Hybrid, 2 days in office"), Some(Remote::Hybrid));
        assert_eq!(remote_in("On-site in Berlin"), Some(Remote::Onsite));
        assert_eq!(remote_in("Localização: Remoto 100%"), Some(Remote::Remote));
        assert_eq!(remote_in("Modelo: híbrido"), Some(Remote::Hybrid));
        // A perk or a step held on site says nothing of where the work is done.
        assert_eq!(remote_in("wellness programs including onsite flu shots"), None);
        assert_eq!(remote_in("holiday parties, on-site painting classes"), None);
        assert_eq!(remote_in("an onsite interview in Austin"), None);
        assert_eq!(remote_in("This is an onsite role"), Some(Remote::Onsite));
        assert_eq!(remote_in("Onsite, full-time"), Some(Remote::Onsite));
        assert_eq!(remote_in("no remote possible"), Some(Remote::Onsite));
        assert_eq!(remote_in("ONSITE+PART REMOTE"), Some(Remote::Hybrid));
        assert_eq!(remote_in("全远端办公"), Some(Remote::Remote));
        assert_eq!(remote_in("Home based - Worldwide"), Some(Remote::Remote));
        assert_eq!(remote_in("remotely interesting"), None);
        assert_eq!(remote_in("Backend Engineer"), None);
    }
}
