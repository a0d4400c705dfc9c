//! Prints every name the engine looks for, one a line: each skill's and concept's canonical name and aliases.
//! `scripts/stats-ratio.sh` hands it to `rg -F -f` as the yardstick for `joblens stats`.

use joblens_core::taxonomy::{CONCEPTS, SKILLS};

fn main() {
    let mut out = String::new();
    for entry in SKILLS.iter().chain(CONCEPTS) {
        for name in std::iter::once(&entry.name).chain(entry.aliases) {
            out.push_str(name);
            out.push('\n');
        }
    }
    print!("{out}");
}
