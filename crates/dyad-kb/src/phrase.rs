//! Dictionary matching of names and lexicon phrases over normalised text.
//!
//! A trie holds the literal head of every phrase (its words up to the first gap or inflected
//! word); it is walked from each place where a phrase may begin, and the phrases of the longest
//! head found are then checked word by word.
//!
//! A phrase is words separated by spaces, where `word*` matches any word starting with `word`
//! (inflections) and `..` skips zero to three words. Words in Arabic script may carry a clitic or
//! the article in front (و ب ل ف ك ال) and a short suffix behind, as Arabic writes them into the
//! word. Among overlapping hits the leftmost-longest wins.

use crate::normalize::{normalize_key, Normalized};
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind};
use std::cmp::Reverse;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Tok {
    Word(String),
    Prefix(String),
    Gap,
}

/// Compiled phrases, each with the values that share it.
#[derive(Debug)]
pub struct PhraseSet<T> {
    heads: Option<Heads>,
    phrases: Vec<Vec<Tok>>,
    values: Vec<Vec<T>>,
}

/// Collects phrases, then builds a [`PhraseSet`].
#[derive(Debug)]
pub struct PhraseSetBuilder<T> {
    index: HashMap<Vec<Tok>, usize>,
    phrases: Vec<Vec<Tok>>,
    values: Vec<Vec<T>>,
}

impl<T> Default for PhraseSetBuilder<T> {
    fn default() -> Self {
        PhraseSetBuilder {
            index: HashMap::new(),
            phrases: Vec::new(),
            values: Vec::new(),
        }
    }
}

/// One match: the original byte span and the phrase's values. An Arabic clitic in front of a
/// name is not part of the span ("وباكستان" → "باكستان"); a suffix is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    /// Span in the normalised text.
    pub norm_start: usize,
    pub norm_end: usize,
    pub phrase: usize,
}

fn parse(pattern: &str) -> Vec<Tok> {
    normalize_key(pattern)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            ".." => Tok::Gap,
            w if w.len() > 1 && w.ends_with('*') => {
                Tok::Prefix(w.trim_end_matches('*').to_string())
            }
            w => Tok::Word(w.to_string()),
        })
        .collect()
}

fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        // The basic Cyrillic and Arabic letters, answered without a Unicode table search: every
        // character of a text is classified, and these are most of the non-Latin ones.
        0x410..=0x44F | 0x621..=0x63A | 0x641..=0x64A => true,
        _ => c.is_alphanumeric() || crate::normalize_is_mark(c),
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Clitics and the article that Arabic script glues to the front of a word (normalised forms).
const AR_PREFIXES: &[&str] = &[
    "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول", "فب", "فل",
];
/// Endings that attach to names and nouns: nisba, feminine, plural, possessives.
const AR_SUFFIXES: &[&str] = &["ه", "ي", "يه", "ين", "يين", "ون", "ان", "ها", "هم", "يا"];

impl<T> PhraseSetBuilder<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a phrase with its value. Returns false when the phrase is empty after normalisation
    /// or starts with a gap.
    pub fn add(&mut self, pattern: &str, value: T) -> bool {
        let toks = parse(pattern);
        if toks.is_empty() || toks[0] == Tok::Gap || toks.last() == Some(&Tok::Gap) {
            return false;
        }
        let id = *self.index.entry(toks.clone()).or_insert_with(|| {
            self.phrases.push(toks);
            self.values.push(Vec::new());
            self.phrases.len() - 1
        });
        self.values[id].push(value);
        true
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    pub fn build(self) -> PhraseSet<T> {
        // The trie holds each phrase's literal head: its words up to the first gap or
        // inflected word (whose stem is included). Most phrases are all literal, so a hit is
        // nearly a match, and common first words ("new", "united") do not fan out into
        // hundreds of candidate phrases.
        let mut heads: HashMap<String, usize> = HashMap::new();
        let mut by_head: Vec<Vec<usize>> = Vec::new();
        let mut literals: Vec<String> = Vec::new();
        for (i, p) in self.phrases.iter().enumerate() {
            let mut head = String::new();
            for (k, t) in p.iter().enumerate() {
                // Later Arabic-script words may carry a clitic: verify them word by word.
                if k > 0 && matches!(t, Tok::Word(w) | Tok::Prefix(w) if w.starts_with(is_arabic)) {
                    break;
                }
                match t {
                    Tok::Word(w) => {
                        if !head.is_empty() {
                            head.push(' ');
                        }
                        head.push_str(w);
                    }
                    Tok::Prefix(w) => {
                        if !head.is_empty() {
                            head.push(' ');
                        }
                        head.push_str(w);
                        break;
                    }
                    Tok::Gap => break,
                }
            }
            let k = *heads.entry(head.clone()).or_insert_with(|| {
                literals.push(head);
                by_head.push(Vec::new());
                literals.len() - 1
            });
            by_head[k].push(i);
        }
        let heads = (!literals.is_empty()).then(|| Heads::new(&literals, by_head));
        PhraseSet {
            heads,
            phrases: self.phrases,
            values: self.values,
        }
    }
}

