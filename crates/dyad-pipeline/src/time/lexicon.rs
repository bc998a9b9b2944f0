//! The time lexicon: per-language data files (`data/time/<lang>.toml`) compiled once into an
//! Aho-Corasick automaton over folded words, a word table and a list of patterns.
//!
//! A data file names month, weekday, number, unit, decade and era words, tense markers,
//! dateline words, and `patterns` that combine them. `data/time/common.toml` is merged into
//! every language (numeric formats such as `2021-09-29`, `29/09/2021`). See
//! `data/time/README.md` for the format.

use super::calendar::Calendar;
use super::norm::fold_str;
use super::rules::{rules_for, LangRules};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use dyad_core::Lang;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A problem in a time data file, naming the file, the line and the key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {key}: {message}")]
pub struct TimeLexiconError {
    pub file: String,
    /// 1-based line of the problem (0 when it cannot be located).
    pub line: usize,
    /// The key or value at fault (`months.gregorian`, a pattern, a word).
    pub key: String,
    pub message: String,
}

// ---------------------------------------------------------------- the file format (serde)

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileOptions {
    #[serde(default)]
    capitalized_names: Option<bool>,
    #[serde(default)]
    numeric_calendar: Option<String>,
    /// The first day of the calendar week where it is not Monday ("saturday": Iran and
    /// Afghanistan).
    #[serde(default)]
    week_starts: Option<String>,
    #[serde(default)]
    proclitics: Vec<String>,
    #[serde(default)]
    enclitics: Vec<String>,
    #[serde(default)]
    ordinal_suffixes: Vec<String>,
    #[serde(default)]
    decade_suffixes: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileNames {
    #[serde(default)]
    months: Vec<Vec<String>>,
    #[serde(default)]
    solar_months: Vec<Vec<String>>,
    #[serde(default)]
    hijri_months: Vec<Vec<String>>,
    #[serde(default)]
    weekdays: Vec<Vec<String>>,
    /// The four seasons, spring first.
    #[serde(default)]
    seasons: Vec<Vec<String>>,
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    strict: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileTense {
    #[serde(default)]
    future: Vec<String>,
    #[serde(default)]
    future_prefixes: Vec<String>,
    #[serde(default)]
    future_suffixes: Vec<String>,
    #[serde(default)]
    not_future: Vec<String>,
    #[serde(default)]
    past: Vec<String>,
    #[serde(default)]
    past_suffixes: Vec<String>,
    #[serde(default)]
    participle_after: Vec<String>,
    /// The verb ends the clause: its tense is read after a date before it is read before.
    #[serde(default)]
    verb_final: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDateline {
    #[serde(default)]
    labels: Vec<String>,
    #[serde(default)]
    published: Vec<String>,
    #[serde(default)]
    updated: Vec<String>,
    #[serde(default)]
    byline: Vec<String>,
    #[serde(default)]
    today: Vec<String>,
    #[serde(default)]
    closers: Vec<String>,
    #[serde(default)]
    debris: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileGrammar {
    #[serde(default)]
    patterns: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LangFile {
    lang: String,
    #[serde(default)]
    options: FileOptions,
    #[serde(default)]
    names: FileNames,
    #[serde(default)]
    numbers: BTreeMap<String, u32>,
    #[serde(default)]
    units: BTreeMap<String, String>,
    #[serde(default)]
    decades: BTreeMap<String, i32>,
    #[serde(default)]
    eras: BTreeMap<String, String>,
    #[serde(default)]
    tense: FileTense,
    #[serde(default)]
    dateline: FileDateline,
    #[serde(default)]
    grammar: FileGrammar,
}

// ---------------------------------------------------------------- compiled form

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            _ => return None,
        })
    }

    /// Approximate length in days, for durations.
    pub fn days(self) -> u32 {
        match self {
            Unit::Day => 1,
            Unit::Week => 7,
            Unit::Month => 30,
            Unit::Year => 365,
            Unit::Decade => 3652,
        }
    }
}

/// What a word can mean. One word may mean several things (Urdu ہفتہ: Saturday and week).
#[derive(Debug, Clone, Default)]
pub(crate) struct WordInfo {
    pub month: Option<(Calendar, i8)>,
    pub weekday: Option<i8>,
    /// A season, 1 (spring) to 4 (winter).
    pub season: Option<i8>,
    pub number: Option<u32>,
    /// A unit, and the count the word itself carries (Arabic dual يومين = 2 days).
    pub unit: Option<(Unit, u32)>,
    pub decade: Option<i32>,
    pub era: Option<(i32, i32)>,
    /// Month/weekday name that counts only next to a number (abbreviations, ambiguous words).
    pub strict: bool,
    /// May be followed by a `.` that belongs to it ("Sept.", "г.").
    pub abbr: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Day,
    Day2,
    Month,
    Mm,
    Year,
    Year2,
    DYear,
    Weekday,
    Season,
    N,
    Unit,
    Decade,
    Era,
}

impl Slot {
    fn parse(s: &str) -> Option<Slot> {
        Some(match s {
            "day" => Slot::Day,
            "day2" => Slot::Day2,
            "month" => Slot::Month,
            "mm" => Slot::Mm,
            "year" => Slot::Year,
            "year2" => Slot::Year2,
            "dyear" => Slot::DYear,
            "weekday" => Slot::Weekday,
            "season" => Slot::Season,
            "n" => Slot::N,
            "unit" => Slot::Unit,
            "decade" => Slot::Decade,
            "era" => Slot::Era,
            _ => return None,
        })
    }

    /// Can a number token fill this slot?
    pub fn numeric(self) -> bool {
        matches!(
            self,
            Slot::Day
                | Slot::Day2
                | Slot::Mm
                | Slot::Year
                | Slot::Year2
                | Slot::DYear
                | Slot::N
                | Slot::Decade
        )
    }

    fn word_can_fill(self, w: &WordInfo) -> bool {
        match self {
            Slot::Month => w.month.is_some(),
            Slot::Weekday => w.weekday.is_some(),
            Slot::Season => w.season.is_some(),
            Slot::N => w.number.is_some(),
            Slot::Mm => w.number.is_some_and(|n| (1..=12).contains(&n)),
            Slot::Day | Slot::Day2 => w.number.is_some_and(|n| (1..=31).contains(&n)),
            Slot::Unit => w.unit.is_some(),
            Slot::Decade => w.decade.is_some(),
            Slot::Era => w.era.is_some(),
            _ => false,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) enum ElemKind {
    /// One of these words.
    Lit(Box<[u32]>),
    /// A punctuation mark in the gap before the next element.
    Punct(char),
    Slot(Slot),
}

#[derive(Debug, Clone)]
pub(crate) struct Elem {
    pub kind: ElemKind,
    pub optional: bool,
}

/// Which way a date without a year (or a weekday) is resolved from the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// By the tense of the sentence: future markers → next occurrence, past markers → the last
    /// one, neither → [`Dir::Untensed`].
    Tense,
    /// No tense marker near: a weekday is the last one; a day or month without a year is the
    /// nearer of the last and the next occurrence, the past preferred two to one ("Лавров
    /// встретится 7 октября" published on 2 October is five days later, not a year earlier).
    Untensed,
    Past,
    /// Strictly before the anchor ("last Tuesday", "this past July").
    PastStrict,
    Future,
    FutureStrict,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitRef {
    Fixed(Unit),
    Slot,
}

/// A signed count: fixed, taken from `{n}` (or the unit word's own count), or ±1 by tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Off {
    Fixed(i32),
    PlusN,
    MinusN,
    Tense,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    /// A date from the slots: full, partial (resolved from the anchor) or a weekday.
    Date {
        dir: Dir,
        cal: Option<Calendar>,
        /// `week±k`: the weekday of the calendar week k weeks from the anchor's ("下周三",
        /// Wednesday of next week: not always the next Wednesday).
        week: Option<i8>,
        /// `year±k`: a month (or a day of it) of the year k years from the anchor's ("in
        /// November last year", «в ноябре прошлого года», "o'tgan yilning noyabrida"): the year
        /// is named, only not as a number, so the tense does not choose it.
        year: Option<i8>,
        /// `year=prev`: a month of the year the expression before it names ("in November of
        /// the same year", «в ноябре того же года», «في نوفمبر من العام نفسه»): the year is
        /// told, only earlier in the text.
        same_year: bool,
        /// `bound`: the date bounds a stretch that runs to the publication ("since 2019", "by
        /// 2030", «с 2019 года», «到2030年»): when a state began, or a deadline.
        bound: bool,
    },
    /// A calendar unit relative to the anchor: "last month", "next week", "yesterday".
    Rel { unit: UnitRef, off: Off },
    /// A point so many units before/after the anchor: "two days ago".
    Ago { unit: UnitRef, off: Off },
    /// Relative to the previous expression: "two days later", "the next day". With
    /// `published`, a word that with nothing told before it is reckoned from the publication
    /// day («накануне»: the day before the report's).
    After {
        unit: UnitRef,
        off: Off,
        published: bool,
    },
    /// The date of the event the expression is measured from ("two days after the talks",
    /// «بعد يومين من»), so many units from the date its sentence is told at (the expression
    /// before it in the sentence, else the publication): `ref day -n` (after), `ref day +n`
    /// (before); `behind` where that event stands before the expression ("حملے کے دو دن بعد").
    Ref {
        unit: UnitRef,
        off: Off,
        behind: bool,
    },
    /// A stretch of time with no date: "a two-day visit", "almost a decade".
    Dur { unit: UnitRef, off: Off },
    /// A range of days or years: "from 16 to 26 April", "1979-1989".
    Range,
    /// Consumes the words and produces nothing ("in his eighties").
    Nothing,
}

#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    pub elems: Vec<Elem>,
    /// How many tokens a match needs at least (required words and slots).
    pub min_tokens: u8,
    pub action: Action,
    /// `loose`: strict names (abbreviations, ambiguous words) count here without a number
    /// ("ماه مهر", "Aralık ayında").
    pub loose: bool,
    pub src: String,
}

impl Pattern {
    /// Where the event a `ref` pattern is measured from stands.
    pub(crate) fn refers(&self) -> Option<dyad_core::Refers> {
        match self.action {
            Action::Ref { behind: true, .. } => Some(dyad_core::Refers::Behind),
            Action::Ref { .. } => Some(dyad_core::Refers::Ahead),
            _ => None,
        }
    }

    /// Does the pattern name the bound of a stretch (`date bound`)?
    pub(crate) fn bounds(&self) -> bool {
        matches!(self.action, Action::Date { bound: true, .. })
    }
}

#[derive(Debug, Default)]
pub(crate) struct Tense {
    pub future: HashSet<String>,
    pub future_prefixes: Vec<String>,
    pub future_suffixes: Vec<String>,
    pub not_future: HashSet<String>,
    pub past: HashSet<String>,
    pub past_suffixes: Vec<String>,
    /// Auxiliaries after which a past-suffix word is a participle ("will be signed").
    pub participle_after: HashSet<String>,
    /// The verb ends the clause (Urdu, Hindi, Persian, Turkish...): the words after a date
    /// are read first ("... نے کہا کہ وزیر بدھ کو دورہ کریں گے": not the "said" before it).
    pub verb_final: bool,
}

/// The words of the lines a page writes about itself, folded; phrases, longest first.
#[derive(Debug, Default)]
pub(crate) struct DatelineWords {
    /// May stand beside a date on a date line: "on", "at", "GMT", "PKT", "بتوقيت".
    pub labels: Vec<String>,
    /// Say the date is the publication's: "Published", "تاريخ النشر", "发布时间".
    pub published: Vec<String>,
    /// Say the date is a revision's: "Updated", "Son güncelleme", "更新".
    pub updated: Vec<String>,
    /// Introduce an author or a source: "By", "بقلم", "来源".
    pub byline: Vec<String>,
    /// Mark a banner of the day the page was shown: "Today is", "Сегодня", "今天".
    pub today: Vec<String>,
    /// Close an agency dateline right after its date: 电 in 新华社北京10月7日电.
    pub closers: Vec<String>,
    /// Site-navigation phrases: "Welcome to", "الرئيسية".
    pub debris: Vec<String>,
}

/// Everything compiled for one language.
pub(crate) struct LangLex {
    pub code: String,
    pub ac: Option<AhoCorasick>,
    /// AC pattern index → word id.
    pub ac_word: Vec<u32>,
    /// Words of at most two letters (not CJK), sorted: looked up word by word.
    pub short: Vec<(u64, u32)>,
    /// Longest byte length of a short word with a proclitic in front.
    pub short_max_bytes: usize,
    pub words: Vec<WordInfo>,
    pub word_index: HashMap<String, u32>,
    pub patterns: Vec<Pattern>,
    /// Word id → patterns that may start at that word.
    pub by_word: Vec<Box<[u16]>>,
    /// Patterns that may start at a number.
    pub by_num: Box<[u16]>,
    pub capitalized_names: bool,
    /// Years 1300–1499 in numeric dates are Solar Hijri (fa, ps) rather than invalid.
    pub numeric_solar: bool,
    /// The first day of the calendar week, 1 (Monday) to 7 (Sunday): "last week" is the
    /// seven days from the one before the publication's week.
    pub week_start: i8,
    pub proclitics: Vec<String>,
    pub enclitics: Vec<String>,
    pub ordinal_suffixes: Vec<String>,
    pub decade_suffixes: Vec<String>,
    pub tense: Tense,
    pub dateline: DatelineWords,
    pub rules: &'static dyn LangRules,
}

/// A word of at most 8 bytes packed into an integer.
fn short_key(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    let mut k = [0u8; 8];
    k[..b.len()].copy_from_slice(b);
    Some(u64::from_le_bytes(k))
}

impl LangLex {
    /// The id of a short word (see `short`).
    #[inline]
    pub fn short_word(&self, w: &str) -> Option<u32> {
        let k = short_key(w)?;
        self.short
            .binary_search_by_key(&k, |e| e.0)
            .ok()
            .map(|i| self.short[i].1)
    }
}

impl std::fmt::Debug for LangLex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LangLex")
            .field("code", &self.code)
            .field("words", &self.words.len())
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

/// Every language's compiled time data. Build once ([`TimeLexicon::builtin`]) and share.
#[derive(Debug)]
pub struct TimeLexicon {
    langs: Vec<LangLex>,
}

/// The line where `needle` is written in the file: quoted first, then bare.
fn line_of(contents: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    let quoted = format!("\"{needle}\"");
    contents
        .find(&quoted)
        .or_else(|| contents.find(needle))
        .map_or(0, |i| contents[..i].matches('\n').count() + 1)
}

struct Builder<'a> {
    file: &'a str,
    contents: &'a str,
    ll: LangLex,
}

