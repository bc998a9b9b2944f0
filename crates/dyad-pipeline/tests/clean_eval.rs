//! The cleaning test set (`tests/fixtures/clean/`): pages and texts written for dyad in twelve
//! languages, each with the text that must be kept after cleaning (`<case>.kept.txt`: the
//! title once and the article's prose). Plain texts are `<case>.txt`; HTML pages are
//! `<case>.html`, read by ingest first (cleaning then works on their extracted text).
//!
//! Every non-empty line of the input is article (it is in the kept text, in order) or debris.
//! Scored in characters, per language and overall:
//! - **kept-prose recall**: the share of the article's characters that cleaning kept;
//! - **debris precision**: the share of the removed characters that were debris;
//! - debris recall (for information): the share of the debris that was removed.
//!
//! Gates: recall ≥ 0.99 and precision ≥ 0.95 overall. Runs in `cargo test` (no harness:
//! it prints its table), or alone: `cargo test --release -p dyad-pipeline --test clean_eval`.
//!
//! A second check on text nobody wrote for dyad: the 181 true article bodies of the
//! article-extraction benchmark (`../shared/data/article-extraction-benchmark`, when present)
//! are prose; cleaning must keep at least 99% of their characters (what it takes out there is
//! bare urls, credits and copyright lines the benchmark counts as body).

use dyad_pipeline::clean::Cleaner;
use dyad_pipeline::time::TimeLexicon;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const MIN_RECALL: f64 = 0.99;
const MIN_PRECISION: f64 = 0.95;
const MIN_BENCHMARK_KEPT: f64 = 0.99;

/// The share of the benchmark's true article bodies that cleaning keeps, if the data is there.
fn benchmark_kept(cleaner: &Cleaner, time: &TimeLexicon) -> Option<(usize, f64)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/article-extraction-benchmark/ground-truth.json");
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    let (mut total, mut removed, mut docs) = (0usize, 0usize, 0usize);
    for v in truth.as_object()?.values() {
        let body = v["articleBody"].as_str().unwrap_or_default();
        docs += 1;
        total += body.chars().count();
        removed += cleaner
            .clean(body, time)
            .removed
            .iter()
            .map(|r| r.span.of(body).chars().count())
            .sum::<usize>();
    }
    Some((docs, 1.0 - ratio(removed, total)))
}

#[derive(Default, Clone, Copy)]
struct Tally {
    cases: usize,
    exact: usize,
    article: usize,
    article_kept: usize,
    debris: usize,
    debris_removed: usize,
    removed: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.cases += o.cases;
        self.exact += o.exact;
        self.article += o.article;
        self.article_kept += o.article_kept;
        self.debris += o.debris;
        self.debris_removed += o.debris_removed;
        self.removed += o.removed;
    }
    fn recall(&self) -> f64 {
        ratio(self.article_kept, self.article)
    }
    fn precision(&self) -> f64 {
        ratio(self.debris_removed, self.removed)
    }
    fn debris_recall(&self) -> f64 {
        ratio(self.debris_removed, self.debris)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/clean")
}

/// The input text of a case: the file as it is, or an HTML page's extracted main text.
fn input(path: &Path) -> Result<String, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if path.extension().is_some_and(|x| x == "html") {
        Ok(dyad_ingest::read_html(&raw, &dyad_ingest::Origin::default()).text)
    } else {
        Ok(raw)
    }
}