impl<T> PhraseSet<T> {
    pub fn values(&self, phrase: usize) -> &[T] {
        &self.values[phrase]
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Every phrase occurrence in `norm`, leftmost-longest, non-overlapping.
    pub fn find(&self, norm: &Normalized) -> Vec<PhraseMatch> {
        self.find_at(norm.text(), norm.starts())
            .into_iter()
            .map(|(s, e, phrase)| {
                let (start, end) = norm.orig_span(s, e);
                PhraseMatch {
                    start,
                    end,
                    norm_start: s,
                    norm_end: e,
                    phrase,
                }
            })
            .collect()
    }

    /// Verified occurrences as (start, end, phrase) in normalised offsets, leftmost-longest.
    ///
    /// If no phrase fits the words at a start (a name inside a longer word, say), the search
    /// goes on from the next start, so a valid match is never hidden behind an invalid one that
    /// starts earlier.
    pub fn find_all(&self, text: &str) -> Vec<(usize, usize, usize)> {
        self.find_at(text, &candidate_starts(text))
    }

    /// [`PhraseSet::find_all`] over starts already computed with [`candidate_starts`].
    fn find_at(&self, text: &str, starts: &[Start]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let Some(heads) = &self.heads else { return out };
        let bytes = text.as_bytes();
        let mut next = 0;
        for start in starts {
            let s = start.at as usize;
            if s < next || !heads.may_start(bytes, s) {
                continue;
            }
            // Only the phrases of the longest head are tried: a longer literal match is the
            // surer reading ("السلطة" is not "السلط" with a suffix).
            let Some((len, phrases)) = heads.longest_at(bytes, s) else {
                continue;
            };
            // A one-letter clitic glued in front ("ك" + "ريمي") is trusted only on words of four
            // letters or more: short words after a lone letter are mostly coincidences. The
            // article (ال, لل) is a surer sign of a word start.
            if start.glued && text[s..s + len].chars().count() < 4 {
                continue;
            }
            let best = phrases
                .iter()
                .filter_map(|&p| match_from(text, s, &self.phrases[p]).map(|e| (e, Reverse(p))))
                .max();
            if let Some((e, Reverse(p))) = best {
                out.push((s, e, p));
                next = e;
            }
        }
        out
    }
}

/// A byte offset where a phrase may begin. (Offsets are u32 as in [`Normalized`]: documents are
/// capped far below 4 GiB.)
#[derive(Debug, Clone, Copy)]
pub(crate) struct Start {
    at: u32,
    /// It follows a lone Arabic letter glued to the word.
    glued: bool,
}

/// Byte offsets where a phrase may begin, in order: at a word start, at a character that is
/// neither part of a word nor a space (a phrase may begin with an apostrophe), anywhere in Han
/// text, and after an Arabic clitic or article glued to the word ("وباكستان", "بالرياض").
/// Computed once per text and shared by every phrase set matched over it.
pub(crate) fn candidate_starts(text: &str) -> Vec<Start> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4);
    // The previous character: is it part of a word, and is it Han?
    let (mut prev_word, mut prev_han) = (false, false);
    let mut word_start = 0;
    let mut s = 0;
    while s < bytes.len() {
        // ASCII, most of most texts, is classified from the byte, without decoding.
        let (c, word, space, han) = match bytes[s] {
            b @ 0..0x80 => (
                char::from(b),
                b.is_ascii_alphanumeric(),
                matches!(b, b' ' | b'\t'..=b'\r'),
                false,
            ),
            _ => {
                let Some(c) = text[s..].chars().next() else {
                    break;
                };
                (c, is_word_char(c), c.is_whitespace(), is_han(c))
            }
        };
        if !prev_word {
            word_start = s;
        }
        if (!prev_word || prev_han || han || !word) && !space {
            out.push(Start {
                at: s as u32,
                glued: false,
            });
        } else if word && is_arabic(c) && AR_PREFIXES.contains(&&text[word_start..s]) {
            out.push(Start {
                at: s as u32,
                glued: text[word_start..s].chars().count() == 1,
            });
        }
        (prev_word, prev_han) = (word, han);
        s += c.len_utf8();
    }
    out
}

/// The literal heads of a [`PhraseSet`]'s phrases, as a trie.
///
/// Matches begin only at the few candidate starts of a text (word starts, mostly), so instead of
/// an unanchored automaton that reports every hit inside words ("is" in "this") and must be
/// restarted after each, the trie is walked anchored from each candidate start; most walks end
/// within a few bytes.
#[derive(Debug)]
struct Heads {
    trie: contiguous::NFA,
    by_head: Vec<Vec<usize>>,
    /// The first two bytes of every head, as a bit set over byte pairs (a one-byte head sets
    /// every pair it begins): other starts are not walked at all.
    first_pairs: Vec<u64>,
}