impl<'a> Builder<'a> {
    fn err(&self, key: &str, needle: &str, message: impl Into<String>) -> TimeLexiconError {
        TimeLexiconError {
            file: self.file.to_string(),
            line: line_of(self.contents, needle),
            key: key.to_string(),
            message: message.into(),
        }
    }

    fn word(&mut self, text: &str) -> Option<u32> {
        let k = fold_str(text);
        if k.is_empty() {
            return None;
        }
        if let Some(&id) = self.ll.word_index.get(&k) {
            return Some(id);
        }
        let id = self.ll.words.len() as u32;
        self.ll.words.push(WordInfo::default());
        self.ll.word_index.insert(k, id);
        Some(id)
    }

    fn set(
        &mut self,
        key: &str,
        text: &str,
        f: impl FnOnce(&mut WordInfo),
    ) -> Result<(), TimeLexiconError> {
        let id = self
            .word(text)
            .ok_or_else(|| self.err(key, text, "empty word"))?;
        f(&mut self.ll.words[id as usize]);
        Ok(())
    }

    fn names(
        &mut self,
        key: &str,
        lists: &[Vec<String>],
        want: usize,
        cal: Option<Calendar>,
    ) -> Result<(), TimeLexiconError> {
        if lists.is_empty() {
            return Ok(());
        }
        if lists.len() != want {
            let first = lists
                .first()
                .and_then(|l| l.first())
                .map_or("", String::as_str);
            return Err(self.err(
                key,
                first,
                format!("expected {want} lists of names, found {}", lists.len()),
            ));
        }
        for (i, list) in lists.iter().enumerate() {
            for w in list {
                let n = i as i8 + 1;
                match cal {
                    Some(c) => self.set(key, w, |wi| wi.month = Some((c, n)))?,
                    None => self.set(key, w, |wi| wi.weekday = Some(n))?,
                }
            }
        }
        Ok(())
    }

