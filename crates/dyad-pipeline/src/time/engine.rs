//! Matching patterns over tokens and turning matches into dates.

use super::calendar::{self, Calendar};
use super::lexicon::{Action, Dir, ElemKind, LangLex, Off, Pattern, Slot, Unit, UnitRef};
use super::norm::{is_cjk, is_word_char, Folded};
use super::scan::{gap_ok, tokenize, Tok, TokKind};
use dyad_core::{DatePrecision, DateValue, PunctClass, PunctSet};
use jiff::civil::Date;
use jiff::ToSpan;

/// What the slots of one match were filled with.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Bind {
    pub day: Option<i8>,
    pub day2: Option<i8>,
    pub month: Option<(Calendar, i8)>,
    pub mm: Option<i8>,
    pub year: Option<i32>,
    pub year2: Option<i32>,
    pub dyear: Option<i32>,
    pub weekday: Option<i8>,
    pub season: Option<i8>,
    pub n: Option<u32>,
    pub unit: Option<(Unit, u32)>,
    pub decade: Option<i32>,
    pub era: Option<(i32, i32)>,
    pub has_num: bool,
    pub strict: bool,
}

impl Bind {
    /// How much the match says: filled slots, for choosing between overlapping matches.
    fn slots(&self) -> usize {
        [
            self.day.is_some(),
            self.day2.is_some(),
            self.month.is_some() || self.mm.is_some(),
            self.year.is_some(),
            self.year2.is_some(),
            self.dyear.is_some(),
            self.weekday.is_some(),
            self.season.is_some(),
            self.n.is_some(),
            self.unit.is_some(),
            self.decade.is_some(),
            self.era.is_some(),
        ]
        .iter()
        .filter(|&&b| b)
        .count()
    }
}

fn two_digit_decade(v: u32) -> i32 {
    if v >= 30 {
        1900 + v as i32
    } else {
        2000 + v as i32
    }
}

fn set<T: PartialEq + Copy>(slot: &mut Option<T>, v: T) -> bool {
    match slot {
        Some(old) => *old == v,
        None => {
            *slot = Some(v);
            true
        }
    }
}

fn accept(ll: &LangLex, kind: &ElemKind, tok: &Tok, b: &mut Bind) -> bool {
    match (kind, tok.k) {
        (ElemKind::Lit(ids), TokKind::Word { id, .. }) => ids.contains(&id),
        (ElemKind::Slot(slot), TokKind::Num { v, nd, ord, dec }) => {
            b.has_num = true;
            match slot {
                Slot::Day | Slot::Day2 if nd <= 2 && !dec && (1..=31).contains(&v) => {
                    if *slot == Slot::Day {
                        set(&mut b.day, v as i8)
                    } else {
                        set(&mut b.day2, v as i8)
                    }
                }
                Slot::Mm if nd <= 2 && !dec && !ord && (1..=12).contains(&v) => {
                    set(&mut b.mm, v as i8)
                }
                Slot::Year | Slot::Year2
                    if nd == 4 && !dec && !ord && (1000..=2999).contains(&v) =>
                {
                    if *slot == Slot::Year {
                        set(&mut b.year, v as i32)
                    } else {
                        set(&mut b.year2, v as i32)
                    }
                }
                Slot::DYear
                    if !ord
                        && v % 10 == 0
                        && ((nd == 4 && (1000..=2990).contains(&v)) || nd == 2) =>
                {
                    set(
                        &mut b.dyear,
                        if nd == 2 {
                            two_digit_decade(v)
                        } else {
                            v as i32
                        },
                    )
                }
                Slot::Decade if dec && v % 10 == 0 && (nd == 4 || nd == 2) => set(
                    &mut b.decade,
                    if nd == 2 {
                        two_digit_decade(v)
                    } else {
                        v as i32
                    },
                ),
                Slot::N if nd <= 3 && !dec && !ord && (1..=999).contains(&v) => set(&mut b.n, v),
                _ => false,
            }
        }
        (ElemKind::Slot(slot), TokKind::Word { id, names }) => {
            let w = &ll.words[id as usize];
            let ok = match slot {
                Slot::Month if names => w
                    .month
                    .is_some_and(|m| set(&mut b.month, m) || b.month.is_some_and(|o| o.1 == m.1)),
                Slot::Weekday if names => w.weekday.is_some_and(|d| set(&mut b.weekday, d)),
                Slot::Season => w.season.is_some_and(|s| set(&mut b.season, s)),
                Slot::N => w.number.is_some_and(|n| set(&mut b.n, n)),
                Slot::Mm => w
                    .number
                    .filter(|n| (1..=12).contains(n))
                    .is_some_and(|n| set(&mut b.mm, n as i8)),
                Slot::Day => w
                    .number
                    .filter(|n| (1..=31).contains(n))
                    .is_some_and(|n| set(&mut b.day, n as i8)),
                Slot::Day2 => w
                    .number
                    .filter(|n| (1..=31).contains(n))
                    .is_some_and(|n| set(&mut b.day2, n as i8)),
                Slot::Unit => w.unit.is_some_and(|u| set(&mut b.unit, u)),
                Slot::Decade => w.decade.is_some_and(|d| set(&mut b.decade, d)),
                Slot::Era => w.era.is_some_and(|e| set(&mut b.era, e)),
                _ => false,
            };
            if ok && w.strict && matches!(slot, Slot::Month | Slot::Weekday) {
                b.strict = true;
            }
            ok
        }
        _ => false,
    }
}

