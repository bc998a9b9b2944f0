//! Dictionary matching of names and lexicon phrases over normalised text.
//!
//! A trie holds the literal head of every phrase (its words up to the first gap or inflected
//! word); it is walked from each place where a phrase may begin, and the phrases of every head
//! found there (longest first) are then checked word by word: the longest full match wins, so a
//! phrase that begins with a stem ("interdi* .. importations") is not hidden by an exact phrase
//! on the same word ("interdit").
//!
//! A phrase is words separated by spaces, where `word*` matches any word starting with `word`
//! (inflections) and `..` skips zero to three words (not counting up to four articles, numbers
//! and words of quantity). A phrase matches whole words only, plus the
//! affixes the text's language declares ([`Affixes`], from `data/lang/<code>/language.toml`):
//! clitics written onto a word's front (Arabic و ب ل ال) and endings onto its end (Arabic ة ين,
//! Uzbek -da). Among overlapping hits the leftmost-longest wins.

use crate::fasthash::{FastMap, FastSet};
use crate::normalize::{normalize_key, Normalized};
use dyad_core::Script;
use std::cmp::Reverse;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Tok {
    Word(String),
    Prefix(String),
    /// A gap of zero to this many words: `..` ([`GAP_WORDS`]) or `...` ([`LONG_GAP_WORDS`]).
    Gap(u8),
    /// `<inf>`: a verb's infinitive, a lower-case word that ends in one of the language's
    /// infinitive endings, perhaps with object clitics written onto it (Spanish «ayudar a
    /// retenerlos»: help to keep them, no help given to anyone). Never a name of the sentence.
    Infinitive,
}

/// How a pattern writes [`Tok::Infinitive`].
pub const INFINITIVE: &str = "<inf>";

/// The longest word read as a compound (German writes few over forty letters:
/// "Donaudampfschifffahrtsgesellschaftskapitän" has 42).
const MAX_COMPOUND_CHARS: usize = 64;

/// Words a gap `..` steps over: a modifier or two between a verb and its object.
const GAP_WORDS: u8 = 3;

/// Words a long gap `...` steps over: a whole noun phrase, where the language closes it with a
/// marker the pattern names (the object of a verb-final clause ends at Persian «را» however
/// long it is: «دستور بازگشت سیاست «فشار حداکثری» علیه ایران را امضا کرد»). Bounded, so that
/// a match reads a bounded stretch of text.
const LONG_GAP_WORDS: u8 = 12;

/// Compiled phrases, each with the values that share it.
#[derive(Debug)]
pub struct PhraseSet<T> {
    heads: Option<Heads>,
    phrases: Vec<Vec<Tok>>,
    values: Vec<Vec<T>>,
    /// How many of each phrase's tokens its head holds.
    head_toks: Vec<u8>,
    /// The [`WordKeys`] of each phrase's literal words after its head, `needs[need_at[p]..
    /// need_at[p + 1]]`: a phrase none of whose later words begins anywhere in the text is not
    /// tried ("launched" heads a hundred phrases, "launched .. strikes" among them).
    need_at: Vec<u32>,
    needs: Vec<u16>,
    /// Per phrase: a noun that may head a compound ([`PhraseSetBuilder::add_head`]).
    as_head: Vec<bool>,
    any_head: bool,
}

/// Collects phrases, then builds a [`PhraseSet`].
#[derive(Debug)]
pub struct PhraseSetBuilder<T> {
    index: Index,
    phrases: Vec<Vec<Tok>>,
    values: Vec<Vec<T>>,
    /// Per phrase: added as a compound head (1), added otherwise (2), both (3).
    head_bits: Vec<u8>,
    /// Scripts in which some language writes clitics onto words (see [`Affixes`]).
    clitic_scripts: Vec<Script>,
    /// Words a literal head stops before: prepositions the language also writes contracted
    /// with an article ([`Affixes::contracted`]), checked word by word.
    cut_before: Vec<String>,
}

impl<T> Default for PhraseSetBuilder<T> {
    fn default() -> Self {
        PhraseSetBuilder {
            index: Index::default(),
            phrases: Vec::new(),
            values: Vec::new(),
            head_bits: Vec::new(),
            clitic_scripts: Vec::new(),
            cut_before: Vec::new(),
        }
    }
}

/// Finds an item equal to a new one among those added before, by hash, without keeping a
/// copy of each as a map's key (the builder held a second copy of every phrase, freed again
/// when it built: much of start-up went to allocating and freeing them): per hash the last
/// item added with it, and per item the one added before it with the same hash.
#[derive(Debug, Default)]
struct Index {
    last: FastMap<u64, u32>,
    before: Vec<u32>,
}

const NO_ITEM: u32 = u32::MAX;

impl Index {
    /// The item with hash `h` that `eq` accepts (an item is added only when none is equal to
    /// it, so there is at most one).
    fn find(&self, h: u64, eq: impl Fn(usize) -> bool) -> Option<usize> {
        let mut at = *self.last.get(&h)?;
        while at != NO_ITEM {
            if eq(at as usize) {
                return Some(at as usize);
            }
            at = self.before[at as usize];
        }
        None
    }

    /// Records the next item (number `before.len()`), with hash `h`.
    fn push(&mut self, h: u64) {
        let id = self.before.len() as u32;
        self.before.push(self.last.insert(h, id).unwrap_or(NO_ITEM));
    }
}

fn hash_of<K: std::hash::Hash + ?Sized>(k: &K) -> u64 {
    use std::hash::BuildHasher;
    std::hash::BuildHasherDefault::<crate::fasthash::FastHasher>::default().hash_one(k)
}

/// One match: the original byte span and the phrase's values. A clitic in front of a word is
/// not part of the span ("وباكستان" → "باكستان"); an ending is ("روسية"), and `stem_end` says
/// where it begins (`== end` when the last word has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    /// Span in the normalised text.
    pub norm_start: usize,
    pub norm_end: usize,
    pub phrase: usize,
    /// Original offset where a declared ending of the last word begins.
    pub stem_end: usize,
}

/// What matching reads besides the text: the language's affixes, and spans (sorted, in the
/// normalised text) that a gap steps over as one word — the actors and dates of the sentence,
/// so that "قطعت السعودية والإمارات والبحرين ومصر علاقاتها" still reads as "cut .. relations".
#[derive(Clone, Copy)]
struct Env<'a> {
    affixes: &'a Affixes,
    skips: &'a [(usize, usize)],
}

impl Env<'_> {
    /// The end of a skippable span starting at `q`.
    fn skip_at(&self, q: usize) -> Option<usize> {
        let i = self.skips.partition_point(|&(s, _)| s < q);
        self.skips
            .get(i)
            .filter(|&&(s, e)| s == q && e > q)
            .map(|&(_, e)| e)
    }
}

/// How a language glues words together, for matching (see `data/lang/README.md`). Every entry is
/// folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Affixes {
    /// Clitics written onto the front of a word, shortest first.
    prefixes: Vec<String>,
    /// A one-letter clitic counts only before a word of at least this many letters...
    short_prefix_min: usize,
    /// ...unless it is one of these, which stand before any word (Arabic و "and").
    sure_prefixes: Vec<String>,
    /// Endings written onto the end of a word.
    suffixes: Vec<String>,
    /// The first bytes of the clitics, as a bit set: most words begin with none of them.
    prefix_firsts: [u64; 4],
    /// Words a gap steps over without counting them: articles and words of quantity ("fired
    /// more than a dozen ballistic missiles at" is "fired .. missiles at"). Looked up by hash,
    /// their byte lengths a first filter: every word a gap skips is asked about (a sorted list
    /// searched by halves cost 6% of the pipeline).
    gap_free: FastSet<String>,
    gap_free_lens: u64,
    /// How the language joins nouns into compounds, if it does (German).
    compounds: Option<Compounds>,
    /// A preposition written together with the article after it, and the preposition: a
    /// pattern's word matches its contracted form too (Spanish «al» = «a» + «el», «del» = «de» +
    /// «el»: `ejecutó a` reads «ejecutó al general»).
    contractions: Vec<(String, String)>,
    /// The endings of a verb's infinitive (Spanish -ar -er -ir), for [`Tok::Infinitive`].
    infinitives: Vec<String>,
    /// Object pronouns written onto an infinitive's end (Spanish «retener-los», «dar-se-lo»).
    enclitics: Vec<String>,
}

/// How a language writes a noun's modifiers onto its front as one word, the last part (the
/// head) deciding what the whole names ("Raketenangriff" is an attack, «Angriffsziel» a
/// target): a phrase set's nouns marked as heads ([`PhraseSetBuilder::add_head`]) match as the
/// last part of a longer word, and a noun's stem (`word*`) does not read on into another part.
/// Every entry is folded. See `data/lang/README.md`, `[compounds]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Compounds {
    /// The fewest letters of a modifier (with its linking element) before a head.
    pub min_modifier: usize,
    /// The fewest letters of a head inside a compound, and of the part after a linking
    /// element that makes a stem a modifier.
    pub min_head: usize,
    /// Linking elements between a modifier and the next part ("Angriff-s-ziel", "Rakete-n-").
    pub linking: Vec<String>,
    /// Front parts that make a derived word, not a compound ("Ein-treffen" is an arrival, no
    /// meeting): separable particles and prefixes.
    pub not_modifiers: Vec<String>,
    /// Prefixes bound to the word after them: a modifier ending in one leaves a head that is
    /// not the compound's («Journalisten-vereinigung» is no «Einigung», «Herausforderung» no
    /// «Forderung»).
    pub bound_prefixes: Vec<String>,
    /// Nouns that head compounds in another sense («Videobotschaft» is a message, no embassy).
    pub not_heads: Vec<String>,
}

impl Compounds {
    /// Does `rest`, what follows a stem inside its word, begin another part of the compound:
    /// a linking element, then a part of `min_head` letters ("angriff" + "s" + "ziel")? An
    /// ending alone ("angriff" + "e", + "en") does not.
    fn continues(&self, rest: &str) -> bool {
        self.linking.iter().any(|l| {
            rest.strip_prefix(l.as_str())
                .is_some_and(|part| part.chars().count() >= self.min_head)
        })
    }
}

impl Affixes {
    pub fn new(
        mut prefixes: Vec<String>,
        short_prefix_min: usize,
        sure_prefixes: Vec<String>,
        suffixes: Vec<String>,
    ) -> Self {
        prefixes.sort_by_key(|p| (p.len(), p.clone()));
        prefixes.dedup();
        let mut prefix_firsts = [0u64; 4];
        for b in prefixes.iter().filter_map(|p| p.bytes().next()) {
            prefix_firsts[usize::from(b / 64)] |= 1 << (b % 64);
        }
        Affixes {
            prefixes,
            short_prefix_min,
            sure_prefixes,
            suffixes,
            prefix_firsts,
            gap_free: FastSet::default(),
            gap_free_lens: 0,
            compounds: None,
            contractions: Vec::new(),
            infinitives: Vec::new(),
            enclitics: Vec::new(),
        }
    }

    /// These affixes with the language's contracted prepositions: (written form, preposition),
    /// folded.
    pub fn with_contractions(mut self, contractions: Vec<(String, String)>) -> Self {
        self.contractions = contractions;
        self
    }

    /// These affixes with the language's infinitive endings and the object clitics written
    /// onto an infinitive, folded.
    pub fn with_infinitives(mut self, endings: Vec<String>, enclitics: Vec<String>) -> Self {
        self.infinitives = endings;
        self.enclitics = enclitics;
        self
    }

