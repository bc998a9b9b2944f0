//! Settings: a name that says where something happens, not who acts — "in Moscow", "ماسکو
//! میں", "Moskova'da", "بموسكو", "the Afghan capital Kabul", and the place of a dateline
//! ("ISLAMABAD, Oct 7 —", "中评社香港10月7日电"). Settings are never the source or target of an
//! event; they may be its location.
//!
//! What marks a setting is the language's data: markers of the case `in` before, after, glued
//! in front of or onto the end of the name, and place nouns before it. A marker that may also
//! mean something else ("at": a place or a target; "à": in or to) makes only a place a setting.

use super::items::Item;
use crate::actors::{head, norm_pos, starting_in};
use crate::lexicon::Part;
use crate::punct::is_comma;
use dyad_core::Document;
use dyad_kb::{Case, Normalized};

/// What makes a name a setting, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Setting {
    /// An actor (or a place named as one).
    No,
    /// Marked by the grammar: "in Moscow", "the capital Kabul".
    Marked,
    /// The place of a dateline: where the report was filed.
    Dateline,
}

/// Is this item a setting rather than an actor? (`place`: the item names a place, which any
/// marker that may mean "in" makes a setting; `floor`: the normalised end of the item before,
/// whose words are its own and no place noun of this one.)
pub(super) fn is_setting(
    doc: &Document,
    norm: &Normalized,
    part: &Part,
    it: &Item,
    place: bool,
    floor: usize,
) -> Setting {
    let name = place.then(|| &doc.text[it.start..it.end]);
    if marked_in(norm, part, it, name, floor) {
        Setting::Marked
    } else if place && in_dateline(doc, norm, part, it) {
        Setting::Dateline
    } else {
        Setting::No
    }
}

