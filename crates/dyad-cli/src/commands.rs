//! The subcommands. Library errors are typed; here they become `anyhow` with context.

use crate::output::{print_actors, print_events, print_summary};
use crate::{ExtractFormat, TableFormat};
use anyhow::{bail, Context as _, Result};
use dyad_core::{Diagnostic, Document, EventType, RawDocument};
use dyad_ingest::read_inputs;
use dyad_kb::KbBuilder;
use dyad_pipeline::dedup::{simhash, DedupIndex};
use dyad_pipeline::Context;
use dyad_store::{EventQuery, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Where imported dictionaries live: `$DYAD_KB_DIR`, else `~/.local/share/dyad/kb`.
pub fn kb_dir() -> Option<PathBuf> {
    std::env::var_os("DYAD_KB_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share/dyad/kb")))
}

/// The built-in knowledge base with every imported layer from [`kb_dir`] over it.
pub fn build_context() -> Result<Context> {
    let mut b = KbBuilder::new()
        .with_builtin()
        .context("loading the built-in knowledge base")?;
    let mut roles = String::new();
    if let Some(dir) = kb_dir().filter(|d| d.is_dir()) {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        for f in files {
            let name = f.display().to_string();
            if name.ends_with(".agents.tsv") {
                roles.push_str(
                    &std::fs::read_to_string(&f).with_context(|| format!("reading {name}"))?,
                );
                roles.push('\n');
            } else if name.ends_with(".toml") {
                let text =
                    std::fs::read_to_string(&f).with_context(|| format!("reading {name}"))?;
                b.load_entities_toml(&name, &text, &name)?;
            }
        }
    }
    Context::with_kb_and_roles(b.build(), &roles).context("loading the lexicons")
}

/// Runs the pipeline over one document; a bug in a stage becomes a diagnostic on that document
/// instead of ending the batch.
pub fn process(ctx: &Context, raw: RawDocument) -> Document {
    let fallback = raw.clone();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ctx.process(raw))) {
        Ok(doc) => doc,
        Err(_) => {
            let mut doc = Document::new(fallback);
            doc.diagnostics.push(Diagnostic { stage: "pipeline", message: "internal error while processing this document; it is stored without annotations".into() });
            doc
        }
    }
}