    /// The prepositions the language contracts with an article: a phrase's literal head is cut
    /// before one of them, which is then matched word by word ([`PhraseSetBuilder::cut_before`]).
    pub fn contracted(&self) -> Vec<String> {
        let mut v: Vec<String> = self.contractions.iter().map(|(_, p)| p.clone()).collect();
        v.sort();
        v.dedup();
        v
    }

    /// The preposition `word` (a whole folded word) contracts, if it is a contracted form.
    fn contraction_of(&self, word: &str) -> Option<&str> {
        self.contractions
            .iter()
            .find(|(form, _)| form == word)
            .map(|(_, p)| p.as_str())
    }

    /// Is `word` (folded) an infinitive: a stem of two letters or more, an infinitive ending,
    /// then up to two object clitics?
    fn is_infinitive(&self, word: &str) -> bool {
        fn ends_inf(a: &Affixes, w: &str, clitics_left: u8) -> bool {
            let inf = a.infinitives.iter().any(|e| {
                w.strip_suffix(e.as_str())
                    .is_some_and(|stem| stem.chars().count() >= 2)
            });
            inf || (clitics_left > 0
                && a.enclitics.iter().any(|c| {
                    w.strip_suffix(c.as_str())
                        .is_some_and(|rest| ends_inf(a, rest, clitics_left - 1))
                }))
        }
        ends_inf(self, word, 2)
    }

    /// These affixes with the language's way of writing compounds.
    pub fn with_compounds(self, compounds: Compounds) -> Self {
        self.with_compounds_of(Some(compounds))
    }

    /// [`Affixes::with_compounds`], or none.
    pub fn with_compounds_of(mut self, compounds: Option<Compounds>) -> Self {
        self.compounds = compounds;
        self
    }

    /// These affixes with `words` (folded) as words a gap steps over without counting them.
    pub fn with_gap_free(mut self, words: impl IntoIterator<Item = String>) -> Self {
        for w in words {
            self.gap_free_lens |= 1 << w.len().min(63);
            self.gap_free.insert(w);
        }
        self
    }

    /// Does a gap step over `word` without counting it: a number written with digits (in any
    /// script: "13", "1,000", "٢٠") or one of the language's gap-free words?
    fn is_gap_free(&self, word: &str) -> bool {
        let digits = word.chars().next().is_some_and(char::is_numeric)
            && word
                .chars()
                .all(|c| c.is_numeric() || matches!(c, ',' | '.'));
        digits
            || (self.gap_free_lens & (1 << word.len().min(63)) != 0 && self.gap_free.contains(word))
    }

    pub fn has_prefixes(&self) -> bool {
        !self.prefixes.is_empty()
    }

    /// Is `p` (folded) a clitic the language writes onto a word's front?
    pub fn is_prefix(&self, p: &str) -> bool {
        self.prefixes.iter().any(|x| x == p)
    }

    /// No affixes: whole words only.
    pub fn none() -> Self {
        Affixes::default()
    }

    /// The clitics `text[pos..]` starts with that leave a word behind them, shortest first.
    fn prefixes_at<'a>(&'a self, text: &'a str, pos: usize) -> impl Iterator<Item = &'a str> + 'a {
        let first = text.as_bytes().get(pos).copied().unwrap_or(0);
        let some = self.prefix_firsts[usize::from(first / 64)] & (1 << (first % 64)) != 0;
        let prefixes = if some { &self.prefixes[..] } else { &[] };
        prefixes.iter().map(String::as_str).filter(move |p| {
            text[pos..].starts_with(*p)
                && text[pos + p.len()..]
                    .chars()
                    .next()
                    .is_some_and(is_word_char)
        })
    }

    /// Is `ending` (a whole rest of a word) an ending of the language?
    fn is_suffix(&self, ending: &str) -> bool {
        self.suffixes.iter().any(|s| s == ending)
    }
}

fn parse(pattern: &str) -> Vec<Tok> {
    normalize_key(pattern)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            INFINITIVE => Tok::Infinitive,
            ".." => Tok::Gap(GAP_WORDS),
            "..." => Tok::Gap(LONG_GAP_WORDS),
            w if w.len() > 1 && w.ends_with('*') => {
                Tok::Prefix(w.trim_end_matches('*').to_string())
            }
            w => Tok::Word(w.to_string()),
        })
        .collect()
}

fn is_word_char(c: char) -> bool {
    crate::script::is_word_char(c)
}

impl<T> PhraseSetBuilder<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Words of these scripts may carry a clitic in front (the languages' [`Affixes`]): the
    /// matcher then checks them word by word instead of as part of a phrase's literal head.
    pub fn clitics_in(mut self, scripts: &[Script]) -> Self {
        self.clitic_scripts = scripts.to_vec();
        self
    }

    /// Cuts a phrase's literal head before any of `words` after its first: the language writes
    /// them contracted too ([`Affixes::contracted`]), so the trie cannot hold them as written.
    pub fn cut_before(mut self, words: &[String]) -> Self {
        self.cut_before = words.to_vec();
        self
    }

    /// Adds a phrase with its value. Returns false when the phrase is empty after normalisation
    /// or starts with a gap.
    pub fn add(&mut self, pattern: &str, value: T) -> bool {
        self.add_as(pattern, value, 2)
    }

    /// Adds a phrase that is a noun: in a language that writes compounds it also matches as
    /// the last part of a longer word ([`Compounds`]) — unless the same phrase is also added
    /// with [`PhraseSetBuilder::add`] (a verb form as well as a noun).
    pub fn add_head(&mut self, pattern: &str, value: T) -> bool {
        self.add_as(pattern, value, 1)
    }

    fn add_as(&mut self, pattern: &str, value: T, bit: u8) -> bool {
        let toks = parse(pattern);
        let gap = |t: Option<&Tok>| matches!(t, Some(Tok::Gap(_)));
        if toks.is_empty()
            || gap(toks.first())
            || gap(toks.last())
            || toks.first() == Some(&Tok::Infinitive)
        {
            return false;
        }
        let h = hash_of(&toks);
        let id = match self.index.find(h, |i| self.phrases[i] == toks) {
            Some(id) => id,
            None => {
                self.index.push(h);
                self.phrases.push(toks);
                self.values.push(Vec::new());
                self.head_bits.push(0);
                self.phrases.len() - 1
            }
        };
        self.values[id].push(value);
        self.head_bits[id] |= bit;
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
        let mut heads = Index::default();
        let mut by_head: Vec<Vec<u32>> = Vec::new();
        let mut literals: Vec<String> = Vec::new();
        let mut head_toks = Vec::with_capacity(self.phrases.len());
        let (mut need_at, mut needs) = (vec![0u32], Vec::new());
        for (i, p) in self.phrases.iter().enumerate() {
            let mut head = String::new();
            let mut n_head = 0;
            for (k, t) in p.iter().enumerate() {
                // Later words that may carry a clitic are verified word by word.
                let clitic = |w: &str| {
                    w.chars()
                        .next()
                        .and_then(crate::script::script_of)
                        .is_some_and(|s| self.clitic_scripts.contains(&s))
                };
                if k > 0 && matches!(t, Tok::Word(w) | Tok::Prefix(w) if clitic(w)) {
                    break;
                }
                if k > 0 && matches!(t, Tok::Word(w) if self.cut_before.contains(w)) {
                    break;
                }
                match t {
                    Tok::Word(w) => {
                        if !head.is_empty() {
                            head.push(' ');
                        }
                        head.push_str(w);
                        n_head += 1;
                    }
                    Tok::Prefix(w) => {
                        if !head.is_empty() {
                            head.push(' ');
                        }
                        head.push_str(w);
                        n_head += 1;
                        break;
                    }
                    Tok::Gap(_) | Tok::Infinitive => break,
                }
            }
            head_toks.push(n_head as u8);
            needs.extend(p[n_head..].iter().filter_map(|t| match t {
                Tok::Word(w) | Tok::Prefix(w) => Some(WordKeys::key(w.as_bytes())),
                Tok::Gap(_) | Tok::Infinitive => None,
            }));
            need_at.push(needs.len() as u32);
            let h = hash_of(head.as_str());
            let k = match heads.find(h, |k| literals[k] == head) {
                Some(k) => k,
                None => {
                    heads.push(h);
                    literals.push(head);
                    by_head.push(Vec::new());
                    literals.len() - 1
                }
            };
            assert!(i < PHRASE as usize, "more phrases than an entry holds");
            let whole = if n_head == p.len() { WHOLE } else { 0 };
            let stem = match p.get(n_head.wrapping_sub(1)) {
                Some(Tok::Prefix(_)) => LAST_PREFIX,
                _ => 0,
            };
            by_head[k].push(i as u32 | whole | stem);
        }
        let heads = (!literals.is_empty()).then(|| Heads::new(&literals, by_head));
        let as_head: Vec<bool> = self.head_bits.iter().map(|&b| b == 1).collect();
        PhraseSet {
            heads,
            any_head: as_head.contains(&true),
            as_head,
            phrases: self.phrases,
            values: self.values,
            head_toks,
            need_at,
            needs,
        }
    }
}

impl<T> PhraseSet<T> {
    pub fn values(&self, phrase: usize) -> &[T] {
        &self.values[phrase]
    }

    /// May phrase `p` head a compound word in a language with these affixes?
    fn heads_compound(&self, p: usize, affixes: &Affixes) -> bool {
        self.as_head[p]
            && affixes.compounds.as_ref().is_some_and(|c| {
                !matches!(self.phrases[p].first(),
                    Some(Tok::Word(w) | Tok::Prefix(w)) if c.not_heads.contains(w))
            })
    }

    /// Does the phrase end in a word reached across a long gap `...` ("rief ... auf")?
    pub fn long_gap_before_last(&self, phrase: usize) -> bool {
        let toks = &self.phrases[phrase];
        toks.len() >= 2
            && matches!(toks[toks.len() - 2], Tok::Gap(reach) if reach > GAP_WORDS)
            && matches!(toks[toks.len() - 1], Tok::Word(_))
    }

