//! People the knowledge base does not know, found next to a title: "political analyst Edris
//! Mohammadi Zazai", "Sayed Akbar Sial Wardak, another political analyst", "Simon Shercliff, the
//! British ambassador,", «سایمون شرکلیف، سفیر بریتانیا،», "وزير الدفاع الأفغاني
//! محمد يعقوب مجاهد،", "विदेश मंत्री एस जयशंकर ने", "外交部发言人赵立坚表示". A name before its
//! title's apposition takes the title's nationality with it (entities/chunk.rs).
//!
//! How a name looks depends on the script (`data/script/`): where letters have capitals, it is one
//! (a surname, unless the language capitalises every noun) to four capitalised words; where they
//! have none, two to four words closed by punctuation or by a word the language knows (a function
//! word, a marker, a speech verb or a trigger); in text without spaces, two or three characters.
//! Words of a time expression and function words of the language are never part of a name.

use super::items::{Item, ItemKind};
use super::MAX_PHRASE;
use crate::actors::{head, norm_pos, starting_in};
use crate::lexicon::{LangLexicon, Part, RoleKind, RoleRule};
use crate::punct::is_comma;
use dyad_core::{Document, EntityKind, PunctClass, PunctSet};

/// What may stick to the end of a name's last word: a comma or stop, a closing quote or
/// bracket (and the apostrophe, a closing quote too).
const WORD_END: PunctSet = PunctSet::of(&[
    PunctClass::Comma,
    PunctClass::FullStop,
    PunctClass::Semicolon,
    PunctClass::Colon,
    PunctClass::QuoteClose,
    PunctClass::BracketClose,
]);
use dyad_kb::{Kb, Normalized};

/// How the text's script writes names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Capitalised,
    Uncased,
    Unspaced,
}

fn shape_of(text: &str, at: usize) -> Option<Shape> {
    let rest = &text[at..];
    let (i, c) = rest.char_indices().find(|(_, c)| c.is_alphabetic())?;
    dyad_core::scan::read(i);
    let info = dyad_kb::script_info(c)?;
    Some(if !info.spaced {
        Shape::Unspaced
    } else if info.cased {
        Shape::Capitalised
    } else {
        Shape::Uncased
    })
}

