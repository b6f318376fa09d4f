//! The Merkle tree over the journal (`docs/chain-format.md` §8): RFC 9162 §2.1 hashing of the
//! events' hashes, beside the linear chain. The tree of the first `n` events has the leaves
//! `SHA-256(0x00 || event hash)` in seq order; an inner node is `SHA-256(0x01 || left || right)`;
//! the empty tree's root is `SHA-256("")`.
//!
//! * [`root`] and [`Accumulator`]: the root of a journal (all at once, or streaming in constant
//!   memory per level);
//! * [`inclusion_proof`] / [`verify_inclusion`]: the event at index `i` (seq `i + 1`) is in the
//!   journal of size `n` (RFC 9162 §2.1.3);
//! * [`consistency_proof`] / [`verify_consistency`]: the journal of size `m` is a prefix of the
//!   journal of size `n` (RFC 9162 §2.1.4).
//!
//! Pure functions: no store, no key.

use sha2::{Digest, Sha256};

/// A SHA-256 value.
pub type Hash = [u8; 32];

/// Why a proof does not verify, or cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    #[error("index {index} is not inside a tree of size {size}")]
    IndexOutOfRange { index: u64, size: u64 },
    #[error("size {from} is larger than size {to}")]
    SizesOutOfOrder { from: u64, to: u64 },
    #[error("the proof has the wrong number of hashes")]
    WrongLength,
    #[error("the proof does not lead to the root")]
    RootMismatch,
}

/// The root of the empty tree: SHA-256 of nothing.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// The leaf hash of one journal entry (an event's 32-byte hash).
pub fn leaf_hash(entry: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(entry);
    h.finalize().into()
}

/// An inner node: `SHA-256(0x01 || left || right)`.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The largest power of two strictly smaller than `n` (`n >= 2`).
fn split(n: usize) -> usize {
    let mut k = 1usize;
    while k << 1 < n {
        k <<= 1;
    }
    k
}

/// MTH over leaf hashes (non-empty).
fn mth(leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => empty_root(),
        1 => leaves[0],
        n => {
            let k = split(n);
            node_hash(&mth(&leaves[..k]), &mth(&leaves[k..]))
        }
    }
}

/// The root of the tree whose entries are `entries` (event hashes, in seq order).
pub fn root(entries: &[Hash]) -> Hash {
    let leaves: Vec<Hash> = entries.iter().map(leaf_hash).collect();
    mth(&leaves)
}

/// The audit path of the entry at `index` in the tree of `entries` (RFC 9162 §2.1.3.1).
pub fn inclusion_proof(entries: &[Hash], index: u64) -> Result<Vec<Hash>, ProofError> {
    let size = entries.len() as u64;
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    let leaves: Vec<Hash> = entries.iter().map(leaf_hash).collect();
    let mut out = Vec::new();
    path(index as usize, &leaves, &mut out);
    Ok(out)
}

fn path(m: usize, leaves: &[Hash], out: &mut Vec<Hash>) {
    let n = leaves.len();
    if n <= 1 {
        return;
    }
    let k = split(n);
    if m < k {
        path(m, &leaves[..k], out);
        out.push(mth(&leaves[k..]));
    } else {
        path(m - k, &leaves[k..], out);
        out.push(mth(&leaves[..k]));
    }
}