/// Do the language's markers make the item a setting? (`place`: the item's text, when it
/// names a place.)
fn marked_in(norm: &Normalized, part: &Part, it: &Item, place: Option<&str>, floor: usize) -> bool {
    let lenient = place.is_some();
    let lex = part.lex;
    let n = norm.text();
    let says_in = |cases: &[Case]| {
        cases.contains(&Case::In) && (lenient || cases.iter().all(|c| *c == Case::In))
    };
    // A preposition: "in", "في", "в", "در"; one that also means "to" reads a place's ending
    // ("в Москве" is a setting, "в Москву" a destination).
    let before = lex.cases_before(n, it.nstart);
    let before = match place {
        Some(name) => lex.by_ending(before, name),
        None => before.into(),
    };
    if says_in(&before) {
        return true;
    }
    // A postposition: "میں", "में", "کې".
    let after = n[it.nend..].trim_start();
    let post = lex
        .markers_after
        .find_at_start(head(after, 40), &lex.affixes);
    if let Some((_, _, p)) = post {
        if says_in(lex.markers_after.values(p)) {
            return true;
        }
    }
    // Letters glued in front ("بموسكو"): only for places, the clitic has other meanings.
    if lenient {
        let before = &n[..it.nstart];
        if lex.marker_prefixes.iter().any(|(p, c)| {
            *c == Case::In
                && before.ends_with(p.as_str())
                && !before[..before.len() - p.len()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        }) {
            return true;
        }
    }
    // An ending: after an apostrophe ("Moskova'da"), or declared and written onto the word.
    let ending = if it.stem_end < it.end {
        &n[norm_pos(norm, it.stem_end)..it.nend]
    } else {
        let rest = &n[it.nend..];
        let wend = rest
            .char_indices()
            .skip(1)
            .find(|(_, c)| !dyad_kb::is_word_char(*c))
            .map_or(rest.len(), |(i, _)| i);
        &rest[..wend]
    };
    if !ending.is_empty()
        && lex
            .marker_suffixes
            .iter()
            .any(|(s, c)| *c == Case::In && s == ending)
    {
        return true;
    }
    // A place noun: "the capital Kabul", "city of Herat".
    if lenient {
        let window = n[..it.nstart]
            .char_indices()
            .rev()
            .nth(30)
            .map_or(0, |(i, _)| i)
            .max(floor.min(it.nstart));
        let w = &n[window..it.nstart];
        if lex
            .place_nouns
            .find_all(w, &lex.affixes)
            .iter()
            .any(|&(_, e, _)| w[e..].trim().trim_end_matches(is_comma).trim().is_empty())
        {
            return true;
        }
    }
    false
}

/// Separators that close a dateline: a dash, a colon, or an agency's closing character.
const DATELINE_ENDS: &[&str] = &[" — ", " – ", " -- ", " - ", ": ", "：", "—", "–"];

/// Is the item in the dateline at the start of a line ("NEW DELHI, June 16, 2020 —",
/// "MOSCOW (Reuters) -", "موسكو - ", "中评社香港10月7日电")? The dateline is the line's opening
/// up to a separator, made only of names, dates, capitalised words and an agency in brackets.
fn in_dateline(doc: &Document, norm: &Normalized, part: &Part, it: &Item) -> bool {
    let text = doc.text.as_str();
    // Only the 60 bytes before the item and the line's first 120 are read: scanning to the
    // previous or next newline made text without newlines quadratic.
    let from = floor_boundary(text, it.start.saturating_sub(61));
    dyad_core::scan::read(it.start - from);
    let line_start = match text[from..it.start].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    if it.start - line_start > 60 {
        return false;
    }
    let line = head(&text[line_start..], 120);
    dyad_core::scan::read(line.len());
    let opening = line.split('\n').next().unwrap_or(line);
    let close = DATELINE_ENDS
        .iter()
        .filter_map(|sep| opening.find(sep))
        .chain(
            // Agency datelines written without spaces close with a word of the language's
            // dateline list (Chinese 电, 讯).
            part.lex.words.dateline.iter().filter_map(|w| {
                let n = norm.text();
                let ls = norm_pos(norm, line_start);
                let le = norm_pos(norm, (line_start + opening.len()).min(text.len()));
                n[ls..le]
                    .find(w.as_str())
                    .map(|i| norm.orig(ls + i) - line_start)
            }),
        )
        .min();
    let Some(close) = close else { return false };
    if it.end > line_start + close {
        return false;
    }
    // Nothing in the opening may be a function word of the language or a lower-case word
    // outside a date: "Zakharova said:" is speech, not a dateline.
    let prefix = &text[line_start..line_start + close];
    // Times are sorted by start and short: only those starting shortly before can hold `s`.
    let in_time = |s: usize| {
        starting_in(&doc.times, |t| t.span.start, s.saturating_sub(200), s + 1)
            .iter()
            .any(|t| s < t.span.end)
    };
    // Words with their byte offsets (a separator may be longer than one byte: «،»); marks
    // are letters of their word.
    let mut words = Vec::new();
    let mut word_start = None;
    for (i, c) in prefix.char_indices() {
        if dyad_kb::is_word_char(c) {
            word_start.get_or_insert(i);
        } else if let Some(s) = word_start.take() {
            words.push((s, &prefix[s..i]));
        }
    }
    if let Some(s) = word_start {
        words.push((s, &prefix[s..]));
    }
    for (k, &(s, w)) in words.iter().enumerate() {
        let at = line_start + s;
        // Where the next word starts: a function word right before a date is the date's.
        let next = words
            .get(k + 1)
            .map_or(line_start + prefix.len(), |&(n, _)| line_start + n);
        if w.chars().all(|c| c.is_numeric()) {
            continue;
        }
        // The words of a date are the dateline's, function words included ("19 de
        // diciembre de 2016", "2 juillet", Pashto "د ۲۰۲۳ کال د نومبر لومړۍ" whose first د
        // stands before the expression): only words outside it say speech.
        if in_time(at) {
            continue;
        }
        let folded = dyad_kb::fold_str(w);
        if part.lex.words.function.contains(&folded) && !in_time(next) {
            return false;
        }
        if w.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
    }
    prefix.split_whitespace().count() <= 8
}

/// The largest character boundary of `text` at or below `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
