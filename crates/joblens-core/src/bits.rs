//! Bit sets over postings (or over positions in a pay order), so that statistics count, intersect and pick the
//! k-th member a machine word at a time: 100k postings are 1,563 words.

/// A fixed-length bit set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bits(pub Vec<u64>);

impl Bits {
    /// `len` bits, all clear.
    pub fn new(len: usize) -> Bits {
        Bits(vec![0; len.div_ceil(64)])
    }

    pub fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    pub fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn count(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }
}

fn word(bits: &[u64], w: usize) -> u64 {
    bits.get(w).copied().unwrap_or(0)
}

/// How many bits `a` and `b` share. A shorter set counts as clear beyond its end.
pub fn count_and(a: &[u64], b: &[u64]) -> usize {
    a.iter().zip(b).map(|(x, y)| (x & y).count_ones() as usize).sum()
}

/// How many bits `a`, `b` and `c` share.
pub fn count_and3(a: &[u64], b: &[u64], c: &[u64]) -> usize {
    a.iter().zip(b).zip(c).map(|((x, y), z)| (x & y & z).count_ones() as usize).sum()
}

/// Positions of the members of rank `ranks` (0-based, ascending) in `a ∩ within` (or `within \ a` when
/// `outside`), in one pass over the words.
pub fn select(a: &[u64], within: &[u64], outside: bool, ranks: &[usize]) -> Vec<usize> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn of(len: usize, members: &[usize]) -> Bits {
        let mut b = Bits::new(len);
        members.iter().for_each(|&i| b.set(i));
        b
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