#[allow(clippy::too_many_arguments)]
fn rec(
    ll: &LangLex,
    p: &Pattern,
    ei: usize,
    ti: usize,
    pend: Option<char>,
    first: bool,
    b: Bind,
    toks: &[Tok],
    t: &str,
) -> Option<(usize, Bind)> {
    let Some(el) = p.elems.get(ei) else {
        return pend.is_none().then_some((ti, b));
    };
    let taken = match &el.kind {
        ElemKind::Punct(c) => {
            if pend.is_none() && !first {
                rec(ll, p, ei + 1, ti, Some(*c), first, b, toks, t)
            } else {
                None
            }
        }
        kind => {
            if ti < toks.len() && (first || gap_ok(t, toks[ti - 1].e, toks[ti].s, pend)) {
                let mut b2 = b;
                if accept(ll, kind, &toks[ti], &mut b2) {
                    rec(ll, p, ei + 1, ti + 1, None, false, b2, toks, t)
                } else {
                    None
                }
            } else {
                None
            }
        }
    };
    if taken.is_some() {
        return taken;
    }
    if el.optional {
        return rec(ll, p, ei + 1, ti, pend, first, b, toks, t);
    }
    None
}

/// One pattern match, in token indices.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub t0: usize,
    pub t1: usize,
    pub pat: u16,
    pub bind: Bind,
}

fn best_at(ll: &LangLex, toks: &[Tok], t: &str, i: usize, chain: &[u8]) -> Option<Hit> {
    let cands: &[u16] = match toks[i].k {
        TokKind::Num { .. } => &ll.by_num,
        TokKind::Word { id, .. } => &ll.by_word[id as usize],
    };
    let mut best: Option<Hit> = None;
    for &pi in cands {
        let p = &ll.patterns[pi as usize];
        if p.min_tokens > chain[i] {
            continue;
        }
        if let Some((end, bind)) = rec(ll, p, 0, i, None, true, Bind::default(), toks, t) {
            if end <= i || (bind.strict && !bind.has_num && !p.loose) {
                continue;
            }
            if best.is_none_or(|h| end > h.t1) {
                best = Some(Hit {
                    t0: i,
                    t1: end,
                    pat: pi,
                    bind,
                });
            }
        }
    }
    best
}

/// Could tokens `a` and `b` belong to one expression (spaces and at most one mark between)?
fn linked(t: &str, a: &Tok, b: &Tok) -> bool {
    if b.s < a.e || b.s - a.e > 12 {
        return false;
    }
    let mut marks = 0;
    for c in t[a.e..b.s].chars() {
        match c {
            ' ' | '\t' => {}
            ',' | '.' | '/' | '-' | '(' | ')' | ':' | '\'' => marks += 1,
            _ => return false,
        }
    }
    marks <= 1
}

/// Non-overlapping matches, left to right, the longest at each position (ties: the pattern
/// listed first in the data file). A match gives way to one that starts inside it, ends
/// further and says more (more slots, then more tokens): "in March 2024" is `March 2024`,
/// not `in March`; but "7 October 2025 کو" stays a full date.
pub(crate) fn hits(ll: &LangLex, toks: &[Tok], t: &str, out: &mut Vec<Hit>) {
    // chain[i]: how many tokens from i on are linked without other words between; a pattern
    // needing more tokens than that cannot match at i.
    let mut chain = vec![1u8; toks.len()];
    for i in (0..toks.len().saturating_sub(1)).rev() {
        if linked(t, &toks[i], &toks[i + 1]) {
            chain[i] = chain[i + 1].saturating_add(1);
        }
    }
    let mut i = 0;
    let mut next: Option<Hit> = None;
    while i < toks.len() {
        let best = match next.take() {
            Some(h) if h.t0 == i => Some(h),
            _ => best_at(ll, toks, t, i, &chain),
        };
        let Some(h) = best else {
            i += 1;
            continue;
        };
        let mut overtaken = None;
        for j in i + 1..h.t1 {
            if let Some(h2) = best_at(ll, toks, t, j, &chain) {
                if h2.t1 > h.t1 && (h2.bind.slots(), h2.t1 - h2.t0) > (h.bind.slots(), h.t1 - h.t0)
                {
                    overtaken = Some(h2);
                    break;
                }
            }
        }
        match overtaken {
            Some(h2) => {
                i = h2.t0;
                next = Some(h2);
            }
            None => {
                out.push(h);
                i = h.t1;
            }
        }
    }
}

