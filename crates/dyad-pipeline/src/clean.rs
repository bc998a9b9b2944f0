//! Clean: strips web-scrape debris from plain text and lifts the title and dateline out as
//! metadata. Every line it drops is reported with its reason as a byte span of the text as it
//! arrived ([`Removed`]), so a user can see what went.
//!
//! Article prose is never deleted by position: no single line cuts the rest of a document.
//! A line goes when
//! - a rule of `data/clean/<lang>.tsv` recognises the line as what it is: navigation, share
//!   and comment widgets, newsletter and donation appeals, "Read more" teasers, captions and
//!   credits, author lines, copyright, advertisements, a bare url. A rule may hold anywhere or
//!   only at the edges of the article (above its first or below its last line of prose);
//! - it is a section heading of the data ("Related", "More news", «اقرأ أيضا», «相关新闻»): the
//!   heading and the list of other headlines under it go, never the prose after them — except
//!   when the heading comes after the article's prose, a new headline follows it, and the
//!   prose below shares almost no words with the article above: that is another story
//!   appended to the page, and it goes with its heading;
//! - it repeats the title (kept once, where it first stands), or it is a date line at the top
//!   (lifted out as the dateline).
//!
//! HTML never reaches this stage as markup: ingest has already reduced it to its main text.

use crate::time::{self, TimeLexicon};
use crate::PipelineError;
use dyad_core::{PunctClass, PunctSet, RemovalReason, Removed, Span};
use dyad_kb::data::{files_under, tsv_rows};
use regex::{Regex, RegexSet, RegexSetBuilder};
use std::collections::HashSet;

/// Where in a document a rule holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Where {
    Any,
    /// Above the article's first line of prose.
    Top,
    /// Below its last line of prose.
    Bottom,
    /// Above the first or below the last line of prose.
    Edge,
    /// A section heading: what follows it decides (see the module doc).
    Heading,
}

#[derive(Debug, Clone, Copy)]
struct Rule {
    reason: RemovalReason,
    place: Where,
    /// The longest line, in characters, the rule may remove: longer, it is prose.
    max_chars: usize,
}

/// The compiled debris rules of every language (cleaning runs before language detection, and
/// pages mix languages: an Urdu article under an English menu).
#[derive(Debug)]
pub struct Cleaner {
    /// All rules as one set anchored at the start of the line: one pass of a lazy DFA per
    /// line whatever the number of rules, which stops within the first words of most prose.
    rules: RuleSet,
}

#[derive(Debug)]
struct RuleSet {
    set: RegexSet,
    rules: Vec<Rule>,
}

impl RuleSet {
    fn new(patterns: &[String], rules: Vec<Rule>) -> Result<RuleSet, PipelineError> {
        let set = RegexSetBuilder::new(patterns)
            .size_limit(64 << 20)
            .dfa_size_limit(16 << 20)
            .build()
            .map_err(|e| PipelineError::Data {
                file: "clean/".into(),
                line: 0,
                message: format!("the rules do not compile together: {e}"),
            })?;
        Ok(RuleSet { set, rules })
    }

    fn add_hits(&self, line: &str, h: &mut Hits) {
        if !self.set.is_match(line) {
            return;
        }
        let chars = line.chars().count();
        for i in self.set.matches(line).iter() {
            let r = self.rules[i];
            if chars > r.max_chars {
                continue;
            }
            let slot = |s: &mut Option<RemovalReason>| {
                s.get_or_insert(r.reason);
            };
            match r.place {
                Where::Any => slot(&mut h.any),
                Where::Top => slot(&mut h.top),
                Where::Bottom => slot(&mut h.bottom),
                Where::Edge => {
                    slot(&mut h.top);
                    slot(&mut h.bottom);
                }
                Where::Heading => slot(&mut h.heading),
            }
        }
    }
}

/// What cleaning found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub text: String,
    pub title: Option<String>,
    pub dateline: Option<String>,
    /// What was removed and why, as byte spans of the input, in text order.
    pub removed: Vec<Removed>,
}

