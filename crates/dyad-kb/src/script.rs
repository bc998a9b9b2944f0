//! Scripts and the folding every matcher shares, compiled at build time from
//! `data/script/*.toml` (see `build.rs` and `data/script/README.md`).
//!
//! Folding makes the forms print uses interchangeably one: lower case, accents and optional
//! vowel marks dropped where a script's data says they are diacritics (kept where they are
//! letters, as Devanagari and Bengali vowel signs are), letter variants unified, every decimal
//! digit script read as ASCII digits. Names, lexicon patterns, time words and texts all go
//! through [`fold_char`], so both sides of every match agree.

use dyad_core::Script;

/// What the data says about one script.
#[derive(Debug)]
pub struct ScriptInfo {
    /// ISO 15924 code.
    pub code: &'static str,
    /// The script has capital letters: a capital is evidence of a name.
    pub cased: bool,
    /// Words are separated by spaces (not so in Han text: a phrase may start anywhere).
    pub spaced: bool,
    /// Combining marks are letters (vowel signs), not diacritics.
    pub marks_are_letters: bool,
    /// A rough Latin transliteration of folded letters, sorted by letter.
    pub translit: &'static [(char, &'static str)],
}

impl ScriptInfo {
    pub fn script(&self) -> Script {
        Script::new(self.code).unwrap_or(Script::UNKNOWN)
    }
}

include!(concat!(env!("OUT_DIR"), "/script_tables.rs"));

/// Every punctuation mark the script data lists, by class (`[punct]` of `data/script/*.toml`):
/// what the stages ask instead of naming a script's commas, stops and quotes.
pub fn punct() -> &'static dyad_core::PunctTable {
    &PUNCT
}

/// The script whose ranges hold `c` (any character: letters, digits and punctuation alike;
/// punctuation of no one script belongs to `Zyyy`). `None` for scripts with no data.
pub fn script_info(c: char) -> Option<&'static ScriptInfo> {
    let cp = c as u32;
    let i = SCRIPT_RANGES.partition_point(|&(_, end, _)| end < cp);
    match SCRIPT_RANGES.get(i) {
        Some(&(start, _, s)) if start <= cp => SCRIPTS.get(usize::from(s)),
        _ => None,
    }
}

/// Is `c` of a script written without spaces between words (`spaced = false` in
/// `data/script/`, Chinese)? A word there needs no boundary around it.
pub fn unspaced(c: char) -> bool {
    script_info(c).is_some_and(|s| !s.spaced)
}

/// Does `text` hold `word` as a whole word (no letter or digit right before or after it)?
pub fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, w)| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !text[i + w.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// The script of a letter (`None` for digits, punctuation and spaces); letters of a script with
/// no data are [`Script::UNKNOWN`].
pub fn script_of(c: char) -> Option<Script> {
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then_some(Script::LATIN);
    }
    let Some(class) = bmp_class(c) else {
        return script_of_slow(c);
    };
    match class & SCRIPT {
        0 => None,
        NO_DATA => Some(Script::UNKNOWN),
        k => Some(SCRIPT_OF_INDEX.get_or_init(script_of_index)[usize::from(k - 1)]),
    }
}

fn script_of_slow(c: char) -> Option<Script> {
    if !(c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c)) {
        return None;
    }
    Some(script_info(c).map_or(Script::UNKNOWN, ScriptInfo::script))
}

/// `char::is_alphabetic`, from a table for the Basic Multilingual Plane.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match bmp_class(c) {
        Some(class) => class & ALPHA != 0,
        None => c.is_alphabetic(),
    }
}

/// Whether `c` is part of a word: a letter, a digit or a combining mark.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match bmp_class(c) {
        Some(class) => class & WORD != 0,
        None => c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c),
    }
}

/// Every character of the Basic Multilingual Plane classified once, because the matchers ask
/// about every character of every text and Unicode's tables are searched, not indexed: bit
/// [`WORD`] for a word character, [`ALPHA`] for an alphabetic one, and in the low bits
/// ([`SCRIPT`]) 0 for neither letter nor mark, [`NO_DATA`] for a letter of a script without
/// data, else the index of its script + 1.
static BMP_CLASS: std::sync::OnceLock<Box<[u8]>> = std::sync::OnceLock::new();
static SCRIPT_OF_INDEX: std::sync::OnceLock<Vec<Script>> = std::sync::OnceLock::new();
const WORD: u8 = 0x80;
const ALPHA: u8 = 0x40;
const SCRIPT: u8 = 0x3F;
const NO_DATA: u8 = SCRIPT;

fn script_of_index() -> Vec<Script> {
    SCRIPTS.iter().map(ScriptInfo::script).collect()
}

#[inline(always)]
fn bmp_class(c: char) -> Option<u8> {
    let cp = c as usize;
    (cp < 0x10000).then(|| BMP_CLASS.get_or_init(classify_bmp)[cp])
}