/// The unknown people of one part (`items` are the part's names and roles, sorted).
pub(super) fn names(
    doc: &Document,
    norm: &Normalized,
    items: &[Item],
    kb: &Kb,
    part: &Part,
) -> Vec<Item> {
    let text = doc.text.as_str();
    let lex = part.lex;
    let mut out = Vec::new();
    // Names of places are common surnames (Wardak, Baloch, Kakar): a name next to a title may
    // absorb them, but not a person, group, organisation or country.
    let taken = |s: usize, e: usize| {
        starting_in(items, |i| i.start, s.saturating_sub(MAX_PHRASE), e)
            .iter()
            .any(|i| {
                i.start < e
                    && s < i.end
                    && match i.kind {
                        ItemKind::Name { entity, .. } => {
                            kb.entity(entity).kind != EntityKind::Place
                        }
                        _ => true,
                    }
            })
    };
    let is_place = |i: &Item| {
        i.entity()
            .is_some_and(|e| kb.entity(e).kind == EntityKind::Place)
    };
    let words = Words { doc, norm, lex };
    for (k, it) in items.iter().enumerate() {
        let ItemKind::Role(r) = it.kind else { continue };
        if r.kind != RoleKind::Title {
            continue;
        }
        // After the title, past a parenthesis: "Additional Secretary (Afghanistan and West
        // Asia) Ahmad Naseem Warraich".
        let mut from = it.end;
        let ahead = &text[from..];
        if ahead.trim_start().starts_with('(') {
            if let Some(close) = ahead.find(')').filter(|c| *c < 80) {
                from += close + 1;
            }
        }
        // A title's nationality may stand after it ("وزير الدفاع الأفغاني محمد ..."): the name
        // begins after the demonyms.
        let after_title = items[k + 1..]
            .iter()
            .take_while(|n| {
                matches!(n.kind, ItemKind::Name { demonym: true, .. })
                    && text[from..n.start].trim().is_empty()
            })
            .last()
            .map_or(from, |n| n.end);
        // The name ends where the next actor begins (a place may stand inside it).
        let next_start = items[items.partition_point(|n| n.start < after_title)..]
            .iter()
            .find(|n| !is_place(n))
            .map_or(part.span.end, |n| n.start);
        let found = match shape_of(text, after_title) {
            Some(Shape::Capitalised) => words.capitalised_after(after_title, next_start),
            Some(Shape::Uncased) => words.uncased_after(after_title, next_start),
            Some(Shape::Unspaced) => words.unspaced_after(after_title, next_start),
            None => None,
        };
        if let Some((s, e)) = found {
            if !taken(s, e) {
                out.push(new_name(norm, s, e, r));
                continue;
            }
        }
        // Before ", a ... title": "Sayed Akbar Sial Wardak, another analyst", "Simon
        // Shercliff, the British ambassador", «سایمون شرکلیف، سفیر بریتانیا،». A nationality
        // before the title belongs to the apposition ("the British", "Britain's").
        let nationality = items[..k]
            .iter()
            .rev()
            .scan(it.start, |next, p| {
                // (Read with `get`: names may nest, so one may end past the next's start.)
                let gap = text.get(p.end..*next).map(str::trim);
                let joined =
                    gap.is_some_and(|g| g.is_empty() || lex.possessive.iter().any(|s| g == s));
                let own = p
                    .entity()
                    .is_some_and(|e| kb.entity(e).kind == EntityKind::Country);
                (joined && own).then(|| {
                    *next = p.start;
                    p.start
                })
            })
            .last();
        let title_start = nationality.map_or(it.nstart, |s| norm_pos(norm, s));
        let prev_end = items[..k]
            .iter()
            .rev()
            .filter(|p| nationality.is_none_or(|s| p.start < s))
            .find(|p| !is_place(p))
            .map_or(part.span.start, |p| p.end)
            .max(part.span.start);
        let Some(before) = norm.text().get(norm_pos(norm, prev_end)..title_start) else {
            continue;
        };
        let Some(comma) = before.trim_end().rfind(is_comma) else {
            continue;
        };
        let between = before[comma + 1..].trim();
        if !between.is_empty() && !lex.words.apposition.iter().any(|a| a == between) {
            continue;
        }
        let stem_end = norm.orig(norm_pos(norm, prev_end) + comma);
        let last_word = text[prev_end..stem_end]
            .trim_end()
            .rfind(' ')
            .map_or(prev_end, |i| prev_end + i + 1);
        let found = match shape_of(text, last_word) {
            Some(Shape::Uncased) => words.uncased_before(prev_end, stem_end),
            _ => words.capitalised_before(prev_end, stem_end),
        };
        if let Some((s, e)) = found {
            if !taken(s, e) {
                out.push(new_name(norm, s, e, r));
            }
        }
    }
    out
}

fn new_name(norm: &Normalized, start: usize, end: usize, title: RoleRule) -> Item {
    Item {
        start,
        end,
        nstart: norm_pos(norm, start),
        nend: norm_pos(norm, end),
        stem_end: end,
        kind: ItemKind::NewName(title),
    }
}

/// Reads words of the text with the language's eyes.
struct Words<'a> {
    doc: &'a Document,
    norm: &'a Normalized,
    lex: &'a LangLexicon,
}

