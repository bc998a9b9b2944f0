//! `relations`, `network`, `timeline`, `quotes`: the relations model on the command line.

use anyhow::{Context as _, Result};
use dyad_batch::actors::Resolver;
use dyad_core::EventType;
use dyad_relations::{Level, Model, NetworkQuery, Period, SeriesQuery, TimelineQuery};
use dyad_store::{AnyStore, EventQuery, QuoteQuery, ReadStore};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
}

/// What every relations command shares.
#[derive(clap::Args)]
pub struct Common {
    #[arg(long, env = "DYAD_DB", default_value = "dyad.db")]
    pub db: PathBuf,
    #[arg(long)]
    pub since: Option<String>,
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long)]
    pub min_confidence: Option<f32>,
    /// PLOVER event type (repeatable).
    #[arg(long = "type")]
    pub types: Vec<String>,
    /// Quad mapping: dyad-1 (default), plover-2.0-summary, plover-2.0-quad-table.
    #[arg(long)]
    pub quads: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

struct Ready {
    store: AnyStore,
    names: Resolver,
    model: Model,
    since: Option<jiff::civil::Date>,
    until: Option<jiff::civil::Date>,
    types: Vec<EventType>,
}

fn date(s: &str, last: bool) -> Result<jiff::civil::Date> {
    let d = dyad_core::DateValue::parse_iso(s)
        .with_context(|| format!("{s:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"))?;
    Ok(if last { d.last_day() } else { d.first_day() })
}

impl Common {
    fn ready(&self) -> Result<Ready> {
        let model = Model::builtin(self.quads.as_deref())?;
        let types = self
            .types
            .iter()
            .map(|t| t.parse::<EventType>().map_err(anyhow::Error::msg))
            .collect::<Result<Vec<_>>>()?;
        let since = self.since.as_deref().map(|s| date(s, false)).transpose()?;
        let until = self.until.as_deref().map(|s| date(s, true)).transpose()?;
        if let (Some(a), Some(b)) = (since, until) {
            anyhow::ensure!(a <= b, "--since {a} is after --until {b}");
        }
        Ok(Ready {
            store: crate::commands::open_existing(&self.db)?,
            names: Resolver::new(),
            model,
            since,
            until,
            types,
        })
    }
}

impl Ready {
    /// What an actor argument names (the check `dyad serve` makes too).
    fn actor(&self, what: &str, given: &str) -> Result<String> {
        Ok(self.names.resolve(&self.store, what, given)?)
    }
}

fn json(v: &impl serde::Serialize) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, v)?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(|| "·".into(), |x| x.to_string())
}

