//! The publication date of a document, from what it carries, in the order it is trusted:
//!
//! 1. **metadata**: a date given with the document (JSONL `published`, HTML `<meta>`, JSON-LD);
//! 2. **url**: the date in its address (`/2025/10/07/`, `-20251007`; see `url.rs`);
//! 3. **byline**: a line the page writes about itself, near the top or as one of its last
//!    lines: "Published September 30, 2021", "Updated: 07.10.2025 14:32", «تاريخ النشر: …»,
//!    «Опубликовано …», "Son güncelleme: …", «发布时间：…», "By X | April 8, 2021". A
//!    "published" line goes before an "updated" one, and an update never wins over an older
//!    dateline of the same page;
//! 4. **dateline**: among the first twelve non-empty lines, a line that is only a date (with a
//!    time of day or a weekday), or a date right after a place at the start of a line:
//!    `ISLAMABAD, April 7, 2021 —`, `اسلام آباد، 28 فروری 2019:`, `MOSCOW (Oct. 7, 2025) –`,
//!    `کابل، د ۱۴۰۱ کال د لیندۍ ۳۰مه:`, and agency datelines closed by a word of the language's
//!    data (`本报北京2022年2月4日电`, `中评社香港10月7日电`).
//!
//! The words of every language (labels, "published"/"updated" words, bylines, banners,
//! agency closers) are data: the `[dateline]` section of `data/time/<lang>.toml`.
//!
//! What is never a publication date, or is distrusted with a note (`Published::note`):
//! - a "today is" banner (a date line with a word such as "Today", «Сегодня», «今天»);
//! - a site header's clock: a date line above the title, below site-navigation debris, or
//!   starting with a weekday, when two of those hold or one does and the body's dates are all
//!   more than 90 days older;
//! - the crawl date (`WARC-Date`) and the ingest date: they only bound the date from above. A
//!   candidate later than either (by more than a day, for time zones) is distrusted;
//! - a candidate far from the text's own dates: when the text gives at least two full dates
//!   (day or month) and they all end more than two years before it (and lie within about a
//!   year of each other: dates years apart are history the report recalls), or all start more
//!   than 400 days after it;
//! - a dateline without a year (`10月7日电`, `MOSCOW, Oct 7 (Reuters)`) gets its year from the
//!   url, else from the upper bound when the text's own dates confirm that year; never a guess.
//!
//! Nothing is inferred from "on Tuesday" or "August 20" in the body.

use super::calendar::{self, Calendar};
use super::engine;
use super::lexicon::{LangLex, TimeLexicon};
use super::norm::{fold_str, is_cjk, is_word_char, Folded};
use super::scan::{tokenize, TokKind};
use super::url::url_date;
use dyad_core::{
    DatePrecision, DateValue, Lang, Published, PublishedFrom, PunctClass, PunctSet, TimeExpr,
};
use jiff::civil::Date;
use jiff::ToSpan;

/// How many non-empty lines from the top may hold a dateline or a byline.
const DATELINE_LINES: usize = 12;
/// How many non-empty lines from the end may hold a "published"/"updated" line.
const BOTTOM_LINES: usize = 3;
/// A candidate whose text's dates all end this long before it is far from them.
const FAR_BEHIND_DAYS: i64 = 730;
/// A candidate whose text's dates all start this long after it is far from them.
const FAR_AHEAD_DAYS: i64 = 400;
/// The text's dates count against a later candidate only when they lie within this span.
const OWN_DATES_SPAN_DAYS: i64 = 400;

/// What a document offers to date it.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateSources<'a> {
    /// The text as it arrived (before cleaning): datelines and bylines are read from it.
    pub text: &'a str,
    /// A publication date given with the document, unparsed.
    pub metadata: Option<&'a str>,
    pub url: Option<&'a str>,
    /// The crawl time (`WARC-Date`), unparsed: an upper bound only.
    pub crawled: Option<&'a str>,
    /// The day the document was ingested: an upper bound only.
    pub ingested: Option<Date>,
}