/// What a match means once resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Meaning {
    Time {
        value: DateValue,
        anchor: &'static str,
        dur: Option<u32>,
    },
    Duration(u32),
}

fn gregorian_year_ok(y: i32) -> bool {
    (1800..=2200).contains(&y)
}

fn year_ok(cal: Calendar, y: i32) -> bool {
    match cal {
        Calendar::Gregorian => gregorian_year_ok(y),
        Calendar::Solar | Calendar::Hijri => (1200..=1600).contains(&y),
    }
}

fn day_value(cal: Calendar, y: i32, m: i8, d: i8) -> Option<DateValue> {
    calendar::to_gregorian(cal, y, m, d).map(DateValue::day)
}

/// A whole month: Gregorian months have month precision; other calendars' months do not
/// line up with Gregorian ones, so they are given as their first day plus a duration.
fn month_value(cal: Calendar, y: i32, m: i8) -> Option<(DateValue, Option<u32>)> {
    match cal {
        Calendar::Gregorian => Some((DateValue::month(i16::try_from(y).ok()?, m)?, None)),
        _ => Some((
            day_value(cal, y, m, 1)?,
            Some(calendar::month_len(cal, y, m)? as u32),
        )),
    }
}

fn year_value(cal: Calendar, y: i32) -> Option<(DateValue, Option<u32>)> {
    match cal {
        Calendar::Gregorian => Some((DateValue::year(i16::try_from(y).ok()?)?, None)),
        _ => Some((day_value(cal, y, 1, 1)?, calendar::year_len(cal, y))),
    }
}

fn weekday_of(d: Date) -> i8 {
    d.weekday().to_monday_one_offset()
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

fn shift_month(y: i32, m: i8, off: i32) -> Option<(i16, i8)> {
    let k = y * 12 + (m as i32 - 1) + off;
    Some((
        i16::try_from(k.div_euclid(12)).ok()?,
        (k.rem_euclid(12) + 1) as i8,
    ))
}

/// The weekday `wd` nearest the anchor in direction `dir`.
fn resolve_weekday(anchor: Date, wd: i8, dir: Dir) -> Option<Date> {
    let a = weekday_of(anchor);
    let back = (a - wd).rem_euclid(7) as i64;
    let fwd = (wd - a).rem_euclid(7) as i64;
    match dir {
        Dir::Past | Dir::Tense | Dir::Untensed => add_days(anchor, -back),
        Dir::PastStrict => add_days(anchor, -(if back == 0 { 7 } else { back })),
        Dir::Future => add_days(anchor, fwd),
        Dir::FutureStrict => add_days(anchor, if fwd == 0 { 7 } else { fwd }),
    }
}

/// Weekday `wd` of the calendar week (Monday first) `k` weeks from the anchor's.
fn weekday_of_week(anchor: Date, wd: i8, k: i8) -> Option<Date> {
    let offset = i64::from(wd) - i64::from(weekday_of(anchor)) + 7 * i64::from(k);
    add_days(anchor, offset)
}

/// A day or month without a year, placed in the year that `dir` asks for.
fn resolve_partial(
    cal: Calendar,
    m: i8,
    d: Option<i8>,
    wd: Option<i8>,
    anchor: Date,
    dir: Dir,
) -> Option<(DateValue, Option<u32>)> {
    let ay = calendar::year_of(cal, anchor)?;
    let mut best: Option<(Date, Date, i32)> = None;
    let mut weekday_hit: Option<(Date, i32)> = None;
    let mut next: Option<(Date, i32)> = None;
    for y in [ay - 1, ay, ay + 1] {
        let (first, last) = match d {
            Some(d) => {
                let x = calendar::to_gregorian(cal, y, m, d);
                let Some(x) = x else { continue };
                (x, x)
            }
            None => {
                let Some(first) = calendar::to_gregorian(cal, y, m, 1) else {
                    continue;
                };
                let len = calendar::month_len(cal, y, m)? as i64;
                (first, add_days(first, len - 1)?)
            }
        };
        if let (Some(w), Some(_)) = (wd, d) {
            if weekday_of(first) == w {
                let dist = (first - anchor).get_days().abs();
                if weekday_hit.is_none_or(|(_, bd)| dist < bd) {
                    weekday_hit = Some((first, y));
                }
            }
        }
        if first > anchor && next.is_none_or(|(nf, _)| first < nf) {
            next = Some((first, y));
        }
        let ok = match dir {
            Dir::Past | Dir::Tense | Dir::Untensed => first <= anchor,
            Dir::PastStrict => last < anchor,
            Dir::Future => last >= anchor,
            Dir::FutureStrict => first > anchor,
        };
        if !ok {
            continue;
        }
        let better = match (dir, best) {
            (_, None) => true,
            (Dir::Past | Dir::PastStrict | Dir::Tense | Dir::Untensed, Some((bf, _, _))) => {
                first > bf
            }
            (_, Some((bf, _, _))) => first < bf,
        };
        if better {
            best = Some((first, last, y));
        }
    }
    if dir == Dir::Untensed {
        // The next occurrence wins when it is less than half as far as the last one.
        if let (Some((nf, ny)), Some((_, bl, _))) = (next, best) {
            if 2 * (nf - anchor).get_days() < (anchor - bl).get_days() {
                best = Some((nf, nf, ny));
            }
        }
    }
    let y = match (weekday_hit, best) {
        (Some((_, y)), _) => y,
        (None, Some((_, _, y))) => y,
        (None, None) => return None,
    };
    match d {
        Some(d) => Some((day_value(cal, y, m, d)?, None)),
        None => month_value(cal, y, m),
    }
}

/// The date of day `d` of a month, next to `anchor`: in its month or the one before or after,
/// the latest on or before it for the past (an untensed day too: news tells what happened), the
/// earliest on or after it for the future.
fn resolve_day(anchor: Date, d: i8, dir: Dir) -> Option<Date> {
    let candidates = [-1, 0, 1].into_iter().filter_map(|off| {
        let (y, m) = shift_month(i32::from(anchor.year()), anchor.month(), off)?;
        Date::new(y, m, d).ok()
    });
    match dir {
        Dir::Past | Dir::Tense | Dir::Untensed => candidates.filter(|&x| x <= anchor).max(),
        Dir::PastStrict => candidates.filter(|&x| x < anchor).max(),
        Dir::Future => candidates.filter(|&x| x >= anchor).min(),
        Dir::FutureStrict => candidates.filter(|&x| x > anchor).min(),
    }
}

/// Context for resolving one match.
pub(crate) struct Ctx<'a> {
    pub ll: &'a LangLex,
    pub anchor: Option<Date>,
    pub prev: Option<DateValue>,
    /// Where the previous expression ends in the folded text.
    pub prev_end: Option<usize>,
    /// Folded text and the match's folded span, to read the tense around it.
    pub text: &'a str,
    pub span: (usize, usize),
}

