//! The same input into SQLite and into a real PostgreSQL server prints the same: `summary`, every
//! listing and the relations commands, byte for byte (ingest times, which differ between any two
//! ingests, taken out of the JSON).
//!
//! PostgreSQL is found at `DYAD_TEST_PG` (default `postgres://dyad:dyad@127.0.0.1/dyad_test`),
//! in a schema of the test's own. Without a server the test says loudly that it skipped, unless
//! `DYAD_CI=1` (set by `.ci/run`), where a missing server fails it.

mod common;

use assert_cmd::Command;
use common::succeed;
use dyad_store::pg::TestSchema;
use std::path::PathBuf;

fn dyad() -> Command {
    let mut c = common::dyad();
    c.env_remove("DYAD_DB");
    c
}

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles")
}

/// Removes what differs between any two ingests (when they ran) from JSON output.
fn without_times(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.remove("doc_ingested_at");
            m.remove("recorded_at");
            m.values_mut().for_each(without_times);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(without_times),
        _ => {}
    }
}

fn run(db: &str, args: &[&str]) -> String {
    let out = dyad().args(args).arg("--db").arg(db).output().unwrap();
    assert!(
        out.status.success(),
        "dyad {args:?} --db …: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    if args.contains(&"gdelt") {
        // DATEADDED, the next-to-last column, is when the row was stored.
        return text
            .lines()
            .map(|l| {
                let mut f: Vec<&str> = l.split('\t').collect();
                let n = f.len();
                if n >= 2 {
                    f[n - 2] = "";
                }
                f.join("\t") + "\n"
            })
            .collect();
    }
    if args.contains(&"json") {
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        without_times(&mut v);
        return serde_json::to_string_pretty(&v).unwrap();
    }
    text
}

#[test]
fn examples_print_the_same_from_sqlite_and_postgres() {
    let Some(pg) = TestSchema::new("cli_parity") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = dir.path().join("dyad.db");
    let sqlite = sqlite.to_str().unwrap();
    for db in [sqlite, pg.url.as_str()] {
        // Twice: the second ingest stores nothing new, on both.
        for _ in 0..2 {
            succeed(
                dyad()
                    .arg("ingest")
                    .arg(examples())
                    .args(["--quiet", "--db", db]),
            );
        }
    }
    let commands: &[&[&str]] = &[
        &["summary"],
        &["events"],
        &["events", "--include-aux", "--format", "csv"],
        &["events", "--format", "json"],
        &["events", "--format", "gdelt"],
        &["events", "--dedup"],
        &["events", "--dedup", "--format", "json"],
        &["events", "--actor", "RUS", "--format", "csv"],
        &["events", "--actor", "Sergey Lavrov"],
        &["actors"],
        &["actors", "--format", "json"],
        &["diagnostics", "--format", "json"],
        &["quotes"],
        &["network", "--format", "json"],
        &["relations", "RUS", "PAK", "--period", "year", "--both"],
        &["timeline", "RUS", "--period", "year"],
    ];
    let mut compared = 0;
    for args in commands {
        let (a, b) = (run(sqlite, args), run(&pg.url, args));
        assert!(!a.trim().is_empty(), "dyad {args:?} printed nothing");
        if a != b {
            let (x, y) = a
                .lines()
                .zip(b.lines())
                .find(|(x, y)| x != y)
                .unwrap_or(("(a shorter output)", "(a shorter output)"));
            panic!("dyad {args:?} differs between SQLite and PostgreSQL:\nsqlite:   {x}\npostgres: {y}");
        }
        compared += a.len();
    }
    assert!(compared > 20_000, "{compared} bytes compared");
    // A database named by DYAD_DB instead of --db.
    let out = dyad()
        .arg("summary")
        .env("DYAD_DB", &pg.url)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        run(sqlite, &["summary"])
    );
    // Parquet: the same tables, rows and files from both (their contents are compared in
    // crates/dyad-parquet/tests/postgres.rs).
    let parquet = |db: &str, out: &std::path::Path| {
        let text = run(
            db,
            &[
                "export",
                "--format",
                "parquet",
                "--out",
                out.to_str().unwrap(),
            ],
        );
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.last().unwrap().starts_with("written to "), "{text}");
        lines[..lines.len() - 1].join("\n")
    };
    let (pa, pb) = (dir.path().join("pa"), dir.path().join("pb"));
    let tables = parquet(sqlite, &pa);
    assert!(tables.contains("events_folded"), "{tables}");
    assert_eq!(tables, parquet(&pg.url, &pb));
    // Recoding: the same documents recoded, and the same listings afterwards.
    // The database is named in the first line (a URL without its password): left out.
    let recoded = |db: &str| {
        let text = run(db, &["recode"]);
        let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
        let (said, _) = first.split_once(" in ").unwrap_or((first, ""));
        format!("{said} in DB\n{rest}")
    };
    let (a, b) = (recoded(sqlite), recoded(&pg.url));
    let first = a.lines().next().unwrap_or_default();
    let n = first.split(' ').nth(1).unwrap_or_default();
    assert_eq!(first, format!("recoded {n} of {n} documents in DB"), "{a}");
    assert_ne!(n, "0");
    assert_eq!(a, b);
    for args in [
        &["summary"][..],
        &["events", "--include-aux", "--format", "csv"],
        &["events", "--dedup", "--format", "json"],
        &["actors", "--format", "json"],
        &["quotes"],
    ] {
        assert_eq!(
            run(sqlite, args),
            run(&pg.url, args),
            "after recode: dyad {args:?}"
        );
    }
}
