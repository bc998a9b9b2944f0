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
    /// The offset map as runs, sorted by `out` (see [`Run`]).
    runs: Vec<Run>,
    orig_len: usize,
    /// Where phrases may begin, computed on first use and shared by every phrase set.
    starts: OnceLock<Vec<crate::phrase::Start>>,
}

/// A run of the offset map from normalised byte `out` on. Stored as runs, not one offset per
/// byte: text that folds to itself (most of any Latin-script text) is one run between two
/// changed characters, where a map of every byte took four bytes per byte of the document.
#[derive(Debug, Clone, Copy)]
struct Run {
    out: u32,
    /// The original offset of byte `out`; with [`ONE_CHAR`] set, every byte of the run comes
    /// from that one character, otherwise byte `out + k` comes from `orig + k`.
    orig: u32,
}

/// Marks a [`Run`] whose bytes all come from one character (documents are capped far below
/// 2 GiB, so offsets never reach this bit).
const ONE_CHAR: u32 = 1 << 31;

impl Normalized {
    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original byte offset of normalised byte offset `i` (`i == len` maps to the end).
    pub fn orig(&self, i: usize) -> usize {
        if i >= self.text.len() {
            return self.orig_len;
        }
        let r = self.runs.partition_point(|r| r.out as usize <= i);
        let Some(run) = r.checked_sub(1).and_then(|r| self.runs.get(r)) else {
            return self.orig_len;
        };
        if run.orig & ONE_CHAR != 0 {
            (run.orig & !ONE_CHAR) as usize
        } else {
            run.orig as usize + (i - run.out as usize)
        }
    }

