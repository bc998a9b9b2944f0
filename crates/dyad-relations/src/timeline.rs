//! One actor over time: what it did and what was done to it, per period, and with whom.

use crate::fold::{Coverage, Folder};
use crate::series::{round2, Tally};
use crate::{Model, Period, RelationsError};
use dyad_core::EventType;
use dyad_store::{EventQuery, ReadStore};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineQuery {
    /// An actor code (`AFG.GOV`) or an entity id or name.
    pub actor: String,
    pub period: Period,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub types: Vec<EventType>,
    pub min_confidence: Option<f32>,
}

/// One period of an actor's timeline; without data every count is `null`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineBucket {
    pub start: Date,
    pub label: String,
    pub data: bool,
    /// Folded events with the actor as source / as target.
    pub as_source: Option<u64>,
    pub as_target: Option<u64>,
    pub by_quad: Option<[u64; 4]>,
    pub net_cooperation: Option<i64>,
    pub intensity_mean: Option<f64>,
}

/// Someone the actor dealt with, and how often.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Counterpart {
    pub code: String,
    pub events: u64,
    pub net_cooperation: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    pub actor: String,
    pub period: Period,
    pub quads: String,
    pub buckets: Vec<TimelineBucket>,
    /// By folded events, most first (actor codes; entities without a code are left out).
    pub counterparts: Vec<Counterpart>,
    pub undated: u64,
    pub unplaced: u64,
}

pub fn timeline(
    store: &dyn ReadStore,
    q: &TimelineQuery,
    model: &Model,
) -> Result<Timeline, RelationsError> {
    let p = q.period;
    let eq = EventQuery {
        actors: vec![q.actor.clone()],
        types: q.types.clone(),
        since: q.since,
        until: q.until,
        min_confidence: q.min_confidence,
        ..Default::default()
    };
    let mut as_source = Folder::new(p);
    let mut as_target = Folder::new(p);
    let mut both = Folder::new(p);
    // The same filter, directed, tells which side the actor was on.
    let mut source_rows = std::collections::HashSet::new();
    store.scan_facts(
        &EventQuery {
            directed: true,
            ..eq.clone()
        },
        &mut |f| {
            source_rows.insert(f.row);
            true
        },
    )?;
    store.scan_facts(&eq, &mut |f| {
        if source_rows.contains(&f.row) {
            as_source.add(f.clone());
        } else {
            as_target.add(f.clone());
        }
        both.add(f);
        true
    })?;
    let coverage = Coverage::read(store, p)?;
    let (src, tgt, all) = (
        as_source.by_period(),
        as_target.by_period(),
        both.by_period(),
    );
    let first = q.since.map(|s| p.start(s)).or(both.first());
    let last = q.until.map(|u| p.start(u)).or(both.last());
    let mut buckets = Vec::new();
    if let (Some(first), Some(last)) = (first, last) {
        let mut start = first;
        while start <= last {
            if buckets.len() >= crate::series::MAX_PERIODS {
                return Err(RelationsError::Invalid(format!(
                    "too many {p} periods: choose a longer period or a shorter range"
                )));
            }
            let events = all.get(&start).map(Vec::as_slice).unwrap_or(&[]);
            let data = !events.is_empty() || coverage.has(start);
            let tally = Tally::of(events, model);
            let n = |m: &std::collections::BTreeMap<Date, Vec<&crate::fold::Folded>>| {
                m.get(&start).map_or(0, |v| v.len() as u64)
            };
            buckets.push(TimelineBucket {
                start,
                label: p.label(start),
                data,
                as_source: data.then(|| n(&src)),
                as_target: data.then(|| n(&tgt)),
                by_quad: data.then_some(tally.by_quad),
                net_cooperation: data.then(|| tally.net()),
                intensity_mean: if data { tally.mean().map(round2) } else { None },
            });
            start = match p.next(start) {
                Some(n) => n,
                None => break,
            };
        }
    }
    let mut partners: HashMap<String, Vec<&crate::fold::Folded>> = HashMap::new();
    for e in both.events() {
        let other = if source_rows.contains(&e.rep.row) {
            e.rep.target
        } else {
            e.rep.source
        };
        if let Some(code) = other {
            partners.entry(code.to_string()).or_default().push(e);
        }
    }
    let mut counterparts: Vec<Counterpart> = partners
        .into_iter()
        .map(|(code, events)| {
            let t = Tally::of(&events, model);
            Counterpart {
                code,
                events: t.counts.events,
                net_cooperation: t.net(),
            }
        })
        .collect();
    counterparts.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.code.cmp(&b.code)));
    Ok(Timeline {
        actor: q.actor.clone(),
        period: p,
        quads: model.quads.name.clone(),
        buckets,
        counterparts,
        undated: both.undated,
        unplaced: both.unplaced,
    })
}
