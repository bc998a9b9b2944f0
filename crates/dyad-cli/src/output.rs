//! Printing query results as aligned tables, JSON, CSV or GDELT-style rows.

use crate::gdelt;
use crate::{ListFormat, TableFormat};
use anyhow::Result;
use dyad_core::{Event, EventDate, Location, Side, Span};
use dyad_store::{ActorRow, DiagnosticRow, EventRow, FoldedEvent, Summary};
use std::io::Write;

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

const EVENT_COLUMNS: &[&str] = &[
    "id",
    "date",
    "precision",
    "type",
    "mode",
    "source",
    "source_name",
    "target",
    "target_name",
    "location",
    "lat",
    "lon",
    "aux",
    "quad",
    "confidence",
    "cameo",
    "rule",
    "doc_id",
    "doc_url",
    "cluster",
    "reports",
    "articles",
    "sources",
    "sentence",
];

/// The id a row is listed under: a folded listing's row is the real-world event, whose id is
/// its stable folded id (kept as reports join, whichever report stands for it); a plain
/// listing's row is the report, with its own id.
fn row_id(r: &EventRow, folded: bool) -> String {
    match (folded, r.cluster) {
        (true, Some(c)) => c.to_string(),
        _ => r.id.clone(),
    }
}

fn event_fields(r: &EventRow, folded: bool) -> Vec<String> {
    vec![
        row_id(r, folded),
        opt(&r.date_value),
        r.date_precision
            .map(|p| p.as_str().to_string())
            .unwrap_or_default(),
        r.kind.to_string(),
        opt(&r.mode),
        opt(&r.source_actor()),
        opt(&r.source_name),
        opt(&r.target_actor()),
        opt(&r.target_name),
        opt(&r.location_name),
        opt(&r.lat),
        opt(&r.lon),
        r.aux.map(|a| a.as_str().to_string()).unwrap_or_default(),
        r.quad.to_string(),
        format!("{:.2}", r.confidence),
        opt(&r.cameo),
        r.rule.clone(),
        r.doc_id.clone(),
        opt(&r.doc_url),
        opt(&r.cluster),
        r.reports.to_string(),
        r.articles.to_string(),
        r.sources.to_string(),
        r.sentence.clone(),
    ]
}

/// One stored event in the shape `extract` prints it (the same `Event` serialised), with the
/// document it came from and the number of documents reporting it.
pub fn event_json(r: &EventRow) -> serde_json::Value {
    let side = |entity: &Option<String>,
                name: &Option<String>,
                country: Option<dyad_core::Country>,
                sector: Option<dyad_core::Sector>| {
        country.map(|country| Side {
            entity: entity.clone(),
            name: name.clone().unwrap_or_default(),
            country,
            sector,
            cameo: None,
            span: Span::default(),
        })
    };
    let event = Event {
        id: r.id.clone(),
        kind: r.kind,
        mode: r.mode.clone(),
        context: r
            .context
            .split(',')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect(),
        source: side(
            &r.source_entity,
            &r.source_name,
            r.source_country,
            r.source_sector,
        ),
        target: side(
            &r.target_entity,
            &r.target_name,
            r.target_country,
            r.target_sector,
        ),
        date: r
            .date_value
            .zip(r.date_precision)
            .map(|(value, precision)| EventDate {
                value,
                precision,
                // (A stretch's last day is the row's last day where the value's own ends sooner.)
                through: r.date_last.filter(|&l| l > value.last_day()),
                from: match r.date_from.as_deref() {
                    Some("published") => "published",
                    _ => "text",
                },
            }),
        location: r.location_name.as_ref().map(|name| Location {
            name: name.clone(),
            country: r.location_country,
            lat: r.lat,
            lon: r.lon,
        }),
        aux: r.aux,
        quad: r.quad,
        start: r.start,
        end: r.end,
        trigger: Span::new(r.trigger_start, r.trigger_end),
        confidence: r.confidence,
        rule: r.rule.clone(),
        cameo: r.cameo.clone(),
    };
    let mut v = serde_json::to_value(dyad_core::output::EventJson::new(&event, &r.sentence))
        .unwrap_or_default();
    v["doc"] = serde_json::json!({
        "id": r.doc_id, "hash": r.doc_hash, "title": r.doc_title, "url": r.doc_url,
        "source": r.doc_source, "published": r.doc_published,
    });
    v["cluster"] = serde_json::json!(r.cluster);
    v["sources"] = serde_json::json!(r.sources);
    v["reports"] = serde_json::json!(r.reports);
    v["articles"] = serde_json::json!(r.articles);
    v
}

