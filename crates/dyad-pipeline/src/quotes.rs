//! Quotes: direct speech in quotation marks and reported speech ("said that", "أكد أن",
//! "заявил, что"), each with its speaker: the actor beside a speech verb next to the quote, the
//! source of "according to X", or, for "he said", the last person named.

use crate::actors::{has_pronoun, norm_pos, sentence_span, starting_in, ActorView};
use crate::lexicon::{part_at, LangLexicon, Part, SpeechKind};
use crate::punct::is_comma;
use dyad_core::{Document, PunctClass, Quote, Side, Span};
use dyad_kb::Normalized;

/// A speech verb ("said", "according to") found in the text.
#[derive(Debug, Clone, Copy)]
struct Speech {
    start: usize,
    end: usize,
    norm_start: usize,
    norm_end: usize,
    kind: SpeechKind,
}

/// The longest quotation looked back for when checking whether a position is quoted.
pub const MAX_QUOTE: usize = 4000;

/// Direct quotes: `[start, end)` of the text inside each pair of quotation marks (the
/// `quote_pairs` of the script data).
fn direct_spans(text: &str) -> Vec<(usize, usize)> {
    let punct = dyad_kb::punct();
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (i, c) in text.char_indices() {
        match open {
            None => {
                if punct.closing_quote(c).is_some() {
                    // An apostrophe inside a word is not an opening quote.
                    let prev = text[..i].chars().next_back();
                    if punct.is(c, PunctClass::Apostrophe)
                        && prev.is_some_and(char::is_alphanumeric)
                    {
                        continue;
                    }
                    open = Some((c, i + c.len_utf8()));
                }
            }
            Some((o, s)) => {
                let close = punct.closing_quote(o);
                if Some(c) == close {
                    let next = text[i + c.len_utf8()..].chars().next();
                    if punct.is(c, PunctClass::Apostrophe)
                        && next.is_some_and(char::is_alphanumeric)
                    {
                        continue; // "Russia’s" inside a single-quoted span
                    }
                    if text[s..i].split_whitespace().count() >= 3 {
                        out.push((s, i));
                    }
                    open = None;
                } else if c == '\n' {
                    open = None;
                }
            }
        }
    }
    out
}

