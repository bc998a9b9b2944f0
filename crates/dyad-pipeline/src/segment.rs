//! Sentences: split at the sentence stops of every script's data (`stop`, `soft_stop` in
//! `data/script/*.toml`: `. ! ?`, Arabic `؟`, Urdu `۔`, Devanagari `।`, Chinese `。！？`) and at
//! line breaks, keeping closing quotes with their sentence and not splitting after
//! abbreviations (data/segment) or initials.

use crate::PipelineError;
use dyad_core::{Lang, PunctClass, PunctSet, Sentence, Span};
use dyad_kb::data::{file, tsv_rows};
use std::collections::{HashMap, HashSet};

/// Knows each language's abbreviations and the words around its ordinals.
#[derive(Debug, Default)]
pub struct Segmenter {
    abbreviations: HashMap<Option<Lang>, HashSet<String>>,
    /// Words before (`false`) or after (`true`) which "14." is an ordinal (data/segment/ordinals.tsv).
    ordinal_words: HashSet<(Lang, bool, String)>,
}

/// What a sentence's last mark takes with it: closing quotes and brackets.
const CLOSERS: PunctSet = PunctSet::of(&[PunctClass::QuoteClose, PunctClass::BracketClose]);

impl Segmenter {
    pub fn builtin() -> Result<Self, PipelineError> {
        let path = "segment/abbreviations.tsv";
        let mut s = Segmenter::default();
        for (line, f) in tsv_rows(file(path).unwrap_or("")) {
            let [lang, abbr] = f[..] else {
                return Err(PipelineError::Data {
                    file: path.into(),
                    line,
                    message: "expected lang, abbreviation".into(),
                });
            };
            // `*`: every language.
            let key = if lang == "*" {
                None
            } else {
                Some(Lang::new(lang).ok_or_else(|| PipelineError::Data {
                    file: path.into(),
                    line,
                    message: format!("{lang:?} is not a language code"),
                })?)
            };
            s.abbreviations
                .entry(key)
                .or_default()
                .insert(abbr.to_lowercase());
        }
        let path = "segment/ordinals.tsv";
        for (line, f) in tsv_rows(file(path).unwrap_or("")) {
            let bad = |message: String| PipelineError::Data {
                file: path.into(),
                line,
                message,
            };
            let [lang, side, word] = f[..] else {
                return Err(bad("expected lang, side, word".into()));
            };
            let lang =
                Lang::new(lang).ok_or_else(|| bad(format!("{lang:?} is not a language code")))?;
            let after = match side {
                "before" => false,
                "after" => true,
                other => return Err(bad(format!("side {other:?} is neither before nor after"))),
            };
            s.ordinal_words.insert((lang, after, word.to_lowercase()));
        }
        Ok(s)
    }

    /// Whether the full stop at `dot` closes an ordinal ("ihr 14. Sanktionspaket", "am 3.
    /// Oktober"): one to three digits before it, after a word that opens a noun phrase or
    /// before a word that follows ordinals, in a language that writes ordinals so.
    fn is_ordinal(&self, text: &str, start: usize, dot: usize, next: usize, lang: Lang) -> bool {
        if self.ordinal_words.is_empty() {
            return false;
        }
        let before = &text[start..dot];
        let mut words = before.rsplit(char::is_whitespace);
        let number = words.next().unwrap_or("");
        if number.is_empty() || number.len() > 3 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let word = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        let prev = words.find(|w| !w.is_empty()).map(word);
        let following = text[next..].split_whitespace().next().map(word);
        prev.is_some_and(|p| self.ordinal_words.contains(&(lang, false, p)))
            || following.is_some_and(|f| self.ordinal_words.contains(&(lang, true, f)))
    }

    fn is_abbreviation(&self, lang: Lang, word: &str) -> bool {
        let w = word.to_lowercase();
        let has = |k: Option<Lang>| self.abbreviations.get(&k).is_some_and(|s| s.contains(&w));
        has(None) || has(Some(lang))
    }