pub fn relations(
    source: &str,
    target: &str,
    period: &str,
    both: bool,
    c: &Common,
) -> Result<ExitCode> {
    let r = c.ready()?;
    let q = SeriesQuery {
        source: r.actor("SOURCE", source)?,
        target: r.actor("TARGET", target)?,
        directed: !both,
        period: period.parse()?,
        since: r.since,
        until: r.until,
        min_confidence: c.min_confidence,
        types: r.types,
    };
    let s = dyad_relations::dyad_series(&r.store, &q, &r.model)?;
    if c.format == Format::Json {
        return json(&s);
    }
    let arrow = if both { "↔" } else { "→" };
    println!(
        "{source} {arrow} {target} by {}: {} events ({} reports, {} sources), net cooperation {:+}, mean intensity {}  [quads {}, scores {}]",
        s.period,
        s.total.events,
        s.total.reports,
        s.total.sources,
        s.net_cooperation,
        opt(s.intensity_mean),
        s.quads,
        s.scores
    );
    println!(
        "{:<10} {:>6} {:>7} {:>7} {:>12} {:>6} {:>8}  {:<20} {:<20} by type",
        "period",
        "events",
        "reports",
        "sources",
        "quads 1/2/3/4",
        "net",
        "mean",
        "vs prev 4",
        "vs prev 52"
    );
    for b in &s.buckets {
        let trend = |t: Option<dyad_relations::Trend>| match t {
            Some(t) => format!(
                "{} ({})",
                t.band.as_str(),
                t.change.map_or("new".into(), |c| format!("{c:+.0}%"))
            ),
            None => "·".into(),
        };
        let types: Vec<String> = b
            .by_type
            .iter()
            .map(|(k, v)| format!("{k} {}", v.events))
            .collect();
        let quads = b.by_quad.map_or("no data".into(), |q| {
            format!("{}/{}/{}/{}", q[0], q[1], q[2], q[3])
        });
        println!(
            "{:<10} {:>6} {:>7} {:>7} {:>12} {:>6} {:>8}  {:<20} {:<20} {}",
            b.label,
            opt(b.events),
            opt(b.reports),
            opt(b.sources),
            quads,
            b.net_cooperation.map_or("·".into(), |n| format!("{n:+}")),
            opt(b.intensity_mean),
            trend(b.trend4),
            trend(b.trend52),
            types.join(", ")
        );
    }
    if s.undated + s.unplaced > 0 {
        println!(
            "left out: {} undated reports, {} dated more coarsely than a {}",
            s.undated, s.unplaced, s.period
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn network(level: &str, actors: &[String], limit: usize, c: &Common) -> Result<ExitCode> {
    let r = c.ready()?;
    let q = NetworkQuery {
        since: r.since,
        until: r.until,
        level: level.parse::<Level>()?,
        actors: actors
            .iter()
            .map(|a| r.actor("--actor", a))
            .collect::<Result<_>>()?,
        types: r.types,
        min_confidence: c.min_confidence,
        limit,
    };
    let n = dyad_relations::network(&r.store, &q, &r.model)?;
    if c.format == Format::Json {
        return json(&n);
    }
    println!(
        "{} actors, {} edges{} (level {}, quads {})",
        n.nodes.len(),
        n.edges.len(),
        if n.more_edges > 0 {
            format!(" (+{} lighter ones not shown)", n.more_edges)
        } else {
            String::new()
        },
        n.level,
        n.quads
    );
    println!(
        "{:<24} {:<24} {:>6} {:>7} {:>6} {:>7}",
        "source", "target", "events", "sources", "net", "mean"
    );
    let label = |id: &str| {
        n.nodes
            .iter()
            .find(|x| x.id == id)
            .map_or(id.to_string(), |x| x.label.clone())
    };
    for e in &n.edges {
        println!(
            "{:<24} {:<24} {:>6} {:>7} {:>+6} {:>7}",
            label(&e.source),
            label(&e.target),
            e.events,
            e.sources,
            e.net_cooperation,
            opt(e.intensity_mean)
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn timeline(actor: &str, period: &str, limit: usize, c: &Common) -> Result<ExitCode> {
    let r = c.ready()?;
    let actor = r.actor("ACTOR", actor)?;
    let actor = actor.as_str();
    let q = TimelineQuery {
        actor: actor.into(),
        period: period.parse::<Period>()?,
        since: r.since,
        until: r.until,
        types: r.types.clone(),
        min_confidence: c.min_confidence,
    };
    let t = dyad_relations::timeline(&r.store, &q, &r.model)?;
    let eq = EventQuery {
        actors: vec![actor.into()],
        types: r.types,
        since: r.since,
        until: r.until,
        min_confidence: c.min_confidence,
        dedup: true,
        limit: Some(limit),
        ..Default::default()
    };
    let mut events = Vec::new();
    r.store.scan_event_rows(&eq, &mut |e| {
        events.push(e);
        true
    })?;
    if c.format == Format::Json {
        return json(&serde_json::json!({"timeline": t, "events": events}));
    }
    println!("{actor} by {}  [quads {}]", t.period, t.quads);
    println!(
        "{:<10} {:>9} {:>9} {:>12} {:>6} {:>7}",
        "period", "as source", "as target", "quads 1/2/3/4", "net", "mean"
    );
    for b in &t.buckets {
        println!(
            "{:<10} {:>9} {:>9} {:>12} {:>6} {:>7}",
            b.label,
            opt(b.as_source),
            opt(b.as_target),
            b.by_quad.map_or("no data".into(), |q| format!(
                "{}/{}/{}/{}",
                q[0], q[1], q[2], q[3]
            )),
            b.net_cooperation.map_or("·".into(), |n| format!("{n:+}")),
            opt(b.intensity_mean)
        );
    }
    if !t.counterparts.is_empty() {
        let cp: Vec<String> = t
            .counterparts
            .iter()
            .take(10)
            .map(|c| format!("{} {} ({:+})", c.code, c.events, c.net_cooperation))
            .collect();
        println!("counterparts: {}", cp.join(", "));
    }
    println!("events (one row per real-world event, oldest first):");
    for e in &events {
        let side = |code: Option<dyad_core::ActorCode>, name: &Option<String>| {
            format!(
                "{} {}",
                code.map(|c| c.to_string()).unwrap_or_default(),
                name.clone().unwrap_or_default()
            )
        };
        println!(
            "  {:<10} {:<9} {} → {}  [{} src]  {}",
            e.date_value
                .map(|d| d.to_string())
                .unwrap_or_else(|| "undated".into()),
            e.kind,
            side(e.source_actor(), &e.source_name),
            side(e.target_actor(), &e.target_name),
            e.sources,
            e.sentence.replace('\n', " ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn quotes(
    about: Option<String>,
    speaker: Option<String>,
    limit: usize,
    c: &Common,
) -> Result<ExitCode> {
    let r = c.ready()?;
    let about = about.map(|a| r.actor("--about", &a)).transpose()?;
    let speaker = speaker.map(|a| r.actor("--speaker", &a)).transpose()?;
    let q = QuoteQuery {
        speaker,
        about,
        since: r.since,
        until: r.until,
        limit: Some(limit),
        ..Default::default()
    };
    let mut rows = Vec::new();
    r.store.scan_quotes(&q, &mut |x| {
        rows.push(x);
        true
    })?;
    if c.format == Format::Json {
        return json(&rows);
    }
    for x in &rows {
        let who = format!(
            "{}{}",
            x.speaker_name
                .clone()
                .unwrap_or_else(|| "(unknown speaker)".into()),
            x.speaker.map(|c| format!(" [{c}]")).unwrap_or_default()
        );
        let about: Vec<String> = x
            .about
            .iter()
            .map(|n| {
                format!(
                    "{}{}",
                    n.name,
                    n.code
                        .as_ref()
                        .map(|c| format!(" [{c}]"))
                        .unwrap_or_default()
                )
            })
            .collect();
        println!(
            "{}  {who}: “{}”",
            x.doc_published.clone().unwrap_or_else(|| "undated".into()),
            x.text.replace('\n', " ")
        );
        if !about.is_empty() {
            println!("    about: {}", about.join(", "));
        }
        println!(
            "    in {}{}",
            x.doc_title.clone().unwrap_or_else(|| x.doc_id.clone()),
            x.doc_url
                .as_ref()
                .map(|u| format!(" <{u}>"))
                .unwrap_or_default()
        );
    }
    println!("{} quotes", rows.len());
    Ok(ExitCode::SUCCESS)
}