    fn add(&mut self, f: &LangFile) -> Result<(), TimeLexiconError> {
        let o = &f.options;
        if let Some(c) = o.capitalized_names {
            self.ll.capitalized_names = c;
        }
        match o.numeric_calendar.as_deref() {
            None => {}
            Some("gregorian") => self.ll.numeric_solar = false,
            Some("solar") => self.ll.numeric_solar = true,
            Some(other) => {
                return Err(self.err(
                    "options.numeric_calendar",
                    other,
                    "expected \"gregorian\" or \"solar\"",
                ))
            }
        }
        if let Some(w) = o.week_starts.as_deref() {
            const DAYS: [&str; 7] = [
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            ];
            let Some(i) = DAYS.iter().position(|d| *d == w) else {
                return Err(self.err(
                    "options.week_starts",
                    w,
                    "expected a weekday in English (\"monday\" … \"sunday\")",
                ));
            };
            self.ll.week_start = i as i8 + 1;
        }
        let fold_all = |v: &[String]| {
            v.iter()
                .map(|s| fold_str(s))
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
        };
        self.ll.proclitics.extend(fold_all(&o.proclitics));
        self.ll.enclitics.extend(fold_all(&o.enclitics));
        self.ll
            .ordinal_suffixes
            .extend(fold_all(&o.ordinal_suffixes));
        self.ll.decade_suffixes.extend(fold_all(&o.decade_suffixes));

        let n = &f.names;
        self.names("names.months", &n.months, 12, Some(Calendar::Gregorian))?;
        self.names(
            "names.solar_months",
            &n.solar_months,
            12,
            Some(Calendar::Solar),
        )?;
        self.names(
            "names.hijri_months",
            &n.hijri_months,
            12,
            Some(Calendar::Hijri),
        )?;
        self.names("names.weekdays", &n.weekdays, 7, None)?;
        if !n.seasons.is_empty() && n.seasons.len() != 4 {
            let first = n.seasons[0].first().map_or("", String::as_str);
            return Err(self.err(
                "names.seasons",
                first,
                format!("expected 4 lists of names, found {}", n.seasons.len()),
            ));
        }
        for (i, list) in n.seasons.iter().enumerate() {
            for w in list {
                self.set("names.seasons", w, |wi| wi.season = Some(i as i8 + 1))?;
            }
        }
        for w in &n.abbreviations {
            self.set("names.abbreviations", w, |wi| {
                wi.abbr = true;
                wi.strict = true;
            })?;
        }
        for w in &n.strict {
            self.set("names.strict", w, |wi| wi.strict = true)?;
        }
        for (w, &v) in &f.numbers {
            self.set("numbers", w, |wi| wi.number = Some(v))?;
        }
        for (w, v) in &f.units {
            let (u, count) = match v.split_once('*') {
                Some((u, c)) => (u, c.trim().parse::<u32>().ok()),
                None => (v.as_str(), Some(1)),
            };
            let unit = Unit::parse(u.trim());
            match (unit, count) {
                (Some(u), Some(c)) => self.set("units", w, |wi| wi.unit = Some((u, c)))?,
                _ => {
                    return Err(self.err(
                        &format!("units.{w}"),
                        v,
                        "expected day|week|month|year|decade, optionally *count",
                    ))
                }
            }
        }
        for (w, &y) in &f.decades {
            if y.rem_euclid(10) != 0 {
                return Err(self.err(
                    &format!("decades.{w}"),
                    w,
                    "a decade starts at a year ending in 0",
                ));
            }
            self.set("decades", w, |wi| wi.decade = Some(y))?;
        }
        for (w, v) in &f.eras {
            let r = v.split_once("..").and_then(|(a, b)| {
                Some((a.trim().parse::<i32>().ok()?, b.trim().parse::<i32>().ok()?))
            });
            match r {
                Some((a, b)) if a <= b && a >= 1000 && b <= 2999 => {
                    self.set("eras", w, |wi| wi.era = Some((a, b)))?
                }
                _ => return Err(self.err(&format!("eras.{w}"), v, "expected \"YYYY..YYYY\"")),
            }
        }
        let t = &f.tense;
        self.ll.tense.future.extend(fold_all(&t.future));
        self.ll
            .tense
            .future_prefixes
            .extend(fold_all(&t.future_prefixes));
        self.ll
            .tense
            .future_suffixes
            .extend(fold_all(&t.future_suffixes));
        self.ll.tense.not_future.extend(fold_all(&t.not_future));
        self.ll.tense.past.extend(fold_all(&t.past));
        self.ll
            .tense
            .past_suffixes
            .extend(fold_all(&t.past_suffixes));
        self.ll
            .tense
            .participle_after
            .extend(fold_all(&t.participle_after));
        self.ll.tense.verb_final |= t.verb_final;
        let d = &f.dateline;
        let dl = &mut self.ll.dateline;
        for (to, from) in [
            (&mut dl.labels, &d.labels),
            (&mut dl.published, &d.published),
            (&mut dl.updated, &d.updated),
            (&mut dl.byline, &d.byline),
            (&mut dl.today, &d.today),
            (&mut dl.closers, &d.closers),
            (&mut dl.debris, &d.debris),
        ] {
            to.extend(fold_all(from));
            // Longest first, so that "last updated" is taken before "last".
            to.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
            to.dedup();
        }
        for p in &f.grammar.patterns {
            let pat = self.pattern(p)?;
            self.ll.patterns.push(pat);
        }
        Ok(())
    }

