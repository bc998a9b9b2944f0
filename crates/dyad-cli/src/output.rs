//! Printing query results as aligned tables, JSON, CSV or GDELT-style rows.

use crate::TableFormat;
use anyhow::Result;
use dyad_store::{ActorRow, EventRow, Summary};
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
    "sentence",
];

fn event_fields(r: &EventRow) -> Vec<String> {
    vec![
        r.id.clone(),
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
        r.sources.to_string(),
        r.sentence.clone(),
    ]
}

pub fn print_events(rows: &[EventRow], format: TableFormat) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        TableFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        TableFormat::Csv => {
            writeln!(out, "{}", EVENT_COLUMNS.join(","))?;
            for r in rows {
                let f: Vec<String> = event_fields(r).iter().map(|x| csv_field(x)).collect();
                writeln!(out, "{}", f.join(","))?;
            }
        }
        TableFormat::Gdelt => {
            writeln!(out, "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor1Name\tActor1CountryCode\tActor2Code\tActor2Name\tActor2CountryCode\tIsRootEvent\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\tNumMentions\tNumSources\tNumArticles\tActionGeo_FullName\tActionGeo_CountryCode\tActionGeo_Lat\tActionGeo_Long\tSOURCEURL")?;
            for r in rows {
                let day = r
                    .date_first
                    .map(|d| d.strftime("%Y%m%d").to_string())
                    .unwrap_or_default();
                let code = |c: Option<dyad_core::ActorCode>| {
                    c.map(|a| {
                        format!(
                            "{}{}",
                            a.country,
                            a.sector.map(|s| s.as_str()).unwrap_or("")
                        )
                    })
                    .unwrap_or_default()
                };
                let cameo = r.cameo.clone().unwrap_or_default();
                let base = cameo.get(..3).unwrap_or(&cameo).to_string();
                let root = cameo.get(..2).unwrap_or(&cameo).to_string();
                let row = [
                    r.id.clone(),
                    day,
                    code(r.source_actor()),
                    opt(&r.source_name),
                    opt(&r.source_country),
                    code(r.target_actor()),
                    opt(&r.target_name),
                    opt(&r.target_country),
                    "1".into(),
                    cameo,
                    base,
                    root,
                    r.quad.to_string(),
                    // NumMentions, NumSources, NumArticles: documents reporting the event.
                    r.sources.to_string(),
                    r.sources.to_string(),
                    r.sources.to_string(),
                    opt(&r.location_name),
                    opt(&r.location_country),
                    opt(&r.lat),
                    opt(&r.lon),
                    r.doc_url.clone().unwrap_or_else(|| r.doc_id.clone()),
                ];
                let clean: Vec<String> = row.iter().map(|x| x.replace(['\t', '\n'], " ")).collect();
                writeln!(out, "{}", clean.join("\t"))?;
            }
        }
        TableFormat::Table => {
            writeln!(
                out,
                "{:<10} {:<9} {:<22} {:<22} {:<14} {:<5} {:>3} evidence",
                "date", "type", "source", "target", "location", "conf", "src"
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
                    "{:<10} {:<9} {:<22} {:<22} {:<14} {:<5.2} {:>3} {}",
                    opt(&r.date_value),
                    kind,
                    side(r.source_actor(), &r.source_name),
                    side(r.target_actor(), &r.target_name),
                    clip(&opt(&r.location_name), 14),
                    r.confidence,
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

pub fn print_actors(rows: &[ActorRow], format: TableFormat) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        TableFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        TableFormat::Csv | TableFormat::Gdelt => {
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
        TableFormat::Table => {
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

pub fn print_summary(s: &Summary) {
    let langs: Vec<String> = s
        .by_language
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    println!("documents: {}  ({})", s.documents, langs.join(", "));
    println!(
        "events: {} reported as happened, {} historical/future/negated/hypothetical; quotes: {}",
        s.events - s.events_aux,
        s.events_aux,
        s.quotes
    );
    if !s.events_by_type.is_empty() {
        let types: Vec<String> = s
            .events_by_type
            .iter()
            .map(|(t, n)| format!("{t} {n}"))
            .collect();
        println!("events by type: {}", types.join(", "));
    }
    if !s.top_dyads.is_empty() {
        println!("top dyads:");
        for (d, n) in &s.top_dyads {
            println!("  {n:>4}  {d}");
        }
    }
    if s.errors > 0 || s.diagnostics > 0 {
        println!(
            "problems: {} inputs could not be read, {} diagnostics on stored documents",
            s.errors, s.diagnostics
        );
    }
}
