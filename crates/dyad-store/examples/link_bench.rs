//! The cost curve of event linking and folded listings (issue 13), on databases built at the
//! store level from generated events (`synth::Generator`, no pipeline):
//!
//!     cargo run --release -p dyad-store --example link_bench -- [EVENTS…] [--dir DIR]
//!
//! For each size (default 10000 100000) it writes generated documents in batches of 1,000 into
//! a fresh file, timing the write of each batch and the link step after it separately, then
//! times folded listings: the first page, a page 200 pages deep (keyset cursor), and a page
//! filtered by an actor. Link cost is reported as a ratio to write cost measured in the same
//! run (this machine is shared: absolute times drift, ratios much less).

use dyad_store::synth::{folded_events, Generator};
use dyad_store::{EventQuery, Store};
use std::time::{Duration, Instant};

const BATCH: usize = 1000;
const PAGE: usize = 50;

fn page(store: &Store, q: &EventQuery) -> (Duration, Option<dyad_store::EventCursor>) {
    let t = Instant::now();
    let rows = store
        .events(&EventQuery {
            dedup: true,
            limit: Some(PAGE),
            ..q.clone()
        })
        .expect("page");
    (t.elapsed(), rows.last().map(|r| r.cursor()))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let mut sizes: Vec<u64> = Vec::new();
    let mut dir = std::env::temp_dir();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--dir" {
            dir = args.next().expect("--dir DIR").into();
        } else {
            sizes.push(a.parse().expect("a number of events"));
        }
    }
    if sizes.is_empty() {
        sizes = vec![10_000, 100_000];
    }
    println!("events\tdocs\tfolded\twrite_s\tlink_s\tlink/write\tfirst_page_ms\tdeep_page_ms\tactor_page_ms");
    for n in sizes {
        let path = dir.join(format!("dyad-link-bench-{n}.db"));
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
        }
        let mut store = Store::open(&path).expect("open");
        let mut gen = Generator::new(13);
        let (mut write, mut link) = (Duration::ZERO, Duration::ZERO);
        let mut docs = 0u64;
        while store.summary().map(|s| s.events).unwrap_or(0) < n {
            let batch: Vec<_> = gen.by_ref().take(BATCH).collect();
            let t = Instant::now();
            store.write_batch(&batch).expect("write");
            write += t.elapsed();
            let t = Instant::now();
            store.link().expect("link");
            link += t.elapsed();
            docs += BATCH as u64;
        }
        let events = store.summary().expect("summary").events;
        let folded = folded_events(&store).expect("scan");
        let (first, _) = page(&store, &EventQuery::default());
        // 200 pages in, by cursor: only the last page is timed.
        let mut after = None;
        for _ in 0..200 {
            after = page(
                &store,
                &EventQuery {
                    after,
                    ..Default::default()
                },
            )
            .1;
        }
        let (deep, _) = page(
            &store,
            &EventQuery {
                after,
                ..Default::default()
            },
        );
        let (actor, _) = page(
            &store,
            &EventQuery {
                actors: vec!["PAK".into()],
                ..Default::default()
            },
        );
        println!(
            "{events}\t{docs}\t{folded}\t{:.1}\t{:.1}\t{:.2}\t{:.2}\t{:.2}\t{:.2}",
            write.as_secs_f64(),
            link.as_secs_f64(),
            link.as_secs_f64() / write.as_secs_f64(),
            ms(first),
            ms(deep),
            ms(actor)
        );
        drop(store);
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
        }
    }
}