/// Where a candidate came from, in the order of trust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Metadata,
    Url,
    /// "Published …" or an author line with a date.
    Published,
    Updated,
    Dateline,
}

impl Kind {
    fn from(self) -> PublishedFrom {
        match self {
            Kind::Metadata => PublishedFrom::Metadata,
            Kind::Url => PublishedFrom::Url,
            Kind::Published | Kind::Updated => PublishedFrom::Byline,
            Kind::Dateline => PublishedFrom::Dateline,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Full(DateValue),
    /// A day and month without a year.
    Partial(Calendar, i8, i8),
}

#[derive(Debug, Clone)]
struct Candidate {
    kind: Kind,
    when: When,
    /// What it was read from, for notes.
    what: String,
}

/// The candidates for a document's publication date; [`Dating::choose`] checks them against
/// the text's own dates and picks one. The text is only read for datelines and bylines when
/// the metadata and the url do not settle the date (most documents of a feed have metadata).
#[derive(Debug, Clone, Default)]
pub struct Dating<'a> {
    /// Metadata and url, in the order of trust.
    cands: Vec<Candidate>,
    /// The earliest of the crawl and ingest dates, and which it is.
    bound: Option<(Date, &'static str)>,
    notes: Vec<String>,
    text: &'a str,
    lls: Vec<&'a LangLex>,
    /// Bylines and datelines, read from `text` when first needed.
    from_text: std::cell::OnceCell<(Vec<Candidate>, Vec<String>)>,
}

fn lexes(lex: &TimeLexicon, lang: Lang) -> Vec<&LangLex> {
    let mut v = Vec::with_capacity(2);
    if let Some(l) = lex.get(lang) {
        v.push(l);
    }
    // Page furniture is often English whatever the language of the article.
    let english = Lang::new("en");
    if Some(lang) != english {
        if let Some(en) = english.and_then(|e| lex.get(e)) {
            if !v.iter().any(|l| l.code == en.code) {
                v.push(en);
            }
        }
    }
    v
}

/// A date found on one line: original byte span and what it says.
type LineDate = (usize, usize, When);

/// Full dates and days without a year on one line, from the first language that finds any.
fn line_dates(lls: &[&LangLex], line: &str) -> Vec<LineDate> {
    for ll in lls {
        let found = engine::run(ll, line, None, false);
        let mut v: Vec<LineDate> = found
            .times
            .into_iter()
            .filter(|t| {
                t.value.precision == DatePrecision::Day && t.anchor == "absolute" && t.dur.is_none()
            })
            .map(|t| (t.start, t.end, When::Full(t.value)))
            .collect();
        v.extend(
            found
                .partial
                .into_iter()
                .map(|p| (p.start, p.end, When::Partial(p.cal, p.month, p.day))),
        );
        if !v.is_empty() {
            v.sort_by_key(|d| d.0);
            return v;
        }
    }
    Vec::new()
}

/// Metadata: ISO dates and timestamps, Unix seconds or milliseconds, or any date the language
/// writes ("Tue, 07 Oct 2025 10:00:00 GMT", "7 октября 2025").
fn parse_metadata(m: &str, lls: &[&LangLex]) -> Option<DateValue> {
    if let Some(v) = DateValue::parse_iso(m) {
        return Some(v);
    }
    if m.bytes().all(|b| b.is_ascii_digit()) && (9..=13).contains(&m.len()) {
        let n: i64 = m.parse().ok()?;
        let secs = if m.len() >= 12 { n / 1000 } else { n };
        let day = jiff::Timestamp::from_second(secs)
            .ok()?
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date();
        return Some(DateValue::day(day));
    }
    for ll in lls {
        let found = engine::run(ll, m, None, false);
        if let Some(t) = found
            .times
            .iter()
            .filter(|t| t.anchor == "absolute" && t.dur.is_none())
            .min_by_key(|t| (t.value.precision, t.start))
        {
            return Some(t.value);
        }
    }
    None
}

// ---------------------------------------------------------------- the words of one line

/// Removes every occurrence of `phrases` standing as whole words (anywhere, for CJK) from
/// `text`; returns the byte offset of the last one removed before `upto` and of the first at
/// or after it.
fn take_phrases(
    text: &mut String,
    phrases: &[String],
    upto: usize,
) -> (Option<usize>, Option<usize>) {
    let (mut before, mut after) = (None, None);
    for p in phrases {
        let cjk = p.chars().next().is_some_and(is_cjk);
        let mut from = 0;
        while let Some(i) = text[from..].find(p.as_str()).map(|i| i + from) {
            let e = i + p.len();
            let bounded = cjk
                || (!text[..i].chars().next_back().is_some_and(is_word_char)
                    && !text[e..].chars().next().is_some_and(is_word_char));
            if bounded {
                if i < upto {
                    before = before.max(Some(i));
                } else if after.is_none_or(|a| i < a) {
                    after = Some(i);
                }
                // Blank it out, keeping offsets.
                text.replace_range(i..e, &" ".repeat(e - i));
            }
            from = e;
        }
    }
    (before, after)
}

/// What the words beside a date on its line say.
#[derive(Debug, Default)]
struct Beside {
    today: bool,
    /// A "published" word is the nearest label to the date.
    published: bool,
    updated: bool,
    byline: bool,
    /// Words that are none of the above, nor labels, nor weekdays.
    others: usize,
}

/// Reads `before` + DATE + `after` with the date taken out.
fn beside(lls: &[&LangLex], before: &str, after: &str) -> Beside {
    let b = fold_str(before);
    let mut t = format!("{b} | {}", fold_str(after));
    let at = b.len() + 1;
    let mut out = Beside::default();
    let mut nearest: Option<(usize, bool)> = None;
    for ll in lls {
        let d = &ll.dateline;
        out.today |= take_phrases(&mut t, &d.today, at) != (None, None);
        for (updated, list) in [(true, &d.updated), (false, &d.published)] {
            let (pb, pa) = take_phrases(&mut t, list, at);
            // The label nearest the date decides: the last one before it, else the first after.
            let dist = |p: Option<usize>| p.map(|p| if p < at { at - p } else { p - at + 1000 });
            for p in [pb, pa] {
                if let Some(k) = dist(p) {
                    if nearest.is_none_or(|(n, _)| k < n) {
                        nearest = Some((k, updated));
                    }
                }
            }
        }
        out.byline |= take_phrases(&mut t, &d.byline, at) != (None, None);
        take_phrases(&mut t, &d.labels, at);
    }
    out.published = nearest.is_some_and(|(_, u)| !u);
    out.updated = nearest.is_some_and(|(_, u)| u);
    for w in t
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
    {
        let weekday = lls.iter().any(|ll| {
            ll.word_index
                .get(w)
                .is_some_and(|&id| ll.words[id as usize].weekday.is_some())
        });
        if !weekday {
            out.others += 1;
        }
    }
    out
}

/// A sentence, not a line of page furniture: long, or ending with a full stop after a word.
fn is_sentence(line: &str) -> bool {
    let t = line.trim();
    if t.split_whitespace().count() > 16 {
        return true;
    }
    let punct = dyad_kb::punct();
    let Some(body) =
        t.strip_suffix(punct.any(PunctSet::of(&[PunctClass::Stop, PunctClass::SoftStop])))
    else {
        return false;
    };
    // "10:30 a.m." ends with an abbreviation, not a sentence.
    body.split(|c: char| !is_word_char(c))
        .next_back()
        .is_some_and(|w| w.chars().count() > 3)
}

/// How a line presents a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Banner,
    Published,
    Updated,
    /// Only the date (and a time, a weekday or labels).
    Bare,
    /// A place, then the date, at the start of the line.
    Dateline,
}

/// What separates the parts of a banner or byline.
const SEGMENT_MARKS: PunctSet = PunctSet::of(&[PunctClass::Separator]);

/// What stands between a dateline's place and its date (with `-` and `/`).
const DATELINE_SEPARATORS: PunctSet = PunctSet::of(&[
    PunctClass::Comma,
    PunctClass::Colon,
    PunctClass::Dash,
    PunctClass::BracketOpen,
]);

/// What may follow a dateline's date (with `-`).
const DATELINE_CLOSERS: PunctSet =
    PunctSet::of(&[PunctClass::Dash, PunctClass::Colon, PunctClass::Separator]);

/// A long line is prose: only its head can hold a dateline, and it is never a bare date, a
/// byline or a banner.
const HEAD_CHARS: usize = 100;

/// The head of a long line (see [`HEAD_CHARS`]), and whether the line was cut.
fn head(line: &str) -> (&str, bool) {
    match line.char_indices().nth(HEAD_CHARS) {
        Some((i, _)) => (&line[..i], true),
        None => (line, false),
    }
}

fn classify(lls: &[&LangLex], line: &str, cut: bool, s: usize, e: usize) -> Option<LineKind> {
    if cut {
        return is_dateline_prefix(lls, line, s, e).then_some(LineKind::Dateline);
    }
    let whole = beside(lls, &line[..s], &line[e..]);
    let seg_start = line[..s]
        .rfind(dyad_kb::punct().any(SEGMENT_MARKS))
        .map_or(0, |i| {
            i + line[i..].chars().next().map_or(1, char::len_utf8)
        });
    let seg_end = line[e..]
        .find(dyad_kb::punct().any(SEGMENT_MARKS))
        .map_or(line.len(), |i| e + i);
    let seg = beside(lls, &line[seg_start..s], &line[e..seg_end]);
    let furniture = !is_sentence(line);
    // "Today is Thursday, May 23, 2024": a banner. ("اليوم" later in a dateline's first
    // sentence is not.)
    if furniture && seg.today && seg.others <= 4 {
        return Some(LineKind::Banner);
    }
    if furniture && seg.others <= 4 && whole.others <= 8 {
        if seg.published || (whole.byline && !seg.updated && whole.others <= 5) {
            return Some(LineKind::Published);
        }
        if seg.updated {
            return Some(LineKind::Updated);
        }
    }
    if whole.others == 0 && !whole.byline {
        return Some(LineKind::Bare);
    }
    is_dateline_prefix(lls, line, s, e).then_some(LineKind::Dateline)
}

/// A combining mark of the scripts dyad reads (harakat, Indic signs and nukta, ZWNJ).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x610..=0x61A | 0x64B..=0x65F | 0x670 | 0x6D6..=0x6ED
        | 0x900..=0x903 | 0x93A..=0x94F | 0x951..=0x957 | 0x962..=0x963 | 0x200C..=0x200D)
}

