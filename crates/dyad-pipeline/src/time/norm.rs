//! Folding text for matching, with a map back to original byte offsets.
//!
//! The folding is the one every stage shares ([`dyad_kb::fold_char`], configured per script by
//! `data/script/`), applied to lexicon words and to the text alike. Only the offset map is the
//! time stage's own: checkpoints instead of one entry per byte, so pure-ASCII text needs none.

/// Writes the folded form of one character (possibly nothing): the one normaliser every stage
/// shares ([`dyad_kb::fold_char`], configured by `data/script/`).
#[inline]
pub(crate) fn fold_char(c: char, out: &mut String) {
    dyad_kb::fold_char(c, out)
}

/// A folded copy of a text and the way back to the original offsets.
pub(crate) struct Folded {
    pub text: String,
    /// Checkpoints `(folded offset, original offset)` after every character whose folded form
    /// has another length; between checkpoints offsets move together. Empty for pure ASCII.
    map: Vec<(u32, u32)>,
}

impl Folded {
    pub fn new(src: &str) -> Folded {
        let mut text = String::with_capacity(src.len() + 8);
        let mut map = Vec::new();
        let b = src.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // A run of ASCII: copied and lower-cased in one go.
            let run = b[i..]
                .iter()
                .position(|&c| c >= 0x80)
                .map_or(b.len(), |p| i + p);
            if run > i {
                let at = text.len();
                text.push_str(&src[i..run]);
                text[at..].make_ascii_lowercase();
                i = run;
                continue;
            }
            let c = src[i..].chars().next().unwrap_or(' ');
            let before = text.len();
            fold_char(c, &mut text);
            i += c.len_utf8();
            if text.len() - before != c.len_utf8() {
                map.push((text.len() as u32, i as u32));
            }
        }
        Folded { text, map }
    }

    /// The original offset of folded offset `i` (a character boundary of the folded text).
    #[inline]
    pub fn orig(&self, i: usize) -> usize {
        let k = self.map.partition_point(|&(f, _)| f as usize <= i);
        match k.checked_sub(1) {
            None => i,
            Some(k) => {
                let (f, o) = self.map[k];
                o as usize + (i - f as usize)
            }
        }
    }
}

/// Folds a lexicon word or phrase and squeezes its whitespace to single spaces.
pub(crate) fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A character that is part of a word (letters, combining marks, Indic vowel signs).
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if matches!(c as u32, 0x621..=0x64A | 0x671..=0x6D3 | 0x400..=0x4FF | 0x4E00..=0x9FFF) {
        return true;
    }
    dyad_kb::is_alphabetic(c)
        || matches!(c as u32, 0x300..=0x36F | 0x900..=0x963 | 0x971..=0x97F | 0x64B..=0x65F)
}

/// Scripts written without spaces between words (`spaced = false` in `data/script/`): a match
/// needs no word boundary there.
#[inline]
pub(crate) fn is_cjk(c: char) -> bool {
    c >= '\u{2E80}' && dyad_kb::unspaced(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_scripts_and_maps_back() {
        let s = "Le 19 Avril à ٢٩ سبتمبر/أيلول ۱۴۰۴ Июля";
        let f = Folded::new(s);
        assert_eq!(f.text, "le 19 avril a 29 سبتمبر/ايلول 1404 июля");
        let i = f.text.find("1404").unwrap();
        assert_eq!(&s[f.orig(i)..f.orig(i + 4)], "۱۴۰۴");
        let j = f.text.find("июля").unwrap();
        assert_eq!(&s[f.orig(j)..f.orig(j + "июля".len())], "Июля");
    }

    #[test]
    fn ascii_needs_no_map() {
        let f = Folded::new("On Tuesday");
        assert_eq!(f.text, "on tuesday");
        assert_eq!(f.orig(3), 3);
        assert_eq!(f.orig(10), 10);
        let s = "Août ٢٩ عُقِد";
        let f = Folded::new(s);
        assert_eq!(f.text, "aout 29 عقد");
        assert_eq!(&s[f.orig(0)..f.orig(4)], "Août");
        let d = f.text.find("29").unwrap();
        assert_eq!(&s[f.orig(d)..f.orig(d + 2)], "٢٩");
        let w = f.text.find("عقد").unwrap();
        assert_eq!(&s[f.orig(w)..f.orig(f.text.len())], "عُقِد");
    }

    #[test]
    fn arabic_marks_and_zwnj() {
        assert_eq!(fold_str("غداً"), "غدا");
        assert_eq!(fold_str("سه‌شنبه"), "سهشنبه");
        assert_eq!(fold_str("السنة  الماضية"), "السنه الماضيه");
        assert_eq!(fold_str("Août"), "aout");
        assert_eq!(fold_str("Salı"), "sali");
    }
}
