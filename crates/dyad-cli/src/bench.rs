//! `dyad bench`: throughput of the whole text pipeline (clean → events) over a JSONL corpus,
//! on a given number of threads (one core by default). Documents are read into memory first so
//! that only the pipeline is timed.
//!
//! Reading the corpus is timed on its own: for a folder of HTML pages (or JSONL with `html`)
//! that is main-text extraction, in parallel on the same threads, and the line says how many
//! pages took dyad's own main-text finder and how many the `trafilatura` crate's extractor.
//!
//! With `--ingest`, `dyad ingest` of the same corpus (reading the file, the pipeline, the
//! store) into a new database in the temporary folder is timed too, on the same threads,
//! alternating with the pipeline run so that both see the same machine: its documents per
//! second against the pipeline's is what ingest loses to reading and writing. On a machine
//! shared with other work the wall clock says little, so the CPU time each run used is printed
//! too (on Linux): all threads together, and how much of it was the thread that reads and
//! writes.

use crate::commands::{build_context, process};
use anyhow::{Context as _, Result};
use dyad_ingest::read_inputs;
use dyad_store::Store;
use rayon::prelude::*;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

pub fn run(
    corpus: &Path,
    limit: Option<usize>,
    threads: usize,
    ingest_rounds: Option<usize>,
) -> Result<ExitCode> {
    // The global pool, not one of our own: ingest's pipeline thread uses it too.
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build_global()
        .context("thread pool")?;
    let t0 = Instant::now();
    // Leaked: the process ends after the benchmark, and freeing the knowledge base's many small
    // allocations one by one would cost a tenth of the run (as in `ingest` and `extract`).
    let ctx: &'static _ = Box::leak(Box::new(build_context()?));
    let load = t0.elapsed();
    let today = jiff::Zoned::now().date();
    let read = || {
        read_inputs(&[corpus.to_path_buf()])
            .filter_map(Result::ok)
            .take(limit.unwrap_or(usize::MAX))
    };
    let t_read = Instant::now();
    let docs: Vec<_> = read()
        .map(|mut d| {
            d.ingested = Some(today);
            d
        })
        .collect();
    let read_secs = t_read.elapsed().as_secs_f64();
    let (own_html, crate_html) = dyad_ingest::html_extractor_counts();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let n = docs.len();
    let pipeline = || {
        let t = Instant::now();
        let cpu = Cpu::now();
        let found = docs
            .par_iter()
            .map(|raw| {
                let d = process(ctx, raw.clone());
                (d.events.len(), d.entities.len())
            })
            .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        (t.elapsed().as_secs_f64(), found, cpu.since())
    };
    let (secs, (events, entities), pipe_cpu) = pipeline();
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
        name_matching_mb_s(ctx, corpus, limit)
    );
    let html_pages = own_html + crate_html;
    if html_pages > 0 {
        println!(
            "read {n} documents in {read_secs:.2} s ({:.0}/s, {threads} thread(s)), {html_pages} of them HTML pages: main text by dyad's own finder {own_html}, by the trafilatura crate {crate_html} ({:.1}%)",
            n as f64 / read_secs,
            100.0 * crate_html as f64 / html_pages as f64
        );
    }
    println!(
        "{n} documents, {:.1} MB, {threads} thread(s): {:.2} s, {:.0} documents/s, {:.2} MB/s; {events} events, {entities} entities",
        bytes as f64 / 1e6,
        secs,
        n as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    let Some(rounds) = ingest_rounds else {
        return Ok(ExitCode::SUCCESS);
    };
    let dir = std::env::temp_dir().join(format!("dyad-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let ingest = |round: usize| -> Result<(f64, u64, usize, Option<Cpu>)> {
        let db = dir.join(format!("round-{round}.db"));
        let mut store = Store::open(&db)?;
        let t = Instant::now();
        let cpu = Cpu::now();
        let stats = dyad_batch::ingest(ctx, &mut store, read().map(Ok), 256, today, |_| {})?;
        // Closing checkpoints the write-ahead log into the file: part of the ingest.
        drop(store);
        let secs = t.elapsed().as_secs_f64();
        let cpu = cpu.since();
        let size = std::fs::metadata(&db)?.len();
        std::fs::remove_file(&db)?;
        Ok((secs, size, stats.inserted, cpu))
    };
    let mut pipe_secs = vec![secs];
    let mut pipe_cpus: Vec<Option<Cpu>> = vec![pipe_cpu];
    let mut ingest_secs = Vec::new();
    let mut ingest_cpus = Vec::new();
    let mut sizes = Vec::new();
    for round in 0..rounds.max(1) {
        let (s, size, inserted, cpu) = ingest(round)?;
        ingest_secs.push(s);
        ingest_cpus.push(cpu);
        sizes.push(size as f64 / inserted.max(1) as f64);
        if round + 1 < rounds {
            let (s, _, cpu) = pipeline();
            pipe_secs.push(s);
            pipe_cpus.push(cpu);
        }
    }
    let _ = std::fs::remove_dir(&dir);
    let (p, i) = (median(&mut pipe_secs), median(&mut ingest_secs));
    println!(
        "ingest of the same {n} documents into a new database, {threads} thread(s), median of {} rounds alternating with the pipeline: {:.2} s, {:.0} documents/s = {:.0}% of the pipeline's {:.0}; database {:.1} KB per document",
        ingest_secs.len(),
        i,
        n as f64 / i,
        100.0 * p / i,
        n as f64 / p,
        median(&mut sizes) / 1000.0
    );
    let pipe_cpus: Option<Vec<Cpu>> = pipe_cpus.into_iter().collect();
    let ingest_cpus: Option<Vec<Cpu>> = ingest_cpus.into_iter().collect();
    if let (Some(p), Some(i)) = (pipe_cpus, ingest_cpus) {
        let per_doc = |v: Vec<f64>| median(&mut v.clone()) * 1e6 / n.max(1) as f64;
        let p = per_doc(p.iter().map(|c| c.all).collect());
        let own = per_doc(i.iter().map(|c| c.own).collect());
        let all = per_doc(i.iter().map(|c| c.all).collect());
        println!(
            "CPU time per document (all threads; another program on the machine changes it less than the wall clock): pipeline {p:.0} µs, ingest {all:.0} µs = {:.0}% of the pipeline's documents/s if the CPU were all that limited it; the reading and writing thread (reading, SQLite, the link step, closing) {own:.0} µs, the pool (the pipeline, packing) {:.0} µs",
            100.0 * p / all.max(1e-9),
            all - own
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// CPU time used from a moment on (Linux `/proc`, in its 10 ms ticks), in seconds: by every
/// thread of the process, and by the calling thread alone.
#[derive(Debug, Clone, Copy)]
struct Cpu {
    all: f64,
    own: f64,
}

impl Cpu {
    /// `None` where `/proc` does not say.
    fn now() -> Option<Cpu> {
        Some(Cpu {
            all: cpu_secs("/proc/self/stat")?,
            own: cpu_secs("/proc/thread-self/stat")?,
        })
    }
}

trait Since {
    fn since(&self) -> Option<Cpu>;
}

impl Since for Option<Cpu> {
    fn since(&self) -> Option<Cpu> {
        let (start, end) = ((*self)?, Cpu::now()?);
        Some(Cpu {
            all: end.all - start.all,
            own: end.own - start.own,
        })
    }
}

/// User and system time of a `/proc/…/stat` file, in seconds.
fn cpu_secs(path: &str) -> Option<f64> {
    stat_secs(&std::fs::read_to_string(path).ok()?)
}

/// User and system time in the text of a `/proc/…/stat` file, in seconds.
fn stat_secs(stat: &str) -> Option<f64> {
    // The fields after the command name, which is in parentheses and may hold spaces and
    // parentheses: the 12th and 13th are user and system time, in ticks of 1/100 s (USER_HZ
    // on Linux).
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<u64>().ok();
    Some((ticks(11)? + ticks(12)?) as f64 / 100.0)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_time_is_read_after_the_command_name() {
        // pid, command (with a space and a parenthesis), state, then fields 4 to 17.
        let line = "4242 (dy (ad) x) R 1 4242 4242 0 -1 4194560 900 0 0 0 250 50 7 3 20 0 3 0";
        assert_eq!(stat_secs(line), Some(3.0));
        // A line cut short, or with a word where a count belongs, says nothing.
        assert_eq!(stat_secs("4242 (dyad) R 1 4242"), None);
        assert_eq!(
            stat_secs("4242 (dyad) R 1 4242 4242 0 -1 4194560 900 0 0 0 x 50"),
            None
        );
        // On Linux: a thread (read first) has used no more CPU than its whole process.
        if let (Some(a), Some(b)) = (
            cpu_secs("/proc/thread-self/stat"),
            cpu_secs("/proc/self/stat"),
        ) {
            assert!(a >= 0.0 && b >= a, "{a} {b}");
        }
    }
}