impl Heads {
    fn new(literals: &[String], by_head: Vec<Vec<usize>>) -> Heads {
        let trie = contiguous::NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(literals)
            .expect("automaton over a bounded dictionary");
        let mut first_pairs = vec![0u64; 65536 / 64];
        for l in literals {
            let b = l.as_bytes();
            let seconds = match b.get(1) {
                Some(&second) => second..=second,
                None => 0..=u8::MAX,
            };
            for second in seconds {
                let pair = usize::from(b[0]) << 8 | usize::from(second);
                first_pairs[pair / 64] |= 1 << (pair % 64);
            }
        }
        Heads {
            trie,
            by_head,
            first_pairs,
        }
    }

    /// Can a head start at `s`? (A text's last byte is always walked.)
    fn may_start(&self, bytes: &[u8], s: usize) -> bool {
        let Some(&second) = bytes.get(s + 1) else {
            return true;
        };
        let pair = usize::from(bytes[s]) << 8 | usize::from(second);
        self.first_pairs[pair / 64] & (1 << (pair % 64)) != 0
    }

    /// The longest head that `bytes[s..]` starts with: its length and phrases.
    fn longest_at(&self, bytes: &[u8], s: usize) -> Option<(usize, &[usize])> {
        let trie = &self.trie;
        let mut sid = trie.start_state(Anchored::Yes).ok()?;
        let mut best = None;
        for (i, &b) in bytes[s..].iter().enumerate() {
            sid = trie.next_state(Anchored::Yes, sid, b);
            if trie.is_dead(sid) {
                break;
            }
            if trie.is_match(sid) {
                best = Some((i + 1, trie.match_pattern(sid, 0)));
            }
        }
        best.map(|(len, head)| (len, self.by_head[head.as_usize()].as_slice()))
    }
}

/// Where a word ending at `e` may end: at a boundary, or after an Arabic suffix.
fn word_end(text: &str, e: usize, last: char) -> Option<usize> {
    let rest = &text[e..];
    let Some(next) = rest.chars().next() else {
        return Some(e);
    };
    if !is_word_char(next) || !is_word_char(last) || is_han(last) || is_han(next) {
        return Some(e);
    }
    if is_arabic(last) {
        let wend = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        if AR_SUFFIXES.contains(&&rest[..wend]) {
            return Some(e + wend);
        }
    }
    None
}

/// Matches `toks` at `s`; returns the end of the match.
fn match_from(text: &str, s: usize, toks: &[Tok]) -> Option<usize> {
    let mut pos = s;
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Tok::Gap => {
                // Try zero to three skipped words before the next token.
                let rest = &toks[i + 1..];
                let mut p = pos;
                for _ in 0..=3 {
                    let q = skip_space(text, p);
                    if let Some(e) = match_from_word(text, q, rest) {
                        return Some(e);
                    }
                    // A skipped word runs to the next space: "Niger's" is one word.
                    let wend = text[q..]
                        .find(char::is_whitespace)
                        .map_or(text.len(), |x| q + x);
                    if wend == q {
                        return None;
                    }
                    p = wend;
                }
                return None;
            }
            tok => {
                if i > 0 {
                    let q = skip_space(text, pos);
                    if q == pos && !text[..pos].ends_with(is_han_or_space) {
                        return None;
                    }
                    pos = q;
                }
                pos = match_word(text, pos, tok)?;
            }
        }
        i += 1;
    }
    Some(pos)
}

fn is_han_or_space(c: char) -> bool {
    is_han(c) || c.is_whitespace()
}

fn match_from_word(text: &str, q: usize, toks: &[Tok]) -> Option<usize> {
    if toks.is_empty() {
        return Some(q);
    }
    // Allow a clitic in front of an Arabic word after a gap.
    if let Some(e) = match_from(text, q, toks) {
        return Some(e);
    }
    for p in AR_PREFIXES {
        if text[q..].starts_with(p) {
            if let Some(e) = match_from(text, q + p.len(), toks) {
                return Some(e);
            }
        }
    }
    None
}

fn skip_space(text: &str, mut pos: usize) -> usize {
    for c in text[pos..].chars() {
        if c.is_whitespace() {
            pos += c.len_utf8();
        } else {
            break;
        }
    }
    pos
}

