//! The actor network over a range (weighted, signed edges), and the most active dyads with
//! their trend.

use crate::fold::{Coverage, Folded, Folder};
use crate::series::{buckets, round2, Band, Tally, Trend};
use crate::{Model, Period, RelationsError};
use dyad_core::EventType;
use dyad_store::{EventFact, EventQuery, ReadStore};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

/// How finely actors are told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// `RUS`
    Country,
    /// `RUS.MIL` (or `RUS` without a sector)
    Actor,
    /// The knowledge-base entity (Sergey Lavrov), else the name, else the code.
    Entity,
}

impl Level {
    pub fn as_str(&self) -> &'static str {
        match self {
            Level::Country => "country",
            Level::Actor => "actor",
            Level::Entity => "entity",
        }
    }

    /// The node id and label of one side of an event at this level.
    fn side(&self, f: &EventFact, source: bool) -> Option<(String, String)> {
        let (code, entity, name) = if source {
            (f.source, &f.source_entity, &f.source_name)
        } else {
            (f.target, &f.target_entity, &f.target_name)
        };
        let code = code?;
        Some(match self {
            Level::Country => (code.country.to_string(), code.country.to_string()),
            Level::Actor => (code.to_string(), code.to_string()),
            Level::Entity => {
                let label = name.clone().unwrap_or_else(|| code.to_string());
                let id = entity
                    .clone()
                    .filter(|e| !e.is_empty())
                    .unwrap_or_else(|| label.clone());
                (id, label)
            }
        })
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Level {
    type Err = RelationsError;
    fn from_str(s: &str) -> Result<Level, RelationsError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "country" => Ok(Level::Country),
            "actor" | "sector" => Ok(Level::Actor),
            "entity" => Ok(Level::Entity),
            _ => Err(RelationsError::Invalid(format!(
                "unknown level {s:?} (country, actor or entity)"
            ))),
        }
    }
}

/// Which events make the network.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkQuery {
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub level: Level,
    /// Only events involving these actors (each on some side); empty for all.
    pub actors: Vec<String>,
    pub types: Vec<EventType>,
    pub min_confidence: Option<f32>,
    /// Most edges returned, heaviest first.
    pub limit: usize,
}

impl Default for NetworkQuery {
    fn default() -> Self {
        NetworkQuery {
            since: None,
            until: None,
            level: Level::Country,
            actors: Vec::new(),
            types: Vec::new(),
            min_confidence: None,
            limit: 200,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    pub id: String,
    pub label: String,
    /// Folded events it takes part in, as source or target.
    pub events: u64,
}

/// source → target: the events between them, signed by their cooperation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge {
    pub source: String,
    pub target: String,
    pub events: u64,
    pub reports: u64,
    /// Distinct articles (copies collapsed) and their distinct outlets.
    pub articles: u64,
    pub sources: u64,
    pub net_cooperation: i64,
    pub intensity_mean: Option<f64>,
    /// +1 cooperative on balance, −1 conflictual, 0 even (by net cooperation).
    pub sign: i8,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Network {
    pub level: Level,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub quads: String,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// Edges left out by the limit.
    pub more_edges: usize,
}

fn read(
    store: &dyn ReadStore,
    q: EventQuery,
    mut folder: Folder,
) -> Result<Folder, RelationsError> {
    store.scan_facts(&q, &mut |f| {
        folder.add(f);
        true
    })?;
    Ok(folder)
}

fn pairs(
    folder: &Folder,
    level: Level,
) -> HashMap<(String, String), (Vec<&Folded>, String, String)> {
    let mut m: HashMap<(String, String), (Vec<&Folded>, String, String)> = HashMap::new();
    for e in folder.events() {
        let (Some((s, sl)), Some((t, tl))) = (level.side(&e.rep, true), level.side(&e.rep, false))
        else {
            continue;
        };
        if s == t {
            continue;
        }
        m.entry((s, t))
            .or_insert_with(|| (Vec::new(), sl, tl))
            .0
            .push(e);
    }
    m
}

/// The network of actors over a range.
pub fn network(
    store: &dyn ReadStore,
    q: &NetworkQuery,
    model: &Model,
) -> Result<Network, RelationsError> {
    let eq = EventQuery {
        actors: q.actors.clone(),
        types: q.types.clone(),
        since: q.since,
        until: q.until,
        min_confidence: q.min_confidence,
        ..Default::default()
    };
    let folder = read(store, eq, Folder::unperiodic())?;
    let mut edges = Vec::new();
    let mut nodes: HashMap<String, Node> = HashMap::new();
    for ((s, t), (events, sl, tl)) in pairs(&folder, q.level) {
        let tally = Tally::of(&events, model);
        let net = tally.net();
        for (id, label) in [(&s, sl), (&t, tl)] {
            nodes
                .entry(id.clone())
                .or_insert_with(|| Node {
                    id: id.clone(),
                    label,
                    events: 0,
                })
                .events += tally.counts.events;
        }
        edges.push(Edge {
            source: s,
            target: t,
            events: tally.counts.events,
            reports: tally.counts.reports,
            articles: tally.counts.articles,
            sources: tally.counts.sources,
            net_cooperation: net,
            intensity_mean: tally.mean(),
            sign: net.signum() as i8,
        });
    }
    edges.sort_by(|a, b| {
        b.events
            .cmp(&a.events)
            .then_with(|| (&a.source, &a.target).cmp(&(&b.source, &b.target)))
    });
    let more_edges = edges.len().saturating_sub(q.limit);
    edges.truncate(q.limit);
    let mut nodes: Vec<Node> = nodes
        .into_values()
        .filter(|n| edges.iter().any(|e| e.source == n.id || e.target == n.id))
        .collect();
    nodes.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.id.cmp(&b.id)));
    Ok(Network {
        level: q.level,
        since: q.since,
        until: q.until,
        quads: model.quads.name.clone(),
        nodes,
        edges,
        more_edges,
    })
}

