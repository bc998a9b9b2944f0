//! The same store on SQLite and on a real PostgreSQL server exports the same Parquet files:
//! the same partitions, schemas and values (ingest times, which differ between any two
//! writes, left out).
//!
//! PostgreSQL is found at `DYAD_TEST_PG` (default `postgres://dyad:dyad@127.0.0.1/dyad_test`),
//! in a schema of the test's own. Without a server the test says loudly that it skipped, unless
//! `DYAD_CI=1` (set by `.ci/run`), where a missing server fails it.

use arrow_array::RecordBatch;
use dyad_parquet::export;
use dyad_store::pg::TestSchema;
use dyad_store::synth::Generator;
use dyad_store::{AnyStore, Store, WriteStore};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use std::path::Path;

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

/// A file's rows, without the columns that say when a document was stored.
fn rows(path: &Path) -> Vec<RecordBatch> {
    let file = std::fs::File::open(path).unwrap();
    ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap()
        .map(|b| {
            let mut b = b.unwrap();
            for col in ["doc_ingested_at", "ingested_at"] {
                if let Ok(i) = b.schema().index_of(col) {
                    b.remove_column(i);
                }
            }
            b
        })
        .collect()
}

fn fill(store: &mut AnyStore) {
    let docs: Vec<_> = Generator::new(23).take(400).collect();
    for batch in docs.chunks(100) {
        store.write_batch(batch).unwrap();
        store.link().unwrap();
    }
}

#[test]
fn sqlite_and_postgres_export_the_same_files() {
    let Some(pg) = TestSchema::new("pq_parity") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut sqlite = AnyStore::Sqlite(Store::open(dir.path().join("s.db")).unwrap());
    let mut postgres = AnyStore::open(&pg.url).unwrap();
    fill(&mut sqlite);
    fill(&mut postgres);
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    let done_a = export(&sqlite, &a).unwrap();
    let done_b = export(&postgres, &b).unwrap();
    assert_eq!(done_a, done_b);
    let rows_of = |t: &str| {
        done_a
            .tables
            .iter()
            .find(|(name, _)| *name == t)
            .map_or(0, |(_, w)| w.rows)
    };
    for t in dyad_parquet::TABLES {
        assert!(rows_of(t) > 0, "{t}: no rows");
    }
    let listed = files(&a);
    assert_eq!(listed, files(&b));
    assert!(listed.len() > 50, "{} files", listed.len());
    for f in listed.iter().filter(|f| f.ends_with(".parquet")) {
        assert_eq!(rows(&a.join(f)), rows(&b.join(f)), "{f} differs");
    }
}
