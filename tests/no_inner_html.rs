//! A lint as a test: the page never renders user text as markup. No `inner_html` (or `set_inner_html`,
//! `outer_html`, `insertAdjacentHTML`) anywhere in the app's source.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_markup_from_strings_in_the_app() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("crates/joblens-core/src"), &mut files);
    assert!(files.len() > 10, "found the sources");
    let forbidden = ["inner_html", "outer_html", "insert_adjacent_html", "insertAdjacentHTML", "innerHTML"];
    let mut hits = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("utf-8 source");
        for (n, line) in text.lines().enumerate() {
            if forbidden.iter().any(|w| line.contains(w)) {
                hits.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(hits.is_empty(), "markup from strings:\n{}", hits.join("\n"));
}
