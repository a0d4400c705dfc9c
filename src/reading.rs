//! How a text is (or will be) read: its shape and, when it is cheap to know, how many postings it gives. The paste
//! panel says it before Replace / Append ("20 postings: Hacker News thread") and again for the loaded data.

use joblens_core::share::Read;
use joblens_core::Shape;

/// Texts up to this size are parsed whole for the preview's count (about 7 ms a megabyte in the page); larger ones
/// are only sniffed, and counted as they load.
pub const COUNT_UP_TO: usize = 1 << 20;

/// A text's reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub shape: Shape,
    /// Postings it gives; `None` for a large text not yet parsed.
    pub postings: Option<usize>,
}

/// How `text` will be read under `read`: parsed whole when small, otherwise only its shape from the parser's first
/// step (which looks at the first 64 KB). `None` for an empty text.
pub fn preview(text: &str, read: Read) -> Option<Reading> {
    if text.trim().is_empty() {
        return None;
    }
    let mut parser = read.parser();
    if text.len() > COUNT_UP_TO {
        parser.step(text, 1);
        return parser.shape().map(|shape| Reading { shape, postings: None });
    }
    while !parser.step(text, usize::MAX) {}
    let shape = parser.shape()?;
    Some(Reading { shape, postings: Some(parser.finish(text).postings.len()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small thread in Hacker News' shape: a header line and a reply line around each comment.
    pub(crate) const THREAD: &str = "alice 2 hours ago | prev | next [–]\n\nAcme | Backend Engineer | Remote | \
        $140k-$180k\nWe use Go and PostgreSQL.\n\nreply\n\nbob 3 hours ago | prev | next [–]\n\nBeta | Data \
        Engineer | Berlin, Germany | €70k-€90k\nPython, Spark.\n\nreply\n\ncarol 5 hours ago | prev | next [–]\n\n\
        Gamma | SRE | NYC | Onsite | $150k-$190k\nKubernetes, Terraform.\n\nreply\n";

    #[test]
    fn a_thread_reads_as_its_posts_or_as_one_posting() {
        let found = preview(THREAD, Read::Found);
        assert_eq!(found.map(|r| (r.shape.describe(), r.postings)), Some(("Hacker News thread", Some(3))));
        let whole = preview(THREAD, Read::Whole);
        assert_eq!(whole, Some(Reading { shape: Shape::Whole, postings: Some(1) }));
        assert_eq!(preview("  \n", Read::Found), None);
    }

    #[test]
    fn a_large_text_is_only_sniffed() {
        let big = THREAD.repeat(COUNT_UP_TO / THREAD.len() + 1);
        let r = preview(&big, Read::Found);
        assert_eq!(r.map(|r| (r.shape.describe(), r.postings)), Some(("Hacker News thread", None)));
    }
}
