//! A directed dyad per period: counts by type and quad, intensity, net cooperation, the sources
//! behind each count, "no data" apart from zero, and trends in ACLED Trendfinder's bands.

use crate::fold::{Coverage, Folded, Folder};
use crate::{Model, Period, RelationsError, SCORES_VERSION};
use dyad_core::EventType;
use dyad_store::{EventCursor, EventQuery, EventRow, ReadStore};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;

/// Most periods one series may span (a century of weeks; 270 years of days).
pub const MAX_PERIODS: usize = 100_000;

/// Which dyad, over which periods.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesQuery {
    /// Source and target: actor codes (`RUS`, `RUS.MIL`) or entity ids or names.
    pub source: String,
    pub target: String,
    /// `false`: events in either direction.
    pub directed: bool,
    pub period: Period,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub min_confidence: Option<f32>,
    pub types: Vec<EventType>,
}

impl SeriesQuery {
    pub fn new(source: &str, target: &str, period: Period) -> SeriesQuery {
        SeriesQuery {
            source: source.into(),
            target: target.into(),
            directed: true,
            period,
            since: None,
            until: None,
            min_confidence: None,
            types: Vec::new(),
        }
    }
}

/// ACLED Trendfinder's bands of change against a baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    LargeIncrease,
    ModerateIncrease,
    LimitedChange,
    LargeDecrease,
}

impl Band {
    pub fn as_str(&self) -> &'static str {
        match self {
            Band::LargeIncrease => "large increase",
            Band::ModerateIncrease => "moderate increase",
            Band::LimitedChange => "limited change",
            Band::LargeDecrease => "large decrease",
        }
    }
}

/// A period's count against the mean of the periods before it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Trend {
    /// Mean count over the previous periods that have data (two decimals).
    pub baseline: f64,
    /// How many of the previous periods had data.
    pub periods: usize,
    /// Percent change; `None` when the baseline is zero.
    pub change: Option<f64>,
    pub band: Band,
}

impl Trend {
    /// Trendfinder's rule: above +25% a large increase, +10..+25% moderate, −25..+10% limited,
    /// below −25% a large decrease; a baseline of at most 2 with a current count of at most 5
    /// is always limited change (small numbers swing).
    pub fn of(current: u64, previous: &[u64]) -> Option<Trend> {
        if previous.is_empty() {
            return None;
        }
        let baseline = previous.iter().sum::<u64>() as f64 / previous.len() as f64;
        let cur = current as f64;
        let change = (baseline > 0.0).then(|| (cur - baseline) / baseline * 100.0);
        let band = if baseline <= 2.0 && current <= 5 {
            Band::LimitedChange
        } else {
            match change {
                None => Band::LargeIncrease,
                Some(c) if c > 25.0 => Band::LargeIncrease,
                Some(c) if c > 10.0 => Band::ModerateIncrease,
                Some(c) if c >= -25.0 => Band::LimitedChange,
                Some(_) => Band::LargeDecrease,
            }
        };
        Some(Trend {
            // Two decimals, as shown: a long fraction in every trend adds up over thousands of
            // periods.
            baseline: round2(baseline),
            periods: previous.len(),
            change: change.map(|c| (c * 10.0).round() / 10.0),
            band,
        })
    }
}

/// Real-world events, the reports of them, and the articles and outlets behind them — what
/// `num_reports`, `num_articles` and `num_sources` of a folded event count, over many events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Folded events: reports of one real-world event count once.
    pub events: u64,
    pub reports: u64,
    /// Distinct articles reporting them (a syndicated copy counts with its original).
    pub articles: u64,
    /// Distinct outlets of those articles: the independent sources.
    pub sources: u64,
}