/// A dyad among the most active, with its latest period's trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadSummary {
    pub source: String,
    pub target: String,
    pub source_label: String,
    pub target_label: String,
    pub events: u64,
    pub reports: u64,
    /// Distinct articles (copies collapsed) and their distinct outlets.
    pub articles: u64,
    pub sources: u64,
    pub net_cooperation: i64,
    pub intensity_mean: Option<f64>,
    /// The period the trend is for: the latest one the range reaches.
    pub period: String,
    pub current: Option<u64>,
    pub trend4: Option<Trend>,
    pub band: Option<Band>,
}

/// Where a page of dyads ends: the last shown one's events, source and target (dyads come most
/// events first, then by source, then by target).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DyadKey {
    pub events: u64,
    pub source: String,
    pub target: String,
}

impl DyadSummary {
    pub fn key(&self) -> DyadKey {
        DyadKey {
            events: self.events,
            source: self.source.clone(),
            target: self.target.clone(),
        }
    }
}

/// Whether `d` ranks after the cursor `a`.
fn ranks_after(d: &DyadSummary, a: &DyadKey) -> bool {
    (std::cmp::Reverse(d.events), &d.source, &d.target)
        > (std::cmp::Reverse(a.events), &a.source, &a.target)
}

fn by_rank(a: &DyadSummary, b: &DyadSummary) -> std::cmp::Ordering {
    b.events
        .cmp(&a.events)
        .then_with(|| (&a.source, &a.target).cmp(&(&b.source, &b.target)))
}

/// The most active directed dyads over a range, each with the trend of the range's last
/// period against the 4 before it: the first `q.limit`.
pub fn top_dyads(
    store: &dyn ReadStore,
    q: &NetworkQuery,
    period: Period,
    model: &Model,
) -> Result<Vec<DyadSummary>, RelationsError> {
    dyads_after(store, q, period, model, None)
}