/// How many non-empty lines from the top may hold the title or a dateline.
const TOP_LINES: usize = 8;
/// Prose below a "more news" heading sharing less than this share of its words with the
/// article above is another story.
const UNRELATED_SHARE: f32 = 0.2;
/// Fewer distinct words than this below a heading cannot show that a story is another one.
const MIN_WORDS_TO_JUDGE: usize = 12;

/// One line of the input: the byte range of its content, trimmed.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
}

impl Line<'_> {
    fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }
}

/// The rules that matched one line, by where they hold.
#[derive(Debug, Clone, Copy, Default)]
struct Hits {
    any: Option<RemovalReason>,
    top: Option<RemovalReason>,
    bottom: Option<RemovalReason>,
    heading: Option<RemovalReason>,
}

impl Cleaner {
    /// Compiles every `data/clean/*.tsv` file.
    pub fn builtin() -> Result<Self, PipelineError> {
        Self::from_files(files_under("clean/").filter(|(p, _)| p.ends_with(".tsv")))
    }

    /// Compiles rule files given as `(path, contents)`: `reason, where, max, regex` rows.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, PipelineError> {
        let (mut patterns, mut rules) = (Vec::new(), Vec::new());
        for (path, contents) in files {
            for (line, f) in tsv_rows(contents) {
                let err = |m: String| PipelineError::Data {
                    file: path.to_string(),
                    line,
                    message: m,
                };
                let [reason, place, max_chars, re] = f[..] else {
                    return Err(err("expected reason, where, max, regex".into()));
                };
                let max_chars: usize = max_chars
                    .parse()
                    .map_err(|_| err(format!("max {max_chars:?} is not a number")))?;
                let reason = RemovalReason::parse(reason)
                    .ok_or_else(|| err(format!("unknown reason {reason:?}")))?;
                let place = match place {
                    "any" => Where::Any,
                    "top" => Where::Top,
                    "bottom" => Where::Bottom,
                    "edge" => Where::Edge,
                    "heading" => Where::Heading,
                    w => return Err(err(format!("unknown place {w:?}"))),
                };
                if place == Where::Heading
                    && !matches!(reason, RemovalReason::MoreNews | RemovalReason::Teaser)
                {
                    return Err(err("a heading is more-news or teaser".into()));
                }
                Regex::new(re).map_err(|e| err(format!("bad regex: {e}")))?;
                // `^…` or `(?flags)^…` is anchored; anything else may match anywhere: anchor
                // it too, so the set is searched anchored (much faster than unanchored).
                let body = match re.strip_prefix("(?") {
                    Some(r) if !r.starts_with(':') => r.split_once(')').map_or(re, |(_, b)| b),
                    _ => re,
                };
                patterns.push(if body.starts_with('^') {
                    re.to_string()
                } else {
                    format!("^(?s:.)*?(?:{re})")
                });
                rules.push(Rule {
                    reason,
                    place,
                    max_chars,
                });
            }
        }
        Ok(Cleaner {
            rules: RuleSet::new(&patterns, rules)?,
        })
    }

    fn hits(&self, line: &str) -> Hits {
        let mut h = Hits::default();
        self.rules.add_hits(line, &mut h);
        h
    }

    /// Is this line only a date (and maybe a time)? "November 15, 2024 11:55 pm",
    /// "٢٩ سبتمبر ٢٠٢١", "Thursday, May 23, 2024", "7 октября 2025 г.", "29/09/2021". A quick
    /// look at its shape, then the time stage's reading in every language it knows.
    pub fn is_date_line(&self, line: &str, time: &TimeLexicon) -> bool {
        date_shape(line) && time::is_date_line(line, time)
    }

    /// Cleans one text: see the module doc. `time` tells a date line.
    pub fn clean(&self, raw: &str, time: &TimeLexicon) -> Cleaned {
        let lines = split_lines(raw);
        let hits: Vec<Hits> = lines
            .iter()
            .map(|l| {
                if l.text.is_empty() {
                    Hits::default()
                } else {
                    self.hits(l.text)
                }
            })
            .collect();
        let prose: Vec<bool> = lines
            .iter()
            .zip(&hits)
            .map(|(l, h)| h.any.is_none() && h.heading.is_none() && is_prose(l.text))
            .collect();
        let first_prose = prose.iter().position(|&p| p).unwrap_or(lines.len());
        let last_prose = prose.iter().rposition(|&p| p);
        let mut gone: Vec<Option<RemovalReason>> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let h = &hits[i];
                h.any
                    .or(h.top.filter(|_| i < first_prose))
                    .or(h.bottom.filter(|_| last_prose.is_some_and(|l| i > l)))
                    // Navigation is never a sentence.
                    .filter(|&r| r != RemovalReason::Navigation || !is_prose(l.text))
            })
            .collect();
        self.sections(&lines, &hits, &prose, &mut gone);
        let mut out = Cleaned::default();
        lift_title_and_dateline(self, time, &lines, &mut gone, &mut out);
        assemble(raw, &lines, &gone, &mut out);
        out
    }

    /// Section headings and what follows them (see the module doc).
    fn sections(
        &self,
        lines: &[Line],
        hits: &[Hits],
        prose: &[bool],
        gone: &mut [Option<RemovalReason>],
    ) {
        let n = lines.len();
        let mut h = 0;
        while h < n {
            let Some(kind) = hits[h].heading.filter(|_| gone[h].is_none()) else {
                h += 1;
                continue;
            };
            // The list under the heading: other headlines (and debris), up to the first prose.
            let mut items = Vec::new();
            let mut j = h + 1;
            while j < n {
                let l = lines[j].text;
                if l.is_empty() || gone[j].is_some() {
                    j += 1;
                    continue;
                }
                if prose[j] || hits[j].heading.is_some() || !is_headline(l) {
                    break;
                }
                items.push(j);
                j += 1;
            }
            let prose_after = (j..n).any(|k| prose[k] && gone[k].is_none());
            let prose_before = (0..h).any(|k| prose[k] && gone[k].is_none());
            gone[h] = Some(kind);
            if !prose_after {
                // A list to the end of the page.
                for &k in &items {
                    gone[k] = Some(RemovalReason::MoreNews);
                }
            } else if kind == RemovalReason::MoreNews
                && prose_before
                && !items.is_empty()
                && unrelated(lines, prose, gone, h, j)
            {
                // Another story appended below the article: everything from the heading on.
                for k in h + 1..n {
                    if !lines[k].text.is_empty() {
                        gone[k].get_or_insert(RemovalReason::MoreNews);
                    }
                }
                return;
            } else if prose_before || kind == RemovalReason::Teaser {
                for &k in &items {
                    gone[k] = Some(kind);
                }
            } else if let Some((_, others)) = items.split_last() {
                // A list at the top of the page: the last headline before the prose is the
                // article's own.
                for &k in others {
                    gone[k] = Some(kind);
                }
            }
            h = j.max(h + 1);
        }
    }
}

