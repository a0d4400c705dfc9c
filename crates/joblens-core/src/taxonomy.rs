//! The skill taxonomy as data: canonical names, categories and aliases (misspellings included), plus the separate
//! list of concepts (practices and ideas), and a small fixed-size set type for both.
//!
//! Adding an alias or a misspelling is a one-line change here; `tests/taxonomy.rs` checks every row.

use serde::{Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Category {
    Language,
    Web,
    Frontend,
    Database,
    BigData,
    Middleware,
    Ops,
    Tool,
    Protocol,
    Ml,
    Os,
}

/// A canonical skill or concept with its aliases. Matching is ASCII-case- and width-insensitive, so aliases only
/// list spellings that differ in more than case.
#[derive(Debug)]
pub struct Entry {
    pub name: &'static str,
    pub(crate) category: Category,
    pub aliases: &'static [&'static str],
}

use Category::*;

const fn e(name: &'static str, category: Category, aliases: &'static [&'static str]) -> Entry {
    Entry { name, category, aliases }
}

/// Technologies, sorted by canonical name (byte order). A few aliases count only in context (`C`, `ES`, `js`,
/// and the `ORDINARY_WORDS`): see `scan::Rule`. `R` is not in the automaton at all: see `scan::letter_r`.
pub const SKILLS: &[Entry] = &[
    e(".NET", Web, &["dotnet", "ASP.NET", ".NET Core"]),
    e("AWS", Ops, &["Amazon Web Services"]),
    e("Airflow", BigData, &[]),
    e("Android", Frontend, &[]),
    e("Angular", Frontend, &["AngularJS", "Angular.js"]),
    e("Ansible", Ops, &[]),
    e("Azure", Ops, &["Microsoft Azure"]),
    e("Bootstrap", Frontend, &[]),
    e("C", Language, &[]),
    e("C#", Language, &["CSharp"]),
    e("C++", Language, &["CPP"]),
    e("CSS", Frontend, &["CSS3"]),
    e("Cassandra", Database, &[]),
    e("Celery", Middleware, &[]),
    e("Ceph", Database, &[]),
    e("ClickHouse", Database, &[]),
    e("Django", Web, &["Djangok", "Djanog", "Djanjo", "Djnago", "DRF"]),
    e("Docker", Ops, &[]),
    e("Dubbo", Middleware, &[]),
    e("DynamoDB", Database, &[]),
    e("ELK", Ops, &[]),
    e("Elasticsearch", Database, &["Elastic Search", "ES", "Elasticsearh", "Elasticseach", "Elastisearch"]),
    e("Erlang", Language, &[]),
    e("FastAPI", Web, &["Fast API"]),
    e("Flask", Web, &[]),
    e("Flink", BigData, &[]),
    e("Flutter", Frontend, &[]),
    e("GCP", Ops, &["Google Cloud"]),
    e("Git", Tool, &["GitHub", "GitLab"]),
    e("Go", Language, &["Golang"]),
    e("Grafana", Ops, &[]),
    e("GraphQL", Web, &[]),
    e("HBase", Database, &[]),
    e("HTML", Frontend, &["HTML5"]),
    e("HTTP", Protocol, &["HTTPS"]),
    e("Hadoop", BigData, &["HDFS"]),
    e("Hive", BigData, &[]),
    e("Impala", BigData, &[]),
    e("Java", Language, &[]),
    e("JavaScript", Language, &["js", "ECMAScript", "ES5", "ES6"]),
    e("Jenkins", Ops, &[]),
    e("Jinja2", Web, &["Jinja 2", "Jinja"]),
    e("Kafka", Middleware, &["Kafaka", "Kakfa"]),
    e("Kotlin", Language, &[]),
    e("Kubernetes", Ops, &["k8s", "Kubernets", "Kubenetes", "Kubernates"]),
    e("Linux", Os, &["Unix", "CentOS", "Ubuntu"]),
    e("Lisp", Language, &[]),
    e("Lua", Language, &[]),
    e("Mako", Web, &[]),
    e("MariaDB", Database, &[]),
    e("Memcached", Database, &["Memcache"]),
    e("Metabase", Tool, &[]),
    e("MongoDB", Database, &["Mongo", "Mongdb", "MongoBD"]),
    e("MySQL", Database, &["My SQL"]),
    e("Nacos", Middleware, &[]),
    e("Nginx", Ops, &["Ngnix", "Nignx"]),
    e("Node.js", Language, &["Node", "NodeJS"]),
    e("NumPy", Ml, &[]),
    e("Objective-C", Language, &["ObjC", "Objective C"]),
    e("OpenResty", Ops, &[]),
    e("Oracle", Database, &[]),
    e("PHP", Language, &[]),
    e("Pandas", Ml, &[]),
    e("Perl", Language, &[]),
    e("PostgreSQL", Database, &["Postgres", "PostgresSql", "PgSQL"]),
    e("Prometheus", Ops, &[]),
    e("Protobuf", Protocol, &["Protocol Buffers"]),
    e("PyTorch", Ml, &[]),
    e("Pytest", Tool, &[]),
    e("Python", Language, &["Phyton", "Pyhton", "Pyhon", "Pthon", "Python2", "Python3"]),
    e("R", Language, &[]),
    e("RPC", Protocol, &[]),
    e("RabbitMQ", Middleware, &[]),
    e("React", Frontend, &["ReactJS", "React.js"]),
    e("Redis", Database, &[]),
    e("Redux", Frontend, &[]),
    e("RocketMQ", Middleware, &[]),
    e("Ruby", Language, &[]),
    e("Ruby on Rails", Web, &["RoR", "Rails"]),
    e("Rust", Language, &[]),
    e("SQL", Database, &[]),
    e("SQL Server", Database, &["SQLServer", "MSSQL"]),
    e("SQLAlchemy", Web, &[]),
    e("SQLite", Database, &[]),
    e("SVN", Tool, &["Subversion"]),
    e("Sanic", Web, &[]),
    e("Scala", Language, &[]),
    e("Scrapy", Web, &[]),
    e("Selenium", Tool, &[]),
    e("Sentry", Ops, &[]),
    e("Shell", Language, &["Bash"]),
    e("Snowflake", Database, &[]),
    e("Spark", BigData, &["PySpark"]),
    e("Spring", Web, &["SpringBoot", "Spring Boot", "SpringCloud", "Spring Cloud"]),
    e("Swift", Language, &[]),
    e("TCP/IP", Protocol, &["TCP"]),
    e("TensorFlow", Ml, &[]),
    e("Terraform", Ops, &[]),
    e("Tomcat", Ops, &[]),
    e("Tornado", Web, &["Tornato"]),
    e("TypeScript", Language, &[]),
    e("Vue", Frontend, &["Vue.js", "VueJS", "Vue2", "Vue3"]),
    e("Web.py", Web, &["webpy"]),
    e("Web2py", Web, &[]),
    e("ZooKeeper", Middleware, &["Zookeper"]),
    e("gRPC", Protocol, &[]),
    e("iOS", Frontend, &[]),
    e("jQuery", Frontend, &[]),
    e("nameko", Web, &[]),
];

/// Practices and ideas, kept apart from skills. Sorted by name (byte order).
pub const CONCEPTS: &[Entry] = &[
    e("CI/CD", Ops, &["CICD", "持续集成", "持续交付", "持续部署"]),
    e("DevOps", Ops, &[]),
    e("NoSQL", Database, &[]),
    e("OOP", Language, &["面向对象"]),
    e("ORM", Web, &[]),
    e("RESTful", Web, &["REST", "RESTful API"]),
    e("TDD", Tool, &["测试驱动"]),
    e("分布式", Ops, &["distributed systems"]),
    e("单元测试", Tool, &["unit test", "unit tests", "unit testing"]),
    e("多线程", Language, &["multithreading", "多进程"]),
    e("容器化", Ops, &["containerization"]),
    e("异步", Language, &["asyncio", "async"]),
    e("微服务", Web, &["microservice", "microservices", "micro-service", "micro-services"]),
    e("性能调优", Ops, &["性能优化", "performance tuning"]),
    e("敏捷开发", Tool, &["敏捷", "Agile", "Scrum"]),
    e("消息队列", Middleware, &["消息中间件", "message queue"]),
    e("爬虫", Web, &["网络爬虫", "crawler", "web scraping"]),
    e("设计模式", Language, &["design patterns"]),
    e("负载均衡", Ops, &["load balancing"]),
    e("高并发", Ops, &["high concurrency"]),
];

/// Aliases that are also ordinary English words: in a line without Chinese they count only when written with the
/// technology's capitalization (as listed in the table) or inside a list of skills.
pub(crate) const ORDINARY_WORDS: &[&str] =
    &["go", "hive", "node", "rails", "react", "ruby", "rust", "shell", "spring", "swift"];

/// Looks a skill up by canonical name or alias, ignoring ASCII case and width.
pub fn skill_id(name: &str) -> Option<u16> {
    lookup(SKILLS, name)
}

/// Looks a concept up by name or alias, ignoring ASCII case and width.
pub fn concept_id(name: &str) -> Option<u16> {
    lookup(CONCEPTS, name)
}

fn lookup(table: &[Entry], name: &str) -> Option<u16> {
    let name = crate::text::fold_lower(name.trim());
    let same = |s: &str| s.eq_ignore_ascii_case(&name);
    table.iter().position(|e| same(e.name) || e.aliases.iter().any(|a| same(a))).map(|i| i as u16)
}

pub fn skill_name(id: u16) -> &'static str {
    SKILLS.get(id as usize).map_or("?", |e| e.name)
}