    /// Splits `text` into sentences (spans never include surrounding whitespace). No sentence
    /// is longer than [`MAX_SENTENCE_BYTES`]: a longer one is cut at clause punctuation, else
    /// at a space, so the stages that look at a sentence as a whole stay linear in the text.
    pub fn split(&self, text: &str, lang: Lang) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = 0;
        // The swallowed run after a '.', '!' or '?' and what follows it, computed once per run:
        // every '.' inside the run ends at the same place (so "....." stays linear).
        let mut run: Option<Run> = None;
        let mut iter = text.char_indices().peekable();
        let punct = dyad_kb::punct();
        while let Some((i, c)) = iter.next() {
            let end_here = match c {
                '\n' => Some(i),
                _ if punct.is(c, PunctClass::Stop) => Some(i + c.len_utf8()),
                _ if punct.is(c, PunctClass::SoftStop) => {
                    let after = i + c.len_utf8();
                    let r = match run {
                        Some(r) if r.from <= i && after <= r.end => r,
                        _ => Run::after(text, after),
                    };
                    run = Some(r);
                    let boundary = match r.next {
                        Next::End => true,
                        Next::Attached => false,
                        Next::Spaced(first) => {
                            c != '.'
                                || (first.is_some_and(|f| !f.is_lowercase())
                                    && !self.ends_with_abbreviation(text, start, after, lang)
                                    && !self.is_ordinal(text, start, i, r.end, lang))
                        }
                    };
                    boundary.then_some(r.end)
                }
                _ => None,
            };
            if let Some(e) = end_here {
                push(text, start, e, &mut out);
                start = e;
                // Skip the quote characters we swallowed.
                while iter.peek().is_some_and(|(j, _)| *j < e) {
                    iter.next();
                }
            }
        }
        push(text, start, text.len(), &mut out);
        out
    }

    /// Whether the sentence `text[start..end]` ends with an abbreviation or an initial. Only the
    /// last [`WORD_REACH`] bytes are looked at: a longer word is neither.
    fn ends_with_abbreviation(&self, text: &str, start: usize, end: usize, lang: Lang) -> bool {
        let mut from = end.saturating_sub(WORD_REACH).max(start);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let tail = &text[from..end];
        let mut words = tail.rsplit(|c: char| c.is_whitespace() || c == '(');
        let last = words.next().unwrap_or("");
        if from > start && words.next().is_none() {
            return false; // the word goes on before the window: too long to be one
        }
        let core = last.trim_start_matches(dyad_kb::punct().any(OPENERS));
        // An initial ("J. Smith") or an abbreviation from the data.
        let letters = core.trim_end_matches('.');
        (letters.chars().count() == 1 && letters.chars().all(char::is_uppercase))
            || self.is_abbreviation(lang, core)
    }
}

/// What a quoted abbreviation may start with.
const OPENERS: PunctSet = PunctSet::of(&[PunctClass::QuoteOpen]);

/// The longest sentence the segmenter emits, in bytes: about 150 words of Latin script or 75
/// of Arabic or Cyrillic, longer than the sentences of any news text we have seen.
pub const MAX_SENTENCE_BYTES: usize = 1500;

/// How far back an abbreviation is looked for.
const WORD_REACH: usize = 64;

/// What follows a sentence-final mark: the run of closing quotes and dots swallowed with it
/// (starting at `from`, ending at `end`), then what comes next.
#[derive(Clone, Copy)]
struct Run {
    from: usize,
    end: usize,
    next: Next,
}

#[derive(Clone, Copy)]
enum Next {
    /// The end of the text.
    End,
    /// No space follows: a decimal point, "U.S".
    Attached,
    /// Spaces, then this character (`None`: only spaces to the end).
    Spaced(Option<char>),
}

