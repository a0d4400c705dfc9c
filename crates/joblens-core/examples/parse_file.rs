//! Parses a file once, for instruction counts under callgrind (load-independent, unlike the criterion
//! benchmark): `parse_file gen SHAPE N > FILE` writes a generated corpus (`markdown`, `csv`, `jsonl`, `thread`,
//! `cards`), and `parse_file FILE` parses it and says how fast (for A/B runs of two builds). Only `run` is worth
//! counting under callgrind:
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
            let start = std::time::Instant::now();
            let postings = run(&text);
            let secs = start.elapsed().as_secs_f64();
            println!("{} bytes, {postings} postings, {:.1} MB/s", text.len(), text.len() as f64 / secs / 1e6);
        }
        _ => eprintln!("usage: parse_file gen SHAPE N | parse_file FILE"),
    }
}
