//! The `dyad` command line: thin glue over the library crates.

mod bench;
mod bench_queries;
mod commands;
mod gdelt;
mod output;
mod relations;
mod serve;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// dyad: multilingual news in, sourced and deduplicated political event data out.
#[derive(Parser)]
#[command(name = "dyad", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExtractFormat {
    Jsonl,
    Json,
}

/// What an input is, when it is not to be told by its name or first bytes.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum InputFormat {
    /// JSON Lines records `{"id","text"|"html",…}`.
    Jsonl,
    /// One plain-text document.
    Text,
    /// One HTML page.
    Html,
    /// A WARC crawl.
    Warc,
}

impl From<InputFormat> for dyad_ingest::Format {
    fn from(f: InputFormat) -> Self {
        match f {
            InputFormat::Jsonl => dyad_ingest::Format::Jsonl,
            InputFormat::Text => dyad_ingest::Format::Text,
            InputFormat::Html => dyad_ingest::Format::Html,
            InputFormat::Warc => dyad_ingest::Format::Warc,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// Every stored document in the `extract` shape, one per line, to stdout.
    Jsonl,
    /// events, events_folded, documents, entities and quotes as hive-partitioned Parquet
    /// files under --out.
    Parquet,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum TableFormat {
    Table,
    Json,
    Csv,
    /// GDELT 2.0 event table: 61 tab-separated columns, no header.
    Gdelt,
    /// GDELT 1.0 daily event files: 58 tab-separated columns, no header.
    Gdelt1,
}

/// Formats of the lists that have no GDELT layout.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest files, folders (recursive), JSONL, WARC, .gz or stdin ('-') into the database.
    Ingest {
        /// Inputs; '-' reads stdin.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[arg(long, env = "DYAD_DB", default_value = "dyad.db")]
        db: PathBuf,
        /// Documents per transaction.
        #[arg(long, default_value_t = 256)]
        batch: usize,
        /// Print no summary at the end.
        #[arg(long)]
        quiet: bool,
        /// Decode every text and HTML input with this encoding (windows-1256, koi8-r, …)
        /// instead of detecting it.
        #[arg(long)]
        encoding: Option<String>,
        /// The language of every document that does not declare its own (a record's
        /// `language`): tr, es-MX, tur, Turkish. Followed where the text is in its script.
        #[arg(long)]
        language: Option<String>,
    },
    /// Extract events from documents and print them; no database. A filter: one output line
    /// per input document or record (a blank JSON Lines line too), in input order, an
    /// unreadable one as a line with its error.
    Extract {
        /// Inputs; '-' (the default) reads stdin.
        #[arg(default_value = "-")]
        inputs: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ExtractFormat,
        /// Read every input as this format instead of by its name or first bytes (`jsonl` for
        /// a stream of records whose first line may be broken, as `RDD.pipe` sends).
        #[arg(long, value_enum)]
        input_format: Option<InputFormat>,
        /// Decode every text and HTML input with this encoding instead of detecting it.
        #[arg(long)]
        encoding: Option<String>,
        /// The language of every document that does not declare its own (a record's
        /// `language`): tr, es-MX, tur, Turkish. Followed where the text is in its script.
        #[arg(long)]
        language: Option<String>,
    },
    /// Run the pipeline again over every stored document (after `kb import`, or a new dyad),
    /// replacing what was found in them.
    Recode {
        #[arg(long, env = "DYAD_DB", default_value = "dyad.db")]
        db: PathBuf,
        /// Documents per transaction.
        #[arg(long, default_value_t = 256)]
        batch: usize,
    },
    /// Problems recorded while ingesting: unreadable inputs and documents' diagnostics.
    Diagnostics {
        #[arg(long, env = "DYAD_DB", default_value = "dyad.db")]
        db: PathBuf,
        /// Only this stage (ingest, store, clean, pipeline, dedup…).
        #[arg(long)]
        stage: Option<String>,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Bring a database written by an older dyad to this version's schema.
    Migrate {
        #[arg(long, env = "DYAD_DB", default_value = "dyad.db")]
        db: PathBuf,
    },
    /// Query stored events.
    Events {
        #[arg(long, env = "DYAD_DB", default_value = "dyad.db")]
        db: PathBuf,
        #[command(flatten)]
        filter: commands::EventFilter,
        #[arg(long, value_enum, default_value = "table")]
        format: TableFormat,
    },
    /// Actors seen in the stored documents, with counts and codes.
    Actors {
        #[arg(long, env = "DYAD_DB", default_value = "dyad.db")]
        db: PathBuf,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// What the database holds: documents, languages, events by type, top dyads.
    Summary {
        #[arg(long, env = "DYAD_DB", default_value = "dyad.db")]
        db: PathBuf,
    },
    /// Write every stored document as JSONL (the `extract` shape) to stdout, or, with
    /// `--format parquet --out DIR`, every table as partitioned Parquet files.
    Export {
        #[arg(long, env = "DYAD_DB", default_value = "dyad.db")]
        db: PathBuf,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ExportFormat,
        /// The folder Parquet files are written to (required with --format parquet).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// A directed dyad per period: counts by type and quad, intensity, net cooperation,
    /// sources, trends (`dyad relations RUS PAK --period month`).
    Relations {
        /// Source: actor code (RUS, RUS.MIL) or entity id or name.
        source: String,
        /// Target, likewise.
        target: String,
        /// day, week, month, quarter or year.
        #[arg(long, default_value = "month")]
        period: String,
        /// Count events in both directions.
        #[arg(long)]
        both: bool,
        #[command(flatten)]
        common: relations::Common,
    },
    /// The actor network over a range: weighted, signed edges.
    Network {
        /// country, actor (country.sector) or entity.
        #[arg(long, default_value = "country")]
        level: String,
        /// Only events involving these actors (repeatable).
        #[arg(long = "actor")]
        actors: Vec<String>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[command(flatten)]
        common: relations::Common,
    },
    /// One actor over time, its counterparts, and its events (`dyad timeline AFG.GOV`).
    Timeline {
        actor: String,
        #[arg(long, default_value = "month")]
        period: String,
        /// Most events listed.
        #[arg(long, default_value_t = 100)]
        limit: usize,
        #[command(flatten)]
        common: relations::Common,
    },
    /// Who said what about whom (`dyad quotes --about AFG`).
    Quotes {
        /// An actor the quote names (code, entity id or name).
        #[arg(long)]
        about: Option<String>,
        /// The speaker (code, entity id or name).
        #[arg(long)]
        speaker: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[command(flatten)]
        common: relations::Common,
    },
    /// The JSON API and the dashboard (http://127.0.0.1:8080/ by default).
    Serve {
        #[arg(long, env = "DYAD_DB", default_value = "dyad.db")]
        db: PathBuf,
        /// Address to bind; anything but a loopback address needs a token.
        #[arg(long, default_value = "127.0.0.1")]
        host: std::net::IpAddr,
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Token for writing (and for reading when not on loopback); else $DYAD_TOKEN.
        #[arg(long)]
        token: Option<String>,
        /// Largest request body, in MB.
        #[arg(long, default_value_t = 50)]
        max_body_mb: usize,
        /// Requests per second per client.
        #[arg(long, default_value_t = 100)]
        rate_limit: u32,
    },
    /// The knowledge base.
    Kb {
        #[command(subcommand)]
        command: KbCommand,
    },
    /// Measure pipeline throughput over a JSONL corpus (one core unless --threads).
    Bench {
        corpus: PathBuf,
        #[arg(long)]
        limit: Option<usize>,
        #[arg(long, default_value_t = 1)]
        threads: usize,
        /// Also time `ingest` of the same corpus (read, pipeline, store) into a new database,
        /// alternating with the pipeline run, and print the ratio, the database's size and the
        /// CPU time per document of each (ingest's split between its reading and writing thread
        /// and the pool).
        #[arg(long)]
        ingest: bool,
        /// Pipeline and ingest runs, alternating, with `--ingest` (medians are printed).
        #[arg(long, default_value_t = 3)]
        rounds: usize,
    },
    /// Time a page of every listing and `summary` on stores of generated events of each size
    /// (built in --dir, or topped up if there already), and print the curve.
    BenchQueries {
        /// Store sizes in events, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "10000,100000,1000000")]
        events: Vec<u64>,
        #[arg(long, default_value = "bench-queries")]
        dir: PathBuf,
        /// Timed runs of each query (the median is printed), after one warm-up.
        #[arg(long, default_value_t = 9)]
        runs: usize,
    },
}

#[derive(Subcommand)]
enum KbCommand {
    /// Sizes of the knowledge base and lexicons.
    Stats,
    /// Every entity whose name matches, with its dated roles.
    Lookup { query: String },
    /// The words of a list that the name matcher reads as a name of the base in a language
    /// (with its clitics, endings and name stems), to find names that are also common words.
    ///
    /// Reads lines `word<TAB>zipf` (the frequency is optional and copied through) from FILE or
    /// stdin; prints one tab-separated row per reading: word, zipf, surface (what
    /// `ambiguous_names` lists), rule, pattern, entity ids, kinds, listed (function, ambiguous,
    /// compound or -).
    Words {
        /// The language's ISO 639 code.
        #[arg(long)]
        lang: String,
        file: Option<PathBuf>,
    },
    /// Import a dictionary as a layer over the built-in base (written as TOML into the
    /// knowledge-base directory: $DYAD_KB_DIR, else ~/.local/share/dyad/kb).
    ///
    /// Formats: `cameo` (actors; an agents file is recognised), `cameo-agents`, `cameo-verbs`
    /// (verb blocks, synsets and patterns with their codes, read into PLOVER through PLOVER's
    /// CAMEO crosswalk), `cameo-discards`, `tsv`. Prints what went where; a line it cannot
    /// read fails the import with its file and line.
    Import {
        #[arg(long, value_enum)]
        format: ImportFormat,
        file: PathBuf,
        /// The dictionary directory replaces the built-in base (entities, places, English event
        /// and role words) instead of adding to it, for every later run on this directory.
        #[arg(long)]
        replace_builtin: bool,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ImportFormat {
    /// PETRARCH/CAMEO actor dictionaries (Phoenix.*.actors.txt) or agents (Phoenix.agents.txt).
    Cameo,
    /// A PETRARCH/CAMEO agents dictionary (Phoenix.agents.txt).
    CameoAgents,
    /// A PETRARCH/CAMEO verb dictionary (CAMEO.2.0.txt).
    CameoVerbs,
    /// A PETRARCH/CAMEO discards dictionary (Phoenix.discards.txt).
    CameoDiscards,
    /// name, kind, actor, from, to, aliases (tab-separated, with a header row).
    Tsv,
}

fn main() -> ExitCode {
    quiet_on_broken_pipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ingest {
            inputs,
            db,
            batch,
            quiet,
            encoding,
            language,
        } => commands::ingest(
            &inputs,
            &db,
            batch.max(1),
            quiet,
            encoding.as_deref(),
            language.as_deref(),
        ),
        Command::Extract {
            inputs,
            format,
            input_format,
            encoding,
            language,
        } => commands::extract(
            &inputs,
            format,
            input_format,
            encoding.as_deref(),
            language.as_deref(),
        ),
        Command::Recode { db, batch } => commands::recode(&db, batch.max(1)),
        Command::Diagnostics {
            db,
            stage,
            format,
            limit,
        } => commands::diagnostics(&db, stage.as_deref(), format, limit),
        Command::Migrate { db } => commands::migrate(&db),
        Command::Events { db, filter, format } => commands::events(&db, filter, format),
        Command::Actors { db, format, limit } => commands::actors(&db, format, limit),
        Command::Summary { db } => commands::summary(&db),
        Command::Export { db, format, out } => commands::export(&db, format, out.as_deref()),
        Command::Relations {
            source,
            target,
            period,
            both,
            common,
        } => relations::relations(&source, &target, &period, both, &common),
        Command::Network {
            level,
            actors,
            limit,
            common,
        } => relations::network(&level, &actors, limit, &common),
        Command::Timeline {
            actor,
            period,
            limit,
            common,
        } => relations::timeline(&actor, &period, limit, &common),
        Command::Quotes {
            about,
            speaker,
            limit,
            common,
        } => relations::quotes(about, speaker, limit, &common),
        Command::Serve {
            db,
            host,
            port,
            token,
            max_body_mb,
            rate_limit,
        } => serve::serve(serve::ServeArgs {
            db,
            host,
            port,
            token,
            max_body_mb,
            rate_limit,
        }),
        Command::Kb {
            command: KbCommand::Stats,
        } => commands::kb_stats(),
        Command::Kb {
            command: KbCommand::Lookup { query },
        } => commands::kb_lookup(&query),
        Command::Kb {
            command: KbCommand::Words { lang, file },
        } => commands::kb_words(&lang, file.as_deref()),
        Command::Kb {
            command:
                KbCommand::Import {
                    format,
                    file,
                    replace_builtin,
                },
        } => commands::kb_import(format, &file, replace_builtin),
        Command::Bench {
            corpus,
            limit,
            threads,
            ingest,
            rounds,
        } => bench::run(&corpus, limit, threads, ingest.then_some(rounds)),
        Command::BenchQueries { events, dir, runs } => bench_queries::run(&events, &dir, runs),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`dyad events | head`): nothing left to say to anyone.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dyad: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .and_then(|j| j.io_error_kind())
                .is_some_and(|k| k == std::io::ErrorKind::BrokenPipe)
            || matches!(c.downcast_ref::<dyad_store::StoreError>(),
                Some(dyad_store::StoreError::Io(io)) if io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// `println!` panics when stdout is a closed pipe; for a command line that is the reader
/// having seen enough, so end quietly instead of printing a panic. Other panics keep the
/// default report.
fn quiet_on_broken_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.starts_with("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}