    /// A phrase as it was compiled: folded words, `word*` for a stem, `..` for a gap.
    pub fn pattern(&self, phrase: usize) -> String {
        let words: Vec<String> = self.phrases[phrase]
            .iter()
            .map(|t| match t {
                Tok::Word(w) => w.clone(),
                Tok::Prefix(w) => format!("{w}*"),
                Tok::Gap(GAP_WORDS) => "..".to_string(),
                Tok::Gap(_) => "...".to_string(),
                Tok::Infinitive => INFINITIVE.to_string(),
            })
            .collect();
        words.join(" ")
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Every phrase occurrence in `norm`, leftmost-longest, non-overlapping, with the affixes of
    /// the text's language.
    pub fn find(&self, norm: &Normalized, affixes: &Affixes) -> Vec<PhraseMatch> {
        self.find_in(norm, 0, norm.text().len(), affixes)
    }

    /// [`PhraseSet::find`] for matches starting in `[from, to)` of the normalised text (one
    /// language's part of a mixed document).
    pub fn find_in(
        &self,
        norm: &Normalized,
        from: usize,
        to: usize,
        affixes: &Affixes,
    ) -> Vec<PhraseMatch> {
        self.find_in_skipping(norm, from, to, affixes, &[])
    }

    /// [`PhraseSet::find_in`] where a gap (`..`) steps over each of `skips` (sorted spans of
    /// the normalised text: names, dates) as over one word, however many words it has.
    pub fn find_in_skipping(
        &self,
        norm: &Normalized,
        from: usize,
        to: usize,
        affixes: &Affixes,
        skips: &[(usize, usize)],
    ) -> Vec<PhraseMatch> {
        self.find_in_scan_skipping(&Scan::new(norm, from, to, affixes, skips))
    }

    /// [`PhraseSet::find_in`] within a [`Scan`] that several sets share.
    pub fn find_in_scan(&self, scan: &Scan) -> Vec<PhraseMatch> {
        self.scan_with(scan, &[])
    }

    /// [`PhraseSet::find_in_skipping`] over the scan's skips, within a shared [`Scan`].
    pub fn find_in_scan_skipping(&self, scan: &Scan) -> Vec<PhraseMatch> {
        self.scan_with(scan, scan.skips)
    }

    fn scan_with(&self, scan: &Scan, skips: &[(usize, usize)]) -> Vec<PhraseMatch> {
        let norm = scan.norm;
        let starts = norm.starts();
        let (a, b) = scan.range;
        dyad_core::scan::read(b - a);
        let env = Env {
            affixes: scan.affixes,
            skips,
        };
        let keys = Keys {
            cell: &scan.keys,
            from: (b - a > 48 && !self.needs.is_empty()).then_some((
                norm.text(),
                &starts[a..],
                Env {
                    affixes: scan.affixes,
                    skips: scan.skips,
                },
            )),
        };
        self.find_keyed(norm.text(), &starts[a..b], &keys, env)
            .into_iter()
            .map(|(s, e, stem_end, phrase)| {
                let (start, end) = norm.orig_span(s, e);
                PhraseMatch {
                    start,
                    end,
                    norm_start: s,
                    norm_end: e,
                    phrase,
                    stem_end: norm.orig(stem_end),
                }
            })
            .collect()
    }

    /// Verified occurrences as (start, end, phrase) in the offsets of `text`, an already
    /// normalised text, leftmost-longest.
    ///
    /// If no phrase fits the words at a start (a name inside a longer word, say), the search
    /// goes on from the next start, so a valid match is never hidden behind an invalid one that
    /// starts earlier.
    pub fn find_all(&self, text: &str, affixes: &Affixes) -> Vec<(usize, usize, usize)> {
        let env = Env {
            affixes,
            skips: &[],
        };
        let starts = candidate_starts(text);
        self.find_at(text, &starts, &starts, env)
            .into_iter()
            .map(|(s, e, _, p)| (s, e, p))
            .collect()
    }

    /// [`PhraseSet::find_all`] with where each match's stem ends: (start, end, stem end,
    /// phrase). A stem end before the end is an ending the language's affixes let the match
    /// carry (Bengali «মন্ত্রণালয়ের», of the ministry).
    pub fn find_all_stems(
        &self,
        text: &str,
        affixes: &Affixes,
    ) -> Vec<(usize, usize, usize, usize)> {
        let env = Env {
            affixes,
            skips: &[],
        };
        let starts = candidate_starts(text);
        self.find_at(text, &starts, &starts, env)
    }

    /// The phrase [`PhraseSet::find_all`] would find first if it begins the text: (0, end,
    /// phrase). Cheaper than finding all when only the text's start matters.
    pub fn find_at_start(&self, text: &str, affixes: &Affixes) -> Option<(usize, usize, usize)> {
        let heads = self.heads.as_ref()?;
        if text.chars().next().is_none_or(char::is_whitespace) {
            return None;
        }
        let env = Env {
            affixes,
            skips: &[],
        };
        let probe = Probe {
            heads,
            env,
            keys: &Keys {
                cell: &std::cell::OnceCell::new(),
                from: None,
            },
        };
        self.best_at(text, &probe, 0, false)
            .map(|(s, e, _, p)| (s, e, p))
    }

    /// Matches as (start, end, stem end, phrase) over starts computed with
    /// [`candidate_starts`]; `tail` holds them and every later start of the text.
    fn find_at(
        &self,
        text: &str,
        starts: &[Start],
        tail: &[Start],
        env: Env,
    ) -> Vec<(usize, usize, usize, usize)> {
        // On a short text (a window after a name) the phrases are simply tried.
        let keys = Keys {
            cell: &std::cell::OnceCell::new(),
            from: (starts.len() > 48 && !self.needs.is_empty()).then_some((text, tail, env)),
        };
        self.find_keyed(text, starts, &keys, env)
    }

    /// [`PhraseSet::find_at`] with the text's word keys, to be computed when first needed.
    fn find_keyed(
        &self,
        text: &str,
        starts: &[Start],
        keys: &Keys,
        env: Env,
    ) -> Vec<(usize, usize, usize, usize)> {
        let affixes = env.affixes;
        let mut out = Vec::new();
        let Some(heads) = &self.heads else { return out };
        let probe = Probe { heads, env, keys };
        let mut next = 0;
        for start in starts {
            let s = start.at();
            if s < next {
                continue;
            }
            // The word as written, then after each clitic the language writes onto words. (Most
            // starts begin no head: that is checked here, before a call.)
            let direct = if heads.may_start(text.as_bytes(), s) {
                self.best_walked(text, &probe, s, false, false)
            } else {
                None
            };
            let found = direct
                .or_else(|| {
                    if !start.word() {
                        return None;
                    }
                    affixes.prefixes_at(text, s).find_map(|p| {
                        let glued =
                            p.chars().count() == 1 && !affixes.sure_prefixes.iter().any(|x| x == p);
                        self.best_at(text, &probe, s + p.len(), glued)
                    })
                })
                .or_else(|| {
                    (self.any_head && start.word())
                        .then(|| self.compound_head(text, &probe, s))
                        .flatten()
                });
            if let Some(m) = found {
                out.push(m);
                next = m.1;
            }
        }
        out
    }

    /// A noun phrase whose first word is the head of the compound word at `s` ("Raketen|angriff
    /// auf"), as a match of the whole word: (start, end, stem end, phrase). The longest head
    /// wins ("Außen|ministertreffen" before "Außenminister|treffen").
    fn compound_head(
        &self,
        text: &str,
        probe: &Probe,
        s: usize,
    ) -> Option<(usize, usize, usize, usize)> {
        let c = probe.env.affixes.compounds.as_ref()?;
        let word = &text[s..];
        let word = &word[..word
            .find(|ch: char| !is_word_char(ch))
            .unwrap_or(word.len())];
        let n = word.chars().count();
        // (A longer "word" is no compound but debris: each of its places would be walked to
        // its end, and work would grow with the square of its length.)
        if n < c.min_modifier + c.min_head || n > MAX_COMPOUND_CHARS {
            return None;
        }
        for (k, (i, _)) in word.char_indices().enumerate().skip(c.min_modifier.max(1)) {
            if n - k < c.min_head {
                break;
            }
            let modifier = &word[..i];
            if c.not_modifiers.iter().any(|m| m == modifier)
                || c.bound_prefixes
                    .iter()
                    .any(|b| modifier.ends_with(b.as_str()))
            {
                continue;
            }
            if !probe.heads.may_start(text.as_bytes(), s + i) {
                continue;
            }
            if let Some((_, e, stem, p)) = self.best_walked(text, probe, s + i, false, true) {
                return Some((s, e, stem, p));
            }
        }
        None
    }

    /// The best phrase starting at `s`: (start, end, stem end, phrase).
    fn best_at(
        &self,
        text: &str,
        probe: &Probe,
        s: usize,
        glued: bool,
    ) -> Option<(usize, usize, usize, usize)> {
        if !probe.heads.may_start(text.as_bytes(), s) {
            return None;
        }
        self.best_walked(text, probe, s, glued, false)
    }

    /// [`PhraseSet::best_at`] at a start already known to pass [`Heads::may_start`]; `inside`:
    /// the start is inside a compound word, and only its heads may match there.
    fn best_walked(
        &self,
        text: &str,
        probe: &Probe,
        s: usize,
        glued: bool,
        inside: bool,
    ) -> Option<(usize, usize, usize, usize)> {
        let Probe { heads, env, keys } = *probe;
        let affixes = env.affixes;
        let bytes = text.as_bytes();
        // Every head that starts here is tried, longest first, and the longest full match wins:
        // a row whose first word is a stem ("interdi* .. importations") is not hidden by an
        // exact row on the same word ("interdit"). Among matches of one length the longer head
        // wins (a literal word is the surer reading: "السلطة" is not "السلط" with a suffix),
        // then the phrase added first. A shorter head is read only as the word it spells, never
        // with a declared ending glued to its last literal word ("Russia" in "Russia's army"
        // when the longest head was "russia's" of a longer name).
        let mut below = usize::MAX;
        let mut shorter = false;
        // (end, stem end, phrase) of the best match so far.
        let mut best: Option<(usize, usize, usize)> = None;
        while let Some((len, phrases)) = heads.longest_below(bytes, s, below) {
            below = len;
            // A one-letter clitic glued in front ("ك" + "ريمي") is trusted only on words long
            // enough: short words after a lone letter are mostly coincidences (and every
            // shorter head is shorter still).
            if glued && text[s..s + len].chars().count() < affixes.short_prefix_min {
                break;
            }
            let mut head_end = HeadEnd::new(text, s + len, affixes);
            // The best match of this head: (end, stem end, phrase).
            let mut here: Option<(usize, usize, usize)> = None;
            for &entry in phrases {
                let p = (entry & PHRASE) as usize;
                let whole = entry & WHOLE != 0;
                let last_prefix = entry & LAST_PREFIX != 0;
                if inside && !self.heads_compound(p, affixes) {
                    continue;
                }
                // A noun's stem that reads on into another part of its compound is that
                // compound's modifier ("Angriff" in "Angriffsziel"), not its head.
                if last_prefix && self.as_head[p] {
                    if let Some(c) = &affixes.compounds {
                        if c.continues(&text[s + len..head_end.prefix().0]) {
                            continue;
                        }
                    }
                }
                // A phrase that is all literal head ends at this head's end, before any match
                // of a longer head: it cannot win.
                if whole && !last_prefix && best.is_some() {
                    continue;
                }
                // A whole head has no later words to need.
                if !whole
                    && keys
                        .get()
                        .is_some_and(|k| !self.needs_of(p).iter().all(|&n| k.has(n)))
                {
                    continue;
                }
                // Under a longer head, this head's last literal word must end where the
                // head does (checked for a whole phrase on its end below).
                if shorter
                    && !whole
                    && !last_prefix
                    && head_end.word().is_none_or(|(e, stem)| e != stem)
                {
                    continue;
                }
                let found = if whole {
                    // As `match_after_head` does, with nothing after the head to match.
                    let last = if last_prefix {
                        Some(head_end.prefix())
                    } else {
                        head_end.word()
                    };
                    last.or_else(|| match_from(text, s, &self.phrases[p], env))
                } else {
                    self.match_after_head(text, s, &mut head_end, p, env)
                };
                let Some((e, stem)) = found else {
                    continue;
                };
                if shorter && whole && e != stem {
                    continue;
                }
                if here.is_none_or(|(he, _, hp)| (e, Reverse(p)) > (he, Reverse(hp))) {
                    here = Some((e, stem, p));
                }
            }
            // A longer head keeps a tie.
            if let Some(h) = here.filter(|h| best.is_none_or(|b| h.0 > b.0)) {
                best = Some(h);
            }
            shorter = true;
        }
        best.map(|(e, stem, p)| (s, e, stem, p))
    }
}

impl<T> PhraseSet<T> {
    fn needs_of(&self, p: usize) -> &[u16] {
        &self.needs[self.need_at[p] as usize..self.need_at[p + 1] as usize]
    }

