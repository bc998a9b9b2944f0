//! `POST /api/documents` through the same batch runner as `dyad ingest` (dyad-batch).

use crate::{DocMeta, Ingest, IngestReport, InputKind};
use dyad_ingest::{read_stream_as, Format, ReadOptions};
use dyad_pipeline::Context;
use dyad_store::AnyStore;
use std::sync::OnceLock;

/// Most problems listed one by one in a response (the rest are counted).
const MAX_LISTED_ERRORS: usize = 100;

/// The pipeline with the knowledge base and its imported layers, built on the first request
/// (so a server that only reads starts at once).
pub struct PipelineIngest {
    ctx: OnceLock<Result<Context, String>>,
    batch: usize,
}

impl PipelineIngest {
    pub fn new() -> PipelineIngest {
        PipelineIngest {
            ctx: OnceLock::new(),
            batch: 256,
        }
    }
}

impl Default for PipelineIngest {
    fn default() -> Self {
        PipelineIngest::new()
    }
}

impl Ingest for PipelineIngest {
    fn ingest(
        &self,
        store: &mut AnyStore,
        body: &[u8],
        kind: InputKind,
        meta: &DocMeta,
    ) -> Result<IngestReport, String> {
        let ctx = self
            .ctx
            .get_or_init(|| dyad_batch::build_context().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(Clone::clone)?;
        let (format, label) = match kind {
            InputKind::Jsonl => (Format::Jsonl, "request.jsonl"),
            InputKind::Text => (Format::Text, "request.txt"),
            InputKind::Html => (Format::Html, "request.html"),
        };
        let single = kind != InputKind::Jsonl;
        let meta = meta.clone();
        let items = read_stream_as(
            std::io::Cursor::new(body.to_vec()),
            Some(format),
            label,
            ReadOptions::default(),
        )
        .map(move |item| {
            item.map(|mut raw| {
                if single {
                    // What the request says about its one document wins over what was found.
                    if let Some(id) = &meta.id {
                        raw.id = id.clone();
                        raw.key = Some(id.clone());
                    }
                    raw.url = meta.url.clone().or(raw.url);
                    raw.title = meta.title.clone().or(raw.title);
                    raw.source = meta.source.clone().or(raw.source);
                    raw.published = meta.published.clone().or(raw.published);
                }
                raw
            })
        });
        let mut errors = Vec::new();
        // The clock is read here, at the edge: to the stages the ingest date is an input.
        let today = jiff::Zoned::now().date();
        let stats = dyad_batch::ingest(ctx, store, items, self.batch, today, |p| {
            let line = match p {
                dyad_batch::Progress::Problem {
                    error,
                    reported: true,
                } => error.to_string(),
                dyad_batch::Progress::Unreported { input, message } => {
                    format!("{input}: {message}")
                }
                _ => return,
            };
            if errors.len() < MAX_LISTED_ERRORS {
                errors.push(line);
            }
        })
        .map_err(|e| e.to_string())?;
        Ok(IngestReport {
            inserted: stats.inserted,
            replaced: stats.replaced,
            skipped_existing: stats.skipped_existing,
            unreadable: usize::try_from(stats.bad_documents + stats.unreadable_inputs)
                .unwrap_or(usize::MAX),
            failed: stats.failed,
            errors,
        })
    }
}
