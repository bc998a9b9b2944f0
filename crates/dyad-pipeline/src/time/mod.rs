//! Time: the publication date of a document and every time expression in its text,
//! normalised against that date with an honest precision.
//!
//! * [`TimeLexicon`] is built once from `data/time/<lang>.toml` (plus `common.toml`, merged
//!   into every language): month names (Gregorian, Solar Hijri, Hijri), weekdays, number and
//!   unit words, decades, eras, tense markers, dateline words, and the patterns that combine
//!   them. Adding a language is adding a data file; a language whose numbers are not digits
//!   also gets a small rule file (`zh.rs`) behind the [`LangRules`] trait.
//! * [`find_times`] finds expressions (byte spans into the text) and resolves them:
//!   - full dates (`29 September 2021`, `September 29, 2021`, `29/09/2021`, `2021-09-29`,
//!     `٢٩ سبتمبر ٢٠٢١`, `29 سبتمبر/أيلول 2021`, `3 июля 2024 года`, `۱۵ مهر ۱۴۰۴`, Hijri dates
//!     with `هـ`) → day precision, anchor `"absolute"`;
//!   - month + year → month precision; `in 2021` → year; `the 1980s`, `في الثمانينيات` →
//!     decade; named eras (`the Cold War`) → the first year, with `duration_days` covering the
//!     era;
//!   - dates without a year (`April 16`, `in July`, `this past July`) and weekdays
//!     (`on Tuesday`, `الأربعاء`) are placed from the anchor: with a future marker near them
//!     (`will`, `سوف`, `будет`, `خواهد`…) the next occurrence on or after the anchor, otherwise
//!     the latest one on or before it (`last`/`this past` → strictly before, `next` → strictly
//!     after); anchor `"published"`;
//!   - relative words: `yesterday`/`today`/`tomorrow` → day; `last/this/next week` → the
//!     Monday of that week, day precision, `duration_days = 7`; `last month` → month;
//!     `earlier this year` → year; `two days ago` → day (weeks: 7 days each);
//!   - `two days later`, `the next day` → relative to the previous expression (anchor
//!     `"previous"`);
//!   - ranges `from 16 to 26 April`, `6-7 April 2021` → the first day, `duration_days` = the
//!     number of days; year ranges `1979-1989` → the first year, `duration_days` to the end
//!     of the last year;
//!   - durations with no date (`a two-day visit`, `almost a decade`) are not times: they are
//!     returned by [`find_durations`] instead.
//!
//!   Months and years of the Solar Hijri and Hijri calendars do not line up with Gregorian
//!   months, so `مهر ۱۴۰۴` is given as its first Gregorian day with `duration_days` = the
//!   month's length. Hijri dates use the tabular Islamic calendar (see [`calendar`]).
//!   With no anchor, expressions that need one are dropped, never guessed.
//! * [`publication_date`]: metadata, else the url, else a "published" line, else a dateline;
//!   never a site header, a "today" banner or the crawl date (see [`published`]).

pub mod calendar;
mod engine;
mod lexicon;
mod norm;
pub mod published;
mod rules;
mod scan;
mod url;
mod zh;

pub use lexicon::{TimeLexicon, TimeLexiconError};
pub use published::{
    is_date_line, own_dates, publication_date, publication_date_of, DateSources, Dating,
};
pub use rules::{LangRules, NumTok};

use dyad_core::{Lang, Span, TimeExpr};
use jiff::civil::Date;

/// A stretch of time named without a date ("a two-day visit", "almost a decade").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DurationExpr {
    pub span: Span,
    /// Length in days (months count 30, years 365).
    pub days: u32,
}

/// Every time expression in `text`, in text order, resolved against `anchor` (normally the
/// publication date). Spans are UTF-8 byte offsets into `text`.
pub fn find_times(
    text: &str,
    lang: Lang,
    anchor: Option<Date>,
    lex: &TimeLexicon,
) -> Vec<TimeExpr> {
    let Some(ll) = lex.get(lang) else {
        return Vec::new();
    };
    engine::run(ll, text, anchor, false)
        .times
        .into_iter()
        .map(|t| TimeExpr {
            span: Span::new(t.start, t.end),
            value: t.value,
            anchor: t.anchor,
            duration_days: t.dur,
            bound: ll.patterns[t.pat as usize].bounds(),
            refers: ll.patterns[t.pat as usize]
                .refers()
                .filter(|_| t.anchor == "reference"),
        })
        .collect()
}

/// Like [`find_times`], with the pattern (from the data file) that produced each expression.
pub fn find_times_explained<'l>(
    text: &str,
    lang: Lang,
    anchor: Option<Date>,
    lex: &'l TimeLexicon,
) -> Vec<(TimeExpr, &'l str)> {
    let Some(ll) = lex.get(lang) else {
        return Vec::new();
    };
    engine::run(ll, text, anchor, false)
        .times
        .into_iter()
        .map(|t| {
            let e = TimeExpr {
                span: Span::new(t.start, t.end),
                value: t.value,
                anchor: t.anchor,
                duration_days: t.dur,
                bound: ll.patterns[t.pat as usize].bounds(),
                refers: ll.patterns[t.pat as usize]
                    .refers()
                    .filter(|_| t.anchor == "reference"),
            };
            (e, ll.patterns[t.pat as usize].src.as_str())
        })
        .collect()
}

/// Durations named without a date ("a two-day visit", "10-day conference", "40 years").
pub fn find_durations(text: &str, lang: Lang, lex: &TimeLexicon) -> Vec<DurationExpr> {
    let Some(ll) = lex.get(lang) else {
        return Vec::new();
    };
    engine::run(ll, text, None, true)
        .durations
        .into_iter()
        .map(|(s, e, days)| DurationExpr {
            span: Span::new(s, e),
            days,
        })
        .collect()
}

#[cfg(test)]
mod tests;