    /// The first normalised byte offset whose original offset ([`Normalized::orig`]) is at or
    /// after `orig`, or the normalised length if none is. `orig` never decreases along the text,
    /// so this is the run whose last byte reaches `orig`, then the byte within it: one search
    /// over the runs, not a search over the bytes that maps each probe back.
    pub fn norm_pos(&self, orig: usize) -> usize {
        let len = self.text.len();
        let run_end = |r: usize| self.runs.get(r + 1).map_or(len, |n| n.out as usize);
        // The original offset of a run's last byte.
        let last = |r: usize| {
            let run = self.runs[r];
            if run.orig & ONE_CHAR != 0 {
                (run.orig & !ONE_CHAR) as usize
            } else {
                run.orig as usize + (run_end(r) - 1 - run.out as usize)
            }
        };
        let (mut lo, mut hi) = (0, self.runs.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if last(mid) < orig {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let Some(run) = self.runs.get(lo) else {
            return len;
        };
        if run.orig & ONE_CHAR != 0 {
            run.out as usize
        } else {
            run.out as usize + orig.saturating_sub(run.orig as usize)
        }
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
    let mut runs: Vec<Run> = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // A stretch of ASCII, most of most texts, folds byte for byte (as `fold_char` folds
        // each of its characters): one run, begun or continued at its first byte.
        let ascii = bytes[at..].iter().take_while(|b| b.is_ascii()).count();
        if ascii > 0 {
            copied_byte(&mut runs, out.len() as u32, at as u32);
            out.extend(bytes[at..at + ascii].iter().map(|&b| match b {
                b'`' => '\'',
                b => char::from(b.to_ascii_lowercase()),
            }));
            at += ascii;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let i = at;
        at += c.len_utf8();
        let before = out.len();
        fold_char(c, &mut out);
        let (o, i) = (before as u32, i as u32);
        match out.len() - before {
            0 => {}
            1 => copied_byte(&mut runs, o, i),
            _ => runs.push(Run {
                out: o,
                orig: i | ONE_CHAR,
            }),
        }
    }
    runs.shrink_to_fit();
    Normalized {
        text: out,
        runs,
        orig_len: text.len(),
        starts: OnceLock::new(),
    }
}

/// Byte `o` of the output comes from byte `i` of the text, one for one: it continues the last
/// run if that one was copied up to it, else it begins a run.
fn copied_byte(runs: &mut Vec<Run>, o: u32, i: u32) {
    let continues = runs
        .last()
        .is_some_and(|r| r.orig & ONE_CHAR == 0 && r.orig.wrapping_add(o - r.out) == i);
    if !continues {
        runs.push(Run { out: o, orig: i });
    }
}

/// Normalises a name or pattern (no offset map needed) and squeezes whitespace.
pub fn normalize_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    // Most names and patterns are already single-spaced: kept as they are, not re-joined.
    if is_squeezed(&out) {
        return out;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `s` is its words joined by single spaces: no whitespace but `' '`, none at either
/// end, never two together (what `split_whitespace` and `join(" ")` would leave unchanged).
fn is_squeezed(s: &str) -> bool {
    let mut after_space = true;
    for c in s.chars() {
        if c.is_whitespace() {
            if c != ' ' || after_space {
                return false;
            }
            after_space = true;
        } else {
            after_space = false;
        }
    }
    !after_space || s.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_stretches_fold_and_map_as_character_by_character() {
        for t in [
            "",
            "Plain ASCII `quoted` TEXT.",
            "Ünïcödé first, then ASCII",
            "ASCII then ÉÈ and \u{200b}zero\u{200b}width and ﬁ ligature ǅ",
            "İstanbul'da Лавров встретился с Куреши — 北京 2021",
            "وزير الخارجية: \u{64b}\u{650}x y",
            "मंत्री ने कहा, 'OK'",
            "a",
            "É",
        ] {
            let n = normalize(t);
            // Each character folded alone, and where each byte of the output comes from.
            let (mut text, mut from) = (String::new(), Vec::new());
            for (i, c) in t.char_indices() {
                let before = text.len();
                fold_char(c, &mut text);
                from.extend(std::iter::repeat_n(i, text.len() - before));
            }
            assert_eq!(n.text(), text, "{t:?}");
            for (k, &i) in from.iter().enumerate() {
                assert_eq!(n.orig(k), i, "{t:?} byte {k}");
            }
            assert_eq!(n.orig(text.len()), t.len(), "{t:?}");
        }
    }

    #[test]
    fn norm_pos_is_the_first_byte_mapped_at_or_after_an_offset() {
        for t in [
            "",
            "Plain ASCII `quoted` TEXT.",
            "Ünïcödé first, then ASCII",
            "ASCII then ÉÈ and \u{200b}zero\u{200b}width and ﬁ ligature ǅ",
            "\u{200b}\u{200b}dropped first",
            "dropped last\u{200b}\u{200b}",
            "İstanbul'da Лавров встретился с Куреши — 北京 2021",
            "وزير الخارجية: \u{64b}\u{650}x y",
            "मंत्री ने कहा, 'OK'",
            "a",
            "É",
            "ﬁ",
        ] {
            let n = normalize(t);
            let len = n.text().len();
            for orig in 0..=t.len() + 2 {
                // The lower bound by bisecting the normalised bytes.
                let (mut lo, mut hi) = (0, len);
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    if n.orig(mid) < orig {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                assert_eq!(n.norm_pos(orig), lo, "{t:?} offset {orig}");
            }
        }
    }

    #[test]
    fn keys_are_squeezed_as_by_splitting_and_joining() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "a  b",
            "a b",
            "a\tb",
            "a\u{a0}b",
            "Foo  Bar\n",
            "x y z",
            "\u{3000}北京",
            "وزير  الخارجية",
            "a \u{200b}b",
        ] {
            let folded = crate::script::fold_str(s);
            let joined = folded.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(normalize_key(s), joined, "{s:?}");
        }
    }

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

    /// The runs give, for every normalised byte, the offset of the character it came from:
    /// checked against that map written out byte by byte, over characters that fold to one
    /// byte, to several, to none, and that are copied as they are.
    #[test]
    fn runs_agree_with_the_map_of_every_byte() {
        for text in [
            "Le ministre Lavrov à Islamabad, Ёлка «Сергей» وصل أَلكسندر 中评社 Ⅻ ﬁn ß İstanbul",
            "ééé aaa\u{301}\u{200b}b",
            "",
            "x",
        ] {
            let n = normalize(text);
            let mut want = Vec::new();
            for (i, c) in text.char_indices() {
                let mut folded = String::new();
                fold_char(c, &mut folded);
                want.extend(std::iter::repeat_n(i, folded.len()));
            }
            assert_eq!(want.len(), n.text.len(), "{text}");
            for (o, &i) in want.iter().enumerate() {
                assert_eq!(n.orig(o), i, "{text:?} byte {o}");
            }
            assert_eq!(n.orig(n.text.len()), text.len());
        }
    }
}