    fn pattern(&mut self, src: &str) -> Result<Pattern, TimeLexiconError> {
        let key = "grammar.patterns";
        let (lhs, rhs) = src
            .split_once("=>")
            .ok_or_else(|| self.err(key, src, "a pattern is `words => action`"))?;
        let mut elems = Vec::new();
        for piece in lhs.split_whitespace() {
            let (body, optional) = match piece.strip_suffix('?') {
                Some(b) if !b.is_empty() => (b, true),
                _ => (piece, false),
            };
            let kind = if let Some(name) = body.strip_prefix('{').and_then(|b| b.strip_suffix('}'))
            {
                ElemKind::Slot(
                    Slot::parse(name)
                        .ok_or_else(|| self.err(key, src, format!("unknown slot {{{name}}}")))?,
                )
            } else if body.chars().count() == 1
                && matches!(body, "," | "." | "/" | "-" | "(" | ")" | ":" | "'")
            {
                ElemKind::Punct(body.chars().next().unwrap_or(','))
            } else {
                let mut ids = Vec::new();
                for alt in body.split('|') {
                    let alt = alt.replace('_', " ");
                    let id = self
                        .word(&alt)
                        .ok_or_else(|| self.err(key, src, format!("empty word in `{body}`")))?;
                    ids.push(id);
                }
                ElemKind::Lit(ids.into_boxed_slice())
            };
            elems.push(Elem { kind, optional });
        }
        match elems.first() {
            None => return Err(self.err(key, src, "empty pattern")),
            Some(Elem {
                kind: ElemKind::Punct(_),
                ..
            }) => return Err(self.err(key, src, "a pattern cannot start with punctuation")),
            _ => {}
        }
        if elems.iter().all(|e| e.optional) {
            return Err(self.err(key, src, "a pattern needs at least one required element"));
        }
        let has = |s: Slot| {
            elems
                .iter()
                .any(|e| matches!(e.kind, ElemKind::Slot(x) if x == s))
        };
        let mut words = rhs.split_whitespace();
        let verb = words.next().unwrap_or("");
        let mut args: Vec<&str> = words.collect();
        let loose = args.contains(&"loose");
        args.retain(|a| *a != "loose");
        let unit_off = |b: &Self, args: &[&str]| -> Result<(UnitRef, Off), TimeLexiconError> {
            if args.len() != 2 {
                return Err(b.err(key, src, format!("`{verb}` takes a unit and an offset")));
            }
            let unit = match args[0] {
                "{unit}" if has(Slot::Unit) => UnitRef::Slot,
                "{unit}" => {
                    return Err(b.err(key, src, "action uses {unit} but the pattern has no {unit}"))
                }
                u => UnitRef::Fixed(
                    Unit::parse(u).ok_or_else(|| b.err(key, src, format!("unknown unit `{u}`")))?,
                ),
            };
            let off = match args[1] {
                "n" | "+n" => Off::PlusN,
                "-n" => Off::MinusN,
                "±1" | "+-1" => Off::Tense,
                x => Off::Fixed(
                    x.parse()
                        .map_err(|_| b.err(key, src, format!("bad offset `{x}`")))?,
                ),
            };
            Ok((unit, off))
        };
        let action = match verb {
            "date" => {
                let mut dir = Dir::Tense;
                let mut cal = None;
                let mut week = None;
                let mut year = None;
                let mut same_year = false;
                let mut bound = false;
                for a in &args {
                    match *a {
                        "bound" => bound = true,
                        "year=prev" => {
                            if !(has(Slot::Month) || has(Slot::Mm)) || has(Slot::Year) {
                                return Err(self.err(
                                    key,
                                    src,
                                    "`year=prev` needs a month slot and no {year}",
                                ));
                            }
                            same_year = true;
                        }
                        w if w.starts_with("week") => {
                            let k: i8 = w["week".len()..].trim_start_matches('+').parse().map_err(
                                |_| self.err(key, src, format!("bad week offset `{w}`")),
                            )?;
                            if !has(Slot::Weekday) {
                                return Err(self.err(key, src, "`week±k` needs a weekday slot"));
                            }
                            week = Some(k);
                        }
                        w if w.starts_with("year") => {
                            let k: i8 = w["year".len()..].trim_start_matches('+').parse().map_err(
                                |_| self.err(key, src, format!("bad year offset `{w}`")),
                            )?;
                            if !has(Slot::Month) && !has(Slot::Mm) && !has(Slot::Season) {
                                return Err(self.err(
                                    key,
                                    src,
                                    "`year±k` needs a month or season slot",
                                ));
                            }
                            if has(Slot::Year) {
                                return Err(self.err(key, src, "`year±k` with a {year} slot"));
                            }
                            year = Some(k);
                        }
                        "past" => dir = Dir::Past,
                        "past!" => dir = Dir::PastStrict,
                        "future" => dir = Dir::Future,
                        "future!" => dir = Dir::FutureStrict,
                        "cal=solar" => cal = Some(Calendar::Solar),
                        "cal=hijri" => cal = Some(Calendar::Hijri),
                        "cal=gregorian" => cal = Some(Calendar::Gregorian),
                        x => return Err(self.err(key, src, format!("unknown date option `{x}`"))),
                    }
                }
                let any = [
                    Slot::Day,
                    Slot::Month,
                    Slot::Mm,
                    Slot::Year,
                    Slot::Weekday,
                    Slot::Season,
                    Slot::DYear,
                    Slot::Decade,
                    Slot::Era,
                ];
                if !any.iter().any(|&s| has(s)) {
                    return Err(self.err(
                        key,
                        src,
                        "`date` needs a day, month, year, weekday, season, decade or era slot",
                    ));
                }
                Action::Date {
                    dir,
                    cal,
                    week,
                    year,
                    same_year,
                    bound,
                }
            }
            "rel" => {
                let (unit, off) = unit_off(self, &args)?;
                Action::Rel { unit, off }
            }
            "ago" => {
                let (unit, off) = unit_off(self, &args)?;
                Action::Ago { unit, off }
            }
            "after" => {
                // `published`: with nothing told before it, reckoned from the publication day.
                let published = args.last() == Some(&"published");
                let args = if published {
                    &args[..args.len() - 1]
                } else {
                    &args[..]
                };
                let (unit, off) = unit_off(self, args)?;
                Action::After {
                    unit,
                    off,
                    published,
                }
            }
            "ref" => {
                let behind = match args.get(2) {
                    None => false,
                    Some(&"behind") => true,
                    Some(x) => return Err(self.err(key, src, format!("unknown ref option `{x}`"))),
                };
                let (unit, off) = unit_off(self, &args[..2.min(args.len())])?;
                Action::Ref { unit, off, behind }
            }
            "dur" => {
                let (unit, off) = unit_off(self, &args)?;
                Action::Dur { unit, off }
            }
            "range" => {
                if !((has(Slot::Day) && has(Slot::Day2) && (has(Slot::Month) || has(Slot::Mm)))
                    || (has(Slot::Year) && has(Slot::Year2)))
                {
                    return Err(self.err(
                        key,
                        src,
                        "`range` needs {day} {day2} {month} or {year} {year2}",
                    ));
                }
                Action::Range
            }
            "none" => Action::Nothing,
            other => return Err(self.err(key, src, format!("unknown action `{other}`"))),
        };
        let min_tokens = elems
            .iter()
            .filter(|e| !e.optional && !matches!(e.kind, ElemKind::Punct(_)))
            .count()
            .min(255) as u8;
        Ok(Pattern {
            elems,
            min_tokens,
            action,
            loose,
            src: src.trim().to_string(),
        })
    }