/// Removes parenthesised parts: `العُلا (السعودية)` → `العُلا`.
fn without_parens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    let punct = dyad_kb::punct();
    for c in s.chars() {
        match c {
            _ if punct.is(c, PunctClass::BracketOpen) => depth += 1,
            _ if punct.is(c, PunctClass::BracketClose) => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// `PLACE, date —`, `PLACE (date) –`, `PLACE، date:`, `PLACE - date:`, `AGENCY PLACE date 电` at
/// the start of a line.
fn is_dateline_prefix(lls: &[&LangLex], line: &str, s: usize, e: usize) -> bool {
    let before = line[..s].trim_end();
    if before.chars().count() > 48 {
        return false;
    }
    let punct = dyad_kb::punct();
    let seps = |c: char| c == '-' || c == '/' || punct.is_in(c, DATELINE_SEPARATORS);
    let (place, sep) = match before.strip_suffix(seps) {
        Some(p) => (p, before.chars().next_back()),
        None => (before, None),
    };
    let mut after = line[e..].trim_start();
    if sep.is_some_and(|c| punct.is(c, PunctClass::BracketOpen)) {
        let Some(a) = after.strip_prefix(|c| punct.is(c, PunctClass::BracketClose)) else {
            return false;
        };
        after = a.trim_start();
    }
    // An agency in parentheses after the date: "(Reuters) -", "(IRNA)".
    if let Some(inner) = after.strip_prefix(|c| punct.is(c, PunctClass::BracketOpen)) {
        if let Some(close) = inner.find(|c| punct.is(c, PunctClass::BracketClose)) {
            let agency = &inner[..close];
            if agency.split_whitespace().count() <= 3 && agency.chars().count() <= 30 {
                after = inner[close..]
                    .trim_start_matches(|c| punct.is(c, PunctClass::BracketClose))
                    .trim_start();
            }
        }
    }
    let head = after
        .char_indices()
        .nth(8)
        .map_or(after, |(i, _)| &after[..i]);
    let folded_after = fold_str(head);
    let closer = lls.iter().any(|ll| {
        ll.dateline
            .closers
            .iter()
            .any(|c| folded_after.starts_with(c.as_str()))
    });
    let closes = after.is_empty()
        || after.starts_with(|c| c == '-' || punct.is_in(c, DATELINE_CLOSERS))
        || closer;
    if !closes {
        return false;
    }
    let place = without_parens(place);
    let place = place.trim();
    if place.is_empty() {
        return false;
    }
    let cjk = place.chars().all(is_cjk);
    if cjk {
        // No spaces in Chinese: the agency and the place run into the date; the closer says
        // it is a dateline.
        return closer && place.chars().count() <= 12;
    }
    if sep.is_none() {
        return false;
    }
    let n = place.split_whitespace().count();
    (1..=4).contains(&n)
        && place
            .chars()
            .all(|c| c.is_alphabetic() || is_mark(c) || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
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

/// The non-empty lines of a text with their byte offsets.
fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut off = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        if !line.trim().is_empty() {
            out.push((off, line));
        }
        off += raw.len();
    }
    out
}

fn quote(line: &str) -> String {
    let t = line.trim();
    match t.char_indices().nth(80) {
        Some((i, _)) => format!("{:?}…", &t[..i]),
        None => format!("{t:?}"),
    }
}

impl<'a> Dating<'a> {
    /// Every candidate a document offers, in the order of trust, each already checked
    /// against the crawl and ingest dates.
    pub fn find(src: &DateSources<'a>, lang: Lang, lex: &'a TimeLexicon) -> Dating<'a> {
        let lls = lexes(lex, lang);
        let mut d = Dating {
            text: src.text,
            ..Dating::default()
        };
        let crawled = src
            .crawled
            .and_then(DateValue::parse_iso)
            .map(|v| (v.last_day(), "crawl"));
        let ingested = src.ingested.map(|v| (v, "ingest"));
        d.bound = [crawled, ingested]
            .into_iter()
            .flatten()
            .min_by_key(|b| b.0);

        if let Some(m) = src.metadata.map(str::trim).filter(|m| !m.is_empty()) {
            match parse_metadata(m, &lls) {
                Some(v) => d.push(Kind::Metadata, When::Full(v), format!("metadata {m:?}")),
                None => d.notes.push(format!("metadata date {m:?} not understood")),
            }
        }
        if let Some(u) = src.url {
            if let Some(v) = url_date(u) {
                d.push(Kind::Url, When::Full(v), format!("url {u:?}"));
            }
        }
        d.lls = lls;
        d
    }

    fn push(&mut self, kind: Kind, when: When, what: String) {
        let mut scan = TextScan {
            bound: self.bound,
            cands: std::mem::take(&mut self.cands),
            notes: std::mem::take(&mut self.notes),
        };
        scan.push(kind, when, what);
        (self.cands, self.notes) = (scan.cands, scan.notes);
    }

    /// The candidates read from the text, sorted by trust, with their notes.
    fn text_candidates(&self) -> &(Vec<Candidate>, Vec<String>) {
        self.from_text.get_or_init(|| {
            let mut scan = TextScan {
                bound: self.bound,
                cands: Vec::new(),
                notes: Vec::new(),
            };
            scan.scan_text(&self.lls, self.text);
            scan.cands.sort_by_key(|c| c.kind);
            (scan.cands, scan.notes)
        })
    }
}

/// Candidates being collected, checked against the bound as they come.
struct TextScan {
    bound: Option<(Date, &'static str)>,
    cands: Vec<Candidate>,
    notes: Vec<String>,
}

impl TextScan {
    fn push(&mut self, kind: Kind, when: When, what: String) {
        if let (When::Full(v), Some((b, name))) = (when, self.bound) {
            if b.checked_add(1.day()).is_ok_and(|b1| v.first_day() > b1) {
                self.notes.push(format!(
                    "{what} gives {v}, later than the {name} date {b}: not trusted"
                ));
                return;
            }
        }
        self.cands.push(Candidate { kind, when, what });
    }

    /// Bylines and datelines at the top of the text, "published"/"updated" lines at its end.
    fn scan_text(&mut self, lls: &[&LangLex], text: &str) {
        let all = lines(text);
        let top = &all[..all.len().min(DATELINE_LINES)];
        let mut title_seen = false;
        let mut debris_above = false;
        let mut dateline_found = false;
        for (li, &(start, full)) in top.iter().enumerate() {
            let (line, cut) = head(full);
            let dates = line_dates(lls, line);
            let mut banner = false;
            for &(s, e, when) in &dates {
                let Some(kind) = classify(lls, line, cut, s, e) else {
                    continue;
                };
                let what = |k: &str| format!("{k} {} (line {})", quote(line), li + 1);
                match kind {
                    LineKind::Banner => banner = true,
                    LineKind::Published => self.push(Kind::Published, when, what("byline")),
                    LineKind::Updated => self.push(Kind::Updated, when, what("update line")),
                    LineKind::Dateline if !dateline_found => {
                        dateline_found = true;
                        self.push(Kind::Dateline, when, what("dateline"));
                    }
                    LineKind::Bare if !dateline_found => {
                        let When::Full(v) = when else { continue };
                        dateline_found = true;
                        let header = !title_seen && debris_above;
                        let body = &text[(start + full.len()).min(text.len())..];
                        match header_clock(lls, line, header, body, v) {
                            Some(why) => self.notes.push(format!(
                                "date line {} (line {}) looks like the website's header at crawl time, not the article's date: {why}",
                                quote(line),
                                li + 1
                            )),
                            None => self.push(Kind::Dateline, when, what("date line")),
                        }
                    }
                    LineKind::Dateline | LineKind::Bare => {}
                }
                break;
            }
            if banner || is_debris(lls, line) {
                debris_above = true;
            } else if dates.is_empty() && line.split_whitespace().count() >= 4 {
                title_seen = true;
            }
        }
        let tail = all.len().saturating_sub(BOTTOM_LINES).max(top.len());
        for (li, &(_, line)) in all.iter().enumerate().skip(tail) {
            if head(line).1 {
                continue;
            }
            for (s, e, when) in line_dates(lls, line) {
                let what = format!("line {} (line {})", quote(line), li + 1);
                match classify(lls, line, false, s, e) {
                    Some(LineKind::Published) => self.push(Kind::Published, when, what),
                    Some(LineKind::Updated) => self.push(Kind::Updated, when, what),
                    _ => continue,
                }
                break;
            }
        }
    }
}

impl Dating<'_> {
    /// The date to read the text against before [`Dating::choose`] has seen its dates: the
    /// most trusted full candidate (usually the final answer).
    pub fn provisional(&self) -> Option<Date> {
        self.choose(&[])
            .date
            .filter(|d| d.precision == DatePrecision::Day)
            .map(|d| d.first_day())
    }

    /// The publication date: the most trusted candidate that is not far from `own`, the text's
    /// own full dates (day or month precision, absolute).
    pub fn choose(&self, own: &[DateValue]) -> Published {
        // Metadata or a url giving a day that holds: the text need not be read.
        let first_ok = self.cands.iter().find_map(|c| match c.when {
            When::Full(v) if far(v, own).is_none() => Some((c.kind, v)),
            _ => None,
        });
        if let Some((kind, v)) = first_ok.filter(|(_, v)| v.precision == DatePrecision::Day) {
            let mut notes = self.notes.clone();
            for c in &self.cands {
                if let When::Full(w) = c.when {
                    if let Some(why) = far(w, own) {
                        notes.push(format!(
                            "{} gives {w}, far from the text's own dates: {why}",
                            c.what
                        ));
                    }
                }
                if c.kind == kind {
                    break;
                }
            }
            return Published {
                date: Some(v),
                from: Some(kind.from()),
                note: (!notes.is_empty()).then(|| notes.join("; ")),
            };
        }
        let (text_cands, text_notes) = self.text_candidates();
        let mut notes = self.notes.clone();
        notes.extend(text_notes.iter().cloned());
        let url_value = self.cands.iter().find_map(|c| match (c.kind, c.when) {
            (Kind::Url, When::Full(v)) => Some(v),
            _ => None,
        });
        let mut ok: Vec<(Kind, DateValue)> = Vec::new();
        for c in self.cands.iter().chain(text_cands) {
            let v = match c.when {
                When::Full(v) => v,
                When::Partial(cal, m, d) => match self.year_for(cal, m, d, url_value, own) {
                    Ok(v) => v,
                    Err(why) => {
                        notes.push(format!("{} has no year: {why}", c.what));
                        continue;
                    }
                },
            };
            if let Some(why) = far(v, own) {
                notes.push(format!(
                    "{} gives {v}, far from the text's own dates: {why}",
                    c.what
                ));
                continue;
            }
            ok.push((c.kind, v));
        }
        let Some(&(mut kind, mut value)) = ok.first() else {
            notes.push("no metadata, url, byline or dateline date".into());
            return Published {
                date: None,
                from: None,
                note: Some(notes.join("; ")),
            };
        };
        // An update is not the publication: an older dateline of the same page is.
        if kind == Kind::Updated {
            if let Some(&(k, v)) = ok
                .iter()
                .find(|(k, v)| *k == Kind::Dateline && v.last_day() <= value.last_day())
            {
                (kind, value) = (k, v);
            }
        }
        // A month (from a url) made exact by a less trusted day inside it.
        if value.precision != DatePrecision::Day {
            if let Some(&(k, v)) = ok.iter().find(|(_, v)| {
                v.precision == DatePrecision::Day
                    && value.first_day() <= v.first_day()
                    && v.last_day() <= value.last_day()
            }) {
                (kind, value) = (k, v);
            }
        }
        Published {
            date: Some(value),
            from: Some(kind.from()),
            note: (!notes.is_empty()).then(|| notes.join("; ")),
        }
    }

    /// The year of a dateline without one: the url's, else the latest before the crawl or
    /// ingest date when the text's own dates confirm it.
    fn year_for(
        &self,
        cal: Calendar,
        m: i8,
        d: i8,
        url: Option<DateValue>,
        own: &[DateValue],
    ) -> Result<DateValue, String> {
        let on = |y: i32| calendar::to_gregorian(cal, y, m, d).map(DateValue::day);
        if let Some(u) = url {
            let y =
                calendar::year_of(cal, u.first_day()).ok_or("the url's year is out of range")?;
            let v = [y - 1, y, y + 1]
                .into_iter()
                .filter_map(on)
                .find(|v| u.first_day() <= v.first_day() && v.last_day() <= u.last_day())
                .ok_or_else(|| format!("it does not fall within the url's date {u}"))?;
            return Ok(v);
        }
        let (b, name) = self
            .bound
            .ok_or("no url, crawl or ingest date to take one from")?;
        let y = calendar::year_of(cal, b).ok_or("the bound is out of range")?;
        let v = [y, y - 1]
            .into_iter()
            .filter_map(on)
            .find(|v| v.first_day() <= b)
            .ok_or("no such day")?;
        let latest = own.iter().map(|o| o.last_day()).max();
        let confirmed = latest.is_some_and(|l| {
            let lo = v.first_day().checked_sub(366.days()).unwrap_or(Date::MIN);
            let hi = v.first_day().checked_add(31.days()).unwrap_or(Date::MAX);
            lo <= l && l <= hi
        });
        if !confirmed {
            return Err(format!(
                "the {name} date {b} would make it {v}, but the text's own dates do not confirm that year"
            ));
        }
        Ok(v)
    }
}

/// Why `v` is far from the text's own dates, if it is.
fn far(v: DateValue, own: &[DateValue]) -> Option<&'static str> {
    if own.len() < 2 {
        return None;
    }
    let latest = own.iter().map(|o| o.last_day()).max()?;
    let earliest = own.iter().map(|o| o.first_day()).min()?;
    let days = |a: Date, b: Date| (b - a).get_days() as i64;
    // An archived page's own dates lie close together; dates years apart (1979 and 1989 in a
    // report on today's talks) are history the report recalls, and say nothing against it.
    let one_period = days(earliest, latest) <= OWN_DATES_SPAN_DAYS;
    if one_period && days(latest, v.first_day()) > FAR_BEHIND_DAYS {
        return Some("they all end more than two years before it");
    }
    if days(v.last_day(), earliest) > FAR_AHEAD_DAYS {
        return Some("they all start more than a year after it");
    }
    None
}

