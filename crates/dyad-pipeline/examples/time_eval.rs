//! Runs the time stage over a test set on stdin (the format of
//! `tests/fixtures/time/cases.tsv`) and prints one JSON line per case with what it found,
//! then one summary line with timings. Used by `tools/time_compare.py`.
//!
//! `cargo run --release -p dyad-pipeline --example time_eval < tests/fixtures/time/cases.tsv`
//!
//! With `--articles DIR`, also times whole articles (every `*.txt` in DIR, English unless the
//! text is mostly Arabic script): `find_times` and `publication_date` per article.

use dyad_core::Lang;
use dyad_pipeline::time::{find_times, TimeLexicon};
use std::io::{BufRead, Write};
use std::time::Instant;

fn main() {
    let t0 = Instant::now();
    let lex = TimeLexicon::builtin().unwrap_or_else(|e| {
        eprintln!("time lexicon: {e}");
        std::process::exit(2)
    });
    let build = t0.elapsed().as_secs_f64();
    let mut cases = Vec::new();
    let mut header = true;
    for (i, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.expect("stdin");
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if header {
            header = false;
            continue;
        }
        let c: Vec<String> = line.split('\t').map(str::to_string).collect();
        if c.len() < 3 {
            continue;
        }
        let lang = Lang::from_code(&c[0]).unwrap_or(Lang::UND);
        let anchor: Option<jiff::civil::Date> = c[1].parse().ok();
        cases.push((i + 1, lang, anchor, c[2].clone()));
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    for (line, lang, anchor, text) in &cases {
        let found: Vec<serde_json::Value> = find_times(text, *lang, *anchor, &lex)
            .iter()
            .map(|t| {
                serde_json::json!({
                    "text": t.span.of(text), "start": t.span.start, "end": t.span.end,
                    "value": t.value.to_string(), "precision": t.value.precision.as_str(),
                    "duration": t.duration_days, "anchor": t.anchor,
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::json!({"line": line, "found": found})).unwrap();
    }
    // Throughput: the whole set, repeated for at least half a second.
    let t = Instant::now();
    let mut rounds = 0u64;
    let mut n = 0usize;
    while rounds < 3 || t.elapsed().as_secs_f64() < 0.5 {
        for (_, lang, anchor, text) in &cases {
            n += find_times(text, *lang, *anchor, &lex).len();
        }
        rounds += 1;
    }
    let secs = t.elapsed().as_secs_f64();
    let per = (rounds as f64) * cases.len() as f64;
    writeln!(
        out,
        "{}",
        serde_json::json!({
            "summary": true, "cases": cases.len(), "rounds": rounds, "seconds": secs,
            "cases_per_second": per / secs, "found": n, "lexicon_build_seconds": build,
        })
    )
    .unwrap();
    let args: Vec<String> = std::env::args().collect();
    if let Some(dir) = args
        .iter()
        .position(|a| a == "--articles")
        .and_then(|i| args.get(i + 1))
    {
        articles(dir, &lex, &mut out);
    }
}

fn articles(dir: &str, lex: &TimeLexicon, out: &mut impl Write) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut docs = Vec::new();
    for e in rd.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "txt") {
            if let Ok(t) = std::fs::read_to_string(&p) {
                let arabic = t
                    .chars()
                    .filter(|c| ('\u{600}'..='\u{6FF}').contains(c))
                    .count();
                let lang = if arabic * 3 > t.chars().filter(|c| c.is_alphabetic()).count() {
                    Lang::of("ar")
                } else {
                    Lang::of("en")
                };
                docs.push((lang, t));
            }
        }
    }
    if docs.is_empty() {
        return;
    }
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    let anchor = Some(jiff::civil::date(2025, 10, 7));
    for what in ["find_times", "publication_date"] {
        let t = Instant::now();
        let mut k = 0usize;
        let mut n = 0usize;
        while k < 3 * docs.len() || t.elapsed().as_secs_f64() < 1.0 {
            for (lang, text) in &docs {
                n += match what {
                    "find_times" => find_times(text, *lang, anchor, lex).len(),
                    _ => usize::from(
                        dyad_pipeline::time::publication_date(text, None, *lang, lex)
                            .date
                            .is_some(),
                    ),
                };
                k += 1;
            }
        }
        let s = t.elapsed().as_secs_f64();
        let mb = k as f64 / docs.len() as f64 * bytes as f64 / s / 1e6;
        writeln!(
            out,
            "{}",
            serde_json::json!({"articles": what, "docs": docs.len(), "avg_bytes": bytes / docs.len(),
                "docs_per_second": k as f64 / s, "mb_per_second": mb, "found": n})
        )
        .unwrap();
    }
}
