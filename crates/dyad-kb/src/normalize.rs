//! Text normalisation for matching, with a map back to the original byte offsets.
//!
//! Matching happens on a folded copy of the text ([`crate::script::fold_char`]: the folding the
//! data of each script declares); every span found there is mapped back so that mentions point
//! into the original text. Names in the knowledge base and lexicons go through the same folding,
//! so both sides agree.

use crate::script::fold_char;
use std::sync::OnceLock;

/// A normalised copy of a text and, for each of its bytes, the byte offset of the original
/// character it came from.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// Private, so the cached starts below always belong to it.
    text: String,
    map: Vec<u32>,
    orig_len: usize,
    /// Where phrases may begin, computed on first use and shared by every phrase set.
    starts: OnceLock<Vec<crate::phrase::Start>>,
}

impl Normalized {
    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original byte offset of normalised byte offset `i` (`i == len` maps to the end).
    pub fn orig(&self, i: usize) -> usize {
        self.map.get(i).map_or(self.orig_len, |&o| o as usize)
    }

    /// Where a phrase may begin in the text (see [`crate::phrase::candidate_starts`]).
    pub(crate) fn starts(&self) -> &[crate::phrase::Start] {
        self.starts
            .get_or_init(|| crate::phrase::candidate_starts(&self.text))
    }

    /// The original span `[start, end)` of a normalised span.
    pub fn orig_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.orig(start), self.orig(end))
    }
}

/// Normalises `text` for matching and keeps the offset map.
pub fn normalize(text: &str) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let before = out.len();
        fold_char(c, &mut out);
        map.extend(std::iter::repeat_n(i as u32, out.len() - before));
    }
    Normalized {
        text: out,
        map,
        orig_len: text.len(),
        starts: OnceLock::new(),
    }
}

/// Normalises a name or pattern (no offset map needed) and squeezes whitespace.
pub fn normalize_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(normalize($input).text, $want);
            }
        };
    }

    t!(english_case, "Russia’s DEFENSE", "russia's defense");
    t!(
        arabic_variants,
        "أفغانستان إسلام أباد",
        "افغانستان اسلام اباد"
    );
    t!(arabic_harakat, "عُقِد", "عقد");
    t!(arabic_teh_marbuta, "الروسية", "الروسيه");
    t!(arabic_indic_digits, "٢٩ سبتمبر ٢٠٢١", "29 سبتمبر 2021");
    t!(persian_letters, "پاکستانی ۱۴۰۴", "پاكستاني 1404");
    t!(urdu_letters, "پاکستان کے وزیر", "پاكستان كي وزير");
    t!(cyrillic_yo, "Ёлка Лавров", "елка лавров");
    t!(cyrillic_short_i, "Сергей", "сергей");
    t!(latin_accents, "Sergueï Türkiye", "serguei turkiye");

    #[test]
    fn offsets_map_back() {
        let text = "Le ministre Lavrov à Islamabad";
        let n = normalize(text);
        let s = n.text.find("islamabad").unwrap();
        let (a, b) = n.orig_span(s, s + "islamabad".len());
        assert_eq!(&text[a..b], "Islamabad");
        let ar = "وصل أَلكسندر";
        let n = normalize(ar);
        let s = n.text.find("الكسندر").unwrap();
        let (a, b) = n.orig_span(s, n.text.len());
        assert_eq!(&ar[a..b], "أَلكسندر");
    }
}