    /// [`match_from`] for phrase `p` at `s`, where the text is known to start with the phrase's
    /// head (`len` bytes): only the end of the head's last word and the words after it are
    /// checked. (Should the last head word need a clitic reading, the whole phrase is matched
    /// as usual.)
    fn match_after_head(
        &self,
        text: &str,
        s: usize,
        head_end: &mut HeadEnd,
        p: usize,
        env: Env,
    ) -> Option<(usize, usize)> {
        let toks = &self.phrases[p];
        let k = usize::from(self.head_toks[p]);
        let last = match &toks[k - 1] {
            Tok::Word(_) => head_end.word(),
            Tok::Prefix(_) => Some(head_end.prefix()),
            Tok::Gap(_) | Tok::Infinitive => None,
        };
        match last {
            Some((pos, stem)) => match_rest(text, pos, stem, toks, k, env),
            None => match_from(text, s, toks, env),
        }
    }
}

/// Where the last word of a head found at one start ends, as a word or as an inflected stem
/// (`word*`): the same for every phrase of the head, so computed once.
struct HeadEnd<'a> {
    text: &'a str,
    e: usize,
    affixes: &'a Affixes,
    word: Option<Option<(usize, usize)>>,
    prefix: Option<(usize, usize)>,
}

impl<'a> HeadEnd<'a> {
    fn new(text: &'a str, e: usize, affixes: &'a Affixes) -> Self {
        HeadEnd {
            text,
            e,
            affixes,
            word: None,
            prefix: None,
        }
    }

    fn word(&mut self) -> Option<(usize, usize)> {
        let (text, e, affixes) = (self.text, self.e, self.affixes);
        *self.word.get_or_insert_with(|| {
            let last = text[..e].chars().next_back()?;
            word_end(text, e, last, affixes)
        })
    }

    fn prefix(&mut self) -> (usize, usize) {
        let (text, e) = (self.text, self.e);
        *self.prefix.get_or_insert_with(|| {
            let end = e + text[e..]
                .find(|c: char| !is_word_char(c))
                .unwrap_or(text.len() - e);
            (end, end)
        })
    }
}

/// What a search reads besides the text and a start.
#[derive(Clone, Copy)]
struct Probe<'a> {
    heads: &'a Heads,
    env: Env<'a>,
    keys: &'a Keys<'a>,
}

/// The [`WordKeys`] of a search, computed when a phrase with later words is first tried (a
/// search may meet none: most names are all head), from the text, the starts from the
/// search's first on, and the environment in `from` (`None`: no keys, every phrase is tried).
struct Keys<'a> {
    cell: &'a std::cell::OnceCell<WordKeys>,
    from: Option<(&'a str, &'a [Start], Env<'a>)>,
}

impl Keys<'_> {
    fn get(&self) -> Option<&WordKeys> {
        let (text, tail, env) = self.from?;
        Some(self.cell.get_or_init(|| WordKeys::of(text, tail, env)))
    }
}

/// One stretch of a normalised text (a language's part of a document) that several phrase sets
/// are matched over, with the affixes of its language and the spans a gap steps over as one
/// word (see [`PhraseSet::find_in_skipping`]). The sets share the stretch's candidate starts and
/// its [`WordKeys`], which are computed once, with the skips: keys are only a filter, and the
/// extra keys of words after a skipped span let through no phrase that would not match.
pub struct Scan<'a> {
    norm: &'a Normalized,
    /// The candidate starts in `[from, to)`, as a range of `norm.starts()`.
    range: (usize, usize),
    affixes: &'a Affixes,
    skips: &'a [(usize, usize)],
    keys: std::cell::OnceCell<WordKeys>,
}

impl<'a> Scan<'a> {
    /// Matches starting in `[from, to)` of the normalised text.
    pub fn new(
        norm: &'a Normalized,
        from: usize,
        to: usize,
        affixes: &'a Affixes,
        skips: &'a [(usize, usize)],
    ) -> Self {
        let starts = norm.starts();
        let a = starts.partition_point(|st| st.at() < from);
        let b = a + starts[a..].partition_point(|st| st.at() < to);
        Scan {
            norm,
            range: (a, b),
            affixes,
            skips,
            keys: std::cell::OnceCell::new(),
        }
    }
}

/// The first one to three bytes of every word of a text (and of what follows each clitic on
/// its front), hashed into a bit set: a phrase whose later words are not all there cannot
/// match, and is not tried.
struct WordKeys {
    bits: Vec<u64>,
    /// The set has `mask + 1` bits, about sixteen per word (a short text clears little).
    mask: usize,
}

impl WordKeys {
    const BITS: usize = 1 << 16;

    /// A word's key: its first three bytes (fewer if it is shorter) and their number.
    fn key(w: &[u8]) -> u16 {
        let n = w.len().min(3);
        let mut x = n as u32;
        for &b in &w[..n] {
            x = x << 8 | u32::from(b);
        }
        (x.wrapping_mul(0x9E37_79B1) >> 16) as u16
    }

    /// The keys of the words at `tail`, every start from a search's first to the end of the
    /// text; a gap may also resume right after a name or date that ends inside a word.
    fn of(text: &str, tail: &[Start], env: Env) -> WordKeys {
        let size = (tail.len() * 16)
            .next_power_of_two()
            .clamp(1024, Self::BITS);
        let mut keys = WordKeys {
            bits: vec![0; size / 64],
            mask: size - 1,
        };
        let bytes = text.as_bytes();
        let first = tail.first().map_or(0, |st| st.at());
        for st in tail {
            let s = st.at();
            keys.add(&bytes[s..]);
            if st.word() {
                for p in env.affixes.prefixes_at(text, s) {
                    keys.add(&bytes[s + p.len()..]);
                }
                // A contracted preposition stands for the pattern's preposition.
                if !env.affixes.contractions.is_empty() {
                    let rest = &text[s..];
                    let len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
                    if let Some(p) = env.affixes.contraction_of(&rest[..len]) {
                        keys.add(p.as_bytes());
                    }
                }
            }
        }
        for &(_, e) in env.skips {
            if e >= first && e <= bytes.len() {
                let q = skip_space(text, e);
                keys.add(&bytes[q..]);
                keys.add(&bytes[e..]);
            }
        }
        keys
    }

    fn add(&mut self, rest: &[u8]) {
        for n in 1..=rest.len().min(3) {
            let k = usize::from(Self::key(&rest[..n])) & self.mask;
            self.bits[k / 64] |= 1 << (k % 64);
        }
    }

    fn has(&self, k: u16) -> bool {
        let k = usize::from(k) & self.mask;
        self.bits[k / 64] & (1 << (k % 64)) != 0
    }
}

/// A byte offset where a phrase may begin, and whether it begins a word (clitics may be written
/// onto its front), in one u32: the flag in the top bit, as [`Normalized`]'s runs keep theirs
/// (documents are capped far below 2 GiB). A text has a start every few bytes, so this table is
/// among the largest a document builds: four bytes a start, not eight.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Start(u32);

const WORD_START: u32 = 1 << 31;

impl Start {
    fn new(at: usize, word: bool) -> Self {
        Start(at as u32 | if word { WORD_START } else { 0 })
    }

    /// The byte offset.
    fn at(self) -> usize {
        (self.0 & !WORD_START) as usize
    }

    /// It begins a word.
    fn word(self) -> bool {
        self.0 & WORD_START != 0
    }
}

/// Whether a character belongs to a script written without spaces between words (Han): a phrase
/// may begin at any of its characters.
fn is_unspaced(c: char) -> bool {
    c >= '\u{2E80}' && crate::script::unspaced(c)
}

/// Byte offsets where a phrase may begin, in order: at a word start, at a character that is
/// neither part of a word nor a space (a phrase may begin with an apostrophe), and anywhere in
/// text written without spaces. Computed once per text and shared by every phrase set.
pub(crate) fn candidate_starts(text: &str) -> Vec<Start> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4);
    // The previous character: is it part of a word, and is it of an unspaced script?
    let (mut prev_word, mut prev_unspaced) = (false, false);
    let mut s = 0;
    while s < bytes.len() {
        // ASCII, most of most texts, is classified from the byte, without decoding.
        let (c, word, space, unspaced) = match bytes[s] {
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
                (c, is_word_char(c), c.is_whitespace(), is_unspaced(c))
            }
        };
        if (!prev_word || prev_unspaced || unspaced || !word) && !space {
            out.push(Start::new(
                s,
                word && (!prev_word || prev_unspaced || unspaced),
            ));
        }
        (prev_word, prev_unspaced) = (word, unspaced);
        s += c.len_utf8();
        // The rest of an ASCII word after a letter of a spaced script begins nothing: skipped.
        if word && !unspaced {
            while bytes.get(s).is_some_and(u8::is_ascii_alphanumeric) {
                s += 1;
            }
        }
    }
    // Kept for the text's whole matching: not the spare half of its last doubling.
    out.shrink_to_fit();
    out
}

/// The literal heads of a [`PhraseSet`]'s phrases, as a byte trie.
///
/// Matches begin only at the few candidate starts of a text (word starts, mostly), so the trie is
/// walked anchored from each candidate start and most walks end within a few bytes. An anchored
/// walk needs no failure links: a plain trie builds in a fraction of an Aho-Corasick automaton's
/// time (which was a quarter of start-up) and each state knows its own head, not the heads
/// inherited from its suffixes.
#[derive(Debug)]
struct Heads {
    /// The root's children, indexed by byte (0 = none): every walk starts there.
    root: Box<[u32; 256]>,
    /// The nodes, each one record of consecutive words, so that a step of a walk reads one or
    /// two cache lines (the walks of a large trie were bound by waiting for memory): the head
    /// ending at the node (`NO_HEAD` if none), its number of children `k`, their bytes packed
    /// four to a word (sorted, the last word padded), then the offsets of their records. The
    /// root's record is at 0, so no child is at 0.
    records: Vec<u32>,
    /// The phrases of each head, where its record's head field points: their number, then one
    /// [`Entry`] each (one table, not a list per head: a walk that finds a head reads its
    /// phrases in the next cache line or two).
    lists: Vec<u32>,
    /// The first two bytes of every head, as a bit set over byte pairs (a one-byte head sets
    /// every pair it begins): other starts are not walked at all.
    first_pairs: Vec<u64>,
    /// The first [`Prefixes::MAX`] bytes of every head (all of a shorter one), hashed into a bit
    /// set: a start whose pair passes is walked only if one of its prefixes is there too. Most
    /// walks that passed the pairs found no head (a text's common words share their first two
    /// bytes with some head), and each read a record or two far apart in a large trie.
    prefixes: Prefixes,
}

/// The hashed prefixes of [`Heads::prefixes`].
#[derive(Debug)]
struct Prefixes {
    bits: Vec<u64>,
    /// The set has `1 << (64 - shift)` bits, about thirty-two a head.
    shift: u32,
    /// Bit `k` is set when some head's prefix has `k` bytes.
    lens: u32,
}

impl Prefixes {
    /// Bytes of a head's prefix at most (three Arabic letters; two words of most Latin heads).
    const MAX: usize = 6;

    /// The hash of a prefix one byte longer than the one hashed to `h`.
    #[inline]
    fn step(h: u64, b: u8) -> u64 {
        (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95)
    }