fn progress(label: &str) -> ProgressBar {
    let pb = ProgressBar::new_spinner();
    if std::io::stderr().is_terminal() {
        pb.set_draw_target(ProgressDrawTarget::stderr());
        pb.set_style(
            ProgressStyle::with_template("{spinner} {prefix} {pos} documents ({per_sec}) {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        pb.enable_steady_tick(std::time::Duration::from_millis(120));
    } else {
        pb.set_draw_target(ProgressDrawTarget::hidden());
    }
    pb.set_prefix(label.to_string());
    pb
}

/// Processes documents in ordered batches, in parallel within a batch.
fn for_each_batch(
    inputs: &[PathBuf],
    batch: usize,
    mut keep: impl FnMut(&RawDocument) -> Result<bool>,
    mut on_error: impl FnMut(&dyad_ingest::IngestError) -> Result<()>,
    mut sink: impl FnMut(Vec<Document>) -> Result<()>,
) -> Result<()> {
    let ctx = build_context()?;
    let mut pending = Vec::with_capacity(batch);
    let flush = |pending: &mut Vec<RawDocument>,
                 sink: &mut dyn FnMut(Vec<Document>) -> Result<()>| {
        // The clock is read here, at the edge: to the stages the ingest date is an input.
        let today = jiff::Zoned::now().date();
        let docs: Vec<Document> = pending
            .par_drain(..)
            .map(|mut r| {
                r.ingested.get_or_insert(today);
                process(&ctx, r)
            })
            .collect();
        sink(docs)
    };
    for item in read_inputs(inputs) {
        match item {
            Ok(raw) => {
                if keep(&raw)? {
                    pending.push(raw);
                }
            }
            Err(e) => on_error(&e)?,
        }
        if pending.len() >= batch {
            flush(&mut pending, &mut sink)?;
        }
    }
    flush(&mut pending, &mut sink)
}

pub fn ingest(inputs: &[PathBuf], db: &Path, batch: usize, quiet: bool) -> Result<ExitCode> {
    let store = std::cell::RefCell::new(
        Store::open(db).with_context(|| format!("opening the database {}", db.display()))?,
    );
    let pb = progress("ingest");
    let mut dedup = DedupIndex::new();
    let (mut inserted, mut failed) = (0usize, 0usize);
    let skipped = std::cell::Cell::new(0usize);
    let mut bad = 0usize;
    for_each_batch(
        inputs,
        batch,
        |raw| {
            let seen = store.borrow().contains(&raw.hash)?;
            if seen {
                skipped.set(skipped.get() + 1);
                pb.inc(1);
            }
            Ok(!seen)
        },
        |e| {
            bad += 1;
            pb.suspend(|| eprintln!("dyad: skipped {e}"));
            store.borrow_mut().record_error(e.path(), &e.to_string())?;
            Ok(())
        },
        |mut docs| {
            for d in &mut docs {
                if let Some(orig) = dedup.check(simhash(&d.text), &d.raw.id) {
                    d.diagnostics.push(Diagnostic {
                        stage: "dedup",
                        message: format!("near-duplicate of {orig}"),
                    });
                }
            }
            let stats = store.borrow_mut().write_batch(&docs)?;
            inserted += stats.inserted;
            skipped.set(skipped.get() + stats.skipped_existing);
            failed += stats.failed;
            pb.inc(docs.len() as u64);
            Ok(())
        },
    )?;
    pb.finish_and_clear();
    if !quiet {
        println!(
            "ingested {inserted} new documents into {} ({} already stored, {bad} unreadable, {failed} refused by the store)",
            db.display(),
            skipped.get()
        );
        print_summary(&store.borrow().summary()?);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn extract(inputs: &[PathBuf], format: ExtractFormat) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut all = Vec::new();
    let mut bad = 0usize;
    for_each_batch(
        inputs,
        64,
        |_| Ok(true),
        |e| {
            bad += 1;
            eprintln!("dyad: skipped {e}");
            Ok(())
        },
        |docs| {
            for d in &docs {
                let v = dyad_core::output::document_json(d);
                match format {
                    ExtractFormat::Jsonl => {
                        serde_json::to_writer(&mut out, &v)?;
                        out.write_all(b"\n")?;
                    }
                    ExtractFormat::Json => all.push(v),
                }
            }
            Ok(())
        },
    )?;
    if format == ExtractFormat::Json {
        serde_json::to_writer_pretty(&mut out, &all)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if bad > 0 {
        eprintln!("dyad: {bad} input(s) could not be read; the rest were extracted");
    }
    Ok(ExitCode::SUCCESS)
}

pub fn open_existing(db: &Path) -> Result<Store> {
    if !db.exists() {
        bail!(
            "no database at {} (run `dyad ingest` first, or pass --db)",
            db.display()
        );
    }
    Store::open(db).with_context(|| format!("opening the database {}", db.display()))
}

fn parse_date(s: &str) -> Result<jiff::civil::Date> {
    dyad_core::DateValue::parse_iso(s)
        .map(|d| d.first_day())
        .with_context(|| format!("{s:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"))
}

/// What `dyad events` was asked for, as given on the command line.
#[derive(clap::Args)]
pub struct EventFilter {
    /// Actor code (RUS, RUS.MIL) or entity id/name; give two for a dyad.
    #[arg(long = "actor")]
    pub actors: Vec<String>,
    /// The first actor is the source and the second the target.
    #[arg(long)]
    pub directed: bool,
    /// PLOVER event type (repeatable).
    #[arg(long = "type")]
    pub types: Vec<String>,
    #[arg(long)]
    pub since: Option<String>,
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long)]
    pub min_confidence: Option<f32>,
    /// Also show historical, future, hypothetical and negated events.
    #[arg(long)]
    pub include_aux: bool,
    /// One row per real-world event, with the number of documents reporting it.
    #[arg(long)]
    pub dedup: bool,
    #[arg(long)]
    pub limit: Option<usize>,
}

pub fn events(db: &Path, f: EventFilter, format: TableFormat) -> Result<ExitCode> {
    let EventFilter {
        actors,
        directed,
        types,
        since,
        until,
        min_confidence,
        include_aux,
        dedup,
        limit,
    } = f;
    let store = open_existing(db)?;
    let types = types
        .iter()
        .map(|t| t.parse::<EventType>().map_err(anyhow::Error::msg))
        .collect::<Result<Vec<_>>>()?;
    let until = match until {
        Some(u) => Some(
            dyad_core::DateValue::parse_iso(&u)
                .map(|d| d.last_day())
                .with_context(|| format!("{u:?} is not a date"))?,
        ),
        None => None,
    };
    let q = EventQuery {
        actors,
        directed,
        types,
        since: since.as_deref().map(parse_date).transpose()?,
        until,
        min_confidence,
        include_aux,
        limit,
        dedup,
        ..Default::default()
    };
    let rows = store.events(&q)?;
    print_events(&rows, format)?;
    Ok(ExitCode::SUCCESS)
}

pub fn actors(db: &Path, format: TableFormat, limit: usize) -> Result<ExitCode> {
    let store = open_existing(db)?;
    let mut rows = store.actors()?;
    rows.truncate(limit);
    print_actors(&rows, format)?;
    Ok(ExitCode::SUCCESS)
}

pub fn summary(db: &Path) -> Result<ExitCode> {
    print_summary(&open_existing(db)?.summary()?);
    Ok(ExitCode::SUCCESS)
}

pub fn export(db: &Path) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    open_existing(db)?.export_jsonl(&mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn kb_stats() -> Result<ExitCode> {
    let ctx = build_context()?;
    let s = ctx.kb.stats();
    println!(
        "entities {}  names {}  distinct phrases {}  dated roles {}",
        s.entities, s.names, s.distinct_phrases, s.dated_roles
    );
    for (k, n) in &s.by_kind {
        println!("  {k:<14} {n}");
    }
    println!("lexicons (events / roles / speech / aux phrases):");
    for (lang, e, r, sp, a) in ctx.lexicon.sizes() {
        println!("  {:<4} {e:>5} {r:>5} {sp:>5} {a:>5}", lang.code());
    }
    Ok(ExitCode::SUCCESS)
}

pub fn kb_lookup(query: &str) -> Result<ExitCode> {
    let ctx = build_context()?;
    let found = ctx.kb.lookup(query);
    if found.is_empty() {
        println!("nothing in the knowledge base matches {query:?}");
        return Ok(ExitCode::FAILURE);
    }
    for e in found {
        println!("{}  {}  ({})", e.id, e.name, e.kind.as_str());
        if let Some((lat, lon)) = e.coords {
            println!(
                "    at {lat:.4}, {lon:.4}{}",
                e.country.map(|c| format!(" in {c}")).unwrap_or_default()
            );
        }
        for r in &e.roles {
            let from = r.from.map(|d| d.to_string()).unwrap_or_else(|| "…".into());
            let to = r.to.map(|d| d.to_string()).unwrap_or_else(|| "…".into());
            let title = r
                .title
                .as_deref()
                .map(|t| format!("  {t}"))
                .unwrap_or_default();
            println!("    {}  {from} – {to}{title}", r.actor);
        }
        let names: Vec<&str> = e.names.iter().map(String::as_str).take(12).collect();
        println!("    names: {}", names.join(" | "));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn kb_import(format: crate::ImportFormat, file: &Path) -> Result<ExitCode> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let stem = file
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or("import")
        .trim_end_matches(".txt")
        .trim_end_matches(".tsv")
        .to_string();
    let dir = kb_dir().context("no knowledge-base directory: set DYAD_KB_DIR")?;
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let is_agents = text.lines().filter(|l| l.contains("[~")).take(20).count() >= 10;
    let rep = match format {
        crate::ImportFormat::Cameo if is_agents => dyad_kb::cameo::import_agents(&text),
        crate::ImportFormat::Cameo => dyad_kb::cameo::import_actors(&stem, &text),
        crate::ImportFormat::Tsv => dyad_kb::cameo::import_tsv(&stem, &text),
    };
    for (line, why) in rep.skipped.iter().take(50) {
        eprintln!("{}:{line}: skipped: {why}", file.display());
    }
    if rep.skipped.len() > 50 {
        eprintln!("… and {} more skipped lines", rep.skipped.len() - 50);
    }
    let out = if is_agents && format == crate::ImportFormat::Cameo {
        let path = dir.join(format!("{stem}.agents.tsv"));
        let rows: Vec<String> = rep
            .agents
            .iter()
            .map(|(p, s)| {
                format!(
                    "{p}\t{}\tgroup",
                    s.map_or("-".to_string(), |s| s.to_string())
                )
            })
            .collect();
        std::fs::write(&path, rows.join("\n") + "\n")?;
        println!(
            "imported {} agent nouns into {}",
            rep.agents.len(),
            path.display()
        );
        path
    } else {
        let path = dir.join(format!("{stem}.toml"));
        std::fs::write(&path, dyad_kb::cameo::to_toml(&rep.imported))?;
        println!(
            "imported {} entities with {} names into {}",
            rep.entities,
            rep.names,
            path.display()
        );
        path
    };
    println!(
        "{} lines skipped; the layer is used from the next run on ({})",
        rep.skipped.len(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}