    fn finish(mut self) -> Result<LangLex, TimeLexiconError> {
        let ll = &mut self.ll;
        // Automaton over every word, longest match first.
        let is_short = |k: &str| {
            let n = k.chars().count();
            n <= 2 && !k.contains(' ') && !k.chars().any(super::norm::is_cjk)
        };
        let mut pats: Vec<(&str, u32)> = ll
            .word_index
            .iter()
            .filter(|(k, _)| !is_short(k))
            .map(|(k, &v)| (k.as_str(), v))
            .collect();
        pats.sort_unstable();
        ll.short = ll
            .word_index
            .iter()
            .filter(|(k, _)| is_short(k))
            .filter_map(|(k, &v)| Some((short_key(k)?, v)))
            .collect();
        ll.short.sort_unstable();
        let longest = ll
            .word_index
            .keys()
            .filter(|k| is_short(k))
            .map(|k| k.len())
            .max()
            .unwrap_or(0);
        ll.short_max_bytes = longest + ll.proclitics.iter().map(|p| p.len()).max().unwrap_or(0);
        ll.ac_word = pats.iter().map(|p| p.1).collect();
        ll.ac = if pats.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(pats.iter().map(|p| p.0))
                    .map_err(|e| TimeLexiconError {
                        file: self.file.to_string(),
                        line: 0,
                        key: "words".into(),
                        message: e.to_string(),
                    })?,
            )
        };
        // Index patterns by the elements they may start with.
        if ll.patterns.len() > u16::MAX as usize {
            return Err(TimeLexiconError {
                file: self.file.to_string(),
                line: 0,
                key: "grammar.patterns".into(),
                message: "too many patterns".into(),
            });
        }
        let mut by_word: Vec<Vec<u16>> = vec![Vec::new(); ll.words.len()];
        let mut by_num = Vec::new();
        for (pi, p) in ll.patterns.iter().enumerate() {
            let pi = pi as u16;
            for e in &p.elems {
                match &e.kind {
                    ElemKind::Lit(ids) => {
                        for &id in ids.iter() {
                            by_word[id as usize].push(pi);
                        }
                    }
                    ElemKind::Slot(s) => {
                        if s.numeric() {
                            by_num.push(pi);
                        }
                        for (wi, w) in ll.words.iter().enumerate() {
                            if s.word_can_fill(w) {
                                by_word[wi].push(pi);
                            }
                        }
                    }
                    ElemKind::Punct(_) => {}
                }
                if !e.optional {
                    break;
                }
            }
        }
        for v in &mut by_word {
            v.sort_unstable();
            v.dedup();
        }
        by_num.sort_unstable();
        by_num.dedup();
        ll.by_word = by_word.into_iter().map(Vec::into_boxed_slice).collect();
        ll.by_num = by_num.into_boxed_slice();
        Ok(self.ll)
    }
}

