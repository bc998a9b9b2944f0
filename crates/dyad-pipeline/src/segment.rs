//! Sentences: split at sentence-final punctuation of every supported script (`. ! ?`, Arabic `؟`,
//! Urdu `۔`, Devanagari `।`, Chinese `。！？`) and at line breaks, keeping closing quotes with
//! their sentence and not splitting after abbreviations (data/segment) or initials.

use crate::PipelineError;
use dyad_core::{Lang, Sentence, Span};
use dyad_kb::data::{file, tsv_rows};
use std::collections::{HashMap, HashSet};

/// Knows each language's abbreviations.
#[derive(Debug, Default)]
pub struct Segmenter {
    abbreviations: HashMap<Option<Lang>, HashSet<String>>,
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '›', '」', '』'];

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
        Ok(s)
    }

    fn is_abbreviation(&self, lang: Lang, word: &str) -> bool {
        let w = word.to_lowercase();
        let has = |k: Option<Lang>| self.abbreviations.get(&k).is_some_and(|s| s.contains(&w));
        has(None) || has(Some(lang))
    }

    /// Splits `text` into sentences (spans never include surrounding whitespace).
    pub fn split(&self, text: &str, lang: Lang) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let end_here = match c {
                '\n' => Some(i),
                '؟' | '۔' | '।' | '。' | '！' | '？' => Some(i + c.len_utf8()),
                '.' | '!' | '?' => {
                    let after = i + 1;
                    // Swallow closing quotes and brackets.
                    let mut e = after;
                    for ch in text[after..].chars() {
                        if CLOSERS.contains(&ch) || ch == '.' {
                            e += ch.len_utf8();
                        } else {
                            break;
                        }
                    }
                    let follows = text[e..].chars().next();
                    let boundary = match follows {
                        None => true,
                        Some(f) if f.is_whitespace() => {
                            let rest = text[e..].trim_start();
                            let first = rest.chars().next();
                            c != '.'
                                || (first.is_some_and(|f| !f.is_lowercase())
                                    && !self.ends_with_abbreviation(&text[start..after], lang))
                        }
                        _ => false,
                    };
                    boundary.then_some(e)
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

    fn ends_with_abbreviation(&self, sentence: &str, lang: Lang) -> bool {
        let last = sentence
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("");
        let core = last.trim_start_matches(['"', '“', '‘', '«']);
        // An initial ("J. Smith") or an abbreviation from the data.
        let letters = core.trim_end_matches('.');
        (letters.chars().count() == 1 && letters.chars().all(char::is_uppercase))
            || self.is_abbreviation(lang, core)
    }
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    let (s, e) = (start + lead, end - trail);
    if s < e {
        out.push(Sentence {
            span: Span::new(s, e),
        });
    }
}

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
        decimals_and_lowercase,
        Lang::of("en"),
        "Growth was 2.5 percent. the next line",
        ["Growth was 2.5 percent. the next line"]
    );
}