/// The quote layer of a document.
pub fn find(doc: &Document, norm: &Normalized, parts: &[Part]) -> Vec<Quote> {
    let view = ActorView::new(doc);
    // Speech verbs with their kind, each read in its own part's language.
    let speech: Vec<Speech> = parts
        .iter()
        .flat_map(|p| {
            p.find(&p.lex.speech, norm).into_iter().filter_map(|m| {
                let kind = *p.lex.speech.values(m.phrase).first()?;
                // A copula characterises; it introduces no speech.
                if kind == SpeechKind::Copula {
                    return None;
                }
                Some(Speech {
                    start: m.start,
                    end: m.end,
                    norm_start: m.norm_start,
                    norm_end: m.norm_end,
                    kind,
                })
            })
        })
        .collect();
    let text = doc.text.as_str();
    let mut quotes = Vec::new();
    for (s, e) in direct_spans(text) {
        let quote_mark_end = e + text[e..].chars().next().map_or(0, char::len_utf8);
        let after = sentence_span(doc, quote_mark_end.min(text.len().saturating_sub(1)));
        let before = sentence_span(doc, s.saturating_sub(1));
        let lex = part_at(parts, s).lex;
        let speaker = speaker_after(&view, norm, lex, &speech, quote_mark_end, after.end)
            .or_else(|| speaker_before(&view, norm, lex, &speech, before.start, s))
            .or_else(|| subject_of(&view, norm, lex, before.start, s));
        quotes.push(Quote {
            speaker,
            text: text[s..e].to_string(),
            start: s,
            end: e,
            kind: "direct",
        });
    }
    // Reported speech: a say-verb followed by a complementiser, outside quotation marks.
    // `quotes` holds the direct quotes, sorted; reported ones go to their own sorted list.
    let mut reported: Vec<Quote> = Vec::new();
    let near = |v: &[Quote], a: usize, b: usize| -> bool {
        starting_in(v, |q| q.start, a.saturating_sub(MAX_QUOTE), b)
            .iter()
            .any(|q| q.start < b && a < q.end)
    };
    for m in &speech {
        let lex = part_at(parts, m.start).lex;
        if matches!(
            m.kind,
            SpeechKind::Source | SpeechKind::Quote | SpeechKind::Call
        ) {
            continue;
        }
        if near(&quotes, m.start, m.end) {
            continue;
        }
        let sent = sentence_span(doc, m.start);
        // A speech pattern may match past its sentence's end (the sentence cut inside it):
        // then no reported clause follows it.
        let Some(rest) = norm.text().get(m.norm_end..norm_pos(norm, sent.end)) else {
            continue;
        };
        if let Some(q) = closed_by_quotative(&view, norm, lex, m, sent) {
            if !near(&quotes, q.start, q.end) && !near(&reported, q.start, q.end) {
                reported.push(q);
            }
            continue;
        }
        let rest_trim = rest.trim_start_matches(|c| c == ' ' || is_comma(c));
        // In a verb-final language a say-verb closes its own clause: a comma right after it
        // opens what was said, with no complementiser («পররাষ্ট্র মন্ত্রণালয় জানিয়েছে, …»,
        // «ترجمان نے کہا، …»).
        // (Not a comma before a clause of another kind: «اعلان کیا، جس پر …», "announced, on
        // which …", opens a relative clause, not what was announced.)
        let next_word = rest_trim.split_whitespace().next().unwrap_or("");
        let comma_opens = lex.order == dyad_kb::WordOrder::Sov
            && rest.trim_start_matches(' ').starts_with(is_comma)
            && !lex.words.clause.iter().any(|w| w == next_word)
            && !lex.words.relative.iter().any(|w| w == next_word)
            && !lex.words.conjunctions.iter().any(|w| w == next_word);
        // A complementiser of the language opens the reported clause ("that", "أن", "что"),
        // after the verb or as the last word of the speech phrase itself (Pashto «وويل چې»,
        // Urdu «كہا كہ»: the longest phrase is the one matched).
        let phrase = norm.text().get(m.norm_start..m.norm_end).unwrap_or("");
        let ends_in_comp = lex.words.complementisers.iter().any(|c| {
            phrase
                .strip_suffix(c.as_str())
                .is_some_and(|head| head.ends_with(' '))
        });
        let comp_at = |at: &str| {
            lex.words.complementisers.iter().find(|c| {
                at.starts_with(c.as_str())
                    && (c.ends_with('\'')
                        || at[c.len()..].starts_with(|ch: char| !ch.is_alphanumeric()))
            })
        };
        // The complementiser may stand a few words on, past the speaker of a verb-first clause
        // («قالت وزارة الخارجية الإيرانية إن …»), a time ("said on Tuesday that") or a source
        // set off by commas («respondió, según la cancillería rusa, que …»).
        let found = if ends_in_comp || comma_opens {
            Some((0, 0))
        } else {
            word_starts(rest_trim)
                .take(COMPLEMENTISER_REACH + 1)
                .find_map(|i| comp_at(&rest_trim[i..]).map(|c| (i, c.len())))
        };
        let Some((comp_at_byte, comp_len)) = found else {
            continue;
        };
        let rest_trim = &rest_trim[comp_at_byte..];
        let skip = rest_trim[comp_len..].len() - rest_trim[comp_len..].trim_start().len();
        let ns = m.norm_end + (rest.len() - rest_trim.len()) + comp_len + skip;
        let start = norm.orig(ns);
        let end = sent.end;
        if end <= start || near(&quotes, start, end) || near(&reported, start, end) {
            continue;
        }
        let speaker = view
            .within(sent.start, m.start)
            .next()
            .and_then(|a| view.side(a, doc.published_day()))
            .or_else(|| {
                view.within(m.end, start)
                    .next()
                    .and_then(|a| view.side(a, doc.published_day()))
            })
            .or_else(|| pronoun_speaker(&view, norm, lex, sent.start, m.start));
        reported.push(Quote {
            speaker,
            // Without the sentence's own full stop, in any script.
            text: text[start..end]
                .trim_end_matches(|c| dyad_kb::punct().is(c, PunctClass::FullStop))
                .to_string(),
            start,
            end,
            kind: "reported",
        });
    }
    quotes.extend(reported);
    quotes.sort_by_key(|q| q.start);
    quotes
}

/// Reported speech closed by a quotative right before its say-verb (Bengali «মিয়ানমারের
/// সেনাবাহিনী সীমান্তে গুলি চালিয়েছে বলে অভিযোগ করেছে বাংলাদেশ»: "that Myanmar's army fired
/// on the border, Bangladesh alleged"). The speaker is the subject after the verb where the
/// language puts it there, and the speech is then the sentence before the quotative; else the
/// speaker is the sentence's first actor and the speech what follows it up to the quotative.
fn closed_by_quotative(
    view: &ActorView,
    norm: &Normalized,
    lex: &LangLexicon,
    m: &Speech,
    sent: dyad_core::Span,
) -> Option<Quote> {
    let doc = view.doc;
    let before = norm.text().get(..m.norm_start)?;
    let before = before.trim_end_matches(|c| c == ' ' || is_comma(c));
    let quotative = lex.words.quotatives.iter().find(|q| {
        before.strip_suffix(q.as_str()).is_some_and(|head| {
            head.is_empty() || head.ends_with(|c: char| c == ' ' || is_comma(c))
        })
    })?;
    let end = norm.orig(before.len() - quotative.len());
    if end <= sent.start {
        return None;
    }
    let date = doc.published_day();
    let after = view
        .within(m.end, sent.end)
        .next()
        .and_then(|a| view.side(a, date));
    let (speaker, start) = match after {
        Some(s) => (Some(s), sent.start),
        None => {
            let first = view.within(sent.start, end).next()?;
            (view.side(first, date), first.span.end)
        }
    };
    let start = start + doc.text[start..end].len()
        - doc.text[start..end]
            .trim_start_matches(|c: char| c.is_whitespace() || is_comma(c))
            .len();
    (start < end).then(|| Quote {
        speaker,
        text: doc.text[start..end].trim_end().to_string(),
        start,
        end,
        kind: "reported",
    })
}

