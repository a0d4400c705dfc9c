//! The engine's modules depend one way: each `src/*.rs` (or `src/*/`, every file of a module with submodules)
//! refers only to modules below it in `LAYERS`, through
//! `use crate::…` lines (grouped `use crate::{a, b::c}` too) and inline paths (`crate::text::fold(..)`) alike.
//! ARCHITECTURE.md states the same order.

#![cfg(not(target_arch = "wasm32"))] // reads the sources from disk

use std::collections::BTreeMap;
use std::path::Path;

/// The layer order, lowest first: a module may refer only to modules before it.
const LAYERS: &[&str] = &[
    "bits", "text", "markup", "taxonomy", "model", "scan", "salary", "facts", "place", "segment", "parse", "groups",
    "fields", "dataset", "filter", "stats", "views", "profile", "share", "export", "synth",
];

#[test]
fn modules_refer_only_to_modules_below_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let read = |name: &str| std::fs::read_to_string(src.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    // A module's text: its file, or every file of its folder (`parse/mod.rs`, `parse/names.rs`).
    let module_text = |name: &str| {
        let dir = src.join(name);
        if !dir.is_dir() {
            return read(&format!("{name}.rs"));
        }
        let mut parts: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        parts.sort();
        parts.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect::<Vec<_>>().join("\n")
    };
    let lib = code_only(&read("lib.rs"));

    // Every module is in the order, and the order names only modules.
    let mut files: Vec<String> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter_map(|f| f.strip_suffix(".rs").map(str::to_string).or_else(|| src.join(&f).is_dir().then_some(f)))
        .filter(|m| m != "lib")
        .collect();
    files.sort();
    let mut layers: Vec<String> = LAYERS.iter().map(|m| m.to_string()).collect();
    layers.sort();
    assert_eq!(files, layers, "every src/*.rs has its place in LAYERS");

    // `crate::Dataset` and the like name a module's item through lib.rs's re-exports; lib.rs's own items (the
    // default corpus, text only) belong to no layer.
    let exports = reexports(&lib);
    let mut wrong = Vec::new();
    for (level, module) in LAYERS.iter().enumerate() {
        for (name, path) in crate_paths(&module_text(module)) {
            let target = if LAYERS.contains(&name.as_str()) {
                name.as_str()
            } else if let Some(m) = exports.get(&name) {
                m.as_str()
            } else {
                let defined = ["const ", "static ", "fn "].iter().any(|k| lib.contains(&format!("{k}{name}")));
                assert!(defined, "{module}.rs: `{path}` names nothing lib.rs has");
                continue;
            };
            let to = LAYERS.iter().position(|m| *m == target).unwrap();
            if to >= level && target != *module {
                wrong.push(format!("{module}.rs refers up to {target}: `{path}`"));
            }
        }
    }
    assert!(wrong.is_empty(), "modules must refer only to modules before them in LAYERS:\n{}", wrong.join("\n"));
}

#[test]
fn architecture_states_the_same_order() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ARCHITECTURE.md")).unwrap();
    let order = LAYERS.join(" → ");
    assert!(doc.contains(&order), "ARCHITECTURE.md should state the layer order as `{order}`");
}

#[test]
fn paths_are_found_in_every_form() {
    let src = r#"
//! Docs naming `crate::synth` are not code.
use crate::model::{Tier, Education};
use crate::{bits::{self, Bits}, text};
pub use crate::filter::keep_mask;
fn f() -> String {
    let s = "crate::share in a string";
    let c = '"';
    /* crate::export in a /* nested */ comment */
    crate::taxonomy::skill_name(0).to_string() + &crate::DEFAULT_CORPUS[..1]
}
fn g<'a>(x: &'a str) -> &'a str { crate::scan::f(x) }
#[cfg(test)]
mod tests {
    use crate::synth;
}
"#;
    let names: Vec<String> = crate_paths(src).into_iter().map(|(name, _)| name).collect();
    assert_eq!(names, ["model", "bits", "text", "filter", "taxonomy", "DEFAULT_CORPUS", "scan"]);
}

