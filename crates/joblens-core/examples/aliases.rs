//! Prints every name the engine looks for, one a line: each skill's and concept's canonical name and aliases.
//! `scripts/stats-ratio.sh` hands it to `rg -F -f` as the yardstick for `joblens stats`.

use joblens_core::taxonomy::{CONCEPTS, SKILLS};

fn main() {
    let mut out = String::new();
    for entry in SKILLS.iter().chain(CONCEPTS) {
        // R is found by a byte search for the capital letter, not by the automaton: `rg -i` with it would match
        // every `r` and flatter the engine.
        for name in std::iter::once(&entry.name).chain(entry.aliases).filter(|n| **n != joblens_core::scan::LETTER_R) {
            out.push_str(name);
            out.push('\n');
        }
    }
    print!("{out}");
}