    fn new(literals: &[String]) -> Prefixes {
        let size = (literals.len() * 32)
            .next_power_of_two()
            .clamp(1 << 12, 1 << 21);
        let mut p = Prefixes {
            bits: vec![0; size / 64],
            shift: 64 - size.trailing_zeros(),
            lens: 0,
        };
        for l in literals.iter().filter(|l| !l.is_empty()) {
            let b = &l.as_bytes()[..l.len().min(Self::MAX)];
            let h = b.iter().fold(0, |h, &x| Self::step(h, x));
            let k = (h >> p.shift) as usize;
            p.bits[k / 64] |= 1 << (k % 64);
            p.lens |= 1 << b.len();
        }
        p
    }

    /// Does some head's prefix begin `rest`? (A head of `n` bytes that `rest` starts with puts
    /// its first `min(n, MAX)` bytes here, so a `false` is sure.)
    #[inline]
    fn any(&self, rest: &[u8]) -> bool {
        let mut h = 0;
        for (i, &b) in rest.iter().take(Self::MAX).enumerate() {
            h = Self::step(h, b);
            if self.lens & (1 << (i + 1)) != 0 {
                let k = (h >> self.shift) as usize;
                if self.bits[k / 64] & (1 << (k % 64)) != 0 {
                    return true;
                }
            }
        }
        false
    }
}

const NO_HEAD: u32 = u32::MAX;

/// An entry of a head's list of phrases is the phrase's index with these flags: the head is
/// the whole phrase (most names), so that a walk matches it without reading its tokens...
const WHOLE: u32 = 1 << 31;
/// ...and the head's last word is an inflected stem (`word*`).
const LAST_PREFIX: u32 = 1 << 30;
/// The bits of the index.
const PHRASE: u32 = LAST_PREFIX - 1;

/// Marks a record's count as a chain's number of bytes (see [`Heads::records`]).
const CHAIN: u32 = 1 << 31;

impl Heads {
    fn new(literals: &[String], by_head: Vec<Vec<u32>>) -> Heads {
        let (mut nodes, edge_bytes, edge_to) = Self::trie(literals);
        let mut lists =
            Vec::with_capacity(by_head.len() + by_head.iter().map(Vec::len).sum::<usize>());
        let list_at: Vec<u32> = by_head
            .iter()
            .map(|entries| {
                let at = lists.len() as u32;
                lists.push(entries.len() as u32);
                lists.extend_from_slice(entries);
                at
            })
            .collect();
        for node in &mut nodes {
            if node[1] != NO_HEAD {
                node[1] = list_at[node[1] as usize];
            }
        }
        let (records, at) = Self::records(&nodes, &edge_bytes, &edge_to);
        let mut root = Box::new([0u32; 256]);
        for e in nodes[0][0] as usize..nodes[1][0] as usize {
            root[usize::from(edge_bytes[e])] = at[edge_to[e] as usize];
        }
        let mut first_pairs = vec![0u64; 65536 / 64];
        for l in literals.iter().filter(|l| !l.is_empty()) {
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
            root,
            records,
            lists,
            first_pairs,
            prefixes: Prefixes::new(literals),
        }
    }

    /// The trie's tables (see [`Heads::trie`]) as records, and the offset of each node's
    /// record (`u32::MAX` for a node inside a chain, which has none).
    ///
    /// A node with one child starts a chain: the bytes down to the first node that has a head
    /// or other than one child, stored in its record in one piece (most of a long name's bytes
    /// are such a chain, and a walk then reads them in one go, not one record a byte).
    fn records(nodes: &[[u32; 2]], edge_bytes: &[u8], edge_to: &[u32]) -> (Vec<u32>, Vec<u32>) {
        let n = nodes.len().saturating_sub(1);
        let edges = |k: usize| nodes[k][0] as usize..nodes[k + 1][0] as usize;
        // A chain's bytes from node `k` (which has one child), and the node it ends at.
        let chain = |k: usize, bytes: &mut Vec<u8>| -> usize {
            bytes.clear();
            let mut c = k;
            loop {
                let e = edges(c).start;
                bytes.push(edge_bytes[e]);
                c = edge_to[e] as usize;
                if nodes[c][1] != NO_HEAD || edges(c).len() != 1 {
                    return c;
                }
            }
        };
        // Which nodes have records: the root, the children of a branching node, the end of a
        // chain. A child's number is above its parent's, so one pass in order settles it.
        let mut at = vec![u32::MAX; n];
        let mut has = vec![false; n];
        let mut bytes = Vec::new();
        let mut size = 0usize;
        if n > 0 {
            has[0] = true;
        }
        for k in 0..n {
            if !has[k] {
                continue;
            }
            at[k] = u32::try_from(size).unwrap_or(u32::MAX);
            let e = edges(k);
            if k > 0 && e.len() == 1 {
                has[chain(k, &mut bytes)] = true;
                size += 2 + bytes.len().div_ceil(4) + 1;
            } else {
                for &t in &edge_to[e.clone()] {
                    has[t as usize] = true;
                }
                size += 2 + e.len().div_ceil(4) + e.len();
            }
        }
        assert!(
            u32::try_from(size).is_ok_and(|x| x < CHAIN),
            "a phrase trie of {size} words: more than its u32 offsets reach"
        );
        let pack = |records: &mut Vec<u32>, bytes: &[u8]| {
            for piece in bytes.chunks(4) {
                let mut w = [0u8; 4];
                w[..piece.len()].copy_from_slice(piece);
                records.push(u32::from_le_bytes(w));
            }
        };
        let mut records = Vec::with_capacity(size);
        for k in (0..n).filter(|&k| has[k]) {
            let e = edges(k);
            records.push(nodes[k][1]);
            if k > 0 && e.len() == 1 {
                let end = chain(k, &mut bytes);
                records.push(CHAIN | bytes.len() as u32);
                pack(&mut records, &bytes);
                records.push(at[end]);
            } else {
                records.push(e.len() as u32);
                pack(&mut records, &edge_bytes[e.clone()]);
                records.extend(edge_to[e].iter().map(|&t| at[t as usize]));
            }
        }
        (records, at)
    }

    /// The trie of `literals` (node 0 the root), its edges sorted by byte: the literals are
    /// inserted in byte order, so each node's children arrive in order (a node needs to know
    /// only its last child so far), and the edges are then laid out node by node, each node's
    /// in the order they arrived. Flat tables only: a list of children per node was one
    /// allocation a node, and the knowledge base's trie has hundreds of thousands of nodes.
    fn trie(literals: &[String]) -> (Vec<[u32; 2]>, Vec<u8>, Vec<u32>) {
        let mut order: Vec<usize> = (0..literals.len()).collect();
        order.sort_unstable_by(|&a, &b| literals[a].as_bytes().cmp(literals[b].as_bytes()));
        // Per node: its last child so far (byte, node; node 0 = none, the root is no child)
        // and its head. Edge k, from `parents[k]` on `bytes[k]`, leads to node k + 1.
        let mut last: Vec<(u8, u32)> = vec![(0, 0)];
        let mut head = vec![NO_HEAD];
        let (mut parents, mut bytes): (Vec<u32>, Vec<u8>) = (Vec::new(), Vec::new());
        for &i in &order {
            let mut n = 0usize;
            for &b in literals[i].as_bytes() {
                n = match last[n] {
                    (lb, child) if child != 0 && lb == b => child as usize,
                    _ => {
                        let child = head.len();
                        last[n] = (b, child as u32);
                        last.push((0, 0));
                        head.push(NO_HEAD);
                        parents.push(n as u32);
                        bytes.push(b);
                        child
                    }
                };
            }
            if n != 0 && head[n] == NO_HEAD {
                head[n] = i as u32;
            }
        }
        // Where each node's edges begin: a count per node, summed.
        let count = head.len();
        let mut begin = vec![0u32; count + 1];
        for &p in &parents {
            begin[p as usize + 1] += 1;
        }
        for k in 0..count {
            begin[k + 1] += begin[k];
        }
        let mut fill = begin.clone();
        let mut edge_bytes = vec![0u8; parents.len()];
        let mut edge_to = vec![0u32; parents.len()];
        for (k, (&p, &b)) in parents.iter().zip(&bytes).enumerate() {
            let at = fill[p as usize] as usize;
            fill[p as usize] += 1;
            edge_bytes[at] = b;
            edge_to[at] = k as u32 + 1;
        }
        let nodes = (0..=count)
            .map(|k| [begin[k], head.get(k).copied().unwrap_or(NO_HEAD)])
            .collect();
        (nodes, edge_bytes, edge_to)
    }

    /// Can a head start at `s`? (A text's last byte is always walked.)
    #[inline]
    fn may_start(&self, bytes: &[u8], s: usize) -> bool {
        let Some(&second) = bytes.get(s + 1) else {
            return true;
        };
        let pair = usize::from(bytes[s]) << 8 | usize::from(second);
        self.first_pairs[pair / 64] & (1 << (pair % 64)) != 0 && self.prefixes.any(&bytes[s..])
    }

    /// The longest head shorter than `below` bytes that `bytes[s..]` starts with: its length
    /// and phrases.
    fn longest_below(&self, bytes: &[u8], s: usize, below: usize) -> Option<(usize, &[u32])> {
        let end = bytes.len().min(s.saturating_add(below.saturating_sub(1)));
        let walk = bytes.get(s..end)?;
        let (&first, rest) = walk.split_first()?;
        let mut node = self.root[usize::from(first)] as usize;
        if node == 0 {
            return None;
        }
        let r = &self.records;
        let mut best = None;
        let mut len = 1;
        loop {
            let head = r[node];
            if head != NO_HEAD {
                best = Some((len, head));
            }
            let Some(&b) = rest.get(len - 1) else { break };
            let k = r[node + 1];
            let packed = node + 2;
            if k & CHAIN != 0 {
                // The chain's bytes must all follow: no head stands inside it.
                let m = (k & !CHAIN) as usize;
                let words = m.div_ceil(4);
                let Some(next) = rest.get(len - 1..len - 1 + m) else {
                    break;
                };
                // Four bytes at a time, as the record packs them (padded with zeros).
                let same =
                    r[packed..packed + words]
                        .iter()
                        .zip(next.chunks(4))
                        .all(|(&w, piece)| {
                            let t = piece
                                .iter()
                                .enumerate()
                                .fold(0u32, |t, (i, &b)| t | u32::from(b) << (8 * i));
                            t == w
                        });
                if !same {
                    break;
                }
                node = r[packed + words] as usize;
                len += m;
                continue;
            }
            let k = k as usize;
            let words = k.div_ceil(4);
            match find_byte(&r[packed..packed + words], b).filter(|&j| j < k) {
                Some(j) => node = r[packed + words + j] as usize,
                None => break,
            }
            len += 1;
        }
        best.map(|(len, list)| {
            let at = list as usize;
            let n = self.lists[at] as usize;
            (len, &self.lists[at + 1..at + 1 + n])
        })
    }
}

/// The index of the first byte `b` among `words` read as little-endian bytes, four to a word:
/// a word at a time, by the zero-byte test on the word xor `b` repeated (the lowest flagged
/// byte is always a true zero).
#[inline]
fn find_byte(words: &[u32], b: u8) -> Option<usize> {
    let pattern = u32::from(b) * 0x0101_0101;
    for (i, &w) in words.iter().enumerate() {
        let x = w ^ pattern;
        let zero = x.wrapping_sub(0x0101_0101) & !x & 0x8080_8080;
        if zero != 0 {
            return Some(i * 4 + (zero.trailing_zeros() / 8) as usize);
        }
    }
    None
}

