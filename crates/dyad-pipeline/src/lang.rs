//! Language and script of a document, and of its paragraphs where they differ.
//!
//! Everything here comes from the language data (`data/lang/`): the script is counted from the
//! letters; within a script, letters only one language writes decide first (Pashto ښ, Urdu ے:
//! whatlang confuses these on short texts), then a vote of function words (Latin script), then
//! whatlang's trigram model, whose answers are named through `data/lang/identify.tsv`, so that a
//! language dyad does not code is still labelled correctly; when that model is unsure (short
//! texts, languages it does not know), the function words of every language of the script,
//! including those named only by `data/lang/identify_more.tsv`; last, the script's default
//! language.

use dyad_core::{Lang, LangSpan, Script, Span};
use dyad_kb::{script_of, Languages};
use std::collections::HashMap;

/// What the identifier knows about one language with data.
#[derive(Debug, Clone)]
struct Candidate {
    lang: Lang,
    script: Script,
    letters: Vec<char>,
    share: f32,
    /// The fewest marker letters that decide.
    fewest: usize,
    rank: i32,
    default: bool,
    /// Named only (identify_more.tsv): no strong vote, and never a script's default.
    named_only: bool,
    /// Letters the language never writes in this script (see [`dyad_kb::Written`]).
    not_letters: Vec<char>,
    /// Its marker letters are counted only outside capitalised words (names).
    skip_names: bool,
    /// A second script of the language, read by transliteration (`data/lang/<code>/<Script>.toml`):
    /// found by its letters only, never by trigrams or as a script's default.
    written: bool,
}

/// The language identifier, built from the language data.
#[derive(Debug, Default)]
pub struct LangId {
    candidates: Vec<Candidate>,
    /// Vote words (folded) → the languages that use them, and whether each is named only.
    words: dyad_kb::fasthash::FastMap<String, Vec<(Lang, bool)>>,
    /// whatlang's codes → ISO codes.
    identifier: HashMap<&'static str, Lang>,
    /// How a record may name its language (ISO 639-1 or 639-3 code, English name), folded to
    /// lower case → the language.
    names: HashMap<String, Lang>,
    /// Per script, whatlang restricted to the languages with data written in it: the answer
    /// when the open model is unsure (short texts).
    allowlists: Vec<(Script, whatlang::Detector)>,
    /// Every marker letter, sorted, with the candidates (bits of their index) that count it:
    /// one search per character of a text instead of one per character and candidate.
    markers: Vec<(char, u64)>,
}

/// Letters counted per script, and per marker letter.
#[derive(Debug, Default)]
struct Counts {
    scripts: Vec<(Script, usize)>,
}

impl Counts {
    /// The letters of each script among the first `limit` characters of `text`. ASCII, most
    /// of most texts, is classified from the byte without decoding; its letters are Latin.
    fn of(text: &str, limit: usize) -> Counts {
        let mut scripts: Vec<(Script, usize)> = Vec::new();
        let mut add = |s: Script, n: usize| match scripts.iter_mut().find(|(x, _)| *x == s) {
            Some(e) => e.1 += n,
            None => scripts.push((s, n)),
        };
        let bytes = text.as_bytes();
        let (mut i, mut taken, mut ascii_letters) = (0, 0, 0);
        while i < bytes.len() && taken < limit {
            // Sixteen bytes at a time while they are all ASCII (one character each).
            const STRETCH: usize = 16;
            if limit - taken >= STRETCH {
                if let Some(chunk) = bytes.get(i..i + STRETCH) {
                    if chunk.iter().fold(0u8, |a, &b| a | b) < 0x80 {
                        ascii_letters += chunk
                            .iter()
                            .map(|&b| usize::from(b.is_ascii_alphabetic()))
                            .sum::<usize>();
                        i += STRETCH;
                        taken += STRETCH;
                        continue;
                    }
                }
            }
            let b = bytes[i];
            if b < 0x80 {
                ascii_letters += usize::from(b.is_ascii_alphabetic());
                i += 1;
            } else {
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                i += c.len_utf8();
                if let Some(s) = script_of(c) {
                    add(s, 1);
                }
            }
            taken += 1;
        }
        if ascii_letters > 0 {
            add(Script::LATIN, ascii_letters);
        }
        // The order of first appearance is lost to the sort, which orders by count and script.
        scripts.sort_by_key(|&(s, n)| (std::cmp::Reverse(n), s));
        Counts { scripts }
    }

    fn dominant(&self) -> Option<(Script, usize)> {
        self.scripts.first().copied()
    }
}