impl Run {
    fn after(text: &str, from: usize) -> Run {
        let rest = &text[from..];
        let punct = dyad_kb::punct();
        let len = rest
            .find(|ch: char| !(punct.is_in(ch, CLOSERS) || ch == '.'))
            .unwrap_or(rest.len());
        let end = from + len;
        let next = match text[end..].chars().next() {
            None => Next::End,
            Some(f) if f.is_whitespace() => Next::Spaced(text[end..].trim_start().chars().next()),
            Some(_) => Next::Attached,
        };
        Run { from, end, next }
    }
}

/// Adds `text[start..end]`, trimmed, as one sentence, or as several when it is longer than
/// [`MAX_SENTENCE_BYTES`].
fn push(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead == piece.len() {
        return; // only spaces
    }
    let (mut s, e) = (start + lead, end - trail);
    while e - s > MAX_SENTENCE_BYTES {
        let cut = cut_point(text, s, MAX_SENTENCE_BYTES);
        push_trimmed(text, s, cut, out);
        s = cut;
    }
    push_trimmed(text, s, e, out);
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let s = start + (piece.len() - piece.trim_start().len());
    let e = end - (piece.len() - piece.trim_end().len());
    if s < e {
        out.push(Sentence {
            span: Span::new(s, e),
        });
    }
}

/// Where to cut an overlong sentence starting at `start`: after the last clause mark (`, ; :`
/// and their Arabic and CJK forms, dashes) in the second half of the next `cap` bytes, else at
/// the last space in the window, else at the last character boundary within it. Always moves
/// forward.
fn cut_point(text: &str, start: usize, cap: usize) -> usize {
    let mut limit = start + cap;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text[start..limit];
    let half = cap / 2;
    let clause = window
        .char_indices()
        .rev()
        .take_while(|(i, _)| *i >= half)
        .find(|&(_, c)| dyad_kb::punct().is_in(c, CLAUSE_MARKS))
        .map(|(i, c)| start + i + c.len_utf8());
    let space = || {
        window
            .char_indices()
            .rev()
            .take_while(|(i, _)| *i >= half / 2)
            .find(|(_, c)| c.is_whitespace())
            .map(|(i, _)| start + i)
    };
    clause
        .or_else(space)
        .filter(|&p| p > start)
        .unwrap_or(limit)
}