/// Where a word whose literal part ends at `e` ends: at a boundary, or after an ending the
/// language declares. Returns (end, where the ending begins).
fn word_end(text: &str, e: usize, last: char, affixes: &Affixes) -> Option<(usize, usize)> {
    let rest = &text[e..];
    let Some(next) = rest.chars().next() else {
        return Some((e, e));
    };
    if !is_word_char(next) || !is_word_char(last) || is_unspaced(last) || is_unspaced(next) {
        return Some((e, e));
    }
    if affixes.suffixes.is_empty() {
        return None;
    }
    let wend = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
    affixes.is_suffix(&rest[..wend]).then_some((e + wend, e))
}

/// Does a skipped word close its sentence ("عليها." before "وتنص الهدنة")? A gap never steps
/// into the next sentence. The word ends (closing quotes and brackets aside) with a stop of any
/// script, or with a soft stop (".") after two letters or more and no other soft stop in it, so
/// that "U.S." goes on (a title's "Mr." stops the gap too: a name after it is no verb's object
/// anyway). Only the word's end is read: the gap loop is hot, and patterns with gaps are written
/// for spaced scripts.
fn ends_sentence(word: &str) -> bool {
    use dyad_core::PunctClass as P;
    let Some(last) = word.chars().next_back() else {
        return false;
    };
    if last.is_alphanumeric() {
        return false;
    }
    let punct = crate::script::punct();
    let closing = dyad_core::PunctSet::of(&[P::QuoteClose, P::BracketClose]);
    let word = word.trim_end_matches(|c| punct.is_in(c, closing));
    let Some(last) = word.chars().next_back() else {
        return false;
    };
    if punct.is(last, P::Stop) {
        return true;
    }
    if !punct.is(last, P::SoftStop) {
        return false;
    }
    // A mark alone closes the name or date the gap stepped over ("… with Iran. The truce").
    let body = &word[..word.len() - last.len_utf8()];
    body.is_empty()
        || (body.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !body.chars().any(|c| punct.is(c, P::SoftStop)))
}

/// Matches `toks` at `s`; returns the end of the match and where the last word's ending begins.
fn match_from(text: &str, s: usize, toks: &[Tok], env: Env) -> Option<(usize, usize)> {
    match_rest(text, s, s, toks, 0, env)
}

/// Matches `toks[i..]` at `pos`, the earlier tokens having matched up to `pos` (their last
/// word's ending beginning at `stem`).
fn match_rest(
    text: &str,
    mut pos: usize,
    mut stem: usize,
    toks: &[Tok],
    mut i: usize,
    env: Env,
) -> Option<(usize, usize)> {
    while i < toks.len() {
        match &toks[i] {
            &Tok::Gap(reach) => {
                // Try zero to `reach` skipped words (three for `..`, twelve for `...`) before
                // the next token; a name or date of the sentence counts as one word, and up to
                // four of them may be stepped over, as may two commas around them, but never
                // more than `reach` + 3 units in all.
                let reach = usize::from(reach);
                let rest = &toks[i + 1..];
                let mut p = pos;
                let (mut words, mut spans, mut commas, mut free) = (0, 0, 0, 0);
                let mut after_span = false;
                while words <= reach && words + spans + commas <= reach + 3 {
                    let q = skip_space(text, p);
                    if let Some(e) = match_from_word(text, q, rest, env) {
                        return Some(e);
                    }
                    // A name or date, perhaps behind a clitic ("والإمارات").
                    let span_end = env.skip_at(q).map(|e| (e, false)).or_else(|| {
                        env.affixes
                            .prefixes_at(text, q)
                            .find_map(|pre| env.skip_at(q + pre.len()))
                            .map(|e| (e, true))
                    });
                    if let Some((e, behind_clitic)) = span_end {
                        // A name glued to a clitic right after another name goes on its list
                        // ("السعودية والإمارات والبحرين ومصر"): one noun phrase, one unit.
                        let continues = behind_clitic && after_span;
                        if continues || spans < 4 {
                            spans += usize::from(!continues);
                            p = e;
                            after_span = true;
                            continue;
                        }
                    }
                    after_span = false;
                    if !env.skips.is_empty() && text[q..].starts_with(',') && commas < 2 {
                        commas += 1;
                        p = q + 1;
                        continue;
                    }
                    // A skipped word runs to the next space: "Niger's" is one word.
                    let wend = text[q..]
                        .find(char::is_whitespace)
                        .map_or(text.len(), |x| q + x);
                    if wend == q || ends_sentence(&text[q..wend]) {
                        return None;
                    }
                    p = wend;
                    // Articles, numbers and words of quantity count for nothing, up to four
                    // of them ("more than a dozen", "at least 20").
                    if free < 4 && env.affixes.is_gap_free(&text[q..wend]) {
                        free += 1;
                        continue;
                    }
                    words += 1;
                }
                return None;
            }
            tok => {
                if i > 0 {
                    let q = skip_space(text, pos);
                    if q == pos && !text[..pos].ends_with(is_unspaced_or_space) {
                        return None;
                    }
                    pos = q;
                }
                if *tok == Tok::Infinitive && env.skip_at(pos).is_some() {
                    return None;
                }
                (pos, stem) = match_word(text, pos, tok, env.affixes)?;
            }
        }
        i += 1;
    }
    Some((pos, stem))
}

fn is_unspaced_or_space(c: char) -> bool {
    c.is_whitespace() || is_unspaced(c)
}

