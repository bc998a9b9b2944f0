//! Dashboard first render with a 10,000-point series, in headless Chromium: the dyad page of
//! RUS → USA by day over the 10,000 days of the benchmark database (see api_bench), timed from
//! navigation start to the page's own "rendered" mark (chart and table drawn).
//!
//!     cargo run --release -p dyad-server --example dashboard_bench -- [DB] [RUNS]

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let db = args
        .first()
        .cloned()
        .unwrap_or_else(|| "/tmp/dyad-bench-100k.db".into());
    let runs: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(7);
    assert!(
        std::path::Path::new(&db).exists(),
        "{db} missing: run the api_bench example first (it builds it)"
    );
    let Some(b) = support::Browser::start() else {
        std::process::exit(1);
    };
    let mut config = support::config(std::path::Path::new(&db));
    config.rate_limit = 1_000_000;
    let s = support::Server::start(config);
    let path = "dyad?source=RUS&target=USA&period=day";
    let t = Instant::now();
    let api = s.json(&format!("/api/{}", path.replace("dyad?", "relations?")));
    let api_ms = t.elapsed().as_secs_f64() * 1000.0;
    let points = api["buckets"].as_array().unwrap().len();
    b.viewport(1280, 800);
    let mut ms = Vec::new();
    for i in 0..runs {
        // A fresh document each time: go elsewhere first, then to the dyad page.
        b.goto("about:blank");
        b.goto(&format!("http://{}/#/{path}&run={i}", s.addr));
        b.wait_ready("dyad");
        let v = b.js("return window.__dyad.rendered");
        let painted = b.js("return document.getElementById('dyad-chart').dataset.points");
        assert_eq!(painted, points.to_string());
        ms.push(v.as_f64().unwrap());
    }
    ms.sort_by(|a, b| a.total_cmp(b));
    println!(
        "dyad page, {points} points ({:.0} KB of JSON, API alone {api_ms:.0} ms): first render median {:.0} ms, min {:.0}, max {:.0} over {runs} loads",
        serde_json::to_vec(&api).unwrap().len() as f64 / 1024.0,
        ms[ms.len() / 2],
        ms[0],
        ms[ms.len() - 1]
    );
}