/// How many words may stand between a speech verb and the complementiser that opens what was
/// said: a verb-first clause's speaker with its title («المتحدث باسم الخارجية الإيرانية ناصر
/// كنعاني إن»), a day, a source phrase.
const COMPLEMENTISER_REACH: usize = 6;

/// The byte offsets where the words of `s` begin (`s` starts on a word).
fn word_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(
        s.char_indices()
            .zip(s.chars().skip(1))
            .filter(|((_, c), n)| {
                (c.is_whitespace() || is_comma(*c)) && !n.is_whitespace() && !is_comma(*n)
            })
            .map(|((i, c), _)| i + c.len_utf8()),
    )
}

fn speaker_after(
    view: &ActorView,
    norm: &Normalized,
    lex: &LangLexicon,
    speech: &[Speech],
    from: usize,
    to: usize,
) -> Option<Side> {
    // `,” Lavrov said` / `,” said X, a political analyst` / `,” he told the gathering`
    let verb = starting_in(speech, |m| m.start, from, to)
        .iter()
        .find(|m| m.end <= to && m.start - from < 80)?;
    let date = view.doc.published_day();
    view.within(from, to)
        .find(|a| a.span.start < verb.start + 120)
        .filter(|a| a.span.start <= verb.end + 60)
        .and_then(|a| view.side(a, date))
        .or_else(|| pronoun_speaker(view, norm, lex, from, verb.end))
}

fn speaker_before(
    view: &ActorView,
    norm: &Normalized,
    lex: &LangLexicon,
    speech: &[Speech],
    from: usize,
    to: usize,
) -> Option<Side> {
    // `Lavrov said: “...”` / `according to Russia's Ministry of Defense, the ‘...’`
    let date = view.doc.published_day();
    let verb = starting_in(speech, |m| m.start, from, to)
        .iter()
        .rev()
        .find(|m| m.end <= to)?;
    match verb.kind {
        SpeechKind::Source => view
            .within(verb.end, to)
            .next()
            .and_then(|a| view.side(a, date)),
        _ => view
            .within(from, verb.start)
            .last()
            .or_else(|| view.within(verb.end, to).next())
            .and_then(|a| view.side(a, date))
            .or_else(|| pronoun_speaker(view, norm, lex, from, verb.start)),
    }
}

/// A quote embedded in a sentence with no speech verb: the sentence's subject speaks.
fn subject_of(
    view: &ActorView,
    norm: &Normalized,
    lex: &LangLexicon,
    from: usize,
    to: usize,
) -> Option<Side> {
    view.within(from, to)
        .next()
        .and_then(|a| view.side(a, view.doc.published_day()))
        .or_else(|| pronoun_speaker(view, norm, lex, from, to))
}

fn pronoun_speaker(
    view: &ActorView,
    norm: &Normalized,
    lex: &LangLexicon,
    from: usize,
    to: usize,
) -> Option<Side> {
    if !has_pronoun(norm, lex, from, to) {
        return None;
    }
    view.last_person_before(from)
        .and_then(|m| view.side(m, view.doc.published_day()))
}

/// The direct quote holding a span (a trigger), if any. Quotes are sorted by start; one
/// holding the span began at most `MAX_QUOTE` bytes before it.
pub(crate) fn direct_quote_holding(doc: &Document, t: Span) -> Option<&Quote> {
    starting_in(
        &doc.quotes,
        |q| q.start,
        t.start.saturating_sub(MAX_QUOTE),
        t.start + 1,
    )
    .iter()
    .rev()
    .find(|q| q.kind == "direct" && q.start <= t.start && t.end <= q.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_spans() {
        let t = "“It is unacceptable,” Lavrov said. Russia’s «new era of ties» began. ‘ok’";
        let got: Vec<&str> = direct_spans(t).iter().map(|(s, e)| &t[*s..*e]).collect();
        assert_eq!(got, ["It is unacceptable,", "new era of ties"]);
        let t = "the ‘dynamic development and mutually beneficial cooperation’ in";
        assert_eq!(direct_spans(t).len(), 1);
    }
}