/// Could this line be only a date? Short; a year (1300–2100, Solar years too); at most four
/// words; every other token a number or a clock time.
fn date_shape(line: &str) -> bool {
    let line = line.trim();
    if line.chars().count() > 60 {
        return false;
    }
    let value = |t: &str| {
        t.chars().try_fold(0u32, |v, c| {
            let d = c.to_digit(10).or_else(|| {
                let u = c as u32;
                [0x660, 0x6F0, 0x966]
                    .iter()
                    .find(|&&z| (z..z + 10).contains(&u))
                    .map(|z| u - z)
            })?;
            Some(v.saturating_mul(10).saturating_add(d))
        })
    };
    let mut year = false;
    let mut words = 0;
    let punct = dyad_kb::punct();
    for tok in line.split(|c: char| {
        c.is_whitespace()
            || punct.is_in(c, DATE_SEPARATORS)
            || matches!(c, '/' | '-' | '.' | '年' | '月' | '日')
    }) {
        if tok.is_empty() {
            continue;
        }
        if let Some(v) = value(tok) {
            year |= tok.chars().count() == 4 && (1300..=2100).contains(&v);
        } else if tok.chars().all(char::is_alphabetic) && tok.chars().count() <= 16 {
            words += 1;
        } else {
            return false;
        }
    }
    year && words <= 4
}

