//! Tokens for the time grammar: lexicon words (found by Aho-Corasick over the folded text)
//! and numbers (digit runs in any script, folded to ASCII). Everything else is a gap.

use super::lexicon::LangLex;
use super::norm::{is_cjk, is_word_char, Folded};
use super::rules::NumTok;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Num {
        v: u32,
        nd: u8,
        ord: bool,
        dec: bool,
    },
    /// A lexicon word; `names` is false when its month/weekday meaning is switched off
    /// (an English month name written in lower case: "may", "march").
    Word { id: u32, names: bool },
}

/// A token, with folded-text byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub k: TokKind,
}

#[inline]
fn prev_char(t: &str, i: usize) -> Option<char> {
    t[..i].chars().next_back()
}

#[inline]
fn next_char(t: &str, i: usize) -> Option<char> {
    t[i..].chars().next()
}

/// End of the run of word characters starting at `i`.
fn word_end(t: &str, i: usize) -> usize {
    t[i..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(t.len(), |(j, _)| i + j)
}

/// Start of the run of word characters ending at `i`.
fn word_start(t: &str, i: usize) -> usize {
    let mut s = i;
    for (j, c) in t[..i].char_indices().rev() {
        if !is_word_char(c) {
            break;
        }
        s = j;
    }
    dyad_core::scan::read(i - s);
    s
}

fn starts_boundary(ll: &LangLex, t: &str, s: usize) -> bool {
    match prev_char(t, s) {
        None => true,
        Some(p) if !is_word_char(p) || is_cjk(p) => true,
        Some(_) if next_char(t, s).is_some_and(is_cjk) => true,
        Some(_) if ll.proclitics.is_empty() => false,
        Some(_) => {
            let ws = word_start(t, s);
            let prefix = &t[ws..s];
            ll.proclitics.iter().any(|c| c == prefix)
        }
    }
}

fn ends_boundary(ll: &LangLex, t: &str, e: usize) -> bool {
    match next_char(t, e) {
        None => true,
        Some(n) if !is_word_char(n) || is_cjk(n) => true,
        Some(_) if prev_char(t, e).is_some_and(is_cjk) => true,
        Some(_) if ll.enclitics.is_empty() => false,
        Some(_) => {
            let we = word_end(t, e);
            let suffix = &t[e..we];
            ll.enclitics.iter().any(|c| c == suffix)
        }
    }
}

/// Does one of `sufs` start at `i` and end at a word boundary? Returns its length.
fn suffix_at(t: &str, i: usize, sufs: &[String]) -> Option<usize> {
    sufs.iter()
        .filter(|s| t[i..].starts_with(s.as_str()))
        .map(|s| s.len())
        .filter(|&l| !next_char(t, i + l).is_some_and(is_word_char))
        .max()
}

/// A word token, with an abbreviation's dot and the capitalisation rule applied.
fn word_tok(ll: &LangLex, src: &str, f: &Folded, s: usize, mut e: usize, id: u32) -> Tok {
    let t = f.text.as_str();
    let info = &ll.words[id as usize];
    if info.abbr && t.as_bytes().get(e) == Some(&b'.') {
        e += 1;
    }
    let mut names = true;
    if ll.capitalized_names && (info.month.is_some() || info.weekday.is_some()) {
        names = src[f.orig(s)..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    }
    Tok {
        s,
        e,
        k: TokKind::Word { id, names },
    }
}

/// Words of one or two letters ("a", "in", "в", "في") are looked up word by word instead of
/// through the automaton, which would report them inside every longer word.
fn short_words(ll: &LangLex, src: &str, f: &Folded, out: &mut Vec<Tok>) {
    let t = f.text.as_str();
    let b = t.as_bytes();
    let max = ll.short_max_bytes;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let s = i;
        if c < 0x80 {
            if !c.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            if i < b.len() && b[i] >= 0x80 {
                // The word goes on in another script: finish it.
                i = word_end(t, i);
            }
        } else {
            let ch = t[s..].chars().next().unwrap_or(' ');
            i = word_end(t, s);
            if i == s {
                i += ch.len_utf8();
                continue;
            }
        }
        if i - s > max {
            continue;
        }
        let w = &t[s..i];
        if w.chars().any(is_cjk) {
            continue;
        }
        if let Some(id) = ll.short_word(w) {
            out.push(word_tok(ll, src, f, s, i, id));
            continue;
        }
        // Clitic + short word: وفي, ومن.
        for p in &ll.proclitics {
            if let Some(rest) = w.strip_prefix(p.as_str()) {
                if let Some(id) = ll.short_word(rest) {
                    out.push(word_tok(ll, src, f, s + p.len(), i, id));
                    break;
                }
            }
        }
    }
}

/// Finds every token of `f` for language `ll`. `src` is the original text (for capitals).
pub(crate) fn tokenize(ll: &LangLex, src: &str, f: &Folded, out: &mut Vec<Tok>) {
    let t = f.text.as_str();
    out.clear();
    let mut words: Vec<Tok> = Vec::new();
    if let Some(ac) = &ll.ac {
        for m in ac.find_iter(t) {
            let (s, e) = (m.start(), m.end());
            if !starts_boundary(ll, t, s) || !ends_boundary(ll, t, e) {
                continue;
            }
            words.push(word_tok(
                ll,
                src,
                f,
                s,
                e,
                ll.ac_word[m.pattern().as_usize()],
            ));
        }
    }
    if !ll.short.is_empty() {
        let n = words.len();
        short_words(ll, src, f, &mut words);
        if n > 0 && words.len() > n {
            words.sort_unstable_by_key(|w| w.s);
        }
    }
    // Numbers: runs of ASCII digits in the folded text.
    let b = t.as_bytes();
    let mut nums: Vec<Tok> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let mut e = i;
        // Thousands groups (1,000 / 2.294.668): an amount, not a date part.
        let mut grouped = false;
        while matches!(b.get(e), Some(b',' | b'.'))
            && b.get(e + 1..e + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !b.get(e + 4).is_some_and(u8::is_ascii_digit)
        {
            grouped = true;
            e += 4;
        }
        if grouped {
            i = e;
            continue;
        }
        let mut ok = match prev_char(t, s) {
            Some(p) => {
                !is_word_char(p)
                    || is_cjk(p)
                    || words.binary_search_by_key(&s, |w| w.e).is_ok()
                    || (!ll.proclitics.is_empty()
                        && ll.proclitics.iter().any(|c| c == &t[word_start(t, s)..s]))
            }
            None => true,
        };
        let (mut ord, mut dec) = (false, false);
        if let Some(n) = next_char(t, e) {
            if let Some(l) = suffix_at(t, e, &ll.ordinal_suffixes) {
                ord = true;
                e += l;
            } else if let Some(l) = suffix_at(t, e, &ll.decade_suffixes) {
                dec = true;
                e += l;
            } else if n == 't' && t.as_bytes().get(e + 1).is_some_and(u8::is_ascii_digit) {
                // ISO timestamp: 2021-09-29T10:00.
            } else if is_word_char(n)
                && !is_cjk(n)
                && words.binary_search_by_key(&e, |w| w.s).is_err()
            {
                ok = false;
            }
        }
        if ok {
            let digits = &t[s..i];
            let v = digits.bytes().fold(0u32, |v, d| {
                v.saturating_mul(10).saturating_add((d - b'0') as u32)
            });
            nums.push(Tok {
                s,
                e,
                k: TokKind::Num {
                    v,
                    nd: digits.len().min(255) as u8,
                    ord,
                    dec,
                },
            });
        }
        i = e.max(i);
    }
    let mut extra: Vec<NumTok> = Vec::new();
    ll.rules.scan_numbers(t, &mut extra);
    for n in extra {
        let overlaps = words.iter().any(|w| w.s < n.end && n.start < w.e);
        if !overlaps {
            nums.push(Tok {
                s: n.start,
                e: n.end,
                k: TokKind::Num {
                    v: n.value,
                    nd: n.digits,
                    ord: false,
                    dec: false,
                },
            });
        }
    }
    if nums.is_empty() {
        *out = words;
        return;
    }
    out.reserve(words.len() + nums.len());
    out.extend(words);
    out.extend(nums);
    out.sort_unstable_by_key(|t| t.s);
}

/// Is the gap between two tokens acceptable inside one expression? With `punct`, the gap must
/// hold exactly that mark (commas and dashes in any script count), else only spaces.
pub(crate) fn gap_ok(t: &str, from: usize, to: usize, punct: Option<char>) -> bool {
    if to < from || to - from > 12 {
        return false;
    }
    let g = &t[from..to];
    let mut chars = g.chars().peekable();
    while chars.peek() == Some(&' ') || chars.peek() == Some(&'\t') {
        chars.next();
    }
    if let Some(p) = punct {
        match chars.next() {
            Some(c) if c == p => {}
            _ => return false,
        }
        while chars.peek() == Some(&' ') || chars.peek() == Some(&'\t') {
            chars.next();
        }
    }
    chars.next().is_none()
}
