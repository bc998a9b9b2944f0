//! Snapshots (`insta`) of `dyad extract` on every bundled example article: any change to what
//! dyad reads in them — an entity, an event, a date, a removed span — shows as a reviewed diff.
//! A change that is meant is accepted by re-running with `INSTA_UPDATE=always` and reading the
//! diff of `tests/snapshots/` before committing it.
//!
//! The text itself (`text`, `raw_text`) is left out of the snapshot (it is the input), and the
//! absolute path in `doc.key` is written relative to the examples folder.

mod common;

use common::{dyad, succeed};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles")
}

/// One example's output, one pretty JSON object per document, without the input text.
fn extract(file: &Path) -> String {
    let out = succeed(
        dyad()
            .args(["extract", "--format", "jsonl"])
            .arg(file.file_name().unwrap())
            .current_dir(examples()),
    );
    let root = std::fs::canonicalize(examples()).unwrap();
    let root = root.to_string_lossy();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
            if let Some(doc) = v.get_mut("doc").and_then(Value::as_object_mut) {
                doc.remove("text");
                doc.remove("raw_text");
                if let Some(Value::String(key)) = doc.get_mut("key") {
                    *key = key.replace(&*root, "[examples]");
                }
            }
            serde_json::to_string_pretty(&v).unwrap()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_example_article() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x != "md"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "examples missing: {files:?}");
    for f in &files {
        let name = f.file_stem().unwrap().to_string_lossy().to_string();
        insta::assert_snapshot!(name, extract(f));
    }
}