/// Why a date line at the top looks like a page header's clock, if it does.
fn header_clock(
    lls: &[&LangLex],
    line: &str,
    header: bool,
    body: &str,
    v: DateValue,
) -> Option<String> {
    let weekday = starts_with_weekday(lls, line);
    if !header && !weekday {
        return None;
    }
    let latest_body = lls.first().and_then(|ll| {
        engine::run(ll, body, None, false)
            .times
            .iter()
            .filter(|t| t.anchor == "absolute" && t.value.precision != DatePrecision::Decade)
            .map(|t| t.value.last_day())
            .max()
    });
    let older_body = latest_body.is_some_and(|b| {
        b.checked_add(90.days())
            .is_ok_and(|b90| b90 < v.first_day())
    });
    if !((header && weekday) || older_body) {
        return None;
    }
    let mut why = Vec::new();
    if header {
        why.push("it sits among site-navigation lines above the title");
    }
    if weekday {
        why.push("it starts with a weekday like a page-header clock");
    }
    if older_body {
        why.push("the article's own dates are all older");
    }
    Some(why.join("; "))
}

/// Is `line` only a date (with perhaps a time of day, a weekday, or labels such as
/// "Published:" and "GMT"), in any language with time data? Cleaning lifts such a line out
/// of the text as the dateline; it is still read here as one.
pub fn is_date_line(line: &str, lex: &TimeLexicon) -> bool {
    let (l, cut) = head(line.trim());
    !cut && lex.all().iter().any(|ll| {
        let lls = [ll];
        line_dates(&lls, l).iter().any(|&(s, e, _)| {
            matches!(
                classify(&lls, l, false, s, e),
                Some(LineKind::Bare | LineKind::Published | LineKind::Updated)
            )
        })
    })
}

/// The text's own full dates among its time expressions: absolute, day or month precision.
pub fn own_dates(times: &[TimeExpr]) -> Vec<DateValue> {
    times
        .iter()
        .filter(|t| {
            t.anchor == "absolute"
                && t.duration_days.is_none()
                && matches!(t.value.precision, DatePrecision::Day | DatePrecision::Month)
        })
        .map(|t| t.value)
        .collect()
}

/// The publication date of a text with optional metadata, checked against the text's own
/// dates (the pipeline uses [`Dating`] directly to read the text once).
pub fn publication_date(
    doc_text: &str,
    metadata: Option<&str>,
    lang: Lang,
    lex: &TimeLexicon,
) -> Published {
    publication_date_of(
        &DateSources {
            text: doc_text,
            metadata,
            ..DateSources::default()
        },
        lang,
        lex,
    )
}

/// [`publication_date`] with every source a document may offer.
pub fn publication_date_of(src: &DateSources, lang: Lang, lex: &TimeLexicon) -> Published {
    let dating = Dating::find(src, lang, lex);
    let times = super::find_times(src.text, lang, None, lex);
    dating.choose(&own_dates(&times))
}