fn match_word(text: &str, pos: usize, tok: &Tok) -> Option<usize> {
    if let Some(e) = match_bare_word(text, pos, tok) {
        return Some(e);
    }
    // Arabic glues the article and clitics to every word: "وزير الخارجية" for `وزير خارجيه`.
    let (Tok::Word(w) | Tok::Prefix(w)) = tok else {
        return None;
    };
    if !w.starts_with(is_arabic) {
        return None;
    }
    AR_PREFIXES
        .iter()
        .filter(|p| text[pos..].starts_with(**p))
        .find_map(|p| match_bare_word(text, pos + p.len(), tok))
}

fn match_bare_word(text: &str, pos: usize, tok: &Tok) -> Option<usize> {
    match tok {
        Tok::Word(w) => {
            if !text[pos..].starts_with(w.as_str()) {
                return None;
            }
            let last = w.chars().next_back()?;
            word_end(text, pos + w.len(), last)
        }
        Tok::Prefix(w) => {
            if !text[pos..].starts_with(w.as_str()) {
                return None;
            }
            let e = pos + w.len();
            let rest = &text[e..];
            Some(e + rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len()))
        }
        Tok::Gap => Some(pos),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn set(phrases: &[&str]) -> PhraseSet<usize> {
        let mut b = PhraseSetBuilder::new();
        for (i, p) in phrases.iter().enumerate() {
            b.add(p, i);
        }
        b.build()
    }

    #[test]
    fn word_char_shortcuts_agree_with_unicode() {
        for c in (0..0x800).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || crate::normalize_is_mark(c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn phrases_may_begin_at_word_starts_punctuation_han_and_after_clitics() {
        let text = "iran's 'talks' وباكستان 北京";
        let got: Vec<(String, bool)> = candidate_starts(text)
            .iter()
            .map(|st| {
                let rest = &text[st.at as usize..];
                (rest.chars().take(3).collect(), st.glued)
            })
            .collect();
        let want = [
            ("ira", false),
            ("'s ", false),
            ("s '", false),
            ("'ta", false),
            ("tal", false),
            ("' و", false),
            ("وبا", false),
            ("باك", true),
            ("اكس", false),
            ("北京", false),
            ("京", false),
        ];
        let want: Vec<(String, bool)> = want.iter().map(|&(s, g)| (s.to_string(), g)).collect();
        assert_eq!(got, want);
    }

    fn found(set: &PhraseSet<usize>, text: &str) -> Vec<String> {
        let n = normalize(text);
        set.find(&n)
            .iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    }

    macro_rules! t {
        ($name:ident, [$($p:expr),*], $text:expr, [$($want:expr),*]) => {
            #[test]
            fn $name() {
                let s = set(&[$($p),*]);
                let want: Vec<String> = vec![$($want.to_string()),*];
                assert_eq!(found(&s, $text), want);
            }
        };
    }

    t!(
        longest_wins,
        ["russia", "russian", "russian defense ministry"],
        "The Russian Defense Ministry said Russia",
        ["Russian Defense Ministry", "Russia"]
    );
    t!(
        word_boundaries,
        ["iran"],
        "Iranian irony in Iran.",
        ["Iran"]
    );
    t!(
        prefix_inflection,
        ["пакистан*"],
        "министр Пакистана и пакистанский",
        ["Пакистана", "пакистанский"]
    );
    t!(
        gap,
        ["called .. for"],
        "They called on Kabul for calm and called for talks",
        ["called on Kabul for", "called for"]
    );
    t!(
        arabic_clitics,
        ["باكستان", "اسلام اباد"],
        "وباكستان في إسلام أباد",
        ["باكستان", "إسلام أباد"]
    );
    t!(
        arabic_article_and_suffix,
        ["روسي"],
        "نائب وزير الدفاع الروسي والروسية",
        ["روسي", "روسية"]
    );
    t!(arabic_no_inner_match, ["سلام"], "إسلام", []);
    t!(
        arabic_article_on_later_words,
        ["وزير خارجيه"],
        "قال وزير الخارجية",
        ["وزير الخارجية"]
    );
    t!(
        arabic_short_name_not_behind_clitic,
        ["ريم"],
        "عبد الله كريمي",
        []
    );
    t!(
        arabic_after_multibyte_punctuation,
        ["ريم"],
        "،كريمي «وريم»",
        []
    );
    t!(
        han_no_spaces,
        ["俄罗斯", "巴基斯坦"],
        "俄罗斯和巴基斯坦举行会谈",
        ["俄罗斯", "巴基斯坦"]
    );
    t!(apostrophe, ["russia"], "Russia’s minister", ["Russia"]);
    t!(
        punctuation_phrases,
        [";", ", with"],
        "met;then, with him",
        [";", ", with"]
    );
    t!(
        gap_over_possessive,
        ["summoned .. ambassador"],
        "Nigeria summoned Niger's ambassador",
        ["summoned Niger's ambassador"]
    );
    t!(
        hyphenated_name,
        ["isis-k"],
        "fight ISIS-K and ISIS",
        ["ISIS-K"]
    );
}
