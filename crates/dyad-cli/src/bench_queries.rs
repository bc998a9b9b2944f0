//! `dyad bench-queries`: how long a page of every listing and `summary` take as the store
//! grows, over databases of generated events (dyad_store::synth, no pipeline) of the sizes
//! asked for — the curve of issue 16 (10k, 100k, 1M events). Each figure is the median of
//! `runs` runs after one warm-up run, on one connection opened read-only as the CLI does.

use anyhow::{Context as _, Result};
use dyad_relations::{Model, Period, SeriesQuery};
use dyad_store::synth::{fill_to_events, Generator};
use dyad_store::{ActorQuery, DocQuery, EventQuery, QuoteQuery, ReadStore, Store};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Rows per page, as the API's default listings.
const PAGE: usize = 50;

pub fn run(sizes: &[u64], dir: &Path, runs: usize) -> Result<ExitCode> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let model = Model::builtin(None)?;
    let mut table: Vec<(String, Vec<f64>)> = Vec::new();
    let mut sizes_done = Vec::new();
    for &events in sizes {
        let db = dir.join(format!("synth-{events}.db"));
        let t = Instant::now();
        {
            let mut store = Store::open(&db)?;
            // Same seed, same documents: a database built before is only topped up.
            let have = store.summary()?.documents as usize;
            let mut gen = Generator::new(16);
            gen.by_ref().take(have).for_each(drop);
            fill_to_events(&mut store, &mut gen, events, 2000)?;
        }
        let store = Store::open_read_only(&db)?;
        let s = store.summary()?;
        let size = std::fs::metadata(&db)?.len();
        eprintln!(
            "{}: {} documents, {} events, {:.0} MB (ready in {:.0} s)",
            db.display(),
            s.documents,
            s.events,
            size as f64 / 1e6,
            t.elapsed().as_secs_f64()
        );
        sizes_done.push(s.events);
        for (i, (name, ms)) in timings(&store, &model, runs)?.into_iter().enumerate() {
            if table.len() <= i {
                table.push((name.to_string(), Vec::new()));
            }
            table[i].1.push(ms);
        }
    }
    print!("{:<44}", "median ms over the store's events");
    for n in &sizes_done {
        print!("{:>12}", n);
    }
    println!();
    for (name, ms) in table {
        print!("{name:<44}");
        for m in ms {
            print!("{m:>12.2}");
        }
        println!();
    }
    Ok(ExitCode::SUCCESS)
}

type Check<'a> = Box<dyn Fn() -> Result<usize> + 'a>;

/// Each listing's first page (and a later one where paging matters), and `summary`.
fn timings(store: &Store, model: &Model, runs: usize) -> Result<Vec<(&'static str, f64)>> {
    let events =
        |q: EventQuery| -> Check<'_> { Box::new(move || counted(|f| store.scan_events(&q, f))) };
    let page = |q: EventQuery| EventQuery {
        limit: Some(PAGE),
        ..q
    };
    let newest = EventQuery {
        newest_first: true,
        ..Default::default()
    };
    let dyad = |a: &str, b: &str| EventQuery {
        actors: vec![a.into(), b.into()],
        directed: true,
        newest_first: true,
        ..Default::default()
    };
    // A cursor from the middle of the store, for a page that starts there.
    let mut middle = None;
    let half = (store.summary()?.events / 2) as usize;
    store.scan_events(
        &EventQuery {
            offset: half,
            limit: Some(1),
            ..Default::default()
        },
        &mut |r| {
            middle = Some(r.cursor());
            false
        },
    )?;
    let mut actor_after = None;
    store.scan_actors(
        &ActorQuery {
            limit: Some(PAGE),
            ..Default::default()
        },
        &mut |r| {
            actor_after = Some(r.cursor());
            true
        },
    )?;
    let checks: Vec<(&'static str, Check<'_>)> = vec![
        ("summary", Box::new(|| Ok(store.summary()?.events as usize))),
        ("actors, first page", Box::new(|| actors(store, None))),
        (
            "actors, second page",
            Box::new(|| actors(store, actor_after.clone())),
        ),
        (
            "events, first page (oldest first)",
            events(page(EventQuery::default())),
        ),
        ("events, newest first", events(page(newest.clone()))),
        (
            "events, a page from the middle",
            events(page(EventQuery {
                after: middle,
                ..Default::default()
            })),
        ),
        (
            "events of RUS, newest first",
            events(page(EventQuery {
                actors: vec!["RUS".into()],
                ..newest.clone()
            })),
        ),
        (
            "events RUS → USA, newest first",
            events(page(dyad("RUS", "USA"))),
        ),
        (
            "events of type ASSAULT, newest first",
            events(page(EventQuery {
                types: vec![dyad_core::EventType::Assault],
                ..newest.clone()
            })),
        ),
        (
            "folded events, first page",
            events(page(EventQuery {
                dedup: true,
                ..Default::default()
            })),
        ),
        (
            "documents, first page",
            Box::new(|| {
                let q = DocQuery {
                    limit: Some(PAGE),
                    ..Default::default()
                };
                counted(|f| store.scan_documents(&q, f))
            }),
        ),
        (
            "quotes, first page",
            Box::new(|| {
                let q = QuoteQuery {
                    limit: Some(PAGE),
                    ..Default::default()
                };
                counted(|f| store.scan_quotes(&q, f))
            }),
        ),
        (
            "dyad series RUS → USA, weekly",
            Box::new(|| {
                let q = SeriesQuery::new("RUS", "USA", Period::Week);
                Ok(dyad_relations::dyad_series(store, &q, model)?.buckets.len())
            }),
        ),
        (
            "dyad series RUS → USA, monthly",
            Box::new(|| {
                let q = SeriesQuery::new("RUS", "USA", Period::Month);
                Ok(dyad_relations::dyad_series(store, &q, model)?.buckets.len())
            }),
        ),
    ];
    let mut out = Vec::new();
    for (name, check) in checks {
        check()?; // warm-up: the pages it reads are in the cache for every run
        let mut ms: Vec<f64> = (0..runs.max(1))
            .map(|_| {
                let t = Instant::now();
                check().map(|_| t.elapsed().as_secs_f64() * 1000.0)
            })
            .collect::<Result<_>>()?;
        ms.sort_by(f64::total_cmp);
        out.push((name, ms[ms.len() / 2]));
    }
    Ok(out)
}

fn actors(store: &Store, after: Option<dyad_store::ActorCursor>) -> Result<usize> {
    let q = ActorQuery {
        after,
        limit: Some(PAGE),
        ..Default::default()
    };
    counted(|f| store.scan_actors(&q, f))
}

/// How many rows a streaming scan gave.
fn counted<T>(
    scan: impl FnOnce(&mut dyn FnMut(T) -> bool) -> Result<(), dyad_store::StoreError>,
) -> Result<usize> {
    let mut n = 0;
    scan(&mut |_| {
        n += 1;
        true
    })?;
    Ok(n)
}
