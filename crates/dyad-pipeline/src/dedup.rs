//! Deduplication, the one stage that looks across documents.
//!
//! Near-duplicate articles (the same story syndicated with a new header or a changed sentence)
//! are found by a 64-bit SimHash over word 3-shingles of the cleaned text; two documents are
//! duplicates when their hashes differ in at most [`MAX_DISTANCE`] bits. The index splits each
//! hash into four 16-bit bands: by the pigeonhole principle two hashes within three bits share
//! at least one band exactly, so lookups touch only a few candidates, however large the corpus.
//!
//! The same real-world event reported by several articles, in any language, shares one
//! `Event::report_key` (type, actors, date), by which the store folds reports into one event
//! with many sources (`dyad events --dedup`).

use std::collections::HashMap;

/// Largest Hamming distance at which two documents count as the same story.
pub const MAX_DISTANCE: u32 = 6;
/// Bands the 64 bits are split into for lookup; more bands than `MAX_DISTANCE` guarantees that
/// two hashes within the distance share at least one band exactly.
const BANDS: usize = 8;

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// SimHash of the text's word 3-shingles (lower-cased, punctuation ignored).
pub fn simhash(text: &str) -> u64 {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut acc = [0i32; 64];
    let mut add = |h: u64| {
        for (bit, a) in acc.iter_mut().enumerate() {
            *a += if h >> bit & 1 == 1 { 1 } else { -1 };
        }
    };
    if words.len() < 3 {
        for w in &words {
            add(fnv(w.as_bytes()));
        }
    }
    for w in words.windows(3) {
        add(fnv(w.join(" ").as_bytes()));
    }
    acc.iter()
        .enumerate()
        .fold(0u64, |h, (bit, a)| if *a > 0 { h | 1 << bit } else { h })
}

/// Remembers the documents seen so far and answers "is this one a near-duplicate?".
#[derive(Debug, Default)]
pub struct DedupIndex {
    hashes: Vec<(u64, String)>,
    bands: [HashMap<u8, Vec<usize>>; BANDS],
}

impl DedupIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// The id of an earlier near-duplicate of a document with hash `h`, if any; otherwise
    /// remembers the document under `id`.
    pub fn check(&mut self, h: u64, id: &str) -> Option<String> {
        let mut found = None;
        'bands: for (b, band) in self.bands.iter().enumerate() {
            if let Some(cands) = band.get(&((h >> (8 * b)) as u8)) {
                for &c in cands {
                    if (self.hashes[c].0 ^ h).count_ones() <= MAX_DISTANCE {
                        found = Some(self.hashes[c].1.clone());
                        break 'bands;
                    }
                }
            }
        }
        if found.is_none() {
            let i = self.hashes.len();
            self.hashes.push((h, id.to_string()));
            for (b, band) in self.bands.iter_mut().enumerate() {
                band.entry((h >> (8 * b)) as u8).or_default().push(i);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syndicated_copies_are_near_duplicates() {
        let a = "Russia and Pakistan held military consultations in Moscow on Wednesday, discussing Afghanistan, regional security and joint exercises planned for the coming year, officials said. \
                 The delegations agreed to expand training exchanges between their armies and navies, and to meet again in Islamabad next autumn. \
                 Both sides praised the steady growth of defence ties since the first joint drills in 2016 and pledged closer work on counter-terrorism. \
                 The Pakistani side was led by a deputy defence minister, the Russian side by a deputy defence minister responsible for international cooperation. \
                 Analysts in both capitals said the meeting reflected a shared concern about instability in Afghanistan after the Taliban takeover.";
        // The same story with a changed word and a dropped closing clause.
        let b = a
            .replace("next autumn", "next spring")
            .replace(" after the Taliban takeover", "");
        let c = "India and China agreed to resume border patrols in Ladakh after talks between their foreign ministers in Beijing on regional trade and water sharing.";
        let mut idx = DedupIndex::new();
        assert_eq!(idx.check(simhash(a), "a"), None);
        assert_eq!(idx.check(simhash(&b), "b").as_deref(), Some("a"));
        assert_eq!(idx.check(simhash(c), "c"), None);
    }
}
