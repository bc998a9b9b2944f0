//! The subcommands. Library errors are typed; here they become `anyhow` with context.

use crate::output::{print_actors, print_diagnostics, print_events, print_summary};
use crate::{ExportFormat, ExtractFormat, InputFormat, ListFormat, TableFormat};
use anyhow::{bail, Context as _, Result};
use dyad_batch::actors::Resolver;
use dyad_batch::Progress;
use dyad_core::{Document, EventType, RawDocument};
use dyad_ingest::{read_inputs_with, ReadOptions};
use dyad_store::{AnyStore, EventQuery, ReadStore, Recode, WriteStore};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub use dyad_batch::{build_context, kb_dir, process};

/// A progress line on stderr (when it is a terminal): done/total bytes of input with rate and
/// ETA when the size of the inputs is known, else documents and their rate.
fn progress(label: &str, total_bytes: Option<u64>) -> ProgressBar {
    let pb = match total_bytes {
        Some(total) => ProgressBar::new(total),
        None => ProgressBar::new_spinner(),
    };
    if std::io::stderr().is_terminal() {
        pb.set_draw_target(ProgressDrawTarget::stderr());
        let template = match total_bytes {
            Some(_) => {
                "{prefix} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec}, ETA {eta}) {msg}"
            }
            None => "{spinner} {prefix} {msg}",
        };
        pb.set_style(
            ProgressStyle::with_template(template)
                .unwrap_or_else(|_| ProgressStyle::default_spinner())
                .progress_chars("=> "),
        );
        pb.enable_steady_tick(std::time::Duration::from_millis(120));
    } else {
        pb.set_draw_target(ProgressDrawTarget::hidden());
    }
    pb.set_prefix(label.to_string());
    pb
}

/// Counts documents for the progress line's message.
struct Done {
    docs: u64,
    started: std::time::Instant,
}

impl Done {
    fn new() -> Done {
        Done {
            docs: 0,
            started: std::time::Instant::now(),
        }
    }

    fn add(&mut self, pb: &ProgressBar, n: usize, bytes: Option<&AtomicU64>) {
        self.docs += n as u64;
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        pb.set_message(format!(
            "{} documents ({:.0}/s)",
            self.docs,
            self.docs as f64 / secs
        ));
        if let Some(b) = bytes {
            pb.set_position(b.load(Ordering::Relaxed));
        }
    }
}

/// The `--encoding` option, checked.
fn read_options(encoding: Option<&str>) -> Result<ReadOptions> {
    let encoding = match encoding {
        Some(label) => Some(dyad_ingest::encoding_for_label(label).with_context(|| {
            format!("--encoding {label:?} is not an encoding name (try utf-8, windows-1256, koi8-r, iso-8859-6, shift_jis)")
        })?),
        None => None,
    };
    Ok(ReadOptions {
        encoding,
        progress: Some(Arc::new(AtomicU64::new(0))),
        ..ReadOptions::default()
    })
}

/// The documents of `inputs`, each declaring `language` unless it declares its own; checked
/// first against the languages dyad knows (`--language`).
fn documents(
    ctx: &dyad_pipeline::Context,
    inputs: &[PathBuf],
    options: ReadOptions,
    language: Option<&str>,
) -> Result<impl Iterator<Item = Result<RawDocument, dyad_ingest::IngestError>> + Send> {
    if let Some(tag) = language {
        if ctx.lang_id.declared(tag).is_none() {
            anyhow::bail!(
                "--language {tag:?} names no language dyad knows (try a code such as tr, es-MX or tur, or a name such as Turkish)"
            );
        }
    }
    let language = language.map(String::from);
    Ok(read_inputs_with(inputs, options).map(move |doc| {
        doc.map(|mut d| {
            if d.language.is_none() {
                d.language.clone_from(&language);
            }
            d
        })
    }))
}

