//! Main-content extraction on the scrapinghub article-extraction-benchmark (181 news pages):
//! runs [`dyad_ingest::read_html`] over every page, single thread, times it, writes predictions
//! as `{"id", "text"}` JSON Lines and scores them with `extraction_eval.py`.
//!
//! From the repository root, one command:
//!
//! ```text
//! cargo run --release -p dyad-ingest --example html_eval
//! ```
//!
//! Arguments (all optional): `[DATA_DIR] [OUT.jsonl] [PASSES]`; defaults
//! `../shared/data/article-extraction-benchmark`, `target/html_eval/pred.jsonl`, 3. The scorer
//! is `$EXTRACTION_EVAL`, else `DATA_DIR/../../tools/extraction_eval.py`; without it the
//! predictions are only written (score them with
//! `python3 extraction_eval.py --data DATA_DIR --pred OUT.jsonl`).
//!
//! Measured on the 2-core dev machine (release build, one thread; pages already gunzipped):
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

use std::io::{Read, Write};
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

    let pages = load(&data.join("html"))?;
    if pages.is_empty() {
        return Err(format!("no html/*.html.gz under {}", data.display()).into());
    }
    let mut texts = Vec::new();
    let mut seconds = Vec::new();
    for pass in 1..=passes.max(1) {
        let start = Instant::now();
        texts = pages
            .iter()
            .map(|(id, html)| {
                let origin = dyad_ingest::Origin {
                    id: Some(id.clone()),
                    ..Default::default()
                };
                dyad_ingest::read_html(html, &origin).text
            })
            .collect();
        let s = start.elapsed().as_secs_f64();
        eprintln!(
            "pass {pass}: {} pages in {s:.2} s = {:.1} pages/s",
            pages.len(),
            pages.len() as f64 / s
        );
        seconds.push(s);
    }
    seconds.sort_by(f64::total_cmp);
    let median = seconds[seconds.len() / 2];
    println!(
        "dyad-ingest read_html: {:.1} pages/s (median of {} passes, one thread), empty outputs {}",
        pages.len() as f64 / median,
        seconds.len(),
        texts.iter().filter(|t| t.trim().is_empty()).count()
    );

    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut w = std::io::BufWriter::new(std::fs::File::create(&out)?);
    for ((id, _), text) in pages.iter().zip(&texts) {
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

/// Every `html/<id>.html.gz`, gunzipped, sorted by id.
fn load(dir: &Path) -> Result<Vec<(String, String)>, Box<dyn std::error::Error>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    paths.sort();
    let mut pages = Vec::new();
    for p in paths {
        let name = p.file_name().unwrap_or_default().to_string_lossy();
        let id = name.split('.').next().unwrap_or_default().to_string();
        let mut html = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&p)?).read_to_string(&mut html)?;
        pages.push((id, html));
    }
    Ok(pages)
}
