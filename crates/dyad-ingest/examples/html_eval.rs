//! Main-content extraction on the scrapinghub article-extraction-benchmark (181 news pages):
//! reads the folder of pages as `dyad ingest` does ([`dyad_ingest::read_inputs`]: gunzip,
//! charset, extraction on rayon's pool), times it, writes predictions as `{"id", "text"}` JSON
//! Lines and scores them with `extraction_eval.py`.
//!
//! From the repository root, one command:
//!
//! ```text
//! cargo run --release -p dyad-ingest --example html_eval
//! ```
//!
//! Arguments (all optional): `[DATA_DIR] [OUT.jsonl] [PASSES] [THREADS]`; defaults
//! `../shared/data/article-extraction-benchmark`, `target/html_eval/pred.jsonl`, 3, and as many
//! threads as the machine has cores (as `dyad ingest` uses). `DYAD_HTML_EXTRACTOR=own` or
//! `=crate` measures one extractor alone (default: `auto`, as `dyad ingest` runs; see
//! `dyad_ingest::HtmlExtractor`); the output says how many pages each extractor took. The scorer
//! is `$EXTRACTION_EVAL`, else `DATA_DIR/../../tools/extraction_eval.py`; without it the
//! predictions are only written (score them with
//! `python3 extraction_eval.py --data DATA_DIR --pred OUT.jsonl`).
//!
//! Side by side with `../shared/tools/extraction_baseline.sh` (Python trafilatura 2.3.1,
//! defaults, one process; its pages/s excludes reading), runs alternated in the same minutes on
//! the shared 2-core machine: see the table in `src/html.rs` for the current figures (dyad's own
//! finder with the crate as its fallback). Before that finder, with the crate alone and one
//! thread: 1.9 to 2.1 times Python's pages/s over six rounds.
//! Two threads got no more: other sessions kept both cores busy and the kernel shares CPU
//! between sessions, not threads (the two workers did run side by side, 96% of the CPU time
//! between them); on a free machine a read-ahead of 8 pages per thread makes two threads about
//! 1.95 times as fast as one (from the pages' measured times).
//!
//! Measured earlier, before dyad's own finder, on the 2-core dev machine (release build, one
//! thread; pages already gunzipped):
//!
//! | extractor (settings) | F1 | precision | recall | pages/s |
//! |---|---|---|---|---|
//! | `dyad_ingest::read_html` (this example: the row below + metadata + paragraph breaks, without the headline and story cards) | 0.972 | 0.964 | 0.979 | ~100 |
//! | `trafilatura` 0.6, fallback + favour precision (**ours**) | 0.969 | 0.958 | 0.980 | ~90 |
//! | `trafilatura` 0.6, fallback, balanced | 0.960 | 0.939 | 0.981 | ~87 |
//! | `trafilatura` 0.6, defaults (no fallback) | 0.957 | 0.939 | 0.975 | ~165 |
//! | `rs-trafilatura` 0.2, defaults | 0.957 | 0.927 | 0.990 | ~72 |
//! | `rs-trafilatura` 0.2, favour precision | 0.948 | 0.929 | 0.968 | ~75 |
//! | Python trafilatura 2.3.1, defaults | 0.960 | 0.942 | 0.978 | ~51 |
//! | Python trafilatura 2.3.1, favour precision | 0.964 | 0.958 | 0.971 | ~50 |
//!
//! `read_html` also scans the page's metadata, so its pages/s is a little below the bare
//! extractor's.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = PathBuf::from(
        args.first()
            .map_or("../shared/data/article-extraction-benchmark", |s| s),
    );
    let out = PathBuf::from(args.get(1).map_or("target/html_eval/pred.jsonl", |s| s));
    let passes: usize = args.get(2).map_or(Ok(3), |s| s.parse())?;
    let threads: usize = match args.get(3) {
        Some(t) => t.parse()?,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    // rayon's global pool, as `dyad ingest` has it: this thread reads, the pool extracts.
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build_global()?;
    // Which extractor: `auto` (as `dyad ingest`), `own` or `crate`, to measure each path.
    let which = match std::env::var("DYAD_HTML_EXTRACTOR").as_deref() {
        Ok("own") => dyad_ingest::HtmlExtractor::Own,
        Ok("crate") => dyad_ingest::HtmlExtractor::Crate,
        _ => dyad_ingest::HtmlExtractor::Auto,
    };
    dyad_ingest::set_html_extractor(which);

    let html = data.join("html");
    let mut texts = Vec::new();
    let mut seconds = Vec::new();
    for pass in 1..=passes.max(1) {
        let start = Instant::now();
        texts = read(&html);
        let s = start.elapsed().as_secs_f64();
        eprintln!(
            "pass {pass}: {} pages in {s:.2} s = {:.1} pages/s",
            texts.len(),
            texts.len() as f64 / s
        );
        seconds.push(s);
    }
    if texts.is_empty() {
        return Err(format!("no html/*.html.gz under {}", data.display()).into());
    }
    seconds.sort_by(f64::total_cmp);
    let median = seconds[seconds.len() / 2];
    println!(
        "dyad-ingest read_inputs: {:.1} pages/s (median of {} passes, {threads} thread{}), empty outputs {}",
        texts.len() as f64 / median,
        seconds.len(),
        if threads == 1 { "" } else { "s" },
        texts.iter().filter(|(_, t)| t.trim().is_empty()).count()
    );
    let (own, by_crate) = dyad_ingest::html_extractor_counts();
    println!(
        "extractor {which:?}: own main text {own} pages, trafilatura crate {by_crate} ({:.1}% fallback)",
        100.0 * by_crate as f64 / (own + by_crate).max(1) as f64
    );

    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut w = std::io::BufWriter::new(std::fs::File::create(&out)?);
    for (id, text) in &texts {
        writeln!(w, "{}", serde_json::json!({ "id": id, "text": text }))?;
    }
    w.flush()?;
    eprintln!("predictions in {}", out.display());

    let scorer = std::env::var_os("EXTRACTION_EVAL")
        .map(PathBuf::from)
        .unwrap_or_else(|| data.join("../../tools/extraction_eval.py"));
    if scorer.is_file() {
        let status = std::process::Command::new("python3")
            .arg(&scorer)
            .arg("--data")
            .arg(&data)
            .arg("--pred")
            .arg(&out)
            .status()?;
        if !status.success() {
            return Err(format!("{} failed", scorer.display()).into());
        }
    } else {
        eprintln!(
            "no scorer at {}: set EXTRACTION_EVAL to score",
            scorer.display()
        );
    }
    Ok(())
}

/// `(id, main text)` of every page under `dir` (`<id>.html.gz`), read as `dyad ingest` reads a
/// folder; a page with no main text (an error to ingest) is an empty prediction.
fn read(dir: &Path) -> Vec<(String, String)> {
    let id = |path: &str| {
        let name = Path::new(path).file_name().unwrap_or_default();
        let name = name.to_string_lossy();
        name.split('.').next().unwrap_or_default().to_string()
    };
    dyad_ingest::read_inputs(&[dir.to_path_buf()])
        .map(|d| match d {
            Ok(doc) => (id(&doc.id), doc.text),
            Err(e) => {
                eprintln!("{e}");
                (id(e.path()), String::new())
            }
        })
        .collect()
}