fn parse_file(path: &str, contents: &str) -> Result<LangFile, TimeLexiconError> {
    toml::from_str::<LangFile>(contents).map_err(|e| {
        let line = e.span().map_or(0, |s| {
            contents[..s.start.min(contents.len())]
                .matches('\n')
                .count()
                + 1
        });
        TimeLexiconError {
            file: path.to_string(),
            line,
            key: "toml".into(),
            message: e.message().to_string(),
        }
    })
}

impl TimeLexicon {
    /// Compiles the data files embedded in the binary (`data/time/*.toml`).
    pub fn builtin() -> Result<TimeLexicon, TimeLexiconError> {
        Self::from_files(dyad_kb::data::files_under("time/").filter(|(p, _)| p.ends_with(".toml")))
    }

    /// Compiles `(path, contents)` pairs: one file per language plus an optional
    /// `common.toml` (`lang = "*"`) merged into every language.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<TimeLexicon, TimeLexiconError> {
        let mut parsed = Vec::new();
        let mut common = Vec::new();
        for (path, contents) in files {
            let f = parse_file(path, contents)?;
            if f.lang == "*" {
                common.push((path, contents, f));
            } else {
                parsed.push((path, contents, f));
            }
        }
        let mut langs = Vec::new();
        for (path, contents, f) in &parsed {
            if langs.iter().any(|l: &LangLex| l.code == f.lang) {
                return Err(TimeLexiconError {
                    file: path.to_string(),
                    line: line_of(contents, "lang"),
                    key: "lang".into(),
                    message: format!("language `{}` defined twice", f.lang),
                });
            }
            let mut b = Builder {
                file: path,
                contents,
                ll: LangLex {
                    code: f.lang.clone(),
                    ac: None,
                    ac_word: Vec::new(),
                    short: Vec::new(),
                    short_max_bytes: 0,
                    words: Vec::new(),
                    word_index: HashMap::new(),
                    patterns: Vec::new(),
                    by_word: Vec::new(),
                    by_num: Box::new([]),
                    capitalized_names: false,
                    numeric_solar: false,
                    week_start: 1,
                    proclitics: Vec::new(),
                    enclitics: Vec::new(),
                    ordinal_suffixes: Vec::new(),
                    decade_suffixes: Vec::new(),
                    tense: Tense::default(),
                    dateline: DatelineWords::default(),
                    rules: rules_for(&f.lang),
                },
            };
            b.add(f)?;
            for (cpath, ccontents, cf) in &common {
                b.file = cpath;
                b.contents = ccontents;
                b.add(cf)?;
            }
            b.file = path;
            b.contents = contents;
            langs.push(b.finish()?);
        }
        Ok(TimeLexicon { langs })
    }

    /// The language codes that have time data.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.langs.iter().map(|l| l.code.as_str())
    }

    /// Whether `lang` has its own data (others fall back to English).
    pub fn supports(&self, lang: Lang) -> bool {
        self.langs.iter().any(|l| l.code == lang.code())
    }

    /// Every language's data.
    pub(crate) fn all(&self) -> &[LangLex] {
        &self.langs
    }

    pub(crate) fn get(&self, lang: Lang) -> Option<&LangLex> {
        let code = lang.code();
        self.langs
            .iter()
            .find(|l| l.code == code)
            .or_else(|| self.langs.iter().find(|l| l.code == "en"))
    }
}
