//! `dyad extract` as a filter for `RDD.pipe` and job queues: one line out per line in, in
//! order, a bad line answered by a JSON line naming it, never a panic; and `dyad export
//! --format parquet` from the command line.

mod common;

use common::{dyad, succeed};
use serde_json::Value;

fn lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn filter(input: &[u8]) -> Vec<Value> {
    let out = succeed(
        dyad()
            .args(["extract", "--input-format", "jsonl"])
            .write_stdin(input.to_vec()),
    );
    lines(&out.stdout)
}

#[test]
fn every_line_in_gets_its_line_out_in_order() {
    let deep = format!(
        "{{\"id\":\"deep\",\"text\":\"x\",\"extra\":{}1{}}}",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let mut input = Vec::new();
    for line in [
        // A broken first line: still JSON Lines, because the format is given.
        "not json at all".as_bytes(),
        br#"{"id":"a","text":"Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister Ishaq Dar in Islamabad on Tuesday."}"#,
        b"",
        br#"{"id":"b","title":"no text"}"#,
        br#"{"id":"c","text":"   "}"#,
        b"{\"id\":\"d\",\"text\":\"\xff\xfe not UTF-8\"}",
        deep.as_bytes(),
        b"   ",
        br#"{"id":7,"text":"France condemned the attack."}"#,
    ] {
        input.extend_from_slice(line);
        input.push(b'\n');
    }
    let out = filter(&input);
    assert_eq!(out.len(), 9, "one line out per line in");
    let ids: Vec<Value> = out.iter().map(|o| o["doc"]["id"].clone()).collect();
    assert_eq!(
        ids,
        [
            Value::Null,
            "a".into(),
            Value::Null,
            "b".into(),
            "c".into(),
            // The record is broken, but its id can still be read.
            "d".into(),
            // 5,000 levels of nesting in an unknown field: skipped without recursing.
            "deep".into(),
            Value::Null,
            "7".into()
        ]
    );
    let errors: Vec<Option<&str>> = out.iter().map(|o| o["error"].as_str()).collect();
    let expect = [
        Some("- (line 1): bad JSON record"),
        None,
        Some("- (line 3): empty line"),
        Some("- (line 4): bad JSON record: record has neither text nor html"),
        Some("- (line 5): no text in the document"),
        Some("- (line 6): bad JSON record"),
        None,
        Some("- (line 8): empty line"),
        None,
    ];
    for (i, (got, want)) in errors.iter().zip(expect).enumerate() {
        match (got, want) {
            (Some(g), Some(w)) => assert!(g.starts_with(w), "line {}: {g}", i + 1),
            (g, w) => assert_eq!(*g, w, "line {}", i + 1),
        }
    }
    // Error lines have the document shape, with the location of the bad line.
    assert_eq!(out[2]["doc"]["location"], "line 3");
    assert_eq!(out[2]["doc"]["path"], "-");
    assert_eq!(out[2]["events"], serde_json::json!([]));
    assert_eq!(out[2]["diagnostics"][0]["stage"], "ingest");
    // The good records are extracted as usual.
    assert_eq!(out[1]["events"][0]["type"], "CONSULT");
    assert!(out[1]["error"].is_null());
}

#[test]
fn no_line_in_no_line_out() {
    assert!(filter(b"").is_empty());
    // The last line may lack its newline; a trailing newline is not a blank line.
    assert_eq!(
        filter(b"{\"id\":\"x\",\"text\":\"Iran condemned it.\"}").len(),
        1
    );
    assert_eq!(
        filter(b"{\"id\":\"x\",\"text\":\"Iran condemned it.\"}\r\n").len(),
        1
    );
}

#[test]
fn many_lines_keep_their_order_across_batches() {
    // More records than one batch (64), with bad lines between them.
    let mut input = String::new();
    for i in 0..300 {
        if i % 7 == 3 {
            input.push_str("{broken\n");
        } else {
            input.push_str(&format!(
                "{{\"id\":\"r{i}\",\"text\":\"Iran and Iraq signed a trade agreement on day {i}.\"}}\n"
            ));
        }
    }
    let out = filter(input.as_bytes());
    assert_eq!(out.len(), 300);
    for (i, o) in out.iter().enumerate() {
        if i % 7 == 3 {
            assert!(o["error"].is_string(), "line {}", i + 1);
            assert_eq!(o["doc"]["location"], format!("line {}", i + 1));
        } else {
            assert_eq!(o["doc"]["id"], format!("r{i}"));
        }
    }
}

#[test]
fn input_defaults_to_stdin() {
    let out = dyad()
        .arg("extract")
        .write_stdin("{\"id\":\"only\",\"text\":\"Iran condemned it.\"}\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = lines(&out.stdout);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["doc"]["id"], "only");
}

#[cfg(feature = "parquet")]
#[test]
fn export_parquet_writes_the_tables_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let ingest = dyad()
        .args(["ingest", "-", "--quiet", "--db"])
        .arg(&db)
        .write_stdin("{\"id\":\"a\",\"published\":\"2024-04-23\",\"text\":\"Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister Ishaq Dar in Islamabad on Tuesday.\"}\n")
        .output()
        .unwrap();
    assert!(
        ingest.status.success(),
        "{}",
        String::from_utf8_lossy(&ingest.stderr)
    );
    let out = dir.path().join("pq");
    let export = || {
        dyad()
            .args(["export", "--format", "parquet", "--db"])
            .arg(&db)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap()
    };
    let first = export();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let said = String::from_utf8_lossy(&first.stdout).to_string();
    assert!(
        said.contains("documents") && said.contains("1 rows"),
        "{said}"
    );
    assert!(out
        .join("events/month=2024-04/type=CONSULT/part-00000.parquet")
        .is_file());
    assert!(out
        .join("documents/month=2024-04/part-00000.parquet")
        .is_file());
    assert!(out.join("_SUCCESS").is_file());
    let again = export();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let no_out = dyad()
        .args(["export", "--format", "parquet", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&no_out.stderr).contains("needs --out"));
}