/// The lines of `raw` with their trimmed content ranges (byte-order marks and zero-width
/// spaces count as blank at line ends).
fn split_lines(raw: &str) -> Vec<Line<'_>> {
    let blank = |c: char| c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}');
    let mut out = Vec::new();
    let mut off = 0;
    for piece in raw.split_inclusive('\n') {
        let body = piece.trim_end_matches(['\n', '\r']);
        let text = body.trim_start_matches(blank);
        let lead = body.len() - text.len();
        let text = text.trim_end_matches(blank);
        out.push(Line {
            start: off + lead,
            text,
        });
        off += piece.len();
    }
    out
}

/// (characters, CJK characters) of a line, counted on its bytes: CJK (U+3040–U+9FFF) is the
/// three-byte range with lead bytes E3–E9.
fn cjk_share(line: &str) -> (usize, usize) {
    let mut chars = 0;
    let mut cjk = 0;
    for &b in line.as_bytes() {
        if b & 0xC0 != 0x80 {
            chars += 1;
            cjk += usize::from((0xE3..=0xE9).contains(&b));
        }
    }
    (chars, cjk)
}

/// What ends a sentence, in any script.
const SENTENCE_END: PunctSet =
    PunctSet::of(&[PunctClass::Stop, PunctClass::SoftStop, PunctClass::Ellipsis]);

/// What may follow a sentence's stop: closing quotes and brackets.
const CLOSERS: PunctSet = PunctSet::of(&[PunctClass::QuoteClose, PunctClass::BracketClose]);

/// What separates the numbers and words of a date line (with `/`, `-`, `.` and Chinese date
/// words).
const DATE_SEPARATORS: PunctSet = PunctSet::of(&[
    PunctClass::Comma,
    PunctClass::Colon,
    PunctClass::BracketOpen,
    PunctClass::BracketClose,
    PunctClass::Separator,
]);

fn ends_sentence(line: &str) -> bool {
    let punct = dyad_kb::punct();
    line.trim_end_matches(punct.any(CLOSERS))
        .ends_with(punct.any(SENTENCE_END))
}

fn ends_with_full_stop(line: &str) -> bool {
    line.ends_with(|c| dyad_kb::punct().is(c, PunctClass::FullStop))
}

/// Is the line written in Chinese or Japanese (judged on its first characters)?
fn is_cjk_line(line: &str) -> bool {
    line.chars()
        .take(8)
        .filter(|&c| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF))
        .count()
        >= 4
}

/// Words of a line (runs between ASCII spaces), counted up to `max`.
fn words_up_to(line: &str, max: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for &b in line.as_bytes() {
        let space = b == b' ' || b == b'\t';
        if !space && !in_word {
            n += 1;
            if n >= max {
                return n;
            }
        }
        in_word = !space;
    }
    n
}

/// A line of article prose: sentences, not furniture.
fn is_prose(line: &str) -> bool {
    if is_cjk_line(line) {
        return line.len() >= 90
            && line.contains(dyad_kb::punct().any(PunctSet::of(&[
                PunctClass::Stop,
                PunctClass::Comma,
                PunctClass::Semicolon,
            ])));
    }
    let words = words_up_to(line, 18);
    words >= 18 || (words >= 6 && ends_sentence(line))
}

/// A headline: short, not a sentence.
fn is_headline(line: &str) -> bool {
    let (chars, cjk) = cjk_share(line);
    if cjk * 2 > chars {
        return (4..=60).contains(&chars) && !ends_with_full_stop(line);
    }
    (3..=200).contains(&chars)
        && line.split_whitespace().count() <= 25
        && !ends_with_full_stop(line)
}

/// A headline for the page: like [`is_headline`], and at least a few letters.
fn is_title_like(line: &str) -> bool {
    let n = line.chars().count();
    (8..=200).contains(&n) && !ends_with_full_stop(line) && line.split_whitespace().count() <= 25
}