/// One real-world event as `events --dedup --format json` prints it: the standing report's
/// fields (type, actors, date, place, as a plain listing has them), then its identity, counts
/// and every report with why it was linked.
pub fn folded_json(f: &FoldedEvent) -> serde_json::Value {
    let mut v = event_json(&f.rep);
    let rep = v.as_object_mut().map(std::mem::take).unwrap_or_default();
    let mut out = serde_json::Map::new();
    out.insert("id".into(), serde_json::json!(f.id));
    for k in [
        "type",
        "mode",
        "context",
        "source",
        "target",
        "date",
        "location",
        "quad",
        "confidence",
        "cameo",
    ] {
        if let Some(x) = rep.get(k) {
            out.insert(k.into(), x.clone());
        }
    }
    let extra = serde_json::to_value(f).unwrap_or_default();
    if let Some(extra) = extra.as_object() {
        for (k, x) in extra {
            if k != "id" {
                out.insert(k.clone(), x.clone());
            }
        }
    }
    out.insert("representative".into(), serde_json::json!(f.rep.id));
    serde_json::Value::Object(out)
}

pub fn print_folded(events: &[FoldedEvent]) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let all: Vec<serde_json::Value> = events.iter().map(folded_json).collect();
    serde_json::to_writer_pretty(&mut out, &all)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// `folded`: the rows are real-world events (`--dedup`), one report standing for each.
pub fn print_events(rows: &[EventRow], format: TableFormat, folded: bool) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        TableFormat::Json => {
            let all: Vec<serde_json::Value> = rows.iter().map(event_json).collect();
            serde_json::to_writer_pretty(&mut out, &all)?;
            writeln!(out)?;
        }
        TableFormat::Csv => {
            writeln!(out, "{}", EVENT_COLUMNS.join(","))?;
            for r in rows {
                let f: Vec<String> = event_fields(r, folded)
                    .iter()
                    .map(|x| csv_field(x))
                    .collect();
                writeln!(out, "{}", f.join(","))?;
            }
        }
        TableFormat::Gdelt | TableFormat::Gdelt1 => {
            let version = match format {
                TableFormat::Gdelt1 => gdelt::Version::V1,
                _ => gdelt::Version::V2,
            };
            let tables = gdelt::Tables::builtin();
            for r in rows {
                writeln!(
                    out,
                    "{}",
                    gdelt::row(r, version, &tables, folded).join("\t")
                )?;
            }
        }
        TableFormat::Table => {
            writeln!(
                out,
                "{:<10} {:<9} {:<22} {:<22} {:<14} {:<5} {:>3} {:>3} {:>3} evidence",
                "date", "type", "source", "target", "location", "conf", "rep", "art", "src"
            )?;
            for r in rows {
                let side = |code: Option<dyad_core::ActorCode>, name: &Option<String>| {
                    clip(
                        &format!("{} {}", opt(&code), name.clone().unwrap_or_default()),
                        22,
                    )
                };
                let kind = match r.aux {
                    Some(a) => format!("{}({})", r.kind, &a.as_str()[..3]),
                    None => r.kind.to_string(),
                };
                writeln!(
                    out,
                    "{:<10} {:<9} {:<22} {:<22} {:<14} {:<5.2} {:>3} {:>3} {:>3} {}",
                    opt(&r.date_value),
                    kind,
                    side(r.source_actor(), &r.source_name),
                    side(r.target_actor(), &r.target_name),
                    clip(&opt(&r.location_name), 14),
                    r.confidence,
                    r.reports,
                    r.articles,
                    r.sources,
                    clip(&r.sentence.replace('\n', " "), 90),
                )?;
            }
            writeln!(out, "{} events", rows.len())?;
        }
    }
    out.flush()?;
    Ok(())
}