impl Ctx<'_> {
    fn future(&self) -> bool {
        tense_context(self.ll, self.text, self.span.0, self.span.1) == Some(true)
    }

    fn dir(&self, dir: Dir) -> Dir {
        match dir {
            Dir::Tense => match tense_context(self.ll, self.text, self.span.0, self.span.1) {
                Some(true) => Dir::Future,
                Some(false) => Dir::Past,
                None => Dir::Untensed,
            },
            d => d,
        }
    }
}

/// The signed count of an action. A unit word that names no count ("days", "أيام") gives
/// `None` unless `{n}` supplies one: "days ago" has no date.
fn count(off: Off, b: &Bind, ctx: &Ctx) -> Option<i64> {
    let n = b.n.or(b.unit.map(|u| u.1)).unwrap_or(1).min(10_000) as i64;
    if n == 0 && matches!(off, Off::PlusN | Off::MinusN) {
        return None;
    }
    Some(match off {
        Off::Fixed(k) => k as i64,
        Off::PlusN => n,
        Off::MinusN => -n,
        Off::Tense => {
            if ctx.future() {
                1
            } else {
                -1
            }
        }
    })
}

fn unit_of(u: UnitRef, b: &Bind) -> Option<Unit> {
    match u {
        UnitRef::Fixed(u) => Some(u),
        UnitRef::Slot => b.unit.map(|u| u.0),
    }
}

fn time(value: DateValue, anchor: &'static str, dur: Option<u32>) -> Option<Meaning> {
    Some(Meaning::Time { value, anchor, dur })
}

