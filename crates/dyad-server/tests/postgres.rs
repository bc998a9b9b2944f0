//! The API over SQLite and over a real PostgreSQL server answers the same: the same store
//! written to both, a server started on each, and every read endpoint's response compared
//! byte for byte (ingest times, which differ between any two writes, taken out).
//!
//! PostgreSQL is found at `DYAD_TEST_PG` (default `postgres://dyad:dyad@127.0.0.1/dyad_test`),
//! in a schema of the test's own. Without a server the test says loudly that it skipped, unless
//! `DYAD_CI=1` (set by `.ci/run`), where a missing server fails it.

mod support;

use dyad_store::pg::TestSchema;
use serde_json::Value;
use std::path::Path;
use support::{config, fill, Server};

/// Removes what differs between any two writes (when they ran) from JSON.
fn without_times(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for k in ["ingested_at", "doc_ingested_at", "recorded_at"] {
                m.remove(k);
            }
            m.values_mut().for_each(without_times);
        }
        Value::Array(a) => a.iter_mut().for_each(without_times),
        _ => {}
    }
}

/// A response as compared: its status and its JSON (or, for JSONL exports, each line's).
fn answer(s: &Server, path: &str) -> String {
    let r = s.get(path);
    assert_eq!(r.status, 200, "{path}: {}", r.text());
    if path.contains("format=jsonl") {
        let lines: Vec<String> = r
            .text()
            .lines()
            .map(|l| {
                let mut v: Value = serde_json::from_str(l).unwrap();
                without_times(&mut v);
                v.to_string()
            })
            .collect();
        assert!(!lines.is_empty(), "{path}: no rows");
        return lines.join("\n");
    }
    let mut v = r.json();
    without_times(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

#[test]
fn the_api_answers_the_same_from_sqlite_and_postgres() {
    let Some(pg) = TestSchema::new("api_parity") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = dir.path().join("api.db");
    fill(&sqlite, 600);
    fill(Path::new(&pg.url), 600);
    let a = Server::start(config(&sqlite));
    let b = Server::start(config(Path::new(&pg.url)));
    let paths = [
        "/api/summary",
        "/api/volume?period=month",
        "/api/documents?limit=40",
        "/api/documents?q=Lavrov&limit=10",
        "/api/documents/visit-a",
        "/api/events?limit=60",
        "/api/events?limit=60&order=oldest",
        "/api/events?dedup=1&limit=60",
        "/api/events?actor=RUS&limit=30",
        "/api/events?actor=RUS&actor=PAK&directed=1&dedup=1",
        "/api/events?type=CONSULT&since=2023-06-01&until=2024-06-30&limit=40",
        "/api/events?dedup=1&format=jsonl",
        "/api/events?include_aux=1&format=jsonl",
        "/api/actors?limit=40",
        "/api/actors?limit=5&q=rus",
        "/api/relations?source=RUS&target=PAK&period=quarter",
        "/api/dyads?limit=20",
        "/api/network?level=actor&limit=30",
        "/api/network?level=country&limit=30",
        "/api/timeline/PAK?period=quarter",
        "/api/quotes?limit=40",
        "/api/quotes?about=RUS&limit=10",
        "/api/quotes?format=jsonl",
        "/api/documents?format=jsonl",
        "/api/search?q=Lavrov",
        "/api/map",
    ];
    let mut compared = 0;
    for path in paths {
        let (x, y) = (answer(&a, path), answer(&b, path));
        if x != y {
            let (l, r) = x
                .lines()
                .zip(y.lines())
                .find(|(l, r)| l != r)
                .unwrap_or(("(a shorter answer)", "(a shorter answer)"));
            panic!("{path} differs between SQLite and PostgreSQL:\nsqlite:   {l}\npostgres: {r}");
        }
        compared += x.len();
    }
    // The pages a listing hands out lead to the same next pages.
    let first = a.json("/api/events?limit=25");
    let next = first["next"].as_str().expect("a next page");
    let path = format!("/api/events?limit=25&after={next}");
    assert_eq!(answer(&a, &path), answer(&b, &path));
    assert!(compared > 100_000, "{compared} bytes compared");
}
