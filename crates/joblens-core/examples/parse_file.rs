//! Parses a file once, for instruction counts under callgrind (load-independent, unlike the criterion
//! benchmark): `parse_file gen SHAPE N > FILE` writes a generated corpus (`markdown`, `csv`, `jsonl`, `thread`,
//! `cards`), and `parse_file FILE` parses it. Only `run` is worth counting:
//! `valgrind --tool=callgrind --toggle-collect='*parse_file::run*' target/release/examples/parse_file FILE`.

use joblens_core::synth::{self, Paste};

#[inline(never)]
fn run(text: &str) -> usize {
    joblens_core::parse(text).postings.len()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [gen, shape, n] if gen == "gen" => {
            let n: usize = n.parse().expect("N is a number");
            let text = match Paste::ALL.into_iter().find(|p| p.name() == shape) {
                Some(p) => synth::paste(p, n, 42),
                None => synth::corpus(n, 42),
            };
            print!("{text}");
        }
        [file] => {
            let text = std::fs::read_to_string(file).expect("a readable UTF-8 file");
            // A first parse builds the automata (once per process), so `run` counts only the steady state.
            joblens_core::parse(&text);
            let postings = run(&text);
            println!("{} bytes, {postings} postings", text.len());
        }
        _ => eprintln!("usage: parse_file gen SHAPE N | parse_file FILE"),
    }
}