/// The words of a text that can tell one story from another: stems (first six letters) of
/// words of five letters or more, and pairs of Han characters.
fn story_words(text: &str, out: &mut HashSet<String>) {
    let mut han: Option<char> = None;
    for c in text.chars() {
        if matches!(c as u32, 0x4E00..=0x9FFF) {
            if let Some(p) = han {
                out.insert([p, c].iter().collect());
            }
            han = Some(c);
        } else {
            han = None;
        }
    }
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.chars().count() >= 5 && !w.chars().any(|c| matches!(c as u32, 0x4E00..=0x9FFF)) {
            out.insert(w.chars().take(6).flat_map(char::to_lowercase).collect());
        }
    }
}

/// Does the prose from line `j` on share almost no words with the article above `h`?
fn unrelated(
    lines: &[Line],
    prose: &[bool],
    gone: &[Option<RemovalReason>],
    h: usize,
    j: usize,
) -> bool {
    let mut above = HashSet::new();
    let mut below = HashSet::new();
    for k in 0..h {
        if prose[k] && gone[k].is_none() {
            story_words(lines[k].text, &mut above);
        }
    }
    for k in j..lines.len() {
        if prose[k] && gone[k].is_none() {
            story_words(lines[k].text, &mut below);
        }
    }
    if below.len() < MIN_WORDS_TO_JUDGE || above.len() < MIN_WORDS_TO_JUDGE {
        return false;
    }
    let shared = below.iter().filter(|w| above.contains(*w)).count();
    (shared as f32) < UNRELATED_SHARE * below.len() as f32
}

/// The title's words, for finding it again: lower case, single spaces.
fn title_key(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The title again, alone or with the site's name after a separator ("Title | Site").
fn repeats_title(line: &str, key: &str) -> bool {
    // Most lines are far longer than a title: skip them before folding.
    if line.len() > 2 * key.len() + 160 {
        return false;
    }
    let l = title_key(line);
    if l == key {
        return true;
    }
    l.strip_prefix(key).is_some_and(|rest| {
        let rest = rest.trim_start();
        rest.starts_with(['|', '-', '–', '—', ':', '·']) && rest.chars().count() <= 40
    })
}

/// The title is the first kept line of the top, if it looks like one, and is kept there; its
/// repeats go. A date line at the top is lifted out as the dateline.
fn lift_title_and_dateline(
    c: &Cleaner,
    time: &TimeLexicon,
    lines: &[Line],
    gone: &mut [Option<RemovalReason>],
    out: &mut Cleaned,
) {
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].text.is_empty() && gone[i].is_none())
        .collect();
    let mut key: Option<String> = None;
    let mut first = true;
    for (n, &i) in kept.iter().enumerate() {
        let l = lines[i].text;
        if n < TOP_LINES && out.dateline.is_none() && c.is_date_line(l, time) {
            out.dateline = Some(l.to_string());
            gone[i] = Some(RemovalReason::Dateline);
            continue;
        }
        if first {
            first = false;
            if is_title_like(l) && kept.len() > 1 {
                out.title = Some(l.to_string());
                key = Some(title_key(l));
            }
            continue;
        }
        if key.as_deref().is_some_and(|k| repeats_title(l, k)) {
            gone[i] = Some(RemovalReason::RepeatedTitle);
        }
    }
}