impl Words<'_> {
    /// Is the word at `[s, e)` (original offsets) one that cannot be part of a name: a function
    /// word, part of a time expression, or the start of a marker, speech verb or trigger?
    fn stops_name(&self, s: usize, e: usize) -> bool {
        let (ns, ne) = (norm_pos(self.norm, s), norm_pos(self.norm, e));
        let w = &self.norm.text()[ns..ne];
        let lex = self.lex;
        if lex.words.function.contains(w) || lex.words.conjunctions.contains(w) {
            return true;
        }
        let times = &self.doc.times;
        if starting_in(times, |t| t.span.start, s.saturating_sub(200), e)
            .iter()
            .any(|t| t.span.start < e && s < t.span.end)
        {
            return true;
        }
        let rest = &self.norm.text()[ns..];
        let rest = head(rest, 80);
        begins(&lex.speech, rest, lex)
            || begins(&lex.events, rest, lex)
            || begins(&lex.markers_after, rest, lex)
    }

    /// Two to four capitalised words starting right after `from` (only spaces between), or one
    /// where the language writes only names with capitals.
    fn capitalised_after(&self, from: usize, limit: usize) -> Option<(usize, usize)> {
        let text = self.doc.text.as_str();
        let rest = &text[from..limit.max(from)];
        let lead = rest.len() - rest.trim_start().len();
        if lead == 0 || rest[..lead].contains('\n') {
            return None;
        }
        let mut start = None;
        let mut end = from + lead;
        let mut n = 0;
        let mut pos = from + lead;
        for w in text[pos..limit.max(pos)].split(' ') {
            let mut clean = w.trim_end_matches(dyad_kb::punct().any(WORD_END));
            // A case ending or a possessive after an apostrophe ends the name ("Fethullah
            // Gülen'i", "President Suharto's government").
            let ending = self.apostrophe_ending(pos, clean);
            if let Some(a) = ending {
                clean = &clean[..a];
            }
            if n == 4 || !is_name_word(clean) || self.stops_name(pos, pos + clean.len()) {
                break;
            }
            start.get_or_insert(pos);
            end = pos + clean.len();
            n += 1;
            if clean.len() != w.len() {
                break;
            }
            pos += w.len() + 1;
        }
        // One word after a title is a surname ("President Kagame"), where capitals mark names
        // and not every noun, and the word is written as a name (not in capitals: "UN").
        let surname = n == 1
            && !self.lex.nouns_capitalised
            && text[start.unwrap_or(from)..end].chars().count() >= 3
            && text[start.unwrap_or(from)..end]
                .chars()
                .any(char::is_lowercase);
        (n >= 2 || surname).then(|| (start.unwrap_or(from), end))
    }

    /// Where an ending the language writes after an apostrophe begins in `word` (which starts
    /// at `at`), if the word ends in one: a case ending ("Gülen'i", "Putin'in": its `markers`
    /// suffixes) or a possessive clitic ("Suharto's": its grammar's `possessive`).
    fn apostrophe_ending(&self, at: usize, word: &str) -> Option<usize> {
        let a = word.rfind(['\'', '’'])?;
        let ending =
            &self.norm.text()[norm_pos(self.norm, at + a)..norm_pos(self.norm, at + word.len())];
        let lex = self.lex;
        let known = lex.marker_suffixes.iter().any(|(s, _)| s == ending)
            || lex.possessive.iter().any(|p| p == ending);
        (a > 0 && known).then_some(a)
    }

    /// Two to four capitalised words ending at `to`.
    fn capitalised_before(&self, floor: usize, to: usize) -> Option<(usize, usize)> {
        let text = self.doc.text.as_str();
        let seg = &text[floor..to];
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut offset = seg.len();
        for w in seg.rsplit(' ') {
            offset -= w.len();
            let at = floor + offset;
            if words.len() == 4 || !is_name_word(w) || self.stops_name(at, at + w.len()) {
                break;
            }
            words.push((at, w));
            offset = offset.saturating_sub(1);
        }
        (words.len() >= 2).then(|| (words.last().map_or(to, |w| w.0), to))
    }

    /// Two to four words of a script without capitals right after `from`, closed by
    /// punctuation or by a word that cannot be part of a name.
    fn uncased_after(&self, from: usize, limit: usize) -> Option<(usize, usize)> {
        let text = self.doc.text.as_str();
        let rest = &text[from..limit.max(from)];
        let lead = rest.len() - rest.trim_start().len();
        if lead == 0 {
            return None;
        }
        let start = from + lead;
        let mut end = start;
        let mut n = 0;
        let mut pos = start;
        let mut closed = false;
        for w in text[start..limit.max(start)].split(' ') {
            // Vowel signs, virama and nukta are part of a word (फ़िरात, मुत्तक़ी).
            let core = w.trim_end_matches(|c: char| !dyad_kb::is_word_char(c));
            if core.is_empty()
                || !core
                    .chars()
                    .all(|c| dyad_kb::is_word_char(c) || c == '\u{200C}')
            {
                closed = true;
                break;
            }
            if self.stops_name(pos, pos + core.len()) {
                closed = true;
                break;
            }
            n += 1;
            end = pos + core.len();
            if n > 4 {
                return None;
            }
            if core.len() != w.len() {
                closed = true;
                break;
            }
            pos += w.len() + 1;
        }
        // Four: «أحمد ناصر المحمد الصباح», «میاں محمد شہباز شریف».
        (closed && (2..=4).contains(&n)).then_some((start, end))
    }

    /// Two to four words of a script without capitals ending at `to` (a comma before an
    /// apposition), opened by punctuation, by `floor` (where the part or the previous name
    /// ends), or by a word that cannot be part of a name, nor be inside a phrase the language
    /// knows («اعلام کرد علیرضا اکبری،»: «کرد» ends a speech verb).
    fn uncased_before(&self, floor: usize, to: usize) -> Option<(usize, usize)> {
        let text = self.doc.text.as_str();
        let seg = &text[floor..to];
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut offset = seg.len();
        let mut closed = false;
        for w in seg.rsplit(' ') {
            offset -= w.len();
            let at = floor + offset;
            let word = |c: char| dyad_kb::is_word_char(c) || c == '\u{200C}';
            if w.is_empty() || !w.chars().all(word) || self.stops_name(at, at + w.len()) {
                closed = true;
                break;
            }
            if words.len() == 4 {
                return None;
            }
            words.push((at, w));
            offset = offset.saturating_sub(1);
        }
        // Reaching `floor` closes the name too.
        let closed = closed || offset == 0;
        let (first, _) = *words.last()?;
        // A phrase of the language that begins before the name must not reach into it.
        let covered = |before: usize| {
            let ns = norm_pos(self.norm, before);
            let rest = head(&self.norm.text()[ns..], 80);
            let lex = self.lex;
            let past = |m: Option<(usize, usize, usize)>| {
                m.is_some_and(|(_, end, _)| ns + end > norm_pos(self.norm, first))
            };
            past(lex.speech.find_at_start(rest, &lex.affixes))
                || past(lex.events.find_at_start(rest, &lex.affixes))
        };
        let mut reach = false;
        let mut at = first;
        for _ in 0..2 {
            let left = text[floor..at].trim_end();
            if left.is_empty() {
                break;
            }
            at = floor + left.rfind(' ').map_or(0, |i| i + 1);
            reach |= covered(at);
        }
        (closed && !reach && (2..=4).contains(&words.len())).then_some((first, to))
    }

    /// Two or three characters of an unspaced script right after `from`: three unless the
    /// third begins a word the language knows; a foreign name spelt by sound, as long as it is.
    fn unspaced_after(&self, from: usize, limit: usize) -> Option<(usize, usize)> {
        let text = self.doc.text.as_str();
        let chars: Vec<(usize, char)> = text[from..limit.max(from)]
            .char_indices()
            .take(4)
            .map(|(i, c)| (from + i, c))
            .collect();
        if chars.len() < 2 || !chars[..2].iter().all(|(_, c)| c.is_alphabetic()) {
            return None;
        }
        let end_of = |k: usize| chars.get(k).map_or(limit, |&(i, _)| i);
        // A foreign name spelt by sound runs on through the language's name letters, up to the
        // longest such names (别尔德穆哈梅多夫: eight); four or more of them in a row are a name
        // even where the first is also a word (别 "don't").
        let letters = &self.lex.words.name_letters;
        let mut end = from;
        for (i, c) in text[from..limit.max(from)].char_indices().take(12) {
            let at = from + i;
            if !letters.contains(&c) || (at > from && self.stops_name(at, at + c.len_utf8())) {
                break;
            }
            end = at + c.len_utf8();
        }
        if text[from..end].chars().count() >= 4 {
            return Some((from, end));
        }
        if self.stops_name(chars[0].0, end_of(1)) {
            return None;
        }
        let third = chars.get(2).filter(|(_, c)| c.is_alphabetic());
        let n = match third {
            Some(&(i, c)) if !self.stops_name(i, i + c.len_utf8()) => 3,
            _ => 2,
        };
        Some((from, end_of(n)))
    }
}

/// Does a phrase of `set` begin `rest`?
fn begins<T>(set: &dyad_kb::PhraseSet<T>, rest: &str, lex: &LangLexicon) -> bool {
    set.find_at_start(rest, &lex.affixes).is_some()
}

/// A capitalised word that may be part of a name.
fn is_name_word(w: &str) -> bool {
    let mut cs = w.chars();
    let Some(first) = cs.next() else { return false };
    first.is_uppercase()
        && first.is_alphabetic()
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.')
        && w.chars().filter(|c| c.is_uppercase()).count() <= 2
}

#[cfg(test)]
mod tests {
    use super::is_name_word;

    #[test]
    fn name_words() {
        assert!(is_name_word("Zazai"));
        assert!(is_name_word("O'Brien"));
        assert!(!is_name_word("analyst"));
        assert!(!is_name_word("NATO-led"));
        assert!(!is_name_word("2021"));
    }
}
