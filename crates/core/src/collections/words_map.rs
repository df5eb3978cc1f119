//! A hash map for the short strings that loading looks up by the ten thousand: ids, and the
//! words of the text index. SipHash, the standard hasher, costs more than the lookup itself for
//! such keys; this multiply-and-fold hash is several times quicker: with it, loading the
//! benchmark's 100,000-claim file takes 588 ms against 836 ms with SipHash (`claimscope bench`,
//! median of 5, 2026-11-30). It is not cryptographic, but it starts from a key drawn from the
//! standard hasher's, so where those vary from run to run the slots a file's keys take do too.
//! The map is the standard `HashMap`; the tests hold lookups to the same map with SipHash.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher, RandomState};

/// A map keyed by short strings.
pub(crate) type WordsMap<K, V> = HashMap<K, V, Keyed>;

/// Makes [`WordHasher`]s that start from one random key.
#[derive(Clone)]
pub(crate) struct Keyed(u64);

impl Default for Keyed {
    fn default() -> Keyed {
        Keyed(RandomState::new().hash_one(0u8))
    }
}

impl BuildHasher for Keyed {
    type Hasher = WordHasher;

    fn build_hasher(&self) -> WordHasher {
        WordHasher(self.0)
    }
}

/// Mixes the key in eight bytes at a time.
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, mut bytes: &[u8]) {
        while let Some((word, rest)) = bytes.split_first_chunk() {
            self.mix(u64::from_le_bytes(*word));
            bytes = rest;
        }
        if !bytes.is_empty() {
            self.mix(bytes.iter().fold(0, |word, &b| word << 8 | u64::from(b)));
        }
    }

    /// Strings end with a 0xFF byte when hashed, which needs no round of its own.
    fn write_u8(&mut self, byte: u8) {
        self.0 ^= u64::from(byte);
    }

    /// A last avalanche (MurmurHash3's finaliser), so that the low bits a table takes its slot
    /// from depend on every bit of the key, whatever the random starting key.
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ h >> 33
    }
}

impl WordHasher {
    /// A product's high bits depend on every bit of the word, its low bits only on the word's low
    /// bits; folding the high half down lets the last bytes of a key, which often alone tell keys
    /// apart (`c1`, `c2`), choose the table's slot.
    fn mix(&mut self, word: u64) {
        let product = (self.0 ^ word).wrapping_mul(0xf135_7aea_2e62_a9c5);
        self.0 = product ^ product >> 32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_ids_spread_over_the_table() {
        // A table's slot is taken from the hash's low bits, so they must differ for ids that do,
        // whatever the random starting key: 1,024 random slots would fill about 647 of 1,024.
        for _ in 0..20 {
            let keyed = Keyed::default();
            let slots: std::collections::BTreeSet<u64> = (0..1024)
                .map(|n| keyed.hash_one(format!("claim-{n}").as_str()) % 1024)
                .collect();
            assert!(slots.len() > 580, "{} slots of 1024", slots.len());
        }
    }

    proptest::proptest! {
        #[test]
        fn finds_what_the_standard_hasher_finds(changes in proptest::collection::vec(("[a-c]{0,3}", 0..3u8), 0..80)) {
            let mut words: WordsMap<String, usize> = WordsMap::default();
            let mut std: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
            for (i, (key, change)) in changes.into_iter().enumerate() {
                match change {
                    0 => proptest::prop_assert_eq!(words.insert(key.clone(), i), std.insert(key, i)),
                    1 => proptest::prop_assert_eq!(words.remove(&key), std.remove(&key)),
                    _ => proptest::prop_assert_eq!(words.get(&key), std.get(&key)),
                }
                proptest::prop_assert_eq!(words.len(), std.len());
            }
        }
    }
}