/// Scores one case; `Err` when the fixture is inconsistent.
fn score(
    cleaner: &Cleaner,
    time: &TimeLexicon,
    name: &str,
    text: &str,
    kept: &str,
) -> Result<Tally, String> {
    let want: Vec<&str> = kept
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let cleaned = cleaner.clean(text, time);
    let mut t = Tally {
        cases: 1,
        ..Tally::default()
    };
    let mut next = 0;
    let mut offset = 0;
    let mut lost = Vec::new();
    let mut wrong = Vec::new();
    for piece in text.split_inclusive('\n') {
        let line = piece.trim();
        let start = offset + piece.find(line).unwrap_or(0);
        offset += piece.len();
        if line.is_empty() {
            continue;
        }
        let end = start + line.len();
        let removed = cleaned
            .removed
            .iter()
            .any(|r| r.span.start <= start && end <= r.span.end);
        let chars = line.chars().count();
        let article = want.get(next) == Some(&line);
        if article {
            next += 1;
            t.article += chars;
            if removed {
                lost.push(line.to_string());
            } else {
                t.article_kept += chars;
            }
        } else {
            t.debris += chars;
            if removed {
                t.debris_removed += chars;
            } else {
                wrong.push(line.to_string());
            }
        }
        if removed {
            t.removed += chars;
        }
    }
    if next < want.len() {
        return Err(format!(
            "{name}: kept line {:?} is not a line of the input (in order)",
            want[next]
        ));
    }
    let kept_lines: Vec<&str> = cleaned
        .text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    t.exact = usize::from(kept_lines == want);
    for l in &lost {
        println!("  {name}: article line removed: {l:.100}");
    }
    for l in &wrong {
        println!("  {name}: debris kept: {l:.100}");
    }
    Ok(t)
}

fn main() -> ExitCode {
    let cleaner = Cleaner::builtin().expect("the built-in cleaning rules load");
    let time = TimeLexicon::builtin().expect("the built-in time data loads");
    let dir = fixtures();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.to_string_lossy();
            !n.ends_with(".kept.txt") && (n.ends_with(".txt") || n.ends_with(".html"))
        })
        .collect();
    names.sort();
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut failed = false;
    for path in &names {
        let file = path.file_name().unwrap_or_default().to_string_lossy();
        let stem = file.split('.').next().unwrap_or_default().to_string();
        let lang = stem.split('-').next().unwrap_or_default().to_string();
        let kept_path = dir.join(format!("{stem}.kept.txt"));
        let result = input(path).and_then(|text| {
            let kept = std::fs::read_to_string(&kept_path)
                .map_err(|e| format!("{}: {e}", kept_path.display()))?;
            score(&cleaner, &time, &file, &text, &kept)
        });
        match result {
            Ok(t) => by_lang.entry(lang).or_default().add(&t),
            Err(e) => {
                println!("{e}");
                failed = true;
            }
        }
    }
    let mut all = Tally::default();
    println!(
        "\ncleaning test set ({} cases, tests/fixtures/clean)",
        names.len()
    );
    println!(
        "{:<6} {:>5} {:>6} {:>14} {:>14} {:>14}",
        "lang", "cases", "exact", "prose recall", "debris prec.", "debris recall"
    );
    for (lang, t) in &by_lang {
        all.add(t);
        println!(
            "{lang:<6} {:>5} {:>6} {:>14.3} {:>14.3} {:>14.3}",
            t.cases,
            t.exact,
            t.recall(),
            t.precision(),
            t.debris_recall()
        );
    }
    println!(
        "{:<6} {:>5} {:>6} {:>14.3} {:>14.3} {:>14.3}",
        "all",
        all.cases,
        all.exact,
        all.recall(),
        all.precision(),
        all.debris_recall()
    );
    println!(
        "cleaning kept-prose recall {:.3} (gate {MIN_RECALL}) debris precision {:.3} (gate {MIN_PRECISION}) debris recall {:.3}",
        all.recall(),
        all.precision(),
        all.debris_recall()
    );
    if names.is_empty() || all.recall() < MIN_RECALL || all.precision() < MIN_PRECISION {
        failed = true;
    }
    match benchmark_kept(&cleaner, &time) {
        Some((docs, kept)) => {
            println!(
                "article-extraction benchmark, {docs} true article bodies: {kept:.4} of their characters kept (gate {MIN_BENCHMARK_KEPT})"
            );
            failed |= kept < MIN_BENCHMARK_KEPT;
        }
        None => println!("article-extraction benchmark not found beside the repository: skipped"),
    }
    if failed {
        println!("clean_eval: FAILED");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
