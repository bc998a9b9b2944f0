//! Builds a database of generated documents at the store level (no pipeline), for benchmarks
//! of queries, folding and the API at 10k…1M events.
//!
//!     cargo run --release -p dyad-store --example synth_db -- OUT.db [DOCS] [DAYS] [SEED]
//!
//! DOCS (default 100000) documents, published over DAYS days from 2000-01-01 (default 3650),
//! each with 1–4 events (≈ 2.5 on average, a third of them re-reports of recent events) and a
//! quote in three of ten. Appends to OUT.db if it exists (same seed: nothing new).

use dyad_store::synth::{fill, folded_events, Generator};
use dyad_store::Store;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first() else {
        eprintln!("usage: synth_db OUT.db [DOCS] [DAYS] [SEED]");
        std::process::exit(2);
    };
    let num = |i: usize, d: u64| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(d);
    let (docs, days, seed) = (num(1, 100_000) as usize, num(2, 3650) as i64, num(3, 1));
    let t = Instant::now();
    let mut store = Store::open(out).expect("open the database");
    let mut gen = Generator::over(seed, jiff::civil::date(2000, 1, 1), days);
    let inserted = fill(&mut store, &mut gen, docs, 2000).expect("write");
    let s = store.summary().expect("summary");
    let folded = folded_events(&store).expect("scan");
    println!(
        "{out}: {inserted} documents written in {:.1}s; now {} documents, {} event reports, {folded} folded events, {} quotes",
        t.elapsed().as_secs_f64(),
        s.documents,
        s.events,
        s.quotes
    );
}