fn classify_bmp() -> Box<[u8]> {
    (0..0x10000u32)
        .map(|cp| {
            let Some(c) = char::from_u32(cp) else {
                return 0;
            };
            let mark = unicode_normalization::char::is_combining_mark(c);
            let word = if c.is_alphanumeric() || mark { WORD } else { 0 };
            let alpha = if c.is_alphabetic() { ALPHA } else { 0 };
            let script = if !(c.is_alphabetic() || mark) {
                0
            } else {
                let cp = c as u32;
                let i = SCRIPT_RANGES.partition_point(|&(_, end, _)| end < cp);
                match SCRIPT_RANGES.get(i) {
                    Some(&(start, _, s)) if start <= cp && usize::from(s) < SCRIPTS.len() => {
                        s.saturating_add(1).min(NO_DATA)
                    }
                    _ => NO_DATA,
                }
            };
            word | alpha | script
        })
        .collect()
}

/// Every script the data knows.
pub fn scripts() -> &'static [ScriptInfo] {
    SCRIPTS
}

/// Writes the folded form of `c` into `out` (possibly nothing).
#[inline]
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(if c == '`' {
            '\''
        } else {
            c.to_ascii_lowercase()
        });
        return;
    }
    let cp = c as usize;
    let page = FOLD_PAGE_OF[cp >> 8];
    let v = FOLD_PAGES[usize::from(page)][cp & 0xFF];
    match v {
        0 => out.push(c),
        FOLD_DROP => {}
        v if v & FOLD_MULTI != 0 => out.push_str(FOLD_STRINGS[(v & !FOLD_MULTI) as usize]),
        v => out.push(char::from_u32(v).unwrap_or(c)),
    }
}

