//! Parses a file, for A/B runs of two builds and for instruction counts under callgrind (load-independent,
//! unlike the criterion benchmark): `parse_file gen SHAPE N > FILE` writes a generated corpus (`markdown`, `csv`,
//! `jsonl`, `thread`, `cards`), and `parse_file FILE [RUNS]` parses it RUNS times (7 unless given) after a first
//! parse and gives the median speed: memory is then reused as in the benchmark, so page faults do not weigh on
//! the figure. Only `run` is worth counting under callgrind, once:
//! `valgrind --tool=callgrind --toggle-collect='*parse_file::run*' target/release/examples/parse_file FILE 1`.

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
        [file, runs @ ..] if runs.len() <= 1 => {
            let text = std::fs::read_to_string(file).expect("a readable UTF-8 file");
            let runs: usize = runs.first().map_or(7, |r| r.parse().expect("RUNS is a number")).max(1);
            // A first parse builds the automata (once per process), so `run` counts only the steady state.
            joblens_core::parse(&text);
            let mut postings = 0;
            let mut times: Vec<f64> = (0..runs)
                .map(|_| {
                    let start = std::time::Instant::now();
                    postings = run(&text);
                    start.elapsed().as_secs_f64()
                })
                .collect();
            times.sort_by(f64::total_cmp);
            let secs = times[runs / 2];
            println!("{} bytes, {postings} postings, {:.1} MB/s", text.len(), text.len() as f64 / secs / 1e6);
        }
        _ => eprintln!("usage: parse_file gen SHAPE N | parse_file FILE [RUNS]"),
    }
}