pub fn print_actors(rows: &[ActorRow], format: ListFormat) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        ListFormat::Csv => {
            writeln!(
                out,
                "id,name,kind,code,codes,mentions,documents,events_as_source,events_as_target"
            )?;
            for r in rows {
                writeln!(
                    out,
                    "{},{},{},{},{},{},{},{},{}",
                    csv_field(&r.id),
                    csv_field(&r.name),
                    r.kind,
                    opt(&r.code),
                    csv_field(&r.codes),
                    r.mentions,
                    r.documents,
                    r.events_as_source,
                    r.events_as_target
                )?;
            }
        }
        ListFormat::Table => {
            writeln!(
                out,
                "{:<30} {:<13} {:<12} {:>8} {:>5} {:>7} {:>7}",
                "actor", "kind", "code", "mentions", "docs", "source", "target"
            )?;
            for r in rows {
                writeln!(
                    out,
                    "{:<30} {:<13} {:<12} {:>8} {:>5} {:>7} {:>7}",
                    clip(&r.name, 30),
                    r.kind,
                    opt(&r.code),
                    r.mentions,
                    r.documents,
                    r.events_as_source,
                    r.events_as_target
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

pub fn print_summary(out: &mut impl Write, s: &Summary) -> std::io::Result<()> {
    let langs: Vec<String> = s
        .by_language
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    writeln!(out, "documents: {}  ({})", s.documents, langs.join(", "))?;
    writeln!(
        out,
        "events: {} reported as happened, {} historical/future/negated/hypothetical; quotes: {}",
        s.events - s.events_aux,
        s.events_aux,
        s.quotes
    )?;
    if !s.events_by_type.is_empty() {
        let types: Vec<String> = s
            .events_by_type
            .iter()
            .map(|(t, n)| format!("{t} {n}"))
            .collect();
        writeln!(out, "events by type: {}", types.join(", "))?;
    }
    if !s.top_dyads.is_empty() {
        writeln!(out, "top dyads:")?;
        for (d, n) in &s.top_dyads {
            writeln!(out, "  {n:>4}  {d}")?;
        }
    }
    if s.errors > 0 || s.diagnostics > 0 {
        writeln!(
        out,
            "problems: {} recorded for inputs that could not be read, {} diagnostics on stored documents (`dyad diagnostics` lists them)",
            s.errors, s.diagnostics
        )?;
    }
    Ok(())
}

pub fn print_diagnostics(rows: &[DiagnosticRow], format: ListFormat) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        ListFormat::Csv => {
            writeln!(out, "recorded_at,stage,doc_id,path,message")?;
            for r in rows {
                let f = [
                    r.recorded_at.clone(),
                    r.stage.clone(),
                    opt(&r.doc_id),
                    opt(&r.path),
                    r.message.clone(),
                ];
                let f: Vec<String> = f.iter().map(|x| csv_field(x)).collect();
                writeln!(out, "{}", f.join(","))?;
            }
        }
        ListFormat::Table => {
            for r in rows {
                let what = r.doc_id.as_deref().or(r.path.as_deref()).unwrap_or("-");
                writeln!(
                    out,
                    "{}  {:<8} {}: {}",
                    r.recorded_at,
                    r.stage,
                    what,
                    r.message.replace('\n', " ")
                )?;
            }
            writeln!(out, "{} diagnostics", rows.len())?;
        }
    }
    out.flush()?;
    Ok(())
}