/// The first segment after every `crate::` outside comments, literals and `#[cfg(test)]` items, with the path as
/// written. Unit tests are left out on purpose: they are compiled only into the test binary, and reaching up for
/// fixtures (scan's tests run over `synth` corpora) makes no module of the engine depend on a higher one.
fn crate_paths(src: &str) -> Vec<(String, String)> {
    let code = without_test_items(&code_only(src));
    let mut found = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let path_end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a, b::{c, d}}`: the first segment of each item at the group's top level.
            let (mut depth, mut item_start) = (0, 0);
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        push_first(&mut found, &group[item_start..i], "crate::{…}");
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        push_first(&mut found, &group[item_start..i], "crate::{…}");
                        item_start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            push_first(&mut found, &rest[..path_end], "");
        }
    }
    found
}

fn push_first(found: &mut Vec<(String, String)>, path: &str, grouped: &str) {
    let path = path.trim();
    let name: String = path.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    if !name.is_empty() && name != "self" {
        let written = if grouped.is_empty() { format!("crate::{path}") } else { format!("crate::{{{path}, …}}") };
        found.push((name, written));
    }
}

/// `name → module` for lib.rs's `pub use module::{…}` and `pub use module::Name` lines.
fn reexports(lib: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for line in lib.split(';') {
        let Some(path) = line.trim().strip_prefix("pub use ") else { continue };
        let (module, items) = path.split_once("::").unwrap();
        for item in items.trim_matches(|c| c == '{' || c == '}').split(',') {
            let name = item.rsplit(" as ").next().unwrap().rsplit("::").next().unwrap().trim();
            map.insert(name.to_string(), module.trim().to_string());
        }
    }
    map
}

/// `src` with comments, string and char literals blanked out (newlines kept), so only code is searched.
fn code_only(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let blank = |out: &mut String, s: &[char]| out.extend(s.iter().map(|&ch| if ch == '\n' { '\n' } else { ' ' }));
    let ident = |ch: char| ch.is_alphanumeric() || ch == '_';
    while i < c.len() {
        let start = i;
        if c[i] == '/' && c.get(i + 1) == Some(&'/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if c[i] == '/' && c.get(i + 1) == Some(&'*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c[i] == 'r'
            && (i == 0 || !ident(c[i - 1]) || (c[i - 1] == 'b' && (i < 2 || !ident(c[i - 2]))))
            && matches!(c.get(i + 1), Some('#' | '"'))
        {
            // A raw string r#"…"#, if it is one (`r#ident` is not).
            let hashes = c[i + 1..].iter().take_while(|&&ch| ch == '#').count();
            if c.get(i + 1 + hashes) != Some(&'"') {
                out.push(c[i]);
                i += 1;
                continue;
            }
            i += 2 + hashes;
            while i < c.len()
                && !(c[i] == '"' && c[i + 1..].iter().take(hashes).filter(|&&ch| ch == '#').count() == hashes)
            {
                i += 1;
            }
            i = (i + 1 + hashes).min(c.len());
        } else if c[i] == '"' {
            i += 1;
            while i < c.len() && c[i] != '"' {
                i += if c[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c[i] == '\'' && (c.get(i + 1) == Some(&'\\') || c.get(i + 2) == Some(&'\'')) {
            // A char literal ('x', '\n', '\'', '\u{..}'); otherwise a lifetime or a label, which is code.
            i += if c[i + 1] == '\\' { 3 } else { 2 };
            while i < c.len() && c[i] != '\'' {
                i += 1;
            }
            i += 1;
        } else {
            out.push(c[i]);
            i += 1;
            continue;
        }
        i = i.min(c.len());
        blank(&mut out, &c[start..i]);
    }
    out
}

/// `code` without the items marked `#[cfg(test)]` (up to the `;` or the closing brace that ends each).
fn without_test_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at..];
        let mut depth = 0;
        let mut end = item.len();
        for (i, ch) in item.char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    end = i + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}