/// A season ("last autumn", «прошлой осенью», «پاییز گذشته»): three months of the language's
/// civil calendar, the Solar seasons where Solar numbers are read (Persian and Afghan seasons
/// begin with Farvardin, Tir, Mehr and Dey), else the meteorological ones (March, June,
/// September, December). Named with a year ("autumn 2022", `year-1`), that year's; else the one
/// the direction picks from the publication: for `past!`, the latest that has ended.
fn season(ctx: &Ctx, s: i8, offset: Option<i8>, named: Option<i32>, dir: Dir) -> Option<Meaning> {
    // (A year written in Gregorian numbers names a Gregorian season even in Persian: «پاییز
    // ۲۰۲۲».)
    let solar_year = named.is_none_or(|y| (1300..=1499).contains(&y));
    let cal = if ctx.ll.numeric_solar && solar_year {
        Calendar::Solar
    } else {
        Calendar::Gregorian
    };
    let first_month = match cal {
        Calendar::Solar => 3 * (s - 1) + 1,
        _ => 3 * (s - 1) + 3,
    };
    // The first and last day of the season that begins in calendar year `y`.
    let bounds = |y: i32| -> Option<(Date, Date)> {
        let first = calendar::to_gregorian(cal, y, first_month, 1)?;
        let (ny, nm) = if first_month + 3 > 12 {
            (y + 1, first_month + 3 - 12)
        } else {
            (y, first_month + 3)
        };
        let next = calendar::to_gregorian(cal, ny, nm, 1)?;
        Some((first, add_days(next, -1)?))
    };
    let y = match (named, offset) {
        // (A named year needs no publication date.)
        (Some(y), _) => y,
        (None, Some(k)) => calendar::year_of(cal, ctx.anchor?)? + i32::from(k),
        (None, None) => {
            let anchor = ctx.anchor?;
            let ay = calendar::year_of(cal, anchor)?;
            let years = (ay - 2..=ay + 1).filter_map(|y| Some((y, bounds(y)?)));
            match ctx.dir(dir) {
                Dir::Future | Dir::FutureStrict => years
                    .filter(|(_, (f, _))| *f > anchor)
                    .map(|(y, _)| y)
                    .min()?,
                Dir::PastStrict => years
                    .filter(|(_, (_, l))| *l < anchor)
                    .map(|(y, _)| y)
                    .max()?,
                _ => years
                    .filter(|(_, (f, _))| *f <= anchor)
                    .map(|(y, _)| y)
                    .max()?,
            }
        }
    };
    let (first, last) = bounds(y)?;
    let anchor_kind = if named.is_some() {
        "absolute"
    } else {
        "published"
    };
    time(DateValue::day(first), anchor_kind, span_days(first, last))
}

fn span_days(a: Date, b: Date) -> Option<u32> {
    u32::try_from((b - a).get_days() + 1).ok()
}