/// One period of a series. Without data every measure is `null`, never zero.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bucket {
    pub start: Date,
    pub end: Date,
    pub label: String,
    /// Whether the store holds any news for this period (a document published in it, or an
    /// event of this dyad dated in it). Without, the period is "no data", not zero.
    pub data: bool,
    pub events: Option<u64>,
    pub reports: Option<u64>,
    pub articles: Option<u64>,
    pub sources: Option<u64>,
    /// Per PLOVER type (only types that occur).
    pub by_type: BTreeMap<String, Counts>,
    /// Folded events per quad class 1..4 under the model's mapping.
    pub by_quad: Option<[u64; 4]>,
    pub intensity_sum: Option<f64>,
    /// `None` without data or without events.
    pub intensity_mean: Option<f64>,
    /// Cooperative minus conflictual events (quads 1+2 minus 3+4).
    pub net_cooperation: Option<i64>,
    /// Against the previous 4 and 52 periods.
    pub trend4: Option<Trend>,
    pub trend52: Option<Trend>,
}

/// A dyad's series, with the model it was computed under.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub source: String,
    pub target: String,
    pub directed: bool,
    pub period: Period,
    pub quads: String,
    pub scores: &'static str,
    pub buckets: Vec<Bucket>,
    /// Over the whole series.
    pub total: Counts,
    pub net_cooperation: i64,
    pub intensity_mean: Option<f64>,
    /// Reports left out: undated, or dated more coarsely than the period (a month-precision
    /// date in a weekly series).
    pub undated: u64,
    pub unplaced: u64,
}

/// What one period's folded events add up to.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tally {
    pub counts: Counts,
    pub by_type: BTreeMap<String, Counts>,
    pub by_quad: [u64; 4],
    pub intensity_sum: f64,
}

impl Tally {
    pub(crate) fn of(events: &[&Folded], model: &Model) -> Tally {
        let mut t = Tally::default();
        let mut behind = Behind::default();
        let mut by_type: BTreeMap<&'static str, (Counts, Behind)> = BTreeMap::new();
        for e in events {
            let (c, b) = by_type.entry(e.kind.as_str()).or_default();
            c.events += 1;
            c.reports += e.reports;
            b.add(e);
            behind.add(e);
            t.counts.events += 1;
            t.counts.reports += e.reports;
            let q = model.quads.quad(e.kind);
            t.by_quad[usize::from(q.clamp(1, 4) - 1)] += 1;
            t.intensity_sum += model.scores.score(e.kind, e.mode.as_deref());
        }
        (t.counts.articles, t.counts.sources) = behind.count();
        for (k, (mut c, b)) in by_type {
            (c.articles, c.sources) = b.count();
            t.by_type.insert(k.to_string(), c);
        }
        t
    }

    pub(crate) fn net(&self) -> i64 {
        let coop = self.by_quad[0] + self.by_quad[1];
        let conf = self.by_quad[2] + self.by_quad[3];
        i64::try_from(coop).unwrap_or(i64::MAX) - i64::try_from(conf).unwrap_or(i64::MAX)
    }

    pub(crate) fn mean(&self) -> Option<f64> {
        (self.counts.events > 0).then(|| round2(self.intensity_sum / self.counts.events as f64))
    }
}

/// The articles and outlets behind some events, to count distinct.
#[derive(Default)]
struct Behind {
    articles: Vec<i64>,
    outlets: Vec<u32>,
}

impl Behind {
    fn add(&mut self, e: &Folded) {
        self.articles.extend(&e.docs);
        self.outlets.extend(&e.outlets);
    }

    fn count(mut self) -> (u64, u64) {
        (distinct(&mut self.articles), distinct(&mut self.outlets))
    }
}

fn distinct<T: Ord>(v: &mut Vec<T>) -> u64 {
    v.sort_unstable();
    v.dedup();
    v.len() as u64
}