/// The folded form of a whole string.
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A script-independent key for a person's name, so that the same unknown person written in
/// two scripts can merge: the folded name transliterated to ASCII with each script's table,
/// vowels and doubled letters dropped (they vary most between transliterations).
pub fn translit_key(name: &str) -> String {
    let mut out = String::new();
    for c in fold_str(name).chars() {
        match c {
            'x' => out.push_str("ks"),
            'a'..='z' => out.push(c),
            ' ' | '-' => out.push('-'),
            c => {
                let table = script_info(c).map_or(&[][..], |s| s.translit);
                if let Ok(i) = table.binary_search_by_key(&c, |&(k, _)| k) {
                    out.push_str(table[i].1);
                }
            }
        }
    }
    let mut key = String::new();
    for c in out.chars() {
        if "aeiouy".contains(c) || key.ends_with(c) {
            continue;
        }
        key.push(c);
    }
    key.trim_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_and_unspaced_scripts() {
        assert!(has_word("his first visit since 2019", "first"));
        assert!(has_word("first, then", "first"));
        assert!(!has_word("the firstborn", "first"));
        assert!(has_word("a sub-first", "sub"));
        assert!(!has_word("2019-first", "019"));
        assert!(unspaced('首'));
        assert!(!unspaced('a'));
        assert!(!unspaced('п'));
    }
    use dyad_core::{PunctClass as P, PunctSet};

    /// The classes of one mark, by key, as the data gives them.
    fn classes(c: char) -> Vec<&'static str> {
        P::ALL
            .into_iter()
            .filter(|&k| punct().is(c, k))
            .map(P::key)
            .collect()
    }

    #[test]
    fn punctuation_classes_are_the_union_of_every_scripts_data() {
        assert_eq!(classes(','), ["comma"]);
        assert_eq!(classes('،'), ["comma"]);
        assert_eq!(classes('，'), ["comma"]);
        assert_eq!(classes('、'), ["list_comma"]);
        assert_eq!(classes('؛'), ["semicolon"]);
        assert_eq!(classes('；'), ["semicolon"]);
        assert_eq!(classes('：'), ["colon"]);
        assert_eq!(classes('.'), ["full_stop", "soft_stop"]);
        assert_eq!(classes('?'), ["soft_stop"]);
        assert_eq!(classes('۔'), ["stop", "full_stop"]);
        assert_eq!(classes('।'), ["stop", "full_stop"]);
        assert_eq!(classes('؟'), ["stop"]);
        assert_eq!(classes('。'), ["stop", "full_stop"]);
        assert_eq!(classes('？'), ["stop"]);
        assert_eq!(classes('…'), ["ellipsis"]);
        assert_eq!(classes('—'), ["dash"]);
        assert_eq!(classes('"'), ["quote_open", "quote_close"]);
        assert_eq!(classes('«'), ["quote_open"]);
        assert_eq!(classes('」'), ["quote_close"]);
        assert_eq!(classes('）'), ["bracket_close"]);
        assert_eq!(classes('·'), ["separator"]);
        assert_eq!(classes('’'), ["quote_close", "apostrophe"]);
        assert_eq!(classes('‘'), ["quote_open", "apostrophe"]);
        assert_eq!(punct().closing_quote('„'), Some('“'));
        assert_eq!(punct().closing_quote('«'), Some('»'));
        assert_eq!(punct().closing_quote('»'), None);
        // Not punctuation of any class: letters, digits, spaces, the hyphen inside a word, the
        // Chinese date words.
        for c in ['a', 'ب', '中', '年', '7', ' ', '\n', '-', '/', '\u{0}'] {
            assert_eq!(classes(c), Vec::<&str>::new(), "{c:?}");
        }
    }

    #[test]
    fn full_width_and_arabic_clause_marks_fold_to_ascii() {
        assert_eq!(fold_str("甲；乙：丙，丁"), "甲;乙:丙,丁");
        assert_eq!(fold_str("الف، ب؛"), "الف, ب;");
    }

    #[test]
    fn a_set_of_classes_is_a_str_pattern() {
        let p = punct();
        let breaks = PunctSet::of(&[P::Comma, P::Semicolon]);
        assert_eq!("a b، c; d".find(p.any(breaks)), Some(3));
        assert_eq!("甲乙；丙，丁".rfind(p.any(breaks)), Some(12));
        assert_eq!("a b - c".find(p.any(breaks)), None);
    }

    #[test]
    fn the_character_table_agrees_with_unicode_everywhere() {
        for c in (0..0x11000).filter_map(char::from_u32) {
            let mark = unicode_normalization::char::is_combining_mark(c);
            assert_eq!(is_word_char(c), c.is_alphanumeric() || mark, "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            let slow = if c.is_ascii() {
                c.is_ascii_alphabetic().then_some(Script::LATIN)
            } else {
                script_of_slow(c)
            };
            assert_eq!(script_of(c), slow, "{c:?}");
        }
    }

    macro_rules! f {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(fold_str($input), $want);
            }
        };
    }

    f!(
        latin_case_and_accents,
        "Sergueï TÜRKİYE Straße",
        "serguei turkiye strasse"
    );
    f!(
        apostrophes,
        "Russia’s Oʻzbekiston `x`",
        "russia's o'zbekiston 'x'"
    );
    f!(
        arabic_variants,
        "أفغانستان إسلام أباد",
        "افغانستان اسلام اباد"
    );
    f!(arabic_harakat_tatweel, "عُقِد اجتمـــاع", "عقد اجتماع");
    f!(arabic_digits, "٢٩ سبتمبر ۱۴۰۴", "29 سبتمبر 1404");
    f!(arabic_presentation_forms, "ﻻ ﺑﺎﻛﺴﺘﺎﻥ", "لا باكستان");
    f!(urdu_letters, "پاکستان کے وزیر", "پاكستان كي وزير");
    f!(cyrillic, "Ёлка Сергей ЛАВРОВ", "елка сергей лавров");
    // Vowel signs are letters: पर (on) and पेरू (Peru) stay apart.
    f!(devanagari_vowel_signs, "पर पेरू मंत्री", "पर पेरू मंत्री");
    f!(devanagari_nukta, "ज़ज़ीरा ०९", "जजीरा 09");
    // Khanda ta is ta + hasanta (উৎসব = উত্সব); ো typed as its parts is ো; ঁ is not ং.
    f!(bengali, "বাংলাদেশ ৎ ১৯৭১", "বাংলাদেশ ত\u{9cd} 1971");
    f!(
        bengali_two_part_vowels,
        "মোদি মে\u{9be}দি চাঁদ",
        "মে\u{9be}দি মে\u{9be}দি চাঁদ"
    );
    f!(zero_width_and_spaces, "می\u{200C}کند\u{00A0}a", "ميكند a");
    f!(han_unchanged, "俄罗斯和巴基斯坦", "俄罗斯和巴基斯坦");

    #[test]
    fn scripts_of_letters() {
        assert_eq!(script_of('a'), Some(Script::LATIN));
        assert_eq!(script_of('ب'), Some(Script::ARABIC));
        assert_eq!(script_of('Ж').unwrap().code(), "Cyrl");
        assert_eq!(script_of('ি').unwrap().code(), "Beng");
        assert_eq!(script_of('中'), Some(Script::HAN));
        assert_eq!(script_of('٢'), None);
        assert_eq!(script_of(','), None);
        assert_eq!(script_of('ა'), Some(Script::UNKNOWN));
    }

    #[test]
    fn transliteration_keys_merge_scripts() {
        assert_eq!(
            translit_key("Alexander Fomin"),
            translit_key("Александр Фомин")
        );
        assert_eq!(translit_key("Amna Baloch"), translit_key("Amna  Baloch"));
    }
}
