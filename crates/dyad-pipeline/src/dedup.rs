//! The text fingerprint by which the store finds near-duplicate documents.
//!
//! Near-duplicate articles (the same story syndicated with a new header or a changed sentence)
//! are found by a 64-bit SimHash over word 3-shingles of the cleaned text: two copies' hashes
//! differ in a few bits, two different articles' in many. The pipeline computes it per
//! document; the store keeps it as a column and groups copies with it after each batch
//! (dyad-store's `link`, thresholds in `data/dedup/thresholds.tsv`), so they never count as
//! independent sources of an event.

/// FNV-1a's offset basis.
const FNV_BASIS: u64 = 0xcbf29ce484222325;

#[cfg(test)]
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_BASIS, |h, &b| fnv_step(h, b))
}

/// SimHash of the text's word 3-shingles (lower-cased, punctuation ignored): each shingle
/// "a b c" is hashed with FNV-1a.
///
/// Runs on every ingested document, so it allocates nothing per word, and reads each word
/// once: FNV is a chain of multiplications, each waiting for the last, so the three hashes a
/// word takes part in run side by side in one pass over it — the end of the shingle it closes
/// (resumed from the hash of "a b " kept from the word before), "b c " for the next shingle
/// (resumed from "b "), and "c " for the one after. Words are found byte by byte where the
/// text is ASCII (most of most texts), decoding only other characters.
pub fn simhash(text: &str) -> u64 {
    let mut counts = BitCounts::default();
    let mut lower = String::new();
    // FNV of "a b " and of "b " for the last two words a, b; of the first two words alone.
    let (mut pair, mut single) = (FNV_BASIS, FNV_BASIS);
    let mut alone = [0u64; 2];
    let mut seen = 0usize;
    let mut at = 0;
    while let Some((s, e, ascii)) = next_word(text, at) {
        at = e;
        let (mut closing, mut next_pair, mut next_single) = (pair, single, FNV_BASIS);
        let mut step = |x: u8| {
            closing = fnv_step(closing, x);
            next_pair = fnv_step(next_pair, x);
            next_single = fnv_step(next_single, x);
        };
        // An ASCII word is lowered byte by byte as it is hashed, without a copy.
        if ascii {
            text.as_bytes()[s..e]
                .iter()
                .for_each(|b| step(b.to_ascii_lowercase()));
        } else {
            lowercase_into(&text[s..e], &mut lower);
            lower.bytes().for_each(step);
        }
        if seen < 2 {
            alone[seen] = next_single;
        }
        seen += 1;
        if seen >= 3 {
            counts.add(closing);
        }
        pair = fnv_step(next_pair, b' ');
        single = fnv_step(next_single, b' ');
    }
    // Fewer than three words: each word is its own feature.
    if seen < 3 {
        for &h in &alone[..seen] {
            counts.add(h);
        }
    }
    counts.majority()
}

/// One byte of FNV-1a.
#[inline]
fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
}

/// The next word at or after byte `at`: a run of alphanumeric characters, as `(start, end,
/// all ASCII)`. The same words as splitting at every other character.
fn next_word(text: &str, mut at: usize) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    // The character at `i`: its length and whether it is part of a word.
    let class = |i: usize| -> (usize, bool) {
        let b = bytes[i];
        if b < 0x80 {
            (1, b.is_ascii_alphanumeric())
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.len_utf8(), c.is_alphanumeric())
        }
    };
    loop {
        if at >= bytes.len() {
            return None;
        }
        let (n, word) = class(at);
        if word {
            break;
        }
        at += n;
    }
    let start = at;
    let mut ascii = true;
    while at < bytes.len() {
        let (n, word) = class(at);
        if !word {
            break;
        }
        ascii &= n == 1;
        at += n;
    }
    Some((start, at, ascii))
}

/// How many of the features added had each of the 64 bits set, as 64 binary counters kept
/// bit-sliced: plane k holds bit k of every counter, so adding a feature is a carry through a
/// plane or two, not 64 additions (which were most of SimHash's time).
#[derive(Default)]
struct BitCounts {
    planes: [u64; 32],
    features: u64,
}

impl BitCounts {
    fn add(&mut self, h: u64) {
        let mut carry = h;
        for p in &mut self.planes {
            let next = *p & carry;
            *p ^= carry;
            carry = next;
            if carry == 0 {
                break;
            }
        }
        self.features += 1;
    }

    /// The bits set in more than half of the features.
    fn majority(&self) -> u64 {
        (0..64).fold(0u64, |out, bit| {
            let count: u64 = (self.planes.iter().enumerate())
                .map(|(k, p)| ((p >> bit) & 1) << k)
                .sum();
            if 2 * count > self.features {
                out | 1 << bit
            } else {
                out
            }
        })
    }
}

/// `out` = `word.to_lowercase()`, reusing `out`'s allocation (a word is alphanumeric only, so
/// the one context rule of `str::to_lowercase`, a final capital sigma, is checked here too).
fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    if word.contains('\u{3a3}') {
        // Rare (Greek capitals); let the standard library apply its rule.
        out.push_str(&word.to_lowercase());
        return;
    }
    for c in word.chars() {
        out.extend(c.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition: what `simhash` computed before it stopped allocating.
    fn simhash_by_definition(text: &str) -> u64 {
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

    #[test]
    fn simhash_is_unchanged_by_reusing_buffers() {
        let texts = [
            "",
            "One",
            "Two words",
            "Three WORDS here",
            "ΟΔΥΣΣΕΑΣ ΣΑΣ ΟΔΟΣ: Ο Σ ΣΣ καλΣ Σa — İstanbul'da ĞÜŞ, Straße STRASSE ǅemal",
            "Лавров встретился с Куреши в Исламабаде 7 апреля 2021 года.",
            "وزير الخارجية الروسي سيرغي لافروف يلتقي نظيره الباكستاني",
            "Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister Shah Mahmood \
             Qureshi in Islamabad on April 7, 2021, and the two discussed Afghanistan.",
            "  -- leading, trailing and doubled separators;; 'quoted' (2021) ...  ",
            "a b",
            "mixed ASCII and Ünïcödé words: naïve café, 北京 and 上海, x²+y³ ½ — end",
            "中评社香港12月5日电 阿富汗塔利班发言人表示 …",
        ];
        for t in texts {
            assert_eq!(simhash(t), simhash_by_definition(t), "{t:?}");
        }
    }

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
        let bits = |x: &str, y: &str| (simhash(x) ^ simhash(y)).count_ones();
        assert!(bits(a, &b) <= 6, "{}", bits(a, &b));
        assert!(bits(a, c) > 12, "{}", bits(a, c));
    }
}
