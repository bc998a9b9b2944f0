//! API latency on a big database: a dyad series and pages of events, timed over HTTP from
//! the client's side (connection, request, JSON body) against the server in-process.
//!
//!     cargo run --release -p dyad-server --example api_bench -- [DB] [DOCS] [REQUESTS]
//!
//! DB (default /tmp/dyad-bench-100k.db) is built with dyad_store::synth if it does not exist:
//! DOCS (default 100000) generated documents over 10,000 days. Each request is repeated
//! REQUESTS times (default 200; fewer, at least 20, for a request slower than 50 ms, so a case
//! takes about ten seconds), one at a time; p50, p95 and max are printed in ms. A fourth
//! argument keeps only the cases whose name contains it.

#[path = "../tests/support/mod.rs"]
mod support;

use dyad_store::synth::{fill, Generator};
use dyad_store::Store;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let db = args
        .first()
        .cloned()
        .unwrap_or_else(|| "/tmp/dyad-bench-100k.db".into());
    let docs: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let reps: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(200);
    if !std::path::Path::new(&db).exists() {
        let t = Instant::now();
        let mut store = Store::open(&db).unwrap();
        let mut gen = Generator::over(1, jiff::civil::date(2000, 1, 1), 10_000);
        fill(&mut store, &mut gen, docs, 2000).unwrap();
        eprintln!(
            "built {db} ({docs} documents) in {:.0}s",
            t.elapsed().as_secs_f64()
        );
    }
    let mut config = support::config(std::path::Path::new(&db));
    config.rate_limit = 1_000_000; // one client asking as fast as it can
    let s = support::Server::start(config);
    let summary = s.json("/api/summary");
    println!(
        "database {db}: {} documents, {} event reports",
        summary["documents"], summary["events"]
    );
    // A cursor into the middle of the newest-first listing, for a deep page.
    let mut after = String::new();
    for _ in 0..20 {
        let v = s.json(&format!("/api/events?limit=1000{after}"));
        after = format!("&after={}", v["next"].as_str().unwrap());
    }
    let cases = [
        ("dyad series RUS→PAK by month", "/api/relations?source=RUS&target=PAK&period=month".to_string()),
        ("dyad series RUS→USA by week", "/api/relations?source=RUS&target=USA&period=week".to_string()),
        ("dyad series RUS.GOV→PAK.GOV by month, 2020", "/api/relations?source=RUS.GOV&target=PAK.GOV&period=month&since=2020-01-01&until=2020-12-31".to_string()),
        ("events: first page of 50", "/api/events?limit=50".to_string()),
        ("events: page of 50 after 20,000 rows", format!("/api/events?limit=50{after}")),
        ("events: dyad RUS–PAK, page of 50", "/api/events?actor=RUS&actor=PAK&limit=50".to_string()),
        ("events: folded (dedup), page of 50", "/api/events?dedup=1&limit=50".to_string()),
        ("events: CONSULT in 2020, page of 50", "/api/events?type=CONSULT&since=2020-01-01&until=2020-12-31&limit=50".to_string()),
        ("dyads: top 15 by month (the overview)", "/api/dyads?period=month&limit=15".to_string()),
        ("dyads: top 15 in 2020", "/api/dyads?period=month&limit=15&since=2020-01-01&until=2020-12-31".to_string()),
        ("dyads: top 15 actors (sectors) by month", "/api/dyads?period=month&limit=15&level=actor".to_string()),
        ("dyads: top 15 entities by month", "/api/dyads?period=month&limit=15&level=entity".to_string()),
        ("evidence: RUS→USA, one week of the series", "/api/relations/events?source=RUS&target=USA&period=week&at=2020-06-01&limit=100".to_string()),
        ("network: countries in 2020", "/api/network?level=country&since=2020-01-01&until=2020-12-31&limit=40".to_string()),
        ("dyad series RUS→USA by day (10,000 points)", "/api/relations?source=RUS&target=USA&period=day".to_string()),
    ];
    let only = args.get(3).cloned().unwrap_or_default();
    println!(
        "{:<46} {:>8} {:>8} {:>8} {:>9} {:>5}",
        "request", "p50 ms", "p95 ms", "max ms", "bytes", "n"
    );
    for (name, path) in cases.into_iter().filter(|c| c.0.contains(&only)) {
        let t = Instant::now();
        let _ = s.get(&path); // warm the page cache
        let first = t.elapsed().as_secs_f64();
        let reps = if first > 0.05 {
            reps.min(((10.0 / first) as usize).max(20))
        } else {
            reps
        };
        let mut ms = Vec::with_capacity(reps);
        let mut bytes = 0;
        for _ in 0..reps {
            let t = Instant::now();
            let r = s.get(&path);
            ms.push(t.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(r.status, 200, "{path}: {}", r.text());
            bytes = r.body.len();
        }
        ms.sort_by(|a, b| a.total_cmp(b));
        let p = |q: f64| ms[((ms.len() as f64 - 1.0) * q).round() as usize];
        println!(
            "{name:<46} {:>8.1} {:>8.1} {:>8.1} {bytes:>9} {reps:>5}",
            p(0.5),
            p(0.95),
            p(1.0)
        );
    }
}