/// Turns one match into a date, a duration, or nothing (unknown stays unknown).
pub(crate) fn resolve(p: &Pattern, b: &Bind, ctx: &Ctx) -> Option<Meaning> {
    match p.action {
        Action::Nothing => None,
        Action::Dur { unit, off } => {
            let u = unit_of(unit, b)?;
            let n = count(off, b, ctx)?.unsigned_abs() as u32;
            Some(Meaning::Duration(n.saturating_mul(u.days())))
        }
        Action::Range => {
            if let (Some(y1), Some(y2)) = (b.year, b.year2) {
                if !((1900..=2100).contains(&y1) && y1 < y2 && y2 <= 2100 && y2 - y1 <= 100) {
                    return None;
                }
                let a = Date::new(y1 as i16, 1, 1).ok()?;
                let z = Date::new(y2 as i16, 12, 31).ok()?;
                return time(DateValue::year(y1 as i16)?, "absolute", span_days(a, z));
            }
            let (d1, d2) = (b.day?, b.day2?);
            let (cal, m) = b.month.or(b.mm.map(|m| (Calendar::Gregorian, m)))?;
            if d2 <= d1 {
                return None;
            }
            let dur = Some((d2 - d1) as u32 + 1);
            match b.year {
                Some(y) => {
                    if !year_ok(cal, y) || d2 as u8 > calendar::month_len(cal, y, m)? {
                        return None;
                    }
                    time(day_value(cal, y, m, d1)?, "absolute", dur)
                }
                None => {
                    let anchor = ctx.anchor?;
                    let (v, _) =
                        resolve_partial(cal, m, Some(d1), None, anchor, ctx.dir(Dir::Tense))?;
                    time(v, "published", dur)
                }
            }
        }
        Action::Date {
            dir,
            cal,
            week,
            year,
            same_year,
            ..
        } => {
            if let Some((a, z)) = b.era {
                let first = Date::new(i16::try_from(a).ok()?, 1, 1).ok()?;
                let last = Date::new(i16::try_from(z).ok()?, 12, 31).ok()?;
                return time(
                    DateValue::year(a as i16)?,
                    "absolute",
                    span_days(first, last),
                );
            }
            if let Some(d) = b.decade.or(b.dyear) {
                if !(1800..=2100).contains(&d) {
                    return None;
                }
                return time(DateValue::decade(d as i16)?, "absolute", None);
            }
            let month = b
                .month
                .map(|(c, m)| (Some(c), m))
                .or(b.mm.map(|m| (None, m)));
            let cal = match (month, cal) {
                (Some((Some(c), _)), _) => c,
                (_, Some(c)) => c,
                _ => match b.year {
                    Some(y) if (1300..=1499).contains(&y) && ctx.ll.numeric_solar => {
                        Calendar::Solar
                    }
                    _ => Calendar::Gregorian,
                },
            };
            // A year named relative to the publication's ("last year", «прошлого года»), in the
            // month's calendar («آبان سال گذشته» is the Solar year before the publication's).
            let named_year = match year {
                Some(k) => Some(calendar::year_of(cal, ctx.anchor?)? + i32::from(k)),
                // The year told before, in the month's calendar (nothing told: no date).
                None if same_year => Some(calendar::year_of(cal, ctx.prev?.first_day())?),
                None => b.year,
            };
            if let (Some(s), None) = (b.season, month) {
                return season(ctx, s, year, b.year, dir);
            }
            match (named_year, month) {
                (Some(y), Some((_, m))) => {
                    if !year_ok(cal, y) {
                        return None;
                    }
                    match b.day {
                        Some(d) => time(day_value(cal, y, m, d)?, "absolute", None),
                        None => {
                            let (v, dur) = month_value(cal, y, m)?;
                            time(v, "absolute", dur)
                        }
                    }
                }
                (Some(y), None) => {
                    if b.day.is_some() {
                        return None;
                    }
                    if cal == Calendar::Gregorian && !(1900..=2100).contains(&y) {
                        return None;
                    }
                    if !year_ok(cal, y) {
                        return None;
                    }
                    let (v, dur) = year_value(cal, y)?;
                    time(v, "absolute", dur)
                }
                (None, Some((_, m))) => {
                    let anchor = ctx.anchor?;
                    let (v, dur) = resolve_partial(cal, m, b.day, b.weekday, anchor, ctx.dir(dir))?;
                    time(v, "published", dur)
                }
                (None, None) if b.weekday.is_none() => {
                    // A day of the month alone (Chinese 2日, "on the 4th"): that day of the
                    // month nearest the publication on the side the tense says.
                    let d = b.day?;
                    let day = resolve_day(ctx.anchor?, d, ctx.dir(dir))?;
                    time(DateValue::day(day), "published", None)
                }
                (None, None) => {
                    let wd = b.weekday?;
                    let anchor = ctx.anchor?;
                    let day = match week {
                        Some(k) => weekday_of_week(anchor, wd, k)?,
                        None => resolve_weekday(anchor, wd, ctx.dir(dir))?,
                    };
                    time(DateValue::day(day), "published", None)
                }
            }
        }
        Action::Rel { unit, off } => {
            let k = count(off, b, ctx)?;
            let (v, dur) = shift(ctx.ll, ctx.anchor?, unit_of(unit, b)?, k, true)?;
            time(v, "published", dur)
        }
        Action::Ago { unit, off } => {
            let k = count(off, b, ctx)?;
            let (v, dur) = shift(ctx.ll, ctx.anchor?, unit_of(unit, b)?, k, false)?;
            time(v, "published", dur)
        }
        Action::After {
            unit,
            off,
            published,
        } => {
            let k = count(off, b, ctx)?;
            match ctx.prev {
                Some(base) => time(from_base(base, unit_of(unit, b)?, k)?, "previous", None),
                // Nothing told before it: a word of the day before the report's own
                // («МИД накануне вызвал посла»: yesterday) is reckoned from the publication
                // day. ("اس سے ایک روز قبل", "a day before this", points at a told act: none.)
                None if published && k <= 0 => time(
                    from_base(DateValue::day(ctx.anchor?), unit_of(unit, b)?, k)?,
                    "published",
                    None,
                ),
                None => None,
            }
        }
        Action::Ref { unit, off, behind } => {
            let u = unit_of(unit, b)?;
            // A count that names no number ("days after", «через несколько дней после», «بعد
            // أيام من»): the event it is measured from lies a few units away, on a day no word
            // names (see `vaguely_from`).
            let vague = b.n.or(b.unit.map(|u| u.1)) == Some(0);
            let k = if vague {
                match off {
                    Off::PlusN => 1,
                    Off::MinusN => -1,
                    _ => count(off, b, ctx)?,
                }
            } else {
                count(off, b, ctx)?
            };
            // With nothing after it to be measured from ("Two days after, …", "… a week
            // before."), the expression is an adverb of the previous one's time: "two days
            // later", "a week earlier".
            let next = ctx.text[ctx.span.1..].trim_start().chars().next();
            if !behind && next.is_none_or(|c| is_stop(c) || crate::punct::is_comma(c)) {
                if vague {
                    let (v, dur) = vaguely_from(ctx.prev?, u, -k)?;
                    return time(v, "previous", dur);
                }
                return time(from_base(ctx.prev?, u, -k)?, "previous", None);
            }
            // The passage is told at the time named last in its paragraph ("early on Thursday,
            // two days after Iran struck"; "They signed the pact on Wednesday. The pact comes a
            // week after Israel struck …"), else at the publication day ("The visit comes a week
            // after the attack").
            let base = ctx
                .prev
                .filter(|_| {
                    ctx.prev_end
                        .is_some_and(|pe| !ctx.text[pe..ctx.span.0].contains('\n'))
                })
                .or_else(|| ctx.anchor.map(DateValue::day))?;
            if vague {
                let (v, dur) = vaguely_from(base, u, k)?;
                return time(v, "reference", dur);
            }
            time(from_base(base, u, k)?, "reference", None)
        }
    }
}

/// The days "a few days" from a day may mean: one to five.
const FEW_DAYS: i64 = 5;

