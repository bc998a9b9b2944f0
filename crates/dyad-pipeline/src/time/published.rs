//! The publication date: metadata first, else a dateline near the top of the text, never a
//! site header.
//!
//! A dateline is a line among the first twelve non-empty ones that is only a date (with a
//! time of day, a weekday, labels such as "Published:" or a short byline around it), or a
//! date right after a place at the start of a line (`ISLAMABAD, April 7, 2021 —`,
//! `MOSCOW (Oct. 7, 2025) –`). Only full dates (day precision) count.
//!
//! Scraped pages often carry the site's own "today" at the top: `| Welcome to …` followed by
//! `Thursday, May 23, 2024`, which is the crawl date, not the article's. A date line is not
//! trusted when at least two of these hold:
//! - it sits above the title, below site-navigation debris (a line starting or ending with
//!   `|`, "Welcome to", menu words from the data files);
//! - it starts with a weekday, the style of page-header clocks;
//! - the full dates in the body all end more than 90 days before it.
//!
//! (Debris and a weekday together suffice; either one plus a body that speaks only of older
//! dates also does.) Then the date is `None` and the `note` says why. Nothing is inferred
//! from "on Tuesday" or "August 20": without a dateline the date is unknown.

use super::engine;
use super::lexicon::{LangLex, TimeLexicon};
use super::norm::{fold_str, is_word_char, Folded};
use super::scan::{tokenize, TokKind};
use dyad_core::{DatePrecision, DateValue, Lang, Published, PublishedFrom};
use jiff::ToSpan;

/// How many non-empty lines from the top may hold a dateline.
const DATELINE_LINES: usize = 12;

fn lexes(lex: &TimeLexicon, lang: Lang) -> Vec<&LangLex> {
    let mut v = Vec::with_capacity(2);
    if let Some(l) = lex.get(lang) {
        v.push(l);
    }
    if lang != Lang::En {
        if let Some(en) = lex.get(Lang::En) {
            if !v.iter().any(|l| l.code == en.code) {
                v.push(en);
            }
        }
    }
    v
}

/// Full dates on one line: (start, end, value), first language that finds any.
fn full_dates(lls: &[&LangLex], line: &str) -> Vec<(usize, usize, DateValue)> {
    for ll in lls {
        let found = engine::run(ll, line, None, false);
        let v: Vec<_> = found
            .times
            .into_iter()
            .filter(|t| {
                t.value.precision == DatePrecision::Day && t.anchor == "absolute" && t.dur.is_none()
            })
            .map(|t| (t.start, t.end, t.value))
            .collect();
        if !v.is_empty() {
            return v;
        }
    }
    Vec::new()
}

fn parse_metadata(m: &str, lls: &[&LangLex]) -> Option<DateValue> {
    if let Some(v) = DateValue::parse_iso(m) {
        return Some(v);
    }
    if let Some(&(_, _, v)) = full_dates(lls, m).first() {
        return Some(v);
    }
    // Month-only or year-only metadata is still metadata.
    for ll in lls {
        if let Some(t) = engine::run(ll, m, None, false)
            .times
            .into_iter()
            .find(|t| t.anchor == "absolute" && t.dur.is_none())
        {
            return Some(t.value);
        }
    }
    None
}

fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// The line around a date, minus the date: is it only labels, a time of day, a short byline?
fn is_date_line(lls: &[&LangLex], line: &str, s: usize, e: usize) -> bool {
    let rest = format!("{} {}", &line[..s], &line[e..]);
    let folded = fold_str(&rest);
    let mut others = 0;
    let mut byline = false;
    for w in words(&folded) {
        if lls.iter().any(|ll| ll.dateline.byline.contains(w)) {
            byline = true;
            continue;
        }
        if lls.iter().any(|ll| ll.dateline.labels.contains(w)) {
            continue;
        }
        if lls.iter().any(|ll| {
            ll.word_index
                .get(w)
                .is_some_and(|&id| ll.words[id as usize].weekday.is_some())
        }) {
            continue;
        }
        others += 1;
    }
    others == 0 || (byline && others <= 5)
}

/// `PLACE, date —` / `PLACE (date) –` at the start of a line.
fn is_dateline_prefix(line: &str, s: usize, e: usize) -> bool {
    if s > 60 {
        return false;
    }
    let before = line[..s].trim_end();
    let Some(place) = before.strip_suffix([',', '(', '-', '–', '—', ':']) else {
        return false;
    };
    let place = place.trim();
    let n = place.split_whitespace().count();
    if n == 0
        || n > 4
        || !place
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'')
    {
        return false;
    }
    let after = line[e..].trim_start().trim_start_matches(')').trim_start();
    after.is_empty() || after.starts_with(['-', '–', '—', ':', '|'])
}