/// Where an over-long sentence may be cut: between clauses or list items.
const CLAUSE_MARKS: PunctSet = PunctSet::of(&[
    PunctClass::Comma,
    PunctClass::ListComma,
    PunctClass::Semicolon,
    PunctClass::Colon,
    PunctClass::Dash,
]);

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, lang: Lang) -> Vec<&str> {
        Segmenter::builtin()
            .unwrap()
            .split(text, lang)
            .iter()
            .map(|s| s.span.of(text))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $lang:expr, $text:expr, [$($want:expr),*]) => {
            #[test]
            fn $name() {
                assert_eq!(split($text, $lang), vec![$($want),*]);
            }
        };
    }

    t!(
        english_abbreviations,
        Lang::of("en"),
        "The U.S. envoy met Gen. Bajwa on Monday. They talked. Then Mr. Khan left.",
        [
            "The U.S. envoy met Gen. Bajwa on Monday.",
            "They talked.",
            "Then Mr. Khan left."
        ]
    );
    t!(
        quotes_stay_with_sentence,
        Lang::of("en"),
        "“It is unacceptable,” Lavrov said. “We agree.” He left.",
        [
            "“It is unacceptable,” Lavrov said.",
            "“We agree.”",
            "He left."
        ]
    );
    t!(
        arabic_question_and_lines,
        Lang::of("ar"),
        "هل تتحسن العلاقات؟ قال الوزير ذلك.\nسطر جديد",
        ["هل تتحسن العلاقات؟", "قال الوزير ذلك.", "سطر جديد"]
    );
    t!(
        urdu_full_stop,
        Lang::of("ur"),
        "وزیر خارجہ نے ملاقات کی۔ بات چیت ہوئی۔",
        ["وزیر خارجہ نے ملاقات کی۔", "بات چیت ہوئی۔"]
    );
    t!(
        chinese,
        Lang::of("zh"),
        "王毅会见了外长。双方进行了会谈！",
        ["王毅会见了外长。", "双方进行了会谈！"]
    );
    t!(
        russian_abbreviation,
        Lang::of("ru"),
        "Встреча прошла в 2021 г. в Москве. Стороны договорились.",
        [
            "Встреча прошла в 2021 г. в Москве.",
            "Стороны договорились."
        ]
    );
    t!(
        german_ordinals_do_not_end_a_sentence,
        Lang::of("de"),
        "Die EU hat am 24. Juni ihr 14. Sanktionspaket beschlossen. Es trifft 116 Personen. Die Zahl stieg auf 14. Danach kam nichts. Im 3. Quartal sank sie.",
        [
            "Die EU hat am 24. Juni ihr 14. Sanktionspaket beschlossen.",
            "Es trifft 116 Personen.",
            "Die Zahl stieg auf 14.",
            "Danach kam nichts.",
            "Im 3. Quartal sank sie."
        ]
    );
    t!(
        turkish_ordinal_before_a_capital,
        Lang::of("tr"),
        "Anlaşma 2. Dünya Savaşı sonrasında imzalandı. Ölü sayısı 14. Ordu açıklama yaptı.",
        [
            "Anlaşma 2. Dünya Savaşı sonrasında imzalandı.",
            "Ölü sayısı 14.",
            "Ordu açıklama yaptı."
        ]
    );
    t!(
        english_numbers_still_end_sentences,
        Lang::of("en"),
        "The death toll rose to 14. The army said so.",
        ["The death toll rose to 14.", "The army said so."]
    );
    t!(
        dots_run_and_trailing_space,
        Lang::of("en"),
        "Wait..... then more... And? ",
        ["Wait..... then more...", "And?"]
    );

    #[test]
    fn no_sentence_is_longer_than_the_cap() {
        let s = Segmenter::builtin().unwrap();
        let words = "Russia, Pakistan and China discussed trade; officials met ".repeat(400);
        let commas = "Лавров, Кабулов, Фомин, ".repeat(300);
        let arabic = "قال الوزير إن العلاقات بين البلدين ".repeat(300);
        let nospace = "中国会见外长".repeat(1000);
        let dots = ".".repeat(10_000) + "x";
        for (text, lang) in [
            (&words, Lang::of("en")),
            (&commas, Lang::of("ru")),
            (&arabic, Lang::of("ar")),
            (&nospace, Lang::of("zh")),
            (&dots, Lang::of("en")),
        ] {
            let sents = s.split(text, lang);
            let mut last = 0;
            for sent in &sents {
                assert!(
                    sent.span.len() <= MAX_SENTENCE_BYTES,
                    "{} bytes",
                    sent.span.len()
                );
                assert!(
                    sent.span.start >= last && text.get(sent.span.start..sent.span.end).is_some()
                );
                last = sent.span.end;
            }
            // Nothing but spaces is lost between pieces.
            let kept: usize = sents.iter().map(|x| x.span.len()).sum();
            let non_space = text
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(char::len_utf8)
                .sum::<usize>();
            assert!(kept >= non_space, "{kept} < {non_space}");
        }
        // Commas are preferred to spaces: a piece of comma-separated names ends at a comma.
        let sents = s.split(&commas, Lang::of("ru"));
        assert!(
            sents.len() > 1 && sents[0].span.of(&commas).ends_with(','),
            "{:?}",
            sents[0].span
        );
    }

    t!(
        decimals_and_lowercase,
        Lang::of("en"),
        "Growth was 2.5 percent. the next line",
        ["Growth was 2.5 percent. the next line"]
    );
}