pub(crate) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The series of one dyad.
pub fn dyad_series(
    store: &dyn ReadStore,
    q: &SeriesQuery,
    model: &Model,
) -> Result<Series, RelationsError> {
    let p = q.period;
    if let (Some(a), Some(b)) = (q.since, q.until) {
        if a > b {
            return Err(RelationsError::Invalid(format!(
                "since {a} is after until {b}"
            )));
        }
    }
    let folder = fold(store, q)?;
    let coverage = Coverage::read(store, p)?;
    let (first, last) = match (q.since, q.until, folder.first(), folder.last()) {
        (Some(a), Some(b), _, _) => (p.start(a), p.start(b)),
        (Some(a), None, _, l) => (p.start(a), l.unwrap_or(p.start(a)).max(p.start(a))),
        (None, Some(b), f, _) => (f.unwrap_or(p.start(b)).min(p.start(b)), p.start(b)),
        (None, None, Some(f), Some(l)) => (f, l),
        _ => {
            return Ok(series_of(q, model, Vec::new(), &folder));
        }
    };
    let buckets = buckets(p, first, last, &folder, &coverage, model)?;
    Ok(series_of(q, model, buckets, &folder))
}

/// The dyad's reports folded into events, each placed in its period: those of the series'
/// range and, for the trends, of the 52 periods before it.
fn fold(store: &dyn ReadStore, q: &SeriesQuery) -> Result<Folder, RelationsError> {
    let p = q.period;
    let eq = EventQuery {
        actors: vec![q.source.clone(), q.target.clone()],
        directed: q.directed,
        types: q.types.clone(),
        since: q.since.map(|s| p.back(p.start(s), 52)),
        until: q.until,
        min_confidence: q.min_confidence,
        ..Default::default()
    };
    let mut folder = Folder::new(p);
    store.scan_facts(&eq, &mut |f| {
        folder.add(f);
        true
    })?;
    Ok(folder)
}

/// A page of the events one period of a series counts.
#[derive(Debug, Clone)]
pub struct PeriodEvents {
    pub start: Date,
    pub end: Date,
    pub label: String,
    /// How many events the period counts (the series' `events` for it).
    pub events: u64,
    /// For each event of the page, the report standing for it in the series (the one that
    /// gives its type and date), in date order.
    pub items: Vec<EventRow>,
    /// Where the next page starts, when there is one.
    pub next: Option<EventCursor>,
}

/// The events the series of `q` counts in the period holding `at`, a page of `limit` from
/// after `after`: the series' own fold, so the listing and the count agree whatever the
/// actors' level (a sector dyad counts an event by any of its reports between the two).
pub fn period_events(
    store: &dyn ReadStore,
    q: &SeriesQuery,
    at: Date,
    after: Option<EventCursor>,
    limit: usize,
) -> Result<PeriodEvents, RelationsError> {
    let (p, limit) = (q.period, limit.max(1));
    let start = p.start(at);
    let folder = fold(store, q)?;
    let key = |e: &Folded| EventCursor {
        dated: e.rep.date_first.zip(e.rep.date_last),
        row: e.rep.row,
    };
    let order = |c: &EventCursor| (c.dated, c.row);
    let mut keys: Vec<EventCursor> = folder
        .events()
        .filter(|e| e.period == start)
        .map(key)
        .collect();
    let events = keys.len() as u64;
    keys.sort_by_key(order);
    let keys: Vec<EventCursor> = keys
        .into_iter()
        .filter(|k| after.is_none_or(|a| order(k) > order(&a)))
        .collect();
    let next = (keys.len() > limit).then(|| keys[limit - 1]);
    let rows: Vec<i64> = keys.iter().take(limit).map(|k| k.row).collect();
    let mut items = Vec::with_capacity(rows.len());
    if !rows.is_empty() {
        let eq = EventQuery {
            rows,
            include_aux: true,
            ..Default::default()
        };
        store.scan_event_rows(&eq, &mut |r| {
            items.push(r);
            true
        })?;
    }
    Ok(PeriodEvents {
        start,
        end: p.last_day(start),
        label: p.label(start),
        events,
        items,
        next,
    })
}

