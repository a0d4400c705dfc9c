//! Bit sets over postings (or over positions in a pay order), so that statistics count, intersect and pick the
//! k-th member a machine word at a time: 100k postings are 1,563 words. Also the one sort the engine and the page
//! share ([`sort_by`]).

use std::cmp::Ordering;

/// A fixed-length bit set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bits(pub(crate) Vec<u64>);

impl Bits {
    /// `len` bits, all clear.
    pub(crate) fn new(len: usize) -> Bits {
        Bits(vec![0; len.div_ceil(64)])
    }

    pub(crate) fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// Only the tests read single bits; the statistics count and select.
    #[cfg(test)]
    fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn count(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }
}

/// Transposes a 64×64 bit matrix in place: bit `c` of `rows[r]` moves to bit `r` of `rows[c]`. Swaps ever smaller
/// blocks across the diagonal (the recursive method of Hacker's Delight, §7-3, for the low bit first).
fn transpose64(rows: &mut [u64; 64]) {
    let (mut j, mut mask) = (32, 0x0000_0000_FFFF_FFFF_u64);
    while j != 0 {
        for k in (0..64).filter(|k| k & j == 0) {
            let t = ((rows[k] >> j) ^ rows[k | j]) & mask;
            rows[k] ^= t << j;
            rows[k | j] ^= t;
        }
        j >>= 1;
        mask ^= mask << j;
    }
}

/// For each member id (< `W` × 64) of the `len` sets (`W` words each), the positions of the sets that hold it: a
/// bit set per id, empty (no words) for an id no set holds. Sixty-four sets at a time, as `W` 64×64 bit
/// transposes, instead of one bit at a time.
pub(crate) fn columns<const W: usize>(sets: impl Iterator<Item = [u64; W]>, len: usize) -> Vec<Bits> {
    let mut out = vec![Bits::default(); W * 64];
    let mut block = [[0u64; 64]; W];
    let flush = |out: &mut Vec<Bits>, block: &mut [[u64; 64]; W], w: usize| {
        for (half, rows) in block.iter_mut().enumerate() {
            transpose64(rows);
            for (c, &word) in rows.iter().enumerate().filter(|(_, word)| **word != 0) {
                let bits = &mut out[half * 64 + c];
                if bits.0.is_empty() {
                    *bits = Bits::new(len);
                }
                bits.0[w] = word;
            }
            // A short last block leaves rows unwritten: they must read as empty sets.
            rows.fill(0);
        }
    };
    let mut j = 0;
    for set in sets.take(len) {
        for (rows, word) in block.iter_mut().zip(set) {
            rows[j % 64] = word;
        }
        j += 1;
        if j % 64 == 0 {
            flush(&mut out, &mut block, j / 64 - 1);
        }
    }
    if j % 64 != 0 {
        flush(&mut out, &mut block, j / 64);
    }
    out
}

fn word(bits: &[u64], w: usize) -> u64 {
    bits.get(w).copied().unwrap_or(0)
}

/// How many bits `a` and `b` share. A shorter set counts as clear beyond its end.
pub(crate) fn count_and(a: &[u64], b: &[u64]) -> usize {
    a.iter().zip(b).map(|(x, y)| (x & y).count_ones() as usize).sum()
}

/// How many bits `a`, `b` and `c` share.
pub(crate) fn count_and3(a: &[u64], b: &[u64], c: &[u64]) -> usize {
    a.iter().zip(b).zip(c).map(|((x, y), z)| (x & y & z).count_ones() as usize).sum()
}

/// Positions of the members of rank `ranks` (0-based, ascending) in `a ∩ within` (or `within \ a` when
/// `outside`), in one pass over the words.
pub(crate) fn select(a: &[u64], within: &[u64], outside: bool, ranks: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(ranks.len());
    let mut next = ranks.iter().copied().peekable();
    let mut seen = 0;
    for (w, &b) in within.iter().enumerate() {
        let Some(&r) = next.peek() else { break };
        let x = if outside { !word(a, w) & b } else { word(a, w) & b };
        let ones = x.count_ones() as usize;
        if r >= seen + ones {
            seen += ones;
            continue;
        }
        // One or more wanted ranks fall in this word: walk its set bits.
        let mut bits = x;
        while bits != 0 {
            let at = bits.trailing_zeros() as usize;
            while next.next_if_eq(&seen).is_some() {
                out.push(w * 64 + at);
            }
            seen += 1;
            bits &= bits - 1;
        }
    }
    out
}

