//! A fast hash for the maps built at start-up and read per word (phrases, patterns, function
//! words): the standard library's SipHash resists flooding by chosen keys, which these maps,
//! filled from our own data, do not need, and costs several times more per key.
//!
//! The hash is FxHash's, as in the Rust compiler, from the `rustc-hash` crate. Only lookups may
//! depend on these maps; nothing may iterate one where the order would reach the output.

/// FxHash's hasher, from `rustc-hash` (already in the build through the HTML parser).
pub use rustc_hash::FxHasher as FastHasher;
/// A [`std::collections::HashMap`] with [`FastHasher`].
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// A [`std::collections::HashSet`] with [`FastHasher`].
pub type FastSet<K> = rustc_hash::FxHashSet<K>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_that_differ_hash_apart_and_maps_find_them() {
        let mut m: FastMap<String, usize> = FastMap::default();
        let words = [
            "a",
            "b",
            "ab",
            "ba",
            "abcdefgh",
            "abcdefghi",
            "",
            "пакистан",
            "北京",
        ];
        for (i, w) in words.iter().enumerate() {
            m.insert(w.to_string(), i);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(*w), Some(&i));
        }
        assert_eq!(m.get("abcdefgh "), None);
    }
}