fn series_of(q: &SeriesQuery, model: &Model, buckets: Vec<Bucket>, folder: &Folder) -> Series {
    // The buckets are consecutive periods: an event is shown when it falls between the first
    // and the last.
    let (first, last) = match (buckets.first(), buckets.last()) {
        (Some(a), Some(b)) => (a.start, b.start),
        _ => (Date::MAX, Date::MIN),
    };
    let shown: Vec<&Folded> = folder
        .events()
        .filter(|e| e.period >= first && e.period <= last)
        .collect();
    let all = Tally::of(&shown, model);
    Series {
        source: q.source.clone(),
        target: q.target.clone(),
        directed: q.directed,
        period: q.period,
        quads: model.quads.name.clone(),
        scores: SCORES_VERSION,
        buckets,
        total: all.counts,
        net_cooperation: all.net(),
        intensity_mean: all.mean(),
        undated: folder.undated,
        unplaced: folder.unplaced,
    }
}

/// Every period from `first` to `last`, with trends over the 52 before each.
pub(crate) fn buckets(
    p: Period,
    first: Date,
    last: Date,
    folder: &Folder,
    coverage: &Coverage,
    model: &Model,
) -> Result<Vec<Bucket>, RelationsError> {
    let by_period = folder.by_period();
    // Counts of the 52 periods before `first` too, for the first periods' trends.
    let mut history: Vec<Option<u64>> = Vec::new();
    let mut start = p.back(first, 52);
    let mut out = Vec::new();
    while start <= last {
        if out.len() >= MAX_PERIODS {
            return Err(RelationsError::Invalid(format!(
                "more than {MAX_PERIODS} {p} periods: choose a longer period or a shorter range"
            )));
        }
        let events = by_period.get(&start).map(Vec::as_slice).unwrap_or(&[]);
        let data = !events.is_empty() || coverage.has(start);
        let tally = Tally::of(events, model);
        if start >= first {
            let trend = |n: usize| {
                let prev: Vec<u64> = history.iter().rev().take(n).flatten().copied().collect();
                data.then(|| Trend::of(tally.counts.events, &prev))
                    .flatten()
            };
            out.push(Bucket {
                start,
                end: p.last_day(start),
                label: p.label(start),
                data,
                events: data.then_some(tally.counts.events),
                reports: data.then_some(tally.counts.reports),
                articles: data.then_some(tally.counts.articles),
                sources: data.then_some(tally.counts.sources),
                by_type: tally.by_type.clone(),
                by_quad: data.then_some(tally.by_quad),
                intensity_sum: data.then_some(round2(tally.intensity_sum)),
                intensity_mean: if data { tally.mean() } else { None },
                net_cooperation: data.then(|| tally.net()),
                trend4: trend(4),
                trend52: trend(52),
            });
        }
        history.push(data.then_some(tally.counts.events));
        start = match p.next(start) {
            Some(n) => n,
            None => break,
        };
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trendfinder_bands() {
        let band = |cur, prev: &[u64]| Trend::of(cur, prev).map(|t| t.band);
        assert_eq!(band(5, &[]), None);
        assert_eq!(
            band(5, &[0, 0, 0, 0]),
            Some(Band::LimitedChange),
            "small numbers"
        );
        assert_eq!(band(5, &[2, 2, 2, 2]), Some(Band::LimitedChange));
        assert_eq!(band(6, &[0, 0]), Some(Band::LargeIncrease), "from nothing");
        assert_eq!(band(12, &[10, 10]), Some(Band::ModerateIncrease), "+20%");
        assert_eq!(
            band(11, &[10, 10]),
            Some(Band::LimitedChange),
            "+10% is limited"
        );
        assert_eq!(band(14, &[10, 10]), Some(Band::LargeIncrease), "+40%");
        assert_eq!(
            band(25, &[20]),
            Some(Band::ModerateIncrease),
            "+25% is moderate"
        );
        assert_eq!(band(8, &[10]), Some(Band::LimitedChange), "-20%");
        assert_eq!(band(7, &[10]), Some(Band::LargeDecrease), "-30%");
        assert_eq!(band(0, &[3, 3]), Some(Band::LargeDecrease));
        let t = Trend::of(6, &[3, 5]).unwrap();
        assert_eq!((t.baseline, t.change, t.periods), (4.0, Some(50.0), 2));
    }
}