/// How many units "a few" stands for, where a coarser date is all a vague count allows.
const FEW: i64 = 3;

/// The date of an event a few units (no number said) from `base`, on the side `dir` (±1) says:
/// from a day, a few days are the stretch of the five days next to it on that side ("days
/// after the attack": the attack fell in the five days before), never a day beyond `base`;
/// a few weeks fall in the month three weeks away, a few months in the year three months
/// away; a few years or decades date nothing.
fn vaguely_from(base: DateValue, u: Unit, dir: i64) -> Option<(DateValue, Option<u32>)> {
    if u == Unit::Day && base.precision == DatePrecision::Day {
        let d0 = base.first_day();
        let first = if dir < 0 {
            add_days(d0, -FEW_DAYS)?
        } else {
            add_days(d0, 1)?
        };
        return Some((DateValue::day(first), Some(FEW_DAYS as u32)));
    }
    let v = match u {
        Unit::Day | Unit::Week => {
            let far = from_base(base, Unit::Day, dir * FEW * u.days() as i64)?;
            DateValue::month(far.year, far.month)?
        }
        Unit::Month => DateValue::year(from_base(base, Unit::Month, dir * FEW)?.year)?,
        Unit::Year | Unit::Decade => return None,
    };
    Some((v, None))
}

/// `k` units from the date `base`, no finer than it: a day from a day, a month from a month or
/// a day, a year from any.
fn from_base(base: DateValue, u: Unit, k: i64) -> Option<DateValue> {
    let d0 = base.first_day();
    match (base.precision, u) {
        (DatePrecision::Day, Unit::Day) => Some(DateValue::day(add_days(d0, k)?)),
        (DatePrecision::Day, Unit::Week) => Some(DateValue::day(add_days(d0, 7 * k)?)),
        (DatePrecision::Day | DatePrecision::Month, Unit::Month) => {
            let (y, m) = shift_month(base.year as i32, base.month, k as i32)?;
            DateValue::month(y, m)
        }
        (DatePrecision::Day | DatePrecision::Month | DatePrecision::Year, Unit::Year) => {
            DateValue::year(i16::try_from(base.year as i64 + k).ok()?)
        }
        _ => None,
    }
}

/// What ends the words a time expression's tense is read from: a sentence or clause stop, a
/// separator, a line break.
const STOPS: PunctSet = PunctSet::of(&[
    PunctClass::Stop,
    PunctClass::SoftStop,
    PunctClass::Semicolon,
    PunctClass::Separator,
]);

fn is_stop(c: char) -> bool {
    c == '\n' || dyad_kb::punct().is_in(c, STOPS)
}

fn is_future_word(ll: &LangLex, w: &str) -> bool {
    let t = &ll.tense;
    if t.future.contains(w) {
        return true;
    }
    // Scripts without spaces: a "word" is a whole run of characters; look inside it.
    if w.chars().next().is_some_and(is_cjk) {
        return t.future.iter().any(|f| w.contains(f.as_str()));
    }
    if t.not_future.contains(w) {
        return false;
    }
    let n = w.chars().count();
    t.future_prefixes
        .iter()
        .any(|p| w.starts_with(p.as_str()) && n >= p.chars().count() + 2)
        || t.future_suffixes
            .iter()
            .any(|s| w.ends_with(s.as_str()) && n >= s.chars().count() + 2)
}

/// Is `w` a past-tense marker? `before` is the word in front of it: a participle after an
/// auxiliary ("will be signed") is not.
fn is_past_word(ll: &LangLex, w: &str, before: Option<&str>) -> bool {
    let t = &ll.tense;
    if w.chars().next().is_some_and(is_cjk) {
        return t.past.iter().any(|f| w.contains(f.as_str()));
    }
    // "will be held", "sera signé": a participle after an auxiliary is not the past.
    if before.is_some_and(|b| t.participle_after.contains(b)) {
        return false;
    }
    t.past.contains(w)
        || t.past_suffixes
            .iter()
            .any(|s| w.ends_with(s.as_str()) && w.chars().count() >= s.chars().count() + 3)
}

/// `k` units from `anchor`. Calendar units ("last week", "next decade") name the whole
/// week (from its first day, Monday unless the language's data says otherwise, seven days) or
/// decade; counted units ("three weeks ago", "two decades ago") name the day or year that far
/// back.
fn shift(
    ll: &LangLex,
    anchor: Date,
    unit: Unit,
    k: i64,
    calendar: bool,
) -> Option<(DateValue, Option<u32>)> {
    let year = |n: i64| i16::try_from(anchor.year() as i64 + n).ok();
    Some(match unit {
        Unit::Day => (DateValue::day(add_days(anchor, k)?), None),
        Unit::Week if calendar => {
            let back = i64::from((weekday_of(anchor) - ll.week_start).rem_euclid(7));
            let first = add_days(anchor, -back)?;
            (DateValue::day(add_days(first, 7 * k)?), Some(7))
        }
        Unit::Week => (DateValue::day(add_days(anchor, 7 * k)?), None),
        Unit::Month => {
            let (y, m) = shift_month(anchor.year() as i32, anchor.month(), k as i32)?;
            (DateValue::month(y, m)?, None)
        }
        Unit::Year => (DateValue::year(year(k)?)?, None),
        Unit::Decade if calendar => (DateValue::decade(year(10 * k)?)?, None),
        Unit::Decade => (DateValue::year(year(10 * k)?)?, None),
    })
}