pub fn concept_name(id: u16) -> &'static str {
    CONCEPTS.get(id as usize).map_or("?", |e| e.name)
}

/// The 64-bit words of a `SkillSet`.
pub(crate) const SET_WORDS: usize = 3;

/// A set of skill (or concept) ids. 192 bits: filtering and co-occurrence are bit operations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SkillSet(pub(crate) [u64; SET_WORDS]);

pub const SET_CAPACITY: usize = SET_WORDS * 64;
const _: () = assert!(SKILLS.len() <= SET_CAPACITY && CONCEPTS.len() <= SET_CAPACITY);

impl SkillSet {
    pub(crate) fn insert(&mut self, id: u16) {
        let id = id as usize;
        if id < SET_CAPACITY {
            self.0[id / 64] |= 1 << (id % 64);
        }
    }

    pub fn contains(&self, id: u16) -> bool {
        let id = id as usize;
        id < SET_CAPACITY && self.0[id / 64] & (1 << (id % 64)) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.0 == [0; SET_WORDS]
    }

    pub fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Whether every member of `other` is in `self`.
    pub(crate) fn is_superset(&self, other: &SkillSet) -> bool {
        self.0.iter().zip(other.0).all(|(a, b)| a & b == b)
    }

    pub(crate) fn intersects(&self, other: &SkillSet) -> bool {
        self.0.iter().zip(other.0).any(|(a, b)| a & b != 0)
    }