/// Whether `text` writes more of `not_letters` than a tenth of the `markers` letters it has
/// (at least one): those of another alphabet of the same script.
fn other_alphabet(text: &str, not_letters: &[char], markers: usize) -> bool {
    if not_letters.is_empty() {
        return false;
    }
    let n = text
        .chars()
        .take(20_000)
        .filter(|c| not_letters.contains(c))
        .count();
    n > 0 && n * 10 > markers
}

impl LangId {
    pub fn new(languages: &Languages) -> Self {
        let mut candidates: Vec<Candidate> = languages
            .all()
            .iter()
            .map(|l| Candidate {
                lang: l.lang,
                script: l.script,
                letters: l.marker_letters.clone(),
                share: l.marker_share,
                fewest: 1,
                rank: l.rank,
                default: l.script_default,
                named_only: false,
                not_letters: l.marker_not_letters.clone(),
                skip_names: l.marker_skip_names,
                written: false,
            })
            .chain(languages.written().iter().map(|w| Candidate {
                lang: w.lang,
                script: w.script,
                letters: w.marker_letters.clone(),
                share: w.marker_share,
                fewest: 1,
                rank: w.rank,
                default: false,
                named_only: false,
                not_letters: w.not_letters.clone(),
                skip_names: false,
                written: true,
            }))
            .collect();
        // Stable: a language's own script stays before its second one at the same rank.
        candidates.sort_by_key(|c| (c.rank, c.lang));
        // Named-only languages come after every language with data, in file order.
        candidates.extend(languages.named().iter().map(|l| Candidate {
            lang: l.lang,
            script: l.script,
            letters: l.marker_letters.clone(),
            share: l.marker_share,
            fewest: l.marker_fewest,
            rank: i32::MAX,
            default: false,
            named_only: true,
            not_letters: Vec::new(),
            skip_names: false,
            written: false,
        }));
        let mut words: dyad_kb::fasthash::FastMap<String, Vec<(Lang, bool)>> = Default::default();
        for l in languages.all() {
            for w in &l.vote_words {
                words.entry(w.clone()).or_default().push((l.lang, false));
            }
        }
        for l in languages.written() {
            for w in &l.vote_words {
                words.entry(w.clone()).or_default().push((l.lang, false));
            }
        }
        for l in languages.named() {
            for w in &l.words {
                words.entry(w.clone()).or_default().push((l.lang, true));
            }
        }
        let mut identifier = HashMap::new();
        let mut names: HashMap<String, Lang> = HashMap::new();
        for w in whatlang::Lang::all() {
            if let Some(k) = languages.from_identifier(w.code()) {
                identifier.insert(w.code(), k.lang);
                names.insert(w.code().to_string(), k.lang);
                names.insert(k.lang.code().to_string(), k.lang);
                names.insert(k.name.to_lowercase(), k.lang);
            }
        }
        for c in &candidates {
            names.insert(c.lang.code().to_string(), c.lang);
            if let Some(name) = languages.name(c.lang) {
                names.insert(name.to_lowercase(), c.lang);
            }
        }
        let mut scripts: Vec<Script> = candidates.iter().map(|c| c.script).collect();
        scripts.sort();
        scripts.dedup();
        let allowlists = scripts
            .into_iter()
            .filter_map(|script| {
                let list: Vec<whatlang::Lang> = whatlang::Lang::all()
                    .iter()
                    .copied()
                    .filter(|w| {
                        identifier.get(w.code()).is_some_and(|l| {
                            candidates
                                .iter()
                                .any(|c| c.lang == *l && c.script == script && !c.written)
                        })
                    })
                    .collect();
                (list.len() > 1).then(|| (script, whatlang::Detector::with_allowlist(list)))
            })
            .collect();
        let mut markers: Vec<(char, u64)> = Vec::new();
        for (i, c) in candidates.iter().enumerate().take(64) {
            for &l in &c.letters {
                markers.push((l, 1 << i));
            }
        }
        markers.sort_unstable();
        markers.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 |= b.1;
            }
            same
        });
        LangId {
            candidates,
            words,
            identifier,
            names,
            allowlists,
            markers,
        }
    }

    /// The language a record declares (`"language": "tr"`, `"tr-TR"`, `"tur"`, `"Turkish"`),
    /// if it names one dyad knows: the primary subtag of a BCP 47 tag, an ISO 639-1 or 639-3
    /// code, or the English name.
    pub fn declared(&self, tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        self.names
            .get(primary)
            .or_else(|| self.names.get(tag.as_str()))
            .copied()
    }

    /// The dominant script of `text` and its language as a record declares it: a reader who
    /// knows the language of each record should not be second-guessed on a short text
    /// ("Rusya, ABD'nin teklifini reddetti." reads as English to a trigram model). The
    /// declaration is checked against the letters: a language said to be written in one script
    /// is not taken for a text in another: then the text's own language is identified instead,
    /// with the reason why the declaration was not followed.
    pub fn detect_declared(&self, text: &str, tag: &str) -> (Option<Script>, Lang, Option<String>) {
        let counts = Counts::of(text, 20_000);
        let dominant = counts.dominant();
        let identified = || self.detect(text);
        let Some(lang) = self.declared(tag) else {
            let (script, lang) = identified();
            return (
                script,
                lang,
                Some(format!("declared language {tag:?} is not a language code or name dyad knows; identified {lang} from the text")),
            );
        };
        // A language with a second script (Uzbek in Cyrillic) is declared in either. (One
        // whose script the data does not give, named by the identifier only, is not checked.)
        let writes_in = |script: Script| {
            self.candidates
                .iter()
                .any(|c| c.lang == lang && c.script == script)
        };
        match (dominant, self.script_of(lang)) {
            (Some((script, _)), Some(writes)) if !writes_in(script) => {
                let (script, identified) = identified();
                (
                    script,
                    identified,
                    Some(format!(
                        "declared language {lang} is written in {}, but the text is in {}; identified {identified} from the text",
                        writes.code(),
                        script.map_or_else(|| "no script".to_string(), |s| s.code().to_string())
                    )),
                )
            }
            (dominant, _) => (dominant.map(|(s, _)| s), lang, None),
        }
    }

    /// The function words of the first 80 words: how many words were read, and per language of
    /// `script` how many of them it uses, most first (languages named only if `named`).
    fn vote_counts(&self, text: &str, script: Script, named: bool) -> (usize, Vec<(Lang, usize)>) {
        // A few languages at most: a list, not a map built and dropped for every paragraph.
        let mut counts: Vec<(Lang, usize)> = Vec::new();
        let mut lower = String::new();
        let mut total = 0usize;
        for w in text
            .split(|c: char| !dyad_kb::is_alphabetic(c))
            .filter(|w| !w.is_empty())
            .take(80)
        {
            total += 1;
            lower.clear();
            for c in w.chars() {
                dyad_kb::fold_char(c, &mut lower);
            }
            for (l, only) in self.words.get(&lower).into_iter().flatten() {
                if named || !only {
                    match counts.iter_mut().find(|(x, _)| x == l) {
                        Some(e) => e.1 += 1,
                        None => counts.push((*l, 1)),
                    }
                }
            }
        }
        let mut v: Vec<(Lang, usize)> = counts
            .into_iter()
            .filter(|(l, _)| {
                self.candidates
                    .iter()
                    .any(|c| c.lang == *l && c.script == script)
            })
            .collect();
        v.sort_by_key(|x| (std::cmp::Reverse(x.1), x.0));
        (total, v)
    }

    /// A clear winner among the function words of the languages with data, if there is one.
    fn vote(&self, text: &str, script: Script) -> Option<Lang> {
        let (total, v) = self.vote_counts(text, script, false);
        // Six function words decide a paragraph; a short sentence needs a quarter of its words.
        let enough = (total / 4).clamp(2, 6);
        match v.as_slice() {
            [(l, n)] if *n >= enough => Some(*l),
            [(l, n), (_, m), ..] if *n >= enough && *n >= 3 * *m => Some(*l),
            _ => None,
        }
    }

    /// The language letters only it writes point to, within `script`.
    fn by_letters(&self, text: &str, script: Script, letters: usize) -> Option<Lang> {
        let wanted: u64 = self
            .candidates
            .iter()
            .enumerate()
            .take(64)
            .filter(|(_, c)| c.script == script && !c.letters.is_empty())
            .fold(0, |m, (i, _)| m | 1 << i);
        if wanted == 0 {
            return None;
        }
        // Per candidate, its marker letters in the text, and those outside capitalised words:
        // a capitalised word is a name, and names carry other languages' letters ("Erdoğan",
        // "Yıldırım" in an English report), so a language whose letters are common in names
        // abroad counts only the others (`[identify] skip_names`).
        let mut counts = [0usize; 64];
        let mut outside_names = [0usize; 64];
        let lowest = self.markers.first().map_or(char::MAX, |m| m.0);
        // (Whether a marker stands in a capitalised word is asked only of markers, which are
        // rare: from its word's first letter, found backwards.)
        let in_name = |at: usize| {
            text[..at]
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .last()
                .or_else(|| text[at..].chars().next())
                .is_some_and(char::is_uppercase)
        };
        let skipping: u64 = self
            .candidates
            .iter()
            .enumerate()
            .take(64)
            .filter(|(_, c)| c.skip_names)
            .fold(0, |m, (i, _)| m | 1 << i);
        for (at, c) in text.char_indices().take(20_000) {
            if c < lowest {
                continue;
            }
            if let Ok(k) = self.markers.binary_search_by_key(&c, |&(l, _)| l) {
                let mut bits = self.markers[k].1 & wanted;
                let in_name = bits & skipping != 0 && in_name(at);
                while bits != 0 {
                    let i = bits.trailing_zeros() as usize;
                    counts[i] += 1;
                    if !in_name {
                        outside_names[i] += 1;
                    }
                    bits &= bits - 1;
                }
            }
        }
        for (i, c) in self.candidates.iter().enumerate().take(64) {
            if c.skip_names {
                counts[i] = outside_names[i];
            }
        }
        let mut passing = self
            .candidates
            .iter()
            .enumerate()
            .take(64)
            .filter(|&(i, c)| {
                wanted & 1 << i != 0
                    && counts[i] as f32 > c.share * letters.max(1) as f32
                    && counts[i] >= c.fewest
                    && !other_alphabet(text, &c.not_letters, counts[i])
            })
            .map(|(_, c)| c);
        let first = passing.next()?;
        if !first.named_only {
            return Some(first.lang);
        }
        // Named-only languages share letters (Kazakh, Kyrgyz and Mongolian all write ө ү): when
        // several pass, their function words decide, else the first in file order.
        let rest: Vec<Lang> = passing.map(|c| c.lang).collect();
        if rest.is_empty() {
            return Some(first.lang);
        }
        let (_, votes) = self.vote_counts(text, script, true);
        Some(
            votes
                .iter()
                .find(|(l, _)| *l == first.lang || rest.contains(l))
                .map_or(first.lang, |&(l, _)| l),
        )
    }

    fn script_default(&self, script: Script) -> Option<Lang> {
        self.candidates
            .iter()
            .find(|c| c.script == script && c.default)
            .or_else(|| {
                // A script only one language with data writes: that language.
                let mut it = self
                    .candidates
                    .iter()
                    .filter(|c| c.script == script && !c.named_only && !c.written);
                match (it.next(), it.next()) {
                    (Some(c), None) if c.letters.is_empty() => Some(c),
                    _ => None,
                }
            })
            .map(|c| c.lang)
    }

    /// whatlang's answer on a sample, named by ISO code, and whether it is sure. When it is
    /// not, the answer among the languages with data in `script`, if there are several.
    fn trigrams(&self, text: &str, script: Script) -> Option<(Lang, bool)> {
        // Trigrams of a paragraph decide about as well as the whole text, at a fraction of the cost.
        let sample: String = text.chars().take(400).collect();
        let info = whatlang::detect(&sample)?;
        let lang = *self.identifier.get(info.lang().code())?;
        if info.is_reliable() {
            // whatlang names only languages it knows, and sure of one of them on text in a
            // language it does not know (Somali read as Tagalog): two or more function words
            // of a named-only language outweigh a reliable answer that dyad does not code.
            if self.candidates.iter().any(|c| c.lang == lang) {
                return Some((lang, true));
            }
            let named = self
                .vote_counts(text, script, true)
                .1
                .into_iter()
                .find(|&(l, n)| {
                    n >= 2 && self.candidates.iter().any(|c| c.lang == l && c.named_only)
                });
            return Some((named.map_or(lang, |(l, _)| l), true));
        }
        if let Some(l) = self.weak_vote(text, script) {
            return Some((l, true));
        }
        let restricted = self
            .allowlists
            .iter()
            .find(|(s, _)| *s == script)
            .and_then(|(_, d)| d.detect(&sample))
            .and_then(|i| self.identifier.get(i.lang().code()).copied());
        Some(restricted.map_or((lang, false), |l| (l, true)))
    }

    /// When the trigram model is unsure: the languages of `script` whose function words the text
    /// uses most, even one ("Lavrov met Qureshi in Moscow."), named-only languages included
    /// (Swahili, which whatlang does not know). A tie is settled by trigrams among the tied
    /// languages whatlang knows, else by rank.
    fn weak_vote(&self, text: &str, script: Script) -> Option<Lang> {
        let (_, v) = self.vote_counts(text, script, true);
        let top = v.first()?.1;
        let tied: Vec<Lang> = v.iter().take_while(|x| x.1 == top).map(|x| x.0).collect();
        if let [l] = tied[..] {
            return Some(l);
        }
        let known: Vec<whatlang::Lang> = whatlang::Lang::all()
            .iter()
            .copied()
            .filter(|w| {
                self.identifier
                    .get(w.code())
                    .is_some_and(|l| tied.contains(l))
            })
            .collect();
        let sample: String = text.chars().take(400).collect();
        let by_trigrams = (known.len() > 1)
            .then(|| whatlang::Detector::with_allowlist(known).detect(&sample))
            .flatten()
            .and_then(|i| self.identifier.get(i.lang().code()).copied());
        by_trigrams.or_else(|| {
            self.candidates
                .iter()
                .find(|c| tied.contains(&c.lang))
                .map(|c| c.lang)
        })
    }

    /// The dominant script and the language of `text` (`Lang::UND` when unknown).
    pub fn detect(&self, text: &str) -> (Option<Script>, Lang) {
        let counts = Counts::of(text, 20_000);
        let Some((script, n)) = counts.dominant() else {
            return (None, Lang::UND);
        };
        (Some(script), self.language_of(text, script, n, true))
    }

    /// The language of a text in `script` (with `letters` letters of it).
    fn language_of(&self, text: &str, script: Script, letters: usize, trigrams: bool) -> Lang {
        if let Some(l) = self.by_letters(text, script, letters) {
            return l;
        }
        if let Some(l) = self.vote(text, script) {
            return l;
        }
        let default = self.script_default(script);
        if trigrams {
            if let Some((l, sure)) = self.trigrams(text, script) {
                let of_script = self
                    .candidates
                    .iter()
                    .find(|c| c.lang == l && !c.written)
                    .is_none_or(|c| c.script == script);
                if of_script && (sure || default.is_none() || Some(l) == default) {
                    return l;
                }
            }
        }
        default.unwrap_or(Lang::UND)
    }

    fn script_of(&self, lang: Lang) -> Option<Script> {
        self.candidates
            .iter()
            .find(|c| c.lang == lang && !c.written)
            .map(|c| c.script)
    }

    /// The document's language and its parts in other languages: paragraphs long enough to
    /// judge whose script or function words point to another language than the document's.
    /// (Only letters and word votes are read per paragraph: trigrams are for the whole text.)
    pub fn segments(&self, text: &str, doc: Lang, doc_script: Option<Script>) -> Vec<LangSpan> {
        self.segments_with(text, doc, doc_script, false)
    }

    /// [`LangId::segments`] of a document whose language its record declares: a paragraph in
    /// that language's script is in that language unless its letters say otherwise (function
    /// words are not asked: a Spanish paragraph whose only function word is «la» is not French).
    pub fn segments_declared(
        &self,
        text: &str,
        doc: Lang,
        doc_script: Option<Script>,
    ) -> Vec<LangSpan> {
        self.segments_with(text, doc, doc_script, true)
    }

    fn segments_with(
        &self,
        text: &str,
        doc: Lang,
        doc_script: Option<Script>,
        declared: bool,
    ) -> Vec<LangSpan> {
        let mut out: Vec<LangSpan> = Vec::new();
        let push = |out: &mut Vec<LangSpan>, span: Span, lang: Lang| match out.last_mut() {
            Some(last) if last.lang == lang => last.span.end = span.end,
            _ => out.push(LangSpan { span, lang }),
        };
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let span = Span::new(start, start + line.len());
            start = span.end;
            let counts = Counts::of(line, 4_000);
            let lang = match counts.dominant() {
                // Letters or function words may point to another language; failing those, a
                // paragraph in the document's script is in the document's language (a
                // Bulgarian page is not Russian paragraph by paragraph).
                Some((script, n)) if n >= 60 => self
                    .by_letters(line, script, n)
                    .or_else(|| {
                        if declared && doc_script == Some(script) {
                            None
                        } else {
                            self.vote(line, script)
                        }
                    })
                    .or_else(|| (doc_script == Some(script)).then_some(doc))
                    .or_else(|| self.script_default(script))
                    .unwrap_or(doc),
                // Too short to judge: the document's language if the script is its, else the
                // language of the paragraph before if the script is that one's.
                Some((script, _)) => {
                    let prev = out.last().map(|s| s.lang);
                    if self.script_of(doc) == Some(script) {
                        doc
                    } else {
                        prev.filter(|p| self.script_of(*p) == Some(script))
                            .unwrap_or(doc)
                    }
                }
                None => out.last().map_or(doc, |s| s.lang),
            };
            push(&mut out, span, lang);
        }
        if out.is_empty() {
            out.push(LangSpan {
                span: Span::new(0, text.len()),
                lang: doc,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> LangId {
        LangId::new(&Languages::builtin().unwrap())
    }

    macro_rules! t {
        ($name:ident, $text:expr, $lang:expr) => {
            #[test]
            fn $name() {
                assert_eq!(id().detect($text).1.code(), $lang);
            }
        };
    }

    t!(
        english,
        "Russia and Pakistan held talks in Moscow on military cooperation and regional security.",
        "en"
    );
    t!(
        french,
        "La Russie et le Pakistan ont tenu des consultations à Moscou sur la sécurité régionale.",
        "fr"
    );
    t!(
        arabic,
        "أكد نائب وزير الدفاع الروسي استعداد روسيا وباكستان لتعزيز التعاون العسكري",
        "ar"
    );
    t!(
        persian,
        "وزیر امور خارجه پاکستان در سفر به کابل با مقامات طالبان گفتگو کرد",
        "fa"
    );
    t!(
        urdu,
        "پاکستان کے وزیر خارجہ نے ماسکو میں روسی ہم منصب سے ملاقات کی ہے",
        "ur"
    );
    t!(
        pashto,
        "د افغانستان د بهرنیو چارو وزیر له روسي پلاوي سره وکتل او خبرې یې وکړې",
        "ps"
    );
    t!(
        russian,
        "Министр иностранных дел России Сергей Лавров провёл переговоры в Исламабаде.",
        "ru"
    );
    t!(hindi, "भारत और रूस के विदेश मंत्रियों ने मास्को में बातचीत की।", "hi");
    t!(chinese, "中国外交部长王毅在北京会见了巴基斯坦外长。", "zh");
    t!(german, "Der russische Außenminister traf sich in Islamabad mit seinem pakistanischen Amtskollegen.", "de");
    t!(
        turkish,
        "Rusya Dışişleri Bakanı Lavrov, Pakistanlı mevkidaşı ile İslamabad'da bir araya geldi.",
        "tr"
    );
    t!(
        spanish,
        "El ministro ruso de Asuntos Exteriores se reunió con su homólogo paquistaní en Islamabad.",
        "es"
    );
    // Languages dyad does not code are still named.
    t!(
        portuguese,
        "O ministro das Relações Exteriores da Rússia reuniu-se com o seu homólogo paquistanês em Islamabad para discutir a cooperação militar entre os dois países.",
        "pt"
    );
    t!(
        italian,
        "Il ministro degli Esteri russo ha incontrato il suo omologo pakistano a Islamabad per discutere della cooperazione militare tra i due paesi.",
        "it"
    );
    t!(
        bulgarian,
        "Министърът на външните работи на Русия се срещна с пакистанския си колега в Исламабад, за да обсъдят военното сътрудничество между двете страни.",
        "bg"
    );

    // Languages whatlang cannot report, named by data/lang/identify_more.tsv: by their function
    // words (whatlang is unsure, or sure of a language it knows: Somali as Tagalog)...
    t!(
        swahili,
        "Waziri wa mambo ya nje wa Urusi alikutana na mwenzake wa Pakistan mjini Islamabad siku ya Jumanne.",
        "sw"
    );
    t!(
        somali,
        "Wasiirka arrimaha dibadda ee Ruushka ayaa Talaadadii la kulmay dhiggiisa Pakistan ee magaalada Islamabad, waxayna ka wada hadleen iskaashiga amniga.",
        "so"
    );
    t!(
        hausa,
        "Ministan harkokin wajen Rasha ya gana da takwaransa na Pakistan a Islamabad ranar Talata, kuma sun tattauna kan batun tsaro.",
        "ha"
    );
    t!(
        kurdish,
        "Wezîrê derve yê Rûsyayê roja sêşemê li Îslamabadê bi hevpîşeyê xwe yê Pakistanî re hevdîtin kir.",
        "ku"
    );
    // ...or by their letters, shared letters settled by words.
    t!(
        albanian,
        "Ministri i Jashtëm rus u takua të martën në Islamabad me homologun e tij pakistanez për të diskutuar bashkëpunimin ushtarak.",
        "sq"
    );
    t!(
        kazakh,
        "Қазақстан Республикасының Сыртқы істер министрі сейсенбі күні Исламабадта пәкістандық әріптесімен кездесті.",
        "kk"
    );
    t!(
        tajik,
        "Вазири корҳои хориҷии Тоҷикистон рӯзи сешанбе дар Душанбе бо ҳамтои покистонии худ мулоқот кард.",
        "tg"
    );
    t!(
        kyrgyz,
        "Орусиянын тышкы иштер министри шейшемби күнү Исламабадда пакистандык кесиптеши менен жолукту.",
        "ky"
    );
    t!(
        mongolian,
        "Оросын Гадаад хэргийн сайд мягмар гарагт Исламабад хотод Пакистаны хамтрагчтайгаа уулзсан юм.",
        "mn"
    );
    // A language whatlang knows and is sure of keeps its answer.
    t!(
        zulu,
        "UNgqongqoshe wezangaphandle waseRussia uhlangane nozakwabo wasePakistan e-Islamabad ngoLwesibili.",
        "zu"
    );
    // Short sentences of names and a function word or two: the function words decide when the
    // trigrams are unsure (this one was read as French).
    t!(short_english, "Lavrov met Qureshi in Moscow.", "en");
    t!(
        short_spanish,
        "Lavrov se reunió con Qureshi en Moscú.",
        "es"
    );
    t!(short_russian, "Лавров встретился с Куреши в Москве.", "ru");
    // One letter of a language dyad does not code is a name's spelling, not that language: Albanian
    // writes ë, and so do French "Israël" and "Noël".
    t!(
        short_french_with_a_names_letter,
        "La France a condamné Israël.",
        "fr"
    );
    t!(
        short_french_with_two,
        "Israël et le Hezbollah ont signé une trêve à Noël.",
        "fr"
    );

    // Turkish by its dotless ı and ğ, in one line that trigrams read as English; but not an
    // English text naming Turks (names are capitalised), nor Azerbaijani, which writes ə too.
    t!(
        turkish_one_line_by_its_letters,
        "Rusya, İsrail'in saldırısını kınadı.",
        "tr"
    );
    t!(
        turkish_with_a_comma_and_no_function_word,
        "Türkiye İsrail'in saldırısını kınadı.",
        "tr"
    );
    t!(
        english_naming_turks_is_english,
        "Erdoğan met Binali Yıldırım and Kılıçdaroğlu in Ankara.",
        "en"
    );
    t!(
        azerbaijani_is_not_turkish,
        "Azərbaycan Respublikasının Prezidenti İlham Əliyev bu gün Bakıda Türkiyənin xarici işlər nazirini qəbul edib.",
        "az"
    );

    // Uzbek in Cyrillic (data/lang/uz/Cyrl.toml): its letters ў ғ қ ҳ, else its function
    // words, make it Uzbek, not Russian (the script's default) nor Kazakh (which writes ғ қ);
    // an alphabet with letters Uzbek never writes stays that language (Kazakh і, Belarusian
    // ў with і, Tajik ӯ ҷ).
    t!(
        uzbek_cyrillic,
        "Ўзбекистон Ташқи ишлар вазирлиги 2023 йил 18 октябрь куни Ғазодаги шифохонага берилган зарбани қоралади.",
        "uz"
    );
    t!(
        uzbek_cyrillic_by_words,
        "Мирзиёев 2024 йил 27 май куни Путин билан Тошкентда музокара ўтказди, деди Кремль.",
        "uz"
    );
    t!(
        uzbek_cyrillic_by_function_words_alone,
        "Путин 2024 йил 26 май куни Тошкентга давлат ташрифи билан келди, деб билдирди Кремль матбуот хизмати.",
        "uz"
    );
    t!(
        belarusian_with_its_u,
        "Прэзідэнт Беларусі Аляксандр Лукашэнка сустрэўся ў Мінску з прэзідэнтам Расіі Уладзімірам Пуціным.",
        "be"
    );
    t!(
        kazakh_with_uzbek_names,
        "Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада Өзбекстан Президенті Шавкат Мирзиёевпен кездесті.",
        "kk"
    );
    t!(
        russian_about_uzbekistan,
        "Президент Узбекистана Шавкат Мирзиёев 27 мая 2024 года встретился в Ташкенте с Владимиром Путиным.",
        "ru"
    );

    #[test]
    fn script_counts_read_stretches_of_ascii_as_characters() {
        // Each character classified alone: what `Counts::of` computes.
        let by_chars = |text: &str, limit: usize| {
            let mut scripts: Vec<(Script, usize)> = Vec::new();
            for c in text.chars().take(limit) {
                let Some(s) = script_of(c) else { continue };
                match scripts.iter_mut().find(|(x, _)| *x == s) {
                    Some(e) => e.1 += 1,
                    None => scripts.push((s, 1)),
                }
            }
            scripts.sort_by_key(|&(s, n)| (std::cmp::Reverse(n), s));
            scripts
        };
        let texts = [
            "",
            "short",
            "A long run of plain ASCII letters and digits 0123456789, punctuation; more.",
            "Лавров встретился с Куреши in Islamabad on 7 April — وزير الخارجية 北京 and more",
            "exactly sixteen!exactly sixteen!é",
        ];
        for t in texts {
            for limit in [0, 1, 15, 16, 17, 31, 33, 40, 4_000] {
                assert_eq!(
                    Counts::of(t, limit).scripts,
                    by_chars(t, limit),
                    "{t:?} {limit}"
                );
            }
        }
    }

    #[test]
    fn empty_text_has_no_language() {
        assert_eq!(id().detect("  12 34 "), (None, Lang::UND));
    }

    #[test]
    fn paragraphs_in_another_script_are_their_own_segment() {
        let id = id();
        let text = "The Russian foreign ministry issued a statement on Tuesday about the talks.\n\
                    وقال المتحدث باسم وزارة الخارجية الروسية إن المحادثات كانت بناءة ومفيدة للطرفين\n\
                    The statement added that more talks would follow.";
        let segs = id.segments(text, Lang::of("en"), Some(Script::LATIN));
        let langs: Vec<&str> = segs.iter().map(|s| s.lang.code()).collect();
        assert_eq!(langs, ["en", "ar", "en"]);
        assert_eq!(segs[2].span.end, text.len());
    }

    #[test]
    fn a_record_names_its_language_by_tag_code_or_name() {
        let id = id();
        let code = |t: &str| id.declared(t).map(|l| l.to_string());
        for t in ["tr", "TR", "tr-TR", "tr_TR", "tur", "Turkish", " turkish "] {
            assert_eq!(code(t).as_deref(), Some("tr"), "{t}");
        }
        assert_eq!(code("zh-Hans-CN").as_deref(), Some("zh"));
        assert_eq!(code("ps").as_deref(), Some("ps"));
        assert_eq!(code("pt-BR").as_deref(), Some("pt"));
        for t in ["", "xx", "klingon", "t"] {
            assert_eq!(code(t), None, "{t}");
        }
    }

    #[test]
    fn a_declared_paragraph_is_not_voted_into_another_language() {
        // Two Spanish paragraphs whose function words are also French ones: declared Spanish,
        // both stay Spanish.
        let id = id();
        let text = "La Francia expulsa diplomáticos rusos tras la reunión de ministros en la capital.\nLa embajada rusa en París protesta contra la decisión de la Francia de expulsar diplomáticos.";
        let (script, lang, refused) = id.detect_declared(text, "es");
        assert_eq!(refused, None);
        assert_eq!(lang.code(), "es");
        let segs = id.segments_declared(text, lang, script);
        let langs: Vec<&str> = segs.iter().map(|s| s.lang.code()).collect();
        assert_eq!(langs, ["es"]);
    }

    #[test]
    fn a_paragraph_of_an_uncoded_language_is_not_read_as_a_coded_one() {
        // A Bulgarian page: its paragraphs stay Bulgarian, not the script's default (Russian).
        let id = id();
        let text = "Министърът на външните работи на Русия се срещна с пакистанския си колега в Исламабад.";
        let (script, lang) = id.detect(text);
        assert_eq!(lang.code(), "bg");
        let segs = id.segments(text, lang, script);
        let langs: Vec<&str> = segs.iter().map(|s| s.lang.code()).collect();
        assert_eq!(langs, ["bg"]);
    }
}

#[cfg(test)]
mod vote_tests {
    use super::*;

    #[test]
    fn function_words_decide_long_texts() {
        let id = LangId::new(&Languages::builtin().unwrap());
        let en = "The minister said that the talks with the delegation of Pakistan and the envoy of Russia were held in Moscow on Tuesday and that it was agreed to meet again.";
        assert_eq!(
            id.vote(en, Script::LATIN).map(|l| l.to_string()),
            Some("en".into())
        );
        let fr = "Le ministre a déclaré que les discussions avec la délégation du Pakistan et les envoyés de la Russie ont été tenues dans la capitale pour la paix et que les parties sont satisfaites.";
        assert_eq!(
            id.vote(fr, Script::LATIN).map(|l| l.to_string()),
            Some("fr".into())
        );
        assert_eq!(id.vote("Short text.", Script::LATIN), None);
    }
}