fn is_debris(lls: &[&LangLex], line: &str) -> bool {
    let t = line.trim();
    if t.starts_with('|') || t.ends_with('|') || t.matches('|').count() >= 2 {
        return true;
    }
    let folded = fold_str(t);
    lls.iter().any(|ll| {
        ll.dateline
            .debris
            .iter()
            .any(|d| folded.contains(d.as_str()))
    })
}

fn starts_with_weekday(lls: &[&LangLex], line: &str) -> bool {
    lls.iter().any(|ll| {
        let f = Folded::new(line);
        let mut toks = Vec::new();
        tokenize(ll, line, &f, &mut toks);
        let lead = &f.text[..toks.first().map_or(0, |t| t.s)];
        toks.first().is_some_and(|t| match t.k {
            TokKind::Word { id, names } => names && ll.words[id as usize].weekday.is_some(),
            TokKind::Num { .. } => false,
        }) && lead.trim().is_empty()
    })
}

/// The publication date of a document: `metadata` (a date or timestamp supplied with it)
/// first, else a trusted dateline in the text. Never inferred from the body.
pub fn publication_date(
    doc_text: &str,
    metadata: Option<&str>,
    lang: Lang,
    lex: &TimeLexicon,
) -> Published {
    let lls = lexes(lex, lang);
    let mut note = None;
    if let Some(m) = metadata.map(str::trim).filter(|m| !m.is_empty()) {
        if let Some(v) = parse_metadata(m, &lls) {
            return Published {
                date: Some(v),
                from: Some(PublishedFrom::Metadata),
                note: None,
            };
        }
        note = Some(format!("metadata date {m:?} not understood; "));
    }
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut off = 0;
    for raw in doc_text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        if !line.trim().is_empty() {
            lines.push((off, line));
            if lines.len() >= DATELINE_LINES {
                break;
            }
        }
        off += raw.len();
    }
    let mut title_seen = false;
    let mut debris_above = false;
    for (li, &(start, line)) in lines.iter().enumerate() {
        let dates = full_dates(&lls, line);
        let found = dates
            .iter()
            .find(|&&(s, e, _)| is_date_line(&lls, line, s, e) || is_dateline_prefix(line, s, e));
        if let Some(&(_, _, v)) = found {
            let header = !title_seen && debris_above;
            let weekday = starts_with_weekday(&lls, line);
            let body = &doc_text[(start + line.len()).min(doc_text.len())..];
            let latest_body = (header || weekday)
                .then(|| lls.first())
                .flatten()
                .and_then(|ll| {
                    engine::run(ll, body, None, false)
                        .times
                        .iter()
                        .filter(|t| {
                            t.anchor == "absolute" && t.value.precision != DatePrecision::Decade
                        })
                        .map(|t| t.value.last_day())
                        .max()
                });
            let older_body = latest_body.is_some_and(|b| {
                b.checked_add(90.days())
                    .is_ok_and(|b90| b90 < v.first_day())
            });
            let reasons = [header, weekday, older_body];
            let distrust = (header && weekday) || ((header || weekday) && older_body);
            if distrust {
                let mut why = Vec::new();
                if reasons[0] {
                    why.push("it sits among site-navigation lines above the title");
                }
                if reasons[1] {
                    why.push("it starts with a weekday like a page-header clock");
                }
                if reasons[2] {
                    why.push("the article's own dates are all older");
                }
                let mut n = note.unwrap_or_default();
                n.push_str(&format!(
                    "date line {:?} (line {}) looks like the website's header at crawl time, not the article's date: {}",
                    line.trim(),
                    li + 1,
                    why.join("; ")
                ));
                return Published {
                    date: None,
                    from: None,
                    note: Some(n),
                };
            }
            return Published {
                date: Some(v),
                from: Some(PublishedFrom::Dateline),
                note: None,
            };
        }
        if is_debris(&lls, line) {
            debris_above = true;
        } else if dates.is_empty() && line.split_whitespace().count() >= 4 {
            title_seen = true;
        }
    }
    let mut n = note.unwrap_or_default();
    n.push_str("no metadata date and no dateline near the top of the text");
    Published {
        date: None,
        from: None,
        note: Some(n),
    }
}