fn match_from_word(text: &str, q: usize, toks: &[Tok], env: Env) -> Option<(usize, usize)> {
    if toks.is_empty() {
        return Some((q, q));
    }
    // A clitic may stand in front of the word after a gap.
    match_from(text, q, toks, env).or_else(|| {
        env.affixes
            .prefixes_at(text, q)
            .find_map(|p| match_from(text, q + p.len(), toks, env))
    })
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

/// One word of a phrase at `pos`, as written or behind a clitic of the language ("وزير
/// الخارجية" for `وزير خارجيه`): (end, where its ending begins).
fn match_word(text: &str, pos: usize, tok: &Tok, affixes: &Affixes) -> Option<(usize, usize)> {
    match_bare_word(text, pos, tok, affixes).or_else(|| {
        affixes
            .prefixes_at(text, pos)
            .find_map(|p| match_bare_word(text, pos + p.len(), tok, affixes))
    })
}

fn match_bare_word(text: &str, pos: usize, tok: &Tok, affixes: &Affixes) -> Option<(usize, usize)> {
    match tok {
        Tok::Word(w) => {
            if !text[pos..].starts_with(w.as_str()) {
                return contracted_word(text, pos, w, affixes);
            }
            let last = w.chars().next_back()?;
            word_end(text, pos + w.len(), last, affixes)
                .or_else(|| contracted_word(text, pos, w, affixes))
        }
        Tok::Infinitive => {
            let rest = &text[pos..];
            let len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
            let word = &rest[..len];
            // Folded text keeps no case: a name is told apart by the sentence's spans (see
            // match_rest), a capitalised common word by nothing, which is rare after «a».
            (len > 0 && affixes.is_infinitive(word)).then_some((pos + len, pos + len))
        }
        Tok::Prefix(w) => {
            if !text[pos..].starts_with(w.as_str()) {
                return None;
            }
            let e = pos + w.len();
            let rest = &text[e..];
            let end = e + rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
            Some((end, end))
        }
        Tok::Gap(_) => Some((pos, pos)),
    }
}

/// The pattern's word `w` at `pos` written contracted with an article («al» for `a`): the whole
/// contracted word.
fn contracted_word(text: &str, pos: usize, w: &str, affixes: &Affixes) -> Option<(usize, usize)> {
    if affixes.contractions.is_empty() {
        return None;
    }
    let rest = &text[pos..];
    let len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
    (affixes.contraction_of(&rest[..len]) == Some(w)).then_some((pos + len, pos + len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn set(phrases: &[&str]) -> PhraseSet<usize> {
        // Latin too: its multi-word heads are cut at the first word, as for a language with
        // clitics, so that shorter heads are exercised.
        let mut b = PhraseSetBuilder::new().clitics_in(&[Script::ARABIC, Script::LATIN]);
        for (i, p) in phrases.iter().enumerate() {
            b.add(p, i);
        }
        b.build()
    }

    /// German compounds (data/lang/de `[compounds]`): a noun added as a head matches as the
    /// last part of a longer word, the whole word being the match; a stem reading on into
    /// another part is a modifier; a verb form, a particle or a bound prefix before the head,
    /// and a noun of `not_heads`, do not.
    #[test]
    fn compound_heads() {
        let mut b = PhraseSetBuilder::new();
        b.add_head("angriff* auf", 0);
        b.add_head("einigung", 1);
        b.add_head("forderung*", 2);
        b.add_head("treffen", 3);
        b.add_head("botschaft", 4);
        b.add("trafen", 5);
        let set = b.build();
        let de = affixes("de");
        let found = |text: &str| -> Vec<(String, usize)> {
            let n = normalize(text);
            set.find(&n, &de)
                .into_iter()
                .map(|m| (text[m.start..m.end].to_string(), m.phrase))
                .collect()
        };
        assert_eq!(
            found("ein Raketenangriff auf Kiew"),
            vec![("Raketenangriff auf".to_string(), 0)]
        );
        assert_eq!(found("Raketenangriffe auf Kiew").len(), 1);
        assert_eq!(
            found("das Gipfeltreffen"),
            vec![("Gipfeltreffen".to_string(), 3)]
        );
        // The stem's modifier reading: «Angriffsziel auf» is no attack.
        assert!(found("ein Angriffsziel auf der Karte").is_empty());
        assert!(found("ein Raketenangriffsziel auf der Karte").is_empty());
        // Particles and bound prefixes; a word too short; a noun of another sense.
        assert!(found("das Eintreffen").is_empty());
        assert!(found("die Herausforderung").is_empty());
        assert!(found("die Wiedervereinigung").is_empty());
        assert!(found("die Videobotschaft").is_empty());
        // A verb form is no head («Strafen» holds no «trafen»).
        assert!(found("die Strafen").is_empty());
        // Without the language's compounds, whole words only.
        let n = normalize("ein Raketenangriff auf Kiew");
        assert!(set.find(&n, &Affixes::none()).is_empty());
    }

    /// The affixes of a language, from its data.
    fn affixes(code: &str) -> Affixes {
        let langs = crate::Languages::builtin().unwrap();
        langs
            .get(dyad_core::Lang::new(code).unwrap())
            .unwrap()
            .affixes
            .clone()
    }

    /// Spanish `[affixes]` (data/lang/es): a pattern's «a» or «de» after its first word reads
    /// the contracted «al», «del»; `<inf>` reads an infinitive, with clitics on it, and no
    /// noun or name.
    #[test]
    fn contractions_and_infinitives() {
        let es = affixes("es");
        let mut b = PhraseSetBuilder::new().cut_before(&es.contracted());
        b.add("ejecutó a", 0);
        b.add("ayudó a", 1);
        b.add("ayudó a <inf>", 2);
        b.add("ministro de defensa", 3);
        let set = b.build();
        let found = |text: &str| -> Vec<(String, usize)> {
            let n = normalize(text);
            set.find(&n, &es)
                .into_iter()
                .map(|m| (text[m.start..m.end].to_string(), m.phrase))
                .collect()
        };
        assert_eq!(
            found("Irán ejecutó al espía"),
            vec![("ejecutó al".to_string(), 0)]
        );
        assert_eq!(
            found("Irán ejecutó a tres"),
            vec![("ejecutó a".to_string(), 0)]
        );
        assert_eq!(found("ministro del Interior"), vec![]);
        assert_eq!(
            found("el ministro de Defensa"),
            vec![("ministro de Defensa".to_string(), 3)]
        );
        assert_eq!(
            found("ayudó a retener"),
            vec![("ayudó a retener".to_string(), 2)]
        );
        assert_eq!(
            found("ayudó a reducirlas"),
            vec![("ayudó a reducirlas".to_string(), 2)]
        );
        assert_eq!(found("ayudó a Ucrania"), vec![("ayudó a".to_string(), 1)]);
        assert_eq!(
            found("ayudó al ejército"),
            vec![("ayudó al".to_string(), 1)]
        );
        // «alto» is no «al», «mar» no infinitive of two letters' stem.
        assert!(found("ejecutó alto").is_empty());
        assert_eq!(found("ayudó a mar"), vec![("ayudó a".to_string(), 1)]);
        // A pattern never begins with `<inf>`.
        let mut b = PhraseSetBuilder::new();
        assert!(!b.add("<inf> a", 0));
    }

    #[test]
    fn word_char_shortcuts_agree_with_unicode() {
        for c in (0..0x800).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn phrases_may_begin_at_word_starts_punctuation_and_han() {
        let text = "iran's 'talks' وباكستان 北京";
        let got: Vec<(String, bool)> = candidate_starts(text)
            .iter()
            .map(|st| {
                let rest = &text[st.at()..];
                (rest.chars().take(3).collect(), st.word())
            })
            .collect();
        let want = [
            ("ira", true),
            ("'s ", false),
            ("s '", true),
            ("'ta", false),
            ("tal", true),
            ("' و", false),
            ("وبا", true),
            ("北京", true),
            ("京", true),
        ];
        let want: Vec<(String, bool)> = want.iter().map(|&(s, g)| (s.to_string(), g)).collect();
        assert_eq!(got, want);
    }

    fn found(set: &PhraseSet<usize>, text: &str, affixes: &Affixes) -> Vec<String> {
        let n = normalize(text);
        set.find(&n, affixes)
            .iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    }

    macro_rules! t {
        ($name:ident, [$($p:expr),*], $text:expr, [$($want:expr),*]) => {
            t!($name, "none", [$($p),*], $text, [$($want),*]);
        };
        ($name:ident, $lang:expr, [$($p:expr),*], $text:expr, [$($want:expr),*]) => {
            #[test]
            fn $name() {
                let s = set(&[$($p),*]);
                let a = if $lang == "none" { Affixes::none() } else { affixes($lang) };
                let want: Vec<String> = vec![$($want.to_string()),*];
                assert_eq!(found(&s, $text, &a), want);
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
        "ar",
        ["باكستان", "اسلام اباد"],
        "وباكستان في إسلام أباد",
        ["باكستان", "إسلام أباد"]
    );
    t!(
        arabic_article_and_suffix,
        "ar",
        ["روسي"],
        "نائب وزير الدفاع الروسي والروسية",
        ["روسي", "روسية"]
    );
    t!(arabic_no_inner_match, "ar", ["سلام"], "إسلام", []);
    t!(
        arabic_article_on_later_words,
        "ar",
        ["وزير خارجيه"],
        "قال وزير الخارجية",
        ["وزير الخارجية"]
    );
    // Arabic trusts a one-letter clitic before three letters or more (ومصر، وقطر): a
    // two-letter remainder is a coincidence (كرم is not ك + رم).
    t!(
        arabic_short_name_not_behind_clitic,
        "ar",
        ["رم"],
        "عبد الله كرم",
        []
    );
    t!(
        arabic_clitic_before_three_letters,
        "ar",
        ["مصر"],
        "السعودية ومصر",
        ["مصر"]
    );
    t!(
        arabic_after_multibyte_punctuation,
        "ar",
        ["رم"],
        "،كرم «ورم»",
        []
    );
    // و ("and") stands before any word, however short: "ومصر" is "and Egypt".
    t!(
        arabic_and_before_a_short_name,
        "ar",
        ["مصر"],
        "السعودية ومصر",
        ["مصر"]
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
        shorter_head_as_a_whole_word,
        ["russia's federal security service", "russia"],
        "Russia's army",
        ["Russia"]
    );
    t!(
        shorter_head_never_with_an_ending,
        "ar",
        ["السلطه الفلسطينيه", "السلط"],
        "قالت السلطة",
        []
    );
    t!(
        gap_over_a_name,
        ["gave .. aid", "gave in to"],
        "Finland gave Tanzania aid.",
        ["gave Tanzania aid"]
    );
    #[test]
    fn a_head_is_found_only_where_it_begins() {
        // Walking "ministere saoudien" toward the longer head passes the end of the head
        // "saoudien": that is no head at 0, and no phrase matches there.
        let mut b = PhraseSetBuilder::new();
        b.add("saoudien", 0);
        b.add("ministere saoudienne", 1);
        let s = b.build();
        let text = "ministere saoudien a dit";
        assert_eq!(found(&s, text, &Affixes::none()), ["saoudien"]);
        assert_eq!(s.find_at_start(text, &Affixes::none()), None);
        assert_eq!(
            s.find_at_start(&text[10..], &Affixes::none()),
            Some((0, 8, 0))
        );
    }

    /// The trie as it was first built, with a list of children per node: the flat build must
    /// give the same tables.
    fn trie_by_lists(literals: &[String]) -> (Vec<[u32; 2]>, Vec<u8>, Vec<u32>) {
        let mut order: Vec<usize> = (0..literals.len()).collect();
        order.sort_unstable_by(|&a, &b| literals[a].as_bytes().cmp(literals[b].as_bytes()));
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut head = vec![NO_HEAD];
        for &i in &order {
            let mut n = 0usize;
            for &b in literals[i].as_bytes() {
                n = match children[n].last() {
                    Some(&(last, child)) if last == b => child as usize,
                    _ => {
                        let child = children.len();
                        children[n].push((b, child as u32));
                        children.push(Vec::new());
                        head.push(NO_HEAD);
                        child
                    }
                };
            }
            if n != 0 && head[n] == NO_HEAD {
                head[n] = i as u32;
            }
        }
        let mut nodes = Vec::new();
        let (mut edge_bytes, mut edge_to) = (Vec::new(), Vec::new());
        for (c, &h) in children.iter().zip(&head) {
            nodes.push([edge_bytes.len() as u32, h]);
            edge_bytes.extend(c.iter().map(|&(b, _)| b));
            edge_to.extend(c.iter().map(|&(_, t)| t));
        }
        nodes.push([edge_bytes.len() as u32, NO_HEAD]);
        (nodes, edge_bytes, edge_to)
    }

    /// The walk over the trie's tables, as it was before the records.
    fn longest_below_by_tables(
        literals: &[String],
        bytes: &[u8],
        s: usize,
        below: usize,
    ) -> Option<(usize, u32)> {
        let (nodes, edge_bytes, edge_to) = Heads::trie(literals);
        let end = bytes.len().min(s.saturating_add(below.saturating_sub(1)));
        let walk = bytes.get(s..end)?;
        let (&first, rest) = walk.split_first()?;
        let root = nodes[0][0] as usize..nodes[1][0] as usize;
        let mut node = root
            .clone()
            .find(|&e| edge_bytes[e] == first)
            .map(|e| edge_to[e] as usize)?;
        let mut best = None;
        let mut len = 1;
        loop {
            let [from, head] = nodes[node];
            if head != NO_HEAD {
                best = Some((len, head));
            }
            let Some(&b) = rest.get(len - 1) else { break };
            let (from, to) = (from as usize, nodes[node + 1][0] as usize);
            match edge_bytes[from..to].iter().position(|&e| e == b) {
                Some(k) => node = edge_to[from + k] as usize,
                None => break,
            }
            len += 1;
        }
        best
    }

    #[test]
    fn walks_over_records_find_what_walks_over_the_tables_found() {
        // Nodes with 1 to 40 children (bytes packed four to a word, padded with zeros), heads
        // at every depth, and a zero byte in a text.
        let mut lits: Vec<String> = ["pak", "pakistan", "pakistani", "pa", "p", "北京", "北"]
            .map(String::from)
            .to_vec();
        for c in ('a'..='z').chain('0'..='9') {
            lits.push(format!("x{c}"));
            lits.push(format!("x{c}y{c}"));
        }
        lits.push("q\0".to_string());
        // Chains: long, of four and five bytes, ending at a branch, at a leaf, at a head
        // with children; a head inside a chain's span breaks it.
        for l in [
            "abcdefghijklmn",
            "abcdefghijklmo",
            "abcdefghijk",
            "wxyz",
            "vwxyz",
            "mnopq",
            "mnop",
            "mn",
            "long name of a state",
            "long name of a statesman",
        ] {
            lits.push(l.to_string());
        }
        let heads = Heads::new(&lits, (0..lits.len() as u32).map(|i| vec![i]).collect());
        let texts = [
            "xpakistanis",
            "xky",
            "xkykz",
            "x",
            "xx",
            "北京市",
            "q\0",
            "q",
            "\0",
            "pakx9y9",
            "abcdefghijklmnop",
            "abcdefghijklmo",
            "abcdefghijkl",
            "abcdefghij",
            "abcdefgxijk",
            "wxyz",
            "wxy",
            "vwxyzz",
            "mnopqr",
            "mnopx",
            "mnox",
            "long name of a statesman's",
            "long name of a statue",
            "long name of a stat",
        ];
        for t in texts {
            let b = t.as_bytes();
            for s in 0..=b.len() {
                for below in [usize::MAX, 22, 21, 15, 12, 9, 6, 5, 4, 3, 2, 1, 0] {
                    let got = heads.longest_below(b, s, below).map(|(l, p)| (l, p[0]));
                    assert_eq!(
                        got,
                        longest_below_by_tables(&lits, b, s, below),
                        "{t:?} {s} {below}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_start_refused_by_the_prefixes_begins_no_head() {
        // Heads of one to eight bytes, in three scripts; texts that share first bytes with them.
        let lits: Vec<String> = [
            "a",
            "pa",
            "pak",
            "pakistan",
            "russia",
            "rus",
            "москва",
            "мо",
            "الباكستان",
            "ال",
            "北京",
            "talks with",
            "met",
        ]
        .map(String::from)
        .to_vec();
        let heads = Heads::new(&lits, (0..lits.len() as u32).map(|i| vec![i]).collect());
        let mut refused = 0;
        for t in [
            "pakistani russian talks without meeting metal",
            "pakora rusty pal russ москвич мост молоко",
            "الباكستانية الامارات البا 北京市 北方 talks within",
            "p",
            "",
        ] {
            let b = t.as_bytes();
            for s in 0..b.len() {
                let found = heads.longest_below(b, s, usize::MAX).is_some();
                let may = heads.may_start(b, s);
                assert!(may || !found, "{t:?} at {s}: a head begins there");
                refused += usize::from(!may);
            }
        }
        // The filter refuses: most starts of these texts begin no head.
        assert!(refused > 40, "{refused} starts refused");
    }

    #[test]
    fn bytes_are_found_four_to_a_word() {
        let words = [
            u32::from_le_bytes(*b"abcd"),
            u32::from_le_bytes([b'e', 0x80, 0, 0]),
        ];
        for (i, b) in b"abcde\x80".iter().enumerate() {
            assert_eq!(find_byte(&words, *b), Some(i));
        }
        assert_eq!(
            find_byte(&words, 0),
            Some(6),
            "padding is found, and cut off by the count"
        );
        assert_eq!(find_byte(&words, b'z'), None);
        assert_eq!(find_byte(&[], b'a'), None);
    }

    #[test]
    fn starts_skip_the_rest_of_ascii_words_as_classifying_each_byte_did() {
        // Each character classified, none skipped.
        let by_chars = |text: &str| -> Vec<(usize, bool)> {
            let mut out = Vec::new();
            let (mut prev_word, mut prev_unspaced) = (false, false);
            for (s, c) in text.char_indices() {
                let (word, space, unspaced) = (is_word_char(c), c.is_whitespace(), is_unspaced(c));
                if (!prev_word || prev_unspaced || unspaced || !word) && !space {
                    out.push((s, word && (!prev_word || prev_unspaced || unspaced)));
                }
                (prev_word, prev_unspaced) = (word, unspaced);
            }
            out
        };
        for t in [
            "",
            "Russia's army, the U.S.-led coalition (NATO) and 2021's talks",
            "北京abc市 x北京 Лавровu ابو ظبيabc ab\u{301}c",
            "  trailing  ",
        ] {
            let got: Vec<(usize, bool)> = candidate_starts(t)
                .iter()
                .map(|s| (s.at(), s.word()))
                .collect();
            assert_eq!(got, by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn the_flat_trie_is_the_trie_of_lists() {
        let words = [
            "pak",
            "pakistan",
            "pakistani",
            "pa",
            "russia",
            "p",
            "pakistan",
            "روسيه",
            "روس",
            "北京",
            "北",
            "zz",
            "z",
            "",
            "a b",
            "a",
            "ab",
            "a b c",
            "moscow's",
            "ʼ",
        ];
        let lits: Vec<String> = words.map(String::from).to_vec();
        assert_eq!(Heads::trie(&lits), trie_by_lists(&lits));
        // Every prefix of every suffix of a sentence, in a scrambled order.
        let text = "the minister of foreign affairs met the ministers of defence";
        let mut many: Vec<String> = (0..text.len())
            .flat_map(|i| (i..=text.len()).map(move |j| text[i..j].to_string()))
            .collect();
        many.sort_by_key(|w| w.len() * 7919 % 101);
        assert_eq!(Heads::trie(&many), trie_by_lists(&many));
        assert_eq!(Heads::trie(&[]), trie_by_lists(&[]));
    }

    #[test]
    fn the_trie_gives_the_longest_head_below_a_bound_and_none_past_the_text() {
        let lits: Vec<String> = ["pak", "pakistan", "pakistani", "pa", "russia", "p"]
            .map(String::from)
            .to_vec();
        let heads = Heads::new(&lits, (0..lits.len() as u32).map(|i| vec![i]).collect());
        let text = b"xpakistanis";
        let at = |below| heads.longest_below(text, 1, below);
        assert_eq!(at(usize::MAX), Some((9, &[2][..])));
        assert_eq!(at(9), Some((8, &[1][..])));
        assert_eq!(at(8), Some((3, &[0][..])));
        assert_eq!(at(3), Some((2, &[3][..])));
        assert_eq!(at(2), Some((1, &[5][..])));
        assert_eq!(at(1), None);
        assert_eq!(heads.longest_below(text, 0, usize::MAX), None);
        assert_eq!(
            heads.longest_below(b"pakista", 0, usize::MAX),
            Some((3, &[0][..]))
        );
        assert_eq!(heads.longest_below(text, text.len(), usize::MAX), None);
    }

    #[test]
    fn phrases_whose_later_words_are_absent_are_not_tried_and_others_still_match() {
        // More than 48 starts, so the word keys are built.
        let filler = "a b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(2);
        let s = set(&["launched .. strikes", "launched .. attack*", "launched"]);
        let text = format!("{filler}they launched air attacks on {filler}");
        assert_eq!(found(&s, &text, &Affixes::none()), ["launched air attacks"]);
        let text = format!("{filler}they launched a satellite {filler}");
        assert_eq!(found(&s, &text, &Affixes::none()), ["launched"]);
    }

    #[test]
    fn gaps_step_over_names_and_dates_as_one_word() {
        let s = set(&["cut .. relations"]);
        let text = "they cut on Monday 5 June 2017 the diplomatic relations";
        let n = normalize(text);
        let t = n.text();
        assert!(
            s.find(&n, &Affixes::none()).is_empty(),
            "six words: too many for a gap"
        );
        let date = t.find("monday 5 june 2017").unwrap();
        let skips = [(date, date + "monday 5 june 2017".len())];
        let found: Vec<&str> = s
            .find_in_skipping(&n, 0, t.len(), &Affixes::none(), &skips)
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect();
        assert_eq!(
            found,
            ["cut on Monday 5 June 2017 the diplomatic relations"]
        );
    }
    /// The normalised spans of `words` in the normalised text `t` (names and dates the
    /// matcher is told to skip as units).
    fn spans_of(t: &str, words: &[&str]) -> Vec<(usize, usize)> {
        words
            .iter()
            .map(|w| {
                let w = normalize(w).text().to_string();
                let a = t.find(&w).expect("the word is in the text");
                (a, a + w.len())
            })
            .collect()
    }
    #[test]
    fn gaps_stay_in_their_sentence() {
        let spans = |pattern: &str, text: &str, lang: &str| -> Vec<String> {
            let n = normalize(text);
            set(&[pattern])
                .find(&n, &affixes(lang))
                .iter()
                .map(|m| text[m.start..m.end].to_string())
                .collect()
        };
        // The truce of the next sentence is not the one agreed to.
        assert!(spans(
            "وافق* .. هدنه",
            "وقال إن الأطراف وافقت عليها. وتنص الهدنة على",
            "ar"
        )
        .is_empty());
        assert!(spans(
            "agreed .. truce",
            "They agreed on it. The truce holds",
            "en"
        )
        .is_empty());
        assert!(spans(
            "agreed .. truce",
            "They agreed on it! The truce holds",
            "en"
        )
        .is_empty());
        // Nor past a name, stepped over as one word, that ends its sentence.
        let text = "Russia agreed with Iran. The truce holds";
        let n = normalize(text);
        let skips = spans_of(n.text(), &["Iran"]);
        assert!(set(&["agreed .. truce"])
            .find_in_skipping(&n, 0, n.text().len(), &affixes("en"), &skips)
            .is_empty());
        // An abbreviation's full stops end nothing.
        assert_eq!(
            spans(
                "agreed .. truce",
                "Iran agreed with the U.S. on a truce",
                "en"
            ),
            ["agreed with the U.S. on a truce"]
        );
        assert_eq!(
            spans("وافق* .. هدنه", "وافقت الأطراف على الهدنة", "ar"),
            ["وافقت الأطراف على الهدنة"]
        );
    }

    #[test]
    fn gaps_do_not_count_numbers_and_quantity_words() {
        let s = set(&["fired .. missiles at"]);
        let spans = |text: &str, a: &Affixes| -> Vec<String> {
            let n = normalize(text);
            s.find(&n, a)
                .iter()
                .map(|m| text[m.start..m.end].to_string())
                .collect()
        };
        let en = affixes("en");
        // "more than a dozen" counts for nothing; "ballistic" is the one word skipped.
        let text = "Iran fired more than a dozen ballistic missiles at two bases";
        assert_eq!(
            spans(text, &en),
            ["fired more than a dozen ballistic missiles at"]
        );
        assert!(
            spans(text, &Affixes::none()).is_empty(),
            "without the language's quantity words the gap holds five words"
        );
        // Digits are numbers in any language; content words still count.
        assert_eq!(
            spans(
                "they fired 1,200 rockets and 13 missiles at",
                &Affixes::none()
            ),
            ["fired 1,200 rockets and 13 missiles at"]
        );
        assert!(
            spans(
                "they fired on the crowd and later launched missiles at",
                &en
            )
            .is_empty(),
            "four content words are too many"
        );
    }

    #[test]
    fn a_list_of_names_joined_by_clitics_is_one_unit_of_a_gap() {
        let s = set(&["قطع* .. علاقات*"]);
        let aff = affixes("ar");
        // Four coordinated subjects and a date between commas (a VSO lead; 5 June 2017): one
        // list, one date.
        let text = "قطعت مصر والسعودية والبحرين والإمارات، يوم الاثنين، علاقاتها مع الدوحة";
        let n = normalize(text);
        let t = n.text();
        let skips = spans_of(t, &["مصر", "السعودية", "البحرين", "الإمارات", "يوم الاثنين"]);
        let found: Vec<&str> = s
            .find_in_skipping(&n, 0, t.len(), &aff, &skips)
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect();
        assert_eq!(
            found,
            ["قطعت مصر والسعودية والبحرين والإمارات، يوم الاثنين، علاقاتها"]
        );
        // Five names not joined into a list (each stands alone) are too many.
        let text = "قطعت مصر السعودية البحرين الإمارات، يوم الاثنين، علاقاتها";
        let n = normalize(text);
        let t = n.text();
        let skips = spans_of(t, &["مصر", "السعودية", "البحرين", "الإمارات", "يوم الاثنين"]);
        assert!(s.find_in_skipping(&n, 0, t.len(), &aff, &skips).is_empty());
    }
    t!(
        gap_over_possessive,
        ["summoned .. ambassador"],
        "Nigeria summoned Niger's ambassador",
        ["summoned Niger's ambassador"]
    );
    // Arabic's clitics and endings belong to Arabic: Persian, Urdu and Pashto words are whole.
    t!(
        clitics_only_in_their_language,
        "ur",
        ["باكستان", "روسي"],
        "وباكستان روسیہ روسی",
        ["روسی"]
    );
    t!(
        endings_of_the_language,
        "ar",
        ["طالب"],
        "طالبان طالبوا طالبها",
        ["طالبان", "طالبها"]
    );
    // A stem row and a literal row on the same first word: every row that can start at the
    // word is tried, and the longest full match wins; on a tie the literal (longer) head does.
    t!(
        a_stem_row_is_not_hidden_by_a_literal_row_on_its_word,
        ["interdit", "interdi* .. importations"],
        "Paris interdit les importations de bois",
        ["interdit les importations"]
    );
    t!(
        the_literal_row_wins_where_the_stem_row_does_not_go_on,
        ["interdit", "interdi* .. importations"],
        "Paris interdit les manifestations",
        ["interdit"]
    );
    t!(
        the_stem_row_reads_other_forms_of_its_word,
        ["interdit", "interdi* .. importations"],
        "ils interdisent les importations ; elle interdira la marche",
        ["interdisent les importations"]
    );
    t!(
        a_literal_row_and_a_bare_stem_of_one_length_the_literal_wins,
        ["interdi*", "interdit"],
        "interdit",
        ["interdit"]
    );
    t!(
        a_longer_literal_row_still_beats_a_shorter_stem_row,
        ["sign*", "signed .. agreement*", "signed .. decree"],
        "he signed a decree, they signed an agreement, she signs",
        ["signed a decree", "signed an agreement", "signs"]
    );
    // Under a longer head, a shorter head's word takes no declared ending: "السلط" + "ة" is no
    // reading of "السلطة", even when a longer phrase would follow.
    t!(
        a_shorter_head_takes_no_ending_on_its_literal_word,
        "ar",
        ["سلطه", "سلط .. قرار"],
        "السلطة قرار",
        ["سلطة"]
    );
    t!(
        hyphenated_name,
        ["isis-k"],
        "fight ISIS-K and ISIS",
        ["ISIS-K"]
    );
}