/// The kept lines as text (a blank line between paragraphs stays one), and the removed ones
/// as spans, runs of one reason merged.
fn assemble(raw: &str, lines: &[Line], gone: &[Option<RemovalReason>], out: &mut Cleaned) {
    // The text is at most the raw text: grown by doubling it could take twice that, and copy it.
    out.text.reserve(raw.len());
    let mut blank = false;
    for (i, l) in lines.iter().enumerate() {
        if l.text.is_empty() {
            blank = !out.text.is_empty();
            continue;
        }
        if let Some(reason) = gone[i] {
            let span = l.span();
            match out.removed.last_mut() {
                // Merge with the previous span when only blank text lies between.
                Some(last)
                    if last.reason == reason
                        && raw[last.span.end..span.start].trim().is_empty() =>
                {
                    last.span.end = span.end;
                }
                _ => out.removed.push(Removed { span, reason }),
            }
            continue;
        }
        if !out.text.is_empty() {
            out.text.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.text.push_str(l.text);
    }
    out.text.shrink_to_fit();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time() -> &'static TimeLexicon {
        static T: std::sync::OnceLock<TimeLexicon> = std::sync::OnceLock::new();
        T.get_or_init(|| TimeLexicon::builtin().unwrap())
    }

    fn clean(s: &str) -> Cleaned {
        Cleaner::builtin().unwrap().clean(s, time())
    }

    fn reasons(c: &Cleaned, raw: &str) -> Vec<(String, &'static str)> {
        c.removed
            .iter()
            .map(|r| (r.span.of(raw).to_string(), r.reason.as_str()))
            .collect()
    }

    #[test]
    fn strips_header_nav_and_footer() {
        let raw = "| Welcome to Some News Site\n\nMonday, June 2, 2025\n\nKabul hosts talks\n\nThe talks opened on Sunday in the capital, officials said.\n\nRead more: Another story here\n\nThey ended well after two days of meetings in the city.\n\nRelated Articles\n\nA link to another story\nBack to top button";
        let c = clean(raw);
        assert_eq!(c.title.as_deref(), Some("Kabul hosts talks"));
        assert_eq!(c.dateline.as_deref(), Some("Monday, June 2, 2025"));
        assert_eq!(
            c.text,
            "Kabul hosts talks\n\nThe talks opened on Sunday in the capital, officials said.\n\nThey ended well after two days of meetings in the city."
        );
        assert_eq!(
            reasons(&c, raw),
            vec![
                ("| Welcome to Some News Site".to_string(), "navigation"),
                ("Monday, June 2, 2025".to_string(), "dateline"),
                ("Read more: Another story here".to_string(), "teaser"),
                (
                    "Related Articles\n\nA link to another story".to_string(),
                    "more-news"
                ),
                ("Back to top button".to_string(), "navigation"),
            ]
        );
    }

    #[test]
    fn strips_donation_appeals_and_bylines() {
        let c = clean(
            "Main prose line one, with enough words to be a sentence.\nSupport Example Media Hub\nIf there were ever a time to join us, it is now.\nExample Bank AC # 1234 5678901\nThe writer is a reporter. She can be reached at someone@example.org.\nComments are closed.",
        );
        assert_eq!(
            c.text,
            "Main prose line one, with enough words to be a sentence."
        );
        assert_eq!(c.removed.len(), 3, "{:?}", c.removed);
    }

    #[test]
    fn keeps_prose_that_mentions_support() {
        let c = clean(
            "Russia will support the talks.\nSupport for the plan grew in Kabul, officials said.",
        );
        assert!(c.removed.is_empty(), "{:?}", c.removed);
    }

    #[test]
    fn arabic_dateline_and_language_switcher() {
        let c = clean("Ru En\n\nروسيا وباكستان تؤكدان استعدادهما\n\n٢٩ سبتمبر ٢٠٢١\n\nأكد نائب وزير الدفاع.\n\nالمصدر: نوفوستي");
        assert_eq!(c.dateline.as_deref(), Some("٢٩ سبتمبر ٢٠٢١"));
        assert_eq!(c.title.as_deref(), Some("روسيا وباكستان تؤكدان استعدادهما"));
        assert!(!c.text.contains("نوفوستي") && !c.text.contains("Ru En"));
    }

    #[test]
    fn a_short_heading_never_cuts_the_article() {
        let raw = "Latest News\nLavrov and Dar meet in Moscow\nRussian Foreign Minister Sergey Lavrov met Pakistan's Deputy Prime Minister Ishaq Dar in Moscow on Tuesday.\nThe two ministers discussed trade, energy and the situation in Afghanistan, the ministry said.";
        let c = clean(raw);
        assert_eq!(c.title.as_deref(), Some("Lavrov and Dar meet in Moscow"));
        assert!(c.text.contains("the ministry said."), "{}", c.text);
        assert_eq!(
            reasons(&c, raw),
            vec![("Latest News".to_string(), "more-news")]
        );
    }

    #[test]
    fn another_story_below_the_article_goes() {
        let raw = "Lavrov and Dar meet in Moscow\nRussian Foreign Minister Sergey Lavrov met Pakistan's Deputy Prime Minister Ishaq Dar in Moscow on Tuesday.\nThe ministers discussed trade, energy supplies and the situation in Afghanistan, the Russian ministry said.\nMore news\nFlooding closes schools in Bavaria\nHeavy rainfall closed hundreds of schools across southern Germany on Wednesday as rivers burst their banks.\nEmergency services evacuated villages along the Danube overnight.";
        let c = clean(raw);
        assert!(c.text.ends_with("the Russian ministry said."), "{}", c.text);
        assert_eq!(c.removed.len(), 1);
        assert_eq!(c.removed[0].reason, RemovalReason::MoreNews);
        assert!(c.removed[0].span.of(raw).starts_with("More news\nFlooding"));
    }

    #[test]
    fn a_related_box_inside_the_article_keeps_the_article() {
        let raw = "Lavrov and Dar meet in Moscow\nRussian Foreign Minister Sergey Lavrov met Pakistan's Deputy Prime Minister Ishaq Dar in Moscow on Tuesday.\nRelated\nPakistan and Russia sign energy memorandum\nLavrov told Dar that Russia was ready to expand energy supplies to Pakistan, the ministry said.";
        let c = clean(raw);
        assert!(c.text.ends_with("the ministry said."), "{}", c.text);
        assert_eq!(
            reasons(&c, raw),
            vec![(
                "Related\nPakistan and Russia sign energy memorandum".to_string(),
                "teaser"
            )]
        );
    }

    #[test]
    fn the_title_is_kept_once_and_a_url_is_never_it() {
        let raw = "https://example.com/news/2025/10/07/talks\nTalks in Moscow end\nTalks in Moscow end\nTalks in Moscow end | Example News\nThe talks in Moscow ended on Tuesday with a joint statement, officials said.\nTalks in Moscow end";
        let c = clean(raw);
        assert_eq!(c.title.as_deref(), Some("Talks in Moscow end"));
        assert_eq!(
            c.text,
            "Talks in Moscow end\nThe talks in Moscow ended on Tuesday with a joint statement, officials said."
        );
        assert_eq!(c.removed[0].reason, RemovalReason::Url);
        assert!(c.removed[1..]
            .iter()
            .all(|r| r.reason == RemovalReason::RepeatedTitle));
    }

    #[test]
    fn spans_are_offsets_into_the_input() {
        let raw = "\u{FEFF}  Share  \r\nThe talks in Moscow ended on Tuesday with a joint statement, officials said.\r\n";
        let c = clean(raw);
        assert_eq!(c.removed.len(), 1);
        assert_eq!(c.removed[0].span.of(raw), "Share");
    }

    #[test]
    fn date_lines() {
        let c = Cleaner::builtin().unwrap();
        for l in [
            "November 15, 2024 11:55 pm",
            "Thursday, May 23, 2024",
            "7 октября 2025 г.",
            "29/09/2021",
            "۱۴۰۴/۰۷/۱۵",
            "٢٩ سبتمبر ٢٠٢١",
            "2023年5月19日 星期五",
            "Published: 07.10.2025 14:32",
        ] {
            assert!(c.is_date_line(l, time()), "{l}");
        }
        for l in [
            "The 13-member delegation arrived in 2021",
            "Russia, Pakistan Discuss Cooperation",
            "1 Kyle Busch 5040 5 1 17 27",
            "Calendário da Stock Car 2018",
            "Средняя суточная калорийность 1694 Ккал.",
            "2018 Kyle Busch 5 1",
        ] {
            assert!(!c.is_date_line(l, time()), "{l}");
        }
    }

    #[test]
    fn bad_rules_name_file_and_line() {
        let e = Cleaner::from_files([(
            "clean/x.tsv",
            "reason\twhere\tmax\tregex\nshare\tany\t9\t(\n",
        )])
        .unwrap_err()
        .to_string();
        assert!(e.contains("clean/x.tsv") && e.contains('2'), "{e}");
        let e = Cleaner::from_files([(
            "clean/x.tsv",
            "reason\twhere\tmax\tregex\nnoise\tany\t9\tx\n",
        )])
        .unwrap_err()
        .to_string();
        assert!(e.contains("unknown reason"), "{e}");
    }
}
