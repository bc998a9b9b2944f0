//! `dyad bench`: throughput of the whole text pipeline (clean → events) over a JSONL corpus,
//! on a given number of threads (one core by default). Documents are read into memory first so
//! that only the pipeline is timed.

use crate::commands::{build_context, process};
use anyhow::{Context as _, Result};
use dyad_ingest::read_inputs;
use rayon::prelude::*;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

pub fn run(corpus: &Path, limit: Option<usize>, threads: usize) -> Result<ExitCode> {
    let t0 = Instant::now();
    let ctx = build_context()?;
    let load = t0.elapsed();
    let today = jiff::Zoned::now().date();
    let docs: Vec<_> = read_inputs(&[corpus.to_path_buf()])
        .filter_map(Result::ok)
        .take(limit.unwrap_or(usize::MAX))
        .map(|mut d| {
            d.ingested = Some(today);
            d
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build()
        .context("thread pool")?;
    let n = docs.len();
    let t = Instant::now();
    let (events, entities) = pool.install(|| {
        docs.into_par_iter()
            .map(|raw| {
                let d = process(&ctx, raw);
                (d.events.len(), d.entities.len())
            })
            .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    });
    let secs = t.elapsed().as_secs_f64();
    println!(
        "knowledge base and lexicons loaded in {:.0} ms",
        load.as_secs_f64() * 1000.0
    );
    let stats = ctx.kb.stats();
    println!(
        "knowledge base: {} entities, {} names ({} distinct phrases); name matching {:.1} MB/s on one core",
        stats.entities,
        stats.names,
        stats.distinct_phrases,
        name_matching_mb_s(&ctx, corpus, limit)
    );
    println!(
        "{n} documents, {:.1} MB, {threads} thread(s): {:.2} s, {:.0} documents/s, {:.2} MB/s; {events} events, {entities} entities",
        bytes as f64 / 1e6,
        secs,
        n as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    Ok(ExitCode::SUCCESS)
}

/// Throughput of the knowledge-base name matcher alone (normalise + match), one core.
fn name_matching_mb_s(ctx: &dyad_pipeline::Context, corpus: &Path, limit: Option<usize>) -> f64 {
    let texts: Vec<String> = read_inputs(&[corpus.to_path_buf()])
        .filter_map(Result::ok)
        .take(limit.unwrap_or(usize::MAX).min(2000))
        .map(|d| d.text)
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let t = Instant::now();
    let mut found = 0usize;
    for text in &texts {
        let norm = dyad_kb::normalize(text);
        found += ctx
            .kb
            .find_names(&norm, text, &dyad_kb::Affixes::none())
            .len();
    }
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    std::hint::black_box(found);
    bytes as f64 / 1e6 / secs
}