/// The tense of the sentence around `[s, e)`: `Some(true)` future, `Some(false)` past, `None`
/// when no marker is near. The nearest marker wins: up to ten words back, then up to six words
/// ahead (the other way round where the verb ends the clause), never across a sentence end.
pub(crate) fn tense_context(ll: &LangLex, t: &str, s: usize, e: usize) -> Option<bool> {
    let mut lo = s.saturating_sub(200);
    while !t.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &t[lo..s];
    // Stop marks can be several bytes long (؟ 。): skip the whole character.
    let before = before.rfind(is_stop).map_or(before, |i| {
        &before[i + before[i..].chars().next().map_or(1, char::len_utf8)..]
    });
    let words: Vec<&str> = before
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    let back = || {
        for (k, w) in words.iter().enumerate().rev().take(10) {
            if is_future_word(ll, w) {
                return Some(true);
            }
            if is_past_word(ll, w, k.checked_sub(1).map(|j| words[j])) {
                return Some(false);
            }
        }
        None
    };
    let ahead = || {
        let mut hi = (e + 120).min(t.len());
        while !t.is_char_boundary(hi) {
            hi -= 1;
        }
        let after = &t[e..hi];
        let after = after.find(is_stop).map_or(after, |i| &after[..i]);
        let mut prev: Option<&str> = words.last().copied();
        for w in after
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .take(6)
        {
            if is_future_word(ll, w) {
                return Some(true);
            }
            if is_past_word(ll, w, prev) {
                return Some(false);
            }
            prev = Some(w);
        }
        None
    };
    if ll.tense.verb_final {
        ahead().or_else(back)
    } else {
        back().or_else(ahead)
    }
}

/// One resolved expression, with original byte offsets and the pattern that made it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FoundTime {
    pub start: usize,
    pub end: usize,
    pub value: DateValue,
    pub anchor: &'static str,
    pub dur: Option<u32>,
    pub pat: u16,
}

/// A day and month named without a year ("Oct 7", "10月7日"), left unresolved because there
/// was no anchor: original byte span, calendar, month, day.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Partial {
    pub start: usize,
    pub end: usize,
    pub cal: Calendar,
    pub month: i8,
    pub day: i8,
}

/// Everything found in one text: resolved times and durations, with original byte spans.
pub(crate) struct Found {
    pub times: Vec<FoundTime>,
    pub durations: Vec<(usize, usize, u32)>,
    /// Days without a year, when there was no anchor to place them.
    pub partial: Vec<Partial>,
}

pub(crate) fn run(ll: &LangLex, src: &str, anchor: Option<Date>, want_durations: bool) -> Found {
    let mut found = Found {
        times: Vec::new(),
        durations: Vec::new(),
        partial: Vec::new(),
    };
    if src.is_empty() {
        return found;
    }
    let f = Folded::new(src);
    let mut toks = Vec::new();
    tokenize(ll, src, &f, &mut toks);
    if toks.is_empty() {
        return found;
    }
    let mut hs = Vec::new();
    hits(ll, &toks, &f.text, &mut hs);
    let mut prev: Option<DateValue> = None;
    let mut prev_end: Option<usize> = None;
    for h in hs {
        let (s, e) = (toks[h.t0].s, toks[h.t1 - 1].e);
        let p = &ll.patterns[h.pat as usize];
        let ctx = Ctx {
            ll,
            anchor,
            prev,
            prev_end,
            text: &f.text,
            span: (s, e),
        };
        match resolve(p, &h.bind, &ctx) {
            Some(Meaning::Time { value, anchor, dur }) => {
                prev = Some(value);
                prev_end = Some(e);
                found.times.push(FoundTime {
                    start: f.orig(s),
                    end: f.orig(e),
                    value,
                    anchor,
                    dur,
                    pat: h.pat,
                });
            }
            Some(Meaning::Duration(d)) if want_durations => {
                found.durations.push((f.orig(s), f.orig(e), d))
            }
            None if anchor.is_none() && matches!(p.action, Action::Date { .. }) => {
                let b = &h.bind;
                let month = b.month.or(b.mm.map(|m| (Calendar::Gregorian, m)));
                if let (None, Some((cal, month)), Some(day)) = (b.year, month, b.day) {
                    found.partial.push(Partial {
                        start: f.orig(s),
                        end: f.orig(e),
                        cal,
                        month,
                        day,
                    });
                }
            }
            _ => {}
        }
    }
    found
}