/// The `q.limit` dyads ranked after `after` (all from the first without it).
///
/// Countries with no actor filter — the overview's question — are ranked without folding
/// every report: the store counts each country pair's events from its index
/// ([`ReadStore::country_pairs`], never fewer than folding finds), and pairs are folded one by
/// one, busiest first, until no pair left can reach the page. Each dyad is then exactly what
/// its own series says. Other levels fold every report.
pub fn dyads_after(
    store: &dyn ReadStore,
    q: &NetworkQuery,
    period: Period,
    model: &Model,
    after: Option<&DyadKey>,
) -> Result<Vec<DyadSummary>, RelationsError> {
    // The trend of the first periods looks 4 periods further back.
    let first = q.since.map(|s| period.start(s));
    let eq = EventQuery {
        actors: q.actors.clone(),
        types: q.types.clone(),
        since: first.map(|s| period.back(s, 4)),
        until: q.until,
        min_confidence: q.min_confidence,
        ..Default::default()
    };
    let coverage = Coverage::read(store, period)?;
    let mut out = Vec::new();
    if q.level == Level::Country && q.actors.is_empty() {
        let mut pairs = store.country_pairs(&eq)?;
        let Some(latest) = pairs.iter().map(|p| p.latest).max() else {
            return Ok(out);
        };
        let last = period.start(q.until.unwrap_or(latest));
        pairs.sort_by(|a, b| {
            b.events
                .cmp(&a.events)
                .then_with(|| (a.source, a.target).cmp(&(b.source, b.target)))
        });
        for p in pairs {
            if out.len() >= q.limit
                && out
                    .last()
                    .is_some_and(|d: &DyadSummary| p.events < d.events)
            {
                break;
            }
            let (s, t) = (p.source.to_string(), p.target.to_string());
            let own = EventQuery {
                actors: vec![s.clone(), t.clone()],
                directed: true,
                ..eq.clone()
            };
            let folder = read(store, own, Folder::new(period))?;
            let events: Vec<&Folded> = folder.events().collect();
            let d = Span {
                first,
                last,
                coverage: &coverage,
                period,
                model,
            }
            .summary(&events, (&s, &s), (&t, &t))?;
            if let Some(d) = d.filter(|d| after.is_none_or(|a| ranks_after(d, a))) {
                let at = out.partition_point(|x| by_rank(x, &d).is_lt());
                out.insert(at, d);
                out.truncate(q.limit);
            }
        }
        return Ok(out);
    }
    let folder = read(store, eq, Folder::new(period))?;
    let Some(last) = q.until.map(|u| period.start(u)).or(folder.last()) else {
        return Ok(out);
    };
    let span = Span {
        first,
        last,
        coverage: &coverage,
        period,
        model,
    };
    for ((s, t), (events, sl, tl)) in pairs(&folder, q.level) {
        let d = span.summary(&events, (&s, &sl), (&t, &tl))?;
        out.extend(d.filter(|d| after.is_none_or(|a| ranks_after(d, a))));
    }
    out.sort_by(by_rank);
    out.truncate(q.limit);
    Ok(out)
}

/// What a dyad is summed over: periods from `first` (all without), the trend of `last`.
struct Span<'a> {
    first: Option<Date>,
    last: Date,
    coverage: &'a Coverage,
    period: Period,
    model: &'a Model,
}

impl Span<'_> {
    /// One dyad from its folded events; `None` when nothing falls in the range.
    fn summary(
        &self,
        events: &[&Folded],
        (s, sl): (&str, &str),
        (t, tl): (&str, &str),
    ) -> Result<Option<DyadSummary>, RelationsError> {
        let Span {
            first,
            last,
            coverage,
            period,
            model,
        } = *self;
        let in_range: Vec<&Folded> = events
            .iter()
            .copied()
            .filter(|e| first.is_none_or(|f| e.period >= f))
            .collect();
        if in_range.is_empty() {
            return Ok(None);
        }
        let tally = Tally::of(&in_range, model);
        // The dyad's own folder, to reuse the series' bucket and trend rules.
        let mut own = Folder::new(period);
        for e in events {
            own.add(e.rep.clone());
        }
        let b = buckets(period, last, last, &own, coverage, model)?;
        let cur = b.first();
        Ok(Some(DyadSummary {
            source: s.to_string(),
            target: t.to_string(),
            source_label: sl.to_string(),
            target_label: tl.to_string(),
            events: tally.counts.events,
            reports: tally.counts.reports,
            articles: tally.counts.articles,
            sources: tally.counts.sources,
            net_cooperation: tally.net(),
            intensity_mean: tally.mean().map(round2),
            period: period.label(last),
            current: cur.and_then(|b| b.events),
            trend4: cur.and_then(|b| b.trend4),
            band: cur.and_then(|b| b.trend4).map(|t| t.band),
        }))
    }
}