    /// Ids in increasing order.
    pub fn iter(&self) -> Ids {
        Ids { words: self.0, word: 0 }
    }

    /// Canonical skill names, sorted by name.
    pub fn skill_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self.iter().map(skill_name).collect();
        crate::bits::sort_by(&mut names, Ord::cmp);
        names
    }

    /// Concept names, sorted by name.
    pub(crate) fn concept_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self.iter().map(concept_name).collect();
        crate::bits::sort_by(&mut names, Ord::cmp);
        names
    }
}

/// The ids of a `SkillSet`, lowest first (a plain loop over set bits: statistics call it a million times).
pub struct Ids {
    words: [u64; SET_WORDS],
    word: usize,
}

impl Iterator for Ids {
    type Item = u16;

    fn next(&mut self) -> Option<u16> {
        while self.word < SET_WORDS {
            let bits = self.words[self.word];
            if bits != 0 {
                self.words[self.word] = bits & (bits - 1);
                return Some((self.word * 64) as u16 + bits.trailing_zeros() as u16);
            }
            self.word += 1;
        }
        None
    }
}

impl FromIterator<u16> for SkillSet {
    fn from_iter<I: IntoIterator<Item = u16>>(iter: I) -> Self {
        let mut set = SkillSet::default();
        for id in iter {
            set.insert(id);
        }
        set
    }
}

/// Serializes as the sorted list of canonical skill names.
impl Serialize for SkillSet {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.skill_names())
    }
}