/// Sorts `v` by `cmp`, stably: the same order as `slice::sort_by`. The standard sort is compiled anew for every
/// element type and comparator (about 5 KB of wasm each, 14 copies in the page); this one sorts positions through a
/// single copy, with the comparator behind a `dyn`, and then moves the elements into place. For the short lists
/// (skills, pairs, columns' values) and the table's order; the pay order of 100k postings keeps its own sort.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    sort_positions(&mut order, &mut |a, b| cmp(&v[a as usize], &v[b as usize]));
    // `order[i]` is where the element that belongs at `i` is now: follow each cycle once, swapping as it goes.
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[inline(never)]
fn sort_positions(order: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_is_the_standard_stable_sort() {
        // Keys with ties (the second field says where each element started): the order, ties included, is the one
        // `slice::sort_by` gives, for any arrangement of the input.
        let mut seed = 7u32;
        for len in [0, 1, 2, 3, 10, 100, 1000] {
            let v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 7, i)
                })
                .collect();
            let (mut ours, mut std) = (v.clone(), v);
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std.sort_by_key(|e| std::cmp::Reverse(e.0));
            assert_eq!(ours, std, "len {len}");
        }
        let mut words = vec![String::from("b"), "a".into(), "c".into(), "a".into()];
        sort_by(&mut words, |a, b| a.cmp(b));
        assert_eq!(words, ["a", "a", "b", "c"]);
    }

    fn of(len: usize, members: &[usize]) -> Bits {
        let mut b = Bits::new(len);
        members.iter().for_each(|&i| b.set(i));
        b
    }

    #[test]
    fn columns_match_a_bit_by_bit_build() {
        // Pseudo-random sets (an LCG), lengths around block edges, and an order that is not the identity.
        let mut x = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = || {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            x
        };
        for len in [0, 1, 63, 64, 65, 130, 1000] {
            let sets: Vec<[u64; 2]> = (0..len).map(|_| [next() & next(), next() & next() & next()]).collect();
            let order: Vec<u32> = (0..len as u32).map(|i| (i * 7 + 3) % len.max(1) as u32).collect();
            let mut want = vec![Bits::default(); 128];
            for (j, &i) in order.iter().enumerate() {
                for id in 0..128 {
                    if sets[i as usize][id / 64] >> (id % 64) & 1 == 1 {
                        if want[id].0.is_empty() {
                            want[id] = Bits::new(len);
                        }
                        want[id].set(j);
                    }
                }
            }
            assert_eq!(columns(order.iter().map(|&i| sets[i as usize]), len), want, "len {len}");
        }
        // An id no set holds has no words.
        let sets = vec![[1u64, 0]; 70];
        let cols = columns(sets.into_iter(), 70);
        assert_eq!(cols[0].count(), 70);
        assert!(cols[1].0.is_empty() && cols[64].0.is_empty());
    }

    #[test]
    fn counts_and_intersections() {
        let a = of(200, &[0, 5, 64, 130, 199]);
        let b = of(200, &[5, 64, 100, 199]);
        let c = of(200, &[64, 199]);
        assert_eq!(a.count(), 5);
        assert!(a.get(130) && !a.get(131) && !a.get(10_000));
        assert_eq!(count_and(&a.0, &b.0), 3);
        assert_eq!(count_and3(&a.0, &b.0, &c.0), 2);
        assert_eq!(count_and(&[], &b.0), 0);
    }

    #[test]
    fn select_ranks_inside_and_outside() {
        let within = of(200, &[1, 2, 3, 70, 71, 150, 190]);
        let a = of(200, &[2, 70, 150]);
        assert_eq!(select(&a.0, &within.0, false, &[0, 1, 2]), vec![2, 70, 150]);
        assert_eq!(select(&a.0, &within.0, true, &[0, 1, 2, 3]), vec![1, 3, 71, 190]);
        // The same rank twice (quartiles of tiny groups ask for it) gives the position twice.
        assert_eq!(select(&a.0, &within.0, false, &[1, 1, 2]), vec![70, 70, 150]);
        assert_eq!(select(&[], &within.0, true, &[6]), vec![190]);
        assert_eq!(select(&a.0, &within.0, false, &[3]), Vec::<usize>::new());
    }
}
