//! `dyad serve`: the API and dashboard, with the pipeline behind `POST /api/documents`.

use anyhow::{Context as _, Result};
use dyad_core::Diagnostic;
use dyad_ingest::read_stream;
use dyad_pipeline::dedup::{simhash, DedupIndex};
use dyad_pipeline::Context;
use dyad_server::{Config, DocMeta, Ingest, IngestReport, InputKind};
use dyad_store::Store;
use rayon::prelude::*;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex, OnceLock};

/// Most problems listed in one response (the rest are counted).
const MAX_LISTED_ERRORS: usize = 100;

/// The pipeline, built on the first ingest request (start-up stays fast for reading).
struct PipelineIngest {
    ctx: OnceLock<Result<Context, String>>,
    dedup: Mutex<DedupIndex>,
    batch: usize,
}

impl Ingest for PipelineIngest {
    fn ingest(
        &self,
        store: &mut Store,
        body: &[u8],
        kind: InputKind,
        meta: &DocMeta,
    ) -> std::result::Result<IngestReport, String> {
        let ctx = self
            .ctx
            .get_or_init(|| crate::commands::build_context().map_err(|e| format!("{e:#}")))
            .as_ref()
            .map_err(Clone::clone)?;
        let label = match kind {
            InputKind::Jsonl => "request.jsonl",
            InputKind::Text => "request.txt",
            InputKind::Html => "request.html",
        };
        let single = kind != InputKind::Jsonl;
        let mut report = IngestReport::default();
        let mut pending = Vec::new();
        let flush = |store: &mut Store,
                     pending: &mut Vec<dyad_core::RawDocument>,
                     report: &mut IngestReport|
         -> std::result::Result<(), String> {
            let mut docs: Vec<dyad_core::Document> = pending
                .par_drain(..)
                .map(|r| crate::commands::process(ctx, r))
                .collect();
            if let Ok(mut dedup) = self.dedup.lock() {
                for d in &mut docs {
                    if let Some(orig) = dedup.check(simhash(&d.text), &d.raw.id) {
                        d.diagnostics.push(Diagnostic {
                            stage: "dedup",
                            message: format!("near-duplicate of {orig}"),
                        });
                    }
                }
            }
            let stats = store.write_batch(&docs).map_err(|e| e.to_string())?;
            report.inserted += stats.inserted;
            report.skipped_existing += stats.skipped_existing;
            report.failed += stats.failed;
            Ok(())
        };
        for item in read_stream(std::io::Cursor::new(body.to_vec()), label) {
            match item {
                Ok(mut raw) => {
                    if single {
                        // What the request said about its one document wins over what was found.
                        raw.id = meta.id.clone().unwrap_or(raw.id);
                        raw.url = meta.url.clone().or(raw.url);
                        raw.title = meta.title.clone().or(raw.title);
                        raw.source = meta.source.clone().or(raw.source);
                        raw.published = meta.published.clone().or(raw.published);
                    }
                    if store.contains(&raw.hash).map_err(|e| e.to_string())? {
                        report.skipped_existing += 1;
                        continue;
                    }
                    pending.push(raw);
                }
                Err(e) => {
                    report.unreadable += 1;
                    let _ = store.record_error(e.path(), &e.to_string());
                    if report.errors.len() < MAX_LISTED_ERRORS {
                        report.errors.push(e.to_string());
                    }
                }
            }
            if pending.len() >= self.batch {
                flush(store, &mut pending, &mut report)?;
            }
        }
        flush(store, &mut pending, &mut report)?;
        if report.unreadable > report.errors.len() {
            let more = report.unreadable - report.errors.len();
            report.errors.push(format!("… and {more} more"));
        }
        Ok(report)
    }
}

pub struct ServeArgs {
    pub db: PathBuf,
    pub host: IpAddr,
    pub port: u16,
    pub token: Option<String>,
    pub max_body_mb: usize,
    pub rate_limit: u32,
}

pub fn serve(a: ServeArgs) -> Result<ExitCode> {
    let token = a
        .token
        .or_else(|| std::env::var("DYAD_TOKEN").ok())
        .filter(|t| !t.trim().is_empty());
    if !a.db.exists() {
        eprintln!(
            "dyad: {} does not exist yet; serving an empty database (POST /api/documents or `dyad ingest` fills it)",
            a.db.display()
        );
    }
    let config = Config {
        db: a.db.clone(),
        addr: SocketAddr::new(a.host, a.port),
        token: token.clone(),
        body_limit: a.max_body_mb.saturating_mul(1024 * 1024),
        rate_limit: a.rate_limit,
        ingest: Some(Arc::new(PipelineIngest {
            ctx: OnceLock::new(),
            dedup: Mutex::new(DedupIndex::new()),
            batch: 256,
        })),
    };
    let db = a.db.display().to_string();
    dyad_server::run(config, |addr| {
        println!("dyad: serving {db} at http://{addr}/  (API: /api/, OpenAPI: /api/openapi.json; Ctrl-C stops)");
        if token.is_none() {
            println!("dyad: no token set: reading only (POST /api/documents needs --token or DYAD_TOKEN)");
        }
    })
    .with_context(|| format!("serving {db}"))?;
    Ok(ExitCode::SUCCESS)
}
