//! Folding text for matching, with a map back to original byte offsets.
//!
//! The same folding is applied to lexicon words and to the text, so both sides agree: lower
//! case, Latin accents removed, Arabic letter variants unified (أ إ آ → ا, ى ی → ي, ة → ه,
//! ک → ك), harakat, tatweel and zero-width joiners dropped, every decimal digit script
//! (Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹, Devanagari ०-९, full-width ０-９) turned into
//! ASCII, typographic apostrophes and dashes turned into `'` and `-`, no-break spaces into ` `.
//! It agrees with `dyad_kb::normalize` on letters but is cheaper: pure-ASCII text needs no map.

/// `U+00C0..=U+017F` folded: lower case, accents removed (generated from Unicode NFD).
#[rustfmt::skip]
const LATIN: [char; 192] = ['a', 'a', 'a', 'a', 'a', 'a', 'æ', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', 'ð', 'n', 'o', 'o', 'o', 'o', 'o', '×', 'o', 'u', 'u', 'u', 'u', 'y', 'þ', 'ß', 'a', 'a', 'a', 'a', 'a', 'a', 'æ', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', 'ð', 'n', 'o', 'o', 'o', 'o', 'o', '÷', 'o', 'u', 'u', 'u', 'u', 'y', 'þ', 'y', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'd', 'd', 'd', 'd', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'g', 'g', 'g', 'g', 'g', 'g', 'g', 'g', 'h', 'h', 'h', 'h', 'i', 'i', 'i', 'i', 'i', 'i', 'i', 'i', 'i', 'i', 'ĳ', 'ĳ', 'j', 'j', 'k', 'k', 'ĸ', 'l', 'l', 'l', 'l', 'l', 'l', 'ŀ', 'ŀ', 'l', 'l', 'n', 'n', 'n', 'n', 'n', 'n', 'ŉ', 'ŋ', 'ŋ', 'o', 'o', 'o', 'o', 'o', 'o', 'œ', 'œ', 'r', 'r', 'r', 'r', 'r', 'r', 's', 's', 's', 's', 's', 's', 's', 's', 't', 't', 't', 't', 'ŧ', 'ŧ', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'w', 'w', 'y', 'y', 'y', 'z', 'z', 'z', 'z', 'z', 'z', 'ſ'];

fn latin(c: char) -> char {
    LATIN.get(c as usize - 0xC0).copied().unwrap_or(c)
}

/// The value of a decimal digit in any script dyad reads, or `None`.
#[inline]
pub(crate) fn digit_value(c: char) -> Option<u32> {
    let v = c as u32;
    match v {
        0x30..=0x39 => Some(v - 0x30),
        0x660..=0x669 => Some(v - 0x660),
        0x6F0..=0x6F9 => Some(v - 0x6F0),
        0x966..=0x96F => Some(v - 0x966),
        0xFF10..=0xFF19 => Some(v - 0xFF10),
        _ => None,
    }
}

/// Writes the folded form of one character (possibly nothing).
#[inline]
pub(crate) fn fold_char(c: char, out: &mut String) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        '\0'..='\x7f' => out.push(c),
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' | 'ی' | 'ې' | 'ۍ' | 'ے' | 'ئ' => out.push('ي'),
        'ة' | 'ۀ' | 'ہ' | 'ە' | 'ھ' => out.push('ه'),
        'ک' | 'ڪ' => out.push('ك'),
        'ؤ' => out.push('و'),
        '\u{640}'
        | '\u{64B}'..='\u{65F}'
        | '\u{670}'
        | '\u{200B}'..='\u{200F}'
        | '\u{FEFF}'
        | '\u{300}'..='\u{36F}' => {}
        'ё' | 'Ё' => out.push('е'),
        '’' | '‘' | 'ʼ' | '′' | '´' => out.push('\''),
        '–' | '—' | '‐' | '‑' | '−' | '―' => out.push('-'),
        '\u{A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}' | '\u{3000}' => out.push(' '),
        '،' | '，' => out.push(','),
        '\u{C0}'..='\u{17F}' => out.push(latin(c)),
        // Fast paths: scripts with nothing to fold, and Cyrillic capitals.
        '\u{621}'..='\u{63A}'
        | '\u{641}'..='\u{64A}'
        | '\u{671}'..='\u{6D3}'
        | '\u{900}'..='\u{965}' => out.push(c),
        '\u{430}'..='\u{44F}' => out.push(c),
        '\u{410}'..='\u{42F}' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        c => {
            if let Some(d) = digit_value(c) {
                out.push(char::from(b'0' + d as u8));
                return;
            }
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => out.push(x),
                _ => out.push(c),
            }
        }
    }
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
    c.is_alphabetic()
        || matches!(c as u32, 0x300..=0x36F | 0x900..=0x963 | 0x971..=0x97F | 0x64B..=0x65F)
}

/// Scripts written without spaces between words: a match needs no word boundary there.
#[inline]
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3007)
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