/// The audit paths of the entries at `indices` in the tree of `entries`, each exactly as
/// [`inclusion_proof`] gives it, with every subtree root computed once: O(n + k log n) for k
/// proofs instead of O(n k) (a report carries one proof per run of consecutive events).
pub fn inclusion_proofs(entries: &[Hash], indices: &[u64]) -> Result<Vec<Vec<Hash>>, ProofError> {
    let size = entries.len() as u64;
    if let Some(&index) = indices.iter().find(|&&i| i >= size) {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    let leaves: Vec<Hash> = entries.iter().map(leaf_hash).collect();
    let mut roots = std::collections::HashMap::new();
    if !leaves.is_empty() {
        subtree_roots(&leaves, 0, &mut roots);
    }
    let mut out = Vec::with_capacity(indices.len());
    for &index in indices {
        let mut proof = Vec::new();
        memo_path(index as usize, 0, leaves.len(), &roots, &mut proof);
        out.push(proof);
    }
    Ok(out)
}

/// Every RFC 9162 subtree's root, keyed by (first leaf, leaf count).
fn subtree_roots(
    leaves: &[Hash],
    start: usize,
    roots: &mut std::collections::HashMap<(usize, usize), Hash>,
) -> Hash {
    let h = match leaves.len() {
        1 => leaves[0],
        n => {
            let k = split(n);
            let left = subtree_roots(&leaves[..k], start, roots);
            let right = subtree_roots(&leaves[k..], start + k, roots);
            node_hash(&left, &right)
        }
    };
    roots.insert((start, leaves.len()), h);
    h
}

fn memo_path(
    m: usize,
    start: usize,
    n: usize,
    roots: &std::collections::HashMap<(usize, usize), Hash>,
    out: &mut Vec<Hash>,
) {
    if n <= 1 {
        return;
    }
    let k = split(n);
    let (sibling, len) = if m < k {
        memo_path(m, start, k, roots, out);
        (start + k, n - k)
    } else {
        memo_path(m - k, start + k, n - k, roots, out);
        (start, k)
    };
    // Every subtree was filled by `subtree_roots` over the same leaves.
    out.push(roots.get(&(sibling, len)).copied().unwrap_or_default());
}

/// The consistency proof between the first `from` entries and all of `entries`
/// (RFC 9162 §2.1.4.1). Empty when `from` is 0 or the whole tree.
pub fn consistency_proof(entries: &[Hash], from: u64) -> Result<Vec<Hash>, ProofError> {
    let to = entries.len() as u64;
    if from > to {
        return Err(ProofError::SizesOutOfOrder { from, to });
    }
    let mut out = Vec::new();
    if from == 0 {
        return Ok(out);
    }
    let leaves: Vec<Hash> = entries.iter().map(leaf_hash).collect();
    subproof(from as usize, &leaves, true, &mut out);
    Ok(out)
}

fn subproof(m: usize, leaves: &[Hash], complete: bool, out: &mut Vec<Hash>) {
    let n = leaves.len();
    if m == n {
        if !complete {
            out.push(mth(leaves));
        }
        return;
    }
    let k = split(n);
    if m <= k {
        subproof(m, &leaves[..k], complete, out);
        out.push(mth(&leaves[k..]));
    } else {
        subproof(m - k, &leaves[k..], false, out);
        out.push(mth(&leaves[..k]));
    }
}

/// Verifies that `entry` is at `index` in the tree of size `size` with root `root`
/// (RFC 9162 §2.1.3.2).
pub fn verify_inclusion(
    entry: &Hash,
    index: u64,
    size: u64,
    proof: &[Hash],
    root: &Hash,
) -> Result<(), ProofError> {
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    let (mut fn_, mut sn) = (index, size - 1);
    let mut r = leaf_hash(entry);
    for p in proof {
        if sn == 0 {
            return Err(ProofError::WrongLength);
        }
        if fn_ & 1 == 1 || fn_ == sn {
            r = node_hash(p, &r);
            while fn_ & 1 == 0 && fn_ != 0 {
                fn_ >>= 1;
                sn >>= 1;
            }
        } else {
            r = node_hash(&r, p);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    if sn != 0 {
        return Err(ProofError::WrongLength);
    }
    if &r != root {
        return Err(ProofError::RootMismatch);
    }
    Ok(())
}

/// Verifies that the tree of size `from` with root `from_root` is a prefix of the tree of size
/// `to` with root `to_root` (RFC 9162 §2.1.4.2). Equal sizes need an empty proof and equal
/// roots; size 0 is a prefix of every tree (empty proof).
pub fn verify_consistency(
    from: u64,
    to: u64,
    from_root: &Hash,
    to_root: &Hash,
    proof: &[Hash],
) -> Result<(), ProofError> {
    if from > to {
        return Err(ProofError::SizesOutOfOrder { from, to });
    }
    if from == 0 || from == to {
        if !proof.is_empty() {
            return Err(ProofError::WrongLength);
        }
        if from == to && from_root != to_root {
            return Err(ProofError::RootMismatch);
        }
        return Ok(());
    }
    let mut path: Vec<Hash> = Vec::with_capacity(proof.len() + 1);
    if from.is_power_of_two() {
        path.push(*from_root);
    }
    path.extend_from_slice(proof);
    let Some((first, rest)) = path.split_first() else {
        return Err(ProofError::WrongLength);
    };
    let (mut fn_, mut sn) = (from - 1, to - 1);
    while fn_ & 1 == 1 {
        fn_ >>= 1;
        sn >>= 1;
    }
    let (mut fr, mut sr) = (*first, *first);
    for c in rest {
        if sn == 0 {
            return Err(ProofError::WrongLength);
        }
        if fn_ & 1 == 1 || fn_ == sn {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            while fn_ & 1 == 0 && fn_ != 0 {
                fn_ >>= 1;
                sn >>= 1;
            }
        } else {
            sr = node_hash(&sr, c);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    if sn != 0 {
        return Err(ProofError::WrongLength);
    }
    if &fr != from_root || &sr != to_root {
        return Err(ProofError::RootMismatch);
    }
    Ok(())
}

/// The root of a growing journal in memory logarithmic in its size: the roots of its perfect
/// subtrees, largest first (a "compact range").
#[derive(Debug, Clone, Default)]
pub struct Accumulator {
    size: u64,
    /// (height, root) of each perfect subtree, left to right; heights strictly decrease.
    stack: Vec<(u32, Hash)>,
}

impl Accumulator {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends the next entry (an event's hash).
    pub fn push(&mut self, entry: &Hash) {
        let mut node = (0u32, leaf_hash(entry));
        while let Some(&(h, left)) = self.stack.last() {
            if h != node.0 {
                break;
            }
            self.stack.pop();
            node = (h + 1, node_hash(&left, &node.1));
        }
        self.stack.push(node);
        self.size += 1;
    }

    /// Appends an entry given as 64 hex digits; `false` (nothing appended) when it is not.
    pub fn push_hex(&mut self, entry: &str) -> bool {
        match parse_hash(entry) {
            Some(h) => {
                self.push(&h);
                true
            }
            None => false,
        }
    }

    /// How many entries were appended.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The root of the tree of the entries appended so far.
    pub fn root(&self) -> Hash {
        let mut iter = self.stack.iter().rev();
        let Some(&(_, mut r)) = iter.next() else {
            return empty_root();
        };
        for (_, left) in iter {
            r = node_hash(left, &r);
        }
        r
    }
}

/// Parses 64 hex digits (either case) into a hash.
pub fn parse_hash(text: &str) -> Option<Hash> {
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    hex::decode_to_slice(text, &mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn entries(n: usize) -> Vec<Hash> {
        (0..n)
            .map(|i| Sha256::digest(format!("entry {i}").as_bytes()).into())
            .collect()
    }

    #[test]
    fn empty_root_is_sha256_of_nothing() {
        assert_eq!(
            hex::encode(empty_root()),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(root(&[]), empty_root());
    }

    #[test]
    fn accumulator_matches_the_recursive_root() {
        let all = entries(70);
        let mut acc = Accumulator::new();
        assert_eq!(acc.root(), root(&[]));
        for n in 1..=all.len() {
            acc.push(&all[n - 1]);
            assert_eq!(acc.size(), n as u64);
            assert_eq!(acc.root(), root(&all[..n]), "size {n}");
        }
    }

    #[test]
    fn tree_of_three_by_hand() {
        let e = entries(3);
        let l: Vec<Hash> = e.iter().map(leaf_hash).collect();
        let expected = node_hash(&node_hash(&l[0], &l[1]), &l[2]);
        assert_eq!(root(&e), expected);
        assert_eq!(
            inclusion_proof(&e, 2).unwrap(),
            vec![node_hash(&l[0], &l[1])]
        );
        assert_eq!(inclusion_proof(&e, 0).unwrap(), vec![l[1], l[2]]);
    }

    #[test]
    fn out_of_range_is_refused() {
        let e = entries(4);
        assert!(inclusion_proof(&e, 4).is_err());
        assert!(consistency_proof(&e, 5).is_err());
        let r = root(&e);
        assert_eq!(
            verify_inclusion(&e[0], 4, 4, &[], &r),
            Err(ProofError::IndexOutOfRange { index: 4, size: 4 })
        );
        assert!(verify_consistency(5, 4, &r, &r, &[]).is_err());
        // A proof with an extra hash is too long.
        let mut p = inclusion_proof(&e, 1).unwrap();
        p.push(r);
        assert_eq!(
            verify_inclusion(&e[1], 1, 4, &p, &r),
            Err(ProofError::WrongLength)
        );
    }

    fn sizes() -> impl Strategy<Value = (usize, usize)> {
        (1usize..80).prop_flat_map(|n| (0..n, Just(n)))
    }

    proptest! {
        #[test]
        fn every_inclusion_proof_verifies_and_any_change_fails(
            (i, n) in sizes(), pick in any::<prop::sample::Index>(), bit in 0usize..256,
        ) {
            let e = entries(n);
            let r = root(&e);
            let proof = inclusion_proof(&e, i as u64).unwrap();
            prop_assert!(verify_inclusion(&e[i], i as u64, n as u64, &proof, &r).is_ok());
            // Another entry, another index, another size (with that size's root) or another
            // root fails. (The size alone is not bound: the root of a size is, by a checkpoint.)
            let longer = entries(n + 1);
            prop_assert!(
                verify_inclusion(&e[i], i as u64, n as u64 + 1, &proof, &root(&longer)).is_err()
            );
            if i + 1 < n {
                prop_assert!(
                    verify_inclusion(&e[i], i as u64, n as u64 - 1, &proof, &root(&e[..n - 1]))
                        .is_err()
                );
            }
            let mut other = e[i];
            other[bit / 8] ^= 1 << (bit % 8);
            prop_assert!(verify_inclusion(&other, i as u64, n as u64, &proof, &r).is_err());
            prop_assert!(verify_inclusion(&e[i], i as u64, n as u64, &proof, &other).is_err());
            if n > 1 {
                let j = (i + 1) % n;
                prop_assert!(verify_inclusion(&e[i], j as u64, n as u64, &proof, &r).is_err());
            }
            // Any altered proof hash fails; so does a proof with one hash dropped.
            if !proof.is_empty() {
                let k = pick.index(proof.len());
                let mut bad = proof.clone();
                bad[k][bit / 8] ^= 1 << (bit % 8);
                prop_assert!(verify_inclusion(&e[i], i as u64, n as u64, &bad, &r).is_err());
                let mut short = proof.clone();
                short.remove(k);
                prop_assert!(verify_inclusion(&e[i], i as u64, n as u64, &short, &r).is_err());
            }
        }

        #[test]
        fn every_consistency_proof_verifies_and_any_change_fails(
            (m0, n) in sizes(), pick in any::<prop::sample::Index>(), bit in 0usize..256,
        ) {
            let m = m0 + 1; // 1 ..= n
            let e = entries(n);
            let (rm, rn) = (root(&e[..m]), root(&e));
            let proof = consistency_proof(&e, m as u64).unwrap();
            prop_assert!(verify_consistency(m as u64, n as u64, &rm, &rn, &proof).is_ok());
            let mut other = rm;
            other[bit / 8] ^= 1 << (bit % 8);
            prop_assert!(verify_consistency(m as u64, n as u64, &other, &rn, &proof).is_err());
            let mut other = rn;
            other[bit / 8] ^= 1 << (bit % 8);
            prop_assert!(verify_consistency(m as u64, n as u64, &rm, &other, &proof).is_err());
            let longer = entries(n + 1);
            prop_assert!(
                verify_consistency(m as u64, n as u64 + 1, &rm, &root(&longer), &proof).is_err()
            );
            if m < n {
                prop_assert!(
                    verify_consistency(m as u64 + 1, n as u64, &root(&e[..m + 1]), &rn, &proof)
                        .is_err()
                );
            }
            if !proof.is_empty() {
                let k = pick.index(proof.len());
                let mut bad = proof.clone();
                bad[k][bit / 8] ^= 1 << (bit % 8);
                prop_assert!(verify_consistency(m as u64, n as u64, &rm, &rn, &bad).is_err());
                let mut short = proof.clone();
                short.remove(k);
                prop_assert!(verify_consistency(m as u64, n as u64, &rm, &rn, &short).is_err());
            }
            // A journal rewritten after size m is not consistent with the old root.
            if m < n {
                let mut rewritten = e.clone();
                rewritten[m - 1][0] ^= 1;
                let proof = consistency_proof(&rewritten, m as u64).unwrap();
                prop_assert!(
                    verify_consistency(m as u64, n as u64, &rm, &root(&rewritten), &proof).is_err()
                );
            }
        }
    }

    #[test]
    fn batched_proofs_equal_single_proofs_and_verify() {
        for n in [1usize, 2, 3, 5, 8, 13, 31, 64, 100] {
            let entries: Vec<Hash> = (0..n)
                .map(|i| {
                    let mut h = [0u8; 32];
                    h[..8].copy_from_slice(&(i as u64 * 7 + 1).to_be_bytes());
                    h
                })
                .collect();
            let indices: Vec<u64> = (0..n as u64).collect();
            let batch = inclusion_proofs(&entries, &indices).unwrap();
            let r = root(&entries);
            for (i, proof) in batch.iter().enumerate() {
                assert_eq!(
                    proof,
                    &inclusion_proof(&entries, i as u64).unwrap(),
                    "n={n} i={i}"
                );
                verify_inclusion(&entries[i], i as u64, n as u64, proof, &r).unwrap();
            }
        }
        assert_eq!(
            inclusion_proofs(&[[1u8; 32]], &[1]),
            Err(ProofError::IndexOutOfRange { index: 1, size: 1 })
        );
    }
}