pub fn ingest(
    inputs: &[PathBuf],
    db: &Path,
    batch: usize,
    quiet: bool,
    encoding: Option<&str>,
    language: Option<&str>,
) -> Result<ExitCode> {
    let options = read_options(encoding)?;
    // Nothing to read at all: say so before creating a database.
    let named: Vec<&PathBuf> = inputs.iter().filter(|p| p.as_os_str() != "-").collect();
    if !named.is_empty() && named.len() == inputs.len() && named.iter().all(|p| !p.exists()) {
        for p in &named {
            eprintln!("dyad: {}: no such file or folder", p.display());
        }
        eprintln!("dyad: no input could be read; nothing was ingested");
        return Ok(ExitCode::from(2));
    }
    // The data first: a `--language` it does not know stops before a database is created.
    let ctx = build_context()?;
    let bytes = options.progress.clone();
    let docs = documents(&ctx, inputs, options, language)?;
    let mut store = AnyStore::open(&db_name(db)?)
        .with_context(|| format!("opening the database {}", shown(db)))?;
    let pb = progress("ingest", dyad_ingest::input_size(inputs));
    let mut done = Done::new();
    // The clock is read here, at the edge: to the stages the ingest date is an input.
    let today = jiff::Zoned::now().date();
    let stats = dyad_batch::ingest(&ctx, &mut store, docs, batch, today, |p| match p {
        Progress::Documents(n) => done.add(&pb, n, bytes.as_deref()),
        Progress::Problem {
            error,
            reported: true,
        } => pb.suspend(|| eprintln!("dyad: skipped {error}")),
        Progress::Problem { .. } => {}
        Progress::Unreported { input, message } => {
            pb.suspend(|| eprintln!("dyad: {input}: {message}"))
        }
    })?;
    pb.finish_and_clear();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if !quiet {
        writeln!(
            out,
            "ingested {} new documents into {} ({} already stored, {} older versions replaced, {} unreadable inputs, {} bad documents, {} refused by the store)",
            stats.inserted,
            shown(db),
            stats.skipped_existing,
            stats.replaced,
            stats.unreadable_inputs,
            stats.bad_documents,
            stats.failed,
        )?;
        print_summary(&mut out, &store.summary()?)?;
    }
    // The process ends here: freeing the knowledge base's many small allocations one by one
    // took 4% of an ingest of 1,000 documents.
    std::mem::forget(ctx);
    if stats.unreadable_inputs > 0 {
        eprintln!(
            "dyad: {} input(s) could not be read at all (see above); everything else was ingested",
            stats.unreadable_inputs
        );
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}

/// The line `extract` prints for an input or record that could not be read: the shape of a
/// document, with no layers and the problem as its diagnostic.
fn error_json(e: &dyad_ingest::IngestError) -> serde_json::Value {
    let message = e.to_string();
    serde_json::json!({
        "doc": {"id": e.record_id(), "key": null, "path": e.path(),
                "location": e.location().map(|l| l.to_string()), "text": null},
        "error": message,
        "entities": [], "times": [], "events": [], "quotes": [],
        "diagnostics": [{"stage": "ingest", "message": message}],
    })
}

pub fn extract(
    inputs: &[PathBuf],
    format: ExtractFormat,
    input_format: Option<InputFormat>,
    encoding: Option<&str>,
    language: Option<&str>,
) -> Result<ExitCode> {
    let options = ReadOptions {
        format: input_format.map(Into::into),
        // A filter answers every line it reads, a blank one too.
        blank_lines_are_records: true,
        ..read_options(encoding)?
    };
    let stdout = std::io::stdout();
    let out = std::cell::RefCell::new(std::io::BufWriter::new(stdout.lock()));
    let all = std::cell::RefCell::new(Vec::new());
    // JSON Lines are written straight from the document, never as a second tree in memory.
    let emit = |v: &dyn erased::Json| -> Result<()> {
        match format {
            ExtractFormat::Jsonl => {
                let mut out = out.borrow_mut();
                v.write_to(&mut *out)?;
                out.write_all(b"\n")?;
            }
            ExtractFormat::Json => all.borrow_mut().push(v.to_value()?),
        }
        Ok(())
    };
    let mut bad = 0usize;
    // Leaked: the process ends after the filter, and freeing the knowledge base's many small
    // allocations one by one would cost a tenth of a short run.
    let ctx: &'static _ = Box::leak(Box::new(build_context()?));
    // The clock is read here, at the edge: to the stages the ingest date is an input.
    let today = jiff::Zoned::now().date();
    dyad_batch::for_each_batch(
        ctx,
        documents(ctx, inputs, options, language)?,
        64,
        today,
        |_| Ok::<bool, anyhow::Error>(true),
        |e| {
            // A filter: every input record gets its line, a bad one with its error.
            bad += 1;
            emit(&error_json(e))
        },
        |docs| {
            for d in &docs {
                emit(&dyad_core::output::DocumentJson(d))?;
            }
            // Whoever reads the pipe gets each batch as soon as it is done.
            out.borrow_mut().flush()?;
            Ok(())
        },
    )?;
    let mut out = out.into_inner();
    if format == ExtractFormat::Json {
        serde_json::to_writer_pretty(&mut out, &all.into_inner())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if bad > 0 {
        eprintln!(
            "dyad: {bad} input(s) or record(s) could not be read; their lines carry the error"
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `--db` (or `DYAD_DB`) as the store reads it: a SQLite path or a `postgres://` URL.
pub(crate) fn db_name(db: &Path) -> Result<String> {
    db.to_str()
        .map(str::to_string)
        .with_context(|| format!("--db {:?} is not UTF-8", db.display()))
}

/// `--db` for messages: a URL without its password.
pub(crate) fn shown(db: &Path) -> String {
    dyad_store::pg::redact(&db.display().to_string())
}

pub(crate) fn is_postgres(db: &Path) -> bool {
    db.to_str().is_some_and(dyad_store::is_postgres_url)
}

/// Opens the database for a query: read-only, never created, never migrated. A SQLite file or
/// a PostgreSQL database (`postgres://…`).
pub fn open_existing(db: &Path) -> Result<AnyStore> {
    if !is_postgres(db) && !db.exists() {
        bail!(
            "no database at {} (run `dyad ingest` first, or pass --db)",
            db.display()
        );
    }
    AnyStore::open_read_only(&db_name(db)?)
        .with_context(|| format!("opening the database {}", shown(db)))
}

/// Opens an existing database to change it: migrated to this build's schema. A SQLite file
/// must exist already; a PostgreSQL database is reached by its URL.
fn open_for_writing(db: &Path) -> Result<AnyStore> {
    if !is_postgres(db) && !db.exists() {
        bail!(
            "no database at {} (run `dyad ingest` first, or pass --db)",
            db.display()
        );
    }
    AnyStore::open(&db_name(db)?).with_context(|| format!("opening the database {}", shown(db)))
}

pub fn migrate(db: &Path) -> Result<ExitCode> {
    // Opening for writing migrates; linking catches up on reports stored before event
    // linking existed (or by another writer).
    let mut store = open_for_writing(db)?;
    let linked = store.link()?;
    println!(
        "{} is at {} schema version {}; {} reports linked into {} new events",
        shown(db),
        store.backend(),
        store.schema_version()?,
        linked.reports,
        linked.new_events
    );
    Ok(ExitCode::SUCCESS)
}

pub fn recode(db: &Path, batch: usize) -> Result<ExitCode> {
    let mut store = open_for_writing(db)?;
    let ctx = build_context()?;
    let total = store.document_count()?;
    let pb = progress("recode", None);
    pb.set_length(total);
    let mut done = Done::new();
    let (mut after, mut recoded) = (0i64, 0usize);
    loop {
        let raws = store.raw_documents(after, batch)?;
        let Some(last) = raws.last().map(|(row, _)| *row) else {
            break;
        };
        after = last;
        let docs: Vec<(i64, Document)> = raws
            .into_par_iter()
            .map(|(row, raw)| (row, process(&ctx, raw)))
            .collect();
        recoded += store.replace_layers(&docs)?;
        store.link()?;
        done.add(&pb, docs.len(), None);
    }
    pb.finish_and_clear();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(
        out,
        "recoded {recoded} of {total} documents in {}",
        shown(db)
    )?;
    print_summary(&mut out, &store.summary()?)?;
    Ok(ExitCode::SUCCESS)
}

pub fn diagnostics(
    db: &Path,
    stage: Option<&str>,
    format: ListFormat,
    limit: Option<usize>,
) -> Result<ExitCode> {
    let store = open_existing(db)?;
    let mut rows = store.diagnostics()?;
    if let Some(stage) = stage {
        rows.retain(|r| r.stage == stage);
    }
    if let Some(n) = limit {
        rows.truncate(n);
    }
    print_diagnostics(&rows, format)?;
    Ok(ExitCode::SUCCESS)
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
    let since = since.as_deref().map(parse_date).transpose()?;
    let until = match until {
        Some(u) => Some(
            dyad_core::DateValue::parse_iso(&u)
                .map(|d| d.last_day())
                .with_context(|| format!("{u:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"))?,
        ),
        None => None,
    };
    // Filters that can match nothing are mistakes to point out, not "0 events".
    if let (Some(s), Some(u)) = (since, until) {
        if s > u {
            bail!("--since {s} is after --until {u}: no event can match");
        }
    }
    if let Some(c) = min_confidence {
        if !(0.0..=1.0).contains(&c) {
            bail!("--min-confidence {c} is outside 0..1");
        }
    }
    if directed && !(1..=2).contains(&actors.len()) {
        bail!("--directed takes one or two --actor");
    }
    let names = Resolver::new();
    let actors = actors
        .iter()
        .map(|a| names.resolve(&store, "--actor", a))
        .collect::<Result<Vec<_>, _>>()?;
    let q = EventQuery {
        actors,
        directed,
        types,
        since,
        until,
        min_confidence,
        include_aux,
        limit,
        dedup,
        ..Default::default()
    };
    if dedup && matches!(format, TableFormat::Json) {
        crate::output::print_folded(&store.folded_events(&q)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows = store.events(&q)?;
    print_events(&rows, format, dedup)?;
    Ok(ExitCode::SUCCESS)
}

pub fn actors(db: &Path, format: ListFormat, limit: usize) -> Result<ExitCode> {
    let store = open_existing(db)?;
    let mut rows = Vec::new();
    let q = dyad_store::ActorQuery {
        limit: Some(limit),
        ..Default::default()
    };
    store.scan_actors(&q, &mut |r| {
        rows.push(r);
        true
    })?;
    print_actors(&rows, format)?;
    Ok(ExitCode::SUCCESS)
}

pub fn summary(db: &Path) -> Result<ExitCode> {
    let summary = open_existing(db)?.summary()?;
    print_summary(&mut std::io::stdout().lock(), &summary)?;
    Ok(ExitCode::SUCCESS)
}

pub fn export(db: &Path, format: ExportFormat, out: Option<&Path>) -> Result<ExitCode> {
    match (format, out) {
        (ExportFormat::Parquet, Some(out)) => return export_parquet(db, out),
        (ExportFormat::Parquet, None) => bail!("--format parquet needs --out DIR"),
        (ExportFormat::Jsonl, Some(_)) => {
            bail!("--out is for --format parquet; JSONL is written to stdout")
        }
        (ExportFormat::Jsonl, None) => {}
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    open_existing(db)?.export_jsonl(&mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "parquet")]
fn export_parquet(db: &Path, out: &Path) -> Result<ExitCode> {
    let store = open_existing(db)?;
    let done = dyad_parquet::export(&store, out)
        .with_context(|| format!("exporting {} as Parquet", shown(db)))?;
    let stdout = std::io::stdout();
    let mut w = stdout.lock();
    for (table, written) in &done.tables {
        writeln!(
            w,
            "{table:<14} {:>9} rows in {:>5} files",
            written.rows, written.files
        )?;
    }
    writeln!(w, "written to {}", out.display())?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "parquet"))]
fn export_parquet(_db: &Path, _out: &Path) -> Result<ExitCode> {
    bail!("this dyad was built without Parquet support: build it with `--features parquet` (on by default)")
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

pub fn kb_words(code: &str, file: Option<&Path>) -> Result<ExitCode> {
    let Some(lang) = dyad_core::Lang::from_code(code) else {
        bail!("{code:?} is not a language code");
    };
    let ctx = build_context()?;
    let kb = &ctx.kb;
    let language = kb.languages().get(lang);
    if language.is_none() {
        eprintln!("dyad has no data for {code}: whole words only");
    }
    let text = match file {
        Some(f) => {
            std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?
        }
        None => std::io::read_to_string(std::io::stdin()).context("reading stdin")?,
    };
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    writeln!(
        out,
        "word\tzipf\tsurface\trule\tpattern\tentities\tkinds\tlisted"
    )?;
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let mut cols = line.split('\t');
        let word = cols.next().unwrap_or("").trim();
        let zipf = cols.next().unwrap_or("").trim();
        for r in kb.read_word(word, lang) {
            let listed = language.map_or("-", |l| {
                let w = &l.words;
                if w.function.contains(&r.surface) {
                    "function"
                } else if w.ambiguous_names.contains(&r.surface) {
                    "ambiguous"
                } else if w.compound_names.contains(&r.surface) {
                    "compound"
                } else {
                    "-"
                }
            });
            let ids: Vec<String> = r
                .refs
                .iter()
                .map(|x| {
                    let e = kb.entity(x.entity);
                    format!("{} {}", e.id, e.name)
                })
                .collect();
            let kinds: Vec<String> = r
                .refs
                .iter()
                .map(|x| {
                    let k = kb.entity(x.entity).kind.as_str();
                    match x.kind {
                        dyad_kb::NameKind::Name => k.to_string(),
                        dyad_kb::NameKind::Demonym => format!("{k} demonym"),
                    }
                })
                .collect();
            writeln!(
                out,
                "{word}\t{zipf}\t{}\t{}\t{}\t{}\t{}\t{listed}",
                r.surface,
                r.rule,
                r.pattern,
                ids.join(";"),
                kinds.join(";")
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn kb_import(format: crate::ImportFormat, file: &Path, replace: bool) -> Result<ExitCode> {
    use crate::ImportFormat as F;
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
    if replace {
        let marker = dir.join(dyad_batch::REPLACE_MARKER);
        std::fs::write(
            &marker,
            "The dictionaries in this directory replace dyad's built-in base (dyad kb import --replace-builtin).\n",
        )?;
        println!(
            "{}: this directory now replaces the built-in base",
            marker.display()
        );
    }
    let is_agents = text.lines().filter(|l| l.contains("[~")).take(20).count() >= 10;
    let shown = file.display().to_string();
    let write = |name: String, contents: &str| -> Result<PathBuf> {
        let path = dir.join(name);
        std::fs::write(&path, contents).with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    };
    let out = match format {
        F::CameoAgents => import_agents(&shown, &text, &stem, write)?,
        F::Cameo if is_agents => import_agents(&shown, &text, &stem, write)?,
        F::CameoVerbs => {
            let readings = dyad_kb::cameo_dict::Readings::builtin()?;
            let rep = dyad_kb::cameo_dict::import_verbs(&shown, &text, &readings)?;
            let path = write(format!("{stem}.events.tsv"), &rep.tsv)?;
            println!(
                "imported {} verb blocks: {} verbs, {} patterns, {} synsets -> {} English event rows into {}",
                rep.blocks,
                rep.verbs,
                rep.patterns,
                rep.synsets,
                rep.rows,
                path.display()
            );
            println!("{} distinct codes:", rep.codes.len());
            for (via, n) in rep.by_via() {
                println!("  {n:>4} {}", via.describe());
            }
            if rep.transformations > 0 {
                println!(
                    "{} transformation lines (~) not imported: dyad does not apply them",
                    rep.transformations
                );
            }
            for (line, why) in &rep.skipped {
                eprintln!("{shown}:{line}: pattern not imported: {why}");
            }
            for (line, code) in &rep.unread {
                eprintln!("{shown}:{line}: code {code:?} has no PLOVER reading; the pattern codes nothing");
            }
            path
        }
        F::CameoDiscards => {
            let rep = dyad_kb::cameo_dict::import_discards(&shown, &text)?;
            let path = write(format!("{stem}.discards.tsv"), &rep.tsv)?;
            println!(
                "imported {} sentence and {} story discards into {}",
                rep.sentence,
                rep.story,
                path.display()
            );
            path
        }
        F::Cameo | F::Tsv => {
            let rep = if format == F::Cameo {
                dyad_kb::cameo::import_actors(&stem, &text)
            } else {
                dyad_kb::cameo::import_tsv(&stem, &text)
            };
            for (line, why) in rep.skipped.iter().take(50) {
                eprintln!("{shown}:{line}: skipped: {why}");
            }
            if rep.skipped.len() > 50 {
                eprintln!("… and {} more skipped lines", rep.skipped.len() - 50);
            }
            let path = write(
                format!("{stem}.toml"),
                &dyad_kb::cameo::to_toml(&rep.imported),
            )?;
            println!(
                "imported {} entities with {} names into {}; {} lines skipped",
                rep.entities,
                rep.names,
                path.display(),
                rep.skipped.len()
            );
            path
        }
    };
    println!("the layer is used from the next run on ({})", out.display());
    Ok(ExitCode::SUCCESS)
}

fn import_agents(
    shown: &str,
    text: &str,
    stem: &str,
    write: impl Fn(String, &str) -> Result<PathBuf>,
) -> Result<PathBuf> {
    let rep = dyad_kb::cameo_dict::import_agents(shown, text)?;
    let path = write(format!("{stem}.agents.tsv"), &rep.tsv)?;
    println!(
        "imported {} agents as {} phrases with {} distinct codes into {}",
        rep.agents,
        rep.phrases,
        rep.codes.len(),
        path.display()
    );
    Ok(path)
}

/// One thing `extract` prints: written as a line, or kept for a JSON array.
mod erased {
    use std::io::Write;

    pub trait Json {
        fn write_to(&self, out: &mut dyn Write) -> serde_json::Result<()>;
        fn to_value(&self) -> serde_json::Result<serde_json::Value>;
    }

    impl<T: serde::Serialize> Json for T {
        fn write_to(&self, out: &mut dyn Write) -> serde_json::Result<()> {
            serde_json::to_writer(out, self)
        }
        fn to_value(&self) -> serde_json::Result<serde_json::Value> {
            serde_json::to_value(self)
        }
    }
}
